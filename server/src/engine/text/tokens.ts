import type { Span } from '../types';
import { VOCABULARY } from './vocabulary';

export const enum TokenKind {
  Word,
  Number,
  Punct,
}

export interface Token extends Span {
  /** The token's characters; one string per distinct text (see `vocabulary.ts`), shared by its tokens. */
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
  /** The id of `text` in `VOCABULARY` when it was read: the same for every token with this text. */
  readonly form: number;
}

/*
 * The tokens, in the order they are tried at each position: dotted abbreviations ("U.S.", "a.m."),
 * numbers with separators and ordinal suffixes ("3,455", "1.2", "4:16", "21st", "1990s") not
 * followed by a letter or digit, words with inner apostrophes and hyphens ("Seok-ki",
 * "Seventy-five", "COVID-19", "9mm"), then any other single non-space character. That is the
 * regular expression
 *
 *   (?<abbr>(?:\p{L}\.){2,})|(?<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?)(?![\p{L}\d])|
 *   (?<word>[\p{L}\d][\p{L}\p{M}\d'’]*(?:[-‑][\p{L}\d]+)*)|\S        (flag u)
 *
 * which read the tokens until it cost a tenth of the whole analysis; the scanner below reads
 * character codes and gives the same tokens (test/engine/text.test.ts compares them on random text).
 */

/** Words that keep a following period: titles, abbreviations. Single letters (initials) do too. */
export const DOTTED: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sgt', 'lt', 'gen', 'col', 'capt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'pres', 'rev', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
  'ave', 'blvd', 'rd', 'det', 'insp', 'supt', 'messrs', 'hon', 'approx', 'dept', 'bros', 'apt',
]);
const UPPER = /^\p{Lu}$/u;
/** No longer word is in DOTTED (lower case is never shorter than its word): it need not be sliced to be looked up. */
const LONGEST_DOTTED = Math.max(...[...DOTTED].map((w) => w.length));

/**
 * The longest run of non-space characters read as tokens. A longer one (a base64 blob, a 5 MB
 * "word") is one opaque token, as it was when a regular expression read the tokens (backtracking
 * over millions of characters overflowed its stack).
 */
const MAX_RUN = 512;

/** The tokens of `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const vocabulary = VOCABULARY;
  vocabulary.trim();
  const tokens: Token[] = [];
  // A range no longer than MAX_RUN that ends at a space or at the end of the text (a sentence does)
  // holds no longer run, and no run of it reaches past it: its runs need not be measured.
  const runsAreShort = to - from <= MAX_RUN && (to >= text.length || isSpace(text.charCodeAt(to)));
  let at = from;
  let runEnd = from;
  while (at < to) {
    // Spaces come only between runs: inside one, this reads one character and moves on.
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    if (at >= to) break;
    if (!runsAreShort && at >= runEnd) {
      runEnd = at;
      while (runEnd < text.length && !isSpace(text.charCodeAt(runEnd))) runEnd++;
      if (runEnd - at > MAX_RUN) {
        if (runEnd > to) break;
        const form = vocabulary.intern(text, at, runEnd);
        tokens.push({ start: at, end: runEnd, text: vocabulary.textOf(form)!, lower: vocabulary.lowerOf(form), kind: TokenKind.Punct, form });
        at = runEnd;
        continue;
      }
    }
    let kind = TokenKind.Punct;
    let end = -1;
    const first = text.charCodeAt(at);
    // An ASCII character that is neither letter nor digit (a comma, a period, a bracket) starts no
    // abbreviation, number or word: it is a token of its own, found without trying them.
    if (first >= 128 || isAsciiLetter(first) || isDigit(first)) {
      // A number starts with a digit, an abbreviation with a letter: only one of them can be there.
      const digit = isDigit(first);
      end = digit ? numberEnd(text, at) : abbreviationEnd(text, at);
      kind = digit ? TokenKind.Number : TokenKind.Word;
      if (end < 0) {
        end = wordEnd(text, at);
        kind = TokenKind.Word;
        if (end >= 0 && text.charCodeAt(end) === 46 /* . */ && keepsPeriod(text, at, end)) end += 1;
      }
    }
    if (end < 0) {
      end = at + codePointWidth(text, at);
      kind = TokenKind.Punct;
    }
    if (end > to) break;
    const form = vocabulary.intern(text, at, end);
    tokens.push({ start: at, end, text: vocabulary.textOf(form)!, lower: vocabulary.lowerOf(form), kind, form });
    at = end;
  }
  return tokens;
}

/** The word `text[at, end)` keeps the period after it: an initial, or one of DOTTED. */
function keepsPeriod(text: string, at: number, end: number): boolean {
  const len = end - at;
  if (len === 1) return UPPER.test(text[at]);
  return len <= LONGEST_DOTTED && DOTTED.has(text.slice(at, end).toLowerCase());
}

/** `(?:\p{L}\.){2,}` at `at`: its end, or -1. */
function abbreviationEnd(text: string, at: number): number {
  let p = at;
  let pairs = 0;
  for (;;) {
    const w = letterWidth(text, p);
    if (w === 0 || text.charCodeAt(p + w) !== 46 /* . */) break;
    p += w + 1;
    pairs++;
  }
  return pairs >= 2 ? p : -1;
}

