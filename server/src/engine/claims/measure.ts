import { TokenKind, type Token } from '../text/tokens';
import { table } from '../text/table';
import { WordProperty } from '../text/vocabulary';
import { AUXILIARIES, isVerbFormToken } from './predicateWords';
import { stem } from '../text/lemma';
import { MONTHS, PERSON_NOUNS, TIME_NOUNS, WEEKDAYS, singular } from '../text/lexicon';
import { cardinalWord } from '../figures/numberWords';
import { DEMONYM_KEY } from '../entities/gazetteer';
import { EVENT_NOUNS, ballotSideOf, isElectorate, metricNameEndingAt, metricOf, metricOfVerb, roundsUp } from '../beats/vocabulary';
import type { Claim, Entity } from '../types';
import type { FigureMatch } from '../figures/findFigures';
import { nounClass } from './nounPhrase';
import { isCapitalized as isCapitalizedWord, startsUpper } from '../text/letterCase';

/**
 * What a figure measures, when it is a level or a change of something named around it rather than
 * a count of things: "Revenue rose 12% to $4.1 billion" is a +12% change and a $4.1 billion level
 * of revenue; "the jobless rate fell to 4.2%" a level; "up from $3.7 billion" a baseline (the level
 * of an earlier period); "Shr 25 cts vs 18 cts" a level and its baseline. The counted thing is read
 * before the figure (the subject of the verb that moves it, "revenue of", "Net"), after it ("$5
 * million in damages", "52% of the vote") or from the figure before ("rose 12% to …").
 */
export interface Measure {
  /** The metric's key: a beat's ("revenue", "unemployment rate") or else the head noun's class. */
  readonly key: string;
  /** The metric as written ("Third-quarter revenue"). */
  readonly text: string;
  readonly aspect: 'level' | 'change';
  /** For a change: +1 up ("rose", "up"), -1 down ("fell", "down"), 0 unsaid. */
  readonly direction: -1 | 0 | 1;
  /** A level of an earlier period, stated for comparison: "from 8%", "vs 18 cts", "up from $3.7 billion". */
  readonly baseline: boolean;
  /** An expectation rather than a result: "expects revenue of", "is forecast to grow 2%". */
  readonly forecast: boolean;
  /** The words that say what happened, for messages: "rose", "fell to", "of". */
  readonly verb: string | null;
  /** Whose metric, when the copy says so next to it: "Apple's revenue", "HP shares" → "apple", "hp". */
  readonly holder: string | null;
  /**
   * Which kind of the metric its modifiers name, when they name one: "car sales" → "car", "Oper net
   * profit" → "oper", "voice traffic" → "voice". Two figures of one metric with different kinds are
   * two quantities; words of period or scope ("quarterly", "total", "third-quarter") name no kind.
   */
  readonly qualifier?: string | null;
}

/** The predicate keys of measures: what a figure says of its metric. */
export const MEASURE_ASPECTS: ReadonlySet<string> = new Set(['level', 'change', 'expected level', 'expected change']);

/** Whether a claim is a measure (a level or change of a metric) rather than a count of things. */
export function isMeasure(claim: Claim): boolean {
  return claim.predicateKey !== null && MEASURE_ASPECTS.has(claim.predicateKey);
}

/**
 * Whether a claim counts what an incident did (its beat rounds counts up, or no beat read it and it
 * counts people): such claims are scoped by round-up cues and past dates, the others by their periods.
 */
export function countsAnIncident(claim: Claim): boolean {
  return !isMeasure(claim) && isIncidentCount(claim.beat, claim.nounKey);
}

/**
 * Whether a count of a beat, or of no beat, of `nounKey` is rounded up like an incident's: a count of
 * things no beat reads ("a total of 14 new wells", "launched four issues") is a measure of them.
 */
export function isIncidentCount(beat: string | null, nounKey: string | null): boolean {
  return beat !== null ? roundsUp(beat) : nounKey === null || nounKey.startsWith('time:') || INCIDENT_KEYS.has(nounKey);
}

/**
 * A count of the incidents themselves ("three separate shootings", "two weekend shootings"): the words that make a
 * story a round-up count what it rounds up, a quantity of the story, never a round-up of itself.
 */
export function countsIncidents(nounKey: string | null): boolean {
  return nounKey !== null && INCIDENT_NOUN_KEYS.has(nounKey);
}

const INCIDENT_NOUN_KEYS: ReadonlySet<string> = new Set([...EVENT_NOUNS].map(singular));

/** The quantity keys of people ("people", "officer", "men") and of incidents ("six shootings"). */
const INCIDENT_KEYS: ReadonlySet<string> = new Set(['people', ...[...PERSON_NOUNS, ...EVENT_NOUNS].flatMap((n) => [n, singular(n)])]);

/** What a measure may inherit from the figure before it: "rose 12% to $4.1 billion", "25 cts vs 18 cts". */
export interface PreviousMeasure {
  readonly measure: Measure;
  /** The previous figure's last token. */
  readonly last: number;
  readonly unit: string | null;
}

export interface MeasureContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly match: FigureMatch;
  /** The measure of the figure before in this sentence, if it was one. */
  readonly previous?: PreviousMeasure;
  /** The counted noun right after the figure, if any ("12% stake", "$5 billion deal"). */
  readonly nounAfter: { first: number; last: number } | null;
  /** The figure before in this sentence when it counted things rather than measured: its last token and what it counted. */
  readonly previousCount?: { readonly last: number; readonly key: string };
  /** The basis the sentence states for all its figures ("in nominal terms"). */
  readonly inTerms: TermsBasis;
}

const UP = stems(['rise', 'climb', 'jump', 'gain', 'grow', 'increase', 'appreciate', 'surge', 'soar', 'advance', 'raise', 'boost', 'lift', 'widen', 'expand', 'improve', 'rebound', 'rally', 'accelerate', 'swell', 'spike', 'add', 'double', 'triple', 'quadruple', 'firm', 'recover', 'strengthen', 'hike']);
const DOWN = stems(['fall', 'drop', 'decline', 'decrease', 'depreciate', 'devalue', 'slip', 'slide', 'slump', 'plunge', 'tumble', 'sink', 'dip', 'shrink', 'lose', 'narrow', 'cut', 'reduce', 'lower', 'ease', 'contract', 'shed', 'sag', 'retreat', 'weaken', 'plummet', 'halve', 'trim', 'slash', 'decelerate', 'slow', 'fell']);
/** Adverbs of change right before a figure: "up 12%", "down 3 pct", "12% higher". */
const CHANGE_ADVERBS: Readonly<Record<string, 1 | -1>> = table({ up: 1, down: -1, higher: 1, lower: -1, more: 1, less: -1, ahead: 1, off: -1 });
/** Nouns of change: "a 12% rise in revenue", "revenue growth of 4%". */
const CHANGE_NOUNS: Readonly<Record<string, 1 | -1 | 0>> = table({
  rise: 1, rises: 1, increase: 1, increases: 1, gain: 1, gains: 1, growth: 1, jump: 1, surge: 1, climb: 1, advance: 1, rebound: 1, hike: 1,
  drop: -1, drops: -1, decline: -1, declines: -1, fall: -1, falls: -1, decrease: -1, cut: -1, cuts: -1, reduction: -1, slump: -1, dip: -1, slide: -1, contraction: -1,
  change: 0, swing: 0, revision: 0, revisions: 0,
});
/** Verbs that state a level: "revenue was $4.1 billion", "unemployment stood at 4.2%", "sales totaled". */
const LEVEL_VERBS = stems(['be', 'run', 'measure', 'total', 'reach', 'hit', 'stand', 'come', 'amount', 'equal', 'register', 'record', 'post', 'report', 'show', 'value', 'estimate', 'put', 'peg', 'top', 'exceed', 'average', 'remain', 'hover', 'stay', 'sit', 'end', 'close', 'finish', 'open', 'trade', 'settle', 'set']);
/** Words that make a figure an expectation: "expects revenue of", "is forecast to grow". */
const FORECAST = new Set(stems(['expect', 'see', 'forecast', 'project', 'predict', 'target', 'guidance', 'outlook', 'anticipate', 'plan', 'aim', 'hope', 'seek', 'budget', 'will', 'would', 'could', 'should', 'may', 'might', 'likely', 'hope', 'intend']));
/** Words between a subject and its verb: auxiliaries, modals, adverbs of degree. */
const BETWEEN = new Set(['need', 'needs', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'to', 'also', 'just', 'only', 'still', 'reportedly', 'respectively', 'further', 'again', 'then', 'so', 'far', 'already', 'each', 'both', 'all', 'its', 'their', 'nearly', 'almost', 'expected', 'forecast', 'projected', 'seen', 'likely', 'set', 'due', 'estimated', 'said', 'says', 'currently', 'recently', 'previously', 'initially', 'originally', 'eventually', 'subsequently', 'sharply', 'slightly', 'steadily', 'largely', 'mostly', 'partly', 'officially', 'now']);
/** Who or what does things, never what is measured: "the company lost $5 million" measures no "company". */
export const AGENTS: ReadonlySet<string> = new Set(['age', 'ages', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'company', 'companies', 'firm', 'firms', 'group', 'groups', 'bank', 'banks', 'government', 'ministry', 'department', 'corporation', 'corp', 'inc', 'co', 'ltd', 'plc', 'unit', 'subsidiary', 'maker', 'producer', 'board', 'committee', 'court', 'agency', 'authority', 'council', 'union', 'party', 'team', 'club', 'side', 'state', 'country', 'city', 'which', 'that', 'who', 'analysts', 'officials', 'spokesman', 'spokeswoman', 'sources', 'chipmaker', 'carrier', 'operator', 'retailer', 'insurer', 'lender', 'airline', 'automaker', 'investors', 'shareholders']);
/** Words that end the metric's noun phrase on its left. */
const NP_STOP = new Set(['vs', 'vs.', 'versus', 'against', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'with', 'as', 'than', 'said', 'says', 'while', 'when', 'after', 'before', 'since', 'because', 'which', 'who', 'that', 'where', 'if', 'whose', 'per']);
/** Prepositions that may stand between a metric and its verb: "Sales at the unit rose", "Revenue in the third quarter fell". */
const PP_PREPOSITIONS = new Set(['at', 'in', 'for', 'of', 'from', 'during', 'across', 'to', 'on', 'by', 'among', 'within']);
/** After an amount: "$5 million in damages", "$4.1 billion of sales", "52% of the vote". */
const AFTER_PREPOSITIONS = new Set(['in', 'of']);

/**
 * "a seasonally adjusted", "an annualized", "a record": an article and the adjectives of the figure
 * after them, ending at `k`; the index before them, or `k` where there are none.
 */
function pastFigureAdjectives(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j >= 0 && j > k - 4 && isWord(tokens, j) && FIGURE_ADJECTIVE.test(w(tokens, j))) j--;
  return j < k && /^(a|an)$/.test(w(tokens, j)) ? j - 1 : k;
}

/** The metric of the terms a party offers or is offered, stated in brackets after its name. */
const TERMS = 'terms';

/**
 * The name right before a bracket that holds the figure starting at `first` and nothing but terms
 * (durations, amounts): "the Nationals (eight years, $160 million)", "Acme Corp (cash, $40 a share)".
 */
function bracketedAfterName(tokens: readonly Token[], first: number): string | null {
  let open = first - 1;
  while (open >= 0 && first - open <= BRACKET_TERMS && tokens[open].text !== '(' && tokens[open].text !== ')' && !isVerbFormToken(tokens[open])) open--;
  if (tokens[open]?.text !== '(' || !isCapitalized(tokens, open - 1)) return null;
  return tokens.slice(nameStart(tokens, open - 1), open).map((t) => t.lower).join(' ').replace(/^the /, '');
}

