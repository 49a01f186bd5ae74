import { analyzeDocument, type DocumentAnalysis } from '../engine';
import { analysisFailed, claimsOnly, type Detail } from './analysis';

export { analysisFailed, type Detail } from './analysis';
import { readArticleFile } from './files';
import { fileNameDate } from './articleDates';

/** An article file read from disk and analysed, or the reason it was not (`error`: unreadable, or the analysis failed). */
export type ReadArticle =
  | { readonly file: string; readonly text: string; readonly analysis: DocumentAnalysis }
  | { readonly file: string; readonly skipped: string; readonly error: boolean };

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
