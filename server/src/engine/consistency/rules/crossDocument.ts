import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup, type PlacedClaim } from '../model';
import { claimsByQuantity, describe, describeDate, firstPerValue } from '../quantity';
import { compareClaims } from '../compare';
import { Disagreements } from '../disagreements';
import { isMeasure } from '../../claims/measure';

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
    const index = new Disagreements(claims);
    const measure = isMeasure(claims[0].claim);
    for (const here of claims) {
      const explained: Array<{ there: PlacedClaim; reason: string }> = [];
      /** Sorts a claim the index offers (its reading does not overlap here's) by the one comparison. */
      const is = (wanted: 'conflict' | 'update') => (there: PlacedClaim): boolean => {
        if (there.article.doc === here.article.doc) return false;
        const c = compareClaims(here, there);
        if (c.verdict === 'explained' && explained.length < MAX_RELATED) explained.push({ there, reason: c.reason });
        return wanted === 'conflict' ? c.verdict === 'conflict' : c.verdict === 'update' && c.later === here;
      };
      // One more than is shown, to know whether there are others. A measure is about its period,
      // not the day it was reported: its values conflict whatever the days, and never update.
      const conflicts = index.find(here, measure ? 'any' : 'same day', is('conflict'), MAX_RELATED + 1);
      if (conflicts.length > 0) {
        const others = listed(conflicts, (c) => `${c.article.label} says ${c.claim.figure.text}`);
        findings.push(finding('cross-doc-mismatch', here, `Articles on this event disagree: ${describe(here.claim)}${describeDate(here.claim)} here, but ${others}.`, conflicts));
      } else if (!measure) {
        // A later report is the later claim's finding.
        const earlier = index.find(here, 'earlier', is('update'), MAX_RELATED + 1);
        if (earlier.length > 0) {
          const before = listed(earlier, (c) => `${c.claim.figure.text} in ${c.article.label}${describeDate(c.claim)}`);
          findings.push(finding('figure-update', here, `Update of an earlier figure, not a contradiction: ${describe(here.claim)}${describeDate(here.claim)}; earlier reports said ${before}.`, earlier));
        }
      }
      for (const { there, reason } of explained) {
        findings.push(finding('explained-difference', here, `Differs from ${there.article.label}'s “${there.claim.figure.text}”, not a contradiction: ${reason}.`, [there]));
      }
    }
  }
  return findings;
}

/** The first MAX_RELATED claims of a list, and a word for the rest: a finding stays short however large the folder. */
function listed(claims: readonly PlacedClaim[], text: (c: PlacedClaim) => string): string {
  const shown = claims.slice(0, MAX_RELATED).map(text).join('; ');
  return claims.length > MAX_RELATED ? `${shown}; and others` : shown;
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
