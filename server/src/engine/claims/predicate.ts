import { TokenKind, wordsFrom, type Token } from '../text/tokens';
import { PERSON_NOUNS } from '../text/lexicon';
import { multipleVictims } from '../figures/findFigures';
import type { StateReading } from '../beats/beat';
import {
  EVENT_NOUNS, PREDICATE_ADJECTIVES, PREDICATE_ADVERBS, PREDICATE_MODIFIERS, PREDICATE_NOUNS, STATE_NOUNS, VERB_TAILS,
  classOf, constructions, peopleVerbClass, predicateClass, wordClass,
} from '../beats/vocabulary';
import { AUXILIARIES, PARTICLES, UNCLASSED, isPastForm, isVerbFormToken, isVerbLikeToken, unrealizedBy } from './predicateWords';
import { stem } from '../text/lemma';

/**
 * What happened to the people or things a figure counts: the predicate, read around the figure
 * (the verb after the counted phrase, the verb before the figure, an adjective, an adverb, the head
 * noun), and its class.
 */

/** Words after a verb that start an adjunct, not an object: "killed in the exchange". */
const OBJECT_STOP = new Set(['in', 'at', 'on', 'by', 'during', 'after', 'before', 'when', 'while', 'as', 'near', 'outside', 'inside', 'from', 'with', 'and', 'or', 'to']);
/** What starts the object of an active verb: "shot the boy", "killed his wife". */
const AGENT_OBJECT = /^(the|a|an|his|her|their|him|them|its|two|three|four|five|six|seven|eight|nine|ten)$/;
/** Verbs that can only be finite after a subject: "… were hurt", "… died". */
const FINITE_VERBS = /^(was|were|is|are|have|has|had|will|remain|remains|remained|died|dies)$/;
const DASHES = new Set(['—', '–', '-']);
/** How many tokens an aside may run: "-- the 19-year-old woman, a 21-year-old man and a 23-year-old man --". */
const ASIDE_WINDOW = 24;
/** Words that open a clause: a place phrase does not run past them. */
const CLAUSE_WORDS = new Set(['who', 'that', 'which', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'as', 'because', 'and', 'or']);
/** How many tokens a place or description after the counted noun may run: "of the sect in Bountiful, British Columbia,". */
const PLACE_WINDOW = 12;
/** Prepositions that open a place or description after the counted noun: "two guards at a bank in Ohio were …". */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'on', 'inside', 'outside', 'near', 'aged', 'ages', 'ranging']);
/** Words between a predicate and the figure after it: "warrants for 58", "the death toll rose to 13". */
const NOMINAL_GAP = new Set(['for', 'of', 'to', 'at', 'on', 'first', 'last', 'final', 'next', 'past', 'the', 'a', 'an', 'another', 'all', 'some', 'least', 'rose', 'rises', 'risen', 'climbed', 'climbs', 'jumped', 'jumps', 'increased', 'reached', 'reaches', 'stood', 'stands', 'was', 'is', 'were', 'are', 'now', 'has', 'had', 'arrest', 'total', 'his', 'her', 'their', 'its']);

export interface Predicate {
  readonly text: string | null;
  readonly key: string | null;
  /** The predicate follows the counted noun phrase ("five people shot") rather than preceding the figure ("arrested 57"). */
  readonly after: boolean;
  /**
   * A state within the class rather than the event itself ("two in critical condition", "five taken
   * to hospital"): such a count is usually a part of the injured, not their total.
   */
  readonly subState: boolean;
  /**
   * The figure shares its predicate with another group: "one DART officer and four Dallas
   * officers were killed", "killing 12 soldiers and one civilian". Each is a part of the total.
   */
  readonly coordinated: boolean;
  /** The index of the predicate's first and last token in the sentence, or -1 where it has none of its own. */
  readonly first: number;
  readonly end: number;
}

export const NO_PREDICATE: Predicate = { text: null, key: null, after: false, subState: false, coordinated: false, first: -1, end: -1 };

