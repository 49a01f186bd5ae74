import { wordsFrom, type Token } from '../../text/tokens';
import type { ClassReading, StateReading } from '../beat';

/**
 * How copy says what became of the wounded: taken to a hospital, in a condition, with gunshot
 * wounds, released, expected to survive. Each is a state within the injured, so its count is
 * usually a part of their total, not the total.
 */

/** A condition word: "critical", "serious", "non-critical", "stable". */
const CONDITION = /(^|-)(critical|serious|stable|fair|good|grave)$/;
/** "suffered non-life-threatening injuries", "sustained gunshot wounds" */
const SUFFER_VERBS = /^(suffered|sustained|suffers|sustains|suffering|sustaining)$/;
/** Words that name a hospital or an admission. */
const HOSPITAL = /^(hospital|hospitals|medical|trauma|hospitalized|clinic)$/;
/** How far after the verb a hospital may be named: "taken to Carl R. Darnall Army Medical Center". */
const HOSPITAL_WINDOW = 8;
/** Verbs that take the wounded somewhere: to a hospital when one is named. */
const HOSPITAL_VERBS = /^(taken|rushed|transported|transporting|airlifted|brought|flown|driven|treated|sent|took|rushing)$/;
/** Who a hospital takes in and lets go. */
export const VICTIM_NOUNS = ['victims', 'victim', 'patients', 'patient', 'survivors', 'wounded', 'injured'];
/** "shot in the chest but survived" */
const SURVIVED = /\bbut (\w+ )?(survived|were saved|was saved|lived|are expected to (survive|recover|live)|is expected to (survive|recover|live))\b/;
/** "released" and "discharged", from a hospital. */
const DISCHARGE_VERBS = /^(released|discharged)$/;
/** "expected to survive", "expected to be OK": the wounded, said of their prognosis. */
const RECOVERY = /^(live|survive|recover|be ok|be okay|be fine|make a)\b/;
/** "hit by gunfire", "struck with bullets", "took bullets": wounded, not killed (a death is said so). */
const HIT_VERBS = /^(hit|struck|grazed|took)$/;
/** What hits people in a shooting. */
const GUNFIRE = /^(bullets?|gunfire|rounds?|shots?|pellets?)$/;
/** A verb of shooting: "shot", "shooting", "gunshot". */
const SHOOTING_VERB = /^(shot|shoot|gunshot)/;

const injured = (first: number, last: number, state = true): StateReading => ({ first, last, key: 'injured', state });

/**
 * The state a verb at `k` (its particles and tail ending at `last`) says, if it is one: a hospital
 * transport, a discharge, a prognosis, a hit by gunfire, or a shooting survived. `victims`: what is
 * counted are victims, so "taken to Penrose Main" is a hospital and "were released" a discharge.
 */
export function stateAtVerb(tokens: readonly Token[], k: number, last: number, victims: boolean): StateReading | undefined {
  const verb = tokens[k].lower;
  // "were taken to the hospital", "were rushed to nearby hospitals"
  if (HOSPITAL_VERBS.test(verb)) {
    const at = hospitalWithin(tokens, last + 1) ?? (victims && tokens[last + 1]?.lower === 'to' && /^\p{Lu}/u.test(tokens[last + 2]?.text ?? '') ? last + 2 : undefined);
    if (at !== undefined) return injured(k, at);
  }
  // "were treated and released"
  if (verb === 'treated' && tokens[k + 1]?.lower === 'and' && DISCHARGE_VERBS.test(tokens[k + 2]?.lower ?? '')) {
    return injured(k, hospitalWithin(tokens, k + 3) ?? k + 2);
  }
  // "were released from the hospital", "have been discharged"
  if (DISCHARGE_VERBS.test(verb) && (victims || verb.startsWith('discharg') || hospitalWithin(tokens, last + 1) !== undefined)) {
    return injured(k, hospitalWithin(tokens, last + 1) ?? last);
  }
  // "are expected to survive", "expected to be OK"
  if (verb === 'expected' && tokens[last + 1]?.lower === 'to' && RECOVERY.test(wordsFrom(tokens, last + 2, 2))) {
    return injured(k, last + 2);
  }
  // "were hit by gunfire", "took bullets"
  if (HIT_VERBS.test(verb)) {
    for (let j = last + 1; j < tokens.length && j <= last + 4; j++) if (GUNFIRE.test(tokens[j].lower)) return injured(k, j);
  }
  // "were shot in the chest but survived": the shot who lived are the injured.
  if (SHOOTING_VERB.test(verb) && SURVIVED.test(wordsFrom(tokens, last + 1, 12))) return injured(k, last, false);
  return undefined;
}

