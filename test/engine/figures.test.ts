import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument, type Claim } from '../../server/src/engine';
import { expectCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface FigureCase {
  text: string;
}

/**
 * Everything a figure's hover and the consistency check read from it: the text and where it
 * sits, its reading (value, bounds, hedge, unit), what it counts and what happened to it. Fields
 * that hold their default (exact figures' bounds, event scope, a full count) are left out.
 */
export function renderClaim(c: Claim): Record<string, unknown> {
  const f = c.figure;
  const exact = f.min === f.value && f.max === f.value;
  return {
    text: f.text,
    span: [f.start, f.end],
    value: f.value,
    ...(exact ? {} : { min: f.min, max: f.max }),
    ...(f.approximate ? { approximate: true } : {}),
    ...(f.unit !== null ? { unit: f.unit } : {}),
    noun: c.noun,
    predicate: c.predicate,
    class: c.predicateKey,
    ...(c.nounKey !== null && c.nounKey !== c.noun ? { nounKey: c.nounKey } : {}),
    ...(c.qualifier !== null ? { qualifier: c.qualifier } : {}),
    ...(c.partial ? { partial: true } : {}),
    ...(c.partOf !== null ? { partOf: c.partOf } : {}),
    ...(c.scope !== 'event' ? { scope: c.scope, why: c.scopeReason } : {}),
    ...(c.asOf !== null ? { asOf: c.asOf } : {}),
    ...(c.heading ? { heading: true } : {}),
  };
}

expectCases<FigureCase>('figures (fixtures/figures.yaml)', path.join(FIXTURES, 'figures.yaml'), {
  name: (c) => c.text,
  key: 'figures',
  actual: (c) => analyzeDocument(c.text).claims.map(renderClaim),
  invariants: (c) => {
    for (const { figure } of analyzeDocument(c.text).claims) assert.equal(c.text.slice(figure.start, figure.end), figure.text, 'span matches the text');
  },
});
