import * as path from 'node:path';
import { Workspace } from '../workspace/workspace';
import { DEFAULT_MAX_FILE_BYTES, listFiles, type Globs } from '../workspace/files';
import { loadFiles } from '../workspace/loadFiles';
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
  const loaded = await loadFiles(workspace, listFiles(roots, globs), {
    toId: (file) => file, maxBytes: DEFAULT_MAX_FILE_BYTES, workerScript: options.workerScript,
  });
  return {
    workspace,
    articles: loaded.articles.sort(),
    factBases: loaded.factBases,
    skipped: loaded.skipped.sort((a, b) => a.file.localeCompare(b.file)),
  };
}

/** The worker script bundled next to the CLI (dist/analysisWorker.js). */
export const CLI_WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');
