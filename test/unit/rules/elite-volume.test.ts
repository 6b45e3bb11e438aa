import { plan, ruleTests } from './harness';

ruleTests('elite-volume', {
  invalid: [
    {
      name: 'twice a day on six days and a run on the seventh: 13 sessions',
      text: plan(
        'Mon: gym upper am + run easy 30min pm',
        'Tue: gym lower am + run easy 30min pm',
        'Wed: gym upper am + run easy 30min pm',
        'Thu: gym lower am + run easy 30min pm',
        'Fri: gym upper am + run easy 30min pm',
        'Sat: gym lower am + run easy 30min pm',
        'Sun: run easy 30min',
      ),
      errors: [{ severity: 'warning', at: 'Mon: gym upper am + run easy 30min pm', message: ['Elite volume this week: 13 training sessions (more than 12)', 'copying elite athlete volume'], data: { over: ['sessions'] } }],
    },
    {
      name: '150 km of running in week 2',
      text: plan('week 1', 'Mon: run easy 10km', 'week 2', 'Mon: run easy 30km', 'Tue: run easy 30km', 'Wed: run easy 30km', 'Thu: run easy 30km', 'Sat: run long 30km'),
      errors: [{ severity: 'warning', at: 'week 2', message: ['Elite volume week 2', '150 km of running (more than 130 km)'], week: 2, data: { over: ['km'] } }],
    },
    {
      name: 'the hours option',
      text: plan('Mon: bike 3h', 'Wed: bike 3h', 'Sat: hike 5h'),
      config: [{ rules: { 'elite-volume': ['warning', { hours: 10 }] } }],
      errors: [{ severity: 'warning', at: 'Mon: bike 3h', message: ['11 h of training (more than 10 h)'], data: { over: ['hours'] } }],
    },
  ],
  valid: [
    { name: "the guide's balanced week", text: plan('Mon: gym upper heavy', 'Tue: run intervals', 'Thu: upperbody', 'Fri: run long', 'Sat: gym lower') },
    {
      name: 'a marathoner’s peak week: 7 runs, 2 gym, about 100 km',
      text: plan('goal: running', 'Mon: run easy 10km + gym upper', 'Tue: run intervals 12km', 'Wed: run easy 14km', 'Thu: run tempo 16km + gym lower', 'Fri: run recovery 8km', 'Sat: run easy 10km', 'Sun: run long 32km'),
    },
    { name: 'rest, walks, mobility and short core work do not count', text: plan('Mon: gym upper + walk + mobility + gym core', 'Tue: run easy + yoga + walk', 'Wed: gym lower + walk + mobility + gym core', 'Thu: run easy + walk', 'Fri: gym full + walk', 'Sat: run long') },
  ],
});
