import type { Claim, DateMention, DocumentAnalysis, Entity, Figure, IsoDate, Period, Span } from './types';
import { readSentences } from './readSentences';
import { readArticleMeta } from './dates/articleMeta';
import { recognizeEntities } from './entities/recognize';
import { asOfDate, isHeading, readClaims } from './claims/readClaims';
import { settleDatedScopes, settleEarlierVersion, settlePlaceParts, settleRoundUp } from './claims/scope';
import { SIGNALS } from './beats/vocabulary';
import { readPeriod, SentencePeriods, settleDatedPeriods, settlePeriods, settleUndatedPeriods } from './claims/period';
import { resolveNamedQualifiers, resolvePronounHolders, settleTableHeadline } from './claims/measure';
import { blankMarkers, findIgnoreMarkers } from './text/markers';

/**
 * The headline and lede: a period they name is the article's (its results are "fourth quarter"
 * results). The lede is the first full sentence, after the headline lines; a period a later sentence
 * names qualifies that clause's figure ("taking his tally to 27 goals this season"), not the story,
 * and never a figure before it.
 */
const LEAD_SENTENCES = 3;
/** How many sentences from the start the lede's paragraph may give the story's results period in. */
const LEAD_PARAGRAPH = 4;

/** A results period (a quarter, a half, months to a date, a fiscal year), which a later sentence of the lede's paragraph may name for the story. */
function isReportingPeriod(p: Period): boolean {
  // Stryker disable next-line Regex: without `^` it is equivalent (the only keys holding one of these later on are earlier periods: "year-earlier:q3-2026")
  return !p.earlier && /^(q[1-4]|h[12]|\d+m|fy-)/.test(p.key);
}

/**
 * Whether a new paragraph (after a blank line or an indented line) starts between the body's first
 * sentence and sentence `s`; the breaks after headline lines do not count.
 */
function paragraphBreakBefore(text: string, sentences: readonly Span[], s: number): boolean {
  for (let k = 1; k <= s; k++) {
    if (isHeading(text.slice(sentences[k - 1].start, sentences[k - 1].end))) continue;
    if (/\n[ \t]*(\r?\n|[ \t]$)/.test(text.slice(sentences[k - 1].end, sentences[k].start))) return true;
  }
  return false;
}

/** A line of at most this many tokens and no figure may head a section of a results table ("Nine mths"). */
const SECTION_LINE = 4;

export interface AnalyzeOptions {
  /** The article date to use when the text carries none (file metadata, the fact base). */
  readonly fallbackDate?: IsoDate;
  readonly fallbackDateSource?: 'file' | 'fact base';
}

/**
 * The whole per-document analysis: sentences, entities, dates, figures and claims. A pure
 * function of its inputs, so callers may cache it by content. The desk's ignore markers are read
 * first and blanked: nothing inside a note to the desk is a name or a figure.
 */
