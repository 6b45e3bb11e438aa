// Plan → calendar (iCalendar, written by `ical.ts`) and plan → JSON (the model with weekly totals).
// Pure: the caller reads and writes files. Times are "floating" local times (no time zone): a run at 07:00 is at
// 07:00 wherever the athlete is, which is what a training plan means.
import { classify, isRestDay, type SessionClass, usePlanPace } from './classify';
import { type CalendarEvent, writableDate, writeCalendar } from './ical';
import { computeTotals, type WeekTotals } from './totals';
import {
  WEEKDAY_FULL_NAMES,
  WEEKDAY_NAMES,
  type Day,
  type Exercise,
  type Plan,
  type Range,
  type Session,
  type Week,
  type Weekday,
} from '../language/model';

/** Start of a session with an `am` time and of a day's first untimed session (minutes after midnight). */
export const MORNING_MINUTES = 7 * 60;
/** Start of a session with a `pm` time and of a day's second (or later) untimed session. */
export const EVENING_MINUTES = 18 * 60;

export type ExportResult = { ok: true; text: string } | { ok: false; error: string };

export interface CalendarOptions {
  /** DTSTAMP of every event (RFC 5545 requires one); defaults to now. Fixed in tests for byte-stable output. */
  timestamp?: Date;
}

export const MISSING_START_MESSAGE =
  "The plan has no 'start:' date; add a line like 'start: 2026-12-07' (the Monday of week 1) to export it to a calendar.";

/** One calendar entry of the plan: a non-rest session on a concrete date. */
export interface PlannedSession {
  week: Week;
  weekday: Weekday;
  /** Position among the day's sessions (0 = first), rest sessions included. */
  indexInDay: number;
  session: Session;
  sessionClass: SessionClass;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** Minutes after midnight. */
  startMinutes: number;
  /** Planned minutes (written duration, else the rules.md default). */
  minutes: number;
}

/** Calendar date of a weekday of a week: week N's Monday is `start` + 7(N−1) days. */
export function dateOf(start: string, weekNumber: number, weekday: Weekday): string {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + 7 * (weekNumber - 1) + weekday));
  return date.toISOString().slice(0, 10);
}

/** When a session starts: its clock time, else `am` 07:00 / `pm` 18:00, else 07:00 for a day's first session and 18:00 after. */
export function startMinutesOf(session: Session, indexInDay: number): number {
  const time = session.attributes.time?.value;
  if (time?.clockMinutes !== undefined) return time.clockMinutes;
  if (time?.period === 'am') return MORNING_MINUTES;
  if (time?.period === 'pm') return EVENING_MINUTES;
  return indexInDay === 0 ? MORNING_MINUTES : EVENING_MINUTES;
}

/** Every non-rest session of a plan with a start date, in plan order (week, weekday, order in the day). */
export function plannedSessions(plan: Plan, start: string): PlannedSession[] {
  const planned: PlannedSession[] = [];
  usePlanPace(plan);
  for (const week of plan.weeks) {
    for (const day of week.days) {
      day.sessions.forEach((session, indexInDay) => {
        if (session.kind === 'rest') return;
        const sessionClass = classify(session);
        planned.push({
          week,
          weekday: day.weekday,
          indexInDay,
          session,
          sessionClass,
          date: dateOf(start, week.number, day.weekday),
          startMinutes: startMinutesOf(session, indexInDay),
          minutes: sessionClass.minutes,
        });
      });
    }
  }
  return planned;
}

/** The class words of a session, most telling first (`heavy legs, hard gym`; `quality run`; `easy run`). */
export function classWords(session: Session, sessionClass: SessionClass): string[] {
  if (session.kind === 'rest') return ['rest'];
  const words: string[] = [];
  if (sessionClass.heavyLegs) words.push('heavy legs');
  if (sessionClass.hardGym) words.push('hard gym');
  if (sessionClass.qualityRun) words.push('quality run');
  if (sessionClass.longRun) words.push('long run');
  if (sessionClass.steadyRun) words.push('steady run');
  if (sessionClass.easyRun) words.push('easy run');
  if (sessionClass.accessory) words.push('short gym');
  if (sessionClass.hardCross) words.push('hard cross');
  if (session.kind === 'event') words.push(session.event);
  else if (sessionClass.hardOther) words.push(`hard ${session.kind}`);
  if (words.length === 0) words.push(EASY_WORDS[session.kind]);
  return words;
}

