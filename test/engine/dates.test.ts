import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/engine';
import { readCases } from '../support/fixtures';

interface DateCase {
  date: string;
  text: string;
  mentions: Array<{ text: string; resolves: string }>;
}

describe('dates (fixtures/dates.yaml)', () => {
  for (const c of readCases<DateCase>('dates.yaml')) {
    it(`${c.text} [${c.date}]`, () => {
      const dates = analyzeDocument(c.text, { fallbackDate: c.date }).dates;
      assert.deepEqual(dates.map((d) => ({ text: d.text, resolves: d.date })), c.mentions);
    });
  }

  it('reads the article date from front matter before a dateline', () => {
    const a = analyzeDocument('---\ndate: 2026-03-09\n---\nLONDON, March 2, 2026 — Text.');
    assert.equal(a.meta.date, '2026-03-09');
    assert.equal(a.meta.dateSource, 'front matter');
  });

  it('reads the article date from a dateline', () => {
    assert.equal(analyzeDocument('Headline\n\nLONDON, March 2, 2026 — Text.').meta.date, '2026-03-02');
    assert.equal(analyzeDocument('Headline\nLONDON 1996-08-30\nText.').meta.date, '1996-08-30');
  });

  it('falls back to the date it is given (file name), and says so', () => {
    const a = analyzeDocument('No date in here.', { fallbackDate: '2026-01-02', fallbackDateSource: 'file' });
    assert.equal(a.meta.date, '2026-01-02');
    assert.equal(a.meta.dateSource, 'file');
  });
});
