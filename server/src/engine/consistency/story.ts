import type { Claim } from '../types';
import type { EventGroup, FactRef, PlaceRef, PlacedClaim, ReviewRef } from './model';
import { claimsByQuantity, quantityKey } from './quantity';
import { compareClaims, type Comparison, type StoryContext } from './compare';
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
    const answer = this.group.facts.length > 0 ? this.factAnswer(p) : undefined;
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

const STORIES = new WeakMap<EventGroup, Story>();

function claimPlace(p: PlacedClaim): PlaceRef {
  return { doc: p.article.doc, figure: p.claim.figure.text };
}

function placeKey(place: PlaceRef): string {
  return 'fact' in place ? `fact\u0000${place.factBase}\u0000${place.fact}` : `figure\u0000${place.doc}\u0000${place.figure}`;
}
