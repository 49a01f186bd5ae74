import { analyzeDocument, type DocumentAnalysis } from '../engine';
import { readArticleFile } from './files';
import { fileNameDate } from './articleDates';

/** An article file read from disk and analysed, or the reason it was skipped. */
export type ReadArticle =
  | { readonly file: string; readonly text: string; readonly analysis: DocumentAnalysis }
  | { readonly file: string; readonly skipped: string };

/** Reads and analyses one article file: the unit of work of indexing, in a worker or not. */
export function readAndAnalyze(file: string, maxBytes: number): ReadArticle {
  const read = readArticleFile(file, maxBytes);
  if ('skipped' in read) return { file, skipped: read.skipped };
  const date = fileNameDate(file);
  return { file, text: read.text, analysis: analyzeDocument(read.text, { fallbackDate: date, fallbackDateSource: 'file' }) };
}
