import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeLens, CompletionItem, DocumentLink, DocumentSymbol, InitializeResult, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { positionOf, TestClient, uriOf } from './client';
import { DeskSession, eventually } from './desk';
import { article, serverOn } from './protocol';
import type { DeskEditResult, StoryInfo } from '../../server/src/protocol';

describe('the fact-checker\'s desk over the protocol: navigating a story', function () {
  this.timeout(30_000);
  const desk = new DeskSession();
  const { at, read, open } = desk;
  let client: DeskSession['client'];
  let init: InitializeResult;

  before(async () => {
    init = await desk.start();
    client = desk.client;
    await open('golden-reed/2026-03-09-warrants.news');
  });
  after(() => desk.stop());

  it('declares definitions, references, symbols, code lenses, links and completion', () => {
    const caps = init.capabilities;
    for (const feature of ['definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'workspaceSymbolProvider'] as const) assert.equal(caps[feature], true, feature);
    assert.ok(caps.codeLensProvider && caps.documentLinkProvider && caps.completionProvider);
  });

  it('goes to the fact-base entry of a figure and of a name', async () => {
    const text = client.text(at('golden-reed/2026-03-09-warrants.news'))!;
    const facts = read('golden-reed/golden-reed.facts.yaml');
    const figure = await client.request<Location>('textDocument/definition', { textDocument: { uri: at('golden-reed/2026-03-09-warrants.news') }, position: positionOf(text, 'About 50') });
    assert.equal(figure.uri, at('golden-reed/golden-reed.facts.yaml'));
    assert.equal(figure.range.start.line, positionOf(facts, 'id: repatriated').line);
    const name = await client.request<Location>('textDocument/definition', { textDocument: { uri: at('golden-reed/2026-03-09-warrants.news') }, position: positionOf(text, 'Royal Thai Police') });
    assert.equal(name.range.start.line, positionOf(facts, 'name: Royal Thai Police').line);
  });

  it('finds every mention of a fact and of a name across the workspace', async () => {
    await open('golden-reed/golden-reed.facts.yaml', 'yaml');
    const facts = read('golden-reed/golden-reed.facts.yaml');
    const refs = (position: { line: number; character: number }, includeDeclaration = false) => client.request<Location[]>('textDocument/references', {
      textDocument: { uri: at('golden-reed/golden-reed.facts.yaml') }, position, context: { includeDeclaration },
    });
    const where = (ls: Location[]) => ls.map((l) => `${path.basename(l.uri)}:${l.range.start.line}`).sort();
    const flownHome = await refs(positionOf(facts, 'label: Thai nationals flown home'));
    assert.deepEqual(where(flownHome), ['2026-03-08-flight.news:7', '2026-03-09-warrants.news:9']);
    const police = await refs(positionOf(facts, 'Royal Thai Police\n'), true);
    assert.deepEqual([...new Set(where(police).map((w) => w.split(':')[0]))], ['2026-03-05-raid.news', '2026-03-08-flight.news', '2026-03-09-warrants.news', 'golden-reed.facts.yaml']);
    const warrants = client.text(at('golden-reed/2026-03-09-warrants.news'))!;
    const bangkok = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: at('golden-reed/2026-03-09-warrants.news') }, position: positionOf(warrants, 'BANGKOK'), context: { includeDeclaration: true },
    });
    assert.deepEqual([...new Set(bangkok.map((l) => path.basename(l.uri)))].sort(), ['2026-03-08-flight.news', '2026-03-09-warrants.news', '2026-03-11-courts.news']);
  });

  it('outlines an article\'s figures by quantity and its names, and a fact base\'s entries', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: at('golden-reed/2026-03-09-warrants.news') } });
    assert.deepEqual(symbols.map((s) => s.name), ['Figures', 'Entities']);
    const flown = symbols[0].children!.find((s) => s.name === 'Thai nationals · repatriated')!;
    assert.deepEqual(flown.children!.map((c) => c.name), ['About 50']);
    assert.ok(symbols[1].children!.some((s) => s.name === 'Royal Thai Police' && /in the fact base/.test(s.detail!)));
    const fb = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: at('golden-reed/golden-reed.facts.yaml') } });
    assert.deepEqual(fb.map((s) => [s.name, s.children!.length]), [['Events', 1], ['Entities', 4], ['Facts', 4]]);
    const facts = read('golden-reed/golden-reed.facts.yaml');
    assert.deepEqual(fb[2].children!.map((s) => [s.name, s.detail]), [
      ['People arrested in the raid', '86 · confirmed'],
      ['Thai nationals arrested in the raid', '57 · confirmed'],
      ['Thai nationals flown home on the charter flight', '64 · confirmed'],
      ['Returnees for whom police sought arrest warrants', '58–59 · disputed'],
    ], 'each fact with its value (a range as min–max) and its status');
    const starts = ['arrested-total', 'arrested-thai', 'repatriated', 'warrants-sought'].map((id) => positionOf(facts, `id: ${id}`));
    const ends = [...starts.slice(1), { line: facts.split('\n').length - 1 }].map((p) => ({ line: p.line, character: 0 }));
    assert.deepEqual(fb[2].children!.map((s) => s.range), starts.map((start, i) => ({ start, end: ends[i] })), 'each fact spans its whole entry');
  });

  it('asks the story view and the fact base\'s code lenses to refresh when findings change', async () => {
    const uri = at('golden-reed/2026-03-09-warrants.news');
    const text = client.text(uri)!;
    const [notified, refreshed] = [client.notifications.length, client.codeLensRefreshes];
    const storiesChanged = () => client.notifications.slice(notified).some((n) => n.method === 'newslens/storiesChanged');
    client.change(uri, text.replace('About 50', 'About 64'));
    await client.until(() => storiesChanged() && client.codeLensRefreshes > refreshed, 'a stories notification and a code-lens refresh');
    assert.deepEqual(client.diagnostics.get(uri), [], 'the findings did change: the fact base says 64');
    client.change(uri, text);
    await client.until(() => client.diagnostics.get(uri)?.length === 1, 'the mismatch back');
  });

  it('finds facts, entities and events with workspace symbols', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'golden reed' });
    assert.deepEqual(found.map((s) => [s.name, s.kind]).slice(0, 2), [['Raid on the Golden Reed fraud compound, Bokeo, Laos', 24], ['Golden Reed', 5]]);
    const facts = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'revenue third' });
    assert.deepEqual(facts.map((s) => s.name), ['Kestrel Robotics revenue, third quarter']);
    const names = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Pracha' });
    assert.deepEqual(names.map((s) => [s.name, path.basename(s.location.uri)]), [['Pracha Wongsuwan', '2026-03-09-warrants.news']]);
  });

  it('counts, above each fact, the articles that agree, disagree or give another day\'s figure', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: at('golden-reed/golden-reed.facts.yaml') } });
    const facts = read('golden-reed/golden-reed.facts.yaml');
    const lens = (id: string) => lenses.find((l) => l.range.start.line === positionOf(facts, `id: ${id}`).line)!;
    assert.equal(lens('repatriated').command!.title, '1 article agrees · 1 disagrees');
    assert.equal(lens('warrants-sought').command!.title, '2 articles agree');
    assert.equal(lens('arrested-total').command!.title, '2 articles agree · 1 disagrees');
    const thai = positionOf(facts, 'id: arrested-thai');
    assert.deepEqual(lens('arrested-thai').command, { title: 'No article gives this figure', command: '', arguments: [at('golden-reed/golden-reed.facts.yaml'), thai.line, thai.character, []] });
    const [, , , locations] = lens('repatriated').command!.arguments as [string, number, number, Array<{ uri: string }>];
    assert.equal(lens('repatriated').command!.command, 'newslens.showReferences');
    assert.deepEqual(locations.map((l) => path.basename(l.uri)), ['2026-03-08-flight.news', '2026-03-09-warrants.news']);
  });

  it('links the fact base\'s sources', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: at('golden-reed/golden-reed.facts.yaml') } });
    const facts = read('golden-reed/golden-reed.facts.yaml');
    assert.ok(links.some((l) => l.target === 'https://example.org/royal-thai-police/briefing-2026-03-07'));
    for (const l of links) assert.equal(facts.split('\n')[l.range.start.line].slice(l.range.start.character, l.range.end.character), l.target);
  });

  it('completes event ids, names the articles mention and predicates inside a fact base', async () => {
    const facts = client.text(at('golden-reed/golden-reed.facts.yaml'))!;
    const complete = async (line: string) => {
      client.change(at('golden-reed/golden-reed.facts.yaml'), `${facts}${line}`);
      const lines = `${facts}${line}`.split('\n');
      return client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: at('golden-reed/golden-reed.facts.yaml') }, position: { line: lines.length - 1, character: lines[lines.length - 1].length },
      });
    };
    assert.deepEqual((await complete('  - id: new\n    event: ')).map((i) => i.label), ['golden-reed-raid', 'calloway-fire', 'kestrel-q3-2026']);
    const names = (await complete('entities:\n  - name: ')).map((i) => i.label);
    assert.ok(names.includes('Pracha Wongsuwan') && !names.includes('Royal Thai Police'), names.join(', '));
    const predicates = (await complete('    predicate: ')).map((i) => i.label);
    assert.ok(predicates.includes('flown home') && predicates.includes('arrested'), predicates.join(', '));
    client.change(at('golden-reed/golden-reed.facts.yaml'), facts);
  });

  it('lists the stories, their articles by date and their disputed quantities with timelines', async () => {
    const list = await client.request<StoryInfo[]>('newslens/stories', null);
    assert.deepEqual(list.map((s) => [s.label, s.source, s.articles.length]), [
      ['Kestrel Robotics third-quarter results, 2026', 'event', 3],
      ['Raid on the Golden Reed fraud compound, Bokeo, Laos', 'event', 5],
      ['Warehouse fire at the port of Calloway', 'event', 3],
    ]);
    assert.deepEqual(list.map((s) => s.event), [
      { id: 'kestrel-q3-2026', factBase: at('kestrel-results/kestrel-results.facts.yaml') },
      { id: 'golden-reed-raid', factBase: at('golden-reed/golden-reed.facts.yaml') },
      { id: 'calloway-fire', factBase: at('harbour-fire/harbour-fire.facts.yaml') },
    ], 'each story\'s own event, for moving an article there');
    const fire = list[2];
    assert.deepEqual(fire.articles.map((a) => a.date), ['2026-11-27', '2026-11-30', '2026-12-02']);
    assert.deepEqual(fire.quantities.map((q) => [q.label, q.timeline]), [['workers · injured', '9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2)']]);
    assert.match(fire.quantities[0].why, /went back and forth/);
    const raid = list[1];
    assert.ok(raid.quantities.some((q) => q.timeline === '58 / 59 (Mar 9)' && /disputed in the fact base/.test(q.why)), JSON.stringify(raid.quantities));
  });

  it('moves an article to another story: its entry in that fact base\'s `articles`', async () => {
    const result = await client.request<DeskEditResult>('workspace/executeCommand', {
      command: 'newslens.server.moveArticle',
      arguments: [{ article: at('harbour-fire/2026-11-27-fire.news'), event: 'golden-reed-raid', factBase: at('golden-reed/golden-reed.facts.yaml') }],
    });
    assert.deepEqual(result, { applied: true, uri: at('golden-reed/golden-reed.facts.yaml') });
    assert.match(client.text(at('golden-reed/golden-reed.facts.yaml'))!, /\narticles:\n {2}- path: \.\.\/harbour-fire\/2026-11-27-fire\.news\n {4}event: golden-reed-raid\n$/);
    const list = await eventually(() => client.request<StoryInfo[]>('newslens/stories', null), (l) => l[1].articles.length === 6, 'the article in its new story');
    assert.deepEqual(list.map((s) => s.articles.length), [3, 6, 2]);
  });

  it('refuses to move an article that names its event in its own front matter, and says where to change it', async () => {
    const draft = at('harbour-fire/2026-12-03-draft.news');
    client.open(draft, '---\ndate: 2026-12-03\nevent: calloway-fire\n---\nNine workers were hurt in the fire, the port authority said.\n');
    await client.until(() => client.published.has(draft), 'the draft analysed');
    const result = await client.request<DeskEditResult>('workspace/executeCommand', {
      command: 'newslens.server.moveArticle',
      arguments: [{ article: draft, event: 'golden-reed-raid', factBase: at('golden-reed/golden-reed.facts.yaml') }],
    });
    const reason = 'the article names its event in its own front matter (`event:`): change it there';
    assert.deepEqual(result, { applied: false, reason });
    assert.deepEqual(client.messages[client.messages.length - 1], { type: 2, message: `News Lens: ${reason}.` });
    client.close(draft);
  });

});

