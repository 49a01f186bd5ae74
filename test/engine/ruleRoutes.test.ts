import * as assert from 'node:assert/strict';
import { tokenize } from '../../server/src/engine/text/tokens';
import { Draft, type Rule } from '../../server/src/engine/figures/draft';
import { RuleRoute, includes, type RuleSet } from '../../server/src/engine/figures/ruleRoutes';
import { NON_FIGURE_RULES } from '../../server/src/engine/figures/nonFigureRules';
import { ENGLISH } from '../../server/src/engine/figures/locale';
import { integer } from '../../server/src/engine/figures/exact';

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

describe('non-figure rules by unit (figures/nonFigureRules `units`)', () => {
  // Numbers each rule would drop or keep as a score without a unit: with one outside the rule's
  // `units`, the rule must say nothing, or `judge` (which passes it over) would read them otherwise.
  const SENTENCES = [
    'in March 3 2019 he called 911 at 1600 Pennsylvania Avenue', 'Lopez, 34, of Ohio and Route 66 and Boeing 737',
    'the team won 3-2 and passed 52 to 48', 'zero and one of them and a 4K TV', 'aged 12 in 2009 and the 1990s',
  ];
  const cases = SENTENCES.flatMap((text) => {
    const tokens = tokenize(text);
    return tokens.flatMap((t, i) => (t.kind === 1 || t.lower === 'zero' || t.lower === 'one' ? [{ text, tokens, i }] : []));
  });

  for (const rule of NON_FIGURE_RULES.filter((r) => r.units !== undefined)) {
    it(`${rule.name} reads only figures ${rule.units === 'none' ? 'without a unit' : 'without a unit or with a fraction\'s'}`, () => {
      const outside = rule.units === 'none' ? ['percent', 'USD', 'fraction'] : ['percent', 'USD'];
      for (const { text, tokens, i } of cases) {
        for (const unit of outside) {
          const d = new Draft('digits', i, i, integer(/^\d+$/.test(tokens[i].text) ? Number(tokens[i].text) : 1), tokens[i].kind !== 1);
          d.unit = unit;
          assert.equal(rule.apply({ text, tokens, format: ENGLISH }, d), undefined, `${text} @${tokens[i].text} (${unit})`);
        }
      }
    });
  }
});
