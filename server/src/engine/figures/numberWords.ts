/**
 * Numbers written in words, of any length: "Ninety five", "one hundred and sixteen", "two hundred
 * and forty-seven thousand", "one hundred twenty fifth" (an ordinal), "two point five". A small
 * grammar over the words, not a list of phrases.
 */
import { table } from '../text/table';
import type { Token } from '../text/tokens';
import { fromDigits, integer, plus, shift, type Exact } from './exact';

const UNITS: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

const TENS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

const ORDINAL_UNITS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
});

const ORDINAL_TENS: Readonly<Record<string, number>> = table({
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
});

/** Words that multiply what precedes them, as powers of ten: "two hundred", "4.5 million", "3 lakh". */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  hundred: 2, thousand: 3, lakh: 5, lakhs: 5, million: 6, crore: 7, crores: 7, billion: 9, trillion: 12,
});

/** Abbreviated scales written apart from digits: "1.2 bn", "5 mln" (wire style), "3 tn". */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = table({
  k: 3, mn: 6, mln: 6, mio: 6, mil: 6, bn: 9, bln: 9, tn: 12, trn: 12,
});

/** Ordinal scale words: "hundredth", "millionth". */
const ORDINAL_SCALES: Readonly<Record<string, number>> = table({
  hundredth: 2, thousandth: 3, millionth: 6, billionth: 9,
});

/** Denominators written as words: "a third", "two-thirds", "three quarters", "one tenth". */
export const DENOMINATORS: Readonly<Record<string, number>> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
});

/** Vague plurals and the interval each is read as: "dozens" is 24–99. */
export const VAGUE: Readonly<Record<string, readonly [number, number]>> = table({
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e8],
  billions: [2e9, 9.99e11],
});

/** The value of one cardinal word or hyphenated compound below 100 ("seventy-five"), or undefined. */
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

/** The value of one ordinal word below 100 ("fifth", "twenty-fifth", "twentieth"), or undefined. */
export function ordinalWord(lower: string): number | undefined {
  const unit = ORDINAL_UNITS[lower] ?? ORDINAL_TENS[lower];
  if (unit !== undefined) return unit;
  const dash = hyphenAt(lower);
  if (dash > 0) {
    const t = TENS[lower.slice(0, dash)];
    const u = ORDINAL_UNITS[lower.slice(dash + 1)];
    if (t !== undefined && u !== undefined && u < 10) return t + u;
  }
  return undefined;
}

/** "two-thirds" → [2, 3], "one-half" → [1, 2]; undefined when `lower` is no hyphenated fraction. */
export function hyphenatedFraction(lower: string): readonly [number, number] | undefined {
  const dash = hyphenAt(lower);
  if (dash <= 0) return undefined;
  const n = UNITS[lower.slice(0, dash)];
  const d = DENOMINATORS[lower.slice(dash + 1)];
  return n !== undefined && n > 0 && d !== undefined ? [n, d] : undefined;
}

/** The index of the first hyphen (ASCII or non-breaking), or -1; cheaper than a regular expression. */
export function hyphenAt(word: string): number {
  const ascii = word.indexOf('-');
  return ascii !== -1 ? ascii : word.indexOf('‑');
}

/** A number read from words. */
export interface WordNumber {
  readonly value: Exact;
  /** Last token of the number. */
  readonly last: number;
  readonly ordinal: boolean;
  /** The power of ten of a closing scale word of a thousand or more ("247 thousand" → 3), else 0. */
  readonly scale: number;
  /** Digits stated after "point" ("two point five" → 1). */
  readonly decimals: number;
}

type Previous = 'none' | 'unit' | 'teen' | 'tens' | 'compound' | 'hundred' | 'scale' | 'and';

/**
 * The number spelled out from token `i`: units, tens, "hundred", scales of a thousand and more in
 * falling order, British "and" inside, an ordinal as the last word. Stops at the first word that
 * cannot continue it, so "two three-bedroom flats" reads "two" and "nineteen eighty" reads "nineteen".
 * `a` stands for one before a scale ("a hundred", "a million").
 */
