import type { Location, Position } from 'vscode-languageserver';
import { itemAt, type Span } from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toOffset, toRange } from './positions';

/**
 * Go to Definition: from a figure to the fact-base fact about its quantity, from a name to its
 * fact-base entry. A figure or name the fact base does not know has no definition.
 */
export function definition(workspace: Workspace, uri: string, position: Position): Location | null {
  const analysis = workspace.analysis(uri);
  const lines = workspace.lines(uri);
  if (!analysis || !lines) return null;
  const offset = toOffset(lines, position);
  const figure = itemAt(analysis.claims.map((c) => c.figure), offset);
  if (figure) {
    const answer = workspace.factFor(uri, analysis.claims.findIndex((c) => c.figure === figure));
    return answer ? locationIn(workspace, answer.ref.doc, answer.ref.fact.span) : null;
  }
  const linked = workspace.entities(uri);
  const entity = itemAt(linked.map((l) => l.entity), offset);
  const entry = entity && linked.find((l) => l.entity === entity)?.entry;
  const home = entry && workspace.factEntityLocation(entry);
  return entry && home ? locationIn(workspace, home, entry.span) : null;
}

export function locationIn(workspace: Workspace, uri: string, span: Span): Location | null {
  const lines = workspace.lines(uri);
  return lines ? { uri, range: toRange(lines, span) } : null;
}
