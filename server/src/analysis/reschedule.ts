// Fix-all: reschedule each week block so that no error or warning of the scheduling rules is left, where some
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
// A block with a syntax error is left alone (its days are not all known).
// Blocks are fixed one after the other on the updated plan, in passes until nothing changes, so running the
// fix-all twice changes nothing the second time.
import type { Day, Plan, Position, Range, Session, Statement, Week, Weekday, WeekBlock } from '../language/model';
import { WEEKDAY_NAMES } from '../language/model';
import type { PlanDiagnostic, ResolvedConfig, TextEdit } from '../rules/types';
import { parsePlan } from '../language/parser';
import { LineIndex, lineIndexFor, rangeContains } from '../language/text';
import { checkPlan, compareDiagnostics, rules } from '../rules/registry';
import { startGap } from '../rules/helpers';
import { defaultConfig } from '../rules/config';
import { classify } from './classify';
import { applyEdits, isBareRest, rearrange, sessionAt, type SessionMove } from './edits';
import { Budget, RESCHEDULE_BUDGET } from '../budgets';

/** The rules the fix-all clears. */
export const SCHEDULING_RULES: ReadonlySet<string> = new Set([
  'hard-same-day',
  'hard-after-heavy-legs',
  'back-to-back-hard',
  'same-day-spacing',
  'session-order',
]);


export interface ScheduleMove {
  /** The first week of the block the move was made in. */
  week: number;
  /** Weekday names: `Mon` … `Sun`. */
  from: string;
  to: string;
  /** The session's text. */
  session: string;
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
}

/** Rules whose findings depend on which day a session is on (the others count per week, which moves keep). */
const DAY_RULES: ReadonlySet<string> = new Set([...SCHEDULING_RULES, 'rest-days']);

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

type Counts = Map<string, number>;

const ruleWeekKey = (rule: string, week: number | undefined): string => `${rule}\u0000${week ?? ''}`;

/** What a diagnostic is about, stable under moves: its rule, severity, week and the text it sits on (sessions move verbatim). */
type Identify = (d: PlanDiagnostic) => string;

function identifyIn(text: string | undefined): Identify {
  if (text === undefined) return (d) => `${d.rule}\u0000${d.severity}\u0000${d.week ?? ''}`;
  const index = lineIndexFor(text);
  return (d) => `${d.rule}\u0000${d.severity}\u0000${d.week ?? ''}\u0000${text.slice(index.offsetAt(d.range.start), index.offsetAt(d.range.end))}`;
}

function countBy(diagnostics: readonly PlanDiagnostic[], key: (d: PlanDiagnostic) => string): Counts {
  const counts: Counts = new Map();
  for (const d of diagnostics) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return counts;
}

/**
 * True when `after` has no warning or error (and no diagnostic of `rule`) that `before` did not have. A diagnostic is
 * the same when its rule, severity, week and the text it sits on are: trading one session's warning for another
 * session's warning of the same rule is a new warning. Without the texts, counts per rule, severity and week decide.
 */
export function addsNoProblem(
  before: readonly PlanDiagnostic[],
  after: readonly PlanDiagnostic[],
  rule?: string,
  texts?: { before: string; after: string },
): boolean {
  const identifyBefore = identifyIn(texts?.before);
  const identifyAfter = texts ? identifyIn(texts.after) : identifyBefore;
  return addsNoProblemBy(before, after, rule, identifyBefore, identifyAfter);
}

function addsNoProblemBy(
  before: readonly PlanDiagnostic[],
  after: readonly PlanDiagnostic[],
  rule: string | undefined,
  identifyBefore: Identify,
  identifyAfter: Identify,
): boolean {
  const counts = countBy(before, identifyBefore);
  const afterCounts = countBy(after, identifyAfter);
  for (const d of after) {
    if (d.severity === 'info' && d.rule !== rule) continue;
    const key = identifyAfter(d);
    if ((afterCounts.get(key) ?? 0) > (counts.get(key) ?? 0)) return false;
  }
  return true;
}

/** True when the diagnostic's rule reports fewer diagnostics in its week than before. */
export function removesDiagnostic(before: readonly PlanDiagnostic[], after: readonly PlanDiagnostic[], target: PlanDiagnostic): boolean {
  const key = ruleWeekKey(target.rule, target.week);
  const ruleWeek = (d: PlanDiagnostic): string => ruleWeekKey(d.rule, d.week);
  return (countBy(after, ruleWeek).get(key) ?? 0) < (countBy(before, ruleWeek).get(key) ?? 0);
}

