/**
 * The News Lens analysis engine: text and fact base in; entities, figures, claims and findings
 * out. Pure TypeScript: no editor, no protocol, no I/O.
 */
export * from './types';
export { RULE_CATALOGUE, FINDINGS_DOCS, ruleInfo, type RuleInfo } from './catalogue';
export { analyzeDocument, itemAt, type AnalyzeOptions } from './analyzeDocument';
export { LineIndex } from './text/lineIndex';
export { entityKey } from './entities/recognize';
export { formatDay } from './dates/calendar';
export { findDatelineDate } from './dates/articleMeta';
export { loadFactBase, MAX_FACT_BASE_BYTES, MAX_FACT_BASE_DEPTH } from './factbase/loadFactBase';
export { linkEntities, type LinkedEntity } from './factbase/linkEntities';
export * from './factbase/model';
export { checkGroup, withSeverity, RULES } from './consistency/check';
export { matches as factMatchesClaim, agreesWithFact } from './consistency/rules/facts';
export { quantityKey, isComparable, isComparedAcrossArticles, describe, describeDate, measureLabel } from './consistency/quantity';
export { isMeasure } from './claims/measure';
export { BEATS } from './beats';
export { compareClaims, compatible, type Comparison } from './consistency/compare';
export * from './consistency/model';
