import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/** How long a hover or semantic-tokens request may work before it answers with what it has. */
export const REQUEST_BUDGET_MS = 200;

/**
 * A request's time budget. Work that grows with the workspace or the document checks it and, once
 * it is spent, leaves out what is optional (the other articles in a hover, modifiers of semantic
 * tokens) instead of keeping the editor waiting.
 */
export class Budget {
  private readonly deadline: number;

  constructor(ms: number = REQUEST_BUDGET_MS) {
    this.deadline = performance.now() + ms;
  }

  get spent(): boolean {
    return performance.now() > this.deadline;
  }
}

/**
 * Wraps request handlers: after `shutdown`, every request is refused (as LSP says, with
 * InvalidRequest); an exception in a handler answers that one request with an error, logged,
 * and never reaches the process.
 */
export class RequestGuard {
  private shutDown = false;

  constructor(private readonly connection: Connection) {}

  get isShutDown(): boolean {
    return this.shutDown;
  }

  shutdown(): void {
    this.shutDown = true;
  }

  guard<P extends unknown[], R>(name: string, handler: (...params: P) => R | Promise<R>): (...params: P) => Promise<R> {
    return async (...params: P) => {
      if (this.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, `News Lens has shut down: no ${name} after shutdown.`);
      try {
        return await handler(...params);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        this.connection.console.error(`News Lens: ${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        throw new ResponseError(ErrorCodes.InternalError, `News Lens could not answer ${name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
  }
}
