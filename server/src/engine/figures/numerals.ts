/**
 * Digits as an article writes them, read from the raw text rather than from tokens (the tokenizer
 * splits "£2.5m" into "2", ".", "5m"): thousands groups and decimal mark of the article's locale,
 * then any letters glued on ("bn", "k", "st", "km"). Allocation-free until a numeral is found.
 */
import { fromDigits, type Exact } from './exact';
import type { NumberFormat } from './locale';

export interface Numeral {
  readonly value: Exact;
  readonly start: number;
  /** Just after the last digit. */
  readonly digitsEnd: number;
  /** Just after the glued suffix (= digitsEnd without one). */
  readonly end: number;
  /** Digits after the decimal mark: the place of the last stated digit. */
  readonly decimals: number;
  /** Written with thousands separators. */
  readonly grouped: boolean;
  /** Letters glued after the digits, as written ("bn", "M", "st"); "" when none. */
  readonly suffix: string;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function digitsAt(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

/** The numeral starting at `pos` (a digit), or undefined when none starts there. */
export function scanNumeral(text: string, pos: number, format: NumberFormat): Numeral | undefined {
  const intEnd = digitsAt(text, pos);
  if (intEnd === pos) return undefined;
  let int = text.slice(pos, intEnd);
  let end = intEnd;
  let grouped = false;
  // Thousands groups: a separator followed by exactly three digits (two, between Indian groups).
  if (intEnd - pos <= 3) {
    for (;;) {
      const sep = text[end];
      if (sep === undefined || !format.groups.includes(sep)) break;
      const groupEnd = digitsAt(text, end + 1);
      const size = groupEnd - end - 1;
      if (size === 3 || (format.indian && size === 2 && isIndianContinuation(text, groupEnd, sep))) {
        int += text.slice(end + 1, groupEnd);
        end = groupEnd;
        grouped = true;
        if (size === 3 && format.indian) break;
      } else {
        break;
      }
    }
  }
  let frac = '';
  const mark = text[end];
  if ((mark === format.decimal || mark === '.') && isDigitCode(text.charCodeAt(end + 1))) {
    const fracEnd = digitsAt(text, end + 1);
    // "1.200" in a locale that groups with "." was read above; a "." left over is a decimal point everywhere.
    if (mark === format.decimal || !format.groups.includes('.') || fracEnd - end - 1 !== 3) {
      frac = text.slice(end + 1, fracEnd);
      end = fracEnd;
    }
  }
  const digitsEnd = end;
  while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
  return { value: fromDigits(int, frac), start: pos, digitsEnd, end, decimals: frac.length, grouped, suffix: text.slice(digitsEnd, end) };
}

/** In "12,34,567" a two-digit group must be followed by another group. */
function isIndianContinuation(text: string, at: number, sep: string): boolean {
  return text[at] === sep && isDigitCode(text.charCodeAt(at + 1));
}
