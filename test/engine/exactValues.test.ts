import * as assert from 'node:assert/strict';
import { analyzeDocument, compatible, type Figure, type Reading } from '../../server/src/engine';
import { fromDigits, ratio, round, shift, toDecimal, toNumber } from '../../server/src/engine/figures/exact';

function figure(text: string): Figure {
  const figures = analyzeDocument(text).figures;
  assert.equal(figures.length, 1, `one figure in ${JSON.stringify(text)}: ${JSON.stringify(figures.map((f) => f.text))}`);
  return figures[0];
}

/** A value given exactly, as a fact base gives it. */
const fact = (value: number): Reading => ({ value, min: value, max: value, approximate: false, unit: 'USD' });

describe('exact values', () => {
  it('computes scales by moving the decimal point, never by multiplying floats', () => {
    assert.equal(4.1 * 1e9, 4099999999.9999995, 'the float product this avoids');
    const f = figure('The bridge cost $4.1 billion.');
    assert.equal(f.value, 4100000000);
    assert.equal(f.exact, '4100000000');
    assert.equal(figure('Sales reached $0.29 billion.').exact, '290000000');
    assert.equal(figure('The firm sold 1.13bn units.').value, 1130000000);
  });

  it('prints exact decimals, and none for a fraction without one', () => {
    assert.equal(toDecimal(shift(fromDigits('4', '1'), 9)), '4100000000');
    assert.equal(toDecimal(shift(fromDigits('92'), -2)), '0.92');
    assert.equal(toDecimal(fromDigits('9', '2', true)), '-9.2');
    assert.equal(toDecimal(ratio(3, 4)), '0.75');
    assert.equal(toDecimal(ratio(2, 3)), null);
    assert.equal(toNumber(ratio(2, 3)), 2 / 3);
    assert.equal(toDecimal(round(ratio(15, 2))), '8');
    assert.equal(toDecimal(round(ratio(-15, 2))), '-8');
  });

  it('keeps the stated precision, in the figure\'s unit', () => {
    assert.equal(figure('Revenue was $4.1bn.').precision, 50000000);
    assert.equal(figure('Growth was 12%.').precision, 0.5);
    assert.equal(figure('Growth was 12.4%.').precision, 0.05);
    assert.equal(figure('Police arrested 58 people.').precision, 0);
  });

  it('compares within the stated precision', () => {
    const billion = figure('Revenue was $4.1bn.');
    assert.ok(compatible(billion, fact(4.1e9)), 'a fact of 4.1 billion agrees with "$4.1 billion"');
    assert.ok(compatible(billion, figure('Revenue was $4,093m.')), '"$4.1bn" covers 4.05–4.15bn');
    assert.ok(compatible(billion, fact(4149000000)));
    assert.ok(!compatible(billion, fact(4150000000)), '4.15bn rounds to 4.2bn');
    assert.ok(!compatible(billion, figure('Revenue was $4.6bn.')));
    assert.ok(!compatible(figure('Police arrested 58 people.'), figure('Police arrested 59 people.')), 'counts are exact');
    assert.ok(compatible(figure('Growth was 12%.'), figure('Growth was 12.4%.')));
    assert.ok(!compatible(figure('Growth was 12%.'), figure('Growth was 13%.')), 'rounded ends are exclusive');
  });

  it('marks ordinals and scores as what they are; ordinals make no claims, a score one of its own sides', () => {
    const text = 'The 21st team won 3-2 as 40 fans watched.';
    assert.deepEqual(analyzeDocument(text).figures.map((f) => [f.text, f.kind]), [['21st', 'ordinal'], ['3-2', 'score'], ['40', 'quantity']]);
    assert.deepEqual(analyzeDocument(text).claims.map((c) => [c.figure.text, c.nounKey]), [['3-2', 'score'], ['40', 'attendance']], 'ordinals make no claims');
  });
});
