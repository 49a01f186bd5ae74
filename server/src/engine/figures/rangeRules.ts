/**
 * Stage 4: ranges. The other end is read like any number (with its own currency, scale and unit),
 * then the two are reconciled: a unit or scale written once applies to both ("20 to 30 million",
 * "$20-30m", "20-30%"), the ends must rise, and different units are two figures, not a range
 * ("12% to $4.1 billion"). "from 12 to 15" is a change, two figures, unless something "ranges".
 */
import type { Token } from '../text/tokens';
import type { Draft, ReadContext, Rule } from './draft';
import { compare, shift, type Exact } from './exact';
import { CURRENCY_SIGNS, DOLLAR_PREFIXES } from './unitWords';
import { glued, isNumberToken } from './tokenTests';

/** Reads the quantity whose number starts at (or just after a currency sign at) token `k`. */
export type ReadSide = (ctx: ReadContext, k: number) => Draft | undefined;

export type RangeRule = Rule<(ctx: ReadContext, d: Draft, readSide: ReadSide) => boolean>;

/** Verbs of change: after them "X to Y", each with its unit, is the change and the level it reached. */
const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'fell', 'fall', 'falls', 'climbed', 'climbs', 'dropped', 'drops', 'increased', 'decreased', 'gained',
  'gains', 'lost', 'jumped', 'jumps', 'slid', 'slides', 'declined', 'declines', 'grew', 'grows', 'shrank', 'widened', 'narrowed',
  'eased', 'eases', 'slipped', 'edged', 'tumbled', 'soared', 'plunged', 'surged', 'sank', 'rallied', 'advanced', 'retreated',
  'dipped', 'firmed', 'weakened', 'strengthened', 'up', 'down', 'shed', 'added',
]);

/** Before "from", words that make "from X to Y" a range rather than a change. */
const RANGING = new Set(['ranging', 'range', 'ranged', 'ranges', 'anywhere', 'varying', 'vary', 'varied', 'varies']);

/** The first token of the number after a separator: past a currency sign ("$20-$30", "US$5 to US$6"). */
function numberStart(tokens: readonly Token[], k: number): number {
  if (tokens[k] && DOLLAR_PREFIXES[tokens[k].lower] !== undefined && tokens[k + 1]?.text === '$' && glued(tokens[k], tokens[k + 1])) return k + 2;
  return tokens[k] && CURRENCY_SIGNS[tokens[k].text] !== undefined ? k + 1 : k;
}

/** Joins `d` with the number read after the separator at token `sep`; false when they make no range. */
function join(ctx: ReadContext, d: Draft, sep: number, readSide: ReadSide): boolean {
  const { tokens } = ctx;
  if (d.kind !== 'quantity' || d.value === null || d.unit === 'fraction' || d.unit === 'times' || d.unit?.includes('/')) return false;
  const at = numberStart(tokens, sep + 1);
  if (!tokens[at]) return false;
  // Digits with digits, words with words: "two to three", "20 to 30"; not "one to 5".
  if (isNumberToken(tokens[d.numberFirst]) !== isNumberToken(tokens[at])) return false;
  const other = readSide(ctx, at);
  if (!other || other.kind !== 'quantity' || other.value === null || other.first !== sep + 1) return false;
  if (d.unit !== null && other.unit !== null && d.unit !== other.unit) return false;
  let lo: Exact = d.value;
  // "20 to 30 million", "20 to 30 cents": the upper end's scale is the lower's too, when the lower is the smaller mantissa.
  if (other.exponent !== 0 && d.exponent === 0) {
    if (compare(lo, shift(other.value, -other.exponent)) < 0) {
      d.shiftBy(other.exponent);
      d.scaled = other.scaled;
      lo = d.value!;
    } else if (/^\d{4}$/.test(tokens[d.numberFirst].text)) {
      return false; // "rose 12 pct in 1986 to 66.7 mln dlrs": a year, then an amount
    }
  }
  if (compare(lo, other.value) >= 0) return false;
  d.unit ??= other.unit;
  const precision = compare(d.precision(), other.precision()) >= 0 ? d.precision() : other.precision();
  d.lo = lo;
  d.hi = other.value;
  d.value = null;
  d.fixedPrecision = precision;
  d.approximate = true;
  d.last = other.last;
  return true;
}

