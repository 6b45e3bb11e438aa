// long-run-spike: a week's longest run more than 10 % longer than the longest run of the previous 4 weeks, and either
// 25 % longer or more than a mile (1.61 km, or 10 minutes) longer — the textbook +0.5 mi a week on short long runs and
// +1 mi a week on long ones do not warn (distance when both have one, else minutes with the defaults of rules.md); on that run.
// A longest run of 20 minutes or less (its distance at the long-run pace), or a run/walk of 30 minutes or less, is a
// beginner's short run, never a spike.
//
// data: { week: number; weekday: number; sessionRange: Range; unit: 'km' | 'min'; longest: number; previousLongest: number; percent: number }
import type { Session, Week } from '../language/model';
import { defineRule } from './define';
import { classify, isRunWalk, keptOnDays } from '../analysis/classify';
import { DEFAULT_PACE } from '../analysis/classify';
import { formatKm, outingKey, sessionLabel, type PlacedSession } from './helpers';
import { RangeTable, runStart } from './ranges';

const LOOK_BACK = 4;
/** A longest run of at most this many minutes (or its distance at the long-run pace) is a beginner's short run. */
const FLOOR_MINUTES = 20;
/** A run/walk of at most this many minutes (its walks about a third of it) holds no more running than that floor. */
const FLOOR_RUN_WALK_MINUTES = 30;

/** One outing's running: the runs of a day that no time sets apart (`parkrun + 2km cooldown` is 7 km). */
interface Outing extends PlacedSession {
  km: number;
  /** Every part has a distance. */
  allKm: boolean;
  minutes: number;
  /** A race is in it: it counts as what the legs have done, but the race is no training spike. */
  event: boolean;
}

interface Longest {
  byKm?: Outing;
  byMinutes?: Outing;
}

/** A week's longest runs, kept on its days. */
const LONGEST = Symbol('hybrid.longestRuns');

function longestRuns(week: Week): Longest {
  const result: Longest = {};
  for (const day of week.days) {
    // Outings of the day by their time (none, am, pm); a session with a clock time is its own.
    const outings: Outing[] = [];
    const byKey = new Map<string, Outing>();
    for (const session of day.sessions) {
      const c = classify(session);
      const running = session.kind === 'run' || (session.kind === 'event' && session.discipline === 'run');
      // A run without a written time or distance has only a default length, too rough to call a spike on.
      if (!running || (!c.minutesWritten && session.attributes.distance === undefined && c.distanceKm === undefined)) continue;
      const key = outingKey(session);
      let outing = key === undefined ? undefined : byKey.get(key);
      if (!outing) {
        outing = { weekday: day.weekday, session, km: 0, allKm: true, minutes: 0, event: false };
        outings.push(outing);
        if (key !== undefined) byKey.set(key, outing);
      }
      if (c.event) outing.event = true;
      else if (outing.session.kind === 'event' || classify(outing.session).event) outing.session = session;
      if (c.distanceKm !== undefined) outing.km += c.distanceKm + (session.kind === 'event' ? session.warmUpKm ?? 0 : 0);
      else outing.allKm = false;
      outing.minutes += c.minutes;
    }
    for (const outing of outings) {
      if (outing.allKm && outing.km > 0 && (!result.byKm || outing.km > result.byKm.km)) result.byKm = outing;
      if (!result.byMinutes || outing.minutes > result.byMinutes.minutes) result.byMinutes = outing;
    }
  }
  return result;
}

function hasKm(longest: Longest): boolean {
  return longest.byMinutes !== undefined && longest.byMinutes.allKm;
}

