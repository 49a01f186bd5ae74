/**
 * Stage 3: the unit of the number, written before it ("$", "US$", "Rs", "EUR", "magnitude") or after
 * it ("%", "percentage points", "cents", "Swiss francs", "km", "°C", "times as"), and what a rate is
 * per ("92 cents a share" → USD/share). Minor units and basis points move the decimal point.
 */
import { TokenKind, type Token } from '../text/tokens';
import type { Draft, ReadContext } from './draft';
import type { ExtendRule } from './scaleRules';
import { glued } from './tokenTests';
import {
  CURRENCY_ABBREVIATIONS_BEFORE, CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_PREFIXES, GLUED_MEASURES, MEASURES,
  MEASURE_STARTS, MINOR_UNITS, NOT_A_RATE_AFTER, PER_UNITS, PERCENT_WORDS, QUALIFIED_CURRENCIES, QUALIFIER_STARTS, rateUnit,
} from './unitWords';

function isCode(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === TokenKind.Word && t.text.length === 3 && CURRENCY_CODES.has(t.text);
}

/** Whether the two tokens are written together, or with one space between them. */
function near(a: Token, b: Token): boolean {
  return b.start - a.end <= 1;
}

/** "$4.1 billion", "$ 48.2 million", "US$5", "HK$3.2bn", "€40", "Rs 500", "Rs.500", "EUR 3.4bn". */
function currencyBefore(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit !== null) return false;
  let k = d.first - 1;
  const t = tokens[k];
  if (!t || !near(t, tokens[d.first])) return false;
  let code = CURRENCY_SIGNS[t.text];
  if (code !== undefined) {
    const prefix = tokens[k - 1];
    if (t.text === '$' && glued(prefix, t) && prefix.kind === TokenKind.Word && DOLLAR_PREFIXES[prefix.lower] !== undefined) {
      code = DOLLAR_PREFIXES[prefix.lower];
      k--;
    }
  } else if (t.text === '.' && glued(tokens[k - 1], t) && CURRENCY_ABBREVIATIONS_BEFORE[`${tokens[k - 1].lower}.`] !== undefined) {
    code = CURRENCY_ABBREVIATIONS_BEFORE[`${tokens[k - 1].lower}.`];
    k--;
  } else if (t.kind === TokenKind.Word && CURRENCY_ABBREVIATIONS_BEFORE[t.lower] !== undefined && /^\p{Lu}/u.test(t.text)) {
    code = CURRENCY_ABBREVIATIONS_BEFORE[t.lower];
  } else if (isCode(t)) {
    code = t.text;
  }
  if (code === undefined) return false;
  d.unit = code;
  d.first = k;
  return true;
}

/** "5€", "40 €": a currency sign after the amount, as much of Europe writes it. */
function currencySignAfter(ctx: ReadContext, d: Draft): boolean {
  const t = ctx.tokens[d.last + 1];
  if (d.unit !== null || !t || t.kind !== TokenKind.Punct || !near(ctx.tokens[d.last], t)) return false;
  const code = CURRENCY_SIGNS[t.text];
  if (code === undefined || t.text === '$' && !glued(ctx.tokens[d.last], t)) return false;
  d.unit = code;
  d.last += 1;
  return true;
}

/** Letters glued to the digits: "50p" (pence), "5pc" (percent), "3x" (times), "25bp", "5km", "180.25ml", "20ha". */
function gluedUnit(_ctx: ReadContext, d: Draft): boolean {
  const s = d.suffix;
  if (s === '' || d.unit !== null) return false;
  if (s === 'p' || s === 'c') {
    d.unit = s === 'p' ? 'GBP' : 'USD';
    d.shiftBy(-2);
  } else if (s === 'pc' || s === 'pct') {
    d.unit = 'percent';
  } else if (s === 'x') {
    d.unit = 'times';
  } else if (s === 'bp' || s === 'bps') {
    d.unit = 'percentage points';
    d.shiftBy(-2);
  } else {
    const measure = GLUED_MEASURES[s];
    if (measure === undefined) return false;
    d.unit = measure;
  }
  d.suffix = '';
  return true;
}

/** "12%", "12 %", "12 percent", "12 per cent", "12 pct", "a 10-percent rise". */
function percent(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit !== null && d.unit !== 'fraction') return false;
  let k = d.last + 1;
  if (tokens[k]?.text === '-' && glued(tokens[d.last], tokens[k]) && tokens[k + 1]?.lower === 'percent' && glued(tokens[k], tokens[k + 1])) k++;
  const t = tokens[k];
  if (!t) return false;
  if (PERCENT_WORDS.has(t.lower) && t.lower !== 'pc') {
    d.last = k;
  } else if (t.lower === 'per' && tokens[k + 1]?.lower === 'cent') {
    d.last = k + 1;
  } else {
    return false;
  }
  d.unit = 'percent';
  return true;
}

