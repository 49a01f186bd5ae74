import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/engine';
import { Workspace } from '../../server/src/workspace/workspace';

const article = (date: string, body: string) => `---\ndate: ${date}\n---\n${body}\n`;
const killed = (n: string, date = '2026-01-05') => article(date, `${n} people were killed in the fire on Sunday.`);
const FACTS = `events:
  - id: fire
    title: The fire
    documents: ["*.news"]
entities:
  - name: Harbour Authority
    type: organization
facts:
  - id: killed
    value: 4
    noun: people
    predicate: killed
    asOf: 2026-01-04
`;

describe('workspace model: what changes and what is handed out', () => {
  it('hands out exactly the documents whose findings changed, once', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/d/a.news', killed('Four'));
    ws.setArticle('/d/b.news', killed('Five'));
    ws.setArticle('/e/c.news', killed('Nine'));
    assert.deepEqual(ws.takeChangedDocuments().sort(), ['/d/a.news', '/d/b.news', '/e/c.news'], 'everything is new');
    assert.deepEqual(ws.takeChangedDocuments(), [], 'nothing since');
    assert.equal(ws.setArticle('/d/a.news', killed('Four')), ws.analysis('/d/a.news'), 'the same text is not analysed again');
    ws.setArticle('/d/a.news', killed('Four').replace('fire', 'blaze'));
    assert.deepEqual(ws.takeChangedDocuments(), [], 'an edit that changes no finding');
    ws.setArticle('/d/a.news', killed('Five'));
    assert.deepEqual(ws.takeChangedDocuments().sort(), ['/d/a.news', '/d/b.news']);
    ws.removeArticle('/e/c.news');
    ws.removeArticle('/e/none.news');
    assert.deepEqual(ws.takeChangedDocuments(), ['/e/c.news'], 'a removed document is handed out (to clear it)');
    assert.deepEqual(ws.takeChangedDocuments(), []);
    assert.deepEqual([ws.hasArticle('/e/c.news'), ws.text('/e/c.news'), ws.lines('/e/c.news'), ws.findingsFor('/e/c.news')], [false, undefined, undefined, []]);
  });

  it('keeps articles and fact bases by id, with their text and lines', () => {
    const ws = new Workspace({ toPath: (id) => id.replace('mem:', '/mem/') });
    ws.setArticle('mem:a.news', killed('Four'));
    const fb = ws.setFactBase('mem:story.facts.yaml', FACTS);
    assert.equal(ws.setFactBase('mem:story.facts.yaml', FACTS), fb, 'the same text is not loaded again');
    assert.deepEqual([ws.articleIds(), ws.factBaseIds()], [['mem:a.news'], ['mem:story.facts.yaml']]);
    assert.deepEqual([ws.hasArticle('mem:a.news'), ws.isFactBase('mem:a.news'), ws.isFactBase('mem:story.facts.yaml')], [true, false, true]);
    assert.equal(ws.text('mem:story.facts.yaml'), FACTS);
    assert.equal(ws.factBase('mem:story.facts.yaml'), fb);
    assert.equal(ws.factBase('mem:a.news'), undefined);
    assert.deepEqual(ws.lines('mem:story.facts.yaml')!.position(FACTS.indexOf('value')), { line: 9, character: 4 });
    assert.equal(ws.label('mem:story.facts.yaml'), 'story.facts.yaml');
    assert.equal(ws.groupLabel('mem:a.news'), 'The fire', 'the fact base’s glob, resolved through toPath');
    assert.equal(ws.groupLabel('mem:none.news'), undefined);
    ws.removeFactBase('mem:story.facts.yaml');
    ws.removeFactBase('mem:story.facts.yaml');
    assert.deepEqual([ws.factBaseIds(), ws.groupLabel('mem:a.news')], [[], 'folder mem']);
  });

  it('names a group by its event title, its front-matter event, or its folder', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/d/x/a.news', '---\ndate: 2026-01-05\nevent: storm\n---\nText.\n');
    ws.setArticle('/d/y/b.news', 'Text.\n');
    assert.deepEqual([ws.groupLabel('/d/x/a.news'), ws.groupLabel('/d/y/b.news')], ['storm', 'folder y']);
  });
});

describe('workspace model: severities', () => {
  it('applies overrides to findings and to fact-base problems, and off hides them', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setFactBase('/d/story.facts.yaml', `${FACTS}  - id: broken\n    value: lots\n    noun: people\n    predicate: hurt\nunknown: 1\n`);
    ws.setArticle('/d/a.news', killed('Five'));
    const seen = (id: string) => ws.findingsFor(id).map((f) => `${f.code} ${f.severity}`);
    assert.deepEqual(seen('/d/a.news'), ['fact-mismatch error']);
    assert.deepEqual(seen('/d/story.facts.yaml'), ['fact-base-error warning', 'fact-base-error error'], 'an unknown key is a warning');
    ws.takeChangedDocuments();
    ws.setSeverity({ 'fact-mismatch': 'hint', 'fact-base-error': 'information' });
    assert.deepEqual(ws.takeChangedDocuments().sort(), ['/d/a.news', '/d/story.facts.yaml']);
    assert.deepEqual([seen('/d/a.news'), seen('/d/story.facts.yaml')], [['fact-mismatch hint'], ['fact-base-error information', 'fact-base-error information']]);
    ws.setSeverity({ 'fact-mismatch': 'off', 'fact-base-error': 'off' });
    assert.deepEqual([seen('/d/a.news'), seen('/d/story.facts.yaml')], [[], []]);
    assert.deepEqual([...ws.allFindings().entries()], [['/d/story.facts.yaml', []]]);
  });
});

