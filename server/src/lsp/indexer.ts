import * as fs from 'node:fs';
import { listFiles, readArticleFile, fileNameDate } from '../workspace/files';
import type { Workspace } from '../workspace/workspace';
import type { Settings } from './settings';
import { pathToUri } from './uris';

export interface IndexProgress {
  (done: number, total: number): void;
}

export interface IndexResult {
  readonly articles: number;
  readonly factBases: number;
  readonly skipped: ReadonlyArray<{ file: string; reason: string }>;
  readonly cancelled: boolean;
}

/** Articles read and analysed between two yields to the event loop. */
const BATCH = 25;

/**
 * Reads every article and fact base under the workspace folders into the workspace, except the
 * documents open in the editor (their buffers win). Yields to the event loop between batches so
 * requests for open documents are served while it runs, and stops when `cancelled()` says so.
 */
export async function indexFolders(
  workspace: Workspace,
  folders: readonly string[],
  settings: Settings,
  isOpen: (uri: string) => boolean,
  progress: IndexProgress,
  cancelled: () => boolean,
): Promise<IndexResult> {
  const existing = folders.filter((f) => fs.existsSync(f));
  const files = listFiles(existing, { articles: settings.files, factBases: settings.factBases });
  const skipped: Array<{ file: string; reason: string }> = [];
  let factBases = 0;
  for (const file of files.factBases) {
    const uri = pathToUri(file);
    if (isOpen(uri)) continue;
    try {
      workspace.setFactBase(uri, fs.readFileSync(file, 'utf8'));
      factBases++;
    } catch (err) {
      skipped.push({ file, reason: (err as Error).message });
    }
  }
  const seen = new Set(files.articles.map(pathToUri));
  for (const id of workspace.articleIds()) if (!seen.has(id) && !isOpen(id) && id.startsWith('file:')) workspace.removeArticle(id);
  let articles = 0;
  const total = files.articles.length;
  for (let i = 0; i < total; i++) {
    if (i % BATCH === 0) {
      progress(i, total);
      await new Promise((resolve) => setImmediate(resolve));
      if (cancelled()) return { articles, factBases, skipped, cancelled: true };
    }
    const file = files.articles[i];
    const uri = pathToUri(file);
    if (isOpen(uri)) {
      articles++;
      continue;
    }
    const read = readArticleFile(file, settings.maxFileBytes);
    if ('skipped' in read) {
      skipped.push({ file, reason: read.skipped });
      workspace.removeArticle(uri);
      continue;
    }
    workspace.setArticle(uri, read.text, fileNameDate(file));
    articles++;
  }
  progress(total, total);
  return { articles, factBases, skipped, cancelled: false };
}
