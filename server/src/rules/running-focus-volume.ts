// running-focus-volume: with goal running, more than 2 gym sessions in a week (on the week header / first line), or
// every gym session of the week light (on the first light session).
//
// data: { week: number; case: 'volume'; count: number }
//     | { week: number; case: 'all-light'; weekday: number; sessionRange: Range }
import type { Rule } from './types';
import { classify } from '../analysis/classify';
import { sessionLabel, weekAnchor, weekSessions } from './helpers';

export const rule: Rule = {
  meta: {
    id: 'running-focus-volume',
    severity: 'info',
    description: 'Goal running with more than 2 gym sessions a week, or with every gym session light.',
    reason: 'If running is your focus, reduce gym volume — not intensity.',
    category: 'weekly',
    options: [],
    fixable: false,
  },
  check(context) {
    for (const week of context.plan.weeks) {
      if (week.goal !== 'running') continue;
      const gyms = weekSessions(week, (s) => s.kind === 'gym' && !classify(s).accessory);
      if (gyms.length > 2) {
        context.report({
          message: `${gyms.length} gym sessions this week with goal running — the guide says if running is your focus, reduce gym volume (2 sessions), not intensity`,
          range: weekAnchor(context.plan, week),
          week: week.number,
          data: { week: week.number, case: 'volume', count: gyms.length },
        });
      }
      if (gyms.length > 0 && gyms.every(({ session }) => session.kind === 'gym' && session.intensity === 'light')) {
        const { weekday, session } = gyms[0];
        context.report({
          message: `Every gym session this week is light (${sessionLabel(weekday, session)}) with goal running — the guide says reduce gym volume, not intensity: keep lifting heavy`,
          range: session.range,
          week: week.number,
          sessions: [session],
          data: { week: week.number, case: 'all-light', weekday, sessionRange: session.range },
        });
      }
    }
  },
};
