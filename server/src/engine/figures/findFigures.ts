/**
 * The reader of quantities: every way news writes a number, as named rules in six stages (see
 * `FIGURE_RULES`): the number itself, its scale, its unit, a range, whether it is a figure at all,
 * and the hedges and signs around it. Values are computed exactly (exact.ts) and become `Figure`s.
 */
import type { Figure } from '../types';
import type { Token } from '../text/tokens';
import { Draft, type ReadContext, type Rule } from './draft';
import { ENGLISH, type NumberFormat } from './locale';
import { NUMBER_RULES, mayStartNumber } from './numberRules';
import { isDigitCode } from './numerals';
import { CURRENCY_SIGNS } from './unitWords';
import { SCALE_RULES, type ExtendRule } from './scaleRules';
import { UNIT_RULES } from './unitRules';
import { RANGE_RULES } from './rangeRules';
import { NON_FIGURE_RULES } from './nonFigureRules';
import { MODIFIER_RULES } from './modifierRules';
import { RuleRoute, includes } from './ruleRoutes';
import { startsUpper } from '../text/letterCase';
import { abs, compare, integer, isInteger, minus, plus, round, ZERO, toDecimal, toNumber, type Exact } from './exact';

export { multipleVictims } from './casualtyCounts';

/** A figure and the tokens (indices into the sentence's tokens) it covers. */
export interface FigureMatch {
  readonly figure: Figure;
  /** First token of the figure, modifiers included. */
  readonly first: number;
  /** Last token of the figure, unit words included. */
  readonly last: number;
  /** Tokens of the number itself (with its scale word), inside first..last. */
  readonly numberFirst: number;
  readonly numberLast: number;
  /** Names of the rules that read it, in order (the hover's and the fixtures' "why"). */
  readonly rules: readonly string[];
}

export interface FigureOptions {
  /** How the article writes digits (from its locale); English by default. */
  readonly format?: NumberFormat;
  /** Told of every number dropped as not a figure, with the rule that dropped it (for tests and explanations). */
  readonly onRejected?: (rule: string, first: number, last: number) => void;
}

/** Every rule of the reader, stage by stage, for documentation and for the fixtures' coverage test. */
export const FIGURE_RULES: Readonly<Record<string, ReadonlyArray<Rule<unknown>>>> = {
  number: NUMBER_RULES, scale: SCALE_RULES, unit: UNIT_RULES, range: RANGE_RULES, 'not a figure': NON_FIGURE_RULES, modifier: MODIFIER_RULES,
};

/** Finds the figures among one sentence's tokens. `text` is the whole document. */
export function findFigures(text: string, tokens: readonly Token[], options: FigureOptions = {}): FigureMatch[] {
  const ctx: ReadContext = { text, tokens, format: options.format ?? ENGLISH };
  const found: FigureMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartNumber(tokens, i)) continue;
    const d = readQuantity(ctx, i, true);
    if (!d) continue;
    const verdict = judge(ctx, d);
    if (verdict?.verdict === 'drop') {
      options.onRejected?.(verdict.rule, d.first, d.last);
      i = d.last;
      continue;
    }
    if (d.kind === 'quantity') applyAll(ctx, d, MODIFIERS);
    found.push({ figure: toFigure(ctx, d), first: d.first, last: d.last, numberFirst: d.numberFirst, numberLast: d.numberLast, rules: d.rules });
    i = d.last;
  }
  return found;
}

/**
 * Marks in `taken` the tokens of quantities and scores among `matches`, which the entity tagger then
 * leaves alone. A currency's name stays a name: capitalized words after the number ("10,000 Swiss
 * francs", "Hong Kong dollars") and a prefixed sign ("C$ 1.15 billion"). Ordinals take nothing ("the
 * Second World War").
 */
export function markFigureTokens(matches: readonly FigureMatch[], tokens: readonly Token[], taken: Set<number>): void {
  for (const m of matches) {
    if (m.figure.kind === 'ordinal') continue;
    for (let k = m.first; k <= m.last; k++) if (!isCurrencyName(tokens, k, m)) taken.add(k);
  }
}

function isCurrencyName(tokens: readonly Token[], k: number, m: FigureMatch): boolean {
  if (k >= m.numberFirst && k <= m.numberLast) return false;
  if (startsUpper(tokens[k])) return k > m.numberLast || isCurrencySign(tokens[k + 1]);
  // "C$", "HK$": the sign glued to the letters
  return isCurrencySign(tokens[k]) && k - 1 >= m.first && startsUpper(tokens[k - 1]) && tokens[k - 1].end === tokens[k].start;
}

function isCurrencySign(t: Token | undefined): boolean {
  return t !== undefined && CURRENCY_SIGNS[t.text] !== undefined;
}

/** Stages 1–4 from token `i`: the number, its scale and unit, and (for a figure's first end) a range. */
function readQuantity(ctx: ReadContext, i: number, withRange: boolean): Draft | undefined {
  let d: Draft | undefined;
  const reads = isDigitCode(ctx.tokens[i].text.charCodeAt(0)) ? 'digits' : 'words';
  for (const rule of NUMBER_RULES) {
    if (rule.reads !== reads && rule.reads !== 'any') continue;
    d = rule.apply(ctx, i);
    if (d) break;
  }
  if (!d || d.kind !== 'quantity') return d;
  // "two and a half million": a completed number may take a scale after all.
  while (applyFirst(ctx, d, SCALES));
  applyAll(ctx, d, withRange ? UNITS : UNITS_OF_A_RANGE_END);
  if (withRange && readRange(ctx, d) && d.unit !== null && !d.unit.includes('/')) applyAll(ctx, d, RATES);
  return d;
}