/** "between 20 and 30", "between 1000 - 5000", "between $1bn and $2bn". */
function betweenAnd(ctx: ReadContext, d: Draft, readSide: ReadSide): boolean {
  const { tokens } = ctx;
  const sep = tokens[d.last + 1];
  if (tokens[d.first - 1]?.lower !== 'between' || !sep || !['and', '-', '–', 'to'].includes(sep.lower)) return false;
  if (!join(ctx, d, d.last + 1, readSide)) return false;
  d.first -= 1;
  return true;
}

/** "20-30", "20–30", "20 – 30", "$20-30 million", "20-30%". */
function dashRange(ctx: ReadContext, d: Draft, readSide: ReadSide): boolean {
  const { tokens } = ctx;
  const sep = tokens[d.last + 1];
  if (!sep || !(sep.text === '-' || sep.text === '–' || sep.text === '—')) return false;
  const tight = glued(tokens[d.last], sep) && glued(sep, tokens[d.last + 2]);
  // A spaced en dash is typeset as a range; a spaced hyphen or an em dash sets off a clause.
  if (!tight && sep.text !== '–') return false;
  return join(ctx, d, d.last + 1, readSide);
}

/**
 * "20 to 30", "two to three", "$1.2 to $1.5 billion", "rose 5 to 10 percent"; "ranging from 20 to 30".
 * Not a change and the level it reaches: "rose from 12 to 15", "fell C$ 0.45 to C$ 101.15".
 */
function toRange(ctx: ReadContext, d: Draft, readSide: ReadSide): boolean {
  const { tokens } = ctx;
  if (tokens[d.last + 1]?.lower !== 'to') return false;
  const before = tokens[d.first - 1]?.lower ?? '';
  if (before === 'from' && !RANGING.has(tokens[d.first - 2]?.lower ?? '')) return false;
  // "fell C$ 0.45 to C$ 101.15": each side with its own unit; "rose 5 to 10 percent" shares one, a range.
  if (CHANGE_VERBS.has(before) && d.unit !== null) return false;
  return join(ctx, d, d.last + 1, readSide);
}

/** "two or three", "20 or 30". */
function orRange(ctx: ReadContext, d: Draft, readSide: ReadSide): boolean {
  if (ctx.tokens[d.last + 1]?.lower !== 'or') return false;
  return join(ctx, d, d.last + 1, readSide);
}

/** "20~30", "20 ~ 30". */
function tildeRange(ctx: ReadContext, d: Draft, readSide: ReadSide): boolean {
  if (ctx.tokens[d.last + 1]?.text !== '~' && ctx.tokens[d.last + 1]?.text !== '～') return false;
  return join(ctx, d, d.last + 1, readSide);
}

export const RANGE_RULES: readonly RangeRule[] = [
  { name: 'between-and', matches: '"between 20 and 30", "between 1000 - 5000", "between $1bn and $2bn"', needs: { before: ['between'] }, apply: betweenAnd },
  { name: 'dash-range', matches: '"20-30", "20–30", "$20-30 million", "20-30%"', needs: { after: ['-', '–', '—'] }, apply: dashRange },
  { name: 'to-range', matches: '"20 to 30", "two to three", "$1.2 to $1.5 billion", "ranging from 20 to 30" (not "rose from 12 to 15": two figures)', needs: { after: ['to'] }, apply: toRange },
  { name: 'or-range', matches: '"two or three", "20 or 30"', needs: { after: ['or'] }, apply: orRange },
  { name: 'tilde-range', matches: '"20~30", "20 ~ 100"', needs: { after: ['~', '～'] }, apply: tildeRange },
];