const EASY_WORDS: Record<Session['kind'], string> = {
  rest: 'rest',
  gym: 'gym',
  run: 'run',
  cross: 'easy cross',
  conditioning: 'easy conditioning',
  sport: 'easy sport',
  event: 'event',
};

const KIND_WORDS: Record<Session['kind'], string> = {
  rest: 'rest',
  gym: 'gym',
  run: 'run',
  cross: 'cross-training',
  conditioning: 'conditioning',
  sport: 'sport',
  event: 'event',
};

/** Abbreviations as people write them in a calendar: `HIIT`, `ACFT`, `1RM`, `BJJ`. */
const UPPER_WORDS = new Set(['hiit', 'wod', 'acft', 'apft', 'pft', 'cft', '1rm', 'bjj', 'mma', 'f45']);

function titleWords(words: string): string {
  return words.split(' ').map((word) => (UPPER_WORDS.has(word) ? word.toUpperCase() : word)).join(' ');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function formatKm(km: number): string {
  return `${Number(km.toFixed(2))} km`;
}

/** A short event title in plan words: `Gym lower heavy`, `Run intervals 6x800m`, `Run long 14 km`, `Bike hard`. */
export function sessionTitle(session: Session): string {
  const repeats = session.attributes.repeats;
  const distance = session.attributes.distance?.value;
  switch (session.kind) {
    case 'gym':
      return `Gym ${session.focus} ${session.intensity}`;
    case 'run': {
      const parts = [`Run ${session.runType}`];
      if (repeats) parts.push(textAt(session, repeats.range));
      else if (distance !== undefined) parts.push(formatKm(distance));
      return parts.join(' ');
    }
    case 'cross':
      return `${capitalise(session.activity)} ${session.effort}`;
    case 'conditioning':
      return `${capitalise(titleWords(session.style))} ${session.effort}`;
    case 'sport':
      return `${capitalise(titleWords(session.sport))} ${session.effort}`;
    case 'event': {
      // `10K time trial` → `Test time trial 10 km`: what is tested, and how far when the name does not say it.
      const what = session.what ? titleWords(session.what.value) : undefined;
      const far = distance !== undefined && !/\d|marathon|mile/.test(what ?? '') ? formatKm(distance) : undefined;
      return [capitalise(session.event), what, far].filter(Boolean).join(' ');
    }
    case 'rest':
      return 'Rest';
  }
}

/** The text of a range that lies on the session's own line (attributes never span lines). */
function textAt(session: Session, range: Range): string {
  const offset = range.start.column - session.range.start.column;
  if (range.start.line !== session.range.start.line || offset < 0) return session.text;
  return session.text.slice(offset, offset + (range.end.column - range.start.column));
}

function exerciseWords(exercise: Exercise): string {
  let words = exercise.name;
  if (exercise.sets !== undefined && exercise.reps !== undefined) words += ` ${exercise.sets}x${exercise.reps}`;
  else if (exercise.sets !== undefined && exercise.seconds !== undefined) words += ` ${exercise.sets}x${exercise.seconds}s`;
  if (exercise.load) words += ` @${exercise.load.text}`;
  return words;
}

/** The event description: kind, class, details as written, exercises, notes, and where it sits in the plan. */
export function sessionDescription(planned: PlannedSession): string {
  const { session, sessionClass, week } = planned;
  const lines = [
    `Kind: ${KIND_WORDS[session.kind]}`,
    `Class: ${classWords(session, sessionClass).join(', ')}${sessionClass.hard ? ' (hard session)' : ''}`,
    `Details: ${session.text}`,
    `Planned: ${planned.minutes} min at RPE ${sessionClass.rpe}${sessionClass.easyMinutes > 0 ? ` (${sessionClass.easyMinutes} min of it easy, at RPE 3)` : ''} (load ${sessionClass.load})`,
  ];
  if (session.kind === 'gym' && session.exercises.length > 0) {
    lines.push(`Exercises: ${session.exercises.map(exerciseWords).join(', ')}`);
  }
  const note = session.attributes.note?.value;
  if (note !== undefined) lines.push(`Notes: ${note}`);
  const label = week.block.header?.label?.value;
  lines.push(`Week ${week.number}${label ? ` (${label})` : ''}, ${WEEKDAY_FULL_NAMES[planned.weekday]}`);
  return lines.join('\n');
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'plan'
  );
}

