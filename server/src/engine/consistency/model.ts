import type { Claim, DocumentAnalysis, Finding, FindingCode, Severity } from '../types';
export { DEFAULT_SEVERITY } from '../catalogue';
import type { Fact, Review } from '../factbase/model';

/** One article of an event: its id (URI or path), a short label for messages, and its analysis. */
export interface Article {
  readonly doc: string;
  readonly label: string;
  readonly analysis: DocumentAnalysis;
}

/** A fact and the fact-base file it was read from. */
export interface FactRef {
  readonly doc: string;
  readonly label: string;
  readonly fact: Fact;
}

/** One side of a reviewed difference, resolved: a figure of an article (by its id), or a fact of a fact base. */
export type PlaceRef =
  | { readonly doc: string; readonly figure: string }
  | { readonly factBase: string; readonly fact: string };

/** A fact-base review (`reviewed:`) with its places resolved to document ids, and where it is written. */
export interface ReviewRef {
  readonly doc: string;
  readonly review: Review;
  readonly places: readonly [PlaceRef, PlaceRef];
}

/** The articles about one event, the fact base's facts about it and the differences the desk reviewed: what the rules compare. */
export interface EventGroup {
  readonly id: string;
  readonly articles: readonly Article[];
  readonly facts: readonly FactRef[];
  readonly reviews?: readonly ReviewRef[];
}

/** A claim located in its article. */
export interface PlacedClaim {
  readonly article: Article;
  readonly claim: Claim;
  readonly index: number;
}

/** A consistency rule: findings for one event group, at the rule's default severity. */
export type Rule = (group: EventGroup) => Finding[];

export type SeverityOverrides = Partial<Record<FindingCode, Severity | 'off'>>;
