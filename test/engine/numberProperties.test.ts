import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, type Figure } from '../../server/src/engine';

/** English words for `n`, written by the test itself: "two thousand and five", "forty-seven" or "forty seven". */
const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const GROUPS = ['', ' thousand', ' million', ' billion'];

function below100(n: number, hyphen: boolean): string {
  if (n < 20) return ONES[n];
  const unit = n % 10;
  return TENS[Math.floor(n / 10)] + (unit ? (hyphen ? '-' : ' ') + ONES[unit] : '');
}

function below1000(n: number, and: boolean, hyphen: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds ? `${ONES[hundreds]} hundred` : '';
  if (!rest) return head;
  return head ? `${head}${and ? ' and ' : ' '}${below100(rest, hyphen)}` : below100(rest, hyphen);
}

function inWords(n: number, and: boolean, hyphen: boolean): string {
  const parts: string[] = [];
  for (let g = GROUPS.length - 1; g >= 0; g--) {
    const group = Math.floor(n / 1000 ** g) % 1000;
    if (!group) continue;
    // British "two thousand and five": "and" before a last group under a hundred.
    const joiner = and && g === 0 && parts.length > 0 && group < 100 ? 'and ' : '';
    parts.push(joiner + below1000(group, and, hyphen) + GROUPS[g]);
  }
  return parts.join(' ');
}

/** "1234567" → "1,234,567". */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A decimal written with `decimals` digits after the point, no trailing zero: 1234 with 2 → "12.34", 1250 → "12.5". */
function decimal(units: number, decimals: number): string {
  const s = String(units).padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** A decimal string × 10^places (places ≥ 0), as a plain decimal string, by moving the point: ("0.1", 3) → "100". */
function shifted(value: string, places: number): string {
  const [int, frac = ''] = value.split('.');
  const digits = int + frac;
  const point = int.length + places;
  const whole = (point >= digits.length ? digits.padEnd(point, '0') : digits.slice(0, point)).replace(/^0+(?=\d)/, '');
  const rest = point >= digits.length ? '' : digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

interface Written { text: string; exact: string; sentence: (r: string) => string }

const people = (r: string) => `Officials said ${r} people took part.`;
const spend = (r: string) => `The council agreed to spend ${r} on the bridge.`;
const share = (r: string) => `Support for the plan reached ${r} in the latest poll.`;

const count = fc.integer({ min: 2, max: 999_999_999 });
const SCALES: ReadonlyArray<readonly [string, number]> = [[' thousand', 3], [' million', 6], [' billion', 9], [' trillion', 12], ['k', 3], ['m', 6], ['bn', 9], [' mln', 6], [' bn', 9]];

/** Every way the tests write a value: digits, separators, words, scaled, money, percent. */
const written: fc.Arbitrary<Written> = fc.oneof(
  count.filter((n) => n < 1_000_000).map((n) => ({ text: String(n), exact: String(n), sentence: people })),
  count.map((n) => ({ text: grouped(String(n)), exact: String(n), sentence: people })),
  fc.tuple(count, fc.boolean(), fc.boolean()).map(([n, and, hyphen]) => ({ text: inWords(n, and, hyphen), exact: String(n), sentence: people })),
  fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...SCALES)).map(([units, decimals, [word, places]]) => {
    const mantissa = decimal(units, decimals);
    return { text: `${mantissa}${word}`, exact: shifted(mantissa, places), sentence: people };
  }),
  fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(['$', ' billion', 9] as const, ['£', 'm', 6] as const, ['€', 'bn', 9] as const, ['US$', ' million', 6] as const)).map(([units, decimals, [sign, word, places]]) => {
    const mantissa = decimal(units, decimals);
    return { text: `${sign}${mantissa}${word}`, exact: shifted(mantissa, places), sentence: spend };
  }),
  count.map((n) => ({ text: `$${grouped(String(n))}`, exact: String(n), sentence: spend })),
  fc.tuple(count, fc.constantFrom(' euros', ' dollars', ' Swiss francs', ' yen')).map(([n, word]) => ({ text: `${grouped(String(n))}${word}`, exact: String(n), sentence: spend })),
  fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('%', ' percent', ' per cent', ' pct')).map(([units, decimals, word]) => {
    const value = decimal(units, decimals);
    return { text: `${value}${word}`, exact: value, sentence: share };
  }),
  fc.tuple(fc.integer({ min: 2, max: 99 }), fc.constantFrom(' percent', ' per cent')).map(([n, word]) => ({ text: `${inWords(n, false, true)}${word}`, exact: String(n), sentence: share })),
);

/** News-like text heavy in numbers, units and separators, to reach the reader's rules. */
const numbery = fc.array(
  fc.tuple(fc.oneof(
    fc.constantFrom('$', '£', '€', 'US$', '-', '−', '+', '%', '/', '~', '½', '°', 'C', 'km', 'bn', 'm', 'k', 'million', 'percent', 'per cent',
      'percentage points', 'basis points', 'cents', 'a share', 'per barrel', 'between', 'and', 'to', 'or', 'from', 'about', 'more than',
      'at least', 'up to', 'nearly', 'or so', 'or more', 'half', 'a', 'third', 'of', 'two', 'thirds', 'one', 'hundred', 'thousand',
      'dozen', 'dozens', 'tens', 'of thousands', 'won', 'lost', 'aged', 'March', 'in', 'p.m.', 'Flight', 'No.', '#', '.', ',', ':', '\n',
      'https://example.com/a%20b', 'people', 'down', 'minus', 'double', 'tripled', 'times as', 'a year ago', '---\nlocale: de\n---\n'),
    fc.integer({ min: -100000, max: 10_000_000 }).map(String),
    fc.tuple(fc.nat(99999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
    fc.tuple(fc.nat(999), fc.nat(999)).map(([a, b]) => `${a},${String(b).padStart(3, '0')}`),
    fc.string({ maxLength: 4 }),
  ), fc.constantFrom(' ', '', ' ', '\u00a0')),
  { maxLength: 30 },
).map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));

function only(text: string): Figure {
  const figures = analyzeDocument(text).figures;
  assert.equal(figures.length, 1, `${JSON.stringify(text)}: ${JSON.stringify(figures.map((f) => f.text))}`);
  return figures[0];
}

describe('number reading properties', () => {
  it('reads back every way of writing a value: its text, its exact decimal and its value', () => {
    fc.assert(fc.property(written, (w) => {
      const f = only(w.sentence(w.text));
      assert.equal(f.text, w.text);
      assert.equal(f.exact, w.exact, w.text);
      assert.equal(f.value, Number(w.exact), w.text);
      assert.equal(f.kind, 'quantity');
    }), { numRuns: 1500, seed: 20261211 });
  });

  it('never makes a figure whose text is not its span, nor an interval that runs backwards', () => {
    fc.assert(fc.property(fc.oneof(numbery, fc.string({ maxLength: 120 })), (text) => {
      for (const f of analyzeDocument(text).figures) {
        assert.equal(text.slice(f.start, f.end), f.text);
        if (f.min !== null && f.max !== null) assert.ok(f.min <= f.max, `${f.text}: ${f.min} > ${f.max}`);
        if (f.kind === 'quantity' && f.exact !== null) assert.equal(Number(f.exact), f.value, f.text);
        assert.ok(f.precision >= 0, f.text);
      }
    }), { numRuns: 1500, seed: 7 });
  });

  it('reads the same text the same way every time', () => {
    fc.assert(fc.property(numbery, (text) => {
      assert.deepEqual(analyzeDocument(text).figures, analyzeDocument(text).figures);
    }), { numRuns: 300, seed: 11 });
  });
});