/** "3.5 percentage points", "2 pct points", "25 basis points" (0.25 percentage points), "50 bps". */
function percentagePoints(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit !== null) return false;
  const a = tokens[d.last + 1]?.lower ?? '';
  const b = tokens[d.last + 2]?.lower ?? '';
  const points = b === 'point' || b === 'points' || b === 'pts';
  if ((a === 'percentage' || a === 'pct' || a === 'percent') && points) {
    d.last += 2;
  } else if (a === 'basis' && points) {
    d.last += 2;
    d.shiftBy(-2);
  } else if (a === 'bp' || a === 'bps' || a === 'bpts') {
    d.last += 1;
    d.shiftBy(-2);
  } else {
    return false;
  }
  d.unit = 'percentage points';
  return true;
}

/** "34 cents", "197 pence", "92 cts", "50 euro cents", "99¢": a hundredth of the currency. */
function minorCurrency(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit !== null) return false;
  const a = tokens[d.last + 1];
  if (!a || (MINOR_UNITS[a.lower] === undefined && a.lower !== 'euro' && a.lower !== 'euro-cents')) return false;
  const two = `${a.lower} ${tokens[d.last + 2]?.lower ?? ''}`;
  let code: string | undefined = MINOR_UNITS[two];
  let last = d.last + 2;
  if (code === undefined && a.lower !== 'p') {
    code = MINOR_UNITS[a.lower];
    last = d.last + 1;
    if (a.text === '¢' && !glued(tokens[d.last], a)) code = undefined;
  }
  if (code === undefined) return false;
  d.unit = code;
  d.last = last;
  d.shiftBy(-2);
  return true;
}

/** Money words before an amount of pounds: "paid 500 pounds", "fined ten pounds". */
const MONEY_CUES = /^(paid|pay|pays|paying|cost|costs|costing|worth|fined|fine|fines|price|priced|spent|spend|spends|raised|raise|earn|earns|earned|salary|wage|wages|charged|charge|sold|bought|owed|owes|lent|borrowed|won|bonus|budget|fee|fees|prize|for|at)$/;

/**
 * Whether a number of pounds is money rather than a weight: after a scale ("5 million pounds") or
 * before "sterling", or with a money word just before it; "pounds of", "weighed 190 pounds" and a bare
 * "190 pounds" are weights.
 */
