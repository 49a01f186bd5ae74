import type { Claim, Reading } from '../types';
import type { PlacedClaim } from './model';
import { explainedDifference, isComparedAcrossArticles, quantityKey } from './quantity';

/**
 * The one comparison of two claims, which the rules and the hover both ask, so that the Problems
 * panel and the hover can never disagree:
 * - `not compared`: they are not about one quantity (another metric, period, holder or currency);
 * - `agrees`: their values can both be true (intervals overlap, widened by the precision written);
 * - `explained`: they differ for a reason a beat knows (the attacker counted in one toll only);
 * - `update`: they differ, and refer to different days: the later one updates the earlier;
 * - `conflict`: they differ for the same day.
 */
export type Comparison =
  | { readonly verdict: 'not compared'; readonly reason: string }
  | { readonly verdict: 'agrees'; readonly reason?: string }
  | { readonly verdict: 'explained'; readonly reason: string }
  | { readonly verdict: 'update'; readonly later: PlacedClaim; readonly earlier: PlacedClaim }
  | { readonly verdict: 'conflict' };

export function compareClaims(a: PlacedClaim, b: PlacedClaim): Comparison {
  const apart = whyApart(a.claim, b.claim);
  if (apart) return { verdict: 'not compared', reason: apart };
  if (overlap(a.claim, b.claim)) return { verdict: 'agrees' };
  const reason = explainedDifference(a, b);
  if (reason) return { verdict: 'explained', reason };
  if (a.article.doc !== b.article.doc && (alsoSays(a, b) || alsoSays(b, a))) {
    return { verdict: 'agrees', reason: 'one article also gives the other’s figure for the same day' };
  }
  const x = a.claim.asOf;
  const y = b.claim.asOf;
  if (x && y && x !== y) return x < y ? { verdict: 'update', later: b, earlier: a } : { verdict: 'update', later: a, earlier: b };
  return { verdict: 'conflict' };
}

/** Why two claims are not about one quantity, or undefined when they are. */
function whyApart(a: Claim, b: Claim): string | undefined {
  if (quantityKey(a) !== quantityKey(b)) return 'another quantity';
  const p = a.period;
  const q = b.period;
  if (p && q ? p.key !== q.key : (p ?? q)?.earlier === true) {
    return `different periods: ${p?.label ?? 'the story’s own'} and ${q?.label ?? 'the story’s own'}`;
  }
  if (a.holder !== null && b.holder !== null && a.holder !== b.holder) return `different holders: ${a.holder} and ${b.holder}`;
  return undefined;
}

/** Whether two claims' values can both be true. */
function overlap(a: Claim, b: Claim): boolean {
  return compatible(signed(a), signed(b));
}

/**
 * The interval a claim's figure allows: a fall is negative ("fell 3%" and "down 3%" are both -3%),
 * and a figure covers what its writing rounds ("$4.1 billion" is 4.05–4.15 billion).
 */
export function signed(claim: Claim): Reading {
  const f = claim.figure;
  const slack = precisionOf(f);
  const min = f.min === null ? null : f.min - slack;
  const max = f.max === null ? null : f.max + slack;
  if (claim.change !== -1) return { ...f, min, max };
  return { ...f, value: f.value === null ? null : -f.value, min: max === null ? null : -max, max: min === null ? null : -min };
}

/** Whether two readings can both be true: their intervals overlap (open ends are unbounded). */
export function compatible(a: Reading, b: Reading): boolean {
  const aMin = a.min ?? -Infinity;
  const aMax = a.max ?? Infinity;
  const bMin = b.min ?? -Infinity;
  const bMax = b.max ?? Infinity;
  return aMin <= bMax && bMin <= aMax;
}

/**
 * Half the step of the rounding a figure's writing implies: "$4.1 billion" → 0.05 billion, "12%" →
 * 0.5, "2 million users" → 0.5 million; a plain count is exact.
 */
export function precisionOf(f: Reading & { readonly text?: string }): number {
  if (f.precision !== undefined) return f.precision;
  if (f.text === undefined || f.value === null || f.approximate) return 0;
  const m = /(\d[\d,]*)(?:\.(\d+))?\s*(million|billion|trillion|mln|bln|bn|mn|m|b|k)?\b/i.exec(f.text);
  if (!m) return 0;
  const scale = m[3] ? SCALE[m[3].toLowerCase()] ?? 1 : 1;
  const decimals = m[2]?.length ?? 0;
  if (scale === 1 && decimals === 0 && f.unit === null) return 0;
  return 0.5 * 10 ** -decimals * scale;
}

const SCALE: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bln: 1e9, bn: 1e9, mn: 1e6, m: 1e6, b: 1e9, k: 1e3 };

/** `speaker`'s article also gives `value`'s figure for the same day: two articles that share a value agree. */
function alsoSays(speaker: PlacedClaim, value: PlacedClaim): boolean {
  return sameQuantityIn(speaker).some((c) => c !== speaker.claim && c.asOf === value.claim.asOf && whyApart(c, value.claim) === undefined && overlap(c, value.claim));
}

/** The compared claims of a claim's article about the same quantity, indexed once per analysis. */
function sameQuantityIn(p: PlacedClaim): readonly Claim[] {
  let index = BY_KEY.get(p.article.analysis.claims);
  if (!index) {
    index = new Map();
    for (const c of p.article.analysis.claims) {
      if (!isComparedAcrossArticles(c)) continue;
      const key = quantityKey(c);
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(c);
    }
    BY_KEY.set(p.article.analysis.claims, index);
  }
  return index.get(quantityKey(p.claim)) ?? [];
}

const BY_KEY = new WeakMap<readonly Claim[], Map<string, Claim[]>>();
