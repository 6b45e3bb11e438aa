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
/** `steady` (steady, moderate, marathon pace, progression): neither an easy run nor a quality run. */
export type RunType = 'easy' | 'recovery' | 'long' | 'steady' | 'tempo' | 'threshold' | 'intervals' | 'hills' | 'fartlek' | 'race';
/** The run types of a quality run (the guide's hard running). */
export const QUALITY_RUN_TYPES: ReadonlySet<string> = new Set<RunType>(['tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race']);
/** `cross` is cross-training of no named kind (`cross`, `cross training`, `cardio`). */
export type CrossActivity = 'bike' | 'swim' | 'row' | 'walk' | 'hike' | 'mobility' | 'yoga' | 'elliptical' | 'cross';
export type Effort = 'easy' | 'hard';
export type CrossEffort = Effort;
/** The kind word of a conditioning session, canonical (`wod` → `crossfit`, `metcon` → `metcon`). */
export type ConditioningStyle = 'conditioning' | 'crossfit' | 'hiit' | 'metcon' | 'circuit' | 'hyrox' | 'bootcamp';
/** A race, or a test of fitness or strength (`time trial 5km`, `test acft`, `1RM test`). */
export type EventType = 'race' | 'test';
/** What an event tests: running (a race or time trial), strength (a 1RM test) or both (acft, hyrox, a fitness test). */
export type EventDiscipline = 'run' | 'strength' | 'mixed';
/** Effort words of a target (`@ threshold`, `@ MP`, `@ 10k pace`, `at easy pace`). */
export type EffortTarget =
  | 'recovery'
  | 'easy'
  | 'steady'
  | 'marathon'
  | 'half-marathon'
  | 'threshold'
  | 'tempo'
  | '10k'
  | '5k'
  | 'mile'
  | 'interval'
  | 'race';
export type SessionKind = 'rest' | 'gym' | 'run' | 'cross' | 'conditioning' | 'sport' | 'event';

/** A value written in the text, with where it was written. */
export interface Located<T> {
  value: T;
  range: Range;
}

/** A low and a high written as a range (`30-45min`, `3-5km`, `rpe 6-7`). */
export interface Span {
  low: number;
  high: number;
}

/**
 * A number written in the text. When a range is written (`30-45min`), `span` keeps both ends and `value` is their
 * midpoint: totals, load and the rules use `value` (language-decisions.md, "Ranges count at their midpoint").
 */
export interface Measure extends Located<number> {
  span?: Span;
  /**
   * A time written like a clock first in its session (`10:00 walk`): minutes and seconds in a week that writes its
   * other times so, else a start time without its '@' (an error; parser.ts, `clockTimesInBlock`).
   */
  clock?: true;
}

export interface Pace {
  /** Seconds per km (`@5:00/km` → 300, `@8:00/mi` → 298.3…); the midpoint when a range is written. */
  secondsPerKm: number;
  /** The unit written. */
  per: 'km' | 'mi';
  /** Both ends in seconds per km when a range is written (`@5:00-5:20/km`). */
  span?: Span;
}

export interface HeartRate {
  /** Beats per minute the heart rate stays under (`hr < 150`, `hr 140-150` → 150). */
  below?: number;
  /** Beats per minute the heart rate stays over (`hr > 120`, `hr 140-150` → 140). */
  above?: number;
}

/** `EMOM 12min`, `AMRAP 10min`: a timed work format (its minutes are the session's duration when none is written). */
export interface WorkFormat {
  style: 'emom' | 'amrap';
  minutes?: number;
}

