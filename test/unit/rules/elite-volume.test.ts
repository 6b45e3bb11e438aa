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
      errors: [
        {
          severity: 'warning',
          at: 'Mon: gym upper am + run easy 30min pm',
          message: ['Elite volume this week: 13 training sessions (more than 12), training twice a day on 6 days', 'copying elite athlete volume'],
          data: { over: ['sessions', 'doubles'] },
        },
      ],
    },
    {
      // The doc's own line: twice-a-day training on six days is what elite athletes do, though it is 12 sessions.
      name: 'twice a day on six days: 12 sessions, doubles',
      text: plan(
        'Mon: gym upper + run easy 30min',
        'Tue: gym lower + run easy 30min',
        'Wed: gym upper + run easy 30min',
        'Thu: gym lower + run easy 30min',
        'Fri: gym upper + run easy 30min',
        'Sat: gym lower + run easy 30min',
      ),
      errors: [{ severity: 'warning', at: 'Mon: gym upper + run easy 30min', message: ['Elite volume this week: training twice a day on 6 days'], data: { over: ['doubles'], sessions: 12 } }],
    },
    {
      // Viper BWM's "Holiday two-a-day": a recreational runner's AM and PM 10-milers on four days, after an elite's doubles.
      name: 'two runs a day on four days',
      text: plan(
        'goal: running',
        'Mon: run 10mi 82min am + run 10mi 84min pm',
        'Tue: run 10mi 90min am + run 10mi 82min pm',
        'Wed: run hills 10mi 110min am + run 10mi 88min pm',
        'Thu: run 10mi 87min am + run trail 10mi 82min pm',
      ),
      errors: [{ severity: 'warning', at: 'Mon: run 10mi 82min am + run 10mi 84min pm', message: ['Elite volume this week: two runs a day on 4 days'], data: { over: ['doubles'] } }],
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
    {
      // The Royal Marines forum's 8-week regime, week 3: a run in the morning, a best-effort mile then a circuit in the
      // afternoon, on five days. The mile and its circuit are one workout: 10 sessions, not 15.
      name: 'a best-effort mile and its circuit are one workout',
      text: plan(
        'Mon: AM - 5 mile run PM - 1 mile run best effort circuit',
        'Tue: AM - 12 mile bike ride PM - 1 mile run best effort circuit',
        'Thu: AM - 5 mile run PM - 1 mile run best effort circuit',
        'Fri: AM - 12 mile bike ride PM - 1 mile run best effort circuit',
        'Sat: AM - 5 mile run PM - 1 mile run best effort circuit',
      ),
    },
    {
      name: 'two runs a day on three days, and a run with its cool-down jog, are not elite doubles',
      text: plan('goal: running', 'Mon: run easy 5mi am + run easy 3mi pm', 'Tue: run intervals + jog 10 min cool-down', 'Wed: run easy 5mi am + run easy 3mi pm', 'Fri: run easy 5mi am + run easy 3mi pm', 'Sun: run long 12mi'),
    },
    {
      name: 'a six-day bodybuilding split is one workout a day, not doubles',
      text: plan('Mon: chest & triceps', 'Tue: legs & shoulders', 'Wed: chest & triceps', 'Thu: legs & shoulders', 'Fri: chest & triceps', 'Sat: legs & shoulders'),
    },
    { name: 'a hybrid week of five double days', text: plan('Mon: gym upper + run easy', 'Tue: gym lower + run easy', 'Wed: rest', 'Thu: gym upper + run easy', 'Fri: gym lower + run easy', 'Sat: gym full + run long', 'Sun: rest') },
    { name: "the guide's balanced week", text: plan('Mon: gym upper heavy', 'Tue: run intervals', 'Thu: upperbody', 'Fri: run long', 'Sat: gym lower') },
    {
      name: 'a marathoner’s peak week: 7 runs, 2 gym, about 100 km',
      text: plan('goal: running', 'Mon: run easy 10km + gym upper', 'Tue: run intervals 12km', 'Wed: run easy 14km', 'Thu: run tempo 16km + gym lower', 'Fri: run recovery 8km', 'Sat: run easy 10km', 'Sun: run long 32km'),
    },
    { name: 'rest, walks, mobility and short core work do not count', text: plan('Mon: gym upper + walk + mobility + gym core', 'Tue: run easy + yoga + walk', 'Wed: gym lower + walk + mobility + gym core', 'Thu: run easy + walk', 'Fri: gym full + walk', 'Sat: run long') },
  ],
});
