import type { Claim, Reading } from '../types';
import type { FactRef, PlacedClaim, ReviewRef } from './model';
import { explainedDifference, isComparedAcrossArticles, quantityKey } from './quantity';
import { isAttributed } from '../beats/vocabulary';
import { countsAnIncident, isMeasure } from '../claims/measure';
import { BARE_COUNT } from '../claims/predicateWords';
import { countsARole, countsPeople } from '../claims/nounPhrase';
import { partsAlike } from './parts';
import { ownerToldAlike } from './accounts';

/**
 * The one comparison of two claims, which the rules and the hover both ask, so that the Problems
 * panel and the hover can never disagree:
 * - `not compared`: they are not about one quantity (another metric, period, holder or currency);
 * - `reviewed`: the desk has recorded this difference in the fact base (`reviewed:`);
 * - `settled`: the fact base states the quantity for their day: each is judged against the fact,
 *   not against the other;
 * - `agrees`: their values can both be true (intervals overlap, widened by the precision written,
 *   a fall negative);
 * - `explained`: they differ for a reason a beat knows (the attacker counted in one toll only);
 * - `update`: they differ, and refer to different days: the later one updates the earlier;
 * - `conflict`: they differ for the same day, or for days where the story's figure went back and
 *   forth (`timeline` then says how).
 */
export type Comparison =
  | { readonly verdict: 'not compared'; readonly reason: string }
  | { readonly verdict: 'reviewed'; readonly review: ReviewRef }
  | { readonly verdict: 'settled'; readonly fact: FactRef }
  | { readonly verdict: 'agrees'; readonly reason?: string }
  | { readonly verdict: 'explained'; readonly reason: string }
  | { readonly verdict: 'update'; readonly later: PlacedClaim; readonly earlier: PlacedClaim }
  | { readonly verdict: 'conflict'; readonly timeline?: string };

/** What a story knows beyond two claims: the desk's reviews, the fact base, the quantity's timeline. */
export interface StoryContext {
  /** The desk's review of the difference between two claims, if it recorded one. */
  reviewOf(a: PlacedClaim, b: PlacedClaim): ReviewRef | undefined;
  /** The fact that settles a claim (it states the claim's quantity for its day), if any. */
  settledBy(p: PlacedClaim): FactRef | undefined;
  /** The timeline's text, when both claims' days lie in one stretch where the figure went back and forth. */
  unsteady(a: PlacedClaim, b: PlacedClaim): string | undefined;
  /** The different holders the story's articles name for a claim's quantity ("okafor", "reyes"): whose it may be. */
  holdersOf(p: PlacedClaim): readonly string[];
}

/**
 * Compares two claims; with a `story`, as the rules of that story do (reviews, the fact base and
 * the timeline considered), which is how the hover must ask too.
 */
export function compareClaims(a: PlacedClaim, b: PlacedClaim, story?: StoryContext): Comparison {
  const unsaidAlike = () => ownerToldAlike(a, b);
  const apart = whyApart(a.claim, b.claim, unsaidAlike);
  if (apart) return { verdict: 'not compared', reason: apart };
  if (a.claim.partial && !partsAlike(a, b)) return { verdict: 'not compared', reason: 'parts of the incident told after different accounts of it' };
  if (story) {
    const review = story.reviewOf(a, b);
    if (review) return { verdict: 'reviewed', review };
    const fact = story.settledBy(a) ?? story.settledBy(b);
    if (fact) return { verdict: 'settled', fact };
  }
  if (overlap(a.claim, b.claim)) return { verdict: 'agrees' };
  const reason = explainedDifference(a, b);
  if (reason) return { verdict: 'explained', reason };
  const unsaid = story && ownerUnsaid(a, b, story, unsaidAlike);
  if (unsaid) return { verdict: 'not compared', reason: unsaid };
  // Unless the two give the same values in the same order but this one: a repeat of the figure elsewhere
  // (a recap further down the copy) does not make an article agree where the statement itself differs.
  if (a.article.doc !== b.article.doc && (alsoSays(a, b) || alsoSays(b, a)) && !restatedButOne(a, b)) {
    return { verdict: 'agrees', reason: 'one article also gives the other’s figure for the same day' };
  }
  // An article that gives two values for one quantity (several quakes' magnitudes, several bidders' offers, the
  // tolls of several strikes) tells of several things of a kind, or contradicts itself (the internal rule's
  // finding): which of them another article's figure is about is not said.
  // Unless the two articles give the same values in the same order but one: the pair left tells of the same thing differently.
  if (a.article.doc !== b.article.doc && (rivals(a).length > 0 || rivals(b).length > 0) && !differOnlyAt(a, b)) {
    return { verdict: 'not compared', reason: 'one article gives several values for it: several things of a kind' };
  }
  // A measure is about its period, not the day it was reported: a quarter's revenue does not develop.
  const x = a.claim.asOf;
  const y = b.claim.asOf;
  if (x && y && x !== y && !isMeasure(a.claim)) {
    const timeline = story?.unsteady(a, b);
    if (timeline) return { verdict: 'conflict', timeline };
    return x < y ? { verdict: 'update', later: b, earlier: a } : { verdict: 'update', later: a, earlier: b };
  }
  return { verdict: 'conflict' };
}