export interface Attributes {
  /** Planned time in minutes (`45min`, `1h30`, `30 min`; `30-45min` → 37.5 with its span). */
  duration?: Measure;
  /** Planned distance in km (`10km`, `10k`, `800m`, `6mi` → 9.656…; `3-5km` → 4 with its span). */
  distance?: Measure;
  /** `6x800m`, `5x1km`, `4x4min`, `5x5`, `6 x 800m`, `6-8x400m`: count and what each repeat is. */
  repeats?: Located<Repeats>;
  /** `@07:00`, `@7am`, `@18:30`, `am`, `pm`. */
  time?: Located<TimeOfDay>;
  /** `rpe 7`: 1–10 (`rpe 6-7` → 6.5 with its span). */
  rpe?: Measure;
  /** `@5:00/km`, `@ 8:30/mi`: a pace target. */
  pace?: Located<Pace>;
  /** `@ threshold`, `@ MP`, `@ 10k pace`, `at easy pace`: an effort target. */
  effortTarget?: Located<EffortTarget>;
  /** `hr < 150`, `hr 140-150`. */
  heartRate?: Located<HeartRate>;
  /** `+ strides`, `6x20s strides`: strides after a run (they stay part of the run). */
  strides?: Located<{ count?: number }>;
  /** `drills`, `running drills`: form drills with a run. */
  drills?: Located<true>;
  /** `EMOM 12min`, `AMRAP 10min`. */
  workFormat?: Located<WorkFormat>;
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
  /** Reps of one set (`5x5` → 5; `3x8-12` → 10, the midpoint). */
  reps?: number;
  /** Both ends of the count when written as a range (`6-8x400m`); `count` is then the midpoint. */
  countSpan?: Span;
  /** Both ends of the reps when written as a range (`3x8-12`); `reps` is then the midpoint. */
  repsSpan?: Span;
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
  /** Metres per set when a distance is given (`sled push 4x25m` → 25). */
  metres?: number;
  /** Repetition maximum aimed at (`deadlift 4RM`, `squat 5x5 @5RM` → 4, 5). */
  rm?: number;
  load?: ExerciseLoad;
}

/**
 * A box of what is worked out from a session's own words (its class), shared by the copies of one cached day line
 * (parser.ts, `DayCache`): a copy in the next parse finds its class worked out. A session read afresh, or changed for
 * its week after reading (a new object then), has none and keeps its class on itself.
 */
export const SHARED_FACTS = Symbol('hybrid.sharedFacts');

/** The box (analysis/classify.ts fills it): one shape for every session, so reading it is one property load. */
export interface SessionFacts {
  class: unknown;
}

export function newFacts(): SessionFacts {
  return { class: undefined };
}

interface SessionBase {
  [SHARED_FACTS]?: SessionFacts;
  /** From the first to the last character of the session's own text (no surrounding spaces, no `+`). */
  range: Range;
  /** The session's text exactly as written. */
  text: string;
  /**
   * The word(s) that name the kind (`gym`, `lift`, `run`, `bike`, `rest`, `off`, a bare focus like `upper`, or a
   * vocabulary phrase like `cross training`), wherever they are written in the session (`easy run 40min`).
   */
  keywordRange: Range;
  /** The canonical phrase when the kind comes from a vocabulary word (`strength` → `gym`, `parkrun` → `race 5km`). */
  vocabulary?: Located<string>;
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
  /**
   * Minutes of a run written in parts that are run easy, when fewer than its duration: the warm-up, jogs, easy parts
   * and cool-down (`Jog 5mins easy, run 20mins Fartlek, jog 10mins easy` → 15 of 35). Load counts them at an easy RPE.
   */
  easyMinutes?: number;
  /** Km of a run written in parts that are run easy, when less than its distance (`tempo run: 1 mile easy, 3 miles @ 8 min/mile, 1 mile easy` → 2 mi). */
  easyKm?: number;
  /**
   * A run named by nothing but its time (`Mon: 25-30 min`): a run when most of the plan's named sessions are runs, else
   * read so with a warning to write the activity (parser.ts, `timeOnlyRuns`).
   */
  timeOnly?: true;
}

export interface CrossSession extends SessionBase {
  kind: 'cross';
  activity: CrossActivity;
  effort: CrossEffort;
  /** Undefined when the effort word is not written (easy by default). */
  effortRange?: Range;
}

export interface ConditioningSession extends SessionBase {
  kind: 'conditioning';
  style: ConditioningStyle;
  effort: Effort;
  /** Undefined when the effort word is not written (hard by default). */
  effortRange?: Range;
}

export interface SportSession extends SessionBase {
  kind: 'sport';
  /** The sport in lower case as the vocabulary names it (`football`, `tennis`, `martial arts`). */
  sport: string;
  effort: Effort;
  /** Undefined when the effort word is not written (hard by default: a game or a sparring session is hard). */
  effortRange?: Range;
}

