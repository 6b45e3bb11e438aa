// The plan model: what a `.hybrid` file means, with the exact source range of every part.
// Plain data only: no LSP types, no I/O. Lines and columns are 0-based, columns count UTF-16 code units
// (the same as LSP and VS Code), end positions are exclusive.

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const WEEKDAY_FULL_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export type Goal = 'strength' | 'running' | 'balanced';
export const GOALS: readonly Goal[] = ['strength', 'running', 'balanced'];

export type GymFocus = 'upper' | 'lower' | 'full' | 'push' | 'pull' | 'core';
export type GymIntensity = 'heavy' | 'moderate' | 'light';
export type RunType = 'easy' | 'recovery' | 'long' | 'tempo' | 'threshold' | 'intervals' | 'hills' | 'fartlek' | 'race';
export type CrossActivity = 'bike' | 'swim' | 'row' | 'walk' | 'hike' | 'mobility' | 'yoga';
export type CrossEffort = 'easy' | 'hard';

/** A value written in the text, with where it was written. */
export interface Located<T> {
  value: T;
  range: Range;
}

export interface Attributes {
  /** Planned time in minutes (`45min`, `1h30`). */
  duration?: Located<number>;
  /** Planned distance in km (`10km`, `10k`, `800m`, `6mi` → 9.656…). */
  distance?: Located<number>;
  /** `6x800m`, `5x1km`, `4x4min`, `5x5`: count and what each repeat is. */
  repeats?: Located<Repeats>;
  /** `@07:00`, `@7am`, `@18:30`, `am`, `pm`. */
  time?: Located<TimeOfDay>;
  /** `rpe 7`: 1–10. */
  rpe?: Located<number>;
  /** `z2`: 1–5. */
  zone?: Located<number>;
  /** `"felt flat"`: the unescaped text. */
  note?: Located<string>;
}

export interface Repeats {
  count: number;
  /** Distance of one repeat in km (`6x800m` → 0.8). */
  eachKm?: number;
  /** Time of one repeat in minutes (`4x4min` → 4). */
  eachMinutes?: number;
  /** Reps of one set (`5x5` → 5). */
  reps?: number;
}

export interface TimeOfDay {
  /** Minutes after midnight when a clock time is written (`@07:00` → 420, `@7pm` → 1140). */
  clockMinutes?: number;
  /** `am` / `pm` (written alone, or derived from a clock time: before 12:00 is am). */
  period?: 'am' | 'pm';
  /** True when the time comes from the day entry (`Mon am: …`), not from the session; its range is the entry's `am`/`pm`. */
  fromDay?: boolean;
}

export interface ExerciseLoad {
  /** The load exactly as written after `@` (`80%`, `100kg`, `225lb`, `rpe 8`). */
  text: string;
  percent?: number;
  kg?: number;
  rpe?: number;
}

export interface Exercise {
  /** Name in lower case with single spaces (`split squat`). */
  name: string;
  range: Range;
  nameRange: Range;
  sets?: number;
  reps?: number;
  /** Seconds per set when a time is given (`plank 3x60s` → 60). */
  seconds?: number;
  load?: ExerciseLoad;
}

interface SessionBase {
  /** From the first to the last character of the session's own text (no surrounding spaces, no `+`). */
  range: Range;
  /** The session's text exactly as written. */
  text: string;
  /** The word that names the kind (`gym`, `lift`, `run`, `bike`, `rest`, `off`, or a bare focus like `upper`). */
  keywordRange: Range;
  attributes: Attributes;
  /** The day entry this session belongs to. */
  entry: DayEntry;
}

export interface RestSession extends SessionBase {
  kind: 'rest';
}

export interface GymSession extends SessionBase {
  kind: 'gym';
  focus: GymFocus;
  /** Where the focus word is written; undefined when defaulted to `full`. `legs`/`upperbody` etc. keep their range. */
  focusRange?: Range;
  intensity: GymIntensity;
  /** Undefined when defaulted to `moderate`. */
  intensityRange?: Range;
  exercises: Exercise[];
  /** From `[` to `]` inclusive, when written. */
  exercisesRange?: Range;
}

