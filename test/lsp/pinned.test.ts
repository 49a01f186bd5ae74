import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, DocumentSymbol, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { positionOf, TestClient, uriOf } from './client';
import { DeskSession, eventually } from './desk';
import { clientPlatform } from '../../server/src/lsp/clientFiles';
import { indexFolders } from '../../server/src/lsp/indexer';
import type { Platform } from '../../server/src/lsp/platform';
import { READ_FILE_REQUEST } from '../../server/src/protocol';
import { Workspace } from '../../server/src/workspace/workspace';
import { published, rangeOf, ready, roundTrip, showRange, tempWorkspace } from './protocol';
import { DEFAULT_SETTINGS } from '../../server/src/workspace/settings';

/**
 * Details of the desk's navigation a user sees and the broader suites let through (each found by
 * a mutant that survived them): which diagnostics a quick fix resolves, where a name's references
 * and symbols point, how an outline group spans its figures, how many symbols a query answers,
 * when a document is published, and which files a folder holds and how it is indexed in a web editor.
 */
describe('language server: navigation and quick fixes, pinned in detail', function () {
  this.timeout(30_000);
  const desk = new DeskSession();
  const { at, read, open, diagnostics } = desk;
  const WARRANTS = 'golden-reed/2026-03-09-warrants.news';

  before(async () => {
    await desk.start();
    await open(WARRANTS);
  });
  after(() => desk.stop());

  it('a quick fix resolves the diagnostic at its figure only: not another source\'s there, not the same code elsewhere', async () => {
    const name = 'kestrel-results/2026-10-28-business-desk.news';
    const text = await open(name);
    const own = diagnostics(name).filter((d) => d.code === 'fact-mismatch');
    const mine = own.find((d) => d.range.start.line === positionOf(text, '$4.6 billion').line)!;
    assert.ok(mine, 'the revenue mismatch is published');
    const elsewhere: Diagnostic = { ...mine, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } };
    const foreign: Diagnostic = { ...mine, source: 'another linter' };
    const start = positionOf(text, '$4.6 billion');
    const range = { start, end: { line: start.line, character: start.character + '$4.6 billion'.length } };
    const actions = await desk.client.request<Array<{ title: string; diagnostics?: Diagnostic[] }>>('textDocument/codeAction', {
      textDocument: { uri: at(name) }, range, context: { diagnostics: [elsewhere, foreign, ...diagnostics(name)] },
    });
    const replace = actions.find((a) => a.title.startsWith('Replace with the fact base\'s value'))!;
    assert.deepEqual(replace.diagnostics, [mine]);
    // A difference with the fact base is one the desk may mark as reviewed, as a difference between two articles is.
    const review = actions.find((a) => a.title === 'Mark as reviewed: the difference with the fact base');
    assert.deepEqual(review?.diagnostics, [mine]);
  });

  it('finds a name\'s mentions and, asked for it, its fact-base entry, from an article', async () => {
    const text = desk.client.text(at(WARRANTS))!;
    const refs = await desk.client.request<Location[]>('textDocument/references', {
      textDocument: { uri: at(WARRANTS) }, position: positionOf(text, 'Royal Thai Police'), context: { includeDeclaration: true },
    });
    const facts = read('golden-reed/golden-reed.facts.yaml');
    assert.deepEqual(refs[0], {
      uri: at('golden-reed/golden-reed.facts.yaml'),
      range: { start: positionOf(facts, 'name: Royal Thai Police'), end: positionOf(facts, '  - name: Anan Sirikul') },
    }, 'the declaration first: the whole entry');
    // The alias "Thai police" is the same entry: a mention, found by the entry rather than by its text.
    const warrants = refs.filter((l) => l.uri === at(WARRANTS)).map((l) => text.split('\n')[l.range.start.line].slice(l.range.start.character, l.range.end.character));
    assert.deepEqual(warrants.sort(), ['Royal Thai Police', 'Thai police']);
  });

  it('outlines each fact-base entry an article names once, with its mentions counted', async () => {
    const raid = 'golden-reed/2026-03-05-raid.news';
    await open(raid);
    const symbols = await desk.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: at(raid) } });
    const entities = symbols.find((s) => s.name === 'Entities')!.children!;
    const known = entities.filter((s) => /in the fact base/.test(s.detail ?? '')).map((s) => `${s.name}: ${s.detail}`);
    const figureGroups = symbols.find((s) => s.name === 'Figures')!;
    const figures = figureGroups.children!.flatMap((q) => q.children!);
    // Each group spans its children: from the first to start to the last to end.
    for (const group of [figureGroups, ...figureGroups.children!, symbols.find((s) => s.name === 'Entities')!]) {
      const starts = group.children!.map((c) => c.range.start);
      const ends = group.children!.map((c) => c.range.end);
      const byPlace = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line - b.line || a.character - b.character;
      assert.deepEqual(group.range, { start: starts.sort(byPlace)[0], end: ends.sort(byPlace).at(-1) }, group.name);
    }
    assert.ok(figures.length > 0 && figures.every((f) => f.detail === 'as of 2026-03-04' || f.detail === 'as of 2026-03-05'), JSON.stringify(figures.map((f) => f.detail)));
    assert.deepEqual(known, [
      'Bokeo Provincial Police: organization · 1 mention · in the fact base',
      'Golden Reed: organization · 1 mention · in the fact base',
      'Anan Sirikul: person · 1 mention · in the fact base',
      'Royal Thai Police: organization · 1 mention · in the fact base',
    ]);
  });

  it('spans each outline group over its figures, when the groups of quantities interleave', async () => {
    const name = 'golden-reed/2026-03-10-outline.news';
    const text = '---\ndate: 2026-03-10\n---\nThree people were killed and two people were hurt in the blast on Monday.\n' +
      'Police said on Tuesday evening that they had arrested nine people.\nTwo people were hurt, and six people were killed.\n';
    desk.client.open(at(name), text);
    const symbols = await desk.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: at(name) } });
    const figures = symbols.find((s) => s.name === 'Figures')!;
    // The killed group ends last though it starts first; the hurt group ends on that line too, earlier; the arrests end further right, a line before.
    assert.deepEqual([figures, ...figures.children!].map((s) => `${s.name} ${showRange(s.range)}`), [
      'Figures 3:0-5:29', 'people · killed 3:0-5:29', 'people · injured 3:29-5:3', 'people · arrested 4:54-4:58',
    ]);
    desk.client.close(at(name));
  });

  it('analyses and publishes a document once when it opens: the open is not also an edit', async () => {
    const uri = at('solo/2026-03-11-fire.news');
    desk.client.open(uri, '---\ndate: 2026-03-11\n---\nFour people were hurt in a fire on Tuesday.\n');
    await published(desk.client, uri);
    // A request about the document analyses its pending edit first, if it had one, and publishes what that found.
    await roundTrip(desk.client, uri);
    await roundTrip(desk.client);
    assert.equal(desk.client.published.get(uri), 1);
    desk.client.close(uri);
  });

  it('places a name in workspace symbols at its first article by path, whatever order the files were read in', async () => {
    const flight = at('golden-reed/2026-03-08-flight.news');
    const symbols = (query: string) => desk.client.request<SymbolInformation[]>('workspace/symbol', { query });
    // The flight story leaves the workspace and comes back: it is now the last one read.
    desk.client.filesChanged({ uri: flight, type: 3 });
    const outline = () => desk.client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri: flight } });
    await eventually(outline, (found) => !found?.length, 'the flight story to leave', 20_000);
    desk.client.filesChanged({ uri: flight, type: 1 });
    await eventually(outline, (found) => (found?.length ?? 0) > 0, 'the flight story to come back', 20_000);
    const bangkok = (await symbols('Bangkok')).filter((s) => s.kind !== 24);
    assert.deepEqual(bangkok.map((s) => [s.name, path.basename(s.location.uri)]), [['BANGKOK', '2026-03-08-flight.news']]);
  });

  it('counts the documents open in the editor in the check\'s progress, up to every article', async () => {
    const token = 'pinned-check';
    await desk.client.request('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [], workDoneToken: token });
    const reports = desk.client.progress.filter((p) => p.token === token).map((p) => p.value as { kind: string; message?: string; percentage?: number }).filter((v) => v.kind === 'report');
    assert.ok(reports.length > 0);
    for (const r of reports) assert.match(r.message!, /^([3-9]|1[01])\/11 articles$/, 'the three open articles count from the start');
    assert.deepEqual(reports.at(-1), { kind: 'report', message: '11/11 articles', percentage: 100 });
  });
});