/** True for a plain `{start, end}` range (as rules put into `diagnostic.data`). */
export function isRange(value: unknown): value is Range {
  const r = value as Range | undefined;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.start?.line === 'number' &&
    typeof r.start?.column === 'number' &&
    typeof r.end?.line === 'number' &&
    typeof r.end?.column === 'number'
  );
}

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

/** Days between two weekdays; a file without `week` lines wraps Sunday → Monday. */
export function dayDistance(plan: Plan, a: number, b: number): number {
  const d = Math.abs(a - b);
  return plan.singleWeek ? Math.min(d, 7 - d) : d;
}

function blockSessions(block: WeekBlock): Session[] {
  const sessions: Session[] = [];
  for (const statement of block.statements) if (statement.type === 'day') sessions.push(...statement.sessions);
  return sessions;
}

/** A block's days after a change, in the model: the sessions each day holds (`week` gives the other days). */
export type Arrangement = (day: Day, week: Week) => Day;

/** The model of the text `rearrange` writes for these moves. */
export function movesArrangement(moves: readonly SessionMove[]): Arrangement {
  const outgoing = new Set(moves.map((m) => m.session));
  const incoming = new Map<Weekday, Session[]>();
  const ordered = [...moves].sort(
    (a, b) => a.session.range.start.line - b.session.range.start.line || a.session.range.start.column - b.session.range.start.column,
  );
  for (const move of ordered) incoming.set(move.to, [...(incoming.get(move.to) ?? []), move.session]);
  return (day) => {
    const arriving = incoming.get(day.weekday);
    const staying = day.sessions.filter((s) => !outgoing.has(s));
    if (!arriving && staying.length === day.sessions.length) return day;
    const sessions = arriving ? [...staying.filter((s) => !isBareRest(s)), ...arriving] : staying;
    return { ...day, sessions };
  };
}

/** The model of `swapDays`: the two days exchange their sessions. */
export function swapArrangement(a: Weekday, b: Weekday): Arrangement {
  return (day, week) => {
    if (day.weekday !== a && day.weekday !== b) return day;
    const other = week.days[day.weekday === a ? b : a];
    return other ? { ...day, sessions: other.sessions } : day;
  };
}

/** Per plan, the indices in `plan.weeks` of each block's weeks: built once, not per screening (fix-all asks per block). */
const weekIndicesCache = new WeakMap<Plan, { weeks: readonly Week[]; byBlock: Map<WeekBlock, number[]> }>();

function blockWeekIndices(plan: Plan, block: WeekBlock): number[] {
  let cached = weekIndicesCache.get(plan);
  if (!cached || cached.weeks !== plan.weeks) {
    const byBlock = new Map<WeekBlock, number[]>();
    plan.weeks.forEach((w, i) => {
      const list = byBlock.get(w.block);
      if (list) list.push(i);
      else byBlock.set(w.block, [i]);
    });
    cached = { weeks: plan.weeks, byBlock };
    weekIndicesCache.set(plan, cached);
  }
  return cached.byBlock.get(block) ?? [];
}

/** The block's weeks and one week on each side: all that a change inside the block can alter day by day. */
function weeksAround(plan: Plan, block: WeekBlock): Week[] {
  const indices = blockWeekIndices(plan, block);
  if (indices.length === 0) return [];
  const first = Math.max(0, (indices[0] as number) - 1);
  const last = Math.min(plan.weeks.length - 1, (indices[indices.length - 1] as number) + 1);
  return plan.weeks.slice(first, last + 1);
}

/**
 * Checks the plan with one block's days re-arranged in the model, on the weeks around the block, without writing or
 * re-parsing text. Moving sessions inside a week changes no weekly total, so this sees every change such a move
 * makes (counts per rule, severity and week compare with `checkArranged` of the unchanged block).
 */
export function checkArranged(plan: Plan, block: WeekBlock, arrangement: Arrangement | undefined, config?: ResolvedConfig): PlanDiagnostic[] {
  const weeks = weeksAround(plan, block).map((week) =>
    week.block === block && arrangement ? { ...week, days: week.days.map((day) => arrangement(day, week)) } : week,
  );
  return checkPlan({ ...plan, weeks }, config);
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
}

