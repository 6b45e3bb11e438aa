// gym-volume: a gym session whose listed working sets add up to far more than low-to-moderate volume (more than 24
// by default); on the exercise list. Sessions without sets written are not judged.
//
// data: { week: number; weekday: number; sessionRange: Range; sets: number; max: number }
import { defineRule } from './define';
import { distinctDays } from './sameDay';
import { sessionLabel } from './helpers';

export const rule = defineRule({
  meta: {
    id: 'gym-volume',
    severity: 'warning',
    description: 'A gym session whose listed sets add up to more than 24 — far beyond low-to-moderate volume.',
    reason:
      'Lift heavy, not exhausted: you don’t need high-volume bodybuilding workouts — heavy sets, clean reps, low-to-moderate volume. Strength prescriptions top out near 24 working sets a session (NSCA: 2–6 sets of 3–4 multi-joint lifts).',
    category: 'weekly',
    options: {
      sets: { description: 'Most working sets listed in one gym session.', default: 24, minimum: 1, maximum: 200 },
    },
    reach: { byDay: false },
    fixable: false,
  },
  check(context) {
    const max = context.options.sets;
    // The repeats of a `week N-M` range report what their first week reports (sameDay.ts, `distinctDays`).
    for (const week of distinctDays(context.plan.weeks)) {
      for (const day of week.days) {
        for (const gym of day.sessions) {
          if (gym.kind !== 'gym' || !gym.exercisesRange) continue;
          let sets = 0;
          for (const exercise of gym.exercises) sets += exercise.sets ?? 0;
          if (sets <= max) continue;
          context.report({
            message: `${sets} working sets in one gym session (${sessionLabel(day.weekday, gym)}), more than ${max} — the guide says lift heavy, not exhausted: heavy sets, clean reps, low-to-moderate volume`,
            range: gym.exercisesRange,
            week: week.number,
            sessions: [gym],
            data: { week: week.number, weekday: day.weekday, sessionRange: gym.range, sets, max },
          });
        }
      }
    }
  },
});
