import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup, type PlacedClaim } from '../model';
import { claimsByQuantity, compatible, describe, describeDate, explainedDifference, firstPerValue } from '../quantity';
import { Disagreements } from '../disagreements';

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
    const alsoSays = saysAlso(bucket);
    const index = new Disagreements(claims);
    for (const here of claims) {
      const rival = (there: PlacedClaim) => there.article.doc !== here.article.doc &&
        !explainedDifference(here, there) && !alsoSays(here, there) && !alsoSays(there, here);
      // One more than is shown, to know whether there are others.
      const conflicts = index.find(here, 'same day', rival, MAX_RELATED + 1);
      if (conflicts.length > 0) {
        const others = listed(conflicts, (c) => `${c.article.label} says ${c.claim.figure.text}`);
        findings.push(finding('cross-doc-mismatch', here, `Articles on this event disagree: ${describe(here.claim)}${describeDate(here.claim)} here, but ${others}.`, conflicts));
        continue;
      }
      // A later report is the later claim's finding.
      const earlier = index.find(here, 'earlier', rival, MAX_RELATED + 1);
      if (earlier.length > 0) {
        const before = listed(earlier, (c) => `${c.claim.figure.text} in ${c.article.label}${describeDate(c.claim)}`);
        findings.push(finding('figure-update', here, `Update of an earlier figure, not a contradiction: ${describe(here.claim)}${describeDate(here.claim)}; earlier reports said ${before}.`, earlier));
      }
    }
  }
  return findings;
}

/**
 * Whether `speaker`'s article also gives `value`'s figure, for the same day: looked up among that
 * article's claims in the bucket, not through the whole bucket (cubic time over a large folder).
 */
function saysAlso(bucket: readonly PlacedClaim[]): (speaker: PlacedClaim, value: PlacedClaim) => boolean {
  const byDoc = new Map<string, PlacedClaim[]>();
  for (const c of bucket) {
    let list = byDoc.get(c.article.doc);
    if (!list) byDoc.set(c.article.doc, (list = []));
    list.push(c);
  }
  return (speaker, value) => byDoc.get(speaker.article.doc)!.some((c) => c.claim.asOf === value.claim.asOf && compatible(c.claim.figure, value.claim.figure));
}

/** The first MAX_RELATED claims of a list, and a word for the rest: a finding stays short however large the folder. */
function listed(claims: readonly PlacedClaim[], text: (c: PlacedClaim) => string): string {
  const shown = claims.slice(0, MAX_RELATED).map(text).join('; ');
  return claims.length > MAX_RELATED ? `${shown}; and others` : shown;
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
