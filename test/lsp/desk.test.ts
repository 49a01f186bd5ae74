import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, InitializeResult, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyEdits, positionOf, TestClient, uriOf } from './client';
import { DeskSession } from './desk';
import { article, rangeOf, ready, serverOn, tempWorkspace } from './protocol';

describe('the fact-checker\'s desk over the protocol: acting on a finding', function () {
  this.timeout(30_000);
  const desk = new DeskSession();
  const { at, read, diagnostics, open, actionsAt, hoverText, run } = desk;
  let client: DeskSession['client'];
  let init: InitializeResult;
  const codes = (ds: readonly Diagnostic[]) => ds.map((d) => d.code).sort();

  before(async () => {
    init = await desk.start();
    client = desk.client;
  });
  after(() => desk.stop());

  it('declares the code actions and the desk\'s commands', () => {
    assert.deepEqual((init.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
    const commands = init.capabilities.executeCommandProvider?.commands ?? [];
    for (const command of ['newslens.server.addFact', 'newslens.server.markReviewed']) assert.ok(commands.includes(command), command);
  });

  it('lets the fact base decide: a disputed range settles the warrants, and the hover says what the Problems panel says', async () => {
    const text = await open('golden-reed/2026-03-09-warrants.news');
    const ds = diagnostics('golden-reed/2026-03-09-warrants.news');
    assert.deepEqual(ds.map((d) => [d.code, text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)]), [['fact-mismatch', 'About 50']]);
    const on58 = await hoverText('golden-reed/2026-03-09-warrants.news', '58');
    assert.match(on58, /\*\*Fact base\*\* · .*: \*\*58–59\*\* as of Mon, 9 Mar 2026 · disputed · ✓ agrees/);
    assert.match(on58, /The fact base decides this figure/);
    assert.match(on58, /2026-03-11-courts\.news\]\(command:.*“59”.* · the fact base decides/);
    const on50 = await hoverText('golden-reed/2026-03-09-warrants.news', 'About 50');
    assert.match(on50, /✗ differs/);
  });

  it('shows a timeline where the figure went back and forth, in the message and the hover', async () => {
    await open('harbour-fire/2026-12-02-reopening.news');
    const [warning] = diagnostics('harbour-fire/2026-12-02-reopening.news');
    assert.equal(warning.code, 'cross-doc-mismatch');
    assert.equal(warning.severity, 2);
    assert.match(warning.message, /Timeline: 9 \(Nov 27\) → 10 \(Nov 30\) → 9 \(Dec 2\)\.$/);
    const hover = await hoverText('harbour-fire/2026-12-02-reopening.news', 'Nine');
    assert.match(hover, /\*\*Timeline\*\* · \*\*went back and forth\*\* · 9 \(Nov 27\) → 10 \(Nov 30\) → 9 \(Dec 2\)/);
    assert.match(hover, /2026-11-30-inquiry\.news\]\(command:.*“Ten”.* · \*\*disagrees\*\* \(the figure went back and forth\)/);
    assert.match(hover, /2026-11-27-fire\.news\]\(command:.*“nine”.* · agrees/);
  });

  it('replaces a figure with the fact base\'s value in the article\'s style, as a versioned edit', async () => {
    await open('kestrel-results/2026-10-28-business-desk.news');
    const actions = await actionsAt('kestrel-results/2026-10-28-business-desk.news', '$4.6 billion');
    const replace = actions.find((a) => a.title === 'Replace with the fact base\'s value: “$4.1 billion”')!;
    assert.ok(replace, actions.map((a) => a.title).join('\n'));
    assert.equal(replace.isPreferred, true);
    assert.deepEqual(replace.diagnostics?.map((d) => d.code), ['fact-mismatch']);
    assert.ok(actions.some((a) => a.title === 'Open the fact base at “Kestrel Robotics revenue, third quarter”' && a.command?.command === 'newslens.openLocation'));
    assert.ok(!actions.some((a) => a.title.startsWith('Add ')), 'a figure the fact base settles is not added again');
    await run(replace);
    assert.match(client.text(at('kestrel-results/2026-10-28-business-desk.news'))!, /climbed 15 percent, to \$4\.1 billion, the Seattle/);
    await client.until(() => !diagnostics('kestrel-results/2026-10-28-business-desk.news').some((d) => d.code === 'fact-mismatch' && d.message.includes('revenue · Q3')), 'the revenue mismatch to go');
  });

  it('adds a missing fact to the fact base and opens it for review; the other article now contradicts it', async () => {
    await open('kestrel-results/2026-10-28-wire.news');
    const add = (await actionsAt('kestrel-results/2026-10-28-wire.news', '12%')).find((a) => a.title === 'Add “12%” to the fact base')!;
    assert.ok(add);
    const result = await run(add);
    assert.deepEqual(result, { applied: true, uri: at('kestrel-results/kestrel-results.facts.yaml') });
    assert.equal(client.applied[client.applied.length - 1].label, 'News Lens: Add “12%” to the fact base', 'the edit\'s name in the editor\'s undo history');
    const factBase = client.text(at('kestrel-results/kestrel-results.facts.yaml'))!;
    assert.ok(factBase.startsWith(read('kestrel-results/kestrel-results.facts.yaml')), 'comments and entries kept; the fact appended');
    assert.match(factBase, /  - id: revenue-change-q3-2026\n {4}label: Revenue \(change\), Q3 2026\n {4}value: 12\n {4}unit: percent\n {4}noun: revenue\n {4}predicate: change\n {4}period: Q3 2026\n {4}status: reported\n/);
    const shown = client.shown[client.shown.length - 1];
    assert.equal(shown.uri, at('kestrel-results/kestrel-results.facts.yaml'));
    assert.equal(factBase.split('\n')[shown.selection!.start.line].slice(shown.selection!.start.character, shown.selection!.end.character), '12', 'the new value is selected for review');
    await client.until(() => codes(diagnostics('kestrel-results/2026-10-28-business-desk.news')).join() === 'fact-mismatch,fact-mismatch' &&
      diagnostics('kestrel-results/2026-10-28-wire.news').length === 0, 'the growth to contradict the new fact, and the wire to agree with it');
  });

  it('refuses an action offered for an earlier version of the document', async () => {
    const add = (await actionsAt('kestrel-results/2026-10-28-wire.news', '1,200')).find((a) => a.title.startsWith('Add '));
    assert.equal(add, undefined, 'the job cuts are settled by the fact base');
    const stale = (await actionsAt('harbour-fire/2026-12-02-reopening.news', 'Nine')).find((a) => a.title.startsWith('Mark as reviewed'))!;
    client.change(at('harbour-fire/2026-12-02-reopening.news'), `${client.text(at('harbour-fire/2026-12-02-reopening.news'))}\n`);
    const result = await run(stale);
    assert.deepEqual(result, { applied: false, reason: '2026-12-02-reopening.news changed since; try again' });
    assert.deepEqual(client.messages[client.messages.length - 1], { type: 2, message: 'News Lens: 2026-12-02-reopening.news changed since; try again.' }, 'the editor shows why, as a warning');
    // Arguments naming another figure than the one at that place (a client that kept them too long).
    const wire = at('kestrel-results/2026-10-28-wire.news');
    const ref = { uri: wire, version: client.version(wire), ...positionOf(client.text(wire)!, '12%'), figure: '13%' };
    assert.deepEqual(await client.request('workspace/executeCommand', { command: 'newslens.server.addFact', arguments: [ref] }),
      { applied: false, reason: '“13%” is no longer at that place in 2026-10-28-wire.news' });
  });

  it('marks a difference as reviewed: a `reviewed:` entry in the fact base, the warning gone, the review in the hover', async () => {
    await open('harbour-fire/2026-11-30-inquiry.news'); // the other place is open too: its figure is read from the editor's buffer
    const review = (await actionsAt('harbour-fire/2026-12-02-reopening.news', 'Nine')).find((a) => a.title === 'Mark as reviewed: the difference with 2026-11-30-inquiry.news’s “Ten”')!;
    assert.ok(review);
    assert.deepEqual(await run(review), { applied: true, uri: at('harbour-fire/harbour-fire.facts.yaml') });
    const factBase = client.text(at('harbour-fire/harbour-fire.facts.yaml'))!;
    assert.match(factBase, /\nreviewed:\n {2}- places:\n {6}- \{article: 2026-12-02-reopening\.news, figure: Nine\}\n {6}- \{article: 2026-11-30-inquiry\.news, figure: Ten\}\n {4}note: "Known difference \(cross-doc-mismatch\): “Nine” in 2026-12-02-reopening\.news and “Ten” in 2026-11-30-inquiry\.news\. Say why it stands\."\n {4}date: \d{4}-\d\d-\d\d\n$/);
    await client.until(() => diagnostics('harbour-fire/2026-12-02-reopening.news').length === 0, 'the reviewed warning to go');
    assert.match(await hoverText('harbour-fire/2026-12-02-reopening.news', 'Nine'), /\*\*Reviewed by the desk\*\*\n\n- \[Reviewed on .*\]\(command:newslens\.openLocation.*: Known difference/);
    assert.match(await hoverText('harbour-fire/2026-12-02-reopening.news', 'Nine'), /“Ten”.* · differs, reviewed by the desk: Known difference/);
  });

  it('ignores a finding here with an inline marker the desk can read', async () => {
    const ignore = (await actionsAt('harbour-fire/2026-11-30-inquiry.news', 'Ten')).find((a) => a.title === 'Ignore cross-doc-mismatch here (an inline marker)')!;
    await run(ignore);
    assert.match(client.text(at('harbour-fire/2026-11-30-inquiry.news'))!, /said on Monday as it opened an inquiry into the blaze\. <!-- newslens-ignore cross-doc-mismatch -->\n/);
    await client.until(() => diagnostics('harbour-fire/2026-11-30-inquiry.news').length === 0, 'the ignored warning to go');
    const folder = (await actionsAt('golden-reed/2026-03-09-warrants.news', 'About 50')).find((a) => a.title === 'Ignore fact-mismatch in this folder')!;
    assert.deepEqual(folder.command?.arguments, [at('golden-reed/2026-03-09-warrants.news'), 'fact-mismatch']);
    assert.equal(folder.command?.command, 'newslens.ignoreInFolder');
  });

  it('keeps the status counts equal to the Problems panel', async () => {
    await new Promise((r) => setTimeout(r, 200));
    const status = [...client.notifications].reverse().find((n) => n.method === 'newslens/status')!.params as { errors: number; warnings: number; information: number };
    const all = [...client.diagnostics.values()].flat();
    assert.deepEqual([status.errors, status.warnings, status.information], [1, 2, 3].map((s) => all.filter((d) => d.severity === s).length));
  });
});

describe('the desk\'s first fact in a folder without a fact base', function () {
  /** The second report's line, whose difference with the first the desk has already ruled on. */
  const B_LINE = 'About 2,000 residents of Pellow were forced to leave their homes by the floods on Thursday, the council said. <!-- newslens-ignore cross-doc-mismatch -->';
  this.timeout(30_000);
  let dir: string;
  let client: TestClient;
  const at = (name: string) => uriOf(path.join(dir, name));
  /** The code actions on `needle` in an open article, with the diagnostics the editor holds there. */
  const actionsOn = (name: string, text: string, needle: string) => client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: at(name) }, range: rangeOf(text, needle), context: { diagnostics: client.diagnostics.get(at(name)) },
  });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-nofacts-'));
    fs.mkdirSync(path.join(dir, 'flood'));
    fs.writeFileSync(path.join(dir, 'flood', 'a.news'), '---\ndate: 2026-04-02\n---\nFloods forced 1,200 residents of Pellow to leave their homes on Thursday, the council said.\n');
    fs.writeFileSync(path.join(dir, 'flood', 'b.news'), `---\ndate: 2026-04-02\n---\n${B_LINE}\n`);
    client = new TestClient();
    await client.initialize(dir);
    await client.request('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the fact base next to the articles, with the story as its event, as an edit the editor holds (nothing on disk)', async () => {
    const text = fs.readFileSync(path.join(dir, 'flood', 'a.news'), 'utf8');
    client.open(at('flood/a.news'), text);
    await client.until(() => client.diagnostics.get(at('flood/a.news'))?.some((d) => d.code === 'cross-doc-mismatch'), 'the disagreement between the two reports');
    const actions = await actionsOn('flood/a.news', text, '1,200');
    const add = actions.find((a) => a.title === 'Add “1,200” to the fact base')!;
    assert.ok(add, actions.map((a) => a.title).join('\n'));
    const result = await client.request('workspace/executeCommand', { command: add.command!.command, arguments: add.command!.arguments });
    assert.deepEqual(result, { applied: true, uri: at('flood/flood.facts.yaml') });
    const change = client.applied[client.applied.length - 1].edit.documentChanges!;
    assert.deepEqual(change[0], { kind: 'create', uri: at('flood/flood.facts.yaml'), options: { ignoreIfExists: true } });
    assert.ok(!fs.existsSync(path.join(dir, 'flood', 'flood.facts.yaml')), 'the server writes nothing to disk');
    // The story becomes the one event; its only fact needs no `event:` of its own.
    assert.equal(client.text(at('flood/flood.facts.yaml')), 'events:\n  - id: folder-flood\n    title: folder flood\n    documents: [a.news, b.news]\n' +
      'facts:\n  - id: residents-forced\n    label: Residents forced\n    value: 1200\n    noun: residents\n    predicate: forced\n    asOf: 2026-04-02\n' +
      '    status: reported\n    sources:\n      - {title: a.news, date: 2026-04-02}\n');
    await client.until(() => client.diagnostics.get(at('flood/b.news'))?.some((d) => d.code === 'fact-mismatch'), 'the other report to contradict the new fact');
    assert.deepEqual(client.diagnostics.get(at('flood/a.news')), []);
  });

  it('adds a code to the inline marker already on the line, and the finding goes', async () => {
    const text = fs.readFileSync(path.join(dir, 'flood', 'b.news'), 'utf8');
    client.open(at('flood/b.news'), text);
    await client.until(() => client.diagnostics.get(at('flood/b.news'))?.some((d) => d.code === 'fact-mismatch'), 'the mismatch with the new fact');
    const actions = await actionsOn('flood/b.news', text, 'About 2,000');
    const ignore = actions.find((a) => a.title === 'Ignore fact-mismatch here (an inline marker)')!;
    assert.ok(ignore, actions.map((a) => a.title).join('\n'));
    const marker = positionOf(text, 'newslens-ignore');
    const after = { line: marker.line, character: marker.character + 'newslens-ignore'.length };
    assert.deepEqual(ignore.edit?.documentChanges, [{ textDocument: { uri: at('flood/b.news'), version: 1 }, edits: [{ range: { start: after, end: after }, newText: ' fact-mismatch' }] }]);
    client.change(at('flood/b.news'), applyEdits(text, [{ range: { start: after, end: after }, newText: ' fact-mismatch' }]));
    assert.match(client.text(at('flood/b.news'))!, /the council said\. <!-- newslens-ignore fact-mismatch cross-doc-mismatch -->\n$/);
    await client.until(() => client.diagnostics.get(at('flood/b.news'))?.length === 0, 'the ignored mismatch to go');
  });
});

