// The goal a week is judged against: the goal written for it, else — in a plan that writes no goal at all — the goal
// its sessions read as (docs/language-decisions.md, "The goal of a plan that writes none"). A pasted marathon or 10K
// plan is a running plan whether or not it says `goal: running`; a coach reads that from what it holds.
import type { Goal, Plan, Week, WeekBlock } from '../language/model';
import { classify, isSupportRun } from './classify';

export interface WeekGoal {
  goal: Goal | undefined;
  /** True when no goal is written and the goal was read from the plan's sessions. */
  read: boolean;
}

/** Runs a week (on average over the written weeks) from which runs can make a plan a running plan. */
const READ_RUNS_PER_WEEK = 3;
/** Runs a week (six or seven days) from which a plan with a long run or a race reads as running while its runs outnumber its lifts. */
const READ_MANY_RUNS_PER_WEEK = 6;

interface Counts {
  weeks: number;
  runs: number;
  cross: number;
  /** Gym sessions (not short support work), conditioning and sport: the sessions that are not endurance work. */
  lifts: number;
  gyms: number;
  /** A long run or a running race somewhere in the plan. */
  distance: boolean;
}

/** The plan's blocks as read once (slices of a plan for a partial re-check keep its blocks, so they read the same). */
const cache = new WeakMap<readonly WeekBlock[], Goal | undefined>();

/**
 * What a plan with no `goal` reads as, conservatively:
 * - `running` when runs clearly dominate: at least 3 runs a week and twice as many runs and cross-training sessions
 *   (bike, swim, …) as gym, conditioning and sport sessions; or runs on at least 6 days a week with a long run or a race and
 *   more runs than lifts (a marathoner who lifts at lunch);
 * - `strength` when lifting clearly dominates: at least 3 gym sessions a week, twice as many lifts as runs and cross
 *   sessions, and no long run or race;
 * - nothing otherwise (a hybrid week of 3 lifts and 3 runs keeps the guide's defaults).
 * Counted per written week block (a `week 2-4` block once), one run and one lift per day line at most (the parts of
 * one outing). Linear in the plan's sessions, and cached per plan.
 */
export function readGoal(plan: Plan): Goal | undefined {
  if (plan.goals.length > 0) return undefined;
  if (cache.has(plan.blocks)) return cache.get(plan.blocks);
  const goal = goalFromCounts(countSessions(plan.blocks));
  cache.set(plan.blocks, goal);
  return goal;
}

function countSessions(blocks: readonly WeekBlock[]): Counts {
  const counts: Counts = { weeks: 0, runs: 0, cross: 0, lifts: 0, gyms: 0, distance: false };
  for (const block of blocks) {
    let days = 0;
    for (const statement of block.statements) {
      if (statement.type !== 'day') continue;
      days++;
      let run = false;
      let gym = false;
      let lift = false;
      let cross = false;
      for (const session of statement.sessions) {
        const c = classify(session);
        if (session.kind === 'run' && !isSupportRun(session)) run = true;
        else if (session.kind === 'event' && session.discipline === 'run') run = true;
        else if (session.kind === 'gym' && !c.accessory) gym = lift = true;
        else if (session.kind === 'conditioning' || session.kind === 'sport') lift = true;
        else if (session.kind === 'cross') cross = true;
        if ((session.kind === 'run' && c.longRun) || (c.event && session.kind === 'event' && session.discipline === 'run') || (session.kind === 'run' && c.event)) {
          counts.distance = true;
        }
      }
      if (run) counts.runs++;
      if (gym) counts.gyms++;
      if (lift) counts.lifts++;
      if (cross) counts.cross++;
    }
    if (days > 0) counts.weeks++;
  }
  return counts;
}

function goalFromCounts(c: Counts): Goal | undefined {
  if (c.weeks === 0) return undefined;
  const endurance = c.runs + c.cross;
  if (c.runs >= READ_RUNS_PER_WEEK * c.weeks && endurance >= 2 * c.lifts) return 'running';
  if (c.runs >= READ_MANY_RUNS_PER_WEEK * c.weeks && c.distance && c.runs > c.lifts) return 'running';
  if (c.gyms >= 3 * c.weeks && c.lifts >= 2 * endurance && !c.distance) return 'strength';
  return undefined;
}

/** The goal a week is judged against by the count rules: written, else read from the plan (see `readGoal`). */
export function weekGoal(plan: Plan, week: Week): WeekGoal {
  if (week.goal) return { goal: week.goal, read: false };
  const goal = readGoal(plan);
  return { goal, read: goal !== undefined };
}

/** `with goal running`, or `in what reads as a running plan` when the goal was read from the plan. */
export function goalWords(goal: WeekGoal): string {
  return goal.read ? `in what reads as a ${goal.goal} plan` : `with goal ${goal.goal}`;
}
