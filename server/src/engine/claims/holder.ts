import { TokenKind, type Token } from '../text/tokens';
import { cardinalWord } from '../figures/numberWords';
import { MONTHS, WEEKDAYS } from '../text/lexicon';
import { AUXILIARIES, isVerbFormToken, isVerbLikeToken } from './predicateWords';
import { AGENTS, POSSESSIVE_END, PRONOUN, isCapitalized, relativeAntecedent, subjectBefore } from './measure';

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

/**
 * The nearest name (or "he", "she") before `first` that a lower-case word (its verb) follows and no
 * preposition, determiner, number or verb governs, with that verb past its auxiliaries: "Hansbrough
 * finished with", "running back Reggie Bush will miss", "and he had" (not "in New Orleans with",
 * "his four NFL seasons", "passed Ford for").
 */
function namedSubjectBefore(tokens: readonly Token[], first: number): Subject | null {
  for (let verb = first - 1; verb >= 1; verb--) {
    if (tokens[verb].kind !== TokenKind.Word || isCapitalized(tokens, verb)) continue;
    // "the Kings (4-9), who finished with": a relative pronoun's verb is the name's before its comma
    const relative = tokens[verb - 1].lower === 'who' && tokens[verb - 2]?.text === ',';
    const nameEnd = relative ? relativeAntecedent(tokens, verb - 1) : tokens[verb - 1].text === ',' ? asideOpening(tokens, verb - 1) - 1 : verb - 1;
    // "he had nine rebounds": the person named last, once the article's names are known
    const pronoun = /^(he|she)$/.test(tokens[nameEnd]?.lower ?? '');
    if (!(isCapitalized(tokens, nameEnd) || pronoun)) continue;
    let start = nameEnd;
    while (start > 0 && isCapitalized(tokens, start - 1)) start--;
    // "Playing in 40 games", "In his 12 starts": a capital that opens the sentence is not always a name ("Manning threw" is)
    if (start === 0 && nameEnd === 0 && opensWithPhrase(tokens)) continue;
    const before = tokens[start - 1];
    if (before && !relative && !isTeamSubject(tokens, start, nameEnd) && (NAME_GOVERNORS.has(before.lower) || before.kind === TokenKind.Number || cardinalWord(before.lower) !== undefined || isVerbFormToken(before))) continue;
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
    if (next < first && t.kind === TokenKind.Word && !isCapitalized(tokens, next) && !NAME_GOVERNORS.has(t.lower) && cardinalWord(t.lower) === undefined) main = next;
  }
  while (main < first - 1 && AUXILIARIES.has(tokens[main].lower)) main++;
  return main;
}

/**
 * "While Moss struggled, the Foxes played a tidy game with 11 turnovers", "The Kings finished with 301
 * yards": "the" and a plural name that opens a clause (the sentence's start, a comma, a conjunction)
 * name a team or a party, the clause's subject ("in the Kings' win" and "beat the Kings" govern it).
 */
function isTeamSubject(tokens: readonly Token[], start: number, nameEnd: number): boolean {
  if (tokens[start - 1]?.lower !== 'the' || !/s$/.test(tokens[nameEnd].lower)) return false;
  const opener = tokens[start - 2];
  return opener === undefined || opener.text === ',' || CLAUSE_OPENERS.has(opener.lower);
}

const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'as', 'so', 'then', 'when', 'after', 'though', 'although']);

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
  while (end < tokens.length && end < comma + 5 && isCapitalized(tokens, end)) end++;
  if (end === comma + 1 || tokens[end]?.kind !== TokenKind.Word || !isVerbLikeToken(tokens[end]) && !AUXILIARIES.has(tokens[end].lower)) return null;
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
    // "The two guards combined for 40 points": a description of several people stands for no one person
    if (isCapitalized(tokens, k) || cardinalWord(t.lower) !== undefined) return null;
    if (k > start + 1 && (isVerbFormToken(t) || AUXILIARIES.has(t.lower))) {
      return AGENTS.has(tokens[k - 1].lower) ? null : { name: PRONOUN, verb: tokens[lastVerb(tokens, k, first)].lower };
    }
  }
  return null;
}

/**
 * Whose the people a figure counts are, where the copy says so right before it: a possessive ("her
 * two sons" → the person named last; "Okafor's three children"), the subject of "have" ("she has
 * four grandchildren") or the one a death leaves them ("leaves behind two sons", "is survived by his
 * wife and three children": whoever its subject is, else the person named last). "Their" and "its"
 * name no one the article's names resolve.
 */
