import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import { expectCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface DateCase {
  date: string;
  text: string;
}

expectCases<DateCase>('dates (fixtures/dates.yaml)', path.join(FIXTURES, 'dates.yaml'), {
  name: (c) => `${c.text} [${c.date}]`,
  key: 'mentions',
  actual: (c) => analyzeDocument(c.text, { fallbackDate: c.date }).dates.map((d) => ({ text: d.text, span: [d.start, d.end], resolves: d.date })),
});

describe('article dates', () => {
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
