import * as assert from 'node:assert/strict';
import { tokenize } from '../../server/src/engine/text/tokens';
import { Draft, type Rule } from '../../server/src/engine/figures/draft';
import { RuleRoute, includes, type RuleSet } from '../../server/src/engine/figures/ruleRoutes';

type TestRule = Rule<() => boolean>;

const rule = (name: string, needs?: TestRule['needs']): TestRule => ({ name, matches: name, needs, apply: () => false });

const ROUTE = new RuleRoute([
  rule('always'),
  rule('after-percent', { after: ['percent', '%'] }),
  rule('before-about', { before: ['about'] }),
  rule('either', { before: ['down'], after: ['percent'] }),
]);

/** The names of the rules the route chooses for the number at token `at` of `text`. */
function chosen(text: string, at: number, last = at): string[] {
  const tokens = tokenize(text);
  const set: RuleSet = ROUTE.select(tokens, new Draft('digits', at, last, null, false));
  return ROUTE.rules.filter((_, r) => includes(set, r)).map((r) => r.name);
}

describe('rule routes (figures/ruleRoutes)', () => {
  it('runs the rules that need no word for every figure', () => {
    assert.deepEqual(chosen('they hired 50 people', 2), ['always']);
  });

  it('chooses a rule by the word right after the figure, in lower case', () => {
    assert.deepEqual(chosen('rates rose 5 Percent', 2), ['always', 'after-percent', 'either']);
    assert.deepEqual(chosen('rates rose 5 %', 2), ['always', 'after-percent']);
  });

  it('chooses a rule by the word right before the figure', () => {
    assert.deepEqual(chosen('about 50 people', 1), ['always', 'before-about']);
    assert.deepEqual(chosen('down 5 points', 1), ['always', 'either']);
  });

  it('looks beside the whole figure, not inside it', () => {
    assert.deepEqual(chosen('about 5 percent more', 1, 2), ['always', 'before-about']);
    assert.deepEqual(chosen('5 percent', 0, 1), ['always']);
  });

  it('keeps the rules in their order', () => {
    assert.deepEqual(chosen('down 5 percent', 1), ['always', 'after-percent', 'either']);
  });
});
