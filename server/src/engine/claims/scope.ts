import type { ClaimScope, IsoDate, Span } from '../types';
import { formatDay } from '../dates/calendar';
import type { DateMatch } from '../dates/dateMentions';
import type { Claim } from '../types';
import { daysBetween } from '../dates/calendar';
import { ROUND_UPS } from '../beats/vocabulary';
import { countsAnIncident, countsIncidents } from './measure';
import { anyCue } from '../text/cues';

/** The past, in words: "last year", "two years ago". Like a past date, it may name the story's own event. */
const PAST = new RegExp([
  String.raw`\b(last|previous|prior) (week|month|year)\b`,
  String.raw`\b(\w+|\d+) (weeks|months|years|decades) (ago|earlier|before)\b`,
].join('|'), 'i');

/** "police said earlier that four were shot", "in initial reports": a figure since superseded, for every beat. */
// "initially" supersedes what was said, not what was done: "police initially said four", not "evacuated, initially to a church".
const SUPERSEDED = String.raw`\b(said|reported|announced|stated) (earlier|initially)\b|\binitial reports?\b|\binitially (said|reported|announced|stated|thought|believed|listed|put|gave|counted|identified|described)\b|^\W*initially\b|\bearlier reports?\b|\bpreviously reported\b|^\W*originally\b|\boriginally (reported|said|thought|believed)\b`;
/** A comparison with another time, or a figure since superseded: background for incidents' counts. */
const CORE_BACKGROUND = [
  String.raw`\b(at this time|this time|(at )?the same (time|period|point)) last year\b`,
  // "some 2 million died in the war, from 1983-2005": a span of years is a war's or an era's, never one day's event
  String.raw`\b(from|between) (1[89]|20)\d\d ?(-|–|to|and|through|until) ?((1[89]|20)\d\d|\d\d)\b`,
  String.raw`\bcompared (to|with)\b`,
  SUPERSEDED,
];
const SUPERSEDED_CUE = new RegExp(SUPERSEDED, 'i');

/** The beats' round-up cues: a sentence with one rounds up several incidents or a running total. */
const ROUND_UP_SENTENCE = ROUND_UPS.flatMap((r) => [...r.sentence, ...(r.caseSensitive ?? [])]);
/** Another or a comparable event ("a separate shooting", "the deadliest attack since 2009"), then the core's cues. */
const BACKGROUND = anyCue([...ROUND_UPS.flatMap((r) => (r.background ?? []).map((cue) => cue.source)), ...CORE_BACKGROUND], 'i');
/** Round-up wording about several incidents in a headline or lede, as opposed to a running total. */
const ROUND_UP_LEAD = ROUND_UPS.flatMap((r) => (r.lead ? [r.lead] : []));

/**
 * Whether a sentence's figures are about the story's event, a round-up, or an earlier event. Dates
 * decide too: a year before the article's, or a day more than 45 days before it, is background; a
 * bare year equal to the article's ("in 2017") is a running total.
 */
export function sentenceScope(sentence: string, dates: readonly DateMatch[], articleDate: IsoDate | undefined): SentenceScope {
  const aggregate = firstMatch(ROUND_UP_SENTENCE, sentence);
  if (aggregate) return { scope: 'aggregate', reason: `“${aggregate[0]}”`, dated: false };
  const background = BACKGROUND.exec(sentence);
  if (background) return { scope: 'background', reason: `“${background[0]}”`, dated: false };
  const past = PAST.exec(sentence);
  // "146 homicides in 2015 and 141 last year": two past periods in one sentence are a comparison,
  // never the story's own event.
  const periods = new Set(dates.filter((d) => d.year !== undefined && articleDate !== undefined && d.year < Number(articleDate.slice(0, 4))).map((d) => d.year));
  if (periods.size + (past ? 1 : 0) >= 2) return { scope: 'background', reason: 'two past periods', dated: false };
  if (past) return { scope: 'background', reason: `“${past[0]}”`, dated: true };
  if (!articleDate) {
    // An article without a date cannot place "in 2004" or "in September" against its own day; the story's
    // event is told with days ("on Sunday"), so a clause dated by a year or a month alone speaks of another
    // time: "the 2004 tsunami killed 230,000", "In January, five cables were cut".
    for (const d of dates) {
      if (d.mention.date === undefined && (d.year !== undefined || d.bareMonth !== undefined)) return { scope: 'background', reason: `“${d.mention.text}” in an article without a date`, dated: true };
    }
  } else {
    const articleYear = Number(articleDate.slice(0, 4));
    for (const d of dates) {
      if (d.year === articleYear && d.mention.date === undefined) return { scope: 'aggregate', reason: `“${d.mention.text}”`, dated: false };
      if (d.year !== undefined && d.year < articleYear) return { scope: 'background', reason: `a date in ${d.year}`, dated: true };
      if (d.mention.date && daysBetween(d.mention.date, articleDate) > 45) return { scope: 'background', reason: `a date, ${formatDay(d.mention.date)}`, dated: true };
      // "in October", in an article of March: another month than the article's or the one before.
      if (d.bareMonth !== undefined && (Number(articleDate.slice(5, 7)) - d.bareMonth + 12) % 12 > 1) return { scope: 'background', reason: `“${d.mention.text}”`, dated: true };
    }
  }
  return EVENT_SCOPE;
}

