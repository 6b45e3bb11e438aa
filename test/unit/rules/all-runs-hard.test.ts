import { plan, ruleTests } from './harness';

ruleTests('all-runs-hard', {
  invalid: [
    {
      name: 'a drill session is not the easy run of a week of quality runs',
      text: plan('goal: balanced', 'Tue: run intervals', 'Wed: running form drills 15min', 'Thu: run tempo'),
      errors: [{ severity: 'warning', at: [1, 0, 1, 18], message: ['Every run this week is a quality run (Tue: run intervals, Thu: run tempo)'] }],
    },
    {
      name: 'a steady hour that is not the longest run is not a long run',
      text: plan('goal: balanced', 'Mon: run tempo 70min', 'Sat: steady run 60 min'),
      errors: [{ severity: 'warning', at: 'Mon: run tempo 70min', message: ['No easy run this week: every run is quality or steady'], data: { steady: true } }],
    },
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
      text: plan('week 1', 'Tue: run hills', 'Fri: run intervals 10x400m'),
      errors: [{ severity: 'warning', at: 'week 1', message: ['Tue: run hills, Fri: run intervals 10x400m'], week: 1 }],
    },
    {
      name: 'a week with no easy run: quality and steady runs',
      text: plan('Mon: run tempo', 'Wed: run 5km rpe 6', 'Fri: run 40min z3'),
      errors: [{ severity: 'warning', at: 'Mon: run tempo', message: ['No easy run this week: every run is quality or steady', 'kind of hard'], data: { steady: true } }],
    },
    {
      name: 'quality by zone',
      text: plan('Mon: run easy z4', 'Wed: run z5'),
      errors: [{ severity: 'warning', at: 'Mon: run easy z4', message: ['Every run this week is a quality run'] }],
    },
  ],
  valid: [
    {
      name: "a steady hour that is the week's longest run is its long run",
      text: plan('goal: balanced', 'Mon: tempo run 30 min', 'Wed: tempo run', 'Sat: steady run 60 min'),
    },
    { name: 'a race week: the race is not a training run', text: plan('Tue: run tempo', 'Sat: run race 10km', 'Sun: run easy 20min') },
    { name: 'a long run keeps a week of quality and steady runs honest', text: plan('Mon: run tempo', 'Wed: run 5km rpe 6', 'Sat: run long 12km') },
    { name: 'one quality and one easy run', text: plan('Tue: run intervals', 'Fri: run easy') },
    { name: 'a single quality run', text: plan('Tue: run intervals') },
    { name: 'no runs', text: plan('Mon: gym upper') },
    { name: 'z3 is not quality', text: plan('Mon: run easy z3', 'Wed: run tempo') },
  ],
});
