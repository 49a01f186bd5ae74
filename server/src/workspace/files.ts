import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_ARTICLE_GLOBS = ['**/*.news', '**/*.article'];
export const DEFAULT_FACT_BASE_GLOBS = ['**/*.facts.yaml', '**/*.facts.yml'];
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export interface FileSelection {
  readonly articles: readonly string[];
  readonly factBases: readonly string[];
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
 * a file named on the command line is an article unless it is a fact base).
 */
export function listFiles(roots: readonly string[], globs: Globs): FileSelection {
  const { isArticle, isFactBase } = compileGlobs(globs);
  const articles: string[] = [];
  const factBases: string[] = [];
  for (const root of roots) {
    const stat = fs.statSync(root);
    if (stat.isFile()) {
      (isFactBase(path.basename(root)) ? factBases : articles).push(path.resolve(root));
      continue;
    }
    walk(path.resolve(root), '', (abs, rel) => {
      if (isFactBase(rel)) factBases.push(abs);
      else if (isArticle(rel)) articles.push(abs);
    });
  }
  return { articles: [...new Set(articles)].sort(), factBases: [...new Set(factBases)].sort() };
}

function walk(dir: string, rel: string, visit: (abs: string, rel: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folders are skipped, not fatal
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIPPED_DIRECTORIES.has(e.name)) continue;
    const abs = path.join(dir, e.name);
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(abs, r, visit);
    else if (e.isFile()) visit(abs, r);
  }
}

export type ReadResult = { readonly text: string } | { readonly skipped: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as an article, or says why it is skipped (binary, not UTF-8, too large). */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  if (bytes.length > maxBytes) return { skipped: `larger than ${Math.round(maxBytes / 1024)} KB` };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { skipped: 'binary file' };
  try {
    const text = UTF8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { skipped: 'not valid UTF-8' };
  }
}

export function readArticleFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return { skipped: `larger than ${Math.round(maxBytes / 1024)} KB` };
    return decodeArticle(fs.readFileSync(file), maxBytes);
  } catch (err) {
    return { skipped: `unreadable (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
