import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover, InitializeResult, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client';
import { decodeTokens, offsetAt, parseRange, positionAt, rangeOf, ready, showRange, tempWorkspace, type DecodedToken } from './protocol';

/** Every kind of line end, and characters outside the BMP (two UTF-16 units) before figures. */
const A = [
  '---\r\ndate: 2026-03-09\r\n---\r\n',
  'Police in Vientiane said on Monday that 😀 57 Thais had been arrested.\r',
  'About 50 Thai nationals were flown home on Saturday 🇹🇭 by the Royal Thai Police.\n',
  '\r\n',
  'Officials said 12 more were questioned. Fans came for the World Cup.',
].join('');
const B = '---\ndate: 2026-03-09\n---\nSixty-four Thai nationals were flown home on Saturday.\n';
const FACTS = `events:
  - id: flight
    title: The charter flight
    documents: ["*.news"]
entities:
  - name: Royal Thai Police
    type: organization
facts:
  - id: home
    label: Thai nationals flown home
    value: 64
    noun: Thai nationals
    predicate: flown home
    asOf: 2026-03-07
`;

/** The arguments of each `newslens.openLocation` link of a hover: [uri, line, character]. */
function links(hover: Hover): unknown[] {
  const value = (hover.contents as { value: string }).value;
  return [...value.matchAll(/command:newslens\.openLocation\?([^)]+)\)/g)].map((m) => JSON.parse(decodeURIComponent(m[1])));
}

describe('language server: full ranges of tokens, hovers and links', function () {
  let dir: string;
  let client: TestClient;
  let legend: SemanticTokensLegend;
  const uri = (name: string) => uriOf(path.join(dir, 'story', name));
  const tokens = async (range?: { start: { line: number; character: number }; end: { line: number; character: number } }) => decodeTokens(A,
    await client.request<SemanticTokens>(range ? 'textDocument/semanticTokens/range' : 'textDocument/semanticTokens/full', { textDocument: { uri: uri('a.news') }, range }), legend);
  const hoverAt = (offset: number) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('a.news') }, position: positionAt(A, offset) });

  before(async () => {
    dir = tempWorkspace({ 'story/a.news': A, 'story/b.news': B, 'story/story.facts.yaml': FACTS });
    client = new TestClient();
    const init: InitializeResult = await client.initialize(dir);
    legend = (init.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    await ready(client);
    client.open(uri('a.news'), A);
    await client.until(() => client.diagnostics.get(uri('a.news'))?.length, 'the findings of a.news');
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives every semantic token its full range, type and modifiers', async () => {
    const token = (needle: string, type: string, modifiers: string[] = [], nth = 0): DecodedToken => ({ range: showRange(rangeOf(A, needle, nth)), text: needle, type, modifiers });
    assert.deepEqual(await tokens(), [
      token('Vientiane', 'location'),
      token('Monday', 'date'),
      token('57', 'figure'),
      token('Thais', 'nationality'),
      token('About 50', 'figure', ['approximate', 'inconsistent', 'inFactBase']),
      token('Thai', 'nationality', [], 1),
      token('Saturday', 'date'),
      token('Royal Thai Police', 'organization', ['inFactBase']),
      token('12', 'figure'),
    ]);
    assert.deepEqual((await tokens()).map((t) => t.range), ['3:10-3:19', '3:28-3:34', '3:43-3:45', '3:46-3:51', '4:0-4:8', '4:9-4:13', '4:43-4:51', '4:64-4:81', '6:15-6:17']);
  });

  it('answers a range request with the tokens that overlap the range', async () => {
    const all = await tokens();
    assert.deepEqual(await tokens({ start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }), all.slice(4, 8));
    assert.deepEqual(await tokens({ start: { line: 3, character: 44 }, end: { line: 3, character: 44 } }), [all[2]], 'a range inside “57”');
    assert.deepEqual(await tokens({ start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }), [], 'an empty line');
    // A token that ends where the range starts, or starts where it ends, touches it and is given.
    assert.deepEqual(await tokens({ start: { line: 3, character: 45 }, end: { line: 3, character: 46 } }), [all[2], all[3]], 'between “57” and “Thais”');
    assert.deepEqual(await tokens({ start: { line: 3, character: 19 }, end: { line: 3, character: 28 } }), [all[0], all[1]], 'from the end of “Vientiane” to the start of “Monday”');
  });

  it('hovers each token over exactly its range, and nothing outside tokens', async () => {
    for (const t of await tokens()) {
      const start = offsetAt(A, parseRange(t.range).start);
      for (const offset of [start, start + t.text.length - 1]) {
        const hover = await hoverAt(offset);
        assert.ok(hover, `a hover at ${t.text}`);
        assert.equal(showRange(hover.range!), t.range, `the hover range of ${t.text}`);
      }
    }
    assert.equal(await hoverAt(A.indexOf('Police')), null, 'a word that is no entity');
    const misc = await hoverAt(A.indexOf('World Cup'));
    assert.deepEqual([showRange(misc!.range!), (misc!.contents as { value: string }).value], [showRange(rangeOf(A, 'World Cup')), '**World Cup** · name · not in the fact base'], 'a name of no colour still hovers');
    assert.equal(await hoverAt(A.indexOf('57') + 2), null, 'just after a figure');
  });

  it('links a figure’s hover to the fact and the other article, at their values', async () => {
    const hover = (await hoverAt(A.indexOf('About 50') + 3))!;
    const value = rangeOf(FACTS, '64').start;
    const peer = rangeOf(B, 'Sixty-four').start;
    assert.deepEqual(links(hover), [[uri('story.facts.yaml'), value.line, value.character], [uri('b.news'), peer.line, peer.character]]);
  });

  it('links an entity’s hover to its fact-base entry', async () => {
    const hover = (await hoverAt(A.indexOf('Royal Thai Police')))!;
    const entry = rangeOf(FACTS, 'name: Royal Thai Police').start;
    assert.deepEqual(links(hover), [[uri('story.facts.yaml'), entry.line, entry.character]]);
  });

  it('gives each diagnostic and related place its full range', async () => {
    const diagnostics = client.diagnostics.get(uri('a.news'))!.map((d) => [d.code, showRange(d.range), d.relatedInformation?.map((r) => `${path.basename(r.location.uri)} ${showRange(r.location.range)}`)]);
    const about = showRange(rangeOf(A, 'About 50'));
    // The fact base decides: "About 50" contradicts its 64 and is not compared with b.news's Sixty-four too.
    assert.deepEqual(diagnostics.sort(), [
      ['fact-mismatch', about, [`story.facts.yaml ${showRange(rangeOf(FACTS, '64'))}`]],
    ]);
  });
});
