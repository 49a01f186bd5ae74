/**
 * The lead figures of a real article, picked WITHOUT News Lens's own reader (regular expressions of
 * their own, so the changed-figure test is not circular): the first amount of money, the first
 * percentage and the first count of a plural noun in the body, and how to change one of them.
 */

export type LeadKind = 'money' | 'percent' | 'count';
export const LEAD_KINDS: readonly LeadKind[] = ['money', 'percent', 'count'];

export interface LeadFigure {
  readonly kind: LeadKind;
  /** The numeral itself (digits or a number word), which the change replaces. */
  readonly start: number;
  readonly end: number;
  readonly numeral: string;
  /** The figure with its unit or noun, for reports: "4.1 billion dlrs", "12 pct", "1,200 jobs". */
  readonly phrase: string;
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Number words in lower case or capitalized ("Two leaders …"), for patterns that are otherwise case-sensitive. */
const WORDS = Object.keys(WORD_NUMBERS).map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A number standing alone: not glued to letters, other digits, times ("4:08"), scores or dates ("20-13", "5/12"). */
const NUMERAL = String.raw`(?<![\w.,:/$£€¥-])(?:${DIGITS}|(?:${WORDS}))(?![\w:/]|[.,]\d|-\d)`;
const SCALE = String.raw`(?:million|billion|trillion|mln|bln|bn|mn|m|b|k)`;
const CURRENCY_AFTER = String.raw`(?:dlrs|dlr|dollars?|stg|sterling|pounds|euros?|yen|marks|francs|cts|cents|pence|yuan|lire|guilders|rupees|pesos|rand|crowns|kronor|ecus|riyals|ringgit|baht|won)`;

const MONEY = [
  new RegExp(String.raw`(?:(?<![\w])(?:US|A|C|HK|NZ|S))?[$£€¥]\s?(${DIGITS})(?:\s?${SCALE})?\b`, 'gi'),
  new RegExp(String.raw`(${NUMERAL})(?:[\s-]${SCALE})?[\s-]${CURRENCY_AFTER}\b`, 'gi'),
];
const PERCENT = [new RegExp(String.raw`(${NUMERAL})\s?(?:%|pct\b|percent\b|per cent\b)`, 'gi')];
/** A number, at most one modifier, then a plural noun in lower case: "1,200 jobs", "five exploration wells". */
const COUNT = [new RegExp(String.raw`(${NUMERAL})\s(?:([a-z][a-z-]+)\s)?([a-z]{2,}[a-z](?<![su]s)s)\b`, 'g')];

/** Plural nouns that measure time, repeat, or belong to another kind of figure. */
const NOT_COUNTED = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'times', 'percent', 'dlrs', 'cts', 'cents',
  'yrs', 'mths', 'mos', 'wks', 'hrs', 'mins', 'secs', 'qtrs',
  'dollars', 'pounds', 'euros', 'marks', 'francs', 'pence', 'yards', 'feet', 'inches', 'miles', 'kilometres', 'kilometers', 'metres', 'meters',
  'tonnes', 'tons', 'acres', 'hectares', 'barrels', 'bushels', 'ounces', 'kilos', 'degrees', 'pct', 'rounds', 'innings', 'quarters', 'halves', 'others', 'ones', 'terms', 'shares',
]);
/** Words that never stand between a number and its noun. */
const NOT_MODIFIER = new Set(['of', 'to', 'and', 'or', 'in', 'the', 'a', 'an', 'per', 'vs', 'from', 'for', 'at', 'on', 'by', 'with', 'than', 'as', 'mln', 'billion', 'million', 'pct', 'percent', 'dlrs', 'cts', 'stg', 'year', 'years', 'pm', 'am', 'p', 'times']);
/** Open-ended hedges: a changed "more than 50" may still agree with "more than 75", so such figures are not picked. */
const OPEN_HEDGE = /\b(?:more than|over|at least|up to|as many as|as much as|as high as|as low as|above|below|less than|fewer than|under|upwards of|in excess of|no more than|no less than)\s*$/i;
/** A currency sign between a hedge or a range and its numeral: "at least $", "to US$", "more than $US". */
const CURRENCY_BEFORE = /(?:\b(?:US|A|C|HK|NZ|S)\s?)?[$£€¥](?:US)?\s?$/;
/** A weight in pounds, not money: a body's description ("6 feet tall, 180 pounds") or what something weighs. */
const WEIGHT_CUE = /\b(?:weigh\w*|tall|feet|inches|height)\b[^.]{0,30}$/i;
/** A range on either side: "12 to 15", "1,750 to 1,780 dlrs", "three or four". */
const RANGE_WORDS = `${WORDS}|[oO]ne`;
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:-|–|to|or|and)\s*[$£€]?(?:${DIGITS}|${RANGE_WORDS})\b`, 'i');
const RANGE_BEFORE = new RegExp(String.raw`(?:${DIGITS}|${RANGE_WORDS})(?:\s?${SCALE})?\s*(?:-|–|to|or|and|between)\s*$|\bbetween\s*$`, 'i');

/** The body's first figure of each kind; the first line (a headline or a source URL) is skipped. */
export function leadFigures(text: string): LeadFigure[] {
  const bodyStart = bodyOffset(text);
  const out: LeadFigure[] = [];
  for (const [kind, patterns] of [['money', MONEY], ['percent', PERCENT], ['count', COUNT]] as const) {
    let best: LeadFigure | undefined;
    for (const pattern of patterns) {
      pattern.lastIndex = bodyStart;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const numeral = m[1];
        const start = m.index + m[0].indexOf(numeral);
        if (best && start >= best.start) break;
        if (!acceptable(text, kind, m, start, numeral)) continue;
        best = { kind, start, end: start + numeral.length, numeral, phrase: m[0] };
        break;
      }
    }
    if (best) out.push(best);
  }
  return out;
}

function bodyOffset(text: string): number {
  const firstLineEnd = text.indexOf('\n');
  return firstLineEnd < 0 ? 0 : firstLineEnd + 1;
}

function acceptable(text: string, kind: LeadKind, m: RegExpExecArray, start: number, numeral: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start).replace(CURRENCY_BEFORE, '');
  const after = text.slice(start + numeral.length, start + numeral.length + 24);
  if (kind === 'money' && /pounds$/i.test(m[0]) && WEIGHT_CUE.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (OPEN_HEDGE.test(before) || RANGE_BEFORE.test(before) || RANGE_AFTER.test(after.replace(/^\s?(?:%|pct|percent|mln|billion|million)\b/i, ''))) return false;
  if (/^https?:/.test(text.slice(text.lastIndexOf('\n', start) + 1, start + 1))) return false;
  const value = valueOf(numeral);
  if (kind === 'count') {
    const modifier = m[2];
    const noun = m[3];
    if (NOT_COUNTED.has(noun) || (modifier !== undefined && NOT_MODIFIER.has(modifier))) return false;
    if (/^\d{4}$/.test(numeral) && value >= 1900 && value <= 2100) return false; // a year
    if (value < 2 || /\b(?:no|number|#|aged?|ages)\.?\s*$/i.test(before)) return false;
    // "Week 15 loss", "the Curve 8900 smartphone", "KPRC 2 newsletters", "Sept. 11 attacks": digits after a capitalized
    // word inside a sentence belong to a name (a model, a station, a date); they count nothing
    if (/^\d/.test(numeral) && NAME_BEFORE.test(before) && !DETERMINER_BEFORE.test(before)) return false;
  }
  return true;
}

/** A capitalized word right before a numeral in digits, after a word of the same line and sentence ("the Curve 8900"). */
const NAME_BEFORE = /[\p{Ll}\d,;:][ \t]+\p{Lu}[\p{L}\d.&-]*[ \t]$/u;
const DETERMINER_BEFORE = /\b(?:The|A|An|All|Another|Some|Its|His|Her|Their|Our)[ \t]$/;

export function valueOf(numeral: string): number {
  const lower = numeral.toLowerCase();
  return WORD_NUMBERS[lower] ?? Number(numeral.replace(/,/g, ''));
}

/**
 * The numeral changed by half again (rounded to the numeral's own precision), written the way the
 * original was: digits with the same decimals and separators, number words as words.
 */
export function changedNumeral(numeral: string): string {
  const value = valueOf(numeral);
  if (WORD_NUMBERS[numeral.toLowerCase()] !== undefined) {
    const next = Math.round(value * 1.5);
    const word = Object.entries(WORD_NUMBERS).find(([, n]) => n === next)?.[0];
    if (!word) return String(next);
    return /^[A-Z]/.test(numeral) ? word[0].toUpperCase() + word.slice(1) : word;
  }
  const decimals = numeral.includes('.') ? numeral.length - numeral.indexOf('.') - 1 : 0;
  const scale = 10 ** decimals;
  let next = Math.round(value * 1.5 * scale) / scale;
  if (next === value) next = value + 1 / scale;
  const fixed = next.toFixed(decimals);
  if (!numeral.includes(',')) return fixed;
  const [whole, fraction] = fixed.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction !== undefined ? `.${fraction}` : '');
}