/** Amounts this many times apart are not one amount misreported but two (a price a share and a total). */
const AMOUNTS_APART = 100;

/**
 * Why two claims are not about one quantity, or undefined when they are; `ownersAlike`: whether two
 * figures whose owner neither copy says are of one owner all the same.
 */
function whyApart(a: Claim, b: Claim, ownersAlike?: () => boolean): string | undefined {
  if (quantityKey(a) !== quantityKey(b)) return 'another quantity';
  if (isAmount(a) && ordersApart(a.figure, b.figure, AMOUNTS_APART)) return `amounts ${AMOUNTS_APART} times apart: a unit price and a total, not one amount`;
  // "about 40 observers oversaw the vote" / "the OSCE sent three observers": what no verb ties to the event is told of several groups
  if (a.predicateKey === BARE_COUNT && ordersApart(a.figure, b.figure, GROUPS_APART)) return `counts ${GROUPS_APART} times apart without a verb: two groups, not one`;
  const p = a.period;
  const q = b.period;
  if (p && q ? p.key !== q.key : (p ?? q)?.earlier === true) {
    return `different periods: ${p?.label ?? 'the story’s own'} and ${q?.label ?? 'the story’s own'}`;
  }
  if (a.holder !== null && b.holder !== null && !sameHolder(a.holder, b.holder)) return `different holders: ${a.holder} and ${b.holder}`;
  if ((belongsToSomeone(a) || belongsToSomeone(b)) && (a.holder === null || b.holder === null) && !ownersAlike?.()) return 'whose figure it is is not said';
  return undefined;
}

/**
 * "Reyes (31-2, 24 KOs)" and "Okafor (28-4, 19 KOs)" in one story: a count whose owner the copy does
 * not say may be either's, so which of them another article's figure is about is not said.
 */
function ownerUnsaid(a: PlacedClaim, b: PlacedClaim, story: StoryContext, ownersAlike: () => boolean): string | undefined {
  if (a.claim.holder !== null && b.claim.holder !== null || ownersAlike()) return undefined;
  const holders = story.holdersOf(a);
  return holders.length > 1 ? `whose figure it is is not said, and the story gives this figure for ${holders.slice(0, -1).join(', ')} and ${holders[holders.length - 1]}` : undefined;
}

/**
 * What belongs to someone: a player's points, a candidate's votes, a person's sons (people counted without a
 * verb, unless by their part in the story and no one's: "the 288 candidates", not "the school has 900 students").
 */
function belongsToSomeone(claim: Claim): boolean {
  return isAttributed(claim.nounKey) || claim.predicateKey === BARE_COUNT && countsPeople(claim.nounKey) && (!countsARole(claim.nounKey) || claim.holder !== null);
}

function isAmount(claim: Claim): boolean {
  return claim.figure.unit !== null && /^[A-Z]{3}$/.test(claim.figure.unit);
}

/** Counts said without a verb this many times apart are of two groups (a mission's observers and one country's), not one group misreported. */
const GROUPS_APART = 5;

function ordersApart(a: Reading, b: Reading, times: number): boolean {
  const x = Math.abs(a.value ?? a.min ?? a.max ?? 0);
  const y = Math.abs(b.value ?? b.min ?? b.max ?? 0);
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) >= times;
}

