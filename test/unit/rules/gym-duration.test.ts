import { plan, ruleTests } from './harness';

ruleTests('gym-duration', {
  invalid: [
    {
      name: '90 minutes (on the duration)',
      text: plan('Mon: gym upper 90min'),
      errors: [{ severity: 'info', at: [0, 15, 0, 20], message: ['Gym session of 90 min (Mon: gym upper 90min), longer than 75 min', '60–75 minutes is plenty'], data: { minutes: 90, max: 75 } }],
    },
    {
      name: '1h30 written in hours',
      text: plan('Tue: gym lower heavy 1h30'),
      errors: [{ severity: 'info', at: '1h30', message: ['Gym session of 90 min'] }],
    },
    {
      name: 'the minutes option',
      text: plan('Mon: gym upper 70min', 'Thu: gym lower 60min'),
      config: [{ rules: { 'gym-duration': ['warning', { minutes: 60 }] } }],
      errors: [{ severity: 'warning', at: '70min', message: ['longer than 60 min'] }],
    },
  ],
  valid: [
    { name: 'exactly 75 minutes', text: plan('Mon: gym upper 75min') },
    { name: 'no duration', text: plan('Mon: gym upper heavy') },
    { name: 'a long run of 2 hours', text: plan('Mon: run long 2h') },
  ],
});
