import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './lsp/server';
import { clientPlatform } from './lsp/clientFiles';

/** The web worker's global scope, which carries the messages from and to the extension. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & {
  addEventListener(type: 'unhandledrejection' | 'error', listener: (e: { reason?: unknown; error?: unknown }) => void): void;
};

/** The language server in a browser's web worker (vscode.dev, github.dev, code-server in a browser). */
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

// As on Node: a defect in a handler is logged, and the rest goes on.
self.addEventListener('unhandledrejection', (e: { reason?: unknown }) => report(e.reason));
self.addEventListener('error', (e: { error?: unknown }) => report(e.error));

function report(err: unknown): void {
  connection.console.error(`News Lens: unexpected failure: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
}

startServer(connection, clientPlatform(connection));
