import type { IsoDate } from '../types';

/** Day arithmetic on ISO dates, in UTC so that no time zone shifts a day. */

export function toIso(year: number, month: number, day: number): IsoDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

export function parseIso(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = parseIso(iso)!;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekday(iso: IsoDate): number {
  return parseIso(iso)!.getUTCDay();
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
