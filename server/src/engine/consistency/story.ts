import type { Claim } from '../types';
import type { EventGroup, FactRef, PlaceRef, PlacedClaim, ReviewRef } from './model';
import { claimsByQuantity, firstPerValue, quantityKey } from './quantity';
import { compareClaims, sameHolder, type Comparison, type StoryContext } from './compare';
import { factAnswer, type FactAnswer } from './settle';
import { findStretches, Timeline } from './timeline';
import { isMeasure } from '../claims/measure';

/**
 * One event group as its rules see it, computed once and asked by the rules and by the editor
 * alike: its claims by quantity, the fact base's answer for each, the desk's reviews, and each
 * quantity's timeline. `compare` is `compareClaims` in this story's context: the one answer that
 * feeds the Problems panel and the hover.
 */
export class Story implements StoryContext {
  /** The claims compared across articles, by quantity key. */
  readonly buckets: ReadonlyMap<string, readonly PlacedClaim[]>;
  private factClaimBuckets?: ReadonlyMap<string, readonly PlacedClaim[]>;
  private readonly answers = new Map<Claim, FactAnswer | null>();
  private readonly timelines = new Map<string, Timeline>();
  private readonly reviewsByPlace = new Map<string, ReviewRef[]>();
  private readonly holders = new Map<string, readonly string[]>();

  private constructor(readonly group: EventGroup) {
    this.buckets = claimsByQuantity(group.articles);
    for (const review of group.reviews ?? []) {
      for (const place of review.places) {
        const key = placeKey(place);
        let list = this.reviewsByPlace.get(key);
        if (!list) this.reviewsByPlace.set(key, (list = []));
        list.push(review);
      }
    }
  }

  /** The story of a group, built once per group object (the rules and the workspace share it). */
  static of(group: EventGroup): Story {
    let story = STORIES.get(group);
    if (!story) STORIES.set(group, (story = new Story(group)));
    return story;
  }

  /** Comparable claims by quantity, verbs no beat knows included: what the fact base is matched against. */
  get factClaims(): ReadonlyMap<string, readonly PlacedClaim[]> {
    this.factClaimBuckets ??= claimsByQuantity(this.group.articles, true);
    return this.factClaimBuckets;
  }

  compare(a: PlacedClaim, b: PlacedClaim): Comparison {
    return compareClaims(a, b, this);
  }

  /** The fact base's answer for a claim, if a fact is about its quantity. */
  factAnswer(p: PlacedClaim): FactAnswer | undefined {
    let answer = this.answers.get(p.claim);
    if (answer === undefined) this.answers.set(p.claim, (answer = factAnswer(this.group.facts, p) ?? null));
    return answer ?? undefined;
  }

  settledBy(p: PlacedClaim): FactRef | undefined {
    const answer = this.factAnswer(p);
    return answer?.settles ? answer.ref : undefined;
  }

  reviewOf(a: PlacedClaim, b: PlacedClaim): ReviewRef | undefined {
    return this.reviewBetween(a, claimPlace(b));
  }

  /** The desk's review of the difference between a claim and a fact, if it recorded one. */
  reviewOfFact(p: PlacedClaim, ref: FactRef): ReviewRef | undefined {
    return this.reviewBetween(p, { factBase: ref.doc, fact: ref.fact.id });
  }

  /** Every review naming a claim's figure. */
  reviewsOf(p: PlacedClaim): readonly ReviewRef[] {
    return this.reviewsByPlace.get(placeKey(claimPlace(p))) ?? [];
  }

  /** The timeline of a quantity: its claims' values by day, and where the figure went back and forth. */
  timeline(key: string): Timeline | undefined {
    const claims = this.buckets.get(key);
    if (!claims || isMeasure(claims[0].claim)) return undefined;
    let timeline = this.timelines.get(key);
    if (!timeline) {
      // Settled claims are shown, but the fact base judges them: only the others can go back and forth.
      const open = claims.filter((c) => !this.settledBy(c));
      timeline = new Timeline(claims, findStretches(open, (x, y) => compareClaims(x, y).verdict === 'agrees'));
      this.timelines.set(key, timeline);
    }
    return timeline;
  }

  /**
   * The quantities of the story that are disputed, with why: the figure went back and forth, the
   * reports of one day differ, the fact base disputes it or is contradicted, or a finding
   * (`flagged`: what the Problems panel shows) is on one of its figures. Each with its claims, one
   * per article and value, and its timeline where it has one.
   */
  disputes(flagged: (p: PlacedClaim) => boolean): Dispute[] {
    const out: Dispute[] = [];
    for (const [key, claims] of this.buckets) {
      const timeline = this.timeline(key);
      const answers = claims.map((c) => this.factAnswer(c));
      const reasons = [
        timeline && timeline.stretches.length > 0 ? 'went back and forth' : '',
        timeline?.days.some((d) => d.values.length > 1) ? 'reports of one day differ' : '',
        answers.some((a) => a?.ref.fact.status === 'disputed') ? 'disputed in the fact base' : '',
        answers.some((a) => a?.settles === true && !a.agrees) ? 'contradicts the fact base' : '',
        claims.some(flagged) ? 'flagged in Problems' : '',
      ].filter(Boolean);
      if (reasons.length > 0) out.push({ key, claims: firstPerValue(claims), timeline, reasons });
    }
    return out;
  }

  holdersOf(p: PlacedClaim): readonly string[] {
    const key = quantityKey(p.claim);
    let names = this.holders.get(key);
    if (!names) {
      // One holder under several names ("okafor", "tomas okafor") is one: the longest name stands for it
      const all = [...new Set((this.buckets.get(key) ?? []).map((c) => c.claim.holder).filter((h): h is string => h !== null))]
        .sort((x, y) => y.length - x.length);
      names = all.filter((h, i) => !all.slice(0, i).some((longer) => sameHolder(longer, h)));
      this.holders.set(key, names);
    }
    return names;
  }

  unsteady(a: PlacedClaim, b: PlacedClaim): string | undefined {
    const timeline = this.timeline(quantityKey(a.claim));
    const stretch = timeline?.stretchOf(a.claim.asOf);
    return stretch && stretch === timeline!.stretchOf(b.claim.asOf) ? timeline!.text() : undefined;
  }

  private reviewBetween(p: PlacedClaim, other: PlaceRef): ReviewRef | undefined {
    if (this.reviewsByPlace.size === 0) return undefined;
    const otherKey = placeKey(other);
    return this.reviewsOf(p).find((r) => r.places.some((place) => placeKey(place) === otherKey));
  }
}

/** A disputed quantity of a story: why, its claims (one per article and value), and its timeline. */
export interface Dispute {
  readonly key: string;
  readonly claims: readonly PlacedClaim[];
  readonly timeline: Timeline | undefined;
  readonly reasons: readonly string[];
}

const STORIES = new WeakMap<EventGroup, Story>();

function claimPlace(p: PlacedClaim): PlaceRef {
  return { doc: p.article.doc, figure: p.claim.figure.text };
}

function placeKey(place: PlaceRef): string {
  return 'fact' in place ? `fact\u0000${place.factBase}\u0000${place.fact}` : `figure\u0000${place.doc}\u0000${place.figure}`;
}
