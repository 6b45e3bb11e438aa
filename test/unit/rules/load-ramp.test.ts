import { plan, ruleTests } from './harness';

ruleTests('load-ramp', {
  invalid: [
    {
      name: 'the load doubles in week 4',
      text: plan('week 1', 'Mon: gym upper 60min', 'week 2', 'Mon: gym upper 60min', 'week 3', 'Mon: gym upper 60min', 'week 4', 'Mon: gym upper 60min', 'Wed: gym lower 60min'),
      errors: [
        {
          severity: 'warning',
          at: [6, 0, 6, 6],
          message: ["Week 4's load (720) is 2.0× the mean of the previous 3 weeks (360), above 1.5×", 'Gabbett 2016'],
          week: 4,
          data: { load: 720, meanLoad: 360, ratio: 2 },
        },
      ],
    },
    {
      name: 'after a repeated block',
      text: plan('week 1-3', 'Mon: run easy 40min', 'week 4', 'Mon: run easy 40min', 'Thu: run tempo 30min'),
      errors: [{ severity: 'warning', at: 'week 4', message: ["Week 4's load (330) is 2.8× the mean of the previous 3 weeks (120)"] }],
    },
    {
      name: 'the ratio option',
      text: plan('week 1-3', 'Mon: gym upper 60min', 'week 4', 'Mon: gym upper 80min'),
      config: [{ rules: { 'load-ramp': ['warning', { ratio: 1.2 }] } }],
      errors: [{ severity: 'warning', at: 'week 4', message: ["Week 4's load (480) is 1.3×", 'above 1.2×'] }],
    },
    {
      name: 'a week not written is left out of the mean (weeks 2 and 3 before week 5)',
      text: plan('week 1', 'Mon: gym upper 60min', 'week 2-3', 'Mon: gym upper 30min', 'week 5', 'Mon: gym upper 60min'),
      errors: [{ severity: 'warning', at: 'week 5', message: ["Week 5's load (360) is 2.0× the mean of the 2 weeks written in the 3 before it (180)"] }],
    },
  ],
  valid: [
    {
      name: 'a race week: the race is left out of the load',
      text: plan('week 1', 'Tue: run easy 30min', 'Thu: run easy 30min', 'week 2', 'Tue: run easy 30min', 'Thu: run easy 30min', 'week 3', 'Tue: run easy 30min', 'Thu: run easy 30min', 'week 4', 'Tue: run easy 30min', 'Sun: half marathon'),
    },
    { name: 'the window is by week number: week 1 is 4 weeks before week 5', text: plan('week 1', 'Mon: gym upper 20min', 'week 2-3', 'Mon: gym upper 60min', 'week 5', 'Mon: gym upper 80min') },
    { name: 'only 3 weeks', text: plan('week 1', 'Mon: rest', 'week 2', 'Mon: rest', 'week 3', 'Mon: gym upper 2h') },
    { name: 'exactly 1.5×', text: plan('week 1-3', 'Mon: gym upper 60min', 'week 4', 'Mon: gym upper 90min') },
    { name: 'a single-week plan', text: plan('Mon: gym upper heavy', 'Tue: run intervals') },
    { name: 'a steady plan', text: plan('week 1-8', 'Mon: gym upper', 'Wed: run easy', 'Sat: run long') },
  ],
});
