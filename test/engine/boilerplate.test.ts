import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import { findBoilerplate } from '../../server/src/engine/text/boilerplate';
import { readCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface BoilerplateCase {
  text: string;
  boilerplate: Array<{ rule: string; text: string }>;
  entities?: Array<{ type: string; text: string }>;
  absent?: string[];
  figures?: string[];
  /** Whether the article reads as published in several versions (a photo gallery, an update). */
  revised?: boolean;
}

describe('boilerplate (fixtures/boilerplate.yaml)', () => {
  const cases = readCases<BoilerplateCase>(path.join(FIXTURES, 'boilerplate.yaml'));

  it('depends on the text alone, not on the documents read before', () => {
    const alone = cases.map((c) => findBoilerplate(c.text));
    for (const c of cases) findBoilerplate(c.text);
    assert.deepEqual([...cases].reverse().map((c) => findBoilerplate(c.text)).reverse(), alone);
  });

  for (const c of cases) {
    it(c.text.split('\n')[0], () => {
      const spans = findBoilerplate(c.text);
      assert.deepEqual(spans.map((s) => ({ rule: s.rule, text: c.text.slice(s.start, s.end) })), c.boilerplate);
      const analysis = analyzeDocument(c.text);
      const touches = (a: { start: number; end: number }) => spans.some((s) => a.start < s.end && s.start < a.end);
      for (const e of analysis.entities) assert.ok(!touches(e), `entity "${e.text}" in boilerplate`);
      for (const f of analysis.figures) assert.ok(!touches(f), `figure "${f.text}" in boilerplate`);
      for (const claim of analysis.claims) assert.ok(!touches(claim.figure), `claim on "${claim.figure.text}" in boilerplate`);
      const seen = analysis.entities.map((e) => `${e.type}:${e.text}`);
      for (const want of c.entities ?? []) assert.ok(seen.includes(`${want.type}:${want.text}`), `missing ${want.type} "${want.text}" in ${JSON.stringify(seen)}`);
      for (const text of c.absent ?? []) assert.ok(!analysis.entities.some((e) => e.text === text), `"${text}" must not be an entity`);
      if (c.figures) assert.deepEqual(analysis.figures.map((f) => f.text), c.figures);
      if (c.revised !== undefined) assert.equal(analysis.signals.revised, c.revised);
    });
  }
});
