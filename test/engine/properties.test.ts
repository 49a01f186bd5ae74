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

  it('never lets a sentence run over a line break of any kind', () => {
    fc.assert(fc.property(newsy, fc.constantFrom('\n', '\r\n', '\r'), (text, eol) => {
      const withEol = text.replace(/\r\n|\r|\n/g, eol);
      for (const s of analyzeDocument(withEol).sentences) assert.doesNotMatch(withEol.slice(s.start, s.end), /[\r\n]/);
    }), { numRuns: 200, seed: 20261202 });
  });

  it('reads a text with CRLF or CR line ends as it reads the same text with LF', () => {
    /** What the analysis says, with offsets as (line, character) so that line ends do not count. */
    const reading = (text: string) => {
      const lines = new LineIndex(text);
      const at = (o: number) => {
        const p = lines.position(o);
        return `${p.line}:${p.character}`;
      };
      const a = analyzeDocument(text);
      return {
        meta: a.meta.date,
        entities: a.entities.map((e) => `${at(e.start)} ${e.type} ${e.text}`),
        claims: a.claims.map((c) => `${at(c.figure.start)} ${c.figure.text} ${c.figure.value} ${c.noun} ${c.predicateKey} ${c.partial} ${c.partOf} ${c.scope} ${c.asOf}`),
      };
    };
    fc.assert(fc.property(newsy, fc.constantFrom('\r\n', '\r'), (text, eol) => {
      const lf = text.replace(/\r\n|\r/g, '\n');
      assert.deepEqual(reading(lf.replace(/\n/g, eol)), reading(lf));
    }), { numRuns: 200, seed: 20261203, examples: [['---\ndate: 2026-03-09\n---\nPolice met on Saturday.\nFour people were killed.', '\r']] });
  });
});
