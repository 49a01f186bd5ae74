import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles } from '../workspace/files';
import { analyzeFiles } from '../workspace/analysisPool';
import type { Workspace } from '../workspace/workspace';
import type { Settings } from './settings';
import { pathToUri } from './uris';

export interface IndexResult {
  readonly articles: number;
  readonly factBases: number;
  readonly skipped: ReadonlyArray<{ file: string; reason: string }>;
  readonly cancelled: boolean;
}

/** The bundled worker script next to the server bundle (dist/analysisWorker.js). */
export const WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');

/**
 * Reads every article and fact base under the workspace folders into the workspace, except the
 * documents open in the editor (their buffers win). Articles are read and analysed on worker
 * threads; this thread only files the results, so requests for open documents are served while
 * indexing runs. Stops when `cancelled()` says so.
 */
export async function indexFolders(
  workspace: Workspace,
  folders: readonly string[],
  settings: Settings,
  isOpen: (uri: string) => boolean,
  progress: (done: number, total: number) => void,
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

  const open = files.articles.filter((f) => isOpen(pathToUri(f))).length;
  let articles = open;
  const completed = await analyzeFiles(files.articles.filter((f) => !isOpen(pathToUri(f))), {
    maxBytes: settings.maxFileBytes,
    workerScript: WORKER_SCRIPT,
    onResult: (result) => {
      const uri = pathToUri(result.file);
      if (isOpen(uri)) return; // opened while indexing: the buffer wins
      if ('skipped' in result) {
        skipped.push({ file: result.file, reason: result.skipped });
        workspace.removeArticle(uri);
      } else {
        workspace.putArticle(uri, result.text, result.analysis);
        articles++;
      }
    },
    onProgress: (done, total) => progress(done + open, total + open),
    cancelled,
  });
  return { articles, factBases, skipped, cancelled: !completed };
}
