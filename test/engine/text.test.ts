import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { stem } from '../../server/src/engine/text/lemma';
import { splitSentences } from '../../server/src/engine/text/sentences';
import { TokenKind, tokenize } from '../../server/src/engine/text/tokens';
import { expectCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface TextCase {
  text: string;
}

const KIND = { [TokenKind.Word]: 'w', [TokenKind.Number]: 'n', [TokenKind.Punct]: 'p' };
const CASES = path.join(FIXTURES, 'text.yaml');

expectCases<TextCase>('sentences (fixtures/text.yaml)', CASES, {
  name: (c) => c.text,
  key: 'sentences',
  actual: (c) => splitSentences(c.text).map((s) => c.text.slice(s.start, s.end)),
});

expectCases<TextCase>('tokens (fixtures/text.yaml)', CASES, {
  name: (c) => c.text,
  key: 'tokens',
  actual: (c) => tokenize(c.text).map((t) => `${t.text}/${KIND[t.kind]}`).join(' '),
});

describe('stem: one identity for every form of a word', () => {
  it('gives a verb ending in "eed" one stem in all its forms, as it does a verb ending in "ee"', () => {
    for (const forms of [['exceed', 'exceeds', 'exceeded', 'exceeding'], ['agree', 'agrees', 'agreed'], ['need', 'needs', 'needed']]) {
      assert.equal(new Set(forms.map(stem)).size, 1, forms.join(', '));
    }
    assert.notEqual(stem('exceed'), stem('excess'));
  });
});
