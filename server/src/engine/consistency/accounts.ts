import type { Claim } from '../types';
import type { PlacedClaim } from './model';

/**
 * What two articles told before two of their figures. Some figures mean what the copy before them
 * says: "two other victims" are others than those counted before, "missed four games" is the games of
 * whoever the copy was about. Two articles whose copy gives the same counts before them, in the same
 * order and alike (what is counted, what happened to it, whose, how many), give such figures in the
 * same place of one account, where they are the same quantity.
 */
export type Tells = (claim: Claim) => boolean;

export function toldAlike(a: PlacedClaim, b: PlacedClaim, tells: Tells): boolean {
  return accountsOf(a.article.analysis.claims, tells)[a.index] === accountsOf(b.article.analysis.claims, tells)[b.index];
}

/**
 * Whether two figures whose owner neither copy names are of one owner: each is whoever its copy was
 * telling of, the same where both told the same before them. Copy that told nothing before ("$90
 * million" as a story's first figure) says nothing of whose.
 */
export function ownerToldAlike(a: PlacedClaim, b: PlacedClaim): boolean {
  return a.claim.holder === null && b.claim.holder === null && a.index > 0 && b.index > 0 && toldAlike(a, b, everyClaim);
}

const everyClaim: Tells = () => true;

/**
 * Each claim's account before it, as one id: how many statements `tells` keeps before it and two
 * 32-bit hashes of them in order, so that a comparison asks in constant time (a story of thousands of
 * claims of one quantity stays linear). Computed once per analysis and kind of account.
 */
function accountsOf(claims: readonly Claim[], tells: Tells): readonly string[] {
  let kinds = ACCOUNTS.get(claims);
  if (!kinds) ACCOUNTS.set(claims, (kinds = new Map()));
  let ids = kinds.get(tells);
  if (!ids) {
    const out: string[] = [];
    let told = 0;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (const c of claims) {
      out.push(`${told}:${h1 >>> 0}:${h2 >>> 0}`);
      if (!tells(c)) continue;
      told++;
      const statement = statementOf(c);
      for (let i = 0; i < statement.length; i++) {
        const code = statement.charCodeAt(i);
        h1 = Math.imul(h1 ^ code, 0x01000193);
        h2 = Math.imul(h2 ^ code, 0x5bd1e995) ^ (h2 >>> 15);
      }
    }
    kinds.set(tells, (ids = out));
  }
  return ids;
}

const ACCOUNTS = new WeakMap<readonly Claim[], Map<Tells, readonly string[]>>();

/** One statement of an account: the quantity (what is counted, what happened to it, of which kind), whose, a part or not, and the reading. */
function statementOf(c: Claim): string {
  return `${c.predicateKey}\u0000${c.nounKey}\u0000${c.qualifier}\u0000${c.holder}\u0000${c.partial}\u0000${c.figure.min}\u0000${c.figure.max}\u0001`;
}
