import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument, entityKey } from '../../server/src/engine';
import { splitSentences } from '../../server/src/engine/text/sentences';
import { tokenize } from '../../server/src/engine/text/tokens';
import { SparseModel, fromBase64, toBase64 } from '../../server/src/engine/entities/tagger/model';
import { Tagger, featureFingerprint } from '../../server/src/engine/entities/tagger/tagger';
import { WEIGHTS } from '../../server/src/engine/entities/tagger/weights';
import * as fs from 'node:fs';
import { expectCases, readCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface EntityCase {
  text: string;
  /** Texts that must never be tagged, whatever a regeneration of the expectations says. */
  absent?: string[];
}

/** entities.yaml and the other entity fixture files (entities-*.yaml). */
const ENTITY_FIXTURES = fs.readdirSync(FIXTURES).filter((f) => /^entities.*\.yaml$/.test(f)).sort();

/** Every entity of each case, in order, with its type, text and span: an unexpected one fails. */
for (const file of ENTITY_FIXTURES) {
  expectCases<EntityCase>(`entities (fixtures/${file})`, path.join(FIXTURES, file), {
    name: (c) => c.text,
    key: 'entities',
    actual: (c) => analyzeDocument(c.text).entities.map((e) => ({ type: e.type, text: e.text, span: [e.start, e.end], ...(e.key !== e.text.toLowerCase() ? { key: e.key } : {}) })),
    invariants: (c) => {
      const found = analyzeDocument(c.text).entities;
      for (const text of c.absent ?? []) assert.ok(!found.some((e) => e.text === text), `"${text}" must not be an entity`);
      for (const e of found) assert.equal(c.text.slice(e.start, e.end), e.text);
    },
  });
}

describe('entity tagger', () => {
  const texts = [
    ...readCases<EntityCase>(path.join(FIXTURES, 'entities.yaml')).map((c) => c.text),
    'MINISTER QUITS OVER PORT DEAL\nHALDEN, Norway 2026-02-11\nFisheries Minister Tove Aasen resigned on Wednesday.',
    "(Reporting by Ana Ruiz; Editing by Tom O'Neill) Shares in Kestrel Mining Corp fell 3.5 percent in Toronto.",
    'U.S. and E.U. officials met in São Paulo; the ÉCOLE NORMALE and Café Olé sued Ørsted A/S.',
  ];

  it('scores the same with cached word vectors as with plain feature lists', () => {
    const model = new SparseModel(fromBase64(WEIGHTS));
    const cached = new Tagger(model);
    const plain = new Tagger(model, { cached: false });
    for (const text of texts) {
      const sentences = splitSentences(text).map((s) => ({ tokens: tokenize(text, s.start, s.end), taken: new Set<number>() }));
      assert.deepEqual(cached.tag(sentences), plain.tag(sentences), text);
    }
  });

  it('has weights trained for the current features (else: npm run train:ner)', () => {
    assert.equal(new SparseModel(fromBase64(WEIGHTS)).fingerprint, featureFingerprint());
  });

  it('round-trips base64', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 255);
    for (const n of [0, 1, 2, 3, 299, 300]) assert.deepEqual(fromBase64(toBase64(bytes.subarray(0, n))), bytes.subarray(0, n));
    assert.equal(toBase64(Uint8Array.from([104, 105])), Buffer.from('hi').toString('base64'));
  });
});

describe('entityKey: the key an entity name is matched under', () => {
  it('is the lower case, without a leading "the", curly apostrophes or extra spaces', () => {
    assert.equal(entityKey('Oxfam'), 'oxfam');
    assert.equal(entityKey('Oxfam '), 'oxfam', 'a trailing space');
    assert.equal(entityKey(' Oxfam'), 'oxfam', 'a leading space');
    assert.equal(entityKey('Red  Cross'), 'red cross', 'two spaces');
    assert.equal(entityKey('The Red Cross'), 'red cross');
    assert.equal(entityKey('Theo Marsh'), 'theo marsh', '"the" only as a word');
    assert.equal(entityKey('St Mary’s\u00a0Hospital'), "st mary's hospital");
  });
});
