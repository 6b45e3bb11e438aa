import { plan, ruleTests } from './harness';

ruleTests('same-day-spacing', {
  invalid: [
    {
      name: 'run and gym on one day with no times, one of them hard (info)',
      text: plan('Mon: gym lower heavy + run easy 30min'),
      errors: [
        {
          severity: 'info',
          at: [0, 23, 0, 37],
          message: ['Run and gym on Mon with no times', 'run easy 30min and gym lower heavy', 'at least 6–8 hours', 'set am / pm'],
          data: { gap: 'unknown', otherSessionRange: { start: { line: 0, column: 5 }, end: { line: 0, column: 20 } } },
        },
      ],
    },
    {
      name: 'clock times 3 h 30 min apart',
      text: plan('Tue: run easy @07:00 + gym upper @10:30'),
      errors: [{ severity: 'warning', at: 'gym upper @10:30', message: ['start only 3 h 30 min apart'], data: { gap: 'exact', gapMinutes: 210 } }],
    },
    {
      name: 'both in the morning',
      text: plan('Wed: gym full am + run easy am'),
      errors: [{ severity: 'warning', at: 'run easy am', message: ['both in the am on Wed'], data: { gap: 'same-period' } }],
    },
    {
      name: 'the hours option',
      text: plan('Thu: run easy @07:00 + gym upper @14:00'),
      config: [{ rules: { 'same-day-spacing': ['warning', { hours: 8 }] } }],
      errors: [{ severity: 'warning', at: 'gym upper @14:00', message: ['start only 7 h apart', 'at least 8 hours here'] }],
    },
    {
      name: 'the later session by clock, not by the order written',
      text: plan('Fri: gym upper @09:00 + run easy @07:00'),
      errors: [{ severity: 'warning', at: 'gym upper @09:00', message: ['start only 2 h apart'] }],
    },
    {
      name: 'a clock time before noon and a bare pm may be only 1 h apart (info)',
      text: plan('Thu: gym lower heavy @11:00 + run easy pm'),
      errors: [
        {
          severity: 'info',
          at: 'run easy pm',
          message: ['Run and gym on Thu may start less than 6 hours apart (run easy pm and gym lower heavy @11:00)', 'at least 1 h', 'give both a clock time'],
          data: { gap: 'at-least', gapMinutes: 60 },
        },
      ],
    },
  ],
  valid: [
    { name: 'med-ball throws beside intervals: short power work needs no 6 hours', text: plan('Tue: med ball throws + run intervals 6x800m') },
    // No hard session in the pair: the times do not matter enough for an info.
    { name: 'heavy bench beside an easy run, no times', text: plan('Mon: gym upper heavy + run easy 30min') },
    { name: 'an easy run beside light gym work, no times', text: plan('Mon: gym upper light + run easy 30min', 'Wed: run easy 20min + gym core') },
    { name: 'a clock time and a bare pm, nothing hard', text: plan('Thu: gym upper @11:00 + run easy pm') },
    { name: 'a clock time 6 h before noon and a bare pm', text: plan('Thu: run easy @06:00 + gym upper pm') },
    { name: 'a bare am and a clock time 6 h after noon', text: plan('Thu: run easy am + gym upper @18:00') },
    { name: 'am and pm', text: plan('Mon: gym upper am + run easy pm') },
    { name: 'clock times 11 h 30 min apart', text: plan('Mon: run easy @06:30 + gym upper @18:00') },
    { name: 'gym and a bike ride', text: plan('Mon: gym upper + bike easy') },
    { name: 'run and gym on different days', text: plan('Mon: gym upper', 'Tue: run easy') },
    { name: 'switched off in the config', text: plan('Mon: gym upper + run easy'), config: [{ rules: { 'same-day-spacing': 'off' } }] },
  ],
});
