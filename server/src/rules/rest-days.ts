// rest-days: a week without a single rest day (unplanned days and days of only rest / easy walk, mobility or yoga
// count as rest); on the week header (or first line).
//
// data: { week: number }
import { defineRule } from './define';
import { isRestDay } from '../analysis/classify';
import { weekAnchor } from './helpers';

export const rule = defineRule({
  meta: {
    id: 'rest-days',
    severity: 'warning',
    description: 'A week with no rest day.',
    reason: 'Common mistake: training hard every day. The balanced week works because recovery is built in.',
    category: 'weekly',
    reach: { byDay: true },
    fixable: false,
  },
  check(context) {
    // The repeats of a `week N-M` block share their days: each is read once (a crowded range read them per repeat).
    const rested = new Map<unknown, boolean>();
    for (const week of context.plan.weeks) {
      let rest = rested.get(week.days);
      if (rest === undefined) rested.set(week.days, (rest = week.days.some(isRestDay)));
      if (rest) continue;
      context.report({
        message: 'No rest day this week — the guide warns against training hard every day; recovery is built in (rest, or an easy walk, mobility or yoga)',
        range: weekAnchor(context.plan, week),
        week: week.number,
        data: { week: week.number },
      });
    }
  },
});
