import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/engine';
import { differences, readCases } from '../support/fixtures';

interface FigureCase {
  text: string;
  figures: Array<Record<string, unknown>>;
}

describe('figures (fixtures/figures.yaml)', () => {
  for (const c of readCases<FigureCase>('figures.yaml')) {
    it(c.text, () => {
      const claims = analyzeDocument(c.text).claims;
      const actual = claims.map((cl) => ({ ...cl.figure, noun: cl.noun, predicate: cl.predicate, class: cl.predicateKey, partial: cl.partial, scope: cl.scope }));
      assert.equal(actual.length, c.figures.length, `figures found: ${JSON.stringify(actual.map((a) => a.text))}`);
      c.figures.forEach((want, i) => {
        const diff = differences(actual[i] as unknown as Record<string, unknown>, want);
        assert.deepEqual(diff, [], `figure ${i + 1} (${actual[i].text})`);
        assert.equal(c.text.slice(actual[i].start, actual[i].end), actual[i].text, 'span matches the text');
      });
    });
  }
});
