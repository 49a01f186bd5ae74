/**
 * Stage 1: the number at a token, before units and modifiers. Each rule reads one way of writing a
 * number; the first that matches wins. Order matters only where two could read the same token
 * ("3/4" before "3"; "a triple murder" before "triple").
 */
import { TokenKind, type Token } from '../text/tokens';
import { table } from '../text/table';
import { WordProperty } from '../text/vocabulary';
import { Draft, halfStep, type ReadContext, type Rule } from './draft';
import { compare, integer, plus, ratio, shift, times, toDecimal, type Exact } from './exact';
import { isDigitCode, scanNumeral, type Numeral } from './numerals';
import {
  DENOMINATORS, MULTIPLES, SCALE_WORDS, VAGUE, cardinalWord, hyphenAt, hyphenatedFraction, readWordNumber,
} from './numberWords';
import { GLUED_MEASURES, MEASURES } from './unitWords';
import { multipleVictims } from './casualtyCounts';
import { glued, isDigits } from './tokenTests';

/** A number rule, and whether it reads numbers that start with a digit, with a word, or either. */
export type NumberRule = Rule<(ctx: ReadContext, i: number) => Draft | undefined> & { readonly reads: 'digits' | 'words' | 'any' };

/** Glued scale suffixes: "10k", "4.5m", "1.2bn", "$1.2b", "10M", "2mil", "3tn". */
const SCALE_SUFFIXES: Readonly<Record<string, number>> = table({
  k: 3, K: 3, m: 6, M: 6, mn: 6, mln: 6, mil: 6, b: 9, B: 9, bn: 9, bln: 9, tn: 12, trn: 12,
});
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Denominators a slash fraction may have ("3/4", "2/3"); others are dates, scores or codes ("9/11", "24/7"). */
const SLASH_DENOMINATORS = new Set(['2', '3', '4', '5', '6', '8', '10', '12', '16', '32', '64', '100']);
const VULGAR_FRACTIONS: Readonly<Record<string, readonly [number, number]>> = table({
  '½': [1, 2], '⅓': [1, 3], '⅔': [2, 3], '¼': [1, 4], '¾': [3, 4], '⅕': [1, 5], '⅖': [2, 5], '⅗': [3, 5],
  '⅘': [4, 5], '⅙': [1, 6], '⅚': [5, 6], '⅛': [1, 8], '⅜': [3, 8], '⅝': [5, 8], '⅞': [7, 8],
});

/** After "double", "triple", "twice": what makes it a multiple of something ("double the", "twice as"). */
const MULTIPLE_NEXT = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'that', 'what', 'in', 'to', 'from', 'by', 'over', 'since', 'within', 'again', 'as', 'this', 'last']);
const FOLD_WORDS: Readonly<Record<string, number>> = table({
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9,
  tenfold: 10, hundredfold: 100, thousandfold: 1000,
});
/** Units a fraction may measure directly: "a half percentage point", "a quarter percent". */
const UNIT_AFTER_FRACTION = new Set(['percentage', 'percent', 'pct', 'per', '%']);

/** Determiners after which "half" is a noun ("the first half", "a half-point"), not a fraction. */
const HALF_AS_NOUN = new Set(['the', 'first', 'second', 'other', 'and', 'a', 'an', 'one', 'each', 'this', 'that', 'latter', 'former']);
/** What may follow "half" as a fraction: "half of", "half the workers", "half its staff". */
const HALF_NEXT = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'those', 'these', 'them']);

/** The token (from `i`) that ends at `offset`, or the one containing it; -1 past the sentence. */
export function tokenAt(tokens: readonly Token[], i: number, offset: number): number {
  let k = i;
  while (k < tokens.length && tokens[k].end < offset) k++;
  return k < tokens.length ? k : -1;
}

