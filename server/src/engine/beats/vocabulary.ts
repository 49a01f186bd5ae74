import { table } from '../text/table';
import { stem } from '../text/lemma';
import { singular } from '../text/lexicon';
import type { Constructions, Explanation, PredicateClass, RoundUps, Signal, StateReading } from './beat';
import { BEATS } from './index';
import type { Token } from '../text/tokens';
import { WordProperty } from '../text/vocabulary';

/**
 * The beats' tables merged into the lookups the core reads. The core asks "which class is this
 * phrase?", "is this word a predicate adjective?", "which constructions apply here?"; it never asks
 * for a beat by name.
 */

const CLASSES: readonly PredicateClass[] = BEATS.flatMap((b) => b.predicates ?? []);
const CLASS_BY_KEY = new Map(CLASSES.map((c) => [c.key, c]));
const BEAT_BY_CLASS = new Map(BEATS.flatMap((b) => (b.predicates ?? []).map((c) => [c.key, b.id] as const)));
const PHRASE_CLASSES = BEATS.flatMap((b) => b.phraseClasses ?? []);

/** The class of a predicate phrase, or undefined for words no beat knows (remembered: most phrases are single words, asked often). */
export function predicateClass(phrase: string): string | undefined {
  const p = phrase.toLowerCase();
  const known = CLASS_OF_PHRASE.get(p);
  if (known !== undefined) return known || undefined;
  if (CLASS_OF_PHRASE.size > PHRASES_REMEMBERED) CLASS_OF_PHRASE.clear();
  const key = classOfPhrase(p);
  CLASS_OF_PHRASE.set(p, key ?? '');
  return key;
}

const CLASS_OF_PHRASE = new Map<string, string>();
const PHRASES_REMEMBERED = 50_000;

/** Every key `predicateClass` may give, numbered from 1 for `WORD_CLASS` (0: none). */
const CLASS_KEYS: readonly string[] = [...new Set([...PHRASE_CLASSES.map(([, key]) => key), ...CLASSES.map((c) => c.key)])];
const CLASS_NUMBER = new Map(CLASS_KEYS.map((key, i) => [key, i + 1]));
/** The class of each word, kept by the vocabulary: the readers of predicates ask it of every word around every figure. */
const WORD_CLASS = new WordProperty<Token>((t) => CLASS_NUMBER.get(predicateClass(t.lower) ?? '') ?? 0);

/** The class of a token's word, as `predicateClass(token.lower)`. */
export function wordClass(token: Token): string | undefined {
  const n = WORD_CLASS.of(token);
  return n === 0 ? undefined : CLASS_KEYS[n - 1];
}

function classOfPhrase(p: string): string | undefined {
  for (const [pattern, key] of PHRASE_CLASSES) if (pattern.test(p)) return key;
  if (!p.includes(' ')) return classOfWord(p);
  for (const cls of CLASSES) {
    for (const stem of cls.words) {
      const at = p.indexOf(stem);
      if (at === 0 || (at > 0 && p.charCodeAt(at - 1) === 32)) return cls.key;
    }
  }
  return undefined;
}

/** Each stem of a class, and the first class (by its index) that has it. */
const FIRST_CLASS_OF_STEM = new Map<string, number>();
for (const [i, cls] of CLASSES.entries()) for (const stem of cls.words) if (!FIRST_CLASS_OF_STEM.has(stem)) FIRST_CLASS_OF_STEM.set(stem, i);
const LONGEST_STEM = Math.max(0, ...[...FIRST_CLASS_OF_STEM.keys()].map((stem) => stem.length));

/**
 * `classOfPhrase` of one word: the first class with a stem the word starts with (inside one word a stem
 * found past its start follows no space), by a lookup of each of the word's beginnings, not a search
 * for every stem of every class.
 */
function classOfWord(word: string): string | undefined {
  let first = CLASSES.length;
  for (let n = 0; n <= Math.min(word.length, LONGEST_STEM); n++) first = Math.min(first, FIRST_CLASS_OF_STEM.get(word.slice(0, n)) ?? first);
  return CLASSES[first]?.key;
}

const METRICS = BEATS.flatMap((b) => (b.metrics ?? []).map((m) => ({ metric: m, beat: b.id })));
/** A word two beats both use names the earlier beat's metric. */
const METRIC_BY_WORDS = new Map(METRICS.flatMap(({ metric }) => metric.words.map((w) => [w, metric.key] as const)).reverse());
/** A metric two beats both name (a deal's value is a transfer fee in sport) is the earlier beat's. */
const BEAT_BY_METRIC = new Map(METRICS.map(({ metric, beat }) => [metric.key, beat] as const).reverse());

