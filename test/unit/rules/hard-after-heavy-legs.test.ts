import { plan, ruleTests } from './harness';

ruleTests('hard-after-heavy-legs', {
  invalid: [
    {
      name: 'long run the day after heavy legs',
      text: plan('Thu: gym lower heavy', 'Fri: run long 14km'),
      errors: [
        {
          severity: 'warning',
          at: [1, 5, 1, 18],
          message: ['Long run (Fri: run long 14km)', 'the day after heavy legs (Thu: gym lower heavy)', 'avoid long runs the day after brutal leg sessions'],
          data: { weekday: 4, otherWeekday: 3, run: 'long', otherSessionRange: { start: { line: 0, column: 5 }, end: { line: 0, column: 20 } } },
        },
      ],
    },
    {
      name: 'intervals the day after a heavy leg session',
      text: plan('Mon: gym legs heavy', 'Tue: run intervals 5x1km'),
      errors: [{ severity: 'warning', at: 'run intervals 5x1km', message: ['Quality run (Tue: run intervals 5x1km)', 'Mon: gym legs heavy', '48 h'], data: { run: 'quality' } }],
    },
    {
      name: 'a single-week plan wraps Sunday → Monday',
      text: plan('Mon: run tempo 30min', 'Sun: gym full heavy'),
      errors: [{ severity: 'warning', at: 'run tempo 30min', message: ['Sun: gym full heavy'], data: { otherWeekday: 6 } }],
    },
    {
      name: 'Sunday of week 1 is followed by Monday of week 2',
      text: plan('week 1', 'Sun: gym lower heavy', 'week 2', 'Mon: run long 12km'),
      errors: [{ severity: 'warning', at: 'run long 12km', message: ['Sun: gym lower heavy'], week: 2, data: { week: 2, otherWeek: 1, otherWeekday: 6 } }],
    },
    {
      name: 'an easy run of 90 minutes or more is a long run',
      text: plan('Mon: gym lower heavy', 'Tue: run easy 1h40'),
      errors: [{ severity: 'warning', at: 'run easy 1h40', message: ['Long run (Tue: run easy 1h40)'] }],
    },
  ],
  valid: [
    {
      name: 'Monday of week 3 does not follow Sunday of week 1 when week 2 is not written',
      text: plan('week 1', 'Sun: gym lower heavy', 'week 3', 'Mon: run long 12km'),
    },
    { name: 'the last week of a multi-week plan does not wrap', text: plan('week 1', 'Mon: run long 16km', 'Sun: gym lower heavy') },
    { name: 'an easy run after heavy legs', text: plan('Mon: gym lower heavy', 'Tue: run easy 40min') },
    { name: 'intervals after heavy upper body', text: plan('Mon: gym upper heavy', 'Tue: run intervals') },
    { name: 'a long run after a moderate leg day', text: plan('Mon: gym lower', 'Tue: run long') },
    { name: 'a day between them', text: plan('Mon: gym lower heavy', 'Wed: run long') },
  ],
});
