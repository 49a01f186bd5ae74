import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyCue } from '../../server/src/engine/text/cues';

/** The first match of `re` in `text`: where, and every group. */
function firstMatch(re: RegExp, text: string): unknown {
  const m = re.exec(text);
  return m && [m.index, ...m];
}

describe('anyCue: a list of cues as one regular expression', () => {
  const cues = [
    String.raw`\b(so far|this) (year|month)\b`,
    String.raw`\bso far\b|^\W*initially\b|\binitial (reports?)\b`,
    String.raw`^\W*unlike\b`,
    String.raw`\b(two|\d+) (separate |[|] )?(shootings|attacks)\b`,
    String.raw`\bother (\w+ )?(incidents|attacks)\b`,
    String.raw`(?:^|\s)x(a|b)`,
  ];
  const joined = new RegExp(cues.join('|'), 'i');
  const shared = anyCue(cues, 'i');

  it('shares one word boundary among consecutive cues that start with one, in their order', () => {
    assert.equal(shared.source, String.raw`\b(?:(so far|this) (year|month)\b|so far\b)|^\W*initially\b|\binitial (reports?)\b|^\W*unlike\b|\b(?:(two|\d+) (separate |[|] )?(shootings|attacks)\b|other (\w+ )?(incidents|attacks)\b)|(?:^|\s)x(a|b)`);
  });

  it('finds the match the joined cues find, with the same groups', () => {
    const words = ['so', 'far', 'this', 'year', 'Initially', 'initial', 'reports', 'unlike', 'two', '12', 'separate', '|', 'shootings', 'other', 'incidents', 'xa', '"', ',', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(' ', '  ', '-'), (picked, gap) => {
      const text = picked.join(gap);
      assert.deepEqual(firstMatch(shared, text), firstMatch(joined, text));
    }), { numRuns: 2000 });
  });
});
