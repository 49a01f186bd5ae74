/**
 * Datelines: a paragraph that opens with its place in capitals, perhaps a state, perhaps the
 * agency or station in parentheses, then a dash: "LAKEVIEW, Ore. (KLVW) — A gunman …",
 * "FORT ALDER — …". The capitals name a place and the parentheses an organization, whatever a
 * tagger trained on sentence case made of them. Capitals and a dash alone may also be a wire
 * note ("NOTE -", "MARKETS -"): there the place needs the tagger to have seen a name; a state or
 * a station after the capitals says dateline by itself. The story's text must follow (in mixed
 * case), which tells a dateline from a headline in capitals ("SOCCER - LATE GOAL SINKS …").
 */
import { TokenKind, type Token } from '../text/tokens';
import { CLASSES } from './tagger/features';
import type { TaggedSpan } from './tagger/tagger';
import type { SentenceTokens } from './recognize';
import { isSectionLabel } from '../text/boilerplate';

const LOCATION = CLASSES.indexOf('location');
const ORGANIZATION = CLASSES.indexOf('organization');
const DASHES = new Set(['-', '–', '—', '--', '―']);

const NONE: readonly TaggedSpan[] = [];

/** A dateline's names in `tokens`, as spans of sentence `sentence`, or none. */
function datelineNames(text: string, tokens: readonly Token[], sentence: number): readonly TaggedSpan[] {
  if (tokens.length < 2 || !isCapitals(tokens[0]) || (tokens[0].start > 0 && text.charCodeAt(tokens[0].start - 1) !== 10)) return NONE;
  let i = 0;
  while (i < tokens.length && isCapitals(tokens[i])) i++;
  if (isSectionLabel(text.slice(tokens[0].start, tokens[i - 1].end))) return NONE;
  const names: TaggedSpan[] = [{ sentence, first: 0, last: i - 1, cls: LOCATION }];
  const state = tokens[i]?.text === ',' ? stateAbbreviation(tokens, i + 1) : 0;
  if (state > 0) {
    names.push({ sentence, first: i + 1, last: i + state, cls: LOCATION });
    i += 1 + state;
  }
  if (tokens[i]?.text === '(') {
    const open = i;
    while (i < tokens.length && tokens[i].text !== ')') i++;
    if (i === tokens.length || i === open + 1) return NONE;
    // "(CBS/AP)": each name of the parentheses.
    for (let k = open + 1; k < i; k++) {
      if (tokens[k].kind === TokenKind.Punct) continue;
      let last = k;
      while (last + 1 < i && tokens[last + 1].kind !== TokenKind.Punct && tokens[last + 1].start === tokens[last].end + 1) last++;
      names.push({ sentence, first: k, last, cls: ORGANIZATION });
      k = last;
    }
    i++;
  }
  // A dash, then the story's text in mixed case (or nothing more on the line).
  const dash = i;
  while (i < tokens.length && DASHES.has(tokens[i].text)) i++;
  if (i === dash) return NONE;
  for (let k = i; k < tokens.length; k++) if (tokens[k].kind === TokenKind.Word && tokens[k].text !== tokens[k].text.toUpperCase()) return names;
  return i === tokens.length ? names : NONE;
}

/** A word in capitals ("LAKEVIEW", "ST.", "O'HARE"), not a single letter. */
function isCapitals(t: Token): boolean {
  if (t.kind !== TokenKind.Word || t.text.length < 2) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return false; // the usual case, cheaply
  return t.text === t.text.toUpperCase() && t.text !== t.lower;
}

/**
 * The state after a dateline's place, at `tokens[i]`: "Ore.", "Pa.", "N.Y.", "Calif." (a
 * capitalized abbreviation with its period, which may be a token of its own) or "Ohio" (a
 * capitalized word right before the parentheses or the dash). The number of tokens it takes, or 0.
 */
function stateAbbreviation(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined || t.kind !== TokenKind.Word || !/^\p{Lu}[\p{L}.]*$/u.test(t.text)) return 0;
  const next = tokens[i + 1]?.text;
  if (next === '(' || (next !== undefined && DASHES.has(next))) return 1;
  if (t.text.length > 6) return 0;
  if (t.text.endsWith('.')) return 1;
  return next === '.' && tokens[i + 1].start === t.end ? 2 : 0;
}

/**
 * Replaces the tagger's spans (sorted by sentence and token) on each dateline's tokens with the
 * dateline's names, in place.
 */
export function datelines(text: string, sentences: readonly SentenceTokens[], spans: TaggedSpan[]): void {
  let next = 0;
  for (let s = 0; s < sentences.length; s++) {
    const first = next;
    while (next < spans.length && spans[next].sentence === s) next++;
    const found = datelineNames(text, sentences[s].tokens, s);
    if (found.length === 0) continue;
    const names = [...found];
    const end = names[names.length - 1].last;
    let k = first;
    while (k < next && spans[k].first <= end) k++;
    // Capitals and a dash alone: the place only where the tagger saw a name.
    const place = names[0];
    if (names.length === 1 && !spans.slice(first, k).some((span) => span.first <= place.last)) names.shift();
    spans.splice(first, k - first, ...names);
    next += names.length - (k - first);
  }
}
