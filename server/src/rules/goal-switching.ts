// goal-switching: a goal held for a single week between two changes; on that week's goal statement.
//
// data: { week: number; goal: string; previous: string; next: string; goalRange: Range }
import { defineRule } from './define';
import { weekAnchor } from './helpers';

export const rule = defineRule({
  meta: {
    id: 'goal-switching',
    severity: 'warning',
    description: 'A goal held for a single week between two changes.',
    reason: 'Common mistake: switching goals every week. Training works in seasons.',
    category: 'goal',
    reach: { weeksBack: 1, weeksAhead: 1 },
    fixable: false,
  },
  check(context) {
    const { plan } = context;
    const weeks = plan.weeks;
    for (let i = 1; i < weeks.length - 1; i++) {
      const { goal } = weeks[i];
      const previous = weeks[i - 1].goal;
      const next = weeks[i + 1].goal;
      if (!goal || !previous || previous === goal || next === goal || !next) continue;
      const statements = weeks[i].block.statements.filter((s) => s.type === 'goal');
      const range = statements.length > 0 ? statements[statements.length - 1].range : weekAnchor(plan, weeks[i]);
      context.report({
        message: `Goal ${goal} held for a single week (week ${weeks[i].number}: ${previous} before, ${next} after) — the guide warns against switching goals every week; training works in seasons`,
        range,
        week: weeks[i].number,
        data: { week: weeks[i].number, goal, previous, next, goalRange: range },
      });
    }
  },
});
