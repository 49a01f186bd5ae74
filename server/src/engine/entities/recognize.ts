import type { Entity, EntityType } from '../types';
import { TokenKind, type Token } from '../text/tokens';
import { entityOf } from './entity';
import { DEMONYM_KEY, NAMES } from './gazetteer';
import { CLASSES } from './tagger/features';
import { SparseModel, fromBase64 } from './tagger/model';
import { Tagger, type TaggedSpan } from './tagger/tagger';
import { WEIGHTS } from './tagger/weights';

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
 * Last words that make a name an organization: "Mercy General Hospital", "Lakeside Community
 * Center", "Royal Thai Police".
 */
const ORG_ENDS = new Set(`agency,association,authority,bank,board,bureau,center,centre,church,clinic,college,commission,
committee,co.,corp,corp.,corporation,council,court,department,foundation,group,hospital,inc,inc.,institute,llc,ltd,ltd.,
ministry,party,plc,police,school,union,university`.split(/[,\s]+/).filter(Boolean));

/** Function words that may start a capitalized run without belonging to the name. */
const LEADING = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'for', 'to', 'from', 'by', 'with', 'and', 'of', 'as', 'after', 'before', 'when', 'while', 'this', 'that', 'his', 'her', 'their', 'our', 'its']);

/**
 * Entities of a document (dates aside: `analyzeDocument` adds those). A statistical tagger
 * (averaged perceptron, BILOU tags, trained on CoNLL-2003; see tagger/) finds and types the
 * names; then our word lists step in where the tagger's training news (Reuters, 1996) is thin:
 * "misc" names that are demonyms become nationalities, and a capitalized run ending in an
 * organization word ("… Hospital", "… Center", "… Police") is an organization, whether the tagger
 * typed it as a person or misc, stopped one word short, or (outside headlines) skipped it.
 */
export function recognizeEntities(text: string, sentences: readonly SentenceTokens[]): Entity[] {
  const spans = getTagger().tag(sentences);
  organizationRuns(sentences, spans);
  const out: Entity[] = [];
  for (const span of spans) {
    const { tokens, taken } = sentences[span.sentence];
    let allTaken = true;
    for (let k = span.first; k <= span.last && allTaken; k++) allTaken = taken.has(k);
    if (allTaken) continue;
    let type: EntityType = CLASSES[span.cls];
    const entity = entityOf(text, tokens, span.first, span.last, type);
    if (type === 'misc' && isDemonym(entity.text)) type = 'nationality';
    out.push(type === entity.type ? entity : { ...entity, type });
  }
  return out;
}

const ORGANIZATION = CLASSES.indexOf('organization');
const LOCATION = CLASSES.indexOf('location');

/** Applies the organization-word rule to the tagged `spans` (sorted by sentence and token), in place. */
function organizationRuns(sentences: readonly SentenceTokens[], spans: TaggedSpan[]): void {
  let next = 0;
  for (let s = 0; s < sentences.length; s++) {
    const { tokens, taken } = sentences[s];
    const first = next;
    while (next < spans.length && spans[next].sentence === s) next++;
    let headline: boolean | undefined;
    for (let end = 1; end < tokens.length; end++) {
      if (!isCapitalizedWord(tokens[end], end, taken) || !ORG_ENDS.has(bareLower(tokens[end]))) continue;
      // The capitalized run ending here.
      let start = end;
      while (start > 0 && isCapitalizedWord(tokens[start - 1], start - 1, taken) && !POSSESSIVE.test(tokens[start - 1].text) && tokens[start].start - tokens[start - 1].end <= 1) start--;
      while (start < end && LEADING.has(tokens[start].lower)) start++;
      if (start === end) continue;
      headline ??= isHeadline(tokens);
      let covered = false;
      for (let k = first; k < next; k++) {
        const span = spans[k];
        if (span.last < start || span.first > end) continue;
        const alone = !covered && (k + 1 === next || spans[k + 1].first > end);
        covered = true;
        if (span.last === end && span.cls !== LOCATION && alone && span.first >= start) {
          span.first = start; // "Mercy General [Hospital]", "Betty Ford Center" as a person
          span.cls = ORGANIZATION;
        } else if (span.first >= start && span.last === end && span.cls !== LOCATION) span.cls = ORGANIZATION;
        else if (span.first >= start && span.last === end - 1) {
          span.last = end; // "[Royal Thai] Police"
          span.cls = ORGANIZATION;
        }
      }
      if (!covered && !headline) spans.splice(next++, 0, { sentence: s, first: start, last: end, cls: ORGANIZATION });
    }
    if (next > first + 1) spans.slice(first, next).sort((a, b) => a.first - b.first).forEach((span, k) => (spans[first + k] = span));
  }
}

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
  if (t.kind !== TokenKind.Word) return false;
  const c = t.text.charCodeAt(0);
  return ((c >= 65 && c <= 90) || (c > 127 && t.lower.charCodeAt(0) !== c)) && !taken.has(index);
}

const POSSESSIVE = /.['’]s?$/;

function bareLower(t: Token): string {
  return POSSESSIVE.test(t.lower) ? t.lower.replace(/['’]s?$/, '') : t.lower;
}

/** "German", "Thais", "South Korean", "Bosnian Serb": every word a nationality or group. */
function isDemonym(name: string): boolean {
  const lower = name.toLowerCase();
  if (NAMES.get(lower) === 'nationality' || DEMONYM_KEY.has(lower)) return true;
  const words = lower.split(' ');
  return words.length > 1 && words.every((w) => NAMES.get(w) === 'nationality' || DEMONYM_KEY.has(w));
}