/** The plan as an iCalendar file: one event per non-rest session, dated from the plan's `start:`. */
export function exportCalendar(plan: Plan, options: CalendarOptions = {}): ExportResult {
  const start = plan.start?.date;
  if (start === undefined) return { ok: false, error: MISSING_START_MESSAGE };
  const stamp = options.timestamp ?? new Date();
  const planSlug = slug(plan.title?.name ?? 'plan');
  const planned = plannedSessions(plan, start);
  if (planned.length === 0) {
    return { ok: false, error: 'The plan has no sessions to export (every day is rest).' };
  }
  const late = planned.find((session) => !writableDate(session.date));
  if (late !== undefined) {
    return { ok: false, error: `Could not write the calendar: week ${late.week.number} falls after the year 9999.` };
  }
  const events = planned.map((session): CalendarEvent => ({
    uid: `${planSlug}-${start}-w${session.week.number}-${WEEKDAY_NAMES[session.weekday].toLowerCase()}-${session.indexInDay}@hybrid-plan`,
    stamp,
    date: session.date,
    startMinutes: session.startMinutes,
    minutes: session.minutes,
    summary: sessionTitle(session.session),
    description: sessionDescription(session),
    categories: classWords(session.session, session.sessionClass),
  }));
  const text = writeCalendar({ productId: 'hybrid-plan/hybrid', name: plan.title?.name ?? 'Hybrid plan' }, events);
  return { ok: true, text };
}

// ---------------------------------------------------------------------------------------------------------------
// JSON export: the plan model with totals. Documented by schemas/plan-export.schema.json and docs/export.md.

/** Source place with 1-based lines and columns, end exclusive (the same convention as `hybrid check --format json`). */
export interface ExportedPlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ExportedSession {
  kind: Session['kind'];
  text: string;
  place: ExportedPlace;
  title: string;
  classes: string[];
  hard: boolean;
  legHard: boolean;
  minutes: number;
  rpe: number;
  load: number;
  distanceKm?: number;
  focus?: string;
  intensity?: string;
  runType?: string;
  activity?: string;
  effort?: string;
  /** Conditioning: `crossfit`, `hiit`, `hyrox`, … */
  style?: string;
  sport?: string;
  /** Event: `race` or `test`, what it tests (`run`, `strength`, `mixed`) and what is raced or tested. */
  event?: string;
  discipline?: string;
  what?: string;
  /** `HH:MM` when a clock time is written. */
  clock?: string;
  period?: 'am' | 'pm';
  zone?: number;
  repeats?: { count: number; eachKm?: number; eachMinutes?: number; reps?: number };
  note?: string;
  exercises?: { name: string; sets?: number; reps?: number; seconds?: number; load?: string }[];
}

export interface ExportedDay {
  weekday: Weekday;
  name: (typeof WEEKDAY_NAMES)[number];
  date?: string;
  rest: boolean;
  load: number;
  sessions: ExportedSession[];
}

/** A week's totals as exported: those of `computeTotals`, with `null` for an unknown easy share (JSON has no undefined). */
// `backToBackHardDays` stays out: the JSON format is stable (it is derived from the days anyway).
export type ExportedTotals = Omit<WeekTotals, 'week' | 'label' | 'goal' | 'easyShare' | 'dayLoads' | 'backToBackHardDays'> & { easyShare: number | null };

export interface ExportedWeek {
  number: number;
  label?: string;
  goal?: string;
  /** Week of a repeated block (`week 2-4`): 0 for its first week, 1 for the second, … */
  repeatIndex: number;
  monday?: string;
  days: ExportedDay[];
  totals: ExportedTotals;
}

export interface PlanExport {
  format: 'hybrid-plan';
  version: 1;
  title?: string;
  start?: string;
  goal?: string;
  singleWeek: boolean;
  syntaxErrors: number;
  weeks: ExportedWeek[];
}

function placeOf(range: Range): ExportedPlace {
  return {
    line: range.start.line + 1,
    column: range.start.column + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.column + 1,
  };
}

