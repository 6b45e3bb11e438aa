// Shared check of gym-frequency and run-frequency: a warning on each session past the most a week should hold,
// an info on the week when it holds too few.
//
// data (above): { week: number; weekday: number; sessionRange: Range; count: number; max: number; kind: 'gym' | 'run' }
// data (below): { week: number; count: number; min: number; kind: 'gym' | 'run' }
import type { Session } from '../language/model';
import type { OptionSpec, RuleContextOf } from './define';

/** The options of both frequency rules. */
export type FrequencyContext = RuleContextOf<{ max: OptionSpec; min: OptionSpec }>;
import { classify, isSupportRun } from '../analysis/classify';
import { isEliteWeek } from './elite-volume';
import type { Week } from '../language/model';

/** Week labels that make fewer sessions the plan's intent. */
const LIGHT_WEEK = /\b(deload|taper|recovery|race|rest|easy)\b/i;

/** A week that holds a race or a test. */
export function hasEvent(week: Week): boolean {
  for (const day of week.days) for (const session of day.sessions) if (classify(session).event) return true;
  return false;
}
import { lazyReport, ordinal, plural, sessionLabel, weekAnchor, weekOutings } from './helpers';
import { goalWords, weekGoal } from '../analysis/goal';
import { distinctDays } from './sameDay';

export interface FrequencySpec {
  kind: 'gym' | 'run';
  /** `gym session`, `run` */
  noun: string;
  /** The guide's words against too many. */
  adviceAbove: string;
  /** The words against too many with goal running, when they differ. */
  adviceAboveRunning?: string;
  /** The guide's words for enough. */
  adviceBelow: string;
  /** The guide's words for enough with goal running, when they differ. */
  adviceBelowRunning?: string;
  min(context: FrequencyContext, goal: string | undefined): number;
  /** Sessions of another kind that count against too few (running inside a circuit counts as a run for "only 1 run"). */
  alsoBelow?(session: Session): boolean;
  /** Sessions of the kind that count against too few but not toward the most (short speed work: `sprints 6 x 30m`). */
  notAbove?(session: Session): boolean;
  /**
   * True when a week with none of the kind is not told it has too few: its endurance is another sport (a rower's or a
   * cyclist's week, `row UT2`, `bike 2h Z2`), where the guide's runs are not the advice.
   */
  noneIsFine?(week: Week): boolean;
  /** Most a week for the week's goal; the `max` option when the user set it. */
  max?(context: FrequencyContext, goal: string | undefined): number;
}

export function checkFrequency(context: FrequencyContext, spec: FrequencySpec): void {
  // The repeats of a range say what their first week says (once per goal in force; no week number in the message).
  for (const week of distinctDays(context.plan.weeks, (week) => week.goal)) {
    // The written goal, else the one the plan reads as (analysis/goal.ts): a pasted marathon plan is a running plan.
    const goal = weekGoal(context.plan, week);
    const running = goal.goal === 'running';
    const max = spec.max ? spec.max(context, goal.goal) : context.options.max;
    // Short core / mobility work in the gym is not one of the guide's gym sessions, and a race is not a training run.
    // Lifts (or runs) of one day with no time between them are one session: `deadlift + push ups + plank`.
    // Nor is a jog written as the warm-up or cool-down of another session (`jog 10 min warm-up, then squat 5x5`), nor a
    // session of running drills (`running form drills 15min`): technique work, not a run.
    const counted = (s: Session): boolean => s.kind === spec.kind && !classify(s).accessory && !classify(s).event && !isSupportRun(s);
    const notAbove = spec.notAbove;
    const placed = weekOutings(week, notAbove ? (s: Session) => counted(s) && !notAbove(s) : counted);
    const count = placed.length;
    if (count > max) {
      placed.slice(max).forEach(({ weekday, session }, index) => {
        // Words made only for a report that is listed (`lazyReport`).
        context.report(
          lazyReport({ range: session.range, week: week.number, sessions: [session] }, () => ({
            message: `${ordinal(max + index + 1)} ${spec.noun} this week (${sessionLabel(weekday, session)}), more than ${max}${
              running && spec.adviceAboveRunning ? ` ${goalWords(goal)}` : ''
            } — ${running && spec.adviceAboveRunning ? spec.adviceAboveRunning : spec.adviceAbove}`,
            data: { week: week.number, weekday, sessionRange: session.range, count, max, kind: spec.kind },
          })),
        );
      });
      continue;
    }
    const min = spec.min(context, goal.goal);
    const alsoBelow = spec.alsoBelow;
    const countBelow =
      (alsoBelow ? weekOutings(week, (s: Session) => s.kind !== spec.kind && alsoBelow(s)).length : 0) +
      (notAbove ? weekOutings(week, counted).length : count);
    // A race or test week is built around the event: its missing sessions are not a mistake.
    // Nor is a week of elite volume (elite-volume): more of anything is not the advice there.
    if (countBelow < min && !hasEvent(week) && !LIGHT_WEEK.test(week.block.header?.label?.value ?? '') && !isEliteWeek(week) && !(countBelow === 0 && spec.noneIsFine?.(week))) {
      context.report({
        message: `${count === 0 ? `No ${spec.noun}` : `Only ${plural(count, spec.noun)}`} this week${min === 1 ? '' : `, fewer than ${min}`}${
          running && spec.kind === 'gym' ? ` ${goalWords(goal)}` : ''
        } — ${running && spec.adviceBelowRunning ? spec.adviceBelowRunning : spec.adviceBelow}`,
        severity: 'info',
        range: weekAnchor(context.plan, week),
        week: week.number,
        data: { week: week.number, count, min, kind: spec.kind },
      });
    }
  }
}
