import type { Claim, IsoDate, Period } from '../types';
import { countsAnIncident } from './measure';
import { TokenKind, type Token } from '../text/tokens';
import { MONTHS } from '../text/lexicon';
import { table } from '../text/table';
import { WordProperty } from '../text/vocabulary';
import { cardinalWord } from '../figures/numberWords';
import { findDates, type DateMatch } from '../dates/dateMentions';
import { tokenize } from '../text/tokens';

/**
 * The periods a sentence names, as what its figures are about: a quarter ("the third quarter",
 * "Q3", "4TH QTR"), a half, nine months, a fiscal or calendar year ("fiscal 2025", "1986", "the
 * year"), a month ("in March", "last month"), a week, a season, a running period ("since 2019",
 * "so far this year"), or a period relative to another ("a year earlier", "the previous quarter").
 * Years left unsaid are inferred from the article's date, the same way for every article, so "the
 * third quarter" and "Q3 2026" are one period.
 */
export interface PeriodMention {
  readonly first: number;
  readonly last: number;
  /** A period stated outright, or (relative) a shift of the sentence's own period: "a year earlier". */
  readonly period: Period | null;
  readonly relative?: Relative;
  /** A day ("on Tuesday", "yesterday", "March 3"): the period only of what is quoted by the day (a share price, a rate). */
  readonly day?: boolean;
  /** A point back from the article's day ("two years ago"): it dates only the figure right before it, or the sentence it opens. */
  readonly back?: boolean;
}

type Relative = 'year-earlier' | 'quarter-earlier';

const ORDINALS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 0,
});
const QUARTER_WORDS = new Set(['quarter', 'qtr', 'qtr.', 'quarters']);
const HALF_WORDS = new Set(['half', 'half-year']);
const YEAR_WORDS = new Set(['year', 'yr', 'yr.', 'full-year', 'fiscal-year']);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const period = (key: string, label: string, earlier = false): Period => ({ key, label, earlier });
/** Words before a month that make it a deadline: "by March", "until June". */
const DEADLINE = new Set(['by', 'until', 'till', 'before']);
/** Words after "year" in a results headline ("ACME YEAR NET", "year results"). */
const RESULTS_WORDS = new Set(['net', 'loss', 'profit', 'profits', 'earnings', 'results', 'revenue', 'revenues', 'sales', 'shr', 'oper']);

/**
 * The periods named among one sentence's tokens, read when first asked for: the sentence's claims
 * and the document's search for its lead period (or a results table's section line) both ask, and
 * most sentences are asked by neither.
 */
export class SentencePeriods {
  private read: readonly PeriodMention[] | undefined;

  constructor(private readonly tokens: readonly Token[], private readonly dates: readonly DateMatch[], private readonly articleDate: IsoDate | undefined) {}

  get mentions(): readonly PeriodMention[] {
    return this.read ??= periodsIn(this.tokens, this.dates, this.articleDate);
  }

  /** The first period the sentence states outright (not relative to another), if any. */
  get stated(): Period | null {
    return this.mentions.find((m) => !m.relative && !m.day && !m.back)?.period ?? null;
  }
}

