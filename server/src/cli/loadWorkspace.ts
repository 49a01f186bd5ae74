import * as fs from 'node:fs';
import { Workspace } from '../workspace/workspace';
import { fileNameDate, listFiles, readArticleFile, type Globs } from '../workspace/files';
import type { SeverityOverrides } from '../engine';

export interface LoadedWorkspace {
  readonly workspace: Workspace;
  readonly articles: readonly string[];
  readonly factBases: readonly string[];
  readonly skipped: ReadonlyArray<{ file: string; reason: string }>;
}

/** Reads the articles and fact bases under `roots` into a workspace keyed by absolute path. */
export function loadWorkspace(roots: readonly string[], globs: Globs, severity?: SeverityOverrides): LoadedWorkspace {
  const workspace = new Workspace({ toPath: (id) => id, severity });
  const files = listFiles(roots, globs);
  const skipped: Array<{ file: string; reason: string }> = [];
  const factBases: string[] = [];
  for (const file of files.factBases) {
    try {
      workspace.setFactBase(file, fs.readFileSync(file, 'utf8'));
      factBases.push(file);
    } catch (err) {
      skipped.push({ file, reason: `unreadable (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  const articles: string[] = [];
  for (const file of files.articles) {
    const read = readArticleFile(file);
    if ('skipped' in read) {
      skipped.push({ file, reason: read.skipped });
      continue;
    }
    workspace.setArticle(file, read.text, fileNameDate(file));
    articles.push(file);
  }
  return { workspace, articles, factBases, skipped };
}