describe('the desk\'s quick fixes on a figure four other articles contradict', function () {
  this.timeout(30_000);
  const A = article('Four people were killed in the fire on Sunday.');
  const others = { 'b.news': 'Five', 'c.news': 'Six', 'd.news': 'Seven', 'e.news': 'Eight' };
  const server = serverOn({ 'a.news': A, ...Object.fromEntries(Object.entries(others).map(([name, n]) => [name, article(`${n} people were killed in the fire on Sunday.`)])) });

  it('offers to open, and to mark as reviewed, the first three places only: the menu stays short', async () => {
    const { client } = server;
    const uri = server.uri('a.news');
    const diagnostics = client.diagnostics.get(uri)!;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.relatedInformation?.length]), [['cross-doc-mismatch', 4]]);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(A, 'Four'), context: { diagnostics } });
    assert.deepEqual(actions.map((a) => a.title), [
      'Open b.news at “Five”', 'Open c.news at “Six”', 'Open d.news at “Seven”',
      'Mark as reviewed: the difference with b.news’s “Five”', 'Mark as reviewed: the difference with c.news’s “Six”',
      'Mark as reviewed: the difference with d.news’s “Seven”',
      'Ignore cross-doc-mismatch here (an inline marker)', 'Ignore cross-doc-mismatch in this folder', 'Add “Four” to the fact base',
    ]);
    assert.ok(actions.every((a) => a.diagnostics?.length === 1 && a.diagnostics[0].code === 'cross-doc-mismatch'), 'each resolves the warning');
  });
});

