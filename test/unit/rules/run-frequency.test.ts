import { plan, ruleTests } from './harness';

ruleTests('run-frequency', {
  invalid: [
    {
      name: 'a circuit without running does not count as a run',
      text: plan('goal: hyrox', 'Mon: run intervals 4x800m', 'Wed: circuit 3 rounds: 500m row, 100m farmers carry, 10 sandbag lunges'),
      errors: [{ severity: 'info', at: 'Mon: run intervals 4x800m', message: ['Only 1 run this week, fewer than 2'] }],
    },
    {
      name: 'goal running: a double on top of a run every day',
      text: plan('goal: running', 'Mon: run easy', 'Tue: run intervals', 'Wed: run easy am + run easy 30min pm', 'Thu: run easy', 'Fri: run easy', 'Sat: run tempo', 'Sun: run long 12mi'),
      errors: [{ severity: 'warning', at: 'run long 12mi', message: ['8th run this week (Sun: run long 12mi), more than 7 with goal running — a runner adding lifting runs 4–7 times a week, at most once a day'], data: { count: 8, max: 7 } }],
    },
    {
      // goal balanced: four runs and nothing else would read as a running plan (goal.ts).
      name: 'a 4th run',
      text: plan('goal: balanced', 'Mon: run easy', 'Tue: run easy', 'Thu: run tempo', 'Sat: run long'),
      errors: [{ severity: 'warning', at: [4, 5, 4, 13], message: ['4th run this week (Sat: run long), more than 3', 'run 2–3 times per week'], data: { count: 4, max: 3 } }],
    },
    {
      name: 'no goal: a hybrid week of 4 runs and 3 lifts is not read as running, the 4th run warns',
      text: plan('Mon: run easy', 'Tue: gym lower', 'Wed: run tempo', 'Thu: gym upper', 'Fri: run easy', 'Sat: gym full', 'Sun: run long'),
      errors: [{ severity: 'warning', at: 'run long', message: ['4th run this week (Sun: run long), more than 3 — the guide says run 2–3 times per week'], data: { count: 4, max: 3 } }],
    },
    {
      name: 'no goal: a week of runs only reads as a running plan, the 8th run warns',
      text: plan('Mon: run easy am + run easy 30min pm', 'Tue: run intervals', 'Wed: run easy', 'Thu: run easy', 'Fri: run easy', 'Sat: run tempo', 'Sun: run long 12mi'),
      errors: [{ severity: 'warning', at: 'run long 12mi', message: ['8th run this week (Sun: run long 12mi), more than 7 in what reads as a running plan — a runner adding lifting runs 4–7 times a week'], data: { count: 8, max: 7 } }],
    },
    {
      // Short speed work (repeats of 60 m or less, 600 m in all) is no run toward the most: the 4th run is Sat's.
      name: 'short speed work is not a 4th run; the 4th real run still warns',
      text: plan('goal: balanced', 'Mon: speed work 6 x 30m + gym lower', 'Tue: run intervals 6x800m', 'Wed: sprints 8 x 40m', 'Thu: run easy 30 min', 'Fri: run tempo 20 min', 'Sat: run long 60 min'),
      errors: [{ severity: 'warning', at: 'run long 60 min', message: ['4th run this week (Sat: run long 60 min), more than 3'], data: { count: 4, max: 3 } }],
    },
    {
      // 10 x 100m is 1 km of running: not short speed work, a run.
      name: 'sprints of 100 m count as a run',
      text: plan('goal: balanced', 'Mon: sprints 10 x 100m', 'Tue: run intervals 6x800m', 'Thu: run easy 30 min', 'Sat: run long 60 min'),
      errors: [{ severity: 'warning', at: 'run long 60 min', message: ['4th run this week (Sat: run long 60 min), more than 3'], data: { count: 4, max: 3 } }],
    },
    {
      name: 'running form drills are not a run: one run',
      text: plan('goal: balanced', 'Mon: gym upper', 'Tue: running form drills 15min', 'Wed: run easy', 'Fri: drills 20 min'),
      errors: [{ severity: 'info', at: 'Mon: gym upper', message: ['Only 1 run this week, fewer than 2'], data: { count: 1, min: 2 } }],
    },
    {
      name: 'a 4th run: a run with drills after it is a run',
      text: plan('goal: balanced', 'Mon: run easy', 'Tue: run easy 30min + drills', 'Thu: run tempo', 'Sat: run long', 'Sun: running form drills 15min'),
      errors: [{ severity: 'warning', at: 'run long', message: ['4th run this week (Sat: run long), more than 3'], data: { count: 4, max: 3 } }],
    },
    {
      name: 'one run',
      text: plan('Mon: gym upper', 'Wed: run easy'),
      errors: [{ severity: 'info', at: 'Mon: gym upper', message: ['Only 1 run this week, fewer than 2'], data: { count: 1, min: 2 } }],
    },
    {
      name: 'no run at all',
      text: plan('week 1', 'Mon: gym upper'),
      errors: [{ severity: 'info', at: 'week 1', message: ['No run this week, fewer than 2'] }],
    },
    {
      name: 'max 2 as an error',
      text: plan('Mon: run easy', 'Wed: run easy', 'Fri: run easy'),
      config: [{ rules: { 'run-frequency': ['error', { max: 2 }] } }],
      errors: [{ severity: 'error', at: 'run easy', nth: 2, message: ['3rd run this week (Fri: run easy), more than 2'] }],
    },
  ],
  valid: [
    {
      // The Hyrox Guide's beginner weeks 3-4: intervals and a circuit of runs, rows and carries.
      name: 'running inside a circuit counts toward the fewest runs',
      text: plan('goal: hyrox', 'Mon: run intervals 4x800m', 'Wed: endurance mix: 2 rounds: 1km run @ steady, 750m row, 150m farmers carry'),
    },
    { name: 'a week of elite volume is not asked for more runs', text: plan('goal: strength', 'Mon: gym upper am + gym lower pm', 'Tue: gym upper am + swim 30min pm', 'Wed: gym lower am + gym upper pm', 'Thu: gym full am + bike 45min pm', 'Fri: gym upper am + gym lower pm', 'Sat: gym full am + run easy pm') },
    {
      // A jog that says it is the warm-up of the lifting is part of that session, not a 4th run (issue 13).
      name: 'goal strength: three runs and a warm-up jog before squats',
      text: plan('goal: strength', 'Mon: jog 10 min warm-up then squat 5x5', 'Tue: run easy', 'Thu: run tempo', 'Sat: run easy', 'Wed: gym upper', 'Fri: gym full'),
    },
    {
      name: 'goal running: a run every day (7)',
      text: plan('goal: running', 'Mon: run easy', 'Tue: run intervals', 'Wed: run easy', 'Thu: run easy', 'Fri: run easy', 'Sat: run tempo', 'Sun: run long 12mi'),
    },
    {
      name: 'the parts of one outing are one run',
      text: plan('goal: balanced', 'Tue: shuttle sprints + run 800m repeats', 'Thu: run easy', 'Sat: run long'),
    },
    {
      // A pasted marathon week (Pfitzinger's shape): no goal line, read as a running plan from its runs.
      name: 'no goal: five runs with a long run and no lifting read as a running plan',
      text: plan('Mon: rest', 'Tue: run easy 8mi', 'Wed: run tempo 10mi', 'Thu: run recovery 5mi', 'Fri: run easy 9mi', 'Sun: run long 16mi'),
    },
    {
      // A marathoner who lifts at lunch: a run every day with a long run outnumbers five lifts (Fitness SE q. 11812).
      name: 'no goal: a run every day with a long run and five lifts reads as running',
      text: plan('Mon: gym upper + run easy 35min', 'Tue: gym lower + run intervals 45min', 'Wed: gym upper + run easy 35min', 'Thu: gym full + run easy 35min', 'Fri: gym upper + run easy 35min', 'Sat: run tempo', 'Sun: run long 15mi'),
    },
    { name: 'two runs', text: plan('Tue: run intervals', 'Fri: run long') },
    // A rugby week of two speed sessions and two conditioning runs: three runs and short speed work, no warning; the
    // speed work is running against "only 1 run" all the same.
    { name: 'short speed work beside three runs', text: plan('goal: balanced', 'Mon: speed work 6 x 30m + gym lower', 'Tue: run intervals 6x800m', 'Wed: sprints 8 x 40m', 'Thu: run easy 30 min', 'Sat: run long 60 min') },
    { name: 'short speed work counts against too few', text: plan('goal: balanced', 'Mon: sprints 8 x 40m + gym lower', 'Thu: gym upper', 'Sat: run long 60 min', 'Sun: gym full') },
    { name: 'three runs', text: plan('Mon: run easy', 'Wed: run tempo', 'Sat: run long') },
    { name: 'min option 1 with one run', text: plan('Mon: run easy'), config: [{ rules: { 'run-frequency': ['warning', { min: 1 }] } }] },
  ],
});
