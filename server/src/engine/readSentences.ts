/**
 * The first pass over a document: its sentences, each one's tokens outside web furniture, the
 * figures and dates among them, and the tokens those take from the entity tagger. `analyzeDocument`
 * reads claims and entities from it, and the tagger's training data (test/eval/ner/data.ts) is built
 * by it too: weights trained on any other view of the text would meet different tokens at run time,
 * and could not be rebuilt from the source once the readers change.
 */
import type { ArticleMeta, IsoDate, Span } from './types';
import { splitSentences } from './text/sentences';
import { tokenize, type Token } from './text/tokens';
import { findBoilerplate, outsideBoilerplate, type BoilerplateSpan } from './text/boilerplate';
import { findFigures, markFigureTokens, type FigureMatch } from './figures/findFigures';
import { numberFormat, type NumberFormat } from './figures/locale';
import { findDates, type DateMatch } from './dates/dateMentions';

/** What every sentence of a document is read with. */
export interface ReadingContext {
  readonly articleDate: IsoDate | undefined;
  /** How the article writes digits (from its locale). */
  readonly format: NumberFormat;
  /** Share bars, credits, …: no names, no figures. */
  readonly boilerplate: readonly BoilerplateSpan[];
}

/** The figures and dates among a sentence's tokens, and the tokens they take from the entity tagger. */
export interface TokenReading {
  /** Every figure, ordinals included. */
  readonly figures: readonly FigureMatch[];
  readonly dates: readonly DateMatch[];
  readonly taken: ReadonlySet<number>;
}

export interface SentenceReading extends TokenReading {
  readonly tokens: readonly Token[];
}

export interface DocumentReading {
  readonly context: ReadingContext;
  readonly sentences: readonly Span[];
  /** One per sentence. */
  readonly readings: readonly SentenceReading[];
}

export function readingContext(text: string, meta: ArticleMeta): ReadingContext {
  return { articleDate: meta.date, format: numberFormat(meta.locale), boilerplate: findBoilerplate(text, meta.frontMatter?.end ?? 0) };
}

/** Reads the sentences of `text` after its front matter (see `meta`). */
export function readSentences(text: string, meta: ArticleMeta): DocumentReading {
  const context = readingContext(text, meta);
  const sentences = splitSentences(text, meta.frontMatter?.end ?? 0);
  const readings = sentences.map((sentence) => {
    const tokens = outsideBoilerplate(tokenize(text, sentence.start, sentence.end), context.boilerplate);
    // Named, not spread: the reading is built as one object (a spread copies it property by property).
    const { figures, dates, taken } = readTokens(text, tokens, context);
    return { tokens, figures, dates, taken };
  });
  return { context, sentences, readings };
}

/** The `taken` of every sentence without figures or dates (read only: a `ReadonlySet`). */
const NOTHING_TAKEN: ReadonlySet<number> = new Set<number>();

/** Reads the figures and dates among `tokens` of `text`: dates first, then what figures take of the rest. */
export function readTokens(text: string, tokens: readonly Token[], context: ReadingContext): TokenReading {
  const figures = findFigures(text, tokens, { format: context.format });
  const dates = findDates(text, tokens, context.articleDate);
  // Nearly half of a wire's sentences hold neither: they share one empty set instead of allocating their own.
  if (figures.length === 0 && dates.length === 0) return { figures, dates, taken: NOTHING_TAKEN };
  const taken = new Set<number>();
  for (const m of dates) for (let k = m.first; k <= m.last; k++) taken.add(k);
  markFigureTokens(figures, tokens, taken);
  return { figures, dates, taken };
}
