// all-runs-hard: a week with 2 or more runs where every run is a quality run; on the week header (or first line).
//
// data: { week: number; runs: { weekday: number; sessionRange: Range }[] }
import type { Rule } from './types';
import { classify } from '../analysis/classify';
import { sessionLabel, weekAnchor, weekSessions } from './helpers';

export const rule: Rule = {
  meta: {
    id: 'all-runs-hard',
    severity: 'warning',
    description: 'Every run of a week (2 or more) is a quality run.',
    reason: 'Common mistake: turning every run into conditioning. If every run feels "kind of hard", you are burning recovery without gaining fitness.',
    category: 'weekly',
    options: [],
    fixable: true,
  },
  check(context) {
    for (const week of context.plan.weeks) {
      const runs = weekSessions(week, (s) => s.kind === 'run');
      if (runs.length < 2 || !runs.every(({ session }) => classify(session).qualityRun)) continue;
      context.report({
        message: `Every run this week is a quality run (${runs.map(({ weekday, session }) => sessionLabel(weekday, session)).join(', ')}) — the guide warns against turning every run into conditioning; keep 1–2 runs easy`,
        range: weekAnchor(context.plan, week),
        related: runs.map(({ weekday, session }) => ({ range: session.range, message: `Quality run: ${sessionLabel(weekday, session)}` })),
        week: week.number,
        data: { week: week.number, runs: runs.map(({ weekday, session }) => ({ weekday, sessionRange: session.range })) },
      });
    }
  },
};
