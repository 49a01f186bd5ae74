import * as assert from 'node:assert/strict';
import { analyzeDocument, quantityKey, Story, type Article, type PlacedClaim } from '../../server/src/engine';

/** One article per [day, sentence]: the story's reports of the injured, in any order. */
function story(reports: ReadonlyArray<readonly [string, string]>): { story: Story; claims: PlacedClaim[] } {
  const articles: Article[] = reports.map(([day, sentence], i) => ({
    doc: `${i}.news`, label: `${day}.news`, analysis: analyzeDocument(`---\ndate: ${day}\n---\n${sentence}\n`),
  }));
  const s = Story.of({ id: 'fire', articles, facts: [] });
  const claims = articles.map((article) => ({ article, claim: article.analysis.claims[0], index: 0 }));
  return { story: s, claims };
}

describe('timelines of a quantity', () => {
  it('lists the values by day, and finds where a value came back after it was superseded', () => {
    const { story: s, claims } = story([
      ['2026-11-27', 'Nine workers were injured, officials said.'],
      ['2026-11-30', 'Ten workers were injured, officials said.'],
      ['2026-12-02', 'Nine workers were injured, officials said.'],
      ['2026-12-05', 'Twelve workers were injured, officials said.'],
    ]);
    const timeline = s.timeline(quantityKey(claims[0].claim))!;
    assert.equal(timeline.text(), '9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2) → 12 (Dec 5)');
    assert.deepEqual(timeline.stretches, [{ from: '2026-11-27', to: '2026-12-02' }]);
    // Inside the stretch every change is a disagreement; after it, a new value is an update again.
    const [nine, ten, nineAgain, twelve] = claims;
    assert.equal(s.compare(ten, nine).verdict, 'conflict');
    assert.equal(s.compare(nineAgain, ten).verdict, 'conflict');
    assert.equal(s.compare(nineAgain, nine).verdict, 'agrees');
    assert.equal(s.compare(twelve, nineAgain).verdict, 'update');
    const c = s.compare(nineAgain, ten);
    assert.equal(c.verdict === 'conflict' && c.timeline, timeline.text());
  });

  it('calls a change an update when later reports keep the new value', () => {
    const { story: s, claims } = story([
      ['2026-11-27', 'Nine workers were injured, officials said.'],
      ['2026-11-30', 'Ten workers were injured, officials said.'],
      ['2026-12-02', 'About 10 workers were injured, officials said.'],
    ]);
    assert.deepEqual(s.timeline(quantityKey(claims[0].claim))!.stretches, []);
    assert.equal(s.compare(claims[1], claims[0]).verdict, 'update');
  });

  it('reads hedged figures as the intervals they allow', () => {
    const { story: s, claims } = story([
      ['2026-03-02', 'About 50 people were evacuated, officials said.'],
      ['2026-03-03', 'Ninety people were evacuated, officials said.'],
      ['2026-03-04', 'Some 52 people were evacuated, officials said.'],
    ]);
    const timeline = s.timeline(quantityKey(claims[0].claim))!;
    assert.equal(timeline.text(), 'about 50 (Mar 2) → 90 (Mar 3) → about 52 (Mar 4)');
    assert.deepEqual(timeline.stretches, [{ from: '2026-03-02', to: '2026-03-04' }]);
  });

  it('shows a day\'s differing reports together, a long timeline elided, and the year when it changes', () => {
    const sameDay = story([['2026-03-09', 'Police arrested 58 people on Monday.'], ['2026-03-10', 'Police arrested 59 people on Monday.']]);
    assert.equal(sameDay.story.timeline(quantityKey(sameDay.claims[0].claim))!.text(), '58 / 59 (Mar 9)');
    const days = ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06'];
    const long = story(days.map((d, i) => [d, `${i + 2} people were injured, officials said.`] as const));
    assert.equal(long.story.timeline(quantityKey(long.claims[0].claim))!.text(),
      '2 (Dec 28 2026) → 3 (Dec 29 2026) → 4 (Dec 30 2026) → … → 7 (Jan 2 2027) → 8 (Jan 3 2027) → 9 (Jan 4 2027) → 10 (Jan 5 2027) → 11 (Jan 6 2027)');
  });
});

describe('a story\'s disputed quantities', () => {
  it('lists a quantity that went back and forth, with its timeline and one claim per article and value', () => {
    const { story: s } = story([
      ['2026-11-27', 'Nine workers were injured, officials said.'],
      ['2026-11-30', 'Ten workers were injured, officials said.'],
      ['2026-12-02', 'Nine workers were injured, officials said.'],
    ]);
    const [dispute] = s.disputes(() => false);
    assert.deepEqual(dispute.reasons, ['went back and forth']);
    assert.equal(dispute.timeline?.text(), '9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2)');
    assert.deepEqual(dispute.claims.map((c) => c.claim.figure.text), ['Nine', 'Ten', 'Nine']);
  });

  it('lists nothing for a steady update, unless a finding is on one of its figures', () => {
    const { story: s, claims } = story([
      ['2026-11-27', 'Nine workers were injured, officials said.'],
      ['2026-11-30', 'Ten workers were injured, officials said.'],
    ]);
    assert.deepEqual(s.disputes(() => false), []);
    assert.deepEqual(s.disputes((p) => p.claim === claims[1].claim).map((d) => d.reasons), [['flagged in Problems']]);
  });
});
