import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/workspace/workspace';

const article = (date: string, body: string) => `---\ndate: ${date}\n---\n${body}\n`;

describe('workspace model', () => {
  it('groups articles by folder, and re-checks only when something changes', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/desk/a/one.news', article('2026-01-05', 'Four people were killed on Sunday.'));
    ws.setArticle('/desk/a/two.news', article('2026-01-05', 'Five people were killed on Sunday.'));
    ws.setArticle('/desk/b/three.news', article('2026-01-05', 'Nine people were killed on Sunday.'));
    assert.deepEqual(ws.findingsFor('/desk/a/one.news').map((f) => f.code), ['cross-doc-mismatch']);
    assert.deepEqual(ws.findingsFor('/desk/b/three.news'), [], 'another folder is another story');
    ws.takeChangedDocuments();
    ws.setArticle('/desk/a/two.news', article('2026-01-05', 'Four people were killed on Sunday.'));
    assert.deepEqual(ws.takeChangedDocuments().sort(), ['/desk/a/one.news', '/desk/a/two.news']);
    assert.deepEqual(ws.findingsFor('/desk/a/one.news'), []);
  });

  it('assigns articles to fact-base events by glob, and regroups when the fact base changes', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/desk/x/one.news', article('2026-01-05', 'Four people were killed on Sunday.'));
    ws.setArticle('/desk/y/two.news', article('2026-01-05', 'Five people were killed on Sunday.'));
    assert.deepEqual(ws.findingsFor('/desk/x/one.news'), []);
    ws.setFactBase('/desk/story.facts.yaml', 'events:\n  - id: fire\n    title: The fire\n    documents: ["x/*.news", "y/*.news"]\n');
    assert.deepEqual(ws.findingsFor('/desk/x/one.news').map((f) => f.code), ['cross-doc-mismatch']);
    assert.equal(ws.groupLabel('/desk/y/two.news'), 'The fire');
    ws.removeFactBase('/desk/story.facts.yaml');
    assert.deepEqual(ws.findingsFor('/desk/x/one.news'), []);
  });

  it('honours an article’s own event in front matter', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/desk/x/one.news', '---\ndate: 2026-01-05\nevent: fire\n---\nFour people were killed on Sunday.\n');
    ws.setArticle('/desk/y/two.news', '---\ndate: 2026-01-05\nevent: fire\n---\nFive people were killed on Sunday.\n');
    assert.deepEqual(ws.findingsFor('/desk/y/two.news').map((f) => f.code), ['cross-doc-mismatch']);
  });

  it('applies severity overrides, including off', () => {
    const ws = new Workspace({ toPath: (id) => id, severity: { 'cross-doc-mismatch': 'error' } });
    ws.setArticle('/d/one.news', article('2026-01-05', 'Four people were killed on Sunday.'));
    ws.setArticle('/d/two.news', article('2026-01-05', 'Five people were killed on Sunday.'));
    assert.deepEqual(ws.findingsFor('/d/one.news').map((f) => f.severity), ['error']);
    ws.setSeverity({ 'cross-doc-mismatch': 'off' });
    assert.deepEqual(ws.findingsFor('/d/one.news'), []);
  });

  it('removing an article clears the findings it caused', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/d/one.news', article('2026-01-05', 'Four people were killed on Sunday.'));
    ws.setArticle('/d/two.news', article('2026-01-05', 'Five people were killed on Sunday.'));
    ws.removeArticle('/d/two.news');
    assert.deepEqual(ws.findingsFor('/d/one.news'), []);
    assert.equal(ws.analysis('/d/two.news'), undefined);
  });

  it('dates undated articles and assigns them to events from the fact base’s articles list', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/desk/wire/one.news', 'Four people were killed on Sunday.\n');
    ws.setArticle('/desk/wire/two.news', 'Five people were killed on Sunday.\n');
    ws.setArticle('/desk/other/three.news', 'Six people were killed on Sunday.\n');
    assert.equal(ws.analysis('/desk/wire/one.news')!.meta.date, undefined);
    ws.setFactBase('/desk/story.facts.yaml', `events:
  - id: fire
    title: The fire
articles:
  - { path: wire/one.news, date: 2026-01-05, event: fire }
  - { path: wire/two.news, date: 2026-01-12, event: fire }
  - { path: other/three.news, date: 2026-01-05, event: fire }
`);
    const one = ws.analysis('/desk/wire/one.news')!;
    assert.equal(one.meta.date, '2026-01-05');
    assert.equal(one.meta.dateSource, 'fact base');
    assert.equal(one.claims[0].asOf, '2026-01-04', '"on Sunday" resolves against the fact-base date');
    assert.equal(ws.groupLabel('/desk/other/three.news'), 'The fire');
    const codes = (id: string) => ws.findingsFor(id).map((f) => f.code).sort();
    assert.deepEqual(codes('/desk/other/three.news'), ['cross-doc-mismatch']);
    assert.deepEqual(codes('/desk/wire/two.news'), ['figure-update']);
  });

  it('lists other articles in hovers exactly for the quantities it compares', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/d/one.news', article('2026-01-05', 'Four people were killed on Sunday. Fourteen officers were deployed. Three people left.'));
    ws.setArticle('/d/two.news', article('2026-01-05', 'Five people were killed on Sunday. Twelve officers were deployed. Two people left.'));
    assert.deepEqual(ws.peers('/d/one.news', 0).map((p) => p.claim.figure.text), ['Five']);
    assert.deepEqual(ws.peers('/d/one.news', 1).map((p) => p.claim.figure.text), ['Twelve'], 'a verb outside the lexicon is compared by its stem and counted thing');
    assert.deepEqual(ws.peers('/d/one.news', 2), [], 'unnamed people with a verb outside the lexicon are never compared, so no peers either');
  });
});
