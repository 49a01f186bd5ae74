import type { Claim } from '../types';
import type { PlacedClaim } from './model';

/**
 * What two articles told before two of their figures. Some figures mean what the copy before them
 * says: "two other victims" are others than those counted before, "missed four games" is the games of
 * whoever the copy was about. Two articles whose copy gives the same counts before them, in the same
 * order and alike (what is counted, what happened to it, whose, how many), give such figures in the
 * same place of one account, where they are the same quantity.
 */
export function toldAlike(a: PlacedClaim, b: PlacedClaim, tells: (claim: Claim) => boolean): boolean {
  const x = accountBefore(a, tells);
  const y = accountBefore(b, tells);
  return x.length === y.length && x.every((c, i) => sameStatement(c, y[i]));
}

/**
 * Whether two figures whose owner neither copy names are of one owner: each is whoever its copy was
 * telling of, the same where both told the same before them. Copy that told nothing before ("$90
 * million" as a story's first figure) says nothing of whose.
 */
export function ownerToldAlike(a: PlacedClaim, b: PlacedClaim): boolean {
  return a.claim.holder === null && b.claim.holder === null && a.index > 0 && b.index > 0 && toldAlike(a, b, everyClaim);
}

function everyClaim(): boolean {
  return true;
}

/** The claims before `p` in its article that `tells` keeps, in the copy's order. */
function accountBefore(p: PlacedClaim, tells: (claim: Claim) => boolean): readonly Claim[] {
  return p.article.analysis.claims.slice(0, p.index).filter(tells);
}

/** One statement of the account in both: the same quantity, whose, and the same reading. */
function sameStatement(a: Claim, b: Claim): boolean {
  return a.predicateKey === b.predicateKey && a.nounKey === b.nounKey && a.qualifier === b.qualifier && a.holder === b.holder &&
    a.partial === b.partial && a.figure.min === b.figure.min && a.figure.max === b.figure.max;
}