/** How many tokens of terms may stand in a bracket before its amount: "(seven years, $". */
const BRACKET_TERMS = 5;

/** The metric of what part of a company someone owns. */
const STAKE = 'stake';

/** "… 2,890,000 of its ordinary shares or", "four mln shares outstanding, or": a count of shares ends at `k`, before "or". */
function restatesShares(tokens: readonly Token[], k: number): boolean {
  if (w(tokens, k) !== 'or') return false;
  for (let j = tokens[k - 1]?.text === ',' ? k - 2 : k - 1; j >= 0 && j >= k - 5; j--) {
    if (SHARE_WORDS.has(w(tokens, j))) return tokens.slice(Math.max(0, j - 5), j).some((t) => t.kind === TokenKind.Number);
    if (!isWord(tokens, j)) return false;
  }
  return false;
}

const SHARE_WORDS = new Set(['shares', 'stock']);

/** "shipped 40,000 units, up 12%", "a crop of 5.26 mln tonnes, down four pct": a change set off right after a count (its comma at `k`) is the change of what it counts. */
function changeOfCount(ctx: MeasureContext, k: number, direction: 1 | -1, verb: string | null): Measure | undefined {
  const count = ctx.previousCount;
  // the count's figure, and the words of what it counts, end at the comma
  if (!count || ctx.tokens[k]?.text !== ',' || k - 1 - count.last > COUNTED_WORDS || !ctx.tokens.slice(count.last + 1, k).every((t) => t.kind === TokenKind.Word)) return undefined;
  return { key: count.key, text: count.key, aspect: 'change', direction, baseline: false, forecast: false, verb, holder: null };
}

/** How many words of what a count counts may stand between it and a change set off after it: "40,000 new units,". */
const COUNTED_WORDS = 3;

/** The kind of an amount restated in another currency. */
const CONVERTED = 'converted';

/**
 * "about US $160 million", "some A$2 billion": a country's prefix written apart from the currency sign
 * the figure starts with (and a hedge before it), ending at `k`; the index before them, or `k`.
 */
function pastCurrencyPrefix(tokens: readonly Token[], k: number, match: FigureMatch): number {
  if (!isMoney(match.figure.unit) || !/^\p{Sc}/u.test(tokens[match.first]?.text ?? '') || !/^(US|U\.S\.|A|C|NZ|HK|S)$/.test(tokens[k]?.text ?? '')) return k;
  return HEDGES.has(w(tokens, k - 1)) ? k - 2 : k - 1;
}

const HEDGES = new Set(['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'approximately', 'an', 'estimated']);

/**
 * "estimated by the Greek chamber of commerce at", "valued by analysts at": the agent of a passive
 * (`by` and a noun phrase after a past participle) ending at `k`; the index of the participle, or `k`.
 */
function pastAgent(tokens: readonly Token[], k: number): number {
  for (let by = k; by >= 1 && by >= k - 7; by--) {
    if (w(tokens, by) === 'by') return by > 0 && isWord(tokens, by - 1) && /ed$/.test(w(tokens, by - 1)) && by < k ? by - 1 : k;
    if (!isWord(tokens, by) || CLAUSE_BREAK.has(w(tokens, by))) return k;
  }
  return k;
}

const FIGURE_ADJECTIVE = /^(\w+ly|(non-|seasonally-|un)?adjusted|annuali[sz]ed|record|revised|further|modest|nominal|real|provisional|preliminary|estimated|total|net|gross|whopping|mere|additional|average)$/;

/** A day named by a word: "yesterday", "Tuesday", "today". */
function isDayWord(word: string): boolean {
  return WEEKDAYS[word] !== undefined || DAY_WORDS.has(word);
}

const DAY_WORDS = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);

/** A day's or a month's name: "Tuesday", "today", "January". */
function isDateWord(word: string): boolean {
  return isDayWord(word) || MONTHS[word] !== undefined;
}

function stems(words: readonly string[]): string[] {
  return words.map(stem);
}

const UP_SET = new Set(UP);
const DOWN_SET = new Set(DOWN);
const LEVEL_SET = new Set(LEVEL_VERBS);

/** What a word's stem makes it among the verbs of measures, as flags of `STEMMED`. */
const enum Stemmed {
  Up = 1,
  Down = 2,
  Level = 4,
  ToLevel = 8,
  Forecast = 16,
  /** A verb a beat names a metric by ("earned", "bought"): `metricOfVerb` knows it. */
  MetricVerb = 32,
}

/**
 * The flags of each word, taken from its stem once and kept by word in the vocabulary: the readers of
 * measures ask them of nearly every word around every figure, which stemmed the same words again and again.
 */
const STEMMED = new WordProperty<Token>((t) => {
  // Every verb of the lists (and every verb a beat names a metric by) starts with a letter, which no number's or mark's
  // stem does: those are none of them, and stay out of the stems' cache.
  if (t.kind !== TokenKind.Word) return 0;
  const s = stem(t.lower);
  return (UP_SET.has(s) ? Stemmed.Up : 0) | (DOWN_SET.has(s) ? Stemmed.Down : 0) | (LEVEL_SET.has(s) ? Stemmed.Level : 0) |
    (TO_LEVEL.has(s) ? Stemmed.ToLevel : 0) | (FORECAST.has(s) ? Stemmed.Forecast : 0) | (metricOfVerb(t.lower) !== undefined ? Stemmed.MetricVerb : 0);
});

/** Whether the token at `k` (none outside the sentence) is a form of a verb of the kinds `flags`. */
function stemIs(tokens: readonly Token[], k: number, flags: number): boolean {
  const t = tokens[k];
  return t !== undefined && (STEMMED.of(t) & flags) !== 0;
}

/** The direction the verb at `k` moves what it measures: "rose" up, "fell" down. */
function changeDirection(tokens: readonly Token[], k: number): -1 | 0 | 1 | undefined {
  return stemIs(tokens, k, Stemmed.Up) ? 1 : stemIs(tokens, k, Stemmed.Down) ? -1 : undefined;
}

const w = (tokens: readonly Token[], i: number) => tokens[i]?.lower ?? '';
/** A possessive's ending: "Okafor's", and the apostrophe alone after a name ending in s ("Giles' 188 yards", "the Kings' 301"). */
export const POSSESSIVE_END = /(?:['’]s|(?<=s)['’])$/;
const isWord = (tokens: readonly Token[], i: number) => tokens[i]?.kind === TokenKind.Word;
/** A word that starts with a capital: part of a name, or a sentence's first word. */
export const isCapitalized = (tokens: readonly Token[], i: number) => isCapitalizedWord(tokens[i]);

/** The first token of the name (at most `NAME_WORDS` capitalized words) that ends at `last`; `last + 1` where no capitalized word ends there. */
function nameStart(tokens: readonly Token[], last: number): number {
  let first = last;
  while (first >= 0 && last - first < NAME_WORDS && isCapitalized(tokens, first)) first--;
  return first + 1;
}

const NAME_WORDS = 4;

/** The measure a figure states, or undefined when it counts things rather than measures something. */
export function readMeasure(ctx: MeasureContext): Measure | undefined {
  const measure = measureOf(ctx);
  if (!measure) return undefined;
  // "Money supply, M0, fell …", "rose a nominal 0.5 pct", "up 4.1 pct year-on-year": which one, on which basis
  const kind = [measure.qualifier, appositiveName(ctx.tokens, ctx.match.first, measure.text), basisOf(ctx, measure.aspect), paidIn(ctx, measure)].filter(Boolean).join(' ');
  return kind ? stated({ key: measure.key, text: measure.text, holder: measure.holder, qualifier: kind }, measure) : measure;
}

/**
 * A name set off by commas between the metric and its verb, naming which of the kind it is: "the
 * narrow measure of money supply, M0, fell" and "money supply, Sterling M3, rose" are two measures.
 */
function appositiveName(tokens: readonly Token[], figureFirst: number, metricText: string): string | null {
  const metricLast = metricText.slice(metricText.lastIndexOf(' ') + 1).toLowerCase();
  for (let close = figureFirst - 1; close >= 2 && close >= figureFirst - 8; close--) {
    if (tokens[close].text !== ',') continue;
    let open = close - 1;
    while (open >= 0 && close - open <= 4 && tokens[open].text !== ',') open--;
    if (open < 1 || tokens[open].text !== ',' || open === close - 1 || w(tokens, open - 1) !== metricLast) return null;
    const name = tokens.slice(open + 1, close);
    return name.every((t) => /^[\p{Lu}\d]/u.test(t.text)) ? name.map((t) => t.lower).join(' ') : null;
  }
  return null;
}

/**
 * The basis a figure is stated on, where the copy says one that makes it another quantity than the
 * same metric's usual figure: nominal (not real) terms, not seasonally adjusted, annualized, or a
 * change over a year ("year-on-year", "on the year") rather than over the period before.
 */
function basisOf(ctx: MeasureContext, aspect: Measure['aspect']): string | null {
  const { tokens, match } = ctx;
  for (let k = match.first - 1; k >= 0 && k >= match.first - 4 && isWord(tokens, k); k--) {
    const basis = BASIS_BEFORE[w(tokens, k)];
    if (basis) return basis;
  }
  const inTerms = ctx.inTerms.basis;
  if (inTerms !== null) return inTerms;
  // a count's rate follows what it counts: "9,400 spectators a game"
  const end = match.figure.unit === null && ctx.nounAfter?.first === match.last + 1 ? ctx.nounAfter.last : match.last;
  // Most figures are followed by no basis, told by the first word alone, without joining the words after it.
  if (!BASIS_OPENING.test(w(tokens, end + 1))) return null;
  const after = tokens.slice(end + 1, end + 6).map((t) => t.lower).join(' ');
  if (/^(at an annual(ized|ised)? rate|annuali[sz]ed)\b/.test(after)) return 'annualized';
  // "$22 million per season", "$5 an hour" (where the unit does not say so): a rate, not a total
  const rate = /^(per|a|an) (year|season|month|week|day|game|hour|night|head|person)\b(?! (earlier|ago|before|later|after))/.exec(after);
  if (rate && !match.figure.unit?.includes('/')) return `per ${rate[2]}`;
  if (aspect === 'change' && /^(year-on-year|year-over-year|yoy|on the year|over the year|on a year earlier|from a year (earlier|ago|before))\b/.test(after)) return 'year-on-year';
  return null;
}

/**
 * "in nominal terms", "in unadjusted terms": a basis a sentence states for its figures, read once per
 * sentence when a figure first asks, not once per figure: a wire's table line is one sentence of
 * dozens of figures, and the scan goes over all its words.
 */
export class TermsBasis {
  private read: string | null | undefined;

  constructor(private readonly tokens: readonly Token[]) {}

  get basis(): string | null {
    if (this.read === undefined) this.read = firstBasisInTerms(this.tokens);
    return this.read;
  }
}

function firstBasisInTerms(tokens: readonly Token[]): string | null {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].lower !== 'terms') continue;
    const basis = BASIS_BEFORE[tokens[k - 1].lower];
    if (basis) return basis;
  }
  return null;
}

/**
 * The one form part of an amount is paid in: "$281 million in cash and the rest in stock" is the cash
 * part of a price, another quantity than the whole price; "$2.4 billion in cash" alone, or "in cash and
 * stock", is the whole.
 */