export function readWordNumber(tokens: readonly Token[], i: number): WordNumber | undefined {
  let total = 0n;
  let group = 0n;
  let prev: Previous = 'none';
  let lastScale = Infinity;
  let scale = 0;
  let last = -1;
  let ordinal = false;
  let hundredInGroup = false;
  for (let j = i; j < tokens.length; j++) {
    const w = tokens[j].lower;
    if (j === i && (w === 'a' || w === 'an')) {
      const next = tokens[j + 1]?.lower ?? '';
      if (SCALE_WORDS[next] === undefined) return undefined;
      group = 1n;
      prev = 'unit';
      continue;
    }
    if (w === 'and') {
      const next = tokens[j + 1]?.lower ?? '';
      const continues = cardinalWord(next) !== undefined || ordinalWord(next) !== undefined;
      if ((prev === 'hundred' || prev === 'scale') && continues) {
        prev = 'and';
        continue;
      }
      break;
    }
    const unit = UNITS[w];
    const tens = unit === undefined ? TENS[w] : undefined;
    const compound = unit === undefined && tens === undefined ? cardinalWord(w) : undefined;
    const afterGroupStart = prev === 'none' || prev === 'hundred' || prev === 'scale' || prev === 'and';
    if (unit !== undefined) {
      if (!(afterGroupStart || (prev === 'tens' && unit > 0 && unit < 10))) break;
      group += BigInt(unit);
      prev = unit < 10 ? 'unit' : 'teen';
      last = j;
      continue;
    }
    if (tens !== undefined || compound !== undefined) {
      if (!afterGroupStart) break;
      group += BigInt((tens ?? compound)!);
      prev = tens !== undefined ? 'tens' : 'compound';
      last = j;
      continue;
    }
    const ord = ordinalWord(w);
    if (ord !== undefined) {
      const simple = ORDINAL_UNITS[w] !== undefined;
      if (!(afterGroupStart || (prev === 'tens' && simple && ord < 10))) break;
      // "two thirds", "one fifth" are fractions, not "2" and "3rd": the caller reads those.
      if (prev === 'unit' || prev === 'teen') break;
      group += BigInt(ord);
      ordinal = true;
      last = j;
      break;
    }
    if (w === 'hundred') {
      if (!(prev === 'unit' || prev === 'teen') || hundredInGroup) break;
      group *= 100n;
      hundredInGroup = true;
      prev = 'hundred';
      last = j;
      continue;
    }
    const big = SCALE_WORDS[w];
    if (big !== undefined && big >= 3) {
      if (group === 0n || big >= lastScale) break;
      total += group * 10n ** BigInt(big);
      group = 0n;
      lastScale = big;
      scale = big;
      hundredInGroup = false;
      prev = 'scale';
      last = j;
      continue;
    }
    const ordScale = ORDINAL_SCALES[w];
    if (ordScale !== undefined && (prev === 'none' || prev === 'unit' || prev === 'teen' || prev === 'tens' || prev === 'compound')) {
      group = (prev === 'none' ? 1n : group) * 10n ** BigInt(ordScale);
      ordinal = true;
      last = j;
      break;
    }
    if (w === 'point' && prev !== 'none' && prev !== 'and' && !ordinal) {
      // "two point five million": the digits after "point", one word each.
      let digits = '';
      let k = j + 1;
      for (; k < tokens.length; k++) {
        const d = UNITS[tokens[k].lower];
        if (d === undefined || d > 9) break;
        digits += d;
      }
      if (digits === '') break;
      const whole = total + group;
      const withDecimals = plus(integer(whole), fromDigits('0', digits));
      const after = SCALE_WORDS[tokens[k]?.lower ?? ''];
      if (after !== undefined && after >= 3 && whole < 1000n) {
        return { value: shift(withDecimals, after), last: k, ordinal: false, scale: after, decimals: digits.length };
      }
      return { value: withDecimals, last: k - 1, ordinal: false, scale: 0, decimals: digits.length };
    }
    break;
  }
  if (last < 0) return undefined;
  // "247 thousand" is rounded to thousands; "five thousand three hundred and twenty" is not rounded at all.
  return { value: integer(total + group), last, ordinal, scale: group === 0n ? scale : 0, decimals: 0 };
}

/** Multiplying words: "double", "triple"; "doubled", "tripling" are read from these stems. */
export const MULTIPLES: Readonly<Record<string, number>> = table({ double: 2, triple: 3, quadruple: 4, quintuple: 5 });
