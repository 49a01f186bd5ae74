import type { Claim } from '../types';
import type { Fact } from '../factbase/model';
import type { FactRef, PlacedClaim } from './model';
import { compatible, signed } from './compare';

/**
 * What the fact base says of a claim's figure: the fact about its quantity, whether the figure lies
 * within the fact's value (or a disputed fact's range), and whether the fact is about the claim's
 * day. A fact about the claim's day *settles* it: the claim is judged against the fact alone, never
 * against the other articles (inside it, they cannot disagree; outside it, it contradicts the fact).
 */
export interface FactAnswer {
  readonly ref: FactRef;
  readonly agrees: boolean;
  /** The fact is about the claim's day (or period, or gives no day): it settles the claim. */
  readonly settles: boolean;
}

/** Where an article's figure stands against the fact about its quantity, as the fact's code lens counts it. */
export type FactStanding = 'agrees' | 'disagrees' | 'another day' | 'reviewed';

/** A figure inside the fact agrees; outside it, it was reviewed by the desk, or disagrees for the fact's day, or is another day's figure (an update). */
export function standing(answer: FactAnswer, reviewed: boolean): FactStanding {
  if (answer.agrees) return 'agrees';
  if (reviewed) return 'reviewed';
  return answer.settles ? 'disagrees' : 'another day';
}

/**
 * The fact base's answer for a claim, if one of `facts` is about its quantity: the fact for the
 * claim's day where the desk keeps one per day, else the first about the quantity.
 */
export function factAnswer(facts: readonly FactRef[], placed: PlacedClaim): FactAnswer | undefined {
  let first: FactRef | undefined;
  for (const ref of facts) {
    if (!matches(ref.fact, placed)) continue;
    if (settles(ref.fact, placed.claim)) return { ref, agrees: agreesWithFact(ref.fact, placed.claim), settles: true };
    first ??= ref;
  }
  return first && { ref: first, agrees: agreesWithFact(first.fact, placed.claim), settles: false };
}

/** A fact about a period settles that period's figure whenever it is reported; a dated fact, its day's; an undated one, every day's. */
function settles(fact: Fact, claim: Claim): boolean {
  return fact.period !== undefined || fact.asOf === undefined || claim.asOf === null || claim.asOf === fact.asOf;
}

/**
 * Whether a fact is about the quantity a claim counts: the same predicate, noun, group and unit,
 * and, where both say, the same period (a fact for Q3 2026 says nothing about Q3 2025's figure).
 */
export function matches(fact: Fact, placed: PlacedClaim): boolean {
  const claim = placed.claim;
  return fact.predicateKey === claim.predicateKey && claim.nounKey !== null && fact.nounKeys.includes(claim.nounKey) &&
    (fact.qualifier ?? null) === claim.qualifier && fact.unit === claim.figure.unit &&
    (fact.period === undefined ? !claim.period?.earlier : claim.period === null || claim.period.key === fact.period.key);
}

/** Whether a claim's figure agrees with a fact's value or range (a fall negative, the figure's precision allowed). */
export function agreesWithFact(fact: Fact, claim: Claim): boolean {
  return compatible(signed(claim), { value: fact.value, min: fact.min, max: fact.max, approximate: false, unit: fact.unit });
}
