import type { Claim, IsoDate } from '../types';
import type { PlacedClaim } from './model';
import { formatShortDay } from '../dates/calendar';
import { signed } from './compare';

/** A day of a quantity's timeline and the values reported for it, as a reader writes them ("about 50"). */
export interface TimelineDay {
  readonly day: IsoDate;
  readonly values: readonly string[];
}

/**
 * Days of a timeline where the quantity's figure went back and forth: from the first report of a
 * value to the report that gave it again after another value had superseded it ("9 (Nov 27) → 10
 * (Nov 30) → 9 (Dec 2)" is one stretch, Nov 27 to Dec 2). Inside a stretch, a difference between
 * days is no update: nobody can tell which report is right.
 */
export interface Stretch {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Days shown in a timeline's text; a longer one keeps its first and last days around "…". */
const SHOWN_DAYS = 8;
/** Values shown for one day. */
const SHOWN_VALUES = 3;

/** A quantity's reported values by the day they are about, and the stretches where its figure went back and forth. */
export class Timeline {
  readonly days: readonly TimelineDay[];
  private written?: string;

  /** `claims`: the quantity's claims, any order; `stretches` from `findStretches` over those the rules judge. */
  constructor(claims: readonly PlacedClaim[], readonly stretches: readonly Stretch[]) {
    this.days = byDay(claims).map((list) => ({ day: list[0].claim.asOf!, values: [...new Set(list.map((c) => valueLabel(c.claim)))] }));
  }

  /** "9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2)"; "58 / 59 (Mar 9)" where one day's reports differ. */
  text(): string {
    this.written ??= this.write();
    return this.written;
  }

  private write(): string {
    const days = this.days;
    const withYear = new Set(days.map((d) => d.day.slice(0, 4))).size > 1;
    const entry = (d: TimelineDay) => {
      const values = d.values.length > SHOWN_VALUES ? [...d.values.slice(0, SHOWN_VALUES), '…'] : d.values;
      return `${values.join(' / ')} (${formatShortDay(d.day, withYear)})`;
    };
    if (days.length <= SHOWN_DAYS) return days.map(entry).join(' → ');
    const head = days.slice(0, 3).map(entry);
    const tail = days.slice(days.length - (SHOWN_DAYS - 3)).map(entry);
    return [...head, '…', ...tail].join(' → ');
  }

  /** The stretch holding `day`, if the figure went back and forth around it. */
  stretchOf(day: IsoDate | null): Stretch | undefined {
    if (day === null) return undefined;
    let lo = 0;
    let hi = this.stretches.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.stretches[mid];
      if (s.to < day) lo = mid + 1;
      else if (s.from > day) hi = mid - 1;
      else return s;
    }
    return undefined;
  }
}

/**
 * Where a quantity's figure went back and forth: for each report that changes the figure (no report
 * of the day before agrees with it) and that a report before that day does agree with, the stretch
 * from that agreeing report to it; merged. `agrees(earlier, later)` confirms a pair the interval
 * index offers (the one comparison decides, not the index). O(n log n) for n claims: a Fenwick tree
 * of the values reported up to the day before last ("does an earlier report agree?") and a per-day
 * index of the day before ("did this report change the figure?").
 */
export function findStretches(claims: readonly PlacedClaim[], agrees: (earlier: PlacedClaim, later: PlacedClaim) => boolean): Stretch[] {
  const days = byDay(claims);
  if (days.length < 3) return [];
  const earlier = new PrefixIntervals(days.flat().flatMap((c) => interval(c)?.min ?? []));
  const found: Stretch[] = [];
  const dayIndex = days.map((list) => new DayIntervals(list));
  for (let k = 2; k < days.length; k++) {
    for (const c of days[k - 2]) {
      const r = interval(c);
      if (r) earlier.insert(r.min, r.max, c);
    }
    for (const c of days[k]) {
      const r = interval(c);
      if (!r || dayIndex[k - 1].anyOverlaps(r.min, r.max)) continue;
      const back = earlier.overlapping(r.min, r.max);
      if (back && agrees(back, c)) found.push({ from: back.claim.asOf!, to: c.claim.asOf! });
    }
  }
  found.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const merged: Stretch[] = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to) merged[merged.length - 1] = { from: last.from, to: s.to > last.to ? s.to : last.to };
    else merged.push(s);
  }
  return merged;
}

