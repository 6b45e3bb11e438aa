import { plan, ruleTests } from './harness';

const everyDay = ['Mon: gym upper', 'Tue: run easy', 'Wed: gym lower', 'Thu: bike easy', 'Fri: gym full', 'Sat: run long', 'Sun: swim easy'];

ruleTests('rest-days', {
  invalid: [
    {
      name: 'seven training days (on the first day line)',
      text: plan(...everyDay),
      errors: [{ severity: 'warning', at: [0, 0, 0, 14], message: ['No rest day this week', 'training hard every day'], data: { week: 1 } }],
    },
    {
      name: 'a hard walk is not rest',
      text: plan('week 2', ...everyDay.slice(0, 6), 'Sun: walk hard'),
      errors: [{ severity: 'warning', at: 'week 2', message: ['No rest day'] }],
    },
    {
      name: 'a repeated block reports once',
      text: plan('week 1-2', ...everyDay),
      errors: [{ severity: 'warning', at: 'week 1-2', message: ['No rest day'], week: 1 }],
    },
  ],
  valid: [
    {
      name: "the guide's balanced week",
      text: plan('goal: balanced', 'Mon: gym upper heavy', 'Tue: run intervals', 'Wed: rest', 'Thu: upperbody', 'Fri: run long', 'Sat: gym lower', 'Sun: rest'),
    },
    { name: 'an unplanned day counts as rest', text: plan(...everyDay.slice(0, 6)) },
    { name: 'an easy yoga day counts as rest', text: plan(...everyDay.slice(0, 6), 'Sun: yoga 30min') },
    { name: 'a walk and mobility day counts as rest', text: plan(...everyDay.slice(0, 6), 'Sun: walk 60min + mobility') },
  ],
});
