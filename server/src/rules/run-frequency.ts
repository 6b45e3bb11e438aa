// run-frequency: more than 3 runs a week — 7 with goal running — (warning on each one past the most), or fewer than 2
// (info on the week header, or the week's first line).
//
// data: see frequency.ts — above: { week, weekday, sessionRange, count, max, kind: 'run' }; below: { week, count, min, kind: 'run' }
import { defineRule } from './define';
import { checkFrequency } from './frequency';
import { weekOutings } from './helpers';
import { isShortSpeedWork } from '../analysis/classify';
import type { CrossActivity, Session } from '../language/model';

/** A circuit or HYROX session with running in it (`1km run`, `400m running`, `squad runs with circuit stations`). */
const RUNNING_WORDS = /\b(?:runs?|running|jog|jogging)\b/i;

/** Cross-training that is an endurance sport of its own: riding, rowing, swimming, the elliptical, hiking and rucking (a
 * ruck is read as a hike) — not a walk, yoga or mobility. */
const ENDURANCE_SPORTS: ReadonlySet<CrossActivity> = new Set<CrossActivity>(['bike', 'row', 'swim', 'elliptical', 'hike']);

/** Runs a week that are normal for a runner (goal running): up to one a day; more means doubles. */
export const RUNNING_GOAL_MAX = 7;

export const rule = defineRule({
  meta: {
    id: 'run-frequency',
    severity: 'warning',
    description: 'More than 3 runs in a week — 7 with goal running — (warning), or fewer than 2 (info).',
    reason: 'Run 2–3 times per week. More is rarely better.',
    category: 'weekly',
    options: {
      max: { description: 'Most runs a week (default 3, or 7 with goal running).', default: 3, minimum: 0, maximum: 14 },
      min: { description: 'Fewest runs a week.', default: 2, minimum: 0, maximum: 14 },
    },
    fixable: true,
  },
  check(context) {
    checkFrequency(context, {
      kind: 'run',
      noun: 'run',
      adviceAbove: 'the guide says run 2–3 times per week; more is rarely better',
      adviceBelow: 'the guide says run 2–3 times per week',
      adviceAboveRunning: 'a runner adding lifting runs 4–7 times a week, at most once a day; more is rarely better',
      min: (ctx) => ctx.options.min,
      // `2 rounds: 1km run @ steady, 750m row, 150m farmers carry`: running inside a circuit is running the week does.
      alsoBelow: (session) => session.kind === 'conditioning' && RUNNING_WORDS.test(session.text),
      // `speed work 6 x 30m`, `sprints 8 x 40m`: short speed work is no run of the guide's 2–3 (it builds speed, not
      // running fitness), so it does not make a week's 4th run; it is running all the same against "only 1 run".
      notAbove: isShortSpeedWork,
      // A week of rowing, riding or hiking (rucking: a military plan's endurance) and no run: its endurance is another
      // sport, not running done too little.
      noneIsFine: (week) => weekOutings(week, (s: Session) => s.kind === 'cross' && ENDURANCE_SPORTS.has(s.activity)).length >= 2,
      // The guide's 2–3 runs are for lifters adding running; a plan whose goal is running is a runner adding lifting.
      max: (ctx, goal) => ctx.userOptions?.max ?? (goal === 'running' ? RUNNING_GOAL_MAX : ctx.options.max),
    });
  },
});