export interface PredicateContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The figure's tokens. */
  readonly first: number;
  readonly last: number;
  /** The counted noun phrase's tokens, when it follows the figure. */
  readonly noun: { first: number; last: number } | null;
  /** The last token of what is counted (the whole's noun for "one of the five people"). */
  readonly phraseEnd: number;
  /** The predicate of the figure before this one in the sentence, for "killing 12 soldiers and one civilian". */
  readonly listPredicate?: Predicate;
}

function asCandidate(state: StateReading): Candidate {
  return { first: state.first, last: state.last, after: true, key: state.key, subState: state.state };
}

/**
 * A candidate with another class or coordination, written out field by field: V8 adds a property to an
 * object copied by a spread (`{ ...candidate, coordinated: true }`) on a slow path, microseconds a figure.
 */
function reclassed(c: Candidate, key: string | undefined, coordinated: boolean | undefined): Candidate {
  return { first: c.first, last: c.last, after: c.after, agent: c.agent, key, subState: c.subState, coordinated };
}

interface Candidate {
  first: number;
  last: number;
  after: boolean;
  /** The counted did it to an object that follows ("three officers deployed Tasers"): they are its agents. */
  agent?: boolean;
  /** A class decided by the construction itself (an adverb, a condition), not by the words. */
  key?: string;
  subState?: boolean;
  coordinated?: boolean;
}

/** Prepositions of place whose object is never a verb's subject. */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'across', 'from', 'on', 'near', 'inside', 'outside', 'throughout', 'into', 'within', 'behind']);

/**
 * "12,000 nurses at 34 hospitals went on strike", "… at 34 hospitals have walked out": a figure inside a phrase of
 * place is never the subject of a finite verb after it. A participle or gerund still describes it ("in one boy
 * dying", "at 30 hospitals affected"), and so does a relative clause ("at 34 hospitals that were closed").
 */
function finiteAfterPlace(tokens: readonly Token[], ctx: PredicateContext, after: Candidate): boolean {
  if (!PLACE_PREPOSITIONS.has(tokens[ctx.first - 1]?.lower ?? '') || /^(who|that|which|where)$/.test(tokens[ctx.phraseEnd + 1]?.lower ?? '')) return false;
  return auxiliaryBetween(tokens, ctx.phraseEnd + 1, after.first) || !/(ing|ed|en)$/.test(tokens[after.first].lower);
}

/** A finite verb's auxiliary among tokens[from, to): "have been told", "were ordered". */
function auxiliaryBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(is|are|was|were|has|have|had|will|would)$/.test(tokens[k].lower)) return true;
  return false;
}

