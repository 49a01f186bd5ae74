/**
 * The protocol between the News Lens client and server beyond LSP itself: command ids, custom
 * notifications and their payloads. Both sides import this one module (the client through esbuild),
 * so a rename cannot break one side silently. Types and constants only: nothing here may import the
 * editor, the protocol libraries or the engine.
 */

/** Server command (`workspace/executeCommand`): re-read every article and check the workspace; answers a `CheckSummary`. */
export const CHECK_COMMAND = 'newslens.server.checkConsistency';

/** Client command that reveals a place in a file; arguments `[uri, line, character]`. Hover links use it. */
export const OPEN_LOCATION_COMMAND = 'newslens.openLocation';

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

/** The answer to `CHECK_COMMAND`: the status after the check, and the files it skipped and why. */
export interface CheckSummary extends Status {
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

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

/** What a server command that edits the fact base answers: done, or why not (the user is told too). */
export type DeskEditResult = { readonly applied: true; readonly uri: string } | { readonly applied: false; readonly reason: string };

/** Client command: adds a finding code to `newslens.ignore` of the document's workspace folder. Arguments `[uri, code]`. */
export const IGNORE_IN_FOLDER_COMMAND = 'newslens.ignoreInFolder';

/** The setting (per workspace folder) with the finding codes the desk ignores there. */
export const IGNORE_SETTING = 'ignore';