export function analyzeDocument(source: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const markers = findIgnoreMarkers(source);
  const text = blankMarkers(source, markers);
  const ownMeta = readArticleMeta(text);
  const meta = ownMeta.date || !options.fallbackDate
    ? ownMeta
    : { ...ownMeta, date: options.fallbackDate, dateSource: options.fallbackDateSource ?? 'file' };
  const bodyStart = meta.frontMatter?.end ?? 0;
  const { sentences, readings } = readSentences(text, meta);

  const figures: Figure[] = [];
  const dates: DateMention[] = [];
  const claims: Claim[] = [];
  const datedScopes = new Set<number>();
  let paragraphDate: IsoDate | undefined;
  // A headline in the front matter names the story's period as one in the text does.
  let leadPeriod: Period | null = meta.title ? readPeriod(meta.title, meta.date) ?? null : null;
  let inLede = true;
  let sectionStart = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (s === 0 || lineBreakIn(text, sentences[s - 1].end, sentence.start)) paragraphDate = undefined;
    const { tokens, figures: allFigures, dates: dateMatches } = readings[s];
    // Ordinals are read (analysis.figures) but count nothing; quantities and scores ("passed 13,450 to 2,010") are claims.
    const figureMatches = allFigures.filter((m) => m.figure.kind !== 'ordinal');
    for (const m of allFigures) figures.push(m.figure);
    for (const d of dateMatches) dates.push(d.mention);
    const sentenceClaims = claims.length;
    const periods = new SentencePeriods(tokens, dateMatches, meta.date);
    // One push per claim: spreading a sentence of 100,000 figures into push() overflows the stack. Without a figure, no claim.
    if (figureMatches.length > 0) for (const claim of readClaims({ text, tokens, sentence, figures: figureMatches, dates: dateMatches, articleDate: meta.date, periods, previous: claims, previousSentence: sentences[s - 1], previousDates: readings[s - 1]?.dates, nextSentence: sentences[s + 1], paragraphDate, datedScopes })) claims.push(claim);
    paragraphDate = asOfDate(tokens, { first: 0, last: tokens.length - 1 }, dateMatches) ?? paragraphDate;
    if (inLede && leadPeriod === null) leadPeriod = periods.stated;
    else if (leadPeriod === null && s < LEAD_PARAGRAPH && !paragraphBreakBefore(text, sentences, s)) {
      // "Acme reported higher profits on Tuesday. In the third quarter, revenue rose …": a results period the lede's
      // paragraph names later dates that sentence's figures and those after it, never the figures before it
      const stated = periods.stated;
      if (stated && isReportingPeriod(stated)) {
        leadPeriod = stated;
        sectionStart = sentenceClaims;
      }
    }
    inLede &&= s + 1 < LEAD_SENTENCES && isHeading(text.slice(sentence.start, sentence.end));
    // A results table's section line ("Year", "Nine mths") dates the rows after it; the rows before keep the lead's period.
    if (tokens.length <= SECTION_LINE && claims.length > 0 && figureMatches.every((m) => /^(months|mths|mos)$/.test(tokens[m.last + 1]?.lower ?? ''))) {
      const section = periods.stated;
      if (section) {
        if (leadPeriod) settlePeriods(claims, leadPeriod, sectionStart);
        leadPeriod = section;
        sectionStart = claims.length;
      }
    }
  }
  settleDatedScopes(claims, datedScopes, meta.date !== undefined);
  settleEarlierVersion(text, claims);
  settleRoundUp(claims, sentences); // the body's: sentences start after the front matter
  settlePlaceParts(text, claims);
  if (leadPeriod) settlePeriods(claims, leadPeriod, sectionStart);
  if (!meta.date) settleUndatedPeriods(claims, leadPeriod);
  else settleDatedPeriods(claims, leadPeriod, meta.date);
  const entities = mergeDates(recognizeEntities(text, readings), dates);
  resolvePronounHolders(claims, entities.filter((e) => e.type === 'person'));
  resolveNamedQualifiers(claims, text);
  if (sentences.length > 0) settleTableHeadline(claims, text.slice(sentences[0].start, sentences[0].end));
  const body = bodyStart > 0 ? text.slice(bodyStart) : text;
  const signals = { revised: REVISED.test(body), found: SIGNALS.filter((s) => s.pattern.test(body)).map((s) => s.id) };
  return { meta, signals, markers, sentences, entities, dates, figures, claims };
}

/**
 * Whether a line ends in `text[from, to)`: the gap between two sentences, so the scan stays
 * linear however long the line (searching back from each sentence was quadratic on one-line text).
 */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) return true;
  }
  return false;
}

/** Markers of a story published in several versions, each with its own figures. */
const REVISED = /\b(?:UPDATE|UPDATED|ORIGINAL STORY|EARLIER STORY|PREVIOUS STORY|Original story|Previous story|Earlier story)\b|\bUpdate\s*:|\bImage \d+ of \d+\b|#?\b(?:DEVELOPING|BREAKING)\s*:/;

/** Date mentions are entities too (type `date`), in document order. */
function mergeDates(entities: readonly Entity[], dates: readonly DateMention[]): Entity[] {
  const all: Entity[] = [...entities];
  for (const d of dates) all.push({ start: d.start, end: d.end, type: 'date', text: d.text, key: d.date ?? d.text.toLowerCase() });
  return all.sort((a, b) => a.start - b.start);
}

/** The innermost item of `items` (sorted by start) that contains `offset`, by binary search. */
export function itemAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= offset) lo = mid + 1;
    else if (items[mid].start > offset) hi = mid - 1;
    else return items[mid];
  }
  return undefined;
}
