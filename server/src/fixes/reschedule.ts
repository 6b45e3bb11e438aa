// Fix-all and "Reschedule this week": reschedule each week block so that no error or warning of the scheduling rules is left, where some
// arrangement of the block's sessions can do it (rules.md, "Fix all").
//
// Search, per block: moves of 1, then 2, then 3 sessions; within one size, the fewest sessions landing on a day that
// already has training (a free day beats a nearer day that would then hold two gym sessions), then the smallest total
// distance in days (a file without `week` lines wraps Sunday → Monday), then source order of the sessions, then the
// target days.
// Only training sessions move (not rest, nor an easy walk / mobility / yoga, which never conflict). Each scheduling
// conflict needs one of its own sessions to move, so a set of moves that leaves one conflict untouched is skipped
// unchecked; a fast test on the sessions' classes prunes arrangements while they are built (see `quickTest`).
// A candidate is then screened on the plan model with the sessions re-arranged (no re-parse: the rules read the
// weeks' days; only the rules that depend on the day run, on the weeks around the block), then confirmed on the
// re-parsed edited text. It is accepted when the block has no scheduling error or warning left and no rule reports
// more errors or warnings (per rule, severity and week) than before. The search is bounded (fixed numbers of
// candidates, screenings and confirmations per block); when nothing is found within them the block is left alone.
// A day whose line has a syntax error keeps its sessions and gets none (its sessions are not all known); an error
// outside any day line leaves the block alone.
// Blocks are fixed one after the other on the updated plan, in passes until nothing changes, so running the
// fix-all twice changes nothing the second time.
import type { DayEntry, Plan, Position, Range, Session, Weekday, WeekBlock } from '../language/model';
import { WEEKDAY_NAMES } from '../language/model';
import type { PlanDiagnostic, ResolvedConfig, TextEdit } from '../rules/types';
import { parsePlan } from '../language/parser';
import { comparePositions, LineIndex, lineIndexFor, rangeContains } from '../language/text';
import { checkPlan, rules } from '../rules/registry';
import { plural, startGap } from '../rules/helpers';
import { defaultConfig, optionOf } from '../rules/config';
import { classify } from '../analysis/classify';
import { applyEdits, listDay, rearrange, sessionAt, setTimes, textWithTime, writtenAsList, type SessionMove } from '../analysis/edits';
import { sessionMeaning } from '../analysis/canonical';
import { Budget, RESCHEDULE_BUDGET } from '../budgets';
import { clockOf, periodOf } from '../rules/sameDay';
import { addedProblems, addsNoProblem, hidesNewProblem, identities, isRange, stacksHardSessions, type Identify } from './compare';
import { blockWeekIndices, checkArranged, checkMoved, dayDistance, movedOffsetAt, movesArrangement, reparseBlock, sampledWeekCount } from './arrangement';

/** The rules the fix-all clears: those of the scheduling category (rule meta). */
export const SCHEDULING_RULES: ReadonlySet<string> = new Set(rules.filter((rule) => rule.meta.category === 'scheduling').map((rule) => rule.meta.id));

export interface ScheduleMove {
  /** The first week of the block the move was made in. */
  week: number;
  /** Weekday names: `Mon` … `Sun`. */
  from: string;
  to: string;
  /** The session's text. */
  session: string;
  /**
   * Set when the session stays on its day and gets a time of day instead (`from` = `to`): heavy legs and a quality run
   * written on one day with no times are split into `am` and `pm` when no arrangement of the week clears them.
   */
  time?: 'am' | 'pm';
}

export interface RescheduleResult {
  edits: TextEdit[];
  moves: ScheduleMove[];
  /**
   * The first week of each block whose search stopped at a budget (server/src/budgets.ts) before it had looked at
   * every arrangement: such a block may be left as written although some arrangement would clear it. Absent when
   * every search ran to its end.
   */
  stoppedEarly?: number[];
  /**
   * Fix-all only: the first week of each block still in conflict that was not searched because the whole plan's
   * budget (`RESCHEDULE_BUDGET.planWeeks`, or `windowedWeeks` for a long plan searched in windows) ran out; running
   * fix-all again goes on from there. Absent when every
   * block with a conflict was searched.
   */
  unsearched?: number[];
  /**
   * Per week block whose conflicts are not all cleared (its first week): why, in a coach's words ("no day for 'run
   * intervals': 6 training days, 4 hard"). Absent when every block was cleared or had nothing to clear.
   */
  unresolved?: { week: number; why: string }[];
}

/** Rules whose findings depend on which day a session is on (the others count per week, which moves keep). */
const DAY_RULES: ReadonlySet<string> = new Set(rules.filter((rule) => rule.meta.reach.byDay).map((rule) => rule.meta.id));

/** The configuration with only the day rules on: what the screening of candidate arrangements checks. */
function screeningConfig(config: ResolvedConfig | undefined): ResolvedConfig {
  const defaults = defaultConfig();
  const screening: ResolvedConfig = {};
  for (const rule of rules) {
    const id = rule.meta.id;
    const setting = config?.[id] ?? defaults[id];
    screening[id] = DAY_RULES.has(id) && setting ? setting : { severity: 'off', options: {}, severitySet: true };
  }
  return screening;
}

const isBlocking = (d: PlanDiagnostic): boolean => SCHEDULING_RULES.has(d.rule) && d.severity !== 'info';

/** The sessions a conflict is about: where it sits, the data's session ranges, its related places. */
function conflictSessions(plan: Plan, diagnostic: PlanDiagnostic): Session[] {
  const ranges: Range[] = [diagnostic.range, ...(diagnostic.related ?? []).map((r) => r.range)];
  for (const value of Object.values(diagnostic.data ?? {})) if (isRange(value)) ranges.push(value);
  const found = new Set<Session>();
  for (const range of ranges) {
    const session = sessionAt(plan, range);
    if (session) found.add(session);
  }
  return [...found];
}

function inBlock(block: WeekBlock, d: PlanDiagnostic): boolean {
  return rangeContains(block.range, d.range.start);
}

function blockSessions(block: WeekBlock): Session[] {
  const sessions: Session[] = [];
  for (const statement of block.statements) if (statement.type === 'day') sessions.push(...statement.sessions);
  return sessions;
}

const blockingSeverity = (config: ResolvedConfig, id: string): boolean => {
  const severity = config[id]?.severity;
  return severity === 'warning' || severity === 'error';
};

/** What one day holds, as far as the fast test needs to know. */
interface DayTally {
  hard: number;
  heavyLegs: number;
  /** Long or quality runs. */
  longOrQuality: number;
  legHard: number;
  /** Sessions that keep the day from being a rest day. */
  training: number;
  /** Runs and gym sessions with a written time (for `same-day-spacing`). */
  timed: Session[];
  runs: number;
  gyms: number;
  /** Hard conditioning, sport or cross on the legs (leg-hard, not a run nor heavy legs). */
  legHardOther: number;
}

const emptyTally = (): DayTally => ({ hard: 0, heavyLegs: 0, longOrQuality: 0, legHard: 0, training: 0, timed: [], runs: 0, gyms: 0, legHardOther: 0 });

/** `fresh`: the tally was made here and shares its `timed` list with no other (a copy's list is replaced, not changed). */
function addToTally(tally: DayTally, session: Session, sign: 1 | -1, fresh = false): void {
  const c = classify(session);
  if (!c.restLike) tally.training += sign;
  if (session.kind === 'run') tally.runs += sign;
  if (session.kind === 'gym') tally.gyms += sign;
  // A race or test is a planned hard day: the stacking rules leave it alone, and so does the fast test.
  if (c.event) return;
  if (c.hard) tally.hard += sign;
  if (c.heavyLegs) tally.heavyLegs += sign;
  if (c.longRun || c.qualityRun) tally.longOrQuality += sign;
  if (c.legHard) tally.legHard += sign;
  if (c.legHard && !c.heavyLegs && session.kind !== 'run') tally.legHardOther += sign;
  if ((session.kind === 'run' || session.kind === 'gym') && session.attributes.time) {
    // Built up in place while fresh: a copy per session made a day of 42,000 timed sessions quadratic.
    if (fresh && sign > 0) tally.timed.push(session);
    else tally.timed = sign > 0 ? [...tally.timed, session] : tally.timed.filter((s) => s !== session);
  }
}

/** Timed sessions of a day judged pair by pair up to this many; past it, sorted. */
const FEW_TIMED = 16;

/**
 * Whether a run and a gym session of one day start too close by their written times: `startGap` says the same half
 * of the day, or two clock times less than `minutes` apart. Pair by pair on a short day; on a long one by halves of
 * the day and sorted clock times (n log n: a day of 42,000 timed sessions was 1.8 billion pairs per arrangement).
 */
