import { TokenKind, type Token } from '../text/tokens';
import { GENERIC_PERSON_NOUNS, MONTHS, PERSON_DESCRIPTIONS, PERSON_NOUNS, WEEKDAYS, singular } from '../text/lexicon';
import { DEMONYM_KEY } from '../entities/gazetteer';
import { IRREGULAR_VERBS } from './predicateWords';
import { PREDICATE_ADJECTIVES, synonymOf } from '../beats/vocabulary';
import { WordProperty } from '../text/vocabulary';
import { startsUpper } from '../text/letterCase';

/** Words that end a counted noun phrase. */
const NOUN_STOP = new Set(`who,that,which,whom,whose,were,was,are,is,be,been,being,have,has,had,will,would,could,should,
may,might,must,can,did,do,does,and,or,but,nor,in,on,at,for,from,to,by,with,as,of,into,onto,over,under,after,before,
since,during,than,including,while,when,where,if,because,said,say,says,according,each,per,a,an,the,this,these,those,
their,his,her,its,our,also,all,both,more,most,other,some,such,only,just,about,around,nearly,almost,out,up,down,off,
there,then,now,still,yet,so,not,no,later,earlier,today,yesterday,early,late,overnight,tonight,last,next,ago,away,back,home,what,how,why,it,they,
them,he,she,we,you,i,outside,inside,near,behind,across,along,around,within,without,through,toward,towards,against,among,amid,via,per,
vs,vs.,versus,suffered,sustained,survived,suffering,sustaining,fatally,critically,seriously,gravely,mortally,badly,slightly,allegedly,reportedly`.split(/[,\s]+/).filter(Boolean));
const COMPASS = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;
/** Adverbs that follow a counted noun and say where or how the count holds: "4,500 jobs worldwide", "two goals apiece". */
const AFTER_NOUN_ADVERBS = new Set(['worldwide', 'nationwide', 'statewide', 'countrywide', 'citywide', 'globally', 'overseas', 'abroad',
  'domestically', 'internationally', 'locally', 'annually', 'apiece', 'altogether', 'combined', 'together', 'instead']);
/** Words that make a count an addition to another: "three more", "two additional people", "four other people". */
export const INCREMENT_WORDS = new Set(['additional', 'more', 'other', 'others', 'further', 'remaining']);
/** Adjectives that make a counted group a subgroup: "two male students" are not all the students. */
const SUBGROUP_WORDS = new Set(['male', 'female', 'teenage', 'teen', 'young', 'elderly', 'adult', 'juvenile', 'unarmed', 'armed', 'unidentified', 'innocent', 'older', 'younger', 'oldest', 'youngest', 'eldest']);

export interface NounSpan {
  readonly first: number;
  readonly last: number;
}

/** The counted noun phrase starting at token `i`: adjectives and nouns up to the head ("other male victims"). */
export function readNoun(tokens: readonly Token[], i: number): NounSpan | null {
  let last = -1;
  for (let k = i; k < tokens.length && k < i + 4; k++) {
    const t = tokens[k];
    if (t.kind !== TokenKind.Word) break;
    const word = NOUN_WORD.of(t);
    // "four other people", "three more victims": an increment opens a phrase, where a noun follows it
    if (word & NounWord.Stop && !(k === i && LEADING_INCREMENTS.has(t.lower) && isNounAhead(tokens, k + 1))) break;
    if (k > i && word & NounWord.EndsPastFirst) break;
    // "12,000 acres east of Pinecrest": a direction before "of" says where, not what
    if (word & NounWord.Compass && tokens[k + 1]?.lower === 'of') break;
    // "a crowd of 41,200 watched": a verb, unless a noun follows it ("300 armed men")
    if (k === i && word & NounWord.PastForm && !isNounAhead(tokens, k + 1)) break;
    if (word & NounWord.IrregularVerb) break;
    if (word & NounWord.PredicateAdjective && (k === i ? !isNounAhead(tokens, k + 1) : true)) break;
    last = k;
    if (word & NounWord.Possessive) break;
    // "288 candidates run for", "her sons live abroad": a plural noun of people heads its phrase (past it, a verb),
    // unless another noun of people follows ("police officers", "women workers")
    if (PERSON_NOUNS.has(t.lower) && isPluralPeople(t.lower) && !PERSON_NOUNS.has(tokens[k + 1]?.lower ?? '')) break;
  }
  return last >= i ? { first: i, last } : null;
}

/** Words that open a counted phrase as an increment, though "other" and "more" end one elsewhere. */
const LEADING_INCREMENTS = new Set(['other', 'more', 'additional']);

/** What a word is to `readNoun`, as flags of `NOUN_WORD`. */
const enum NounWord {
  /** A word that ends a counted phrase (NOUN_STOP). */
  Stop = 1,
  /** Ends a phrase past its first word: an adverb of where or how ("worldwide"), a day ("Thursday", "March"), an -ing or -ed form that is no person noun. */
  EndsPastFirst = 2,
  /** A compass direction: "east" in "east of Pinecrest". */
  Compass = 4,
  /** An -ed form of more than four letters that is no person noun: "watched". */
  PastForm = 8,
  /** An irregular verb form that is no predicate adjective. */
  IrregularVerb = 16,
  PredicateAdjective = 32,
  /** A possessive: "Okafor's". */
  Possessive = 64,
}

