import type { Span } from '../types';

/**
 * Abbreviations after which a period does not end a sentence. Titles before names mostly; month
 * abbreviations are left out on purpose: "in Jan. The" is rarer than "on Jan. 5".
 */
const NON_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sgt', 'lt', 'gen', 'col', 'capt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'rev', 'st', 'no', 'vs', 'det', 'insp', 'supt', 'hon', 'ft', 'mt', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'apt',
]);

/**
 * Sentence spans of `text[from, to)`. Line breaks always end a sentence (headlines, datelines and
 * paragraphs carry no final period); inside a line, `.`, `!` or `?` (with closing quotes or
 * brackets) followed by a space ends one unless it closes a known abbreviation or an initial.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const sentences: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r: a lone CR ends a line too (old Mac files) */) {
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