/** Digits, with the article's separators and any glued scale or ordinal suffix. */
function readDigits(ctx: ReadContext, i: number): Draft | undefined {
  const t = ctx.tokens[i];
  if (!isDigitCode(t.text.charCodeAt(0))) return undefined;
  const n = scanNumeral(ctx.text, t.start, ctx.format);
  if (!n) return undefined;
  const last = tokenAt(ctx.tokens, i, n.end);
  if (last < 0) return undefined;
  const suffix = ctx.text.slice(n.digitsEnd, ctx.tokens[last].end);
  const range = gluedScaleRange(ctx, i, last, n);
  if (range) return range;
  const scale = SCALE_SUFFIXES[suffix];
  if (scale !== undefined && n.end === ctx.tokens[last].end) {
    const d = new Draft('glued-scale', i, last, n.value, false, n.decimals);
    d.shiftBy(scale);
    d.scaled = true;
    return d;
  }
  if (ORDINAL_SUFFIXES.has(suffix) && n.decimals === 0 && !n.grouped) {
    const d = new Draft('digit-ordinal', i, last, n.value, false);
    d.kind = 'ordinal';
    return d;
  }
  const d = new Draft(n.decimals > 0 ? 'decimal' : n.grouped ? 'digits-grouped' : 'digits', i, last, n.value, false, n.decimals);
  d.suffix = suffix;
  return d;
}

/** "£2m-3m", "10k-20k": a range the tokenizer keeps in one word, each end with its scale. */
function gluedScaleRange(ctx: ReadContext, i: number, last: number, n: Numeral): Draft | undefined {
  const { text, tokens } = ctx;
  const loScale = SCALE_SUFFIXES[n.suffix];
  const dash = text[n.end];
  if (loScale === undefined || n.end >= tokens[last].end || (dash !== '-' && dash !== '–') || !isDigitCode(text.charCodeAt(n.end + 1))) return undefined;
  const right = scanNumeral(text, n.end + 1, ctx.format);
  const hiScale = right ? SCALE_SUFFIXES[right.suffix] : undefined;
  if (!right || hiScale === undefined || right.end !== tokens[last].end) return undefined;
  const lo = shift(n.value, loScale);
  const hi = shift(right.value, hiScale);
  if (compare(lo, hi) >= 0) return undefined;
  const d = new Draft('glued-scale', i, last, null, false);
  d.lo = lo;
  d.hi = hi;
  d.approximate = true;
  d.scaled = true;
  d.exponent = hiScale;
  const pLo = halfStep(loScale, n.decimals);
  const pHi = halfStep(hiScale, right.decimals);
  d.fixedPrecision = compare(pLo, pHi) >= 0 ? pLo : pHi;
  d.rules.push('dash-range');
  return d;
}

/** "3/4", "1 1/2", "4-3/8" (wire copy's bond prices and rates): a proper fraction with a common denominator, alone or after a whole number. */
function readSlashFraction(ctx: ReadContext, i: number): Draft | undefined {
  const { tokens, text } = ctx;
  const whole = tokens[i];
  if (whole.kind !== TokenKind.Number) return undefined;
  const next = tokens[i + 1];
  const spaced = next?.kind === TokenKind.Number && next.start === whole.end + 1 && text[whole.end] === ' ';
  const hyphened = next?.text === '-' && glued(whole, next) && tokens[i + 2]?.kind === TokenKind.Number && glued(next, tokens[i + 2]);
  const at = spaced ? i + 1 : hyphened ? i + 2 : i;
  const num = tokens[at];
  const slash = tokens[at + 1];
  const den = tokens[at + 2];
  // The slash first: most numbers have none, and need no pattern run on their digits.
  if (!num || slash?.text !== '/' || !glued(num, slash) || !glued(slash, den) || den.kind !== TokenKind.Number) return undefined;
  if (!/^\d+$/.test(whole.text) || !SLASH_DENOMINATORS.has(den.text) || !/^\d+$/.test(num.text) || Number(num.text) >= Number(den.text)) return undefined;
  // "3/4/2025" is a date; "12/3/4" too.
  if (text[den.end] === '/' || text[num.start - 1] === '/') return undefined;
  const fraction = ratio(Number(num.text), Number(den.text));
  const mixed = at !== i;
  const d = new Draft('slash-fraction', i, at + 2, mixed ? plus(integer(Number(whole.text)), fraction) : fraction, false, fractionDigits(fraction));
  d.exactMantissa = true;
  if (!mixed) d.unit = 'fraction';
  return d;
}

