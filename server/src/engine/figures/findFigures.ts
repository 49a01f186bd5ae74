import type { Figure, Reading } from '../types';
import { TokenKind, type Token } from '../text/tokens';
import { ADDRESS_WORDS, IDENTIFIER_HEADS, MONTHS, PERSON_NOUNS } from '../text/lexicon';
import { SCALES, VAGUE, cardinalWord, fractionWord, parseNumeral } from './numberWords';
import { table } from '../text/table';

/** A figure and the tokens (indices into the sentence's tokens) it covers. */
export interface FigureMatch {
  readonly figure: Figure;
  /** First token of the figure, modifiers included. */
  readonly first: number;
  /** Last token of the figure, unit words included. */
  readonly last: number;
}

/** How a hedge word changes the interval around a stated number. */
type Hedge = 'about' | 'nearly' | 'over' | 'atLeast' | 'upTo' | 'exactly';

/** Hedges written before the number, longest first within each first word. */
const HEDGES: ReadonlyArray<readonly [readonly string[], Hedge]> = [
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['roughly'], 'about'],
  [['some'], 'about'], [['an', 'estimated'], 'about'], [['estimated'], 'about'], [['close', 'to'], 'nearly'],
  [['nearly'], 'nearly'], [['almost'], 'nearly'], [['just', 'under'], 'nearly'], [['just', 'over'], 'over'],
  [['well', 'over'], 'over'], [['more', 'than'], 'over'], [['over'], 'over'], [['upwards', 'of'], 'over'],
  [['in', 'excess', 'of'], 'over'], [['at', 'least'], 'atLeast'], [['no', 'fewer', 'than'], 'atLeast'],
  [['no', 'less', 'than'], 'atLeast'], [['a', 'minimum', 'of'], 'atLeast'], [['up', 'to'], 'upTo'],
  [['as', 'many', 'as'], 'upTo'], [['as', 'much', 'as'], 'upTo'], [['at', 'most'], 'upTo'],
  [['no', 'more', 'than'], 'upTo'], [['fewer', 'than'], 'upTo'], [['less', 'than'], 'upTo'],
  [['under'], 'upTo'], [['exactly'], 'exactly'], [['precisely'], 'exactly'],
];

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = table({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '฿': 'THB' });
const CURRENCY_WORDS: Readonly<Record<string, string>> = table({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR', baht: 'THB', riel: 'KHR', ringgit: 'MYR',
  pesos: 'MXN', francs: 'CHF', rubles: 'RUB', roubles: 'RUB', usd: 'USD', eur: 'EUR', gbp: 'GBP',
});
const COMPACT_MONEY = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/i;
const COMPACT_SCALE: Readonly<Record<string, number>> = table({ k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 });
const PHONE = /^(?:\d{3}[-.]\d{4}|\d{3}[-.]\d{3}[-.]\d{4})(?!\d)/;
const SCORE_CONTEXT = /^(won|lost|beat|defeated|vote|voted|score|scored|led|trailed|victory|win|loss|defeat)$/;
const HEADLINE_VERB = /^(kills?|wounds?|injures?|leaves?|hurts?|shoots?|hits?)$/;
const AT_TIME_VERBS = /^(dead|deceased|died|arrived|occurred|happened|began|started|ended|returned|left|called)$/;
const TIME_SUFFIXES = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'utc', 'edt', 'est', 'pdt', 'pst', 'cdt', 'cst', 'hrs', 'bst', 'cet']);
/** "one" is only a figure where it counts something: "one of the", "one man". */
const SUPERLATIVE_AFTER_ONE = /^(most|best|worst|few|last|first|only|largest|biggest|latest|main|top|many)$/;

const MULTIPLES: Readonly<Record<string, number>> = table({ double: 2, triple: 3, quadruple: 4, quintuple: 5 });
/** What a multiple counts: "a triple murder" the dead, "a triple shooting" the shot (of whom some may have died). */
const MULTIPLE_OF: Readonly<Record<string, 'killed' | 'shot'>> = table({
  murder: 'killed', murders: 'killed', homicide: 'killed', homicides: 'killed', slaying: 'killed', slayings: 'killed',
  killing: 'killed', killings: 'killed', shooting: 'shot', shootings: 'shot',
});
/** "one was wounded", "one remains in critical condition": a bare "one" that counts a casualty. */
const ONE_STATE_VERBS = /^(was|is|remains|remained|remain|has|had)$/;
/** Words that may stand between "one" and the person it counts: "one very brave officer", "one unarmed teenage boy". */
const ADJECTIVE_LIKE = /^(very|young|old|brave|unarmed|armed|innocent|teenage|elderly|off-duty|\w+(al|ous|ive|ful|ic|ed|ing|ent|ant|ish|ese|ian|ary|ile|less))$/;
const CASUALTY_STATE = /^(killed|dead|wounded|injured|hurt|shot|hospitali[sz]ed|condition|hospital|pronounced|treated|released|discharged)$/;