describe('stories found in a flat folder of a day\'s copy', function () {
  this.timeout(30_000);
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-day-'));
    const day = '---\ndate: 2026-03-03\n---\n';
    fs.writeFileSync(path.join(dir, 'harlow-1.news'), `${day}Harlow Motors said on Tuesday it would close its Tiverton plant, cutting 1,400 jobs. Chief executive Dana Whitcombe said demand had fallen.\n`);
    fs.writeFileSync(path.join(dir, 'harlow-2.news'), `${day}The union at Harlow Motors said it would fight the plan to cut 1,800 jobs, which Dana Whitcombe announced on Tuesday.\n`);
    fs.writeFileSync(path.join(dir, 'marston-1.news'), `${day}A fire at a school in Marston injured 12 pupils on Tuesday, the Marston Fire Service said.\n`);
    fs.writeFileSync(path.join(dir, 'marston-2.news'), `${day}Fifteen pupils were injured in the fire at the Marston school, the Marston Fire Service said on Tuesday.\n`);
    client = new TestClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds each story without the desk\'s help, and compares figures only within it', async () => {
    await client.request('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    const list = await client.request<StoryInfo[]>('newslens/stories', null);
    assert.deepEqual(list.map((s) => [s.label, s.source, s.articles.map((a) => a.label)]), [
      ['Harlow Motors (folder ' + path.basename(dir) + ')', 'found', ['harlow-1.news', 'harlow-2.news']],
      ['Marston Fire Service (folder ' + path.basename(dir) + ')', 'found', ['marston-1.news', 'marston-2.news']],
    ]);
    const related = (name: string) => (client.diagnostics.get(uriOf(path.join(dir, name))) ?? []).flatMap((d) => d.relatedInformation ?? []).map((r) => path.basename(r.location.uri));
    assert.deepEqual(related('harlow-1.news'), ['harlow-2.news']);
    assert.deepEqual(related('marston-1.news'), ['marston-2.news']);
  });
});

