/** Spelled-out numbers: "seventy-five", "two hundred and twelve", "a dozen", "two-thirds". */
import { table } from '../text/table';

const UNITS: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

const TENS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Words that scale what precedes them: "two hundred", "1.2 million", "3 bn". */
export const SCALES: Readonly<Record<string, number>> = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12,
});

/** Fractions written as words: "a third", "two-thirds", "half". Value as a proportion of 1. */
const FRACTIONS: Readonly<Record<string, number>> = table({
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
});

/** The value of one number word or hyphenated compound ("seventy-five"), or undefined. */
export function cardinalWord(lower: string): number | undefined {
  const unit = UNITS[lower];
  if (unit !== undefined) return unit;
  const tens = TENS[lower];
  if (tens !== undefined) return tens;
  const dash = hyphenAt(lower);
  if (dash > 0) {
    const t = TENS[lower.slice(0, dash)];
    const u = UNITS[lower.slice(dash + 1)];
    if (t !== undefined && u !== undefined && u > 0 && u < 10) return t + u;
  }
  return undefined;
}

/** The index of the first hyphen (ASCII or non-breaking), or -1; cheaper than a regular expression. */
function hyphenAt(word: string): number {
  const ascii = word.indexOf('-');
  return ascii >= 0 ? ascii : word.indexOf('‑');
}

/** "third" → 1/3, "two-thirds" → 2/3; undefined when `lower` is no fraction word. */
export function fractionWord(lower: string): number | undefined {
  const f = FRACTIONS[lower];
  if (f !== undefined) return f;
  const dash = hyphenAt(lower);
  if (dash > 0) {
    const n = UNITS[lower.slice(0, dash)];
    const part = FRACTIONS[lower.slice(dash + 1)];
    if (n !== undefined && part !== undefined) return n * part;
  }
  return undefined;
}

/** Digits with thousands separators or a decimal point: "3,455" → 3455, "1.2" → 1.2. */
export function parseNumeral(text: string): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return undefined;
}

/** Vague plural quantities and the interval each is read as. */
export const VAGUE: Readonly<Record<string, readonly [number, number]>> = table({
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e8],
  billions: [2e9, 9.99e11],
});
