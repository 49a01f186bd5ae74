import type { DocumentAnalysis } from '../engine';

/** How much of an analysis to keep: all of it, or what the rules and other documents' hovers read. */
export type Detail = 'full' | 'claims';

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
