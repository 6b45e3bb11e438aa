// A hand-written view model (independent of the parser and rules) for the pure rendering tests.
import type {
  ChipClass,
  LoadPoint,
  WeekViewConflict,
  WeekViewDay,
  WeekViewModel,
  WeekViewSession,
} from '../../server/src/features/weekView';
import { loadPoints } from '../../server/src/features/weekView';
import { WEEKDAY_FULL_NAMES, WEEKDAY_NAMES, type Weekday } from '../../server/src/language/model';

export const HARD_SAME_DAY: WeekViewConflict = {
  rule: 'hard-same-day',
  severity: 'error',
  message: "Heavy legs and a quality run on the same day: 'run intervals' after 'gym lower heavy'",
  reason: 'Avoid: heavy squats + intervals on the same day.',
  week: 1,
};

export const REST_DAYS: WeekViewConflict = {
  rule: 'rest-days',
  severity: 'warning',
  message: 'Week 2 has no rest day',
  reason: 'Training hard every day; recovery is built in.',
  week: 2,
};

function session(line: number, column: number, text: string, chip: ChipClass, classes: string[], conflicts: WeekViewConflict[] = []): WeekViewSession {
  const kind = chip === 'rest' ? 'rest' : chip.endsWith('run') ? 'run' : chip.endsWith('cross') ? 'cross' : 'gym';
  const minutes = kind === 'rest' ? 0 : 60;
  const rpe = kind === 'rest' ? 0 : 6;
  return {
    id: `${line}:${column}`,
    text,
    kind,
    chip,
    classes,
    minutes,
    rpe,
    load: minutes * rpe,
    range: { start: { line, column }, end: { line, column: column + text.length } },
    conflicts,
  };
}

function day(weekday: Weekday, sessions: WeekViewSession[], rest = sessions.every((item) => item.kind === 'rest')): WeekViewDay {
  return {
    weekday,
    name: WEEKDAY_NAMES[weekday],
    fullName: WEEKDAY_FULL_NAMES[weekday],
    date: `2026-12-${String(7 + weekday).padStart(2, '0')}`,
    rest,
    load: sessions.reduce((sum, item) => sum + item.load, 0),
    sessions,
  };
}

/** Week 1: the guide's balanced week with intervals moved onto the heavy leg day (an error on that chip);
 *  weeks 2–5 for the chart, week 5 spiking above the band. */
export function fixtureModel(): WeekViewModel {
  const week1Days = [
    day(0, [session(4, 5, 'gym upper heavy', 'hard-gym', ['hard gym'])]),
    day(1, []),
    day(2, [session(6, 5, 'rest', 'rest', ['rest'])]),
    day(3, [session(7, 5, 'gym upper', 'gym', ['gym'])]),
    day(4, [session(8, 5, 'run long 14km', 'long-run', ['long run'])]),
    day(5, [
      session(9, 5, 'gym lower heavy', 'heavy-legs', ['heavy legs', 'hard gym']),
      session(9, 23, 'run intervals 6x800m', 'quality-run', ['quality run'], [HARD_SAME_DAY]),
    ]),
    day(6, [session(10, 5, 'bike easy 45min', 'cross', ['easy cross'])]),
  ];
  const weekLoads = [1800, 1900, 2000, 1950, 3400];
  const loads: LoadPoint[] = loadPoints(weekLoads.map((load, index) => ({ number: index + 1, load })));
  const laterWeek = (number: number, line: number) => ({
    number,
    line,
    summary: '2 gym (1 heavy) · 2 runs · 1 rest day · load 1 900',
    load: weekLoads[number - 1]!,
    days: [
      day(0, [session(line + 1, 5, 'gym lower heavy <squat>', 'heavy-legs', ['heavy legs', 'hard gym'])]),
      day(1, [session(line + 2, 5, 'run easy 40min', 'easy-run', ['easy run'])]),
      day(2, [session(line + 3, 5, 'rest', 'rest', ['rest'])]),
      day(3, [session(line + 4, 5, 'gym upper', 'gym', ['gym'])]),
      day(4, [session(line + 5, 5, 'run tempo 30min', 'quality-run', ['quality run'])]),
      day(5, [session(line + 6, 5, 'swim hard', 'hard-cross', ['hard cross'])]),
      day(6, [session(line + 7, 5, 'walk', 'cross', ['easy cross'])], true),
    ],
    conflicts: number === 2 ? [REST_DAYS] : [],
  });
  return {
    uri: 'file:///plans/balanced.hybrid',
    version: 7,
    title: 'Balanced <hybrid> & co',
    start: '2026-12-07',
    syntaxErrors: 0,
    weeks: [
      {
        number: 1,
        label: 'base',
        goal: 'balanced',
        line: 3,
        summary: '3 gym (2 heavy) · 2 runs (1 quality) · 2 rest days · load 1 800',
        load: weekLoads[0]!,
        days: week1Days,
        conflicts: [],
      },
      laterWeek(2, 12),
      laterWeek(3, 21),
      laterWeek(4, 30),
      laterWeek(5, 39),
    ],
    loads,
    planConflicts: [],
  };
}

/** The guide's balanced week with heavy legs + a tempo run stacked on Saturday: the plan the move tests drag around. */
export const BALANCED_WITH_CONFLICT = [
  'plan "Balanced hybrid"',
  'start: 2026-12-07',
  'goal: balanced',
  '',
  'Mon: gym upper heavy',
  'Tue: run intervals 6x800m',
  'Wed: rest',
  'Thu: gym upper',
  'Fri: run long 14km',
  'Sat: gym lower heavy + run tempo 30min',
  'Sun: rest',
  '',
].join('\n');