// Each stage's rules with the table of the words they need beside a figure, built once.
const SCALES = new RuleRoute(SCALE_RULES);
const UNITS = new RuleRoute(UNIT_RULES);
const RATES = new RuleRoute(UNIT_RULES.filter((r) => r.name === 'rate'));
const UNITS_OF_A_RANGE_END = new RuleRoute(UNIT_RULES.filter((r) => r.name !== 'rate'));
const RANGES = new RuleRoute(RANGE_RULES);
const MODIFIERS = new RuleRoute(MODIFIER_RULES);

/** Stage 4: the first range rule that joins `d` with a number after it; whether one did. */
function readRange(ctx: ReadContext, d: Draft): boolean {
  const selected = RANGES.select(ctx.tokens, d);
  for (let r = 0; r < RANGES.rules.length; r++) {
    const rule = RANGES.rules[r];
    if (includes(selected, r) && rule.apply(ctx, d, readRangeEnd)) {
      d.rules.push(rule.name);
      return true;
    }
  }
  return false;
}

function readRangeEnd(ctx: ReadContext, k: number): Draft | undefined {
  return ctx.tokens[k] && mayStartNumber(ctx.tokens, k) ? readQuantity(ctx, k, false) : undefined;
}

/** Applies the first rule of `route` that matches; whether one did. */
function applyFirst(ctx: ReadContext, d: Draft, route: RuleRoute<ExtendRule>): boolean {
  const selected = route.select(ctx.tokens, d);
  for (let r = 0; r < route.rules.length; r++) {
    const rule = route.rules[r];
    if (includes(selected, r) && rule.apply(ctx, d)) {
      d.rules.push(rule.name);
      return true;
    }
  }
  return false;
}

/** Applies every rule of `route` that matches, in order; after each, the rest are chosen anew for the figure's new edges. */
function applyAll(ctx: ReadContext, d: Draft, route: RuleRoute<ExtendRule>): void {
  let selected = route.select(ctx.tokens, d);
  for (let r = 0; r < route.rules.length; r++) {
    const rule = route.rules[r];
    if (!includes(selected, r) || !rule.apply(ctx, d)) continue;
    d.rules.push(rule.name);
    selected = route.select(ctx.tokens, d);
  }
}

// Stage 5's rules for a figure by its unit (see `NonFigureRule.units`): half of a wire's figures have
// one (percent, dollars), and most rules read only figures without.
const JUDGES_WITHOUT_UNIT = NON_FIGURE_RULES;
const JUDGES_OF_A_FRACTION = NON_FIGURE_RULES.filter((rule) => rule.units !== 'none');
const JUDGES_WITH_UNIT = NON_FIGURE_RULES.filter((rule) => rule.units === undefined);

/** Stage 5: the first non-figure rule with a verdict. */
function judge(ctx: ReadContext, d: Draft): { verdict: 'drop' | 'score'; rule: string } | undefined {
  const rules = d.unit === null ? JUDGES_WITHOUT_UNIT : d.unit === 'fraction' ? JUDGES_OF_A_FRACTION : JUDGES_WITH_UNIT;
  for (const rule of rules) {
    const verdict = rule.apply(ctx, d);
    if (verdict === 'score') {
      d.kind = 'score';
      d.rules.push(rule.name);
      return { verdict, rule: rule.name };
    }
    if (verdict === 'drop') return { verdict, rule: rule.name };
  }
  return undefined;
}

const TEN = integer(10);

/** The interval a hedge gives a stated value: "about 50" ±10% (±1 at least for counts), "more than 50" from 50 up. */
function hedged(d: Draft, v: Exact): [Exact | null, Exact | null] {
  const floor = (x: Exact) => (v.num >= 0n && x.num < 0n ? ZERO : x);
  switch (d.hedge) {
    case 'about': {
      const s = slack(d, v);
      return [floor(minus(v, s)), plus(v, s)];
    }
    case 'nearly': return [floor(minus(v, slack(d, v))), v];
    case 'over':
    case 'atLeast': return [v, null];
    case 'upTo': return [null, v];
    default: return [v, v];
  }
}

/** How far "about" or "nearly" reaches from `v`: 10% of it, rounded and at least 1 for counts (only they need it: bigint arithmetic is dear). */
function slack(d: Draft, v: Exact): Exact {
  const tenth: Exact = { num: abs(v).num, den: abs(v).den * TEN.num };
  if (!(d.unit === null && isInteger(v))) return tenth;
  const rounded = round(tenth);
  return compare(rounded, integer(1)) < 0 ? integer(1) : rounded;
}

const num = (x: Exact | null) => (x === null ? null : toNumber(x));

function toFigure(ctx: ReadContext, d: Draft): Figure {
  const start = ctx.tokens[d.first].start;
  const end = ctx.tokens[d.last].end;
  const text = ctx.text.slice(start, end);
  if (d.kind === 'score') {
    return { start, end, text, value: null, min: null, max: null, approximate: false, unit: null, exact: d.score, precision: 0, kind: 'score' };
  }
  const precision = d.precisionNumber();
  if (d.value === null) {
    return { start, end, text, value: null, min: num(d.lo), max: num(d.hi), approximate: true, unit: d.unit, exact: null, precision, kind: d.kind };
  }
  // The exact decimal is parsed once; a bound the hedge leaves at the value (most figures have no hedge) is that number too.
  const exact = toDecimal(d.value);
  const value = exact !== null ? Number(exact) : toNumber(d.value);
  const [min, max] = hedged(d, d.value);
  const bound = (x: Exact | null) => (x === d.value ? value : num(x));
  const approximate = d.approximate || (d.hedge !== undefined && d.hedge !== 'exactly');
  return { start, end, text, value, min: bound(min), max: bound(max), approximate, unit: d.unit, exact, precision, kind: d.kind };
}
