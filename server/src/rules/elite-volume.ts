// elite-volume: a week with an elite athlete's volume — more than 12 training sessions, more than 15 hours of
// training, or more than 130 km of running; on the week header (or first line).
//
// data: { week: number; sessions: number; minutes: number; runKm: number; over: ('sessions' | 'hours' | 'km')[] }
import { defineRule } from './define';
import { classify } from '../analysis/classify';
import { weekTotals, type WeekTotals } from '../analysis/totals';
import type { Week } from '../language/model';
import { formatHours, formatKm, weekAnchor, weekWords } from './helpers';

export const rule = defineRule({
  meta: {
    id: 'elite-volume',
    severity: 'warning',
    description: 'A week of elite volume: more than 12 training sessions, 15 hours of training or 130 km of running.',
    reason:
      'Common mistake: copying elite athlete volume. More is rarely better; the sweet spot is 3 gym sessions and 2–3 runs.',
    category: 'load',
    options: {
      sessions: { description: 'Most training sessions a week (rest, easy walks, mobility and short core work not counted).', default: 12, minimum: 1, maximum: 50 },
      hours: { description: 'Most hours of training a week.', default: 15, minimum: 1, maximum: 100 },
      km: { description: 'Most km of running a week.', default: 130, minimum: 1, maximum: 1000 },
    },
    fixable: false,
  },
  check(context) {
    const maxSessions = context.options.sessions;
    const maxHours = context.options.hours;
    const maxKm = context.options.km;
    // The repeats of a `week N-M` block share their days: counted once (the kept repeats of a crowded range each
    // counted every session).
    const counted = new Map<Week['days'], { sessions: number; totals: WeekTotals }>();
    for (const week of context.plan.weeks) {
      let found = counted.get(week.days);
      if (found === undefined) {
        let sessions = 0;
        for (const day of week.days) {
          for (const session of day.sessions) {
            const c = classify(session);
            if (!c.restLike && !c.accessory) sessions++;
          }
        }
        counted.set(week.days, (found = { sessions, totals: weekTotals(week) }));
      }
      const { sessions, totals } = found;
      const over: ('sessions' | 'hours' | 'km')[] = [];
      const parts: string[] = [];
      if (sessions > maxSessions) {
        over.push('sessions');
        parts.push(`${sessions} training sessions (more than ${maxSessions})`);
      }
      if (totals.minutes > maxHours * 60) {
        over.push('hours');
        parts.push(`${formatHours(totals.minutes)} of training (more than ${maxHours} h)`);
      }
      if (totals.runKm > maxKm) {
        over.push('km');
        parts.push(`${formatKm(totals.runKm)} of running (more than ${maxKm} km)`);
      }
      if (over.length === 0) continue;
      context.report({
        message: `Elite volume ${weekWords(context.plan, week)}: ${parts.join(', ')} — the guide warns against copying elite athlete volume; more is rarely better`,
        range: weekAnchor(context.plan, week),
        week: week.number,
        data: { week: week.number, sessions, minutes: totals.minutes, runKm: totals.runKm, over },
      });
    }
  },
});
