import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, type Hover } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client';
import { article, eventually, rangeOf, ready, roundTrip, showRange, tempWorkspace } from './protocol';

const FACTS = (value: number | string) => `events:
  - id: fire
    title: The Elm Street fire
    documents: ["*.news"]
facts:
  - id: killed
    label: People killed in the fire
    value: ${value}
    noun: people
    predicate: killed
    asOf: 2026-01-04
`;
const A = article('Four people were killed in the fire on Sunday.');
const FOUR = showRange(rangeOf(A, 'Four'));

/** `code severity range` of each diagnostic of a document. */
function seenBy(client: TestClient) {
  return (file: string) => (client.diagnostics.get(uriOf(file)) ?? []).map((d) => `${d.code} ${d.severity} ${showRange(d.range)}`).sort();
}

describe('language server: files changed on disk (didChangeWatchedFiles)', function () {
  let dir: string;
  let client: TestClient;
  let seen: (file: string) => string[];
  const file = (name: string) => path.join(dir, name);
  const notify = (name: string, type: FileChangeType) =>
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file(name)), type }] });

  before(async () => {
    dir = tempWorkspace({ 'a.news': A, 'story.facts.yaml': FACTS(4) });
    client = new TestClient();
    seen = seenBy(client);
    await client.initialize(dir);
    await ready(client);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('logs what it indexed in the folder', () => {
    const logged = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    assert.deepEqual(logged.filter((m) => m.includes(' indexed ')), [`News Lens: indexed 1 article and 1 fact base in ${dir}`]);
  });

  it('reads an article created, changed, made unreadable and deleted on disk', async () => {
    const b = article('Five people were killed in the fire on Sunday.');
    fs.writeFileSync(file('b.news'), b);
    notify('b.news', FileChangeType.Created);
    const five = showRange(rangeOf(b, 'Five'));
    await eventually(client, () => [seen(file('a.news')), seen(file('b.news'))],
      [[], [`fact-mismatch 1 ${five}`]], 'the new article read (the fact base decides: the Four it confirms is not compared with the Five)');

    fs.writeFileSync(file('b.news'), `\n${A}`);
    notify('b.news', FileChangeType.Changed);
    await eventually(client, () => [seen(file('a.news')), seen(file('b.news'))], [[], []], 'the changed article read');

    fs.writeFileSync(file('b.news'), b);
    notify('b.news', FileChangeType.Changed);
    await eventually(client, () => seen(file('b.news')), [`fact-mismatch 1 ${five}`], 'the mismatch back');
    fs.writeFileSync(file('b.news'), Buffer.from([0, 1, 2, 3]));
    notify('b.news', FileChangeType.Changed);
    await eventually(client, () => [seen(file('a.news')), seen(file('b.news'))], [[], ['not-analysed 3 0:0-0:0']], 'an article turned binary drops its findings and says why');

    fs.writeFileSync(file('b.news'), b);
    notify('b.news', FileChangeType.Changed);
    await eventually(client, () => seen(file('b.news')), [`fact-mismatch 1 ${five}`], 'the mismatch back');
    fs.rmSync(file('b.news'));
    notify('b.news', FileChangeType.Deleted);
    await eventually(client, () => [seen(file('a.news')), seen(file('b.news'))], [[], []], 'a deleted article drops its findings');
  });

  it('reads a fact base changed and deleted on disk', async () => {
    fs.writeFileSync(file('story.facts.yaml'), FACTS(3));
    notify('story.facts.yaml', FileChangeType.Changed);
    await eventually(client, () => seen(file('a.news')), [`fact-mismatch 1 ${FOUR}`], 'the changed fact');

    fs.writeFileSync(file('story.facts.yaml'), FACTS('many'));
    notify('story.facts.yaml', FileChangeType.Changed);
    const many = showRange(rangeOf(FACTS('many'), 'many'));
    await eventually(client, () => [seen(file('a.news')), seen(file('story.facts.yaml'))], [[], [`fact-base-error 1 ${many}`]], 'a broken fact');

    fs.rmSync(file('story.facts.yaml'));
    notify('story.facts.yaml', FileChangeType.Deleted);
    await eventually(client, () => seen(file('story.facts.yaml')), [], 'the deleted fact base cleared');
    fs.writeFileSync(file('story.facts.yaml'), FACTS(3));
    notify('story.facts.yaml', FileChangeType.Created);
    await eventually(client, () => seen(file('a.news')), [`fact-mismatch 1 ${FOUR}`], 'the fact base created again');

    fs.rmSync(file('story.facts.yaml'));
    fs.mkdirSync(file('story.facts.yaml'));
    notify('story.facts.yaml', FileChangeType.Changed);
    await eventually(client, () => [seen(file('a.news')), seen(file('story.facts.yaml'))], [[], ['not-analysed 3 0:0-0:0']],
      'a fact base that is no longer a file says why it is not read, and its facts no longer decide');
    fs.rmdirSync(file('story.facts.yaml'));
    fs.writeFileSync(file('story.facts.yaml'), FACTS(3));
    notify('story.facts.yaml', FileChangeType.Changed);
    await eventually(client, () => seen(file('a.news')), [`fact-mismatch 1 ${FOUR}`], 'the fact base read again');
  });

  it('keeps the open buffer over the file on disk', async () => {
    const three = article('Three people were killed in the fire on Sunday.');
    const seven = article('Seven people were killed in the fire on Sunday.');
    client.open(uriOf(file('a.news')), three);
    await eventually(client, () => seen(file('a.news')), [], 'the buffer agrees with the fact base');
    fs.writeFileSync(file('a.news'), seven);
    notify('a.news', FileChangeType.Changed);
    await roundTrip(client);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(file('a.news')) }, position: rangeOf(three, 'Three').start });
    assert.match((hover.contents as { value: string }).value, /^\*\*Three\*\*/, 'the buffer, not the file on disk');
    const published = client.published.get(uriOf(file('a.news'))) ?? 0;
    client.edit(uriOf(file('a.news')), rangeOf(three, 'Three'), 'Three');
    await client.until(() => client.published.get(uriOf(file('a.news')))! > published, 'a publish after the change on disk');
    await eventually(client, () => seen(file('a.news')), [], 'still the buffer');
    client.close(uriOf(file('a.news')));
    await eventually(client, () => seen(file('a.news')), [`fact-mismatch 1 ${showRange(rangeOf(seven, 'Seven'))}`], 'the file on disk after closing');
  });
});

