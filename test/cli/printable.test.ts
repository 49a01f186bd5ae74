import * as assert from 'node:assert/strict';
import { printable } from '../../server/src/cli/formats';

describe('printable (server/src/cli/formats.ts): what the text output does to control characters', () => {
  it('names line breaks and tabs, and writes the other controls and bidirectional marks as escapes', () => {
    assert.equal(printable('a\nb\rc\td'), 'a\\nb\\rc\\td');
    assert.equal(printable('\x00\x1b[2K\x7f\x9f'), '\\x00\\x1b[2K\\x7f\\x9f');
    assert.equal(printable('x\u2028y\u2029z\u202ew\u2066v\u2069'), 'x\\u2028y\\u2029z\\u202ew\\u2066v\\u2069');
  });

  it('leaves printable text alone, accents, quotes and dashes included', () => {
    const text = 'São Paulo — “four” killed, 12½ % up, \u00a0non-breaking';
    assert.equal(printable(text), text);
  });
});
