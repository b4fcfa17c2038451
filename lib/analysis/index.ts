/** Postwise's analysis engine: pure TypeScript, no DOM, no browser APIs. */
export * from './schemas';
export { analyze, verdictOf, boundedPrefix, MAX_ANALYZED_CHARS, type AnalysisContext } from './analyze';
export { buildHistoryIndex, type HistoryIndex, type IndexedPost, type SimilarMatch } from './history/index';
export { applyFix } from './text/fix';
export { rules, getRule } from './rules/index';
export type { Rule, RuleMeta, RuleContext, RuleFinding } from './rule';
