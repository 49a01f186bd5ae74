import type { ReadResult } from '../workspace/decode';
import type { Settings } from '../workspace/settings';
import type { Workspace } from '../workspace/workspace';

import type { SkippedFile } from '../protocol';

export type { SkippedFile };

/** A workspace folder and the settings in force in it. */
export interface Folder {
  readonly uri: string;
  readonly settings: Settings;
}

/** The articles and fact bases of a folder, by URI. */
export interface FolderFiles {
  readonly articles: readonly string[];
  readonly factBases: readonly string[];
  readonly unlisted: readonly SkippedFile[];
}

export interface LoadOptions {
  /** Documents open in the editor: their buffers win, their files are not read. */
  readonly isOpen: (uri: string) => boolean;
  readonly maxBytes: number;
  readonly onProgress: (done: number, total: number) => void;
  readonly cancelled: () => boolean;
}

export interface Loaded {
  readonly articles: number;
  readonly factBases: number;
  readonly skipped: readonly SkippedFile[];
  readonly completed: boolean;
}

/**
 * What the server needs of the machine it runs on: on Node, the disk and worker threads
 * (`lsp/disk.ts`); in a browser's web worker, the editor's file system, asked through the client
 * (`lsp/clientFiles.ts`). Everything else in the server is the same on both.
 */
export interface Platform {
  /** What the platform is, for the log. */
  readonly name: string;
  /** The path of a document URI, for globs, folders and file names. */
  toPath(uri: string): string;
  /** The article and fact-base files of a folder, as its settings select them. */
  list(folder: Folder): Promise<FolderFiles>;
  /** Reads fact bases, then articles (analysed), into the workspace; skipped files get their notice. */
  load(workspace: Workspace, files: FolderFiles, options: LoadOptions): Promise<Loaded>;
  readArticle(uri: string, maxBytes: number): Promise<ReadResult>;
  readFactBase(uri: string): Promise<ReadResult>;
  /** A small text file (the desk's settings), or undefined when there is none. */
  readText(uri: string): Promise<string | undefined>;
}