describe('code lenses over a fact whose figure later reports moved on', function () {
  this.timeout(30_000);
  const FACTS = 'events:\n  - id: fire\n    title: The Elm Street fire\n    documents: ["*.news"]\nfacts:\n  - id: killed\n    label: People killed in the fire\n    value: 4\n    noun: people\n    predicate: killed\n    asOf: 2026-01-04\n';
  const ARTICLES: Record<string, string> = {
    'a.news': article('Four people were killed in the fire on Sunday.'),
    'b.news': article('Six people were killed in the fire, officials said on Wednesday.', '2026-01-07'),
    'c.news': article('By Thursday, seven people had been killed in the fire.', '2026-01-08'),
  };
  const server = serverOn({ 'story.facts.yaml': FACTS, ...ARTICLES });

  it('counts the later days\' figures as updates, not disagreements, and lists every figure', async () => {
    const lenses = await server.client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: server.uri('story.facts.yaml') } });
    const at = positionOf(FACTS, 'id: killed');
    assert.deepEqual(lenses.map((l) => [l.range, l.command?.title]), [[{ start: at, end: at }, '1 article agrees · 2 updates']]);
    const [, , , locations] = lenses[0].command!.arguments as [string, number, number, Array<{ uri: string; line: number; character: number; endLine: number; endCharacter: number }>];
    const figure = (l: (typeof locations)[number]) => ARTICLES[path.basename(l.uri)].split('\n')[l.line].slice(l.character, l.endLine === l.line ? l.endCharacter : undefined);
    assert.deepEqual(locations.map((l) => `${path.basename(l.uri)} ${figure(l)}`).sort(), ['a.news Four', 'b.news Six', 'c.news seven']);
  });
});
