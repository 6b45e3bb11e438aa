import { plan, ruleTests } from './harness';

ruleTests('goal-switching', {
  invalid: [
    {
      name: 'strength, running for one week, strength again',
      text: plan('goal: strength', 'week 1', 'Mon: gym upper', 'week 2', 'goal: running', 'Mon: run easy', 'week 3', 'goal: strength', 'Mon: gym upper'),
      errors: [
        {
          severity: 'warning',
          at: [4, 0, 4, 13],
          message: ['Goal running held for a single week (week 2: strength before, strength after)', 'switching goals every week', 'training works in seasons'],
          week: 2,
          data: { goal: 'running', previous: 'strength', next: 'strength' },
        },
      ],
    },
    {
      name: 'three goals, one week each',
      text: plan('week 1', 'goal: strength', 'Mon: gym upper', 'week 2', 'goal: running', 'Mon: run easy', 'week 3-6', 'goal: balanced', 'Mon: gym upper'),
      errors: [{ severity: 'warning', at: 'goal: running', message: ['Goal running held for a single week (week 2: strength before, balanced after)'] }],
    },
    {
      name: 'every week a new goal warns for each week in between',
      text: plan('week 1', 'goal: strength', 'week 2', 'goal: running', 'week 3', 'goal: strength', 'week 4', 'goal: running'),
      errors: [
        { severity: 'warning', at: 'goal: running', message: ['Goal running held for a single week (week 2'] },
        { severity: 'warning', at: 'goal: strength', nth: 1, message: ['Goal strength held for a single week (week 3'] },
      ],
    },
  ],
  valid: [
    { name: 'a goal held for a block of weeks', text: plan('goal: strength', 'week 1', 'Mon: gym upper', 'week 2-3', 'goal: running', 'Mon: run easy', 'week 4', 'goal: strength') },
    { name: 'a change in the last week', text: plan('goal: strength', 'week 1', 'week 2', 'week 3', 'goal: running') },
    { name: 'one change', text: plan('goal: strength', 'week 1', 'week 2', 'goal: running', 'week 3') },
    { name: 'the same goal written again', text: plan('goal: strength', 'week 1', 'week 2', 'goal: strength', 'week 3') },
  ],
});
