// The week view's server side: the view model of a document (weeks × 7 days × session chips with their class
// and conflicts, the weekly load chart) and the check of a drag-and-drop move before the client applies it.
// Requests: `hybrid/weekView` → WeekViewModel, `hybrid/checkMove` → MoveCheck, `hybrid/export` → ExportReply.
// The model builders are pure (plan in, data out); `registerWeekView` only wires them to the connection.
import { classify, isRestDay } from '../analysis/classify';
import { computeTotals, type WeekTotals } from '../analysis/totals';
import { applyEdits, moveSession } from '../analysis/edits';
import { exportCalendar, exportJson, classWords, dateOf } from '../analysis/export';
import { parsePlan } from '../language/parser';
import { checkPlan, ruleById } from '../rules/registry';
import {
  WEEKDAY_FULL_NAMES,
  WEEKDAY_NAMES,
  type Plan,
  type Position,
  type Range,
  type Session,
  type Week,
  type Weekday,
} from '../language/model';
import type { PlanDiagnostic, ResolvedConfig, Severity, TextEdit } from '../rules/types';
import type { ServerContext } from './context';
import { summaryLine } from './present';

// ---------------------------------------------------------------------------------------------------------------
// View model (shared with the client: `client/src/weekView/` imports these types).

/** The chip colour of a session: its most telling class. */
export type ChipClass =
  | 'heavy-legs'
  | 'hard-gym'
  | 'gym'
  | 'quality-run'
  | 'long-run'
  | 'easy-run'
  | 'hard-cross'
  | 'cross'
  | 'rest';

export interface WeekViewConflict {
  rule: string;
  severity: Severity;
  message: string;
  /** The guide's words the rule comes from (rule meta `reason`). */
  reason: string;
  /** The week the checker found it in (a repeated block reports its first). */
  week?: number;
}

export interface WeekViewSession {
  /** `line:column` of the session's first character: how the client names a session in messages. */
  id: string;
  text: string;
  kind: Session['kind'];
  chip: ChipClass;
  /** What it counts as, in plan words (`heavy legs`, `hard gym`). */
  classes: string[];
  minutes: number;
  rpe: number;
  load: number;
  range: Range;
  conflicts: WeekViewConflict[];
}

export interface WeekViewDay {
  weekday: Weekday;
  name: (typeof WEEKDAY_NAMES)[number];
  fullName: (typeof WEEKDAY_FULL_NAMES)[number];
  /** ISO date, when the plan has `start:`. */
  date?: string;
  rest: boolean;
  load: number;
  sessions: WeekViewSession[];
}

export interface WeekViewWeek {
  number: number;
  label?: string;
  goal?: string;
  /** For a repeated block (`week 2-4`): its first and last week. */
  repeats?: { from: number; to: number };
  /** Line of the week header (or of the week's first statement), to reveal it. */
  line: number;
  /** One line of totals, as the code lens writes it: `3 gym (1 heavy) · 2 runs (1 quality) · 2 rest days · load 1 920`. */
  summary: string;
  load: number;
  days: WeekViewDay[];
  /** Conflicts that sit on the week itself (header or a non-session line): rest days, load ramp, … */
  conflicts: WeekViewConflict[];
}

/** One bar of the weekly load chart and its acute:chronic band. */
export interface LoadPoint {
  week: number;
  load: number;
  /** Mean load of the previous 3 weeks (from the 4th week on). */
  chronic?: number;
  /** Band: 0.8× and 1.5× the chronic load. */
  low?: number;
  high?: number;
  status: 'no-history' | 'below' | 'in-band' | 'above';
}

export interface WeekViewModel {
  uri: string;
  version: number;
  title?: string;
  start?: string;
  syntaxErrors: number;
  weeks: WeekViewWeek[];
  loads: LoadPoint[];
  /** Conflicts on lines outside any week (e.g. `main-goal` on the first line). */
  planConflicts: WeekViewConflict[];
}

/** The acute:chronic band of the chart (Gabbett 2016): 0.8–1.5× the mean load of the previous 3 weeks. */
export const BAND_LOW = 0.8;
export const BAND_HIGH = 1.5;
export const CHRONIC_WEEKS = 3;

// ---------------------------------------------------------------------------------------------------------------
// Building the view model.

