import type { Claim, DateMention, DocumentAnalysis, Entity, Figure, IsoDate, Span } from './types';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokens';
import { findBoilerplate, outsideBoilerplate } from './text/boilerplate';
import { findFigures, markFigureTokens } from './figures/findFigures';
import { numberFormat } from './figures/locale';
import { findDates } from './dates/dateMentions';
import { readArticleMeta } from './dates/articleMeta';
import { recognizeEntities, type SentenceTokens } from './entities/recognize';
import { asOfDate, readClaims } from './claims/readClaims';
import { settleDatedScopes, settleEarlierVersion, settleRoundUp } from './claims/scope';

export interface AnalyzeOptions {
  /** The article date to use when the text carries none (file metadata, the fact base). */
  readonly fallbackDate?: IsoDate;
  readonly fallbackDateSource?: 'file' | 'fact base';
}

/**
 * The whole per-document analysis: sentences, entities, dates, figures and claims. A pure
 * function of its inputs, so callers may cache it by content.
 */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const ownMeta = readArticleMeta(text);
  const meta = ownMeta.date || !options.fallbackDate
    ? ownMeta
    : { ...ownMeta, date: options.fallbackDate, dateSource: options.fallbackDateSource ?? 'file' };
  const bodyStart = meta.frontMatter?.end ?? 0;
  const sentences = splitSentences(text, bodyStart);
  const boilerplate = findBoilerplate(text, bodyStart); // share bars, credits, …: no names, no figures
  const format = numberFormat(meta.locale);

  const figures: Figure[] = [];
  const dates: DateMention[] = [];
  const claims: Claim[] = [];
  const datedScopes = new Set<number>();
  const forEntities: SentenceTokens[] = [];
  let paragraphDate: IsoDate | undefined;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (s === 0 || lineBreakIn(text, sentences[s - 1].end, sentence.start)) paragraphDate = undefined;
    const tokens = outsideBoilerplate(tokenize(text, sentence.start, sentence.end), boilerplate);
    const allFigures = findFigures(text, tokens, { format });
    // Ordinals and scores are read (analysis.figures) but count nothing: claims are about quantities.
    const figureMatches = allFigures.filter((m) => m.figure.kind === 'quantity');
    const dateMatches = findDates(text, tokens, meta.date);
    const taken = new Set<number>();
    for (const m of dateMatches) for (let k = m.first; k <= m.last; k++) taken.add(k);
    for (const m of allFigures) figures.push(m.figure);
    markFigureTokens(allFigures, tokens, taken);
    for (const d of dateMatches) dates.push(d.mention);
    // One push per claim: spreading a sentence of 100,000 figures into push() overflows the stack.
    for (const claim of readClaims({ text, tokens, sentence, figures: figureMatches, dates: dateMatches, articleDate: meta.date, previous: claims, previousSentence: sentences[s - 1], nextSentence: sentences[s + 1], paragraphDate, datedScopes })) claims.push(claim);
    paragraphDate = asOfDate(tokens, { first: 0, last: tokens.length - 1 }, dateMatches) ?? paragraphDate;
    forEntities.push({ tokens, taken });
  }
  settleDatedScopes(claims, datedScopes);
  settleEarlierVersion(text, claims);
  settleRoundUp(claims, sentences.filter((s) => s.start >= bodyStart));
  const entities = mergeDates(recognizeEntities(text, forEntities), dates);
  const body = bodyStart > 0 ? text.slice(bodyStart) : text;
  const signals = { attackerDied: ATTACKER_DIED.test(body), revised: REVISED.test(body) };
  return { meta, signals, sentences, entities, dates, figures, claims };
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

const ATTACKER = String.raw`(?:gunman|gunmen|shooter|attacker|assailant|suspect|perpetrator)`;
const ATTACKER_DIED = new RegExp([
  String.raw`\bincluding the ${ATTACKER}\b`,
  String.raw`\b(?:killed|shot) (?:himself|herself|themselves)\b`,
  String.raw`\b(?:killing|shooting) (?:himself|herself)\b`,
  String.raw`\bturn(?:ed|ing) the (?:gun|weapon) on (?:himself|herself)\b`,
  String.raw`\btook (?:his|her) own life\b`,
  String.raw`\bself-inflicted\b`,
  String.raw`\bmurder-suicide\b`,
  String.raw`\b${ATTACKER}\b[^.]{0,60}\b(?:was|were) (?:shot dead|killed|fatally shot)\b`,
  String.raw`\b${ATTACKER}\b[^.]{0,40}\b(?:died|is dead|was dead)\b`,
].join('|'), 'i');

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