describe('language server in a web editor: the files of a folder, from the editor', () => {
  it('keeps the folder\'s own files, not those of a folder whose name starts the same', async () => {
    const files = ['file:///desk/a.news', 'file:///desk/sub/b.news', 'file:///desk/story.facts.yaml', 'file:///desk2/c.news', 'file:///desk2/other.facts.yaml'];
    const connection = { sendRequest: async () => files } as unknown as Parameters<typeof clientPlatform>[0];
    const listed = await clientPlatform(connection).list({ uri: 'file:///desk', settings: DEFAULT_SETTINGS });
    assert.deepEqual(listed, { articles: ['file:///desk/a.news', 'file:///desk/sub/b.news'], factBases: ['file:///desk/story.facts.yaml'], unlisted: [] });
    const sub = await clientPlatform(connection).list({ uri: 'file:///desk', settings: { ...DEFAULT_SETTINGS, files: ['sub/*.news'] } });
    assert.deepEqual(sub.articles, ['file:///desk/sub/b.news'], 'globs match paths relative to the folder');
  });
});

describe('language server in a web editor: indexing a batch at a time', () => {
  const articles = Array.from({ length: 20 }, (_, i) => `file:///desk/story-${String(i).padStart(2, '0')}.news`);
  const connection = {
    sendRequest: async (method: string) => (method === READ_FILE_REQUEST ? { text: 'Four people were hurt on Monday.\n' } : []),
  } as unknown as Parameters<typeof clientPlatform>[0];
  const load = (cancelled: () => boolean) => {
    const progress: Array<[number, number]> = [];
    const loaded = clientPlatform(connection).load(new Workspace({ toPath: (id) => id }), { articles, factBases: [], unlisted: [] }, {
      isOpen: () => false, maxBytes: 0, onProgress: (done, total) => progress.push([done, total]), cancelled,
    });
    return loaded.then((result) => ({ result, progress }));
  };

  it('reports progress once per batch of eight articles, and at the end', async () => {
    const { result, progress } = await load(() => false);
    assert.deepEqual(progress, [[0, 20], [8, 20], [16, 20], [20, 20]]);
    assert.deepEqual(result, { articles: 20, factBases: 0, skipped: [], completed: true });
  });

  it('stops between batches when indexing is cancelled, saying it did not complete', async () => {
    let asked = 0;
    const { result, progress } = await load(() => ++asked > 1);
    assert.deepEqual(progress, [[0, 20], [8, 20]]);
    assert.deepEqual(result, { articles: 8, factBases: 0, skipped: [], completed: false });
  });
});

