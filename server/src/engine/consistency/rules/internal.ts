import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup } from '../model';
import { claimsByQuantity, compatible, describe, describeDate, explainedDifference, partAndWhole } from '../quantity';

/**
 * One article that gives two incompatible values for one quantity on the same day: a typo or a
 * half-updated draft. Different days within an article are a story told over time, not an error;
 * so are the versions of an article that carries its updates ("UPDATE:"). Headlines and captions
 * abbreviate and lag behind the copy, so only sentences of the body are compared.
 */
export function internal(group: EventGroup): Finding[] {
  const findings: Finding[] = [];
  for (const article of group.articles) {
    if (article.analysis.signals.revised) continue;
    for (const all of claimsByQuantity([article]).values()) {
      const bucket = all.filter((c) => !c.claim.heading);
      for (let i = 1; i < bucket.length; i++) {
        const here = bucket[i];
        const earlier = bucket.slice(0, i).find((e) => e.claim.asOf === here.claim.asOf && !compatible(e.claim.figure, here.claim.figure) &&
          !explainedDifference(e, here) && !partAndWhole(e, here));
        if (!earlier) continue;
        const figure = here.claim.figure;
        findings.push({
          doc: article.doc, start: figure.start, end: figure.end, code: 'internal-mismatch',
          severity: DEFAULT_SEVERITY['internal-mismatch'],
          message: `This article contradicts itself: ${describe(here.claim)}${describeDate(here.claim)} here, but “${earlier.claim.figure.text}” earlier.`,
          related: [{ doc: article.doc, start: earlier.claim.figure.start, end: earlier.claim.figure.end, message: `Earlier: ${describe(earlier.claim)}` }],
        });
      }
    }
  }
  return findings;
}
