import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ErrorCodes, type CodeAction, type Diagnostic, type Hover, type SemanticTokens } from 'vscode-languageserver-protocol';
import { Workspace } from '../../server/src/workspace/workspace';
import { hover } from '../../server/src/lsp/hover';
import { semanticTokens } from '../../server/src/lsp/semanticTokens';
import { Budget } from '../../server/src/lsp/requests';
import { uriToPath } from '../../server/src/lsp/uris';
import { TestClient, uriOf } from './client';
import { STATUS_NOTIFICATION, type Status } from '../../server/src/protocol';

const dated = (body: string) => `---\ndate: 2026-01-05\n---\n${body}\n`;
const hoverText = (h: Hover | null) => (h ? (h.contents as { value: string }).value : '');


function lastStatus(client: TestClient): Status | undefined {
  for (let i = client.notifications.length - 1; i >= 0; i--) {
    if (client.notifications[i].method === STATUS_NOTIFICATION) return client.notifications[i].params as Status;
  }
  return undefined;
}

const ready = (client: TestClient, articles = 0) =>
  client.until(() => {
    const s = lastStatus(client);
    return s?.state === 'ready' && s.articles >= articles;
  }, 'indexing to finish', 60_000);

/** The position of the first `needle` in `text` (one line of text after the front matter is enough here). */
function at(text: string, needle: string): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + 1 };
}

