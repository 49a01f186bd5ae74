import * as fs from 'node:fs';
import type { ReadResult } from '../workspace/decode';
import { listFiles, readArticleFile, readFactBaseFile, type Skipped } from '../workspace/files';
import { loadFiles } from '../workspace/loadFiles';
import type { Platform, SkippedFile } from './platform';
import { pathToUri, uriToPath } from './uris';

/**
 * The language server on Node: files come from the disk, articles are analysed on worker threads
 * (the server's own bundle, started as a worker: see `main.ts`), so this thread stays free for
 * the editor's requests while a workspace is indexed.
 */
export function diskPlatform(workerScript: string): Platform {
  const skippedFile = (s: Skipped): SkippedFile => ({ uri: pathToUri(s.file), reason: s.reason, error: s.error });
  return {
    name: `Node ${process.version}`,
    toPath: uriToPath,
    async list(folder) {
      const root = uriToPath(folder.uri);
      if (!folder.uri.startsWith('file:') || !fs.existsSync(root)) return { articles: [], factBases: [], unlisted: [] };
      const files = listFiles([root], { articles: folder.settings.files, factBases: folder.settings.factBases, exclude: folder.settings.exclude });
      return { articles: files.articles.map(pathToUri), factBases: files.factBases.map(pathToUri), unlisted: files.unlisted.map(skippedFile) };
    },
    async load(workspace, files, options) {
      const loaded = await loadFiles(workspace, {
        articles: files.articles.map(uriToPath), factBases: files.factBases.map(uriToPath), unlisted: [],
      }, {
        toId: pathToUri,
        leave: options.isOpen,
        maxBytes: options.maxBytes,
        workerScript,
        // Hovers and tokens are asked of open documents, analysed in full from their buffers.
        detail: 'claims',
        onProgress: options.onProgress,
        cancelled: options.cancelled,
      });
      return {
        articles: loaded.articles.length, factBases: loaded.factBases.length, skipped: [...files.unlisted, ...loaded.skipped.map(skippedFile)],
        completed: loaded.completed,
      };
    },
    async readArticle(uri, maxBytes) {
      return onDisk(uri, (file) => readArticleFile(file, maxBytes));
    },
    async readFactBase(uri) {
      return onDisk(uri, readFactBaseFile);
    },
    async readText(uri) {
      const file = uriToPath(uri);
      // Stryker disable next-line StringLiteral: uriToPath keeps a URI of another scheme as it is (`untitled:Untitled-1`), which names no file where the server runs
      if (!uri.startsWith('file:') || !fs.existsSync(file)) return undefined;
      const read = readFactBaseFile(file);
      return 'text' in read ? read.text : undefined;
    },
  };
}

/** A file's contents read from disk; 'no such file' (as the client's reader says) for one that is gone or was never saved. */
function onDisk(uri: string, read: (file: string) => ReadResult): ReadResult {
  if (!uri.startsWith('file:')) return { skipped: 'not on disk', error: false };
  const file = uriToPath(uri);
  return fs.existsSync(file) ? read(file) : { skipped: 'no such file', error: true };
}