export const rule = defineRule({
  meta: {
    id: 'long-run-spike',
    severity: 'warning',
    description: 'A week’s longest run is more than 10 % and more than a mile — or 25 % or more — longer than the longest run of the previous 4 weeks.',
    reason:
      'Frandsen et al. 2025 (BJSM): single-session spikes above 10 % over the longest run of the previous 30 days raised running-injury risk (hazard ratio 1.64 for 10–30 %).',
    category: 'load',
    options: {
      percent: { description: 'Largest allowed increase in percent, when it is also more than `toleranceKm`.', default: 10, minimum: 0, maximum: 1000 },
      toleranceKm: { description: 'An increase of at most this many km (a mile) warns only from `spikePercent` on.', default: 1.61, minimum: 0, maximum: 100 },
      spikePercent: { description: 'An increase of this many percent or more warns however few km it is.', default: 25, minimum: 0, maximum: 1000 },
    },
    reach: { weeksBack: 4 },
    fixable: false,
  },
  check(context) {
    const { plan } = context;
    if (plan.singleWeek) return;
    const percent = context.options.percent;
    const toleranceKm = context.options.toleranceKm;
    const spikePercent = context.options.spikePercent;
    // Compared by time, the tolerance is the minutes of that distance at the long-run pace (a mile ≈ 10 min).
    const toleranceMinutes = Math.round((toleranceKm * DEFAULT_PACE.long) / 60);
    const floorKm = (FLOOR_MINUTES * 60) / DEFAULT_PACE.long;
    // A week's longest runs are kept on its days (keptOnDays): worked out once per days and pace, so the repeats of a
    // `week 2-4` block share them and a keystroke's check works out only the weeks it read again.
    const longest = plan.weeks.map((week) => keptOnDays(week.days, week.block, LONGEST, () => longestRuns(week)));
    // The windows of weeks before each week are answered from range tables, not walked (issue 16: 10,000 weeks all
    // numbered 1 made every week look back over all the others).
    const numbers = new RangeTable(plan.weeks.map((week) => week.number), Math.min);
    const kms = new RangeTable(longest.map((entry) => entry.byKm?.km ?? -Infinity), Math.max);
    const minutesOf = new RangeTable(longest.map((entry) => entry.byMinutes?.minutes ?? -Infinity), Math.max);
    // Weeks whose longest run (by time) has no distance, counted up to each week.
    const noKm = [0];
    for (const entry of longest) noKm.push(noKm.at(-1)! + (entry.byMinutes && !hasKm(entry) ? 1 : 0));
    for (let i = 1; i < plan.weeks.length; i++) {
      const current = longest[i];
      if (!current.byMinutes) continue;
      // The previous 4 weeks by number (about 30 days): a week not written is not looked at; the window is the run of
      // weeks just before this one numbered no lower than 4 below it.
      const from = runStart(numbers, i, plan.weeks[i].number - LOOK_BACK);
      if (from === i) continue;
      const longestKm = kms.query(from, i, -Infinity);
      const longestMinutes = minutesOf.query(from, i, -Infinity);
      const previousKm = longestKm === -Infinity ? undefined : longestKm;
      const previousMinutes = longestMinutes === -Infinity ? undefined : longestMinutes;
      // Distances compare only when each week's longest run (by time) has one: an 8 km easy run is not the longest
      // run of a week that also holds a 2 h long run without a distance.
      const allKm = hasKm(current) && noKm[i]! - noKm[from]! === 0;
      if (previousMinutes === undefined) continue;
      const byKm = allKm && current.byKm && previousKm !== undefined && previousKm > 0;
      const run = byKm ? current.byKm! : current.byMinutes;
      // A race is a planned hard day, not a training spike (the marathon itself is none).
      if (run.event) continue;
      const value = byKm ? current.byKm!.km : current.byMinutes.minutes;
      const before = byKm ? previousKm! : previousMinutes;
      // `5-minute brisk walk, then 2 x (1.5 min run, 1.5 min walk, 3 min run, 3 min walk)` after a week of 8 minutes: a
      // beginner's run of 20 minutes or less (about 3 km) is no long run to spike, whatever its percent.
      if (value <= (byKm ? floorKm : FLOOR_MINUTES) + 1e-9) continue;
      // `25:00 of 3:00 run 2:00 walk` after 20 minutes: a beginner's run/walk of 30 minutes or less, about 20 of them
      // running, is the same short run with its walks.
      if (!byKm && run.session.kind === 'run' && value <= FLOOR_RUN_WALK_MINUTES + 1e-9 && isRunWalk(run.session)) continue;
      if (!run || before <= 0 || value <= before * (1 + percent / 100) + 1e-9) continue;
      const small = value - before <= (byKm ? toleranceKm : toleranceMinutes) + 1e-9;
      if (small && value < before * (1 + spikePercent / 100) - 1e-9) continue;
      const increase = Math.round((value / before - 1) * 100);
      const span = plan.weeks[i].number - plan.weeks[from].number;
      const weeksBack = span === 1 ? 'week' : `${span} weeks`;
      const beforeWords = byKm ? formatKm(before) : `${Math.round(before)} min`;
      const valueWords = byKm ? formatKm(value) : `${Math.round(value)} min`;
      const week = plan.weeks[i];
      context.report({
        message: `Longest run of week ${week.number} (${sessionLabel(run.weekday, run.session)}, ${valueWords}) is ${increase}% longer than the longest of the previous ${weeksBack} (${beforeWords}) — single-run spikes above ${percent}% over the longest run of the last 30 days raise injury risk (Frandsen et al. 2025)`,
        range: run.session.range,
        week: week.number,
        sessions: [run.session],
        data: {
          week: week.number,
          weekday: run.weekday,
          sessionRange: run.session.range,
          unit: byKm ? 'km' : 'min',
          longest: value,
          previousLongest: before,
          percent: increase,
        },
      });
    }
  },
});
