// The week view's server side: the view model of a document (weeks × 7 days × session chips with their class
// and conflicts, the weekly load chart) and the check of a drag-and-drop move before the client applies it.
// Requests: `hybrid/weekView` → WeekViewModel, `hybrid/checkMove` → MoveCheck, `hybrid/export` → ExportReply.
// The model builders are pure (plan in, data out); `registerWeekView` only wires them to the connection.
import { nextMonday } from './completion';
import {
  applyEdits,
  checkPlan,
  classify,
  classWords,
  computeTotals,
  dateOf,
  exportCalendar,
  exportJson,
  isRestDay,
  plannedSessions,
  judgeChange,
  newHardStack,
  listDay,
  moveSession,
  parsePlan,
  ruleById,
  writtenAsList,
  WEEKDAY_FULL_NAMES,
  WEEKDAY_NAMES,
  type Plan,
  type PlanDiagnostic,
  type Position,
  type Range,
  type ResolvedConfig,
  type Session,
  type Severity,
  type TextEdit,
  type Week,
  type Weekday,
  type WeekTotals,
} from '../engine';
import type { ServerContext } from './context';
import {
  Requests,
  type ChipClass,
  type CheckMoveParams,
  type DocumentRequest,
  type ExportParams,
  type ExportReply,
  type LoadPoint,
  type MoveCheck,
  type MoveRequest,
  type WeekViewConflict,
  type WeekViewDay,
  type WeekViewModel,
  type WeekViewSession,
  type WeekViewWeek,
} from '../../../shared/protocol';

export type {
  ChipClass,
  CheckMoveParams,
  DocumentRequest,
  ExportParams,
  ExportReply,
  LoadPoint,
  MoveCheck,
  MoveRequest,
  WeekViewConflict,
  WeekViewDay,
  WeekViewModel,
  WeekViewSession,
  WeekViewWeek,
} from '../../../shared/protocol';
import { summaryLine } from './present';
import { MAX_VIEW_CONFLICTS, MAX_VIEW_WEEKS } from '../budgets';

// ---------------------------------------------------------------------------------------------------------------
// View model (its types are in shared/protocol.ts, which the client imports too).

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
    return sessionClass.longRun ? 'long-run' : sessionClass.steadyRun ? 'steady-run' : 'easy-run';
  }
  // Races and tests, conditioning and sport have their own colours; hard or easy is in the chip's class words.
  if (session.kind === 'event' || session.kind === 'conditioning' || session.kind === 'sport') return session.kind;
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

/** The diagnostic starts inside the week's block — by line and column, as a one-line plan holds every block on line 1. */
function rangeInBlock(range: Range, week: Week): boolean {
  const block = week.block.range;
  const notBefore = (p: Position, q: Position) => p.line > q.line || (p.line === q.line && p.column >= q.column);
  return notBefore(range.start, block.start) && notBefore(block.end, range.start);
}

/** Diagnostics by each line they cover, so a session looks only at those on its own lines. */
function byLine(diagnostics: PlanDiagnostic[]): Map<number, PlanDiagnostic[]> {
  const map = new Map<number, PlanDiagnostic[]>();
  for (const diagnostic of diagnostics) {
    for (let line = diagnostic.range.start.line; line <= diagnostic.range.end.line; line++) {
      let list = map.get(line);
      if (!list) map.set(line, (list = []));
      list.push(diagnostic);
    }
  }
  return map;
}

