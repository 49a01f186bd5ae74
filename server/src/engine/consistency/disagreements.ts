import type { PlacedClaim } from './model';
import type { Reading } from '../types';
import { signed } from './compare';

/** The days a search covers, relative to the claim's own day (`asOf`), or from one day to another (both included). */
export type Days = 'same day' | 'earlier' | 'any' | { readonly from: string; readonly to: string };

/** Day number of a claim with no day: it is on the same day as any claim, earlier than none. */
const UNDATED = -1;

/**
 * The claims of one quantity, in order, searchable for those that cannot be true together with a
 * given claim (their readings do not overlap) on given days. A segment tree keeps, per stretch of
 * claims, the span of their days, the least of their upper bounds and the greatest of their lower
 * bounds: a stretch where no day is in range, or where every reading overlaps the claim's, is
 * skipped whole. Finding the first few such claims for each claim of a bucket (all a finding names)
 * costs about k log k instead of k², which a folder of thousands of articles makes count.
 */
export class Disagreements {
  private readonly leaves: number;
  private readonly day: Int32Array;
  private readonly firstDay: Int32Array;
  private readonly lastDay: Int32Array;
  private readonly leastMax: Float64Array;
  private readonly greatestMin: Float64Array;
  private readonly dayNumbers = new Map<string, number>();
  private readonly days: readonly string[];

  constructor(private readonly claims: readonly PlacedClaim[]) {
    const days = [...new Set(claims.map((c) => c.claim.asOf).filter((d): d is string => d !== null))].sort();
    days.forEach((d, i) => this.dayNumbers.set(d, i));
    this.days = days;
    let leaves = 1;
    while (leaves < claims.length) leaves *= 2;
    this.leaves = leaves;
    this.day = new Int32Array(claims.length);
    this.firstDay = new Int32Array(2 * leaves).fill(0x7fffffff);
    this.lastDay = new Int32Array(2 * leaves).fill(-0x7fffffff);
    this.leastMax = new Float64Array(2 * leaves).fill(Infinity);
    this.greatestMin = new Float64Array(2 * leaves).fill(-Infinity);
    claims.forEach((c, i) => {
      const leaf = leaves + i;
      this.day[i] = this.dayNumber(c.claim.asOf);
      this.firstDay[leaf] = this.lastDay[leaf] = this.day[i];
      // A score is compared by its sides, not its interval: it never counts as overlapping.
      const r = interval(c);
      this.leastMax[leaf] = r ? r.max ?? Infinity : -Infinity;
      this.greatestMin[leaf] = r ? r.min ?? -Infinity : Infinity;
    });
    for (let n = leaves - 1; n >= 1; n--) {
      this.firstDay[n] = Math.min(this.firstDay[2 * n], this.firstDay[2 * n + 1]);
      this.lastDay[n] = Math.max(this.lastDay[2 * n], this.lastDay[2 * n + 1]);
      this.leastMax[n] = Math.min(this.leastMax[2 * n], this.leastMax[2 * n + 1]);
      this.greatestMin[n] = Math.max(this.greatestMin[2 * n], this.greatestMin[2 * n + 1]);
    }
  }

  /**
   * Up to `limit` claims, in order, on `days` relative to `here`'s day, that `accept` takes; claims
   * whose readings overlap `here`'s (which `compareClaims` finds agreeing) are never offered.
   */
  find(here: PlacedClaim, days: Days, accept: (there: PlacedClaim) => boolean, limit: number): PlacedClaim[] {
    const found: PlacedClaim[] = [];
    const own = this.dayNumber(here.claim.asOf);
    // Day ranges [from, to]: on the same day, an undated claim matches any day.
    const ranges: Array<[number, number]> = typeof days === 'object' ? [[this.firstDayFrom(days.from), this.lastDayTo(days.to)]]
      : days === 'any' ? [[UNDATED, 0x7fffffff]]
      : days === 'earlier' ? (own === UNDATED ? [] : [[0, own - 1]])
      : (own === UNDATED ? [[UNDATED, 0x7fffffff]] : [[UNDATED, UNDATED], [own, own]]);
    if (ranges.length === 0) return found;
    const reading = interval(here);
    const min = reading ? reading.min ?? -Infinity : Infinity;
    const max = reading ? reading.max ?? Infinity : -Infinity;
    const visit = (node: number): void => {
      if (found.length >= limit || this.leastMax[node] >= min && this.greatestMin[node] <= max) return;
      if (!ranges.some(([from, to]) => this.firstDay[node] <= to && from <= this.lastDay[node])) return;
      if (node < this.leaves) {
        visit(2 * node);
        visit(2 * node + 1);
        return;
      }
      const i = node - this.leaves;
      const there = this.claims[i];
      const onDay = ranges.some(([from, to]) => from <= this.day[i] && this.day[i] <= to);
      if (onDay && accept(there)) found.push(there);
    };
    visit(1);
    return found;
  }

  /** The number of the first day at or after `day`. */
  private firstDayFrom(day: string): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The number of the last day at or before `day`. */
  private lastDayTo(day: string): number {
    return this.firstDayFrom(day) - (this.dayNumbers.has(day) ? 0 : 1);
  }

  private dayNumber(day: string | null): number {
    return day === null ? UNDATED : this.dayNumbers.get(day)!;
  }
}

/**
 * The interval a claim's reading covers, a fall negative, without the widening for precision: where
 * these overlap, `compareClaims` finds the readings agree, so a stretch of them can be skipped.
 * Undefined for a score, which is compared by its sides.
 */
function interval(p: PlacedClaim): Reading | undefined {
  return p.claim.figure.kind === 'score' ? undefined : signed(p.claim);
}
