import { plan, ruleTests } from './harness';

ruleTests('week-order', {
  invalid: [
    {
      name: 'a week number written twice (error)',
      text: plan('week 1', 'Mon: gym upper', 'week 1', 'Tue: run easy'),
      errors: [
        {
          severity: 'error',
          at: [2, 0, 2, 6],
          message: ['Week 1 is already planned on line 1', 'unique'],
          data: { case: 'repeat', otherHeaderRange: { start: { line: 0, column: 0 }, end: { line: 0, column: 6 } } },
        },
      ],
    },
    {
      name: 'weeks out of order (warning)',
      text: plan('week 2', 'Mon: gym upper', 'week 1', 'Mon: gym upper'),
      errors: [{ severity: 'warning', at: 'week 1', message: ['Week 1 comes after week 2', 'in order'], data: { case: 'order', after: 2 } }],
    },
    {
      name: 'overlapping ranges',
      text: plan('week 1-3', 'Mon: gym upper', 'week 3: deload', 'Mon: gym upper light'),
      errors: [{ severity: 'error', at: 'week 3: deload', message: ['Week 3 is already planned on line 1'] }],
    },
    {
      name: 'a range before an earlier range',
      text: plan('week 5-6', 'week 1-4'),
      errors: [{ severity: 'warning', at: 'week 1-4', message: ['Weeks 1-4 come after week 6'] }],
    },
  ],
  valid: [
    { name: 'weeks 1, 2, 3', text: plan('week 1', 'week 2', 'week 3') },
    { name: 'ranges in order', text: plan('week 1-2', 'week 3-4') },
    { name: 'a gap', text: plan('week 1', 'week 3') },
    { name: 'no weeks', text: plan('Mon: gym upper') },
  ],
});
