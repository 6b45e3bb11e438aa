// gym-duration: a gym session planned longer than 75 minutes; on the duration.
//
// data: { week: number; weekday: number; sessionRange: Range; durationRange: Range; minutes: number; max: number }
import { defineRule } from './define';
import { distinctDays } from './sameDay';
import { sessionLabel } from './helpers';

export const rule = defineRule({
  meta: {
    id: 'gym-duration',
    severity: 'info',
    description: 'A gym session longer than 75 minutes.',
    reason: 'Keep sessions strong and efficient. 60–75 minutes is plenty.',
    category: 'weekly',
    options: {
      minutes: { description: 'Longest gym session in minutes.', default: 75, minimum: 1, maximum: 600 },
    },
    fixable: true,
  },
  check(context) {
    const max = context.options.minutes;
    // The repeats of a `week N-M` range report what their first week reports (sameDay.ts, `distinctDays`).
    for (const week of distinctDays(context.plan.weeks)) {
      for (const day of week.days) {
        for (const gym of day.sessions) {
          const duration = gym.attributes.duration;
          if (gym.kind !== 'gym' || !duration || duration.value <= max) continue;
          context.report({
            message: `Gym session of ${duration.value} min (${sessionLabel(day.weekday, gym)}), longer than ${max} min — the guide says 60–75 minutes is plenty`,
            range: duration.range,
            week: week.number,
            sessions: [gym],
            data: { week: week.number, weekday: day.weekday, sessionRange: gym.range, durationRange: duration.range, minutes: duration.value, max },
          });
        }
      }
    }
  },
});
