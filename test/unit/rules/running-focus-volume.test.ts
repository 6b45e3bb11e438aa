import { plan, ruleTests } from './harness';

ruleTests('running-focus-volume', {
  invalid: [
    {
      // Point Five Korean's marathon week 1 with a bodybuilding split: `chest & triceps` is one workout, not two.
      name: 'goal running: a three-day split counts three workouts, one per outing',
      text: plan('goal: running', 'Mon: back & biceps [lat pull downs, seated rows]', 'Tue: run/walk 20 mins', 'Wed: chest & triceps [bench press, dips]', 'Sat: legs & shoulders [leg extensions, military press]', 'Sun: run/walk 20 mins'),
      errors: [{ severity: 'info', at: 'Mon: back & biceps [lat pull downs, seated rows]', message: ['3 gym sessions this week with goal running'], data: { case: 'volume', count: 3 } }],
    },
    {
      name: 'goal running with 3 gym sessions (on the first day line)',
      text: plan('goal: running', 'Mon: gym upper heavy', 'Wed: gym lower heavy', 'Fri: gym full heavy'),
      errors: [{ severity: 'info', at: [1, 0, 1, 20], message: ['3 gym sessions this week with goal running', 'reduce gym volume (2 sessions), not intensity'] }],
    },
    {
      // A marathoner's lunch-hour lifting week posted for critique (Fitness SE q. 11812): no goal line.
      name: 'no goal: a run every day with a long run and five lifts reads as running: too much lifting',
      text: plan('Mon: gym upper + run easy 35min', 'Tue: gym lower + run intervals 45min', 'Wed: gym upper + run easy 35min', 'Thu: gym full + run easy 35min', 'Fri: gym upper + run easy 35min', 'Sat: run tempo', 'Sun: run long 15mi'),
      errors: [{ severity: 'info', at: [0, 0, 0, 31], message: ['5 gym sessions this week in what reads as a running plan — the guide says if running is your focus, reduce gym volume (2 sessions), not intensity'], data: { case: 'volume', count: 5 } }],
    },
    {
      name: 'goal running with only light gym in a week, where other weeks lift heavier',
      text: plan('goal: running', 'week 1', 'Tue: gym full heavy', 'Fri: gym upper', 'week 2', 'Tue: gym full light', 'Fri: gym upper light'),
      errors: [
        {
          severity: 'info',
          at: 'gym full light',
          message: ['Every gym session this week is light (Tue: gym full light)', "lighter than the plan's other weeks", 'reduce gym volume, not intensity'],
          data: { case: 'all-light' },
          week: 2,
        },
      ],
    },
    {
      name: 'the goal of a later week',
      text: plan('goal: strength', 'week 1', 'Mon: gym upper', 'Tue: gym lower', 'Wed: gym full', 'week 2', 'goal: running', 'Mon: gym upper', 'Tue: gym lower', 'Wed: gym full'),
      errors: [{ severity: 'info', at: 'week 2', message: ['3 gym sessions'], week: 2 }],
    },
  ],
  valid: [
    { name: 'goal running: two lifts, one of them two parts of one workout', text: plan('goal: running', 'Mon: chest & triceps [bench press, dips]', 'Tue: run easy', 'Thu: gym lower', 'Sat: run long') },
    // Five runs with a long run and four lifts (a conjugate hybrid week): not clearly a running plan, nothing read.
    { name: 'no goal: five runs and four lifts are not read as running', text: plan('Mon: gym upper heavy + run recovery', 'Wed: gym lower heavy + run intervals', 'Thu: run tempo', 'Fri: gym upper + run easy', 'Sat: gym lower', 'Sun: run long') },
    {
      name: 'a deload week',
      text: plan('goal: running', 'week 1', 'Tue: gym full heavy', 'Fri: gym upper', 'week 2: deload', 'Tue: gym full light', 'Fri: gym upper light'),
    },
    // A beginner lifting light throughout is not told to lift heavy; a deload week is light on purpose.
    { name: 'light gym throughout (a beginner)', text: plan('goal: running', 'Tue: gym full light [squat 3x10, push-ups 3x10]', 'Fri: gym upper light') },
    { name: 'goal running with 2 moderate gym sessions', text: plan('goal: running', 'Mon: gym upper', 'Thu: gym lower') },
    { name: 'goal strength with 4 gym sessions', text: plan('goal: strength', 'Mon: gym upper', 'Tue: gym lower', 'Thu: gym push', 'Fri: gym pull') },
    { name: 'goal running, one light and one heavy', text: plan('goal: running', 'Mon: gym upper light', 'Thu: gym lower heavy') },
  ],
});
