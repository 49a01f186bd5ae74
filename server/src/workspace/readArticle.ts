import { analyzeDocument, type DocumentAnalysis } from '../engine';
import { readArticleFile } from './files';
import { fileNameDate } from './articleDates';

/** An article file read from disk and analysed, or the reason it was not (`error`: unreadable, or the analysis failed). */
export type ReadArticle =
  | { readonly file: string; readonly text: string; readonly analysis: DocumentAnalysis }
  | { readonly file: string; readonly skipped: string; readonly error: boolean };

/** How much of an analysis to keep: all of it, or what the rules and other documents' hovers read. */
export type Detail = 'full' | 'claims';

/**
 * Reads and analyses one article file: the unit of work of indexing, in a worker or not. An
 * exception in the engine marks this file "analysis failed" and nothing else.
 */
export function readAndAnalyze(file: string, maxBytes: number, detail: Detail = 'full'): ReadArticle {
  const read = readArticleFile(file, maxBytes);
  if ('skipped' in read) return { file, ...read };
  try {
    const analysis = analyzeDocument(read.text, { fallbackDate: fileNameDate(file), fallbackDateSource: 'file' });
    return { file, text: read.text, analysis: detail === 'full' ? analysis : claimsOnly(analysis) };
  } catch (err) {
    return { file, skipped: analysisFailed(err), error: true };
  }
}

/** The reason recorded for a document whose analysis threw. */
export function analysisFailed(err: unknown): string {
  return `analysis failed (${err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err)})`;
}

/**
 * An analysis without what only an open document's features read (sentences, dates, figures
 * outside claims): the claims, article date, signals and markers that consistency rules and other
 * documents' hovers compare, and the entities that workspace-wide references, symbols and story
 * finding look up (`npm run bench` measures what they cost in memory).
 */
export function claimsOnly(analysis: DocumentAnalysis): DocumentAnalysis {
  return {
    meta: analysis.meta, signals: analysis.signals, markers: analysis.markers, claims: analysis.claims, entities: analysis.entities,
    sentences: [], dates: [], figures: [],
  };
}