function paidIn(ctx: MeasureContext, measure: Measure): string | null {
  const { tokens, match } = ctx;
  const form = w(tokens, match.last + 2);
  // "€3.5m in bonds" with nothing else named: the bonds are what the amount measures, not the form it takes
  if (!isMoney(match.figure.unit) || w(tokens, match.last + 1) !== 'in' || !PAYMENT_FORMS.has(form) || measure.text.toLowerCase().endsWith(form)) return null;
  if (/^(and|or|plus)$/.test(w(tokens, match.last + 3))) return null;
  // "for $2.4 billion in cash" is the whole price, paid in cash; a part only where the copy names the rest
  const rest = tokens.slice(match.last + 3).some((t) => /^(rest|remainder|balance)$/.test(t.lower) || PAYMENT_FORMS.has(t.lower) && t.lower !== form);
  return rest ? `in ${singular(form)}` : null;
}

const PAYMENT_FORMS = new Set(['cash', 'stock', 'shares', 'stocks', 'bonds', 'notes', 'debt', 'securities', 'warrants']);

/** The first words of the bases `basisOf` reads after a figure: "at an annual rate", "annualized", "per year", "a game", "year-on-year", "on the year". */
const BASIS_OPENING = /^(at|annuali[sz]ed|per|an?|year-on-year|year-over-year|yoy|on|over|from)\b/;

const BASIS_BEFORE: Readonly<Record<string, string>> = table({
  nominal: 'nominal', 'non-adjusted': 'not adjusted', unadjusted: 'not adjusted', 'non-seasonally': 'not adjusted', annualized: 'annualized', annualised: 'annualized',
});

function measureOf(ctx: MeasureContext): Measure | undefined {
  const { tokens, match } = ctx;
  const previous = ctx.previous;
  /** Token `i` ends the figure before (or its comma): "rose 12% to …", "$4.1 billion, up 12%". */
  const afterPrevious = (i: number) => previous !== undefined && (previous.last === i || tokens[i]?.text === ',' && previous.last === i - 1);
  let k = match.first - 1;
  let aspect: Measure['aspect'] = 'level';
  let direction: Measure['direction'] = 0;
  let baseline = false;
  // "was down 3 per cent": the figure carries its change ("down 3%" reads as -3)
  // ("more than 5 percent" is a bound, not a change)
  const inside = w(tokens, match.first + 1) === 'than' ? undefined : CHANGE_ADVERBS[w(tokens, match.first)];
  if (inside !== undefined) {
    const subject = skipAsides(tokens, k);
    const metric = subject > (previous?.last ?? -1) ? metricBefore(ctx, subject, previous?.last ?? -1, true) : undefined;
    const said = w(tokens, match.first);
    if (metric) return stated(metric.measure, { aspect: 'change', direction: inside, baseline: false, forecast: forecastBefore(tokens, k), verb: said });
    if (previous) return inherit(previous.measure, { aspect: 'change', direction: inside, baseline: false }, said);
    const ofCount = changeOfCount(ctx, k, inside, said);
    if (ofCount) return ofCount;
  }
  // "£1.2 billion ($2.3 billion)", "€2 million ($2.6 million)": an amount restated in brackets in another currency is the same
  // measure, converted: the outlet's own arithmetic, compared only with another outlet's conversion
  if (tokens[k]?.text === '(' && previous !== undefined && previous.last === k - 1 && isMoney(match.figure.unit) && isMoney(previous.unit)) {
    const converted = inherit(previous.measure, { aspect: previous.measure.aspect, direction: previous.measure.direction, baseline: previous.measure.baseline }, null);
    return stated({ key: converted.key, text: converted.text, holder: converted.holder, qualifier: [previous.measure.qualifier, CONVERTED].filter(Boolean).join(' ') }, converted);
  }
  // "the Orioles (seven years, $150 million) and the Nationals (eight years, $160 million)": terms in brackets after a name are its
  const terms = isMoney(match.figure.unit) ? bracketedAfterName(tokens, match.first) : null;
  if (terms) return { key: TERMS, text: 'terms', aspect: 'level', direction: 0, baseline: false, forecast: false, verb: null, holder: terms };
  // "owns four mln of its 30.3 mln shares, or 13.3 pct": a percentage restating a number of shares is a stake
  if (match.figure.unit === 'percent' && restatesShares(tokens, k)) return { key: STAKE, text: 'stake', aspect: 'level', direction: 0, baseline: false, forecast: false, verb: null, holder: null };
  // "worth about US $160 million": a country's prefix of the currency, and a hedge before it, stand between the figure and its marker
  k = pastCurrencyPrefix(tokens, k, match);
  // "rose a seasonally adjusted 1.1 pct", "fell an annualized 3%": what describes the figure stands between it and its verb
  k = pastFigureAdjectives(tokens, k);
  // The marker right before the figure: "to", "from", "by", "vs", "compared with", "of", "at".
  const marker = MARKERS[w(tokens, k)] ?? (w(tokens, k) === 'with' && /^(compared|comparing)$/.test(w(tokens, k - 1)) ? 'baseline' : undefined);
  const worth = w(tokens, k) === 'worth';
  if (marker) k -= marker === 'baseline' && w(tokens, k) === 'with' ? 2 : 1;
  // "was estimated by the chamber of commerce at $200 million": a passive's agent stands between its verb and the figure's marker
  if (marker === 'at' || marker === 'to') k = pastAgent(tokens, k);
  if (marker === 'baseline' || marker === 'from') baseline = true;
  if (marker === 'by') aspect = 'change';
  // "$610 million, or 92 cents a share": the same measure in another unit
  if (!marker && w(tokens, k) === 'or' && afterPrevious(k - 1)) return inherit(previous!.measure, { aspect: previous!.measure.aspect, direction: previous!.measure.direction, baseline: previous!.measure.baseline }, 'or');
  // "dropped $2.49, more than 5 percent,": the same change restated in another unit
  if (!marker && tokens[k]?.text === ',' && afterPrevious(k) && previous!.unit !== match.figure.unit) return inherit(previous!.measure, { aspect: previous!.measure.aspect, direction: previous!.measure.direction, baseline: previous!.measure.baseline }, null);
  // "55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt and 82 percent in India": a list's item that
  // names only its place is the measure before, there
  const place = !marker && previous?.unit === match.figure.unit && (tokens[k]?.text === ',' || w(tokens, k) === 'and') ? placeAfter(tokens, match.last + 1) : null;
  if (place && previous!.measure.holder !== null) {
    const { key, text, qualifier, aspect, direction, forecast } = previous!.measure;
    return stated({ key, text, holder: place, qualifier }, { aspect, direction, baseline: false, forecast, verb: null });
  }
  // "rose 12% to $4.1 billion", "down 3% at 95 million pounds", "25 cts vs 18 cts", "rose 3.7 pct during December to 9.82 billion"
  if ((marker === 'to' || marker === 'at' || baseline) && (afterPrevious(k) || afterPrevious(pastPeriodPhrase(tokens, k, previous?.last ?? k)))) return inherit(previous!.measure, { aspect: 'level', direction: 0, baseline }, saidBy(ctx, k + 1));
  // "fell to 4.2% in March from 4.5% in February": a baseline after the measure's own period
  if (baseline && previous && isWord(tokens, k) && !isVerbOfMeasure(tokens, k)) return inherit(previous.measure, { aspect: 'level', direction: 0, baseline }, saidBy(ctx, k + 1));
  // "to finish yesterday at $24.13", "sharply higher": adverbs and days between the verb and the figure
  while (k >= 0 && isWord(tokens, k) && (/ly$/.test(w(tokens, k)) && w(tokens, k) !== 'only' || isDayWord(w(tokens, k)))) k--;
  // A verb or adverb of change ("rose", "up"), or a verb of level ("was", "stood", "totaled").
  let verb: number | undefined;
  // After "of" the word is a noun ("an increase of", "a contract worth"), not a verb.
  const adverb = marker === 'of' ? undefined : CHANGE_ADVERBS[w(tokens, k)];
  const moved = marker === 'of' ? undefined : adverb ?? (isWord(tokens, k) ? changeDirection(tokens, k) : undefined);
  if (moved !== undefined) {
    verb = k;
    if (!marker) {
      aspect = 'change';
      direction = moved;
    } else if (marker === 'by') direction = moved;
    k--;
    // "$4.1 billion, up 12%", "$4.1 billion in the quarter, up from $3.7 billion": after a comma, of the measure before
    if (adverb !== undefined && previous && (afterPrevious(k) || tokens[k]?.text === ',')) return inherit(previous!.measure, { aspect, direction, baseline }, saidBy(ctx, verb));
    const ofCount = adverb !== undefined && !marker ? changeOfCount(ctx, k, adverb, saidBy(ctx, verb)) : undefined;
    if (ofCount) return ofCount;
  } else if (marker !== 'of' && isWord(tokens, k) && stemIs(tokens, k, Stemmed.Level)) {
    verb = k--;
  } else if (marker === 'to' || marker === 'by' || marker === 'from') {
    // "raised its dividend to 12 cts", "cut the reserve requirement for banks by half a point": what the verb moves
    const moved = movedObject(ctx, k, aspect, baseline);
    if (moved) return moved;
    // "used by 70 percent of readers", "close to 90 percent of the traffic": else a share named after the figure
    if (!isShare(ctx)) return undefined;
    aspect = 'level';
  } else if (!marker) {
    // "cut its dividend 10 pct", "is reducing its gas rate four pct"
    const moved = movedObject(ctx, k, 'change', false);
    if (moved) return moved;
  }
  const forecast = forecastBefore(tokens, verb ?? k);
  const said = verb !== undefined ? saidBy(ctx, verb) : marker ? saidBy(ctx, k + 1) : null;
  // The metric's noun phrase before the verb (or the marker): "Third-quarter revenue", "the jobless rate", "Net",
  // past auxiliaries and asides ("The Retail Price Index (RPI), Britain's measure of inflation, rose …").
  const beforeAsides = k;
  k = skipAsides(tokens, k);
  // "the deal, valued at …", "the country's debt, expected to grow by …": a participle set off after its subject
  // "its offer, worth $160 million": so is "worth"
  if (tokens[k]?.text === ',' && (verb !== undefined && (/ed$/.test(w(tokens, verb)) || k < beforeAsides) || worth)) k--;
  // "the value of exports from the Netherlands in calendar 1986 fell": past the phrases of place and time after the metric
  const pastPhrases: Setting = verb !== undefined ? pastPlaceAndTime(tokens, k, previous?.last ?? -1) : { k, place: null, partners: [] };
  k = pastPhrases.k;
  const stop = previous?.last ?? -1;
  const metric = k > stop ? metricBefore(ctx, k, stop, verb !== undefined || marker === 'of' || marker === 'at') : undefined;
  // "revenue growth of 12%", "a decline of 3%", "…, an increase of 18.3%": the change of what the noun before names
  const changeNoun = marker === 'of' && verb === undefined ? CHANGE_NOUNS[w(tokens, k)] : undefined;
  if (changeNoun !== undefined) {
    // the words before the change noun in its phrase name what changes ("revenue growth"); "growth of 2%" alone is a level of growth
    const phrase = nounPhraseBefore(tokens, k, stop);
    const of = phrase && phrase.first < k ? knownMetric(ctx, phrase.first, k - 1) ?? metricBefore(ctx, k - 1, phrase.first - 1, true) : undefined;
    if (of) return stated(of.measure, { aspect: 'change', direction: changeNoun, baseline, forecast, verb: said });
    const before = /^(a|an)$/.test(w(tokens, k - 1)) ? k - 2 : k - 1;
    if (previous && tokens[before]?.text === ',') return inherit(previous.measure, { aspect: 'change', direction: changeNoun, baseline }, said);
  }
  // "the app has reached 350 million monthly active users", "the outbreak has grown to 64 confirmed cases": a count
  // names what it counts right after it; the subject before the verb says whose it is
  const countedAfter = metric && match.figure.unit === null && ctx.nounAfter?.first === match.last + 1 ? knownMetric(ctx, ctx.nounAfter.first, ctx.nounAfter.last) : undefined;
  if (countedAfter) {
    const { key, text, qualifier } = countedAfter.measure;
    return stated({ key, text, qualifier, holder: countedAfter.measure.holder ?? placed(metric!.measure, pastPhrases).holder }, { aspect, direction, baseline, forecast, verb: said });
  }
  if (metric) {
    // "Shr 25 cts vs loss 44 cts": a baseline named again after "vs"
    const again = BASELINE_WORDS.has(w(tokens, metric.first - 1)) && afterPrevious(metric.first - 2);
    // "Oper net profit 842,000 vs loss 306,000": a sign alone after "vs" is a loss (or a profit) of the line's own metric,
    // never of the plain net a wire without "Oper" gives
    const signOf = again && SIGN_WORDS.has(metric.measure.text.toLowerCase()) ? joinWords('of', previous!.measure.key, previous!.measure.qualifier ?? null) : null;
    // "Acme reported a net loss of …": whose, by the subject of the verb that takes the metric
    const set = placed(metric.measure, pastPhrases);
    return stated({ key: metric.measure.key, text: metric.measure.text, qualifier: joinWords(set.qualifier, signOf), holder: set.holder ?? objectOf(tokens, metric.first) }, { aspect, direction, baseline: baseline || again, forecast, verb: said });
  }
  // "grew 0.4% …, after shrinking 0.1%": a change whose verb has no subject of its own moves the measure before
  if (verb !== undefined && aspect === 'change' && previous && ELLIPSIS.has(w(tokens, k))) return inherit(previous.measure, { aspect, direction, baseline }, said);
  // "Initech shares recovered on Wednesday, rising 90 cents": a participle after a comma has the sentence's subject
  if (verb !== undefined && !previous && /ing$/.test(w(tokens, verb)) && (tokens[verb - 1]?.text === ',' || ELLIPSIS.has(w(tokens, verb - 1)))) {
    const subject = sentenceSubject(ctx, verb);
    if (subject) return stated(subject.measure, { aspect, direction, baseline, forecast, verb: said });
  }
  // "soared $5.27 to finish at $24.13", "fell 3%, closing at 95": a level whose verb has no subject of its own is of the measure before
  if (verb !== undefined && aspect === 'level' && previous && linkedTo(tokens, previous.last, verb)) return inherit(previous.measure, { aspect, direction: 0, baseline }, said);
  // "bought the chipmaker for $5.4 billion", "earned $4.5 million": a verb whose class names what the amount is.
  // A metric named right after the amount says more than the verb: "paid a €45 million penalty".
  const byVerb = isMoney(match.figure.unit) && !(ctx.nounAfter && knownMetric(ctx, ctx.nounAfter.first, ctx.nounAfter.last)) ? measuredByVerb(tokens, match.first) : undefined;
  if (byVerb) return stated(byVerb, { aspect: 'level', direction: 0, baseline: false, forecast, verb: byVerb.verb });
  // "a dividend of 46 cts, seven pct higher than the current rate", "96.6 pct up on 1985": a change said after the figure
  const later = CHANGE_ADVERBS[w(tokens, match.last + 1)];
  if (later !== undefined && verb === undefined) {
    aspect = 'change';
    direction = later;
    if (previous && tokens[k]?.text === ',') return inherit(previous.measure, { aspect, direction, baseline }, w(tokens, match.last + 1));
  }
  // After the figure: "$5 million in damages", "52% of the vote", "a 12% rise in sales", "a 12% stake".
  const after = metricAfter(ctx, aspect, direction, forecast);
  if (after) return stated({ key: after.key, text: after.text, qualifier: after.qualifier, holder: after.holder ?? (verb !== undefined ? subjectBefore(tokens, verb) : verbBefore(ctx)) }, after);
  // "rose 1.1 pct in January after a 0.2 pct rise in December": a change noun without a metric of its own changes the measure before
  const changeAfter = CHANGE_NOUNS[w(tokens, match.last + 1)];
  if (changeAfter !== undefined && previous && ELLIPSIS.has(w(tokens, /^(a|an)$/.test(w(tokens, match.first - 1)) ? match.first - 2 : match.first - 1))) {
    return inherit(previous.measure, { aspect: 'change', direction: changeAfter, baseline: false }, null);
  }
  // "Smith won 52% of the vote, while Jones took 45%": a figure in the unit of the measure before, with a subject of its own
  const own = verbBefore(ctx);
  if (previous && own !== null && sameUnit(ctx, previous)) {
    const { key, text, qualifier } = previous.measure;
    return stated({ key, text, qualifier, holder: own }, { aspect, direction, baseline, forecast, verb: saidBy(ctx, match.first - 1) });
  }
  // "settled the lawsuit for $5.5 million", "will lend Sudan $57 million": an amount some verb moves;
  // "$5 million will be spent on …", "the $14 million earned a year ago": or the verb after it
  if (isMoney(match.figure.unit)) return amountBeforeVerb(ctx, forecast) ?? verbAmount(ctx, forecast);
  // "Okafor shot 45 percent from the field", "is polling 38 percent": a percentage is never a count of what its verb
  // does to things, but the share or rate of it
  if (match.figure.unit === 'percent') return verbAmount(ctx, forecast, 'share');
  // "a magnitude 6.1 earthquake", "10,000 acres": a measure's unit names what it measures
  const unit = match.figure.unit;
  return unit !== null && !/^(percent|percentage points|fraction|times)$|\//.test(unit) && metricOf(unit) !== undefined
    ? { key: metricOf(unit)!, text: unit, aspect, direction, baseline, forecast, verb: null, holder: null } : undefined;
}

