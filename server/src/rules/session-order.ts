// session-order: a run and a gym session share a day in the wrong order for the goal (strength → lift first,
// running → run first), when the plan states the order (times, or `then` / `followed by` on the line: order.ts). Silent
// for goal balanced or no goal, for core / mobility support work, for a warm-up or cool-down jog, and, with goal running,
// for upper-body lifting before an easy run.
//
// data: {
//   week: number; weekday: number;
//   sessionRange: Range;       // the session that should go second (the diagnostic's range)
//   otherWeek: number; otherWeekday: number; otherSessionRange: Range; // the session that should go first (same day)
//   goal: 'strength' | 'running';
// }
import type { Session } from '../language/model';
import { defineRule } from './define';
import { dayName, sessionText } from './helpers';
import { DayOrder, distinctDays } from './sameDay';
import { orderStated } from './order';
import { classify, gymWorksLegs, isSupportRun } from '../analysis/classify';

/**
 * Whether the order of a run and a gym session matters to the goal. Not for short core / mobility support work, nor
 * for a jog that is the warm-up or cool-down of the day; with goal running, not for lifting that leaves the legs
 * fresh (upper body) before an easy run: what the run-first advice protects is the run, and that run is not hurt.
 */
function orderMatters(gym: Session, run: Session, goal: 'strength' | 'running'): boolean {
  if (classify(gym).accessory || isSupportRun(run)) return false;
  if (goal === 'running' && !gymWorksLegs(gym) && classify(run).easyRun) return false;
  return true;
}

export const rule = defineRule({
  meta: {
    id: 'session-order',
    severity: 'info',
    description: 'A run and a gym session on one day in the wrong order for the goal: strength → lift first, running → run first.',
    reason:
      'Should you run or lift first? It depends on your priority. Strength: lift first, run later in the day or on separate days. Running: run first, lift as support work.',
    category: 'scheduling',
    reach: { byDay: true },
    fixable: true,
  },
  check(context) {
    const text = context.plan.text;
    for (const week of distinctDays(context.plan.weeks, (week) => week.goal)) {
      const goal = week.goal;
      if (goal !== 'strength' && goal !== 'running') continue;
      const firstKind = goal === 'strength' ? 'gym' : 'run';
      const secondKind = goal === 'strength' ? 'run' : 'gym';
      for (const day of week.days) {
        if (day.sessions.length < 2) continue;
        const order = new DayOrder(day, (session) => (session.kind === firstKind ? 0 : undefined));
        for (const second of day.sessions) {
          if (second.kind !== secondKind) continue;
          // The first session (as written) of the kind that should go first, but comes after this one.
          const first = order.session(order.firstAfter(second, 0));
          if (!first) continue;
          if (!orderMatters(goal === 'strength' ? first : second, goal === 'strength' ? second : first, goal)) continue;
          if (!orderStated(text, second, first)) continue;
          const message =
            goal === 'strength'
              ? `Run before lifting on ${dayName(day.weekday)} (${sessionText(second)} before ${sessionText(first)}) with goal strength — the guide says lift first, run later in the day or on separate days`
              : `Lifting before the run on ${dayName(day.weekday)} (${sessionText(second)} before ${sessionText(first)}) with goal running — the guide says run first, lift as support work`;
          context.report({
            message,
            range: second.range,
            related: [{ range: first.range, message: `Should go first: ${sessionText(first)}` }],
            week: week.number,
            sessions: [second, first],
            data: {
              week: week.number,
              weekday: day.weekday,
              sessionRange: second.range,
              otherWeek: week.number,
              otherWeekday: day.weekday,
              otherSessionRange: first.range,
              goal,
            },
          });
        }
      }
    }
  },
});
