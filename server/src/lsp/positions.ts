import type { Position, Range } from 'vscode-languageserver';
import type { LineIndex, Span } from '../engine';

/** The one place where engine offsets (UTF-16 indices) become LSP positions, and back. */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offset(position.line, position.character);
}
