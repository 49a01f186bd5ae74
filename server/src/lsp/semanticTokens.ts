import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type Range } from 'vscode-languageserver';
import type { EntityType, FindingCode, Span } from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toOffset } from './positions';
import type { Budget } from './requests';

export const TOKEN_TYPES = ['person', 'organization', 'location', 'nationality', 'date', 'figure'] as const;
export const TOKEN_MODIFIERS = ['approximate', 'inconsistent', 'inFactBase'] as const;

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX = new Map<string, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const APPROXIMATE = 1 << 0;
const INCONSISTENT = 1 << 1;
const IN_FACT_BASE = 1 << 2;
/** Findings that mark a figure as inconsistent; an update is not an inconsistency. */
const INCONSISTENCIES = new Set<FindingCode>(['cross-doc-mismatch', 'fact-mismatch', 'sum-mismatch', 'internal-mismatch']);

interface Token extends Span {
  readonly type: number;
  readonly modifiers: number;
}

/**
 * Semantic tokens for the entities and figures of an article, optionally within a range. The
 * tokens themselves are always given; once the request's budget is spent, the modifiers that ask
 * the workspace (inconsistent, in the fact base) are left off the remaining figures.
 */
export function semanticTokens(workspace: Workspace, uri: string, budget: Budget, range?: Range): SemanticTokens {
  const analysis = workspace.analysis(uri);
  const lines = workspace.lines(uri);
  const builder = new SemanticTokensBuilder();
  if (!analysis || !lines) return builder.build();
  const from = range ? toOffset(lines, range.start) : 0;
  const to = range ? toOffset(lines, range.end) : Infinity;

  const inconsistent = new Spans(workspace.findingsFor(uri).filter((f) => INCONSISTENCIES.has(f.code)));
  const tokens: Token[] = [];
  analysis.claims.forEach((claim, index) => {
    const f = claim.figure;
    if (f.end < from || f.start > to) return;
    let modifiers = f.approximate ? APPROXIMATE : 0;
    if (!budget.spent) {
      if (inconsistent.overlaps(f)) modifiers |= INCONSISTENT;
      if (workspace.factFor(uri, index)) modifiers |= IN_FACT_BASE;
    }
    tokens.push({ start: f.start, end: f.end, type: TYPE_INDEX.get('figure')!, modifiers });
  });
  for (const { entity, entry } of workspace.entities(uri)) {
    if (entity.end < from || entity.start > to) continue;
    const type = TYPE_INDEX.get(entity.type as Exclude<EntityType, 'misc'>);
    if (type === undefined) continue;
    tokens.push({ start: entity.start, end: entity.end, type, modifiers: entry ? IN_FACT_BASE : 0 });
  }
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const t of tokens) {
    if (t.start < lastEnd) continue; // overlapping tokens are not allowed; the earlier, longer one wins
    const p = lines.position(t.start);
    builder.push(p.line, p.character, t.end - t.start, t.type, t.modifiers);
    lastEnd = t.end;
  }
  return builder.build();
}

/** Spans, searchable for one that overlaps a given span in O(log n): a sort by start, and the furthest end so far. */
class Spans {
  private readonly starts: number[];
  private readonly reach: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let furthest = -Infinity;
    this.reach = sorted.map((s) => (furthest = Math.max(furthest, s.end)));
  }

  overlaps(span: Span): boolean {
    // The spans starting before `span` ends; one of them overlaps it if the furthest end passes its start.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < span.end) lo = mid + 1;
      else hi = mid;
    }
    // Stryker disable next-line ConditionalExpression: with lo = 0, reach[-1] is undefined and `undefined > n` is false, as `lo > 0` says
    return lo > 0 && this.reach[lo - 1] > span.start;
  }
}
