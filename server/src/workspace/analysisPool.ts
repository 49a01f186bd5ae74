import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analysisFailed, readAndAnalyze, type Detail, type ReadArticle } from './readArticle';

/** Files per message to a worker: large enough to amortize messaging, small enough for smooth progress. */
const BATCH = 24;
/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

export interface PoolOptions {
  readonly maxBytes: number;
  /** The worker script (the bundled dist/analysisWorker.js); without it, work runs in this thread. */
  readonly workerScript?: string;
  readonly threads?: number;
  /** How much of each analysis to hand back (default: all of it). */
  readonly detail?: Detail;
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
    options.onResult(readAndAnalyze(files[i], options.maxBytes, options.detail));
  }
  options.onProgress?.(files.length, files.length);
  return true;
}

/** A batch of files; `alone` marks a file retried by itself after its worker died. */
interface Batch {
  readonly files: readonly string[];
  readonly alone: boolean;
}

/**
 * The files in batches over `threads` workers. A worker that dies (out of memory, a crash in
 * native code) takes only the batch it was reading down: each of its files is retried alone in a
 * new worker, and a file that kills a worker by itself is reported as failed. So one pathological
 * file never stops the index, and the retries are bounded by the number of files.
 */
function inWorkers(files: readonly string[], threads: number, options: PoolOptions): Promise<boolean> {
  const queue: Batch[] = [];
  for (let i = 0; i < files.length; i += BATCH) queue.push({ files: files.slice(i, i + BATCH), alone: false });
  let done = 0;
  const workers = new Set<Worker>();
  return new Promise<boolean>((resolve) => {
    let settled = false;
    const stop = (result: boolean) => {
      // Stryker disable next-line ConditionalExpression: a second stop terminates workers already terminating and resolves a settled promise, which changes nothing
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      resolve(result);
    };
    const deliver = (results: readonly ReadArticle[]) => {
      for (const result of results) options.onResult(result);
      done += results.length;
      options.onProgress?.(done, files.length);
      if (done === files.length) stop(true);
    };
    const start = () => {
      const worker = new Worker(path.resolve(options.workerScript!));
      const inFlight: Batch[] = [];
      const feed = () => {
        if (options.cancelled?.()) return stop(false);
        const batch = queue.shift();
        if (!batch) return;
        inFlight.push(batch);
        worker.postMessage({ files: batch.files, maxBytes: options.maxBytes, detail: options.detail ?? 'full' });
      };
      const died = (reason: string) => {
        if (!workers.delete(worker) || settled) return;
        // A worker reads its messages in order: the first batch in flight was being read, the
        // others had not started and go back to the queue as they were.
        const [current, ...waiting] = inFlight;
        queue.unshift(...waiting);
        if (current?.alone) deliver([{ file: current.files[0], skipped: analysisFailed(new Error(reason)), error: true }]);
        else if (current) queue.unshift(...current.files.map((file) => ({ files: [file], alone: true })));
        if (!settled && queue.length > 0) start();
      };
      worker.on('message', (message: { results: ReadArticle[] }) => {
        if (settled) return;
        inFlight.shift();
        deliver(message.results);
        if (!settled) feed();
      });
      worker.on('error', (err) => died(`the analysis worker stopped: ${err.message}`));
      worker.on('exit', (code) => died(`the analysis worker exited with code ${code}`));
      workers.add(worker);
      // Two batches in flight, so a worker never waits for this thread.
      feed();
      feed();
    };
    options.onProgress?.(0, files.length);
    for (let t = 0; t < Math.min(threads, queue.length); t++) start();
  });
}
