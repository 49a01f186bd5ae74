import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { completeFactBase, factBaseVocabulary, type FactBaseCompletion } from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toOffset, toRange } from './positions';

const KIND: Record<FactBaseCompletion['kind'], CompletionItemKind> = {
  event: CompletionItemKind.Event, entity: CompletionItemKind.Class, predicate: CompletionItemKind.Function,
  fact: CompletionItemKind.Constant, keyword: CompletionItemKind.EnumMember,
};

/**
 * Completion inside a fact base: event ids after `event:`, the names its articles mention that it
 * has no entry for after `name:`, predicates (the articles' wordings first, then the beats' classes)
 * after `predicate:`, fact ids in a review's `fact:`, and the allowed `type:` and `status:` values.
 */
export function completion(workspace: Workspace, uri: string, position: Position): CompletionItem[] {
  const fb = workspace.factBase(uri);
  const lines = workspace.lines(uri);
  const text = workspace.text(uri);
  if (!fb || !lines || text === undefined) return [];
  const events = workspace.declaredEvents().map(({ event }) => ({ id: event.id, title: event.title }));
  const articles = fb.events.flatMap((e) => workspace.groupMembers(`event:${e.id}`));
  const analyses = articles.flatMap((id) => workspace.analysis(id) ?? []);
  const answer = completeFactBase(text, toOffset(lines, position), factBaseVocabulary(fb, events, analyses));
  if (!answer) return [];
  const range = toRange(lines, answer.replace);
  return answer.items.map((item, i) => ({
    label: item.label, kind: KIND[item.kind], detail: item.detail,
    // Keep the engine's order (the articles' own wordings first), not the alphabet's.
    sortText: String(i).padStart(5, '0'),
    textEdit: { range, newText: item.label },
  }));
}
