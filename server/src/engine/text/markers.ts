import type { FindingCode, IgnoreMarker } from '../types';
import { FINDING_CODES } from '../types';

/** The marker's name, after `<!--`. */
export const IGNORE_MARKER = 'newslens-ignore';

/** `<!-- newslens-ignore cross-doc-mismatch, figure-update: why -->` (no codes: every code). */
const MARKER = /<!--\s*newslens-ignore\b([\s\S]*?)-->/g;

/**
 * The desk's inline markers that silence findings on their line: an HTML comment, so it stays out
 * of rendered Markdown and reads as a note in plain copy:
 *
 *     … for 58 of the 64 Thai nationals. <!-- newslens-ignore cross-doc-mismatch: police and courts counted apart -->
 *
 * Codes are separated by spaces or commas; a colon starts the reason. Words that are no finding
 * code are kept as `unknown`, so the editor can say so.
 */
export function findIgnoreMarkers(text: string): IgnoreMarker[] {
  if (!text.includes(IGNORE_MARKER)) return [];
  const markers: IgnoreMarker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const body = m[1];
    const colon = body.indexOf(':');
    const words = (colon < 0 ? body : body.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
    const codes = words.filter((w): w is FindingCode => (FINDING_CODES as readonly string[]).includes(w));
    markers.push({
      start, end,
      lineStart: lineStart(text, start), lineEnd: lineEnd(text, end),
      codes: words.length === 0 ? 'all' : codes,
      unknown: words.filter((w) => !codes.includes(w as FindingCode)),
      reason: colon < 0 ? undefined : body.slice(colon + 1).trim() || undefined,
    });
  }
  return markers;
}

/** The text with each marker replaced by spaces (same offsets): no name or figure is read inside a note to the desk. */
export function blankMarkers(text: string, markers: readonly IgnoreMarker[]): string {
  if (markers.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of markers) {
    out += text.slice(at, m.start) + ' '.repeat(m.end - m.start);
    at = m.end;
  }
  return out + text.slice(at);
}

/** Whether a marker silences a finding of `code` at `offset`. */
export function silences(marker: IgnoreMarker, code: FindingCode, offset: number): boolean {
  return offset >= marker.lineStart && offset <= marker.lineEnd && (marker.codes === 'all' || marker.codes.includes(code));
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

function lineEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}
