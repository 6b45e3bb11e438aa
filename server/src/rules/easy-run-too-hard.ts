// easy-run-too-hard: a run written `easy` or `recovery` carrying rpe ≥ 6 (a range reaching it) or zone z3+; on the effort. An untyped run
// with an effort is not called easy (`run 4km rpe 6` is a steady run: all-runs-hard looks at those).
//
// data: { week: number; weekday: number; sessionRange: Range; effortRange: Range; effort: 'rpe' | 'zone'; value: number }
import { defineRule } from './define';
import { distinctDays } from './sameDay';
import { sessionLabel, zoneWords } from './helpers';

export const rule = defineRule({
  meta: {
    id: 'easy-run-too-hard',
    severity: 'warning',
    description: 'An easy or recovery run that carries rpe 6 or more, or zone z3 or higher.',
    reason: 'Easy runs must stay easy: conversational, controlled, almost too slow.',
    category: 'weekly',
    options: {
      rpe: { description: 'Lowest rpe that is too hard for an easy run.', default: 6, minimum: 1, maximum: 10 },
    },
    fixable: true,
  },
  check(context) {
    const limit = context.options.rpe;
    // The repeats of a `week N-M` range report what their first week reports (sameDay.ts, `distinctDays`).
    for (const week of distinctDays(context.plan.weeks)) {
      for (const day of week.days) {
        for (const run of day.sessions) {
          if (run.kind !== 'run' || !run.runTypeRange || (run.runType !== 'easy' && run.runType !== 'recovery')) continue;
          const { rpe, zone } = run.attributes;
          const effort = rpe && (rpe.span?.high ?? rpe.value) >= limit ? { kind: 'rpe' as const, at: rpe, words: `rpe ${rpe.span ? `${rpe.span.low}-${rpe.span.high}` : rpe.value}` }
            : zone && zone.value >= 3 ? { kind: 'zone' as const, at: zone, words: zoneWords(run) as string }
            : undefined;
          if (!effort) continue;
          context.report({
            message: `${run.runType === 'recovery' ? 'Recovery' : 'Easy'} run at ${effort.words} (${sessionLabel(day.weekday, run)}) — the guide says easy runs must stay easy: conversational, almost too slow (below rpe ${limit}, zone z1–z2)`,
            range: effort.at.range,
            tags: ['unnecessary'],
            week: week.number,
            sessions: [run],
            data: { week: week.number, weekday: day.weekday, sessionRange: run.range, effortRange: effort.at.range, effort: effort.kind, value: effort.at.value },
          });
        }
      }
    }
  },
});
