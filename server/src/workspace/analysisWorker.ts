import { parentPort } from 'node:worker_threads';
import { readAndAnalyze } from './readArticle';

/** Worker thread entry: reads and analyses batches of article files for the indexer. */
parentPort!.on('message', (message: { batch: number; files: string[]; maxBytes: number }) => {
  const results = message.files.map((file) => readAndAnalyze(file, message.maxBytes));
  parentPort!.postMessage({ batch: message.batch, results });
});