describe('language server: robustness', function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient;
  const file = (name: string) => path.join(dir, name);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-robust-'));
    fs.writeFileSync(file('a.news'), dated('Four people were killed on Sunday.'));
    fs.writeFileSync(file('b.news'), dated('Five people were killed on Sunday.'));
  });
  afterEach(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const mismatchIn = (uri: string) => client.until(() => client.diagnostics.get(uri)?.some((d) => d.code === 'cross-doc-mismatch'), `a mismatch in ${uri}`);

  it('works with a client that offers no optional capabilities', async () => {
    client = new TestClient();
    await client.initializeWith({ rootUri: uriOf(dir), capabilities: {} });
    await mismatchIn(uriOf(file('a.news')));
    const text = dated('Four people were killed on Sunday.');
    client.open(uriOf(file('a.news')), text);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(file('a.news')) }, position: at(text, 'Four') });
    assert.match(hoverText(h), /b\.news.*Five/);
    assert.equal(client.progress.length, 0, 'no progress asked of a client that offers none');
  });

  it('works with a client that answers every request of the server with an error', async () => {
    client = new TestClient({}, { answerWithErrors: true });
    await client.initialize(dir);
    await mismatchIn(uriOf(file('b.news')));
    await ready(client, 2);
    const summary = await client.request<{ articles: number }>('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    assert.equal(summary.articles, 2);
    const logged = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    assert.ok(logged.some((m) => /reading the newslens settings failed \(.+\); going on with the defaults\.$/.test(m)), 'the refused settings are logged');
    // The client refuses the desk's edit with an error: the command answers with the client's own
    // error, as it came (the server did not fail: nothing to wrap, no stack to log).
    const text = dated('Four people were killed on Sunday.');
    const position = at(text, 'Four');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(file('a.news')) }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const add = actions.find((a) => a.title === 'Add “Four” to the fact base')!;
    await assert.rejects(client.request('workspace/executeCommand', { command: add.command!.command, arguments: add.command!.arguments }),
      { code: ErrorCodes.InternalError, message: 'this client answers every request with an error' });
    const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1);
    assert.deepEqual(errors, [], 'no failure of the server logged');
  });

  it('keeps the open document analysed while indexing, and says the other articles are still being read', async () => {
    // Enough articles that indexing takes a while on any machine.
    fs.mkdirSync(file('desk'));
    for (let i = 0; i < 1500; i++) {
      fs.writeFileSync(file(`desk/story-${i}.news`), dated(`The council of Town${i} met on Monday. Police said ${i % 9 + 2} people were hurt in a crash on Main Street. `.repeat(6)));
    }
    const text = dated('Mayor Ann Lee said four people were killed in Leeds on Sunday.');
    const uri = uriOf(file('open.news'));
    client = new TestClient();
    await client.initialize(dir);
    client.open(uri, text);
    const answers: Array<{ state?: string; hover: string; tokens: number }> = [];
    for (;;) {
      const state = lastStatus(client)?.state;
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(text, 'four') });
      const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      answers.push({ state, hover: hoverText(h), tokens: tokens.data.length / 5 });
      if (state === 'ready' && lastStatus(client)!.articles >= 1500) break;
    }
    for (const a of answers) {
      assert.match(a.hover, /\*\*four\*\* · exactly 4/, 'the hover answers throughout');
      assert.ok(a.tokens >= 4, `tokens throughout (${a.tokens})`);
    }
    assert.ok(answers.some((a) => a.state === 'indexing' && /Still reading the other articles/.test(a.hover)), 'a hover during indexing says so');
    assert.doesNotMatch(answers[answers.length - 1].hover, /Still reading/);
  });

  it('reads only regular files from disk: a FIFO or a link to /dev/zero gets a notice, not a hang', async () => {
    client = new TestClient();
    await client.initialize(dir);
    await ready(client, 2);
    execFileSync('mkfifo', [file('pipe.news')]);
    fs.symlinkSync('/dev/zero', file('zero.news'));
    const pipe = uriOf(file('pipe.news'));
    const zero = uriOf(file('zero.news'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pipe, type: 1 }, { uri: zero, type: 1 }] });
    client.open(zero, 'Three people were killed on Sunday.\n');
    client.close(zero);
    const notice = (uri: string) => client.diagnostics.get(uri)?.find((d) => d.code === 'not-analysed');
    const notices = await client.until(() => notice(pipe) && notice(zero) && [notice(pipe)!, notice(zero)!], 'notices for the FIFO and the device');
    for (const n of notices) assert.equal(n.message, 'News Lens did not analyse this file: not a regular file.');
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(file('a.news')) }, position: { line: 3, character: 1 } });
    assert.ok(h, 'the server still answers');
  });

  it('applies the size limit to open documents too, with a notice', async () => {
    client = new TestClient({ maxFileSizeKb: 64 });
    await client.initialize(dir);
    const uri = uriOf(file('huge.news'));
    client.open(uri, dated('Six people were killed on Sunday. '.repeat(3000)));
    const diags = await client.until(() => client.diagnostics.get(uri)?.length ? client.diagnostics.get(uri) : undefined, 'a notice on the large document');
    assert.deepEqual(diags.map((d: Diagnostic) => [d.code, d.message]), [['not-analysed', 'News Lens did not analyse this file: larger than 64 KB (the newslens.maxFileSizeKb setting).']]);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(tokens.data.length, 0);
  });

  it('refuses a fact base buffer over the size limit with one located error, however large', async () => {
    client = new TestClient();
    await client.initialize(dir);
    const uri = uriOf(file('big.facts.yaml'));
    client.open(uri, `facts:\n${'  - id: x\n    noun: people\n    predicate: killed\n    value: 1\n'.repeat(60_000)}`, 'yaml');
    const diags = await client.until(() => client.diagnostics.get(uri)?.length ? client.diagnostics.get(uri) : undefined, 'the fact-base error');
    assert.deepEqual(diags.map((d: Diagnostic) => [d.code, d.range.start.line, d.range.end.line]), [['fact-base-error', 0, 0]]);
    assert.match(diags[0].message, /This fact base is 3\.\d MB, more than the 1\.0 MB News Lens reads/);
  });

  it('analyses a burst of edits once it settles', async () => {
    client = new TestClient();
    await client.initialize(dir);
    await ready(client, 2);
    const uri = uriOf(file('a.news'));
    const text = dated('Four people were killed on Sunday.');
    client.open(uri, text);
    await client.until(() => client.published.get(uri), 'diagnostics after opening');
    await mismatchIn(uri);
    const before = client.published.get(uri)!;
    for (let i = 0; i < 200; i++) client.change(uri, dated(`${['Four', 'Three'][i % 2]} people were killed on Sunday.`));
    client.change(uri, dated('Five people were killed on Sunday.'));
    await client.until(() => client.diagnostics.get(uri)?.length === 0, 'the last text to be analysed: it agrees with b.news');
    const publishes = client.published.get(uri)! - before;
    assert.ok(publishes <= 10, `201 edits published ${publishes} times`);
  });

  it('links only http(s) URLs from the fact base, encodes every link, and renders descriptions as one paragraph', async () => {
    fs.writeFileSync(file('story.facts.yaml'), [
      'entities:',
      '  - name: Leeds Fire Service',
      '    type: organization',
      '    description: "# Not a heading\\n- not a list\\n\\nStill one paragraph."',
      '    links:',
      '      - "https://example.org/a) ![x](https://evil.example/pixel.png"',
      '      - "javascript:alert(1)"',
      '      - "command:newslens.openLocation?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%2C0%2C0%5D"',
      '',
    ].join('\n'));
    fs.writeFileSync(file('c (draft).news'), dated('Six people were killed on Sunday.'));
    const text = dated('Leeds Fire Service said four people were killed on Sunday.');
    const uri = uriOf(file('a.news'));
    client = new TestClient();
    await client.initialize(dir);
    await ready(client, 3);
    client.open(uri, text);
    const entity = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(text, 'Leeds') }));
    assert.match(entity, /in the fact base/);
    const targets = [...entity.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.deepEqual(targets.map((t) => t.replace(/\?.*/, '')), ['https://example.org/a%29%20%21%5Bx%5D%28https://evil.example/pixel.png', 'command:newslens.openLocation'],
      'one web link, encoded, and the fact base link: javascript: and a forged command stay text');
    assert.ok(!/(^|[^\\])!\[/.test(entity), `no image: ${entity}`);
    assert.match(entity, /\\# Not a heading - not a list Still one paragraph\./);
    const figure = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(text, 'four') }));
    const target = /\[c \(draft\)\.news\]\(([^)]*)\)/.exec(figure);
    assert.ok(target, figure);
    assert.match(target[1], /^command:newslens\.openLocation\?[^()\s]*%28draft%29/);
  });

  it('answers no request after shutdown', async () => {
    client = new TestClient();
    await client.initialize(dir);
    await ready(client, 2);
    await client.request('shutdown', null);
    await assert.rejects(
      client.request('textDocument/hover', { textDocument: { uri: uriOf(file('a.news')) }, position: { line: 3, character: 1 } }),
      (err: { code: number }) => err.code === -32600,
    );
  });
});