interface Core {
  value: number | null;
  min: number;
  max: number;
  first: number;
  last: number;
  vague: boolean;
  unit: string | null;
}

/** Finds the figures among one sentence's tokens. `text` is the whole document. */
export function findFigures(text: string, tokens: readonly Token[]): FigureMatch[] {
  const found: FigureMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const core = readCore(tokens, i);
    if (!core) continue;
    const match = complete(text, tokens, core);
    if (match) {
      found.push(match);
      i = match.last;
    } else {
      i = core.last;
    }
  }
  return found;
}

/** The bare number at token `i`, with scale words and a following range folded in. */
function readCore(tokens: readonly Token[], i: number): Core | undefined {
  const t = tokens[i];
  if (t.kind === TokenKind.Number) {
    const n = parseNumeral(t.text);
    if (n === undefined) return undefined;
    return withScale(tokens, { value: n, min: n, max: n, first: i, last: i, vague: false, unit: null });
  }
  if (t.kind !== TokenKind.Word) return undefined;
  const compact = isDigit(t.text.charCodeAt(0)) ? COMPACT_MONEY.exec(t.text) : null;
  if (compact && currencyBefore(tokens, i)) {
    const n = Number(compact[1]) * COMPACT_SCALE[compact[2].toLowerCase()];
    return { value: n, min: n, max: n, first: i, last: i, vague: false, unit: null };
  }
  const lower = t.lower;
  const vague = VAGUE[lower];
  if (vague) {
    // "tens of thousands", "hundreds of thousands"
    const next = tokens[i + 1];
    if ((lower === 'hundreds' || lower === 'tens') && next?.lower === 'of' && VAGUE[tokens[i + 2]?.lower ?? '']) {
      const scale = SCALES[tokens[i + 2].lower.slice(0, -1)] ?? 1;
      const base = lower === 'tens' ? 10 : 100;
      return { value: null, min: 2 * base * scale, max: 9.99 * base * scale, first: i, last: i + 2, vague: true, unit: null };
    }
    return { value: null, min: vague[0], max: vague[1], first: i, last: i, vague: true, unit: null };
  }
  if (lower === 'tens' && tokens[i + 1]?.lower === 'of' && VAGUE[tokens[i + 2]?.lower ?? '']) {
    const scale = SCALES[tokens[i + 2].lower.slice(0, -1)] ?? 1;
    return { value: null, min: 20 * scale, max: 99 * scale, first: i, last: i + 2, vague: true, unit: null };
  }
  if ((lower === 'a' || lower === 'an') && tokens[i + 1]) {
    const next = tokens[i + 1].lower;
    if (next === 'dozen' || SCALES[next] !== undefined && next.length > 3) {
      return withScale(tokens, { value: 1, min: 1, max: 1, first: i, last: i, vague: false, unit: null });
    }
    const fraction = fractionWord(next);
    // "a third of the delegates" is a fraction; "a third officer", "a fifth victim" are ordinals.
    if (fraction !== undefined && fraction < 1 && tokens[i + 2]?.lower === 'of') {
      const f = fraction ?? 0.5;
      return { value: f, min: f, max: f, first: i, last: i + 1, vague: false, unit: 'fraction' };
    }
    return undefined;
  }
  // "a triple murder", "double-murder charges": the count of victims.
  const multiple = multipleVictims(tokens, i);
  if (multiple !== undefined) return { value: multiple.count, min: multiple.count, max: multiple.count, first: i, last: i, vague: false, unit: null };
  const fraction = fractionWord(lower);
  if (fraction !== undefined && (lower.includes('-') || lower === 'half' && tokens[i + 1]?.lower === 'of')) {
    return { value: fraction, min: fraction, max: fraction, first: i, last: i, vague: false, unit: 'fraction' };
  }
  const n = cardinalWord(lower);
  if (n === undefined) return undefined;
  if (n === 1 && !oneCounts(tokens, i)) return undefined;
  if (n === 0) return undefined;
  return withScale(tokens, { value: n, min: n, max: n, first: i, last: i, vague: false, unit: null });
}

