import type { Connection } from 'vscode-languageserver';
import { FIND_FILES_REQUEST, READ_FILE_REQUEST, type FindFilesParams, type ReadFileParams, type ReadFileResult } from '../protocol';
import { compileGlobs } from '../workspace/globs';
import type { ReadResult } from '../workspace/decode';
import type { Platform, SkippedFile } from './platform';

/** Files analysed between two turns of the event loop, so requests for open documents are served while indexing. */
const BATCH = 8;

/**
 * The language server in a browser's web worker (vscode.dev, github.dev, code-server in a
 * browser): no disk and no threads. The client lists and reads the workspace's files through the
 * editor's file system (`FIND_FILES_REQUEST`, `READ_FILE_REQUEST`), and articles are analysed on
 * this thread, a batch at a time.
 */
export function clientPlatform(connection: Connection): Platform {
  const read = async (uri: string, as: ReadFileParams['as'], maxBytes = 0): Promise<ReadResult> => {
    try {
      const result = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri, as, maxBytes } satisfies ReadFileParams);
      return result ?? { skipped: 'no such file', error: true };
    } catch (err) {
      return { skipped: `unreadable (${err instanceof Error ? err.message : String(err)})`, error: true };
    }
  };
  return {
    name: 'web worker',
    toPath: uriPath,
    async list(folder) {
      const { settings } = folder;
      const uris = await connection.sendRequest<string[]>(FIND_FILES_REQUEST, {
        folder: folder.uri, include: [...settings.files, ...settings.factBases],
      } satisfies FindFilesParams);
      const { isArticle, isFactBase } = compileGlobs({ articles: settings.files, factBases: settings.factBases, exclude: settings.exclude });
      const base = uriPath(folder.uri).replace(/\/?$/, '/');
      const rel = (uri: string) => uriPath(uri).slice(base.length);
      const inFolder = [...new Set(uris)].filter((u) => uriPath(u).startsWith(base)).sort();
      return { articles: inFolder.filter((u) => isArticle(rel(u))), factBases: inFolder.filter((u) => isFactBase(rel(u))), unlisted: [] };
    },
    async load(workspace, files, options) {
      const skipped: SkippedFile[] = [...files.unlisted];
      const skip = (uri: string, reason: string, error: boolean) => {
        skipped.push({ uri, reason, error });
        workspace.skip(uri, { reason, error });
      };
      let factBases = 0;
      for (const uri of files.factBases) {
        if (options.isOpen(uri)) continue;
        const fb = await read(uri, 'factBase');
        if ('text' in fb) {
          workspace.setFactBase(uri, fb.text);
          factBases++;
        } else {
          workspace.removeFactBase(uri);
          skip(uri, fb.skipped, fb.error);
        }
      }
      const toRead = files.articles.filter((u) => !options.isOpen(u));
      let articles = 0;
      for (let i = 0; i < toRead.length; i++) {
        if (i % BATCH === 0) {
          options.onProgress(i, toRead.length);
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (options.cancelled()) return { articles, factBases, skipped, completed: false };
        }
        const uri = toRead[i];
        const article = await read(uri, 'article', options.maxBytes);
        if (options.isOpen(uri)) continue; // opened while it was read: the buffer wins
        if (!('text' in article)) skip(uri, article.skipped, article.error);
        else if (workspace.setArticle(uri, article.text, 'claims')) articles++;
        else skipped.push({ uri, reason: workspace.notice(uri)?.reason ?? 'analysis failed', error: true });
      }
      options.onProgress(toRead.length, toRead.length);
      return { articles, factBases, skipped, completed: true };
    },
    readArticle: (uri, maxBytes) => read(uri, 'article', maxBytes),
    readFactBase: (uri) => read(uri, 'factBase'),
    async readText(uri) {
      const text = await read(uri, 'text');
      return 'text' in text ? text.text : undefined;
    },
  };
}

/** The decoded path of a URI of any scheme (`vscode-vfs://github/owner/repo/story/a.news` → `/owner/repo/story/a.news`). */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
