/**
 * A figure while it is being read: the rules of each stage (number, scale, unit, range, non-figure,
 * modifier) extend and refine one draft, which becomes a `Figure` at the end. Values are exact.
 */
import type { FigureKind } from '../types';
import type { Token } from '../text/tokens';
import type { NumberFormat } from './locale';
import { ZERO, shift, toNumber, type Exact } from './exact';
import type { Hedge } from './modifierRules';

/** What every rule sees: the document text, the sentence's tokens, the article's number format. */
export interface ReadContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly format: NumberFormat;
}

/**
 * A named rule: `matches` says in words what it reads (for the README and the hover's "why"), and
 * the fixtures under test/engine/fixtures/numbers/ give its cases by name.
 */
export interface Rule<Apply> {
  readonly name: string;
  readonly matches: string;
  /** Words one of which the rule needs beside the figure to apply at all (see `RuleRoute`); none: it always runs. */
  readonly needs?: Needs;
  readonly apply: Apply;
}

/**
 * The words (lower case) of which one must stand right before the figure (the token before
 * `first`) or right after it (the token after `last`) for a rule to apply: a necessary condition,
 * never a sufficient one. A rule may declare more words than it needs, never fewer.
 */
export interface Needs {
  readonly before?: Iterable<string>;
  readonly after?: Iterable<string>;
}

/** Half the step of the last stated digit: "4.1" scaled by 10^9 → 0.05 × 10^9. */
export function halfStep(exponent: number, decimals: number): Exact {
  const place = exponent - decimals - 1;
  let step = HALF_STEPS.get(place);
  if (step === undefined) {
    step = shift({ num: 5n, den: 1n }, place);
    HALF_STEPS.set(place, step);
    HALF_STEP_NUMBERS.set(step, toNumber(step));
  }
  return step;
}

/** 5 × 10^place by place: a figure's precision is one of a few, and made of bigints each time it would cost more than its reading. */
const HALF_STEPS = new Map<number, Exact>();
/** Each of HALF_STEPS as a double, for the figure: converting the exact step again per figure cost as much as making it. */
const HALF_STEP_NUMBERS = new Map<Exact, number>();

export class Draft {
  /** Tokens of the whole figure: modifiers, signs and units included. */
  first: number;
  last: number;
  /** Tokens of the number itself (with its scale word), for rules that read its neighbours. */
  readonly numberFirst: number;
  numberLast: number;
  /** The stated value; null for vague quantities and ranges, which state only `lo`–`hi`. */
  value: Exact | null;
  lo: Exact | null = null;
  hi: Exact | null = null;
  /** Digits after the decimal mark as written ("4.1" → 1). */
  decimals: number;
  /** The stated mantissa is exact whatever its digits ("half", "3/4"): no rounding to imply. */
  exactMantissa = false;
  /** Power of ten the written number was scaled by: scale words (+), minor currency units (−2). */
  exponent = 0;
  /** A scale word or suffix was applied ("4.1bn", "two million"): the number is rounded to it. */
  scaled = false;
  /** Precision fixed by a rule (ranges take their sides'); otherwise derived from the digits. */
  fixedPrecision: Exact | null = null;
  unit: string | null = null;
  kind: FigureKind = 'quantity';
  approximate = false;
  /** A hedge or comparative said of the number ("about", "more than"). */
  hedge: Hedge | undefined = undefined;
  /** Written in words ("seventy-five"). */
  readonly words: boolean;
  /** Letters glued to the digits that no rule has read yet ("km", "p", "s"). */
  suffix = '';
  /** A score's sides as digits ("3-2"). */
  score: string | null = null;
  /** Names of the rules that read this figure, in order. */
  readonly rules: string[] = [];

  constructor(rule: string, first: number, last: number, value: Exact | null, words: boolean, decimals = 0) {
    this.first = first;
    this.last = last;
    this.numberFirst = first;
    this.numberLast = last;
    this.value = value;
    this.words = words;
    this.decimals = decimals;
    this.rules.push(rule);
  }

  /** The half-width of the rounding the written number implies, in the figure's unit. */
  precision(): Exact {
    if (this.fixedPrecision) return this.fixedPrecision;
    if (this.kind !== 'quantity') return ZERO;
    const percentLike = this.unit !== null && (this.unit.startsWith('percent'));
    const rounded = (this.decimals > 0 && !this.exactMantissa) || this.scaled || percentLike;
    if (!rounded || this.decimals < 0) return ZERO;
    return halfStep(this.exponent, this.decimals);
  }

  /** `precision()` as the nearest double. */
  precisionNumber(): number {
    const precision = this.precision();
    return HALF_STEP_NUMBERS.get(precision) ?? toNumber(precision);
  }

  /** The stated value or interval moved by `places` powers of ten (scales, minor units). */
  shiftBy(places: number): void {
    if (this.value) this.value = shift(this.value, places);
    if (this.lo) this.lo = shift(this.lo, places);
    if (this.hi) this.hi = shift(this.hi, places);
    this.exponent += places;
  }
}
