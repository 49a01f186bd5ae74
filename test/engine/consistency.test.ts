import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { storyFindings, withoutMessage } from '../support/fixtures';
import { FIXTURES } from '../support/paths';

/**
 * One folder per case under fixtures/consistency: articles, maybe a fact base, and expected.yaml
 * listing every finding (file, code, the figure it sits on). Nothing more, nothing less.
 */
describe('consistency (fixtures/consistency/*)', () => {
  const root = path.join(FIXTURES, 'consistency');
  for (const name of fs.readdirSync(root).sort()) {
    it(name, async () => {
      const { actual, expected } = await storyFindings(path.join(root, name));
      assert.deepEqual(actual.map(withoutMessage).sort(), expected, `findings were:\n${actual.join('\n')}`);
    });
  }
});
