// The one before/after comparison of the fixes: "does this change add a problem, and does it clear the one it is for?"
// Quick fixes, fix-all, "Reschedule this week" and the week view's drag all judge a change with these functions.
//
// A diagnostic after the change is the same as one before when its rule, severity and week are, and so is every
// place it names (its range, its related places, the session ranges in its data): a place in text the change did not
// touch is the same place when it maps to the same offset; a place inside edited text is the same when it reads the
// same (sessions move verbatim, and a moved session carries its own diagnostics along). So trading "heavy legs Mon →
// intervals Tue" for "heavy legs Thu → intervals Fri" is a new problem, while a warning that follows its session to
// another day is not. A weekly count rule's diagnostic (quality-limit, run-frequency, gym-frequency …) is the week's:
// rule, severity and week identify it. Without the texts, counts per rule, severity and week decide.
import type { Plan, Position, Range } from '../language/model';
import { checkPlan, rules } from '../rules/registry';
import { classify } from '../analysis/classify';
import type { ResolvedConfig } from '../rules/types';
import { LineIndex, lineIndexFor } from '../language/text';
import type { PlanDiagnostic, TextEdit } from '../rules/types';

/** What a diagnostic is about, stable under a change (see the file header). */
export type Identify = (d: PlanDiagnostic) => string;

/** True for a plain `{start, end}` range (as rules put into `diagnostic.data`). */
export function isRange(value: unknown): value is Range {
  const r = value as Range | undefined;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.start?.line === 'number' &&
    typeof r.start?.column === 'number' &&
    typeof r.end?.line === 'number' &&
    typeof r.end?.column === 'number'
  );
}

/** The places a diagnostic names: its range, then its related places and the ranges in its data. */
function placesOf(d: PlanDiagnostic): Range[] {
  const places: Range[] = [d.range];
  for (const related of d.related ?? []) places.push(related.range);
  for (const value of Object.values(d.data ?? {})) if (isRange(value)) places.push(value);
  return places;
}

const ruleKey = (d: PlanDiagnostic): string => `${d.rule}\u0000${d.severity}\u0000${d.week ?? ''}`;

/** One side of a change: its text, how positions become offsets, and the offsets its edits wrote (or replaced). */
interface Side {
  text: string;
  offsetAt(position: Position): number;
  /** Sorted, disjoint spans `[start, end)` of edited text on this side. */
  edited: readonly (readonly [number, number])[];
  /** The offset in the text before the change of an offset outside the edited spans. */
  toBefore(offset: number): number;
}

function identifyOn(side: Side): Identify {
  const place = (range: Range): string => {
    const start = side.offsetAt(range.start);
    const end = Math.max(start, side.offsetAt(range.end));
    // Overlapping an edited span, or an insertion strictly inside the range, makes it edited text.
    const touched = side.edited.some(([from, to]) => Math.max(start, from) < Math.min(end, to) || (from === to && start < from && from < end));
    return touched ? `=${side.text.slice(start, end)}` : `@${side.toBefore(start)}:${side.toBefore(end)}`;
  };
  return (d) => (weeklyRuleIds().has(d.rule) ? ruleKey(d) : `${ruleKey(d)}\u0000${placesOf(d).map(place).join('\u0001')}`);
}

let weeklyIds: Set<string> | undefined;
/**
 * Rules about a week's counts (`2nd quality run this week`, `4th run`): their problem is the week's, whichever session
 * counts as the 2nd. Moving the intervals from Wed to Sat keeps the same two quality runs, so it is the same problem.
 */
function weeklyRuleIds(): Set<string> {
  weeklyIds ??= new Set(rules.filter((r) => r.meta.category === 'weekly').map((r) => r.meta.id));
  return weeklyIds;
}

/**
 * The identities of diagnostics before and after a change of `before` into `after` made by `edits` (positions in
 * `before`). With the same text and no edits (a change made in the plan model, sessions keeping their ranges) every
 * place is identified by its offset. `afterOffsetAt` may give a faster way to turn positions of `after` into offsets.
 */