function poundsAreMoney(tokens: readonly Token[], d: Draft, at: number): boolean {
  const after = tokens[at + 1]?.lower;
  if (after === 'of') return false;
  if (d.scaled || after === 'sterling') return true;
  for (let k = d.first - 1; k >= 0 && k >= d.first - 3; k--) {
    if (tokens[k].lower.startsWith('weigh')) return false;
    if (MONEY_CUES.test(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * "Hong Kong dollars", "Swiss francs", "U.S. dollars": a currency of up to two qualifying words and
 * its noun at token `k`, and the token it ends at. Only a word that starts some qualified currency
 * can, so most currency words ("dlrs", "euros") are settled by one Set lookup, no words joined.
 */
function qualifiedCurrency(tokens: readonly Token[], k: number): { code: string; last: number } | undefined {
  const head = tokens[k].lower;
  if (!QUALIFIER_STARTS.has(head)) return undefined;
  const start = head === 'u.s.' ? 'us' : head;
  const second = tokens[k + 1]?.lower ?? '';
  const three = QUALIFIED_CURRENCIES[`${start} ${second} ${tokens[k + 2]?.lower ?? ''}`];
  if (three !== undefined) return { code: three, last: k + 2 };
  const two = QUALIFIED_CURRENCIES[`${start} ${second}`];
  return two !== undefined ? { code: two, last: k + 1 } : undefined;
}

/** "5 million euros", "10,000 Swiss francs", "6.65 billion pesetas", "5m USD", "5 mln dlrs", "millions of dollars". */
function currencyAfter(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit !== null) return false;
  let k = d.last + 1;
  // "hundreds of millions of dollars": only a vague quantity takes "of" before its currency.
  if (tokens[k]?.lower === 'of' && d.value === null) k++;
  const first = tokens[k];
  if (!first || (CURRENCY_WORDS[first.lower] === undefined && !QUALIFIER_STARTS.has(first.lower) && !isCode(first))) return false;
  if (isCode(first) && near(tokens[k - 1], first)) {
    d.unit = tokens[k].text;
    d.last = k;
    return true;
  }
  const qualified = qualifiedCurrency(tokens, k);
  if (qualified !== undefined) {
    d.unit = qualified.code;
    d.last = qualified.last;
    return true;
  }
  const word = first.lower;
  const code = CURRENCY_WORDS[word];
  if (code === undefined) return false;
  if (code === null) {
    // "5 million marks", "2 billion won": after a scale these are money; alone they need a qualifier.
    if (!d.scaled || !(word === 'marks' || word === 'won')) return false;
    d.unit = word === 'marks' ? 'DEM' : 'KRW';
  } else if ((word === 'pound' || word === 'pounds') && !poundsAreMoney(tokens, d, k)) {
    return false; // a weight: the measure rule reads it
  } else {
    d.unit = code;
  }
  d.last = k;
  return true;
}

/** "300 km", "12 square miles", "4,000 hectares", "1.5 million barrels", "35 °C", "a 300-acre farm", "a 7.1-magnitude quake". */
function measure(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit !== null && d.unit !== 'fraction') return false;
  let k = d.last + 1;
  const hyphen = tokens[k]?.text === '-' && glued(tokens[d.last], tokens[k]) && glued(tokens[k], tokens[k + 1]);
  if (hyphen) k++;
  const a = tokens[k];
  if (!a) return false;
  if (a.text === '°' || a.text === 'º') {
    const scale = tokens[k + 1];
    const symbol = scale && near(a, scale) ? MEASURES[`°${scale.lower}`] : undefined;
    d.unit = symbol ?? '°';
    d.last = symbol ? k + 1 : k;
    return true;
  }
  if (!MEASURE_STARTS.has(a.lower)) return false;
  const two = MEASURES[`${a.lower} ${tokens[k + 1]?.lower ?? ''}`];
  if (two !== undefined && !hyphen) {
    d.unit = two;
    d.last = k + 1;
    return true;
  }
  const one = MEASURES[a.lower];
  if (one === undefined) return false;
  // "km²": a square written with the superscript.
  const squared = tokens[k + 1]?.text === '²' && glued(a, tokens[k + 1]);
  d.unit = squared ? `${one}2` : one;
  d.last = squared ? k + 1 : k;
  return true;
}

const QUAKES = new Set(['quake', 'earthquake', 'temblor', 'tremor', 'aftershock', 'quakes', 'earthquakes', 'tremors', 'aftershocks']);

/** "magnitude 7.1", "a magnitude-6.4 quake", "6.5 on the Richter scale", "a 4.4 quake". */
function magnitude(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit !== null) return false;
  const prev = tokens[d.first - 1];
  if (prev?.lower === 'magnitude' || prev?.lower === 'magnitude-') {
    d.unit = 'magnitude';
    d.first -= 1;
    return true;
  }
  if (prev?.text === '-' && tokens[d.first - 2]?.lower === 'magnitude' && glued(tokens[d.first - 2], prev)) {
    d.unit = 'magnitude';
    d.first -= 2;
    return true;
  }
  if (tokens[d.last + 1]?.lower === 'on' && tokens[d.last + 3]?.lower === 'richter') {
    d.unit = 'magnitude';
    return true;
  }
  // "a 4.4 quake": a decimal before a quake is its magnitude.
  if (d.decimals === 1 && QUAKES.has(tokens[d.last + 1]?.lower ?? '')) {
    d.unit = 'magnitude';
    return true;
  }
  return false;
}

/** What may follow "N times" when it multiplies: "three times as many", "five times the rate". */
const TIMES_NEXT = new Set(['as', 'more', 'higher', 'larger', 'bigger', 'greater', 'faster', 'the', 'that', 'what', 'over', 'less', 'fewer', 'smaller', 'cheaper', 'longer', 'stronger', 'lower', 'its', 'their']);

/** "three times as many", "10 times the rate", "a 3-fold rise". */
function timesAsMany(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit !== null || d.value === null) return false;
  const a = tokens[d.last + 1];
  if (a?.lower === 'times' && TIMES_NEXT.has(tokens[d.last + 2]?.lower ?? '')) {
    d.last += 1;
  } else if (a?.text === '-' && glued(tokens[d.last], a) && tokens[d.last + 2]?.lower === 'fold' && glued(a, tokens[d.last + 2])) {
    d.last += 2;
  } else {
    return false;
  }
  d.unit = 'times';
  d.exactMantissa = true;
  return true;
}

