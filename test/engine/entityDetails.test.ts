import * as assert from 'node:assert/strict';
import { entityKey } from '../../server/src/engine';

describe('entityKey: every kind of space is one space', () => {
  it('reads a name across any Unicode space or line break as the name with one space', () => {
    for (const space of ['\u00a0', '\u2028', '\u2029', '\u2002', '\u200a', '\u3000', '\u202f', '\u205f', '\u1680', '\t', '\n'])
      assert.equal(entityKey(`Red${space}Cross`), 'red cross', `U+${space.charCodeAt(0).toString(16).padStart(4, '0')}`);
  });
});
