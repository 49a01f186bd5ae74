import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { Span } from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toRange } from './positions';
import { ENTITY_KIND } from './documentSymbols';
import type { Budget } from './requests';

/** Symbols answered for one query: Ctrl+T shows the best few, and a workspace of thousands of names must not flood it. */
const MAX_SYMBOLS = 500;

/**
 * Ctrl+T: the fact bases' events, entities and facts, and the names the articles mention (each once,
 * at its first mention), whose name holds every word of the query.
 */
export function workspaceSymbols(workspace: Workspace, query: string, budget: Budget): SymbolInformation[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const wanted = (name: string) => words.every((w) => name.toLowerCase().includes(w));
  const out: SymbolInformation[] = [];
  const add = (name: string, kind: SymbolKind, uri: string, span: Span, containerName: string) => {
    const lines = workspace.lines(uri);
    if (lines && out.length < MAX_SYMBOLS && wanted(name)) out.push({ name, kind, location: { uri, range: toRange(lines, span) }, containerName });
  };
  const known = new Set<string>();
  for (const id of workspace.factBaseIds()) {
    const fb = workspace.factBase(id)!;
    const where = workspace.label(id);
    for (const e of fb.events) add(e.title, SymbolKind.Event, id, e.span, where);
    for (const e of fb.entities) {
      add(e.name, ENTITY_KIND[e.type], id, e.span, where);
      for (const key of e.keys) known.add(key);
    }
    for (const f of fb.facts) add(f.label, SymbolKind.Constant, id, f.span, where);
  }
  for (const id of workspace.articleIds().sort()) {
    if (budget.spent) break;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: add() keeps the cap; this only stops reading articles once it is reached
    if (out.length >= MAX_SYMBOLS) break;
    for (const e of workspace.analysis(id)!.entities) {
      if (e.type === 'date' || known.has(e.key)) continue;
      known.add(e.key);
      add(e.text, ENTITY_KIND[e.type], id, e, workspace.label(id));
    }
  }
  return out;
}