/** Two names of one holder: the same, or one the other's last words ("okafor", "john okafor"). */
export function sameHolder(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** Whether two claims' values can both be true; a score or a tally by its sides, in either order ("20-13", "13 to 20"). */
function overlap(a: Claim, b: Claim): boolean {
  if (a.figure.kind === 'score' || b.figure.kind === 'score') return sides(a) === sides(b);
  return compatible(signed(a), signed(b));
}

function sides(claim: Claim): string {
  return (claim.figure.exact ?? '').split('-').sort((x, y) => Number(y) - Number(x)).join('-');
}

/**
 * A claim's reading with a fall negative: "fell 3%" and "down 3%" are both -3%, and agree. A figure
 * that carries its sign ("down 3%" is read as -3) is negative already.
 */
export function signed(claim: Claim): Reading {
  const f = claim.figure;
  if (claim.change !== -1 || (f.value ?? f.min ?? 0) < 0) return f;
  return { ...f, value: f.value === null ? null : -f.value, min: f.max === null ? null : -f.max, max: f.min === null ? null : -f.min };
}

/**
 * Whether two readings can both be true: their intervals overlap (open ends are unbounded). A rounded
 * value stands for everything that rounds to it ("$4.1bn" is 4.05 up to 4.15bn, "12%" 11.5 up to 12.5),
 * so each interval is widened by its precision, the widened ends exclusive ("12%" and "13%" differ).
 * A hedge and a rounding say the same thing twice: "about $2 million" is 1.5 up to 2.5 million (what
 * rounds to it), not that widened again by the hedge's tenth, so "an estimated $2 million" and "an
 * estimated $3 million" differ as "$2 million" and "$3 million" do.
 */
export function compatible(a: Reading, b: Reading): boolean {
  const [aMin, aMax] = widened(a);
  const [bMin, bMax] = widened(b);
  const rounded = (a.precision ?? 0) + (b.precision ?? 0) > 0;
  return rounded ? aMin < bMax && bMin < aMax : aMin <= bMax && bMin <= aMax;
}

/** A reading's interval widened by its rounding: a stated value's by its precision, a hedge's to cover at least what rounds to its value. */
function widened(r: Reading): [number, number] {
  const p = r.precision ?? 0;
  const min = r.min ?? -Infinity;
  const max = r.max ?? Infinity;
  if (r.value === null || !r.approximate) return [min - p, max + p];
  return [Math.min(min, r.value - p), Math.max(max, r.value + p)];
}

/** `speaker`'s article also gives `value`'s figure for the same day: two articles that share a value agree. */
function alsoSays(speaker: PlacedClaim, value: PlacedClaim): boolean {
  return gives(speaker, value.claim, speaker.claim);
}

/**
 * `p`'s article gives `claim`'s figure (in a claim other than `except`) for the same day. Where its
 * running copy states the quantity, the copy speaks for the article: a headline or caption restates
 * the copy's figure, so one that says otherwise (a lede changed under an unchanged headline)
 * contradicts the copy rather than telling of a second thing of the kind. A table's lines have no
 * running copy beside them and speak for themselves.
 */
function gives(p: PlacedClaim, claim: Claim, except?: Claim): boolean {
  const said = sameQuantityIn(p).filter((c) => c.asOf === claim.asOf && whyApart(c, claim) === undefined);
  const copy = said.some((c) => !c.heading);
  return said.some((c) => c !== except && !(copy && c.heading) && overlap(c, claim));
}

/** The other values `p`'s article gives for `p`'s quantity that cannot be true with it, for the same day. */
function rivals(p: PlacedClaim): readonly Claim[] {
  // A headline restating the copy's figure differently contradicts the copy; it tells of nothing else. An
  // incident's toll given twice is a toll updated in the copy (the internal rule's), read with its parts and days.
  if (p.claim.heading || p.claim.beat !== null && countsAnIncident(p.claim)) return [];
  return valuesOf(p).filter((c) => c !== p.claim && !overlap(c, p.claim));
}

/** The values `p`'s article gives for `p`'s quantity and period, in the copy's order, `p`'s own included. */
function valuesOf(p: PlacedClaim): readonly Claim[] {
  const measure = isMeasure(p.claim);
  // Within one article, a period stated in one clause and none in another are two periods (a results table's sections).
  const period = p.claim.period?.key;
  // A value whose owner is unsaid beside one whose owner is said may be another's: no rival ("Reyes (24 KOs)", "a puncher with 22 KOs").
  const owned = p.claim.holder !== null;
  return sameQuantityIn(p).filter((c) => c === p.claim || !c.heading && (measure || c.asOf === p.claim.asOf) && c.period?.key === period && whyApart(c, p.claim) === undefined &&
    (c.holder !== null) === owned &&
    (overlap(c, p.claim) || explainedDifference(p, { article: p.article, claim: c, index: p.article.analysis.claims.indexOf(c) }) === undefined));
}

/**
 * Two articles state a quantity for one day several times in their copy, in the same order and alike but at `a` and `b`.
 * A headline words the story its own way ("double slaying" for the two killings a man is charged with): never this.
 */
function restatedButOne(a: PlacedClaim, b: PlacedClaim): boolean {
  return a.claim.asOf === b.claim.asOf && !a.claim.heading && !b.claim.heading && differOnlyAt(a, b);
}

/** Two articles give several values for a quantity in the same order, each agreeing with the other's, except `a`'s and `b`'s. */
function differOnlyAt(a: PlacedClaim, b: PlacedClaim): boolean {
  const x = valuesOf(a);
  const y = valuesOf(b);
  return x.length > 1 && x.length === y.length && x.every((c, i) => (c === a.claim) === (y[i] === b.claim) && (c === a.claim || whyApart(c, y[i]) === undefined && overlap(c, y[i])));
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
