import * as fs from 'node:fs';
import { Workspace } from '../workspace/workspace';
import { DEFAULT_MAX_FILE_BYTES, decodeArticle, listFiles, type Globs, type Skipped } from '../workspace/files';
import { loadFiles } from '../workspace/loadFiles';
import type { Detail } from '../workspace/readArticle';
import type { DocumentAnalysis, SeverityOverrides } from '../engine';

/** The id and display name of an article read from standard input (`-` or `/dev/stdin`). */
export const STDIN = '<stdin>';

export interface LoadedWorkspace {
  readonly workspace: Workspace;
  readonly articles: readonly string[];
  readonly factBases: readonly string[];
  readonly skipped: readonly Skipped[];
}

export interface LoadOptions {
  readonly severity?: SeverityOverrides;
  /** Articles larger than this are skipped (default: 2 MB). */
  readonly maxBytes?: number;
  /** The bundled worker script; without it, everything runs on this thread. */
  readonly workerScript?: string;
  readonly threads?: number;
  /** How much of each analysis the workspace keeps: `check` needs only the claims. */
  readonly detail?: Detail;
  /** Each article's analysis as it is read, in path order (standard input last). */
  readonly onArticle?: (file: string, analysis: DocumentAnalysis) => void;
}

/** Whether a path named on the command line means standard input. */
export const isStdin = (root: string): boolean => root === '-' || root === '/dev/stdin';

/**
 * Reads the articles and fact bases under `roots` into a workspace keyed by absolute path; `-`
 * or `/dev/stdin` is one article read from standard input (at most the size limit of a file).
 */
export async function loadWorkspace(roots: readonly string[], globs: Globs, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const workspace = new Workspace({ toPath: (id) => id, severity: options.severity });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const loaded = await loadFiles(workspace, listFiles(roots.filter((r) => !isStdin(r)), globs), {
    toId: (file) => file, maxBytes, workerScript: options.workerScript, threads: options.threads, detail: options.detail,
    onArticle: options.onArticle,
  });
  const articles = loaded.articles.sort();
  const skipped = loaded.skipped;
  if (roots.some(isStdin)) {
    const read = decodeArticle(readStdin(maxBytes), maxBytes);
    const analysis = 'text' in read ? workspace.setArticle(STDIN, read.text, options.detail) : undefined;
    if (analysis) {
      articles.push(STDIN);
      options.onArticle?.(STDIN, analysis);
    } else {
      skipped.push({ file: STDIN, reason: 'skipped' in read ? read.skipped : workspace.notice(STDIN)?.reason ?? 'analysis failed', error: true });
    }
  }
  return { workspace, articles, factBases: loaded.factBases, skipped: skipped.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Standard input, up to `maxBytes` + 1 bytes: an endless stream (`< /dev/zero`) is cut short, never held. */
function readStdin(maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let size = 0;
  const chunk = Buffer.allocUnsafe(64 * 1024);
  while (size <= maxBytes) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, Math.min(chunk.length, maxBytes + 1 - size), null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') { // a non-blocking pipe with nothing yet
        Atomics.wait(PAUSE, 0, 0, 10);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    size += n;
  }
  return Buffer.concat(chunks);
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** The CLI's worker script: its own bundle (dist/cli.js), which analyses when started in a worker thread. */
export const CLI_WORKER_SCRIPT = __filename;
