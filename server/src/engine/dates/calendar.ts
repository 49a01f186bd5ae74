import type { IsoDate } from '../types';

/**
 * Day arithmetic on ISO dates, in UTC so that no time zone shifts a day. Dates are counted as days
 * since 1970-01-01 and written back by hand: the date reader resolves every "March 3" and "on
 * Tuesday" against the article's date, and a `Date` parsed, shifted and printed with
 * `toISOString` per mention cost more than finding the mention.
 */

const DAY_MS = 86_400_000;

export function toIso(year: number, month: number, day: number): IsoDate | undefined {
  const n = Date.UTC(year, month - 1, day) / DAY_MS;
  const civil = civilOf(n);
  // Out of range ("February 30") or read as another year (Date.UTC takes 0–99 as 1900–1999): no such day.
  if (civil.year !== year || civil.month !== month || civil.day !== day) return undefined;
  return isoOf(n, civil);
}

export function parseIso(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const n = dayNumber(iso) + days;
  return isoOf(n, civilOf(n));
}

export function weekday(iso: IsoDate): number {
  // 1970-01-01 was a Thursday (4)
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** The day number (days since 1970-01-01) of an ISO date, read as `parseIso` reads it; NaN when it is none. */
function dayNumber(iso: IsoDate): number {
  if (iso.charCodeAt(4) !== 45 /* - */ || iso.charCodeAt(7) !== 45) return NaN;
  return Date.UTC(digitsValue(iso, 0, 4), digitsValue(iso, 5, 7) - 1, digitsValue(iso, 8, 10)) / DAY_MS;
}

/** The number that `text[from, to)` writes in ASCII digits; NaN when another character stands there. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) {
    const digit = text.charCodeAt(k) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The proleptic Gregorian date of day number `n` (H. Hinnant's civil_from_days). */
function civilOf(n: number): Civil {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // months from March
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 };
}

/** "YYYY-MM-DD" for day `n`, whose civil date is `civil`; `toISOString`'s own form outside years 0–9999 (as "+010000-01"). */
function isoOf(n: number, civil: Civil): IsoDate {
  if (!(civil.year >= 0 && civil.year <= 9999)) return new Date(n * DAY_MS).toISOString().slice(0, 10);
  return `${String(civil.year).padStart(4, '0')}-${civil.month < 10 ? '0' : ''}${civil.month}-${civil.day < 10 ? '0' : ''}${civil.day}`;
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parseIso(b)!.getTime() - parseIso(a)!.getTime()) / 86_400_000);
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-07" → "Sat, 7 Mar 2026", for messages (by hand: `toLocaleDateString` is slow in bulk). */
export function formatDay(iso: IsoDate): string {
  const d = parseIso(iso);
  if (!d) return iso;
  return `${DAY_NAMES[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2026-11-27" → "Nov 27", for timelines (a story's days are seldom a year apart; then the year is added). */
export function formatShortDay(iso: IsoDate, withYear = false): string {
  const d = parseIso(iso);
  if (!d) return iso;
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}${withYear ? ` ${d.getUTCFullYear()}` : ''}`;
}
