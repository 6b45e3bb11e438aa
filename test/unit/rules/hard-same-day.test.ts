import { plan, ruleTests } from './harness';

ruleTests('hard-same-day', {
  invalid: [
    {
      // Each with a time of day of its own: two outings, two hard sessions.
      name: 'a best-effort mile in the morning, a circuit in the afternoon',
      text: plan('Tue: am 1 mile run best effort + pm circuit'),
      errors: [{ severity: 'warning', at: 'pm circuit', message: ['A quality run (Tue: am 1 mile run best effort) and a hard session (pm circuit) on the same day'], data: { pair: 'hard+hard' } }],
    },
    {
      // A circuit, then a tempo run: the run is a session of its own, not the circuit's second part.
      name: 'a circuit, then a tempo run',
      text: plan('Fri: circuit 20min + run tempo 30min'),
      errors: [{ severity: 'warning', at: 'run tempo 30min', message: ['A hard session (Fri: circuit 20min) and a quality run (run tempo 30min) on the same day'], data: { pair: 'hard+hard' } }],
    },
    {
      // A finisher after a lift is not that lift's second part: heavy upper body, then burpees, is hard on hard.
      name: 'heavy upper body, then 20 minutes of burpees',
      text: plan('Fri: gym upper heavy + burpees 20min'),
      errors: [{ severity: 'warning', at: 'burpees 20min', message: ['A hard gym session (Fri: gym upper heavy) and a hard session (burpees 20min) on the same day'], data: { pair: 'hard+hard' } }],
    },
    {
      name: 'intervals beside weighted pull-ups',
      text: plan('Mon: run intervals 6x800m + gym [weighted pull-ups 5x3]'),
      errors: [{ severity: 'warning', at: 'gym [weighted pull-ups 5x3]', message: ['A quality run (Mon: run intervals 6x800m) and a hard gym session (gym [weighted pull-ups 5x3]) on the same day'] }],
    },
    {
      name: 'two quality runs am and pm are two hard sessions',
      text: plan('Tue: run intervals 6x800m am + run tempo 20min pm'),
      errors: [{ severity: 'warning', at: 'run tempo 20min pm', message: ['A quality run (Tue: run intervals 6x800m am) and a quality run (run tempo 20min pm) on the same day'], data: { pair: 'hard+hard' } }],
    },
    {
      name: 'a quality and a long run with no time between them stay two sessions',
      text: plan('Sat: run long 16km + run intervals 6x800m'),
      errors: [{ severity: 'warning', at: 'run intervals 6x800m', message: ['A quality run (Sat: run intervals 6x800m) and a long run (run long 16km) on the same day'], data: { pair: 'quality+long' } }],
    },
    {
      name: 'heavy upper body then a quality run: hard on hard, and not fresh',
      text: plan('Thu: gym upper heavy + run z4 30min'),
      errors: [{ severity: 'warning', at: 'run z4 30min', message: ['A hard gym session (Thu: gym upper heavy) and a quality run', 'be fresh at the beginning of your quality sessions'], data: { pair: 'hard+hard' } }],
    },
    {
      name: 'heavy legs + intervals on one day (error, on the later session)',
      text: plan('goal: balanced', 'Mon: gym lower heavy + run intervals 6x800m'),
      errors: [
        {
          severity: 'error',
          at: [1, 23, 1, 43],
          message: ['Heavy legs (Mon: gym lower heavy)', 'a quality run (run intervals 6x800m)', 'avoid heavy squats + intervals on the same day'],
          data: { weekday: 0, pair: 'heavy-legs+quality', otherSessionRange: { start: { line: 1, column: 5 }, end: { line: 1, column: 20 } } },
        },
      ],
    },
    {
      name: 'heavy upper + tempo (warning: two hard sessions)',
      text: plan('Tue: gym upper heavy + run tempo 40min'),
      errors: [
        {
          severity: 'warning',
          at: 'run tempo 40min',
          message: ['A hard gym session (Tue: gym upper heavy)', 'a quality run (run tempo 40min)', "don't combine hard with hard"],
          data: { weekday: 1, pair: 'hard+hard' },
        },
      ],
    },
    {
      name: 'long run then heavy legs (warning, on the gym session written second)',
      text: plan('Sat: run long 16km + gym legs heavy'),
      errors: [{ severity: 'warning', at: 'gym legs heavy', message: ['Heavy legs (Sat: gym legs heavy)', 'a long run (run long 16km)'], data: { pair: 'heavy-legs+long' } }],
    },
    {
      name: 'times decide which session is later; am and pm make it a warning',
      text: plan('Wed: run intervals pm + gym lower heavy am'),
      errors: [{ severity: 'warning', at: 'run intervals pm', message: ['Heavy legs (Wed: gym lower heavy am)', 'even 6 h or more apart'], data: { pair: 'heavy-legs+quality', apart: true } }],
    },
    {
      name: 'clock times 6 h apart: a warning; 4 h apart: an error',
      text: plan('Mon: gym lower heavy @06:30 + run tempo @18:00', 'Thu: gym lower heavy @07:00 + run tempo @11:00'),
      errors: [
        { severity: 'warning', at: 'run tempo @18:00', message: ['even 6 h or more apart'] },
        { severity: 'error', at: 'run tempo @11:00', message: ['Heavy legs (Thu: gym lower heavy @07:00)'] },
      ],
    },
    {
      name: 'a quality run and a long run on one day are hard on hard',
      text: plan('Sat: run long 10mi + run intervals 6x800m'),
      errors: [{ severity: 'warning', at: 'run intervals 6x800m', message: ['A quality run (Sat: run intervals 6x800m) and a long run (run long 10mi)', "don't combine hard with hard"], data: { pair: 'quality+long' } }],
    },
    {
      name: 'the same weekday on two lines',
      text: plan('Mon: gym full heavy', 'Mon: run hills rpe 8'),
      errors: [{ severity: 'error', at: 'run hills rpe 8', message: ['Heavy legs (Mon: gym full heavy)'] }],
    },
    {
      name: 'heavy legs by exercise + a hard bike',
      text: plan('Thu: gym upper heavy [deadlift 3x5 @80%] + bike hard'),
      errors: [{ severity: 'warning', at: 'bike hard', message: ['Heavy legs (Thu: gym upper heavy [deadlift 3x5 @80%])', 'a hard cross session (bike hard)'] }],
    },
    {
      name: 'a user-set severity overrides the error of the case',
      text: plan('Mon: gym lower heavy + run intervals'),
      config: [{ rules: { 'hard-same-day': 'info' } }],
      errors: [{ severity: 'info', at: 'run intervals', message: ['Heavy legs'] }],
    },
    {
      name: 'a repeated block reports once, for its first week',
      text: plan('goal: balanced', 'week 1-3', 'Mon: gym lower heavy + run intervals'),
      errors: [{ severity: 'error', at: 'run intervals', message: ['Heavy legs'], week: 1 }],
    },
  ],
  valid: [
    {
      // The Navy SEAL Category I schedule: push-ups, sit-ups and pull-ups of few reps are not heavy lifting.
      name: 'intervals beside bodyweight PT of few reps',
      text: plan('Mon: run intervals 6x800m + PT 5x25 push-ups, 5x25 sit-ups, 3x4 pull-ups'),
    },
    { name: 'two quality runs with no time between them: one track session', text: plan('Tue: shuttle sprints + run 800m repeats') },
    { name: 'two conditioning parts with no time between them: one brick', text: plan('Thu: brick: run + stations') },
    // Zoar Fitness's HYROX week: a finisher of conditioning moves ends the run; it is no second hard session.
    { name: 'a quality run and its wall-ball finisher', text: plan('Fri: threshold run + wall ball work') },
    { name: 'a quality run, finish with burpees', text: plan('Fri: run tempo 30min, finish with burpees') },
    // The Royal Marines regime: a best-effort mile, then the circuit, in one afternoon outing: one workout.
    { name: 'a best-effort mile and the circuit after it', text: plan('Tue: AM - 12 mile bike ride PM - 1 mile run best effort circuit') },
    { name: 'heavy legs + an easy run', text: plan('Mon: gym lower heavy + run easy 30min') },
    { name: 'moderate gym + tempo', text: plan('Mon: gym upper + run tempo') },
    { name: 'heavy legs and intervals on different days', text: plan('Mon: gym lower heavy', 'Wed: run intervals') },
    { name: 'heavy upper + a long run', text: plan('Mon: run long 20km + gym upper heavy') },
    { name: 'heavy legs + an easy walk', text: plan('Mon: gym lower heavy + walk 30min') },
    { name: '# hybrid-ignore on the line', text: plan('Mon: gym lower heavy + run intervals  # hybrid-ignore hard-same-day') },
    { name: '# hybrid-ignore-file', text: plan('# hybrid-ignore-file hard-same-day', 'Mon: gym lower heavy + run intervals') },
    { name: 'switched off', text: plan('Mon: gym lower heavy + run intervals'), config: [{ rules: { 'hard-same-day': 'off' } }] },
  ],
});
