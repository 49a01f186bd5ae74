import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument, DEFAULT_SEVERITY, FINDING_CODES, itemAt } from '../../server/src/engine';
import { expectCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface SignalCase {
  text: string;
}

expectCases<SignalCase>('article signals (fixtures/signals.yaml)', path.join(FIXTURES, 'signals.yaml'), {
  name: (c) => c.text,
  key: 'signals',
  actual: (c) => analyzeDocument(c.text).signals,
});

describe('document analysis', () => {
  it('finds the item under an offset, start inclusive and end exclusive', () => {
    const items = [{ start: 0, end: 4 }, { start: 6, end: 9 }, { start: 9, end: 12 }, { start: 20, end: 21 }];
    const at = (offset: number) => items.indexOf(itemAt(items, offset)!);
    assert.deepEqual([-1, 0, 1, 2, 3, 4, 5, 6, 8, 9, 11, 12, 19, 20, 21, 99].map(at), [-1, 0, 0, 0, 0, -1, -1, 1, 1, 2, 2, -1, -1, 3, -1, -1]);
    assert.equal(itemAt([], 0), undefined);
  });

  it('never tags a figure’s or a date’s words as a name', () => {
    const text = 'Sixty-Four Thai Nationals Flown Home On Saturday, Police Say\nLAST FRIDAY Two Hundred Officers Arrived';
    const a = analyzeDocument(text);
    const taken = [...a.figures, ...a.dates].map((x) => [x.start, x.end]);
    for (const e of a.entities.filter((x) => x.type !== 'date')) {
      assert.ok(!taken.some(([s, end]) => s < e.end && e.start < end), `${e.type} "${e.text}" overlaps a figure or a date`);
    }
    assert.deepEqual(a.figures.map((f) => f.text), ['Sixty-Four', 'Two Hundred']);
  });

  it('knows every finding code, each with a default severity', () => {
    assert.deepEqual(FINDING_CODES, ['cross-doc-mismatch', 'fact-mismatch', 'sum-mismatch', 'internal-mismatch', 'figure-update', 'explained-difference', 'fact-base-error']);
    assert.deepEqual(Object.keys(DEFAULT_SEVERITY).sort(), [...FINDING_CODES].sort());
  });
});