/** "triple murder", "double-slaying", "quadruple shooting": how many were killed or shot, or undefined when token `i` is not that. */
export function multipleVictims(tokens: readonly Token[], i: number): { count: number; key: 'killed' | 'shot' } | undefined {
  const lower = tokens[i].lower;
  const dash = lower.indexOf('-');
  const count = MULTIPLES[dash < 0 ? lower : lower.slice(0, dash)];
  if (count === undefined) return undefined;
  const key = MULTIPLE_OF[dash < 0 ? tokens[i + 1]?.lower ?? '' : lower.slice(dash + 1)];
  return key ? { count, key } : undefined;
}

function oneCounts(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev === 'no' || prev === 'any' || prev === 'every' || prev === 'some' || prev === 'the' || prev === 'this' || prev === 'that') return false;
  const next = tokens[i + 1]?.lower;
  if (next === 'fatally' || next === 'critically' || next === 'seriously') return true; // "six were shot, one fatally"
  if (next === 'dead' || next === 'deceased' || next === 'wounded' || next === 'injured' || next === 'killed') return true; // "left one dead"
  if (prev !== undefined && /^(killing|killed|wounding|wounded|injuring|injured|shooting)$/.test(prev)) return true; // "killing one"
  if (next === 'died' || next === 'dies' || next === 'survived') return true; // "one died at the hospital"
  // "one was wounded", "one is in stable condition", "one remains hospitalized"
  if (next !== undefined && ONE_STATE_VERBS.test(next)) {
    for (let j = i + 2; j < tokens.length && j <= i + 5; j++) if (CASUALTY_STATE.test(tokens[j].lower)) return true;
  }
  // "Duhart was one of five people injured" identifies someone; it does not count anyone.
  if (next === 'of' && prev !== undefined && /^(was|is|as|being)$/.test(prev)) return false;
  if (next === 'of') return !SUPERLATIVE_AFTER_ONE.test(tokens[i + 3]?.lower ?? '') && !SUPERLATIVE_AFTER_ONE.test(tokens[i + 2]?.lower ?? '');
  // "one man", "one very brave officer", "one DART officer"; not "at one point police arrived"
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (PERSON_NOUNS.has(t.lower)) return true;
    if (t.kind !== TokenKind.Word || !(/^\p{Lu}/u.test(t.text) || ADJECTIVE_LIKE.test(t.lower))) return false;
  }
  return false;
}

/** Folds scale words ("hundred", "million", "dozen"), "and" inside number words, and a range. */
function withScale(tokens: readonly Token[], core: Core): Core {
  let value = core.value ?? 0;
  let total = 0;
  let j = core.last + 1;
  const wordNumber = tokens[core.first].kind === TokenKind.Word;
  for (; j < tokens.length; j++) {
    const w = tokens[j].lower;
    const scale = SCALES[w];
    if (scale !== undefined && (w.length > 3 || tokens[core.first].kind === TokenKind.Number)) {
      if (scale >= 1000) {
        total += value * scale;
        value = 0;
      } else {
        value *= scale;
      }
      core.last = j;
      continue;
    }
    if (w === 'dozen') {
      value *= 12;
      core.last = j;
      continue;
    }
    if (wordNumber) {
      // "two hundred and twelve", "one thousand five hundred"
      const afterAnd = w === 'and' ? tokens[j + 1]?.lower : undefined;
      const n = cardinalWord(afterAnd ?? w);
      if (n !== undefined && n < 100 && (total > 0 || value >= 100) && value % 100 === 0) {
        value += n;
        j = afterAnd !== undefined ? j + 1 : j;
        core.last = j;
        continue;
      }
    }
    break;
  }
  const n = total + value;
  core.value = n;
  core.min = n;
  core.max = n;
  return readRange(tokens, core);
}

