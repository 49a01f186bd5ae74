import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup, type PlacedClaim } from '../model';
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
      const seen = new EarlierReadings();
      for (const here of bucket) {
        const earlier = seen.firstRival(here);
        seen.add(here);
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

/** Two incompatible claims contradict each other unless the copy explains the difference or one is part of the other. */
const rivals = (e: PlacedClaim, here: PlacedClaim) => !explainedDifference(e, here) && !partAndWhole(e, here);

/**
 * The claims seen so far, by day and then by reading (min–max), in order: finding the first earlier
 * claim that contradicts a new one looks at each distinct reading once, not at every claim, so
 * an article repeating one figure thousands of times is read in linear time.
 */
class EarlierReadings {
  private readonly byDay = new Map<string | null, Map<string, Array<{ placed: PlacedClaim; order: number }>>>();
  private count = 0;

  add(placed: PlacedClaim): void {
    const day = placed.claim.asOf;
    let readings = this.byDay.get(day);
    if (!readings) this.byDay.set(day, (readings = new Map()));
    const key = `${placed.claim.figure.min}|${placed.claim.figure.max}`;
    let reading = readings.get(key);
    if (!reading) readings.set(key, (reading = []));
    reading.push({ placed, order: this.count++ });
  }

  /** The first claim seen, of the same day, that `here` contradicts. */
  firstRival(here: PlacedClaim): PlacedClaim | undefined {
    let best: { placed: PlacedClaim; order: number } | undefined;
    for (const reading of this.byDay.get(here.claim.asOf)?.values() ?? []) {
      if (best && reading[0].order > best.order) break; // readings come in the order of their first claim
      if (compatible(reading[0].placed.claim.figure, here.claim.figure)) continue;
      const rival = reading.find((e) => rivals(e.placed, here));
      if (rival && (!best || rival.order < best.order)) best = rival;
    }
    return best?.placed;
  }
}
