// Types shared by the rules, the edits and every front end. Plain data, no LSP types.
import type { Plan, Range, Session, Week } from '../language/model';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

import type { TextEdit } from '../analysis/edits';

export type { TextEdit };

export interface RelatedPlace {
  range: Range;
  message: string;
}

export interface PlanDiagnostic {
  /** Rule id, or `syntax`. */
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The other side of a conflict (e.g. the heavy leg day a run follows). */
  related?: RelatedPlace[];
  /** `unnecessary` greys the text out (e.g. an effort that an easy run should not carry). */
  tags?: ('unnecessary' | 'deprecated')[];
  /** Week number(s) the diagnostic was found in (repeated blocks report the first). */
  week?: number;
  /** Rule-specific facts the quick fixes need (e.g. which sessions conflict). Kept plain and serialisable. */
  data?: Record<string, unknown>;
}

/** A quick fix or refactor computed by the engine: a title and the edits that do it. */
export interface PlanFix {
  title: string;
  kind: 'quickfix' | 'refactor' | 'source.fixAll';
  edits: TextEdit[];
  /** The best of the offered fixes for a diagnostic. */
  preferred?: boolean;
  /** The diagnostic(s) this fix resolves. */
  diagnostics?: PlanDiagnostic[];
}

export type RuleOptions = Record<string, number>;

export interface OptionMeta {
  name: string;
  description: string;
  default: number;
  minimum?: number;
  maximum?: number;
}

export interface RuleMeta {
  id: string;
  /** Default severity. Rules whose severity depends on the case (e.g. `hard-same-day`) give the usual one here. */
  severity: Severity;
  /** One line: what the rule checks, in plan words. */
  description: string;
  /** The guide's words (or the study) the rule comes from. */
  reason: string;
  category: 'scheduling' | 'weekly' | 'goal' | 'load';
  options: OptionMeta[];
  /** Whether the rule's diagnostics offer quick fixes beyond "ignore on this line". */
  fixable: boolean;
  /** How far across weeks the rule looks, and whether it reads which day a session is on. */
  reach: RuleReach;
}

/**
 * What a rule's findings in one week depend on. The partial re-check of fix-all checks as many weeks around a change
 * as the rules reach; moves inside a week re-check only the rules that read the days.
 */
export interface RuleReach {
  /** Weeks before a week that its findings depend on (`long-run-spike`: the previous 4). */
  weeksBack: number;
  /** Weeks after it (a Sunday session followed by the next week's Monday: 1). */
  weeksAhead: number;
  /** True when moving a session to another day of its week can change the findings (the weekly counts cannot). */
  byDay: boolean;
}

/** What a rule reports; the registry applies the configured severity and suppressions. */
export interface RuleReport {
  message: string;
  range: Range;
  /** Overrides the configured severity where the catalogue gives a case its own (error vs warning). */
  severity?: Severity;
  related?: RelatedPlace[];
  tags?: ('unnecessary' | 'deprecated')[];
  week?: number;
  data?: Record<string, unknown>;
  /** Sessions the diagnostic is about (for suppression by line and for fixes). */
  sessions?: Session[];
}

export interface RuleContext {
  plan: Plan;
  options: RuleOptions;
  /** The severity configured for this rule (default or overridden). */
  severity: Severity;
  /** Only the options the user set (for defaults that depend on the plan, e.g. `gym-frequency` `min` with goal running). */
  userOptions?: RuleOptions;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Effective configuration of every rule: severity and options with defaults filled in. */
export interface ResolvedRuleConfig {
  severity: SeveritySetting;
  options: RuleOptions;
  /** True when the user set the severity (then it overrides the rule's case-specific severities too). */
  severitySet: boolean;
  /** Only the options the user set, without defaults. */
  userOptions?: RuleOptions;
}
export type ResolvedConfig = Record<string, ResolvedRuleConfig>;

export type { Plan, Week, Session };
