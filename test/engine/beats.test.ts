import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, BEATS } from '../../server/src/engine';
import { differences, readCases, storyFindings, withoutMessage } from '../support/fixtures';
import { FIXTURES } from '../support/paths';

interface ClaimCase {
  text: string;
  /** The article's date (default 2026-10-28), against which periods and days resolve. */
  date?: string;
  claims: Array<Record<string, unknown>>;
}

/**
 * Each beat's fixtures, in fixtures/beats/<beat>/: claims.yaml (how the beat's wordings are read,
 * several wordings per rule; only the fields a case lists are compared) and one folder per story
 * (articles, maybe a fact base, and expected.yaml listing every finding, as in fixtures/consistency).
 */
describe('beats (fixtures/beats/<beat>/)', () => {
  const root = path.join(FIXTURES, 'beats');
  it('every beat has fixtures, and every fixture folder is a beat', () => {
    assert.deepEqual(fs.readdirSync(root).sort(), BEATS.map((b) => b.id).sort());
  });
  for (const beat of fs.readdirSync(root).sort()) {
    describe(beat, () => {
      for (const c of readCases<ClaimCase>(path.join('beats', beat, 'claims.yaml'))) {
        it(c.text, () => {
          const claims = analyzeDocument(c.text, { fallbackDate: c.date ?? '2026-10-28' }).claims;
          const actual = claims.map((cl) => ({
            text: cl.figure.text, value: cl.figure.value, unit: cl.figure.unit, noun: cl.noun, metric: cl.nounKey, class: cl.predicateKey,
            change: cl.change, period: cl.period?.key ?? null, holder: cl.holder, qualifier: cl.qualifier, beat: cl.beat, partial: cl.partial, scope: cl.scope,
          }));
          assert.equal(actual.length, c.claims.length, `claims read: ${JSON.stringify(actual.map((a) => a.text))}`);
          c.claims.forEach((want, i) => assert.deepEqual(differences(actual[i], want), [], `claim ${i + 1} (${actual[i].text})`));
        });
      }
      const dir = path.join(root, beat);
      for (const story of fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isDirectory()).sort()) {
        it(`story: ${story}`, async () => {
          const { actual, expected } = await storyFindings(path.join(dir, story));
          assert.deepEqual(actual.map(withoutMessage).sort(), expected, `findings were:\n${actual.join('\n')}`);
        });
      }
    });
  }
});