/** "12 to 15", "12-15", "two or three", "between 12 and 15" (the "between" is handled by the caller). */
function readRange(tokens: readonly Token[], core: Core): Core {
  const sep = tokens[core.last + 1];
  const other = tokens[core.last + 2];
  if (!sep || !other) return core;
  const isSep = sep.text === '-' || sep.text === '–' || sep.lower === 'to' || sep.lower === 'or' ||
    sep.lower === 'and' && tokens[core.first - 1]?.lower === 'between';
  if (!isSep) return core;
  if (sep.text === '-' && (sep.start !== tokens[core.last].end || other.start !== sep.end)) return core;
  const upper = other.kind === TokenKind.Number ? parseNumeral(other.text) : cardinalWord(other.lower);
  if (upper === undefined || core.value === null || upper <= core.value) return core;
  if (other.kind !== tokens[core.first].kind) return core;
  const scaled = withScaleOnly(tokens, core.last + 2, upper);
  const min = core.value * (scaled.factor > 1 && core.value < scaled.value ? scaled.factor : 1);
  return { ...core, value: null, min, max: scaled.value, last: scaled.last, vague: true };
}

function withScaleOnly(tokens: readonly Token[], at: number, n: number): { value: number; last: number; factor: number } {
  const scale = SCALES[tokens[at + 1]?.lower ?? ''];
  if (scale !== undefined) return { value: n * scale, last: at + 1, factor: scale };
  return { value: n, last: at, factor: 1 };
}

function currencyBefore(tokens: readonly Token[], i: number): string | undefined {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start) return undefined;
  return CURRENCY_SYMBOLS[prev.text];
}

/** Adds hedges, currency and percent, and rejects numbers that are not figures. */
function complete(text: string, tokens: readonly Token[], core: Core): FigureMatch | undefined {
  if (core.unit === null && notAFigure(text, tokens, core)) return undefined;
  let first = core.first;
  let last = core.last;
  let unit = core.unit;

  // Currency before: "$1.2 billion", "US$5", "€40".
  const symbol = currencyBefore(tokens, first);
  if (symbol) {
    unit = symbol;
    first -= 1;
    const us = tokens[first - 1];
    if (us && us.end === tokens[first].start && /^(us|a|c|hk|nz|s)$/i.test(us.text)) {
      first -= 1;
      unit = us.lower === 'us' ? 'USD' : `${us.text.toUpperCase()}D`;
    }
  }
  // Units after: "40 percent", "40%", "5 million euros", "3 percentage points".
  const after = tokens[last + 1];
  if (after && unit === null) {
    if (after.text === '%' || after.lower === 'percent' || after.lower === 'pct') {
      unit = 'percent';
      last += 1;
    } else if (after.lower === 'per' && tokens[last + 2]?.lower === 'cent') {
      unit = 'percent';
      last += 2;
    } else if (after.lower === 'percentage' && tokens[last + 2]?.lower.startsWith('point')) {
      unit = 'percentage points';
      last += 2;
    } else if (CURRENCY_WORDS[after.lower]) {
      unit = CURRENCY_WORDS[after.lower];
      last += 1;
    }
  }

  // Hedges before: "about 50", "more than 1,000", "between 12 and 15".
  let hedge: Hedge | undefined;
  const before = first;
  if (tokens[before - 1]?.lower === 'between' && core.vague && core.value === null) {
    first = before - 1;
  } else {
    for (const [words, kind] of HEDGES) {
      const at = before - words.length;
      if (at < 0) continue;
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) ok = tokens[at + k].lower === words[k];
      if (!ok) continue;
      if (words[0] === 'some' && tokens[before].kind !== TokenKind.Number && !cardinalWord(tokens[before].lower)) continue;
      hedge = kind;
      first = at;
      break;
    }
  }
  // Hedges after: "50 or so", "50 or more", "50-odd".
  const a1 = tokens[last + 1]?.lower;
  const a2 = tokens[last + 2]?.lower;
  if (a1 === 'or' && a2 === 'so') {
    hedge = 'about';
    last += 2;
  } else if (a1 === 'or' && (a2 === 'more' || a2 === 'higher')) {
    hedge = 'atLeast';
    last += 2;
  } else if (a1 === '-' && a2 === 'odd') {
    hedge = 'about';
    last += 2;
  }

  const reading = read(core, hedge, unit);
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { figure: { start, end, text: text.slice(start, end), ...reading }, first, last };
}

function read(core: Core, hedge: Hedge | undefined, unit: string | null): Reading {
  const v = core.value;
  if (v === null || hedge === undefined || hedge === 'exactly') {
    return { value: v, min: core.min, max: core.max, approximate: core.vague && hedge !== 'exactly', unit };
  }
  const counted = unit === null && Number.isInteger(v);
  const slack = counted ? Math.max(1, Math.round(v * 0.1)) : v * 0.1;
  switch (hedge) {
    case 'about':
      return { value: v, min: Math.max(0, v - slack), max: v + slack, approximate: true, unit };
    case 'nearly':
      return { value: v, min: Math.max(0, v - slack), max: v, approximate: true, unit };
    case 'over':
    case 'atLeast':
      return { value: v, min: v, max: null, approximate: true, unit };
    case 'upTo':
      return { value: v, min: null, max: v, approximate: true, unit };
  }
}