/** A currency's amount (an ISO 4217 code), as opposed to a percentage or a count. */
function isMoney(unit: string | null): boolean {
  return unit !== null && /^[A-Z]{3}(\/|$)/.test(unit);
}

/**
 * The verb an amount is the object (or the price) of, within its clause: "lend Sudan $57 million",
 * "settled a lawsuit against the city for $5.5 million". Its stem names the amount ("amount:lend").
 */
function verbAmount(ctx: MeasureContext, forecast: boolean, what: 'amount' | 'share' = 'amount'): Measure | undefined {
  const { tokens, match } = ctx;
  // an amount may stand far from its verb ("settled a lawsuit against the city for"); a share is the verb's object
  const reach = what === 'amount' ? 10 : 2;
  for (let v = match.first - 1; v >= 0 && v >= match.first - reach; v--) {
    const t = tokens[v];
    if (t.kind !== TokenKind.Word || CLAUSE_BREAK.has(t.lower)) return undefined;
    if (!isVerbFormToken(t) && !AMOUNT_VERBS.has(stem(t.lower)) || REPORTING.has(stem(t.lower)) || AUXILIARIES.has(t.lower)) continue;
    // "rose 0.5 pct" is a change of its subject, however unread, never a share of rising
    if (what === 'share' && isVerbOfMeasure(tokens, v)) return undefined;
    return { key: `${what}:${stem(t.lower)}`, text: what, aspect: 'level', direction: 0, baseline: false, forecast, verb: t.text, holder: subjectBefore(tokens, v) };
  }
  return undefined;
}

/**
 * The verb an amount is the subject of (past an aside set off by commas), or the participle that
 * describes it: "about $5 million will be spent to continue", "21.4 billion francs, or two-thirds,
 * will go toward the debt", "the $90 million guaranteed to the shortstop last year". The verb names the
 * amount as it does an object's: a beat's metric ("earned" a net income) or the verb's own stem.
 */
function amountBeforeVerb(ctx: MeasureContext, forecast: boolean): Measure | undefined {
  const { tokens, match } = ctx;
  let k = match.last + 1;
  if (tokens[k]?.text === ',') {
    let close = k + 1;
    while (close < tokens.length && close <= k + ASIDE_WORDS && tokens[close].text !== ',') close++;
    if (tokens[close]?.text !== ',') return undefined;
    k = close + 1;
  }
  const start = k;
  while (PASSIVE_AUXILIARIES.has(w(tokens, k)) && k < start + 3) k++;
  const verb = w(tokens, k);
  // after a modal a verb's base ("will go"); after "be" a participle ("was spent", "has been paid");
  // without an auxiliary, only a participle after a determined amount ("the $90 million guaranteed", not "$5 million said")
  const base = k > start && MODALS.has(w(tokens, k - 1)) && !NP_STOP.has(verb) && !BETWEEN.has(verb);
  const participle = isVerbFormToken(tokens[k]) || /ed$/.test(verb) || AMOUNT_VERBS.has(stem(verb)) && stem(verb) !== verb;
  const determined = /^(the|a|an|its|their|his|her)$/.test(w(tokens, pastFigureAdjectives(tokens, match.first - 1)));
  if (!isWord(tokens, k) || !(base || participle && (k > start || determined && /ed$/.test(verb))) || REPORTING.has(stem(verb))) return undefined;
  const key = metricOfVerb(verb) ?? `amount:${stem(verb)}`;
  return { key, text: metricOfVerb(verb) ?? 'amount', aspect: 'level', direction: 0, baseline: false, forecast: forecast || MODALS.has(w(tokens, start)), verb: tokens[k].text, holder: null };
}

/** How many words an aside between commas may hold: ", or two-thirds,". */
const ASIDE_WORDS = 6;
/** Auxiliaries of a passive or a future after its subject: "will be spent", "has been set aside", "was paid". */
const PASSIVE_AUXILIARIES = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Verbs in the present that move money: "to lend", "will pay", "seeks". */
const AMOUNT_VERBS = new Set(stems(['pay', 'lend', 'spend', 'give', 'raise', 'invest', 'offer', 'seek', 'borrow', 'owe', 'cost', 'award', 'charge', 'settle', 'sell', 'buy', 'grant', 'donate', 'provide', 'allocate', 'approve', 'earn', 'save', 'steal', 'demand', 'claim', 'fine', 'bid', 'win', 'receive', 'collect', 'lose', 'inject', 'add']));
/** Verbs that take what they move to a level without saying which way: "brings the posted price to $17", "would limit card rates to 13.8%". */
const TO_LEVEL = new Set(stems(['bring', 'take', 'push', 'limit', 'cap', 'hold', 'keep', 'fix', 'peg', 'restrict', 'revise', 'adjust', 'change']));
/** Verbs that report rather than move: "said $5 million" is no amount of saying. */
const REPORTING = new Set(stems(['say', 'tell', 'report', 'announce', 'state', 'add', 'note', 'estimate', 'believe', 'think', 'confirm', 'expect']));

/**
 * Back past auxiliaries and asides to the subject's last word: "(RPI), Britain's measure of
 * inflation, rose", "Italy's gross domestic product (GDP) will grow".
 */
function skipAsides(tokens: readonly Token[], k: number): number {
  for (;;) {
    while (k >= 0 && BETWEEN.has(w(tokens, k))) k--;
    // "The quake, which measured 6.4": the relative pronoun's antecedent
    if (/^(which|that|who)$/.test(w(tokens, k)) && tokens[k - 1]?.text === ',') k -= 2;
    const closer = tokens[k]?.text;
    const opener = closer === ')' ? '(' : closer === ',' ? ',' : undefined;
    if (!opener) return k;
    let j = k - 1;
    while (j >= 0 && k - j <= 12 && tokens[j].text !== opener) j--;
    if (j < 0 || tokens[j].text !== opener || k - j > 12) return k;
    k = j - 1;
  }
}

/** The subject of a verb whose object starts at `first`: "Acme reported a net loss", "Apple posted revenue". */
function objectOf(tokens: readonly Token[], first: number): string | null {
  let k = first - 1;
  while (k >= 0 && /^(a|an|the|its|their|record|total)$/.test(w(tokens, k))) k--;
  return isWord(tokens, k) && (isVerbFormToken(tokens[k]) || stemIs(tokens, k, Stemmed.Level)) && !BETWEEN.has(w(tokens, k)) ? subjectBefore(tokens, k) : null;
}

