// hard-after-heavy-legs: a long or quality run on the day after a heavy-legs day.
//
// data: {
//   week: number; weekday: number; sessionRange: Range;          // the run (the diagnostic's range)
//   otherWeek: number; otherWeekday: number; otherSessionRange: Range; // the heavy-legs session of the day before
//   run: 'long' | 'quality';
// }
import { defineRule } from './define';
import { classify } from '../analysis/classify';
import { previousDay, sessionLabel } from './helpers';

export const rule = defineRule({
  meta: {
    id: 'hard-after-heavy-legs',
    severity: 'warning',
    description: 'A long or quality run on the day after a heavy-legs day.',
    reason:
      'Avoid: long runs the day after brutal leg sessions. Running economy stays impaired up to 48 h after lower-body lifting (Doma 2019).',
    category: 'scheduling',
    reach: { weeksBack: 1, weeksAhead: 1, byDay: true },
    fixable: true,
  },
  check(context) {
    const { plan } = context;
    plan.weeks.forEach((week, weekIndex) => {
      for (const day of week.days) {
        for (const run of day.sessions) {
          if (run.kind !== 'run') continue;
          const runClass = classify(run);
          if ((!runClass.longRun && !runClass.qualityRun) || runClass.event) continue;
          const before = previousDay(plan, weekIndex, day.weekday);
          const legs = before?.day.sessions.find((s) => classify(s).heavyLegs);
          if (!before || !legs) continue;
          const what = runClass.qualityRun ? 'Quality run' : 'Long run';
          const why = runClass.qualityRun
            ? 'running economy stays impaired up to 48 h after heavy lower-body lifting; the guide says hard days must be separated'
            : 'the guide says avoid long runs the day after brutal leg sessions';
          context.report({
            message: `${what} (${sessionLabel(day.weekday, run)}) the day after heavy legs (${sessionLabel(before.day.weekday, legs)}) — ${why}`,
            range: run.range,
            related: [{ range: legs.range, message: `Heavy legs the day before: ${sessionLabel(before.day.weekday, legs)}` }],
            week: week.number,
            sessions: [run, legs],
            data: {
              week: week.number,
              weekday: day.weekday,
              sessionRange: run.range,
              otherWeek: before.week.number,
              otherWeekday: before.day.weekday,
              otherSessionRange: legs.range,
              run: runClass.qualityRun ? 'quality' : 'long',
            },
          });
        }
      }
    });
  },
});