export function possessorBefore(tokens: readonly Token[], first: number): string | null {
  const before = tokens[first - 1];
  if (!before || before.kind !== TokenKind.Word) return null;
  if (before.lower === 'his' || before.lower === 'her') return PRONOUN;
  if (isNamedPossessive(tokens, first - 1)) return subjectBefore(tokens, first);
  if (HAVE.has(before.lower)) return subjectBefore(tokens, first - 1);
  const bereaved = bereavedBefore(tokens, first);
  return bereaved >= 0 ? subjectBefore(tokens, bereaved) ?? PRONOUN : null;
}

function isNamedPossessive(tokens: readonly Token[], k: number): boolean {
  return POSSESSIVE_END.test(tokens[k]?.text ?? '') && isCapitalized(tokens, k);
}

const HAVE = new Set(['has', 'have', 'had']);

/** How far back, over the kin listed before the figure ("his wife, a son and"), the verb of a death's survivors may stand. */
const KIN_REACH = 8;

/** The verb of "leaves behind" or "survived by" before the figure, past the kin listed before it, or -1. */
function bereavedBefore(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= 1 && k >= first - KIN_REACH; k--) {
    const word = tokens[k].lower;
    if (word === 'behind' && /^(leaves|leave|left|leaving)$/.test(tokens[k - 1].lower) || word === 'by' && tokens[k - 1].lower === 'survived') return k - 1;
    if (tokens[k].kind !== TokenKind.Word && tokens[k].text !== ',') return -1;
  }
  return -1;
}

/** "she has four grandchildren": a verb of having, which says whose the count is rather than what happened to it. */
export function isHaving(predicate: { readonly text: string | null; readonly after: boolean }): boolean {
  return !predicate.after && predicate.text !== null && HAVE.has(predicate.text.toLowerCase());
}

/** How far into a bracket after a name its figures may stand: "Reyes (31-2-1, 24 KOs)". */
const BRACKET_REACH = 8;

/**
 * "Reyes (31-2-1, 24 KOs) faces …", "Lund (14 goals) leads …": a record in brackets right after a
 * name is that name's.
 */
export function bracketOwner(tokens: readonly Token[], first: number): string | null {
  for (let k = first - 1; k >= 1 && k >= first - BRACKET_REACH; k--) {
    if (tokens[k].text === ')') return null;
    if (tokens[k].text === '(') return isCapitalized(tokens, k - 1) ? subjectBefore(tokens, k) : null;
  }
  return null;
}

/**
 * "Rivera had 33 homers and 121 runs batted in", "finished with 25 points, 16 rebounds": an item of a
 * list is the holder's whose the item before it is (`previousLast`, its figure's last token), where
 * only that item's words, then commas or "and", part them.
 */
export function sharesListHolder(tokens: readonly Token[], first: number, previousLast: number): boolean {
  let k = first - 1;
  if (k <= previousLast || tokens[k].lower !== 'and' && tokens[k].text !== ',') return false;
  while (k > previousLast && (tokens[k].lower === 'and' || tokens[k].text === ',')) k--;
  for (; k > previousLast; k--) {
    const t = tokens[k];
    // a name ("and Smith's 12") or a verb ("and grabbed 12") starts a clause of its own
    if (t.kind !== TokenKind.Word || /^\p{Lu}\p{Ll}/u.test(t.text) || isVerbFormToken(t)) return false;
  }
  return true;
}

/**
 * The stretch or part of play a player's statistic is counted over, where a phrase right after the
 * counted noun says it: "43 RBIs in 54 games", "two touchdowns in his last two games", "three
 * touchdowns on punt returns", "11 saves over five starts". Two such counts are two quantities
 * (a season's and a stretch's, a return unit's and the offense's), unless both name one stretch.
 * "In" and the like take a stretch only when it is counted or bounded ("in the win" is the game);
 * "on" takes a part of play, not a day ("on Sunday").
 */
