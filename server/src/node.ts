import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

/** The language server over stdio (or node IPC), as editors start it. */
startServer(createConnection(ProposedFeatures.all));