/** The week view of a plan: what the webview draws. */
export function buildWeekView(
  plan: Plan,
  diagnostics: PlanDiagnostic[],
  document: { uri: string; version: number },
): WeekViewModel {
  const totals = computeTotals(plan);
  const start = plan.start?.date;
  const allConflicts = diagnostics.filter((diagnostic) => diagnostic.rule !== 'syntax');
  // The view's budget (budgets.ts): a 40 KB plan on one line made a 368 MB reply.
  const conflicts = allConflicts.slice(0, MAX_VIEW_CONFLICTS);
  const shownWeeks = plan.weeks.slice(0, MAX_VIEW_WEEKS);
  const onLine = byLine(conflicts);
  const placed = new Set<PlanDiagnostic>();

  const weeks = shownWeeks.map((week, index): WeekViewWeek => {
    const weekTotals = totals[index];
    const days = week.days.map((day): WeekViewDay => {
      const sessions = day.sessions.map((session): WeekViewSession => {
        const sessionClass = classify(session);
        const candidates = new Set<PlanDiagnostic>();
        for (let line = session.range.start.line; line <= session.range.end.line; line++) {
          for (const diagnostic of onLine.get(line) ?? []) candidates.add(diagnostic);
        }
        const own = [...candidates].filter(
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
  // The shown weeks of each block, so a diagnostic is matched against its own block's weeks, not every week.
  const weeksOfBlock = new Map<unknown, number[]>();
  shownWeeks.forEach((week, index) => {
    let list = weeksOfBlock.get(week.block);
    if (!list) weeksOfBlock.set(week.block, (list = []));
    list.push(index);
  });
  const blocks = [...weeksOfBlock.keys()] as Week['block'][];
  const weekIndexesOf = (diagnostic: PlanDiagnostic): number[] => {
    const found: number[] = [];
    for (const block of blocks) {
      const indexes = weeksOfBlock.get(block)!;
      if (!rangeInBlock(diagnostic.range, shownWeeks[indexes[0]!]!)) continue;
      for (const index of indexes) if (concernsWeek(diagnostic, shownWeeks[index]!)) found.push(index);
    }
    return found;
  };
  for (const diagnostic of conflicts) {
    if (placed.has(diagnostic)) continue;
    if (diagnostic.week === undefined) {
      planConflicts.push(conflictOf(diagnostic));
      continue;
    }
    let onWeek = false;
    for (const index of weekIndexesOf(diagnostic)) {
      weeks[index]!.conflicts.push(conflictOf(diagnostic));
      onWeek = true;
    }
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
  if (shownWeeks.length < plan.weeks.length || conflicts.length < allConflicts.length) {
    model.truncated = { weeks: plan.weeks.length, shownWeeks: shownWeeks.length, conflicts: allConflicts.length, shownConflicts: conflicts.length };
  }
  return model;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a move.

/** The session a view names by `line:column` in a week (or in any week when that week no longer holds it). */
export function findSession(plan: Plan, id: string, weekNumber: number): Session | undefined {
  const all = (weeks: Week[]) =>
    weeks.flatMap((week) => week.days.flatMap((day) => day.sessions)).find((session) => sessionId(session.range.start) === id);
  return all(plan.weeks.filter((week) => week.number === weekNumber)) ?? all(plan.weeks);
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
  // A day written as a list (its exercises on the lines below) keeps its lines together: nothing is moved off or onto it.
  // (Said in the line's own words, as fix-all says it: `Weights: Mon, Thu` has no exercises below — review12.)
  if (writtenAsList(session.entry)) {
    const day = WEEKDAY_NAMES[fromWeekday];
    const error = session.entry.sessionFirst
      ? `${day} is written after its session ('Weights: Mon, Thu') and is not moved; write each day on its own line to move it.`
      : session.entry.severalDays
        ? `${day} is written on one line with other days and is not moved; write each day on its own line to move it.`
        : `${day} is written as a list (its exercises on the lines below) and is not moved; move it in the text.`;
    return { ok: false, error };
  }
  if (listDay(session.entry.block, request.toWeekday)) return { ok: false, error: `${toName} is written as a list (its exercises on the lines below): nothing is moved onto it; move it in the text.` };
  const edits = moveSession(plan, session, request.toWeekday);
  const movedText = applyEdits(plan.text, edits);
  // The fixes' own comparison (fixes/compare.ts): the view says "no new conflict" only when a quick fix would agree.
  // Judged with the user's `# hybrid-ignore` comments left out, like the fixes: a drag never hides a new conflict.
  const moved = parsePlan(movedText, plan);
  const ignores = plan.suppressions.some((s) => s.scope === 'line') || moved.suppressions.some((s) => s.scope === 'line');
  const all = { lineSuppressions: false } as const;
  const judged = judgeChange(
    { text: plan.text, diagnostics: ignores ? checkPlan(plan, config, all) : (before ?? checkPlan(plan, config)) },
    { text: movedText, diagnostics: ignores ? checkPlan(moved, config, all) : checkPlan(moved, config) },
    edits,
  );
  const created = judged.added.filter(isProblem).map(conflictOf);
  // Two hard sessions the rules read as one (`run intervals + run hills`): the fixes refuse it, so the drag says so.
  const stack = newHardStack(plan, moved);
  if (stack && !created.some((c) => c.rule === 'hard-same-day')) {
    created.push({
      rule: 'hard-same-day',
      severity: 'warning',
      message: `Two hard sessions on ${toName}: ${stack.sessions.map((t) => `'${t}'`).join(' and ')}`,
      reason: ruleById('hard-same-day')?.meta.reason ?? '',
      week: stack.week,
    });
  }
  return {
    ok: true,
    title: `Move '${session.text}' to ${toName}`,
    edits,
    created,
    cleared: judged.cleared.filter(isProblem).map(conflictOf),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Requests.

/** Where `start:` goes: under the title and file-top goals, else at the top. */
export function startInsertion(plan: Plan, today: Date): { line: number; text: string } {
  // The title and the goals written before the first week line or day: the plan's head.
  const body = Math.min(
    ...plan.blocks.map((block) => block.header?.range.start.line ?? block.statements.find((statement) => statement.type === 'day')?.range.start.line ?? Infinity),
  );
  const head = [plan.title, ...plan.goals].filter((statement) => statement !== undefined && statement.range.start.line < body);
  const below = head.reduce((line, statement) => Math.max(line, statement!.range.end.line + 1), 0);
  return { line: below, text: `start: ${nextMonday(today)}` };
}

/** "Times not written: …; durations not written: …" for the sessions the calendar had to fill in. */
export function exportDefaults(plan: Plan): string | undefined {
  const start = plan.start?.date;
  if (start === undefined) return undefined;
  let untimed = 0;
  let unmeasured = 0;
  for (const planned of plannedSessions(plan, start)) {
    const { time, duration } = planned.session.attributes;
    if (!time) untimed++;
    if (!duration) unmeasured++;
  }
  const parts: string[] = [];
  if (untimed > 0) {
    parts.push(`${untimed} session${untimed === 1 ? '' : 's'} without a time start at 07:00 (a day's first) or 18:00 (a later one)`);
  }
  if (unmeasured > 0) {
    parts.push(
      `${unmeasured} without a duration last the default (gym 60 min, easy run 40, long run 90, quality run 50, cross-training 45)`,
    );
  }
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

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
  connection.onRequest(Requests.weekView, (params: DocumentRequest) =>
    context.guard(Requests.weekView, null, async () => {
      const analysis = await context.analyze(params?.textDocument?.uri);
      if (!analysis) return null;
      return buildWeekView(analysis.plan, analysis.diagnostics, analysis);
    }),
  );
  connection.onRequest(Requests.checkMove, (params: unknown) =>
    context.guard<MoveCheck>(Requests.checkMove, { ok: false, error: 'The move could not be checked.' }, async () => {
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
  connection.onRequest(Requests.export, (params: ExportParams) =>
    context.guard<ExportReply>(Requests.export, { ok: false, error: 'The plan could not be exported.' }, async () => {
      const analysis = await context.analyze(params?.textDocument?.uri);
      if (!analysis) return { ok: false, error: 'The plan is not open.' };
      if (params.format === 'json') return { ok: true, text: `${JSON.stringify(exportJson(analysis.plan), null, 2)}\n` };
      if (params.format === 'ics') {
        const reply = exportCalendar(analysis.plan);
        if (!reply.ok) return analysis.plan.start ? reply : { ...reply, insertStart: startInsertion(analysis.plan, new Date()) };
        const defaults = exportDefaults(analysis.plan);
        return defaults ? { ...reply, defaults } : reply;
      }
      return { ok: false, error: `Unknown export format '${String(params.format)}'.` };
    }),
  );
}
