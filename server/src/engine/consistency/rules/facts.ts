import type { Claim, Finding } from '../../types';
import { formatDay } from '../../dates/calendar';
import type { Fact } from '../../factbase/model';
import { DEFAULT_SEVERITY, type EventGroup, type FactRef, type PlacedClaim } from '../model';
import { claimsByQuantity, describe, describeDate } from '../quantity';
import { compatible, signed } from '../compare';

/**
 * Claims that contradict the fact base's figure for the same quantity. A claim about an earlier or
 * later day than the fact's `asOf` is an update, not a contradiction; disputed facts are never
 * held against an article.
 */
export function facts(group: EventGroup): Finding[] {
  if (group.facts.length === 0) return [];
  const findings: Finding[] = [];
  for (const bucket of claimsByQuantity(group.articles, true).values()) {
    for (const placed of bucket) {
      const ref = group.facts.find((f) => matches(f.fact, placed));
      if (!ref || ref.fact.status === 'disputed') continue;
      const fact = ref.fact;
      if (agreesWithFact(fact, placed.claim)) continue;
      const stated = fact.value !== null ? amount(fact.value, fact.unit) : `${amount(fact.min, null)}–${amount(fact.max, fact.unit)}`;
      const factDate = fact.period ? ` for ${fact.period.label}` : fact.asOf ? ` as of ${formatDay(fact.asOf)}` : '';
      // A fact about a period settles that period's figure whenever it is reported; a dated fact, its day's.
      const update = !fact.period && fact.asOf !== undefined && placed.claim.asOf !== null && placed.claim.asOf !== fact.asOf;
      const code = update ? 'figure-update' : 'fact-mismatch';
      const figure = placed.claim.figure;
      findings.push({
        doc: placed.article.doc, start: figure.start, end: figure.end, code, severity: DEFAULT_SEVERITY[code],
        message: update
          ? `Differs from the fact base, which is for another day: ${describe(placed.claim)}${describeDate(placed.claim)}; fact “${fact.label}” is ${stated}${factDate}.`
          : `Contradicts the fact base: ${describe(placed.claim)}${describeDate(placed.claim)}, but “${fact.label}” is ${stated}${factDate} (${fact.status}).`,
        related: [relatedFact(ref)],
      });
    }
  }
  return findings;
}

/**
 * Whether a fact is about the quantity a claim counts: the same predicate, noun, group and unit,
 * and, where both say, the same period (a fact for Q3 2026 says nothing about Q3 2025's figure).
 */
export function matches(fact: Fact, placed: PlacedClaim): boolean {
  const claim = placed.claim;
  return fact.predicateKey === claim.predicateKey && claim.nounKey !== null && fact.nounKeys.includes(claim.nounKey) &&
    (fact.qualifier ?? null) === claim.qualifier && fact.unit === claim.figure.unit &&
    (fact.period === undefined ? !claim.period?.earlier : claim.period === null || claim.period.key === fact.period.key);
}

/** Whether a claim's figure agrees with a fact's value (a fall negative, the figure's precision allowed). */
export function agreesWithFact(fact: Fact, claim: Claim): boolean {
  return compatible(signed(claim), { value: fact.value, min: fact.min, max: fact.max, approximate: false, unit: fact.unit });
}

/** "4.1 billion USD", "12 percent", "64": a fact's value as a reader would write it. */
function amount(n: number, unit: string | null): string {
  const scaled = Math.abs(n) >= 1e9 ? `${+(n / 1e9).toFixed(3)} billion` : Math.abs(n) >= 1e6 ? `${+(n / 1e6).toFixed(3)} million` : n.toLocaleString('en-US');
  return unit ? `${scaled} ${unit}` : scaled;
}

function relatedFact(ref: FactRef) {
  return { doc: ref.doc, start: ref.fact.valueSpan.start, end: ref.fact.valueSpan.end, message: `Fact base: ${ref.fact.label}` };
}