export function timedTooClose(timed: readonly Session[], minutes: number): boolean {
  if (timed.length <= FEW_TIMED) {
    return timed.some((a) =>
      timed.some((b) => {
        if (a.kind !== 'run' || b.kind !== 'gym') return false;
        const gap = startGap(a, b);
        return gap.kind === 'same-period' || (gap.kind === 'exact' && gap.minutes < minutes);
      }),
    );
  }
  // The same half of the day: one of the two has no clock time (two clock times are compared exactly).
  const periodOnly = { run: { am: false, pm: false }, gym: { am: false, pm: false } };
  const anyTime = { run: { am: false, pm: false }, gym: { am: false, pm: false } };
  const runClocks: number[] = [];
  const gymClocks: number[] = [];
  for (const session of timed) {
    if (session.kind !== 'run' && session.kind !== 'gym') continue;
    const clock = clockOf(session);
    const period = periodOf(session);
    if (period) {
      anyTime[session.kind][period] = true;
      if (clock === undefined) periodOnly[session.kind][period] = true;
    }
    if (clock !== undefined) (session.kind === 'run' ? runClocks : gymClocks).push(clock);
  }
  for (const period of ['am', 'pm'] as const) {
    if ((periodOnly.run[period] && anyTime.gym[period]) || (periodOnly.gym[period] && anyTime.run[period])) return true;
  }
  if (runClocks.length === 0 || gymClocks.length === 0) return false;
  runClocks.sort((a, b) => a - b);
  gymClocks.sort((a, b) => a - b);
  // The closest run to each lift, both lists in order.
  let r = 0;
  for (const gym of gymClocks) {
    while (r + 1 < runClocks.length && (runClocks[r + 1] as number) <= gym) r++;
    if (Math.abs((runClocks[r] as number) - gym) < minutes) return true;
    if (r + 1 < runClocks.length && Math.abs((runClocks[r + 1] as number) - gym) < minutes) return true;
  }
  return false;
}

function tallyOf(sessions: readonly Session[]): DayTally {
  const tally = emptyTally();
  for (const session of sessions) addToTally(tally, session, 1, true);
  return tally;
}

/**
 * A fast necessary test before screening: the day patterns the scheduling rules always report, judged on the
 * sessions' classes (two hard sessions, or heavy legs with a quality or long run, on one day; a run and a gym
 * session whose written times are too close; leg-hard on consecutive days; a long or quality run after heavy legs;
 * three hard days in a row; the last rest day gone), inside the block and against the fixed days just before and
 * after it (there only where the original arrangement had no such conflict). Each part is used only while its rule
 * is a warning or an error and no `# hybrid-ignore` names it (or all); the screening and the re-check stay the judges.
 */
interface QuickTest {
  /** The patterns the block holds as written. */
  readonly base: number;
  /**
   * Steps of the session-set budget one set costs beyond its own: the test reads a day's timed runs and lifts, so a
   * block of more than `RESCHEDULE_BUDGET.timedPerSet` of them counts each set as several (0 extra for any usual week).
   */
  readonly cost: number;
  /**
   * The block's days with these sessions taken out, or undefined when they hold `limit` patterns or more (0: any
   * pattern fails, as for an arrangement that must clear the block).
   */
  without(sessions: readonly Session[], limit: number): Tallies | undefined;
  /** The days with one session added on a weekday, or undefined when they hold `limit` patterns or more. */
  with(days: Tallies, session: Session, weekday: number, limit: number): Tallies | undefined;
}

/** The days of a block as the fast test sees them, and how many of its patterns they hold. */
interface Tallies {
  days: DayTally[];
  patterns: number;
}

function quickTest(plan: Plan, block: WeekBlock, config: ResolvedConfig): QuickTest {
  const judged = (id: string): boolean =>
    blockingSeverity(config, id) && !plan.suppressions.some((s) => s.rules.length === 0 || s.rules.includes(id));
  const sameDay = judged('hard-same-day');
  const afterLegs = judged('hard-after-heavy-legs');
  const backToBack = judged('back-to-back-hard');
  const spacing = judged('same-day-spacing');
  const spacingMinutes = optionOf(config, 'same-day-spacing', 'hours') * 60;
  const base: DayTally[] = Array.from({ length: 7 }, emptyTally);
  for (const statement of block.statements) {
    if (statement.type === 'day') for (const session of statement.sessions) addToTally(base[statement.weekday] as DayTally, session, 1, true);
  }
  const keepRestDay = judged('rest-days') && base.some((t) => t.training === 0);
  // Sunday is followed by Monday of the same block in a single-week file and in a repeated block.
  const wraps = plan.singleWeek || (block.header !== undefined && block.header.to > block.header.from);
  const after = (day: number): number | undefined => (day + 1 < 7 ? day + 1 : wraps ? 0 : undefined);
  const followsBadly = (today: DayTally, tomorrow: DayTally): boolean =>
    (afterLegs && today.heavyLegs > 0 && tomorrow.longOrQuality > 0) || (backToBack && today.legHard > 0 && tomorrow.legHard > 0);
  // A long day's answer is kept with its tally (a tally is not changed once judged: `with` and `without` copy the
  // days they change), so the days an arrangement leaves alone are not judged again.
  const closeOf = new WeakMap<DayTally, boolean>();
  const tooClose = (day: DayTally): boolean => {
    if (day.timed.length <= FEW_TIMED) return timedTooClose(day.timed, spacingMinutes);
    let close = closeOf.get(day);
    if (close === undefined) closeOf.set(day, (close = timedTooClose(day.timed, spacingMinutes)));
    return close;
  };
  // The fixed neighbours outside the block (a multi-week file): the Sunday before and the Monday after.
  const indices = blockWeekIndices(plan, block);
  const first = plan.weeks[indices[0] ?? 0];
  const last = plan.weeks[indices[indices.length - 1] ?? 0];
  const weekBefore = plan.weeks[(indices[0] ?? 0) - 1];
  const weekAfter = plan.weeks[(indices[indices.length - 1] ?? plan.weeks.length) + 1];
  // Only a week written right before or after (by number) is a neighbour: week 1 then week 3 do not touch.
  const before = plan.singleWeek || !first || weekBefore?.number !== first.number - 1 ? undefined : weekBefore.days[6];
  const next = plan.singleWeek || !last || weekAfter?.number !== last.number + 1 ? undefined : weekAfter.days[0];
  const beforeTally = before && !followsBadly(tallyOf(before.sessions), base[0] as DayTally) ? tallyOf(before.sessions) : undefined;
  const nextTally = next && !followsBadly(base[6] as DayTally, tallyOf(next.sessions)) ? tallyOf(next.sessions) : undefined;
  // The patterns the days hold (each at most once per day or run of days).
  const patterns = (days: readonly DayTally[]): number => {
    let found = 0;
    if (keepRestDay && !days.some((t) => t.training === 0)) found++;
    if (beforeTally && followsBadly(beforeTally, days[0] as DayTally)) found++;
    if (nextTally && followsBadly(days[6] as DayTally, nextTally)) found++;
    for (let day = 0; day < 7; day++) {
      const today = days[day] as DayTally;
      if (sameDay && (today.hard >= 2 || (today.heavyLegs > 0 && today.longOrQuality > 0))) found++;
      if (spacing && today.timed.length > 1 && tooClose(today)) found++;
      const following = after(day);
      if (following === undefined) continue;
      const tomorrow = days[following] as DayTally;
      if (followsBadly(today, tomorrow)) found++;
      const third = after(following);
      if (backToBack && third !== undefined && third !== day && today.hard > 0 && tomorrow.hard > 0 && (days[third] as DayTally).hard > 0) found++;
    }
    return found;
  };
  // Every pattern only gets worse when a session is added: a partial arrangement at the limit fails whatever follows.
  const within = (days: DayTally[], limit: number): Tallies | undefined => {
    const found = patterns(days);
    return found < Math.max(1, limit) ? { days, patterns: found } : undefined;
  };
  let timedInBlock = 0;
  for (const tally of base) timedInBlock += tally.timed.length;
  return {
    base: patterns(base),
    cost: Math.max(1, Math.ceil(timedInBlock / RESCHEDULE_BUDGET.timedPerSet)),
    without(sessions, limit) {
      // Only the days losing a session are copied: the others keep their judged tallies.
      const days = base.slice();
      for (const session of sessions) {
        const weekday = session.entry.weekday;
        if (days[weekday] === base[weekday]) days[weekday] = { ...(base[weekday] as DayTally) };
        addToTally(days[weekday] as DayTally, session, -1);
      }
      return within(days, limit);
    },
    with(tallies, session, weekday, limit) {
      const day = tallies.days[weekday] as DayTally;
      // A moved session never joins one of its kind (two runs or two lifts of one day are one outing: fewer by
      // count, not by load) nor stacks hard on hard, whatever else it would clear.
      if ((session.kind === 'run' && day.runs > 0) || (session.kind === 'gym' && day.gyms > 0)) return undefined;
      const next = tallies.days.map((t, i) => (i === weekday ? { ...t } : t));
      const today = next[weekday] as DayTally;
      addToTally(today, session, 1);
      // Nor puts a metcon, a game or a hard ride beside a long or quality run (hard on the legs on the long-run day).
      if (today.hard >= 2 || ((today.heavyLegs > 0 || today.legHardOther > 0) && today.longOrQuality > 0)) return undefined;
      return within(next, limit);
    },
  };
}

/** All ways to pick `size` of `count` items, indices ascending, one at a time (a day of 600 sessions has 35 million). */
function* combinations(count: number, size: number, start = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= count - size; i++) for (const rest of combinations(count, size - 1, i + 1)) yield [i, ...rest];
}

/**
 * Every set of `size` of the movable sessions (indices ascending) that holds a session of each conflict, each set
 * once, lazily: a session of the first conflict not yet touched is chosen, then the next, and a set that touches them
 * all is filled up with any other sessions. Each set looked at (repeats included) is counted against `budget`; when
 * it runs out the enumeration ends and `budget.exhausted` says so.
 */
