/**
 * The engine's data model. Offsets are UTF-16 code-unit indices into the document text
 * (JavaScript string indices), `end` exclusive, everywhere in the engine.
 */
import type { FindingCode, Severity } from './catalogue';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type EntityType = 'person' | 'organization' | 'location' | 'nationality' | 'date' | 'misc';

export interface Entity extends Span {
  readonly type: EntityType;
  readonly text: string;
  /** Normalized name used to match fact-base entries and aliases ("south korea"). */
  readonly key: string;
}

/** A calendar day, ISO `YYYY-MM-DD`. */
export type IsoDate = string;

export interface DateMention extends Span {
  readonly text: string;
  /** The day it denotes, resolved against the article date; undefined when it cannot be resolved. */
  readonly date?: IsoDate;
}

/**
 * What a figure's number means as an interval of possible true values, both ends inclusive;
 * `null` is an open end ("more than 50" has no maximum). Numbers are the nearest doubles of exact
 * decimals ("$4.1 billion" is exactly 4100000000), never products of floats.
 */
export interface Reading {
  /** The number as written ("about 50" → 50); null when no single number is stated ("dozens", "12 to 15"). */
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Hedged or vague: "about", "nearly", "more than", "dozens", ranges. */
  readonly approximate: boolean;
  /**
   * null for plain counts; else `percent`, `percentage points`, `fraction`, `times`, an ISO 4217
   * code ("USD"), a measure symbol ("km", "t", "bbl", "°C", "magnitude"), or a rate "<unit>/<per>"
   * ("USD/share", "percent/year", "/day" for a count per day). The README lists them all.
   */
  readonly unit: string | null;
  /**
   * Half the step of the rounding the writing implies, in the unit: "$4.1bn" → 50000000, "12%" →
   * 0.5, "12.4%" → 0.05, a plain count "58" → 0. Comparisons widen the interval by it. Absent (0)
   * where a value is given exactly, as in the fact base.
   */
  readonly precision?: number;
}

/** What kind of number a figure is: only quantities are counts, amounts or measures that compare. */
export type FigureKind =
  /** A count, amount, share or measure. */
  | 'quantity'
  /** A rank: "third", "21st", "one hundred twenty fifth" (value is the rank). */
  | 'ordinal'
  /** A game's score or a vote's tally: "won 3-2", "passed 13,450 to 2,010". */
  | 'score';

export interface Figure extends Span, Reading {
  readonly text: string;
  /**
   * The stated value as an exact decimal string ("4100000000", "0.92", "-9.2"); null when no single
   * value is stated (ranges, vague quantities) or it has no finite decimal ("two thirds"). For a
   * score, its sides as digits joined by "-" ("3-2", "13450-2010").
   */
  readonly exact: string | null;
  readonly precision: number;
  readonly kind: FigureKind;
}

/** Why a claim should not be compared with an incident's own figures. */
export type ClaimScope =
  /** About this story's event. */
  | 'event'
  /** A round-up or running total: "across the city this weekend", "so far this year", "since June". */
  | 'aggregate'
  /** An earlier, different event mentioned for background ("in 2009, a gunman killed 13"). */
  | 'background';

/** The period a figure is about (besides the day it was reported): a quarter, a year, a month. */
export interface Period {
  /** Its identity: "q3-2026", "fy-2025", "year-2025", "2026-03", "h1-2026", "ytd-2026", "year-earlier:q3-2026". */
  readonly key: string;
  /** As a reader says it: "Q3 2026", "fiscal 2025", "March 2026", "a year earlier than Q3 2026". */
  readonly label: string;
  /** Before the story's own period: a baseline ("up from $3.7 billion a year earlier"), "last year". */
  readonly earlier: boolean;
}

/**
 * A figure read in context: what is counted, what happened to it, when, and how it relates to
 * other figures of the same document.
 */
