import { plan, ruleTests } from './harness';

ruleTests('back-to-back-hard', {
  invalid: [
    {
      // r/hyrox's proposed week: the erg that finishes Tuesday's weights is hard on the legs, the day after a quality run.
      name: 'a quality run, then weights that finish with an erg',
      text: plan('Mon: Quality running workout', 'Tue: Full body weights, finish with ERG'),
      errors: [{ severity: 'warning', at: 'ERG', message: ['Leg-hard days back to back: Tue: ERG right after Mon: Quality running workout'] }],
    },
    {
      // r/hyrox's proposed week: the finisher after Friday's weights makes Friday leg-hard.
      name: 'a quality run, then weights that finish with wall balls or burpees',
      text: plan('Thu: Quality running workout', 'Fri: Full body weight, finish with wall balls or burpees'),
      errors: [{ severity: 'warning', at: 'wall balls or burpees', message: ['Leg-hard days back to back: Fri: wall balls or burpees right after Thu: Quality running workout'] }],
    },
    {
      // Ktown Endurance's CrossFit Endurance week: `CF` is CrossFit (vocabulary), a hard conditioning session.
      name: 'CF (CrossFit) then max-effort repeats',
      text: plan('Monday: CF', 'Tuesday: 10x200m with 2 min walking rest - max effort'),
      errors: [{ severity: 'warning', at: '10x200m with 2 min walking rest - max effort', message: ['Leg-hard days back to back: Tue: 10x200m with 2 min walking rest - max… right after Mon: CF'] }],
    },
    {
      name: 'hill repeats at zone 1 are still hill repeats',
      text: plan('goal: running', 'Fri: run hills 8x200m z1', 'Sat: run hills 8x200m z1'),
      errors: [{ severity: 'warning', at: [2, 5, 2, 24], message: ['Leg-hard days back to back'] }],
    },
    {
      name: 'heavy legs two days running beside the runs hard-after-heavy-legs reports',
      text: plan('goal: balanced', 'Fri: run 400m x 4 + gym [front squat 3x5, deadlift 3x5]', 'Sat: 400m intervals x 4 + gym [power clean 3x5, overhead press 3x5]'),
      errors: [
        {
          severity: 'warning',
          at: 'gym [power clean 3x5, overhead press 3x5]',
          message: ['Leg-hard days back to back: Sat: gym [power clean 3x5, overhead press 3x5… right after Fri: gym [front squat 3x5, deadlift 3x5]'],
          data: { pattern: 'leg-hard-pair' },
        },
      ],
    },
    {
      name: 'heavy legs then intervals, with hard-after-heavy-legs off',
      text: plan('Mon: gym lower heavy', 'Tue: run intervals'),
      config: [{ rules: { 'hard-after-heavy-legs': 'off' } }],
      errors: [
        {
          severity: 'warning',
          at: 'run intervals',
          message: ['Leg-hard days back to back', 'Tue: run intervals right after Mon: gym lower heavy', 'avoid stacking hard sessions back to back'],
          data: { pattern: 'leg-hard-pair', weekday: 1, otherWeekday: 0 },
        },
      ],
    },
    {
      name: 'tempo then a hard bike ride',
      text: plan('Tue: run tempo', 'Wed: bike hard 60min'),
      errors: [{ severity: 'warning', at: [1, 5, 1, 20], message: ['Wed: bike hard 60min right after Tue: run tempo'] }],
    },
    {
      name: 'three hard days in a row',
      text: plan('Mon: run intervals', 'Tue: swim hard', 'Wed: run tempo'),
      errors: [
        {
          severity: 'warning',
          at: 'run tempo',
          message: ['Three hard days in a row: Mon: run intervals, Tue: swim hard, Wed: run tempo', 'hard days must be separated'],
          data: { pattern: 'three-hard', firstWeekday: 0 },
        },
      ],
    },
    {
      name: 'Sunday heavy legs then Monday intervals in a single-week plan, hard-after-heavy-legs off',
      text: plan('Mon: run intervals', 'Sun: gym lower heavy'),
      config: [{ rules: { 'hard-after-heavy-legs': 'off' } }],
      errors: [{ severity: 'warning', at: 'run intervals', message: ['Mon: run intervals right after Sun: gym lower heavy'] }],
    },
  ],
  valid: [
    {
      // A mountain runner's week (Rob Lunn's weekly routine): `Z1 hills` is an easy run on hilly ground, not hill repeats.
      name: 'hills at zone 1 are the ground of an easy run, not two quality days',
      text: plan('goal: running', 'Fri: run hills 60min z1', 'Sat: run hills 120min z1'),
    },
    {
      name: "the guide's balanced week",
      text: plan('goal: balanced', 'Mon: gym upper heavy', 'Tue: run intervals', 'Wed: rest', 'Thu: upperbody', 'Fri: run long', 'Sat: gym lower', 'Sun: rest'),
    },
    {
      // The guide's hard days are heavy legs and hard running; its sample week puts heavy upper right before intervals.
      name: 'a heavy upper-body day between two hard days rests the legs: not three hard days',
      text: plan('Mon: gym upper heavy', 'Tue: swim hard', 'Wed: gym push heavy'),
    },
    {
      // A CrossFit Endurance race week: heavy strict presses and an upper-body metcon the day after a WOD of box jumps.
      name: 'an upper-body metcon after a leg-hard day is not a leg-hard pair',
      text: plan('Tue: WOD 4 rounds: 15 box jumps, 15 squats', 'Wed: metcon 21-15-9 of: chinups, abmat situps, push press, floor wipers'),
    },
    { name: 'bench day between intervals and tempo', text: plan('Mon: run intervals', 'Tue: gym heavy [bench press 5x5, barbell row 5x5]', 'Wed: run tempo') },
    { name: 'heavy upper then intervals (two hard days, one not leg-hard)', text: plan('Mon: gym upper heavy', 'Tue: run intervals') },
    {
      name: 'heavy legs then intervals: hard-after-heavy-legs reports that run, so the pair is not said twice',
      text: plan('Mon: gym lower heavy', 'Tue: run intervals'),
    },
    {
      name: 'heavy legs then intervals with hard-after-heavy-legs ignored on the line: the pair is silenced with it',
      text: plan('Mon: gym lower heavy', 'Tue: run intervals  # hybrid-ignore hard-after-heavy-legs'),
    },
    { name: 'a day between the leg-hard days', text: plan('Mon: gym lower heavy', 'Wed: run intervals') },
    { name: 'the last week does not wrap', text: plan('week 1', 'Mon: run intervals', 'Sun: gym lower heavy') },
    { name: 'a long run is not hard', text: plan('Mon: gym lower heavy', 'Tue: run long', 'Wed: gym upper heavy') },
    { name: 'a hard swim is not leg-hard', text: plan('Mon: swim hard', 'Tue: run tempo') },
  ],
});
