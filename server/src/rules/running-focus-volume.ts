// running-focus-volume: with goal running, more than 2 gym sessions in a week (on the week header / first line), or
// every gym session of the week light while other weeks of the plan lift moderate or heavy (on the first light session):
// intensity cut instead of volume. A plan that is light throughout (a beginner, bodyweight work) is not told to lift
// heavy, and a week labelled deload, taper, recovery or race is light on purpose.
//
// data: { week: number; case: 'volume'; count: number }
//     | { week: number; case: 'all-light'; weekday: number; sessionRange: Range }
import { defineRule } from './define';
import { classify } from '../analysis/classify';
import { hasEvent } from './frequency';

/** Week labels that make a light week the plan's intent. */
const EASY_WEEK = /\b(deload|taper|recovery|race|rest|easy)\b/i;
import { sessionLabel, weekAnchor, weekOutings } from './helpers';
import { goalWords, weekGoal } from '../analysis/goal';

export const rule = defineRule({
  meta: {
    id: 'running-focus-volume',
    severity: 'info',
    description: 'Goal running with more than 2 gym sessions a week, or with every gym session light where other weeks lift heavier.',
    reason: 'If running is your focus, reduce gym volume — not intensity.',
    category: 'weekly',
    fixable: false,
  },
  check(context) {
    const liftsHeavier = context.plan.weeks.some((week) =>
      // Written moderate or heavy (or heavy by its sets): a bare `strength` says nothing about intensity.
      week.days.some((day) => day.sessions.some((s) => s.kind === 'gym' && (classify(s).hardGym || (s.intensityRange !== undefined && s.intensity !== 'light')))),
    );
    for (const week of context.plan.weeks) {
      // A race week is built around the race.
      // The written goal, else the one the plan reads as (analysis/goal.ts).
      const goal = weekGoal(context.plan, week);
      if (goal.goal !== 'running' || hasEvent(week)) continue;
      // Counted as gym-frequency counts them: one per outing (`chest & triceps` is one workout).
      const gyms = weekOutings(week, (s) => s.kind === 'gym' && !classify(s).accessory);
      if (gyms.length > 2) {
        context.report({
          message: `${gyms.length} gym sessions this week ${goalWords(goal)} — the guide says if running is your focus, reduce gym volume (2 sessions), not intensity`,
          range: weekAnchor(context.plan, week),
          week: week.number,
          data: { week: week.number, case: 'volume', count: gyms.length },
        });
      }
      const light = gyms.length > 0 && gyms.every(({ session }) => session.kind === 'gym' && session.intensity === 'light');
      if (light && liftsHeavier && !EASY_WEEK.test(week.block.header?.label?.value ?? '')) {
        const { weekday, session } = gyms[0];
        context.report({
          message: `Every gym session this week is light (${sessionLabel(weekday, session)}) ${goalWords(goal)}, lighter than the plan's other weeks — the guide says reduce gym volume, not intensity`,
          range: session.range,
          week: week.number,
          sessions: [session],
          data: { week: week.number, case: 'all-light', weekday, sessionRange: session.range },
        });
      }
    }
  },
});
