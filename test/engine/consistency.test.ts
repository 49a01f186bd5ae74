import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { loadWorkspace } from '../../server/src/cli/loadWorkspace';
import { DEFAULT_ARTICLE_GLOBS, DEFAULT_FACT_BASE_GLOBS } from '../../server/src/workspace/files';
import { FIXTURES } from '../support/paths';

interface Expected {
  findings: Array<{ file: string; code: string; figure: string }>;
}

/**
 * One folder per case under fixtures/consistency: articles, maybe a fact base, and expected.yaml
 * listing every finding (file, code, the figure it sits on). Nothing more, nothing less.
 */
describe('consistency (fixtures/consistency/*)', () => {
  const root = path.join(FIXTURES, 'consistency');
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    const expected = parse(fs.readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as Expected;
    it(name, async () => {
      const { workspace } = await loadWorkspace([dir], { articles: DEFAULT_ARTICLE_GLOBS, factBases: DEFAULT_FACT_BASE_GLOBS });
      const actual: string[] = [];
      for (const [doc, findings] of workspace.allFindings()) {
        const text = workspace.text(doc)!;
        for (const f of findings) actual.push(`${path.basename(doc)} ${f.code} ${text.slice(f.start, f.end)}   « ${f.message} »`);
      }
      const strip = (s: string) => s.replace(/ {3}« .*$/, '');
      const want = expected.findings.map((f) => `${f.file} ${f.code} ${f.figure}`).sort();
      assert.deepEqual(actual.map(strip).sort(), want, `findings were:\n${actual.join('\n')}`);
    });
  }
});