export interface EventSession extends SessionBase {
  kind: 'event';
  event: EventType;
  discipline: EventDiscipline;
  /** What is raced or tested, canonical and lower case (`5km`, `half marathon`, `acft`, `1rm`, `time trial`). */
  what?: Located<string>;
  /**
   * Km of the warm-up and cool-down pieces written with a race (`parkrun + 2km cooldown`: 2): run on the day, not raced,
   * so not in the race's distance; long-run-spike counts them in the day's outing.
   */
  warmUpKm?: number;
}

export type Session = RestSession | GymSession | RunSession | CrossSession | ConditioningSession | SportSession | EventSession;

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
  /** The goal names a half marathon or a marathon (`goal: marathon`): its bare `race pace` / `goal pace` is steady. */
  longRace?: boolean;
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

export interface PaceStatement extends StatementBase {
  type: 'pace';
  /** The runner's easy pace in seconds per km (`pace: 6:00/km` → 360, `pace: 9:30/mi` → 354.2…). */
  secondsPerKm: number;
  per: 'km' | 'mi';
  valueRange: Range;
}

export interface DayEntry extends StatementBase {
  type: 'day';
  weekday: Weekday;
  /** The weekday word (`Mon`, `monday`, `Mo`), or `Day 3` (from `Day` to the number). */
  dayRange: Range;
  /** `Day 1:` … `Day 7:` read as Mon … Sun: the number written. */
  dayNumber?: number;
  /** Position just after the `:`. */
  colonEnd: Position;
  /** `Mon am: …` / `Mon pm: …`: the time of day of every session of this line that sets none itself. */
  period?: Located<'am' | 'pm'>;
  sessions: Session[];
  /** The week block this entry was written in. */
  block: WeekBlock;
  /** Read from a row of a table (`| Mon | squat 5x5 | run 30 min |`): fixes leave its cells as written. */
  tableRow?: true;
  /**
   * Read from a line that names several days (`Mon, Wed, Fri: weights`): each day is an entry with the same sessions
   * and range. Fixes leave the line as written (a move of one day's session would change the others).
   */
  severalDays?: true;
  /**
   * Read from a line that names the session before its days (`Weights: Mon, Thu`, `Long run: Sun`): `severalDays` too
   * (one day or more, the same way: fixes leave the line as written).
   */
  sessionFirst?: true;
  /** Written after its week's number on one line (`Week 1 Day 1: …`): fixes leave the line as written. */
  afterWeek?: true;
}

export type Statement = TitleStatement | GoalStatement | StartStatement | PaceStatement | WeekHeader | DayEntry;

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

/** One replacement in the plan's text. */
export interface TextReplacement {
  range: Range;
  newText: string;
}

/** A quick fix the parser knows for its own message (a did-you-mean, a missing `:`, `6 x 800m` → `6x800m`). */
export interface SyntaxFix {
  title: string;
  edits: TextReplacement[];
  /** The fix to apply when only one is wanted. */
  preferred?: boolean;
}

export interface SyntaxIssue {
  message: string;
  range: Range;
  /** Undefined is an error; `warning` is text read with a guess the writer should confirm (`2.5 m run`). */
  severity?: 'warning' | 'info';
  fixes?: SyntaxFix[];
  /** An unknown word a user may add to the `vocabulary` of `.hybridrc.json`, and the phrases it could stand for. */
  unknownWord?: { word: string; phrases: string[] };
}

/** The words a plan was read with (the built-in vocabulary and the user's, from `.hybridrc.json`). */
export interface PlanVocabulary {
  /** The user's phrases and the session each means, as written in `.hybridrc.json`. */
  readonly user: ReadonlyMap<string, string>;
}

export interface Plan {
  text: string;
  /** Set when the plan was read with a user's vocabulary: a re-parse of an edited text must use it too. */
  vocabulary?: PlanVocabulary;
  title?: TitleStatement;
  start?: StartStatement;
  /** `pace: 6:00/km`: the runner's easy pace, which turns a distance-only run into minutes. */
  pace?: PaceStatement;
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
