import type { Token } from '../text/tokens';
import { AGENT_NOUN, BEAT_PARTICLES, PREDICATE_ADJECTIVES, predicateClass } from '../beats/vocabulary';
import { WordProperty } from '../text/vocabulary';

/**
 * The words of predicates: which words act as verbs, auxiliaries and particles, and the lemma that
 * names a verb no beat knows. What each verb means (its class) is the beats' vocabulary
 * (`beats/vocabulary.ts`); `predicate.ts` reads both around a figure.
 */

/** Irregular participles and verbs that take a counted object or subject. */
export const IRREGULAR_VERBS: ReadonlySet<string> = new Set([
  'flown', 'shot', 'hurt', 'held', 'taken', 'sent', 'brought', 'left', 'found', 'seen', 'given', 'made', 'put',
  'kept', 'caught', 'hit', 'struck', 'fled', 'died', 'stabbed', 'beaten', 'driven', 'thrown',
  'known', 'born', 'freed', 'won', 'lost', 'got', 'sold', 'bought', 'paid',
  'met', 'led', 'fell', 'rose', 'grew', 'ran', 'went', 'came', 'became', 'stood', 'saw', 'told', 'said', 'remain',
  'remained', 'remains', 'face', 'faced', 'faces', 'include', 'included', 'includes', 'rushed', 'transported', 'took',
]);
/** Words between a subject and its verb: auxiliaries, adverbs, relative pronouns, reporting verbs. */
export const AUXILIARIES = new Set(['more', 'others', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'got', 'get', 'gets', 'become', 'became', 'reportedly', 'allegedly', 'all', 'also', 'later', 'then', 'still', 'now', 'already', 'since', 'subsequently', 'eventually', 'initially', 'just', 'each', 'both', 'either', 'critically', 'seriously', 'badly', 'slightly', 'who', 'that', 'which', 'reported', 'believed', 'thought', 'said', 'confirmed', 'to', 'found', 'listed', 'officially', 'later', 'remain', 'remains', 'remained']);
/** Particles that belong to the verb: "flown home", and the beats' own ("shot dead"). */
export const PARTICLES: ReadonlySet<string> = new Set(['home', 'back', 'out', 'off', 'away', 'up', 'down', ...BEAT_PARTICLES]);

/** Keys of verbs outside the lexicon carry this prefix: their identity is only the verb's lemma. */
export const UNCLASSED = 'verb:';

/** Verbs of trying or threatening: what they govern ("tried to kill three officers") did not happen. */
const ATTEMPT_VERBS = new Set(['try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted', 'attempting', 'threaten', 'threatens',
  'threatened', 'threatening', 'plot', 'plots', 'plotted', 'plotting', 'conspire', 'conspired', 'conspiring']);
/** Modals whose perfect tells what did not happen: "could have killed 40 people" ("may have" only hedges). */
const COUNTERFACTUAL_MODALS = new Set(['could', 'would', 'should']);

/**
 * The word that makes the verb at `first` something that did not happen, if one does: an attempt or a
 * threat ("attempted to kill four", "the attempted murder of two men") or a counterfactual ("could
 * have killed"). Its count is of another quantity than the event's, named after that word.
 */
export function unrealizedBy(tokens: readonly Token[], first: number): string | undefined {
  const before = tokens[first - 1]?.lower;
  if (before === 'attempted') return before;
  const governor = tokens[first - 2]?.lower ?? '';
  if (before === 'to' && ATTEMPT_VERBS.has(governor)) return governor;
  if (before === 'have' && COUNTERFACTUAL_MODALS.has(governor)) return governor;
  return undefined;
}

/** The predicate key of a count said without a verb: "5 Indian merchant vessels", "her two sons". */
export const BARE_COUNT = 'count';

/**
 * A past form of a verb some beat classes, whose object (when one follows) says those counted did
 * it: "one of them shot the boy". Unclassed verbs keep their reading ("three suspects left the car").
 */
export function isPastForm(lower: string): boolean {
  return lower.endsWith('ed') || IRREGULAR_VERBS.has(lower) && predicateClass(lower) !== undefined;
}

/** A verb's inflected form, not an adjective or noun that shares its stem ("dead", "murder"). */
function isVerbForm(lower: string): boolean {
  return (IRREGULAR_VERBS.has(lower) && !PREDICATE_ADJECTIVES.has(lower)) || /(ed|ing)$/.test(lower) && lower.length > 4 && !AGENT_NOUN.test(lower) && !ING_WORDS.has(lower);
}

/** Prepositions and nouns that end in "-ing" and are no verb's form: "during the five operations", "that morning". */
const ING_WORDS = new Set(['during', 'including', 'according', 'regarding', 'concerning', 'excluding', 'pending', 'notwithstanding',
  'morning', 'evening', 'something', 'nothing', 'anything', 'everything']);

/** `isVerbForm` of each word, kept by the vocabulary: the readers of measures and predicates ask it of most words they pass. */
const VERB_FORM = new WordProperty<Token>((t) => (isVerbForm(t.lower) ? 1 : 0));

/** Whether a token (none past the sentence's end) is a verb's inflected form, as `isVerbForm(token.lower)`. */
export function isVerbFormToken(token: Token | undefined): boolean {
  return token !== undefined && VERB_FORM.of(token) === 1;
}

/** A word that can be a predicate: an irregular verb, a predicate adjective, a classed word, or an -ed/-ing form. */
function isVerbLike(lower: string): boolean {
  if (IRREGULAR_VERBS.has(lower) || PREDICATE_ADJECTIVES.has(lower)) return true;
  if (AGENT_NOUN.test(lower)) return false; // "the shooter", "killers"
  if (predicateClass(lower) !== undefined) return true;
  return /(ed|ing)$/.test(lower) && lower.length > 4 && !ING_WORDS.has(lower);
}

/** `isVerbLike` of each word, kept by the vocabulary: the readers of predicates ask it of every word they pass. */
const VERB_LIKE = new WordProperty<Token>((t) => (isVerbLike(t.lower) ? 1 : 0));

/** Whether a token (none past the sentence's end) can be a predicate, as `isVerbLike(token.lower)`. */
export function isVerbLikeToken(token: Token | undefined): boolean {
  return token !== undefined && VERB_LIKE.of(token) === 1;
}