describe('workspace model: what hovers read', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace({ toPath: (id) => id });
    ws.setFactBase('/d/story.facts.yaml', FACTS);
    ws.setArticle('/d/c.news', article('2026-01-06', 'Six people were killed in the fire on Saturday.'));
    ws.setArticle('/d/b.news', killed('Five'));
    ws.setArticle('/d/a.news', article('2026-01-05', 'Four people were killed in the fire on Sunday. Two of them were firefighters. The Harbour Authority said so.'));
  });

  it('lists the other articles’ claims about the same quantity, earliest first, then by name', () => {
    const peers = ws.peers('/d/a.news', 0).map((p) => `${p.label} ${p.claim.figure.text} ${p.claim.asOf} ${p.articleDate}`);
    assert.deepEqual(peers, ['c.news Six 2026-01-03 2026-01-06', 'b.news Five 2026-01-04 2026-01-05']);
    ws.setArticle('/d/c.news', killed('Six', '2026-01-06'));
    assert.deepEqual(ws.peers('/d/a.news', 0).map((p) => p.label), ['b.news', 'c.news'], 'the same day: by name');
    assert.deepEqual(ws.peers('/d/a.news', 1), [], 'a sub-count has no peers');
    assert.deepEqual(ws.peers('/d/a.news', 9), []);
    assert.deepEqual(ws.peers('/d/none.news', 0), []);
  });

  it('finds the fact about a claim’s quantity', () => {
    const answer = ws.factFor('/d/a.news', 0);
    assert.deepEqual(answer && [answer.ref.fact.id, answer.ref.label, answer.agrees, answer.settles], ['killed', 'story.facts.yaml', true, true]);
    assert.equal(ws.factFor('/d/a.news', 1), undefined, 'a sub-count is not the fact’s quantity');
    assert.equal(ws.factFor('/d/a.news', 9), undefined);
    assert.equal(ws.factFor('/d/none.news', 0), undefined);
  });

  it('links entities to the fact base, and relinks when the fact base changes', () => {
    const linked = () => ws.entities('/d/a.news').filter((l) => l.entry).map((l) => `${l.entity.text} → ${l.entry!.name}`);
    assert.deepEqual(linked(), ['Harbour Authority → Harbour Authority']);
    assert.equal(ws.entities('/d/a.news'), ws.entities('/d/a.news'), 'linked once, then kept');
    const entry = ws.entities('/d/a.news').find((l) => l.entry)!.entry!;
    assert.equal(ws.factEntityLocation(entry), '/d/story.facts.yaml');
    ws.setFactBase('/d/story.facts.yaml', FACTS.replace('Harbour Authority', 'Port Authority'));
    assert.deepEqual(linked(), []);
    assert.equal(ws.factEntityLocation(entry), undefined, 'an entry of a fact base that changed');
    assert.deepEqual(ws.entities('/d/none.news'), []);
  });
});

describe('workspace model: articles dated by the fact base', () => {
  it('re-analyses an article a worker dated by its file name when the fact base dates it', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setFactBase('/d/story.facts.yaml', 'articles:\n  - { path: 2026-01-01-a.news, date: 2026-01-05 }\n');
    const text = 'Four people were killed on Sunday.\n';
    const fromWorker = analyzeDocument(text, { fallbackDate: '2026-01-01', fallbackDateSource: 'file' });
    const kept = ws.putArticle('/d/2026-01-01-a.news', text, fromWorker)!;
    assert.deepEqual([kept.meta.date, kept.meta.dateSource, kept.claims[0].asOf], ['2026-01-05', 'fact base', '2026-01-04']);
    const own = analyzeDocument(article('2026-02-01', 'Text.'));
    assert.equal(ws.putArticle('/d/2026-01-01-b.news', article('2026-02-01', 'Text.'), own), own, 'an article with its own date keeps its analysis');
    assert.equal(ws.putArticle('/d/2026-01-01-b.news', article('2026-02-01', 'Text.'), analyzeDocument('other')), own, 'the same text is not filed again');
  });

  it('re-dates an undated article when a fact base dates it, and again when that goes', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/d/2026-01-01-a.news', 'Four people were killed on Sunday.\n');
    assert.equal(ws.analysis('/d/2026-01-01-a.news')!.meta.dateSource, 'file');
    ws.setFactBase('/d/story.facts.yaml', 'articles:\n  - { path: 2026-01-01-a.news, date: 2026-01-05 }\n  - { path: 2026-01-01-a.news, date: 2026-02-05 }\n');
    assert.deepEqual([ws.analysis('/d/2026-01-01-a.news')!.meta.date, ws.analysis('/d/2026-01-01-a.news')!.meta.dateSource], ['2026-01-05', 'fact base'], 'the first entry for a path wins');
    ws.removeFactBase('/d/story.facts.yaml');
    assert.deepEqual([ws.analysis('/d/2026-01-01-a.news')!.meta.date, ws.analysis('/d/2026-01-01-a.news')!.meta.dateSource], ['2026-01-01', 'file']);
  });
});
