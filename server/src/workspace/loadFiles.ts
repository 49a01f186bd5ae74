import type { DocumentAnalysis } from '../engine';
import { analyzeFiles } from './analysisPool';
import { readFactBaseFile, type FileSelection, type Skipped } from './files';
import type { Detail } from './readArticle';
import type { Workspace } from './workspace';

export interface LoadOptions {
  /** The workspace id of a file: its path (CLI) or its URI (language server). */
  readonly toId: (file: string) => string;
  /** Files whose id this says to leave alone are not read (documents open in the editor). */
  readonly leave?: (id: string) => boolean;
  readonly maxBytes: number;
  /** The bundled worker script; without it, everything runs on this thread. */
  readonly workerScript?: string;
  /** Worker threads (default: one per core, at most 8). */
  readonly threads?: number;
  /** How much of each analysis the workspace keeps (default: all of it). */
  readonly detail?: Detail;
  /**
   * Each article's whole analysis, in the order of `files.articles` (whatever order the workers
   * finish in), before the workspace keeps only `detail` of it: for output streamed as it comes.
   */
  readonly onArticle?: (file: string, analysis: DocumentAnalysis) => void;
  readonly onProgress?: (done: number, total: number) => void;
  readonly cancelled?: () => boolean;
}

export interface LoadResult {
  /** Ids of the articles and fact bases read into the workspace. */
  readonly articles: string[];
  readonly factBases: string[];
  /** Files and folders not read, and why: the selection's unlisted folders, then skipped files. */
  readonly skipped: Skipped[];
  readonly completed: boolean;
}

/**
 * Reads fact bases and articles from disk into the workspace: fact bases first (they define the
 * events), then the articles, analysed on worker threads. Unreadable, binary, undecodable,
 * oversized and irregular files (FIFOs, devices) are skipped with their reason, which the
 * workspace keeps as the document's notice; so is an article whose analysis failed.
 */
export async function loadFiles(workspace: Workspace, files: FileSelection, options: LoadOptions): Promise<LoadResult> {
  const leave = options.leave ?? (() => false);
  const detail = options.detail ?? 'full';
  const skipped: Skipped[] = [...files.unlisted];
  const skip = (file: string, reason: string, error: boolean) => {
    skipped.push({ file, reason, error });
    workspace.skip(options.toId(file), { reason, error });
  };
  const factBases: string[] = [];
  for (const file of files.factBases) {
    const id = options.toId(file);
    if (leave(id)) continue;
    const read = readFactBaseFile(file);
    if ('skipped' in read) {
      skip(file, read.skipped, read.error);
      workspace.removeFactBase(id);
      continue;
    }
    workspace.setFactBase(id, read.text);
    factBases.push(id);
  }
  const articles: string[] = [];
  const toRead = files.articles.filter((f) => !leave(options.toId(f)));
  const inOrder = options.onArticle ? new InOrder(toRead, options.onArticle) : undefined;
  const completed = await analyzeFiles(toRead, {
    maxBytes: options.maxBytes,
    workerScript: options.workerScript,
    threads: options.threads,
    // Streaming needs whole analyses from the workers; the workspace still keeps only `detail`.
    detail: inOrder ? 'full' : detail,
    onResult: (result) => {
      const id = options.toId(result.file);
      if (leave(id)) return inOrder?.pass(result.file); // opened while loading: the buffer wins
      if ('skipped' in result) {
        skip(result.file, result.skipped, result.error);
        return inOrder?.pass(result.file);
      }
      // Re-dated by a fact base if need be: what is streamed is the workspace's analysis.
      const analysis = workspace.putArticle(id, result.text, result.analysis, detail);
      if (analysis) {
        articles.push(id);
        inOrder?.put(result.file, analysis);
      } else {
        skipped.push({ file: result.file, reason: workspace.notice(id)?.reason ?? 'analysis failed', error: true });
        inOrder?.pass(result.file);
      }
    },
    onProgress: options.onProgress,
    cancelled: options.cancelled,
  });
  return { articles, factBases, skipped, completed };
}

/** Hands results on in the order of a file list, holding back those that arrive early. */
class InOrder {
  private next = 0;
  private readonly waiting = new Map<string, DocumentAnalysis | null>();

  constructor(private readonly files: readonly string[], private readonly emit: (file: string, analysis: DocumentAnalysis) => void) {}

  put(file: string, analysis: DocumentAnalysis): void {
    this.waiting.set(file, analysis);
    this.flush();
  }

  /** A file with nothing to hand on (skipped). */
  pass(file: string): void {
    this.waiting.set(file, null);
    this.flush();
  }

  private flush(): void {
    while (this.next < this.files.length && this.waiting.has(this.files[this.next])) {
      const file = this.files[this.next++];
      const analysis = this.waiting.get(file)!;
      this.waiting.delete(file);
      if (analysis) this.emit(file, analysis);
    }
  }
}
