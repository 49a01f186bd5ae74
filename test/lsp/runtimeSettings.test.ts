import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client';
import { article, eventually, ready, rangeOf, showRange, tempWorkspace } from './protocol';

const FACTS = `events:
  - id: fire
    title: The Elm Street fire
    documents: ["*.news", "*.txt", "*.md"]
facts:
  - id: killed
    label: People killed in the fire
    value: 3
    noun: people
    predicate: killed
    asOf: 2026-01-04
  - id: broken
    value: lots
    noun: people
    predicate: injured
`;
const A = article('Four people were killed in the fire on Sunday.');
const BIG = article(`Four people were killed in the fire on Sunday.\n\n${'The street stayed closed for the night. '.repeat(60)}`);

/** `code severity range` of each diagnostic of a document (1 error, 2 warning, 3 information, 4 hint). */
type Seen = string[];

describe('language server: every newslens.* setting, changed at run time', function () {
  let dir: string;
  let client: TestClient;
  const uri = (name: string) => uriOf(path.join(dir, 'story', name));
  const seen = (name: string): Seen => (client.diagnostics.get(uri(name)) ?? []).map((d) => `${d.code} ${d.severity} ${showRange(d.range)}`).sort();
  const four = showRange(rangeOf(A, 'Four'));
  const lots = showRange(rangeOf(FACTS, 'lots'));

  before(async () => {
    dir = tempWorkspace({
      'story/story.facts.yaml': FACTS,
      'story/a.news': A,
      'story/big.news': BIG,
      'story/c.txt': article('Six people were killed in the fire on Sunday.'),
    });
    client = new TestClient();
    await client.initialize(dir);
    await ready(client);
  });
  /** Each test starts from the defaults, whatever the one before left. */
  afterEach(async () => {
    client.changeSettings({});
    await eventually(client, () => [seen('a.news'), seen('big.news'), seen('c.txt'), seen('story.facts.yaml')],
      [[`fact-mismatch 1 ${four}`], [`fact-mismatch 1 ${four}`], [], [`fact-base-error 1 ${lots}`]], 'the defaults');
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts from the defaults', async () => {
    await eventually(client, () => seen('a.news'), [`fact-mismatch 1 ${four}`], 'a.news against the fact base');
    await eventually(client, () => seen('story.facts.yaml'), [`fact-base-error 1 ${lots}`], 'the broken fact');
    assert.equal(client.diagnostics.get(uri('c.txt')), undefined, 'a .txt file is not an article by default');
  });

  it('newslens.severity sets the severity of each code, and off hides it', async () => {
    client.changeSettings({ severity: { 'fact-mismatch': 'hint', 'fact-base-error': 'information' } });
    await eventually(client, () => [seen('a.news'), seen('story.facts.yaml')], [[`fact-mismatch 4 ${four}`], [`fact-base-error 3 ${lots}`]], 'hint and information');
    client.changeSettings({ severity: { 'fact-mismatch': 'warning', 'fact-base-error': 'off' } });
    await eventually(client, () => [seen('a.news'), seen('story.facts.yaml')], [[`fact-mismatch 2 ${four}`], []], 'warning and off');
    client.changeSettings({ severity: { 'fact-mismatch': 'off' } });
    await eventually(client, () => [seen('a.news'), seen('story.facts.yaml')], [[], [`fact-base-error 1 ${lots}`]], 'off');
    // A map with an unknown level is not well-formed: the layers below (here the defaults) apply instead.
    client.changeSettings({ severity: { 'fact-mismatch': 'off', 'fact-base-error': 'loud' } });
    await eventually(client, () => [seen('a.news'), seen('story.facts.yaml')], [[`fact-mismatch 1 ${four}`], [`fact-base-error 1 ${lots}`]], 'an unknown level');
  });

  it('newslens.ignore (each folder\'s) hides the codes it names, and only those', async () => {
    client.changeSettings({ ignore: ['fact-mismatch'] });
    await eventually(client, () => [seen('a.news'), seen('story.facts.yaml')], [[], [`fact-base-error 1 ${lots}`]], 'fact mismatches ignored in the folder');
    client.changeSettings({ ignore: 'fact-mismatch' });
    await eventually(client, () => seen('a.news'), [`fact-mismatch 1 ${four}`], 'a malformed setting ignores nothing');
  });

  it('newslens.files adds and removes article globs', async () => {
    client.changeSettings({ files: ['**/*.news', '**/*.txt'] });
    const six = showRange(rangeOf(article('Six people were killed in the fire on Sunday.'), 'Six'));
    // The fact base decides: each figure contradicts it, and the figures it settles are not compared with each other.
    await eventually(client, () => seen('c.txt'), [`fact-mismatch 1 ${six}`], 'c.txt indexed');
    assert.deepEqual(seen('a.news'), [`fact-mismatch 1 ${four}`]);
  });

  it('newslens.factBases chooses the fact-base files', async () => {
    client.changeSettings({ factBases: ['**/*.desk.yaml'] });
    await eventually(client, () => [seen('a.news'), seen('story.facts.yaml')], [[], []], 'no fact base, no fact findings');
  });

  it('newslens.languages decides which open documents are articles', async () => {
    const notes = uri('notes.md');
    const text = article('Seven people were killed in the fire on Sunday.');
    const tokens = async () => (await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: notes } })).data.length / 5;
    client.open(notes, text, 'markdown');
    try {
      assert.equal(await tokens(), 0, 'Markdown is not analysed by default');
      assert.equal(client.published.has(notes), false, 'nor given diagnostics');
      client.changeSettings({ languages: ['news', 'markdown'] });
      const seven = showRange(rangeOf(text, 'Seven'));
      await eventually(client, () => seen('notes.md'), [`fact-mismatch 1 ${seven}`], 'the Markdown article analysed');
      assert.equal(await tokens(), 2, 'the figure and the date');
      client.changeSettings({});
      await eventually(client, () => seen('notes.md'), [], 'Markdown left alone again');
      assert.equal(await tokens(), 0);
    } finally {
      client.close(notes);
    }
  });

  it('newslens.maxFileSizeKb skips larger articles', async () => {
    const summary = () => client.request<{ articles: number; skipped: Array<{ uri: string; reason: string }> }>('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    assert.ok(Buffer.byteLength(BIG) > 2048 && Buffer.byteLength(BIG) < 4096);
    client.changeSettings({ maxFileSizeKb: 2 });
    await eventually(client, () => seen('big.news'), ['not-analysed 3 0:0-0:0'], 'the large article skipped, and says why');
    assert.deepEqual((await summary()).skipped.map((s) => [path.basename(s.uri), s.reason]), [['big.news', 'larger than 2 KB']]);
    client.changeSettings({ maxFileSizeKb: 4 });
    await eventually(client, () => seen('big.news'), [`fact-mismatch 1 ${four}`], 'the large article back');
    assert.deepEqual((await summary()).skipped, []);
  });
});
