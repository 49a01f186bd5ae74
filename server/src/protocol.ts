/**
 * The protocol between the News Lens client and server beyond LSP itself: command ids, custom
 * requests and notifications and their payloads. Both sides import this one module (the client
 * through esbuild), so a rename cannot break one side silently. Types and constants only: nothing
 * here may import the editor, the protocol libraries or the engine.
 */

/** The version of News Lens (package.json's, checked by a test): the server and the CLI report it. */
export const VERSION = '0.1.0';

/** Server command (`workspace/executeCommand`): re-read every article and check the workspace; answers a `CheckSummary`. */
export const CHECK_COMMAND = 'newslens.server.checkConsistency';

/** Client command that reveals a place in a file; arguments `[uri, line, character]`. Hover links use it. */
export const OPEN_LOCATION_COMMAND = 'newslens.openLocation';

/** The commands the extension contributes to the command palette (package.json's `contributes.commands`). */
export const COMMANDS = {
  checkConsistency: 'newslens.checkConsistency',
  restartServer: 'newslens.restartServer',
  showOutput: 'newslens.showOutput',
  openFactBase: 'newslens.openFactBase',
  openExample: 'newslens.openExample',
} as const;

/** Context key, true once a hover has shown News Lens's reading of a figure (the walkthrough's step). */
export const HOVERED_CONTEXT = 'newslens.hoveredFigure';

/** Context key, true while the language server runs in this window (commands show only then). */
export const ACTIVE_CONTEXT = 'newslens.active';

/**
 * The `newslens.*` settings the server reads (without the prefix). The client answers
 * `workspace/configuration` with only those the user set, so the server can layer them over the
 * desk's `.newslens.yaml`. Editor-only settings (`newslens.trace.server`) are not among them.
 */
export const SERVER_SETTINGS = ['languages', 'files', 'factBases', 'exclude', 'severity', 'maxFileSizeKb'] as const;

/** The desk's settings file at the root of a workspace folder. */
export const DESK_SETTINGS_FILE = '.newslens.yaml';

/** Notification from the server: what it is doing and how many findings it has (`Status`). */
export const STATUS_NOTIFICATION = 'newslens/status';

export interface Status {
  readonly state: 'indexing' | 'ready';
  readonly articles: number;
  readonly factBases: number;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
}

/** A file News Lens does not read, and why; `error` when it is not by design (unreadable, analysis failed). */
export interface SkippedFile {
  readonly uri: string;
  readonly reason: string;
  readonly error: boolean;
}

/** The answer to `CHECK_COMMAND`: the status after the check, and the files it skipped and why. */
export interface CheckSummary extends Status {
  readonly skipped: readonly SkippedFile[];
}

/** Notification from the server: files it has just skipped (`SkippedFiles`), each once; the client names them. */
export const SKIPPED_NOTIFICATION = 'newslens/skipped';

export interface SkippedFiles {
  readonly files: readonly SkippedFile[];
}

/**
 * Notification from the server after it has read the settings: what each workspace folder
 * analyses as articles (its `languages` and article `files` globs, after the desk's `.newslens.yaml`).
 */
export const FOLDERS_NOTIFICATION = 'newslens/folders';

export interface FolderArticles {
  readonly folders: ReadonlyArray<{ readonly uri: string; readonly languages: readonly string[]; readonly files: readonly string[] }>;
}

/** Request from the client: the fact bases the server reads, as URIs (`string[]`). */
export const FACT_BASES_REQUEST = 'newslens/factBases';

/**
 * Request from a server without a disk (in a browser's web worker): the files under a workspace
 * folder whose folder-relative paths match any of `include`; answers their URIs (`string[]`).
 */
export const FIND_FILES_REQUEST = 'newslens/findFiles';

export interface FindFilesParams {
  readonly folder: string;
  readonly include: readonly string[];
}

/**
 * Request from a server without a disk: one file's text, decoded by the client as an article
 * (UTF-8 only, at most `maxBytes`), a fact base or plain text; `null` when there is no such file.
 */
export const READ_FILE_REQUEST = 'newslens/readFile';

export interface ReadFileParams {
  readonly uri: string;
  readonly as: 'article' | 'factBase' | 'text';
  readonly maxBytes: number;
}

export type ReadFileResult = { readonly text: string } | { readonly skipped: string; readonly error: boolean } | null;