/** The predicate governing a figure. Classed readings win over unclassed verbs; nearer constructions first. */
export function readPredicate(ctx: PredicateContext): Predicate {
  const { tokens } = ctx;
  const candidates: Candidate[] = [];
  // "a triple murder", "double-murder charges", "the deadly quadruple shooting": the figure says what it counts.
  const multiple = multipleVictims(tokens, ctx.first);
  if (multiple) candidates.push({ first: ctx.first, last: tokens[ctx.first].lower.includes('-') ? ctx.first : ctx.first + 1, after: true, key: multiple.key });
  // "three deceased victims", "two wounded soldiers"
  if (ctx.noun) {
    for (let k = ctx.noun.first; k <= ctx.noun.last; k++) {
      const key = PREDICATE_MODIFIERS[tokens[k].lower];
      if (key && k < ctx.noun.last) candidates.push({ first: k, last: k, after: true, key });
    }
  }
  // "three fatally", "two critically"
  const adverb = PREDICATE_ADVERBS[tokens[ctx.last + 1]?.lower ?? ''];
  if (adverb) candidates.push({ first: ctx.last + 1, last: ctx.last + 1, after: true, key: adverb.key, subState: adverb.state === true });
  // "two dead", "16 injured", "three more injured"
  const skip = /^(more|others|other)$/.test(tokens[ctx.last + 1]?.lower ?? '') ? 1 : 0;
  const adj = tokens[ctx.last + 1 + skip];
  if (adj && PREDICATE_ADJECTIVES.has(adj.lower)) candidates.push({ first: ctx.last + 1 + skip, last: ctx.last + 1 + skip, after: true });
  // Stryker disable next-line OptionalChaining,StringLiteral: the counted phrase ends on a token of the sentence
  const read = predicateAfter(tokens, ctx.phraseEnd, constructions.victimNoun(tokens[ctx.phraseEnd]?.lower ?? ''));
  const after = read && finiteAfterPlace(tokens, ctx, read) ? undefined : read;
  let before = predicateBefore(tokens, ctx.first);
  // "injured four adults, a boy and his mother": one object of several.
  if (before && objectListFollows(tokens, ctx.phraseEnd)) before = reclassed(before, before.key, true);
  // "shooting three relatives to death", "shot two men dead": what follows the object changes the class.
  if (before && !before.key) {
    const tail = classOf(predicateClass(tokens[before.last].lower) ?? null)?.objectTails?.find(([pattern]) => pattern.test(wordsFrom(tokens, ctx.phraseEnd + 1, 2)));
    if (tail) before = reclassed(before, tail[1], before.coordinated);
  }
  // "killing 12 soldiers … and wounding 29 others": a verb right before the figure governs it.
  if (before && before.last === ctx.first - 1) candidates.push(before);
  if (after) candidates.push(after);
  if (before && before.last !== ctx.first - 1) candidates.push(before);
  // "the two fatalities", "three survivors", "six patients"
  const head = ctx.noun ? PREDICATE_NOUNS[tokens[ctx.noun.last].lower] : undefined;
  if (head) candidates.push({ first: ctx.noun!.last, last: ctx.noun!.last, after: true, key: head, subState: STATE_NOUNS.has(tokens[ctx.noun!.last].lower) });
  // "four shooting victims", "two gunshot victims": the last resort, after any verb that says what became of them
  const compound = ctx.noun && ctx.noun.last > ctx.noun.first ? constructions.victimCompound(tokens[ctx.noun.last - 1].lower) : undefined;
  if (compound && constructions.victimNoun(tokens[ctx.noun!.last].lower)) candidates.push({ first: ctx.noun!.last - 1, last: ctx.noun!.last, after: true, key: compound });

  // "hitting six people", "seven people were hit": some verbs take a class only when what they count are people.
  const people = ctx.noun === null || PERSON_NOUNS.has(tokens[ctx.noun.last].lower);
  let unclassed: Predicate | undefined;
  for (const c of candidates) {
    const phrase = ctx.text.slice(tokens[c.first].start, tokens[c.last].end);
    // A verb that happens to people in one beat and to things in another ("captured 23 pirates", "captured 52 seats") takes the people's class.
    // a phrase of one word is that word's class, kept by the vocabulary
    const key = c.key ?? (people ? peopleVerbClass(tokens[c.first].lower) : undefined) ?? (c.first === c.last ? wordClass(tokens[c.first]) : predicateClass(phrase));
    if (key) {
      // "tried to kill three officers": a classed verb that did not happen counts by the attempt's own lemma.
      const attempt = unrealizedBy(tokens, c.first);
      // "eight hospitalized": some of the injured are treated at the scene and never admitted.
      const subState = attempt === undefined && (c.subState === true || constructions.statePhrase(phrase));
      return { text: phrase, key: attempt ? `${UNCLASSED}${stem(attempt)}` : key, after: c.after, subState, coordinated: c.coordinated ?? false, first: c.first, end: c.last };
    }
    unclassed ??= { text: phrase, key: `${UNCLASSED}${stem(tokens[c.first].lower)}${c.agent ? AGENT : ''}`, after: c.after, subState: false, coordinated: c.coordinated ?? false, first: c.first, end: c.last };
  }
  // "killing 12 soldiers and one civilian": the list shares the verb before its first item, unless the item has a verb
  // of its own after it ("destroyed 86 homes, … and 3,000 residents have been told to leave").
  const ownVerb = after !== undefined && unclassed?.first === after.first && auxiliaryBetween(tokens, ctx.phraseEnd + 1, after.first);
  const list = ctx.listPredicate;
  if (list?.key && !list.after && continuesList(tokens, ctx.first) && !ownVerb) return { text: list.text, key: list.key, after: list.after, subState: list.subState, coordinated: true, first: list.first, end: list.end };
  const listed = listedAmong(ctx.text, tokens, ctx.first);
  if (listed) return listed;
  return unclassed ?? NO_PREDICATE;
}

