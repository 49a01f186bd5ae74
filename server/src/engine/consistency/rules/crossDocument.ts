import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup, type PlacedClaim } from '../model';
import { claimsByQuantity, compatible, describe, describeDate, explainedDifference, firstPerValue } from '../quantity';

/** Relations listed per finding; more would bury the Problems panel. */
const MAX_RELATED = 12;

/**
 * Articles about one event that give incompatible values for one quantity. Where the two
 * statements refer to different days, the later one is an update (a developing story), reported
 * as information on the later claim; where they refer to the same day, both places get a
 * `cross-doc-mismatch` pointing at each other. Two articles that also give a common value for the
 * same day agree: the odd value is one article's sub-count or slip, the internal rule's business.
 */
export function crossDocument(group: EventGroup): Finding[] {
  const findings: Finding[] = [];
  for (const bucket of claimsByQuantity(group.articles).values()) {
    const claims = firstPerValue(bucket);
    if (claims.length < 2 || new Set(claims.map((c) => c.article.doc)).size < 2) continue;
    for (const here of claims) {
      const conflicts: PlacedClaim[] = [];
      const earlier: PlacedClaim[] = [];
      for (const there of claims) {
        if (there.article.doc === here.article.doc || compatible(here.claim.figure, there.claim.figure)) continue;
        if (explainedDifference(here, there) || alsoSays(bucket, here, there) || alsoSays(bucket, there, here)) continue;
        const a = here.claim.asOf;
        const b = there.claim.asOf;
        if (a && b && a !== b) {
          if (b < a) earlier.push(there);
        } else {
          conflicts.push(there);
        }
      }
      if (conflicts.length > 0) {
        const others = conflicts.map((c) => `${c.article.label} says ${c.claim.figure.text}`).join('; ');
        findings.push(finding('cross-doc-mismatch', here, `Articles on this event disagree: ${describe(here.claim)}${describeDate(here.claim)} here, but ${others}.`, conflicts));
      }
      if (earlier.length > 0 && conflicts.length === 0) {
        const before = earlier.map((c) => `${c.claim.figure.text} in ${c.article.label}${describeDate(c.claim)}`).join('; ');
        findings.push(finding('figure-update', here, `Update of an earlier figure, not a contradiction: ${describe(here.claim)}${describeDate(here.claim)}; earlier reports said ${before}.`, earlier));
      }
    }
  }
  return findings;
}

/** `speaker`'s article also gives `value`'s figure, for the same day. */
function alsoSays(bucket: readonly PlacedClaim[], speaker: PlacedClaim, value: PlacedClaim): boolean {
  return bucket.some((c) => c.article.doc === speaker.article.doc && c.claim.asOf === value.claim.asOf && compatible(c.claim.figure, value.claim.figure));
}

function finding(code: 'cross-doc-mismatch' | 'figure-update', here: PlacedClaim, message: string, others: readonly PlacedClaim[]): Finding {
  const figure = here.claim.figure;
  return {
    doc: here.article.doc, start: figure.start, end: figure.end, code, severity: DEFAULT_SEVERITY[code], message,
    related: others.slice(0, MAX_RELATED).map((o) => ({
      doc: o.article.doc, start: o.claim.figure.start, end: o.claim.figure.end,
      message: `${describe(o.claim)}${describeDate(o.claim)}`,
    })),
  };
}
