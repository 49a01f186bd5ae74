import type { Entity, EntityType } from '../types';
import { TokenKind, type Token } from '../text/tokens';
import { entityOf } from './entity';
import { DEMONYM_KEY, NAMES } from './gazetteer';
import { CLASSES } from './tagger/features';
import { SparseModel, fromBase64 } from './tagger/model';
import { Tagger, type TaggedSpan } from './tagger/tagger';
import { WEIGHTS } from './tagger/weights';
import { datelines } from './dateline';
import { WordProperty } from '../text/vocabulary';

export { entityKey } from './entity';

/** One sentence's tokens, and which of them already belong to a date or a figure. */
export interface SentenceTokens {
  readonly tokens: readonly Token[];
  readonly taken: ReadonlySet<number>;
}

let tagger: Tagger | undefined;

/** The tagger, its weights decoded on first use. */
function getTagger(): Tagger {
  tagger ??= new Tagger(new SparseModel(fromBase64(WEIGHTS)));
  return tagger;
}

/**
 * Last words that give a capitalized name its type, whatever the tagger said: "Mercy General
 * Hospital", "Lakeside Community Center", "Royal Thai Police" are organizations; "Bourbon
 * Street", "Harvard Boulevard", "Perry County", "Bunny Friend Park" are places. Checked in this
 * order; the first table that has the last word wins.
 */
const NAME_ENDS: ReadonlyArray<{ readonly type: EntityType; readonly words: ReadonlySet<string> }> = [
  {
    type: 'organization',
    words: new Set(`agency,association,authority,bank,board,bureau,center,centre,church,clinic,college,commission,
committee,co.,corp,corp.,corporation,council,court,department,foundation,group,hospital,inc,inc.,institute,llc,ltd,ltd.,
ministry,party,plc,police,school,union,university`.split(/[,\s]+/).filter(Boolean)),
  },
  {
    type: 'location',
    words: new Set(`street,st.,avenue,ave.,road,rd.,boulevard,blvd.,lane,drive,parkway,highway,expressway,freeway,turnpike,
square,plaza,county,parish,township,borough,district,park,playground,valley,lake,river,creek,island,beach,bay,canyon,
hills,heights,side`.split(/[,\s]+/).filter(Boolean)),
  },
];

/** Function words that may start a capitalized run without belonging to the name. */
const LEADING = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'for', 'to', 'from', 'by', 'with', 'and', 'of', 'as', 'after', 'before', 'when', 'while', 'this', 'that', 'his', 'her', 'their', 'our', 'its']);

/**
 * Entities of a document (dates aside: `analyzeDocument` adds those). A statistical tagger
 * (averaged perceptron, BILOU tags, trained on CoNLL-2003; see tagger/) finds and types the
 * names; then our word lists step in where the tagger's training news (Reuters, 1996) is thin:
 * "misc" names that are demonyms become nationalities, and a capitalized run ending in an
 * organization word ("… Hospital", "… Center", "… Police") or a place word ("… Street", "…
 * County", "… Park") takes that type, whether the tagger typed it otherwise, split it, stopped
 * one word short, or (outside headlines) skipped it.
 */
export function recognizeEntities(text: string, sentences: readonly SentenceTokens[]): Entity[] {
  const spans = getTagger().tag(sentences);
  nameEndRuns(sentences, spans);
  datelines(text, sentences, spans);
  const out: Entity[] = [];
  for (const span of spans) {
    const { tokens, taken } = sentences[span.sentence];
    let allTaken = true;
    for (let k = span.first; k <= span.last && allTaken; k++) allTaken = taken.has(k);
    if (allTaken || isTimestampWord(tokens, span, taken)) continue;
    let type: EntityType = CLASSES[span.cls];
    const entity = entityOf(text, tokens, span.first, span.last, type);
    if (type === 'misc' && isDemonym(entity.text)) type = 'nationality';
    out.push(type === entity.type ? entity : { ...entity, type });
  }
  return out;
}

const LOCATION = CLASSES.indexOf('location');

/** The class index of the name-end table that has `word`, or -1. */
function nameEndClass(word: string): number {
  for (const end of NAME_ENDS) if (end.words.has(word)) return CLASSES.indexOf(end.type as (typeof CLASSES)[number]);
  return -1;
}

/** Per word, 1 + the `nameEndClass` of a capitalized word, else 0: `nameEndRuns` asks it of every token. */
const NAME_END = new WordProperty<Token>((t) => (CAPITALIZED_WORD.of(t) === 1 ? nameEndClass(bareLower(t)) + 1 : 0));

/**
 * Applies the name-end rule to the tagged `spans` (sorted by sentence and token), in place: the
 * spans inside a capitalized run that ends in a name-end word become one name of that word's
 * type ("[Los Angeles] [County]" → "Los Angeles County"; "Bourbon Street" as a person → a place;
 * "[Royal Thai] Police" → "Royal Thai Police"); a location the tagger found stays one when the
 * end word makes organizations ("Lincoln Center"); a run the tagger skipped becomes a name:
 * outside headlines from a sentence's first word only if the running text writes that word
 * capitalized too, in a headline, where capitals say little, as far as the story writes it.
 */
