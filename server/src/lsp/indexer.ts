import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, type Skipped } from '../workspace/files';
import { loadFiles } from '../workspace/loadFiles';
import type { Workspace } from '../workspace/workspace';
import type { Settings } from './settings';
import { pathToUri } from './uris';

export interface IndexResult {
  readonly articles: number;
  readonly factBases: number;
  readonly skipped: readonly Skipped[];
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
  // Files no longer selected (a folder removed, a glob changed) leave, unless open in the editor.
  // Stryker disable all: removing more than that is undone below (files re-read, open buffers re-filed by the caller); only speed differs
  const seen = new Set([...files.articles, ...files.factBases].map(pathToUri));
  const stale = (id: string) => !seen.has(id) && !isOpen(id) && id.startsWith('file:');
  for (const id of [...workspace.articleIds(), ...workspace.noticeIds()]) if (stale(id)) workspace.removeArticle(id);
  for (const id of workspace.factBaseIds()) if (stale(id)) workspace.removeFactBase(id);
  // Stryker restore all

  const open = files.articles.filter((f) => isOpen(pathToUri(f))).length;
  const loaded = await loadFiles(workspace, files, {
    toId: pathToUri,
    leave: isOpen,
    maxBytes: settings.maxFileBytes,
    workerScript: WORKER_SCRIPT,
    // Hovers and tokens are asked of open documents, analysed in full from their buffers.
    detail: 'claims',
    onProgress: (done, total) => progress(done + open, total + open),
    cancelled,
  });
  return { articles: loaded.articles.length + open, factBases: loaded.factBases.length, skipped: loaded.skipped, cancelled: !loaded.completed };
}
