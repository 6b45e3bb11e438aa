import { plan, ruleTests } from './harness';

ruleTests('long-run-spike', {
  invalid: [
    {
      name: 'a run/walk over 30 minutes keeps both bars (30 → 40 min of run 4 min / walk 1 min)',
      text: plan('week 1', 'Mon: run 4 min walk 1 min x6', 'week 2', 'Mon: run 4 min walk 1 min x8'),
      errors: [{ severity: 'warning', at: 'run 4 min walk 1 min x8', message: ['(Mon: run 4 min walk 1 min x8, 40 min) is 33% longer', '(30 min)'], data: { unit: 'min' } }],
    },
    {
      name: 'a continuous run of 25 minutes after 20 is still judged by the 20-minute floor (run 20min → run 30min)',
      text: plan('week 1', 'Mon: run easy 20min', 'week 2', 'Mon: run easy 30min'),
      errors: [{ severity: 'warning', at: 'run easy 30min', message: ['is 50% longer'] }],
    },
    {
      name: 'a race without its warm-up counts 5 km: 7 km after it is a spike',
      text: plan('week 1', 'Mon: easy run 5km', 'Sat: parkrun', 'week 2', 'Mon: easy run 7km'),
      errors: [{ severity: 'warning', at: 'easy run 7km', message: ['is 40% longer'] }],
    },
    {
      name: 'a 25 % spike warns even when it is only a mile (4 mi → 5 mi)',
      text: plan('week 1', 'Sat: run long 4mi', 'week 2', 'Sat: run long 5mi'),
      errors: [{ severity: 'warning', at: 'run long 5mi', message: ['is 25% longer'] }],
    },
    {
      name: 'two miles more on a 13 mi long run (15 %)',
      text: plan('week 1', 'Sat: run long 13mi', 'week 2', 'Sat: run long 15mi'),
      errors: [{ severity: 'warning', at: 'run long 15mi', message: ['is 15% longer'] }],
    },
    {
      name: 'the options: percent 20, toleranceKm 0, spikePercent 100',
      text: plan('week 1', 'Sat: run long 6mi', 'week 2', 'Sat: run long 7.5mi'),
      config: [{ rules: { 'long-run-spike': ['warning', { percent: 20, toleranceKm: 0, spikePercent: 100 }] } }],
      errors: [{ severity: 'warning', at: 'run long 7.5mi', message: ['is 25% longer', 'spikes above 20%'] }],
    },
    {
      name: '10 km then 12 km',
      text: plan('week 1', 'Sat: run long 10km', 'week 2', 'Sat: run long 12km'),
      errors: [
        {
          severity: 'warning',
          at: [3, 5, 3, 18],
          message: ['Longest run of week 2 (Sat: run long 12km, 12 km) is 20% longer than the longest of the previous week (10 km)', 'above 10%', 'Frandsen'],
          week: 2,
          data: { unit: 'km', longest: 12, previousLongest: 10, percent: 20 },
        },
      ],
    },
    {
      name: 'by duration when distances are missing',
      text: plan('week 1', 'Sun: run long 90min', 'week 2', 'Sun: run long 2h'),
      errors: [{ severity: 'warning', at: 'run long 2h', message: ['(Sun: run long 2h, 120 min) is 33% longer', '(90 min)'], data: { unit: 'min' } }],
    },
    {
      name: 'the percent option, four weeks back',
      text: plan('week 1-4', 'Sat: run long 10km', 'week 5', 'Sat: run long 14km', 'week 6', 'Sat: run long 14.5km'),
      config: [{ rules: { 'long-run-spike': ['warning', { percent: 30 }] } }],
      errors: [{ severity: 'warning', at: 'run long 14km', message: ['is 40% longer than the longest of the previous 4 weeks (10 km)', 'above 30%'], week: 5 }],
    },
    {
      name: 'a long run without a distance is still the longest run of its week (not an 8 km easy run)',
      text: plan('week 1', 'Mon: run easy 8km', 'Sat: run long 10km', 'week 2', 'Mon: run easy 8km', 'Sat: run long 2h'),
      errors: [{ severity: 'warning', at: 'run long 2h', message: ['(Sat: run long 2h, 120 min) is 100% longer', '(60 min)'], data: { unit: 'min' } }],
    },
    {
      name: 'a week not written is not looked at: week 2 is 2 weeks before week 4',
      text: plan('week 1', 'Sat: run long 10km', 'week 2', 'Sat: run long 10km', 'week 4', 'Sat: run long 12km'),
      errors: [{ severity: 'warning', at: 'run long 12km', message: ['is 20% longer than the longest of the previous 3 weeks (10 km)'] }],
    },
    {
      name: 'the previous 4 weeks by number: week 1 is 5 weeks before week 6',
      text: plan('week 1', 'Sat: run long 16km', 'week 2', 'Sat: run long 10km', 'week 6', 'Sat: run long 12km'),
      errors: [{ severity: 'warning', at: 'run long 12km', message: ['is 20% longer than the longest of the previous 4 weeks (10 km)'], week: 6 }],
    },
  ],
  valid: [
    {
      // Athletics Canada's 5K in 15 weeks (corpus5): 20 then 25 minutes of 3:00 run / 2:00 walk is the programme's build.
      name: "a beginner's run/walk of 30 minutes or less is no spike (20 → 25 min of 3:00 run / 2:00 walk)",
      text: plan('goal: running', 'week 1', 'Mon: 20:00 of 3:00 run 2:00 walk', 'week 2', 'Mon: 25:00 of 3:00 run 2:00 walk', 'week 3', 'Mon: run 2 min walk 1 min x10'),
    },
    {
      // GoRun's couch to 10K: the parkrun and its 2 km cool-down are 7 km of running that Saturday.
      name: 'a race with its cool-down counts its whole outing (5 km + 2 km), and 7 km after it is no spike',
      text: plan('week 1', 'Mon: easy run 5km', 'Sat: parkrun + 2km cooldown', 'week 2', 'Mon: easy run 7km'),
    },
    {
      name: 'a race counts as what the legs have done (parkrun 5 km, then 5.5 km)',
      text: plan('week 1', 'Mon: run easy 3km', 'Sat: parkrun', 'week 2', 'Mon: run easy 3km', 'Sat: parkrun', 'week 3', 'Mon: run easy 5.5km'),
    },
    {
      name: 'the runs of one outing add up (4 km + 3 km, then 7.5 km)',
      text: plan('week 1', 'Sat: run 4km + run 3km', 'week 2', 'Sat: run long 7.5km'),
    },
    { name: 'a race is no spike', text: plan('week 1', 'Sat: run long 14km', 'week 2', 'Sun: half marathon') },
    { name: 'exactly 10 % more', text: plan('week 1', 'Sat: run long 10km', 'week 2', 'Sat: run long 11km') },
    { name: 'a single-week plan', text: plan('Sat: run long 20km') },
    { name: 'default minutes only (no time or distance written) are too rough to call a spike', text: plan('week 1', 'Wed: run easy', 'week 2', 'Wed: run easy', 'Sat: run long') },
    // Textbook progressions of reputable plans: +0.5 mi a week on short long runs, +1 mi a week on long ones.
    { name: '+0.5 mi on a 3 mi long run (17 %)', text: plan('week 1', 'Sat: run long 3mi', 'week 2', 'Sat: run long 3.5mi', 'week 3', 'Sat: run long 4mi') },
    { name: '+1 mi on a 6 mi long run (17 %)', text: plan('week 1', 'Sat: run long 6mi', 'week 2', 'Sat: run long 7mi', 'week 3', 'Sat: run long 8mi') },
    { name: '+1 mi on a 12 mi long run (8 %)', text: plan('week 1', 'Sat: run long 12mi', 'week 2', 'Sat: run long 13mi') },
    { name: '+10 min on a 60 min long run, by time', text: plan('week 1', 'Sat: run long 60min', 'week 2', 'Sat: run long 70min') },
    { name: 'the longest of the previous 4 weeks counts', text: plan('week 1', 'Sat: run long 16km', 'week 2-4', 'Sat: run long 10km', 'week 5', 'Sat: run long 17km') },
    { name: 'distance on one side only compares minutes', text: plan('week 1', 'Sat: run long 90min', 'week 2', 'Sat: run long 16km') },
  ],
});
