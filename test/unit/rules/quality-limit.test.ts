import { plan, ruleTests } from './harness';

ruleTests('quality-limit', {
  invalid: [
    {
      name: 'hill repeats in the hills stay quality',
      text: plan('Tue: run tempo', 'Sat: hills 6x200m in the hills'),
      errors: [{ severity: 'warning', at: 'hills 6x200m in the hills', message: ['2nd quality run this week'] }],
    },
    {
      name: 'a track session in parts counts once, the next quality day is the 2nd',
      text: plan('goal: balanced', 'Tue: shuttle sprints + run 800m repeats', 'Thu: run tempo', 'Sat: run long'),
      errors: [{ severity: 'warning', at: 'run tempo', message: ['2nd quality run this week (Thu: run tempo), more than 1'], data: { count: 2, max: 1 } }],
    },
    {
      name: 'intervals and tempo in one week',
      text: plan('Tue: run intervals', 'Thu: run tempo'),
      errors: [
        {
          severity: 'warning',
          at: [1, 5, 1, 14],
          message: ['2nd quality run this week (Thu: run tempo), more than 1', '1 optional quality session (tempo or intervals)'],
          data: { count: 2, max: 1, weekday: 3 },
        },
      ],
    },
    {
      name: 'an easy run made quality by its effort',
      text: plan('Tue: run tempo', 'Sat: run easy rpe 8'),
      errors: [{ severity: 'warning', at: 'run easy rpe 8', message: ['2nd quality run this week (Sat: run easy rpe 8)'] }],
    },
    {
      name: 'three quality runs give two warnings',
      text: plan('goal: balanced', 'Mon: run hills', 'Wed: run fartlek', 'Fri: run z5 20min'),
      errors: [
        { severity: 'warning', at: 'run fartlek', message: ['2nd quality run'] },
        { severity: 'warning', at: 'run z5 20min', message: ['3rd quality run'] },
      ],
    },
    {
      name: 'no goal: a week of runs only reads as running, the 3rd quality run warns',
      text: plan('Mon: run hills', 'Wed: run tempo', 'Fri: run 8x400m', 'Sun: run long'),
      errors: [{ severity: 'warning', at: 'run 8x400m', message: ['3rd quality run this week (Fri: run 8x400m), more than 2 in what reads as a running plan'], data: { count: 3, max: 2 } }],
    },
    {
      name: 'the max option',
      text: plan('Mon: run hills', 'Wed: run tempo', 'Fri: run 8x400m'),
      config: [{ rules: { 'quality-limit': ['warning', { max: 2 }] } }],
      errors: [{ severity: 'warning', at: 'run 8x400m', message: ['3rd quality run this week (Fri: run 8x400m), more than 2'] }],
    },
    {
      name: 'goal running: 2 is normal, the 3rd warns',
      text: plan('goal: running', 'Mon: run hills', 'Wed: run tempo', 'Fri: run long 14mi rpe 7'),
      errors: [{ severity: 'warning', at: 'run long 14mi rpe 7', message: ['3rd quality run this week', 'more than 2 with goal running'] }],
    },
  ],
  valid: [
    {
      // RunBlogRun's cross-country week: the Sunday run `in hills` is a hilly run, not a third hill session.
      name: 'a run in the hills is not hill repeats',
      text: plan('goal: running', 'Mon: warm up, Fartlek, forty minutes, five minutes up hills, cooldown', 'Thu: warm up, 45 minute fartlek, cooldown', 'Sun: warm up, 55 minutes, in hills, cooldown'),
    },
    {
      name: 'an endurance run over hills is not a second quality run',
      text: plan('Day 5: Endurance Run: Hills 30-45min', 'Day 7: Run - Sprint Focus - 30-40min'),
    },
    {
      name: 'two quality runs with no time between them are one track session',
      text: plan('goal: balanced', 'Tue: med ball throws + shuttle sprints + run 800m repeats', 'Thu: run easy', 'Sat: run long'),
    },
    { name: 'a race is a planned hard day, not a second quality run', text: plan('Tue: run tempo', 'Sat: run race 10km') },
    { name: 'goal running with two quality runs', text: plan('goal: running', 'Tue: run intervals 6x800m', 'Thu: run tempo 30min', 'Sun: run long') },
    { name: 'one quality run', text: plan('Tue: run intervals', 'Fri: run long', 'Sun: run easy') },
    { name: 'two quality runs with max 2', text: plan('Tue: run intervals', 'Thu: run tempo'), config: [{ rules: { 'quality-limit': ['warning', { max: 2 }] } }] },
    { name: 'rpe 6 and z3 are not quality', text: plan('Tue: run tempo', 'Thu: run easy rpe 6', 'Sat: run long z3') },
  ],
});
