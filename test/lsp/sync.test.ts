import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Hover, InitializeResult, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client';
import {
  article, decodeTokens, diagnosticsOf, eventually, parseRange, positionAt, published, rangeOf, ready, roundTrip, showRange, tempWorkspace,
} from './protocol';

/** A story in two articles (CRLF line ends in one), and an unrelated story in another folder. */
const A = article([
  'Four people were killed and 12 others injured in the fire on Sunday, police said.',
  '',
  'The fire started in a bakery 😀 on Elm Street, and about 40 residents were evacuated.',
  'Firefighter Anna Berg said two of the injured were children.',
].join('\r\n')).replace(/\n/g, '\r\n');
const B = article('Five people were killed in the fire on Sunday, police said.\n\nAbout 40 residents were evacuated.');
const C = article('Nine people were hurt in a crash on Sunday.');

const legendOf = (init: InitializeResult) => (init.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;

/** What a user sees of one article in one server, with the workspace folder's URI blanked out. */
async function seen(client: TestClient, legend: SemanticTokensLegend, dir: string, text: string) {
  const a = uriOf(path.join(dir, 'story', 'a.news'));
  const blank = (s: string) => s.split(encodeURIComponent(uriOf(dir))).join('DIR').split(uriOf(dir)).join('DIR');
  const tokens = decodeTokens(text, await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: a } }), legend);
  const hovers: string[] = [];
  for (const t of tokens) {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: a }, position: parseRange(t.range).start });
    hovers.push(h ? `${showRange(h.range!)} ${blank((h.contents as { value: string }).value)}` : 'none');
  }
  return { tokens, hovers };
}

/** A change to `text` at UTF-16 offsets, moved off the middle of a CRLF pair or a surrogate pair. */
function change(text: string, at: number, length: number, insert: string) {
  const settle = (o: number) => {
    const inside = (text[o - 1] === '\r' && text[o] === '\n') || /[\uD800-\uDBFF]/.test(text[o - 1] ?? '');
    return inside ? o - 1 : o;
  };
  const start = settle(at % (text.length + 1));
  const end = settle(Math.min(text.length, start + length));
  return { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert, next: text.slice(0, start) + insert + text.slice(end) };
}

