import { parentPort } from 'node:worker_threads';
import { readAndAnalyze, type Detail } from './readArticle';

/** A worker thread's job (the bundle that started it calls this): reads and analyses batches of article files for the indexer. */
export function serveAnalysis(): void {
  parentPort!.on('message', (message: { files: string[]; maxBytes: number; detail: Detail }) => {
    const results = message.files.map((file) => readAndAnalyze(file, message.maxBytes, message.detail));
    parentPort!.postMessage({ results });
  });
}