function nameEndRuns(sentences: readonly SentenceTokens[], spans: TaggedSpan[]): void {
  let next = 0;
  let casing: DocumentCasing | undefined;
  for (let s = 0; s < sentences.length; s++) {
    const { tokens, taken } = sentences[s];
    const first = next;
    while (next < spans.length && spans[next].sentence === s) next++;
    let headline: boolean | undefined;
    // Runs the tagger skipped are added after the sentence's spans: only then may they be out of order.
    let appended = false;
    for (let end = 1; end < tokens.length; end++) {
      const cls = NAME_END.of(tokens[end]) - 1;
      if (cls < 0 || taken.has(end)) continue;
      // The capitalized run ending here.
      let start = end;
      while (start > 0 && isCapitalizedWord(tokens[start - 1], start - 1, taken) && !POSSESSIVE.test(tokens[start - 1].text) && tokens[start].start - tokens[start - 1].end <= 1) start--;
      while (start < end && LEADING.has(tokens[start].lower)) start++;
      if (start === end) continue;
      headline ??= isHeadline(tokens);
      let inside = 0;
      let crossing = false;
      let k = first;
      for (; k < next && spans[k].first <= end; k++) {
        if (spans[k].last < start) continue;
        if (spans[k].first < start || spans[k].last > end) crossing = true;
        inside++;
      }
      if (crossing) continue;
      if (inside === 0) {
        if (headline) {
          // Capitals say little in a headline: the run is a name where the story writes it
          // capitalized too ("HARBOR CITY COUNCIL DELAYS VOTE" over "the Harbor City Council voted").
          casing ??= new DocumentCasing(sentences);
          const from = casing.longestNamedSuffix(tokens, start, end);
          if (from <= end - 1) {
            spans.splice(next++, 0, { sentence: s, first: from, last: end, cls });
            appended = true;
          }
          continue;
        }
        // Not over a sentence's first word, capitalized anyway, unless the running text also
        // writes it capitalized ("Fatal [Quarry Street] fire"): the tagger saw no name there.
        if (start === 0 && !(casing ??= new DocumentCasing(sentences)).isName(tokens[0].lower)) start = 1;
        if (start < end) {
          spans.splice(next++, 0, { sentence: s, first: start, last: end, cls });
          appended = true;
        }
        continue;
      }
      const last = spans[k - 1];
      if (last.last < end - 1) continue; // the run's last words are outside any name: "Police" in "… told Police"
      if (inside === 1 && last.last === end && last.cls === LOCATION && cls !== LOCATION) continue;
      // Outside headlines the name runs from the run's start ("Mercy General [Hospital]"); in a
      // headline, whose every word is capitalized, from the first name in it, and over the words
      // before it that the running text writes capitalized ("Near [Willow Creek] Park").
      // Nor over a sentence's first word, capitalized anyway, which the tagger left out, unless
      // the running text also writes it capitalized ("Deadly [Perry County] shooting").
      let from = headline || last.last === end - 1 ? spans[k - inside].first : start;
      if (headline || from === 0) casing ??= new DocumentCasing(sentences);
      if (headline) while (from > start && casing!.isName(tokens[from - 1].lower)) from--;
      else if (from === 0 && spans[k - inside].first > 0 && !casing!.isName(tokens[0].lower)) from = 1;
      spans.splice(k - inside, inside, { sentence: s, first: from, last: end, cls });
      next -= inside - 1;
    }
    if (appended && next > first + 1) spans.slice(first, next).sort((a, b) => a.first - b.first).forEach((span, k) => (spans[first + k] = span));
  }
}

/** How the document's running text (not its headlines) writes a word, asked word by word. */
class DocumentCasing {
  private readonly known = new Map<string, boolean>();
  /** `longestNamedSuffix`'s answers: words found before the end word, by the run's words. */
  private readonly suffixes = new Map<string, number>();
  /**
   * Where each word occurs, by its lower case: pairs of sentence and token index, in document
   * order, of every word but a sentence's first. Built on the first question, so that each
   * question reads only the places of its word, not the whole document again: a long document
   * asks about as many words as it has headlines, and scanning it per word grew as its square.
   */
  private occurrences: Map<string, number[]> | undefined;
  /** `isHeadline` per sentence, filled as asked. */
  private readonly headlines: Array<boolean | undefined> = [];

  constructor(private readonly sentences: readonly SentenceTokens[]) {}

  /**
   * Whether the running text writes `lower` capitalized after the start of a sentence and never
   * in lower case: a name, as far as the document tells.
   */
  isName(lower: string): boolean {
    let answer = this.known.get(lower);
    if (answer !== undefined) return answer;
    answer = false;
    const at = this.occurrencesOf(lower);
    for (let k = 0; k < at.length; k += 2) {
      const tokens = this.sentences[at[k]].tokens;
      const i = at[k + 1];
      if (tokens[i].text === tokens[i].lower) {
        answer = false;
        break;
      }
      if (tokens[i - 1].kind === TokenKind.Word && !this.isHeadline(at[k])) answer = true;
    }
    this.known.set(lower, answer);
    return answer;
  }

