import { plan, ruleTests } from './harness';

ruleTests('session-order', {
  invalid: [
    {
      name: 'goal strength, run in the morning, lift in the evening',
      text: plan('goal: strength', 'Mon: run easy 30min am + gym upper heavy pm'),
      errors: [
        {
          severity: 'info',
          at: [1, 5, 1, 22],
          message: ['Run before lifting on Mon', 'with goal strength', 'lift first, run later in the day or on separate days'],
          data: { goal: 'strength', weekday: 0 },
        },
      ],
    },
    {
      name: 'goal running, gym written first',
      text: plan('goal: running', 'Tue: gym lower + run easy'),
      errors: [{ severity: 'info', at: 'gym lower', message: ['Lifting before the run on Tue', 'run first, lift as support work'] }],
    },
    {
      name: 'goal strength, run written first',
      text: plan('goal: strength', 'Wed: run easy + gym full'),
      errors: [{ severity: 'info', at: 'run easy', message: ['(run easy before gym full)'] }],
    },
    {
      name: 'goal running, two lines for one day with clock times',
      text: plan('goal: running', 'Thu: gym upper @07:00', 'Thu: run tempo @18:00'),
      errors: [{ severity: 'info', at: 'gym upper @07:00', message: ['Lifting before the run on Thu'] }],
    },
  ],
  valid: [
    { name: 'goal balanced', text: plan('goal: balanced', 'Mon: run easy + gym upper') },
    { name: 'no goal', text: plan('Mon: run easy + gym upper') },
    { name: 'goal strength, lift first', text: plan('goal: strength', 'Mon: gym upper + run easy') },
    { name: 'goal running, times put the run first', text: plan('goal: running', 'Mon: gym upper pm + run easy am') },
  ],
});