function periodsIn(tokens: readonly Token[], dates: readonly DateMatch[], articleDate: IsoDate | undefined): PeriodMention[] {
  const found: PeriodMention[] = [];
  const year = articleDate ? Number(articleDate.slice(0, 4)) : undefined;
  const month = articleDate ? Number(articleDate.slice(5, 7)) : undefined;
  const w = (i: number) => tokens[i]?.lower ?? '';
  /** The unit of the last ordinal period ("the third quarter … the second" is the second quarter). */
  let lastUnit: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const kind = PERIOD_WORD.of(t);
    if (kind === 0) continue;
    // "third quarter", "third-quarter", "4TH QTR", "fiscal fourth quarter"
    const dash = kind & PeriodWord.Ordinal ? firstHyphen(t.lower) : -1;
    const ordinal = kind & PeriodWord.Ordinal ? ORDINALS[dash < 0 ? t.lower : t.lower.slice(0, dash)] : undefined;
    const unitAt = dash < 0 ? i + 1 : i;
    const unit = dash < 0 ? w(i + 1) : t.lower.slice(dash + 1);
    // "… after shrinking in the second": an ordinal alone repeats the unit of the period before it
    const elided = ordinal !== undefined && lastUnit !== undefined && w(i - 1) === 'the' && tokens[i + 1]?.kind !== TokenKind.Word;
    if (ordinal !== undefined && (QUARTER_WORDS.has(unit) || HALF_WORDS.has(unit) || elided)) {
      lastUnit = elided ? lastUnit : unit;
      if (elided) {
        const y = year !== undefined && month !== undefined && QUARTER_WORDS.has(lastUnit!) ? quarterYear(ordinal, year, month) : undefined;
        found.push({ first: i, last: i, period: QUARTER_WORDS.has(lastUnit!) ? quarter(ordinal, y) : period(`h${ordinal}${y ? `-${y}` : ''}`, `H${ordinal}`) });
        continue;
      }
      const stated = statedYear(tokens, i, unitAt);
      if (QUARTER_WORDS.has(unit)) {
        const q = ordinal === 0 ? lastQuarter(month) : ordinal;
        const y = stated ?? (q !== undefined && year !== undefined && month !== undefined ? quarterYear(q, year, month) : undefined);
        found.push({ first: i, last: stated !== undefined ? unitAt + 1 : unitAt, period: q === undefined ? null : quarter(q, y) });
      } else if (ordinal === 1 || ordinal === 2) {
        const y = stated ?? (year !== undefined && month !== undefined ? (ordinal === 2 && month <= 6 || ordinal === 1 && month <= 3 ? year - 1 : year) : undefined);
        found.push({ first: i, last: unitAt, period: period(`h${ordinal}${y ? `-${y}` : ''}`, `H${ordinal}${y ? ` ${y}` : ''}`) });
      }
      i = unitAt;
      continue;
    }
    // "Q3", "Q3 2026", "3Q"
    const q = kind & PeriodWord.QuarterCode ? QUARTER_CODE.exec(t.lower) ?? QUARTER_CODE_AFTER.exec(t.lower) : null;
    if (q) {
      const stated = statedYear(tokens, i, i);
      const y = stated ?? (year !== undefined && month !== undefined ? quarterYear(Number(q[1]), year, month) : undefined);
      found.push({ first: i, last: i, period: quarter(Number(q[1]), y) });
      continue;
    }
    // "nine months", "9 mths", "six months ended June 30", "12 mths"
    const months = kind & PeriodWord.MonthCount ? MONTH_COUNTS[t.lower] : undefined;
    if (months !== undefined && /^(months|mths|mos)$/.test(w(i + 1))) {
      // "six months ended June 30", "the 12 months to March": a span named by its last month
      const end = endingMonth(tokens, i + 2, year, month);
      if (end) found.push({ first: i, last: end.last, period: period(`${months}m-to-${end.key}`, `${t.text} months to ${end.label}`) });
      else found.push({ first: i, last: i + 1, period: months === 12 ? fiscalYear(year, month) : period(`${months}m`, `${t.text} months`) });
      i = end ? end.last : i + 1;
      continue;
    }
    // "fiscal 2025", "FY2025", "FY25", "fiscal year 2025"
    const fy = kind & PeriodWord.Fiscal ? FISCAL_YEAR.exec(t.lower) : null;
    if (fy || t.lower === 'fiscal' && /^\d{4}$/.test(w(i + 1) || w(i + 2))) {
      const digits = fy ? fy[1] : /^\d{4}$/.test(w(i + 1)) ? w(i + 1) : w(i + 2);
      const y = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
      const last = fy ? i : /^\d{4}$/.test(w(i + 1)) ? i + 1 : i + 2;
      found.push({ first: i, last, period: period(`fy-${y}`, `fiscal ${y}`, year !== undefined && y < year - (month !== undefined && month <= 3 ? 1 : 0)) });
      i = last;
      continue;
    }
    // "a year earlier", "a year ago", "the year-earlier period", "the same period last year", "year-ago"
    if (t.lower === 'year-earlier' || t.lower === 'year-ago' || (t.lower === 'year' && /^(earlier|ago|before)$/.test(w(i + 1)) && /^(a|one|the)$/.test(w(i - 1)))) {
      found.push({ first: t.lower === 'year' ? i - 1 : i, last: t.lower === 'year' ? i + 1 : i, period: null, relative: 'year-earlier' });
      continue;
    }
    // "two years ago", "18 months ago": the year or month that many before the article's
    const ago = t.lower === 'ago' ? agoCount(w(i - 2)) : undefined;
    if (ago !== undefined && year !== undefined && month !== undefined && /^(years|months)$/.test(w(i - 1))) {
      const back = w(i - 1) === 'years' ? ago * 12 : ago;
      const m = (((month - 1 - back) % 12) + 12) % 12 + 1;
      const y = year + Math.floor((month - 1 - back) / 12);
      found.push({ first: i - 2, last: i, period: w(i - 1) === 'years' ? period(`year-${y}`, `${y}`, true) : monthPeriod(y, m, true), back: true });
      continue;
    }
    if (kind & PeriodWord.PriorQuarter && (QUARTER_WORDS.has(w(i + 1)) || t.lower === 'sequentially')) {
      found.push({ first: i, last: t.lower === 'sequentially' ? i : i + 1, period: null, relative: 'quarter-earlier' });
      continue;
    }
    // "last year", "this year", "next year", "last month", "this season", "so far this year"
    if (kind & PeriodWord.Shift && year !== undefined) {
      // "last year's budget", "last month's referendum": the possessive names the same period
      const what = w(i + 1).replace(/['’]s$/, '');
      const shift = t.lower === 'next' ? 1 : t.lower === 'this' ? 0 : -1;
      const ytd = t.lower === 'this' && /^(so|far)$/.test(w(i - 1)) || w(i - 1) === 'far';
      if (YEAR_WORDS.has(what)) {
        const y = year + shift;
        found.push({ first: i, last: i + 1, period: ytd ? period(`ytd-${y}`, `so far in ${y}`) : period(`year-${y}`, `${y}`, shift < 0) });
        i++;
        continue;
      }
      if (what === 'month' && month !== undefined) {
        const m = ((month - 1 + shift + 12) % 12) + 1;
        const y = year + (month - 1 + shift < 0 ? -1 : month - 1 + shift > 11 ? 1 : 0);
        found.push({ first: i, last: i + 1, period: monthPeriod(y, m, shift < 0) });
        i++;
        continue;
      }
      if (what === 'season') {
        found.push({ first: i, last: i + 1, period: period(`season${shift === 0 ? '' : shift}`, `${t.lower} season`, shift < 0) });
        i++;
        continue;
      }
      if (what === 'week') {
        found.push({ first: i, last: i + 1, period: period(`week${shift === 0 ? '' : shift}`, `${t.lower} week`, shift < 0) });
        i++;
        continue;
      }
    }
    // "year to date", "year-to-date"
    if ((t.lower === 'year-to-date' || t.lower === 'year' && w(i + 1) === 'to' && w(i + 2) === 'date') && year !== undefined) {
      found.push({ first: i, last: t.lower === 'year' ? i + 2 : i, period: period(`ytd-${year}`, `so far in ${year}`) });
      continue;
    }
    // "for the year", "the full year", "full-year", "annual", "YEAR NET": the article's fiscal year
    // "YEAR SEPT 30 LOSS", a results table's "Year" line
    const yearOf = t.lower === 'year' && (/^(the|full|fiscal|financial|whole)$/.test(w(i - 1)) || RESULTS_WORDS.has(w(i + 1)) ||
      MONTHS[w(i + 1)] !== undefined || tokens.length === 1);
    if ((t.lower === 'annual' || t.lower === 'full-year' || yearOf) && year !== undefined && month !== undefined) {
      // "the year ended December", "the year to September 30": a year named by its last month
      const end = t.lower === 'year' ? endingMonth(tokens, i + 1, year, month) : undefined;
      found.push({ first: i, last: end?.last ?? i, period: end ? period(`12m-to-${end.key}`, `the year to ${end.label}`) : fiscalYear(year, month) });
      if (end) i = end.last;
      continue;
    }
    // "since 2019", "since January"
    if (t.lower === 'since' && (/^\d{4}$/.test(w(i + 1)) || MONTHS[w(i + 1)] !== undefined)) {
      found.push({ first: i, last: i + 1, period: period(`since-${w(i + 1)}`, `since ${tokens[i + 1].text}`) });
      i++;
    }
  }
  // Years and months the date reader found: "in 2025", "2025 revenue", "in March".
  for (const d of dates) {
    if (d.dateline || overlapsAny(found, d)) continue;
    if (d.year === undefined && d.bareMonth === undefined) {
      // "closed at $24 on Tuesday": a day, resolved against the article's date where it has one
      const key = d.mention.date ?? d.mention.text.toLowerCase().replace(/^(on|last|this)\s+/, '');
      found.push({ first: d.first, last: d.last, period: period(`day-${key}`, d.mention.text), day: true });
      continue;
    }
    // "will cut 1,200 jobs by March": a deadline, not the period a figure is about
    if (d.mention.date !== undefined || DEADLINE.has(tokens[d.first - 1]?.lower ?? '')) continue;
    if (d.bareMonth !== undefined && year !== undefined && month !== undefined) {
      const y = d.year ?? (d.bareMonth > month ? year - 1 : year);
      found.push({ first: d.first, last: d.last, period: monthPeriod(y, d.bareMonth, y < year || y === year && d.bareMonth < month - 1) });
    } else if (d.year !== undefined && d.bareMonth === undefined) {
      found.push({ first: d.first, last: d.last, period: period(`year-${d.year}`, `${d.year}`, year !== undefined && d.year < year - 1) });
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

/**
 * The period a figure at tokens `first`…`last` is about. A level takes the nearest period its
 * sentence states, or a relative one right after it ("$3.7 billion a year earlier"); a baseline
 * ("up from $3.7 billion") takes the relative period its sentence names, shifting the sentence's
 * own ("Q3 2026 a year earlier" is Q3 2025), or else the period before the sentence's.
 */
export function periodOf(tokens: readonly Token[], all: readonly PeriodMention[], first: number, last: number, baseline: boolean, daily = false): Period | null {
  const near = (m: PeriodMention) => m.first > last && m.first - last <= 3 || m.first <= 1;
  const mentions = (daily ? all : all.filter((m) => !m.day)).filter((m) => !m.back || m.first === last + 1 || m.first === 0);
  const own = mentions.find((m) => !m.relative && !m.back)?.period ?? null;
  // "$3.7 billion a year earlier", or "A year earlier, revenue was $3.7 billion": a relative period right after the figure or opening the sentence
  const relativeAfter = mentions.find((m) => m.relative && near(m));
  if (relativeAfter) return shifted(own, relativeAfter.relative);
  if (baseline) {
    const statedAfter = mentions.find((m) => !m.relative && m.first > last && m.first - last <= 3);
    if (statedAfter) return statedAfter.period;
    return shifted(own, mentions.find((m) => m.relative)?.relative);
  }
  let best: Period | null = null;
  let bestDistance = Infinity;
  for (const m of mentions) {
    // "In the third quarter, …" dates the sentence; elsewhere a period dates the figures of its own clause
    if (m.relative || m.first > 2 && clauseBreakBetween(tokens, Math.min(last, m.last), Math.max(first, m.first))) continue;
    const distance = m.first > last ? m.first - last : first - m.last;
    // "rose 1.1 pct in January after a 0.2 pct rise in December": a period follows its figure
    if (distance < bestDistance || distance === bestDistance && m.first > last) {
      best = m.period;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A period written by a person (a fact's `period:`): "Q3 2026", "fiscal 2025", "2025", "March
 * 2026", "first half 2026". Undefined when the words name none.
 */
export function readPeriod(words: string, reference: IsoDate | undefined): Period | undefined {
  const tokens = tokenize(words);
  return new SentencePeriods(tokens, findDates(words, tokens, reference), reference).stated ?? undefined;
}

/** Clause breaks: "…, and said it had hired 300 engineers since June" starts a clause of its own. */
function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k].lower;
    if (t === ';' || t === 'said' || t === 'says' || t === 'while' || t === 'whereas' || (t === 'and' || t === 'but') && tokens[k - 1]?.text === ',') return true;
  }
  return false;
}

/**
 * The article's own period (the one its headline or lede names: "fourth-quarter results") for the
 * measures whose sentences name none, and the baselines set against it ("a year earlier"), from
 * claim `from` on (a results table's "Year" line starts a section of its own).
 */
export function settlePeriods(claims: Claim[], lead: Period, from = 0): void {
  for (let i = from; i < claims.length; i++) {
    const c = claims[i];
    // an incident's counts and a game's or a vote's score are about their day, not the article's period
    if (countsAnIncident(c) || c.figure.kind === 'score') continue;
    const p = c.period === null ? lead : RELATIVE_KEYS.has(c.period.key) ? shifted(lead, c.period.key === 'before' ? undefined : c.period.key as Relative) : c.period;
    // Stryker disable next-line ConditionalExpression: a copy of a claim with its own period equals the claim; the test only spares the copy
    if (p !== c.period) claims[i] = { ...c, period: p };
  }
}

/**
 * In an article without a date, a year or a month a clause names ("bought Compaq for $19 billion in
 * 2002") cannot be placed against the story's own period, unless the headline or lede names it too:
 * it is another period than the story's, so it is never compared with the story's own figures.
 */
export function settleUndatedPeriods(claims: Claim[], lead: Period | null): void {
  for (let i = 0; i < claims.length; i++) {
    const p = claims[i].period;
    if (p && !p.earlier && CALENDAR_KEY.test(p.key) && p.key !== lead?.key) claims[i] = { ...claims[i], period: { ...p, earlier: true } };
  }
}

/**
 * In a dated article, a calendar year or a month of a year before the article's ("In June 2012, a
 * 3.0 quake struck", in copy of 2013) is another period than the story's own, unless the headline or
 * lede names it: never compared with the story's own figures, only with that period's.
 */
export function settleDatedPeriods(claims: Claim[], lead: Period | null, articleDate: IsoDate): void {
  const articleYear = Number(articleDate.slice(0, 4));
  for (let i = 0; i < claims.length; i++) {
    const p = claims[i].period;
    if (p && !p.earlier && CALENDAR_KEY.test(p.key) && p.key !== lead?.key && Number(/\d{4}/.exec(p.key)![0]) < articleYear) claims[i] = { ...claims[i], period: { ...p, earlier: true } };
  }
}

/** A calendar year or month ("year-2002", "2008-09"): the periods an undated article names by their dates. */
const CALENDAR_KEY = /^(year-\d{4}|\d{4}-\d\d)$/;

/**
 * "ended June 30", "ending December", "to March 1987": the last month of a span, from token `k`, its
 * year the article's unless said (a month after the article's is the year before).
 */
function endingMonth(tokens: readonly Token[], k: number, year: number | undefined, month: number | undefined): { key: string; label: string; last: number } | undefined {
  if (!/^(ended|ending|to|through)$/.test(tokens[k]?.lower ?? '')) return undefined;
  const m = MONTHS[tokens[k + 1]?.lower ?? ''];
  if (m === undefined) return undefined;
  let last = k + 1;
  if (tokens[last + 1]?.kind === TokenKind.Number && Number(tokens[last + 1].text) <= 31) last++;
  const stated = /^(19|20)\d\d$/.test(tokens[last + 1]?.text ?? '') ? Number(tokens[++last].text) : undefined;
  const y = stated ?? (year === undefined || month === undefined ? undefined : m > month ? year - 1 : year);
  const key = y === undefined ? `m${m}` : `${y}-${String(m).padStart(2, '0')}`;
  return { key, label: `${MONTH_NAMES[m - 1]}${y === undefined ? '' : ` ${y}`}`, last };
}

/** Keys of relative periods read without a period of their own sentence. */
const RELATIVE_KEYS = new Set(['year-earlier', 'quarter-earlier', 'before']);

/** The period `relative` to `own`: Q3 2026 a year earlier is Q3 2025; without one, a period before. */
function shifted(own: Period | null, relative: Relative | undefined): Period {
  if (own && relative === 'year-earlier') {
    const m = /^(.*?)(\d{4})$/.exec(own.key);
    if (m) {
      const y = Number(m[2]) - 1;
      return period(`${m[1]}${y}`, own.label.replace(/\d{4}$/, String(y)), true);
    }
  }
  if (own && relative === 'quarter-earlier') {
    const q = /^q([1-4])-(\d{4})$/.exec(own.key);
    if (q) return Number(q[1]) === 1 ? quarter(4, Number(q[2]) - 1, true) : quarter(Number(q[1]) - 1, Number(q[2]), true);
  }
  const label = relative === 'year-earlier' ? 'a year earlier' : relative === 'quarter-earlier' ? 'the quarter before' : 'an earlier period';
  return period(`${relative ?? 'before'}${own ? `:${own.key}` : ''}`, own ? `${label} than ${own.label}` : label, true);
}

function quarter(q: number, y: number | undefined, earlier = false): Period {
  return period(`q${q}${y !== undefined ? `-${y}` : ''}`, `Q${q}${y !== undefined ? ` ${y}` : ''}`, earlier);
}

/** The number of "two years ago", "18 months ago": a cardinal word or a numeral of two or more (one is "a year ago"). */
function agoCount(word: string): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : cardinalWord(word);
  return n !== undefined && n >= 2 ? n : undefined;
}

function monthPeriod(y: number, m: number, earlier: boolean): Period {
  return period(`${y}-${String(m).padStart(2, '0')}`, `${MONTH_NAMES[m - 1]} ${y}`, earlier);
}

/** "Q3", "3Q": a quarter's code, its number before or after the letter. */
const QUARTER_CODE = /^q([1-4])$/;
const QUARTER_CODE_AFTER = /^([1-4])q$/;
/** "FY2025", "FY25", "fy'25". */
const FISCAL_YEAR = /^fy'?(\d{2}|\d{4})$/;

/** Which readings of `periodsIn` a word may begin, as flags of `PERIOD_WORD`. */
const enum PeriodWord {
  /** An ordinal, alone or before a hyphen: "third", "third-quarter", "4TH". */
  Ordinal = 1,
  /** "Q3", "3Q". */
  QuarterCode = 2,
  /** The number of months of a results table's section: "six", "9", "12". */
  MonthCount = 4,
  /** "fiscal", "FY2025". */
  Fiscal = 8,
  /** "previous", "prior", "sequentially": the quarter before. */
  PriorQuarter = 16,
  /** "last", "this", "next": a year, a month, a season or a week from the article's. */
  Shift = 32,
  /** The words the other readings start with: "year", "year-ago", "ago", "annual", "since"… */
  Other = 64,
}

const PRIOR_QUARTER_WORDS: ReadonlySet<string> = new Set(['previous', 'prior', 'preceding', 'sequential', 'sequentially']);
const SHIFT_WORDS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'previous', 'past']);
const OTHER_PERIOD_WORDS: ReadonlySet<string> = new Set(['year', 'year-earlier', 'year-ago', 'ago', 'year-to-date', 'annual', 'full-year', 'since']);

/**
 * The readings each word may begin, taken once per word and kept by the vocabulary: `periodsIn` asks them of every
 * word of every sentence with a figure, and most words begin none. Each flag is the word's own part of its
 * reading's test, so a word without one is skipped, and one with flags is given only the tests they name (a
 * number such as "12" was tried against every reading's patterns).
 */
const PERIOD_WORD = new WordProperty<Token>((t) => {
  const lower = t.lower;
  // A number ("12", "3rd", "1990s") has no hyphen and no letter but a suffix: of all the readings, it may begin only
  // an ordinal's or a count of months; a third of a wire's new words are numbers, spared the other readings' patterns.
  if (t.kind !== TokenKind.Word) return (ORDINALS[lower] !== undefined ? PeriodWord.Ordinal : 0) | (MONTH_COUNTS[lower] !== undefined ? PeriodWord.MonthCount : 0);
  const dash = firstHyphen(lower);
  return (ORDINALS[dash < 0 ? lower : lower.slice(0, dash)] !== undefined ? PeriodWord.Ordinal : 0) |
    (QUARTER_CODE.test(lower) || QUARTER_CODE_AFTER.test(lower) ? PeriodWord.QuarterCode : 0) |
    (MONTH_COUNTS[lower] !== undefined ? PeriodWord.MonthCount : 0) |
    (lower === 'fiscal' || FISCAL_YEAR.test(lower) ? PeriodWord.Fiscal : 0) |
    (PRIOR_QUARTER_WORDS.has(lower) ? PeriodWord.PriorQuarter : 0) | (SHIFT_WORDS.has(lower) ? PeriodWord.Shift : 0) |
    (OTHER_PERIOD_WORDS.has(lower) ? PeriodWord.Other : 0);
});

/**
 * Where a word's first hyphen is, a plain or a non-breaking one ("third-quarter", "third‑quarter"), -1 where it has
 * none: what `search(/[-‑]/)` finds, without a regular expression run for each new word.
 */
function firstHyphen(word: string): number {
  const plain = word.indexOf('-');
  const nonBreaking = word.indexOf('‑');
  return plain < 0 || nonBreaking >= 0 && nonBreaking < plain ? nonBreaking : plain;
}

/** How many months a results table's section covers: "Six mths", "Nine mths", "12 mths". */
const MONTH_COUNTS: Readonly<Record<string, number>> = table({ six: 6, '6': 6, nine: 9, '9': 9, twelve: 12, '12': 12 });

/** The fiscal year an article reports on: the one just ended in its first quarter, else its own. */
function fiscalYear(year: number | undefined, month: number | undefined): Period {
  const y = year === undefined || month === undefined ? undefined : month <= 3 ? year - 1 : year;
  return y === undefined ? period('year', 'the year') : period(`year-${y}`, `${y}`);
}

/** The year of the latest quarter `q` reported by an article of `year`/`month`: results follow their quarter. */
function quarterYear(q: number, year: number, month: number): number {
  return q * 3 - 2 <= month ? year : year - 1;
}

/** "the last quarter": the quarter before the article's month. */
function lastQuarter(month: number | undefined): number | undefined {
  return month === undefined ? undefined : ((Math.ceil(month / 3) + 2) % 4) + 1;
}

/** A year written next to a period: "the third quarter of 2026", "Q3 2026", "2026's first half", "fiscal 2026 third quarter". */
function statedYear(tokens: readonly Token[], first: number, last: number): number | undefined {
  const after = tokens[last + 1]?.lower === 'of' ? tokens[last + 2] : tokens[last + 1];
  const before = tokens[first - 1];
  for (const t of [after, before]) {
    const m = t && /^((?:19|20)\d\d)(['’]s)?$/.exec(t.lower);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function overlapsAny(found: readonly PeriodMention[], d: DateMatch): boolean {
  return found.some((m) => m.first <= d.last && d.first <= m.last);
}
