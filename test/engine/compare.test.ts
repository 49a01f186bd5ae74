import * as assert from 'node:assert/strict';
import { analyzeDocument, compareClaims, compatible, type FactRef, type PlacedClaim, type Reading, type StoryContext } from '../../server/src/engine';
import { Disagreements } from '../../server/src/engine/consistency/disagreements';

/** The first claim of `text` in an article `doc` dated `date`. */
function placed(doc: string, text: string, date = '2026-10-28', index = 0): PlacedClaim {
  const analysis = analyzeDocument(text, { fallbackDate: date });
  assert.ok(analysis.claims[index], `a claim in ${JSON.stringify(text)}`);
  return { article: { doc, label: doc, analysis }, claim: analysis.claims[index], index };
}

/** What two articles' claims come to, as the Problems panel and the hover both see it. */
function verdict(a: string, b: string, dates: [string, string] = ['2026-10-28', '2026-10-28']): string {
  const c = compareClaims(placed('a.news', a, dates[0]), placed('b.news', b, dates[1]));
  if (c.verdict === 'update') return `update: ${c.later.article.doc} is later`;
  return 'reason' in c && c.reason ? `${c.verdict}: ${c.reason}` : c.verdict;
}

const reading = (min: number | null, max: number | null, precision = 0): Reading =>
  ({ value: min !== null && min === max ? min : null, min, max, approximate: min !== max, unit: null, precision });

describe('compareClaims: the one comparison of two claims', () => {
  it('agrees when the values can both be true, a fall read as negative whichever way it is written', () => {
    assert.equal(verdict('Net income fell 3% in the third quarter.', 'Net income was down 3% in the third quarter.'), 'agrees');
    assert.equal(verdict('Net income fell 3% in the third quarter.', 'Net income rose 3% in the third quarter.'), 'conflict');
  });

  it('compares a score by its sides in either order', () => {
    assert.equal(verdict('The Foxes beat the Hawks 27-24 on Sunday.', 'The Foxes beat the Hawks 24-27 on Sunday.'), 'agrees');
    assert.equal(verdict('The Foxes beat the Hawks 27-24 on Sunday.', 'The Foxes beat the Hawks 27-21 on Sunday.'), 'conflict');
  });

  it('does not compare amounts a hundred times apart or more (a unit price and a total)', () => {
    assert.equal(verdict('Revenue was $4.1 billion in the third quarter.', 'Revenue was $4.6 billion in the third quarter.'), 'conflict');
    assert.equal(verdict('Revenue was $4.1 million in the third quarter.', 'Revenue was $410 million in the third quarter.'), 'not compared: amounts 100 times apart: a unit price and a total, not one amount');
    assert.equal(verdict('Revenue was $4.1 million in the third quarter.', 'Revenue was $409 million in the third quarter.'), 'conflict');
  });

  it('does not compare figures of different periods', () => {
    assert.equal(verdict('Revenue was $4.1 billion in the third quarter.', 'Revenue was $4.6 billion in the second quarter.'), 'not compared: different periods: Q3 2026 and Q2 2026');
  });

  it('reads a later count of an incident as an update, whichever article comes first', () => {
    assert.equal(verdict('Two people were killed in the fire.', 'Four people were killed in the fire.', ['2026-05-02', '2026-05-03']), 'update: b.news is later');
    assert.equal(verdict('Four people were killed in the fire.', 'Two people were killed in the fire.', ['2026-05-03', '2026-05-02']), 'update: a.news is later');
    assert.equal(verdict('Two people were killed in the fire.', 'Four people were killed in the fire.'), 'conflict');
  });

  it('judges two claims by the fact base when it settles either one, the second as well as the first', () => {
    const a = placed('a.news', 'Two people were killed in the fire.');
    const b = placed('b.news', 'Four people were killed in the fire.');
    const fact = { doc: 'facts.yaml', label: 'the fire’s toll' } as FactRef;
    const settling = (settled: PlacedClaim): StoryContext => ({ reviewOf: () => undefined, settledBy: (p) => (p === settled ? fact : undefined), unsteady: () => undefined, holdersOf: () => [] });
    assert.deepEqual(compareClaims(a, b, settling(a)), { verdict: 'settled', fact });
    assert.deepEqual(compareClaims(a, b, settling(b)), { verdict: 'settled', fact });
    assert.deepEqual(compareClaims(a, b, settling(placed('c.news', 'Nine people were killed in the fire.'))), { verdict: 'conflict' });
  });
});

describe('Disagreements: the claims of a quantity that cannot be true with a given one', () => {
  it('never offers a claim whose reading overlaps the one asked about, however many claims the index holds', () => {
    const tolls = ['Two', 'Four', 'Two', 'Four', 'Two'].map((n, i) => placed(`${i}.news`, `${n} people were killed in the fire.`));
    const offered = new Disagreements(tolls).find(tolls[0], 'same day', () => true, 10);
    assert.deepEqual(offered.map((p) => `${p.article.doc} ${p.claim.figure.text}`), ['1.news Four', '3.news Four']);
  });
});

describe('compatible: whether two readings can both be true', () => {
  it('takes closed intervals that touch as agreeing, and open ends as unbounded', () => {
    assert.equal(compatible(reading(12, 15), reading(15, 15)), true);
    assert.equal(compatible(reading(15, 15), reading(12, 15)), true);
    assert.equal(compatible(reading(12, 14), reading(15, 15)), false);
    assert.equal(compatible(reading(15, 15), reading(12, 14)), false);
    assert.equal(compatible(reading(1000, null), reading(5000, 5000)), true, 'more than 1,000');
    assert.equal(compatible(reading(null, 20), reading(30, 30)), false, 'as many as 20');
    assert.equal(compatible(reading(null, 20), reading(-5, -5)), true);
    assert.equal(compatible(reading(30, 30), reading(null, 20)), false);
  });

  it('widens rounded values by their precision, the widened ends exclusive', () => {
    assert.equal(compatible(reading(12, 12, 0.5), reading(13, 13, 0.5)), false, '“12%” and “13%” differ');
    assert.equal(compatible(reading(12, 12, 0.5), reading(12.4, 12.4)), true, '“12%” stands for 11.5 up to 12.5');
    assert.equal(compatible(reading(12, 12, 0.5), reading(12.5, 12.5)), false);
    assert.equal(compatible(reading(12.5, 12.5), reading(12, 12, 0.5)), false);
    assert.equal(compatible(reading(11.6, 11.6), reading(12, 12, 0.5)), true);
    assert.equal(compatible(reading(11.5, 11.5), reading(12, 12, 0.5)), false);
  });

  it('reads a hedged rounded value as what rounds to it, not that widened again by the hedge', () => {
    const about = (value: number, precision: number): Reading => ({ value, min: value * 0.9, max: value * 1.1, approximate: true, unit: 'USD', precision });
    assert.equal(compatible(about(2e6, 5e5), about(3e6, 5e5)), false, '“an estimated $2 million” and “an estimated $3 million” differ');
    assert.equal(compatible(about(2e6, 5e5), reading(2.4e6, 2.4e6, 5e4)), true, '“about $2 million” covers $2.4 million');
    assert.equal(compatible(about(50, 0), reading(54, 54)), true, '“about 50” keeps its own tenth where nothing is rounded');
    assert.equal(compatible(about(50, 0), reading(56, 56)), false);
  });
});
