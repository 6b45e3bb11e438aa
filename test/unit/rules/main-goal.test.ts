import { strict as assert } from 'node:assert';
import { checkPlan, parsePlan } from '../../../server/src/engine';
import { plan, ruleTests } from './harness';

ruleTests('main-goal', {
  invalid: [
    {
      name: 'no goal (info on the first statement)',
      text: plan('# my plan', 'plan "Test"', 'Mon: gym upper'),
      errors: [{ severity: 'info', at: [1, 0, 1, 11], message: ['No main goal', 'goal: strength, goal: running or goal: balanced', 'pick one main goal'], data: { case: 'missing' } }],
    },
    {
      name: 'no goal, and the plan reads as a running plan: it says so and still asks for the goal',
      text: plan('Tue: run easy 5mi', 'Thu: run tempo 6mi', 'Sat: run easy 4mi', 'Sun: run long 12mi'),
      errors: [
        {
          severity: 'info',
          at: [0, 0, 0, 17],
          message: ['No main goal — this reads as a running plan and is checked as one; add goal: running (or the goal you train for) — the guide says you have to pick one main goal'],
          data: { case: 'missing', read: 'running' },
        },
      ],
    },
    {
      name: 'no goal, and the plan reads as a strength plan',
      text: plan('Mon: gym lower heavy', 'Wed: gym upper heavy', 'Fri: gym full', 'Sat: run easy'),
      errors: [{ severity: 'info', at: 'Mon: gym lower heavy', message: ['No main goal — this reads as a strength plan and is checked as one; add goal: strength'], data: { case: 'missing', read: 'strength' } }],
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
    { name: 'two words of one goal are one goal (`goal: 10k race`)', text: plan('goal: 10k race', 'Mon: run easy') },
    { name: 'a goal per season', text: plan('goal: strength', 'week 1-4', 'Mon: gym upper', 'week 5-8', 'goal: running', 'Mon: run easy') },
    { name: 'an empty file', text: '' },
    { name: 'goal without a colon, in capitals', text: plan('GOAL Strength', 'Mon: gym upper') },
  ],
});

describe('main-goal with thousands of goals in one statement: a bounded message', () => {
  it('names each goal of a statement once (issue 16: outputs that explode)', () => {
    // A goal said again in one statement is one goal (tenth session: `goal: running (10K)`), so the message names each
    // once; it named the first 8 of 3,000 and how many more.
    const many = Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'running' : 'strength')).join(', ');
    const plan = parsePlan(`goal: ${many}\nMon: gym upper\ngoal: ${many}\n`);
    assert.deepEqual(plan.goals.map((goal) => goal.goals.map((g) => g.value)), [['strength', 'running'], ['strength', 'running']]);
    const found = checkPlan(plan).filter((d) => d.data?.case === 'two-for-week');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message, 'A second goal for the plan (strength, running after strength, running on line 1) — the guide says you have to pick one main goal');
  });
});
