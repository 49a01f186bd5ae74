import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { analyzeDocument, formatDay } from '../../server/src/engine';
import { readSimpleFrontMatter } from '../../server/src/engine/dates/articleMeta';
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

describe('front matter read without the YAML parser', () => {
  const key = fc.oneof(fc.constantFrom('date', 'title', 'event', 'locale', 'lang', 'true', 'null', 'x-y', 'a_1', '_x', 'Date'), fc.string({ maxLength: 4 }));
  const value = fc.oneof(
    fc.constantFrom('2026-03-09', '2026-3-9', '2026-03-09T10:00:00Z', 'Flood in the valley', "It's over", 'null', 'NULL', 'true', 'False', 'yes', '~', '12', '0x1F',
      '1e3', '.inf', '.nan', 'a # note', 'a: b', 'a:b', '[a, b]', '{a: 1}', '"quoted"', "'quoted'", '- item', '&anchor x', '*alias', '!tag x', '|', '>', '%x', '@x', '`x',
      'en-GB', 'de', 'x, y', 'tab\there', 'Zürich', 'a\u00a0', '\u0085x', 'x\u0000'),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  const usual = fc.tuple(
    fc.constantFrom('date', 'title', 'event', 'locale', 'Date', 'x-y', 'a_1'),
    fc.constantFrom(': ', ':  '),
    fc.oneof(fc.constantFrom('2026-03-09', 'Flood in the valley', "It's over", 'en-GB', 'Zürich', 'null', 'True'), fc.string({ maxLength: 8 }).map((s) => `A${s}`)),
    fc.constantFrom('', ' '),
  ).map((parts) => parts.join(''));
  const line = fc.oneof(
    { arbitrary: usual, weight: 6 },
    { arbitrary: fc.tuple(key, fc.constantFrom(': ', ':  ', ':', ' : ', ':\t'), value, fc.constantFrom('', ' ', '  ', '\t')).map((parts) => parts.join('')), weight: 2 },
    { arbitrary: fc.constantFrom('', '# comment', '  indented: x', '- x', '...', 'key:'), weight: 1 },
  );
  const frontMatter = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

  it('reads what the YAML parser reads, or leaves the text to it', () => {
    let read = 0;
    fc.assert(fc.property(frontMatter, (yaml) => {
      const simple = readSimpleFrontMatter(yaml);
      if (simple === undefined) return;
      read++;
      assert.deepEqual(simple, parseYaml(yaml));
    }), { numRuns: 4000, seed: 20261130 });
    assert.ok(read > 400, `only ${read} of the generated front matters were read without the parser`);
  });

  it('reads the usual front matter', () => {
    assert.deepEqual(readSimpleFrontMatter('date: 2026-03-09\ntitle: Flood in the valley'), { date: '2026-03-09', title: 'Flood in the valley' });
    assert.equal(readSimpleFrontMatter('date: 2026-03-09\ndate: 2026-03-10'), undefined); // YAML: a repeated key is an error
  });
});
