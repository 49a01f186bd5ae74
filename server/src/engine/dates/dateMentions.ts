import type { DateMention, IsoDate } from '../types';
import { TokenKind, type Token } from '../text/tokens';
import { MONTHS, WEEKDAYS } from '../text/lexicon';
import { addDays, toIso, weekday } from './calendar';
import { table } from '../text/table';
import { WordProperty } from '../text/vocabulary';

/** A date mention with the calendar year it names, when it names one ("in 2009"). */
export interface DateMatch {
  readonly mention: DateMention;
  readonly year?: number;
  /** The month a month without a day names ("in October"), 1–12. */
  readonly bareMonth?: number;
  readonly first: number;
  readonly last: number;
  /** Part of a dateline ("BANGKOK, March 8 —"): the date of writing, not of what is reported. */
  readonly dateline: boolean;
}

const RELATIVE_DAYS: Readonly<Record<string, number>> = table({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1 });
const PARTS_OF_DAY = /^(morning|afternoon|evening|night)(['’]s)?$/;
const FUTURE_MARKERS = new Set(['will', "'ll", 'would', 'due', 'scheduled', 'next', 'plans', 'plan', 'set', 'expected', 'until']);
/** Future markers that are nouns too: only an infinitive after them speaks of the future. */
const INTENT_NOUNS = new Set(['plan', 'plans']);
/** How far back from a weekday a future marker still governs it ("will rule on the remaining 10 on Thursday"). */
const FUTURE_WINDOW = 8;
const DASHES = new Set(['—', '–', '--', '-']);
/** The words that may start a date below: a word that is none of them is passed over with one lookup. */
const DATE_WORDS: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(RELATIVE_DAYS), 'this', 'last']);
/** Whether a word may start a date: one of DATE_WORDS ("Saturday's" too). Numbers and punctuation are told by their kind. */
const MAY_START_DATE = new WordProperty<Token>((t) => (DATE_WORDS.has(withoutPossessive(t.lower)) ? 1 : 0));

/**
 * Date expressions among one sentence's tokens, resolved against `articleDate` when there is one.
 * Past tense is the default in news copy: "on Saturday" is the last Saturday on or before the
 * article date, unless the sentence speaks of the future ("will rule on Tuesday").
 */
export function findDates(text: string, tokens: readonly Token[], articleDate: IsoDate | undefined): DateMatch[] {
  const found: DateMatch[] = [];
  const datelineEnd = datelineLength(tokens);
  const mention = (first: number, last: number, date?: IsoDate, year?: number, bareMonth?: number): DateMatch => {
    const start = tokens[first].start;
    const end = tokens[last].end;
    return { mention: { start, end, text: text.slice(start, end), date }, year, bareMonth, first, last, dateline: last < datelineEnd };
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Numbers start ISO dates and bare years, words the rest, punctuation none: each kind is read by
    // its own rules (and a token's kind, unlike its vocabulary slot, is no cache miss).
    if (t.kind === TokenKind.Number) {
      i = numberDate(tokens, i, mention, found);
      continue;
    }
    if (t.kind !== TokenKind.Word || !MAY_START_DATE.of(t)) continue;
    const lower = withoutPossessive(t.lower); // "Saturday's raid"
    const prev = tokens[i - 1]?.lower;
    const next = tokens[i + 1]?.lower;

    const month = MONTHS[lower];
    if (month !== undefined && /^\p{Lu}/u.test(t.text) && !(lower === 'may' && !isNumber(tokens[i + 1]))) {
      // "March 3", "March 3, 2014", "March 2014", "Nov. 5"
      let last = i;
      let day: number | undefined;
      let year: number | undefined;
      const n1 = tokens[i + 1];
      if (isNumber(n1) && Number(stripOrdinal(n1.text)) >= 1 && Number(stripOrdinal(n1.text)) <= 31 && n1.text.length <= 4) {
        day = Number(stripOrdinal(n1.text));
        last = i + 1;
        const comma = tokens[i + 2]?.text === ',' ? 1 : 0;
        const y = tokens[i + 2 + comma];
        if (y && /^\d{4}$/.test(y.text)) {
          year = Number(y.text);
          last = i + 2 + comma;
        }
      } else if (n1 && /^\d{4}$/.test(n1.text)) {
        year = Number(n1.text);
        last = i + 1;
      }
      // "3 March 2014" — the day came first
      let first = i;
      if (day === undefined && isNumber(tokens[i - 1]) && Number(stripOrdinal(tokens[i - 1].text)) <= 31) {
        day = Number(stripOrdinal(tokens[i - 1].text));
        first = i - 1;
      }
      if (day !== undefined || year !== undefined || prev === 'in' || prev === 'since' || prev === 'until' || prev === 'of' || prev === 'early' || prev === 'late' || prev === 'mid') {
        found.push(mention(first, last, resolveMonthDay(month, day, year, articleDate), year, day === undefined && year === undefined ? month : undefined));
        i = last;
        continue;
      }
    }

    const wd = WEEKDAYS[lower];
    if (wd !== undefined) {
      const future = speaksOfFuture(tokens, i);
      let first = i;
      let last = i;
      let date: IsoDate | undefined;
      if (articleDate) {
        if (prev === 'last') {
          first = i - 1;
          date = previousWeekday(articleDate, wd, true);
        } else if (prev === 'next' || prev === 'this' && future) {
          first = i - 1;
          date = nextWeekday(articleDate, wd);
        } else if (next === 'last' && tokens[i + 2]?.lower === 'week') {
          last = i + 2;
          date = previousWeekday(addDays(articleDate, -weekday(articleDate) - 1), wd, false);
        } else {
          date = future ? nextWeekday(articleDate, wd) : previousWeekday(articleDate, wd, false);
        }
      } else if (prev === 'last' || prev === 'next') {
        first = i - 1;
      }
      if (PARTS_OF_DAY.test(tokens[last + 1]?.lower ?? '')) last += 1;
      found.push(mention(first, last, date));
      i = last;
      continue;
    }

    const rel = RELATIVE_DAYS[lower];
    if (rel !== undefined) {
      found.push(mention(i, i, articleDate ? addDays(articleDate, rel) : undefined));
      continue;
    }
    if ((lower === 'this' || lower === 'last') && next !== undefined && (PARTS_OF_DAY.test(next) || next === 'week' || next === 'month' || next === 'year' || next === 'weekend')) {
      const offset = lower === 'last' && next === 'night' ? -1 : 0;
      const exact = PARTS_OF_DAY.test(next);
      found.push(mention(i, i + 1, exact && articleDate ? addDays(articleDate, offset) : undefined));
      i += 1;
      continue;
    }
  }
  return found;
}