/** "92 cents a share", "$70 per barrel", "$15 an hour", "5% a year", "$30/bbl": the unit per something. */
function rate(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.unit === 'fraction' || d.unit === 'times' || d.unit?.includes('/')) return false;
  const a = tokens[d.last + 1];
  const b = tokens[d.last + 2];
  if (!a || !b) return false;
  let per: string | undefined;
  let last = d.last + 2;
  if (a.lower === 'per' || a.lower === 'a' || a.lower === 'an' || a.lower === 'each') {
    // "85 cents a diluted share": one qualifying word may stand before the unit.
    if (PER_UNITS[b.lower] === undefined && b.kind === TokenKind.Word && /^[a-z]+$/.test(b.text) && PER_UNITS[tokens[last + 1]?.lower ?? ''] !== undefined) last++;
    per = PER_UNITS[tokens[last].lower];
    // "a year ago", "a day earlier" date the figure; they are not rates. Counts need "per".
    if (per !== undefined && a.lower !== 'per' && (NOT_A_RATE_AFTER.has(tokens[last + 1]?.lower ?? '') || d.unit === null)) per = undefined;
  } else if (a.text === '/' && glued(tokens[d.last], a) && glued(a, b)) {
    per = PER_UNITS[b.lower];
  }
  if (per === undefined) return false;
  d.unit = rateUnit(d.unit, per);
  d.last = last;
  return true;
}

/** Words as a token's `lower` has them, for the words a rule needs (see `Needs`). */
function lowerCase(words: Iterable<string>): string[] {
  return [...words].map((w) => w.toLowerCase());
}

export const UNIT_RULES: readonly ExtendRule[] = [
  { name: 'currency-before', matches: 'a currency sign, prefixed dollar, abbreviation or ISO code before the amount: "$4.1 billion", "$ 48.2 million", "US$5", "HK$3.2bn", "€40", "Rs 500", "EUR 3.4bn"', needs: { before: ['.', ...lowerCase(Object.keys(CURRENCY_SIGNS)), ...Object.keys(CURRENCY_ABBREVIATIONS_BEFORE), ...lowerCase(CURRENCY_CODES)] }, apply: currencyBefore },
  { name: 'glued-unit', matches: 'a unit glued to the digits: "50p", "5pc", "3x", "25bp", "5km", "180.25ml", "20ha", "35C"', apply: gluedUnit },
  { name: 'percentage-points', matches: '"3.5 percentage points", "2 pct points", "25 basis points" (0.25 points), "50 bps"', needs: { after: ['percentage', 'pct', 'percent', 'basis', 'bp', 'bps', 'bpts'] }, apply: percentagePoints },
  { name: 'percent', matches: '"12%", "12 percent", "12 per cent", "12 pct", "a 10-percent rise"', needs: { after: [...PERCENT_WORDS, 'per', '-'] }, apply: percent },
  { name: 'minor-currency', matches: 'minor units, read in the main unit: "34 cents" (0.34 USD), "197 pence" (1.97 GBP), "92 cts", "50 euro cents"', needs: { after: [...Object.keys(MINOR_UNITS), 'euro', 'euro-cents'] }, apply: minorCurrency },
  { name: 'currency-after', matches: 'an ISO code, a currency word or a qualified currency after the amount: "5 million euros", "10,000 Swiss francs", "6.65 billion pesetas", "5m USD", "5 mln dlrs", "millions of dollars"', needs: { after: ['of', ...Object.keys(CURRENCY_WORDS), ...QUALIFIER_STARTS, ...lowerCase(CURRENCY_CODES)] }, apply: currencyAfter },
  { name: 'currency-sign-after', matches: 'a currency sign after the amount: "5€", "40 €"', needs: { after: lowerCase(Object.keys(CURRENCY_SIGNS)) }, apply: currencySignAfter },
  { name: 'measure', matches: 'units of measure after the number: "300 km", "12 square miles", "4,000 hectares", "1.5 million barrels", "35 °C", "60 mph", "a 300-acre farm", "a 7.1-magnitude quake"', needs: { after: ['-', '°', 'º', ...MEASURE_STARTS] }, apply: measure },
  { name: 'magnitude', matches: '"magnitude 7.1", "6.5 on the Richter scale", "a 4.4 quake"', needs: { before: ['magnitude', 'magnitude-', '-'], after: ['on', ...QUAKES] }, apply: magnitude },
  { name: 'times', matches: '"three times as many", "10 times the rate", "a 3-fold rise"', needs: { after: ['times', '-'] }, apply: timesAsMany },
  { name: 'rate', matches: 'a rate: "92 cents a share" (USD/share), "$70 per barrel" (USD/bbl), "$15 an hour" (USD/h), "5% a year" (percent/year), "$30/bbl", "300 per day" (/day)', needs: { after: ['per', 'a', 'an', 'each', '/'] }, apply: rate },
];
