// The one engine every front end calls (language server features, CLI, benchmarks, tests): the only module that
// `features/`, `cli.ts` and `server.ts` import from the layers below (docs/architecture.md; the lint enforces it).
// Pure: no editor, no I/O. Each function lives in its layer; this file only gathers them.

// language: text → plan model
export { parsePlan, lexInChunks, MAX_WEEK } from './language/parser';
export { WEEKDAY_NAMES, WEEKDAY_FULL_NAMES, GOALS, QUALITY_RUN_TYPES } from './language/model';
export { LineIndex, lineIndexFor, rangeContains, rangesOverlap, comparePositions } from './language/text';
export type * from './language/model';
export { CONDITIONING_WORDS, EVENT_MODIFIERS, SESSION_PHRASES, SPORTS, TARGET_PHRASES } from './language/vocabulary';

// analysis: what the plan means (classes, totals), edits, formatting, export
export { classify, gymFocus, isRestDay } from './analysis/classify';
export { exerciseArea, exercisesArea } from './analysis/exercises';
export type { SessionClass } from './analysis/classify';
export { computeTotals } from './analysis/totals';
export type { WeekTotals } from './analysis/totals';
export { applyEdits, dayNumbersAsWeekdays, listDay, moveSession, writtenAsList } from './analysis/edits';
export { formatPlan } from './analysis/format';
export { canonicalEdits } from './analysis/canonical';
export type { CanonicalSpan } from './analysis/canonical';
export type { FormatOptions, LineSpan } from './analysis/format';
export { classWords, dateOf, exportCalendar, exportJson, plannedSessions } from './analysis/export';
export type { ExportResult, PlanExport } from './analysis/export';

// rules: the checks and their configuration
export { checkPlan, listingOf, rules, ruleById } from './rules/registry';
export { readGoal } from './analysis/goal';
export { RUNNING_GOAL_MAX } from './rules/run-frequency';
export { defaultConfig, parseRuleFlag, resolveConfig, ruleFlagsLayer, SEVERITY_SETTINGS, vocabularyOf } from './rules/config';
export type * from './rules/types';

// fixes: quick fixes, fix-all, reschedule, and the one before/after comparison they share
export { fixesFor } from './fixes/quickFixes';
export { fixAll, rescheduleWeek, SCHEDULING_RULES } from './fixes/reschedule';
export type { RescheduleResult, ScheduleMove } from './fixes/reschedule';
export { judgeChange, newHardStack } from './fixes/compare';
export type { Judgement } from './fixes/compare';
