import type { Claim } from '../types';
import { formatDay } from '../dates/calendar';
import type { Article, PlacedClaim } from './model';
import { UNCLASSED } from '../claims/predicateWords';
import { EXPLANATIONS } from '../beats/vocabulary';
import { isMeasure } from '../claims/measure';
import type { ExplainedClaim } from '../beats/beat';
import { isComparedPart, partOfKind } from './parts';

/**
 * The identity of a quantity within one event: what happened (predicate class) to what
 * (noun class), of which group (nationality qualifier), in which unit. Two claims with one key
 * say how many of the same thing there were.
 */
export function quantityKey(claim: Claim): string {
  // "a magnitude 6.1 quake" and "the quake measured 6.4": a unit that names the metric says nothing more
  const unit = claim.figure.unit === claim.nounKey ? '' : claim.figure.unit ?? '';
  const key = `${claim.predicateKey}|${claim.nounKey}|${claim.qualifier ?? ''}|${unit}`;
  // A part is a quantity of its own: which part, in the words that say it ("three other victims were hospitalized")
  return claim.partial ? `${key}|part ${partOfKind(claim)}` : key;
}

/**
 * Whether a claim takes part in comparisons: it must be about the event itself (not a round-up
 * or background), be a full count (not "two of them", "another 10"), and say what was counted
 * and what happened to it. Anything less would be compared on a guess, and guesses raise false alarms.
 */
export function isComparable(claim: Claim): boolean {
  // No claim counts an ordinal ("the third fire"): analyzeDocument reads claims from quantities and scores only.
  return claim.scope === 'event' && !claim.partial && claim.predicateKey !== null && claim.nounKey !== null &&
    !claim.nounKey.startsWith('time:') && (claim.figure.min !== null || claim.figure.max !== null || claim.figure.kind === 'score');
}

/**
 * Whether a claim is compared with other articles' claims: comparable, with a predicate a beat
 * knows, or a verb no beat knows that counts a named thing ("shipped 40,000 units" and "ships
 * 40,000 units" are one quantity by the verb's stem): a gap in the vocabulary costs a synonym,
 * not the comparison. Unnamed people with a verb no beat knows ("five people left") are too vague.
 * An incident's part ("two other victims were hospitalized") is compared with the same part of another
 * article that tells the incident alike up to it (`parts.ts`).
 */
export function isComparedAcrossArticles(claim: Claim): boolean {
  return (isComparable(claim) || isComparedPart(claim)) && (!claim.predicateKey!.startsWith(UNCLASSED) || claim.nounKey !== 'people');
}

/**
 * All comparable claims of the articles, bucketed by quantity key; claims whose predicate is a verb
 * outside the lexicon only where `withUnclassed` says so (for the fact base).
 */
export function claimsByQuantity(articles: readonly Article[], withUnclassed = false): Map<string, PlacedClaim[]> {
  const buckets = new Map<string, PlacedClaim[]>();
  for (const article of articles) {
    article.analysis.claims.forEach((claim, index) => {
      if (!(withUnclassed ? isComparable(claim) : isComparedAcrossArticles(claim))) return;
      const key = quantityKey(claim);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push({ article, claim, index });
    });
  }
  return buckets;
}

/**
 * "“about 50” (Thai nationals; flown home)", "“$4.1 billion” (revenue · Q3 2026 · USD)": the figure
 * as written, then what it counts, or what it measures in the beat's words.
 */
export function describe(claim: Claim): string {
  const what = isMeasure(claim) ? measureLabel(claim) : [claim.noun ?? claim.nounKey, claim.predicate].filter(Boolean).join('; ');
  return what ? `“${claim.figure.text}” (${what})` : `“${claim.figure.text}”`;
}

/**
 * What a measure is about, as an editor of its beat says it: the metric (and whose), a change or
 * an expectation, the period, the unit: "revenue · Q3 2026 · USD", "share price of acme · change ·
 * percent", "unemployment rate · expected level · 2027 · percent".
 */
export function measureLabel(claim: Claim): string {
  const metric = claim.nounKey?.replace(/^amount:/, 'amount ') ?? '';
  const whose = claim.holder ? `${metric} of ${claim.holder}` : metric;
  const aspect = claim.predicateKey === 'level' ? (claim.period?.earlier ? 'earlier level' : null) : claim.change === -1 ? `${claim.predicateKey}, down` : claim.change === 1 ? `${claim.predicateKey}, up` : claim.predicateKey;
  return [whose, aspect, claim.period?.label, claim.figure.unit].filter(Boolean).join(' · ');
}

/** A quantity as a heading names it: "thai · Thai nationals · repatriated", "revenue · Q3 2026 · USD"; "Other figures" for figures that count nothing. */
export function quantityLabel(claim: Claim): string {
  if (claim.nounKey === null && claim.predicateKey === null) return 'Other figures';
  if (isMeasure(claim)) return measureLabel(claim);
  return [claim.noun ?? claim.nounKey, claim.predicateKey].filter(Boolean).join(' · ');
}

export function describeDate(claim: Claim): string {
  return claim.asOf ? ` (as of ${formatDay(claim.asOf)})` : '';
}

/** One finding per distinct statement: the first place an article gives each value. */
export function firstPerValue(claims: readonly PlacedClaim[]): PlacedClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const id = `${c.article.doc}|${c.claim.figure.min}|${c.claim.figure.max}|${c.claim.asOf}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Why two values of one quantity differ without contradicting each other, in words, when a beat's
 * explanation knows (the attacker counted or not, the dead counted among the shot or not).
 */
export function explainedDifference(a: PlacedClaim, b: PlacedClaim): string | undefined {
  const x = explained(a);
  const y = explained(b);
  for (const explanation of EXPLANATIONS) {
    const reason = explanation.explains(x, y);
    if (reason) return reason;
  }
  return undefined;
}

function explained(p: PlacedClaim): ExplainedClaim {
  return { claim: p.claim, index: p.index, claims: p.article.analysis.claims, signals: p.article.analysis.signals.found };
}

/** Whether one claim is stated as a part of the other ("one of the five"): never rivals. */
export function partAndWhole(a: PlacedClaim, b: PlacedClaim): boolean {
  return a.article === b.article && (a.claim.partOf === b.index || b.claim.partOf === a.index ||
    (a.claim.partOf !== null && a.claim.partOf === b.claim.partOf));
}
