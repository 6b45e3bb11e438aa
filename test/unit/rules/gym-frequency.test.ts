import { plan, ruleTests } from './harness';

ruleTests('gym-frequency', {
  invalid: [
    {
      name: 'a metcon is not a gym session',
      text: plan('goal: running', 'Mon: metcon 20 min: burpees, box jumps, kettlebell swings', 'Tue: run tempo', 'Sun: run long'),
      errors: [{ severity: 'info', at: 'Mon: metcon 20 min: burpees, box jumps, kettlebell swings', message: ['No gym session this week with goal running'], data: { count: 0, min: 1 } }],
    },
    {
      name: 'a 4th gym session',
      text: plan('goal: balanced', 'Mon: gym upper', 'Tue: gym lower', 'Wed: rest', 'Thu: gym push', 'Fri: gym pull'),
      errors: [
        {
          severity: 'warning',
          at: [5, 5, 5, 13],
          message: ['4th gym session this week (Fri: gym pull), more than 3', '3 gym sessions a week; more is rarely better'],
          data: { count: 4, max: 3, weekday: 4 },
        },
      ],
    },
    {
      name: 'one gym session (info on the first day line)',
      text: plan('goal: balanced', 'Mon: gym upper', 'Tue: run easy'),
      errors: [{ severity: 'info', at: 'Mon: gym upper', message: ['Only 1 gym session this week, fewer than 3', 'train 3 days in the gym'], data: { count: 1, min: 3 } }],
    },
    {
      name: 'goal running needs 1: no lifting at all',
      text: plan('goal: running', 'Mon: run easy', 'Tue: run tempo', 'Thu: bike 45min'),
      errors: [{ severity: 'info', at: 'Mon: run easy', message: ['No gym session this week with goal running — the guide says if running is your focus, reduce gym volume — not intensity; keep lifting'], data: { count: 0, min: 1 } }],
    },
    {
      name: 'no goal: 2 gym sessions beside 2 runs and a ride is a hybrid week, the guide asks for 3',
      text: plan('Mon: gym full', 'Tue: run easy', 'Wed: bike 45min', 'Thu: gym upper', 'Sat: run long'),
      errors: [{ severity: 'info', at: 'Mon: gym full', message: ['Only 2 gym sessions this week, fewer than 3 — the guide says train 3 days in the gym'], data: { count: 2, min: 3 } }],
    },
    {
      name: 'no goal: a running week with only short core work reads as running, 1 lift is asked for',
      text: plan('Mon: core 20min', 'Tue: run easy', 'Wed: run tempo', 'Thu: cross 30min', 'Sat: run long'),
      errors: [{ severity: 'info', at: 'Mon: core 20min', message: ['No gym session this week in what reads as a running plan — the guide says if running is your focus'], data: { count: 0, min: 1 } }],
    },
    {
      name: 'the max option, two sessions on one day am and pm',
      text: plan('Mon: gym upper am + gym lower pm', 'Tue: gym push', 'Wed: gym pull', 'Thu: gym full'),
      config: [{ rules: { 'gym-frequency': ['error', { max: 4 }] } }],
      errors: [{ severity: 'error', at: 'gym full', message: ['5th gym session this week (Thu: gym full), more than 4'] }],
    },
    {
      name: 'on the week header, with a label',
      text: plan('goal: balanced', 'week 1: base', 'Mon: gym upper'),
      errors: [{ severity: 'info', at: 'week 1: base', message: ['Only 1 gym session'], week: 1 }],
    },
  ],
  valid: [
    {
      // Training twice a day on six days is elite volume (elite-volume says so): adding lifting is not the advice.
      name: 'a week of elite volume is not asked for more gym sessions',
      text: plan('goal: balanced', 'Mon: run easy am + run intervals pm', 'Tue: run easy am + run easy pm', 'Wed: run easy am + gym upper pm', 'Thu: run easy am + run tempo pm', 'Fri: run easy am + run easy pm', 'Sat: run long am + run easy pm'),
    },
    // A runner adding lifting: one or two strength sessions a week is the common advice (Pfitzinger, Higdon's plans).
    { name: 'goal running: one gym session is enough', text: plan('goal: running', 'Mon: gym upper', 'Tue: run easy', 'Thu: run tempo', 'Sat: run long') },
    {
      // Hal Higdon's 10K Novice, pasted with no goal line: 3 runs, 2 cross-training days, 2 strength days.
      name: 'no goal: Higdon\'s 10K week reads as running, 2 strength days are enough',
      text: plan('Mon: stretch & strength', 'Tue: run 2.5mi', 'Wed: cross 30min', 'Thu: run 2mi + strength', 'Fri: rest', 'Sat: cross 40min', 'Sun: run 3mi'),
    },
    {
      name: 'the lifts of one day with no time between them are one gym session; med-ball throws are not one',
      text: plan('goal: balanced', 'Mon: gym upper', 'Wed: deadlift + hand release push ups + plank', 'Thu: med ball throws + run 800m repeats', 'Fri: gym [deadlift, hand release push ups, plank]'),
    },
    {
      name: "the guide's balanced week",
      text: plan('goal: balanced', 'Mon: gym upper heavy', 'Tue: run intervals', 'Wed: rest', 'Thu: upperbody', 'Fri: run long', 'Sat: gym lower', 'Sun: rest'),
    },
    { name: 'goal running with 2 gym sessions', text: plan('goal: running', 'Mon: gym upper', 'Thu: gym lower') },
    {
      name: 'short core and mobility work is not one of the 3 gym sessions',
      text: plan('goal: balanced', 'Mon: gym upper heavy + gym core', 'Tue: run easy', 'Wed: gym lower + gym [plank 3x60s, dead bug 3x10]', 'Fri: gym full', 'Sat: gym upper 20min', 'Sun: run long'),
    },
    { name: 'min option 1', text: plan('Mon: gym upper'), config: [{ rules: { 'gym-frequency': ['warning', { min: 1 }] } }] },
    { name: 'max option 4 with 4', text: plan('Mon: gym upper', 'Tue: gym lower', 'Thu: gym push', 'Fri: gym pull'), config: [{ rules: { 'gym-frequency': ['warning', { max: 4 }] } }] },
  ],
});