/**
 * A state said without a verb of its own, after the counted phrase and its auxiliaries at `k`:
 * "with gunshot wounds", "in the hospital", "in critical condition", "suffered non-life threatening injuries".
 */
export function stateAt(tokens: readonly Token[], k: number): StateReading | undefined {
  const wounds = gunshotWoundsAt(tokens, k) ?? (tokens[k]?.lower === 'in' ? gunshotWoundsAt(tokens, hospitalEnd(tokens, k) + 1) : undefined);
  if (wounds !== undefined) return injured(k, wounds);
  if (tokens[k]?.lower === 'in') {
    const hospital = hospitalEnd(tokens, k);
    if (hospital > k) return injured(k, hospital);
    const condition = conditionWithin(tokens, k + 1);
    if (condition) return injured(condition.first, condition.last);
  }
  return sufferedInjuries(tokens, k);
}

/** "transported four others to the hospital": a transport verb before the figure, with a hospital after it. */
export function stateBefore(tokens: readonly Token[], verb: number, figureFirst: number): ClassReading | undefined {
  if (!HOSPITAL_VERBS.test(tokens[verb].lower) || hospitalWithin(tokens, figureFirst + 1) === undefined) return undefined;
  return { key: 'injured', state: true };
}

/** "suffered non-life threatening injuries", "sustained gunshot wounds" at `k`. */
function sufferedInjuries(tokens: readonly Token[], k: number): StateReading | undefined {
  if (!SUFFER_VERBS.test(tokens[k]?.lower ?? '')) return undefined;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) if (/^(injur|wound)/.test(tokens[j].lower)) return injured(k, j);
  return undefined;
}

/** "critical condition", "temporary serious condition", "serious but stable condition" starting at `from`. */
function conditionWithin(tokens: readonly Token[], from: number): { first: number; last: number } | undefined {
  let first: number | undefined;
  for (let j = from; j < tokens.length && j <= from + 4; j++) {
    if (tokens[j].lower === 'condition') return first === undefined ? undefined : { first, last: j };
    if (CONDITION.test(tokens[j].lower)) first ??= j;
  }
  return undefined;
}

/** "at the scene", "on the scene" at `k`: where some of the dead were found, a part of the toll. */
export function atTheScene(tokens: readonly Token[], k: number): boolean {
  return /^(at|on)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'scene';
}

/** The index of a hospital word in the few tokens from `from` ("to nearby hospitals", "to Carl R. Darnall Army Medical Center"). */
function hospitalWithin(tokens: readonly Token[], from: number): number | undefined {
  for (let j = from; j < tokens.length && j < from + HOSPITAL_WINDOW; j++) if (HOSPITAL.test(tokens[j].lower)) return j;
  return undefined;
}

/** "in (the) hospital": the index of "hospital", or `k` when the words at `k` are not that. */
function hospitalEnd(tokens: readonly Token[], k: number): number {
  const j = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  return /^hospitals?$/.test(tokens[j]?.lower ?? '') ? j : k;
}

/** "with gunshot wounds", "suffering from gunshot wounds" at `k`: the index of "wounds", or undefined. */
function gunshotWoundsAt(tokens: readonly Token[], k: number): number | undefined {
  let j = k;
  if (/^(suffering|suffered)$/.test(tokens[j]?.lower ?? '')) j += tokens[j + 1]?.lower === 'from' ? 2 : 1;
  else if (tokens[j]?.lower === 'with') j += 1;
  else return undefined;
  for (let end = j; end < tokens.length && end <= j + 3; end++) if (/^(wounds?|injuries)$/.test(tokens[end].lower)) return end;
  return undefined;
}
