import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { loadWorkspace } from '../../server/src/cli/loadWorkspace';
import { DEFAULT_ARTICLE_GLOBS, DEFAULT_FACT_BASE_GLOBS } from '../../server/src/workspace/files';
import { FIXTURES } from './paths';

/** Reads a YAML fixture file of test cases. */
export function readCases<T>(name: string): T[] {
  return parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T[];
}

/** Which of `expected`'s fields differ in `actual`; fields `expected` leaves out are not compared. */
export function differences(actual: Record<string, unknown>, expected: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    const same = typeof want === 'number' && typeof got === 'number' ? Math.abs(want - got) < 1e-9 : JSON.stringify(got) === JSON.stringify(want);
    if (!same) out.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return out;
}

/**
 * A story folder's findings, one line each ("b.news cross-doc-mismatch $4.6 billion"), and what its
 * expected.yaml lists (every finding: file, code, the figure it sits on; nothing more, nothing less).
 * Each actual line carries its message after "   « »" for the failure report; `withoutMessage` strips it.
 */
export async function storyFindings(dir: string): Promise<{ actual: string[]; expected: string[] }> {
  const expected = (parse(fs.readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as { findings: Array<{ file: string; code: string; figure: string }> }).findings;
  const { workspace } = await loadWorkspace([dir], { articles: DEFAULT_ARTICLE_GLOBS, factBases: DEFAULT_FACT_BASE_GLOBS });
  const actual: string[] = [];
  for (const [doc, findings] of workspace.allFindings()) {
    const text = workspace.text(doc)!;
    for (const f of findings) actual.push(`${path.basename(doc)} ${f.code} ${text.slice(f.start, f.end)}   « ${f.message} »`);
  }
  return { actual, expected: expected.map((f) => `${f.file} ${f.code} ${f.figure}`).sort() };
}

export function withoutMessage(line: string): string {
  return line.replace(/ {3}« .*$/s, '');
}