/**
 * The scope of a sentence's measures (and counts of beats that are not rounded up like incidents):
 * only a superseded report is background; a past period or a comparison ("up from $3.7 billion a
 * year earlier") is the figure's period, read by `period.ts`, not a reason to leave it out.
 */
export function measureScope(sentence: string): SentenceScope {
  if (!MEASURE_CUE_WORDS.test(sentence)) return EVENT_SCOPE;
  const superseded = SUPERSEDED_CUE.exec(sentence);
  if (superseded) return { scope: 'background', reason: `“${superseded[0]}”`, dated: false };
  // Either order of TOTAL_OVER_SEVERAL needs the words of a total: looking for them alone first spares most
  // sentences (a wire's lines of figures) its per-digit attempts at "<number> operations … a total of".
  const total = TOTAL_CUE.test(sentence) ? TOTAL_OVER_SEVERAL.exec(sentence) : null;
  return total ? { scope: 'aggregate', reason: `“${total[0]}”`, dated: false } : EVENT_SCOPE;
}

/** Several operations, raids or incidents, counted: "during the five operations", "in three raids". */
const SEVERAL_OPERATIONS = String.raw`\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|a series of) (separate |different |\w+ )?(operations|raids|missions|patrols|seizures|searches|sweeps|incidents|attacks)\b`;
/** The words of a total: "a total of", "in all", "so far" ("in all three incidents" is each of them, not their total). */
const TOTAL = String.raw`\b(a total of|in total|in all(?! (the|of|these|those|its|their|his|her|\d+|two|three|four|five|six|seven|eight|nine|ten)\b)|altogether|combined|cumulative|so far)\b`;
/**
 * "seized a total of 31 magazines during the five operations it carried out": a total over several
 * operations is a running total, never one operation's haul, for things as for people (an incident's
 * counts have their own round-up cues).
 */
const TOTAL_OVER_SEVERAL = new RegExp(`${TOTAL}.*${SEVERAL_OPERATIONS}|${SEVERAL_OPERATIONS}.*${TOTAL}`, 'i');
const TOTAL_CUE = new RegExp(TOTAL, 'i');
/**
 * A word that each cue of `measureScope` contains, case aside: every superseded report's (`SUPERSEDED`) and every
 * total's (`TOTAL`). Nine sentences of measures in ten have none, and this one search of plain words spares them
 * both cues' expressions, which try their word boundaries at every position (half the time of `measureScope`).
 */
const MEASURE_CUE_WORDS = /earlier|initial|previously|original|total|in all|altogether|combined|cumulative|so far/i;

export interface SentenceScope {
  readonly scope: ClaimScope;
  readonly reason: string | null;
  /**
   * The scope comes from a past date alone: in an article about an earlier event (a trial, an
   * anniversary), that date names the story's own event, which the document pass decides.
   */
  readonly dated: boolean;
}