export function identities(
  before: string,
  after: string,
  edits: readonly TextEdit[] = [],
  afterOffsetAt?: (position: Position) => number,
): { before: Identify; after: Identify } {
  const index = lineIndexFor(before);
  const spans = edits
    .map((edit) => {
      const start = index.offsetAt(edit.range.start);
      return { start, end: Math.max(start, index.offsetAt(edit.range.end)), length: edit.newText.length };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const beforeEdited: [number, number][] = [];
  const afterEdited: [number, number][] = [];
  const shifts: { afterEnd: number; shift: number }[] = [];
  let shift = 0;
  for (const span of spans) {
    beforeEdited.push([span.start, span.end]);
    const afterStart = span.start + shift;
    afterEdited.push([afterStart, afterStart + span.length]);
    shift += span.length - (span.end - span.start);
    shifts.push({ afterEnd: afterStart + span.length, shift });
  }
  const afterIndex = afterOffsetAt ? undefined : before === after ? index : new LineIndex(after);
  const toBefore = (offset: number): number => {
    let applied = 0;
    for (const entry of shifts) {
      if (entry.afterEnd > offset) break;
      applied = entry.shift;
    }
    return offset - applied;
  };
  return {
    before: identifyOn({ text: before, offsetAt: (p) => index.offsetAt(p), edited: beforeEdited, toBefore: (offset) => offset }),
    after: identifyOn({ text: after, offsetAt: afterOffsetAt ?? ((p) => (afterIndex as LineIndex).offsetAt(p)), edited: afterEdited, toBefore }),
  };
}

/** Identities by rule, severity and week only (no texts to compare). */
export const byRuleAndWeek: Identify = ruleKey;

type Counts = Map<string, number>;

function countBy(diagnostics: readonly PlanDiagnostic[], key: Identify): Counts {
  const counts: Counts = new Map();
  for (const d of diagnostics) {
    const k = key(d);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * The problems `after` has that `before` did not: warnings and errors (and, when `rule` is given, diagnostics of that
 * rule at any severity) beyond the number of the same diagnostic before.
 */
export function addedProblems(
  before: readonly PlanDiagnostic[],
  after: readonly PlanDiagnostic[],
  identifyBefore: Identify,
  identifyAfter: Identify,
  rule?: string,
): PlanDiagnostic[] {
  const remaining = countBy(before, identifyBefore);
  const added: PlanDiagnostic[] = [];
  for (const d of after) {
    const key = identifyAfter(d);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      continue;
    }
    if (d.severity !== 'info' || d.rule === rule) added.push(d);
  }
  return added;
}

/**
 * True when `after` has no warning or error (and no diagnostic of `rule`) that `before` did not have. `texts` (and the
 * `edits` that made `after` from `before`) let places be compared; without them counts per rule, severity and week
 * decide.
 */
export function addsNoProblem(
  before: readonly PlanDiagnostic[],
  after: readonly PlanDiagnostic[],
  rule?: string,
  texts?: { before: string; after: string; edits?: readonly TextEdit[] },
): boolean {
  const identify = texts ? identities(texts.before, texts.after, texts.edits) : { before: byRuleAndWeek, after: byRuleAndWeek };
  return addedProblems(before, after, identify.before, identify.after, rule).length === 0;
}

/** True when the diagnostic's rule reports fewer diagnostics in its week than before. */
export function removesDiagnostic(before: readonly PlanDiagnostic[], after: readonly PlanDiagnostic[], target: PlanDiagnostic): boolean {
  const key = ruleWeek(target);
  const count = (list: readonly PlanDiagnostic[]): number => list.reduce((n, d) => n + (ruleWeek(d) === key ? 1 : 0), 0);
  return count(after) < count(before);
}

const ruleWeek = (d: PlanDiagnostic): string => `${d.rule}\u0000${d.week ?? ''}`;

/** A change judged: the problems it adds and the ones it clears (warnings and errors). */
export interface Judgement {
  added: PlanDiagnostic[];
  cleared: PlanDiagnostic[];
}

/** What a change of `before` into `after` by `edits` does to the problems (the week view shows this for a drag). */
export function judgeChange(
  before: { text: string; diagnostics: readonly PlanDiagnostic[] },
  after: { text: string; diagnostics: readonly PlanDiagnostic[] },
  edits: readonly TextEdit[],
): Judgement {
  const identify = identities(before.text, after.text, edits);
  return {
    added: addedProblems(before.diagnostics, after.diagnostics, identify.before, identify.after),
    cleared: addedProblems(after.diagnostics, before.diagnostics, identify.after, identify.before),
  };
}

/**
 * True when a change hides a new problem behind the user's `# hybrid-ignore` (a session moved onto an ignored line, or
 * an ignored session moved into a new conflict): the change judged again with every line's ignore comment left out.
 * Plans without one cost nothing.
 */
export function hidesNewProblem(
  before: Plan,
  after: Plan,
  config: ResolvedConfig | undefined,
  edits: readonly TextEdit[],
  /** A change that adds some problems on purpose judges with its own identity and says which added ones it allows. */
  judge?: { identify: Identify; allowed: (d: PlanDiagnostic) => boolean },
): boolean {
  if (!before.suppressions.some((s) => s.scope === 'line') && !after.suppressions.some((s) => s.scope === 'line')) return false;
  const all = { lineSuppressions: false } as const;
  const [was, now] = [checkPlan(before, config, all), checkPlan(after, config, all)];
  if (judge) return addedProblems(was, now, judge.identify, judge.identify).some((d) => !judge.allowed(d));
  return !addsNoProblem(was, now, undefined, { before: before.text, after: after.text, edits });
}

/** A day that holds two or more hard sessions: their texts as written, and its week. */
export interface HardStack {
  week: number;
  sessions: string[];
}

/**
 * The days of a plan that hold two or more hard sessions (races and tests aside), keyed by the sorted texts of their
 * hard sessions, with how often that stack occurs and the first day that holds it.
 */
function hardStacks(plan: Plan): Map<string, { count: number; first: HardStack }> {
  const stacks = new Map<string, { count: number; first: HardStack }>();
  for (const week of plan.weeks) {
    for (const day of week.days) {
      if (day.sessions.length < 2) continue;
      const hard: string[] = [];
      for (const session of day.sessions) {
        const c = classify(session);
        if (c.hard && !c.event) hard.push(session.text.replace(/\s+/g, ' ').trim());
      }
      if (hard.length < 2) continue;
      const key = hard.map((t) => t.toLowerCase()).sort().join('\u0000');
      const entry = stacks.get(key);
      if (entry) entry.count++;
      else stacks.set(key, { count: 1, first: { week: week.number, sessions: hard } });
    }
  }
  return stacks;
}

/**
 * The first day where a change puts a hard session beside another hard session that the plan did not already stack
 * so: a fix never makes a hard day harder. The rules read two hard sessions of one kind on one day with no time
 * between as one session in parts (`shuttle sprints + run 800m repeats`, as people write a track session), so no
 * diagnostic reports `Wed: run intervals + run hills` after hills were moved onto the intervals day; this does. A day
 * moved whole (a swap) keeps its stack and adds nothing.
 */
export function newHardStack(before: Plan, after: Plan): HardStack | undefined {
  // The plan before is the same for every candidate a fix weighs: its stacks are read once.
  let was = stacksBefore.get(before);
  if (!was) stacksBefore.set(before, (was = hardStacks(before)));
  for (const [key, { count, first }] of hardStacks(after)) if (count > (was.get(key)?.count ?? 0)) return first;
  return undefined;
}

const stacksBefore = new WeakMap<Plan, Map<string, { count: number; first: HardStack }>>();

/** True when the change stacks hard sessions on a day where the plan did not (`newHardStack`). */
export function stacksHardSessions(before: Plan, after: Plan): boolean {
  return newHardStack(before, after) !== undefined;
}
