import * as fs from 'node:fs';
import { analyzeFiles } from './analysisPool';
import type { FileSelection } from './files';
import type { Workspace } from './workspace';

export interface LoadOptions {
  /** The workspace id of a file: its path (CLI) or its URI (language server). */
  readonly toId: (file: string) => string;
  /** Files whose id this says to leave alone are not read (documents open in the editor). */
  readonly leave?: (id: string) => boolean;
  readonly maxBytes: number;
  /** The bundled worker script; without it, everything runs on this thread. */
  readonly workerScript?: string;
  readonly onProgress?: (done: number, total: number) => void;
  readonly cancelled?: () => boolean;
}

export interface LoadResult {
  /** Ids of the articles and fact bases read into the workspace. */
  readonly articles: string[];
  readonly factBases: string[];
  readonly skipped: Array<{ file: string; reason: string }>;
  readonly completed: boolean;
}

/**
 * Reads fact bases and articles from disk into the workspace: fact bases first (they define the
 * events), then the articles, analysed on worker threads. Unreadable, binary, undecodable and
 * oversized files are skipped with their reason; a skipped article leaves the workspace.
 */
export async function loadFiles(workspace: Workspace, files: FileSelection, options: LoadOptions): Promise<LoadResult> {
  const leave = options.leave ?? (() => false);
  const skipped: Array<{ file: string; reason: string }> = [];
  const factBases: string[] = [];
  for (const file of files.factBases) {
    const id = options.toId(file);
    if (leave(id)) continue;
    try {
      workspace.setFactBase(id, fs.readFileSync(file, 'utf8'));
      factBases.push(id);
    } catch (err) {
      skipped.push({ file, reason: `unreadable (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  const articles: string[] = [];
  const completed = await analyzeFiles(files.articles.filter((f) => !leave(options.toId(f))), {
    maxBytes: options.maxBytes,
    workerScript: options.workerScript,
    onResult: (result) => {
      const id = options.toId(result.file);
      if (leave(id)) return; // opened while loading: the buffer wins
      if ('skipped' in result) {
        skipped.push({ file: result.file, reason: result.skipped });
        workspace.removeArticle(id);
      } else {
        workspace.putArticle(id, result.text, result.analysis);
        articles.push(id);
      }
    },
    onProgress: options.onProgress,
    cancelled: options.cancelled,
  });
  return { articles, factBases, skipped, completed };
}
