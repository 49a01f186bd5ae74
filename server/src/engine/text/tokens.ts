import type { Span } from '../types';

export const enum TokenKind {
  Word,
  Number,
  Punct,
}

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
}

/**
 * One regular expression, one pass: dotted abbreviations ("U.S.", "a.m."), numbers with separators
 * and ordinal suffixes ("3,455", "1.2", "4:16", "21st", "1990s"), words with inner apostrophes and
 * hyphens ("Seok-ki", "Seventy-five", "COVID-19", "9mm"), then any other single non-space character.
 */
const TOKEN =
  /(?<abbr>(?:\p{L}\.){2,})|(?<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?)(?![\p{L}\d])|(?<word>[\p{L}\d][\p{L}\p{M}\d'’]*(?:[-‑][\p{L}\d]+)*)|\S/gu;

/** Words that keep a following period: titles, abbreviations. Single letters (initials) do too. */
const DOTTED = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sgt', 'lt', 'gen', 'col', 'capt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'pres', 'rev', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
  'ave', 'blvd', 'rd', 'det', 'insp', 'supt', 'messrs', 'hon', 'approx', 'dept', 'bros', 'apt',
]);

/**
 * The longest run of non-space characters read with the token expression. A longer one (a base64
 * blob, a 5 MB "word") is one opaque token: backtracking over millions of characters overflows
 * the regular expression's stack or takes quadratic time.
 */
const MAX_RUN = 512;

/** The tokens of `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  let at = from;
  let runEnd = from;
  while (at < to) {
    if (at >= runEnd) {
      while (at < to && isSpace(text.charCodeAt(at))) at++;
      if (at >= to) break;
      runEnd = at;
      while (runEnd < text.length && !isSpace(text.charCodeAt(runEnd))) runEnd++;
      if (runEnd - at > MAX_RUN) {
        if (runEnd > to) break;
        const run = text.slice(at, runEnd);
        tokens.push({ start: at, end: runEnd, text: run, lower: run.toLowerCase(), kind: TokenKind.Punct });
        at = runEnd;
        continue;
      }
    }
    // A token starts here: `\S`, the last alternative, matches any character of the run.
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null || m.index >= to) break;
    const groups = m.groups!;
    let end = m.index + m[0].length;
    let kind = TokenKind.Punct;
    if (groups.num !== undefined) {
      kind = TokenKind.Number;
    } else if (groups.word !== undefined || groups.abbr !== undefined) {
      kind = TokenKind.Word;
      if (groups.word !== undefined && text.charCodeAt(end) === 46 /* . */) {
        const w = groups.word;
        if (w.length === 1 ? /\p{Lu}/u.test(w) : DOTTED.has(w.toLowerCase())) end += 1;
      }
    }
    if (end > to) break;
    const tokenText = text.slice(m.index, end);
    tokens.push({ start: m.index, end, text: tokenText, lower: tokenText.toLowerCase(), kind });
    at = end;
  }
  return tokens;
}

/** What `\s` matches in a regular expression, so runs end where the token expression sees space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Up to `n` lower-case words from `from`, joined by spaces. */
export function wordsFrom(tokens: readonly Token[], from: number, n: number): string {
  return tokens.slice(from, from + n).map((t) => t.lower).join(' ');
}
