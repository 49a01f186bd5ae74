import * as assert from 'node:assert/strict';
import { analyzeDocument, compareClaims, type PlacedClaim } from '../../server/src/engine';

function placed(doc: string, text: string): PlacedClaim {
  const analysis = analyzeDocument(text, { fallbackDate: '2026-10-28' });
  return { article: { doc, label: doc, analysis }, claim: analysis.claims[0], index: 0 };
}

describe('compareClaims: the reasons the hover gives', () => {
  it('names the story’s own period against an earlier one', () => {
    const c = compareClaims(placed('a.news', 'Revenue was $4.1 billion a year earlier.'), placed('b.news', 'Revenue was $4.6 billion.'));
    assert.deepEqual([c.verdict, 'reason' in c ? c.reason : undefined], ['not compared', 'different periods: a year earlier and the story’s own']);
    const d = compareClaims(placed('a.news', 'Revenue was $4.6 billion.'), placed('b.news', 'Revenue was $4.1 billion a year earlier.'));
    assert.deepEqual([d.verdict, 'reason' in d ? d.reason : undefined], ['not compared', 'different periods: the story’s own and a year earlier']);
  });
});