/** A holder that is a pronoun, until `resolvePronounHolders` names the person it stands for. */
export const PRONOUN = 'pronoun:he/she';

/**
 * "Okafor … He scored 31 points": a pronoun holder is the person the article named last before the
 * figure (within a few sentences), or no one.
 */
export function resolvePronounHolders(claims: Claim[], people: readonly Entity[]): void {
  for (let i = 0; i < claims.length; i++) {
    if (claims[i].holder !== PRONOUN) continue;
    const at = claims[i].figure.start;
    let named: Entity | undefined;
    for (const p of people) {
      if (p.end > at) break;
      if (at - p.end <= PRONOUN_REACH) named = p;
    }
    claims[i] = { ...claims[i], holder: named ? named.key : null };
  }
}

/**
 * "Initech shares fell …": a capital at the sentence start does not tell a name from a common word,
 * so the word was read as a kind of the metric; where the article writes it capitalized inside a
 * sentence too ("… after Initech cut its forecast"), it is a name, whose the metric is.
 */
export function resolveNamedQualifiers(claims: Claim[], text: string): void {
  // Whether the article writes a word capitalized inside a sentence, searched once per word: the claims of a
  // sentence (and the lines of a results table) share their first word.
  const namedInside = new Map<string, boolean>();
  // The capitalized word that opens the sentence of the claims before, and its lower case, read once for all of them.
  let start = -1;
  let end = -1;
  let first: string | undefined;
  let firstLower = '';
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.qualifier === null || c.holder !== null) continue;
    if (c.sentence.start !== start || c.sentence.end !== end) {
      ({ start, end } = c.sentence);
      first = CAPITALIZED_OPENING.exec(text.slice(start, end))?.[1];
      firstLower = first?.toLowerCase() ?? '';
    }
    if (first === undefined || !opensWith(c.qualifier, firstLower)) continue;
    let named = namedInside.get(first);
    if (named === undefined) namedInside.set(first, (named = writtenInside(text, first)));
    if (!named) continue;
    const rest = c.qualifier.split(' ').slice(1).join(' ');
    claims[i] = { ...c, holder: firstLower, qualifier: rest || null };
  }
}

/** A sentence's first word where it starts with a capital, past opening quotes and brackets. */
const CAPITALIZED_OPENING = /^[\s"'“‘(]*(\p{Lu}[\p{L}\d&-]*)/u;

/** Whether the first of the words `words` is `word` (what `words.split(' ')[0] === word` says, without splitting them). */
function opensWith(words: string, word: string): boolean {
  return words.startsWith(word) && (words.length === word.length || words[word.length] === ' ');
}

/**
 * Whether `text` writes `word` as a name inside a sentence: after a lowercase word, a digit, a comma, a
 * semicolon or a colon and spaces, and ending a word (what `/[\p{Ll}\d,;:]\s+word\b/u` finds). Read at the
 * word's occurrences: such a regular expression, starting with a class of characters, tries every position of
 * the article, once for every word asked.
 */
function writtenInside(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let spaces = at;
    while (spaces > 0 && SPACE.test(text[spaces - 1])) spaces--;
    if (spaces === at || !INSIDE_A_SENTENCE.test(text.slice(Math.max(0, spaces - 2), spaces))) continue;
    const end = at + word.length;
    if (ASCII_WORD.test(text[end - 1]) !== ASCII_WORD.test(text[end] ?? '')) return true;
  }
  return false;
}

const SPACE = /\s/;
/** The character before a name's spaces inside a sentence (the last code point of up to two code units). */
const INSIDE_A_SENTENCE = /[\p{Ll}\d,;:]$/u;
/** A character of a word for `\b`. */
const ASCII_WORD = /\w/;

/**
 * What a results table's headline says of its lines, which name neither: whose they are (the last of
 * the capitals before a company word: "HARBOR LAMP CORP SETS QUARTERLY" over "Qtly div 15 cts vs 15 cts prior"), so
 * two wires under one ticker about two companies give two quantities; and, in a dividend's wire
 * ("ACME CORP RAISES QTLY DIVIDEND" over "Shr 24 cts vs 21 cts"), that "Shr" is the dividend a share,
 * not earnings.
 */
export function settleTableHeadline(claims: Claim[], headline: string): void {
  const company = HEADLINE_COMPANY.exec(headline);
  // The name's last word: wires abbreviate the words before it ("INT'L GLASS CORP", "INTERNATIONAL GLASS CORP"), and
  // a name's last words are that name for every comparison of holders ("glass", "international glass")
  const holder = company ? company[1].toLowerCase().replace(POSSESSIVE_END, '').split(/\s+/).pop()! : null;
  const dividend = DIVIDEND_HEADLINE.test(headline) && !EARNINGS_HEADLINE.test(headline);
  if (holder === null && !dividend) return;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (!c.heading || !isMeasure(c)) continue;
    const perShare = dividend && c.nounKey === EPS && c.noun?.toLowerCase() === 'shr';
    if (perShare || c.holder === null) claims[i] = { ...c, holder: c.holder ?? holder, nounKey: perShare ? DIVIDEND : c.nounKey };
  }
}