export function* touchingSets(count: number, size: number, mustTouch: readonly (readonly number[])[], budget: Budget): Generator<number[]> {
  const seen = new Set<string>();
  // The conflicts each session is in: the first conflict a set leaves untouched is found from the few its sessions
  // touch, not by scanning every conflict's sessions (a day of 50,000 sessions: one conflict of all of them, or
  // 100,000 pairs, scanned per set made the search quadratic).
  const conflictsOf = new Map<number, number[]>();
  mustTouch.forEach((conflict, k) => {
    for (const i of conflict) {
      const list = conflictsOf.get(i);
      if (list === undefined) conflictsOf.set(i, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
  });
  const firstOpen = (chosen: readonly number[]): readonly number[] | undefined => {
    const touched = new Set<number>();
    for (const i of chosen) for (const k of conflictsOf.get(i) ?? []) touched.add(k);
    let k = 0;
    while (touched.has(k)) k++;
    return mustTouch[k];
  };
  function* grow(chosen: readonly number[]): Generator<number[]> {
    // Every partial set looked at is a step, not only the sets handed out: one conflict of all 50,000 sessions of a
    // day was 50,000 partial sets per size, none of them counted, each found incomplete and dropped.
    if (chosen.length > 0 && !budget.spend()) return;
    const open = firstOpen(chosen);
    if (open) {
      if (chosen.length === size) return;
      for (const i of open) {
        yield* grow([...chosen, i]);
        if (budget.exhausted) return;
      }
      return;
    }
    if (chosen.length === size) {
      // Complete already: the one set, without listing the other sessions (a day of 10,000 sessions, each a size-1 set).
      if (!budget.spend()) return;
      const set = [...chosen].sort((a, b) => a - b);
      const key = set.join(',');
      if (seen.has(key)) return;
      seen.add(key);
      yield set;
      return;
    }
    const others = Array.from({ length: count }, (_, i) => i).filter((i) => !chosen.includes(i));
    for (const extra of combinations(others.length, size - chosen.length)) {
      if (!budget.spend()) return;
      const set = [...chosen, ...extra.map((k) => others[k] as number)].sort((a, b) => a - b);
      const key = set.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      yield set;
    }
  }
  yield* grow([]);
}

interface Candidate {
  moves: SessionMove[];
  /** Patterns of the fast test the arrangement still holds (0 for one that may clear the block). */
  patterns: number;
  distance: number;
  /** Moved sessions that land on a day with other training (fewer first: a free day is the better place). */
  stacked: number;
  /** Deterministic tie-break: session indices, then target days. */
  order: number[];
}

/** Training sessions (not rest-like) on each weekday of the block. */
function trainingPerDay(block: WeekBlock): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) if (!classify(session).restLike) counts[statement.weekday] = (counts[statement.weekday] ?? 0) + 1;
  }
  return counts;
}

function stackedMoves(training: readonly number[], moves: readonly SessionMove[]): number {
  const after = [...training];
  for (const move of moves) {
    after[move.session.entry.weekday] = (after[move.session.entry.weekday] ?? 0) - 1;
    after[move.to] = (after[move.to] ?? 0) + 1;
  }
  return moves.filter((m) => (after[m.to] ?? 0) > 1).length;
}

/** The arrangements of one size that pass the fast test, best first; undefined when a budget ran out. */
function candidatesOfSize(
  plan: Plan,
  block: WeekBlock,
  movable: readonly Session[],
  size: number,
  mustTouch: readonly (readonly number[])[],
  quick: QuickTest,
  sets: Budget,
  limit: number,
  fixedDays: ReadonlySet<number>,
): Candidate[] | undefined {
  const training = trainingPerDay(block);
  const candidates: Candidate[] = [];
  for (const indices of touchingSets(movable.length, size, mustTouch, sets)) {
    const chosen = indices.map((i) => movable[i] as Session);
    if (quick.cost > 1 && !sets.spend(quick.cost - 1)) break;
    const start = quick.without(chosen, limit);
    if (!start) continue;
    const assign = (k: number, state: Tallies, moves: SessionMove[], distance: number, days: number[]): void => {
      if (candidates.length > RESCHEDULE_BUDGET.arrangements) return;
      if (k === chosen.length) {
        candidates.push({ moves, patterns: state.patterns, distance, stacked: stackedMoves(training, moves), order: [...indices, ...days] });
        return;
      }
      const session = chosen[k] as Session;
      for (let day = 0; day < 7; day++) {
        // A race or test day is never split nor given company.
        if (day === session.entry.weekday || fixedDays.has(day)) continue;
        const next = quick.with(state, session, day, limit);
        if (!next) continue;
        assign(k + 1, next, [...moves, { session, to: day as Weekday }], distance + dayDistance(plan, day, session.entry.weekday), [...days, day]);
      }
    };
    assign(0, start, [], 0, []);
    if (candidates.length > RESCHEDULE_BUDGET.arrangements) return undefined;
  }
  if (sets.exhausted) return undefined;
  candidates.sort((a, b) => a.patterns - b.patterns || a.stacked - b.stacked || a.distance - b.distance || compareLists(a.order, b.order));
  return candidates;
}

function compareLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/**
 * Re-arranges one week block's sessions to clear its scheduling errors and warnings with the fewest moves, then
 * the fewest landing on a day with training, then the smallest total distance. Returns no edits when the block has none or when no arrangement clears them
 * without adding another error or warning (or none was found within the budgets: then `stoppedEarly` names the week).
 * `diagnostics`, when given, are `checkPlan(plan, config)` already computed (the server has them).
 */
export function rescheduleWeek(plan: Plan, block: WeekBlock, config?: ResolvedConfig, diagnostics?: PlanDiagnostic[]): RescheduleResult {
  const { result, stoppedEarly, why } = searchSafely(plan, block, config, () => diagnostics ?? checkPlan(plan, config));
  const week = firstWeekOf(plan, block);
  return {
    ...result,
    ...(stoppedEarly ? { stoppedEarly: [week] } : {}),
    ...(why !== undefined ? { unresolved: [{ week, why }] } : {}),
  };
}

/** A block's result, with the edited plan and its diagnostics when it changed (fix-all goes on from them). */
interface Searched {
  result: { edits: TextEdit[]; moves: ScheduleMove[] };
  /** Why the block is not cleared (nothing moved, or only some of its conflicts lowered). */
  why?: string;
  /** True when a budget ran out before every arrangement was looked at. */
  stoppedEarly?: boolean;
  moved?: Plan;
  after?: PlanDiagnostic[];
}

/** `checkPlan(plan, config)`, asked for only when the block needs it (fix-all computes it once per plan). */
type Diagnose = () => PlanDiagnostic[];

function searchSafely(plan: Plan, block: WeekBlock, config: ResolvedConfig | undefined, diagnose: Diagnose): Searched {
  try {
    return searchWeek(plan, block, config, diagnose);
  } catch {
    // A fix-all never breaks the editor or the CLI: a block it cannot handle is left as written.
    return { result: { edits: [], moves: [] } };
  }
}

/** The number of a block's first week (1 in a file without `week` lines). */
function firstWeekOf(plan: Plan, block: WeekBlock): number {
  return plan.weeks[blockWeekIndices(plan, block)[0] ?? -1]?.number ?? block.header?.from ?? 1;
}

/** A block's scheduling conflicts as [errors, warnings]: fewer errors first, then fewer warnings. */
type Score = [number, number];

function scoreOf(diagnostics: readonly PlanDiagnostic[], block: WeekBlock): Score {
  const score: Score = [0, 0];
  for (const d of diagnostics) if (isBlocking(d) && inBlock(block, d)) score[d.severity === 'error' ? 0 : 1]++;
  return score;
}

function lower(a: Score, b: Score): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Weekdays of a block that hold a race or a test: never split, never given company. */
function eventDays(block: WeekBlock): Set<number> {
  const days = new Set<number>();
  for (const statement of block.statements) {
    if (statement.type === 'day' && statement.sessions.some((s) => classify(s).event)) days.add(statement.weekday);
  }
  return days;
}

/** The leg-hard training sessions of a block (races and tests left out), one per day and kind (one outing). */
function legHardSessions(block: WeekBlock): Session[] {
  const found: Session[] = [];
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      const c = classify(session);
      if (!c.legHard || c.event) continue;
      // Two of one kind on a day are one session in parts, unless set apart in time (`AM: 4x3k`, `PM: 10x1k`).
      const period = session.attributes.time?.value.period;
      if (found.some((s) => s.entry.weekday === session.entry.weekday && s.kind === session.kind && s.attributes.time?.value.period === period)) continue;
      found.push(session);
    }
  }
  return found;
}

/**
 * Why no arrangement of the block helps, in a coach's words: more leg-hard sessions than seven days keep apart, or the
 * day the first conflict needs and what the week holds.
 */