export function stretchAfter(tokens: readonly Token[], nounLast: number): string | null {
  const preposition = tokens[nounLast + 1]?.lower ?? '';
  if (preposition === 'as') return roleAfter(tokens, nounLast);
  if (!STRETCH_PREPOSITIONS.has(preposition)) return null;
  const words: string[] = [];
  for (let k = nounLast + 2; k < tokens.length && k <= nounLast + 1 + STRETCH_REACH; k++) {
    const t = tokens[k];
    if (t.kind === TokenKind.Punct && t.text !== '-' || STRETCH_ENDS.has(t.lower) || STRETCH_PREPOSITIONS.has(t.lower) || WEEKDAYS[t.lower] !== undefined) break;
    words.push(t.lower);
  }
  if (words.length === 0) return null;
  if (preposition !== 'on') {
    // a number that counts the stretch ("in 54 games"), not one that describes a thing ("in the 400-seat chamber")
    const bounded = words.some((w, i) => (/^\d/.test(w) || cardinalWord(w) !== undefined) && words[i + 1] !== '-' || STRETCH_BOUNDS.has(w) && i < words.length - 1);
    return bounded ? `${preposition} ${words.join(' ')}` : null;
  }
  const head = words[0] === 'the' ? words[1] : words[0];
  const partOfPlay = head !== undefined && !/^(a|an)$/.test(head) && !/^\d/.test(head) && cardinalWord(head) === undefined &&
    WEEKDAYS[head] === undefined && MONTHS[head] === undefined;
  return partOfPlay ? `on ${words.join(' ')}` : null;
}

/**
 * "spent five seasons as the club's director of scouting", "eight years as head coach": a span of a
 * career in one role is that role's, another quantity than the whole career ("19 seasons with the
 * club"); the role is named by its head noun, before "of" or the end of the phrase, so outlets that
 * word it otherwise ("as the club's director") still give one quantity.
 */
function roleAfter(tokens: readonly Token[], nounLast: number): string | null {
  if (!CAREER_SPANS.has(tokens[nounLast].lower)) return null;
  let head: string | null = null;
  for (let k = nounLast + 2; k < tokens.length && k <= nounLast + 1 + STRETCH_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== TokenKind.Word || STRETCH_ENDS.has(t.lower) || STRETCH_PREPOSITIONS.has(t.lower)) break;
    head = t.lower.replace(POSSESSIVE_END, '');
  }
  return head === null || /^(a|an|the)$/.test(head) ? null : `as ${head}`;
}

/** Counted spans of a career: what "as" after them names the role of. */
const CAREER_SPANS = new Set(['seasons', 'years', 'terms', 'months', 'games', 'starts']);

/**
 * The part of play a phrase earlier in the sentence counts a statistic over: "During the game's
 * deciding 15-2 run, Echenique … blocked two shots", "in the first half as he scored seven points".
 * A half, a quarter or a run is bounded ("first", "deciding", a score) or is overtime; what is
 * counted over it is another quantity than the game's. Not past a semicolon (another clause's).
 */
export function stretchBefore(tokens: readonly Token[], first: number): string | null {
  for (let k = first - 1; k > 0 && k >= first - PART_SEARCH; k--) {
    const t = tokens[k];
    if (t.text === ';') return null;
    if (!PARTS_OF_PLAY.has(t.lower)) continue;
    let bound: string | undefined;
    let opened = false;
    for (let j = k - 1; j >= 0 && j >= k - PART_REACH; j--) {
      const w = tokens[j];
      if (bound === undefined && (PART_BOUNDS.has(w.lower) || w.kind === TokenKind.Number)) bound = PART_BOUNDS.has(w.lower) ? w.lower : 'score';
      if (PART_PREPOSITIONS.has(w.lower)) {
        opened = true;
        break;
      }
    }
    if (opened && (bound !== undefined || t.lower === 'overtime')) return [bound, t.lower].filter(Boolean).join(' ');
  }
  return null;
}

const PARTS_OF_PLAY = new Set(['half', 'quarter', 'period', 'run', 'inning', 'innings', 'overtime', 'frame', 'spell']);
const PART_BOUNDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'final', 'last', 'opening', 'closing', 'deciding', 'decisive', 'late', 'early']);
const PART_PREPOSITIONS = new Set(['in', 'during', 'over', 'through', 'throughout']);
/** How far before a part of play its preposition may stand: "during the game's deciding 15-2 run". */
const PART_REACH = 8;
/** How far back in the sentence an opening phrase is looked for (a long sentence's start is another clause's). */
const PART_SEARCH = 40;

const STRETCH_PREPOSITIONS = new Set(['in', 'over', 'during', 'through', 'across', 'on']);
/** Words that end a stretch's phrase, besides another preposition of one or a day: the next clause or phrase ("in 54 games with the Angels", "on punt returns and two"). */
const STRETCH_ENDS = new Set(['and', 'with', 'for', 'as', 'to', 'while', 'but', 'after', 'before', 'against', 'at', 'this', 'since', 'of']);
const STRETCH_BOUNDS = new Set(['last', 'first', 'past', 'final', 'previous', 'opening', 'next']);
/** How many words a stretch's phrase may run: "in his last three road games". */
const STRETCH_REACH = 6;
