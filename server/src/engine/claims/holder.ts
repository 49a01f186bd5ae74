import { TokenKind, type Token } from '../text/tokens';
import { cardinalWord } from '../figures/numberWords';
import { AUXILIARIES, isVerbForm, isVerbLike } from './predicateWords';
import { AGENTS, PRONOUN, subjectBefore } from './measure';

/**
 * Whose a count is when what it counts belongs to someone (a player's games, a candidate's votes) and
 * no name stands right before its verb: the subject of its clause, wherever English puts it.
 * - a name that a verb follows, before the figure, past an aside set off by commas ("Rivera, 31,
 *   has missed four games", "The Owls, down 10-0 at the half, scored 17 points"), and past a second
 *   verb of the same subject ("Rivera hurt his wrist and missed four games");
 * - after an opening phrase that holds the figure ("Playing in 40 games for two clubs, Rivera hit …");
 * - a description in place of the name ("The veteran guard needed nine points"): the person the
 *   article named last, like a pronoun.
 */
export function clauseSubject(tokens: readonly Token[], first: number): Subject | null {
  return namedSubjectBefore(tokens, first) ?? subjectAfterOpening(tokens, first) ?? describedSubject(tokens, first);
}

/** A clause's subject, as whose a count is, and the verb that governs the count (by its lemma, the count's predicate). */
export interface Subject {
  readonly name: string;
  readonly verb: string;
}

const capital = (tokens: readonly Token[], k: number) => tokens[k]?.kind === TokenKind.Word && /^\p{Lu}/u.test(tokens[k].text);

/**
 * The nearest name (or "he", "she") before `first` that a lower-case word (its verb) follows and no
 * preposition, determiner, number or verb governs, with that verb past its auxiliaries: "Hansbrough
 * finished with", "running back Reggie Bush will miss", "and he had" (not "in New Orleans with",
 * "his four NFL seasons", "passed Ford for").
 */
function namedSubjectBefore(tokens: readonly Token[], first: number): Subject | null {
  for (let verb = first - 1; verb >= 1; verb--) {
    if (tokens[verb].kind !== TokenKind.Word || capital(tokens, verb)) continue;
    const nameEnd = tokens[verb - 1].text === ',' ? asideOpening(tokens, verb - 1) - 1 : verb - 1;
    // "he had nine rebounds": the person named last, once the article's names are known
    const pronoun = /^(he|she)$/.test(tokens[nameEnd]?.lower ?? '');
    if (!(capital(tokens, nameEnd) || pronoun)) continue;
    let start = nameEnd;
    while (start > 0 && capital(tokens, start - 1)) start--;
    // "Playing in 40 games", "In his 12 starts": a capital that opens the sentence is not always a name ("Manning threw" is)
    if (start === 0 && nameEnd === 0 && opensWithPhrase(tokens)) continue;
    const before = tokens[start - 1];
    if (before && (NAME_GOVERNORS.has(before.lower) || before.kind === TokenKind.Number || cardinalWord(before.lower) !== undefined || isVerbForm(before.lower))) continue;
    const name = subjectBefore(tokens, nameEnd + 1);
    if (name !== null) return { name, verb: tokens[lastVerb(tokens, verb, first)].lower };
  }
  return null;
}

/**
 * The verb of the subject's that governs a figure at `first`: the first one past its auxiliaries, or
 * the last of the verbs the subject shares ("Ambrose hurt his knee and missed four games").
 */
function lastVerb(tokens: readonly Token[], verb: number, first: number): number {
  let main = verb;
  for (let k = verb; k < first - 1; k++) {
    if (tokens[k].lower !== 'and') continue;
    let next = k + 1;
    while (next < first - 1 && AUXILIARIES.has(tokens[next].lower)) next++;
    const t = tokens[next];
    if (next < first && t.kind === TokenKind.Word && !capital(tokens, next) && !NAME_GOVERNORS.has(t.lower) && cardinalWord(t.lower) === undefined) main = next;
  }
  while (main < first - 1 && AUXILIARIES.has(tokens[main].lower)) main++;
  return main;
}

