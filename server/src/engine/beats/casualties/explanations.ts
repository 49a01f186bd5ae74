import type { Claim } from '../../types';
import type { Explanation, ExplainedClaim } from '../beat';

/** The article says the attacker died: its tolls may count the attacker where another's do not. */
export const ATTACKER_DIED = 'attacker-died';

/**
 * Death tolls one apart where an article says the attacker died: one counts the attacker, the
 * other does not.
 */
const attackerCounted: Explanation = {
  id: 'attacker-counted',
  description: 'Tolls one apart where an article says the attacker died: one counts the attacker, the other does not.',
  explains(a, b) {
    if (a.claim.predicateKey !== 'killed' && a.claim.predicateKey !== 'shot') return undefined;
    if (!mayCountTheAttacker(a.claim) || !mayCountTheAttacker(b.claim)) return undefined;
    if (!a.signals.includes(ATTACKER_DIED) && !b.signals.includes(ATTACKER_DIED)) return undefined;
    const x = a.claim.figure;
    const y = b.claim.figure;
    const oneApart = x.value !== null && y.value !== null && !x.approximate && !y.approximate && Math.abs(x.value - y.value) === 1;
    return oneApart ? 'one toll counts the attacker, who died, and the other does not' : undefined;
  },
};

/**
 * Nouns that say who someone is by sex or age, or not at all ("people", "men", "teens"): a toll of them may
 * count the attacker. A toll of a role the attacker does not have ("three bailiffs", "two officers", "the
 * victims", "four workers") does not.
 */
const ANYONE = new Set(['people', 'man', 'woman', 'male', 'female', 'boy', 'girl', 'teen', 'teenager', 'youth', 'juvenile', 'adult']);

function mayCountTheAttacker(claim: Claim): boolean {
  return claim.nounKey !== null && ANYONE.has(claim.nounKey);
}

/**
 * "Nine people were shot and one was killed" beside "ten people were shot, one fatally": the first
 * counts the dead apart from the shot. Shot counts that differ by a death toll stated beside the
 * smaller one are not a contradiction.
 */
const deathsAmongShot: Explanation = {
  id: 'deaths-among-shot',
  description: 'Shot counts that differ by a death toll stated beside the smaller one: one counts the dead among the shot, the other apart.',
  explains(a, b) {
    if (a.claim.predicateKey !== 'shot' || a.claim.figure.value === null || b.claim.figure.value === null) return undefined;
    const [smaller, larger]: ExplainedClaim[] = a.claim.figure.value < b.claim.figure.value ? [a, b] : [b, a];
    const difference = larger.claim.figure.value! - smaller.claim.figure.value!;
    const beside = inSameSentence(smaller, (c) => c.predicateKey === 'killed' && c.figure.value === difference);
    return beside ? `the smaller count leaves out the ${difference === 1 ? 'one person' : `${difference} people`} killed, stated beside it` : undefined;
  },
};

/**
 * Whether a claim of the same sentence passes `test`. A sentence's claims are neighbours in the list:
 * look around the claim, not through the article (an article of many claims would make it quadratic).
 */
function inSameSentence(at: ExplainedClaim, test: (c: Claim) => boolean): boolean {
  const start = at.claim.sentence.start;
  for (let k = at.index; k >= 0 && at.claims[k].sentence.start === start; k--) if (test(at.claims[k])) return true;
  for (let k = at.index + 1; k < at.claims.length && at.claims[k].sentence.start === start; k++) if (test(at.claims[k])) return true;
  return false;
}

export const EXPLANATIONS: readonly Explanation[] = [attackerCounted, deathsAmongShot];
