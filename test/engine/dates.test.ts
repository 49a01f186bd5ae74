import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument, formatDay } from '../../server/src/engine';
import { expectCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface DateCase {
  /** The date the caller gives (a file name's), or null. */
  date: string | null;
  text: string;
}

const CASES = path.join(FIXTURES, 'dates.yaml');

/** Each date mention: its text and span, and the day it resolves to. */
expectCases<DateCase>('dates (fixtures/dates.yaml)', CASES, {
  name: (c) => `${c.text} [${c.date}]`,
  key: 'mentions',
  actual: (c) => analyzeDocument(c.text, { fallbackDate: c.date ?? undefined }).dates.map((d) => ({ text: d.text, span: [d.start, d.end], resolves: d.date })),
});

/** The article's own metadata: its date and where it comes from, title, event, front-matter span. */
expectCases<DateCase>('article dates (fixtures/dates.yaml)', CASES, {
  name: (c) => `${c.text} [${c.date}]`,
  key: 'meta',
  actual: (c) => {
    const m = analyzeDocument(c.text, { fallbackDate: c.date ?? undefined }).meta;
    return { date: m.date, source: m.dateSource, title: m.title, event: m.event, locale: m.locale, frontMatter: m.frontMatter && [m.frontMatter.start, m.frontMatter.end] };
  },
});

describe('calendar', () => {
  it('names every weekday and month in messages', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'].map(formatDay);
    assert.deepEqual(days, ['Sun, 1 Mar 2026', 'Mon, 2 Mar 2026', 'Tue, 3 Mar 2026', 'Wed, 4 Mar 2026', 'Thu, 5 Mar 2026', 'Fri, 6 Mar 2026', 'Sat, 7 Mar 2026']);
    const months = Array.from({ length: 12 }, (_, i) => formatDay(`2025-${String(i + 1).padStart(2, '0')}-15`).slice(8, 11));
    assert.deepEqual(months, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    assert.equal(formatDay('not a date'), 'not a date');
    assert.equal(formatDay('x2026-03-01'), 'x2026-03-01');
  });
});
