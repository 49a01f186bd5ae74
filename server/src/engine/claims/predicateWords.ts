import { table } from '../text/table';

/**
 * The words of predicates: which words say what happened to the people or things a figure counts,
 * the class each belongs to, and which words act as verbs. `predicate.ts` reads them around a figure.
 */

/**
 * Classes group the different words news copy uses for one thing ("killed", "dead", "died", "lost
 * their lives", "pronounced dead" are all `killed`); other verbs keep their lemma.
 */
const CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['killed', ['kill', 'dead', 'die', 'died', 'dies', 'dying', 'death', 'slain', 'murder', 'fatal', 'perish', 'toll', 'fatalit', 'deceased', 'lost their lives', 'slaying']],
  ['injured', ['injur', 'wound', 'hurt', 'hospitali', 'treated', 'maim', 'critical condition', 'serious condition', 'stable condition', 'fair condition', 'good condition', 'survivor']],
  ['shot', ['shot', 'shoot', 'gunshot']],
  ['arrested', ['arrest', 'detain', 'detention', 'custody', 'apprehend', 'nabbed', 'rounded up', 'held']],
  ['charged', ['charg', 'indict', 'prosecut', 'accused']],
  ['warrant', ['warrant']],
  ['repatriated', ['repatriat', 'deport', 'flown home', 'flown back', 'flew home', 'sent home', 'sent back', 'returned home', 'brought home', 'brought back', 'expel', 'extradit', 'returnee']],
  ['missing', ['missing', 'unaccounted']],
  ['rescued', ['rescu', 'freed', 'liberat', 'saved']],
  ['evacuated', ['evacuat']],
  ['released', ['releas']],
  ['displaced', ['displac', 'homeless', 'fled', 'flee']],
  ['convicted', ['convict', 'sentenc', 'jailed', 'imprison']],
];
/** Irregular participles and verbs that take a counted object or subject. */
export const IRREGULAR_VERBS = new Set([
  'flown', 'shot', 'hurt', 'held', 'taken', 'sent', 'brought', 'left', 'found', 'seen', 'given', 'made', 'put',
  'kept', 'caught', 'hit', 'struck', 'fled', 'died', 'dead', 'slain', 'stabbed', 'beaten', 'driven', 'thrown',
  'known', 'born', 'wounded', 'injured', 'missing', 'freed', 'won', 'lost', 'got', 'sold', 'bought', 'paid',
  'met', 'led', 'fell', 'rose', 'grew', 'ran', 'went', 'came', 'became', 'stood', 'saw', 'told', 'said', 'remain',
  'remained', 'remains', 'face', 'faced', 'faces', 'include', 'included', 'includes', 'rushed', 'transported', 'took',
]);
/** Adjectives that are themselves the predicate: "two dead", "16 others injured". */
export const PREDICATE_ADJECTIVES = new Set(['dead', 'injured', 'wounded', 'hurt', 'missing', 'killed', 'hospitalized', 'hospitalised', 'detained', 'arrested', 'deported', 'repatriated', 'rescued', 'evacuated', 'displaced', 'homeless', 'deceased', 'slain']);
/** Adjectives inside a noun phrase that say what happened to the group: "three deceased victims". */
export const NOUN_ADJECTIVES = table({ deceased: 'killed', dead: 'killed', slain: 'killed', injured: 'injured', wounded: 'injured' });
/** Head nouns that carry their predicate: "the two fatalities", "three survivors". */
export const NOUN_PREDICATES = table({
  fatalities: 'killed', deaths: 'killed', dead: 'killed', murders: 'killed', homicides: 'killed', killings: 'killed',
  slayings: 'killed', lives: 'killed', survivors: 'injured', wounded: 'injured', casualties: 'injured',
  bodies: 'killed', murder: 'killed', homicide: 'killed', slaying: 'killed', killing: 'killed', patients: 'injured', patient: 'injured',
});
/** Head nouns that count the injured at one place or in one state: "six patients", a part of the injured. */
export const PATIENT_NOUNS = new Set(['patients', 'patient']);
/** Adverbs right after a figure: "five people were shot, three fatally". */
export const ADVERBS = table({ fatally: 'killed', critically: 'injured', seriously: 'injured', gravely: 'injured' });
/** Words between a subject and its verb: auxiliaries, adverbs, relative pronouns, reporting verbs. */
export const AUXILIARIES = new Set(['more', 'others', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'got', 'get', 'gets', 'become', 'became', 'reportedly', 'allegedly', 'all', 'also', 'later', 'then', 'still', 'now', 'already', 'since', 'subsequently', 'eventually', 'initially', 'just', 'each', 'both', 'either', 'critically', 'seriously', 'badly', 'slightly', 'who', 'that', 'which', 'reported', 'believed', 'thought', 'said', 'confirmed', 'to', 'found', 'listed', 'officially', 'later', 'remain', 'remains', 'remained']);
/** Particles that belong to the verb: "flown home", "shot dead". */
export const PARTICLES = new Set(['home', 'back', 'out', 'off', 'away', 'up', 'down', 'dead']);
/** What may follow a verb and belong to the predicate: "shot to death", "pronounced dead". */
export const PHRASE_TAILS: ReadonlyArray<readonly string[]> = [['to', 'death'], ['dead'], ['deceased']];
/** What may follow "shot" and say what the shooting did: "shot and killed", "shot and wounded". */
export const SHOT_TAILS: ReadonlyArray<readonly string[]> = [['and', 'killed'], ['and', 'wounded'], ['and', 'injured']];
/** Agent nouns that share a predicate's stem but name who did it: "the shooter", "killers". */
export const AGENT_NOUN = /^(shooter|killer|murderer|gunner|kidnapper)s?$/;

/** Keys of verbs outside the lexicon carry this prefix: their identity is only the verb's lemma. */
export const UNCLASSED = 'verb:';

/** The class of a predicate phrase, or undefined for verbs outside the lexicon. */
export function predicateClass(phrase: string): string | undefined {
  const p = phrase.toLowerCase();
  if (/\bfatally\b|\bshot (dead|and killed|to death)\b/.test(p)) return 'killed';
  if (/\bshot and (wounded|injured)\b|\bsurviv/.test(p)) return 'injured';
  for (const [cls, stems] of CLASSES) {
    for (const stem of stems) {
      const at = p.indexOf(stem);
      if (at === 0 || (at > 0 && p.charCodeAt(at - 1) === 32)) return cls;
    }
  }
  return undefined;
}

/** A crude lemma for verbs outside the lexicon: "raided" → "raid", "confiscating" → "confiscat". */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('es') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** A verb's inflected form, not an adjective or noun that shares its stem ("dead", "murder"). */
export function isVerbForm(lower: string): boolean {
  return (IRREGULAR_VERBS.has(lower) && !PREDICATE_ADJECTIVES.has(lower)) || /(ed|ing)$/.test(lower) && lower.length > 4 && !AGENT_NOUN.test(lower);
}

/** A word that can be a predicate: an irregular verb, a predicate adjective, a classed word, or an -ed/-ing form. */
export function isVerbLike(lower: string): boolean {
  if (IRREGULAR_VERBS.has(lower) || PREDICATE_ADJECTIVES.has(lower)) return true;
  if (AGENT_NOUN.test(lower)) return false; // "the shooter", "killers"
  if (predicateClass(lower) !== undefined) return true;
  return /(ed|ing)$/.test(lower) && lower.length > 4;
}