/** "½", "1½", "2¾". */
function readVulgarFraction(ctx: ReadContext, i: number): Draft | undefined {
  const { tokens } = ctx;
  const t = tokens[i];
  // The sign after digits first: most numbers have none, and need no test of their digits.
  const whole = t.kind === TokenKind.Number && glued(t, tokens[i + 1]) && VULGAR_FRACTIONS[tokens[i + 1].text] !== undefined && isDigits(t.text) ? t : undefined;
  const part = VULGAR_FRACTIONS[(whole ? tokens[i + 1] : t).text];
  if (!part) return undefined;
  const fraction = ratio(part[0], part[1]);
  const d = new Draft('vulgar-fraction', i, whole ? i + 1 : i, whole ? plus(integer(Number(whole.text)), fraction) : fraction, false, fractionDigits(fraction));
  d.exactMantissa = true;
  if (!whole) d.unit = 'fraction';
  return d;
}

/** Decimal digits of a fraction's exact decimal (0.25 → 2), or -1 when it has none (1/3). */
function fractionDigits(x: Exact): number {
  const decimal = toDecimal(x);
  if (decimal === null) return -1;
  const dot = decimal.indexOf('.');
  return dot < 0 ? 0 : decimal.length - dot - 1;
}

/**
 * "half", "a third of", "two thirds", "two-thirds", "three quarters of", "one-half"; with a scale or
 * unit after "of a" it multiplies it: "half a million", "a quarter of a billion", "half a mile".
 */
function readFractionWords(ctx: ReadContext, i: number): Draft | undefined {
  const { tokens } = ctx;
  const w = tokens[i].lower;
  let n: number | undefined;
  let den: number | undefined;
  let last = i;
  if (w === 'half') {
    if (HALF_AS_NOUN.has(tokens[i - 1]?.lower ?? '')) return undefined;
    n = 1;
    den = 2;
    const next = tokens[i + 1]?.lower ?? '';
    const multiplied = ofWhat(tokens, i + 1);
    if (multiplied === undefined && !HALF_NEXT.has(next)) return undefined;
  } else if (w === 'a' || w === 'an' || w === 'one') {
    const d = DENOMINATORS[tokens[i + 1]?.lower ?? ''];
    if (d === undefined || tokens[i + 1].lower.endsWith('s')) return undefined;
    // "a third of", "a quarter million", "one third", "a half percentage point", "rose by a half.":
    // not "a third officer" (an ordinal) nor "one second".
    const after = tokens[i + 2];
    const unitAfter = after !== undefined && (UNIT_AFTER_FRACTION.has(after.lower) || (MEASURES[after.lower] !== undefined && !after.lower.endsWith('s')));
    const ends = after === undefined || after.kind === TokenKind.Punct;
    if (!(after?.lower === 'of' || after?.lower === 'dozen' || SCALE_WORDS[after?.lower ?? ''] !== undefined || unitAfter || (ends && d <= 4) || (w === 'one' && d !== 2))) return undefined;
    if (unitAfter) {
      // The unit rules read "percentage point", "percent", "mile" after it.
      const part = new Draft('fraction-words', i, i + 1, ratio(1, d), true, fractionDigits(ratio(1, d)));
      part.exactMantissa = true;
      return part;
    }
    n = 1;
    den = d;
    last = i + 1;
  } else {
    const hyphenated = hyphenatedFraction(w);
    if (hyphenated) {
      [n, den] = hyphenated;
    } else {
      n = cardinalWord(w);
      const plural = tokens[i + 1]?.lower ?? '';
      den = DENOMINATORS[plural];
      if (n === undefined || n < 2 || n > 19 || den === undefined || !plural.endsWith('s')) return undefined;
      // "three quarters" of a year are periods unless "of" follows.
      if (den === 4 && tokens[i + 2]?.lower !== 'of') return undefined;
      last = i + 1;
    }
  }
  const fraction = ratio(n, den);
  const of = ofWhat(tokens, last + 1);
  if (of?.scale !== undefined) {
    const d = new Draft('fraction-of-scale', i, of.last, shift(fraction, of.scale), true, fractionDigits(fraction));
    d.exponent = of.scale;
    d.scaled = true;
    return d;
  }
  if (of?.dozen) {
    const d = new Draft('fraction-of-scale', i, of.last, times(fraction, integer(12)), true);
    d.exactMantissa = true;
    return d;
  }
  if (of?.unit !== undefined) {
    const d = new Draft('fraction-of-unit', i, of.last, fraction, true, fractionDigits(fraction));
    d.exactMantissa = true;
    d.unit = of.unit;
    return d;
  }
  const d = new Draft('fraction-words', i, last, fraction, true, fractionDigits(fraction));
  d.exactMantissa = true;
  d.unit = 'fraction';
  return d;
}

