import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  addFact, addReview, analyzeDocument, assignArticle, completeFactBase, factBaseVocabulary, factFromClaim, factMatchesClaim,
  FactBaseEditError, loadFactBase, rewriteFigure, type Article,
} from '../../server/src/engine';
import { expectCases } from '../support/expect';
import { EXAMPLES, FIXTURES } from '../support/paths';

const GOLDEN = fs.readFileSync(path.join(EXAMPLES, 'golden-reed', 'golden-reed.facts.yaml'), 'utf8');

function article(name: string): Article {
  return { doc: name, label: name, analysis: analyzeDocument(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')) };
}

/** Applies an edit's one change to the old text. */
const applied = (text: string, e: { change: { start: number; end: number; newText: string } }) =>
  text.slice(0, e.change.start) + e.change.newText + text.slice(e.change.end);

describe('fact-base edits (yaml document API)', () => {
  it('adds a fact from a claim: comments and order survive, and the fact base reads it as the claim\'s quantity', () => {
    const flight = article('golden-reed/2026-03-08-flight.news');
    const index = flight.analysis.claims.findIndex((c) => c.figure.text === 'Sixty-four');
    const placed = { article: flight, claim: flight.analysis.claims[index], index };
    const fact = factFromClaim(placed, { title: 'Charter flight brings Thai scam workers home from Laos', date: '2026-03-08' }, GOLDEN)!;
    assert.deepEqual([fact.id, fact.value, fact.noun, fact.predicate, fact.asOf, fact.status], ['thai-nationals-flown-home', 64, 'Thai nationals', 'flown home', '2026-03-07', 'reported']);
    const edit = addFact(GOLDEN, fact);
    assert.equal(edit.change.start, edit.change.end, 'a pure insertion');
    assert.equal(edit.change.start, GOLDEN.length, 'at the end of facts:');
    assert.equal(applied(GOLDEN, edit), edit.text);
    assert.ok(edit.text.startsWith('# News Lens fact base for the Golden Reed story'), 'the comments stay');
    assert.equal(edit.text.slice(edit.focus.start, edit.focus.end), '64');
    const loaded = loadFactBase(edit.text);
    assert.deepEqual(loaded.problems, []);
    const added = loaded.facts.find((f) => f.id === fact.id)!;
    assert.ok(factMatchesClaim(added, placed));
    assert.match(edit.text.slice(edit.entry.start, edit.entry.end), /sources:\n {6}- \{title: Charter flight brings Thai scam workers home from Laos, date: 2026-03-08\}/);
  });

  it('writes a measure as its metric, aspect and period, and a hedged figure as the range it allows', () => {
    const wire = article('kestrel-results/2026-10-28-wire.news');
    const placedAt = (text: string) => {
      const index = wire.analysis.claims.findIndex((c) => c.figure.text === text);
      return { article: wire, claim: wire.analysis.claims[index], index };
    };
    const growth = factFromClaim(placedAt('12%'), { title: 'wire' }, '')!;
    assert.deepEqual([growth.label, growth.value, growth.unit, growth.noun, growth.predicate, growth.period], ['Revenue (change), Q3 2026', 12, 'percent', 'revenue', 'change', 'Q3 2026']);
    const flight = article('golden-reed/2026-03-08-flight.news');
    const index = flight.analysis.claims.findIndex((c) => c.figure.text === 'about 1,200');
    assert.deepEqual(factFromClaim({ article: flight, claim: flight.analysis.claims[index], index }, { title: 'flight' }, '')!.value, [1080, 1320]);
  });

  it('adds a review, creating `reviewed:` where there is none, with the note to write in focus', () => {
    const edit = addReview(GOLDEN, { places: [{ article: '2026-03-09-warrants.news', figure: 'About 50' }, { fact: 'repatriated' }], note: 'A rough figure from the briefing.', date: '2026-12-01' });
    assert.match(edit.text, /\nreviewed:\n {2}- places:\n {6}- \{article: 2026-03-09-warrants\.news, figure: About 50\}\n {6}- \{fact: repatriated\}\n {4}note: A rough figure from the briefing\.\n {4}date: 2026-12-01\n$/);
    assert.equal(edit.text.slice(edit.focus.start, edit.focus.end), 'A rough figure from the briefing.');
    assert.deepEqual(loadFactBase(edit.text).reviewed[0].places[1], { fact: 'repatriated' });
    const empty = addReview('', { places: [{ article: 'a.news', figure: '58' }, { article: 'b.news', figure: '59' }], note: 'x', date: '2026-12-01' });
    assert.deepEqual(loadFactBase(empty.text).reviewed[0].places, [{ article: 'a.news', figure: '58' }, { article: 'b.news', figure: '59' }], 'a figure that looks like a number stays text');
  });

  it('assigns an article to an event: a new `articles` entry, or its existing one changed in place', () => {
    const added = assignArticle(GOLDEN, 'wire/2026-03-10-update.news', 'golden-reed-raid');
    assert.deepEqual(loadFactBase(added.text).articles.map((a) => [a.path, a.event]), [['wire/2026-03-10-update.news', 'golden-reed-raid']]);
    const moved = assignArticle(added.text, 'wire/2026-03-10-update.news', 'other');
    assert.deepEqual(moved.change.newText, 'other');
    assert.equal(moved.text.slice(moved.focus.start, moved.focus.end), 'other');
  });

  it('refuses a fact base whose YAML does not parse', () => {
    assert.throws(() => addReview('facts: [1, 2\n', { places: [{ fact: 'a' }, { fact: 'b' }], note: '', date: '2026-12-01' }), FactBaseEditError);
  });
});

expectCases<{ text: string; value: number }>('figures rewritten in their own style (fixtures/figure-rewrites.yaml)', path.join(FIXTURES, 'figure-rewrites.yaml'), {
  name: (c) => `${c.text} → ${c.value}`,
  key: 'expected',
  actual: (c) => rewriteFigure(c.text, c.value) ?? null,
});

describe('completion inside a fact base', () => {
  const fb = loadFactBase(GOLDEN);
  const vocabulary = factBaseVocabulary(fb, fb.events.map((e) => ({ id: e.id, title: e.title })),
    ['2026-03-09-warrants.news', '2026-03-11-courts.news'].map((n) => article(`golden-reed/${n}`).analysis));

  it('offers event ids, names the fact base lacks, predicates and keywords where such a value is written', () => {
    const at = (text: string) => completeFactBase(text, text.length, vocabulary);
    assert.deepEqual(at('facts:\n  - id: x\n    event: gol')!.items.map((i) => i.label), ['golden-reed-raid']);
    assert.deepEqual(at('facts:\n  - id: x\n    event: gol')!.replace, { start: 'facts:\n  - id: x\n    event: '.length, end: 'facts:\n  - id: x\n    event: gol'.length });
    const names = at('entities:\n  - name: ')!.items.map((i) => i.label);
    assert.ok(names.includes('Pracha Wongsuwan'), names.join(', '));
    assert.ok(!names.includes('Royal Thai Police'), 'already in the fact base');
    const predicates = at('    predicate: ')!.items.map((i) => i.label);
    assert.ok(predicates.indexOf('were flown home') < predicates.indexOf('killed'), 'the articles\' own wordings first');
    assert.ok(predicates.includes('level'));
    assert.deepEqual(at('    status: ')!.items.map((i) => i.label), ['confirmed', 'reported', 'disputed']);
    assert.deepEqual(at('      - { fact: rep')!.items.map((i) => i.label).slice(0, 2), ['arrested-total', 'arrested-thai']);
    assert.equal(at('    label: The raid'), undefined, 'free text gets no completion');
  });
});