type Mention = (first: number, last: number, date?: IsoDate, year?: number) => DateMatch;

/** The date a number at token `i` starts, if any, added to `found`: an ISO date or a bare year. Returns the token it ends at. */
function numberDate(tokens: readonly Token[], i: number, mention: Mention, found: DateMatch[]): number {
  const t = tokens[i];
  // Both start with four digits: other numbers ("58", "1,200") need neither pattern run.
  if (t.text.length !== 4) return i;
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1]?.lower;
  // ISO dates: 2026-03-07
  if (/^\d{4}$/.test(t.text) && next === '-' && /^\d{2}$/.test(tokens[i + 2]?.text ?? '') &&
      tokens[i + 3]?.text === '-' && /^\d{2}$/.test(tokens[i + 4]?.text ?? '') && tokens[i + 4].start === tokens[i + 3].end) {
    const iso = toIso(Number(t.text), Number(tokens[i + 2].text), Number(tokens[i + 4].text));
    if (iso) {
      found.push(mention(i, i + 4, iso, Number(t.text)));
      return i + 4;
    }
  }
  // A bare year: "in 2009", "since 2013", "2014's"
  if (/^(1[89]|20)\d{2}$/.test(t.text) && (prev === 'in' || prev === 'since' || prev === 'of' || prev === 'from' || prev === 'until' || prev === 'by' || prev === 'during' || prev === 'the' || next === ',' && prev !== ',')) {
    found.push(mention(i, i, undefined, Number(t.text)));
  }
  return i;
}

function speaksOfFuture(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - FUTURE_WINDOW; k--) {
    const w = tokens[k].lower;
    // "plans to vote on Tuesday" speaks of the future; "the bridge plan passed on Thursday" does not
    if (FUTURE_MARKERS.has(w) && !(INTENT_NOUNS.has(w) && tokens[k + 1].lower !== 'to')) return true;
    if (w === ';' || w === '.' || w === 'but') return false;
  }
  return false;
}

/**
 * The number of tokens of a dateline opening the sentence ("BANGKOK, March 8 —"), or 0: a place in
 * capitals or a capitalized name, a comma, a date, then a dash.
 */
function datelineLength(tokens: readonly Token[]): number {
  for (let k = 1; k < tokens.length && k < 12; k++) {
    // Dashes are punctuation: a word's characters need not be read.
    if (tokens[k].kind !== TokenKind.Punct) continue;
    const c = tokens[k].text.charCodeAt(0);
    if ((c === 45 || c === 0x2013 || c === 0x2014) && DASHES.has(tokens[k].text)) return tokens[0].kind === TokenKind.Word && /^\p{Lu}/u.test(tokens[0].text) ? k : 0;
  }
  return 0;
}

function withoutPossessive(lower: string): string {
  const n = lower.length;
  if (n > 2 && lower.charCodeAt(n - 1) === 115 /* s */) {
    const q = lower.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return lower.slice(0, -2);
  }
  return lower;
}

function isNumber(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === TokenKind.Number;
}

function stripOrdinal(s: string): string {
  return s.replace(/(st|nd|rd|th)$/, '');
}

function resolveMonthDay(month: number, day: number | undefined, year: number | undefined, articleDate: IsoDate | undefined): IsoDate | undefined {
  if (day === undefined) return undefined;
  if (year !== undefined) return toIso(year, month, day);
  if (!articleDate) return undefined;
  // No year: the occurrence nearest before the article (a few days' grace for announced dates).
  const articleYear = Number(articleDate.slice(0, 4));
  const sameYear = toIso(articleYear, month, day);
  if (sameYear && sameYear <= addDays(articleDate, 31)) return sameYear;
  return toIso(articleYear - 1, month, day);
}

/** The last `wd` on or before `from` (strictly before when `strict`). */
function previousWeekday(from: IsoDate, wd: number, strict: boolean): IsoDate {
  let back = (weekday(from) - wd + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(from, -back);
}

function nextWeekday(from: IsoDate, wd: number): IsoDate {
  const ahead = (wd - weekday(from) + 7) % 7;
  return addDays(from, ahead);
}