describe('the desk\'s edits with an editor that opens the fact base it shows late, or never', function () {
  this.timeout(30_000);
  const FACTS = 'events:\n  - id: fire\n    title: The Elm Street fire\n    documents: ["*.news"]\nfacts:\n  - id: injured\n    label: People injured\n    value: 3\n    noun: people\n    predicate: injured\n    asOf: 2026-01-04\n';
  const A = article('Four people were killed in the fire on Sunday.');
  let dir: string;
  let client: TestClient;
  const factBase = () => uriOf(path.join(dir, 'story.facts.yaml'));

  /** Adds “Four” to the fact base as the desk's quick fix does; the edit the server sent. */
  async function addFour(openShown: 'after answering' | 'never') {
    dir = tempWorkspace({ 'a.news': A, 'story.facts.yaml': FACTS });
    client = new TestClient({}, { openShown });
    await client.initialize(dir);
    await ready(client);
    const uri = uriOf(path.join(dir, 'a.news'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(A, 'Four'), context: { diagnostics: [] } });
    const add = actions.find((a) => a.title === 'Add “Four” to the fact base')!;
    assert.ok(add, actions.map((a) => a.title).join('\n'));
    const result = await client.request('workspace/executeCommand', { command: add.command!.command, arguments: add.command!.arguments });
    assert.deepEqual(result, { applied: true, uri: factBase() });
    assert.equal(client.applied.length, 1);
    return client.applied[0].edit.documentChanges![0] as TextDocumentEdit;
  }
  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('waits for the editor to open the fact base it showed, and edits the version the editor holds', async () => {
    const change = await addFour('after answering');
    assert.deepEqual(change.textDocument, { uri: factBase(), version: 1 }, 'the edit is for the buffer the editor opened');
    assert.match(client.text(factBase())!, /\n {2}- id: people-killed\n {4}label: People killed\n {4}value: 4\n/);
  });

  it('edits the file as read when the editor never opens it', async () => {
    const change = await addFour('never');
    assert.deepEqual(change.textDocument, { uri: factBase(), version: null }, 'an edit of the file on disk');
    assert.ok(client.text(factBase())!.startsWith(FACTS), 'the fact appended to the file as it was');
  });
});