function chipOf(session: Session): ChipClass {
  if (session.kind === 'rest') return 'rest';
  const sessionClass = classify(session);
  if (session.kind === 'gym') return sessionClass.heavyLegs ? 'heavy-legs' : sessionClass.hardGym ? 'hard-gym' : 'gym';
  if (session.kind === 'run') {
    if (sessionClass.qualityRun) return 'quality-run';
    return sessionClass.longRun ? 'long-run' : 'easy-run';
  }
  return sessionClass.hardCross || sessionClass.hardOther ? 'hard-cross' : 'cross';
}

export function sessionId(position: Position): string {
  return `${position.line}:${position.column}`;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.column < q.column);
  // Empty ranges (a point) count when they sit inside or at the start of the other range.
  if (a.start.line === a.end.line && a.start.column === a.end.column) return !before(a.start, b.start) && before(a.start, b.end);
  return before(a.start, b.end) && before(b.start, a.end);
}

function conflictOf(diagnostic: PlanDiagnostic): WeekViewConflict {
  const conflict: WeekViewConflict = {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message,
    reason: ruleById(diagnostic.rule)?.meta.reason ?? '',
  };
  if (diagnostic.week !== undefined) conflict.week = diagnostic.week;
  return conflict;
}

/** The chart's points: each week's load against the mean of its previous 3 weeks. */
export function loadPoints(weeks: { number: number; load: number }[]): LoadPoint[] {
  return weeks.map((week, index) => {
    if (index < CHRONIC_WEEKS) return { week: week.number, load: week.load, status: 'no-history' as const };
    const previous = weeks.slice(index - CHRONIC_WEEKS, index);
    const chronic = previous.reduce((sum, item) => sum + item.load, 0) / CHRONIC_WEEKS;
    const low = chronic * BAND_LOW;
    const high = chronic * BAND_HIGH;
    const status = week.load > high ? 'above' : week.load < low ? 'below' : 'in-band';
    return { week: week.number, load: week.load, chronic, low, high, status };
  });
}

function weekLine(week: Week): number {
  return week.block.header?.range.start.line ?? week.block.range.start.line;
}

/** Whether a diagnostic concerns `week`: a repeated block's diagnostic is reported once, for the first week it was found
 *  in, and concerns the block's repeats from that week on. */
function concernsWeek(diagnostic: PlanDiagnostic, week: Week): boolean {
  return diagnostic.week === undefined || week.number >= diagnostic.week;
}

function rangeInBlock(range: Range, week: Week): boolean {
  const block = week.block.range;
  return range.start.line >= block.start.line && range.start.line <= block.end.line;
}