function whyNothingHelps(block: WeekBlock, conflicts: readonly PlanDiagnostic[], sessions: readonly Session[], fixedDays: ReadonlySet<number>, wraps = false): string {
  const training = new Set<number>();
  const hard = new Set<number>();
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      const c = classify(session);
      if (!c.restLike) training.add(statement.weekday);
      if (c.hard || c.heavyLegs) hard.add(statement.weekday);
    }
  }
  const first = conflicts[0];
  const onEvent = sessions.length > 0 && sessions.every((s) => fixedDays.has(s.entry.weekday));
  // A day that is not moved says why: a race or test on it, or how its line is written (edits.ts `writtenAsList`), or
  // a line that does not parse.
  if (onEvent && first) {
    const entry = sessions[0]!.entry;
    const day = WEEKDAY_NAMES[entry.weekday];
    const entries = entry.block.statements.filter((st): st is DayEntry => st.type === 'day' && st.weekday === entry.weekday);
    if (entries.some((st) => st.sessions.some((x) => classify(x).event))) return `${first.rule} is on a race or test day (${day}), which is never split`;
    const written = entries.find(writtenAsList);
    if (written?.sessionFirst) return `${first.rule} is on ${day}, written after its session ('Weights: Mon, Thu') — write each day on its own line to move it`;
    if (written?.severalDays) return `${first.rule} is on ${day}, written on one line with other days — write each day on its own line to move it`;
    if (written?.afterWeek) return `${first.rule} is on ${day}, written after its week on one line ('Week 1 Day 1: …') — move it in the text`;
    if (written?.tableRow) return `${first.rule} is on ${day}, a row of a table — move it in the text`;
    if (written) return `${first.rule} is on ${day}, whose exercises are written on the lines below — a day written as a list is not moved; move it in the text`;
    return `${first.rule} is on ${day}, whose line does not parse — fix it first`;
  }
  // More leg-hard sessions than a week can keep a day apart: no arrangement clears it, and two on one day are
  // hard-same-day. Said as a coach says it: one of them has to become easy or go.
  const legHard = legHardSessions(block);
  const apart = wraps ? 3 : 4;
  // So are two on one day (`hard-same-day`): a Norwegian double-threshold week's four threshold sessions on two days.
  if (legHard.length > apart && conflicts.some((d) => d.rule === 'back-to-back-hard' || d.rule === 'hard-after-heavy-legs' || d.rule === 'hard-same-day')) {
    return `${legHard.length} leg-hard sessions (${legHard.map((s) => `'${s.text}'`).join(', ')}): ${wraps ? 'a repeating week' : 'a week'} of 7 days keeps at most ${apart} a day apart, and two on one day are hard on hard — make one of them easy or drop it`;
  }
  const session = sessions.find((s) => !fixedDays.has(s.entry.weekday) && (classify(s).hard || classify(s).longRun)) ?? sessions.find((s) => !fixedDays.has(s.entry.weekday));
  const days = `${training.size} training ${training.size === 1 ? 'day' : 'days'}, ${hard.size} hard`;
  return session ? `no day for '${session.text}': ${days}` : `no arrangement clears ${first?.rule ?? 'it'}: ${days}`;
}

function searchWeek(plan: Plan, block: WeekBlock, config: ResolvedConfig | undefined, diagnose: Diagnose): Searched {
  const none: Searched = { result: { edits: [], moves: [] } };
  const blockIndex = plan.blocks.indexOf(block);
  if (blockIndex < 0) return none;
  const before = diagnose();
  const conflicts = before.filter((d) => isBlocking(d) && inBlock(block, d));
  if (conflicts.length === 0) return none;
  // A race or test day keeps all its sessions and gets none: the week is built around it. So does a day whose line
  // does not parse: a session the parser could not read (`Tue: gim upper`) would look like a free day and get company.
  // An error outside any day line leaves the whole block alone (which day it belongs to is not known).
  const fixedDays = eventDays(block);
  // So does a day written as a list (`Monday: Strength` then `- Back squat 5x5` below): its lines stay together.
  for (const statement of block.statements) if (statement.type === 'day' && writtenAsList(statement)) fixedDays.add(statement.weekday);
  for (const error of plan.syntaxErrors) {
    if (!rangeContains(block.range, error.range.start)) continue;
    const entry = block.statements.find((s) => s.type === 'day' && rangeContains(s.range, error.range.start));
    if (!entry || entry.type !== 'day') return { ...none, why: 'a line of this week does not parse; fix it first' };
    fixedDays.add(entry.weekday);
  }
  const movable = blockSessions(block).filter((s) => s.kind !== 'rest' && !classify(s).restLike && !fixedDays.has(s.entry.weekday));
  const movableIndex = new Map(movable.map((s, i) => [s, i]));
  const conflictSets = conflicts.map((d) => conflictSessions(plan, d));
  const mustTouch = conflictSets.map((sessions) => [...new Set(sessions.flatMap((s) => movableIndex.get(s) ?? []))]);
  // Sunday is followed by Monday of the same block in a single-week file and in a repeated block.
  const wraps = plan.singleWeek || (block.header !== undefined && block.header.to > block.header.from);
  const why = (): string => whyNothingHelps(block, conflicts, conflictSets.flat(), fixedDays, wraps);
  const touchAny = [...new Set(mustTouch.flat())];
  if (touchAny.length === 0) return { ...none, why: why() };

  const weekIndices = blockWeekIndices(plan, block);
  if (weekIndices.length === 0) return none;
  // Screen on the model, with only the day rules: moves inside a week change no weekly total.
  const screening = screeningConfig(config);
  const screen = (moves: readonly SessionMove[]): PlanDiagnostic[] => checkArranged(plan, block, movesArrangement(moves), screening, true);
  // The block's weeks as written, screened once when a first arrangement has been screened (a block too big for any
  // screening within its reading budget is not read for it either).
  const nearbyBefore = memo(() => checkArranged(plan, block, undefined, screening, true));
  const baseScore = scoreOf(before, block);

  const quick = quickTest(plan, block, config ?? defaultConfig());
  const sets = new Budget(RESCHEDULE_BUDGET.sessionSets);
  const screenings = new Budget(RESCHEDULE_BUDGET.screenings);
  // A screening reads every session of the block's weeks, a confirmation re-reads them about four times (parse and
  // check): a day of 50,000 sessions must not be screened 300 times.
  // A screening reads the sampled weeks around the block (`checkArranged`), a confirmation all of the block's weeks.
  const perWeek = blockSessions(block).length;
  const blockWork = new Budget(RESCHEDULE_BUDGET.sessionsRead);
  const screenCost = perWeek * sampledWeekCount(plan, block);
  const screenAllowed = (): boolean => blockWork.spend(screenCost);
  const confirmAllowed = (): boolean => blockWork.spend(4 * perWeek * weekIndices.length);
  let confirmations = 0;
  let stopped = false;

  /** Confirms a candidate on the re-parsed text: it must lower the block's conflicts to at most `target` and add none. */
  const confirm = (candidate: Candidate, target: Score): Searched | undefined => {
    confirmations++;
    if (!confirmAllowed()) {
      stopped = true;
      return undefined;
    }
    const edits = rearrange(plan, block, candidate.moves);
    const movedText = applyEdits(plan.text, edits);
    const spliced = reparseBlock(plan, block, movedText, edits);
    const moved = spliced ?? parsePlan(movedText, plan);
    const movedBlock = moved.blocks[blockIndex];
    const checked = spliced ? checkMoved(plan, block, before, spliced, config) : undefined;
    const after = checked?.after ?? checkPlan(moved, config);
    if (!movedBlock) return undefined;
    const afterScore = scoreOf(after, movedBlock);
    if (lower(target, afterScore) || !lower(afterScore, baseScore)) return undefined;
    // Diagnostics taken over read the same in both texts: only the re-checked ones can differ.
    const adds = checked?.local
      ? addedProblems(checked.local.dropped, checked.local.added, ...identifiedAfterMove(plan, movedText, edits, movedOffsetAt(plan, block, movedText))).length > 0
      : !addsNoProblem(before, after, undefined, { before: plan.text, after: movedText, edits });
    if (adds || hidesNewProblem(plan, moved, config, edits) || stacksHardSessions(plan, moved)) return undefined;
    const week = plan.weeks[weekIndices[0] as number]?.number ?? 1;
    return {
      result: {
        edits,
        moves: [...candidate.moves]
          .sort((a, b) => a.session.range.start.line - b.session.range.start.line || a.session.range.start.column - b.session.range.start.column)
          .map((m) => ({ week, from: WEEKDAY_NAMES[m.session.entry.weekday], to: WEEKDAY_NAMES[m.to], session: m.session.text })),
      },
      moved,
      after,
    };
  };

  // First an arrangement that clears the block, with the fewest moves (each conflict needs one of its sessions moved).
  if (mustTouch.every((set) => set.length > 0)) {
    for (let size = 1; size <= Math.min(RESCHEDULE_BUDGET.maxMoved, movable.length) && !stopped; size++) {
      const candidates = candidatesOfSize(plan, block, movable, size, mustTouch, quick, sets, 0, fixedDays);
      if (!candidates) {
        stopped = true;
        break;
      }
      for (const candidate of candidates) {
        if (!screenings.spend() || confirmations >= RESCHEDULE_BUDGET.confirmations || !screenAllowed()) {
          stopped = true;
          break;
        }
        const screened = screen(candidate.moves);
        if (screened.some((d) => isBlocking(d) && inBlock(block, d))) continue;
        if (!addsNoProblem(nearbyBefore(), screened, undefined, { before: plan.text, after: plan.text })) continue;
        const found = confirm(candidate, [0, 0]);
        if (found) return found;
      }
    }
  }

  // Else the arrangement that lowers the conflicts most (errors first, then warnings) with the fewest moves, adding none;
  // or, where heavy legs and a quality run share a day with no times, the day split into am and pm (`splitDays`),
  // whichever lowers the conflicts more (of equal effect, the fewer changes).
  // The sets of both searches count against one budget (`sets`): a day whose sets ran out while looking for an
  // arrangement that clears it is not enumerated a second time.
  const partialSets = sets;
  const partialScreenings = new Budget(RESCHEDULE_BUDGET.screenings);
  const ranked: { candidate: Candidate; score: Score; size: number }[] = [];
  for (let size = 1; size <= Math.min(RESCHEDULE_BUDGET.maxMoved, movable.length); size++) {
    const candidates = candidatesOfSize(plan, block, movable, size, [touchAny], quick, partialSets, quick.base, fixedDays);
    if (!candidates) {
      stopped = true;
      break;
    }
    for (const candidate of candidates) {
      if (!partialScreenings.spend() || !screenAllowed()) {
        stopped = true;
        break;
      }
      const screened = screen(candidate.moves);
      const score = scoreOf(screened, block);
      if (!lower(score, baseScore)) continue;
      if (!addsNoProblem(nearbyBefore(), screened, undefined, { before: plan.text, after: plan.text })) continue;
      ranked.push({ candidate, score, size });
    }
    if (stopped) break;
  }
  // Stable: within one score, fewer moves first, then the order the candidates came in (fewest stacked, nearest).
  ranked.sort((a, b) => a.score[0] - b.score[0] || a.score[1] - b.score[1] || a.size - b.size);
  confirmations = 0;
  for (const { candidate, score } of ranked) {
    if (confirmations >= RESCHEDULE_BUDGET.confirmations) break;
    const found = confirm(candidate, score);
    if (!found) continue;
    // What is left, said of the week as moved.
    const movedBlock = found.moved?.blocks[blockIndex];
    const left = movedBlock ? (found.after ?? []).filter((d) => isBlocking(d) && inBlock(movedBlock, d)) : [];
    const leftSessions = found.moved ? left.flatMap((d) => conflictSessions(found.moved!, d)) : [];
    const reason = movedBlock && left.length > 0 ? whyNothingHelps(movedBlock, left, leftSessions, eventDays(movedBlock), wraps) : why();
    const split = splitDays(plan, block, blockIndex, before, baseScore, config, fixedDays, wraps, confirmAllowed);
    if (split && (lower(split.score, score) || (!lower(score, split.score) && split.result.moves.length <= found.result.moves.length))) return split;
    return { ...found, why: `moved what lowers the conflicts most; ${plural(left.length, 'conflict')} left: ${reason}` };
  }
  const split = splitDays(plan, block, blockIndex, before, baseScore, config, fixedDays, wraps, confirmAllowed);
  if (split) return split;
  return { ...none, why: why(), ...(stopped ? { stoppedEarly: true } : {}) };
}

