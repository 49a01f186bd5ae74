import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { diskPlatform } from './lsp/disk';

/** The language server on Node, over stdio (or node IPC), as desktop editors start it. */
const connection = createConnection(ProposedFeatures.all);

// A defect in a handler must not take the editor's server down: it is logged, and the rest goes on.
process.on('unhandledRejection', report);
process.on('uncaughtException', report);

function report(err: unknown): void {
  try {
    connection.console.error(`News Lens: unexpected failure: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  } catch {
    // The connection itself is gone: nothing to tell, and the server exits with it.
  }
}

// This bundle is also the indexer's worker script (see main.ts).
startServer(connection, diskPlatform(__filename));
