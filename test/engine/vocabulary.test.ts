import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Vocabulary, WordProperty } from '../../server/src/engine/text/vocabulary';
import { tokenize } from '../../server/src/engine/text/tokens';

/** FNV-1a over UTF-16 code units, as the tagger's word features hash a word. */
function fnv(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h;
}

describe('vocabulary: one id per distinct token text', () => {
  // Short ASCII texts are their own key, longer or other ones are found by hash: both kinds, around the limit.
  const word = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'A', 'b', '1', '.', "'"), minLength: 1, maxLength: 14 }),
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
  );

  it('gives equal texts, wherever they stand, one id, and different texts different ids', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), (words) => {
      const vocabulary = new Vocabulary();
      const text = words.join(' ');
      const ids: number[] = [];
      let at = 0;
      for (const w of words) {
        ids.push(vocabulary.intern(text, at, at + w.length));
        at += w.length + 1;
      }
      words.forEach((w, k) => {
        const id = ids[k];
        assert.equal(vocabulary.textOf(id), w);
        assert.equal(vocabulary.lowerOf(id), w.toLowerCase());
        assert.equal(vocabulary.hashOf(id), fnv(w));
        assert.equal(ids.indexOf(id), words.indexOf(w));
      });
      assert.equal(vocabulary.size, new Set(words).size);
    }), { numRuns: 500, seed: 20261130 });
  });

  it('forgets its texts beyond its capacity, and a token read before gets its text interned again', () => {
    const vocabulary = new Vocabulary(2);
    const text = 'Mayor Alvarez thanked the volunteers';
    const token = { text: 'Alvarez', form: vocabulary.intern(text, 6, 13) };
    for (const [from, to] of [[0, 5], [14, 21], [22, 25]]) vocabulary.intern(text, from, to);
    assert.equal(vocabulary.formOf(token), token.form);
    vocabulary.trim();
    assert.equal(vocabulary.generation, 1);
    assert.equal(vocabulary.size, 0);
    vocabulary.intern(text, 22, 25);
    const again = vocabulary.formOf(token);
    assert.equal(vocabulary.textOf(again), 'Alvarez');
    assert.notEqual(again, token.form);
  });

  it('keeps a long token as a string of its own, equal to the text it was read from', () => {
    const name = 'Counter-terrorism-and-intelligence-coordination-office';
    const [token] = tokenize(`${name} said`);
    assert.equal(token.text, name);
    assert.equal(token.lower, name.toLowerCase());
  });
});

describe('word properties: computed once per word, kept by its id', () => {
  it('computes a word\'s value from its first token only, and again after the vocabulary forgot its texts', () => {
    const vocabulary = new Vocabulary(2);
    const text = 'Nine boats and nine crews';
    const token = (from: number, to: number) => {
      const form = vocabulary.intern(text, from, to);
      return { text: vocabulary.textOf(form)!, lower: vocabulary.lowerOf(form), kind: 0, form };
    };
    const asked: string[] = [];
    const length = new WordProperty((t) => (asked.push(t.text), t.text.length), vocabulary);
    const nine = token(15, 19);
    assert.deepEqual([nine, token(5, 10), nine].map((t) => length.of(t)), [4, 5, 4]);
    assert.deepEqual(asked, ['nine', 'boats']);
    // Forgotten: the ids now name other texts; a token read before is asked by its text again.
    for (const [from, to] of [[0, 4], [11, 14]]) vocabulary.intern(text, from, to);
    vocabulary.trim();
    const crews = token(20, 25);
    assert.equal(crews.form, 0);
    assert.deepEqual([crews, nine].map((t) => length.of(t)), [5, 4]);
    assert.deepEqual(asked, ['nine', 'boats', 'crews', 'nine']);
  });
});
