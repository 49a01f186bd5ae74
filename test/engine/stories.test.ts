import * as assert from 'node:assert/strict';
import { analyzeDocument, findStories } from '../../server/src/engine';
import { Workspace } from '../../server/src/workspace/workspace';

/** A flat folder of one day's copy: two stories of two articles each, and a brief that shares nothing. */
const DAY = {
  'harlow-1.news': 'Harlow Motors to shut Tiverton plant\n\nHarlow Motors said on Tuesday it would close its Tiverton plant, cutting 1,400 jobs. Chief executive Dana Whitcombe said demand had fallen.\n',
  'harlow-2.news': 'Union vows to fight Harlow closure\n\nThe union at Harlow Motors said it would fight the plan to cut 1,800 jobs, which Dana Whitcombe announced on Tuesday.\n',
  'marston-1.news': 'Fire at Marston school\n\nA fire at a school in Marston injured 12 pupils on Tuesday, the Marston Fire Service said.\n',
  'marston-2.news': 'Marston school fire: pupils recovering\n\nFifteen pupils were injured in the fire at the Marston school, the Marston Fire Service said on Tuesday.\n',
  'weather.news': 'Rain expected\n\nHeavy rain is expected across the north on Wednesday, forecasters said.\n',
};

const dated = (text: string) => `---\ndate: 2026-03-03\n---\n${text}`;

describe('stories found where nothing declares them', () => {
  it('splits a flat folder of a day\'s copy by shared names, places, dates and figures', () => {
    const stories = findStories(Object.entries(DAY).map(([doc, text]) => ({ doc, analysis: analyzeDocument(dated(text)) })));
    assert.deepEqual(stories.map((s) => s.docs), [['harlow-1.news', 'harlow-2.news'], ['marston-1.news', 'marston-2.news'], ['weather.news']]);
    assert.equal(stories[0].name, 'Harlow Motors');
    assert.equal(stories[1].name, 'Marston Fire Service');
  });

  it('joins articles by a place they share, not by a nationality they share', () => {
    const briefs = {
      'climbers.news': 'Climbers rescued\n\nTwo French climbers were rescued in the Alps on Friday.\n',
      'farmers.news': 'Farm protest\n\nFrench farmers blocked roads near Lyon on Friday.\n',
    };
    const stories = findStories(Object.entries({ ...DAY, ...briefs }).map(([doc, text]) => ({ doc, analysis: analyzeDocument(dated(text)) })));
    assert.deepEqual(stories.map((s) => s.docs).slice(2), [['weather.news'], ['climbers.news'], ['farmers.news']], 'a nationality and a day in common are no story');
    const inLyon = { ...briefs, 'climbers.news': 'Climbers rescued\n\nTwo climbers from Lyon were rescued in the Alps on Friday.\n' };
    const joined = findStories(Object.entries({ ...DAY, ...inLyon }).map(([doc, text]) => ({ doc, analysis: analyzeDocument(dated(text)) })));
    assert.deepEqual(joined.map((s) => s.docs).slice(2), [['weather.news'], ['climbers.news', 'farmers.news']], 'a place and a day in common are');
  });

  it('keeps a folder that reads as one story (or shares nothing at all) as one story', () => {
    const one = findStories(['harlow-1.news', 'harlow-2.news', 'weather.news'].map((doc) => ({ doc, analysis: analyzeDocument(dated(DAY[doc as keyof typeof DAY])) })));
    assert.deepEqual(one.map((s) => s.docs), [['harlow-1.news', 'harlow-2.news', 'weather.news']], 'one story and a loose brief stay together');
    const none = findStories([1, 2, 3].map((i) => ({ doc: `${i}.news`, analysis: analyzeDocument(dated(`${i + 3} people were killed on Sunday.\n`)) })));
    assert.equal(none.length, 1);
  });

  it('checks each story found in a folder apart: no disagreement across stories', () => {
    const ws = new Workspace({ toPath: (id) => id });
    for (const [name, text] of Object.entries(DAY)) ws.setArticle(`/desk/today/${name}`, dated(text));
    // The two job-cut figures disagree, and so do the injured; nothing is compared across the stories.
    const codes = (name: string) => ws.findingsFor(`/desk/today/${name}`).map((f) => `${f.code} ${f.related.map((r) => r.doc.split('/').pop()).join(',')}`);
    assert.deepEqual(codes('harlow-1.news'), ['cross-doc-mismatch harlow-2.news']);
    assert.deepEqual(codes('marston-2.news'), ['cross-doc-mismatch marston-1.news']);
    assert.deepEqual(codes('weather.news'), []);
    assert.equal(ws.groupLabel('/desk/today/harlow-2.news'), 'Harlow Motors (folder today)');
    assert.notEqual(ws.groupOf('/desk/today/harlow-1.news'), ws.groupOf('/desk/today/marston-1.news'));
    // A story is found again when its articles change: without the shared names, the folder is one story.
    ws.removeArticle('/desk/today/marston-1.news');
    ws.removeArticle('/desk/today/marston-2.news');
    assert.equal(ws.groupLabel('/desk/today/weather.news'), 'folder today');
  });

  it('never splits an event the fact base declares, though its articles read as several stories', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setFactBase('/desk/today/day.facts.yaml', 'events:\n  - id: roundup\n    title: Tuesday round-up\n    documents: ["*.news"]\n');
    for (const [name, text] of Object.entries(DAY)) ws.setArticle(`/desk/today/${name}`, dated(text));
    const groups = new Set(Object.keys(DAY).map((name) => ws.groupOf(`/desk/today/${name}`)));
    assert.equal(groups.size, 1, 'the event is one group');
    assert.equal(ws.groupLabel('/desk/today/weather.news'), 'Tuesday round-up');
  });
});