function exportSession(session: Session): ExportedSession {
  const sessionClass = classify(session);
  const attributes = session.attributes;
  const exported: ExportedSession = {
    kind: session.kind,
    text: session.text,
    place: placeOf(session.range),
    title: sessionTitle(session),
    classes: classWords(session, sessionClass),
    hard: sessionClass.hard,
    legHard: sessionClass.legHard,
    minutes: sessionClass.minutes,
    rpe: sessionClass.rpe,
    load: sessionClass.load,
  };
  if (sessionClass.distanceKm !== undefined) exported.distanceKm = sessionClass.distanceKm;
  if (session.kind === 'gym') {
    exported.focus = session.focus;
    exported.intensity = session.intensity;
    if (session.exercises.length > 0) {
      exported.exercises = session.exercises.map((exercise) => {
        const item: NonNullable<ExportedSession['exercises']>[number] = { name: exercise.name };
        if (exercise.sets !== undefined) item.sets = exercise.sets;
        if (exercise.reps !== undefined) item.reps = exercise.reps;
        if (exercise.seconds !== undefined) item.seconds = exercise.seconds;
        if (exercise.load) item.load = exercise.load.text;
        return item;
      });
    }
  } else if (session.kind === 'run') {
    exported.runType = session.runType;
  } else if (session.kind === 'cross') {
    exported.activity = session.activity;
    exported.effort = session.effort;
  } else if (session.kind === 'conditioning') {
    exported.style = session.style;
    exported.effort = session.effort;
  } else if (session.kind === 'sport') {
    exported.sport = session.sport;
    exported.effort = session.effort;
  } else if (session.kind === 'event') {
    exported.event = session.event;
    exported.discipline = session.discipline;
    if (session.what) exported.what = session.what.value;
  }
  const time = attributes.time?.value;
  if (time?.clockMinutes !== undefined) {
    exported.clock = `${pad2(Math.floor(time.clockMinutes / 60))}:${pad2(time.clockMinutes % 60)}`;
  }
  if (time?.period) exported.period = time.period;
  if (attributes.zone) exported.zone = attributes.zone.value;
  if (attributes.repeats) exported.repeats = { ...attributes.repeats.value };
  if (attributes.note) exported.note = attributes.note.value;
  return exported;
}

function exportTotals(totals: WeekTotals): ExportedTotals {
  return {
    gym: totals.gym,
    heavyGym: totals.heavyGym,
    runs: totals.runs,
    easyRuns: totals.easyRuns,
    qualityRuns: totals.qualityRuns,
    longRuns: totals.longRuns,
    steadyRuns: totals.steadyRuns,
    accessoryGym: totals.accessoryGym,
    cross: totals.cross,
    restDays: totals.restDays,
    hardDays: totals.hardDays,
    legHardDays: totals.legHardDays,
    minutes: totals.minutes,
    runKm: totals.runKm,
    load: totals.load,
    easyShare: totals.easyShare ?? null,
  };
}

function exportDay(day: Day, dayLoad: number, date: string | undefined, rest: boolean): ExportedDay {
  const exported: ExportedDay = {
    weekday: day.weekday,
    name: WEEKDAY_NAMES[day.weekday],
    rest,
    load: dayLoad,
    sessions: day.sessions.map(exportSession),
  };
  if (date !== undefined) exported.date = date;
  return exported;
}

/** The plan as plain JSON data: every week (repeats expanded), day and session with its class, and weekly totals. */
export function exportJson(plan: Plan): PlanExport {
  const totals = computeTotals(plan);
  const start = plan.start?.date;
  const firstGoal = plan.weeks[0]?.goal;
  // Plan facts first, then the weeks: the order a reader of the file expects.
  return {
    format: 'hybrid-plan',
    version: 1,
    ...(plan.title ? { title: plan.title.name } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(firstGoal !== undefined ? { goal: firstGoal } : {}),
    singleWeek: plan.singleWeek,
    syntaxErrors: plan.syntaxErrors.length,
    weeks: plan.weeks.map((week, index): ExportedWeek => {
      const weekTotals = totals[index];
      const label = week.block.header?.label?.value;
      return {
        number: week.number,
        ...(label !== undefined ? { label } : {}),
        ...(week.goal !== undefined ? { goal: week.goal } : {}),
        repeatIndex: week.repeatIndex,
        ...(start !== undefined ? { monday: dateOf(start, week.number, 0) } : {}),
        days: week.days.map((day) =>
          exportDay(
            day,
            weekTotals?.dayLoads[day.weekday] ?? 0,
            start === undefined ? undefined : dateOf(start, week.number, day.weekday),
            isRestDay(day),
          ),
        ),
        totals: weekTotals ? exportTotals(weekTotals) : emptyTotals(),
      };
    }),
  };
}

function emptyTotals(): ExportedTotals {
  return {
    gym: 0,
    heavyGym: 0,
    runs: 0,
    easyRuns: 0,
    qualityRuns: 0,
    longRuns: 0,
    steadyRuns: 0,
    accessoryGym: 0,
    cross: 0,
    restDays: 7,
    hardDays: 0,
    legHardDays: 0,
    minutes: 0,
    runKm: 0,
    load: 0,
    easyShare: null,
  };
}
