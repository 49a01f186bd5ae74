import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { ruleInfo, type Finding, type Severity } from '../engine';
import type { Notice, Workspace } from '../workspace/workspace';
import { toRange } from './positions';

export const SOURCE = 'News Lens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as an LSP diagnostic. Workspace document ids are URIs. */
function toDiagnostic(workspace: Workspace, finding: Finding): Diagnostic | undefined {
  const lines = workspace.lines(finding.doc);
  if (!lines) return undefined;
  const related = finding.related.flatMap((r) => {
    const rl = workspace.lines(r.doc);
    return rl ? [{ location: { uri: r.doc, range: toRange(rl, r) }, message: r.message }] : [];
  });
  return {
    range: toRange(lines, finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleInfo(finding.code).docs },
    source: SOURCE,
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/**
 * What the Problems panel holds from News Lens: the errors, warnings and information notes last
 * published per document (hints are not listed there). The status bar counts these, so that its
 * numbers are the panel's.
 */
export class PublishedCounts {
  private readonly byUri = new Map<string, { errors: number; warnings: number; information: number }>();

  record(uri: string, diagnostics: readonly Diagnostic[]): void {
    const count = (s: DiagnosticSeverity) => diagnostics.filter((d) => d.severity === s).length;
    const counts = { errors: count(DiagnosticSeverity.Error), warnings: count(DiagnosticSeverity.Warning), information: count(DiagnosticSeverity.Information) };
    if (counts.errors + counts.warnings + counts.information === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, counts);
  }

  totals(): { errors: number; warnings: number; information: number } {
    const total = { errors: 0, warnings: 0, information: 0 };
    for (const c of this.byUri.values()) {
      total.errors += c.errors;
      total.warnings += c.warnings;
      total.information += c.information;
    }
    return total;
  }
}

/**
 * Publishes diagnostics for every document whose findings changed, and for the documents in
 * `always` (just edited); returns how many documents' findings changed.
 */
export function publishChanged(connection: Connection, workspace: Workspace, counts: PublishedCounts, always: ReadonlySet<string> = new Set()): number {
  const ids = workspace.takeChangedDocuments();
  for (const id of new Set([...ids, ...always])) publish(connection, workspace, counts, id);
  return ids.length;
}

export function publish(connection: Connection, workspace: Workspace, counts: PublishedCounts, id: string): void {
  const diagnostics = workspace.findingsFor(id).flatMap((f) => toDiagnostic(workspace, f) ?? []);
  const notice = workspace.notice(id);
  if (notice) diagnostics.unshift(noticeDiagnostic(notice));
  counts.record(id, diagnostics);
  void connection.sendDiagnostics({ uri: id, diagnostics });
}

/** Code of the diagnostic that says a document is not analysed. */
export const NOT_ANALYSED = 'not-analysed';

/**
 * Why News Lens says nothing about a document: on its first line, so the Problems panel shows it
 * where its findings would be. A warning when something went wrong, information when the skip is
 * by design (too large, binary).
 */
function noticeDiagnostic(notice: Notice): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: notice.error ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    code: NOT_ANALYSED,
    source: SOURCE,
    message: `News Lens did not analyse this file: ${notice.reason}.`,
  };
}
