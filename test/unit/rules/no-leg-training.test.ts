import { plan, ruleTests } from './harness';

const MESSAGE_END = "none for the legs — the guide's gym sessions focus on compound lifts: squat or split squat, deadlift or hinge";

ruleTests('no-leg-training', {
  invalid: [
    {
      // IronMagazine forums, "Weightlifting for runners": a body-part split cut to three days, the runs between.
      name: 'a body-part split of chest, back and arms days with runs between',
      text: plan('Mon: Chest,abs', 'Tues: Run', 'Wed: Biceps and Back, obliques', 'Thur: Run', 'Fri: Triceps and Shoulders,abs', 'Sat: Run'),
      errors: [
        {
          severity: 'warning',
          at: 'Mon: Chest,abs',
          message: [`No leg training this week: 3 gym sessions (Mon: Chest,abs, Wed: Biceps and Back, obliques, Fri: Triceps and Shoulders,abs), ${MESSAGE_END}`],
          data: { week: 1, count: 3 },
        },
      ],
    },
    {
      name: 'upper-body exercises listed, in a multi-week plan: on each week header; a range judged once',
      text: plan('goal: strength', 'week 1-2', 'Mon: gym [bench press 5x5, row 5x5]', 'Wed: gym push', 'Fri: gym pull [pull-ups 5x5 @10kg, curls 3x10]', 'week 3', 'Mon: gym upper', 'Wed: gym lower', 'Fri: gym upper'),
      errors: [{ severity: 'warning', at: 'week 1-2', message: ['No leg training week 1: 3 gym sessions (Mon: gym [bench press 5x5, row 5x5], Wed: gym push, Fri: gym pull [pull-ups 5x5 @10kg, curls 3x10…)', MESSAGE_END], week: 1, data: { week: 1, count: 3 } }],
    },
    {
      name: 'with the option: two upper-body days',
      text: plan('goal: running', 'Mon: gym upper', 'Tue: run easy', 'Thu: gym upper', 'Sat: run long'),
      config: [{ rules: { 'no-leg-training': ['warning', { minGymSessions: 2 }] } }],
      errors: [{ severity: 'warning', at: 'Mon: gym upper', message: ['No leg training this week: 2 gym sessions (Mon: gym upper, Thu: gym upper)'] }],
    },
  ],
  valid: [
    { name: 'the guide’s sample week (two upper days and a lower one)', text: plan('Mon: gym upper heavy', 'Tue: run intervals', 'Thu: gym upper', 'Fri: run long', 'Sat: gym lower') },
    { name: 'two upper days (fewer than 3)', text: plan('goal: running', 'Mon: gym upper', 'Tue: run easy', 'Thu: gym upper', 'Sat: run long') },
    { name: 'a lower-body exercise in an upper session', text: plan('Mon: gym upper', 'Wed: gym upper [bench 5x5, split squat 3x8]', 'Fri: gym upper') },
    // Nothing says what `strength` works: it may be the leg day.
    { name: 'a lifting session whose focus is not said', text: plan('Mon: gym upper', 'Wed: strength', 'Fri: gym upper', 'Sat: gym upper') },
    { name: 'the legs trained in a circuit', text: plan('Mon: gym upper', 'Wed: gym upper', 'Fri: gym upper', 'Sat: circuit: walking lunges, wall balls, sled push') },
    { name: 'a hard ruck', text: plan('Mon: gym upper + run intervals', 'Tue: ruck hard 60min', 'Wed: gym upper', 'Thu: gym upper') },
    { name: 'a fitness test in the week', text: plan('Mon: test acft', 'Tue: gym upper', 'Thu: gym upper', 'Sat: gym upper') },
    // Core work, short support work and bodyweight PT are not lifting sessions of the week.
    { name: 'core sessions only', text: plan('Mon: core/flex 15 min', 'Wed: core/flex 15 min', 'Fri: core/flex 15 min') },
    { name: 'bodyweight calisthenics (a PT session)', text: plan('Mon: run 3 miles + PT 5x25 push-ups, 5x25 sit-ups, 3x4 pull-ups', 'Wed: PT 5x25 push-ups, 5x25 sit-ups, 3x4 pull-ups', 'Fri: PT 5x25 push-ups, 5x25 sit-ups, 3x4 pull-ups') },
    { name: 'two upper days and a core day', text: plan('Mon: gym upper heavy', 'Wed: gym upper', 'Fri: gym core 30min') },
  ],
});