/** "ages 24, 25, and 41": a number in a list that "ages" or "aged" opens. */
function inListOfAges(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const w = tokens[k];
    if (w.lower === 'ages' || w.lower === 'aged') return true;
    // "two males, 30 and 42": the ages of the people just named
    if (w.kind === TokenKind.Word && PERSON_NOUNS.has(w.lower) && tokens[k + 1]?.text === ',' && k < first - 3) return true;
    if (!(w.kind === TokenKind.Number || w.text === ',' || w.lower === 'and')) return false;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Years, times, ages, dates, addresses, phone numbers, identifiers, scores: numbers, not figures. */
function notAFigure(text: string, tokens: readonly Token[], core: Core): boolean {
  const t = tokens[core.first];
  const prev = tokens[core.first - 1];
  const next = tokens[core.last + 1];
  const next2 = tokens[core.last + 2];
  if (t.kind === TokenKind.Number) {
    const raw = t.text;
    if (raw.includes(':')) return true; // 4:16
    const charBefore = text.charCodeAt(t.start - 1);
    const charAfter = text.charCodeAt(t.end);
    // Glued to other characters: ".45", "#3", "/2014/", "555-0199", "3-2".
    if (charBefore === 46 || charBefore === 35 || charBefore === 47 || charBefore === 95 || charBefore === 64 || charBefore === 61) return true;
    if (charAfter === 58 /* : */ && isDigit(text.charCodeAt(t.end + 1))) return true; // 1:02am
    // Pagination: "1 / 3"
    if (next?.text === '/' && tokens[core.last + 2]?.kind === TokenKind.Number) return true;
    // The second half of "555-0142" or "3-2": the first half was already rejected.
    if (charBefore === 45 && isDigit(text.charCodeAt(t.start - 2))) return true;
    if (charAfter === 47 || charAfter === 95 || charAfter === 64) return true;
    if (/^\d{7,}$/.test(raw)) return true; // ids, phone numbers without separators
    if (PHONE.test(text.slice(t.start, t.start + 16))) return true;
    if (core.value !== null && core.value >= 1000 && core.value <= 2100 && /^\d{4}$/.test(raw) && core.last === core.first) {
      // A year unless it counts people: "2000 people" (copy that counts writes "2,000" otherwise).
      if (!(next && PERSON_NOUNS.has(next.lower))) return true;
    }
    if (charAfter === 45 /* - */ && SCORE_CONTEXT.test(prev?.lower ?? '')) return true; // won 3-2
    if (prev?.text === ')' && /^\d{3}$/.test(tokens[core.first - 2]?.text ?? '')) return true; // (312) 555
    if (prev?.text === '(' && /^\d{3}$/.test(raw) && next?.text === ')') return true;
  }
  if (next && TIME_SUFFIXES.has(next.lower)) return true; // 4 p.m.
  // "pronounced dead at 5 at the scene", "arrived at 11": a clock time without its suffix
  if (prev?.lower === 'at' && AT_TIME_VERBS.test(tokens[core.first - 2]?.lower ?? '') && core.value !== null && core.value <= 24) return true;
  if (next?.text === '-' && next.start === tokens[core.last].end && next2?.kind === TokenKind.Word && next2.start === next.end) {
    return true; // "34-year-old", "10-minute", "two-day"
  }
  if (next?.text === '-' && next.start === tokens[core.last].end && /^(and|or|to)$/.test(next2?.lower ?? '')) return true; // "a 25- and 35-year-old"
  // "an 18 and 15 year old"
  if (/^(and|or)$/.test(next?.lower ?? '') && next2?.kind === TokenKind.Number && /^years?([-‑]old)?$/.test(tokens[core.last + 3]?.lower ?? '')) return true;
  if (t.kind === TokenKind.Word && /[-‑](year|month|week|day|hour|minute|mile|foot|story|storey)/.test(t.lower)) return true;
  // "a 12 year-old boy", "an 11 year old boy": ages written loosely
  if (next && (/^years?[-‑]old$/.test(next.lower) || /^years?$/.test(next.lower) && tokens[core.last + 2]?.lower === 'old')) return true;
  // Dates: "March 3", "3 March", "Nov. 5, 2009".
  if (prev && MONTHS[prev.lower] !== undefined) return true;
  if (next && MONTHS[next.lower] !== undefined && core.value !== null && core.value <= 31 && t.kind === TokenKind.Number) return true;
  if (next?.lower === 'of' && next2 && MONTHS[next2.lower] !== undefined) return true;
  // Ages: "aged 34", "age 34", "Lopez, 34,".
  if (prev && (prev.lower === 'aged' || prev.lower === 'age' || prev.lower === 'ages')) return true;
  if (prev?.lower === 'between' && /^(aged|ages)$/.test(tokens[core.first - 2]?.lower ?? '')) return true; // aged between 20 and 37
  if (inListOfAges(tokens, core.first)) return true; // ages 24, 25, and 41
  const ofPlace = next?.lower === 'of' && next2 !== undefined && /^\p{Lu}/u.test(next2.text);
  if (prev?.text === ',' && (next?.text === ',' || next?.text === '.' || next?.lower === 'and' || next?.text === ')' || next === undefined || ofPlace || next?.lower === 'who')) {
    // "Lopez, 34, ...", "the gunman, 34, ...", "Shawn Lee Jr., 21 of Lynchburg", "and Dee Hart, 34 who …"
    // "Belin Jr., 49," — an abbreviation's period stands between the name and the comma
    const name = tokens[core.first - 2]?.text === '.' ? tokens[core.first - 3] : tokens[core.first - 2];
    const person = name && name.kind === TokenKind.Word && (/^\p{Lu}/u.test(name.text) || PERSON_NOUNS.has(name.lower));
    if (person && core.value !== null && core.value < 120) return true;
  }
  // "Jacob Williams 18, of McDonough"
  if (prev && /^\p{Lu}/u.test(prev.text) && prev.kind === TokenKind.Word && next?.text === ',' && next2?.lower === 'of' && core.value !== null && core.value < 120 && t.kind === TokenKind.Number) return true;
  if (prev?.text === '(' && next?.text === ')' && core.value !== null && core.value < 120 && tokens[core.first - 2] && /^\p{Lu}/u.test(tokens[core.first - 2].text)) return true;
  // Addresses: "1600 Pennsylvania Avenue", "the 1200 block of".
  for (let k = core.last + 1; k <= core.last + 4 && k < tokens.length; k++) {
    const w = tokens[k];
    if (ADDRESS_WORDS.has(w.lower) && (k === core.last + 1 ? w.lower === 'block' : /^\p{Lu}/u.test(w.text))) return true;
    if (w.kind !== TokenKind.Word || !/^\p{Lu}/u.test(w.text)) break;
  }
  // Identifiers: "Route 66", "Flight 370", "No. 5", "Image 4 of 10", "Apollo 11".
  // "Apt. 1": the abbreviation's period stands between the head and the number
  const head = prev?.text === '.' ? tokens[core.first - 2] : prev;
  if (head && IDENTIFIER_HEADS.has(head.lower)) {
    if (!(next && PERSON_NOUNS.has(next.lower))) return true;
  }
  // A broadcaster's name: "LEX 18", "KTLA 5", "WSB-TV 2".
  if (prev && prev.kind === TokenKind.Word && t.kind === TokenKind.Number && /^[A-Z][A-Z-]{1,7}$/.test(prev.text) && prev.text.length >= 3) return true;
  if (prev && prev.kind === TokenKind.Word && /^\p{Lu}/u.test(prev.text) && core.first >= 2 && t.kind === TokenKind.Number) {
    const nextIsNoun = next && next.kind === TokenKind.Word && /^[a-z]/.test(next.text);
    const prevIsHeadline = tokens[core.first - 2]?.kind === TokenKind.Word && /^\p{Lu}/u.test(tokens[core.first - 2].text) && /^\p{Lu}/u.test(tokens[0].text);
    // "Kills 2, Wounds 5 Others": a headline verb, not a name with a number
    if (!nextIsNoun && !prevIsHeadline && !/^(of|than|to)$/i.test(prev.text) && !HEADLINE_VERB.test(prev.lower)) return true;
  }
  if (prev?.text === '#') return true;
  // The total of an identifier: "Image 4 of 10".
  if (prev?.lower === 'of' && tokens[core.first - 2]?.kind === TokenKind.Number && IDENTIFIER_HEADS.has(tokens[core.first - 3]?.lower ?? '')) return true;
  return false;
}
