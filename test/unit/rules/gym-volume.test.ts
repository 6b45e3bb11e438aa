import { plan, ruleTests } from './harness';

ruleTests('gym-volume', {
  invalid: [
    {
      name: 'a bodybuilding session of 30 sets',
      text: plan('Mon: gym upper [bench 5x10, incline press 5x10, flyes 5x12, dips 5x10, triceps 5x12, curls 5x12]'),
      errors: [
        {
          severity: 'warning',
          at: '[bench 5x10, incline press 5x10, flyes 5x12, dips 5x10, triceps 5x12, curls 5x12]',
          message: ['30 working sets in one gym session (Mon: gym upper [bench 5x10', 'more than 24', 'lift heavy, not exhausted'],
          data: { sets: 30, max: 24 },
        },
      ],
    },
    {
      name: 'the sets option',
      text: plan('Mon: gym [squat 5x5, bench 5x5, row 5x5]'),
      config: [{ rules: { 'gym-volume': ['warning', { sets: 12 }] } }],
      errors: [{ severity: 'warning', at: '[squat 5x5, bench 5x5, row 5x5]', message: ['15 working sets', 'more than 12'] }],
    },
  ],
  valid: [
    { name: 'a strength session of 24 sets', text: plan('Mon: gym full heavy [squat 5x5, bench 5x5, deadlift 1x5, row 5x5, press 4x6, pull-ups 4x8]') },
    { name: 'no sets written', text: plan('Mon: gym upper [bench, row, press, curls, dips, flyes, raises]') },
    { name: 'no exercise list', text: plan('Mon: gym upper heavy 75min') },
  ],
});
