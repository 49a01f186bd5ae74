import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../workspace/workspace';
import { listFiles, type Globs } from '../workspace/files';
import { analyzeFiles } from '../workspace/analysisPool';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/files';
import type { SeverityOverrides } from '../engine';

export interface LoadedWorkspace {
  readonly workspace: Workspace;
  readonly articles: readonly string[];
  readonly factBases: readonly string[];
  readonly skipped: ReadonlyArray<{ file: string; reason: string }>;
}

export interface LoadOptions {
  readonly severity?: SeverityOverrides;
  /** The bundled worker script; without it, everything runs on this thread. */
  readonly workerScript?: string;
}

/** Reads the articles and fact bases under `roots` into a workspace keyed by absolute path. */
export async function loadWorkspace(roots: readonly string[], globs: Globs, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const workspace = new Workspace({ toPath: (id) => id, severity: options.severity });
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
  await analyzeFiles(files.articles, {
    maxBytes: DEFAULT_MAX_FILE_BYTES,
    workerScript: options.workerScript,
    onResult: (result) => {
      if ('skipped' in result) {
        skipped.push({ file: result.file, reason: result.skipped });
      } else {
        workspace.putArticle(result.file, result.text, result.analysis);
        articles.push(result.file);
      }
    },
  });
  articles.sort();
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { workspace, articles, factBases, skipped };
}

/** The worker script bundled next to the CLI (dist/analysisWorker.js). */
export const CLI_WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');
