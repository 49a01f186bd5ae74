import type { Claim } from '../../server/src/engine';

/**
 * Everything a figure's hover and the consistency check read from it: the text and where it
 * sits, its reading (value, bounds, hedge, unit, kind), what it counts and what happened to it,
 * the measure's change, period, holder and beat. Fields that hold their default (exact figures'
 * bounds, quantities, event scope, a full count, no change, period, holder or beat) are left
 * out. Exact decimals and precision are pinned by the numbers fixtures.
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
    ...(f.kind !== 'quantity' ? { kind: f.kind } : {}),
    noun: c.noun,
    predicate: c.predicate,
    class: c.predicateKey,
    ...(c.nounKey !== null && c.nounKey !== c.noun ? { nounKey: c.nounKey } : {}),
    ...(c.qualifier !== null ? { qualifier: c.qualifier } : {}),
    ...(c.change !== null ? { change: c.change } : {}),
    ...(c.period !== null ? { period: c.period.key } : {}),
    ...(c.holder !== null ? { holder: c.holder } : {}),
    ...(c.beat !== null ? { beat: c.beat } : {}),
    ...(c.partial ? { partial: true } : {}),
    ...(c.partOf !== null ? { partOf: c.partOf } : {}),
    ...(c.scope !== 'event' ? { scope: c.scope, why: c.scopeReason } : {}),
    ...(c.asOf !== null ? { asOf: c.asOf } : {}),
    ...(c.heading ? { heading: true } : {}),
  };
}
