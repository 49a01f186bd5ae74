/** Token tests the rule stages share. */
import { TokenKind, type Token } from '../text/tokens';
import { isDigitCode } from './numerals';

/** Written together, no space between: "$" and "5", "20" and "-". */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Digits, alone ("58") or with letters glued on ("10k", "5km"). */
export function isNumberToken(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === TokenKind.Number || (t.kind === TokenKind.Word && isDigitCode(t.text.charCodeAt(0))));
}
