import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/engine';
import { FIGURE_RULES } from '../../server/src/engine/figures/findFigures';
import { NUMBER_RULE_VARIANTS } from '../../server/src/engine/figures/numberRules';
import { readCase, readNumberCases, scoreCase } from '../support/numberCases';

/** The families the issue asks the table to cover. */
const FAMILIES = ['digits', 'words', 'scaled', 'fractions', 'ranges', 'comparatives', 'money', 'percent', 'units', 'non-figures'];

describe('numbers (fixtures/numbers/*.yaml)', () => {
  const cases = readNumberCases();
  for (const family of [...new Set(cases.map((c) => c.family))]) {
    describe(family, () => {
      for (const c of cases.filter((x) => x.family === family)) {
        it(`${c.rule}: ${JSON.stringify(c.text)}`, () => {
          const { problems } = scoreCase(c);
          if (c.known) assert.notDeepEqual(problems, [], `known to be wrong (${c.known}), but now read right: remove "known"`);
          else assert.deepEqual(problems, []);
          // The fixtures read sentences the way analyzeDocument does.
          assert.deepEqual(analyzeDocument(c.text).figures, readCase(c.text).figures.map((f) => f.figure));
        });
      }
    });
  }

  it('has cases for every rule of the reader', () => {
    const named = new Set(cases.map((c) => c.rule));
    const rules = [...Object.values(FIGURE_RULES).flatMap((table) => table.map((r) => r.name)), ...Object.keys(NUMBER_RULE_VARIANTS)];
    assert.deepEqual(rules.filter((r) => !named.has(r)), []);
    assert.deepEqual([...named].filter((r) => !rules.includes(r)), [], 'cases name rules that do not exist');
  });

  it('has at least 400 cases, in every family of the issue', () => {
    assert.ok(cases.length >= 400, `${cases.length} cases`);
    for (const family of FAMILIES) assert.ok(cases.some((c) => c.family === family), family);
  });
});
