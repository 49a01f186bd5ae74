/** How long after the last keystroke a document is analysed: a burst of edits is analysed once. */
export const EDIT_DEBOUNCE_MS = 15;
/** However fast the typing, a document waits no longer than this. */
export const EDIT_MAX_WAIT_MS = 250;

/**
 * Documents edited but not yet analysed. A burst of changes is analysed once, when it settles
 * (or after EDIT_MAX_WAIT_MS of steady typing); a request about a document analyses its pending
 * edit first (`flush`), so answers always match the text the editor holds.
 */
export class PendingEdits {
  private readonly pending = new Set<string>();
  /** When the oldest pending edit came. */
  private oldest = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly analyse: (uri: string) => void) {}

  /** `uri` changed: analyse it once the edits settle. */
  add(uri: string): void {
    if (this.pending.size === 0) this.oldest = performance.now();
    this.pending.add(uri);
    const wait = Math.max(0, Math.min(EDIT_DEBOUNCE_MS, this.oldest + EDIT_MAX_WAIT_MS - performance.now()));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flushAll(), wait);
  }

  /** Analyses `uri` now if an edit of it is pending. */
  flush(uri: string): void {
    if (this.pending.delete(uri)) this.analyse(uri);
  }

  /** Forgets a pending edit (the document closed). */
  drop(uri: string): void {
    this.pending.delete(uri);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private flushAll(): void {
    this.timer = undefined;
    for (const uri of [...this.pending]) this.flush(uri);
  }
}