/** An all-capitals headline that opens with a company's name: "ACME TOOL CORP 1ST QTR NET", "GLENWOOD TOOL INC <GLT> SETS QUARTERLY". */
const HEADLINE_COMPANY = /^((?:[A-Z][A-Z0-9&'’.-]*\s){0,4}?[A-Z][A-Z0-9&'’.-]*)\s(?:INC|CORP|CO|LTD|PLC|CORPORATION|COMPANY|GROUP|HOLDINGS|BANCORP|INDUSTRIES)\.?\s[^a-z]*$/;
const DIVIDEND_HEADLINE = /\b(?:DIVIDEND|DIV|PAYOUT)S?\b/;
const EARNINGS_HEADLINE = /\b(?:NET|EARNINGS|PROFITS?|LOSS|RESULTS|QTR|YEAR)\b/;
const EPS = 'earnings per share';
const DIVIDEND = 'dividend';

/** The metric of a ballot's share for one side. */
const BALLOT_SHARE = 'ballot share';

/**
 * "voters supported", "those who voted backed", "residents have backed": those who vote in a ballot (named
 * any way a beat knows, past a relative clause of their own) and the side their verb says they took.
 */
function ballotSide(tokens: readonly Token[], k: number): { side: string; last: number } | undefined {
  if (w(tokens, k) === 'the') k++;
  if (!isElectorate(w(tokens, k))) return undefined;
  let v = k + 1;
  // "those who voted", "those who took part", "voters who turned out": their own clause, up to the verb of the share
  if (/^(who|that)$/.test(w(tokens, v))) v += 2;
  for (let end = v + 3; v < end && isWord(tokens, v); v++) {
    const side = ballotSideOf(w(tokens, v));
    if (side) return { side, last: v };
  }
  return undefined;
}

/** What a share of people do or are, after their noun: "were unhappy" → "unhappy", "believe the government …" → "believ". */
function whatPeopleDo(tokens: readonly Token[], k: number): string | null {
  while (k < tokens.length && isWord(tokens, k) && PEOPLE_AUXILIARIES.has(w(tokens, k))) k++;
  return isWord(tokens, k) && !NP_STOP.has(w(tokens, k)) ? stem(w(tokens, k)) : null;
}

/** Words between a share of people and what they do: auxiliaries, and a reported clause's opening ("said that they would back"). */
const PEOPLE_AUXILIARIES = new Set(['were', 'are', 'was', 'is', 'have', 'has', 'had', 'would', 'will', 'do', 'did', 'does', 'not', 'said', 'say', 'says', 'still', 'also', 'that', 'they']);

/** A place named right after a metric: "traffic to India", "traffic in Saudi Arabia". */
function placeAfter(tokens: readonly Token[], k: number): string | null {
  if (!/^(to|in|with|from|for|at|between)$/.test(w(tokens, k))) return null;
  if (w(tokens, k + 1) === 'the') k++; // "traffic between the Middle East and Europe"
  let last = k;
  while (last + 1 < tokens.length && last < k + 3 && isCapitalized(tokens, last + 1)) last++;
  return last > k ? tokens.slice(k + 1, last + 1).map((t) => t.lower).join(' ') : null;
}

/**
 * The company name that starts at `k` reading in `step`'s direction, past a comma and a wire's
 * bracketed ticker or name ("American Motors Corp <AMO.N>,", "<Union Texas Petroleum Co>").
 */
function nameFrom(tokens: readonly Token[], k: number, step: 1 | -1): string | null {
  if (tokens[k]?.text === ',') k += step;
  if (step === 1 && tokens[k]?.text === '<') k++;
  if (step === -1 && tokens[k]?.text === '>') {
    // "American Motors Corp <AMO.N>": a ticker after the name; "<Sigma Mines Ltd>": the name itself
    let open = k;
    while (open > 0 && tokens[open].text !== '<') open--;
    if (!isCapitalized(tokens, open - 1)) return nameFrom(tokens, open, 1);
    k = open - 1;
  }
  const words: string[] = [];
  while (k >= 0 && k < tokens.length && words.length < 5 && isCapitalized(tokens, k)) {
    words.push(tokens[k].lower);
    k += step;
  }
  if (step === -1) words.reverse();
  const name = words.join(' ').replace(/['’]s$/, '');
  return name && !AGENTS.has(name) ? name : null;
}

/**
 * The token before a short phrase of time or place that ends at `k` (or its comma) and starts after
 * `floor` ("during December", "in the fourth quarter,", "in Europe"), or `k` where there is none.
 */
function pastPeriodPhrase(tokens: readonly Token[], k: number, floor: number): number {
  const end = tokens[k]?.text === ',' ? k - 1 : k;
  for (let start = end; start > floor && end - start < 5; start--) {
    if (PERIOD_PREPOSITIONS.has(w(tokens, start))) return start - 1;
    if (!isWord(tokens, start) || isVerbFormToken(tokens[start])) return k;
  }
  return k;
}

const PERIOD_PREPOSITIONS = new Set(['in', 'during', 'for', 'on', 'over', 'through', 'since']);

/** Prepositions of the phrases of place, partner and time that may follow a metric before its verb. */
const SETTING_PREPOSITIONS = new Set([...PERIOD_PREPOSITIONS, 'from', 'with', 'across', 'between', 'among']);
/** Prepositions that name a partner of the metric rather than where it is: "the surplus with the U.S.". */
const PARTNER_PREPOSITIONS = new Set(['with', 'between']);

/** Where the phrases after a metric end (`k`), the place they name (whose the metric is) and its partners (which kind it is). */
interface Setting {
  readonly k: number;
  readonly place: string | null;
  readonly partners: readonly string[];
}

/** A metric's holder and kind with what the phrases after it name: "exports from the Netherlands" are the Netherlands'; "the surplus with the U.S." a kind of surplus. */
function placed(measure: Pick<Measure, 'holder' | 'qualifier'>, setting: Setting): { holder: string | null; qualifier: string | null } {
  return {
    holder: measure.holder ?? setting.place,
    qualifier: [measure.qualifier, ...setting.partners, ...(measure.holder !== null && setting.place ? [setting.place] : [])].filter(Boolean).join(' ') || null,
  };
}
/** Words that make a phrase one of time: "in calendar 1986", "in the first two months of this year". */
const TIME_WORD = /^(calendar|fiscal|quarter|qtr|half|season|first|second|third|fourth|last|past|next|this|same|previous|year-earlier|period)$/;

/**
 * Back past the phrases of place, partner and time that end at `k` and start after `floor`: "the value
 * of exports from the Netherlands in calendar 1986 fell", "the trade surplus with the U.S. widened in
 * the first two months". A phrase counts if it names a place (a capitalized word) or a time (a number,
 * a time word); the places are returned, as they tell one metric from another ("the surplus with the
 * U.S." is not the surplus; the first phrase, nearest the metric, names its place); the period is read
 * apart, from the whole sentence.
 */
function pastPlaceAndTime(tokens: readonly Token[], k: number, floor: number): Setting {
  let place: string | null = null;
  const partners: string[] = [];
  for (;;) {
    let found = -1;
    for (let p = k; p > floor && p >= k - 8; p--) {
      const t = tokens[p];
      if (SETTING_PREPOSITIONS.has(t.lower) && p < k) {
        found = p;
        break;
      }
      if (!isSettingWord(t)) break;
    }
    if (found < 0 || found - 1 <= floor) return { k, place, partners };
    const phrase = tokens.slice(found + 1, k + 1);
    const named = phrase.filter((t) => t.kind === TokenKind.Word && startsUpper(t));
    const timed = phrase.some((t) => t.kind === TokenKind.Number || isTimeWord(t.lower));
    if (named.length === 0 && !timed) return { k, place, partners };
    const name = named.length > 0 && !timed ? named.map((t) => t.lower).join(' ') : null;
    if (name && PARTNER_PREPOSITIONS.has(w(tokens, found))) partners.unshift(name);
    else if (name) place = name;
    k = found - 1;
  }
}

/** A word of a phrase of place or time: a name, a number, a time word, a determiner ("the U.S.", "calendar 1986", "the first two months of this year"). */
function isSettingWord(t: Token): boolean {
  if (t.kind === TokenKind.Number || t.text === '.' || t.text === '-') return true;
  return t.kind === TokenKind.Word && (startsUpper(t) || isTimeWord(t.lower) || cardinalWord(t.lower) !== undefined || /^(the|a|an|this|that|of|its|their)$/.test(t.lower));
}

function isTimeWord(lower: string): boolean {
  return TIME_NOUNS.has(lower) || TIME_WORD.test(lower) || isDayWord(lower);
}

/** "70 percent of readers": a percentage followed by what it is a share of. */
function isShare(ctx: MeasureContext): boolean {
  return ctx.match.figure.unit === 'percent' && w(ctx.tokens, ctx.match.last + 1) === 'of';
}

/** How far back (in characters) a pronoun may point to a name. */
const PRONOUN_REACH = 400;

/** Whose the figure is, by the subject of the verb right before it: "Jones took 45%". */
function verbBefore(ctx: MeasureContext): string | null {
  let k = ctx.match.first - 1;
  while (k >= 0 && isWord(ctx.tokens, k) && /ly$/.test(w(ctx.tokens, k))) k--;
  return isWord(ctx.tokens, k) && !NP_STOP.has(w(ctx.tokens, k)) ? subjectBefore(ctx.tokens, k) : null;
}

/** The figure is in the same unit as the measure before it (both percentages, both in dollars). */
function sameUnit(ctx: MeasureContext, previous: PreviousMeasure): boolean {
  return previous.unit === ctx.match.figure.unit && previous.unit !== null;
}

/** A verb that moves or states what it measures: "rose from 8%" is not a baseline after a period. */
function isVerbOfMeasure(tokens: readonly Token[], k: number): boolean {
  return CHANGE_ADVERBS[w(tokens, k)] !== undefined || stemIs(tokens, k, Stemmed.Up | Stemmed.Down | Stemmed.Level);
}

/** Words right before a figure that say how it relates to what is measured. */
const MARKERS: Readonly<Record<string, 'to' | 'from' | 'by' | 'baseline' | 'of' | 'at'>> = table({
  to: 'to', from: 'from', by: 'by', vs: 'baseline', 'vs.': 'baseline', versus: 'baseline', against: 'baseline', of: 'of', at: 'at', ':': 'of', worth: 'of',
});
/** A results line's sign, named alone after "vs": "Shr profit 21 cts vs loss four cts". */
const SIGN_WORDS = new Set(['loss', 'profit']);

/** The words given, in order, without the ones left unsaid: kinds and qualifiers of a quantity. */
export function joinWords(...words: ReadonlyArray<string | null>): string | null {
  const said = words.filter((x): x is string => x !== null);
  return said.length > 0 ? said.join(' ') : null;
}

/** Words that introduce a baseline when the metric is named again: "vs loss 44 cts". */
const BASELINE_WORDS = new Set(['vs', 'vs.', 'versus', 'against']);

/** The words that say what happened, from token `first` to the figure: "rose", "fell to", "of". */
function saidBy(ctx: MeasureContext, first: number): string | null {
  const last = ctx.match.first - 1;
  return first <= last && first >= 0 ? wordsOf(ctx, first, last) : null;
}

/** The subject of an intransitive verb of change at `v`, as what it moves: "the trade surplus with the U.S. widened in March to …". */
function movedSubject(ctx: MeasureContext, v: number, aspect: Measure['aspect'], direction: -1 | 1 | 0, baseline: boolean): Measure | undefined {
  const floor = ctx.previous?.last ?? -1;
  let k = skipAsides(ctx.tokens, v - 1);
  // "rates, now limited to 6%": a participle set off after its subject
  if (ctx.tokens[k]?.text === ',' && /ed$/.test(w(ctx.tokens, v))) k--;
  const past = pastPlaceAndTime(ctx.tokens, k, floor);
  const metric = past.k > floor ? metricBefore(ctx, past.k, floor, true) : undefined;
  if (!metric) return undefined;
  const { holder, qualifier } = placed(metric.measure, past);
  return stated({ key: metric.measure.key, text: metric.measure.text, holder, qualifier }, {
    aspect, direction: aspect === 'change' ? direction : 0, baseline, forecast: forecastBefore(ctx.tokens, v), verb: wordsOf(ctx, v, v),
  });
}

/**
 * "raised its dividend to 12 cts", "cut the reserve requirement for banks to 18%": a verb of change
 * before the figure's marker, within its clause, and the object it moves (the noun phrase after it).
 */
function movedObject(ctx: MeasureContext, end: number, aspect: Measure['aspect'], baseline: boolean): Measure | undefined {
  const { tokens } = ctx;
  const floor = ctx.previous?.last ?? -1;
  end = pastAside(tokens, end, floor);
  for (let v = end; v >= 0 && v > end - 12; v--) {
    // "the provision against 1986 fourth quarter earnings to …": a year inside the object
    if (tokens[v]?.kind === TokenKind.Number && v > floor) continue;
    if (!isWord(tokens, v) || CLAUSE_BREAK.has(w(tokens, v)) && w(tokens, v) !== 'and') return undefined;
    // "a reduction in the maximum level to 13 pct", "the revision of its growth forecast to 2 pct": a noun of change and what it changes
    // (the word's own tables first: most words of the window are neither, and the tests of their neighbours are then spared)
    const changeNoun = CHANGE_NOUNS[w(tokens, v)];
    const noun = changeNoun !== undefined && /^(in|of)$/.test(w(tokens, v + 1)) ? changeNoun : undefined;
    const verbDirection = changeDirection(tokens, v) ?? (aspect === 'level' && stemIs(tokens, v, Stemmed.ToLevel) ? 0 : undefined);
    // "its growth forecast": after a determiner a word of change is a noun, a modifier of what is moved
    const direction = (verbDirection !== undefined && !isDetermined(tokens, v) ? verbDirection : undefined) ?? noun;
    if (direction === undefined) continue;
    let first = v + (noun !== undefined ? 2 : 1);
    // "revised up its forecast to", "marked down the price to": a particle says which way
    const particle = noun === undefined ? CHANGE_ADVERBS[w(tokens, first)] : undefined;
    if (particle !== undefined) first++;
    while (first <= end && (NP_STOP.has(w(tokens, first)) || isDayWord(w(tokens, first)) || tokens[first].kind === TokenKind.Number)) first++;
    let last = first;
    while (last + 1 <= end && isWord(tokens, last + 1) && !NP_STOP.has(w(tokens, last + 1))) last++;
    // "widened in the first two months to …", "could recover this year to …": a verb without an object moves its subject
    if (noun === undefined && (first > end || PERIOD_PREPOSITIONS.has(w(tokens, v + 1)) || TIME_NOUNS.has(w(tokens, last)))) return movedSubject(ctx, v, aspect, direction, baseline);
    if (first > end) return undefined;
    const known = knownMetric(ctx, first, last);
    if (!known && !measurable(tokens, last)) return undefined;
    const measure = known?.measure ?? { key: nounClass(w(tokens, last)), text: wordsOf(ctx, first, last), holder: null };
    return stated({ key: measure.key, text: measure.text, qualifier: known?.measure.qualifier, holder: measure.holder ?? subjectBefore(tokens, v) }, {
      aspect, direction: aspect === 'change' ? particle ?? direction : 0, baseline, forecast: forecastBefore(tokens, v), verb: wordsOf(ctx, v, v),
    });
  }
  return undefined;
}

/** Whether a determiner or a possessive comes before the word at `k`: "its growth forecast", "the company's cut". */
function isDetermined(tokens: readonly Token[], k: number): boolean {
  return /^(the|a|an|its|their|his|her|our|this|that)$/.test(w(tokens, k - 1)) || /['’]s$/.test(tokens[k - 1]?.text ?? '');
}

/**
 * "its commodity rate -- the part of the rate based on gas -- to", "its spending in fiscal 1988, ending
 * January 31, to", "its offer (a record) to": an aside in dashes, brackets or commas that ends at `k`,
 * after `floor`, between what a verb moves and the figure's marker; the index before it, or `k`.
 */
function pastAside(tokens: readonly Token[], k: number, floor: number): number {
  const closer = tokens[k]?.text ?? '';
  const dash = /^[-—–]$/.test(closer);
  if (closer !== ')' && closer !== ',' && !dash) return k;
  const opens = (t: Token) => (closer === ')' ? t.text === '(' : dash ? /^[-—–]$/.test(t.text) : t.text === ',');
  let open = k - 1;
  while (dash && open > floor && /^[-—–]$/.test(tokens[open].text)) open--;
  while (open > floor && k - open <= ASIDE_REACH && !opens(tokens[open])) open--;
  if (open <= floor || !opens(tokens[open]) || k - open > ASIDE_REACH) return k;
  while (dash && open > floor + 1 && /^[-—–]$/.test(tokens[open - 1].text)) open--;
  return open - 1 > floor && tokens[open - 1].kind !== TokenKind.Punct ? open - 1 : k;
}

/** How many tokens an aside may span. */
const ASIDE_REACH = 14;

/** Only an infinitive's or a participle's link words (and a day) stand between the figure before (`last`) and the verb: "$5.27 Tuesday to finish". */
function linkedTo(tokens: readonly Token[], last: number, verb: number): boolean {
  if (verb - last > 5 || !/^(to|,|and)$/.test(w(tokens, verb - 1)) && !/ing$/.test(w(tokens, verb))) return false;
  for (let k = last + 1; k < verb; k++) if (!/^(to|,|and|on)$/.test(w(tokens, k)) && !isDayWord(w(tokens, k))) return false;
  return true;
}

/** The metric the sentence's subject names, before its first verb: "Initech shares recovered …". */
function sentenceSubject(ctx: MeasureContext, before: number): MetricSpan | undefined {
  const { tokens } = ctx;
  let k = 0;
  while (k < before && isWord(tokens, k) && !isVerbOfMeasure(tokens, k) && !isVerbFormToken(tokens[k]) && !BETWEEN.has(w(tokens, k))) k++;
  // Stryker disable next-line ConditionalExpression: with k at 0 the phrase has no words, and knownMetric of none is undefined
  return k > 0 && k < before ? knownMetric(ctx, 0, k - 1) : undefined;
}

/** Words before a verb that leave it without a subject of its own: "after shrinking", "and fell". */
const ELLIPSIS = new Set(['after', 'before', 'while', 'and', 'but', 'then', 'having', ',']);

/** Words that end a clause on the way back to its verb. */
const CLAUSE_BREAK = new Set(['and', 'but', 'or', 'while', 'which', 'who', 'that', 'said', 'says']);

function inherit(measure: Measure, how: Pick<Measure, 'aspect' | 'direction' | 'baseline'>, verb: string | null): Measure {
  return stated(measure, { aspect: how.aspect, direction: how.direction, baseline: how.baseline, forecast: measure.forecast, verb });
}

/** What a figure says of its metric, apart from naming it: whether a level or a change, which way, and in which words. */
type Statement = Pick<Measure, 'aspect' | 'direction' | 'baseline' | 'forecast' | 'verb'>;

/**
 * The measure a figure states of a metric. Written out field by field rather than spread
 * (`{ ...metric, aspect, … }`): V8 adds properties to an object copied by a spread on a slow path
 * (microseconds each, the largest cost of reading a wire's figures), and measures built here all
 * share one shape.
 */
function stated(metric: Pick<Measure, 'key' | 'text' | 'holder' | 'qualifier'>, statement: Statement): Measure {
  return {
    key: metric.key, text: metric.text, aspect: statement.aspect, direction: statement.direction, baseline: statement.baseline,
    forecast: statement.forecast, verb: statement.verb, holder: metric.holder, qualifier: metric.qualifier,
  };
}

function wordsOf(ctx: MeasureContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last].end);
}

/** Modal and forecast words in the clause before `end`: "expects", "is forecast to", "will". */
function forecastBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k >= 0 && k > end - 10; k--) {
    const t = tokens[k];
    if (t.kind === TokenKind.Punct && t.text !== '-' && t.text !== '"') return false;
    // "plans to", "budgeted" look ahead; "the plan raises", "a budget of" name a thing
    if (stemIs(tokens, k, Stemmed.Forecast) && !(FORECAST_NOUNS.has(t.lower) && w(tokens, k + 1) !== 'to')) return true;
  }
  return false;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/** Forecast words that are nouns too: only an infinitive after them looks ahead. */
const FORECAST_NOUNS = new Set(['plan', 'plans', 'budget', 'budgets', 'project', 'projects', 'aim', 'target', 'targets']);

/**
 * A verb before an amount (within a few words) that says which metric it is: "earned $4.5
 * million", "bought the chipmaker for $5.4 billion"; with whoever did it.
 */
function measuredByVerb(tokens: readonly Token[], figureFirst: number): Pick<Measure, 'key' | 'text' | 'verb' | 'holder'> | undefined {
  // "agreed to buy five mln shares or 16 pct of <Nippon Lace Co> for 3.28 dlrs a share": "for" gives the price of what the verb moved
  const reach = w(tokens, figureFirst - 1) === 'for' ? 16 : 6;
  for (let k = figureFirst - 1; k >= 0 && k >= figureFirst - reach; k--) {
    const t = tokens[k];
    if (reach > 6 && (t.kind === TokenKind.Number || t.text === '<' || t.text === '>' || placePunctuation(tokens, k))) continue;
    if (t.kind !== TokenKind.Word || reach > 6 && CLAUSE_BREAK.has(t.lower) && t.lower !== 'or') return undefined;
    // the word's flag first: most words before an amount are no such verb, and are then not stemmed again
    const key = stemIs(tokens, k, Stemmed.MetricVerb) ? metricOfVerb(t.lower) : undefined;
    if (key) return { key, text: key, verb: t.text, holder: subjectBefore(tokens, k) };
  }
  return undefined;
}

/**
 * "the gas system of Clanton, Ala. for …", "a plant in Dayton, Ohio, for $40 million": the
 * punctuation of a place's name parts no clause: the commas that set its state or country after it
 * (a name on each side, or the price's "for" after the region), and an abbreviation's dot that the
 * sentence goes on past in lower case.
 */
function placePunctuation(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k].text;
  if (mark !== ',' && mark !== '.' || !isCapitalized(tokens, k - 1)) return false;
  const next = tokens[k + 1];
  return mark === ',' ? isCapitalized(tokens, k + 1) || next?.lower === 'for' : next?.kind === TokenKind.Word && next.text === next.lower;
}

