/** What to do when the language server's process has died. */
export type AfterCrash = { readonly restart: true; readonly tell: boolean } | { readonly restart: false };

/**
 * Restarts a language server that died, at most `maxRestarts` times within `windowMs` (a server
 * that dies on start-up must not loop forever), and tells the user once per session: the first
 * restart, and the giving up. No vscode import: the policy is tested on its own.
 */
export class RestartPolicy {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(readonly maxRestarts = 4, readonly windowMs = 3 * 60_000) {}

  afterCrash(now = Date.now()): AfterCrash {
    this.crashes.push(now);
    while (now - this.crashes[0] > this.windowMs) this.crashes.shift();
    if (this.crashes.length > this.maxRestarts) return { restart: false };
    const tell = !this.told;
    this.told = true;
    return { restart: true, tell };
  }
}