/**
 * `\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d])` at `at`: its end, or -1. When the longest
 * reading is followed by a letter or digit, the expression backtracks; the only shorter reading
 * that can pass is the one without the last separator group ("1.5a" → "1").
 */
function numberEnd(text: string, at: number): number {
  if (!isDigit(text.charCodeAt(at))) return -1;
  let p = at + 1;
  while (isDigit(text.charCodeAt(p))) p++;
  let before = -1;
  for (;;) {
    const c = text.charCodeAt(p);
    if ((c !== 46 && c !== 44 && c !== 58) || !isDigit(text.charCodeAt(p + 1))) break;
    before = p;
    p += 2;
    while (isDigit(text.charCodeAt(p))) p++;
  }
  const c0 = text.charCodeAt(p);
  const c1 = text.charCodeAt(p + 1);
  if (((c0 === 115 && c1 === 116) || (c0 === 110 && c1 === 100) || (c0 === 114 && c1 === 100) || (c0 === 116 && c1 === 104)) &&
      !isLetterOrDigitAt(text, p + 2)) return p + 2; // st nd rd th
  if (c0 === 115 /* s */ && !isLetterOrDigitAt(text, p + 1)) return p + 1;
  if (!isLetterOrDigitAt(text, p)) return p;
  return before;
}

/** `[\p{L}\d][\p{L}\p{M}\d'’]*(?:[-‑][\p{L}\d]+)*` at `at`: its end, or -1. */
function wordEnd(text: string, at: number): number {
  let w = letterOrDigitWidth(text, at);
  if (w === 0) return -1;
  let p = at + w;
  for (;;) {
    const c = text.charCodeAt(p);
    if (isAsciiLetter(c)) {
      // Most of a word: no need to read it again as a code point.
      p++;
      continue;
    }
    if (c === 39 || c === 0x2019 || isDigit(c)) w = 1;
    else if (c < 128) w = letterWidth(text, p);
    else {
      w = letterWidth(text, p);
      if (w === 0) w = markWidth(text, p);
    }
    if (w === 0) break;
    p += w;
  }
  for (;;) {
    const c = text.charCodeAt(p);
    if (c !== 45 /* - */ && c !== 0x2011 /* ‑ */) break;
    w = letterOrDigitWidth(text, p + 1);
    if (w === 0) break;
    p += 1 + w;
    while ((w = letterOrDigitWidth(text, p)) > 0) p += w;
  }
  return p;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  const folded = c | 32; // upper case to lower; no other character lands on a-z
  return folded >= 97 && folded <= 122;
}

/** Classes of code points, filled on first use: 0 unknown, 1 other, 2 letter (\p{L}), 3 mark (\p{M}). */
const OTHER = 1;
const LETTER = 2;
const MARK = 3;
const BMP_CLASSES = new Uint8Array(0x10000);
const LETTER_PATTERN = /^\p{L}$/u;
const MARK_PATTERN = /^\p{M}$/u;

function classOf(cp: number): number {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? LETTER : OTHER;
  if (cp < 0x10000) {
    const known = BMP_CLASSES[cp];
    if (known !== 0) return known;
    return (BMP_CLASSES[cp] = classify(String.fromCharCode(cp)));
  }
  return classify(String.fromCodePoint(cp));
}

function classify(s: string): number {
  return LETTER_PATTERN.test(s) ? LETTER : MARK_PATTERN.test(s) ? MARK : OTHER;
}

/** The code point at `at` (a surrogate pair read as one, as a `u` regular expression reads it), or -1 past the end. */
function codePointAt(text: string, at: number): number {
  if (at >= text.length) return -1;
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length) {
    const d = text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function codePointWidth(text: string, at: number): number {
  return codePointAt(text, at) >= 0x10000 ? 2 : 1;
}

/** The width (1 or 2) of the letter at `at`, or 0 when there is none. */
function letterWidth(text: string, at: number): number {
  const cp = codePointAt(text, at);
  return cp >= 0 && classOf(cp) === LETTER ? (cp >= 0x10000 ? 2 : 1) : 0;
}

function markWidth(text: string, at: number): number {
  const cp = codePointAt(text, at);
  return cp >= 0 && classOf(cp) === MARK ? (cp >= 0x10000 ? 2 : 1) : 0;
}

function letterOrDigitWidth(text: string, at: number): number {
  return isDigit(text.charCodeAt(at)) ? 1 : letterWidth(text, at);
}

function isLetterOrDigitAt(text: string, at: number): boolean {
  return letterOrDigitWidth(text, at) > 0;
}

/** What `\s` matches in a regular expression, so runs end where the token expression sees space. */
function isSpace(c: number): boolean {
  // Most characters are ASCII above the space: one comparison tells them.
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** Up to `n` lower-case words from `from`, joined by spaces. */
export function wordsFrom(tokens: readonly Token[], from: number, n: number): string {
  return tokens.slice(from, from + n).map((t) => t.lower).join(' ');
}
