// main-goal: no goal in the file (info, on the first statement); one statement naming two goals, or two goal
// statements for the same week (error, on the second goal).
//
// data: { case: 'missing'; read?: Goal } — read: what the plan reads as (analysis/goal.ts)
//     | { case: 'two-in-statement'; goalRange: Range; firstGoalRange: Range }
//     | { case: 'two-for-week'; goalRange: Range; firstGoalRange: Range; week?: number }
import type { GoalStatement, WeekBlock } from '../language/model';
import { defineRule } from './define';
import { readGoal } from '../analysis/goal';
import { namedList } from './helpers';

export const rule = defineRule({
  meta: {
    id: 'main-goal',
    severity: 'error',
    description: 'The plan declares no goal (info), or names two goals at once (error).',
    reason: 'You can’t progress everything at once. You have to pick one main goal.',
    category: 'goal',
    fixable: true,
  },
  check(context) {
    const { plan } = context;
    if (plan.goals.length === 0) {
      const first = plan.statements[0];
      if (!first) return;
      // The count rules judge a plan without a goal by what it reads as (analysis/goal.ts); say so, and still ask for the goal.
      const read = readGoal(plan);
      context.report({
        message: read
          ? `No main goal — this reads as a ${read} plan and is checked as one; add goal: ${read} (or the goal you train for) — the guide says you have to pick one main goal`
          : 'No main goal — add goal: strength, goal: running or goal: balanced; the guide says you have to pick one main goal',
        severity: 'info',
        range: first.range,
        data: read ? { case: 'missing', read } : { case: 'missing' },
      });
      return;
    }
    const blockOf = new Map<GoalStatement, WeekBlock>();
    for (const block of plan.blocks) for (const s of block.statements) if (s.type === 'goal') blockOf.set(s, block);
    const firstInGroup = new Map<WeekBlock | undefined, GoalStatement>();
    for (const statement of plan.goals) {
      const [first, ...others] = statement.goals;
      // `goal: 10k race`, `goal: half marathon PR`: two words of one goal are not two goals.
      for (const other of others.filter((goal) => goal.value !== first?.value)) {
        context.report({
          message: `Two goals in one statement (${first.value} and ${other.value}) — the guide says you have to pick one main goal`,
          range: other.range,
          data: { case: 'two-in-statement', goalRange: other.range, firstGoalRange: first.range },
        });
      }
      // In a file without `week` lines every goal is the plan's goal, wherever it is written.
      const block = plan.singleWeek ? undefined : blockOf.get(statement);
      const earlier = firstInGroup.get(block);
      if (!earlier) {
        firstInGroup.set(block, statement);
        continue;
      }
      const where = block?.header ? `week ${block.header.from}${block.header.to !== block.header.from ? `-${block.header.to}` : ''}` : 'the plan';
      context.report({
        message: `A second goal for ${where} (${namedList(statement.goals.map((g) => g.value))} after ${namedList(earlier.goals.map((g) => g.value))} on line ${earlier.range.start.line + 1}) — the guide says you have to pick one main goal`,
        range: statement.range,
        related: [{ range: earlier.range, message: 'The first goal' }],
        week: block?.header?.from,
        data: { case: 'two-for-week', goalRange: statement.range, firstGoalRange: earlier.range, week: block?.header?.from },
      });
    }
  },
});