/** A word of metrics' names, read from a name's last word back: the metric the words so far name, and the words that may come before them. */
interface MetricNameWord {
  key: string | undefined;
  readonly before: Map<string, MetricNameWord>;
}

/**
 * The metrics' names as a tree of their words from the last back ("income" → "net" → "oper"): a phrase
 * before a figure is looked up word by word, token by token, without joining its words into a string for
 * each length (most phrases end in a word that no name ends in, and are ruled out by one lookup).
 */
const METRIC_NAMES_BACKWARD = new Map<string, MetricNameWord>();
for (const [words, key] of METRIC_BY_WORDS) {
  let level = METRIC_NAMES_BACKWARD;
  let node: MetricNameWord | undefined;
  for (const word of words.split(' ').reverse()) {
    node = level.get(word);
    if (node === undefined) level.set(word, node = { key: undefined, before: new Map() });
    level = node.before;
  }
  node!.key = key;
}

/** A metric's name among a phrase's last words: the metric, and how many words name it. */
export interface MetricName {
  readonly key: string;
  readonly words: number;
}

/**
 * The longest metric name that the words of `tokens` ending at `end` (and starting at or after `first`)
 * say, as written or as spelled (`spelled`); of two names as long, the one as written.
 */
export function metricNameEndingAt(tokens: readonly Token[], first: number, end: number): MetricName | undefined {
  if (end < first || tokens[end] === undefined) return undefined;
  const written = longestMetricName(tokens, first, end, false);
  const respelled = longestMetricName(tokens, first, end, true);
  return respelled !== undefined && (written === undefined || respelled.words > written.words) ? respelled : written;
}

function longestMetricName(tokens: readonly Token[], first: number, end: number, respell: boolean): MetricName | undefined {
  let found: MetricName | undefined;
  let level = METRIC_NAMES_BACKWARD;
  for (let k = end; k >= first; k--) {
    const node = level.get(respell ? spelled(tokens[k].lower) : tokens[k].lower);
    if (node === undefined) break;
    if (node.key !== undefined) found = { key: node.key, words: end - k + 1 };
    level = node.before;
  }
  return found;
}

/** "M-3", "M-1 money supply": a hyphen between an acronym's letter and digit is spelling ("M3"). */
function spelled(word: string): string {
  return word.includes('-') ? word.replace(/\b(\p{L})-(\d)\b/gu, '$1$2') : word;
}

/** The metric a phrase names ("net income", "the jobless rate" → "jobless rate" → "unemployment rate"), or undefined. */
export function metricOf(phrase: string): string | undefined {
  return METRIC_BY_WORDS.get(phrase);
}

const DAILY = new Set(METRICS.filter(({ metric }) => metric.daily).map(({ metric }) => metric.key));

/** Whether a metric is quoted by the day, so that the day its clause names is its period. */
export function isDaily(key: string): boolean {
  return DAILY.has(key);
}

const AGREED = new Set(METRICS.filter(({ metric }) => metric.agreed).map(({ metric }) => metric.key));

/** Whether a metric is set by an agreement, so that "will pay" states it rather than forecasts it. */
export function isAgreed(key: string): boolean {
  return AGREED.has(key);
}

const AMOUNT_ONLY = new Set(METRICS.filter(({ metric }) => metric.amountOnly).map(({ metric }) => metric.key));

/** The metric a plain number before `word` measures ("Sales 58.7 mln", "2 million users"); none for a price ("five mln shares" counts shares). */
export function countedMetricOf(word: string): string | undefined {
  const key = METRIC_BY_WORDS.get(word);
  return key !== undefined && !AMOUNT_ONLY.has(key) ? key : undefined;
}

const METRIC_VERBS = new Map(BEATS.flatMap((b) => Object.entries(b.metricVerbs ?? {}).map(([verb, key]) => [stem(verb), key] as const)));

/**
 * A metric named after an action ("borrowing") is named by its verb too: "plans to borrow £42bn". Not a metric
 * that a gerund only names among other words ("spending" is a budget; "held $5 billion in cash" is no stake).
 */
const METRIC_BY_GERUND = new Map([...METRIC_BY_WORDS].filter(([word, key]) => /^[a-z]+ing$/.test(word) && key === word).map(([word, key]) => [stem(word), key] as const));

/** The metric an amount governed by a verb is ("earned $4.5 million" → net income), by the verb's stem. */
export function metricOfVerb(word: string): string | undefined {
  const s = stem(word);
  return METRIC_VERBS.get(s) ?? METRIC_BY_GERUND.get(s);
}

