import type { Span } from '../types';

/**
 * Abbreviations after which a period does not end a sentence. Titles before names mostly; month
 * abbreviations are left out on purpose: "in Jan. The" is rarer than "on Jan. 5".
 */
const NON_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sgt', 'lt', 'gen', 'col', 'capt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'rev', 'st', 'no', 'vs', 'det', 'insp', 'supt', 'hon', 'ft', 'mt', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'apt', 'messrs', 'pres',
  'approx',
]);

/**
 * Sentence spans of `text[from, to)`. Line breaks end a sentence (headlines, datelines and
 * paragraphs carry no final period), except in hard-wrapped copy (wires, e-mail), where a long line
 * that ends mid-sentence runs on into the next unless that one starts a paragraph (indented or after
 * a blank line); inside a line, `.`, `!` or `?` (with closing quotes or brackets) followed by a
 * space ends one unless it closes a known abbreviation or an initial.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const sentences: Span[] = [];
  const wrapped = isHardWrapped(text, from, to);
  let start = from;
  const push = (end: number) => {
    let s = start;
    // Stryker disable next-line EqualityOperator: `s <= end` is equivalent (a space at `end` read too leaves e ≤ s, nothing pushed)
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  const ends = new NextEnd(text, to);
  for (let i = ends.from(from); i < to; i = ends.from(i + 1)) {
    const c = text.charCodeAt(i);
    // A lone CR ends a line too (old Mac files); in CRLF the LF does.
    if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) {
      if (wrapped && c === 10 && runsOn(text, i, to)) continue;
      push(i);
      start = i + 1;
    } else if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) {
      let j = i + 1;
      while (j < to && isCloser(text.charCodeAt(j))) j++;
      if (j >= to || !isSpace(text.charCodeAt(j))) continue;
      if (c === 46 && !endsSentence(text, start, i)) continue;
      let k = j;
      while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k < to && isLowerStart(text.charCodeAt(k))) continue;
      // A dateline's state before the station or the dash: "LAKEVIEW, Ore. (KLVW) — …".
      if (c === 46 && k < to && isDatelineContinuation(text, start, i, text.charCodeAt(k))) continue;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(to);
  return sentences;
}

/** The characters a sentence can end at: line breaks and final punctuation. */
const END_CHARACTERS = ['\n', '\r', '.', '!', '?'];

/**
 * The next of END_CHARACTERS in a text, found with `indexOf`: most characters are none of them, and
 * the native search passes over them several times faster than a loop reading each one. The last
 * position found of each is kept and searched on from only once passed, so each is searched for
 * once over the text.
 */
class NextEnd {
  private readonly found = END_CHARACTERS.map(() => -1);

  constructor(private readonly text: string, private readonly to: number) {}

  /** The first position from `at` on that holds one of END_CHARACTERS, or `to` when none before it does. */
  from(at: number): number {
    let first = this.to;
    for (let k = 0; k < END_CHARACTERS.length; k++) {
      let p = this.found[k];
      if (p < at) {
        p = this.text.indexOf(END_CHARACTERS[k], at);
        if (p < 0 || p > this.to) p = this.to;
        this.found[k] = p;
      }
      if (p < first) first = p;
    }
    return first;
  }
}

/** A wrapped line is at least this long; shorter lines are headlines, datelines, table rows. */
const WRAPPED_LINE = 40;

/**
 * Hard-wrapped copy: at least three lines, and half of the lines followed by another line of the
 * same paragraph, are long and end mid-sentence (no final punctuation), and at least two of them
 * run on into a word in lower case (a list of headlines or results lines never does).
 */
function isHardWrapped(text: string, from: number, to: number): boolean {
  let candidates = 0;
  let wrapped = 0;
  let intoLower = 0;
  for (let lineStart = from; lineStart < to;) {
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd >= to) break;
    if (continuesParagraph(text, lineEnd + 1, to) && lineEnd > lineStart) {
      candidates++;
      if (endsMidSentence(text, lineStart, lineEnd)) {
        wrapped++;
        if (isLowerStart(text.charCodeAt(lineEnd + 1))) intoLower++;
      }
    }
    lineStart = lineEnd + 1;
  }
  return wrapped >= 3 && intoLower >= 2 && wrapped * 2 >= candidates;
}

/** The line break at `i` runs the sentence on: the line before is long and ends mid-sentence, the next line is no new paragraph. */
function runsOn(text: string, i: number, to: number): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return continuesParagraph(text, i + 1, to) && endsMidSentence(text, lineStart, i);
}

function continuesParagraph(text: string, next: number, to: number): boolean {
  return next < to && !isSpace(text.charCodeAt(next));
}

function endsMidSentence(text: string, lineStart: number, lineEnd: number): boolean {
  let e = lineEnd;
  while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
  if (e - lineStart < WRAPPED_LINE) return false;
  const last = text.charCodeAt(e - 1);
  return last !== 46 && last !== 33 && last !== 63 && last !== 58 && !isCloser(last);
}

function endsSentence(text: string, lineStart: number, dot: number): boolean {
  let w = dot;
  while (w > lineStart && !isSpace(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 40 /* ( */) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false; // an initial: "John F. Kennedy"
  return !NON_FINAL.has(word);
}

/** After "…, Ore." comes "(" or a dash: the period closes a state's abbreviation. */
function isDatelineContinuation(text: string, lineStart: number, dot: number, next: number): boolean {
  if (next !== 40 /* ( */ && next !== 45 /* - */ && next !== 0x2013 && next !== 0x2014) return false;
  return /, \p{Lu}\p{Ll}{1,4}$/u.test(text.slice(Math.max(lineStart, dot - 8), dot));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

function isCloser(c: number): boolean {
  // " ' ) ] ” ’ »
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

function isLowerStart(c: number): boolean {
  return c >= 97 && c <= 122;
}
