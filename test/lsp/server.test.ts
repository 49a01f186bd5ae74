import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Hover, SemanticTokens, InitializeResult } from 'vscode-languageserver-protocol';
import { EXAMPLES } from '../support/paths';
import { SKIPPED_NOTIFICATION, type CheckSummary, type SkippedFiles } from '../../server/src/protocol';
import { positionOf, TestClient, uriOf } from './client';
import { decodeTokens, rangeOf, showRange } from './protocol';

const STORY = path.join(EXAMPLES, 'golden-reed');
const WARRANTS = uriOf(path.join(STORY, '2026-03-09-warrants.news'));
const FLIGHT = uriOf(path.join(STORY, '2026-03-08-flight.news'));
const FACTS = uriOf(path.join(STORY, 'golden-reed.facts.yaml'));
const FIRE = path.join(EXAMPLES, 'harbour-fire');
const REOPENING = uriOf(path.join(FIRE, '2026-12-02-reopening.news'));
const INQUIRY = uriOf(path.join(FIRE, '2026-11-30-inquiry.news'));
const readStory = (name: string) => fs.readFileSync(path.join(STORY, name), 'utf8');

describe('language server over stdio', function () {
  let client: TestClient;
  let init: InitializeResult;

  before(async () => {
    client = new TestClient();
    init = await client.initialize(EXAMPLES);
  });
  after(() => client.stop());

  it('declares hover, semantic tokens with the News Lens legend, and the check command', () => {
    const caps = init.capabilities;
    assert.equal(caps.hoverProvider, true);
    const legend = (caps.semanticTokensProvider as { legend: { tokenTypes: string[]; tokenModifiers: string[] } }).legend;
    assert.deepEqual(legend.tokenTypes, ['person', 'organization', 'location', 'nationality', 'date', 'figure']);
    assert.deepEqual(legend.tokenModifiers, ['approximate', 'inconsistent', 'inFactBase']);
    assert.ok(caps.executeCommandProvider?.commands.includes('newslens.server.checkConsistency'));
  });

  it('indexes the workspace and publishes cross-document findings for files that are not open', async () => {
    const diags = await client.until(() => {
      const d = client.diagnostics.get(REOPENING);
      return d && d.some((x) => x.code === 'cross-doc-mismatch') ? d : undefined;
    }, 'diagnostics for the reopening article');
    for (const d of diags) {
      assert.equal(d.source, 'News Lens');
      // The code links to the command that opens the findings documentation at the code's section.
      const link = new URL(d.codeDescription!.href);
      assert.deepEqual([link.protocol, link.pathname, JSON.parse(decodeURIComponent(link.search.slice(1)))], ['command:', 'newslens.showFindingDocs', [d.code]]);
    }
    const text = fs.readFileSync(path.join(FIRE, '2026-12-02-reopening.news'), 'utf8');
    assert.deepEqual(diags.map((d) => [d.code, d.severity, d.range.start.line]), [['cross-doc-mismatch', 2, positionOf(text, 'Nine workers').line]]);
    assert.deepEqual(diags[0].relatedInformation?.map((r) => r.location.uri), [INQUIRY]);
    const warrants = await client.until(() => client.diagnostics.get(WARRANTS), 'diagnostics for the warrants article');
    // The fact base's disputed range (58–59) settles the warrants: only the figure outside the fact base is flagged.
    const story = readStory('2026-03-09-warrants.news');
    assert.deepEqual(warrants.map((d) => [d.code, d.severity, d.range.start.line]), [['fact-mismatch', 1, positionOf(story, 'About 50').line]]);
    assert.ok(client.diagnostics.has(FACTS), 'the fact base gets (empty) diagnostics too');
  });

  it('colours entities and figures with semantic tokens', async () => {
    const text = readStory('2026-03-09-warrants.news');
    client.open(WARRANTS, text);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: WARRANTS } });
    const legend = (init.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[]; tokenModifiers: string[] } }).legend;
    const decoded = decodeTokens(text, tokens, legend);
    const about = decoded.find((t) => t.text === 'About 50');
    assert.deepEqual(about, { range: showRange(rangeOf(text, 'About 50')), text: 'About 50', type: 'figure', modifiers: ['approximate', 'inconsistent', 'inFactBase'] });
    assert.ok(decoded.some((t) => t.text === 'Laos' && t.type === 'location'));
    assert.ok(decoded.some((t) => t.text === 'Royal Thai Police' && t.type === 'organization' && t.modifiers.includes('inFactBase')));
    assert.ok(decoded.some((t) => t.text === 'Saturday' && t.type === 'date'));
    assert.ok(decoded.some((t) => t.text === 'Thai' && t.type === 'nationality'));
  });

  it('hovers a figure with its reading, the fact base and what the other articles say', async () => {
    const text = readStory('2026-03-09-warrants.news');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: WARRANTS }, position: positionOf(text, 'About 50') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /approximately 50, read as 45–55/);
    assert.match(value, /\*\*Fact base\*\*.*\*\*64\*\*.*confirmed.*differs/);
    assert.match(value, /command:newslens\.openLocation\?/);
    assert.match(value, /Royal Thai Police briefing/);
    assert.match(value, /The fact base decides this figure/);
    assert.match(value, /\[2026-03-08-flight\.news\]\(command:.*“Sixty-four” as of Sat, 7 Mar 2026 · the fact base decides/);
  });

  it('hovers a measure in its beat\'s words, with the verdict the Problems panel got for each other article', async () => {
    const results = path.join(EXAMPLES, 'kestrel-results');
    const desk = uriOf(path.join(results, '2026-10-28-business-desk.news'));
    const text = fs.readFileSync(path.join(results, '2026-10-28-business-desk.news'), 'utf8');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: desk }, position: positionOf(text, '$4.6 billion') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*revenue · Q3 2026 · USD\*/);
    assert.match(value, /\*\*Fact base\*\*.*Kestrel Robotics revenue, third quarter.*✗ differs/);
    assert.match(value, /2026-10-28-wire\.news\]\(command:.*“\$4\.1 billion” as of Wed, 28 Oct 2026 · the fact base decides/);
    // The analysis's "$3.66 billion" is about the quarter a year earlier: not this figure's peer.
    assert.doesNotMatch(value, /3\.66/);
    const analysis = fs.readFileSync(path.join(results, '2026-10-29-analysis.news'), 'utf8');
    const earlier = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: uriOf(path.join(results, '2026-10-29-analysis.news')) }, position: positionOf(analysis, '$3.66 billion'),
    });
    const earlierValue = (earlier.contents as { value: string }).value;
    assert.match(earlierValue, /\*revenue · earlier level · Q3 2025 · USD\*/);
    assert.match(earlierValue, /2026-10-28-wire\.news\]\(command:.*“\$3\.66 billion”.* · agrees/);
  });

  it('hovers a round-up figure with why it is not compared', async () => {
    const raid = uriOf(path.join(STORY, '2026-03-05-raid.news'));
    const text = readStory('2026-03-05-raid.news');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: raid }, position: positionOf(text, '1,912') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /round-up or running total \(“Since January”\): not compared/);
  });

  it('hovers an entity with its fact-base entry', async () => {
    const text = readStory('2026-03-09-warrants.news');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: WARRANTS }, position: positionOf(text, 'Royal Thai Police') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Royal Thai Police\*\* · organization · in the fact base/);
    assert.match(value, /national police force/);
  });

  it('re-diagnoses other documents when an edit changes a figure', async () => {
    const text = fs.readFileSync(path.join(FIRE, '2026-12-02-reopening.news'), 'utf8');
    const mismatches = (uri: string) => (client.diagnostics.get(uri) ?? []).filter((d) => d.code === 'cross-doc-mismatch');
    await client.until(() => mismatches(INQUIRY).length === 1, 'the 9 → 10 → 9 timeline flagged on the inquiry');
    // Nine → Ten: the count moved to 10 and stayed there, an update and not a disagreement.
    client.open(REOPENING, text);
    client.change(REOPENING, text.replace('Nine workers', 'Ten workers'));
    await client.until(() => mismatches(INQUIRY).length === 0 && mismatches(REOPENING).length === 0, 'the disagreement to go in both files');
    client.change(REOPENING, text);
    await client.until(() => mismatches(INQUIRY).length === 1, 'the disagreement to come back');
    client.close(REOPENING);
  });

  it('re-diagnoses when the fact base changes', async () => {
    const facts = readStory('golden-reed.facts.yaml');
    client.open(FACTS, facts, 'yaml');
    const factMismatchOn = (uri: string) => (client.diagnostics.get(uri) ?? []).filter((d) => d.code === 'fact-mismatch');
    await client.until(() => factMismatchOn(WARRANTS).length === 1, 'the fact mismatch on About 50');
    client.change(FACTS, facts.replace('    value: 64\n', '    value: 50\n'));
    await client.until(() => factMismatchOn(WARRANTS).length === 0 && factMismatchOn(FLIGHT).length === 1, 'the fact mismatch to move to Sixty-four');
    client.change(FACTS, facts.replace('    value: 64\n', '    value: many\n'));
    const errors = await client.until(() => {
      const found = (client.diagnostics.get(FACTS) ?? []).filter((d) => d.code === 'fact-base-error');
      return found.length > 0 ? found : undefined;
    }, 'a fact-base error');
    assert.match(errors[0].message, /`value` must be a number/);
    assert.equal(errors[0].range.start.line, positionOf(facts.replace('    value: 64\n', '    value: many\n'), 'many').line);
    client.change(FACTS, facts);
    await client.until(() => factMismatchOn(WARRANTS).length === 1 && (client.diagnostics.get(FACTS) ?? []).length === 0, 'the original state');
    client.close(FACTS);
  });

  it('runs the consistency check command with progress and returns a summary', async () => {
    const token = 'test-check';
    const summary = await client.request<{ articles: number; factBases: number; errors: number; warnings: number }>(
      'workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [], workDoneToken: token });
    assert.equal(summary.articles, 11);
    assert.equal(summary.factBases, 3);
    assert.equal(summary.errors, 4);
    assert.equal(summary.warnings, 5);
    const kinds = client.progress.filter((p) => p.token === token).map((p) => (p.value as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });
});

describe('language server on bad input', function () {
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-lsp-'));
    fs.writeFileSync(path.join(dir, 'ok.news'), '---\ndate: 2026-01-05\n---\nFour people were killed on Sunday.\n');
    fs.writeFileSync(path.join(dir, 'other.news'), '---\ndate: 2026-01-05\n---\nFive people were killed on Sunday.\n');
    fs.writeFileSync(path.join(dir, 'binary.news'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    fs.writeFileSync(path.join(dir, 'latin1.news'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x32]));
    fs.writeFileSync(path.join(dir, 'broken.facts.yaml'), 'facts:\n  - id: x\n    value: [1, 2\n');
    client = new TestClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('skips undecodable files, reports a broken fact base where it breaks, and keeps working', async () => {
    const factBase = uriOf(path.join(dir, 'broken.facts.yaml'));
    const errors = await client.until(() => client.diagnostics.get(factBase)?.length ? client.diagnostics.get(factBase) : undefined, 'fact-base errors');
    assert.ok(errors.every((d) => d.code === 'fact-base-error'));
    assert.ok(errors.some((d) => /YAML/.test(d.message)));
    await client.until(() => client.diagnostics.get(uriOf(path.join(dir, 'ok.news')))?.some((d) => d.code === 'cross-doc-mismatch'), 'the mismatch between the good files');
    const summary = await client.request<CheckSummary>('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    assert.equal(summary.articles, 2);
    const expected = [['binary.news', 'binary file'], ['latin1.news', 'not valid UTF-8']];
    assert.deepEqual(summary.skipped.map((s) => [path.basename(s.uri), s.reason]).sort(), expected);
    // The client is told once, by name, to show the user (with a way to the log).
    const told = client.notifications.filter((n) => n.method === SKIPPED_NOTIFICATION).flatMap((n) => (n.params as SkippedFiles).files);
    assert.deepEqual(told.map((s) => [path.basename(s.uri), s.reason]).sort(), expected);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(path.join(dir, 'nothing-here.news')) }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });

  it('hovers a superseded figure with why it is not compared', async () => {
    const uri = uriOf(path.join(dir, 'updated.news'));
    const text = '---\ndate: 2026-01-05\n---\nFour people were killed on Sunday. Police said earlier that five people were killed.\n';
    client.open(uri, text);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'five') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /a superseded report \(“said earlier”\): not compared/);
  });
});

describe('language server in a multi-root workspace', function () {
  let roots: string[];
  let client: TestClient;

  before(async () => {
    roots = [0, 1].map((i) => fs.mkdtempSync(path.join(os.tmpdir(), `newslens-root${i}-`)));
    fs.writeFileSync(path.join(roots[0], 'a.news'), '---\ndate: 2026-01-05\n---\nFour people were killed on Sunday.\n');
    fs.writeFileSync(path.join(roots[0], 'b.news'), '---\ndate: 2026-01-05\n---\nFive people were killed on Sunday.\n');
    fs.writeFileSync(path.join(roots[1], 'c.news'), '---\ndate: 2026-01-05\n---\nNine people were killed on Sunday.\n');
    client = new TestClient();
    await client.initialize(...roots);
  });
  after(async () => {
    await client.stop();
    for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
  });

  it('indexes every folder, and keeps each folder’s story apart', async () => {
    const summary = await client.request<{ articles: number }>('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    assert.equal(summary.articles, 3);
    await client.until(() => client.diagnostics.get(uriOf(path.join(roots[0], 'a.news')))?.length === 1, 'the mismatch inside the first folder');
    assert.deepEqual(client.diagnostics.get(uriOf(path.join(roots[1], 'c.news'))), []);
  });
});
