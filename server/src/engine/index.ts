/**
 * The News Lens analysis engine: text and fact base in; entities, figures, claims and findings
 * out. Pure TypeScript: no editor, no protocol, no I/O.
 */
export * from './types';
export { RULE_CATALOGUE, findingsDocumentation, ruleHelp, type RuleInfo } from './catalogue';
export { analyzeDocument, itemAt, type AnalyzeOptions } from './analyzeDocument';
export { LineIndex } from './text/lineIndex';
export { entityKey } from './entities/recognize';
export { formatDay, formatShortDay } from './dates/calendar';
export { findDatelineDate } from './dates/articleMeta';
export { loadFactBase, FACT_BASE_KEYS, MAX_FACT_BASE_BYTES, MAX_FACT_BASE_DEPTH } from './factbase/loadFactBase';
export { linkEntities, type LinkedEntity } from './factbase/linkEntities';
export * from './factbase/model';
export { addFact, addReview, assignArticle, freshFactId, FactBaseEditError, type FactBaseEdit, type NewEvent, type NewFact, type NewReview, type TextChange } from './factbase/edit';
export { factFromClaim, type FactSource } from './factbase/fromClaim';
export { rewriteFigure } from './factbase/figureText';
export { completeFactBase, factBaseVocabulary, type FactBaseCompletion, type FactBaseVocabulary } from './factbase/completion';
export { checkGroup, withSeverity, RULES } from './consistency/check';
export { matches as factMatchesClaim, agreesWithFact, factAnswer, type FactAnswer } from './consistency/settle';
export { Story, type Dispute } from './consistency/story';
export { standing, type FactStanding } from './consistency/settle';
export { findStories, type FoundStory, type LooseArticle } from './consistency/stories';
export { Timeline, type TimelineDay, type Stretch } from './consistency/timeline';
export { findIgnoreMarkers, silences, IGNORE_MARKER } from './text/markers';
export { quantityKey, quantityLabel, isComparable, isComparedAcrossArticles, describe, describeDate, measureLabel } from './consistency/quantity';
export { isMeasure } from './claims/measure';
export { BEATS } from './beats';
export { compareClaims, compatible, type Comparison, type StoryContext } from './consistency/compare';
export * from './consistency/model';
