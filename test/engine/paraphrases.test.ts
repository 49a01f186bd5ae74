import * as path from 'node:path';
import { ExpectFile, expectFolders } from '../support/expect';
import { storyFindings } from '../support/findings';
import { FIXTURES } from '../support/paths';
import { scoreParaphrases } from '../eval/paraphrases';

/**
 * Paraphrased stories (fixtures/paraphrases/<split>/<story>/): two outlets state one event's
 * quantities in different words. Each folder's expected.yaml pins every finding, beside the hand
 * labels of what disagrees and what must not be flagged; score.yaml pins the score per split
 * (`npm run eval` prints it too), so a change that finds more or flags falsely shows in the diff.
 */
const root = path.join(FIXTURES, 'paraphrases');
for (const split of ['tuned', 'held-out']) {
  describe(`paraphrased stories, ${split} (fixtures/paraphrases/${split}/*)`, () => {
    expectFolders('stories', path.join(root, split), { key: 'findings', actual: storyFindings });
    it('score', async () => {
      const { stories, disagreements, found, traps, trapsFlagged, falseFindings, missed, flagged } = await scoreParaphrases(path.join(root, split));
      new ExpectFile(path.join(root, 'score.yaml')).check([split], { stories, disagreements, found, traps, trapsFlagged, falseFindings, missed, flagged });
    });
  });
}
