// same-day-spacing: a run and a gym session on one day less than 6 h apart (warning), or with no times (info). The
// info is only for a pair with a hard session in it: an easy run beside light gym work needs no clock.
//
// data: {
//   week: number; weekday: number;
//   sessionRange: Range;       // the later of the two (the diagnostic's range)
//   otherWeek: number; otherWeekday: number; otherSessionRange: Range; // the earlier one (same day)
//   gap: 'exact' | 'same-period' | 'at-least' | 'unknown';
//   gapMinutes?: number;       // 'exact', and 'at-least' (one clock time, the other only the opposite am / pm)
// }
import type { Session } from '../language/model';
import type { Severity } from './types';
import { defineRule } from './define';
import { classify } from '../analysis/classify';
import { comesBefore, dayName, formatHours, plural, sameDayReport, sessionText, startGap, type Gap } from './helpers';

/** A run, or a gym session that is one of the guide's (short core or mobility work needs no 6 hours). */
function isRunOrGym(session: Session): boolean {
  return session.kind === 'run' || (session.kind === 'gym' && !classify(session).accessory);
}

/**
 * A pair where the times matter: one of them is hard on the legs (heavy legs, a quality run), or heavy legs meet a long
 * run. Heavy bench beside an easy run needs no clock.
 */
function hardPair(a: Session, b: Session): boolean {
  const ca = classify(a);
  const cb = classify(b);
  return ca.legHard || cb.legHard || (ca.heavyLegs && cb.longRun) || (cb.heavyLegs && ca.longRun);
}

export const rule = defineRule({
  meta: {
    id: 'same-day-spacing',
    severity: 'warning',
    description:
      'A run and a gym session on one day that start less than 6 hours apart (warning), or, when one of them is hard on the legs, with no times that say how far apart (info).',
    reason:
      'If training on the same day, separate sessions by at least 6–8 hours when possible. Robineau 2016: 0 h between sessions cut strength gains compared with 6 h.',
    category: 'scheduling',
    options: {
      hours: { description: 'Least hours between a run and a gym session on one day.', default: 6, minimum: 0, maximum: 24 },
    },
    reach: { byDay: true },
    fixable: true,
  },
  check(context) {
    const hours = context.options.hours;
    for (const week of context.plan.weeks) {
      for (const day of week.days) {
        if (day.sessions.length < 2) continue;
        for (const later of day.sessions) {
          if (!isRunOrGym(later)) continue;
          let worst: { gap: Gap; earlier: Session; severity: Severity } | undefined;
          for (const earlier of day.sessions) {
            if (earlier === later || !isRunOrGym(earlier) || earlier.kind === later.kind || classify(earlier).event || classify(later).event) continue;
            if (!comesBefore(day, earlier, later)) continue;
            const gap = startGap(earlier, later);
            let severity: Severity | undefined;
            if (gap.kind === 'exact') severity = gap.minutes < hours * 60 ? 'warning' : undefined;
            else if (gap.kind === 'same-period') severity = 'warning';
            else if (gap.kind === 'at-least') severity = gap.minutes < hours * 60 && hardPair(earlier, later) ? 'info' : undefined;
            else if (gap.kind === 'unknown') severity = hardPair(earlier, later) ? 'info' : undefined;
            if (!severity) continue;
            if (!worst || (severity === 'warning' && worst.severity === 'info')) worst = { gap, earlier, severity };
          }
          if (!worst) continue;
          const { gap, earlier, severity } = worst;
          const run = later.kind === 'run' ? later : earlier;
          const gym = run === later ? earlier : later;
          const pair = `${sessionText(run)} and ${sessionText(gym)}`;
          const advice = `the guide says separate sessions by at least 6–8 hours when possible (at least ${plural(hours, 'hour')} here)`;
          let message: string;
          if (gap.kind === 'exact') message = `Run and gym on ${dayName(day.weekday)} start only ${formatHours(gap.minutes)} apart (${pair}) — ${advice}`;
          else if (gap.kind === 'same-period')
            message = `Run and gym both in the ${gap.period} on ${dayName(day.weekday)} (${pair}) — ${advice}`;
          else if (gap.kind === 'at-least')
            message = `Run and gym on ${dayName(day.weekday)} may start less than ${plural(hours, 'hour')} apart (${pair}): one clock time and one am / pm say only at least ${formatHours(gap.minutes)} — ${advice}; give both a clock time`;
          else message = `Run and gym on ${dayName(day.weekday)} with no times to keep them apart (${pair}) — ${advice}; set am / pm`;
          const gapData = { gap: gap.kind, ...(gap.kind === 'exact' || gap.kind === 'at-least' ? { gapMinutes: gap.minutes } : {}) };
          context.report({
            ...sameDayReport(week, day.weekday, later, earlier, message, `The other session on ${dayName(day.weekday)}: ${sessionText(earlier)}`, gapData),
            severity,
          });
        }
      }
    }
  },
});
