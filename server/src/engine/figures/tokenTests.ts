/** Token tests the rule stages share. */
import { TokenKind, type Token } from '../text/tokens';
import { WordProperty } from '../text/vocabulary';
import { isDigitCode } from './numerals';

/** Written together, no space between: "$" and "5", "20" and "-". */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Digits, alone ("58") or with letters glued on ("10k", "5km"). */
export function isNumberToken(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === TokenKind.Number || (t.kind === TokenKind.Word && isDigitCode(t.text.charCodeAt(0))));
}

/** Whether `s` is all ASCII digits, at least one (as `/^\d+$/`). */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) if (!isDigitCode(s.charCodeAt(k))) return false;
  return true;
}

// The shape of a word's letters, one bit each. The non-figure rules ask it of the words around
// every number ("Boeing 737", "Lopez, 34,", "iPhone 15"); a pattern run per number and neighbour
// cost more than all their other tests, so the shape is read once per word (`SHAPE`).
const LOWER_INITIAL = 1;
const ASCII_LOWER_INITIAL = 2;
const ACRONYM = 4;
const CAMEL_CASE = 8;

const SHAPE = new WordProperty<Token>((t) => {
  const text = t.text;
  return (/^\p{Ll}/u.test(text) ? LOWER_INITIAL : 0)
    | (/^[a-z]/.test(text) ? ASCII_LOWER_INITIAL : 0)
    | (/^[A-Z][A-Z-]{2,7}$/.test(text) ? ACRONYM : 0)
    | (/^\p{Ll}+\p{Lu}/u.test(text) ? CAMEL_CASE : 0);
});

/** Starts with a lower-case letter, any script ("über"). */
export function startsLower(t: Token): boolean {
  return (SHAPE.of(t) & LOWER_INITIAL) !== 0;
}

/** Starts with an ASCII lower-case letter ("jobs"). */
export function startsAsciiLower(t: Token): boolean {
  return (SHAPE.of(t) & ASCII_LOWER_INITIAL) !== 0;
}

/** Three to eight capitals and hyphens, a capital first: "FTSE", "KTLA", "MD-11". */
export function isAcronym(t: Token): boolean {
  return (SHAPE.of(t) & ACRONYM) !== 0;
}

/** Lower case, then a capital: a brand in camel case ("iPhone", "eBay"). */
export function isCamelCase(t: Token): boolean {
  return (SHAPE.of(t) & CAMEL_CASE) !== 0;
}