describe('a difference the desk marked as reviewed without a note', function () {
  this.timeout(30_000);
  const FACTS = 'events:\n  - id: fire\n    title: The Elm Street fire\n    documents: ["*.news"]\nreviewed:\n  - places:\n      - {article: a.news, figure: Four}\n      - {article: b.news, figure: Five}\n    date: 2026-01-06\n';
  const A = article('Four people were killed in the fire on Sunday.');
  const server = serverOn({ 'story.facts.yaml': FACTS, 'a.news': A, 'b.news': article('Five people were killed in the fire on Sunday.') });

  it('is no longer reported, says so in the hover, and the fact base asks for the note', async () => {
    const { client } = server;
    assert.deepEqual(client.diagnostics.get(server.uri('a.news')), []);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: server.uri('a.news') }, position: rangeOf(A, 'Four').start });
    const review = positionOf(FACTS, 'places:');
    const open = `command:newslens.openLocation?${encodeURIComponent(JSON.stringify([server.uri('story.facts.yaml'), review.line, review.character]))}`;
    const text = (hover.contents as { value: string }).value;
    assert.ok(text.includes(`**Reviewed by the desk**\n\n- [Reviewed on Tue, 6 Jan 2026](${open}): no note\n`), text);
    const [warning] = client.diagnostics.get(server.uri('story.facts.yaml'))!;
    assert.deepEqual([warning.code, warning.severity, warning.message], ['fact-base-error', 2, 'A review says why the difference stands: add a `note`.']);
    assert.deepEqual(warning.range, { start: review, end: { line: FACTS.split('\n').length - 1, character: 0 } });
  });
});
