// Weekly totals (language.md §5): one set per expanded week, so a `week 2-4` block yields three.
import type { Goal, Plan, Week } from '../language/model';
import { classify, isRestDay, keptOnDays, roundKm, usePlanPace } from './classify';

export interface WeekTotals {
  week: number;
  /** The week block's label (`week 3: deload` → `deload`). */
  label?: string;
  goal?: Goal;
  /** Gym sessions that count as one of the guide's gym sessions (short core / mobility work does not). */
  gym: number;
  /** Short support work in the gym (under 30 min, or core / mobility only): not counted in `gym`. */
  accessoryGym: number;
  /** Gym sessions marked `heavy`. */
  heavyGym: number;
  runs: number;
  /** Runs split so that each run counts once: quality first, then long, then steady, else easy. */
  easyRuns: number;
  qualityRuns: number;
  longRuns: number;
  steadyRuns: number;
  cross: number;
  /** Days holding only rest, easy walk/mobility/yoga, or nothing (unplanned days count). */
  restDays: number;
  /** Days holding at least one hard session. */
  hardDays: number;
  /** Days holding at least one leg-hard session. */
  legHardDays: number;
  /**
   * Hard days back to back as `back-to-back-hard` counts them inside the week: neighbouring days both leg-hard, and
   * three days in a row each hard. The guide wants none.
   */
  backToBackHardDays: number;
  /** Planned minutes (written durations, else the defaults of rules.md). */
  minutes: number;
  /** Run distance in km, summed over the runs whose distance is known. */
  runKm: number;
  /** Σ minutes × RPE. */
  load: number;
  /**
   * Share (0..1) of run time spent easy (easy and long runs; quality and steady runs are not easy). Undefined when the week has
   * no run, or when some run has no written duration (the default minutes would make the share a guess).
   */
  easyShare?: number;
  /** Load of each day, Monday first. */
  dayLoads: number[];
}

export function computeTotals(plan: Plan): WeekTotals[] {
  usePlanPace(plan);
  return plan.weeks.map(weekTotals);
}

/** The tallies of a week's days, kept on them (see keptOnDays). */
const TALLIES = Symbol('hybrid.weekTallies');

/**
 * The totals of one week. Its days' tallies are worked out once per days and pace (elite-volume, load-ramp and the
 * totals of every keystroke each asked for them; a block taken whole from the parse before keeps them).
 */
export function weekTotals(week: Week): WeekTotals {
  const tallies = keptOnDays(week.days, week.block, TALLIES, () => tallyDays(week.days));
  return { ...tallies, week: week.number, label: week.block.header?.label?.value, goal: week.goal, dayLoads: tallies.dayLoads.slice() };
}

function tallyDays(days: Week['days']): WeekTotals {
  const totals: WeekTotals = {
    week: 0,
    label: undefined,
    goal: undefined,
    gym: 0,
    accessoryGym: 0,
    heavyGym: 0,
    runs: 0,
    easyRuns: 0,
    qualityRuns: 0,
    longRuns: 0,
    steadyRuns: 0,
    cross: 0,
    restDays: 0,
    hardDays: 0,
    legHardDays: 0,
    backToBackHardDays: 0,
    minutes: 0,
    runKm: 0,
    load: 0,
    dayLoads: [0, 0, 0, 0, 0, 0, 0],
  };
  let runMinutes = 0;
  let easyRunMinutes = 0;
  let everyRunTimed = true;
  const hardOn = new Set<number>();
  const legHardOn = new Set<number>();
  for (const day of days) {
    let dayLoad = 0;
    let hard = false;
    let legHard = false;
    for (const session of day.sessions) {
      const c = classify(session);
      dayLoad += c.load;
      totals.minutes += c.minutes;
      hard ||= c.hard;
      legHard ||= c.legHard;
      if (session.kind === 'gym') {
        if (c.accessory) totals.accessoryGym++;
        else totals.gym++;
        if (c.hardGym) totals.heavyGym++;
      } else if (session.kind === 'run') {
        totals.runs++;
        if (c.qualityRun) totals.qualityRuns++;
        else if (c.longRun) totals.longRuns++;
        else if (c.steadyRun) totals.steadyRuns++;
        else totals.easyRuns++;
        if (c.distanceKm !== undefined) totals.runKm += c.distanceKm;
        runMinutes += c.minutes;
        if (!c.qualityRun && !c.steadyRun) easyRunMinutes += c.minutes;
        everyRunTimed &&= c.minutesWritten;
      } else if (session.kind === 'cross' || session.kind === 'conditioning' || session.kind === 'sport') {
        totals.cross++;
      } else if (session.kind === 'event' && session.discipline === 'run') {
        if (c.distanceKm !== undefined) totals.runKm += c.distanceKm;
      }
    }
    totals.dayLoads[day.weekday] = dayLoad;
    totals.load += dayLoad;
    if (isRestDay(day)) totals.restDays++;
    if (hard) totals.hardDays++;
    if (hard) hardOn.add(day.weekday);
    if (legHard) legHardOn.add(day.weekday);
    if (legHard) totals.legHardDays++;
  }
  for (let weekday = 1; weekday < 7; weekday++) {
    if (legHardOn.has(weekday) && legHardOn.has(weekday - 1)) totals.backToBackHardDays++;
    else if (weekday >= 2 && hardOn.has(weekday) && hardOn.has(weekday - 1) && hardOn.has(weekday - 2)) totals.backToBackHardDays++;
  }
  totals.runKm = roundKm(totals.runKm);
  if (totals.runs > 0 && everyRunTimed && runMinutes > 0) totals.easyShare = easyRunMinutes / runMinutes;
  return totals;
}
