// fresh-for-quality: a quality run that comes after a moderate gym session working the legs on the same day, less than
// 6 hours before it, when the plan states that order (times, or `then` / `followed by`). After a heavy session the pair is two hard sessions on one day:
// hard-same-day reports it (with the same words of the guide), so one mistake gets one squiggle.
//
// data: {
//   week: number; weekday: number; sessionRange: Range;                 // the quality run (the diagnostic's range)
//   otherWeek: number; otherWeekday: number; otherSessionRange: Range;   // the gym session before it (same day)
// }
import { defineRule } from './define';
import type { Session } from '../language/model';
import { classify } from '../analysis/classify';
import { exercisesArea } from '../analysis/exercises';
import { dayName, sameDayReport, sessionLabel, sessionText } from './helpers';
import { DayOrder, distinctDays } from './sameDay';
import { orderStated } from './order';

const FRESH_MINUTES = 6 * 60;

/** A moderate gym session that leaves the legs tired (a heavy one is hard-same-day's). */
function tiring(session: Session): boolean {
  // Heavy by its sets (`squat 5x5`) is heavy as much as written `heavy`: hard-same-day's pair.
  if (session.kind !== 'gym' || session.intensity !== 'moderate' || classify(session).hardGym) return false;
  if (classify(session).accessory) return false;
  const area = session.exercises.length > 0 ? exercisesArea(session.exercises.map((e) => e.name)) : undefined;
  if (area !== undefined && area !== 'core') return area === 'lower' || area === 'full';
  // Nothing known about it (`med ball throws`, a bare `strength`): only a written leg focus counts.
  return session.focusRange !== undefined && (session.focus === 'lower' || session.focus === 'full');
}

export const rule = defineRule({
  meta: {
    id: 'fresh-for-quality',
    severity: 'warning',
    description: 'A quality run after a moderate leg session in the gym on the same day (less than 6 h before it).',
    reason: 'Be fresh at the beginning of your quality sessions. If training on the same day, separate sessions by at least 6–8 hours.',
    category: 'scheduling',
    reach: { byDay: true },
    fixable: true,
  },
  check(context) {
    const text = context.plan.text;
    for (const week of distinctDays(context.plan.weeks)) {
      for (const day of week.days) {
        if (day.sessions.length < 2) continue;
        // The tiring gym sessions of the day, by time: the first one close before each quality run, in log time.
        const order = new DayOrder(day, (session) => (tiring(session) ? 0 : undefined));
        for (const run of day.sessions) {
          if (run.kind !== 'run') continue;
          const c = classify(run);
          if (!c.qualityRun || c.event) continue;
          // Before the run and not recovered from: not am and pm, not 6 h or more apart by the times written.
          const gym = order.session(order.firstCloseBefore(run, 0, FRESH_MINUTES));
          // Only when the plan says the lifting comes first: a `+` lists the day's sessions, it does not order them
          // (same-day-spacing asks for the times then).
          if (!gym || !orderStated(text, gym, run)) continue;
          context.report(
            sameDayReport(
              week,
              day.weekday,
              run,
              gym,
              `Quality run (${sessionLabel(day.weekday, run)}) after ${sessionText(gym)} on the same day — the guide says be fresh at the beginning of your quality sessions: run first, or put 6–8 hours between them`,
              `Before the quality run on ${dayName(day.weekday)}: ${sessionText(gym)}`,
              {},
            ),
          );
        }
      }
    }
  },
});
