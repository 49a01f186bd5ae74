import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readAndAnalyze, type ReadArticle } from './readArticle';

/** Files per message to a worker: large enough to amortize messaging, small enough for smooth progress. */
const BATCH = 24;
/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

export interface PoolOptions {
  readonly maxBytes: number;
  /** The worker script (the bundled dist/analysisWorker.js); without it, work runs in this thread. */
  readonly workerScript?: string;
  readonly threads?: number;
  readonly onResult: (result: ReadArticle) => void;
  readonly onProgress?: (done: number, total: number) => void;
  readonly cancelled?: () => boolean;
}

/**
 * Reads and analyses article files on worker threads (all cores), handing each result to
 * `onResult` on this thread as it arrives. This thread stays free for editor requests; results are
 * delivered between other events. Falls back to this thread, yielding between batches, when there
 * is no worker script or little work. Resolves to false when cancelled.
 */
export async function analyzeFiles(files: readonly string[], options: PoolOptions): Promise<boolean> {
  const threads = options.threads ?? Math.max(1, Math.min(os.availableParallelism(), 8));
  const useWorkers = options.workerScript !== undefined && files.length >= MIN_FILES_FOR_WORKERS && fs.existsSync(options.workerScript);
  return useWorkers ? inWorkers(files, threads, options) : inThisThread(files, options);
}

async function inThisThread(files: readonly string[], options: PoolOptions): Promise<boolean> {
  for (let i = 0; i < files.length; i++) {
    if (i % BATCH === 0) {
      options.onProgress?.(i, files.length);
      await new Promise((resolve) => setImmediate(resolve));
      if (options.cancelled?.()) return false;
    }
    options.onResult(readAndAnalyze(files[i], options.maxBytes));
  }
  options.onProgress?.(files.length, files.length);
  return true;
}

function inWorkers(files: readonly string[], threads: number, options: PoolOptions): Promise<boolean> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise<boolean>((resolve, reject) => {
    let settled = false;
    const stop = (result: boolean | Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const feed = (worker: Worker) => {
      if (options.cancelled?.()) return stop(false);
      if (next < batches.length) {
        const batch = next++;
        worker.postMessage({ batch, files: batches[batch], maxBytes: options.maxBytes });
      }
    };
    for (let t = 0; t < Math.min(threads, batches.length); t++) {
      const worker = new Worker(path.resolve(options.workerScript!));
      workers.push(worker);
      worker.on('message', (message: { results: ReadArticle[] }) => {
        if (settled) return;
        for (const result of message.results) options.onResult(result);
        done += message.results.length;
        options.onProgress?.(done, files.length);
        if (done === files.length) stop(true);
        else feed(worker);
      });
      worker.on('error', (err) => stop(err));
    }
    options.onProgress?.(0, files.length);
    // Two batches in flight per worker, so a worker never waits for this thread.
    for (const w of [...workers, ...workers]) feed(w);
  });
}
