import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckSummary, Status } from '../../server/src/protocol';
import { TestClient, uriOf } from './client';
import { article, eventually, rangeOf, ready, tempWorkspace } from './protocol';

const FACTS = `events:
  - id: fire
    title: The fire
    documents: ["*.news"]
facts:
  - id: killed
    value: 3
    noun: people
    predicate: killed
    asOf: 2026-01-04
`;

/** What the status bar and the check command report: the state and the totals. */
describe('language server: status and totals', function () {
  let dir: string;
  let client: TestClient;
  const statuses = () => client.notifications.filter((n) => n.method === 'newslens/status').map((n) => n.params as Status);
  const last = () => statuses().at(-1);

  before(async () => {
    dir = tempWorkspace({
      'story.facts.yaml': FACTS,
      // a.news and b.news contradict the fact base (errors; the fact base decides, so they are not
      // compared with each other); c.news differs from the fact base's day, an update (information), and
      // skip.news is not analysed (information).
      'a.news': article('Four people were killed in the fire on Sunday.'),
      'b.news': article('Five people were killed in the fire on Sunday.'),
      'c.news': article('Six people were killed in the fire, police said on Monday.', '2026-01-06'),
      'skip.news': Buffer.from([0, 1, 2]),
    });
    client = new TestClient({ severity: { 'cross-doc-mismatch': 'hint' } });
    await client.initialize(dir);
    await ready(client);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says it is indexing, with progress, then gives the totals', async () => {
    assert.deepEqual(statuses()[0], { state: 'indexing', articles: 0, factBases: 0, errors: 0, warnings: 0, information: 0 });
    await eventually(client, last, { state: 'ready', articles: 3, factBases: 1, errors: 2, warnings: 0, information: 2 }, 'the totals');
    const progress = client.progress.map((p) => p.value as { kind: string; title?: string; message?: string; percentage?: number; cancellable?: boolean });
    assert.deepEqual(progress[0], { kind: 'begin', title: 'News Lens: indexing articles', cancellable: true, percentage: 0 });
    assert.deepEqual(progress.at(-1), { kind: 'end' });
    assert.deepEqual(progress.filter((p) => p.kind === 'report').at(-1), { kind: 'report', message: '4/4 articles', percentage: 100 });
    const logged = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    assert.ok(logged.includes(`News Lens: skipped ${path.join(dir, 'skip.news')}: binary file`), JSON.stringify(logged));
  });

  it('sends new totals when an edit changes them', async () => {
    const a = uriOf(path.join(dir, 'a.news'));
    const text = article('Four people were killed in the fire on Sunday.');
    client.open(a, text);
    client.edit(a, rangeOf(text, 'Four'), 'Three');
    await eventually(client, last, { state: 'ready', articles: 3, factBases: 1, errors: 1, warnings: 0, information: 2 }, 'one fact mismatch fewer');
    client.close(a);
    await eventually(client, last, { state: 'ready', articles: 3, factBases: 1, errors: 2, warnings: 0, information: 2 }, 'the file on disk again');
  });

  it('while indexing again, counts what the Problems panel still holds', async () => {
    const before = last()!;
    const seen = client.notifications.length;
    client.changeSettings({ severity: { 'cross-doc-mismatch': 'hint' }, files: ['**/*.news'] });
    await ready(client, seen);
    const indexing = client.notifications.slice(seen).filter((n) => n.method === 'newslens/status').map((n) => n.params as Status).filter((s) => s.state === 'indexing');
    assert.ok(indexing.length >= 1, 'the new files setting is read by indexing again');
    for (const s of indexing) assert.deepEqual([s.errors, s.warnings, s.information], [before.errors, before.warnings, before.information], JSON.stringify(s));
  });

  it('answers the check command with the totals and the files it skipped, counting open documents', async () => {
    const a = uriOf(path.join(dir, 'a.news'));
    client.open(a, article('Four people were killed in the fire on Sunday.'));
    const published = (name: string) => client.published.get(uriOf(path.join(dir, name))) ?? 0;
    const before = ['a.news', 'b.news', 'c.news', 'story.facts.yaml'].map(published);
    const token = 'check';
    const summary = await client.request<CheckSummary>('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [], workDoneToken: token });
    assert.deepEqual(summary, { state: 'ready', articles: 3, factBases: 1, errors: 2, warnings: 0, information: 2, skipped: [{ uri: uriOf(path.join(dir, 'skip.news')), reason: 'binary file', error: false }] });
    const reported = client.progress.filter((p) => p.token === token).map((p) => p.value);
    assert.deepEqual(reported[0], { kind: 'begin', title: 'News Lens: indexing articles', cancellable: true, percentage: 0 });
    assert.equal(await client.request('workspace/executeCommand', { command: 'newslens.other', arguments: [] }), null, 'not our command');
    const after = ['a.news', 'b.news', 'c.news', 'story.facts.yaml'].map(published);
    assert.ok(after.every((n, i) => n > before[i]), `every document published again by the check: ${before} → ${after}`);
    client.close(a);
  });

  it('says it is indexing until the first indexing is done, even for a document opened at once', async () => {
    const early = new TestClient();
    try {
      await early.initialize(dir);
      early.open(uriOf(path.join(dir, 'a.news')), article('Four people were killed in the fire on Sunday.'));
      await ready(early);
      const all = early.notifications.filter((n) => n.method === 'newslens/status').map((n) => n.params as Status);
      const first = all.findIndex((s) => s.state === 'ready');
      assert.deepEqual(all.slice(0, first).map((s) => s.state).filter((s) => s !== 'indexing'), []);
      assert.equal(all[first].articles, 3, 'the first totals count every article');
    } finally {
      await early.stop();
    }
  });
});
