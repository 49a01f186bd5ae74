import type { CodeLens } from 'vscode-languageserver';
import { standing, type FactStanding } from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toRange } from './positions';
import { SHOW_REFERENCES_COMMAND } from '../protocol';

/**
 * Above each fact of a fact base: how many articles of its story agree with it, disagree (for its
 * day), give another day's figure (an update), or were reviewed; a click lists those figures.
 */
export function codeLenses(workspace: Workspace, uri: string): CodeLens[] {
  const fb = workspace.factBase(uri);
  const lines = workspace.lines(uri);
  if (!fb || !lines) return [];
  return fb.facts.map((fact) => {
    const claims = workspace.claimsOfFact({ doc: uri, label: workspace.label(uri), fact });
    const articles = (s: FactStanding) => new Set(claims.filter((c) => standing(c.answer, c.reviewed) === s).map((c) => c.placed.article.doc)).size;
    const agree = articles('agrees');
    const reviewed = articles('reviewed');
    const disagree = articles('disagrees');
    const update = articles('another day');
    const parts = [
      agree > 0 ? `${agree} article${agree === 1 ? ' agrees' : 's agree'}` : '',
      disagree > 0 ? `${disagree} disagree${disagree === 1 ? 's' : ''}` : '',
      update > 0 ? `${update} update${update === 1 ? '' : 's'}` : '',
      reviewed > 0 ? `${reviewed} reviewed` : '',
    ].filter(Boolean);
    const range = toRange(lines, { start: fact.span.start, end: fact.span.start });
    const locations = claims.flatMap(({ placed }) => {
      const at = workspace.lines(placed.article.doc);
      if (!at) return [];
      const r = toRange(at, placed.claim.figure);
      return [{ uri: placed.article.doc, line: r.start.line, character: r.start.character, endLine: r.end.line, endCharacter: r.end.character }];
    });
    return {
      range,
      command: {
        title: parts.length > 0 ? parts.join(' · ') : 'No article gives this figure',
        command: locations.length > 0 ? SHOW_REFERENCES_COMMAND : '',
        arguments: [uri, range.start.line, range.start.character, locations],
      },
    };
  });
}
