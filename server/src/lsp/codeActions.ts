import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range } from 'vscode-languageserver';
import { factFromClaim, IGNORE_MARKER, isComparable, rewriteFigure, type Claim, type Finding, type RelatedPlace } from '../engine';
import type { Workspace } from '../workspace/workspace';
import { toOffset, toRange } from './positions';
import { SOURCE } from './diagnostics';
import {
  ADD_FACT_COMMAND, IGNORE_IN_FOLDER_COMMAND, MARK_REVIEWED_COMMAND, OPEN_LOCATION_COMMAND, type FigureRef, type MarkReviewedArgs,
} from '../protocol';

/** The other places a finding names that get an action each ("Open …", "Mark as reviewed …"); more would crowd the menu. */
const MAX_PLACES = 3;

/** Codes the desk may mark as reviewed: differences between two places. */
const REVIEWABLE = new Set(['cross-doc-mismatch', 'fact-mismatch', 'internal-mismatch', 'sum-mismatch', 'figure-update', 'explained-difference']);

/**
 * Quick fixes on a figure and on each of its findings: replace it with the fact base's value (in
 * the article's style), add it to the fact base, mark a difference reviewed, ignore a finding here
 * or in the folder, open the other place. Edits of the article are versioned `WorkspaceEdit`s
 * (refused by the editor if the document changed since); edits of the fact base are server commands
 * that do the same against the fact base (`DeskEdits`).
 */
export function codeActions(workspace: Workspace, uri: string, version: number | null, range: Range, context: CodeActionContext): CodeAction[] {
  const analysis = workspace.analysis(uri);
  const lines = workspace.lines(uri);
  const text = workspace.text(uri);
  if (!analysis || !lines || text === undefined) return [];
  const start = toOffset(lines, range.start);
  const end = toOffset(lines, range.end);
  const findings = workspace.findingsFor(uri);
  const actions: CodeAction[] = [];
  analysis.claims.forEach((claim, index) => {
    const f = claim.figure;
    if (f.end < start || f.start > end) return;
    const ref: FigureRef = { uri, version, ...lines.position(f.start), figure: f.text };
    const here = findings.filter((x) => x.start === f.start && x.end === f.end);
    const diagnosticsOf = (finding: Finding) => context.diagnostics.filter((d) => d.source === SOURCE && d.code === finding.code &&
      d.range.start.line === ref.line && d.range.start.character === ref.character);
    const answer = workspace.factFor(uri, index);
    for (const finding of here) {
      const diagnostics = diagnosticsOf(finding);
      if (finding.code === 'fact-mismatch' && answer?.settles && answer.ref.fact.value !== null) {
        const replaced = rewriteFigure(f.text, answer.ref.fact.value);
        if (replaced !== undefined && replaced !== f.text) {
          actions.push({
            title: `Replace with the fact base's value: “${replaced}”`, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true,
            edit: { documentChanges: [{ textDocument: { uri, version }, edits: [{ range: toRange(lines, f), newText: replaced }] }] },
          });
        }
      }
      for (const place of finding.related.slice(0, MAX_PLACES)) actions.push(openPlace(workspace, place, diagnostics));
      if (REVIEWABLE.has(finding.code)) {
        for (const place of finding.related.slice(0, MAX_PLACES)) {
          const other = otherPlace(workspace, place);
          if (!other) continue;
          const args: MarkReviewedArgs = { here: ref, other, code: finding.code };
          const what = 'fact' in other ? 'the fact base' : `${workspace.label(place.doc)}’s “${other.figure}”`;
          actions.push({ title: `Mark as reviewed: the difference with ${what}`, kind: CodeActionKind.QuickFix, diagnostics, command: { title: 'Mark as reviewed', command: MARK_REVIEWED_COMMAND, arguments: [args] } });
        }
      }
      actions.push(ignoreHere(workspace, uri, version, finding, diagnostics));
      actions.push({
        title: `Ignore ${finding.code} in this folder`, kind: CodeActionKind.QuickFix, diagnostics,
        command: { title: 'Ignore in this folder', command: IGNORE_IN_FOLDER_COMMAND, arguments: [uri, finding.code] },
      });
    }
    if (!answer?.settles && canAddToFactBase(workspace, uri, index, claim)) {
      actions.push({
        title: `Add “${f.text}” to the fact base`, kind: CodeActionKind.QuickFix,
        diagnostics: here.flatMap(diagnosticsOf).filter((d) => d.code === 'cross-doc-mismatch' || d.code === 'figure-update'),
        command: { title: 'Add to the fact base', command: ADD_FACT_COMMAND, arguments: [ref] },
      });
    }
  });
  return actions;
}

/** Whether a figure can become a fact: it is compared at all, and states a number a fact can hold. */
function canAddToFactBase(workspace: Workspace, uri: string, index: number, claim: Claim): boolean {
  const placed = workspace.placed(uri, index);
  return isComparable(claim) && placed !== undefined && factFromClaim(placed, { title: '' }, '') !== undefined;
}

/** The other place of a difference, as a review names it: another figure, or a fact. */
function otherPlace(workspace: Workspace, place: RelatedPlace): MarkReviewedArgs['other'] | undefined {
  const fact = workspace.factAt(place.doc, place.start);
  if (workspace.isFactBase(place.doc)) return fact && { factBase: fact.doc, fact: fact.fact.id };
  const lines = workspace.lines(place.doc);
  const figure = workspace.analysis(place.doc)?.claims.find((c) => c.figure.start === place.start)?.figure;
  return lines && figure && { uri: place.doc, version: null, ...lines.position(figure.start), figure: figure.text };
}

function openPlace(workspace: Workspace, place: RelatedPlace, diagnostics: Diagnostic[]): CodeAction {
  const lines = workspace.lines(place.doc);
  const at = lines ? lines.position(place.start) : { line: 0, character: 0 };
  const what = workspace.isFactBase(place.doc)
    ? `the fact base at “${workspace.factAt(place.doc, place.start)?.fact.label ?? 'its fact'}”`
    : `${workspace.label(place.doc)} at “${workspace.text(place.doc)?.slice(place.start, place.end) ?? ''}”`;
  return { title: `Open ${what}`, kind: CodeActionKind.QuickFix, diagnostics, command: { title: 'Open', command: OPEN_LOCATION_COMMAND, arguments: [place.doc, at.line, at.character] } };
}

/** An inline marker at the end of the finding's line, or the code added to the marker already there. */
function ignoreHere(workspace: Workspace, uri: string, version: number | null, finding: Finding, diagnostics: Diagnostic[]): CodeAction {
  const text = workspace.text(uri)!;
  const lines = workspace.lines(uri)!;
  const marker = workspace.analysis(uri)!.markers.find((m) => m.lineStart <= finding.start && finding.start <= m.lineEnd);
  const at = marker ? text.indexOf(IGNORE_MARKER, marker.start) + IGNORE_MARKER.length : lineEnd(text, finding.start);
  const newText = marker ? ` ${finding.code}` : ` <!-- ${IGNORE_MARKER} ${finding.code} -->`;
  const position = lines.position(at);
  return {
    title: `Ignore ${finding.code} here (an inline marker)`, kind: CodeActionKind.QuickFix, diagnostics,
    edit: { documentChanges: [{ textDocument: { uri, version }, edits: [{ range: { start: position, end: position }, newText }] }] },
  };
}

function lineEnd(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  const end = n < 0 ? text.length : n;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