const CONTESTS = new Map<string, string[]>();
for (const b of BEATS) for (const verb of b.contests ?? []) CONTESTS.set(stem(verb), [...new Set([...(CONTESTS.get(stem(verb)) ?? []), b.id])]);
/** Each beat's contest cues, by singular: its own `contestCues` and its attributed nouns. */
const CONTEST_CUES = new Map(BEATS.map((b) => [b.id, new Set([...(b.contestCues ?? []), ...(b.attributed ?? [])].map(singular))] as const));

/** Whether a verb states a contest's result with a score or a tally ("beat", "won", "voted", "passed"), by its stem. */
export function isContestVerb(word: string): boolean {
  return CONTESTS.has(stem(word));
}

/**
 * The beat whose contest a verb states the result of: the one beat that lists the verb, or, for a verb
 * several list ("won", "lost"), the one whose cues the sentence alone names ("the council", "the
 * game"); undefined where the sentence names none or several, a neutral result rather than a wrong beat.
 */
export function contestOf(word: string, tokens: readonly Token[]): string | undefined {
  const beats = CONTESTS.get(stem(word));
  if (beats === undefined || beats.length === 1) return beats?.[0];
  const cued = beats.filter((b) => tokens.some((t) => CONTEST_CUES.get(b)!.has(singular(t.lower))));
  return cued.length === 1 ? cued[0] : undefined;
}

const SYNONYMS = new Map(BEATS.flatMap((b) => (b.synonyms ?? []).flatMap((words) => words.map((w) => [singular(w), singular(words[0])] as const))).reverse());

/** The one name of a counted thing among its synonyms, by its singular: "houses" → "home"; undefined for a word no beat lists. */
export function synonymOf(singularWord: string): string | undefined {
  return SYNONYMS.get(singularWord);
}

const ELECTORATE: ReadonlySet<string> = new Set(BEATS.flatMap((b) => b.ballots?.electorate ?? []));
const BALLOT_SIDES = new Map(BEATS.flatMap((b) => Object.entries(b.ballots?.sides ?? {}).flatMap(([side, verbs]) => verbs.map((v) => [stem(v), side] as const))));

/** Whether a noun names those who vote in a ballot ("voters", "residents"). */
export function isElectorate(noun: string): boolean {
  return ELECTORATE.has(noun);
}

/** The side of a ballot a verb says its voters took ("backed" → "for", "opposed" → "against"), by its stem. */
export function ballotSideOf(verb: string): string | undefined {
  return BALLOT_SIDES.get(stem(verb));
}

/** The beat whose vocabulary a metric comes from. */
export function beatOfMetric(key: string | null): string | undefined {
  return key === null ? undefined : BEAT_BY_METRIC.get(key);
}

/** A predicate class by its key. */
export function classOf(key: string | null): PredicateClass | undefined {
  return key === null ? undefined : CLASS_BY_KEY.get(key);
}

/** The beat whose vocabulary a predicate class comes from. */
export function beatOfClass(key: string | null): string | undefined {
  return key === null ? undefined : BEAT_BY_CLASS.get(key);
}

const merge = <T>(pick: (b: (typeof BEATS)[number]) => Readonly<Record<string, T>> | undefined) =>
  table(Object.assign({}, ...BEATS.map((b) => pick(b) ?? {})) as Record<string, T>);

/** Adjectives that are themselves the predicate: "two dead", "16 others injured". */
export const PREDICATE_ADJECTIVES: ReadonlySet<string> = new Set(BEATS.flatMap((b) => b.predicateAdjectives ?? []));
/** Adjectives inside a noun phrase that say what happened to the group: "three deceased victims". */
export const PREDICATE_MODIFIERS = merge((b) => b.predicateModifiers);
/** Head nouns that carry their predicate: "the two fatalities", "three survivors". */
export const PREDICATE_NOUNS = merge((b) => b.predicateNouns);
/** Head nouns that count a state within a class: "six patients". */
export const STATE_NOUNS: ReadonlySet<string> = new Set(BEATS.flatMap((b) => b.stateNouns ?? []));
/** Adverbs right after a figure: "five people were shot, three fatally". */
export const PREDICATE_ADVERBS = merge((b) => b.predicateAdverbs);
/** Tails after any verb that belong to the predicate: "shot to death", "pronounced dead". */
export const VERB_TAILS: ReadonlyArray<readonly string[]> = BEATS.flatMap((b) => b.verbTails ?? []);
/** Particles the beats add to the verb's own ("flown home", "shot dead"). */
export const BEAT_PARTICLES: readonly string[] = BEATS.flatMap((b) => b.particles ?? []);
/** Agent nouns that share a predicate's stem but name who did it: "the shooter", "killers". */
export const AGENT_NOUN = new RegExp(`^(${BEATS.flatMap((b) => b.agentNouns ?? []).join('|') || '(?!)'})s?$`);
/** -ing nouns that name an event: "the victims of Saturday's shooting were …". */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(BEATS.flatMap((b) => b.eventNouns ?? []));

