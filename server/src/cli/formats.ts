import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_CATALOGUE, ruleHelp, type Finding, type LineIndex } from '../engine';

/** A finding with line/column positions (1-based, as compilers print them) and a display path. */
export interface PrintedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly start: number;
  readonly end: number;
  readonly code: Finding['code'];
  readonly severity: Finding['severity'];
  readonly message: string;
  readonly related: ReadonlyArray<{ file: string; line: number; column: number; start: number; end: number; message: string }>;
}

export function toPrinted(f: Finding, lines: (doc: string) => LineIndex | undefined, display: (doc: string) => string): PrintedFinding {
  const at = (doc: string, offset: number) => {
    const p = lines(doc)?.position(offset) ?? { line: 0, character: 0 };
    return { line: p.line + 1, column: p.character + 1 };
  };
  const s = at(f.doc, f.start);
  const e = at(f.doc, f.end);
  return {
    file: display(f.doc), line: s.line, column: s.column, endLine: e.line, endColumn: e.column, start: f.start, end: f.end,
    code: f.code, severity: f.severity, message: f.message,
    related: f.related.map((r) => ({ file: display(r.doc), ...at(r.doc, r.start), start: r.start, end: r.end, message: r.message })),
  };
}

/** One finding per line (its related places indented below), then the summary; nothing a terminal would obey. */
export function formatText(findings: readonly PrintedFinding[], summary: string): string {
  const out: string[] = [];
  for (const f of findings) {
    out.push(printable(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`));
    for (const r of f.related) out.push(printable(`    ${r.file}:${r.line}:${r.column}: ${r.message}`));
  }
  out.push(printable(summary));
  return out.join('\n') + '\n';
}

/**
 * Control characters escaped (`\x1b`, `\n`, `\u202e`): a file name or fact label with ANSI escapes,
 * line breaks or bidirectional overrides must not rewrite the terminal or split a finding's line.
 */
export function printable(s: string): string {
  return s.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code === 10 ? '\\n' : code === 13 ? '\\r' : code === 9 ? '\\t' : code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** A display path as a URI reference: relative paths segment by segment, absolute ones as file: URIs, all percent-encoded. */
export function uriReference(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

const RULE_INDEX = new Map(RULE_CATALOGUE.map((rule, i) => [rule.code, i]));

/** A rule's SARIF `name`: its code in PascalCase ("CrossDocMismatch"). */
function ruleName(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());
}

/** Markdown's inline code and bold marks dropped, for the plain-text fields. */
function plainText(markdown: string): string {
  return markdown.replace(/`|\*\*/g, '');
}

/**
 * SARIF 2.1.0, the format code-scanning services read: the catalogue's rules and the findings.
 * Each rule carries its whole documentation as `help` (GitHub code scanning shows it with the
 * alert); News Lens has no web page for a `helpUri` or `informationUri` to point at.
 */
export function formatSarif(findings: readonly PrintedFinding[], version: string): string {
  const location = (file: string, line: number, column: number, endLine?: number, endColumn?: number) => ({
    physicalLocation: {
      artifactLocation: { uri: uriReference(file) },
      region: { startLine: line, startColumn: column, ...(endLine ? { endLine, endColumn } : {}) },
    },
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'News Lens', version,
          rules: RULE_CATALOGUE.map((rule) => ({
            id: rule.code,
            name: ruleName(rule.code),
            shortDescription: { text: rule.title },
            fullDescription: { text: plainText(rule.description) },
            help: { text: plainText(ruleHelp(rule)), markdown: ruleHelp(rule) },
            defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
          })),
        },
      },
      results: findings.map((f) => ({
        ruleId: f.code, ruleIndex: RULE_INDEX.get(f.code), level: SARIF_LEVEL[f.severity], message: { text: f.message },
        locations: [location(f.file, f.line, f.column, f.endLine, f.endColumn)],
        relatedLocations: f.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, ...location(r.file, r.line, r.column) })),
      })),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
