import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { MAX_FACT_BASE_BYTES } from '../engine';

export const DEFAULT_ARTICLE_GLOBS = ['**/*.news', '**/*.article'];
export const DEFAULT_FACT_BASE_GLOBS = ['**/*.facts.yaml', '**/*.facts.yml'];
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
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

export interface Globs {
  readonly articles: readonly string[];
  readonly factBases: readonly string[];
}

/** Compiles glob lists once; matching is on paths relative to a root, with `/` separators. */
function compileGlobs(globs: Globs): { isArticle: (rel: string) => boolean; isFactBase: (rel: string) => boolean } {
  const articles = picomatch([...globs.articles], { dot: false });
  const factBases = picomatch([...globs.factBases], { dot: false });
  return { isFactBase: (rel) => factBases(rel), isArticle: (rel) => !factBases(rel) && articles(rel) };
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

export type ReadResult = { readonly text: string } | { readonly skipped: string; readonly error: boolean };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as an article, or says why it is skipped (binary, not UTF-8, too large). */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  if (bytes.length > maxBytes) return tooLarge(maxBytes);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { skipped: 'binary file', error: false };
  try {
    const text = UTF8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { skipped: 'not valid UTF-8', error: false };
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
  if (!('bytes' in read)) return read;
  const text = LENIENT_UTF8.decode(read.bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

const LENIENT_UTF8 = new TextDecoder('utf-8');

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

function tooLarge(maxBytes: number): { skipped: string; error: boolean } {
  return { skipped: `larger than ${Math.round(maxBytes / 1024)} KB`, error: false };
}

function unreadable(err: unknown): string {
  return `unreadable (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
}