/** Words before a name that make it an object or a modifier, not a subject: prepositions, determiners, possessives ("his four NFL seasons"). */
const NAME_GOVERNORS = new Set(['at', 'in', 'for', 'of', 'from', 'during', 'across', 'to', 'on', 'by', 'among', 'within', 'with', 'against', 'over', 'than', 'into', 'about', 'after', 'before', 'under', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those']);

/** How many tokens an aside between a subject and its verb may run: ", 28,", ", then with Kansas City,". */
const ASIDE_REACH = 12;

/** The comma that opens the aside closed by the comma at `close`, or `close` where none opens it nearby. */
function asideOpening(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 1 && k >= close - ASIDE_REACH; k--) {
    if (tokens[k].text === ',') return k;
    if (tokens[k].kind === TokenKind.Punct && tokens[k].text !== '-') return close;
  }
  return close;
}

/**
 * "Playing in 40 games for two clubs, Rivera hit …", "In his 12 starts, he threw …": a figure in a
 * phrase that opens the sentence (a preposition or a participle, up to its comma) is the main
 * clause's subject's.
 */
function subjectAfterOpening(tokens: readonly Token[], first: number): Subject | null {
  if (!opensWithPhrase(tokens)) return null;
  const opener = tokens[0];
  // The opening's participle governs the count ("Playing in 40 games"); after a preposition, the main verb does.
  const governed = (verb: number) => (/ing$/.test(opener.lower) ? opener.lower : tokens[verb].lower);
  const pronounAt = (k: number) => /^(he|she)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === TokenKind.Word;
  let comma = first + 1;
  while (comma < tokens.length && tokens[comma].text !== ',') {
    // "In 54 games with the Angels he hit …": no comma before a pronoun subject
    if (pronounAt(comma)) return { name: PRONOUN, verb: governed(comma + 1) };
    if (tokens[comma].kind === TokenKind.Punct && tokens[comma].text !== '-' && tokens[comma].text !== '(' && tokens[comma].text !== ')') return null;
    comma++;
  }
  let end = comma + 1;
  if (/^(he|she)$/.test(tokens[end]?.lower ?? '')) return pronounAt(end) ? { name: PRONOUN, verb: governed(end + 1) } : null;
  while (end < tokens.length && end < comma + 5 && capital(tokens, end)) end++;
  if (end === comma + 1 || tokens[end]?.kind !== TokenKind.Word || !isVerbLike(tokens[end].lower) && !AUXILIARIES.has(tokens[end].lower)) return null;
  const name = subjectBefore(tokens, end);
  return name === null ? null : { name, verb: governed(end) };
}

/** The sentence opens with a prepositional phrase or a participle's ("In 54 games", "Playing in 40 games"), not with its subject. */
function opensWithPhrase(tokens: readonly Token[]): boolean {
  const opener = tokens[0];
  if (!opener || opener.kind !== TokenKind.Word) return false;
  return OPENING_PREPOSITIONS.has(opener.lower) || /ing$/.test(opener.lower) && NAME_GOVERNORS.has(tokens[1]?.lower ?? '');
}

const OPENING_PREPOSITIONS = new Set(['in', 'during', 'over', 'across', 'through', 'with', 'after', 'despite', 'since']);

/**
 * "The reigning player of the year finished with …", "…; the 2006 first-round pick played in just 10
 * games": the clause's subject is a definite description of a person (no name, no number, not an
 * agent such as "the team"), whose verb comes before the figure.
 */
function describedSubject(tokens: readonly Token[], first: number): Subject | null {
  let start = 0;
  for (let k = first - 1; k > 0; k--) {
    if (tokens[k].text === ';') {
      start = k + 1;
      break;
    }
  }
  if (tokens[start]?.lower !== 'the') return null;
  for (let k = start + 1; k < first && k <= start + 8; k++) {
    const t = tokens[k];
    if (t.kind === TokenKind.Punct && t.text !== '-') return null;
    if (t.kind !== TokenKind.Word) continue;
    // "The two guards combined for 40 points": a description of several people stands for no one person
    if (capital(tokens, k) || cardinalWord(t.lower) !== undefined) return null;
    if (k > start + 1 && (isVerbForm(t.lower) || AUXILIARIES.has(t.lower))) {
      return AGENTS.has(tokens[k - 1].lower) ? null : { name: PRONOUN, verb: tokens[lastVerb(tokens, k, first)].lower };
    }
  }
  return null;
}

/**
 * Whose the people a figure counts are, where the copy says so right before it: a possessive ("her
 * two sons" → the person named last; "Okafor's three children") or the subject of "have" ("she has
 * four grandchildren"). "Their" and "its" name no one the article's names resolve.
 */
export function possessorBefore(tokens: readonly Token[], first: number): string | null {
  const before = tokens[first - 1];
  if (!before || before.kind !== TokenKind.Word) return null;
  if (before.lower === 'his' || before.lower === 'her') return PRONOUN;
  if (/['’]s$/.test(before.text) && capital(tokens, first - 1)) return subjectBefore(tokens, first);
  return HAVE.has(before.lower) ? subjectBefore(tokens, first - 1) : null;
}

const HAVE = new Set(['has', 'have', 'had']);

/** "she has four grandchildren": a verb of having, which says whose the count is rather than what happened to it. */
export function isHaving(predicate: { readonly text: string | null; readonly after: boolean }): boolean {
  return !predicate.after && predicate.text !== null && HAVE.has(predicate.text.toLowerCase());
}
