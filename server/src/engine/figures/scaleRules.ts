/**
 * Stage 2: words that scale or complete the number just read: "4.5 million", "1.2 bn", "5 mln",
 * "3 lakh", "$5-million", "two dozen", "one and a half", "two and a half million".
 */
import { TokenKind } from '../text/tokens';
import { TIME_NOUNS } from '../text/lexicon';
import type { Draft, ReadContext, Rule } from './draft';
import { integer, plus, ratio, times, toDecimal, type Exact } from './exact';
import { DENOMINATORS, SCALE_ABBREVIATIONS, SCALE_WORDS, cardinalWord } from './numberWords';
import { CURRENCY_SIGNS } from './unitWords';

export type ExtendRule = Rule<(ctx: ReadContext, d: Draft) => boolean>;

function isPlainQuantity(d: Draft): boolean {
  return d.kind === 'quantity' && d.value !== null && d.unit === null && d.suffix === '';
}

/** The scale at token `k` ("million", "bn", "mln"; a spaced "m" only after a currency sign), or undefined. */
function scaleAt(ctx: ReadContext, d: Draft, k: number): number | undefined {
  const t = ctx.tokens[k];
  if (!t || t.kind !== TokenKind.Word) return undefined;
  const word = SCALE_WORDS[t.lower];
  if (word !== undefined) return word;
  if (t.lower === 'k' || t.lower === 'm') {
    // "£300 m": only money writes a spaced "m" for million.
    const before = ctx.tokens[d.first - 1];
    return before && CURRENCY_SIGNS[before.text] !== undefined ? (t.lower === 'k' ? 3 : 6) : undefined;
  }
  return SCALE_ABBREVIATIONS[t.lower];
}

/** What a scale after a number starts with: a scale (see `scaleAt`), or the hyphen of "$5-million". */
const SCALE_WORD_STARTS = ['-', 'k', 'm', ...Object.keys(SCALE_WORDS), ...Object.keys(SCALE_ABBREVIATIONS)];

/** "4.5 million", "2 billion", "1.2 bn", "5 thousand million", "$5-million": shifts the decimal point. */
function scaleWord(ctx: ReadContext, d: Draft): boolean {
  if (!isPlainQuantity(d)) return false;
  let applied = false;
  for (;;) {
    let k = d.last + 1;
    const hyphen = ctx.tokens[k];
    if (hyphen?.text === '-' && hyphen.start === ctx.tokens[d.last].end && ctx.tokens[k + 1]?.start === hyphen.end) k++;
    const scale = scaleAt(ctx, d, k);
    // Scales only grow: "5 thousand million" is 5 × 10^9; "a million thousand" is not a number.
    if (scale === undefined || (d.scaled && scale <= d.exponent) || (d.words && scale <= 2)) break;
    d.shiftBy(scale);
    if (scale >= 3) d.scaled = true;
    d.last = d.numberLast = k;
    applied = true;
  }
  return applied;
}

/** "two dozen", "3 dozen": twelve each. */
function dozen(ctx: ReadContext, d: Draft): boolean {
  if (!isPlainQuantity(d) || ctx.tokens[d.last + 1]?.lower !== 'dozen' || d.rules[0] === 'a-dozen') return false;
  d.value = times(d.value!, integer(12));
  d.last = d.numberLast = d.last + 1;
  return true;
}

/** "one and a half", "2 and a quarter", "three and three quarters": a whole number and a fraction. */
function andAFraction(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (!isPlainQuantity(d) || d.value!.den !== 1n || d.scaled || tokens[d.last + 1]?.lower !== 'and') return false;
  const w = tokens[d.last + 2]?.lower ?? '';
  const unitDen = DENOMINATORS[tokens[d.last + 3]?.lower ?? ''];
  let fraction: Exact | undefined;
  if ((w === 'a' || w === 'an' || w === 'one') && unitDen !== undefined && !tokens[d.last + 3].lower.endsWith('s')) {
    fraction = ratio(1, unitDen);
  } else {
    const n = cardinalWord(w);
    if (n !== undefined && n > 1 && unitDen !== undefined && tokens[d.last + 3].lower.endsWith('s')) fraction = ratio(n, unitDen);
  }
  if (!fraction || fraction.num >= fraction.den) return false;
  d.value = plus(d.value!, fraction);
  const decimal = toDecimal(fraction);
  d.decimals = decimal === null ? -1 : decimal.length - 2;
  d.exactMantissa = true;
  d.last = d.numberLast = d.last + 3;
  return true;
}

/**
 * "one in five adults", "3 in 4 graduates", "one in every 500 users": a share of a group (unit
 * `fraction`). Not "3 in 4 days" (a time) nor "one in the morning".
 */
function ratioInEvery(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (!isPlainQuantity(d) || d.value!.den !== 1n || d.scaled || tokens[d.last + 1]?.lower !== 'in') return false;
  const at = tokens[d.last + 2]?.lower === 'every' ? d.last + 3 : d.last + 2;
  const t = tokens[at];
  if (!t) return false;
  const whole = t.kind === TokenKind.Number && /^[\d,]+$/.test(t.text) ? Number(t.text.replace(/,/g, '')) : cardinalWord(t.lower);
  if (whole === undefined || BigInt(whole) <= d.value!.num || TIME_NOUNS.has(tokens[at + 1]?.lower ?? '')) return false;
  d.value = ratio(d.value!.num, whole);
  const decimal = toDecimal(d.value);
  d.decimals = decimal === null ? -1 : Math.max(0, decimal.length - 2);
  d.exactMantissa = true;
  d.unit = 'fraction';
  d.last = d.numberLast = at;
  return true;
}

export const SCALE_RULES: readonly ExtendRule[] = [
  { name: 'and-a-half', matches: '"one and a half", "2 and a quarter", "three and three quarters"', needs: { after: ['and'] }, apply: andAFraction },
  { name: 'scale-word', matches: '"4.5 million", "2 billion", "1.2 bn", "5 mln", "3 lakh", "2 crore", "£300 m", "$5-million", "5 thousand million"', needs: { after: SCALE_WORD_STARTS }, apply: scaleWord },
  { name: 'dozen', matches: '"two dozen", "3 dozen"', needs: { after: ['dozen'] }, apply: dozen },
  { name: 'ratio', matches: '"one in five", "3 in 4", "one in every 500": a share (unit fraction)', needs: { after: ['in'] }, apply: ratioInEvery },
];