describe('language server: incremental edits', function () {
  let dir: string;
  let client: TestClient;
  let legend: SemanticTokensLegend;
  const uri = (name: string) => uriOf(path.join(dir, name));

  before(async () => {
    dir = tempWorkspace({ 'story/a.news': A, 'story/b.news': B, 'other/c.news': C });
    client = new TestClient();
    legend = legendOf(await client.initialize(dir));
    await ready(client);
    client.open(uri('story/a.news'), A);
    await client.until(() => diagnosticsOf(client, uri('story/b.news')).length === 1, 'the mismatch in b.news');
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('after any sequence of incremental edits, shows what a fresh open of the same text shows', async function () {
    // Six runs, each against a freshly started server: on a busy machine that outlasts mocha's 20 s.
    this.timeout(120_000);
    const fragments = ['', ' ', 'Five', '59', 'Sixty-four', '\n', '\r\n', '😀', ' people were killed', '. ', 'Two people were hurt on Sunday.\n', 'Police said'];
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 14 }), insert: fc.constantFrom(...fragments) });
    await fc.assert(fc.asyncProperty(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), async (batches) => {
      client.change(uri('story/a.news'), A);
      let text = A;
      for (const batch of batches) {
        const changes = batch.map((e) => {
          const c = change(text, e.at, e.length, e.insert);
          text = c.next;
          return { range: c.range, text: c.text };
        });
        client.editAll(uri('story/a.news'), changes);
      }

      const freshDir = tempWorkspace({ 'story/a.news': text, 'story/b.news': B, 'other/c.news': C });
      const fresh = new TestClient();
      try {
        const freshLegend = legendOf(await fresh.initialize(freshDir));
        fresh.open(uriOf(path.join(freshDir, 'story', 'a.news')), text);
        await ready(fresh);
        await fresh.until(() => fresh.published.has(uriOf(path.join(freshDir, 'story', 'a.news'))) && fresh.published.has(uriOf(path.join(freshDir, 'story', 'b.news'))), 'the fresh diagnostics');
        await roundTrip(fresh);
        for (const name of ['story/a.news', 'story/b.news']) {
          await eventually(client, () => diagnosticsOf(client, uri(name)), diagnosticsOf(fresh, uriOf(path.join(freshDir, name))), `diagnostics of ${name} after ${JSON.stringify(batches)}`);
        }
        assert.deepEqual(await seen(client, legend, dir, text), await seen(fresh, freshLegend, freshDir, text), JSON.stringify(batches));
      } finally {
        await fresh.stop();
        fs.rmSync(freshDir, { recursive: true, force: true });
      }
    }), { numRuns: 6, seed: 20261201, endOnFailure: true });
  });

  it('moves a diagnostic and the places that point to it when an edit moves its figure', async () => {
    client.change(uri('story/a.news'), A);
    await eventually(client, () => client.diagnostics.get(uri('story/a.news'))?.map((d) => showRange(d.range)), [showRange(rangeOf(A, 'Four'))], 'the mismatch on “Four”');
    const moved = A.replace(/(---\r\n)(Four)/, '$1Updated at noon.\r\n\r\n$2');
    client.edit(uri('story/a.news'), { start: positionAt(A, A.indexOf('Four')), end: positionAt(A, A.indexOf('Four')) }, 'Updated at noon.\r\n\r\n');
    const four = showRange(rangeOf(moved, 'Four'));
    assert.equal(four, '5:0-5:4');
    await eventually(client, () => client.diagnostics.get(uri('story/a.news'))?.map((d) => showRange(d.range)), [four], 'the mismatch moved down two lines');
    await eventually(client, () => client.diagnostics.get(uri('story/b.news'))?.flatMap((d) => d.relatedInformation?.map((r) => showRange(r.location.range))), [four], 'b.news pointing at the moved “Four”');
  });

  it('publishes the documents whose findings changed, and only those', async () => {
    client.change(uri('story/a.news'), A);
    await eventually(client, () => diagnosticsOf(client, uri('story/b.news')).length, 1, 'the mismatch in b.news');
    await published(client, uri('story/a.news'));
    const count = (name: string) => client.published.get(uri(name)) ?? 0;
    const before = { a: count('story/a.news'), b: count('story/b.news'), c: count('other/c.news') };
    // An open article's diagnostics carry the version they were found in; a closed one's none.
    assert.deepEqual([client.publishedVersions.get(uri('story/a.news')), client.publishedVersions.get(uri('story/b.news'))], [client.version(uri('story/a.news')), undefined]);

    // An edit that settles the mismatch: both articles change, the other story does not.
    client.edit(uri('story/a.news'), rangeOf(A, 'Four'), 'Five');
    await eventually(client, () => [diagnosticsOf(client, uri('story/a.news')), diagnosticsOf(client, uri('story/b.news'))], [[], []], 'no mismatch left');
    await published(client, uri('story/a.news'));
    assert.deepEqual({ a: count('story/a.news'), b: count('story/b.news'), c: count('other/c.news') }, { a: before.a + 1, b: before.b + 1, c: before.c });

    // An edit that changes no finding re-publishes the edited document only (its ranges are fresh),
    // and sends no new totals.
    const text = A.replace('Four', 'Five');
    const statuses = () => client.notifications.filter((n) => n.method === 'newslens/status').length;
    const statusesBefore = statuses();
    client.edit(uri('story/a.news'), rangeOf(text, 'police said'), 'the police said');
    await published(client, uri('story/a.news'));
    assert.equal(count('story/a.news'), before.a + 2, 'the edited article re-published once');
    assert.deepEqual({ b: count('story/b.news'), c: count('other/c.news'), statuses: statuses() }, { b: before.b + 1, c: before.c, statuses: statusesBefore });
  });
});
