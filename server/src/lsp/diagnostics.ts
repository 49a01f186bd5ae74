import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine';
import { findingDocsLink } from '../protocol';
import type { Notice, Workspace } from '../workspace/workspace';
import { toRange } from './positions';

export const SOURCE = 'News Lens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as an LSP diagnostic. Workspace document ids are URIs. With `codeLinks`, its code links
 * to the findings documentation (a command of our client: the documentation ships with the
 * extension, which has no web page, and the command opens it in the desktop and the browser alike).
 */
function toDiagnostic(workspace: Workspace, finding: Finding, codeLinks: boolean): Diagnostic | undefined {
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
    ...(codeLinks ? { codeDescription: { href: findingDocsLink(finding.code) } } : {}),
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

/** Publishes the workspace's findings as diagnostics, and keeps count of them. */
export class DiagnosticsPublisher {
  readonly counts = new PublishedCounts();
  /** Whether codes link to the findings documentation: only when the client runs the command that opens it. */
  codeLinks = false;

  constructor(private readonly connection: Connection, private readonly workspace: Workspace) {}

  /**
   * Publishes diagnostics for every document whose findings changed, and for the documents in
   * `always` (just edited); returns how many documents' findings changed.
   */
  publishChanged(always: ReadonlySet<string> = new Set()): number {
    const ids = this.workspace.takeChangedDocuments();
    for (const id of new Set([...ids, ...always])) this.publish(id);
    return ids.length;
  }

  publish(id: string): void {
    const diagnostics = this.workspace.findingsFor(id).flatMap((f) => toDiagnostic(this.workspace, f, this.codeLinks) ?? []);
    const notice = this.workspace.notice(id);
    if (notice) diagnostics.unshift(noticeDiagnostic(notice));
    this.counts.record(id, diagnostics);
    void this.connection.sendDiagnostics({ uri: id, diagnostics });
  }
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