const emptyTally = (): DayTally => ({ hard: 0, heavyLegs: 0, longOrQuality: 0, legHard: 0, training: 0, timed: [] });

function addToTally(tally: DayTally, session: Session, sign: 1 | -1): void {
  const c = classify(session);
  if (c.hard) tally.hard += sign;
  if (c.heavyLegs) tally.heavyLegs += sign;
  if (c.longRun || c.qualityRun) tally.longOrQuality += sign;
  if (c.legHard) tally.legHard += sign;
  if (!c.restLike) tally.training += sign;
  if ((session.kind === 'run' || session.kind === 'gym') && session.attributes.time) {
    tally.timed = sign > 0 ? [...tally.timed, session] : tally.timed.filter((s) => s !== session);
  }
}

function tallyOf(sessions: readonly Session[]): DayTally {
  const tally = emptyTally();
  for (const session of sessions) addToTally(tally, session, 1);
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
  /** The block's days with these sessions taken out, or undefined when that already fails. */
  without(sessions: readonly Session[]): DayTally[] | undefined;
  /** The days with one session added on a weekday, or undefined when that fails. */
  with(days: readonly DayTally[], session: Session, weekday: number): DayTally[] | undefined;
}

function quickTest(plan: Plan, block: WeekBlock, config: ResolvedConfig): QuickTest {
  const judged = (id: string): boolean =>
    blockingSeverity(config, id) && !plan.suppressions.some((s) => s.rules.length === 0 || s.rules.includes(id));
  const sameDay = judged('hard-same-day');
  const afterLegs = judged('hard-after-heavy-legs');
  const backToBack = judged('back-to-back-hard');
  const spacing = judged('same-day-spacing');
  const spacingMinutes = (config['same-day-spacing']?.options.hours ?? 6) * 60;
  const base: DayTally[] = Array.from({ length: 7 }, emptyTally);
  for (const statement of block.statements) {
    if (statement.type === 'day') for (const session of statement.sessions) addToTally(base[statement.weekday] as DayTally, session, 1);
  }
  const keepRestDay = judged('rest-days') && base.some((t) => t.training === 0);
  // Sunday is followed by Monday of the same block in a single-week file and in a repeated block.
  const wraps = plan.singleWeek || (block.header !== undefined && block.header.to > block.header.from);
  const after = (day: number): number | undefined => (day + 1 < 7 ? day + 1 : wraps ? 0 : undefined);
  const followsBadly = (today: DayTally, tomorrow: DayTally): boolean =>
    (afterLegs && today.heavyLegs > 0 && tomorrow.longOrQuality > 0) || (backToBack && today.legHard > 0 && tomorrow.legHard > 0);
  const tooClose = (day: DayTally): boolean =>
    day.timed.some((a) =>
      day.timed.some((b) => {
        if (a.kind !== 'run' || b.kind !== 'gym') return false;
        const gap = startGap(a, b);
        return gap.kind === 'same-period' || (gap.kind === 'exact' && gap.minutes < spacingMinutes);
      }),
    );
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
  const fits = (days: readonly DayTally[]): boolean => {
    if (keepRestDay && !days.some((t) => t.training === 0)) return false;
    if (beforeTally && followsBadly(beforeTally, days[0] as DayTally)) return false;
    if (nextTally && followsBadly(days[6] as DayTally, nextTally)) return false;
    for (let day = 0; day < 7; day++) {
      const today = days[day] as DayTally;
      if (sameDay && (today.hard >= 2 || (today.heavyLegs > 0 && today.longOrQuality > 0))) return false;
      if (spacing && today.timed.length > 1 && tooClose(today)) return false;
      const following = after(day);
      if (following === undefined) continue;
      const tomorrow = days[following] as DayTally;
      if (followsBadly(today, tomorrow)) return false;
      const third = after(following);
      if (backToBack && third !== undefined && third !== day && today.hard > 0 && tomorrow.hard > 0 && (days[third] as DayTally).hard > 0) {
        return false;
      }
    }
    return true;
  };
  // Every pattern only gets worse when a session is added: a failing partial arrangement fails whatever follows.
  return {
    without(sessions) {
      const days = base.map((t) => ({ ...t }));
      for (const session of sessions) addToTally(days[session.entry.weekday] as DayTally, session, -1);
      return fits(days) ? days : undefined;
    },
    with(days, session, weekday) {
      const next = days.map((t, i) => (i === weekday ? { ...t } : t));
      addToTally(next[weekday] as DayTally, session, 1);
      return fits(next) ? next : undefined;
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
function* touchingSets(count: number, size: number, mustTouch: readonly (readonly number[])[], budget: Budget): Generator<number[]> {
  const seen = new Set<string>();
  function* grow(chosen: readonly number[]): Generator<number[]> {
    const open = mustTouch.find((conflict) => !conflict.some((i) => chosen.includes(i)));
    if (open) {
      if (chosen.length === size) return;
      for (const i of open) {
        yield* grow([...chosen, i]);
        if (budget.exhausted) return;
      }
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
): Candidate[] | undefined {
  const training = trainingPerDay(block);
  const candidates: Candidate[] = [];
  for (const indices of touchingSets(movable.length, size, mustTouch, sets)) {
    const chosen = indices.map((i) => movable[i] as Session);
    const start = quick.without(chosen);
    if (!start) continue;
    const assign = (k: number, state: DayTally[], moves: SessionMove[], distance: number, days: number[]): void => {
      if (candidates.length > RESCHEDULE_BUDGET.arrangements) return;
      if (k === chosen.length) {
        candidates.push({ moves, distance, stacked: stackedMoves(training, moves), order: [...indices, ...days] });
        return;
      }
      const session = chosen[k] as Session;
      for (let day = 0; day < 7; day++) {
        if (day === session.entry.weekday) continue;
        const next = quick.with(state, session, day);
        if (!next) continue;
        assign(k + 1, next, [...moves, { session, to: day as Weekday }], distance + dayDistance(plan, day, session.entry.weekday), [...days, day]);
      }
    };
    assign(0, start, [], 0, []);
    if (candidates.length > RESCHEDULE_BUDGET.arrangements) return undefined;
  }
  if (sets.exhausted) return undefined;
  candidates.sort((a, b) => a.stacked - b.stacked || a.distance - b.distance || compareLists(a.order, b.order));
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
  const { result, stoppedEarly } = searchSafely(plan, block, config, () => diagnostics ?? checkPlan(plan, config));
  return stoppedEarly ? { ...result, stoppedEarly: [firstWeekOf(plan, block)] } : result;
}

/** A block's result, with the edited plan and its diagnostics when it changed (fix-all goes on from them). */
interface Searched {
  result: { edits: TextEdit[]; moves: ScheduleMove[] };
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

function searchWeek(plan: Plan, block: WeekBlock, config: ResolvedConfig | undefined, diagnose: Diagnose): Searched {
  const none: Searched = { result: { edits: [], moves: [] } };
  const blockIndex = plan.blocks.indexOf(block);
  if (blockIndex < 0) return none;
  // A block with a syntax error is left alone: a session the parser could not read (`Tue: gim upper`) would look
  // like a free day and get company.
  if (plan.syntaxErrors.some((e) => rangeContains(block.range, e.range.start))) return none;
  const before = diagnose();
  const conflicts = before.filter((d) => isBlocking(d) && inBlock(block, d));
  if (conflicts.length === 0) return none;

  const movable = blockSessions(block).filter((s) => s.kind !== 'rest' && !classify(s).restLike);
  const movableIndex = new Map(movable.map((s, i) => [s, i]));
  const mustTouch = conflicts.map((d) => [...new Set(conflictSessions(plan, d).flatMap((s) => movableIndex.get(s) ?? []))]);
  if (mustTouch.some((set) => set.length === 0)) return none;

  const weekIndices = blockWeekIndices(plan, block);
  if (weekIndices.length === 0) return none;
  // Screen on the model, with only the day rules: moves inside a week change no weekly total.
  const screening = screeningConfig(config);
  const screen = (moves: readonly SessionMove[]): PlanDiagnostic[] => checkArranged(plan, block, movesArrangement(moves), screening);
  const nearbyBefore = checkArranged(plan, block, undefined, screening);

  const quick = quickTest(plan, block, config ?? defaultConfig());
  const stopped: Searched = { ...none, stoppedEarly: true };
  const sets = new Budget(RESCHEDULE_BUDGET.sessionSets);
  const screenings = new Budget(RESCHEDULE_BUDGET.screenings);
  let confirmations = 0;
  for (let size = 1; size <= Math.min(RESCHEDULE_BUDGET.maxMoved, movable.length); size++) {
    const candidates = candidatesOfSize(plan, block, movable, size, mustTouch, quick, sets);
    if (!candidates) return stopped;
    for (const candidate of candidates) {
      if (!screenings.spend() || confirmations >= RESCHEDULE_BUDGET.confirmations) return stopped;
      const screened = screen(candidate.moves);
      if (screened.some((d) => isBlocking(d) && inBlock(block, d))) continue;
      if (!addsNoProblem(nearbyBefore, screened, undefined, { before: plan.text, after: plan.text })) continue;
      confirmations++;
      const edits = rearrange(plan, block, candidate.moves);
      const movedText = applyEdits(plan.text, edits);
      const spliced = reparseBlock(plan, block, movedText, edits);
      const moved = spliced ?? parsePlan(movedText);
      const movedBlock = moved.blocks[blockIndex];
      const checked = spliced ? checkMoved(plan, block, before, spliced, config) : undefined;
      const after = checked?.after ?? checkPlan(moved, config);
      if (!movedBlock || after.some((d) => isBlocking(d) && inBlock(movedBlock, d))) continue;
      // Diagnostics taken over read the same in both texts: only the re-checked ones can differ.
      const adds = checked?.local
        ? !addsNoProblemBy(checked.local.dropped, checked.local.added, undefined, identifyIn(plan.text), identifyMovedBlock(plan, block, movedText))
        : !addsNoProblem(before, after, undefined, { before: plan.text, after: movedText });
      if (adds) continue;
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
    }
  }
  return none;
}

/** Index of the first item that starts on `line` or later, in a list sorted by start line. */
function firstIndexFrom(items: readonly { range: Range }[], line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((items[mid] as { range: Range }).range.start.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `parsePlan(movedText)` when `movedText` differs from `plan.text` only inside the lines of `block` (a `week` block)
 * and has as many lines there: only those lines are parsed (as a text of blank lines up to them, so every position is
 * the same), and the rest of the model is taken over, as it would read the same. Undefined whenever that does not
 * hold for sure (a line added or removed, a syntax error, anything but the block on its lines, another goal, …):
 * the caller then parses the whole text.
 */
export function reparseBlock(plan: Plan, block: WeekBlock, movedText: string, edits?: readonly TextEdit[]): Plan | undefined {
  const header = block.header;
  if (plan.singleWeek || !header || plan.syntaxErrors.length > 0) return undefined;
  const firstLine = block.range.start.line;
  const lastLine = block.range.end.line;
  const index = lineIndexFor(plan.text);
  const start = index.lineStart(firstLine);
  const end = index.lineEnd(lastLine);
  const tail = plan.text.length - end;
  const movedEnd = movedText.length - tail;
  if (movedEnd < start) return undefined;
  // When `movedText` came from edits that all lie on the block's lines, the text before and after them is the same
  // by construction; else compare it (two passes over the whole text, which made fix-all of a long plan quadratic).
  const editedInside = edits !== undefined && edits.every((edit) => edit.range.start.line >= firstLine && edit.range.end.line <= lastLine);
  if (!editedInside && (movedText.slice(0, start) !== plan.text.slice(0, start) || movedText.slice(movedEnd) !== plan.text.slice(end))) {
    return undefined;
  }
  const region = movedText.slice(start, movedEnd);
  const sub = parsePlan('\n'.repeat(firstLine) + region);
  const subBlock = sub.blocks[0];
  const subHeader = subBlock?.header;
  if (!subBlock || !subHeader || sub.blocks.length !== 1 || sub.syntaxErrors.length > 0 || sub.title || sub.start) return undefined;
  if (subHeader.from !== header.from || subHeader.to !== header.to || subBlock.range.end.line !== lastLine) return undefined;
  // Same number of lines in the block, so everything after it keeps its position.
  if (new LineIndex(region).lineCount !== lastLine - firstLine + 1) return undefined;
  // The same goals, so the goal in force is the same in every week.
  const goalsOf = (statements: readonly Statement[]): string =>
    statements.flatMap((st) => (st.type === 'goal' ? [st.goals.map((g) => g.value).join(',')] : [])).join(';');
  if (goalsOf(sub.statements) !== goalsOf(block.statements) || sub.goals.length !== block.statements.filter((st) => st.type === 'goal').length) {
    return undefined;
  }
  // The plan's statements, goals, comments and suppressions are in text order: the block's share is found by two
  // binary searches and the rest copied around the replacement (filtering every list per candidate made fix-all of a
  // long plan quadratic).
  const splice = <T extends { range: Range }>(all: readonly T[], replacement: readonly T[]): T[] => {
    const from = firstIndexFrom(all, firstLine);
    const to = firstIndexFrom(all, lastLine + 1);
    return all.slice(0, from).concat(replacement, all.slice(to));
  };
  const subWeeks = new Map(sub.weeks.map((w) => [w.number, w]));
  const weeks: Week[] = [];
  for (const week of plan.weeks) {
    if (week.block !== block) {
      weeks.push(week);
      continue;
    }
    const subWeek = subWeeks.get(week.number);
    if (!subWeek) return undefined;
    const moved: Week = { number: week.number, block: subBlock, repeatIndex: week.repeatIndex, days: subWeek.days };
    moved.goal = week.goal;
    weeks.push(moved);
  }
  return {
    ...plan,
    text: movedText,
    goals: splice(plan.goals, sub.goals),
    statements: splice(plan.statements, sub.statements),
    blocks: plan.blocks.map((b) => (b === block ? subBlock : b)),
    weeks,
    comments: splice(plan.comments, sub.comments),
    suppressions: splice(plan.suppressions, sub.suppressions),
    syntaxErrors: [],
  };
}

/** How many weeks a rule looks across: 4 back (long-run-spike), 3 back (load-ramp), 1 ahead (the next day). */
const RULE_REACH = 4;

const diagnosticKey = (d: PlanDiagnostic): string => `${d.rule}\u0000${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}\u0000${d.message}`;

/**
 * `checkPlan(moved, config)` for a plan whose only change is the arrangement of `block`'s days (`before` being
 * `checkPlan(plan, config)`): the diagnostics of the block's weeks and of the week after it (whose Monday follows the
 * block's Sunday) are checked again on the weeks around them, the others are taken over. Whenever the weeks around do
 * not show that for sure — a diagnostic outside those weeks that reads differently, the changed weeks not seen as the
 * whole plan sees them, a repeated week number — the whole plan is checked.
 */
interface CheckedMove {
  after: PlanDiagnostic[];
  /** When only the weeks around the block were checked again: their diagnostics before and after. */
  local?: { dropped: PlanDiagnostic[]; added: PlanDiagnostic[] };
}

function checkMoved(plan: Plan, block: WeekBlock, before: PlanDiagnostic[], moved: Plan, config: ResolvedConfig | undefined): CheckedMove {
  const full = (): CheckedMove => ({ after: checkPlan(moved, config) });
  const indices = blockWeekIndices(plan, block);
  if (indices.length === 0 || moved.weeks.length !== plan.weeks.length) return full();
  const first = indices[0] as number;
  const last = indices[indices.length - 1] as number;
  const low = Math.max(0, first - RULE_REACH);
  const high = Math.min(plan.weeks.length - 1, last + RULE_REACH);
  const changed = new Set<number>();
  for (let i = low; i <= high; i++) {
    const number = (plan.weeks[i] as Week).number;
    if ((moved.weeks[i] as Week).number !== number || (i > low && (plan.weeks[i - 1] as Week).number === number)) return full();
  }
  for (let i = first; i <= Math.min(last + 1, high); i++) changed.add((plan.weeks[i] as Week).number);
  // A week number outside the window equal to a changed one (a week written twice) would mix diagnostics up.
  if ((low > 0 && changed.has((plan.weeks[low - 1] as Week).number)) || (high + 1 < plan.weeks.length && changed.has((plan.weeks[high + 1] as Week).number))) {
    return full();
  }
  const inChanged = (d: PlanDiagnostic): boolean => d.week !== undefined && changed.has(d.week);
  const localBefore = checkPlan({ ...plan, weeks: plan.weeks.slice(low, high + 1) }, config);
  const localAfter = checkPlan({ ...moved, weeks: moved.weeks.slice(low, high + 1) }, config);
  const same = (a: readonly PlanDiagnostic[], b: readonly PlanDiagnostic[]): boolean => JSON.stringify(a) === JSON.stringify(b);
  if (!same(localBefore.filter((d) => !inChanged(d)), localAfter.filter((d) => !inChanged(d)))) return full();
  const kept: PlanDiagnostic[] = [];
  const dropped: PlanDiagnostic[] = [];
  for (const d of before) (inChanged(d) ? dropped : kept).push(d);
  if (!same(localBefore.filter(inChanged), dropped)) return full();
  const added = localAfter.filter(inChanged);
  // The whole check reports one diagnostic per rule, range and message: one taken over must not repeat a new one.
  const addedLines = new Set(added.map((d) => d.range.start.line));
  const addedKeys = new Set(added.map(diagnosticKey));
  if (kept.some((d) => addedLines.has(d.range.start.line) && addedKeys.has(diagnosticKey(d)))) return full();
  // Both lists are sorted and share no diagnostic: merge them.
  const after: PlanDiagnostic[] = [];
  let k = 0;
  for (const d of added) {
    while (k < kept.length && compareDiagnostics(kept[k] as PlanDiagnostic, d) <= 0) after.push(kept[k++] as PlanDiagnostic);
    after.push(d);
  }
  while (k < kept.length) after.push(kept[k++] as PlanDiagnostic);
  return { after, local: { dropped, added } };
}

/**
 * `identifyIn(movedText)` for a text that differs from `plan.text` only on the lines of `block`, with as many lines
 * there (what `reparseBlock` accepts): offsets come from the plan's line index and the block's lines, not from an
 * index of the whole new text.
 */
function identifyMovedBlock(plan: Plan, block: WeekBlock, movedText: string): Identify {
  const index = lineIndexFor(plan.text);
  const firstLine = block.range.start.line;
  const lastLine = block.range.end.line;
  const start = index.lineStart(firstLine);
  const delta = movedText.length - plan.text.length;
  const region = new LineIndex(movedText.slice(start, index.lineEnd(lastLine) + delta));
  const offsetAt = (p: Position): number =>
    p.line < firstLine
      ? index.offsetAt(p)
      : p.line > lastLine
        ? index.offsetAt(p) + delta
        : start + region.offsetAt({ line: p.line - firstLine, column: p.column });
  return (d) => `${d.rule}\u0000${d.severity}\u0000${d.week ?? ''}\u0000${movedText.slice(offsetAt(d.range.start), offsetAt(d.range.end))}`;
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
export function fixAll(plan: Plan, config?: ResolvedConfig): RescheduleResult {
  let current = plan;
  // The diagnostics of `current`, computed once per version of the plan (not once per block).
  let diagnostics: PlanDiagnostic[] | undefined;
  const diagnose: Diagnose = () => (diagnostics ??= checkPlan(current, config));
  const moves: ScheduleMove[] = [];
  const stoppedEarly = new Set<number>();
  // A block left alone may become solvable once a later block has moved; passes repeat until none changes anything,
  // so the result is a fixed point (a second fix-all changes nothing). Every change clears conflicts and adds none,
  // so this ends; the bound only guards against a rule that would not keep to that.
  for (let pass = 0; pass <= plan.blocks.length; pass++) {
    let changed = false;
    for (let i = 0; i < current.blocks.length; i++) {
      const block = current.blocks[i];
      if (!block) break;
      const { result, moved, after, stoppedEarly: stopped } = searchSafely(current, block, config, diagnose);
      // Only the last search of a block counts: one that stopped early may succeed once a later block has moved.
      if (stopped) stoppedEarly.add(firstWeekOf(current, block));
      else stoppedEarly.delete(firstWeekOf(current, block));
      if (result.edits.length === 0) continue;
      // The search confirmed the block on `parsePlan(applyEdits(current.text, result.edits))` and its diagnostics.
      current = moved ?? parsePlan(applyEdits(current.text, result.edits));
      diagnostics = moved ? after : undefined;
      moves.push(...result.moves);
      changed = true;
    }
    if (!changed) break;
  }
  const edits = lineDiff(plan.text, current.text);
  return stoppedEarly.size > 0 ? { edits, moves, stoppedEarly: [...stoppedEarly].sort((a, b) => a - b) } : { edits, moves };
}