describe('language server: indexing cancelled in the middle of a folder', () => {
  it('leaves the later folders unread and says where it stopped', async () => {
    const loads: string[] = [];
    const platform = {
      toPath: (uri: string) => uri,
      list: async (folder: { uri: string }) => ({ articles: [`${folder.uri}/a.news`], factBases: [], unlisted: [] }),
      load: async (_ws: unknown, files: { articles: string[] }) => {
        loads.push(files.articles[0]);
        return { articles: 0, factBases: 0, skipped: [], completed: false };
      },
    } as unknown as Platform;
    const folders = ['file:///one', 'file:///two'].map((uri) => ({ uri, settings: DEFAULT_SETTINGS }));
    const result = await indexFolders(new Workspace({ toPath: (id) => id }), platform, folders, () => false, () => undefined, () => true);
    assert.deepEqual(loads, ['file:///one/a.news']);
    assert.deepEqual(result, { articles: 0, factBases: 0, skipped: [], cancelled: true, summary: ['indexed 0 articles and 0 fact bases in file:///one, then stopped'] });
  });
});

describe('language server: a quick fix that would change nothing', function () {
  this.timeout(30_000);
  it('offers no replacement when the fact base\'s value reads as the figure already does (a loss against a stated profit)', async () => {
    const dir = tempWorkspace({
      'alder.facts.yaml': 'events:\n  - id: alder-q1\n    title: Alder Mills first-quarter results\n    date: 2026-04-20\n    documents: ["*.news"]\n' +
        'entities:\n  - name: Alder Mills\n    type: organization\n' +
        'facts:\n  - id: net-income-q1\n    label: Alder Mills net income, first quarter\n    value: -45000000\n    unit: USD\n' +
        '    noun: net income\n    predicate: level\n    period: Q1 2026\n    status: confirmed\n',
      'results.news': '---\ndate: 2026-04-20\n---\nAlder Mills said on Monday that first-quarter net income was $45 million.\n',
    });
    const client = new TestClient();
    try {
      await client.initialize(dir);
      const uri = uriOf(path.join(dir, 'results.news'));
      const text = fs.readFileSync(path.join(dir, 'results.news'), 'utf8');
      client.open(uri, text);
      await published(client, uri);
      const diagnostics = client.diagnostics.get(uri)!;
      assert.deepEqual(diagnostics.map((d) => `${d.code} ${showRange(d.range)}`), [`fact-mismatch ${showRange(rangeOf(text, '$45 million'))}`]);
      const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(text, '$45 million'), context: { diagnostics } });
      assert.deepEqual(actions.map((a) => a.title), [
        'Open the fact base at “Alder Mills net income, first quarter”',
        'Mark as reviewed: the difference with the fact base',
        'Ignore fact-mismatch here (an inline marker)',
        'Ignore fact-mismatch in this folder',
      ]);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: workspace symbols of a large desk', function () {
  this.timeout(30_000);
  it('answers at most 500 symbols for a query, the first by fact base order', async () => {
    const entries = Array.from({ length: 520 }, (_, i) => `  - name: Harbour Board ${i}\n    type: organization\n`).join('');
    const dir = tempWorkspace({ 'desk.facts.yaml': `entities:\n${entries}` });
    const client = new TestClient();
    try {
      await client.initialize(dir);
      await ready(client);
      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'harbour board' });
      assert.equal(found.length, 500);
      assert.deepEqual([found[0].name, found[499].name], ['Harbour Board 0', 'Harbour Board 499']);
      assert.equal(found.every((s) => s.location.uri === uriOf(path.join(dir, 'desk.facts.yaml'))), true);
    } finally {
      await client.stop();
    }
  });
});
