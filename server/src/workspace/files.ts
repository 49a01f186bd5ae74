import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FACT_BASE_BYTES } from '../engine';
import { DEFAULT_MAX_FILE_BYTES } from './settings';
import { compileGlobs, type Globs } from './globs';
import { decodeArticle, decodeFactBase, tooLarge, type ReadResult } from './decode';

export { DEFAULT_ARTICLE_GLOBS, DEFAULT_FACT_BASE_GLOBS, DEFAULT_MAX_FILE_BYTES } from './settings';
export { decodeArticle, type ReadResult } from './decode';
export type { Globs } from './globs';
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export interface FileSelection {
  readonly articles: readonly string[];
  readonly factBases: readonly string[];
  /** Folders and named paths that could not be listed, and why. */
  readonly unlisted: readonly Skipped[];
}

/**
 * A file or folder News Lens does not read, and why. A skip is deliberate (binary, too large, not
 * UTF-8, not a regular file); an error is not (unreadable, or the analysis failed).
 */
export interface Skipped {
  readonly file: string;
  readonly reason: string;
  readonly error: boolean;
}

/**
 * The article and fact-base files under `roots` (folders are walked, files taken as they are:
 * a file named on the command line is an article unless it is a fact base). Symbolic links in
 * folders are not followed; folders that cannot be read are listed in `unlisted`.
 */
export function listFiles(roots: readonly string[], globs: Globs): FileSelection {
  const { isArticle, isFactBase } = compileGlobs(globs);
  const articles: string[] = [];
  const factBases: string[] = [];
  const unlisted: Skipped[] = [];
  for (const root of roots) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(root);
    } catch (err) {
      unlisted.push({ file: path.resolve(root), reason: unreadable(err), error: true });
      continue;
    }
    if (stat.isFile()) {
      (isFactBase(path.basename(root)) ? factBases : articles).push(path.resolve(root));
    } else if (stat.isDirectory()) {
      walk(path.resolve(root), '', (abs, rel) => {
        if (isFactBase(rel)) factBases.push(abs);
        else if (isArticle(rel)) articles.push(abs);
      }, unlisted);
    } else {
      unlisted.push({ file: path.resolve(root), reason: 'not a regular file or folder', error: true });
    }
  }
  return { articles: [...new Set(articles)].sort(), factBases: [...new Set(factBases)].sort(), unlisted };
}

function walk(dir: string, rel: string, visit: (abs: string, rel: string) => void, unlisted: Skipped[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    unlisted.push({ file: dir, reason: `folder ${unreadable(err)}`, error: true });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIPPED_DIRECTORIES.has(e.name)) continue;
    const abs = path.join(dir, e.name);
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(abs, r, visit, unlisted);
    else if (e.isFile()) visit(abs, r);
  }
}

/** An article file, read only if it is a regular file no larger than `maxBytes`. */
export function readArticleFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  const read = readRegularFile(file, maxBytes, false);
  return 'bytes' in read ? decodeArticle(read.bytes, maxBytes) : read;
}

/**
 * A fact-base file, read only if it is a regular file; of a file larger than the engine reads,
 * only the first MAX_FACT_BASE_BYTES + 1 bytes, enough for the engine's located "too large" error.
 */
export function readFactBaseFile(file: string): ReadResult {
  const read = readRegularFile(file, MAX_FACT_BASE_BYTES, true);
  return 'bytes' in read ? decodeFactBase(read.bytes) : read;
}

/**
 * The bytes of a regular file: a FIFO, a device (/dev/zero, /dev/urandom) or a socket is never
 * read, and nothing beyond `maxBytes` + 1 bytes is (a file may grow while it is read). Opened
 * without blocking, so a FIFO without a writer cannot hang the reader; checked on the open file,
 * so a file swapped for a link to a device in between is still caught. A file over the limit is
 * skipped unless `prefix` asks for its first `maxBytes` + 1 bytes.
 */
function readRegularFile(file: string, maxBytes: number, prefix: boolean): { bytes: Buffer } | { skipped: string; error: boolean } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { skipped: unreadable(err), error: true };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { skipped: 'not a regular file', error: false };
    if (stat.size > maxBytes && !prefix) return tooLarge(maxBytes);
    const limit = maxBytes + 1;
    const buffer = Buffer.allocUnsafe(Math.min(stat.size + 1, limit));
    let read = 0;
    for (let n = -1; n !== 0 && read < buffer.length; read += n) n = fs.readSync(fd, buffer, read, buffer.length - read, read);
    return { bytes: buffer.subarray(0, read) };
  } catch (err) {
    return { skipped: unreadable(err), error: true };
  } finally {
    fs.closeSync(fd);
  }
}

function unreadable(err: unknown): string {
  return `unreadable (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
}