/**
 * The flags of each word, taken once per word and kept by the vocabulary: `readNoun` asks them of
 * the words after every figure, which tested each word against the same sets and patterns again.
 */
const NOUN_WORD = new WordProperty<Token>((t) => {
  const lower = t.lower;
  const person = PERSON_NOUNS.has(lower);
  const endsPastFirst = AFTER_NOUN_ADVERBS.has(lower) || WEEKDAYS[lower] !== undefined || MONTHS[lower] !== undefined && /^\p{Lu}/u.test(t.text) ||
    /(ing|ed)$/.test(lower) && !person;
  return (NOUN_STOP.has(lower) ? NounWord.Stop : 0) | (endsPastFirst ? NounWord.EndsPastFirst : 0) | (COMPASS.test(lower) ? NounWord.Compass : 0) |
    (/ed$/.test(lower) && lower.length > 4 && !person ? NounWord.PastForm : 0) |
    (IRREGULAR_VERBS.has(lower) && !PREDICATE_ADJECTIVES.has(lower) ? NounWord.IrregularVerb : 0) |
    (PREDICATE_ADJECTIVES.has(lower) ? NounWord.PredicateAdjective : 0) | (/['’]s$/.test(t.text) ? NounWord.Possessive : 0);
});

function isPluralPeople(word: string): boolean {
  return word !== singular(word) || word === 'people' || word === 'police' || word === 'staff' || word === 'crew';
}

function isNounAhead(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === TokenKind.Word && !NOUN_STOP.has(t.lower) && !PREDICATE_ADJECTIVES.has(t.lower) && !IRREGULAR_VERBS.has(t.lower);
}

/** The increment word inside a noun phrase ("four other people" → "other"), if any. */
export function incrementIn(tokens: readonly Token[], span: NounSpan): string | undefined {
  for (let k = span.first; k <= span.last; k++) if (INCREMENT_WORDS.has(tokens[k].lower)) return tokens[k].lower;
  return undefined;
}

/** The first words of demonyms of several words ("south" of "south korean"): only after one may two words name a nationality. */
const DEMONYM_FIRST_WORDS: ReadonlySet<string> = new Set([...DEMONYM_KEY.keys()].filter((key) => key.includes(' ')).map((key) => key.slice(0, key.indexOf(' '))));

/** A nationality ("South Korean nationals" → "south korean") or else a subgroup adjective ("male"). */
export function qualifierIn(tokens: readonly Token[], span: NounSpan): string | null {
  for (let k = span.first; k <= span.last; k++) {
    const two = k < span.last && DEMONYM_FIRST_WORDS.has(tokens[k].lower) ? `${tokens[k].lower} ${tokens[k + 1].lower}` : '';
    if (two && DEMONYM_KEY.has(two)) return DEMONYM_KEY.get(two)!;
    if (DEMONYM_KEY.has(tokens[k].lower) && startsUpper(tokens[k])) return DEMONYM_KEY.get(tokens[k].lower)!;
  }
  for (let k = span.first; k < span.last; k++) if (SUBGROUP_WORDS.has(tokens[k].lower)) return tokens[k].lower;
  // A named group: "Dallas police officers", "DART officers", "El Centro officers".
  const named: string[] = [];
  for (let k = span.first; k < span.last; k++) if (startsUpper(tokens[k]) || named.length > 0 && tokens[k].lower === 'police') named.push(tokens[k].lower);
  return named.length > 0 ? named.join(' ') : null;
}

const PERSON_KEYS: ReadonlySet<string> = new Set([...PERSON_NOUNS].map(singular));

/** Whether a noun class counts people: "people", "son", "officer". */
export function countsPeople(nounKey: string | null): boolean {
  return nounKey === 'people' || nounKey !== null && PERSON_KEYS.has(nounKey);
}

const ROLE_KEYS: ReadonlySet<string> = new Set([...PERSON_NOUNS].filter((w) => !GENERIC_PERSON_NOUNS.has(w) && !PERSON_DESCRIPTIONS.has(w)).map(singular));

/**
 * Whether a noun class counts people by the part they play in the story ("candidates", "robbers",
 * "officers", "suspects"): counted without a verb, they are a group the story follows, its size one
 * quantity ("the 288 candidates", "eight plainclothes officers"), unlike "two men" or "three sons".
 */
export function countsARole(nounKey: string | null): boolean {
  return nounKey !== null && ROLE_KEYS.has(nounKey);
}

/** Canonical noun class: generic person words (and demonyms) are "people"; others by their singular, one name for a beat's synonyms. */
export function nounClass(head: string): string {
  if (GENERIC_PERSON_NOUNS.has(head) || DEMONYM_KEY.has(head)) return 'people';
  const one = singular(head);
  return synonymOf(one) ?? one;
}

/**
 * The quantity identity of a noun phrase written by a person (a fact's `noun`): "Thai nationals"
 * → people/thai, "laptops" → laptop. Mirrors how claims read the noun after a figure.
 */
export function readNounPhrase(phrase: string): { nounKey: string; qualifier: string | null } {
  const words = phrase.trim().split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1] ?? '';
  let qualifier: string | null = null;
  for (let k = 0; k < lower.length && qualifier === null; k++) {
    const two = k + 1 < lower.length ? `${lower[k]} ${lower[k + 1]}` : '';
    qualifier = (two && DEMONYM_KEY.get(two)) || DEMONYM_KEY.get(lower[k]) || null;
  }
  return { nounKey: nounClass(head), qualifier };
}
