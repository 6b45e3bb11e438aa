// elite-volume: a week with an elite athlete's volume — more than 12 training sessions, training twice a day on 6 days
// (or two runs a day on 4), more than 15 hours of training, or more than 130 km of running; on the week header (or
// first line).
//
// data: { week: number; sessions: number; minutes: number; runKm: number; over: ('sessions' | 'doubles' | 'hours' | 'km')[] }
import { defineRule } from './define';
import type { Session, Week } from '../language/model';
import { classify, isSupportRun, isWorkoutPart, keptOnDays } from '../analysis/classify';
import { weekTotals, type WeekTotals } from '../analysis/totals';
import { formatHours, formatKm, outingKey, weekAnchor, weekWords } from './helpers';

/** Twice-a-day training on this many days of a week is an elite routine (six days of doubles: 12 sessions). */
const DOUBLE_DAYS = 6;
/** Two runs a day, apart in time, on this many days: a professional runner's doubles, not an amateur's one or two. */
const RUN_DOUBLE_DAYS = 4;

/** A week's training sessions, and its days of doubles (see the rule's doc). */
export interface WeekSessionCounts {
  /** Training sessions: rest, easy walks, mobility, yoga and short support work not counted. */
  sessions: number;
  /** Days with two or more training sessions. */
  doubleDays: number;
  /** Days with two runs set apart in time (the parts of one outing, a warm-up jog and a race are not runs here). */
  runDoubleDays: number;
}

/** A week's session counts, kept on its days (see keptOnDays): the count rules and elite-volume each ask. */
const SESSION_COUNTS = Symbol('hybrid.weekSessionCounts');

export function weekSessionCounts(week: Week): WeekSessionCounts {
  return keptOnDays(week.days, week.block, SESSION_COUNTS, () => countSessions(week));
}

function countSessions(week: Week): WeekSessionCounts {
  let sessions = 0;
  let doubleDays = 0;
  let runDoubleDays = 0;
  for (const day of week.days) {
    // Sessions of one kind in one outing are one session here (`chest & triceps`, `deadlift + push ups`): counted by
    // their outing's key (helpers.ts, `outingKey`); a timed session is an outing of its own.
    let outings = 0;
    let runs = 0;
    const untimedOutings = new Set<string>();
    const untimedRuns = new Set<string>();
    for (let index = 0; index < day.sessions.length; index++) {
      const session = day.sessions[index]!;
      const c = classify(session);
      const key = outingKey(session);
      if (!c.restLike && !c.accessory) {
        // A workout's second part (a finisher, a circuit right after the run of its outing) is not a session of its own.
        if (!isWorkoutPart(session, index > 0 ? day.sessions[index - 1] : undefined)) sessions++;
        if (key === undefined) outings++;
        else if (!untimedOutings.has(`${session.kind}|${key}`)) {
          untimedOutings.add(`${session.kind}|${key}`);
          outings++;
        }
      }
      if (session.kind === 'run' && !c.event && !isSupportRun(session)) {
        if (key === undefined) runs++;
        else if (!untimedRuns.has(key)) {
          untimedRuns.add(key);
          runs++;
        }
      }
    }
    if (outings >= 2) doubleDays++;
    if (runs >= 2) runDoubleDays++;
  }
  return { sessions, doubleDays, runDoubleDays };
}

/**
 * Whether a week is an elite week by its sessions alone, at the rule's default limits: more than 12 training sessions,
 * or doubles on 6 days (two runs a day on 4). The count rules do not ask such a week for more sessions.
 */
export function isEliteWeek(week: Week): boolean {
  const { sessions, doubleDays, runDoubleDays } = weekSessionCounts(week);
  return sessions > DEFAULT_SESSIONS || doubleDays >= DOUBLE_DAYS || runDoubleDays >= RUN_DOUBLE_DAYS;
}

/** The default of the `sessions` option. */
const DEFAULT_SESSIONS = 12;

export const rule = defineRule({
  meta: {
    id: 'elite-volume',
    severity: 'warning',
    description: 'A week of elite volume: more than 12 training sessions, twice a day on 6 days (two runs a day on 4), 15 hours of training or 130 km of running.',
    reason:
      'Common mistake: copying elite athlete volume. More is rarely better; the sweet spot is 3 gym sessions and 2–3 runs.',
    category: 'load',
    options: {
      sessions: { description: 'Most training sessions a week (rest, easy walks, mobility and short core work not counted).', default: DEFAULT_SESSIONS, minimum: 1, maximum: 50 },
      hours: { description: 'Most hours of training a week.', default: 15, minimum: 1, maximum: 100 },
      km: { description: 'Most km of running a week.', default: 130, minimum: 1, maximum: 1000 },
    },
    fixable: false,
  },
  check(context) {
    const maxSessions = context.options.sessions;
    const maxHours = context.options.hours;
    const maxKm = context.options.km;
    // The repeats of a `week N-M` block share their days: counted once (the kept repeats of a crowded range each
    // counted every session).
    const counted = new Map<Week['days'], { counts: WeekSessionCounts; totals: WeekTotals }>();
    for (const week of context.plan.weeks) {
      let found = counted.get(week.days);
      if (found === undefined) counted.set(week.days, (found = { counts: weekSessionCounts(week), totals: weekTotals(week) }));
      const { sessions, doubleDays, runDoubleDays } = found.counts;
      const totals = found.totals;
      const over: ('sessions' | 'doubles' | 'hours' | 'km')[] = [];
      const parts: string[] = [];
      if (sessions > maxSessions) {
        over.push('sessions');
        parts.push(`${sessions} training sessions (more than ${maxSessions})`);
      }
      if (doubleDays >= DOUBLE_DAYS) {
        over.push('doubles');
        parts.push(`training twice a day on ${doubleDays} days`);
      } else if (runDoubleDays >= RUN_DOUBLE_DAYS) {
        over.push('doubles');
        parts.push(`two runs a day on ${runDoubleDays} days`);
      }
      if (totals.minutes > maxHours * 60) {
        over.push('hours');
        parts.push(`${formatHours(totals.minutes)} of training (more than ${maxHours} h)`);
      }
      if (totals.runKm > maxKm) {
        over.push('km');
        parts.push(`${formatKm(totals.runKm)} of running (more than ${maxKm} km)`);
      }
      if (over.length === 0) continue;
      context.report({
        message: `Elite volume ${weekWords(context.plan, week)}: ${parts.join(', ')} — the guide warns against copying elite athlete volume; more is rarely better`,
        range: weekAnchor(context.plan, week),
        week: week.number,
        data: { week: week.number, sessions, minutes: totals.minutes, runKm: totals.runKm, over },
      });
    }
  },
});