describe('language server: documents that are not on disk', function () {
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = tempWorkspace({ 'a.news': A });
    client = new TestClient();
    await client.initialize(dir);
    await ready(client);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('forgets an unsaved fact base and article when they are closed', async () => {
    const facts = uriOf(path.join(dir, 'new.facts.yaml'));
    const draft = uriOf(path.join(dir, 'draft.news'));
    client.open(facts, FACTS('lots'), 'yaml');
    client.open(draft, article('Nine people were killed in the fire on Sunday.'));
    const lots = showRange(rangeOf(FACTS('lots'), 'lots'));
    await eventually(client, () => [seenBy(client)(path.join(dir, 'new.facts.yaml')), seenBy(client)(path.join(dir, 'a.news')).length], [[`fact-base-error 1 ${lots}`], 1], 'the buffers read');
    client.close(facts);
    client.close(draft);
    await eventually(client, () => [seenBy(client)(path.join(dir, 'new.facts.yaml')), seenBy(client)(path.join(dir, 'a.news'))], [[], []], 'both forgotten');
    const logged = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    assert.deepEqual(logged.filter((m) => m.includes('draft.news')), [], 'a document that is gone is not “skipped”');
  });
});

describe('language server: workspace folders added and removed', function () {
  let roots: string[];
  let client: TestClient;
  let seen: (file: string) => string[];
  const folders = (added: string[], removed: string[]) => void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
    event: { added: added.map((r) => ({ uri: uriOf(r), name: path.basename(r) })), removed: removed.map((r) => ({ uri: uriOf(r), name: path.basename(r) })) },
  });

  before(async () => {
    roots = [
      tempWorkspace({ 'a.news': A, 'b.news': article('Five people were killed in the fire on Sunday.') }),
      tempWorkspace({ 'c.news': A, 'story.facts.yaml': FACTS('many') }),
    ];
    client = new TestClient();
    seen = seenBy(client);
    await client.initialize(roots[0]);
    await ready(client);
  });
  after(async () => {
    await client.stop();
    for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
  });

  it('indexes a folder when it is added and forgets it when it is removed', async () => {
    const many = showRange(rangeOf(FACTS('many'), 'many'));
    await eventually(client, () => seen(path.join(roots[0], 'a.news')), [`cross-doc-mismatch 2 ${FOUR}`], 'the first folder');
    folders([roots[1]], []);
    await eventually(client, () => seen(path.join(roots[1], 'story.facts.yaml')), [`fact-base-error 1 ${many}`], 'the added folder’s fact base');
    const summary = () => client.request<{ articles: number; factBases: number }>('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    await eventually(client, () => client.published.has(uriOf(path.join(roots[1], 'c.news'))), true, 'the added folder’s article');
    const both = await summary();
    folders([], [roots[0]]);
    await eventually(client, () => seen(path.join(roots[0], 'a.news')), [], 'the removed folder’s findings cleared');
    const after = await summary();
    const counts = (s: { articles: number; factBases: number }) => [s.articles, s.factBases];
    await eventually(client, () => [counts(both), counts(after)], [[3, 1], [1, 1]], 'articles and fact bases of the folders left');
    folders([], [roots[1]]);
    await eventually(client, () => seen(path.join(roots[1], 'story.facts.yaml')), [], 'the removed folder’s fact base cleared');
  });

  it('takes a folder that is gone from the disk as an empty one: nothing to read, nothing to warn about', async () => {
    const gone = path.join(path.dirname(roots[0]), `${path.basename(roots[0])}-gone`);
    const since = client.notifications.length;
    folders([gone], []);
    const logged = () => client.notifications.slice(since).filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    await client.until(() => logged().some((m) => m.startsWith('News Lens: indexed') && m.includes(gone)), 'the folder indexed');
    await roundTrip(client);
    assert.deepEqual(logged().filter((m) => m.includes(gone)), [`News Lens: indexed 0 articles and 0 fact bases in ${gone}`]);
    assert.deepEqual(client.notifications.slice(since).filter((n) => n.method === 'newslens/skipped'), [], 'no file reported skipped');
    folders([], [gone]);
  });
});