/** Dated claims, grouped by day, days in order. */
function byDay(claims: readonly PlacedClaim[]): PlacedClaim[][] {
  const dated = claims.filter((c) => c.claim.asOf !== null).sort((a, b) => a.claim.asOf!.localeCompare(b.claim.asOf!));
  const days: PlacedClaim[][] = [];
  for (const c of dated) {
    const last = days[days.length - 1];
    if (last && last[0].claim.asOf === c.claim.asOf) last.push(c);
    else days.push([c]);
  }
  return days;
}

/**
 * The interval of values a claim allows, widened by the precision its writing implies (ends
 * inclusive: the index may offer a pair the comparison then rejects, never miss one); undefined for
 * a score, which is compared by its sides.
 */
function interval(p: PlacedClaim): { min: number; max: number } | undefined {
  if (p.claim.figure.kind === 'score') return undefined;
  const r = signed(p.claim);
  const slack = r.precision ?? 0;
  return { min: (r.min ?? -Infinity) - slack, max: (r.max ?? Infinity) + slack };
}

/** One day's claims sorted by their lower ends, with the running greatest upper end: "does any overlap [a, b]?" in log time. */
class DayIntervals {
  private readonly mins: number[];
  private readonly maxUpTo: number[];

  constructor(claims: readonly PlacedClaim[]) {
    const rs = claims.flatMap((c) => interval(c) ?? []).sort((a, b) => a.min - b.min);
    this.mins = rs.map((r) => r.min);
    let best = -Infinity;
    this.maxUpTo = rs.map((r) => (best = Math.max(best, r.max)));
  }

  anyOverlaps(min: number, max: number): boolean {
    const i = lastAtMost(this.mins, max);
    return i >= 0 && this.maxUpTo[i] >= min;
  }
}

/**
 * Intervals inserted over time, asked "which inserted interval reaching furthest up starts at or
 * below b?": a Fenwick tree over the lower ends (known in advance) keeping the greatest upper end
 * and its claim. If that one does not reach a, none overlaps [a, b].
 */
class PrefixIntervals {
  private readonly keys: number[];
  private readonly best: Float64Array;
  private readonly owner: Array<PlacedClaim | undefined>;

  constructor(mins: readonly number[]) {
    this.keys = [...new Set(mins)].sort((a, b) => a - b);
    this.best = new Float64Array(this.keys.length + 1).fill(-Infinity);
    this.owner = new Array(this.keys.length + 1);
  }

  insert(min: number, max: number, claim: PlacedClaim): void {
    for (let i = lastAtMost(this.keys, min) + 1; i <= this.keys.length; i += i & -i) {
      if (max > this.best[i]) {
        this.best[i] = max;
        this.owner[i] = claim;
      }
    }
  }

  overlapping(min: number, max: number): PlacedClaim | undefined {
    let top = -Infinity;
    let who: PlacedClaim | undefined;
    for (let i = lastAtMost(this.keys, max) + 1; i > 0; i -= i & -i) {
      if (this.best[i] > top) {
        top = this.best[i];
        who = this.owner[i];
      }
    }
    return top >= min ? who : undefined;
  }
}

/** The index of the last element of sorted `xs` at most `x`, or -1. */
function lastAtMost(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** A figure's value as a timeline shows it: "9", "about 50", "12–15", "50+", "up to 40". */
function valueLabel(claim: Claim): string {
  const f = claim.figure;
  const n = (x: number) => (f.unit === 'fraction' ? `${Math.round(x * 1000) / 10}%` : x.toLocaleString('en-US'));
  const unit = f.unit && f.unit !== 'fraction' ? (f.unit === 'percent' ? '%' : ` ${f.unit}`) : '';
  if (f.kind === 'score') return f.text;
  if (f.value !== null && f.min === f.value && f.max === f.value) return `${n(f.value)}${unit}`;
  if (f.min !== null && f.max !== null) return f.value !== null ? `about ${n(f.value)}${unit}` : `${n(f.min)}–${n(f.max)}${unit}`;
  if (f.min !== null) return `${n(f.min)}+${unit}`;
  if (f.max !== null) return `up to ${n(f.max)}${unit}`;
  return f.text;
}
