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