const CONSTRUCTIONS: readonly Constructions[] = BEATS.flatMap((b) => (b.constructions ? [b.constructions] : []));
const firstOf = <T>(read: (c: Constructions) => T | undefined): T | undefined => {
  for (const c of CONSTRUCTIONS) {
    const found = read(c);
    if (found !== undefined) return found;
  }
  return undefined;
};
const patterns = (pick: (c: Constructions) => RegExp | undefined): readonly RegExp[] => CONSTRUCTIONS.flatMap((c) => pick(c) ?? []);
const anyOf = (res: readonly RegExp[], word: string): boolean => {
  for (const re of res) if (re.test(word)) return true;
  return false;
};
const SEVERITY = patterns((c) => c.severity);
const STATE_PHRASES = patterns((c) => c.statePhrase);
const VERB_PREFIXES = patterns((c) => c.verbPrefixes);
const AGENT_PROGRESSIVE = patterns((c) => c.agentProgressive);
const VICTIM_NOUNS: ReadonlySet<string> = new Set(CONSTRUCTIONS.flatMap((c) => c.victimNouns ?? []));
const NOUN_OF = merge((b) => b.constructions?.nounOf);
const ADVERB_VERB = merge((b) => b.constructions?.adverbVerb);
const VICTIM_COMPOUNDS = merge((b) => b.constructions?.victimCompounds);

/** The beats' readers of their own constructions, asked in beat order; the first reading wins. */
export const constructions = {
  stateAt: (tokens: readonly Token[], k: number, victims: boolean): StateReading | undefined => firstOf((c) => c.stateAt?.(tokens, k, victims)),
  verbState: (tokens: readonly Token[], k: number, last: number, victims: boolean): StateReading | undefined => firstOf((c) => c.verbState?.(tokens, k, last, victims)),
  stateBefore: (tokens: readonly Token[], verb: number, figureFirst: number) => firstOf((c) => c.stateBefore?.(tokens, verb, figureFirst)),
  partAfter: (tokens: readonly Token[], k: number): boolean => CONSTRUCTIONS.some((c) => c.partAfter?.(tokens, k) ?? false),
  severity: (word: string): boolean => anyOf(SEVERITY, word),
  statePhrase: (phrase: string): boolean => anyOf(STATE_PHRASES, phrase),
  victimNoun: (word: string): boolean => VICTIM_NOUNS.has(word),
  verbPrefix: (word: string): boolean => anyOf(VERB_PREFIXES, word),
  nounOf: (word: string): string | undefined => NOUN_OF[word],
  adverbVerb: (word: string): string | undefined => ADVERB_VERB[word],
  victimCompound: (word: string): string | undefined => VICTIM_COMPOUNDS[word],
  agentProgressive: (word: string): boolean => anyOf(AGENT_PROGRESSIVE, word),
};

/** The classes with verbs of their own for people, in beat order: asked of every candidate verb of every count. */
const PEOPLE_VERB_CLASSES = CLASSES.filter((c) => c.peopleVerbs !== undefined);

/** The class a verb takes when what it counts are people: "hitting six people" is a shooting. */
export function peopleVerbClass(word: string): string | undefined {
  return PEOPLE_VERB_CLASSES.find((c) => c.peopleVerbs!.test(word))?.key;
}

/** Every beat's round-up cues, each set once (beats may share one). */
export const ROUND_UPS: readonly RoundUps[] = [...new Set(BEATS.flatMap((b) => (b.roundUps ? [b.roundUps] : [])))];
/** Whether claims of a beat are rounded up like incidents (true also where no beat read the claim). */
export function roundsUp(beat: string | undefined): boolean {
  return beat === undefined || BEATS.find((b) => b.id === beat)?.roundUps !== undefined;
}

const ATTRIBUTED = new Set(BEATS.flatMap((b) => (b.attributed ?? []).flatMap((w) => [w, singular(w)])));

/** Whether what a claim counts belongs to someone named: a player's points, a candidate's share of the vote. */
export function isAttributed(nounKey: string | null): boolean {
  return nounKey !== null && ATTRIBUTED.has(nounKey);
}

/** Every beat's explanations of differences that are not contradictions. */
export const EXPLANATIONS: readonly Explanation[] = BEATS.flatMap((b) => b.explanations ?? []);
/** Every beat's whole-article signals. */
export const SIGNALS: readonly Signal[] = BEATS.flatMap((b) => b.signals ?? []);