/** The week view of a plan: what the webview draws. */
export function buildWeekView(
  plan: Plan,
  diagnostics: PlanDiagnostic[],
  document: { uri: string; version: number },
): WeekViewModel {
  const totals = computeTotals(plan);
  const start = plan.start?.date;
  const conflicts = diagnostics.filter((diagnostic) => diagnostic.rule !== 'syntax');
  const placed = new Set<PlanDiagnostic>();

  const weeks = plan.weeks.map((week, index): WeekViewWeek => {
    const weekTotals = totals[index];
    const days = week.days.map((day): WeekViewDay => {
      const sessions = day.sessions.map((session): WeekViewSession => {
        const sessionClass = classify(session);
        const own = conflicts.filter(
          (diagnostic) => concernsWeek(diagnostic, week) && overlaps(diagnostic.range, session.range),
        );
        own.forEach((diagnostic) => placed.add(diagnostic));
        return {
          id: sessionId(session.range.start),
          text: session.text,
          kind: session.kind,
          chip: chipOf(session),
          classes: classWords(session, sessionClass),
          minutes: session.kind === 'rest' ? 0 : sessionClass.minutes,
          rpe: session.kind === 'rest' ? 0 : sessionClass.rpe,
          load: session.kind === 'rest' ? 0 : sessionClass.load,
          range: session.range,
          conflicts: own.map(conflictOf),
        };
      });
      const viewDay: WeekViewDay = {
        weekday: day.weekday,
        name: WEEKDAY_NAMES[day.weekday],
        fullName: WEEKDAY_FULL_NAMES[day.weekday],
        rest: isRestDay(day),
        load: weekTotals?.dayLoads[day.weekday] ?? 0,
        sessions,
      };
      if (start !== undefined) viewDay.date = dateOf(start, week.number, day.weekday);
      return viewDay;
    });
    const header = week.block.header;
    const viewWeek: WeekViewWeek = {
      number: week.number,
      line: weekLine(week),
      summary: weekTotals ? summaryLine(weekTotals) : '',
      load: weekTotals?.load ?? 0,
      days,
      conflicts: [],
    };
    if (header?.label) viewWeek.label = header.label.value;
    if (week.goal) viewWeek.goal = week.goal;
    if (header && header.from !== header.to) viewWeek.repeats = { from: header.from, to: header.to };
    return viewWeek;
  });

  // Diagnostics not on a session sit on their week (header, goal line …); those of no week (main-goal, …) or
  // outside every week sit on the plan.
  const planConflicts: WeekViewConflict[] = [];
  for (const diagnostic of conflicts) {
    if (placed.has(diagnostic)) continue;
    if (diagnostic.week === undefined) {
      planConflicts.push(conflictOf(diagnostic));
      continue;
    }
    let onWeek = false;
    plan.weeks.forEach((week, index) => {
      if (!rangeInBlock(diagnostic.range, week) || !concernsWeek(diagnostic, week)) return;
      weeks[index]!.conflicts.push(conflictOf(diagnostic));
      onWeek = true;
    });
    if (!onWeek) planConflicts.push(conflictOf(diagnostic));
  }

  const model: WeekViewModel = {
    uri: document.uri,
    version: document.version,
    syntaxErrors: plan.syntaxErrors.length,
    weeks,
    loads: loadPoints(weeks.map((week) => ({ number: week.number, load: week.load }))),
    planConflicts,
  };
  if (plan.title) model.title = plan.title.name;
  if (start !== undefined) model.start = start;
  return model;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a move.

export interface MoveRequest {
  /** `line:column` of the session (WeekViewSession.id). */
  session: string;
  /** The week the chip was dragged in (a repeated block moves in all its weeks). */
  week: number;
  toWeekday: Weekday;
}

export type MoveCheck =
  | {
      ok: true;
      /** `Move 'run intervals' to Wed`. */
      title: string;
      edits: TextEdit[];
      /** Warnings and errors the move would add (empty: the move is clean). */
      created: WeekViewConflict[];
      /** Warnings and errors the move would clear. */
      cleared: WeekViewConflict[];
      /** The document and version the edits are for (set by `hybrid/checkMove`): the client applies them there only. */
      textDocument?: { uri: string; version: number };
    }
  | { ok: false; error: string };

/** The session a view names by `line:column` in a week (or in any week when that week no longer holds it). */
export function findSession(plan: Plan, id: string, weekNumber: number): Session | undefined {
  const all = (weeks: Week[]) =>
    weeks.flatMap((week) => week.days.flatMap((day) => day.sessions)).find((session) => sessionId(session.range.start) === id);
  return all(plan.weeks.filter((week) => week.number === weekNumber)) ?? all(plan.weeks);
}

/** Counted per rule, severity and week, as the quick fixes count "new" (a conflict that only moves with its session,
 *  and so changes its message, is not new). */
function conflictKey(diagnostic: PlanDiagnostic): string {
  return `${diagnostic.rule}\u0000${diagnostic.severity}\u0000${diagnostic.week ?? ''}`;
}

/** Diagnostics of `after` beyond the count of their rule, severity and week in `before`. */
function added(before: PlanDiagnostic[], after: PlanDiagnostic[]): PlanDiagnostic[] {
  const remaining = new Map<string, number>();
  for (const diagnostic of before) remaining.set(conflictKey(diagnostic), (remaining.get(conflictKey(diagnostic)) ?? 0) + 1);
  return after.filter((diagnostic) => {
    const count = remaining.get(conflictKey(diagnostic)) ?? 0;
    if (count === 0) return true;
    remaining.set(conflictKey(diagnostic), count - 1);
    return false;
  });
}

function isProblem(diagnostic: PlanDiagnostic): boolean {
  return diagnostic.rule !== 'syntax' && (diagnostic.severity === 'error' || diagnostic.severity === 'warning');
}

/** What moving a session to another day would do: the edits (the quick fix's `moveSession`) and the conflicts it adds or clears. */
export function checkMove(plan: Plan, config: ResolvedConfig, request: MoveRequest, before?: PlanDiagnostic[]): MoveCheck {
  const session = findSession(plan, request.session, request.week);
  if (!session) return { ok: false, error: 'That session is no longer in the plan; the view has been refreshed.' };
  if (session.kind === 'rest') return { ok: false, error: 'A rest day cannot be moved; move a session onto it instead.' };
  const fromWeekday = session.entry.weekday;
  const toName = WEEKDAY_NAMES[request.toWeekday];
  if (fromWeekday === request.toWeekday) return { ok: false, error: `'${session.text}' is already on ${toName}.` };
  const edits = moveSession(plan, session, request.toWeekday);
  const movedPlan = parsePlan(applyEdits(plan.text, edits));
  const beforeProblems = (before ?? checkPlan(plan, config)).filter(isProblem);
  const afterProblems = checkPlan(movedPlan, config).filter(isProblem);
  return {
    ok: true,
    title: `Move '${session.text}' to ${toName}`,
    edits,
    created: added(beforeProblems, afterProblems).map(conflictOf),
    cleared: added(afterProblems, beforeProblems).map(conflictOf),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Requests.

export interface DocumentRequest {
  textDocument: { uri: string };
}

export interface CheckMoveParams extends DocumentRequest, MoveRequest {
  /** The document version the view was drawn from; a newer document answers "changed". */
  version: number;
}

export interface ExportParams extends DocumentRequest {
  format: 'ics' | 'json';
}

export type ExportReply = { ok: true; text: string } | { ok: false; error: string };

const WEEKDAYS = new Set([0, 1, 2, 3, 4, 5, 6]);

function isCheckMoveParams(value: unknown): value is CheckMoveParams {
  const params = value as Partial<CheckMoveParams> | null;
  return (
    typeof params === 'object' &&
    params !== null &&
    typeof params.textDocument?.uri === 'string' &&
    typeof params.version === 'number' &&
    typeof params.session === 'string' &&
    /^\d+:\d+$/.test(params.session) &&
    typeof params.week === 'number' &&
    WEEKDAYS.has(params.toWeekday as number)
  );
}

/** Registers `hybrid/weekView`, `hybrid/checkMove` and `hybrid/export` on the server. */
export function registerWeekView(context: ServerContext): void {
  const { connection } = context;
  connection.onRequest('hybrid/weekView', (params: DocumentRequest) =>
    context.guard('hybrid/weekView', null, async () => {
      const analysis = await context.analyze(params?.textDocument?.uri);
      if (!analysis) return null;
      return buildWeekView(analysis.plan, analysis.diagnostics, analysis);
    }),
  );
  connection.onRequest('hybrid/checkMove', (params: unknown) =>
    context.guard<MoveCheck>('hybrid/checkMove', { ok: false, error: 'The move could not be checked.' }, async () => {
      if (!isCheckMoveParams(params)) return { ok: false, error: 'Malformed move request.' };
      const analysis = await context.analyze(params.textDocument.uri);
      if (!analysis) return { ok: false, error: 'The plan is not open.' };
      if (analysis.version !== params.version) {
        return { ok: false, error: 'The plan changed while you were dragging; try again on the refreshed view.' };
      }
      const check = checkMove(analysis.plan, analysis.config, params, analysis.diagnostics);
      return check.ok ? { ...check, textDocument: { uri: analysis.uri, version: analysis.version } } : check;
    }),
  );
  connection.onRequest('hybrid/export', (params: ExportParams) =>
    context.guard<ExportReply>('hybrid/export', { ok: false, error: 'The plan could not be exported.' }, async () => {
      const analysis = await context.analyze(params?.textDocument?.uri);
      if (!analysis) return { ok: false, error: 'The plan is not open.' };
      if (params.format === 'json') return { ok: true, text: `${JSON.stringify(exportJson(analysis.plan), null, 2)}\n` };
      if (params.format === 'ics') return exportCalendar(analysis.plan);
      return { ok: false, error: `Unknown export format '${String(params.format)}'.` };
    }),
  );
}
