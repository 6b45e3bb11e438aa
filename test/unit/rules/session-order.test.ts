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
      name: 'goal running, gym first by the times written',
      text: plan('goal: running', 'Tue: gym lower am + run easy pm'),
      errors: [{ severity: 'info', at: 'gym lower am', message: ['Lifting before the run on Tue', 'run first, lift as support work'] }],
    },
    {
      name: 'goal running, gym written first with `then`',
      text: plan('goal: running', 'Tue: gym lower then run easy'),
      errors: [{ severity: 'info', at: [1, 5, 1, 14], message: ['Lifting before the run on Tue (gym lower before run easy)'] }],
    },
    {
      name: 'goal strength, run written first with `followed by`',
      text: plan('goal: strength', 'Wed: run easy followed by gym full'),
      errors: [{ severity: 'info', at: [1, 5, 1, 13], message: ['(run easy before gym full)'] }],
    },
    {
      name: 'goal running, two lines for one day with clock times',
      text: plan('goal: running', 'Thu: gym upper @07:00', 'Thu: run tempo @18:00'),
      errors: [{ severity: 'info', at: 'gym upper @07:00', message: ['Lifting before the run on Thu'] }],
    },
  ],
  valid: [
    { name: 'goal balanced', text: plan('goal: balanced', 'Mon: run easy am + gym upper pm') },
    { name: 'no goal', text: plan('Mon: run easy am + gym upper pm') },
    { name: 'goal strength, lift first', text: plan('goal: strength', 'Mon: gym upper am + run easy pm') },
    { name: 'goal running, times put the run first', text: plan('goal: running', 'Mon: gym upper pm + run easy am') },
    // A `+` lists the sessions of a day; it does not say which is done first (coach decision, issue 13).
    { name: 'goal running, no order written', text: plan('goal: running', 'Tue: gym lower + run easy') },
    { name: 'goal strength, no order written', text: plan('goal: strength', 'Wed: run easy + gym full') },
    { name: 'goal running, two lines for one day without times', text: plan('goal: running', 'Thu: gym lower', 'Thu: run tempo') },
    { name: 'one time only says nothing of the other', text: plan('goal: running', 'Tue: gym lower + run easy pm') },
    // What the order protects is not at stake.
    { name: 'goal strength, a warm-up jog before the lifts', text: plan('goal: strength', 'Mon: jog 10 min warm-up, then squat 5x5') },
    { name: 'goal running, core work before the run', text: plan('goal: running', 'Mon: gym core 20min am + run tempo pm') },
    { name: 'goal running, upper-body lifting before an easy run', text: plan('goal: running', 'Mon: gym upper heavy am + run easy pm') },
  ],
});