/** "(of) a million", "(of) a mile", "a dozen" after a fraction: what it is a fraction of. */
function ofWhat(tokens: readonly Token[], at: number): { last: number; scale?: number; unit?: string; dozen?: boolean } | undefined {
  let k = at;
  if (tokens[k]?.lower === 'of') k++;
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') {
    // "a quarter million", "half million", "a half dozen"
    if (k === at && tokens[k]?.lower === 'dozen') return { last: k, dozen: true };
    const scale = SCALE_WORDS[tokens[k]?.lower ?? ''];
    return k === at && scale !== undefined && scale >= 3 ? { last: k, scale } : undefined;
  }
  const what = tokens[k + 1]?.lower ?? '';
  const scale = SCALE_WORDS[what];
  if (scale !== undefined && scale >= 3) return { last: k + 1, scale };
  if (what === 'dozen') return { last: k + 1, dozen: true };
  const unit = MEASURES[what] ?? GLUED_MEASURES[what];
  if (unit !== undefined && !what.endsWith('s')) return { last: k + 1, unit };
  return undefined;
}

/** "doubled", "tripling", "double the", "twice as many", "threefold", "halved": a multiple (unit `times`). */
function readMultiple(ctx: ReadContext, i: number): Draft | undefined {
  const { tokens } = ctx;
  const w = tokens[i].lower;
  const next = tokens[i + 1]?.lower ?? '';
  let factor: Exact | undefined;
  if (MULTIPLES[w] !== undefined) {
    if (MULTIPLE_NEXT.has(next)) factor = integer(MULTIPLES[w]);
  } else if (w === 'twice' || w === 'thrice') {
    if (MULTIPLE_NEXT.has(next)) factor = integer(w === 'twice' ? 2 : 3);
  } else if (w === 'halved' || w === 'halving' || w === 'halves' && tokens[i - 1]?.kind === TokenKind.Word && !HALF_AS_NOUN.has(tokens[i - 1].lower)) {
    factor = ratio(1, 2);
  } else if (FOLD_WORDS[w] !== undefined) {
    factor = integer(FOLD_WORDS[w]);
  } else {
    const dash = hyphenAt(w);
    const stem = dash > 0 && w.slice(dash + 1) === 'fold' ? cardinalWord(w.slice(0, dash)) : undefined;
    if (stem !== undefined) factor = integer(stem);
    else {
      const verb = multipleVerb(w);
      if (verb !== undefined) factor = integer(verb);
    }
  }
  if (!factor) return undefined;
  const d = new Draft('multiple', i, i, factor, true);
  d.exactMantissa = true;
  d.unit = 'times';
  return d;
}

/** "doubled", "tripling", "quadruples" → 2, 3, 4. */
function multipleVerb(w: string): number | undefined {
  for (const ending of ['d', 'ing']) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    const n = MULTIPLES[stem] ?? MULTIPLES[`${stem}e`];
    if (n !== undefined) return n;
  }
  return undefined;
}

const TENS_OF = new Set(['thousands', 'millions', 'billions']);

