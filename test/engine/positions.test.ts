import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/engine';

/**
 * LineIndex against an independent model: a position is the number of line breaks (\r\n, \r or
 * \n, as LSP counts them) before the offset, and the UTF-16 length of the text since the last one.
 * Checking each direction against the model (not only the round trip) catches a bug that the
 * pair of functions would share.
 */
const BREAK = /\r\n|\r|\n/g;

function modelPosition(text: string, offset: number) {
  const lines = text.slice(0, offset).split(BREAK);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The model's line contents and where each starts. */
function modelLines(text: string): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    out.push({ start, length: m.index! - start });
    start = m.index! + m[0].length;
  }
  out.push({ start, length: text.length - start });
  return out;
}

/** Offsets that name a place in the text: not between \r and \n. */
const insideCrlf = (text: string, offset: number) => text[offset - 1] === '\r' && text[offset] === '\n';

/** Texts made of line breaks of every kind, surrogate pairs and plain characters. */
const lineText = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\r', '😀', 'é', '\u2028', '\t'), { maxLength: 40 }).map((p) => p.join(''));

describe('offsets and positions (LineIndex) against an independent line count', () => {
  it('gives each offset the line and UTF-16 character the model counts', () => {
    fc.assert(fc.property(lineText, (text) => {
      const lines = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        if (!insideCrlf(text, offset)) assert.deepEqual(lines.position(offset), modelPosition(text, offset), `offset ${offset} of ${JSON.stringify(text)}`);
      }
    }), { numRuns: 300, seed: 11 });
  });

  it('gives each position the offset the model counts, clamped to its line as LSP says', () => {
    fc.assert(fc.property(lineText, fc.nat({ max: 6 }), (text, beyond) => {
      const lines = new LineIndex(text);
      modelLines(text).forEach((line, n) => {
        for (let character = 0; character <= line.length + beyond; character++) {
          const want = line.start + Math.min(character, line.length);
          assert.equal(lines.offset(n, character), want, `line ${n} character ${character} of ${JSON.stringify(text)}`);
        }
      });
      assert.equal(lines.offset(modelLines(text).length + beyond, 0), text.length, 'a line past the end is the end');
    }), { numRuns: 300, seed: 12 });
  });

  it('clamps offsets outside the text to its ends', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.deepEqual(lines.position(-3), { line: 0, character: 0 });
    assert.deepEqual(lines.position(99), { line: 1, character: 2 });
    assert.equal(lines.offset(-1, 1), 0);
    assert.equal(lines.offset(0, -5), 0);
  });
});
