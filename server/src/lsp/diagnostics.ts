import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine';
import type { Workspace } from '../workspace/workspace';
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
    source: SOURCE,
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/**
 * Publishes diagnostics for every document whose findings changed, and for the documents in
 * `always` (just edited); returns how many documents' findings changed.
 */
export function publishChanged(connection: Connection, workspace: Workspace, always: ReadonlySet<string> = new Set()): number {
  const ids = workspace.takeChangedDocuments();
  for (const id of new Set([...ids, ...always])) publish(connection, workspace, id);
  return ids.length;
}

export function publish(connection: Connection, workspace: Workspace, id: string): void {
  const diagnostics = workspace.findingsFor(id).flatMap((f) => toDiagnostic(workspace, f) ?? []);
  void connection.sendDiagnostics({ uri: id, diagnostics });
}