/**
 * The guide's "if training on the same day, separate sessions by at least 6–8 hours": the days of a block where heavy
 * legs and a quality run are written with no times (hard-same-day's error) get `am` on the session written first and
 * `pm` on the other, when no arrangement of the week clears it — a plan whose seven days hold more leg-hard sessions
 * than they keep apart (issue 13: the Starting Strength sprint plan, whose poster was told to split them am / pm).
 * Still hard on hard, a warning rather than an error (hard-same-day.md). Accepted when the block's conflicts go down and
 * nothing is added but those same pairs, now a warning; a race or test day, a day written as a list, and a session
 * with a time of its own are left as written.
 */
function splitDays(
  plan: Plan,
  block: WeekBlock,
  blockIndex: number,
  before: readonly PlanDiagnostic[],
  baseScore: Score,
  config: ResolvedConfig | undefined,
  fixedDays: ReadonlySet<number>,
  wraps: boolean,
  /** The block's reading budget: each reading of the split text costs what a confirmation costs. */
  allowed: () => boolean,
): (Searched & { score: Score }) | undefined {
  const candidates: { weekday: number; first: Session; second: Session; edits: TextEdit[] }[] = [];
  for (const d of before) {
    if (d.rule !== 'hard-same-day' || d.severity !== 'error' || !inBlock(block, d)) continue;
    const later = sessionAt(plan, rangeIn(d, 'sessionRange') ?? d.range);
    const earlier = sessionAt(plan, rangeIn(d, 'otherSessionRange') ?? d.related?.[0]?.range);
    if (!later || !earlier || later === earlier || later.entry.block !== block || earlier.entry.block !== block) continue;
    const weekday = later.entry.weekday;
    if (earlier.entry.weekday !== weekday || fixedDays.has(weekday) || candidates.some((s) => s.weekday === weekday)) continue;
    if (later.attributes.time || earlier.attributes.time) continue;
    const [first, second] = comparePositions(earlier.range.start, later.range.start) <= 0 ? [earlier, later] : [later, earlier];
    const times = setTimes(first, second, 'period');
    if (times.length !== 2) continue;
    candidates.push({ weekday, first, second, edits: times });
  }
  if (candidates.length === 0) return undefined;
  // What the split adds may only be the same pairs set apart: hard-same-day warnings that say so, on the split days.
  // Times are written inside lines and no line moves, so a diagnostic is the same when its rule, severity, week and
  // the lines of its places are (the sessions' texts now carry am / pm). So for what a `# hybrid-ignore` would hide.
  const splitDayOf =
    (days: readonly { weekday: number }[]) =>
    (d: PlanDiagnostic): boolean =>
      d.rule === 'hard-same-day' && d.severity === 'warning' && d.data?.['apart'] === true && days.some((s) => s.weekday === d.data?.['weekday']);
  // A time written into a session changes nothing else it says: a day whose sessions would read otherwise with it
  // (`run … or cross train 1h (optional) am` takes no time; a separator the time would stand beside) is left as written.
  // The edits stay on the block's lines and add none: only the block is read again (`reparseBlock`) where it can be.
  let split = candidates;
  let edits: TextEdit[] = [];
  let moved: Plan | undefined;
  for (;;) {
    if (split.length === 0 || !allowed()) return undefined;
    edits = split.flatMap((s) => s.edits);
    const movedText = applyEdits(plan.text, edits);
    moved = reparseBlock(plan, block, movedText, edits) ?? parsePlan(movedText, plan);
    const reread = moved.blocks[blockIndex];
    if (!reread) return undefined;
    const kept = split.filter((s) => readsTheSameWithTimes(block, reread, s));
    if (kept.length === split.length) break;
    split = kept;
  }
  const movedBlock = moved.blocks[blockIndex];
  if (!movedBlock) return undefined;
  // The re-read is the judge: the split changes the sessions' texts, which every rule may name (a message, and the
  // findings told once per text: quality-limit's on a day of 5,000 sessions), so the whole window is checked again.
  const after = checkPlan(moved, config);
  const score = scoreOf(after, movedBlock);
  if (!lower(score, baseScore)) return undefined;
  const splitDay = splitDayOf(split);
  if (addedProblems(before, after, sameLines, sameLines).some((d) => !splitDay(d))) return undefined;
  const left = after.filter((d) => isBlocking(d) && inBlock(movedBlock, d));
  const leftSessions = left.flatMap((d) => conflictSessions(moved!, d));
  if (hidesNewProblem(plan, moved, config, edits, { identify: sameLines, allowed: splitDay })) return undefined;
  const week = firstWeekOf(plan, block);
  const moves: ScheduleMove[] = split.flatMap(({ weekday, first, second }) => [
    { week, from: WEEKDAY_NAMES[weekday], to: WEEKDAY_NAMES[weekday], session: first.text, time: 'am' as const },
    { week, from: WEEKDAY_NAMES[weekday], to: WEEKDAY_NAMES[weekday], session: second.text, time: 'pm' as const },
  ]);
  const said = splitNote(split.map((s) => WEEKDAY_NAMES[s.weekday]));
  const why = left.length > 0 ? `${said}; ${plural(left.length, 'conflict')} left: ${whyNothingHelps(movedBlock, left, leftSessions, eventDays(movedBlock), wraps)}` : undefined;
  return { result: { edits, moves }, moved, after, score, ...(why !== undefined ? { why } : {}) };
}

/** What a split says of itself in a week's reason (kept there when a later pass gives the week another one). */
function splitNote(days: readonly string[]): string {
  return `heavy legs and a quality run set am and pm on ${days.join(', ')} (the guide: separate sessions on one day by 6–8 hours)`;
}

