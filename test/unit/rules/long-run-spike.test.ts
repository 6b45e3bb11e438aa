import { plan, ruleTests } from './harness';

ruleTests('long-run-spike', {
  invalid: [
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
      name: 'default minutes: an easy run then a long run',
      text: plan('week 1', 'Wed: run easy', 'week 2', 'Wed: run easy', 'Sat: run long'),
      errors: [{ severity: 'warning', at: 'run long', message: ['90 min) is 125% longer', '(40 min)'] }],
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
    { name: 'exactly 10 % more', text: plan('week 1', 'Sat: run long 10km', 'week 2', 'Sat: run long 11km') },
    { name: 'a single-week plan', text: plan('Sat: run long 20km') },
    { name: 'the longest of the previous 4 weeks counts', text: plan('week 1', 'Sat: run long 16km', 'week 2-4', 'Sat: run long 10km', 'week 5', 'Sat: run long 17km') },
    { name: 'distance on one side only compares minutes', text: plan('week 1', 'Sat: run long 90min', 'week 2', 'Sat: run long 16km') },
  ],
});