  /**
   * The first token of the longest run `tokens[from..end]` (`from` ≥ `start`, at most
   * `NAME_RUN` words) that the running text writes word for word, each word capitalized; `end + 1`
   * if none of two words or more.
   */
  longestNamedSuffix(tokens: readonly Token[], start: number, end: number): number {
    start = Math.max(start, end - NAME_RUN + 1);
    const key = tokens.slice(start, end + 1).map((t) => t.lower).join(' ');
    let k = this.suffixes.get(key);
    if (k === undefined) {
      k = 0;
      const at = this.occurrencesOf(tokens[end].lower);
      for (let o = 0; o < at.length; o += 2) {
        if (this.isHeadline(at[o])) continue;
        const other = this.sentences[at[o]].tokens;
        const j = at[o + 1];
        if (!isCapitalizedWord(other[j], j, NO_TOKENS)) continue;
        let n = 0;
        while (end - n > start && j - n > 0 && other[j - n - 1].lower === tokens[end - n - 1].lower && isCapitalizedWord(other[j - n - 1], j - n - 1, NO_TOKENS)) n++;
        k = Math.max(k, n);
      }
      this.suffixes.set(key, k);
    }
    return k > 0 ? end - k : end + 1;
  }

  /** `occurrences` of the word `lower`, building the index on the first question. */
  private occurrencesOf(lower: string): readonly number[] {
    this.occurrences ??= wordOccurrences(this.sentences);
    return this.occurrences.get(lower) ?? NONE;
  }

  private isHeadline(sentence: number): boolean {
    return (this.headlines[sentence] ??= isHeadline(this.sentences[sentence].tokens));
  }
}

const NONE: readonly number[] = [];

/** `DocumentCasing.occurrences` of `sentences`. */
function wordOccurrences(sentences: readonly SentenceTokens[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (let s = 0; s < sentences.length; s++) {
    const { tokens } = sentences[s];
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].kind !== TokenKind.Word) continue;
      const places = at.get(tokens[i].lower);
      if (places) places.push(s, i);
      else at.set(tokens[i].lower, [s, i]);
    }
  }
  return at;
}

/** Words of a headline's run looked up in the story. */
const NAME_RUN = 5;
const NO_TOKENS: ReadonlySet<number> = new Set();

/** Most longer words capitalized and no final period: a title-case headline, where capitals say little. */
function isHeadline(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens[tokens.length - 1].text === '.') return false;
  let words = 0;
  let capitalized = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word || t.text.length < 4) continue;
    words++;
    const c = t.text.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c > 127 && t.lower.charCodeAt(0) !== c)) capitalized++;
  }
  return words >= 3 && capitalized / words > 0.6;
}

function isCapitalizedWord(t: Token, index: number, taken: ReadonlySet<number>): boolean {
  return CAPITALIZED_WORD.of(t) === 1 && !taken.has(index);
}

/** A word whose first letter is upper case, once per word. */
const CAPITALIZED_WORD = new WordProperty<Token>((t) => {
  if (t.kind !== TokenKind.Word) return 0;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.lower.charCodeAt(0) !== c) ? 1 : 0;
});

const POSSESSIVE = /.['’]s?$/;

function bareLower(t: Token): string {
  return POSSESSIVE.test(t.lower) ? t.lower.replace(/['’]s?$/, '') : t.lower;
}

/** Time zones after a time ("11:40 GMT", "4:09 AM EDT", "(1300 GMT)"). */
const TIME_ZONES = new Set('gmt,utc,bst,cet,cest,eet,ist,hkt,jst,kst,aest,aedt,sgt,est,edt,cst,cdt,mst,mdt,pst,pdt,akst,akdt,hst,et,ct,mt,pt'.split(','));
/** Words of a page's timestamp before its date ("Posted: March 3", "Updated 3/4/2026"). */
const TIMESTAMP_LABELS = new Set(['posted', 'updated', 'published', 'modified', 'created']);

/** A word of a timestamp, part of the time rather than a name: a time zone, a timestamp label. */
function isTimestampWord(tokens: readonly Token[], span: TaggedSpan, taken: ReadonlySet<number>): boolean {
  if (span.first !== span.last) return false;
  const i = span.first;
  if (TIME_ZONES.has(tokens[i].lower) && i > 0) {
    const before = tokens[i - 1];
    return before.kind === TokenKind.Number || /^(?:[ap]\.?m\.?|\d+(?:[ap]m)?)$/i.test(before.text);
  }
  if (!TIMESTAMP_LABELS.has(tokens[i].lower)) return false;
  const after = tokens[i + 1]?.text === ':' ? i + 2 : i + 1;
  return after < tokens.length && (taken.has(after) || tokens[after].kind === TokenKind.Number);
}

/** "German", "Thais", "South Korean", "Bosnian Serb": every word a nationality or group. */
function isDemonym(name: string): boolean {
  const lower = name.toLowerCase();
  if (NAMES.get(lower) === 'nationality' || DEMONYM_KEY.has(lower)) return true;
  const words = lower.split(' ');
  return words.length > 1 && words.every((w) => NAMES.get(w) === 'nationality' || DEMONYM_KEY.has(w));
}