/**
 * The proper name right before a verb (past auxiliaries), as whose metric a figure is: "Smith won
 * 52% of the vote", "Apple posted revenue of …". A capital at the sentence start counts only when
 * the word is not a common noun the engine knows.
 */
export function subjectBefore(tokens: readonly Token[], verb: number): string | null {
  let k = verb - 1;
  // "Initech agreed to buy", "Acme plans to cut": the subject of the verb the infinitive depends on
  while (k >= 1 && (BETWEEN.has(w(tokens, k)) || w(tokens, k + 1) === 'to' && /(ed|s)$/.test(w(tokens, k)) && !startsUpper(tokens[k]) ||
    // "Pelham agreed on Monday to buy": a day is no subject
    isDayWord(w(tokens, k)) && /^(on|last|this)$/.test(w(tokens, k - 1)))) k -= isDayWord(w(tokens, k)) ? 2 : 1;
  // "He scored 31 points": the person the pronoun stands for, once the article's names are known
  if (w(tokens, k) === 'he' || w(tokens, k) === 'she') return PRONOUN;
  // "defeating Daniel Ruiz, who took 43%": a relative pronoun stands for the name before its comma
  if (w(tokens, k) === 'who' && tokens[k - 1]?.text === ',') k = relativeAntecedent(tokens, k);
  const first = nameStart(tokens, k);
  if (first > k) return null;
  // "The January surplus", "Canada's February exports": a month or a day says when, not whose
  const words = tokens.slice(first, k + 1).map((t) => t.lower).filter((word) => !isDateWord(word.replace(POSSESSIVE_END, '')));
  if (words.length === 0) return null;
  if (first === 0 && words.length === 1 && (AGENTS.has(words[0]) || NP_STOP.has(words[0]) || metricOf(words[0]) !== undefined || PERSON_NOUNS.has(words[0]))) return null;
  return words.join(' ').replace(POSSESSIVE_END, '').replace(/^the /, '');
}

/** How far back a bracket after a name may open: "the Kings (4-9)", "Acme (ACME.N)". */
const BRACKET_REACH = 6;

/**
 * The last token of the name a relative "who" after a comma at `who` stands for: the word before the
 * comma, or the name before a bracket there ("the Kings (4-9), who finished with 301 yards").
 */
export function relativeAntecedent(tokens: readonly Token[], who: number): number {
  const k = who - 2;
  if (tokens[k]?.text !== ')') return k;
  for (let open = k - 1; open >= 1 && open >= k - BRACKET_REACH; open--) if (tokens[open].text === '(') return open - 1;
  return k;
}

interface MetricSpan {
  readonly first: number;
  readonly head: string;
  readonly measure: Pick<Measure, 'key' | 'text' | 'holder' | 'qualifier'>;
}

/**
 * The metric named by the noun phrase ending at `end`: the longest phrase a beat knows ("net
 * income", "jobless rate"), past a prepositional phrase ("Sales at the unit", "Revenue in the third
 * quarter"); else, where a verb or "of" ties the figure to it (`generic`), the head noun's class,
 * unless the head names an agent ("the company").
 */