export interface Claim {
  readonly figure: Figure;
  /** Counted noun phrase as written ("South Korean nationals"), if any. */
  readonly noun: string | null;
  /** Canonical noun class: "people", "laptops", …; null when nothing is counted. */
  readonly nounKey: string | null;
  /** Nationality or group qualifying the counted noun ("thai"), part of the quantity's identity. */
  readonly qualifier: string | null;
  /** Governing predicate as written ("were flown home", "killed"). */
  readonly predicate: string | null;
  /**
   * Canonical predicate class: "killed", "injured", "arrested", "repatriated", …; for a measure
   * (a level or a change of a metric, as "revenue"), its aspect: "level", "change", "expected level",
   * "expected change"; for a verb no beat knows, "verb:" and its stem.
   */
  readonly predicateKey: string | null;
  /** A change, not a level: +1 up ("rose 12%", "up 12%"), -1 down ("fell 3%"), 0 direction unsaid; null otherwise. */
  readonly change: -1 | 0 | 1 | null;
  /** The period the figure is about, where the copy (or its lead) says: Q3 2026, fiscal 2025, a year earlier. */
  readonly period: Period | null;
  /** Whose quantity it is, where the copy names it beside the figure: "Apple's revenue" → "apple". */
  readonly holder: string | null;
  /** The beat whose vocabulary read what is counted or what happened to it, if any: "casualties", "business". */
  readonly beat: string | null;
  /** Index (into the document's claims) of the whole this figure is a part of ("49 of the 64"). */
  readonly partOf: number | null;
  /**
   * The figure is not the full count of its quantity: a part of an unstated or earlier whole
   * ("two of them", "one of the victims", "including 57 Thais") or an increment ("another 10",
   * "the remaining 10"). "58 of the 64" is a full count of whatever happened to the 58.
   */
  readonly partial: boolean;
  /** The day the statement refers to: a date in the sentence, else the article date. */
  readonly asOf: IsoDate | null;
  readonly scope: ClaimScope;
  /** What made the scope other than `event` ("across the city", "a date in 2014"), for explanations. */
  readonly scopeReason: string | null;
  /** The sentence the claim comes from. */
  readonly sentence: Span;
  /** The sentence has no final punctuation: a headline, a caption, a list item. */
  readonly heading: boolean;
}

export interface ArticleMeta {
  readonly title?: string;
  readonly date?: IsoDate;
  /** Where the date came from, for hovers and explanations. */
  readonly dateSource?: 'front matter' | 'dateline' | 'file' | 'fact base';
  /** Event id from front matter (`event:`), assigning the article to a fact-base event. */
  readonly event?: string;
  /** The span of the front-matter block, excluded from analysis. */
  readonly frontMatter?: Span;
  /** BCP 47 tag from front matter (`locale:`, `lang:` or `language:`): how digits are grouped ("1.200" in `de`). */
  readonly locale?: string;
}

/** A whole-article fact a beat reads, by its id ("attacker-died": the article says the attacker died). */
export type ArticleSignal = string;

/** Whole-article facts that change how its figures may be compared. */
export interface ArticleSignals {
  /** The article carries several versions of the story ("UPDATE:", "Original story"). */
  readonly revised: boolean;
  /**
   * What the beats found in the article as a whole, by id: "attacker-died" ("turned the gun on
   * himself", "including the gunman") lets its death tolls count the attacker where another's do not.
   */
  readonly found: readonly ArticleSignal[];
}

/**
 * A desk's note in the copy that silences findings on its line (`<!-- newslens-ignore CODE: why -->`,
 * see `text/markers.ts`). The line runs from `lineStart` to `lineEnd` (a paragraph in prose).
 */
export interface IgnoreMarker extends Span {
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The codes it silences, or all of them. */
  readonly codes: readonly FindingCode[] | 'all';
  /** Words in the code list that name no finding code (a typo the editor can point at). */
  readonly unknown: readonly string[];
  readonly reason?: string;
}

export interface DocumentAnalysis {
  readonly meta: ArticleMeta;
  readonly signals: ArticleSignals;
  /** The desk's ignore markers, in text order. */
  readonly markers: readonly IgnoreMarker[];
  readonly sentences: readonly Span[];
  readonly entities: readonly Entity[];
  readonly dates: readonly DateMention[];
  readonly figures: readonly Figure[];
  readonly claims: readonly Claim[];
}

/** Finding codes and severities come from the rule catalogue. */
export { FINDING_CODES, type FindingCode, type Severity } from './catalogue';

export interface Location extends Span {
  /** The document's id (its URI or path, as the caller named it). */
  readonly doc: string;
}

export interface RelatedPlace extends Location {
  readonly message: string;
}

export interface Finding extends Location {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedPlace[];
}