/** "dozens", "hundreds", "tens of thousands", "scores of", "a handful", "several hundred": an interval. */
function readVague(ctx: ReadContext, i: number): Draft | undefined {
  const { tokens } = ctx;
  const w = tokens[i].lower;
  const next = tokens[i + 1]?.lower ?? '';
  const after = tokens[i + 2]?.lower ?? '';
  let lo: number;
  let hi: number;
  let last = i;
  if ((w === 'tens' || w === 'hundreds') && next === 'of' && TENS_OF.has(after)) {
    // "tens of thousands" 20,000–99,000; "hundreds of millions" 200–999 million
    const scale = 10 ** SCALE_WORDS[after.slice(0, -1)];
    [lo, hi] = w === 'tens' ? [20 * scale, 99 * scale] : [200 * scale, 999 * scale];
    last = i + 2;
  } else if ((w === 'several' || (w === 'a' && next === 'few')) && (w === 'several' ? SCALE_WORDS[next] : SCALE_WORDS[after]) !== undefined) {
    // "several hundred", "a few thousand": 2–9 of the scale
    const at = w === 'several' ? i + 1 : i + 2;
    const scale = 10 ** SCALE_WORDS[tokens[at].lower];
    [lo, hi] = [2 * scale, 9 * scale];
    last = at;
  } else if (w === 'a' && next === 'handful') {
    [lo, hi] = [2, 9];
    last = i + 1;
  } else {
    const vague = VAGUE[w];
    if (!vague) return undefined;
    // "scores" is a verb and a noun too ("he scores", "the scores"): only "scores of" is a quantity.
    if (w === 'scores' && next !== 'of') return undefined;
    [lo, hi] = vague;
  }
  const d = new Draft('vague', i, last, null, true);
  d.lo = integer(lo);
  d.hi = integer(hi);
  d.approximate = true;
  return d;
}

/** "a dozen" (12). */
function readADozen(ctx: ReadContext, i: number): Draft | undefined {
  const { tokens } = ctx;
  if ((tokens[i].lower !== 'a' && tokens[i].lower !== 'an') || tokens[i + 1]?.lower !== 'dozen') return undefined;
  return new Draft('a-dozen', i, i + 1, integer(12), true);
}

/** Numbers in words of any length, and word ordinals ("one hundred twenty fifth"). */
function readWords(ctx: ReadContext, i: number): Draft | undefined {
  const w = readWordNumber(ctx.tokens, i);
  if (!w) return undefined;
  const d = new Draft(w.ordinal ? 'word-ordinal' : 'number-words', i, w.last, w.value, true, w.decimals);
  if (w.ordinal) d.kind = 'ordinal';
  if (w.scale >= 3) {
    d.exponent = w.scale;
    d.scaled = true;
  }
  return d;
}

/** "a triple murder", "double-murder charges": the casualty beat's count of victims. */
function readMultipleVictims(ctx: ReadContext, i: number): Draft | undefined {
  const multiple = multipleVictims(ctx.tokens, i);
  return multiple ? new Draft('multiple-victims', i, i, integer(multiple.count), true) : undefined;
}

