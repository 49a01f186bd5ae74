import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup, type PlacedClaim } from '../model';
import { describe, describeDate, firstPerValue } from '../quantity';
import { Disagreements } from '../disagreements';
import { Story } from '../story';
import { isMeasure } from '../../claims/measure';

/** Relations listed per finding; more would bury the Problems panel. */
const MAX_RELATED = 12;

/**
 * Articles about one event that give incompatible values for one quantity (the story's
 * comparison). Where the two statements refer to the same day, both places get a
 * `cross-doc-mismatch` pointing at each other. Where they refer to different days, the later one
 * is an update (a developing story), reported as information on the later claim, as long as later
 * reports keep the new value; where the figure went back and forth (a value reported again after
 * another superseded it: "9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2)"), every change in that stretch is
 * a `cross-doc-mismatch` with the timeline in its message. Claims the fact base settles (it states
 * the quantity for their day) are judged against the fact alone (rule `facts`), and differences the
 * desk reviewed are not reported. A difference a beat explains (the attacker counted in one toll
 * only) is a hint that says why it is not a contradiction.
 */
export function crossDocument(group: EventGroup): Finding[] {
  const story = Story.of(group);
  const findings: Finding[] = [];
  for (const [key, bucket] of story.buckets) {
    const claims = firstPerValue(bucket).filter((c) => !story.settledBy(c));
    if (claims.length < 2 || new Set(claims.map((c) => c.article.doc)).size < 2) continue;
    const index = new Disagreements(claims);
    const measure = isMeasure(claims[0].claim);
    const timeline = story.timeline(key);
    const told = timeline && timeline.days.length > 0 ? ` Timeline: ${timeline.text()}.` : '';
    for (const here of claims) {
      const explained: Array<{ there: PlacedClaim; reason: string }> = [];
      /** Sorts a claim the index offers (its reading does not overlap here's) by the story's comparison. */
      const is = (wanted: 'conflict' | 'update') => (there: PlacedClaim): boolean => {
        if (there.article.doc === here.article.doc) return false;
        const c = story.compare(here, there);
        if (c.verdict === 'explained' && explained.length < MAX_RELATED) explained.push({ there, reason: c.reason });
        return wanted === 'conflict' ? c.verdict === 'conflict' : c.verdict === 'update' && c.later === here;
      };
      // One more than is shown, to know whether there are others. A measure is about its period,
      // not the day it was reported: its values conflict whatever the days, and never update.
      const conflicts = index.find(here, measure ? 'any' : 'same day', is('conflict'), MAX_RELATED + 1);
      const stretch = timeline?.stretchOf(here.claim.asOf);
      const back = stretch && stretch.from < here.claim.asOf!
        ? index.find(here, { from: stretch.from, to: here.claim.asOf! }, (there) => there.claim.asOf! < here.claim.asOf! && is('conflict')(there), MAX_RELATED + 1)
        : [];
      if (conflicts.length > 0) {
        const others = listed(conflicts, (c) => `${c.article.label} says ${c.claim.figure.text}`);
        findings.push(finding('cross-doc-mismatch', here, `Articles on this event disagree: ${describe(here.claim)}${describeDate(here.claim)} here, but ${others}.${told}`, conflicts));
      } else if (back.length > 0) {
        const before = listed(back, (c) => `${c.claim.figure.text} in ${c.article.label}${describeDate(c.claim)}`);
        findings.push(finding('cross-doc-mismatch', here, `The figure went back and forth, so this is no update: ${describe(here.claim)}${describeDate(here.claim)} here, after ${before}.${told}`, back));
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
