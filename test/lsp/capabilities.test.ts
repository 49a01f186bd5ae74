import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client';
import { article, eventually, ready, roundTrip, tempWorkspace } from './protocol';

/** What the server asks of the client, recorded (these handlers replace the test client's answers). */
function recordRequests(client: TestClient) {
  const asked: Array<{ method: string; params: unknown }> = [];
  for (const method of ['workspace/configuration', 'client/registerCapability', 'window/workDoneProgress/create']) {
    client.connection.onRequest(method, (params: unknown) => {
      asked.push({ method, params });
      return method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => ({})) : null;
    });
  }
  return asked;
}

describe('language server: what it offers and what it asks', function () {
  const dirs: string[] = [];
  const clients: TestClient[] = [];
  const workspace = (files: Record<string, string | Buffer>) => {
    const dir = tempWorkspace(files);
    dirs.push(dir);
    return dir;
  };
  const start = () => {
    const client = new TestClient();
    clients.push(client);
    return client;
  };
  after(async () => {
    for (const c of clients) await c.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('declares its capabilities and names itself', async () => {
    const client = start();
    const asked = recordRequests(client);
    const dir = workspace({ 'a.news': article('Four people were killed on Sunday.') });
    const init: InitializeResult = await client.initialize(dir);
    assert.deepEqual(init, {
      capabilities: {
        textDocumentSync: 2,
        hoverProvider: true,
        semanticTokensProvider: {
          legend: { tokenTypes: ['person', 'organization', 'location', 'nationality', 'date', 'figure'], tokenModifiers: ['approximate', 'inconsistent', 'inFactBase'] },
          full: true,
          range: true,
        },
        executeCommandProvider: { commands: ['newslens.server.checkConsistency', 'newslens.server.addFact', 'newslens.server.markReviewed', 'newslens.server.moveArticle'] },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [' '] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'News Lens', version: '0.1.0' },
    });
    await ready(client);
    assert.deepEqual(asked.filter((a) => a.method !== 'window/workDoneProgress/create'), [
      { method: 'client/registerCapability', params: { registrations: [{ id: (asked[0].params as { registrations: Array<{ id: string }> }).registrations[0].id, method: 'workspace/didChangeConfiguration', registerOptions: { section: 'newslens' } }] } },
      // The settings outside every folder, then each folder's own, in one request.
      { method: 'workspace/configuration', params: { items: [{ section: 'newslens' }, { section: 'newslens', scopeUri: uriOf(dir) }] } },
    ]);
    assert.equal(asked.filter((a) => a.method === 'window/workDoneProgress/create').length, 1, 'one progress for the first indexing');
  });

  it('works with a client that offers neither settings nor progress, from its root URI alone', async () => {
    const client = start();
    const asked = recordRequests(client);
    const dir = workspace({ 'a.news': article('Four people were killed on Sunday.'), 'b.news': article('Five people were killed on Sunday.') });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(dir), capabilities: {} });
    await client.connection.sendNotification('initialized', {});
    await ready(client);
    await eventually(client, () => client.diagnostics.get(uriOf(path.join(dir, 'a.news')))?.map((d) => d.code), ['cross-doc-mismatch'], 'findings with the default settings');
    // It does not run the command that opens the findings documentation: the code links nowhere rather than to a dead command.
    assert.deepEqual(client.diagnostics.get(uriOf(path.join(dir, 'a.news')))?.map((d) => d.codeDescription), [undefined]);
    // It cannot ask for settings, so a change announced changes nothing in force: no indexing again.
    const seen = client.notifications.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { newslens: { severity: { 'cross-doc-mismatch': 'off' } } } });
    await roundTrip(client);
    assert.deepEqual(client.notifications.slice(seen).filter((n) => n.method === 'newslens/status'), []);
    assert.deepEqual(asked, [], 'nothing asked of a client that cannot answer');
    assert.deepEqual(client.progress, []);
  });

  it('indexes the folders that exist, and reports progress even with nothing to read', async () => {
    const client = start();
    const empty = workspace({ 'notes.md': 'Nothing here.' });
    await client.initialize(empty, path.join(empty, 'no-such-folder'));
    await ready(client);
    const reports = client.progress.map((p) => p.value as { kind: string; percentage?: number; message?: string }).filter((v) => v.kind === 'report');
    assert.deepEqual(reports.at(-1), { kind: 'report', percentage: 100, message: '0/0 articles' });
    const summary = await client.request<{ articles: number; factBases: number }>('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    assert.deepEqual([summary.articles, summary.factBases], [0, 0]);
  });

  it('reads a large workspace on worker threads', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[`story-${String(i).padStart(2, '0')}.news`] = article(i === 79 ? 'Five people were killed on Sunday.' : 'Four people were killed on Sunday.');
    const dir = workspace(files);
    const client = start();
    await client.initialize(dir);
    await ready(client);
    await eventually(client, () => client.diagnostics.get(uriOf(path.join(dir, 'story-79.news')))?.length, 1, 'the one mismatch');
    const summary = await client.request<{ articles: number }>('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    assert.equal(summary.articles, 80);
  });
});