export const NUMBER_RULES: readonly NumberRule[] = [
  { name: 'multiple-victims', reads: 'words', matches: '"a triple murder", "double-murder": the number of victims (casualty beat)', apply: readMultipleVictims },
  { name: 'slash-fraction', reads: 'digits', matches: '"3/4", "1 1/2", "4-3/8": a proper fraction with a common denominator (not "9/11", "24/7" or dates)', apply: readSlashFraction },
  { name: 'vulgar-fraction', reads: 'any', matches: '"½", "1½", "2¾"', apply: readVulgarFraction },
  { name: 'digits', reads: 'digits', matches: 'digits with the locale\'s separators: "58", "1,200", "1.200" and "1 200" where the locale groups so, "4.1"; glued scales ("glued-scale": "10k", "4.5m", "1.2bn", "2mil") and ordinals ("digit-ordinal": "21st")', apply: readDigits },
  { name: 'fraction-words', reads: 'words', matches: '"half of", "a third of", "two thirds", "two-thirds", "three quarters of"; "fraction-of-scale": "half a million", "a quarter of a billion", "half a dozen"; "fraction-of-unit": "half a mile"', apply: readFractionWords },
  { name: 'multiple', reads: 'words', matches: '"doubled", "tripling", "double the", "twice as", "threefold", "three-fold", "halved"', apply: readMultiple },
  { name: 'vague', reads: 'words', matches: '"dozens", "scores of", "hundreds", "thousands", "tens of thousands", "hundreds of millions", "several hundred", "a few thousand", "a handful"', apply: readVague },
  { name: 'a-dozen', reads: 'words', matches: '"a dozen" (12)', apply: readADozen },
  { name: 'number-words', reads: 'words', matches: 'numbers in words of any length: "Ninety five", "one hundred and sixteen", "two hundred and forty-seven thousand", "a million", "two point five"; ordinals in words ("word-ordinal": "third", "one hundred twenty fifth")', apply: readWords },
];

/** Names of the variants a rule records in place of its own name. */
export const NUMBER_RULE_VARIANTS: Readonly<Record<string, string>> = table({
  'glued-scale': 'digits', 'digit-ordinal': 'digits', 'digits-grouped': 'digits', decimal: 'digits',
  'fraction-of-scale': 'fraction-words', 'fraction-of-unit': 'fraction-words', 'word-ordinal': 'number-words',
});

/** Words that may start a number: the cheap test every token passes through first. */
const STARTERS: ReadonlySet<string> = new Set([
  'a', 'an', 'half', 'halved', 'halving', 'halves', 'tens', 'several', 'twice', 'thrice', 'scores',
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth',
  'hundredth', 'thousandth', 'millionth', 'billionth',
  ...Object.keys(VAGUE), ...Object.keys(FOLD_WORDS), ...Object.keys(MULTIPLES),
  'doubled', 'doubling', 'tripled', 'tripling', 'quadrupled', 'quadrupling', 'quintupled', 'quintupling',
]);

/** After "a"/"an", the words that make it the start of a number ("a million", "a third of", "a dozen", "a few thousand"). */
const AFTER_A = new Set([...Object.keys(SCALE_WORDS), ...Object.keys(DENOMINATORS), 'dozen', 'few', 'handful']);

/** Whether token `i` may start a number (digits, a number word, a vulgar fraction…): the cheap test every token passes first. */
export function mayStartNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // Digits (the tokenizer's numbers start with one) always may, and punctuation only as a vulgar
  // fraction: both told without the vocabulary, whose slot for a token is often a cache miss.
  if (t.kind === TokenKind.Number) return true;
  if (t.kind === TokenKind.Punct) return VULGAR_FRACTIONS[t.text] !== undefined;
  const start = NUMBER_START.of(t);
  return start === START_IF_SCALE_AFTER ? AFTER_A.has(tokens[i + 1]?.lower ?? '') : start === START;
}

const NO_START = 0;
const START = 1;
/** "a", "an": a number's start when the next word is one of AFTER_A. */
const START_IF_SCALE_AFTER = 2;

/** Whether a word may start a number, whatever follows it (see `mayStartNumber`), once per word ("10k" starts with a digit). */
const NUMBER_START = new WordProperty<Token>((t) => {
  if (isDigitCode(t.text.charCodeAt(0))) return START;
  if (t.lower === 'an' || t.lower === 'a') return START_IF_SCALE_AFTER;
  if (STARTERS.has(t.lower)) return START;
  // "seventy-five", "two-thirds", "double-murder": a starter before a hyphen. None is shorter than
  // "one-half", so most words are ruled out by their length before anything scans them.
  if (t.lower.length < MIN_HYPHENATED) return NO_START;
  const dash = hyphenAt(t.lower);
  return dash > 0 && STARTERS.has(t.lower.slice(0, dash)) ? START : NO_START;
});

/** The length of the shortest hyphenated starter ("one-half", "six-fold"). */
const MIN_HYPHENATED = 8;
