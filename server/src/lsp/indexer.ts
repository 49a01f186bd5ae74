import type { Workspace } from '../workspace/workspace';
import type { Folder, Platform, SkippedFile } from './platform';

export interface IndexResult {
  readonly articles: number;
  readonly factBases: number;
  readonly skipped: readonly SkippedFile[];
  readonly cancelled: boolean;
  /** One line per folder for the log: what was indexed there. */
  readonly summary: readonly string[];
}

/**
 * Reads every article and fact base of the workspace folders into the workspace, each folder by
 * its own settings, except the documents open in the editor (their buffers win). Documents no
 * longer selected by any folder leave the workspace. Stops when `cancelled()` says so.
 */
export async function indexFolders(
  workspace: Workspace,
  platform: Platform,
  folders: readonly Folder[],
  isOpen: (uri: string) => boolean,
  progress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<IndexResult> {
  const listed = await Promise.all(folders.map((folder) => platform.list(folder)));
  const seen = new Set(listed.flatMap((files) => [...files.articles, ...files.factBases]));
  const stale = (id: string) => !seen.has(id) && !isOpen(id);
  for (const id of [...workspace.articleIds(), ...workspace.noticeIds()]) if (stale(id)) workspace.removeArticle(id);
  for (const id of workspace.factBaseIds()) if (stale(id)) workspace.removeFactBase(id);

  const total = listed.reduce((n, files) => n + files.articles.length, 0);
  let before = 0;
  let articles = 0;
  let factBases = 0;
  const skipped: SkippedFile[] = [];
  const summary: string[] = [];
  for (const [i, folder] of folders.entries()) {
    const files = listed[i];
    const open = files.articles.filter(isOpen).length;
    const loaded = await platform.load(workspace, files, {
      isOpen,
      maxBytes: folder.settings.maxFileBytes,
      onProgress: (done) => progress(before + open + done, total),
      cancelled,
    });
    before += files.articles.length;
    articles += loaded.articles + open;
    factBases += loaded.factBases;
    skipped.push(...loaded.skipped);
    summary.push(`indexed ${plural(loaded.articles + open, 'article')} and ${plural(loaded.factBases, 'fact base')} in ${platform.toPath(folder.uri)}` +
      (loaded.skipped.length > 0 ? ` (${loaded.skipped.length} skipped)` : '') + (loaded.completed ? '' : ', then stopped'));
    if (!loaded.completed) return { articles, factBases, skipped, cancelled: true, summary };
  }
  return { articles, factBases, skipped, cancelled: false, summary };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
