import { plan, ruleTests } from './harness';

ruleTests('fresh-for-quality', {
  invalid: [
    {
      name: 'intervals after a moderate leg session (exercises) on the same day, `then` says the order',
      text: plan('Mon: gym [squat 4x8, lunge 3x10] then run intervals 6x800m'),
      errors: [
        {
          severity: 'warning',
          at: 'run intervals 6x800m',
          message: ['Quality run (Mon: run intervals 6x800m) after gym [squat 4x8, lunge 3x10] on the same day', 'be fresh at the beginning of your quality sessions'],
          data: { weekday: 0, otherSessionRange: { start: { line: 0, column: 5 }, end: { line: 0, column: 32 } } },
        },
      ],
    },
    {
      name: 'times decide the order: gym at 07:00, tempo at 11:00',
      text: plan('Wed: run tempo @11:00 + gym lower @07:00'),
      errors: [{ severity: 'warning', at: 'run tempo @11:00', message: ['after gym lower @07:00'] }],
    },
  ],
  valid: [
    { name: 'heavy by its sets (squat 5x5): hard-same-day reports the pair', text: plan('Tue: gym legs [squat 5x5] + run speed work 45min') },
    { name: 'the quality run first', text: plan('Mon: run tempo 30min then gym lower [squat 4x8]') },
    // A `+` lists the day's sessions without saying which comes first (same-day-spacing asks for the times).
    { name: 'no order written', text: plan('Mon: gym [squat 4x8, lunge 3x10] + run intervals 6x800m') },
    { name: 'one time only', text: plan('Mon: gym lower [squat 4x8] + run tempo pm') },
    { name: 'a run/walk is not a quality run', text: plan('Mon: gym lower [squat 4x8] then run/walk intervals 20 min') },
    { name: 'am and pm', text: plan('Mon: gym lower am + run intervals pm') },
    { name: 'clock times 6 h apart', text: plan('Mon: gym full @06:00 + run tempo @12:00') },
    { name: 'an upper or light session before it', text: plan('Mon: gym upper + run tempo', 'Wed: gym lower light + run intervals') },
    { name: 'an easy run after a leg session', text: plan('Mon: gym lower then run easy 30min') },
    // Two hard sessions on one day are hard-same-day's: one squiggle for one mistake.
    { name: 'heavy legs then intervals is hard-same-day, not this rule', text: plan('Mon: gym lower heavy + run intervals') },
    { name: 'even with hard-same-day off', text: plan('Thu: gym upper heavy + run z4 30min'), config: [{ rules: { 'hard-same-day': 'off' } }] },
  ],
});