const SPLIT_NOTE = /^heavy legs and a quality run set am and pm on [^(;]*\(the guide: separate sessions on one day by 6–8 hours\); /;

/**
 * True when the sessions of the split day read as before once `am` / `pm` are written (`sessionMeaning` and class, the
 * time aside), and the two split sessions have the times written for them.
 */
function readsTheSameWithTimes(block: WeekBlock, reread: WeekBlock, split: { weekday: number; first: Session; second: Session }): boolean {
  const sessionsOf = (b: WeekBlock): Session[] =>
    b.statements.flatMap((s) => (s.type === 'day' && s.weekday === split.weekday ? s.sessions : []));
  const was = sessionsOf(block);
  const now = sessionsOf(reread);
  if (was.length !== now.length) return false;
  const untimed = untimedMeaning;
  return was.every((session, i) => {
    const other = now[i]!;
    if (untimed(session) !== untimed(other) || JSON.stringify(classify(session)) !== JSON.stringify(classify(other))) return false;
    const wanted = session === split.first ? 'am' : session === split.second ? 'pm' : undefined;
    // The day's other sessions keep their times too (the model gives them none new).
    if (wanted === undefined) return sessionMeaning(session) === sessionMeaning(other);
    return other.attributes.time?.value.period === wanted && other.attributes.time.value.clockMinutes === undefined && other.attributes.time.value.fromDay !== true;
  });
}

/** A diagnostic by rule, severity, week and the lines of the places it names (for edits that move no line). */
const sameLines: Identify = (d) => {
  const lines = [d.range.start.line, ...(d.related ?? []).map((r) => r.range.start.line)];
  for (const value of Object.values(d.data ?? {})) if (isRange(value)) lines.push(value.start.line);
  return `${d.rule}\u0000${d.severity}\u0000${d.week ?? ''}\u0000${lines.join(',')}`;
};

/** A range a rule put into a diagnostic's data under `key`. */
function rangeIn(d: PlanDiagnostic, key: string): Range | undefined {
  const value = d.data?.[key];
  return isRange(value) ? value : undefined;
}

/** The identities of diagnostics before and after a move, as a pair of arguments. */
function identifiedAfterMove(plan: Plan, movedText: string, edits: readonly TextEdit[], offsetAt: (p: Position) => number): [Identify, Identify] {
  const identify = identities(plan.text, movedText, edits, offsetAt);
  return [identify.before, identify.after];
}

/** One edit from `before` to `after` replacing only the whole lines that differ. */
function lineDiff(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = new LineIndex(before);
  const b = new LineIndex(after);
  // Lines are compared with their line breaks, so a last line without one never matches a line that has one.
  const lineA = (i: number): string => before.slice(a.lineStart(i), a.lineStart(i + 1));
  const lineB = (i: number): string => after.slice(b.lineStart(i), b.lineStart(i + 1));
  const shortest = Math.min(a.lineCount, b.lineCount);
  let top = 0;
  while (top < shortest && lineA(top) === lineB(top)) top++;
  let bottom = 0;
  while (bottom < shortest - top && lineA(a.lineCount - 1 - bottom) === lineB(b.lineCount - 1 - bottom)) bottom++;
  const startA = a.lineStart(top);
  const endA = bottom > 0 ? a.lineStart(a.lineCount - bottom) : before.length;
  const startB = b.lineStart(top);
  const endB = bottom > 0 ? b.lineStart(b.lineCount - bottom) : after.length;
  return [{ range: a.rangeOf(startA, endA), newText: after.slice(startB, endB) }];
}

/**
 * Reschedules every week block in turn (each on the plan as the earlier blocks left it) and returns one edit from
 * the original text to the rescheduled one, with the list of moves made.
 */
/** The blocks holding a blocking conflict (`inBlock`), found by binary search over the blocks in text order. */
function blocksWithConflicts(plan: Plan, diagnostics: readonly PlanDiagnostic[]): Set<WeekBlock> {
  const found = new Set<WeekBlock>();
  const blocks = plan.blocks;
  for (const d of diagnostics) {
    if (!isBlocking(d)) continue;
    // The last block that starts at or before the diagnostic, and its neighbours; any other block only if none holds it.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePositions(blocks[mid]!.range.start, d.range.start) <= 0) lo = mid + 1;
      else hi = mid;
    }
    const near = [blocks[lo - 2], blocks[lo - 1], blocks[lo]].filter((block): block is WeekBlock => block !== undefined && inBlock(block, d));
    for (const block of near.length > 0 ? near : blocks.filter((block) => inBlock(block, d))) found.add(block);
  }
  return found;
}

/**
 * `planWeeks`: the whole plan's budget, RESCHEDULE_BUDGET.planWeeks (searched whole) or windowedWeeks (in windows)
 * unless given (tests give a small one). `mode`:
 * `auto` searches a plan longer than WINDOWED_FROM_WEEKS in windows, `whole` never, `windows` whenever it can (tests
 * compare the two).
 */
export function fixAll(
  plan: Plan,
  config?: ResolvedConfig,
  planWeeks?: number,
  mode: 'auto' | 'whole' | 'windows' = 'auto',
  /** `checkPlan(plan, config)` when the caller has it already (the CLI checks the plan as written too). */
  diagnostics?: PlanDiagnostic[],
): RescheduleResult {
  if (mode === 'windows' || (mode === 'auto' && plan.weeks.length > WINDOWED_FROM_WEEKS)) {
    const chunks = weekChunks(plan);
    if (chunks) {
      // A window that cannot be read alone after all sends the plan to the whole search, which goes on with what the
      // windows left of the budget (not a fresh one on top of it).
      const planWork = new Budget(planWeeks ?? RESCHEDULE_BUDGET.windowedWeeks);
      return settleSplits(plan, config, fixAllWindowed(plan, chunks, config, planWork, diagnostics) ?? fixAllWhole(plan, config, planWork, diagnostics));
    }
  }
  return settleSplits(plan, config, fixAllWhole(plan, config, new Budget(planWeeks ?? RESCHEDULE_BUDGET.planWeeks), diagnostics));
}

/**
 * After every pass: a day split into am / pm whose pair a later pass has taken apart (a session moved to another day)
 * holds fewer than two training sessions, so its am / pm keep nothing apart — the split's sessions get the times the
 * user wrote back (none), on that day and where the moved one went, unless that adds a problem or lets the fix-all
 * change the week again (it would not be a fixed point). Each week's reason keeps what its splits did: a later pass
 * gives the week its own reason, which began without it.
 */
function settleSplits(plan: Plan, config: ResolvedConfig | undefined, result: RescheduleResult): RescheduleResult {
  const splits = result.moves.filter((m) => m.time !== undefined);
  if (splits.length === 0) return result;
  let moves = result.moves;
  let edits = result.edits;
  let unresolved = result.unresolved;
  // Only a day a later move left can have lost its pair: sessions leave a day by moves alone.
  const key = (week: number, day: string): string => `${week} ${day}`;
  const left = new Set(moves.filter((m) => m.time === undefined).map((m) => key(m.week, m.from)));
  const loose = [...new Set(splits.map((m) => key(m.week, m.from)))].filter((k) => left.has(k));
  if (loose.length > 0) {
    let text = applyEdits(plan.text, edits);
    let current = parsePlan(text, plan);
    let diagnostics = checkPlan(current, config);
    const undone = new Set<ScheduleMove>();
    const renamed = new Map<ScheduleMove, string>();
    const whys = new Map<number, string | undefined>();
    const byWeek = new Map<number, ScheduleMove[]>();
    for (const m of moves) (byWeek.get(m.week) ?? byWeek.set(m.week, []).get(m.week)!).push(m);
    // Each day tried reads and checks the whole plan again: a bounded number of them (the others keep their am / pm).
    for (const k of loose.slice(0, RESCHEDULE_BUDGET.settledDays)) {
      const [week, day] = [Number(k.slice(0, k.indexOf(' '))), k.slice(k.indexOf(' ') + 1)];
      const block = current.weeks.find((w) => w.number === week)?.block;
      const weekday = WEEKDAY_NAMES.indexOf(day as (typeof WEEKDAY_NAMES)[number]);
      if (!block || weekday < 0) continue;
      const onDay = (b: WeekBlock, d: number): Session[] => b.statements.flatMap((st) => (st.type === 'day' && st.weekday === d ? st.sessions : []));
      if (onDay(block, weekday).filter((s) => !classify(s).restLike).length >= 2) continue;
      // The split's sessions as they read now: on the split day, or on the day a later move of this week took them to.
      const ofWeek = byWeek.get(week) ?? [];
      const pair = ofWeek.filter((m) => m.time !== undefined && m.from === day);
      const later = ofWeek.filter((m) => m.time === undefined && m.from === day);
      const found: { session: Session; split: ScheduleMove; move?: ScheduleMove }[] = [];
      for (const split of pair) {
        const isIt = (s: Session): boolean => {
          const time = s.attributes.time?.value;
          return time !== undefined && time.period === split.time && time.clockMinutes === undefined && time.fromDay !== true && textWithTime(s, undefined) === split.session;
        };
        const stayed = onDay(block, weekday).find(isIt);
        if (stayed) {
          found.push({ session: stayed, split });
          continue;
        }
        for (const move of later) {
          const there = onDay(block, WEEKDAY_NAMES.indexOf(move.to as (typeof WEEKDAY_NAMES)[number])).find((s) => isIt(s) && s.text === move.session);
          if (there) {
            found.push({ session: there, split, move });
            break;
          }
        }
      }
      if (found.length === 0) continue;
      const untimed = found.map(({ session }) => ({ range: session.range, newText: textWithTime(session, undefined) }));
      const nextText = applyEdits(text, untimed);
      const next = parsePlan(nextText, current);
      const nextBlock = next.weeks.find((w) => w.number === week)?.block;
      if (!nextBlock || next.syntaxErrors.length > current.syntaxErrors.length) continue;
      // Each session reads as before but for its time, which is gone.
      const readsUntimed = found.every(({ session }) => {
        const now = onDay(nextBlock, session.entry.weekday).find((s) => comparePositions(s.range.start, session.range.start) === 0);
        return now !== undefined && now.attributes.time === undefined && untimedMeaning(now) === untimedMeaning(session) && JSON.stringify(classify(now)) === JSON.stringify(classify(session));
      });
      if (!readsUntimed) continue;
      const nextDiagnostics = checkPlan(next, config);
      // Times are written inside lines: no line moves, so a problem is the same by rule, severity, week and lines.
      if (addedProblems(diagnostics, nextDiagnostics, sameLines, sameLines).length > 0) continue;
      if (hidesNewProblem(current, next, config, untimed, { identify: sameLines, allowed: () => false })) continue;
      // The week as it reads now must be a fixed point: the search would change nothing in it.
      const again = searchSafely(next, nextBlock, config, () => nextDiagnostics);
      if (again.result.edits.length > 0) continue;
      text = nextText;
      current = next;
      diagnostics = nextDiagnostics;
      for (const { split, move } of found) {
        undone.add(split);
        if (move) renamed.set(move, split.session);
      }
      whys.set(week, again.why);
    }
    if (undone.size > 0) {
      moves = moves.filter((m) => !undone.has(m)).map((m) => (renamed.has(m) ? { ...m, session: renamed.get(m)! } : m));
      edits = lineDiff(plan.text, text);
      const reasons = new Map((unresolved ?? []).map(({ week, why }) => [week, why]));
      for (const [week, why] of whys) {
        if (why === undefined) reasons.delete(week);
        else reasons.set(week, why);
      }
      unresolved = [...reasons].sort((a, b) => a[0] - b[0]).map(([week, why]) => ({ week, why }));
    }
  }
  // What the splits of each week did, at the head of its reason (whichever pass gave it).
  if (unresolved) {
    // Per week, its split days (one pass over the moves: a plan of 2,000 split weeks has 28,000 of them).
    const splitDays = new Map<number, Set<string>>();
    for (const m of moves) if (m.time !== undefined) (splitDays.get(m.week) ?? splitDays.set(m.week, new Set()).get(m.week)!).add(m.from);
    unresolved = unresolved.map(({ week, why }) => {
      const split = splitDays.get(week);
      const days = split ? WEEKDAY_NAMES.filter((day) => split.has(day)) : [];
      return { week, why: days.length > 0 ? `${splitNote(days)}; ${why.replace(SPLIT_NOTE, '')}` : why.replace(SPLIT_NOTE, '') };
    });
  }
  const settled: RescheduleResult = { ...result, edits, moves };
  if (unresolved && unresolved.length > 0) settled.unresolved = unresolved;
  else delete settled.unresolved;
  return settled;
}

