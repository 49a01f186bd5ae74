import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { quantityKey, quantityLabel, type Claim, type EntityType, type LineIndex, type Span } from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toRange } from './positions';

/** The symbol kind of each entity type (the icons the Outline shows). */
export const ENTITY_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Variable, organization: SymbolKind.Class, location: SymbolKind.Package,
  nationality: SymbolKind.EnumMember, date: SymbolKind.Event, misc: SymbolKind.Key,
};

/**
 * The Outline: an article's figures grouped by the quantity they state, and the names it mentions
 * (once each, at the first mention); a fact base's events, entities and facts.
 */
export function documentSymbols(workspace: Workspace, uri: string): DocumentSymbol[] {
  const lines = workspace.lines(uri);
  if (!lines) return [];
  const fb = workspace.factBase(uri);
  if (fb) {
    return [
      container('Events', fb.events.map((e) => symbol(e.title, e.id, SymbolKind.Event, lines, e.span))),
      container('Entities', fb.entities.map((e) => symbol(e.name, e.type, ENTITY_KIND[e.type], lines, e.span))),
      container('Facts', fb.facts.map((f) => symbol(f.label, `${f.value ?? `${f.min}–${f.max}`} · ${f.status}`, SymbolKind.Constant, lines, f.span))),
    ].flatMap((s) => s ?? []);
  }
  const analysis = workspace.analysis(uri);
  if (!analysis) return [];
  const quantities = new Map<string, Claim[]>();
  for (const claim of analysis.claims) {
    const key = claim.nounKey === null && claim.predicateKey === null ? 'other' : quantityKey(claim);
    let list = quantities.get(key);
    if (!list) quantities.set(key, (list = []));
    list.push(claim);
  }
  const figures = [...quantities.values()].map((claims) => container(quantityLabel(claims[0]),
    claims.map((c) => symbol(c.figure.text, c.asOf ? `as of ${c.asOf}` : '', SymbolKind.Number, lines, c.figure)), SymbolKind.Struct)!);
  const seen = new Map<string, { name: string; type: EntityType; span: Span; mentions: number; known: boolean }>();
  for (const { entity, entry } of workspace.entities(uri)) {
    if (entity.type === 'date') continue;
    const key = entry ? `entry:${entry.name}` : entity.key;
    const known = seen.get(key);
    if (known) known.mentions++;
    else seen.set(key, { name: entry?.name ?? entity.text, type: entry?.type ?? entity.type, span: entity, mentions: 1, known: entry !== undefined });
  }
  const entities = [...seen.values()].map((e) =>
    symbol(e.name, `${e.type} · ${e.mentions} mention${e.mentions === 1 ? '' : 's'}${e.known ? ' · in the fact base' : ''}`, ENTITY_KIND[e.type], lines, e.span));
  return [container('Figures', figures), container('Entities', entities)].flatMap((s) => s ?? []);
}

function symbol(name: string, detail: string, kind: SymbolKind, lines: LineIndex, span: Span): DocumentSymbol {
  const range = toRange(lines, span);
  return { name: name || '(unnamed)', detail, kind, range, selectionRange: range };
}

/** A symbol holding `children`, spanning them all; none when there are no children. */
function container(name: string, children: DocumentSymbol[], kind: SymbolKind = SymbolKind.Namespace): DocumentSymbol | undefined {
  if (children.length === 0) return undefined;
  const sorted = [...children].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const last = children.reduce((m, c) => (c.range.end.line > m.line || (c.range.end.line === m.line && c.range.end.character > m.character) ? c.range.end : m), children[0].range.end);
  return {
    name, detail: `${children.length}`, kind, children: sorted,
    range: { start: sorted[0].range.start, end: last }, selectionRange: sorted[0].selectionRange,
  };
}
