/**
 * The casualty beat's hooks into reading figures, kept apart so that the beat can take them with
 * it: "a triple murder" counts victims, a bare "one" counts only where it counts a casualty or a
 * person ("one was wounded", "one of the victims"), and a headline verb ("Kills 2") may stand
 * before a number where a name would otherwise make it an identifier.
 */
import { TokenKind, type Token } from '../text/tokens';
import { PERSON_NOUNS } from '../text/lexicon';
import { table } from '../text/table';
import { MULTIPLES } from './numberWords';

/** What a multiple counts: "a triple murder" the dead, "a triple shooting" the shot (of whom some may have died). */
const MULTIPLE_OF: Readonly<Record<string, 'killed' | 'shot'>> = table({
  murder: 'killed', murders: 'killed', homicide: 'killed', homicides: 'killed', slaying: 'killed', slayings: 'killed',
  killing: 'killed', killings: 'killed', shooting: 'shot', shootings: 'shot',
});

/** "triple murder", "double-slaying", "quadruple shooting": how many were killed or shot, or undefined when token `i` is not that. */
export function multipleVictims(tokens: readonly Token[], i: number): { count: number; key: 'killed' | 'shot' } | undefined {
  const lower = tokens[i].lower;
  const dash = lower.indexOf('-');
  const count = MULTIPLES[dash < 0 ? lower : lower.slice(0, dash)];
  if (count === undefined) return undefined;
  const key = MULTIPLE_OF[dash < 0 ? tokens[i + 1]?.lower ?? '' : lower.slice(dash + 1)];
  return key ? { count, key } : undefined;
}

/** Headline verbs before a count: "Bar Shooting Kills 2, Wounds 5 Others". */
const HEADLINE_VERB = /^(kills?|wounds?|injures?|leaves?|hurts?|shoots?|hits?)$/;

export function isCasualtyHeadlineVerb(lower: string): boolean {
  return HEADLINE_VERB.test(lower);
}

/** "one" is only a figure where it counts something: "one of the", "one man". */
const SUPERLATIVE_AFTER_ONE = /^(most|best|worst|few|last|first|only|largest|biggest|latest|main|top|many)$/;
/** "one was wounded", "one remains in critical condition": a bare "one" that counts a casualty. */
const ONE_STATE_VERBS = /^(was|is|remains|remained|remain|has|had)$/;
/** Words that may stand between "one" and the person it counts: "one very brave officer", "one unarmed teenage boy". */
const ADJECTIVE_LIKE = /^(very|young|old|brave|unarmed|armed|innocent|teenage|elderly|off-duty|\w+(al|ous|ive|ful|ic|ed|ing|ent|ant|ish|ese|ian|ary|ile|less))$/;
const CASUALTY_STATE = /^(killed|dead|wounded|injured|hurt|shot|hospitali[sz]ed|condition|hospital|pronounced|treated|released|discharged)$/;

/** Whether a bare "one" at token `i` (no unit, no scale) counts a casualty or a person. */
export function loneOneCounts(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev === 'no' || prev === 'any' || prev === 'every' || prev === 'some' || prev === 'the' || prev === 'this' || prev === 'that') return false;
  const next = tokens[i + 1]?.lower;
  if (next === 'fatally' || next === 'critically' || next === 'seriously') return true; // "six were shot, one fatally"
  if (next === 'dead' || next === 'deceased' || next === 'wounded' || next === 'injured' || next === 'killed') return true; // "left one dead"
  if (prev !== undefined && /^(killing|killed|wounding|wounded|injuring|injured|shooting)$/.test(prev)) return true; // "killing one"
  if (next === 'died' || next === 'dies' || next === 'survived') return true; // "one died at the hospital"
  // "one was wounded", "one is in stable condition", "one remains hospitalized"
  if (next !== undefined && ONE_STATE_VERBS.test(next)) {
    for (let j = i + 2; j < tokens.length && j <= i + 5; j++) if (CASUALTY_STATE.test(tokens[j].lower)) return true;
  }
  // "Duhart was one of five people injured" identifies someone; it does not count anyone.
  if (next === 'of' && prev !== undefined && /^(was|is|as|being)$/.test(prev)) return false;
  if (next === 'of') return !SUPERLATIVE_AFTER_ONE.test(tokens[i + 3]?.lower ?? '') && !SUPERLATIVE_AFTER_ONE.test(tokens[i + 2]?.lower ?? '');
  // "one man", "one very brave officer", "one DART officer"; not "at one point police arrived"
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (PERSON_NOUNS.has(t.lower)) return true;
    if (t.kind !== TokenKind.Word || !(/^\p{Lu}/u.test(t.text) || ADJECTIVE_LIKE.test(t.lower))) return false;
  }
  return false;
}