/** A session's meaning with no time (an attribute left undefined is not written). */
function untimedMeaning(session: Session): string {
  return sessionMeaning({ ...session, attributes: { ...session.attributes, time: undefined } });
}

function fixAllWhole(plan: Plan, config: ResolvedConfig | undefined, planWork: Budget, checked?: PlanDiagnostic[]): RescheduleResult {
  let current = plan;
  // The diagnostics of `current`, computed once per version of the plan (not once per block).
  let diagnostics: PlanDiagnostic[] | undefined = checked;
  const diagnose: Diagnose = () => (diagnostics ??= checkPlan(current, config));
  const moves: ScheduleMove[] = [];
  const stoppedEarly = new Set<number>();
  const unresolved = new Map<number, string>();
  // A block left alone may become solvable once a later block has moved; passes repeat until none changes anything,
  // so the result is a fixed point (a second fix-all changes nothing). Every change clears conflicts and adds none,
  // so this ends: each change lowers some block's conflicts, so there are at most as many changes as conflicts; the
  // bound only guards against a rule that would not keep to that.
  // The blocks with a conflict to clear, per version of the plan: a block without one is not searched (the search
  // would find nothing to do), so a plan of 30,000 blocks without conflicts costs one pass, not blocks × diagnostics.
  let conflictedOf: { plan: Plan; diagnostics: PlanDiagnostic[]; blocks: Set<WeekBlock> } | undefined;
  const conflicted = (block: WeekBlock): boolean => {
    const all = diagnose();
    if (conflictedOf?.plan !== current || conflictedOf.diagnostics !== all) conflictedOf = { plan: current, diagnostics: all, blocks: blocksWithConflicts(current, all) };
    return conflictedOf.blocks.has(block);
  };
  // Each search re-checks the plan around its block and often re-reads the whole text: the plan's weeks are counted
  // once per search, so a plan of thousands of weeks each in conflict ends in seconds, not in hours.
  const bound = plan.blocks.length + diagnose().filter(isBlocking).length;
  for (let pass = 0; pass <= bound; pass++) {
    let changed = false;
    for (let i = 0; i < current.blocks.length; i++) {
      const block = current.blocks[i];
      if (!block) break;
      if (!conflicted(block)) {
        if (stoppedEarly.size > 0) stoppedEarly.delete(firstWeekOf(current, block));
        if (unresolved.size > 0) unresolved.delete(firstWeekOf(current, block));
        continue;
      }
      // A search re-reads the plan: its weeks; a long plan that could not be cut into windows counts its text too (a
      // plan of 23,000 weeks on one line holds at most 9,999 weeks, and each search read all 1 MB of it).
      const weeks = current.weeks.length;
      if (!planWork.spend(Math.max(1, weeks, weeks > WINDOWED_FROM_WEEKS ? Math.ceil(current.text.length / TEXT_PER_WEEK) : 0))) continue;
      const { result, moved, after, stoppedEarly: stopped, why } = searchSafely(current, block, config, diagnose);
      // Only the last search of a block counts: one that stopped early may succeed once a later block has moved.
      const week = firstWeekOf(current, block);
      if (stopped) stoppedEarly.add(week);
      else stoppedEarly.delete(week);
      if (why !== undefined) unresolved.set(week, why);
      else unresolved.delete(week);
      if (result.edits.length === 0) continue;
      // The search confirmed the block on `parsePlan(applyEdits(current.text, result.edits))` and its diagnostics.
      current = moved ?? parsePlan(applyEdits(current.text, result.edits), current);
      diagnostics = moved ? after : undefined;
      moves.push(...result.moves);
      changed = true;
    }
    if (!changed) break;
  }
  const edits = lineDiff(plan.text, current.text);
  const why = [...unresolved].sort((a, b) => a[0] - b[0]).map(([week, reason]) => ({ week, why: reason }));
  const result: RescheduleResult = { edits, moves };
  if (stoppedEarly.size > 0) result.stoppedEarly = [...stoppedEarly].sort((a, b) => a - b);
  if (why.length > 0) result.unresolved = why;
  if (planWork.exhausted) {
    // The blocks still in conflict that the budget kept from being searched (each block's first week, one pass).
    const firstWeek = new Map<WeekBlock, number>();
    for (const week of current.weeks) if (!firstWeek.has(week.block)) firstWeek.set(week.block, week.number);
    const left = current.blocks
      .filter((block) => conflicted(block))
      .map((block) => firstWeek.get(block) ?? block.header?.from ?? 1)
      .filter((week) => !stoppedEarly.has(week));
    if (left.length > 0) result.unsearched = [...new Set(left)].sort((a, b) => a - b);
  }
  return result;
}

// Fix-all of a long plan, in windows (docs/robustness.md, "Fix-all in windows"). On the whole plan, a move that adds or
// removes a line (a session moved to a day not written yet) moves every position after it, so the whole text was read
// and checked again for each block: quadratic in the weeks. No rule reaches further than RULE_REACH weeks, so each
// block is searched on a plan of its own: the text of the block and of its neighbours (WINDOW_WEEKS weeks on each
// side), behind the plan's lines before its first week, read alone. The text is kept as one piece per block, so a
// move costs the window's text, not the plan's. Between passes the whole text is read and checked once.

/** Characters of text counted as one week of the whole-plan budget (a generated week is about 100 characters). */
const TEXT_PER_WEEK = 25;
/** Plans longer than this are fixed in windows (a plan of up to two years is searched whole, as ever). */
export const WINDOWED_FROM_WEEKS = 104;
/**
 * How many weeks before and after a block its window holds. A move inside a week keeps every weekly sum (minutes,
 * load, the longest run, the goal), so the rules that look further back (load-ramp, long-run-spike: up to 4 weeks)
 * report the same before and after it; what a move changes is seen by the day rules, which reach one week to each
 * side (rule meta). Two weeks hold those and the week beyond them.
 */
const WINDOW_WEEKS = Math.max(1, ...rules.filter((rule) => rule.meta.reach.byDay).flatMap((rule) => [rule.meta.reach.weeksBack, rule.meta.reach.weeksAhead])) + 1;
/** The plan's lines before its first week are read with every window: more than this and the plan is fixed whole. */
const MAX_LEAD_CHARACTERS = 4096;

/** A long plan cut into the text before its first week and one piece per week block (each from its `week` line). */
interface WeekChunks {
  lead: string;
  /** Per block (in text order): its text, up to the next block's `week` line. */
  texts: string[];
  /** Per block: its first and last week number. */
  from: number[];
  to: number[];
}

/**
 * The plan cut at its `week` lines, or undefined when a window could read any of it otherwise than the whole plan:
 * a syntax error, a block without a `week` line (days before the first one), week numbers not rising in text order,
 * two blocks on one line, a plan-wide statement (title, start, pace, a file-wide ignore) after the first week, a long
 * lead, or a bare `race pace` (steady or not depends on the longest run of the whole plan).
 */
