// Shared plan words and calendar walking for the rules: next/previous day in week order, where a week's
// diagnostics sit, how a session is named in a message, which of two sessions comes later in the day.
import type { Day, Plan, Range, Session, Week } from '../language/model';
import { WEEKDAY_NAMES } from '../language/model';
import type { RuleReport } from './types';

export interface DayRef {
  week: Week;
  /** Index of the week in `plan.weeks`. */
  weekIndex: number;
  day: Day;
}

/**
 * The day after (`step` 1) or before (`step` -1) a day, in week order (language.md §2): a file without `week` lines
 * wraps Sunday → Monday of its one week; in a multi-week file Sunday of week N is followed by Monday of week N+1 and
 * the last week does not wrap.
 */
export function neighbourDay(plan: Plan, weekIndex: number, weekday: number, step: 1 | -1): DayRef | undefined {
  let index = weekIndex;
  let target = weekday + step;
  if (target > 6 || target < 0) {
    target = (target + 7) % 7;
    if (!plan.singleWeek) index += step;
  }
  const week = plan.weeks[index];
  if (!week) return undefined;
  // Sunday of week N is followed by Monday of week N+1: a week that is not written (week 1, then week 3) breaks the chain.
  if (index !== weekIndex && week.number !== (plan.weeks[weekIndex]?.number ?? 0) + step) return undefined;
  return { week, weekIndex: index, day: week.days[target] };
}

export function nextDay(plan: Plan, weekIndex: number, weekday: number): DayRef | undefined {
  return neighbourDay(plan, weekIndex, weekday, 1);
}

export function previousDay(plan: Plan, weekIndex: number, weekday: number): DayRef | undefined {
  return neighbourDay(plan, weekIndex, weekday, -1);
}

export function dayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? '?';
}

const MAX_LABEL = 40;
const SPACES = /\s+/g;
/** Two whitespace characters in a row, or one that is not a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;

/** `gym lower heavy` — the session as written, shortened when it carries a long exercise list. */
export function sessionText(session: Session): string {
  // Messages name sessions in every week they are built for: most texts have single spaces only and are used as is.
  const text = ODD_SPACE.test(session.text) ? session.text.replace(SPACES, ' ') : session.text;
  if (text.length <= MAX_LABEL) return text;
  // Cut at a word boundary so no repeat or load is shown half (`3x…`).
  let cut = text.slice(0, MAX_LABEL);
  if (!/[\s,\]]/.test(text.charAt(MAX_LABEL))) cut = cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LABEL / 2));
  return `${cut.replace(/[\s,]+$/, '')}…`;
}

/**
 * The zone of a session as its message names it: `zone z3`, or with the words it was read from when they are not a
 * zone (`'85% MHR' (zone z3)`, `'UT1' (zone z3)`).
 */
export function zoneWords(session: Session): string | undefined {
  const zone = session.attributes.zone;
  if (!zone) return undefined;
  const { start, end } = zone.range;
  const from = session.range.start;
  const written = start.line === from.line && end.line === from.line ? session.text.slice(start.column - from.column, end.column - from.column) : '';
  return written === '' || /^(?:z|zone\s*)\d$/i.test(written) ? `zone z${zone.value}` : `'${written}' (zone z${zone.value})`;
}

/** Sessions one diagnostic names in its message; past it, "… and N more" (budgets.ts lists it). */
export const NAMED_PER_DIAGNOSTIC = 8;
/**
 * The first NAMED_PER_DIAGNOSTIC of `values` joined with commas, then "and N more" of `total` (all of them, when the
 * caller built only the first few).
 */
export function namedList(values: readonly string[], total = values.length): string {
  const named = values.slice(0, NAMED_PER_DIAGNOSTIC).join(', ');
  const more = total - Math.min(values.length, NAMED_PER_DIAGNOSTIC);
  return more > 0 ? `${named} and ${more.toLocaleString('en')} more` : named;
}

/** Places one diagnostic points to (`related`, the sessions in its `data`); past it, the rest are left out. */
export const RELATED_PER_DIAGNOSTIC = 20;

/** `Mon: gym lower heavy`; `Day 2: strength heavy` where the plan writes its days as `Day N` (the user's words). */
export function sessionLabel(weekday: number, session: Session): string {
  const written = session.entry?.weekday === weekday ? session.entry.dayNumber : undefined;
  return `${written !== undefined ? `Day ${written}` : dayName(weekday)}: ${sessionText(session)}`;
}