export interface RunSession extends SessionBase {
  kind: 'run';
  runType: RunType;
  /** Undefined when the run has no type (an easy run by default). */
  runTypeRange?: Range;
}

export interface CrossSession extends SessionBase {
  kind: 'cross';
  activity: CrossActivity;
  effort: CrossEffort;
  /** Undefined when the effort word is not written (easy by default). */
  effortRange?: Range;
}

export type Session = RestSession | GymSession | RunSession | CrossSession;

export interface Comment {
  /** Text after `#`, without the `#` and without surrounding whitespace. */
  text: string;
  /** From `#` to the end of the line (no line break). */
  range: Range;
  /** True when nothing but whitespace precedes the `#` on its line. */
  ownLine: boolean;
}

export interface Suppression {
  /** `line`: `# hybrid-ignore …` (applies to its line's sessions); `file`: `# hybrid-ignore-file …`. */
  scope: 'line' | 'file';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  line: number;
  range: Range;
}

interface StatementBase {
  /** From the first to the last character of the statement (without a trailing comment or `;`). */
  range: Range;
}

export interface TitleStatement extends StatementBase {
  type: 'title';
  name: string;
}

export interface GoalStatement extends StatementBase {
  type: 'goal';
  /** Usually one; two or more when one statement names several goals (a `main-goal` error). */
  goals: Located<Goal>[];
}

export interface StartStatement extends StatementBase {
  type: 'start';
  /** ISO date `YYYY-MM-DD` as written (validated). */
  date: string;
  dateRange: Range;
}

export interface WeekHeader extends StatementBase {
  type: 'week';
  /** First and last week number (`week 3` → 3..3, `week 2-4` → 2..4). */
  from: number;
  to: number;
  numberRange: Range;
  label?: Located<string>;
}

export interface DayEntry extends StatementBase {
  type: 'day';
  weekday: Weekday;
  /** The weekday word (`Mon`, `monday`, `Mo`). */
  dayRange: Range;
  /** Position just after the `:`. */
  colonEnd: Position;
  /** `Mon am: …` / `Mon pm: …`: the time of day of every session of this line that sets none itself. */
  period?: Located<'am' | 'pm'>;
  sessions: Session[];
  /** The week block this entry was written in. */
  block: WeekBlock;
}

export type Statement = TitleStatement | GoalStatement | StartStatement | WeekHeader | DayEntry;

/** A `week …` line and the statements under it, or the implicit single week of a file without `week` lines. */
export interface WeekBlock {
  /** Undefined for the implicit week of a file without any `week` line. */
  header?: WeekHeader;
  /** Goal and day statements written inside this block, in source order. */
  statements: (GoalStatement | DayEntry)[];
  /** From the header (or first statement) to the end of the block's last non-empty line. */
  range: Range;
}

export interface Day {
  weekday: Weekday;
  /** The lines written for this weekday in this week, in source order (empty when unplanned). */
  entries: DayEntry[];
  /** All sessions of the entries, in order. */
  sessions: Session[];
}

/** One concrete week of the plan (a `week 2-4` block yields three, sharing the same source). */
export interface Week {
  number: number;
  block: WeekBlock;
  /** 0 for the first repeat of a block, 1 for the second, … */
  repeatIndex: number;
  /** The goal in force for this week (from the file top or the latest `goal` inside a week up to this one). */
  goal?: Goal;
  /** Always 7 days, Monday first. */
  days: Day[];
}

export interface SyntaxIssue {
  message: string;
  range: Range;
}

export interface Plan {
  text: string;
  title?: TitleStatement;
  start?: StartStatement;
  /** Every goal statement in source order (file top and inside weeks). */
  goals: GoalStatement[];
  /** Every statement in source order. */
  statements: Statement[];
  blocks: WeekBlock[];
  /** Expanded weeks in plan order (sorted by number). */
  weeks: Week[];
  /** True when the file has no `week` line: its one week repeats, Sunday is followed by its own Monday. */
  singleWeek: boolean;
  comments: Comment[];
  suppressions: Suppression[];
  syntaxErrors: SyntaxIssue[];
}
