import * as assert from 'node:assert/strict';
import { analyzeDocument, findIgnoreMarkers, silences } from '../../server/src/engine';

describe('ignore markers in the copy', () => {
  const text = 'Police sought warrants for 58 of the 64 returnees. <!-- newslens-ignore cross-doc-mismatch, figure-update: police count -->\nFour officers were hurt.\n';

  it('reads the codes, the reason and the line a marker covers', () => {
    const [m] = findIgnoreMarkers(text);
    assert.deepEqual(m.codes, ['cross-doc-mismatch', 'figure-update']);
    assert.equal(m.reason, 'police count');
    assert.deepEqual([m.lineStart, m.lineEnd], [0, text.indexOf('\n')]);
    assert.ok(silences(m, 'cross-doc-mismatch', text.indexOf('58')));
    assert.ok(!silences(m, 'fact-mismatch', text.indexOf('58')), 'only the codes it names');
    assert.ok(!silences(m, 'cross-doc-mismatch', text.indexOf('Four')), 'only its own line');
  });

  it('silences every code when it names none, and keeps words that are no code', () => {
    assert.equal(findIgnoreMarkers('A. <!-- newslens-ignore -->')[0].codes, 'all');
    const reasonOnly = findIgnoreMarkers('A. <!-- newslens-ignore: the desk checked it -->')[0];
    assert.deepEqual([reasonOnly.codes, reasonOnly.unknown, reasonOnly.reason], ['all', [], 'the desk checked it'], 'a reason alone names no code');
    assert.deepEqual(findIgnoreMarkers('A. <!-- newslens-ignore cross-doc-mismach -->')[0].unknown, ['cross-doc-mismach']);
    assert.deepEqual(findIgnoreMarkers('A. <!-- a comment about 12 people -->'), []);
  });

  it('is a note to the desk: no name or figure is read inside it', () => {
    const analysis = analyzeDocument('Four officers were hurt. <!-- newslens-ignore: Royal Thai Police said 12 -->\n');
    assert.deepEqual(analysis.figures.map((f) => f.text), ['Four']);
    assert.ok(!analysis.entities.some((e) => e.text.includes('Police')));
    assert.equal(analysis.markers.length, 1);
  });
});