const EMPTY_RANGE: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

/** Where a week's diagnostics sit: its header, else the week's first day line, else its first statement. */
export function weekAnchor(plan: Plan, week: Week): Range {
  if (week.block.header) return week.block.header.range;
  const firstDay = week.block.statements.find((s) => s.type === 'day');
  if (firstDay) return firstDay.range;
  return week.block.statements[0]?.range ?? plan.statements[0]?.range ?? EMPTY_RANGE;
}

/** `week 3` or `this week` for a file without `week` lines. */
export function weekWords(plan: Plan, week: Week): string {
  return plan.singleWeek ? 'this week' : `week ${week.number}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Clock minutes written for a session, if any. */
function clock(session: Session): number | undefined {
  return session.attributes.time?.value.clockMinutes;
}

function period(session: Session): 'am' | 'pm' | undefined {
  const time = session.attributes.time?.value;
  if (!time) return undefined;
  if (time.period) return time.period;
  return time.clockMinutes === undefined ? undefined : time.clockMinutes < 720 ? 'am' : 'pm';
}

/**
 * -1 when `a` starts before `b`, 1 when after, 0 when the times written do not say (then source order decides).
 * Clock times compare exactly; `am` is before `pm`.
 */
export function compareStart(a: Session, b: Session): number {
  const ca = clock(a);
  const cb = clock(b);
  if (ca !== undefined && cb !== undefined) return Math.sign(ca - cb);
  const pa = period(a);
  const pb = period(b);
  if (pa && pb && pa !== pb) return pa === 'am' ? -1 : 1;
  return 0;
}

/**
 * Two sessions of one day that the times written do not set apart: neither has a clock time and both have the same
 * `am` / `pm` (or none). Two runs written so (`shuttle sprints + run 800m repeats`, `parkrun + 2km cooldown`) are the
 * parts of one outing, and two lifts (`deadlift + push ups + plank`) the exercises of one gym session.
 */
export function sameOuting(a: Session, b: Session): boolean {
  return clock(a) === undefined && clock(b) === undefined && period(a) === period(b);
}

/** True when `a` comes before `b` on their day: by the times written, else by the order written. */
export function comesBefore(day: Day, a: Session, b: Session): boolean {
  const byTime = compareStart(a, b);
  if (byTime !== 0) return byTime < 0;
  return day.sessions.indexOf(a) < day.sessions.indexOf(b);
}

/** How far apart two sessions of one day start, as far as the text says. */
export type Gap =
  | { kind: 'exact'; minutes: number }
  /** One `am`, the other `pm`: at least 6 hours apart (language.md §3). */
  | { kind: 'am-pm' }
  /** One clock time, the other only the opposite `am` / `pm`: at least this many minutes apart (`@11:00` and `pm`: 60). */
  | { kind: 'at-least'; minutes: number }
  /** Both in the same half of the day with at least one of them without a clock time. */
  | { kind: 'same-period'; period: 'am' | 'pm' }
  /** At least one of them has no time. */
  | { kind: 'unknown' };

export function startGap(a: Session, b: Session): Gap {
  const ca = clock(a);
  const cb = clock(b);
  if (ca !== undefined && cb !== undefined) return { kind: 'exact', minutes: Math.abs(ca - cb) };
  const pa = period(a);
  const pb = period(b);
  if (!pa || !pb) return { kind: 'unknown' };
  // `pm` alone starts at noon at the earliest and `am` alone before noon: `@11:00` and `pm` may be only 1 h apart.
  const clockTime = ca ?? cb;
  if (clockTime !== undefined && pa !== pb) return { kind: 'at-least', minutes: Math.abs(clockTime - 720) };
  return pa === pb ? { kind: 'same-period', period: pa } : { kind: 'am-pm' };
}

/** `1 h 30 min`, `45 min`, `6 h`. */
export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** `1 920` — thousands separated by a thin-ish plain space, as in the hover. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n);
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function formatKm(km: number): string {
  return `${Number(km.toFixed(1))} km`;
}

export interface PlacedSession {
  weekday: number;
  session: Session;
}

/** The week's sessions, Monday first, each day's in the order written. */
export function weekSessions(week: Week, test?: (session: Session) => boolean): PlacedSession[] {
  const out: PlacedSession[] = [];
  for (const day of week.days) for (const session of day.sessions) if (!test || test(session)) out.push({ weekday: day.weekday, session });
  return out;
}

/**
 * The week's sessions that pass `test`, one per outing: a session that shares its day and its time (none, or the same
 * `am` / `pm`, no clock) with an earlier one that passed is its part, not another session (`sameOuting`). Linear: one
 * key per time a day holds.
 */
export function weekOutings(week: Week, test: (session: Session) => boolean): PlacedSession[] {
  const out: PlacedSession[] = [];
  for (const day of week.days) {
    let seen: Set<string> | undefined;
    for (const session of day.sessions) {
      if (!test(session)) continue;
      const key = outingKey(session);
      if (key !== undefined) {
        if (seen?.has(key)) continue;
        (seen ??= new Set()).add(key);
      }
      out.push({ weekday: day.weekday, session });
    }
  }
  return out;
}

/**
 * What makes two sessions of a day one outing (`sameOuting`): their `am` / `pm`; undefined with a clock time (an
 * outing of its own). Counting outings by key is linear where comparing each with the others was not.
 */
export function outingKey(session: Session): string | undefined {
  if (clock(session) !== undefined) return undefined;
  return period(session) ?? '';
}

/**
 * The report of two sessions on one day (hard-same-day, same-day-spacing, session-order's shape): it sits on the later
 * one, points at the earlier one, and carries the ranges the quick fixes need. `extra` adds the rule's own data.
 */
export function sameDayReport(
  week: Week,
  weekday: number,
  later: Session,
  earlier: Session,
  message: string,
  relatedMessage: string,
  extra: Record<string, unknown>,
): RuleReport {
  return {
    message,
    range: later.range,
    related: [{ range: earlier.range, message: relatedMessage }],
    week: week.number,
    sessions: [later, earlier],
    data: {
      week: week.number,
      weekday,
      sessionRange: later.range,
      otherWeek: week.number,
      otherWeekday: weekday,
      otherSessionRange: earlier.range,
      ...extra,
    },
  };
}

/**
 * A report whose message, related places and data are made when the registry first reads one of them: it reads them
 * for a report it lists, and past a rule's listing limit (`listPerRule`, the CLI's 1,000) a report is only counted by
 * place — its message is read only to compare it with a listed one at the same range. The same-day rules reported
 * 54,000 times each on a 1 MB plan of one crowded day and built every message for the count.
 */
export function lazyReport(where: Pick<RuleReport, 'range' | 'severity' | 'week' | 'sessions'>, details: () => Pick<RuleReport, 'message' | 'related' | 'data'>): RuleReport {
  return new LazyReport(where.range, where.severity, where.week, where.sessions, details);
}

/** A class, not an object literal with getters: a literal's getters are new functions per report, and slow to make. */
class LazyReport implements RuleReport {
  private made: Pick<RuleReport, 'message' | 'related' | 'data'> | undefined;

  constructor(
    readonly range: Range,
    readonly severity: RuleReport['severity'],
    readonly week: number | undefined,
    readonly sessions: Session[] | undefined,
    private details: (() => Pick<RuleReport, 'message' | 'related' | 'data'>) | undefined,
  ) {}

  private words(): Pick<RuleReport, 'message' | 'related' | 'data'> {
    if (this.made === undefined) {
      this.made = (this.details as () => Pick<RuleReport, 'message' | 'related' | 'data'>)();
      this.details = undefined;
    }
    return this.made;
  }

  get message(): string {
    return this.words().message;
  }

  get related(): RuleReport['related'] {
    return this.words().related;
  }

  get data(): RuleReport['data'] {
    return this.words().data;
  }
}

/** `sameDayReport` made lazily (`lazyReport`): the later session's range, both sessions, the severity given. */
export function lazySameDayReport(
  week: Week,
  weekday: number,
  later: Session,
  earlier: Session,
  severity: RuleReport['severity'],
  details: () => { message: string; relatedMessage: string; extra: Record<string, unknown> },
): RuleReport {
  return lazyReport({ range: later.range, severity, week: week.number, sessions: [later, earlier] }, () => {
    const { message, relatedMessage, extra } = details();
    return sameDayReport(week, weekday, later, earlier, message, relatedMessage, extra);
  });
}
