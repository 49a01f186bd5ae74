import type { Location, Position } from 'vscode-languageserver';
import { itemAt, quantityKey, type FactRef } from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toOffset } from './positions';
import { locationIn } from './definition';

/**
 * Find References, across the workspace: from a fact (its entry in the fact base, or a figure it is
 * about) to every figure of its story it is about; from a name (in an article, or its entry in the
 * fact base) to every mention of it in every article; from a figure the fact base does not know, to
 * every figure of its story about the same quantity.
 */
export function references(workspace: Workspace, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const lines = workspace.lines(uri);
  if (!lines) return [];
  const offset = toOffset(lines, position);
  if (workspace.isFactBase(uri)) {
    const fact = workspace.factAt(uri, offset);
    if (fact) return factReferences(workspace, fact, includeDeclaration);
    const entry = workspace.entryAt(uri, offset);
    if (!entry) return [];
    const mentions = workspace.mentions({ entry }).flatMap((m) => locationIn(workspace, m.doc, m.entity) ?? []);
    return withDeclaration(includeDeclaration ? locationIn(workspace, uri, entry.span) : null, mentions);
  }
  const analysis = workspace.analysis(uri)!;
  const figure = itemAt(analysis.claims.map((c) => c.figure), offset);
  if (figure) {
    const index = analysis.claims.findIndex((c) => c.figure === figure);
    const answer = workspace.factFor(uri, index);
    if (answer) return factReferences(workspace, answer.ref, includeDeclaration);
    const key = quantityKey(analysis.claims[index]);
    const story = workspace.story(workspace.groupOf(uri)!);
    return (story?.buckets.get(key) ?? []).flatMap((p) => locationIn(workspace, p.article.doc, p.claim.figure) ?? []);
  }
  const linked = workspace.entities(uri);
  const entity = itemAt(linked.map((l) => l.entity), offset);
  if (!entity) return [];
  const entry = linked.find((l) => l.entity === entity)?.entry;
  const mentions = workspace.mentions(entry ? { entry } : { key: entity.key }).flatMap((m) => locationIn(workspace, m.doc, m.entity) ?? []);
  const home = entry && workspace.factEntityLocation(entry);
  return withDeclaration(includeDeclaration && entry && home ? locationIn(workspace, home, entry.span) : null, mentions);
}

function factReferences(workspace: Workspace, fact: FactRef, includeDeclaration: boolean): Location[] {
  const figures = workspace.claimsOfFact(fact).flatMap(({ placed }) => locationIn(workspace, placed.article.doc, placed.claim.figure) ?? []);
  return withDeclaration(includeDeclaration ? locationIn(workspace, fact.doc, fact.fact.span) : null, figures);
}

function withDeclaration(declaration: Location | null, uses: Location[]): Location[] {
  return declaration ? [declaration, ...uses] : uses;
}