function weekChunks(plan: Plan): WeekChunks | undefined {
  if (plan.singleWeek || plan.syntaxErrors.length > 0 || plan.blocks.length === 0) return undefined;
  const index = lineIndexFor(plan.text);
  const from: number[] = [];
  const to: number[] = [];
  const starts: number[] = [];
  let previousTo = 0;
  let sharedLine = false;
  for (const block of plan.blocks) {
    const header = block.header;
    if (!header || header.from <= previousTo || header.to < header.from) return undefined;
    // A block starts at its line (with the line's indent) or, on a line it shares, at its `week` after a `;`.
    const line = header.range.start.line;
    const before = index.lineText(line).slice(0, header.range.start.column).trimEnd();
    if (before !== '' && !before.endsWith(';')) return undefined;
    sharedLine ||= before !== '';
    from.push(header.from);
    to.push(header.to);
    starts.push(before === '' ? index.lineStart(line) : index.offsetAt(header.range.start));
    previousTo = header.to;
  }
  // A `# hybrid-ignore` covers its whole line: a line cut between windows would lose it for some of its sessions.
  if (sharedLine && plan.suppressions.some((s) => s.scope === 'line')) return undefined;
  const firstLine = plan.blocks[0]!.header!.range.start.line;
  const beforeFirst = (range: Range | undefined): boolean => range === undefined || range.end.line < firstLine;
  if (!beforeFirst(plan.title?.range) || !beforeFirst(plan.start?.range) || !beforeFirst(plan.pace?.range)) return undefined;
  if (plan.suppressions.some((s) => s.scope === 'file' && !beforeFirst(s.range))) return undefined;
  if (starts[0]! > MAX_LEAD_CHARACTERS) return undefined;
  for (const block of plan.blocks) {
    for (const statement of block.statements) {
      if (statement.type === 'day' && statement.sessions.some((s) => s.kind === 'run' && s.attributes.effortTarget?.value === 'race')) return undefined;
    }
  }
  const texts = starts.map((start, i) => plan.text.slice(start, starts[i + 1] ?? plan.text.length));
  return { lead: plan.text.slice(0, starts[0]), texts, from, to };
}

/** The goal of every week, as the whole plan reads it (a window starts with the one in force). */
function goalsByWeek(plan: Plan): Map<number, string | undefined> {
  return new Map(plan.weeks.map((week) => [week.number, week.goal]));
}

/** The goal the lead's own goal lines give the weeks (the last one written before the first week). */
function leadGoal(plan: Plan, firstLine: number): string | undefined {
  const lead = plan.goals.filter((goal) => goal.range.start.line < firstLine);
  return lead[lead.length - 1]?.goals[0]?.value;
}

function fixAllWindowed(plan: Plan, chunks: WeekChunks, config: ResolvedConfig | undefined, planWork: Budget, checked?: PlanDiagnostic[]): RescheduleResult | undefined {
  const { lead, texts, from, to } = chunks;
  const count = texts.length;
  const moves: ScheduleMove[] = [];
  const stoppedEarly = new Set<number>();
  const unresolved = new Map<number, string>();
  // The whole plan is read and checked once per pass (its weeks count against the budget), and not kept while the
  // windows are searched: a long plan's model held through the pass made every garbage collection slower.
  let whole: Plan | undefined = plan;
  let diagnostics: PlanDiagnostic[] | undefined = checked ?? checkPlan(plan, config);
  planWork.spend(plan.weeks.length);
  const bound = plan.blocks.length + diagnostics.filter(isBlocking).length;
  const goals = goalsByWeek(plan);
  const ownGoal = leadGoal(plan, plan.blocks[0]!.header!.range.start.line);

  /** The plan of block `i` and its neighbours: the lead (and the goal in force), then their text, read alone. */
  /** The blocks of block `i`'s window, and its weeks. */
  const windowRange = (i: number): { first: number; last: number; weeks: number } => {
    let first = i;
    while (first > 0 && from[i]! - to[first - 1]! <= WINDOW_WEEKS) first--;
    let last = i;
    while (last < count - 1 && from[last + 1]! - to[i]! <= WINDOW_WEEKS) last++;
    let weeks = 0;
    for (let k = first; k <= last; k++) weeks += to[k]! - from[k]! + 1;
    return { first, last, weeks };
  };
  const windowOf = (i: number): { window: Plan; block: WeekBlock; offset: number } | undefined => {
    const { first, last } = windowRange(i);
    // The goal in force before the window's first block: the lead's, or one written in an earlier block.
    const goal = first > 0 ? goals.get(to[first - 1]!) : ownGoal;
    let head = goal !== undefined && goal !== ownGoal ? `${lead}goal: ${goal}\n` : lead;
    for (let k = first; k < i; k++) head += texts[k];
    const text = head + texts.slice(i, last + 1).join('');
    // A window that is the whole plan as given (one long range of 520 weeks: one block) is the plan, read already.
    const window = text === plan.text ? plan : parsePlan(text, plan);
    const block = window.blocks.find((b) => b.header?.from === from[i]);
    if (!block || window.syntaxErrors.length > 0) return undefined;
    return { window, block, offset: head.length };
  };

  // Kept only when the first window is the whole plan (then `windowOf` may give the plan itself, checked already).
  const planDiagnostics = count > 0 && windowRange(0).last === count - 1 ? diagnostics : undefined;
  let dirty = new Set<number>();
  /** First weeks of the blocks in conflict that the budget kept from being searched. */
  const notSearched = new Set<number>();
  for (let pass = 0; pass <= bound; pass++) {
    let changed = false;
    const conflictedAtStart = blocksWithConflicts(whole!, diagnostics!);
    const atStart = new Set(whole!.blocks.flatMap((block, i) => (conflictedAtStart.has(block) ? [i] : [])));
    whole = diagnostics = undefined;
    for (let i = 0; i < count; i++) {
      const week = from[i]!;
      let found: ReturnType<typeof windowOf>;
      let windowDiagnostics: PlanDiagnostic[] | undefined;
      let conflicted = atStart.has(i);
      if (dirty.has(i)) {
        // A block after one that moved: its conflicts as they are now, on its own window.
        found = windowOf(i);
        if (!found) return undefined;
        const { window, block } = found;
        windowDiagnostics = checkPlan(window, config);
        conflicted = windowDiagnostics.some((d) => isBlocking(d) && inBlock(block, d));
      }
      if (!conflicted) {
        stoppedEarly.delete(week);
        unresolved.delete(week);
        continue;
      }
      // A window is read about twice (searched, then the move confirmed on its edited text); counted before it is read.
      if (!planWork.spend(2 * windowRange(i).weeks)) {
        notSearched.add(week);
        continue;
      }
      found ??= windowOf(i);
      if (!found) return undefined;
      const { window, block, offset } = found;
      const { result, stoppedEarly: stopped, why } = searchSafely(window, block, config, memo(() => windowDiagnostics ?? (window === plan && planDiagnostics ? planDiagnostics : checkPlan(window, config))));
      if (stopped) stoppedEarly.add(week);
      else stoppedEarly.delete(week);
      if (why !== undefined) unresolved.set(week, why);
      else unresolved.delete(week);
      if (result.edits.length === 0) continue;
      // The edits lie in the block's own text: it is replaced, the other pieces stay as they are.
      const end = offset + texts[i]!.length;
      const index = lineIndexFor(window.text);
      if (!result.edits.every((edit) => index.offsetAt(edit.range.start) >= offset && index.offsetAt(edit.range.end) <= end)) return undefined;
      const edited = applyEdits(window.text, result.edits);
      texts[i] = edited.slice(offset, edited.length - (window.text.length - end));
      moves.push(...result.moves);
      changed = true;
      for (let k = i + 1; k < count && from[k]! - to[i]! <= 1; k++) dirty.add(k);
    }
    dirty = new Set();
    // A move never adds a problem, so a block without conflicts keeps none: when every block searched was cleared,
    // another pass would find nothing to do (the whole search's next pass changes nothing), and once the budget is
    // spent no block can be searched again. Either way the whole text need not be read again.
    if (!changed || (unresolved.size === 0 && stoppedEarly.size === 0) || planWork.exhausted) break;
    whole = parsePlan(lead + texts.join(''), plan);
    diagnostics = checkPlan(whole, config);
    planWork.spend(whole.weeks.length);
  }
  const text = lead + texts.join('');
  const edits = lineDiff(plan.text, text);
  const why = [...unresolved].sort((a, b) => a[0] - b[0]).map(([week, reason]) => ({ week, why: reason }));
  const result: RescheduleResult = { edits, moves };
  if (stoppedEarly.size > 0) result.stoppedEarly = [...stoppedEarly].sort((a, b) => a - b);
  if (why.length > 0) result.unresolved = why;
  if (planWork.exhausted) {
    // The blocks still in conflict: those the budget kept from a search, and those searched but not cleared (a move
    // never adds a problem, so no other block is in conflict); without the ones whose search stopped early.
    const left = [...notSearched, ...unresolved.keys()].filter((week) => !stoppedEarly.has(week));
    if (left.length > 0) result.unsearched = [...new Set(left)].sort((a, b) => a - b);
  }
  return result;
}

function memo<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}
