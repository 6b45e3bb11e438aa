import { plan, ruleTests } from './harness';

ruleTests('all-runs-hard', {
  invalid: [
    {
      name: 'two quality runs and nothing else (on the first day line)',
      text: plan('goal: balanced', 'Tue: run intervals', 'Thu: run tempo'),
      errors: [
        {
          severity: 'warning',
          at: [1, 0, 1, 18],
          message: ['Every run this week is a quality run (Tue: run intervals, Thu: run tempo)', 'turning every run into conditioning'],
        },
      ],
    },
    {
      name: 'on the week header',
      text: plan('week 1', 'Tue: run hills', 'Fri: run race 10km'),
      errors: [{ severity: 'warning', at: 'week 1', message: ['Tue: run hills, Fri: run race 10km'], week: 1 }],
    },
    {
      name: 'quality by zone',
      text: plan('Mon: run easy z4', 'Wed: run z5'),
      errors: [{ severity: 'warning', at: 'Mon: run easy z4', message: ['Every run this week is a quality run'] }],
    },
  ],
  valid: [
    { name: 'one quality and one easy run', text: plan('Tue: run intervals', 'Fri: run easy') },
    { name: 'a single quality run', text: plan('Tue: run intervals') },
    { name: 'no runs', text: plan('Mon: gym upper') },
    { name: 'z3 is not quality', text: plan('Mon: run easy z3', 'Wed: run tempo') },
  ],
});