describe('language server: request budget', () => {
  const text = dated('Leeds Fire Service said four people were killed on Sunday.');
  const workspace = () => {
    const ws = new Workspace({ toPath: uriToPath });
    ws.setFactBase('file:///desk/story.facts.yaml', [
      'events:', '  - id: fire', '    title: The fire', '    documents: ["*.news"]',
      'facts:', '  - id: dead', '    noun: people', '    predicate: killed', '    value: 4', '',
    ].join('\n'));
    ws.setArticle('file:///desk/a.news', text);
    ws.setArticle('file:///desk/b.news', dated('Five people were killed on Sunday.'));
    return ws;
  };

  // The full answers get an unlimited budget: the first use decodes the tagger's weights, which on a
  // loaded machine alone can outlast the 200 ms a request gets.
  const unlimited = () => new Budget(Number.POSITIVE_INFINITY);

  it('a hover past its budget answers with the figure and leaves the rest out', () => {
    const ws = workspace();
    const full = hoverText(hover(ws, 'file:///desk/a.news', at(text, 'four'), { reading: false, budget: unlimited() }));
    assert.match(full, /Fact base.*b\.news/s);
    const spent = hoverText(hover(ws, 'file:///desk/a.news', at(text, 'four'), { reading: false, budget: new Budget(-1) }));
    assert.match(spent, /\*\*four\*\* · exactly 4/);
    assert.match(spent, /left out: this answer ran out of time/);
    assert.doesNotMatch(spent, /Fact base|b\.news/);
  });

  it('semantic tokens past their budget keep every token and leave off the modifiers that ask the workspace', () => {
    const ws = workspace();
    const modifiers = (t: SemanticTokens) => t.data.filter((_, i) => i % 5 === 4);
    const full = semanticTokens(ws, 'file:///desk/a.news', unlimited());
    const spent = semanticTokens(ws, 'file:///desk/a.news', new Budget(-1));
    assert.equal(spent.data.length, full.data.length);
    assert.ok(modifiers(full).some((m) => m !== 0));
    assert.ok(modifiers(spent).every((m) => m === 0));
  });
});
