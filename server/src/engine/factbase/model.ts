import type { EntityType, IsoDate, Period, Span } from '../types';

/** The types a fact-base entity may have: those the engine recognizes. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location', 'nationality', 'date', 'misc'];

export const FACT_STATUSES = ['confirmed', 'reported', 'disputed'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export interface Source {
  readonly title: string;
  readonly url?: string;
  readonly date?: IsoDate;
}

/** An http(s) URL written in the fact base (a source, an entity's link, an article's URL), where it is. */
export interface FactBaseLink extends Span {
  readonly url: string;
}

/**
 * One side of a reviewed difference: a figure of an article (by its path relative to the fact-base
 * file and the figure as written), or a fact of this fact base (by id).
 */
export type ReviewPlace =
  | { readonly article: string; readonly figure: string }
  | { readonly fact: string };

/**
 * A difference the desk has looked at and accepts (`reviewed:`): the two places that differ, why
 * the difference stands, and when it was reviewed. Findings between the two places are not shown.
 */
export interface Review {
  readonly places: readonly [ReviewPlace, ReviewPlace];
  readonly note: string;
  readonly date?: IsoDate;
  readonly span: Span;
}

export interface FactEvent {
  readonly id: string;
  readonly title: string;
  readonly date?: IsoDate;
  readonly location?: string;
  /** Glob patterns, relative to the fact-base file, of the articles about this event. */
  readonly documents: readonly string[];
  readonly span: Span;
}

/** An article the desk dates or assigns in the fact base (for copy that carries no date of its own). */
export interface FactArticle {
  /** Path relative to the fact-base file. */
  readonly path: string;
  readonly date?: IsoDate;
  readonly event?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly span: Span;
}

export interface FactEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly links: readonly string[];
  /** Normalized names (name and aliases) this entry answers to. */
  readonly keys: readonly string[];
  readonly span: Span;
}

export interface Fact {
  readonly id: string;
  readonly event?: string;
  readonly label: string;
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  readonly unit: string | null;
  readonly noun: string;
  readonly aliases: readonly string[];
  readonly predicate: string;
  /** Quantity identity, computed the way the engine computes it for claims. */
  readonly predicateKey: string;
  readonly nounKeys: readonly string[];
  readonly qualifier: string | null;
  readonly asOf?: IsoDate;
  /** The period the figure is about ("Q3 2026", "fiscal 2025"): it settles only figures about that period. */
  readonly period?: Period;
  readonly status: FactStatus;
  readonly sources: readonly Source[];
  /** The whole entry, and its `value` node, in the fact-base file. */
  readonly span: Span;
  readonly valueSpan: Span;
}

export interface FactBaseProblem extends Span {
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface FactBase {
  readonly events: readonly FactEvent[];
  readonly articles: readonly FactArticle[];
  readonly entities: readonly FactEntity[];
  readonly facts: readonly Fact[];
  readonly reviewed: readonly Review[];
  readonly links: readonly FactBaseLink[];
  readonly problems: readonly FactBaseProblem[];
}
