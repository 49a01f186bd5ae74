import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup, type PlacedClaim } from '../model';
import { claimsByQuantity, describe, describeDate, partAndWhole } from '../quantity';
import { compareClaims } from '../compare';
import { countsAnIncident } from '../../claims/measure';

/**
 * One article that gives two incompatible values for one quantity on the same day
 * (`compareClaims`): a typo or a half-updated draft. Different days within an article are a story
 * told over time, not an error; so are the versions of an article that carries its updates
 * ("UPDATE:"). Headlines and captions abbreviate and lag behind the copy, so only sentences of the
 * body are compared, and only what incidents did that a beat reads: one article that uses a verb no
 * beat knows twice ("faces six counts of … and two counts of …") is listing, and one that gives a
 * metric twice (sales, a money supply, points) nearly always gives it for two segments, players or
 * periods, not contradicting itself. A difference a beat explains is a hint.
 */
export function internal(group: EventGroup): Finding[] {
  const findings: Finding[] = [];
  for (const article of group.articles) {
    if (article.analysis.signals.revised) continue;
    for (const all of claimsByQuantity([article]).values()) {
      const bucket = all.filter((c) => !c.claim.heading && c.claim.beat !== null && countsAnIncident(c.claim));
      for (let i = 1; i < bucket.length; i++) {
        const here = bucket[i];
        let explained: { earlier: PlacedClaim; reason: string } | undefined;
        let conflict: PlacedClaim | undefined;
        for (const earlier of bucket.slice(0, i)) {
          if (partAndWhole(earlier, here)) continue;
          const c = compareClaims(earlier, here);
          if (c.verdict === 'conflict') {
            conflict = earlier;
            break;
          }
          if (c.verdict === 'explained') explained ??= { earlier, reason: c.reason };
        }
        const figure = here.claim.figure;
        const at = { doc: article.doc, start: figure.start, end: figure.end };
        if (conflict) {
          findings.push({
            ...at, code: 'internal-mismatch', severity: DEFAULT_SEVERITY['internal-mismatch'],
            message: `This article contradicts itself: ${describe(here.claim)}${describeDate(here.claim)} here, but “${conflict.claim.figure.text}” earlier.`,
            related: [{ doc: article.doc, start: conflict.claim.figure.start, end: conflict.claim.figure.end, message: `Earlier: ${describe(conflict.claim)}` }],
          });
        } else if (explained) {
          findings.push({
            ...at, code: 'explained-difference', severity: DEFAULT_SEVERITY['explained-difference'],
            message: `Differs from “${explained.earlier.claim.figure.text}” earlier, not a contradiction: ${explained.reason}.`,
            related: [{ doc: article.doc, start: explained.earlier.claim.figure.start, end: explained.earlier.claim.figure.end, message: `Earlier: ${describe(explained.earlier.claim)}` }],
          });
        }
      }
    }
  }
  return findings;
}
