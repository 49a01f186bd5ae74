import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup, type PlacedClaim } from '../model';
import { claimsByQuantity, describe, describeDate, firstPerValue } from '../quantity';
import { compareClaims } from '../compare';

/** Relations listed per finding; more would bury the Problems panel. */
const MAX_RELATED = 12;

/**
 * Articles about one event that give incompatible values for one quantity (`compareClaims`).
 * Where the two statements refer to different days, the later one is an update (a developing
 * story), reported as information on the later claim; where they refer to the same day, both places
 * get a `cross-doc-mismatch` pointing at each other. A difference a beat explains (the attacker
 * counted in one toll only) is a hint that says why it is not a contradiction.
 */
export function crossDocument(group: EventGroup): Finding[] {
  const findings: Finding[] = [];
  for (const bucket of claimsByQuantity(group.articles).values()) {
    const claims = firstPerValue(bucket);
    if (claims.length < 2 || new Set(claims.map((c) => c.article.doc)).size < 2) continue;
    for (const here of claims) {
      const conflicts: PlacedClaim[] = [];
      const earlier: PlacedClaim[] = [];
      const explained: Array<{ there: PlacedClaim; reason: string }> = [];
      for (const there of claims) {
        if (there.article.doc === here.article.doc) continue;
        const c = compareClaims(here, there);
        if (c.verdict === 'conflict') conflicts.push(there);
        else if (c.verdict === 'update' && c.later === here) earlier.push(there);
        else if (c.verdict === 'explained') explained.push({ there, reason: c.reason });
      }
      if (conflicts.length > 0) {
        const others = conflicts.map((c) => `${c.article.label} says ${c.claim.figure.text}`).join('; ');
        findings.push(finding('cross-doc-mismatch', here, `Articles on this event disagree: ${describe(here.claim)}${describeDate(here.claim)} here, but ${others}.`, conflicts));
      }
      if (earlier.length > 0 && conflicts.length === 0) {
        const before = earlier.map((c) => `${c.claim.figure.text} in ${c.article.label}${describeDate(c.claim)}`).join('; ');
        findings.push(finding('figure-update', here, `Update of an earlier figure, not a contradiction: ${describe(here.claim)}${describeDate(here.claim)}; earlier reports said ${before}.`, earlier));
      }
      for (const { there, reason } of explained) {
        findings.push(finding('explained-difference', here, `Differs from ${there.article.label}'s “${there.claim.figure.text}”, not a contradiction: ${reason}.`, [there]));
      }
    }
  }
  return findings;
}

function finding(code: 'cross-doc-mismatch' | 'figure-update' | 'explained-difference', here: PlacedClaim, message: string, others: readonly PlacedClaim[]): Finding {
  const figure = here.claim.figure;
  return {
    doc: here.article.doc, start: figure.start, end: figure.end, code, severity: DEFAULT_SEVERITY[code], message,
    related: others.slice(0, MAX_RELATED).map((o) => ({
      doc: o.article.doc, start: o.claim.figure.start, end: o.claim.figure.end,
      message: `${describe(o.claim)}${describeDate(o.claim)}`,
    })),
  };
}
