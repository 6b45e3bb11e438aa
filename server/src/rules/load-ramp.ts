// load-ramp: from the 4th week on, a week's training load (Σ minutes × RPE, races and tests left out) above 1.5× the
// mean load of the previous 3 weeks; on the week header (or first line).
//
// data: { week: number; load: number; meanLoad: number; ratio: number }
import { defineRule } from './define';
import { weekTotals } from '../analysis/totals';
import { classify } from '../analysis/classify';
import type { Week } from '../language/model';
import { formatNumber, weekAnchor } from './helpers';

function eventLoad(week: Week): number {
  let load = 0;
  for (const day of week.days) for (const session of day.sessions) if (classify(session).event) load += classify(session).load;
  return load;
}

export const rule = defineRule({
  meta: {
    id: 'load-ramp',
    severity: 'warning',
    description: 'From the 4th week on, a week’s load is more than 1.5× the mean load of the previous 3 weeks.',
    reason: 'Acute:chronic workload ratio (Gabbett 2016): sharp rises over the recent average raise injury risk. Session load = minutes × RPE (Foster 2001).',
    category: 'load',
    options: {
      ratio: { description: 'Largest allowed ratio of a week’s load to the mean of the previous 3 weeks.', default: 1.5, minimum: 1, maximum: 10 },
    },
    reach: { weeksBack: 3 },
    fixable: false,
  },
  check(context) {
    const { plan } = context;
    if (plan.singleWeek || plan.weeks.length < 4) return;
    const ratio = context.options.ratio;
    // A race or test is the plan's planned peak, not training load that ramps: left out of every week's load.
    // The repeats of a `week N-M` block share their days, and so their load: computed once per days.
    const byDays = new Map<Week['days'], number>();
    const loads = plan.weeks.map((week) => {
      let load = byDays.get(week.days);
      if (load === undefined) byDays.set(week.days, (load = weekTotals(week).load - eventLoad(week)));
      return load;
    });
    for (let i = 3; i < loads.length; i++) {
      // The previous 3 weeks by number; a week not written (week 2, then week 4) is left out of the mean.
      const previous = [i - 1, i - 2, i - 3].filter((j) => plan.weeks[i].number - plan.weeks[j].number <= 3).map((j) => loads[j]);
      if (previous.length === 0) continue;
      const mean = previous.reduce((sum, load) => sum + load, 0) / previous.length;
      if (loads[i] <= ratio * mean + 1e-9) continue;
      const week = plan.weeks[i];
      const actual = mean > 0 ? loads[i] / mean : Infinity;
      const message =
        mean > 0
          ? `Week ${week.number}'s load (${formatNumber(loads[i])}) is ${actual.toFixed(1)}× the mean of ${previous.length === 3 ? 'the previous 3 weeks' : `the ${previous.length === 1 ? 'week' : `${previous.length} weeks`} written in the 3 before it`} (${formatNumber(mean)}), above ${ratio}× — sharp load rises raise injury risk (acute:chronic workload, Gabbett 2016)`
          : `Week ${week.number}'s load (${formatNumber(loads[i])}) follows ${previous.length === 3 ? '3 weeks' : 'weeks'} without load — build up gradually (acute:chronic workload, Gabbett 2016)`;
      context.report({
        message,
        range: weekAnchor(plan, week),
        week: week.number,
        data: { week: week.number, load: loads[i], meanLoad: mean, ratio: Number.isFinite(actual) ? actual : null },
      });
    }
  },
});
