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
 * and ordinal suffixes ("3,455", "1.2", "4:16", "21st", "1990s"; never a part of one: "1" of
 * "1.2bn"), numbers glued to letters ("1.2bn", "1.5km": one word, as "12bn" and "9mm" are), words
 * with inner apostrophes and hyphens ("Seok-ki", "Seventy-five", "COVID-19"), then any other single
 * non-space character.
 */
const TOKEN =
  /(?<abbr>(?:\p{L}\.){2,})|(?<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?)(?![\p{L}\d]|[.,:]\d)|(?<compact>\d+(?:[.,:]\d+)+\p{L}[\p{L}\d]*)|(?<word>[\p{L}\d][\p{L}\p{M}\d'’]*(?:[-‑][\p{L}\d]+)*)|\S/gu;

/** Words that keep a following period: titles, abbreviations. Single letters (initials) do too. */
const DOTTED = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sgt', 'lt', 'gen', 'col', 'capt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'pres', 'rev', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
  'ave', 'blvd', 'rd', 'det', 'insp', 'supt', 'messrs', 'hon', 'approx', 'dept', 'bros', 'apt',
]);

/** The tokens of `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const groups = m.groups!;
    let end = m.index + m[0].length;
    let kind = TokenKind.Punct;
    if (groups.num !== undefined) {
      kind = TokenKind.Number;
    } else if (groups.word !== undefined || groups.abbr !== undefined || groups.compact !== undefined) {
      kind = TokenKind.Word;
      if (groups.word !== undefined && text.charCodeAt(end) === 46 /* . */) {
        const w = groups.word;
        if (w.length === 1 ? /\p{Lu}/u.test(w) : DOTTED.has(w.toLowerCase())) {
          end += 1;
          re.lastIndex = end;
        }
      }
    }
    if (end > to) break;
    const tokenText = text.slice(m.index, end);
    tokens.push({ start: m.index, end, text: tokenText, lower: tokenText.toLowerCase(), kind });
  }
  return tokens;
}

/** Up to `n` lower-case words from `from`, joined by spaces. */
export function wordsFrom(tokens: readonly Token[], from: number, n: number): string {
  return tokens.slice(from, from + n).map((t) => t.lower).join(' ');
}
