// quality-limit: more than 1 quality run in a week; a warning on each quality run past the first.
//
// data: { week: number; weekday: number; sessionRange: Range; count: number; max: number }
import { defineRule } from './define';
import { distinctDays } from './sameDay';
import { classify } from '../analysis/classify';
import { lazyReport, ordinal, sessionLabel, weekOutings } from './helpers';
import { goalWords, weekGoal } from '../analysis/goal';

/** Quality runs a week that are normal for a runner (goal running). */
export const RUNNING_GOAL_MAX_QUALITY = 2;

export const rule = defineRule({
  meta: {
    id: 'quality-limit',
    severity: 'warning',
    description: 'More than 1 quality run (tempo, intervals, hills, …) in a week — 2 with goal running.',
    reason: 'Running (2–3x per week): 1–2 easy runs, 1 optional quality session (tempo or intervals).',
    category: 'weekly',
    options: {
      max: { description: 'Most quality runs a week (default 1, or 2 with goal running).', default: 1, minimum: 0, maximum: 14 },
    },
    fixable: true,
  },
  check(context) {
    // The repeats of a `week N-M` range report what their first week reports (sameDay.ts, `distinctDays`).
    for (const week of distinctDays(context.plan.weeks, (week) => week.goal)) {
      // A runner (goal running) does two quality sessions a week (Daniels' two Q days); the guide's one is for lifters.
      // The written goal, else the one the plan reads as (analysis/goal.ts).
      const goal = weekGoal(context.plan, week);
      const max = context.userOptions?.max ?? (goal.goal === 'running' ? RUNNING_GOAL_MAX_QUALITY : context.options.max);
      // A race is a planned hard day, not a second quality session; the parts of one outing (`shuttle sprints + run
      // 800m repeats`) are one session.
      const quality = weekOutings(week, (s) => classify(s).qualityRun && !classify(s).event);
      const count = quality.length;
      quality.slice(max).forEach(({ weekday, session }, index) => {
        // Words made only for a report that is listed (`lazyReport`).
        context.report(
          lazyReport({ range: session.range, week: week.number, sessions: [session] }, () => ({
            message:
              goal.goal === 'running' && context.userOptions?.max === undefined
                ? `${ordinal(max + index + 1)} quality run this week (${sessionLabel(weekday, session)}), more than ${max} ${goalWords(goal)} — two quality sessions a week is the most a runner's week holds with lifting; keep the others easy`
                : `${ordinal(max + index + 1)} quality run this week (${sessionLabel(weekday, session)}), more than ${max} — the guide says 1 optional quality session (tempo or intervals); keep the others easy`,
            data: { week: week.number, weekday, sessionRange: session.range, count, max },
          })),
        );
      });
    }
  },
});