/** The forms of "include" whose subject names what happened to a list's items. */
const INCLUDE_FORMS: ReadonlySet<string> = new Set(['include', 'included', 'includes']);

/**
 * "The wounded included a 19-year-old woman and six men", "The bodies included … two juvenile
 * females": an item of a list whose subject says what happened to them. Each item is a part.
 */
function listedAmong(text: string, tokens: readonly Token[], first: number): Predicate | undefined {
  for (let k = first - 1; k >= 1 && k >= first - 14; k--) {
    if (!INCLUDE_FORMS.has(tokens[k].lower)) continue;
    const subject = tokens[k - 1].lower;
    const key = PREDICATE_NOUNS[subject] ?? (PREDICATE_ADJECTIVES.has(subject) ? predicateClass(subject) : undefined);
    return key ? { text: text.slice(tokens[k - 1].start, tokens[k].end), key, after: false, subState: false, coordinated: true, first: k - 1, end: k } : undefined;
  }
  return undefined;
}

/** After the counted phrase: [and a man] [, appositive,] [who|aux|adverb]* VERB [tail] — or a condition, or a hospital. */
function predicateAfter(tokens: readonly Token[], phraseEnd: number, victims: boolean): Candidate | undefined {
  let k = phraseEnd + 1;
  let coordinated = false;
  // "Two women and a man were pronounced dead", "two bailiffs and the gunman are dead": a coordinated group shares the predicate.
  if (tokens[k]?.lower === 'and' && /^(a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(tokens[k + 1]?.lower ?? '')) {
    coordinated = true;
    let j = k + 2;
    while (j < tokens.length && j < k + 5 && tokens[j].kind === TokenKind.Word && !AUXILIARIES.has(tokens[j].lower) && !isVerbLikeToken(tokens[j])) j++;
    k = j;
  }
  // "four troops including the gunman dead"
  if (tokens[k]?.lower === 'including') {
    let j = k + 1;
    while (j < tokens.length && j < k + 4 && tokens[j].kind === TokenKind.Word && !PREDICATE_ADJECTIVES.has(tokens[j].lower) && !AUXILIARIES.has(tokens[j].lower)) j++;
    k = j;
  }
  k = skipPrepositionalPhrase(tokens, skipAside(tokens, k));
  const start = k;
  let severe = false;
  for (; k < tokens.length && k <= start + 5 && AUXILIARIES.has(tokens[k].lower); k++) if (constructions.severity(tokens[k].lower)) severe = true;
  const found = predicateAt(tokens, k, victims);
  if (!found) return undefined;
  // "one of them shot the boy", "two gunmen killed a guard", "five people were shooting": those counted
  // did it; they are not its victims.
  if (k === start && objectCount(tokens, found.last + 1, found.key !== undefined || wordClass(tokens[found.first]) !== undefined) && isPastForm(tokens[found.first].lower)) return undefined;
  if (k > start && constructions.agentProgressive(tokens[found.first].lower)) return undefined;
  // "two people were hurt critically", "four were critically injured": a state within the class, not its total;
  // so is a place: "two died at the scene" (others died in hospital).
  const severity = severe || constructions.severity(tokens[found.last + 1]?.lower ?? '') || constructions.partAfter(tokens, found.last + 1);
  // "three officers deployed Tasers": no auxiliary and an object after the verb; "were deployed" is what happened to them.
  const agent = k === start && objectAfter(tokens, found.last + 1);
  // Written out, not spread: V8 adds properties to an object copied by a spread on a slow path.
  const { first, last, after, key } = found;
  return coordinated || severity || agent ? { first, last, after, key, coordinated, subState: found.subState || severity, agent } : found;
}

/**
 * The object of an active verb starts at `k`: a determiner or a number word ("killed a guard", "killed
 * four people"), or for a classed verb a count in digits ("killed 40 people"), but not a count of times
 * or of time ("shot 15 times", "injured 12 days ago"). An unclassed verb keeps its reading ("two women
 * called 911").
 */
function objectCount(tokens: readonly Token[], k: number, classed: boolean): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (AGENT_OBJECT.test(t.lower)) return true;
  return classed && t.kind === TokenKind.Number && !REPEATS_OR_TIME.test(tokens[k + 1]?.lower ?? '');
}