export const EVENT_SCOPE: SentenceScope = { scope: 'event', reason: null, dated: false };

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * An article whose headline or first sentence is a round-up ("3 dead, 26 wounded in weekend
 * shootings") tells of several incidents: none of its counts is the count of one event.
 */
export function settleRoundUp(claims: Claim[], sentences: readonly Span[]): void {
  const lead = sentences.slice(0, 2);
  // An aggregate claim's reason quotes the words that made its sentence one.
  const roundUp = claims.some((c) => c.scope === 'aggregate' && ROUND_UP_LEAD.some((r) => r.test(c.scopeReason ?? '')) && lead.some((s) => s.start === c.sentence.start));
  if (!roundUp) return;
  for (let i = 0; i < claims.length; i++) {
    if (claims[i].scope === 'event' && countsAnIncident(claims[i]) && !countsIncidents(claims[i].nounKey)) claims[i] = { ...claims[i], scope: 'aggregate', scopeReason: 'an article that rounds up several incidents' };
  }
}

/** The beats' cues of a count placed in one division of the event's area. */
const PLACE_PARTS = ROUND_UPS.flatMap((r) => r.placeParts ?? []);

/**
 * "In neighbouring Central Aceh district, 10 people were killed" beside "24 dead" in the same article:
 * a count the copy places in one named division of the area, where the article gives a larger count
 * of the same quantity without placing it, is that division's part of the whole, never the toll
 * another article's is compared with. Without the larger count it stays a full count: "killed five in
 * Aceh province" may be the whole toll.
 */
export function settlePlaceParts(text: string, claims: Claim[]): void {
  // Each sentence read once, not once per claim: a sentence of many figures would make it quadratic.
  const placedSentences = new Map<number, boolean>();
  const inPlacedSentence = (c: Claim) => {
    let placed = placedSentences.get(c.sentence.start);
    if (placed === undefined) placedSentences.set(c.sentence.start, placed = PLACE_PARTS.some((p) => p.test(text.slice(c.sentence.start, c.sentence.end))));
    return placed;
  };
  const placed = claims.map((c) => c.scope === 'event' && !c.partial && countsAnIncident(c) && inPlacedSentence(c));
  if (!placed.includes(true)) return;
  // The largest whole of each quantity the article gives without placing it: one pass, not one per part.
  const largest = new Map<string, { index: number; least: number }>();
  const keyOf = (c: Claim) => `${c.predicateKey}|${c.nounKey}|${c.qualifier}`;
  claims.forEach((c, index) => {
    const least = c.figure.min ?? c.figure.max;
    if (placed[index] || c.scope !== 'event' || c.partial || !countsAnIncident(c) || least === null) return;
    const best = largest.get(keyOf(c));
    if (best === undefined || least > best.least) largest.set(keyOf(c), { index, least });
  });
  for (let i = 0; i < claims.length; i++) {
    if (!placed[i]) continue;
    const part = claims[i];
    const most = part.figure.max ?? part.figure.min;
    const whole = largest.get(keyOf(part));
    if (whole !== undefined && most !== null && whole.least > most) claims[i] = { ...part, partial: true, partOf: whole.index };
  }
}

/** "Previous story:" — what follows is an earlier version of the article, kept below the update. */
const EARLIER_VERSION = /\b(?:previous|original|earlier) (?:story|version|report)\s*:/i;

/** Claims in the earlier version an updated article carries below its update are background: the update supersedes them. */
export function settleEarlierVersion(text: string, claims: Claim[]): void {
  // The marker ends in a colon, which most articles (nine wires in ten) do not have: one search for the character
  // spares them the expression's attempt at every position of the article.
  if (!text.includes(':')) return;
  const marker = EARLIER_VERSION.exec(text);
  if (!marker) return;
  for (let i = 0; i < claims.length; i++) {
    if (claims[i].figure.start > marker.index) claims[i] = { ...claims[i], scope: 'background', scopeReason: 'an earlier version of the story' };
  }
}

/**
 * Past-dated claims are background only where the article also speaks of its own event in the
 * present: "In 2009, a gunman killed 13" beside today's toll. An article whose every claim of a
 * kind is past-dated is a retrospective on that event (trial coverage), and its claims count. In an
 * article without a date, the kind is the beat, not the verb: "dozens were injured on Sunday" tells
 * of today's quake, so "the 2004 tsunami left 230,000 dead" is background even where no toll of
 * today's dead stands beside it (a dated article's past dates are weighed against its own day).
 */
export function settleDatedScopes(claims: Claim[], dated: ReadonlySet<number>, articleDated = true): void {
  if (dated.size === 0) return;
  const kind = (c: Claim) => (articleDated ? c.predicateKey : c.beat ?? c.predicateKey);
  // The kinds the article speaks of in the present, collected once (not once per dated claim).
  const current = new Set<string | null>();
  claims.forEach((c, j) => {
    if (!dated.has(j) && c.scope === 'event') current.add(kind(c));
  });
  for (const i of dated) {
    const claim = claims[i];
    if (!current.has(kind(claim))) claims[i] = { ...claim, scope: 'event', scopeReason: null };
  }
}
