// Finding the part of the plan under a position, and the weeks (with totals) a block expands to.
import type { DayEntry, Plan, Position, Session, Week, WeekBlock } from '../engine';
import { rangeContains } from '../engine';
import type { Analysis, WeekTotals } from './context';

/** The week block whose lines include `line` (header to last statement). */
export function blockAtLine(plan: Plan, line: number): WeekBlock | undefined {
  return plan.blocks.find((block) => block.range.start.line <= line && line <= block.range.end.line);
}

/** The day entry written on `line` that contains the position's column (or the only one on the line). */
export function entryAt(plan: Plan, position: Position): DayEntry | undefined {
  let onLine: DayEntry | undefined;
  for (const statement of plan.statements) {
    if (statement.type !== 'day' || statement.range.start.line !== position.line) continue;
    if (rangeContains(statement.range, position)) return statement;
    onLine ??= statement;
  }
  return onLine;
}

/** The session whose text contains the position. */
export function sessionAt(plan: Plan, position: Position): Session | undefined {
  for (const statement of plan.statements) {
    if (statement.type !== 'day' || statement.range.start.line > position.line) continue;
    if (statement.range.end.line < position.line) continue;
    for (const session of statement.sessions) if (rangeContains(session.range, position)) return session;
  }
  return undefined;
}

export interface WeekWithTotals {
  week: Week;
  totals: WeekTotals;
}

/** The expanded weeks of a block (one per repeat), each with its totals. */
export function weeksOfBlock(analysis: Analysis, block: WeekBlock): WeekWithTotals[] {
  const totals = analysis.totals();
  const result: WeekWithTotals[] = [];
  analysis.plan.weeks.forEach((week, index) => {
    if (week.block === block) result.push({ week, totals: totals[index] });
  });
  return result;
}

/** The line a block is announced on: its header, else its first statement. */
export function blockLine(block: WeekBlock): number {
  return (block.header?.range ?? block.range).start.line;
}