/** What a number after a verb counts when it is no object: repetitions and stretches of time. */
const REPEATS_OR_TIME = /^(times?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|a\.m\.|p\.m\.|am|pm|%|percent|per)$/;

/** The predicate that starts at `k`, after the subject and its auxiliaries: a verb phrase, a condition, wounds. */
function predicateAt(tokens: readonly Token[], k: number, victims: boolean): Candidate | undefined {
  // "were fatally wounded", "was fatally shot": an adverb that decides the class
  const adverb = constructions.adverbVerb(tokens[k]?.lower ?? '');
  if (adverb && isVerbLikeToken(tokens[k + 1])) return { first: k, last: k + 1, after: true, key: adverb };
  // "two men with gunshot wounds", "are in critical condition": a beat's state said without a verb
  const state = constructions.stateAt(tokens, k, victims);
  if (state) return asCandidate(state);
  const verb = tokens[k];
  if (!verb || verb.kind !== TokenKind.Word) return undefined;
  return isVerbLikeToken(verb) ? readVerbPhrase(tokens, k, victims) : undefined;
}

/** What a verb no beat knows does with an object: its counted are its agents, not what it happened to. */
const AGENT = ':agent';

/** A noun phrase starts at `k`, as the object of a verb: "Tasers", "the crowd", not "in the exchange" or ", police said". */
function objectAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === TokenKind.Word && !OBJECT_STOP.has(t.lower) && !AUXILIARIES.has(t.lower) && !NOT_OBJECT.test(t.lower) && !/ly$/.test(t.lower);
}

/** Words after a verb that start an adjunct or a clause, not its object. */
const NOT_OBJECT = /^(for|into|over|under|about|against|through|up|down|out|off|away|back|home|there|here|now|so|yet|than|because|since|until|unless|if|but|again|too|together|apart|early|late)$/;

/**
 * Whether a finite verb follows the counted phrase ("… were hurt"), rather than a participle that
 * describes it ("… hurt in the crash"). In "21 of the 30 passengers were hurt" the verb is the part's.
 */
export function finiteVerbAfter(tokens: readonly Token[], phraseEnd: number): boolean {
  // Stryker disable next-line OptionalChaining,StringLiteral: the counted phrase ends on a token of the sentence
  if (/^(them|whom)$/.test(tokens[phraseEnd]?.lower ?? '')) return true; // "two of them died"
  return FINITE_VERBS.test(tokens[skipPrepositionalPhrase(tokens, skipAside(tokens, phraseEnd + 1))]?.lower ?? '');
}

/**
 * "Two more people, a man and a woman, died", "Four juveniles -- including two children -- were
 * injured": the index after an aside that opens at `k` and that a verb follows, or `k`.
 */
function skipAside(tokens: readonly Token[], k: number): number {
  const opener = tokens[k]?.text;
  if (opener !== ',' && !DASHES.has(opener ?? '')) return k;
  for (let j = k + 2; j < tokens.length && j <= k + ASIDE_WINDOW; j++) {
    const closes = opener === ',' ? tokens[j].text === ',' : DASHES.has(tokens[j].text);
    if (closes && (AUXILIARIES.has(tokens[j + 1]?.lower ?? '') || isVerbLikeToken(tokens[j + 1]))) return j + 1;
  }
  return k;
}

/**
 * "Two bailiffs in a county courthouse in southern Michigan were killed": a place or description
 * between the counted noun and an auxiliary. Returns the auxiliary's index, or `k` when there is none.
 */
