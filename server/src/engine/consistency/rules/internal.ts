import type { Finding } from '../../types';
import { DEFAULT_SEVERITY, type EventGroup, type PlacedClaim } from '../model';
import { claimsByQuantity, describe, describeDate, partAndWhole } from '../quantity';
import { signed } from '../compare';
import { Story } from '../story';
import { countsAnIncident } from '../../claims/measure';

/**
 * One article that gives two incompatible values for one quantity on the same day
 * (`compareClaims`): a typo or a half-updated draft. Different days within an article are a story
 * told over time, not an error; so are the versions of an article that carries its updates
 * ("UPDATE:"). Headlines and captions abbreviate and lag behind the copy, so only sentences of the
 * body are compared, and only what incidents did that a beat reads: one article that uses a verb no
 * beat knows twice ("faces six counts of … and two counts of …") is listing, and one that gives a
 * metric twice (sales, a money supply, points) nearly always gives it for two segments, players or
 * periods, not contradicting itself; parts ("two other victims were hospitalized") are only compared with
 * another article's same part. A difference a beat explains is a hint. The story's comparison
 * decides: figures the fact base settles, and differences the desk reviewed, are no contradiction.
 */
export function internal(group: EventGroup): Finding[] {
  const story = Story.of(group);
  const findings: Finding[] = [];
  for (const article of group.articles) {
    if (article.analysis.signals.revised) continue;
    for (const all of claimsByQuantity([article]).values()) {
      const bucket = all.filter((c) => !c.claim.heading && !c.claim.partial && c.claim.beat !== null && countsAnIncident(c.claim));
      const seen = new EarlierReadings(story);
      for (const here of bucket) {
        const { conflict, explained } = seen.firstRival(here);
        seen.add(here);
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

/** What an earlier claim is to a later one of the same article: a contradiction, an explained difference, or neither. */
interface Rivalry {
  readonly conflict?: PlacedClaim;
  readonly explained?: { readonly earlier: PlacedClaim; readonly reason: string };
}

/**
 * The claims seen so far, by day and then by reading, in order: finding the first earlier claim
 * that contradicts a new one asks `compareClaims` of each distinct reading once, not of every
 * claim, so an article repeating one figure thousands of times is read in linear time. A reading is
 * all that `compareClaims` tells claims apart by before it looks at the articles: the signed
 * interval, its precision, a score's sides, the period and the holder.
 */
class EarlierReadings {
  private readonly byDay = new Map<string | null, Map<string, Array<{ placed: PlacedClaim; order: number }>>>();
  private count = 0;

  constructor(private readonly story: Story) {}

  add(placed: PlacedClaim): void {
    const day = placed.claim.asOf;
    let readings = this.byDay.get(day);
    if (!readings) this.byDay.set(day, (readings = new Map()));
    const key = readingKey(placed);
    let reading = readings.get(key);
    if (!reading) readings.set(key, (reading = []));
    reading.push({ placed, order: this.count++ });
  }

  /** The first claim seen, of the same day, that `here` contradicts, else the first whose difference a beat explains. */
  firstRival(here: PlacedClaim): Rivalry {
    let best: { placed: PlacedClaim; order: number } | undefined;
    let explained: Rivalry['explained'];
    for (const reading of this.byDay.get(here.claim.asOf)?.values() ?? []) {
      if (best && reading[0].order > best.order) break; // readings come in the order of their first claim
      // Whether the fact base settles a claim depends on its reading and day only, as agreeing does.
      const verdict = this.story.compare(reading[0].placed, here).verdict;
      if (verdict === 'agrees' || verdict === 'not compared' || verdict === 'settled') continue;
      for (const e of reading) {
        if (best && e.order > best.order) break;
        if (partAndWhole(e.placed, here)) continue;
        const c = this.story.compare(e.placed, here);
        if (c.verdict === 'conflict') {
          best = e;
          break;
        }
        if (c.verdict === 'explained') explained ??= { earlier: e.placed, reason: c.reason };
      }
    }
    return best ? { conflict: best.placed } : { explained };
  }
}

function readingKey(p: PlacedClaim): string {
  const r = signed(p.claim);
  return `${r.min}|${r.max}|${r.precision ?? 0}|${p.claim.figure.kind === 'score' ? p.claim.figure.exact : ''}|${p.claim.period?.key ?? ''}|${p.claim.holder ?? ''}`;
}