function metricBefore(ctx: MeasureContext, end: number, stop: number, generic: boolean): MetricSpan | undefined {
  const { tokens } = ctx;
  const phrase = nounPhraseBefore(tokens, end, stop);
  if (!phrase) return undefined;
  const known = knownMetric(ctx, phrase.first, end);
  if (known) return known;
  // "Sales at the unit rose", "Revenue in the third quarter fell", "the damages to the church at":
  // the metric is the phrase before the prepositional phrase, and a name in it whose the metric is.
  let k = phrase.first - 1;
  // "Turnout at last month's referendum", "Sales in Acme's home market": a possessive and its words determine the object
  const possessive = /['’]s$/.test(tokens[k]?.text ?? '');
  if (possessive) while (k > stop + 1 && k >= phrase.first - POSSESSIVE_WORDS && isWord(tokens, k) && !NP_STOP.has(w(tokens, k))) k--;
  while (k >= 0 && NP_STOP.has(w(tokens, k)) && !PP_PREPOSITIONS.has(w(tokens, k))) k--;
  if (PP_PREPOSITIONS.has(w(tokens, k)) && k >= phrase.first - (possessive ? POSSESSIVE_WORDS + 2 : 3) && k - 1 > stop) {
    const of = w(tokens, k) === 'of' ? wordsOf(ctx, phrase.first, end).toLowerCase() : null;
    const named = of !== null && startsUpper(tokens[phrase.first]);
    const outer = metricBefore(ctx, k - 1, stop, generic);
    // "Shares of Acme": whose; "sales of x86 processors", "sales of new homes": which kind
    if (outer && of !== null) {
      const kind = [outer.measure.qualifier, of.replace(/\S+$/, (head) => singular(head)).replace(/^(new|total|all) /, '')].filter(Boolean).join(' ');
      const { key, text, holder, qualifier } = outer.measure;
      return { first: outer.first, head: outer.head, measure: named ? { key, text, holder: of, qualifier } : { key, text, holder, qualifier: kind } };
    }
    if (outer) return outer;
  }
  const head = w(tokens, end);
  if (!generic || !measurable(tokens, end)) return undefined;
  return { first: phrase.first, head, measure: modified(nounClass(head), wordsOf(ctx, phrase.first, end), tokens, phrase.first, end) };
}

/** How many words a possessive determiner inside a prepositional phrase may take: "last month's", "the Acme Corp's". */
const POSSESSIVE_WORDS = 3;

/** Nouns of prepositions of three words: "in front of", "in excess of", "on top of", "in place of". */
const PREPOSITION_NOUNS = new Set(['front', 'excess', 'top', 'place', 'spite', 'view', 'light', 'lieu', 'case', 'favour', 'favor', 'terms', 'behalf']);

/** Whether the noun at `k` may name what a figure measures: not an agent, a person, a time, a day, a number, a name or a change. */
function measurable(tokens: readonly Token[], k: number): boolean {
  const head = w(tokens, k);
  // "in front of 18,300 supporters", "in excess of $5 million": a preposition of three words, not a noun
  if (PREPOSITION_NOUNS.has(head) && /^(in|on)$/.test(w(tokens, k - 1)) && w(tokens, k + 1) === 'of') return false;
  return !AGENTS.has(head) && !PERSON_NOUNS.has(head) && !TIME_NOUNS.has(head) && CHANGE_NOUNS[head] === undefined && !isDayWord(head) &&
    cardinalWord(head) === undefined && tokens[k].kind === TokenKind.Word &&
    !(k > 0 && startsUpper(tokens[k]) && !isAcronymNoun(tokens, k)) && !NP_STOP.has(head) && (!BETWEEN.has(head) || isNounToo(tokens, k));
}

/** "its growth forecast", "the forecast": a word that is a participle after an auxiliary ("is forecast to") is a noun after a determiner or a noun. */
function isNounToo(tokens: readonly Token[], k: number): boolean {
  const before = w(tokens, k - 1);
  return NOUNS_TOO.has(w(tokens, k)) && (DETERMINERS.has(before) || isWord(tokens, k - 1) && !BETWEEN.has(before) && !NP_STOP.has(before) && !isVerbFormToken(tokens[k - 1]));
}

const NOUNS_TOO = new Set(['forecast']);

/** "a MSRP of", "its EBITDA", "the APR": an acronym after a determiner names a thing, not someone. */
function isAcronymNoun(tokens: readonly Token[], k: number): boolean {
  return isCapitals(tokens[k]) && !isCapitals(tokens[k - 1]) && DETERMINERS.has(w(tokens, k - 1));
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** The longest metric phrase a beat knows ending at `end` and starting at or after `first`; the words before it in the phrase modify it. */
function knownMetric(ctx: MeasureContext, first: number, end: number): MetricSpan | undefined {
  const name = metricNameEndingAt(ctx.tokens, first, end);
  return name && { first, head: w(ctx.tokens, end), measure: modified(name.key, wordsOf(ctx, first, end), ctx.tokens, first, end - name.words + 1) };
}

/**
 * Whose and which kind of metric the words before its name (tokens `first`…`start - 1`) say: a name
 * is its holder ("HP shares", "GM car sales"; a possessive before the phrase too: "Apple's"), other
 * words its kind ("car sales", "Oper net profit"), except words of period or scope ("quarterly
 * revenue", "total sales", "third-quarter profit").
 */
function modifiers(tokens: readonly Token[], first: number, start: number): { holder: string | null; qualifier: string | null } {
  const names: string[] = [];
  const kinds: string[] = [];
  // In a line of capitals ("U.S. BANK DISCOUNT BORROWINGS") a capital says nothing: neither whose nor which kind.
  const capitals = isCapitals(tokens[start]);
  for (let k = first; k < start && !capitals; k++) {
    const t = tokens[k];
    // A month or a day ("the January surplus") is the metric's period, neither whose nor which kind.
    if (isDateWord(t.lower)) continue;
    // A capital names something, except at the sentence start, where only an acronym ("GM") does.
    if (startsUpper(t) && (k > 0 || isCapitals(t))) names.push(t.lower);
    // "the governing conservatives' popularity": a possessive says whose, capital or not
    else if (/\p{L}['’]s?$/u.test(t.text)) names.push(t.lower.replace(/['’]s?$/, ''));
    else if (!NEUTRAL_MODIFIER.test(t.lower)) kinds.push(t.lower);
  }
  return { holder: namedPossessor(tokens, first) ?? (names.length > 0 ? names.join(' ') : null), qualifier: kinds.length > 0 ? kinds.join(' ') : null };
}

/** A metric named `key` in the words `text`, with whose and which kind the words `first`…`start - 1` before its name say (built field by field, not spread: see `stated`). */
function modified(key: string, text: string, tokens: readonly Token[], first: number, start: number): Pick<Measure, 'key' | 'text' | 'holder' | 'qualifier'> {
  const { holder, qualifier } = modifiers(tokens, first, start);
  return { key, text, holder, qualifier };
}

/** A word in capitals: an acronym ("GM", "U.S.") or a word of a line in capitals. */
function isCapitals(t: Token): boolean {
  return /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(t.text);
}

/** Modifiers of a metric that say when or how much of it, not which kind: periods, totals, estimates. */
const NEUTRAL_MODIFIER = new RegExp('^(' + [
  'total', 'overall', 'combined', 'consolidated', 'reported', 'record', 'current', 'latest', 'recent', 'new', 'estimated', 'preliminary',
  'provisional', 'final', 'official', 'actual', 'annual', 'annualized', 'annualised', 'quarterly', 'qtly', 'qtrly', 'monthly', 'yearly',
  'weekly', 'daily', 'full', 'full-year', 'half-year', 'year-end', 'year-earlier', 'year-ago', 'fiscal', 'first', 'second', 'third',
  'fourth', 'first-half', 'second-half', 'nine-month', 'six-month', 'three-month', 'twelve-month', 'latest', 'company', 'group',
].join('|') + String.raw`)$|^\d{4}$|-(quarter|qtr|month|months|week|year|day)$|^q[1-4]$|^[1-4]q$`);

/** The words of a noun phrase ending at `end`, back to a determiner, a preposition, a verb or token `stop`. */
function nounPhraseBefore(tokens: readonly Token[], end: number, stop: number): { first: number } | undefined {
  if (end <= stop || !isWord(tokens, end) || NP_STOP.has(w(tokens, end)) || BETWEEN.has(w(tokens, end))) return undefined;
  // "Pelham will pay $31 a share": after a modal, a verb that names its amount's metric itself ("would yield 9.28 pct" names the yield)
  if (MODALS.has(w(tokens, end - 1)) && metricOfVerb(w(tokens, end)) !== undefined) return undefined;
  let first = end;
  while (first - 1 > stop && end - first < 4 && isWord(tokens, first - 1) && !NP_STOP.has(w(tokens, first - 1)) && !/['’]s$/.test(tokens[first - 1].text) &&
    !BETWEEN.has(w(tokens, first - 1)) && !isVerbOfMeasure(tokens, first - 1) && !stemIs(tokens, first - 1, Stemmed.Forecast)) first--;
  return { first };
}

/**
 * "Apple's revenue", "New Zealand's unemployment rate", "to Lund's 45 percent": a proper name's possessive
 * right before a metric or a figure. A day's or a month's ("Tuesday's quake", "March's inflation") says when, not whose.
 */
export function namedPossessor(tokens: readonly Token[], first: number): string | null {
  const t = tokens[first - 1];
  if (!t || !POSSESSIVE_END.test(t.text) || !startsUpper(t)) return null;
  if (isDateWord(t.lower.replace(POSSESSIVE_END, ''))) return null;
  return tokens.slice(nameStart(tokens, first - 1), first).map((x) => x.lower).join(' ').replace(POSSESSIVE_END, '');
}

/** What follows the figure names the metric: "$5 million in damages", "52% of the vote", "a 12% rise in sales", "a 12% stake". */
function metricAfter(ctx: MeasureContext, aspect: Measure['aspect'], direction: Measure['direction'], forecast: boolean): Measure | undefined {
  const { tokens, match } = ctx;
  let k = match.last + 1;
  const change = CHANGE_NOUNS[w(tokens, k)];
  if (change !== undefined) {
    aspect = 'change';
    direction = change;
    k++;
  }
  if (AFTER_PREPOSITIONS.has(w(tokens, k))) {
    let j = k + 1;
    // "16 pct of <Nippon Lace Co>": wire copy brackets a company's name; "90 percent of all the traffic"
    while ((NP_STOP.has(w(tokens, j)) || w(tokens, j) === '<' || w(tokens, j) === 'all') && j < k + 3) j++;
    let end = j;
    while (end + 1 < tokens.length && end < j + 3 && isWord(tokens, end + 1) && !NP_STOP.has(w(tokens, end + 1))) end++;
    for (let e = end; e >= j; e--) {
      const known = knownMetric(ctx, j, e);
      if (known) return stated(known.measure, { aspect, direction, baseline: false, forecast, verb: null });
    }
    // "$100 million of crude oil", "$2 million in grants": an amount of what follows
    if (isMoney(match.figure.unit) && isWord(tokens, end) && measurable(tokens, end) && !/(ing|ed)$/.test(w(tokens, end))) {
      return { key: nounClass(w(tokens, end)), text: wordsOf(ctx, j, end), aspect, direction, baseline: false, forecast, verb: null, holder: null };
    }
    // "owns 56 pct of Husky Oil", "produced 45 pct of China's sugar": a share of a company (a stake) or of what is named
    if (match.figure.unit === 'percent' && w(tokens, k) === 'of' && isWord(tokens, j)) {
      const named = startsUpper(tokens[j]);
      let last = j;
      while (last + 1 < tokens.length && last < j + 4 && isWord(tokens, last + 1) &&
        (named ? startsUpper(tokens[last + 1]) : !NP_STOP.has(w(tokens, last + 1)) && !SETTING_PREPOSITIONS.has(w(tokens, last + 1)) && !isVerbFormToken(tokens[last + 1]) && !BETWEEN.has(w(tokens, last + 1)))) last++;
      const text = wordsOf(ctx, j, last);
      // "61% of those who voted backed it", "58% of voters supported the project": a ballot's share for a side
      const side = ballotSide(tokens, k + 1);
      if (side) return { key: BALLOT_SHARE, text: wordsOf(ctx, k + 1, side.last), qualifier: side.side, aspect, direction, baseline: false, forecast, verb: null, holder: null };
      // "83.3 percent of Greeks were unhappy", "52% of voters backed the plan": a share of people is of what they say or do
      if (named && last === j && DEMONYM_KEY.has(w(tokens, j)) || !named && PERSON_NOUNS.has(w(tokens, last))) {
        const who = named ? DEMONYM_KEY.get(w(tokens, j))! : nounClass(w(tokens, last));
        return { key: 'share of people', text, qualifier: [who, whatPeopleDo(tokens, last + 1)].filter(Boolean).join(' '), aspect, direction, baseline: false, forecast, verb: null, holder: null };
      }
      if (named || measurable(tokens, last) && !/(ing|ed)$/.test(w(tokens, last))) {
        // "65% of traffic to India", "55 percent of voice traffic in Saudi Arabia": which kind, and where
        const what = named ? text.toLowerCase().replace(/['’]s$/, '') : nounClass(w(tokens, last));
        const kind = named ? { holder: null, qualifier: null } : modifiers(tokens, j, last);
        return stated({ key: `${named ? 'stake in' : 'share of'} ${what}`, text, holder: kind.holder ?? placeAfter(tokens, last + 1), qualifier: kind.qualifier }, { aspect, direction, baseline: false, forecast, verb: null });
      }
    }
  }
  // "Toshin Steel, owned 41.9 pct by Nippon Kokan", "AMC, 46 pct owned by Renault", "Allied's 49.7 pct owned
  // <Union Texas> affiliate": a stake in the company owned, named after "owned" or before the figure
  if (match.figure.unit === 'percent') {
    const owned = w(tokens, match.first - 1) === 'owned' ? match.first - 1 : w(tokens, match.last + 1) === 'owned' ? match.last + 1 : -1;
    const company = owned > match.last ? nameFrom(tokens, owned + 1, 1) : null;
    const stake = owned >= 0 ? company ?? nameFrom(tokens, Math.min(owned, match.first) - 1, -1) : null;
    if (stake) return { key: `stake in ${stake}`, text: stake, aspect: 'level', direction: 0, baseline: false, forecast, verb: null, holder: null };
  }
  const noun = ctx.nounAfter;
  if (noun) {
    const known = knownMetric(ctx, noun.first, noun.last);
    if (known) return stated(known.measure, { aspect, direction, baseline: false, forecast, verb: null });
    // "a 20 percent approval rating", "a 75% chance of": a percentage that modifies a noun measures it
    if (match.figure.unit === 'percent' && noun.first === match.last + 1 && DETERMINERS.has(w(tokens, match.first - 1)) && measurable(tokens, noun.last)) {
      return stated(modified(nounClass(w(tokens, noun.last)), wordsOf(ctx, noun.first, noun.last), tokens, noun.first, noun.last), { aspect, direction, baseline: false, forecast, verb: null });
    }
    // "holds 40 percent more energy", "20% fewer flights": a comparison, the change of what follows the comparative
    const than = COMPARATIVES[w(tokens, match.last + 1)];
    if (match.figure.unit === 'percent' && than !== undefined && noun.first === match.last + 1 && noun.last > noun.first && measurable(tokens, noun.last)) {
      return stated(modified(nounClass(w(tokens, noun.last)), wordsOf(ctx, noun.first + 1, noun.last), tokens, noun.first + 1, noun.last), { aspect: 'change', direction: than, baseline: false, forecast, verb: null });
    }
  }
  return undefined;
}

/** Comparatives after a percentage that make it a change of what follows: "30% more power", "20% fewer flights". */
const COMPARATIVES: Readonly<Record<string, 1 | -1>> = table({ more: 1, less: -1, fewer: -1 });
