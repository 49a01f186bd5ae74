import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, LineIndex } from '../../server/src/engine';

/** Text made of news-like pieces, so that the generator reaches the interesting code paths. */
const newsy = fc.array(
  fc.oneof(
    fc.constantFrom('About', 'more than', 'at least', 'between', 'and', 'to', 'of the', 'killed', 'were flown home', 'Thai', 'Thais', 'police', 'Police', 'on Saturday', 'March', '—', '.', ',', '\n', '\r\n', ' ', '$', '%', 'percent', 'million', 'dozens', 'two-thirds', 'Seventy-five', 'including', '---\ndate: 2026-03-09\n---\n', '’s', '😀',
      // casualty wording, so the generator reaches the predicate and sub-count rules
      'one', 'two', 'were', 'was', 'still remain', 'critically', 'were critically still', 'injured', 'died', 'the other', 'others',
      'in critical condition', 'taken to', 'hospital', 'also', 'more', 'out of the', 'triple murder', 'double-murder', 'included',
      'the wounded included', 'victims', 'his', 'shot', 'to death', 'but survived', 'released', 'Unlike', 'weekend shootings'),
    fc.integer({ min: 0, max: 100000 }).map(String),
    fc.string({ maxLength: 6 }),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(' '));

describe('engine properties', () => {
  it('never throws, and every span lies inside the text and matches it', () => {
    fc.assert(fc.property(fc.oneof(newsy, fc.string({ maxLength: 200 })), (text) => {
      const a = analyzeDocument(text);
      for (const e of a.entities) assert.equal(text.slice(e.start, e.end), e.text);
      for (const f of a.figures) {
        assert.equal(text.slice(f.start, f.end), f.text);
        if (f.min !== null && f.max !== null) assert.ok(f.min <= f.max, `${f.text}: ${f.min} > ${f.max}`);
      }
      for (const c of a.claims) if (c.partOf !== null) assert.ok(c.partOf >= 0 && c.partOf < a.claims.length);
      for (let i = 1; i < a.sentences.length; i++) assert.ok(a.sentences[i - 1].end <= a.sentences[i].start);
    }), { numRuns: 400, seed: 20261126 });
  });

  it('converts offsets to positions and back', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), fc.nat(), (text, n) => {
      const lines = new LineIndex(text);
      const offset = text.length === 0 ? 0 : n % (text.length + 1);
      const p = lines.position(offset);
      const back = lines.offset(p.line, p.character);
      // Inside a CRLF pair both offsets name the same place; elsewhere the round trip is exact.
      assert.ok(back === offset || (text[offset - 1] === '\r' && text[offset] === '\n'));
    }), { numRuns: 300, seed: 7 });
  });
});
