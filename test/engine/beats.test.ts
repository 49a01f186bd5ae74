import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, BEATS } from '../../server/src/engine';
import { renderClaim } from '../support/claims';
import { expectCases, expectFolders } from '../support/expect';
import { storyFindings } from '../support/findings';
import { FIXTURES } from '../support/paths';

interface ClaimCase {
  text: string;
  /** The article's date (default 2026-10-28), against which periods and days resolve. */
  date?: string;
}

/**
 * Each beat's fixtures, in fixtures/beats/<beat>/: claims.yaml (how the beat's wordings are read,
 * several wordings per rule, every claim pinned as in fixtures/figures.yaml) and one folder per
 * story (articles, maybe a fact base, and expected.yaml with every finding, as in fixtures/consistency).
 */
describe('beats (fixtures/beats/<beat>/)', () => {
  const root = path.join(FIXTURES, 'beats');
  it('every beat has fixtures, and every fixture folder is a beat', () => {
    assert.deepEqual(fs.readdirSync(root).sort(), BEATS.map((b) => b.id).sort());
  });
  for (const beat of fs.readdirSync(root).sort()) {
    describe(beat, () => {
      expectCases<ClaimCase>('claims', path.join(root, beat, 'claims.yaml'), {
        name: (c) => c.text,
        key: 'claims',
        actual: (c) => analyzeDocument(c.text, { fallbackDate: c.date ?? '2026-10-28' }).claims.map(renderClaim),
      });
      expectFolders('stories', path.join(root, beat), { key: 'findings', actual: storyFindings });
    });
  }
});
