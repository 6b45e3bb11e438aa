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
import { DayOrder, distinctDays } from './sameDay';
import { classify } from '../analysis/classify';
import { dayName, formatHours, lazySameDayReport, plural, sessionText, startGap } from './helpers';

/** A run, or a gym session that is one of the guide's (short core or mobility work needs no 6 hours). */
function isRunOrGym(session: Session): boolean {
  return session.kind === 'run' || (session.kind === 'gym' && !classify(session).accessory);
}

const KIND_GYM = 8;

/** A run or gym session's kind and the classes hardPairKey looks at; undefined for anything else and for events. */
function spacingKey(session: Session): number | undefined {
  if (!isRunOrGym(session)) return undefined;
  const c = classify(session);
  if (c.event) return undefined;
  return (session.kind === 'gym' ? KIND_GYM : 0) | (c.legHard ? 1 : 0) | (c.heavyLegs ? 2 : 0) | (c.longRun ? 4 : 0);
}

/**
 * A pair where the times matter (the earlier one given by its key): one of them is hard on the legs (heavy legs, a
 * quality run), or heavy legs meet a long run. Heavy bench beside an easy run needs no clock.
 */
function hardPairKey(key: number, later: Session): boolean {
  const c = classify(later);
  return (key & 1) !== 0 || c.legHard || ((key & 2) !== 0 && c.longRun) || (c.heavyLegs && (key & 4) !== 0);
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
    for (const week of distinctDays(context.plan.weeks)) {
      for (const day of week.days) {
        if (day.sessions.length < 2) continue;
        // Runs and gym sessions by kind and by what hardPairKey looks at (events never pair): the first close one
        // before each session, in log time (linear per day).
        const order = new DayOrder(day, spacingKey);
        for (const later of day.sessions) {
          if (!isRunOrGym(later) || classify(later).event) continue;
          const otherKind = later.kind === 'run' ? KIND_GYM : 0;
          const minutes = hours * 60;
          let warning = Infinity;
          let info = Infinity;
          for (const key of order.keys()) {
            if ((key & KIND_GYM) !== otherKind) continue;
            // Same half of the day, or two clock times under the spacing: a warning.
            warning = Math.min(warning, order.firstNearBefore(later, key, minutes));
            // No time on one of them, or one clock time and the other half of the day: an info for a hard pair.
            if (hardPairKey(key, later)) info = Math.min(info, order.firstLooseBefore(later, key, minutes));
          }
          const position = Number.isFinite(warning) ? warning : info;
          const earlier = order.session(position);
          if (!earlier) continue;
          const severity: Severity = position === warning ? 'warning' : 'info';
          // Words made only for a report that is listed (`lazyReport`).
          context.report(
            lazySameDayReport(week, day.weekday, later, earlier, severity, () => {
              const gap = startGap(earlier, later);
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
              const extra = { gap: gap.kind, ...(gap.kind === 'exact' || gap.kind === 'at-least' ? { gapMinutes: gap.minutes } : {}) };
              return { message, relatedMessage: `The other session on ${dayName(day.weekday)}: ${sessionText(earlier)}`, extra };
            }),
          );
        }
      }
    }
  },
});