function skipPrepositionalPhrase(tokens: readonly Token[], k: number): number {
  // Stryker disable next-line StringLiteral: past the sentence's end any word that is no preposition reads the same
  if (!LOCATIVE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return k;
  for (let j = k + 1; j < tokens.length && j <= k + PLACE_WINDOW; j++) {
    const t = tokens[j];
    if (FINITE_VERBS.test(t.lower)) return j > k + 1 ? j : k;
    // "in Bountiful, British Columbia, have been …": a place and its region, set off by commas
    if (t.text === ',' && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && (/^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') || FINITE_VERBS.test(tokens[j + 1]?.lower ?? ''))) continue;
    if (t.kind === TokenKind.Punct && t.text !== "'" || t.kind === TokenKind.Word && (isVerbLikeToken(t) && !EVENT_NOUNS.has(t.lower) || CLAUSE_WORDS.has(t.lower))) return k;
  }
  return k;
}

/** The verb at `k` with its particles and tail ("flown home", "shot to death"), or the state it says (a beat's `verbState`). */
function readVerbPhrase(tokens: readonly Token[], k: number, victims: boolean): Candidate | undefined {
  let last = k;
  while (tokens[last + 1] && PARTICLES.has(tokens[last + 1].lower) && last < k + 2) last++;
  for (const tail of tailsOf(tokens[k].lower)) {
    if (tail.every((w, i) => tokens[last + 1 + i]?.lower === w)) {
      last += tail.length;
      break;
    }
  }
  const state = constructions.verbState(tokens, k, last, victims);
  if (state) return asCandidate(state);
  return { first: k, last, after: true };
}

/** The tails a verb may take: every verb's, then its class's own ("shot and killed"). */
function tailsOf(verb: string): ReadonlyArray<readonly string[]> {
  const own = classOf(predicateClass(verb) ?? null)?.tails;
  return own ? [...VERB_TAILS, ...own] : VERB_TAILS;
}

/** Before the figure: VERB [det|prep|noun]* figure — "arrested 57", "warrants for 58", "death toll rose to 13". */
function predicateBefore(tokens: readonly Token[], figureFirst: number): Candidate | undefined {
  // "the death toll rose to 13": a verb of the gap stands for the predicate only when nothing classed precedes it.
  let gapVerb: Candidate | undefined;
  for (let b = figureFirst - 1; b >= 0 && b >= figureFirst - 5; b--) {
    const t = tokens[b];
    if (t.kind !== TokenKind.Word) return gapVerb;
    const classed = wordClass(t) !== undefined;
    // "by a combined 24 points", "an estimated 300 homes": after an article, a verb's form describes the figure
    if (!classed && /^(a|an)$/.test(tokens[b - 1]?.lower ?? '') && isVerbFormToken(t)) continue;
    if (!classed && NOMINAL_GAP.has(t.lower) && isVerbLikeToken(t)) {
      gapVerb ??= { first: b, last: b, after: false };
      continue;
    }
    if (classed || isVerbLikeToken(t) && !AUXILIARIES.has(t.lower) || presentVerb(tokens, b)) {
      const first = b > 0 && constructions.verbPrefix(tokens[b - 1].lower) ? b - 1 : b;
      // "transported four others to the hospital"
      const state = constructions.stateBefore(tokens, b, figureFirst);
      if (state) return { first, last: b, after: false, key: state.key, subState: state.state };
      // "Warrants were issued for 58", "charges were filed against three": the verb's subject says what happened
      const subject = classed ? undefined : classedSubject(tokens, b);
      if (subject !== undefined) return { first: subject, last: b, after: false, key: predicateClass(tokens[subject].lower) };
      return { first, last: b, after: false };
    }
    // "claimed the lives of eight officers", "cost the lives of three young people"
    const ofKey = constructions.nounOf(t.lower);
    if (ofKey && tokens[b + 1]?.lower === 'of') return { first: b, last: b + 1, after: false, key: ofKey };
    // "killing his ex-girlfriend and two others", "fatally striking the driver and two passengers"
    if (t.lower === 'and') return coordinatedObject(tokens, b) ?? gapVerb;
    if (!NOMINAL_GAP.has(t.lower)) return gapVerb;
  }
  return gapVerb;
}

/** The auxiliaries of a passive: "were issued", "have been filed". */
const PASSIVE_AUXILIARIES = /^(was|were|is|are|be|been|being|have|has|had|also)$/;

/** A classed noun before a passive verb and its auxiliaries: "Warrants were issued", "Charges have been filed". */
function classedSubject(tokens: readonly Token[], verb: number): number | undefined {
  let k = verb - 1;
  if (!PASSIVE_AUXILIARIES.test(tokens[k]?.lower ?? '')) return undefined;
  while (k >= 0 && PASSIVE_AUXILIARIES.test(tokens[k].lower)) k--;
  const subject = tokens[k];
  return subject?.kind === TokenKind.Word && !isVerbFormToken(subject) && wordClass(subject) !== undefined ? k : undefined;
}

/**
 * "The firm employs 1,100 workers", "the company has 12,000 staff": a verb in the present, right
 * before the figure's phrase, after a subject (a noun or a name, not a determiner or a preposition).
 */
function presentVerb(tokens: readonly Token[], b: number): boolean {
  const t = tokens[b];
  const subject = tokens[b - 1];
  if (!subject || subject.kind !== TokenKind.Word || OBJECT_STOP.has(subject.lower) || /^(the|a|an|his|her|its|their|our|of|and|or)$/.test(subject.lower)) return false;
  return t.lower === 'has' || t.lower === 'have' || /^[a-z]{3,}[^su'’]s$/.test(t.text) && !/(ss|us|is|ous|ics|ings|ers|ies|ments|tions)$/.test(t.lower);
}

/**
 * "… four adults, a 4-year-old boy, and his mother", "… two men and a woman": another noun phrase
 * after the counted one, not the start of a clause ("… 57 people and the police seized …").
 */
function objectListFollows(tokens: readonly Token[], phraseEnd: number): boolean {
  let k = phraseEnd + 1;
  const joiner = tokens[k]?.text;
  if (joiner !== ',' && joiner !== 'and') return false;
  k++;
  if (joiner === ',' && tokens[k]?.lower === 'and') k++;
  if (!/^(a|an|the|his|her|their|one|two|three|four|five|\d+)$/.test(tokens[k]?.lower ?? '')) return false;
  if (joiner === ',' && tokens[k].lower === 'the') return false; // ", the police said"
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const t = tokens[j];
    if (t.kind !== TokenKind.Word || /^(and|in|at|on|from|near|outside|inside)$/.test(t.lower)) return true;
    if (AUXILIARIES.has(t.lower) || isVerbFormToken(t)) return false;
  }
  return true;
}

/** A classed verb whose first object comes before `and` (at `and`): the figure after it is another object. */
function coordinatedObject(tokens: readonly Token[], and: number): Candidate | undefined {
  // The verb needs an object before "and": "was killed in the exchange and three others …" is not one.
  for (let b = and - 2; b >= 0 && b >= and - 5; b--) {
    const t = tokens[b];
    if (t.kind !== TokenKind.Word) return undefined;
    if (isVerbFormToken(t)) {
      if (OBJECT_STOP.has(tokens[b + 1].lower)) return undefined;
      const first = b > 0 && constructions.adverbVerb(tokens[b - 1].lower) !== undefined ? b - 1 : b;
      const key = predicateClass(tokens.slice(first, b + 1).map((x) => x.lower).join(' '));
      return key ? { first, last: b, after: false, key, coordinated: true } : undefined;
    }
  }
  return undefined;
}

/** A figure right after "and", "or" or a comma: it may be the next item of a list whose verb came before ("killing 12 soldiers and one civilian"). */
export function continuesList(tokens: readonly Token[], figureFirst: number): boolean {
  const prev = tokens[figureFirst - 1]?.lower;
  return prev === 'and' || prev === ',' || prev === 'or';
}

