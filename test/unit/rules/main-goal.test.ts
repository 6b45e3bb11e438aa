import { plan, ruleTests } from './harness';

ruleTests('main-goal', {
  invalid: [
    {
      name: 'no goal (info on the first statement)',
      text: plan('# my plan', 'plan "Test"', 'Mon: gym upper'),
      errors: [{ severity: 'info', at: [1, 0, 1, 11], message: ['No main goal', 'goal: strength, goal: running or goal: balanced', 'pick one main goal'], data: { case: 'missing' } }],
    },
    {
      name: 'two goals in one statement (on the second)',
      text: plan('goal: strength running', 'Mon: gym upper'),
      errors: [{ severity: 'error', at: [0, 15, 0, 22], message: ['Two goals in one statement (strength and running)'], data: { case: 'two-in-statement' } }],
    },
    {
      name: 'two goal statements in a single-week plan',
      text: plan('goal: strength', 'Mon: gym upper', 'goal: running'),
      errors: [{ severity: 'error', at: 'goal: running', message: ['A second goal for the plan (running after strength on line 1)'], data: { case: 'two-for-week' } }],
    },
    {
      name: 'two goal statements in one week block',
      text: plan('goal: strength', 'week 1', 'Mon: gym upper', 'week 2', 'goal: running', 'Mon: run easy', 'goal: balanced'),
      errors: [{ severity: 'error', at: 'goal: balanced', message: ['A second goal for week 2 (balanced after running on line 5)'], week: 2 }],
    },
  ],
  valid: [
    { name: 'one goal', text: plan('goal: balanced', 'Mon: gym upper') },
    { name: 'a goal per season', text: plan('goal: strength', 'week 1-4', 'Mon: gym upper', 'week 5-8', 'goal: running', 'Mon: run easy') },
    { name: 'an empty file', text: '' },
    { name: 'goal without a colon, in capitals', text: plan('GOAL Strength', 'Mon: gym upper') },
  ],
});
