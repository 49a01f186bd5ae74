/**
 * The protocol between the News Lens client and server beyond LSP itself: command ids, custom
 * requests and notifications and their payloads. Both sides import this one module (the client
 * through esbuild), so a rename cannot break one side silently. Types, constants and the links
 * built from them only: nothing here may import the editor, the protocol libraries or the engine.
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
  showFindingDocs: 'newslens.showFindingDocs',
} as const;

/**
 * What the client tells the server in `initialize` (`initializationOptions`) beyond LSP's capabilities.
 * `findingDocs`: the client runs `COMMANDS.showFindingDocs` (arguments `[code]`), which opens the
 * findings documentation at a code, so a diagnostic's code can link to it. Other clients get no link.
 */
export interface InitializationOptions {
  readonly findingDocs?: boolean;
}

/** The `command:` URI that opens the findings documentation at `code` (or at its top). */
export function findingDocsLink(code?: string): string {
  return `command:${COMMANDS.showFindingDocs}${code ? `?${encodeURIComponent(JSON.stringify([code]))}` : ''}`;
}

/** Context key, true once a hover has shown News Lens's reading of a figure (the walkthrough's step). */
export const HOVERED_CONTEXT = 'newslens.hoveredFigure';

/** Context key, true while the language server runs in this window (commands show only then). */
export const ACTIVE_CONTEXT = 'newslens.active';

/**
 * The `newslens.*` settings the server reads (without the prefix). The client answers
 * `workspace/configuration` with only those the user set, so the server can layer them over the
 * desk's `.newslens.yaml`. Editor-only settings (`newslens.trace.server`) are not among them.
 */
export const SERVER_SETTINGS = ['languages', 'files', 'factBases', 'exclude', 'severity', 'ignore', 'maxFileSizeKb'] as const;

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

// ---- the fact-checker's desk -----------------------------------------------------------------

/** A figure in an article, where a command acts: the document's version when the action was offered, and the figure as written then. */
export interface FigureRef {
  readonly uri: string;
  readonly version: number | null;
  readonly line: number;
  readonly character: number;
  readonly figure: string;
}

/** Server command: adds the figure as a fact to the fact base of its story and opens the new entry for review. Arguments `[FigureRef]`. */
export const ADD_FACT_COMMAND = 'newslens.server.addFact';

/** Server command: records a difference as reviewed (`reviewed:` in the fact base) and opens its note. Arguments `[MarkReviewedArgs]`. */
export const MARK_REVIEWED_COMMAND = 'newslens.server.markReviewed';

export interface MarkReviewedArgs {
  readonly here: FigureRef;
  /** The other place: another article's figure, or a fact of a fact base. */
  readonly other: FigureRef | { readonly factBase: string; readonly fact: string };
  /** The finding's code, for the note. */
  readonly code: string;
}

/** Server command: moves an article to another story (its entry in the fact base's `articles`). Arguments `[MoveArticleArgs]`. */
export const MOVE_ARTICLE_COMMAND = 'newslens.server.moveArticle';

export interface MoveArticleArgs {
  readonly article: string;
  /** The event id of the story to move it to, and the fact base that declares it. */
  readonly event: string;
  readonly factBase: string;
}

/** What a server command that edits the fact base answers: done, or why not (the user is told too). */
export type DeskEditResult = { readonly applied: true; readonly uri: string } | { readonly applied: false; readonly reason: string };

/** Client command: shows locations in the references view. Arguments `[uri, line, character, Array<{uri, line, character, endLine, endCharacter}>]`. Code lenses use it. */
export const SHOW_REFERENCES_COMMAND = 'newslens.showReferences';

/** Client command: adds a finding code to `newslens.ignore` of the document's workspace folder. Arguments `[uri, code]`. */
export const IGNORE_IN_FOLDER_COMMAND = 'newslens.ignoreInFolder';

/** The setting (per workspace folder) with the finding codes the desk ignores there. */
export const IGNORE_SETTING = 'ignore';

/** Request from the client: the stories of the workspace, for the story view. No parameters; answers `StoryInfo[]`. */
export const STORIES_REQUEST = 'newslens/stories';

/** Notification from the server: the stories changed (articles, groups or findings); the client asks again. */
export const STORIES_CHANGED_NOTIFICATION = 'newslens/storiesChanged';

/** A place in a document, as the views link to it. */
export interface PlaceInfo {
  readonly uri: string;
  readonly line: number;
  readonly character: number;
}

export interface StoryInfo {
  /** The group's key: stable while its articles are. */
  readonly id: string;
  readonly label: string;
  /** The fact-base event the story is, if one declares it (articles can be moved to it). */
  readonly event?: { readonly id: string; readonly factBase: string };
  /** How the story was found: an event of a fact base, a folder, or shared names in a day's folder. */
  readonly source: 'event' | 'folder' | 'found';
  readonly articles: readonly ArticleInfo[];
  readonly quantities: readonly QuantityInfo[];
}

export interface ArticleInfo extends PlaceInfo {
  readonly label: string;
  readonly title?: string;
  readonly date?: string;
  /** The article names its event in its own front matter: only its text can move it. */
  readonly fixedEvent: boolean;
}

/** A quantity of a story that is disputed: its values disagree, or the fact base disputes it. */
export interface QuantityInfo {
  readonly label: string;
  /** "9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2)". */
  readonly timeline: string;
  /** Why it is listed: "went back and forth", "reports of one day differ", "disputed in the fact base", … */
  readonly why: string;
  readonly reports: ReadonlyArray<PlaceInfo & { readonly figure: string; readonly article: string; readonly day?: string }>;
}
