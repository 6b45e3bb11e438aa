// Changes made in the plan model and their checks: arrangements of a block's days (what a move or a swap does, without
// writing text), the check of the weeks around a block, the re-parse of only an edited block, and the partial
// re-check of a plan whose only change is one block's arrangement. Used by the quick fixes and by fix-all.
import type { Day, Plan, Position, Range, Statement, Week, Weekday, WeekBlock } from '../language/model';
import type { PlanDiagnostic, ResolvedConfig, TextEdit } from '../rules/types';
import { parsePlan } from '../language/parser';
import { LineIndex, lineIndexFor, rangeKey, sameRange } from '../language/text';
import { checkPlan, compareDiagnostics, rules } from '../rules/registry';
import { isBareRest, leadsItsDay, type SessionMove } from '../analysis/edits';
import type { Session } from '../language/model';

/** Days between two weekdays; a file without `week` lines wraps Sunday → Monday. */
export function dayDistance(plan: Plan, a: number, b: number): number {
  const d = Math.abs(a - b);
  return plan.singleWeek ? Math.min(d, 7 - d) : d;
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
    // A quality run arrives first (before the day's lift), the others last: as `rearrange` writes them.
    const sessions = arriving ? [...arriving.filter(leadsItsDay), ...staying.filter((s) => !isBareRest(s)), ...arriving.filter((s) => !leadsItsDay(s))] : staying;
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

export function blockWeekIndices(plan: Plan, block: WeekBlock): number[] {
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

/** How many weeks a `sample`d `checkArranged` of the block reads (what a screening costs, `RESCHEDULE_BUDGET`). */
export function sampledWeekCount(plan: Plan, block: WeekBlock): number {
  return weeksAround(plan, block, true).length;
}

/**
 * The block's weeks and one week on each side: all that a change inside the block can alter day by day. Without
 * `neighbours` only the block's weeks (for rules that judge each day alone).
 */
function weeksAround(plan: Plan, block: WeekBlock, sample = false, neighbours = true): Week[] {
  const indices = blockWeekIndices(plan, block);
  if (indices.length === 0) return [];
  const firstIndex = indices[0] as number;
  const lastIndex = indices[indices.length - 1] as number;
  const first = neighbours ? Math.max(0, firstIndex - 1) : firstIndex;
  const last = neighbours ? Math.min(plan.weeks.length - 1, lastIndex + 1) : lastIndex;
  // `week 1-520:` is one week written once and repeated: its weeks share their days, so from its second week on each
  // looks the same to every day rule (same days, the same day before), and the weeks before and after the block are
  // its only other neighbours. `sample` keeps the week before, the first two, the last and the week after: screening
  // a move in a 520-week block then checks 5 weeks, not 522 (what it lets through is confirmed on the whole text).
  if (sample && indices.length > 4 && lastIndex - firstIndex === indices.length - 1) {
    const kept = [...new Set([first, firstIndex, firstIndex + 1, lastIndex, last])];
    return kept.map((index) => plan.weeks[index] as Week);
  }
  return plan.weeks.slice(first, last + 1);
}

/**
 * Checks the plan with one block's days re-arranged in the model, on the weeks around the block, without writing or
 * re-parsing text. Moving sessions inside a week changes no weekly total, so this sees every change such a move
 * makes (counts per rule, severity and week compare with `checkArranged` of the unchanged block). `sample`: a block
 * repeated over many weeks is checked on the weeks that can differ (`weeksAround`); compare it only with a `sample`d
 * check of the unchanged block. Without `neighbours` only the block's weeks are checked (enough for rules that judge
 * each day alone: a day rule reaching no other week).
 */
export function checkArranged(plan: Plan, block: WeekBlock, arrangement: Arrangement | undefined, config?: ResolvedConfig, sample = false, neighbours = true): PlanDiagnostic[] {
  const weeks = weeksAround(plan, block, sample, neighbours).map((week) =>
    week.block === block && arrangement ? { ...week, days: week.days.map((day) => arrangement(day, week)) } : week,
  );
  return checkPlan({ ...plan, weeks }, config);
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
  // Same number of lines in the block, so everything after it keeps its position (known before reading it).
  if (new LineIndex(region).lineCount !== lastLine - firstLine + 1) return undefined;
  const sub = parsePlan('\n'.repeat(firstLine) + region, plan);
  const subBlock = sub.blocks[0];
  const subHeader = subBlock?.header;
  if (!subBlock || !subHeader || sub.blocks.length !== 1 || sub.syntaxErrors.length > 0 || sub.title || sub.start) return undefined;
  if (subHeader.from !== header.from || subHeader.to !== header.to || subBlock.range.end.line !== lastLine) return undefined;
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

/** The same diagnostics in the same order: every field, the data as JSON (it holds ranges and fixes, seldom more). */
function same(a: readonly PlanDiagnostic[], b: readonly PlanDiagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as PlanDiagnostic;
    const y = b[i] as PlanDiagnostic;
    if (x === y) continue;
    if (x.rule !== y.rule || x.severity !== y.severity || x.message !== y.message || x.week !== y.week || !sameRange(x.range, y.range)) return false;
    if ((x.related?.length ?? 0) !== (y.related?.length ?? 0)) return false;
    if (x.related && y.related && x.related.some((place, k) => place.message !== y.related![k]!.message || !sameRange(place.range, y.related![k]!.range))) return false;
    if (JSON.stringify(x.tags) !== JSON.stringify(y.tags) || JSON.stringify(x.data) !== JSON.stringify(y.data)) return false;
  }
  return true;
}

/** How many weeks around a change the partial re-check reads: the farthest any rule looks back or ahead (rule meta). */
const RULE_REACH = Math.max(0, ...rules.flatMap((rule) => [rule.meta.reach.weeksBack, rule.meta.reach.weeksAhead]));

const diagnosticKey = (d: PlanDiagnostic): string => `${d.rule}\u0000${rangeKey(d.range)}\u0000${d.message}`;

/**
 * `checkPlan(moved, config)` for a plan whose only change is the arrangement of `block`'s days (`before` being
 * `checkPlan(plan, config)`): the diagnostics of the block's weeks and of the week after it (whose Monday follows the
 * block's Sunday) are checked again on the weeks around them, the others are taken over. Whenever the weeks around do
 * not show that for sure — a diagnostic outside those weeks that reads differently, the changed weeks not seen as the
 * whole plan sees them, a repeated week number — the whole plan is checked.
 */
export interface CheckedMove {
  after: PlanDiagnostic[];
  /** When only the weeks around the block were checked again: their diagnostics before and after. */
  local?: { dropped: PlanDiagnostic[]; added: PlanDiagnostic[] };
}

export function checkMoved(plan: Plan, block: WeekBlock, before: PlanDiagnostic[], moved: Plan, config: ResolvedConfig | undefined): CheckedMove {
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
  // Around the block lies the whole plan (a window of fix-all in windows, a short plan): `before` is its check.
  const whole = low === 0 && high === plan.weeks.length - 1;
  const localBefore = whole ? before : checkPlan({ ...plan, weeks: plan.weeks.slice(low, high + 1) }, config);
  const localAfter = checkPlan({ ...moved, weeks: moved.weeks.slice(low, high + 1) }, config);
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
 * Offsets in `movedText`, a text that differs from `plan.text` only on the lines of `block`, with as many lines there
 * (what `reparseBlock` accepts): from the plan's line index and the block's lines, not from an index of the whole new
 * text (which made fix-all of a long plan quadratic).
 */
export function movedOffsetAt(plan: Plan, block: WeekBlock, movedText: string): (p: Position) => number {
  const index = lineIndexFor(plan.text);
  const firstLine = block.range.start.line;
  const lastLine = block.range.end.line;
  const start = index.lineStart(firstLine);
  const delta = movedText.length - plan.text.length;
  const region = new LineIndex(movedText.slice(start, index.lineEnd(lastLine) + delta));
  return (p) =>
    p.line < firstLine
      ? index.offsetAt(p)
      : p.line > lastLine
        ? index.offsetAt(p) + delta
        : start + region.offsetAt({ line: p.line - firstLine, column: p.column });
}
