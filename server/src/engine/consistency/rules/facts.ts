import type { Finding } from '../../types';
import { formatDay } from '../../dates/calendar';
import { DEFAULT_SEVERITY, type EventGroup, type FactRef } from '../model';
import { describe, describeDate } from '../quantity';
import { Story } from '../story';

/**
 * Claims that contradict the fact base's figure for the same quantity: the fact base decides. A
 * fact's value, or a disputed fact's range, settles the figures of its day: inside it they agree
 * (and are not compared with other articles), outside it they contradict it. A claim about an
 * earlier or later day than the fact's `asOf` is an update, not a contradiction. A difference the
 * desk reviewed (`reviewed:` the claim and the fact) is not reported.
 */
export function facts(group: EventGroup): Finding[] {
  if (group.facts.length === 0) return [];
  const story = Story.of(group);
  const findings: Finding[] = [];
  for (const bucket of story.factClaims.values()) {
    for (const placed of bucket) {
      const answer = story.factAnswer(placed);
      if (!answer || answer.agrees || story.reviewOfFact(placed, answer.ref)) continue;
      const fact = answer.ref.fact;
      const stated = fact.value !== null ? amount(fact.value, fact.unit) : `${amount(fact.min, null)}–${amount(fact.max, fact.unit)}`;
      const factDate = fact.period ? ` for ${fact.period.label}` : fact.asOf ? ` as of ${formatDay(fact.asOf)}` : '';
      const code = answer.settles ? 'fact-mismatch' : 'figure-update';
      const figure = placed.claim.figure;
      findings.push({
        doc: placed.article.doc, start: figure.start, end: figure.end, code, severity: DEFAULT_SEVERITY[code],
        message: answer.settles
          ? `Contradicts the fact base: ${describe(placed.claim)}${describeDate(placed.claim)}, but “${fact.label}” is ${stated}${factDate} (${fact.status}).`
          : `Differs from the fact base, which is for another day: ${describe(placed.claim)}${describeDate(placed.claim)}; fact “${fact.label}” is ${stated}${factDate}.`,
        related: [relatedFact(answer.ref)],
      });
    }
  }
  return findings;
}

/** "4.1 billion USD", "12 percent", "64": a fact's value as a reader would write it. */
function amount(n: number, unit: string | null): string {
  const scaled = Math.abs(n) >= 1e9 ? `${+(n / 1e9).toFixed(3)} billion` : Math.abs(n) >= 1e6 ? `${+(n / 1e6).toFixed(3)} million` : n.toLocaleString('en-US');
  return unit ? `${scaled} ${unit}` : scaled;
}

function relatedFact(ref: FactRef) {
  return { doc: ref.doc, start: ref.fact.valueSpan.start, end: ref.fact.valueSpan.end, message: `Fact base: ${ref.fact.label}` };
}
