import * as path from 'node:path';
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
