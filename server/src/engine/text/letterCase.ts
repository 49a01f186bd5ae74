import { TokenKind, type Token } from './tokens';
import { WordProperty } from './vocabulary';

/**
 * Whether a word starts with an upper-case letter, whatever its script ("Avenue", "Ä"): what
 * `/^\p{Lu}/u` says of its text, taken once per word and kept by the vocabulary. The figure rules and
 * the claims readers ask it of the words around every figure; one pattern per new word, apart from
 * the figures' other letter shapes, which most of these words are never asked.
 */
const UPPER_INITIAL = new WordProperty<Token>((t) => (/^\p{Lu}/u.test(t.text) ? 1 : 0));

export function startsUpper(t: Token): boolean {
  return UPPER_INITIAL.of(t) === 1;
}

/** A word (no number, no mark) that starts with an upper-case letter: part of a name, or a sentence's first word. */
export function isCapitalized(t: Token | undefined): boolean {
  return t !== undefined && t.kind === TokenKind.Word && startsUpper(t);
}
