import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, ErrorCodes, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { clientPlatform } from '../../server/src/lsp/clientFiles';
import { startServer } from '../../server/src/lsp/server';
import { FIND_FILES_REQUEST } from '../../server/src/protocol';

/**
 * The web worker's server (server/src/browser.ts: `startServer` on the client's files), here on
 * in-memory streams instead of a worker's messages, driven by a protocol client as vscode.dev drives it.
 */
describe('language server in a web editor that cannot list a folder\'s files', function () {
  it('says in its log that indexing failed, at the start and when a folder is added, and goes on', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, clientPlatform(server));
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const logged: string[] = [];
    const waiting: Array<() => void> = [];
    client.onNotification('window/logMessage', (p: { message: string }) => {
      logged.push(p.message);
      for (const w of waiting.splice(0)) w();
    });
    const failures = () => logged.filter((m) => /failed/.test(m));
    const until = (count: number) => new Promise<void>((resolve) => {
      const check = () => (failures().length >= count ? resolve() : waiting.push(check));
      check();
    });
    client.onRequest(FIND_FILES_REQUEST, () => new ResponseError(ErrorCodes.InternalError, 'the file system is not ready'));
    client.listen();
    try {
      await client.sendRequest('initialize', {
        processId: null, rootUri: 'vscode-vfs://github/desk/news', workspaceFolders: [{ uri: 'vscode-vfs://github/desk/news', name: 'news' }],
        capabilities: { workspace: { workspaceFolders: true } },
      });
      await client.sendNotification('initialized', {});
      await until(1);
      await client.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'vscode-vfs://github/desk/wire', name: 'wire' }], removed: [] } });
      await until(2);
      assert.deepEqual(failures(), Array(2).fill('News Lens: Indexing failed (the file system is not ready); going on without it.'));
      const symbols = await client.sendRequest('workspace/symbol', { query: 'fire' });
      assert.deepEqual(symbols, [], 'the server still answers');
    } finally {
      await client.sendRequest('shutdown');
      client.dispose();
      server.dispose();
    }
  });
});
