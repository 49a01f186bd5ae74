import type { Claim } from '../types';
import type { PlacedClaim } from './model';
import { countsAnIncident } from '../claims/measure';
import { UNCLASSED } from '../claims/predicateWords';
import { stem } from '../text/lemma';
import { toldAlike, type Tells } from './accounts';

/**
 * Parts by design: "three other victims were hospitalized", "two remain in critical condition", "the
 * remaining two were shot in the legs". An incident's survivors are split between hospitals and
 * states in as many ways as there are outlets, so such a count is never compared with a total, nor
 * with another outlet's part told after another account ("two others" are others than those counted
 * before). Two articles give the same part of the same whole when they say the same thing of the same
 * people (the same state, in the same words up to their lemmas: "were hospitalized", "in critical
 * condition"), after telling the incident alike up to there: the same counts of it, in the same
 * order, agreeing in value. Then the part is one quantity, which two same-day copies must agree on.
 */

/** Whether a claim is a part of an incident's count that is compared as a part (`partsAlike` decides with whom). */
export function isComparedPart(claim: Claim): boolean {
  return claim.partial && claim.partOf === null && claim.scope === 'event' && claim.nounKey !== null && claim.predicateKey !== null &&
    !claim.predicateKey.startsWith(UNCLASSED) && tellsTheIncident(claim) && (claim.figure.min !== null || claim.figure.max !== null);
}

/**
 * What part a part is, for its quantity's key: the lemmas of its words and of its predicate's ("other
 * victim · hospitaliz", "victim · critic condit"), so that "two others were taken to hospitals" and
 * "two were treated and released" are two parts of the injured, not one.
 */
export function partOfKind(claim: Claim): string {
  return [claim.noun, claim.predicate].map((phrase) => lemmas(phrase ?? '')).join(' · ');
}

/**
 * Whether two articles tell an incident alike up to two of their parts: "two other victims" after "a
 * man was killed" and after "a man was killed and two women were shot" are others than different people.
 */
export function partsAlike(a: PlacedClaim, b: PlacedClaim): boolean {
  return toldAlike(a, b, incidentAccount);
}

const incidentAccount: Tells = (c) => c.scope === 'event' && tellsTheIncident(c);

/** A count of what an incident did to people or things, read by a beat ("killed", "injured", "arrested"). */
function tellsTheIncident(claim: Claim): boolean {
  return claim.beat !== null && countsAnIncident(claim);
}

const DETERMINERS = /^(the|a|an|all|of|to|in|at|were|was|are|is|been|be|have|has|had|remain|remains|remained)$/;

/** "were taken to the hospital" → "taken hospital": a phrase's content words by lemma. */
function lemmas(phrase: string): string {
  return phrase.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w && !DETERMINERS.test(w)).map(stem).join(' ');
}
