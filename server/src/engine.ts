// The one engine every front end calls (language server, CLI, benchmarks, tests).
// Pure: no editor, no I/O. Each function lives in its layer; this file only gathers them.
export { parsePlan } from './language/parser';
export { checkPlan, rules, ruleById } from './rules/registry';
export { resolveConfig } from './rules/config';
export { computeTotals } from './analysis/totals';
export { classify } from './analysis/classify';
export { fixesFor } from './rules/fixes';
export { fixAll, rescheduleWeek } from './analysis/reschedule';
export type { RescheduleResult, ScheduleMove } from './analysis/reschedule';
export { applyEdits } from './analysis/edits';
export type * from './language/model';
export type * from './rules/types';
