// Meaning of one session's words: kind, focus/type/effort, attributes and exercises, with a plan-word message for the
// first thing that does not fit. A session reports at most ONE syntax error. It is kept with what was understood when
// its kind is known (an unknown word, a bad attribute or an unterminated note is skipped, the rest still counts in
// totals and rules); it is dropped only when its kind itself is unknown, because nothing can be said about it then.
import type { IToken } from 'chevrotain';
import type {
  Attributes,
  CrossActivity,
  CrossEffort,
  ConditioningStyle,
  EventDiscipline,
  EventType,
  Exercise,
  ExerciseLoad,
  GymFocus,
  GymIntensity,
  EffortTarget,
  HeartRate,
  Located,
  Measure,
  Pace,
  Range,
  Repeats,
  RunType,
  Session,
  SyntaxFix,
  SyntaxIssue,
} from './model';
import { QUALITY_RUN_TYPES } from './model';
import type { RawItem, RawSession } from './grammar';
import { At, Colon, Comma, Dash, DayName, NumberSign, planLexer, Quantity, StringLiteral, UnterminatedString, Word } from './tokens';
import { editDistance, quoteList, suggest } from './suggest';
import { LineIndex } from './text';
import {
  CONDITIONING_WORDS,
  EFFORT_MODIFIERS,
  EVENT_MODIFIERS,
  EXERCISE_HEADS,
  CONDITIONING_MOVES,
  GYM_MODIFIERS,
  type Modifier,
  NOISE_WORDS,
  RUN_MODIFIERS,
  SESSION_PHRASES,
  SPORTS,
  TARGET_PHRASES,
  TEST_TRAINING_WORDS,
  BODY_PARTS,
  CARRIED,
  PERIOD_WORDS,
} from './vocabulary';
import { tokenMatcher } from 'chevrotain';

export interface SourceText {
  text: string;
  rangeOf(token: IToken): Range;
  rangeBetween(first: IToken, last: IToken): Range;
  offsetAt(position: { line: number; column: number }): number;
}

export const REST_WORDS = ['rest', 'off'] as const;
export const GYM_WORDS = ['gym', 'lift'] as const;
/** Focus words, including the bare forms that make a gym session on their own (`Thu: upperbody`). */
export const FOCUS_WORDS: ReadonlyMap<string, GymFocus> = new Map<string, GymFocus>([
  ['upper', 'upper'],
  ['lower', 'lower'],
  ['full', 'full'],
  ['push', 'push'],
  ['pull', 'pull'],
  ['legs', 'lower'],
  ['core', 'core'],
  ['upperbody', 'upper'],
  ['lowerbody', 'lower'],
  ['fullbody', 'full'],
  ['upper-body', 'upper'],
  ['lower-body', 'lower'],
  ['full-body', 'full'],
]);
export const INTENSITY_WORDS: readonly GymIntensity[] = ['heavy', 'moderate', 'light'];
export const RUN_TYPES: readonly RunType[] = ['easy', 'recovery', 'long', 'steady', 'tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race'];
export const CROSS_ACTIVITIES: readonly CrossActivity[] = ['bike', 'swim', 'row', 'walk', 'hike', 'mobility', 'yoga'];
export const CROSS_EFFORTS: readonly CrossEffort[] = ['easy', 'hard'];

/** Every word that may start a session, preferred spellings first (for did-you-mean). */
export const SESSION_WORDS: readonly string[] = [
  'gym',
  'run',
  'rest',
  'off',
  'lift',
  ...CROSS_ACTIVITIES,
  ...FOCUS_WORDS.keys(),
  'cross',
  'race',
  'test',
  ...CONDITIONING_WORDS.keys(),
  'sport',
  ...SPORTS,
  ...SESSION_PHRASES.map(([phrase]) => phrase).filter((phrase) => !phrase.includes(' ')),
];
const ATTRIBUTE_WORDS = ['am', 'pm', 'rpe'];

const attributeNames: Record<keyof Attributes, string> = {
  duration: 'duration',
  distance: 'distance',
  repeats: 'repeats',
  time: 'time of day',
  rpe: 'rpe',
  zone: 'zone',
  note: 'note',
  pace: 'pace',
  effortTarget: 'effort target',
  heartRate: 'heart rate',
  strides: 'strides',
  drills: 'drills',
  workFormat: 'EMOM or AMRAP',
};

// Compiled once: the parser runs on every keystroke.
const DURATION = /^(?:(\d+(?:\.\d+)?)h(?:(\d+)(?:min|m)?)?|(\d+(?:\.\d+)?)(?:min|mins))$/i;
const DISTANCE = /^(\d+(?:\.\d+)?)(km|k|mi|m|yd)$/i;
const SECONDS = /^(\d+(?:\.\d+)?)(s|sec|secs)$/i;
const CLOCK_MINUTES = /^(\d{1,2}):(\d{2})(?:min|mins)$/i;
// `8a`, `7:30p`: plan tables' short am/pm.
const CLOCK = /^(\d{1,2})(?::(\d{2}))?(am|pm|a|p)?$/i;
const ZONE = /^z(\d+)$/i;
/** `z2`, `z1-2`, `z1/2`: a heart-rate zone named in a session. */
const ZONE_WORD = /^z\d(?:[-/]\d)?$/i;
/** Rowing's training bands (`UT2 row`, `UT1`): utilisation 2 is zone 2, utilisation 1 zone 3. */
const ROWING_BANDS: ReadonlyMap<string, number> = new Map([
  ['ut2', 2],
  ['ut1', 3],
]);
/** Words that never start or continue an exercise's name: a time of day, an effort, a zone (`AM hard row`, `UT2 row`). */
const NOT_IN_A_NAME: ReadonlySet<string> = new Set(['am', 'pm', 'rpe', 'hard', 'easy', 'ut1', 'ut2']);
/** A load: `80%`, `100kg`, `225lb`, `53#`; `100 kg` when a spaced unit was joined to its number (the text as written). */
const LOAD = /^(\d+(?:\.\d+)?)\s*(%|kg|lbs?|#)$/i;
const UNIT = /^\d+(?:[.:]\d+)*([a-z%]+)/i;
const WEIGHT_UNIT = /^(kg|lbs?)$/i;
const WHOLE_NUMBER = /^\d+$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
/** A range of two bare numbers (`7.5-8` of `7.5-8 hill miles`). */
const NUMBER_SPAN = /^\d+(?:\.\d+)?-\d+(?:\.\d+)?$/;
/** What a bare count before it repeats in a run (`5 hill repeats`, `6 repeats`, `8 hill sprints`). */
const REPEATED: ReadonlySet<string> = new Set(['repeats', 'repeat', 'reps', 'sprints', 'hills', 'intervals', 'efforts']);
const CLOCK_HINT = /[:apm]/i;
const ESCAPE = /\\(.)/g;
const KNOWN_UNITS = ['min', 'h', 'km', 'm', 'mi', 'k', 's', 'x'];
const MILE_KM = 1.609344;
/** Swims in US pools and runs on a football field are in yards. */
const YARD_M = 0.9144;

class SessionError extends Error {
  constructor(
    message: string,
    readonly range: Range,
    readonly fixes?: SyntaxFix[],
    readonly severity?: 'warning',
  ) {
    super(message);
  }
}

/** A problem found after the item at `index` (and those before it) was read: reading goes on after `index`. */
class SessionIndexError extends SessionError {
  constructor(
    message: string,
    range: Range,
    readonly index: number,
  ) {
    super(message, range);
  }
}

/** Offset just past the token (end exclusive). */
export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

/** A session before it is attached to its day entry. */
export type UnattachedSession = Session extends infer S ? (S extends Session ? Omit<S, 'entry'> : never) : never;

function lower(token: IToken): string {
  return wordOf(token.image);
}

/**
 * A word that names a pace, after which `+`/`-` and seconds are the pace's offset (`goal pace + 15 sec`, `MP + 30s`,
 * `GHMP+20-30sec`, `GHMP-10-15 sec`): `pace` and the abbreviations of a (goal, planned) marathon or half marathon pace.
 */
export const PACE_WORD = /^(?:pace|mp|gp|gmp|pmp|hmp|ghmp)$/i;

/**
 * A word as the vocabulary reads it: lower case, and a dotted abbreviation without its dots (`G.A.` = `ga`, `a.m.` =
 * `am`, `S.E.` = `se`; language-decisions.md, "Sprinters' tempo and dotted abbreviations").
 */
export function wordOf(image: string): string {
  const word = image.toLowerCase();
  // `G.A.` is `ga`; `N+TC` (one word: tokens.ts) is `ntc`.
  if (word.length > 2 && word.indexOf('+') > 0) return word.replace(/\+/g, '');
  return word.indexOf('.') < 0 ? word : word.replace(/\./g, '');
}

/** `bi's` → `bis`, `tri’s` → `tris`: a plural written with an apostrophe (a split's short names), as the plain plural. */
function pluralOf(word: string): string {
  return word.replace(/['\u2019]s$/, 's');
}

/** Unescape a double-quoted string token (`"a \"b\""` → `a "b"`). */
export function unquote(image: string): string {
  const body = image.endsWith('"') && image.length >= 2 ? image.slice(1, -1) : image.slice(1);
  return body.includes('\\') ? body.replace(ESCAPE, '$1') : body;
}

/** `1:45:00`: hours, minutes and seconds (a long run's time as a watch shows it). */
const CLOCK_HMS = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;
/**
 * `2:00h` (`2:00 hrs`, `1:30 hr` with the unit shortened): hours and minutes. Under ten hours: `18:00h`, `19:30 h` are
 * a clock's time as Europe writes it (a start, not an 18-hour run); they stay the unknown unit they were.
 */
const CLOCK_HOURS = /^(0?\d):([0-5]\d)h$/i;

function duration(image: string): number | undefined {
  const match = DURATION.exec(image);
  if (!match) {
    const hms = CLOCK_HMS.exec(image);
    if (hms) return Number(hms[1]) * 60 + Number(hms[2]) + Number(hms[3]) / 60;
    // `2:00 hrs easy`, `1:30 hr run`: hours and minutes.
    const hours = CLOCK_HOURS.exec(image);
    if (hours) return Number(hours[1]) * 60 + Number(hours[2]);
    // `1:30 minutes`, `2:30min`: minutes and seconds.
    const clock = CLOCK_MINUTES.exec(image);
    return clock ? (Number(clock[2]) > 59 ? NaN : Number(clock[1]) + Number(clock[2]) / 60) : undefined;
  }
  if (match[3] !== undefined) return Number(match[3]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (minutes > 59) return NaN;
  return Number(match[1]) * 60 + minutes;
}

function distanceKm(image: string): number | undefined {
  const match = DISTANCE.exec(image);
  if (!match) return undefined;
  const value = Number(match[1]);
  switch (match[2].toLowerCase()) {
    case 'km':
    case 'k':
      return value;
    case 'mi':
      return value * MILE_KM;
    case 'yd':
      return (value * YARD_M) / 1000;
    default:
      return value / 1000;
  }
}

function seconds(image: string): number | undefined {
  const match = SECONDS.exec(image);
  return match ? Number(match[1]) : undefined;
}

/** What a number glued to letters means outside exercises, with the message when it means nothing. */
function unitHint(image: string): string {
  const unit = UNIT.exec(image)?.[1];
  if (unit === undefined) {
    return `'${image}' needs a unit — minutes (45min), hours (1h), or a distance (10km, 800m, 6mi)`;
  }
  if (unit === '%' || WEIGHT_UNIT.test(unit)) {
    return `A load like '${image}' belongs to an exercise, e.g. [squat 5x5 @${image}]`;
  }
  // `2x` and `30s` use units that only mean something inside repeats: suggesting the same text would be no help.
  if (/^x$/i.test(unit)) return `'${image}' is not a repeat — write it like 6x800m, 5x1km, 4x4min or 5x5`;
  if (/^(s|sec|secs)$/i.test(unit)) return `'${image}' is in seconds, which only repeats use (10x30s) — write a duration in min or h (45min, 1h)`;
  const guess = suggest(unit, KNOWN_UNITS);
  return guess
    ? `Unknown unit '${unit}' in '${image}' — did you mean '${image.slice(0, image.length - unit.length)}${guess}'?`
    : `Unknown unit '${unit}' in '${image}' — use min, h, km, m or mi`;
}

const PACE_CLOCK = /^(\d{1,2})(?::(\d{2}))?(?:min|mins)?$/i;
const PACE_UNIT = /^(?:(?:min)?\/)?(km|k|mi|mile)$/i;
/** `7:15mm`, `7:15mpm`: minutes and seconds a mile, the unit glued on (`mm` is no length a runner writes). */
const MILE_PACE_GLUED = /^(\d{1,2}):(\d{2})(?:mm|mpm)$/i;
const SLOWEST_PACE = 20 * 60;
const FASTEST_PACE = 2 * 60;

/**
 * `4'21"`: minutes and seconds written with the coaches' marks, glued (`4'` then `21"` lex apart), as a pace's clock
 * (`4:21`); undefined otherwise.
 */
function markedClock(first: IToken | undefined, second: IToken | undefined): RegExpExecArray | undefined {
  if (first === undefined || second === undefined || second.startOffset !== tokenEnd(first)) return undefined;
  const minutes = /^(\d{1,2})['\u2019\u2032]$/.exec(first.image);
  if (minutes === null) return undefined;
  const seconds = /^(\d{2})["\u201d\u2033]$/.exec(second.image);
  return seconds ? (PACE_CLOCK.exec(`${minutes[1]}:${seconds[1]}`) ?? undefined) : undefined;
}

/**
 * A pace from `tokens[index]` on: `5:00/km`, `5:00 /km`, `5:00min/km`, `5:00 min/km`, `8:30/mi`, `8:30 per mile`.
 * Returns the pace and the index after it, or a message.
 */
export function readPace(
  tokens: readonly IToken[],
  index: number,
  source: SourceText,
): { pace: Pace; range: Range; next: number } | string {
  const clock = tokens[index];
  // `7:15mm`, `7:15mpm`: minutes a mile with their unit glued on, as runners' logs write a pace.
  const glued = clock && MILE_PACE_GLUED.exec(clock.image);
  if (glued) {
    const perMile = Number(glued[1]) * 60 + Number(glued[2]);
    if (Number(glued[2]) > 59) return `'${clock.image}' is not a pace — seconds go from 00 to 59`;
    if (perMile / MILE_KM < FASTEST_PACE || perMile / MILE_KM > SLOWEST_PACE) return `'${clock.image}' is not a running pace — between 2:00 and 20:00 per km`;
    return { pace: { secondsPerKm: perMile / MILE_KM, per: 'mi' }, range: source.rangeOf(clock), next: index + 1 };
  }
  const marked = markedClock(clock, tokens[index + 1]);
  const match = marked ?? (clock && PACE_CLOCK.exec(clock.image));
  if (!clock || !match) return `Expected a pace like 5:00/km or 8:30/mi${clock ? `, not '${clock.image}'` : ''}`;
  let i = index + (marked ? 2 : 1);
  // The unit: `/km`, `min/km` (one word), `min /km`, `per km`, `per mile`.
  if (tokens[i] && /^min$/i.test(tokens[i].image) && tokens[i + 1]?.image === '/') i++;
  if (tokens[i] && (tokens[i].image === '/' || /^per$/i.test(tokens[i].image))) i++;
  const unitToken = tokens[i];
  const unit = unitToken && PACE_UNIT.exec(unitToken.image);
  if (!unit) return `'${clock.image}' needs a unit — write the pace like ${clock.image.replace(/min$/i, '')}/km or ${clock.image.replace(/min$/i, '')}/mi`;
  const seconds = Number(match[1]) * 60 + Number(match[2] ?? 0);
  if (Number(match[2] ?? 0) > 59) return `'${clock.image}' is not a pace — seconds go from 00 to 59`;
  const per = unit[1].toLowerCase().startsWith('m') ? 'mi' : 'km';
  const secondsPerKm = per === 'mi' ? seconds / MILE_KM : seconds;
  if (secondsPerKm < FASTEST_PACE || secondsPerKm > SLOWEST_PACE) {
    return `'${source.text.slice(clock.startOffset, tokenEnd(unitToken))}' is not a running pace — between 2:00 and 20:00 per km`;
  }
  return { pace: { secondsPerKm, per }, range: source.rangeBetween(clock, unitToken), next: i + 1 };
}

/** Before `light weight` / `heavy weight`: the weight is carried (`with light weight vest`, `a heavy weight pack`). */
const WEIGHT_CARRIED_BEFORE: ReadonlySet<string> = new Set(['with', 'a', 'an', 'w/']);
/** After `light weight` / `heavy weight`: what is carried or worn. */
const WEIGHT_CARRIED_GEAR: ReadonlySet<string> = new Set(['vest', 'vests', 'pack', 'backpack', 'rucksack', 'ruck', 'bergen', 'bag', 'jacket', 'belt', 'sled', 'sandbag']);

/** Rugby's session words that are plain English too (`attack the hills`), and the words after them that make them so. */
const TEAM_WORDS_IN_ENGLISH: ReadonlySet<string> = new Set(['attack', 'defence', 'defense']);
const ENGLISH_AFTER_TEAM_WORD: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'each', 'every', 'your', 'this', 'that', 'those', 'these', 'it', 'them', 'any', 'all']);

/**
 * A unit after a span's image (`13:00-14:00 min/mile`, `@ 13:00-14:00 pace`, `20:00-22:00 min`): the span is a range of
 * paces or of times, not the hours of the day.
 */
const UNIT_AFTER_SPAN = /^(?:\/|(?:pace|per|mins?|minutes?|secs?|seconds?|s|hrs?|hours?|mi|miles?|km|kms|k|m)(?:$|\/))/;

/**
 * Whether a span read before `after` is a span of the day: no unit after it, and — for a run — an am or pm written, and
 * not whole hours with a spaced am/pm (`run 4-5 pm` is 4 to 5 miles in the afternoon, as `run 5 pm` is 5 miles: a
 * runner's double; `run 4-5pm` and `run 6:30-7:30 am` stay spans; `tempo 20:00-22:00` is 20 to 22 minutes).
 */
function spanOfDay(image: string, after: string | undefined, kind: string | undefined): boolean {
  if (after !== undefined && UNIT_AFTER_SPAN.test(after)) return false;
  if (kind !== 'run') return true;
  // A run's figures with no am/pm (`tempo 20:00-22:00`: 20 to 22 minutes) are its time, not 8 to 10 pm.
  if (after !== 'am' && after !== 'pm') return /[ap]/i.test(image);
  return !/^\d{1,2}-\d{1,2}$/.test(image);
}

/** `7-8:30pm`, `6:30-7:30am`, `7pm-8:30pm`, `18:00-19:30`: two times of day joined by a dash. */
const CLOCK_SPAN = /^(\d{1,2})(?::([0-5]\d))?(am|pm|a|p)?-(\d{1,2})(?::([0-5]\d))?(am|pm|a|p)?$/i;

/**
 * The start (minutes after midnight) and length of a span of the day (`7-8:30pm`, `6:30-7:30` before `am`, `7pm-8:30pm`,
 * `18:00-19:30`), or undefined. Needs an am or pm, or both times written with minutes and one hour past 12 (a pace range
 * `7:30-8:00` or `10:00-10:30` stays a pace); a start without its own am/pm takes the end's unless that puts it after the
 * end (`11-12:30pm` starts at 11 am). The length is 10 minutes to 6 hours.
 */
function clockSpan(image: string, periodAfter: 'am' | 'pm' | undefined): { start: number; minutes: number } | undefined {
  const match = CLOCK_SPAN.exec(image);
  if (!match) return undefined;
  const [, h1, m1, p1, h2, m2, p2] = match as unknown as [string, string, string | undefined, string | undefined, string, string | undefined, string | undefined];
  const endPeriod = p2 ?? periodAfter;
  const minutesOf = (hours: number, minutes: number, period: string | undefined): number | undefined => {
    if (minutes > 59) return undefined;
    if (period === undefined) return hours <= 23 ? hours * 60 + minutes : undefined;
    if (hours < 1 || hours > 12) return undefined;
    return ((hours % 12) + (period.toLowerCase().startsWith('p') ? 12 : 0)) * 60 + minutes;
  };
  let start: number | undefined;
  let finish: number | undefined;
  if (endPeriod === undefined) {
    if (p1 !== undefined || m1 === undefined || m2 === undefined || Math.max(Number(h1), Number(h2)) <= 12) return undefined;
    start = minutesOf(Number(h1), Number(m1), undefined);
    finish = minutesOf(Number(h2), Number(m2), undefined);
  } else {
    finish = minutesOf(Number(h2), Number(m2 ?? 0), endPeriod);
    start = minutesOf(Number(h1), Number(m1 ?? 0), p1 ?? endPeriod);
    if (p1 === undefined && start !== undefined && finish !== undefined && start >= finish) start = minutesOf(Number(h1), Number(m1 ?? 0), endPeriod.toLowerCase().startsWith('p') ? 'am' : 'pm');
  }
  if (start === undefined || finish === undefined) return undefined;
  const minutes = finish - start;
  return minutes >= 10 && minutes <= 360 ? { start, minutes } : undefined;
}

/**
 * A span of the day whose quantity (`image`, read up to `end`) starts at `from` (the number, or the `@` before it):
 * its start as the session's time of day and the minutes between as its time, and the last index read (an am or pm
 * spaced after it is the span's); undefined when it is no span of the day (`spanOfDay`, `clockSpan`).
 */
function readSpanOfDay(builder: Builder, context: ReadContext, image: string, end: number, from: IToken): number | undefined {
  const after = context.words[end + 1];
  const period = after === 'am' || after === 'pm' ? after : undefined;
  const span = spanOfDay(image, after, builder.kind) ? clockSpan(image, period) : undefined;
  if (span === undefined) return undefined;
  const last = period !== undefined ? end + 1 : end;
  const range = context.source.rangeBetween(from, tokenAt(context.items, last) as IToken);
  setAttribute(builder, 'time', { value: { clockMinutes: span.start, period: span.start < 12 * 60 ? 'am' : 'pm' }, range });
  if (builder.attributes.duration === undefined) builder.attributes.duration = { value: span.minutes, range };
  return last;
}

/** Clock time in minutes after midnight, or a message saying what is wrong with it. */
export function clockMinutes(image: string): number | string {
  const match = CLOCK.exec(image);
  if (!match) return `'${image}' is not a time of day — write it like @07:00, @18:30 or @7am`;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const written = match[3]?.toLowerCase();
  const suffix = written === undefined ? undefined : written.startsWith('a') ? 'am' : 'pm';
  if (minutes > 59) return `'${image}' is not a time of day — minutes go from 00 to 59`;
  if (suffix) {
    if (hours < 1 || hours > 12) return `'${image}' is not a time of day — with ${suffix} the hour goes from 1 to 12`;
    return ((hours % 12) + (suffix === 'pm' ? 12 : 0)) * 60 + minutes;
  }
  if (match[2] === undefined) return `'${image}' is ambiguous — write @${hours.toString().padStart(2, '0')}:00, or add am or pm`;
  if (hours > 23) return `'${image}' is not a time of day — hours go from 0 to 23`;
  return hours * 60 + minutes;
}

interface Builder {
  kind: Session['kind'];
  /** The longest rep of a list of bare track metres (`tempo 110+110+110` → 110). */
  ladderMax?: number;
  /** `4 x (…)`: the count of rounds just read, and the index of the bracket it is for (`readAside`). */
  roundsBefore?: { count: number; from: IToken; at: number };
  /**
   * `4 x (1 km hard, 3 min easy)`: the index of the `)` of a bracket whose rounds were read as repeats of its first
   * distance (`readAside`). A time or distance after it inside the bracket is each round's other part (its recovery),
   * not the session's time or distance.
   */
  roundsClose?: number;
  /** The kind word as written (`rest`, `off`, `lift`, …). */
  word: string;
  attributes: Attributes;
  focus?: Located<GymFocus>;
  intensity?: Located<GymIntensity>;
  runType?: Located<RunType>;
  effort?: Located<CrossEffort>;
  activity?: CrossActivity;
  style?: ConditioningStyle;
  sport?: string;
  event?: { type: EventType; discipline: EventDiscipline; what?: Located<string> };
  exercises?: { list: Exercise[]; range: Range };
  /** Exercises written outside brackets (`deadlift 4RM`, `sled push 4x25m`). */
  loose?: Exercise[];
  vocabulary?: Located<string>;
  firstError?: SessionError;
  /** `Repeat for 20-25 minutes`: the session's whole time, which wins over what its parts add up to. */
  total?: Measure;
  /** The distance was guessed from a number without a unit (`14 A very early morning MLR`); a written one replaces it. */
  guessedDistance?: true;
  guessWarning?: SessionError;
  /** The start-time error of a clock-like time read as minutes (`10:00 walk`), thrown if a time of its own follows. */
  clockError?: SessionError;
  /** The run type came from a word of published plans (`MLR`, `fast finish`), not from a type word. */
  looseRunType?: true;
  /** Source offsets of the commas (or `then`, `:`, `/`) that start a run's parts, outside a `with` (`repeatsOverEasyPart`). */
  partBreaks?: number[];
  /** Km of measured repeats written as a part of their own (`4 x 1 mile, 2 km jog cool down`: 6.437; `repeatsOutsideDistance`). */
  repeatsPartKm?: number;
  /** The head's distance was the first part, not the whole: the parts were added to it (`settleParts`). */
  headWasPart?: true;
  /**
   * `heavy lower body (…), light upper body`: the intensities of the session's last two parts, the earlier one and the
   * latest, when a later part wrote another (`setIntensity`); the heavier part's focus is the session's (`joinAcrossRegions`).
   */
  partIntensities?: { earlier: GymIntensity; latest: GymIntensity };
  /**
   * `upper heavy, lower light`: the foci of two parts joined into a full-body day before a later part wrote its own
   * intensity (`joinAcrossRegions`); once it does, the heavier part's focus is the session's (`setIntensity`).
   */
  partFoci?: { earlier: Located<GymFocus>; latest: Located<GymFocus> };
  /** What the session stated before its first part (set when a part starts). */
  head?: Head;
  /** This part names an activity of its own (`walk 5 min`). */
  named?: true;
  /** `repeat 10 times`: the minutes written before it (`upTo`) are done `times` times. */
  repeat?: { times: number; upTo: number };
  /** A run's head written easy (`Jog 5mins easy, …`): its minutes and km, kept apart from the parts' (settleParts). */
  easyHead?: EasyPieces;
  /** A run's head is a warm-up or a jog (`long warm-up 3 mi, …`, `20 min long jog, …`): its `long` is no long run's. */
  warmUpHead?: boolean;
  /** The minutes and km of a run's parts after a comma written easy (`…, jog 10mins easy`). */
  easyParts?: EasyPieces;
  /** Timed repeats written as a part after a written time, added once a written time follows them (notePart). */
  repeatsBetween?: Measure;
}

/** Minutes and km of the pieces of a run written easy (warm-up, jog, easy, cool-down). */
interface EasyPieces {
  minutes: number;
  km: number;
}

/** What a kind word or phrase starts: the values of its canonical session (ranges are those of the phrase). */
interface Template {
  kind: Session['kind'];
  word: string;
  focus?: GymFocus;
  intensity?: GymIntensity;
  runType?: RunType;
  effort?: CrossEffort;
  activity?: CrossActivity;
  style?: ConditioningStyle;
  sport?: string;
  event?: { type: EventType; discipline: EventDiscipline; what?: string };
  distance?: number;
  duration?: number;
}

interface KindStart {
  template: Template;
  /** The canonical phrase when the kind comes from a vocabulary phrase. */
  means?: string;
  /** True when the phrase is read again as a word of the session once the kind is known (`upper`, `emom`, `strides`). */
  reread: boolean;
}

/** A phrase table: the entries of each first word, longest first. Built once; a lookup allocates nothing. */
export class PhraseMap<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T; variant?: true }[]>();

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  /** Adds a phrase; a `variant` (a plural read like its phrase) is matched but not listed by `phrases()`. */
  add(phrase: string, value: T, variant = false): void {
    const words = phrase.toLowerCase().trim().split(/\s+/);
    let list = this.byFirst.get(words[0]);
    if (!list) this.byFirst.set(words[0], (list = []));
    list.push(variant ? { words, value, variant } : { words, value });
    list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Whether the exact phrase is in the map. */
  has(phrase: string): boolean {
    const words = phrase.toLowerCase().trim().split(/\s+/);
    return this.byFirst.get(words[0])?.some((entry) => entry.words.join(' ') === words.join(' ')) ?? false;
  }

  /** The longest entry whose words are `words[index]`, `words[index + 1]`, …, and the index after it. */
  /** The first words of the phrases whose value passes `keep` (built by the caller once per map). */
  firstWords(keep: (value: T) => boolean): Set<string> {
    const result = new Set<string>();
    for (const [first, list] of this.byFirst) if (list.some((entry) => keep(entry.value))) result.add(first);
    return result;
  }

  match(words: readonly (string | undefined)[], index: number): { value: T; end: number } | undefined {
    const first = words[index];
    if (first === undefined) return undefined;
    const list = this.byFirst.get(first);
    if (!list) return undefined;
    for (const entry of list) {
      let k = 1;
      while (k < entry.words.length && words[index + k] === entry.words[k]) k++;
      if (k === entry.words.length) return { value: entry.value, end: index + k };
    }
    return undefined;
  }

  /** Every phrase, first words first (for did-you-mean and completion). */
  phrases(): string[] {
    const all: string[] = [];
    for (const list of this.byFirst.values()) for (const entry of list) if (!entry.variant) all.push(entry.words.join(' '));
    return all;
  }
}

/** The vocabulary a plan is read with: the built-in words and phrases, and a user's own from `.hybridrc.json`. */
export interface Vocabulary {
  sessions: PhraseMap<KindStart>;
  /** Single words that start a session (for did-you-mean), preferred spellings first. */
  words: readonly string[];
  /** The user's phrases, as written in `.hybridrc.json`. */
  user: ReadonlyMap<string, string>;
}

const RUN_MODIFIER_MAP = new PhraseMap<Modifier>(RUN_MODIFIERS);
const GYM_MODIFIER_MAP = new PhraseMap<Modifier>(GYM_MODIFIERS);
const EFFORT_MODIFIER_MAP = new PhraseMap<Modifier>(EFFORT_MODIFIERS);
const EVENT_MODIFIER_MAP = new PhraseMap<Modifier>(EVENT_MODIFIERS);
const TARGET_MAP = new PhraseMap<EffortTarget>(TARGET_PHRASES);
/** Words of the effort targets (for the did-you-mean of `@ threshhold`). */
const TARGET_WORDS: readonly string[] = [...new Set(TARGET_PHRASES.flatMap(([phrase]) => phrase.split(' ')))];
const NOISE = new Set(NOISE_WORDS);
const EXERCISE_HEAD = new Set(EXERCISE_HEADS);
/** Run modifiers that are not enough, alone, to say a session is a run (`moderate` may be gym, `hard` anything). */
// `e`: Daniels' E after a run's time (`60 min E`), as `ez`; a lone letter (`squat 5x5, e`, `rest, E`) is no run.
const NOT_A_RUN_ALONE = new Set(['moderate', 'hard', 'quality', 'aerobic', 'conversational', 'base', 'warm up', 'cool down', 'ez', 'e', 'relaxed']);

function modifiersOf(kind: Session['kind']): PhraseMap<Modifier> | undefined {
  switch (kind) {
    case 'run':
      return RUN_MODIFIER_MAP;
    case 'gym':
      return GYM_MODIFIER_MAP;
    case 'cross':
    case 'conditioning':
    case 'sport':
      return EFFORT_MODIFIER_MAP;
    case 'event':
      return EVENT_MODIFIER_MAP;
    default:
      return undefined;
  }
}

/** The canonical kind words: what each starts on its own. */
function canonicalKinds(): [string, KindStart][] {
  const kinds: [string, KindStart][] = [];
  const add = (word: string, template: Omit<Template, 'word'>, reread = false): void => {
    kinds.push([word, { template: { word, ...template }, reread }]);
  };
  for (const word of REST_WORDS) add(word, { kind: 'rest' });
  for (const word of GYM_WORDS) add(word, { kind: 'gym' });
  add('run', { kind: 'run' });
  for (const activity of CROSS_ACTIVITIES) add(activity, { kind: 'cross', activity });
  add('cross', { kind: 'cross', activity: 'cross' });
  add('elliptical', { kind: 'cross', activity: 'elliptical' });
  for (const [word, focus] of FOCUS_WORDS) add(word, { kind: 'gym', focus }, true);
  for (const [word, style] of CONDITIONING_WORDS) add(word, { kind: 'conditioning', style });
  add('sport', { kind: 'sport', sport: 'sport' });
  for (const sport of SPORTS) add(sport, { kind: 'sport', sport });
  add('race', { kind: 'event', event: { type: 'race', discipline: 'run' } });
  add('test', { kind: 'event', event: { type: 'test', discipline: 'mixed' } });
  return kinds;
}

const CANONICAL = canonicalKinds();
const CANONICAL_ONLY: Vocabulary = { sessions: new PhraseMap(CANONICAL), words: [], user: new Map() };

/** The text reader used to read a canonical phrase on its own. */
function phraseSource(text: string): SourceText {
  const index = new LineIndex(text);
  return {
    text,
    rangeOf: (token) => index.rangeOf(token.startOffset, tokenEnd(token)),
    rangeBetween: (first, last) => index.rangeOf(first.startOffset, tokenEnd(last)),
    offsetAt: (position) => index.offsetAt(position),
  };
}

/** Reads a canonical phrase (`race 5km`, `sport hard`) into a template, or says what is wrong with it. */
function templateOf(phrase: string, means: string, vocabulary: Vocabulary): KindStart | string {
  const lexed = planLexer.tokenize(means);
  if (lexed.errors.length > 0 || lexed.tokens.length === 0) return `'${means}' is not a session`;
  const items: RawItem[] = lexed.tokens.map((token) => ({ token }));
  const { session, error } = readSession({ items }, phraseSource(means), vocabulary);
  if (!session) return error?.message ?? `'${means}' is not a session`;
  if (error) return error.message;
  const template: Template = { kind: session.kind, word: phrase };
  switch (session.kind) {
    case 'gym':
      if (session.focusRange) template.focus = session.focus;
      if (session.intensityRange) template.intensity = session.intensity;
      break;
    case 'run':
      if (session.runTypeRange) template.runType = session.runType;
      break;
    case 'cross':
      template.activity = session.activity;
      if (session.effortRange) template.effort = session.effort;
      break;
    case 'conditioning':
      template.style = session.style;
      if (session.effortRange) template.effort = session.effort;
      break;
    case 'sport':
      // `sport hard` names no sport: the phrase is its name (`climbing`).
      template.sport = session.sport === 'sport' ? phrase : session.sport;
      if (session.effortRange) template.effort = session.effort;
      break;
    case 'event':
      template.event = { type: session.event, discipline: session.discipline, what: session.what?.value };
      break;
    default:
      break;
  }
  if (session.attributes.distance) template.distance = session.attributes.distance.value;
  if (session.attributes.duration) template.duration = session.attributes.duration.value;
  const modifiers = modifiersOf(session.kind);
  const words = phrase.toLowerCase().split(/\s+/);
  return { template, means, reread: modifiers?.match(words, 0)?.end === words.length };
}

/** Builds a vocabulary from the built-in table and a user's entries (those first: a user's meaning wins). */
export function createVocabulary(user: Readonly<Record<string, string>> = {}): { vocabulary: Vocabulary; errors: { phrase: string; message: string }[] } {
  const sessions = new PhraseMap<KindStart>();
  const errors: { phrase: string; message: string }[] = [];
  const userMap = new Map<string, string>();
  const base = builtin?.sessions;
  const reader: Vocabulary = base ? builtin! : CANONICAL_ONLY;
  for (const [phrase, means] of Object.entries(user)) {
    const key = phrase.toLowerCase().trim();
    if (!USER_PHRASE.test(key)) {
      errors.push({ phrase, message: `'${phrase}' is not a word or phrase of a plan — use letters, digits and single spaces` });
      continue;
    }
    const start = templateOf(key, means, reader);
    if (typeof start === 'string') {
      errors.push({ phrase, message: `'${phrase}': '${means}' does not read as a session (${start}) — write a session like 'sport hard' or 'race 5km'` });
      continue;
    }
    sessions.add(key, start);
    userMap.set(key, means);
  }
  for (const [phrase, start] of CANONICAL) sessions.add(phrase, start);
  for (const [phrase, means] of SESSION_PHRASES) {
    const start = templateOf(phrase, means, CANONICAL_ONLY);
    // The built-in table is read when the module loads: a phrase that does not read is a bug in the table.
    if (typeof start === 'string') throw new Error(`vocabulary: '${phrase}' → ${start}`);
    sessions.add(phrase, start);
  }
  addPlurals(sessions);
  const words = [...SESSION_WORDS, ...[...userMap.keys()].filter((key) => !key.includes(' '))];
  return { vocabulary: { sessions, words, user: userMap }, errors };
}

/** `runs`, `long runs`, `bike rides`: the plural of a phrase names the same session (added once, when built). */
function addPlurals(map: PhraseMap<KindStart>): void {
  for (const phrase of map.phrases()) {
    if (/[^a-z]$|s$/.test(phrase) || EXERCISE_HEAD.has(`${phrase}s`)) continue;
    const plural = `${phrase}s`;
    if (map.has(plural)) continue;
    const value = map.match(phrase.split(' '), 0)?.value;
    if (value) map.add(plural, value, true);
  }
}

const USER_PHRASE = /^[\p{L}\p{N}][\p{L}\p{N}'/-]*(?: [\p{L}\p{N}][\p{L}\p{N}'/-]*){0,3}$/u;

let builtin: Vocabulary | undefined;
/** The built-in vocabulary, built once. */
export function builtinVocabulary(): Vocabulary {
  return (builtin ??= createVocabulary().vocabulary);
}

function itemWords(items: readonly RawItem[]): (string | undefined)[] {
  const words = new Array<string | undefined>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const word = 'token' in item && (tokenMatcher(item.token, Word) || tokenMatcher(item.token, Quantity)) ? wordOf(item.token.image) : undefined;
    // `squats w/ weights`: `w/` is written for `with`; `Strength & Conditioning`: `&` for `and`, so the phrases of the
    // vocabulary written with `and` read alike.
    words[i] = word === 'w/' ? 'with' : word === undefined && 'token' in item && item.token.image === '&' ? 'and' : word;
    // `@ 6am PST`, `6 am EST`: a time zone after a time of day is part of the time, not a test (`PST`) or a word to read.
    if (word !== undefined && TIME_ZONES.has(word) && afterClock(words, i)) words[i] = 'timezone';
  }
  return words;
}

/** Time zones written after a time of day. */
const TIME_ZONES: ReadonlySet<string> = new Set(['pst', 'pdt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'aest']);
/** A clock time that ends just before `index`: `6am`, `18:00`, `6 am`, `6:30 pm` (not a bare `AM` naming the morning's session). */
function afterClock(words: readonly (string | undefined)[], index: number): boolean {
  const before = words[index - 1] ?? '';
  if (/^\d{1,2}(?::\d{2})?(?:am|pm)$|^\d{1,2}:\d{2}$/.test(before)) return true;
  return (before === 'am' || before === 'pm') && /^\d{1,2}(?::\d{2})?$/.test(words[index - 2] ?? '');
}

interface FoundKind {
  start: KindStart;
  /** True when only a distance said it is a run (`3x100m`, `5 miles`). */
  byQuantity?: true;
  /** True when only a time at an easy effort or in a zone said it is a run (`30 min easy`). */
  byEffort?: true;
  /** True when only an exercise name said it is a gym session (`wall balls 3 x 25`). */
  byExercise?: true;
  /** The quantity that made it a run is a set of repeats (`4 x 200`): a walk after it is their recovery. */
  repeats?: true;
  /** Items `from` … `to - 1` name the kind. */
  from: number;
  to: number;
}

const CONDITIONING_MOVE_SET: ReadonlySet<string> = new Set(CONDITIONING_MOVES);

/** Words after a fitness test's name that make the session training for it (`ACFT circuit`, `PFT prep`). */
const TEST_TRAINING: ReadonlySet<string> = new Set(TEST_TRAINING_WORDS);

/**
 * True when the exercise name of words `from` … `to - 1` starts with a conditioning move (`burpees`, `wall balls`,
 * `wall balls or burpees`).
 */
function conditioningMove(words: readonly (string | undefined)[], from: number, to: number): boolean {
  return CONDITIONING_MOVE_SET.has(words[from] ?? '') || (from + 1 < to && CONDITIONING_MOVE_SET.has(`${words[from]} ${words[from + 1]}`));
}

/** Index after the exercise name that starts at `index` (`sled push`, `bulgarian split squat`), or -1. */
function exerciseNameEnd(words: readonly (string | undefined)[], items: readonly RawItem[], index: number, vocabulary: Vocabulary): number {
  const word = words[index];
  const item = items[index];
  if (word === undefined || item === undefined || !nameWord(word, item)) return -1;
  // A known word of a session ends the name, unless it is the last word of one (`sled push`, `barbell row`).
  if (vocabulary.sessions.match(words, index) !== undefined || NOISE.has(word)) return -1;
  const after = nameGoesOn(words, items, index + 1, vocabulary);
  return after >= 0 ? after : exerciseHead(words, index, false) ? index + 1 : -1;
}

/** A word that may be part of an exercise's name (not a time of day, an effort or a zone). */
function nameWord(word: string, item: RawItem): boolean {
  return 'token' in item && tokenMatcher(item.token, Word) && !NOT_IN_A_NAME.has(word) && !ZONE_WORD.test(word);
}

/** Whether the word at `j` ends an exercise's name (`squat`, `push-ups`; `step up` after its first word). */
function exerciseHead(words: readonly (string | undefined)[], j: number, goesOn: boolean): boolean {
  const word = words[j] as string;
  const dash = word.lastIndexOf('-');
  // `Step Up Intervals`: the step-up written in two words (`up` alone is no exercise: `warm up`).
  return EXERCISE_HEAD.has(word) || (dash > 0 && EXERCISE_HEAD.has(word.slice(dash + 1))) || (goesOn && word === 'up' && words[j - 1] === 'step');
}

/**
 * Where an exercise's name that goes on at `from` ends (after its last head word), or -1: each position worked out
 * once per session's items (kept by `items`; its words are read from them once), so that asking at every word of a long run of unknown words is linear
 * (it scanned to the run's end from each: `gym foo foo …` was quadratic).
 */
function nameGoesOn(words: readonly (string | undefined)[], items: readonly RawItem[], from: number, vocabulary: Vocabulary): number {
  let memo = NAME_ENDS.get(items);
  if (memo === undefined) NAME_ENDS.set(items, (memo = new Int32Array(items.length + 1).fill(UNKNOWN_END)));
  const scanned: number[] = [];
  let j = from;
  let end = -1;
  for (; j < items.length; j++) {
    const known = memo[j] as number;
    if (known !== UNKNOWN_END) {
      end = known;
      break;
    }
    const word = words[j];
    if (word === undefined || !nameWord(word, items[j] as RawItem)) {
      memo[j] = -1;
      break;
    }
    const head = exerciseHead(words, j, true);
    // A known word of a session ends the name, unless it is the last word of one (`sled push`, `barbell row`).
    if (!head && (vocabulary.sessions.match(words, j) !== undefined || NOISE.has(word))) {
      memo[j] = -1;
      break;
    }
    scanned.push(j);
  }
  for (let k = scanned.length - 1; k >= 0; k--) {
    const at = scanned[k] as number;
    if (end < 0 && exerciseHead(words, at, true)) end = at + 1;
    memo[at] = end;
  }
  return from < items.length ? (memo[from] as number) : -1;
}

/** Not worked out yet (`nameGoesOn`). */
const UNKNOWN_END = -2;
const NAME_ENDS = new WeakMap<readonly RawItem[], Int32Array>();

/**
 * `12x800s`, `6 x 400s`, `10 x 100s`, `150s x 6`: track repeats named in the plural, metres (a round fifty, 100 or
 * more: the rugby and sprint programmes' `150s`; `60s`, `90s`, `120s`, `135s` stay seconds).
 */
export function trackPluralMetres(image: string): number | undefined {
  const plural = /^(\d{3,4})s$/.exec(image);
  if (plural === null) return undefined;
  const metres = Number(plural[1]);
  return metres >= 100 && metres % 50 === 0 ? metres : undefined;
}

function quantityMeansRun(image: string): boolean {
  const compact = image.toLowerCase();
  if (distanceKm(compact) !== undefined) return true;
  const spanned = RANGE.exec(compact);
  if (spanned && distanceKm(`${spanned[3]}${spanned[4]}`) !== undefined) return true;
  const repeats = RANGE_REPEATS.exec(compact);
  // `6x800m`, and `5 x 400` (metres on the track).
  if (repeats === null) return false;
  const each = RANGE.exec(repeats[3]);
  // `10x 60-80 meters`: each repeat a distance range.
  if (each && distanceKm(`${each[3]}${each[4]}`) !== undefined) return true;
  return distanceKm(repeats[3]) !== undefined || (WHOLE_NUMBER.test(repeats[3]) && Number(repeats[3]) >= 100) || trackPluralMetres(repeats[3]) !== undefined;
}

/**
 * The kind of a session: the first word or phrase that names one, wherever it is written (`easy run 40min`,
 * `30 min cross`). Without one, a run word (`tempo`, `hill sprints`), an exercise (`deadlift 4RM`) or a distance
 * (`5 miles`) says what it is.
 */
/** A phrase that names running in its own words (`ruck run`, `track running`, `jog`): it never gives way. */
const RUN_WORDS_IN_PHRASE = /\b(?:run|running|runs|jog|jogging|strides|drills|shakeout|shake-out|run\/walk|walk\/run|run-walk|cross[- ]country)\b/;

/**
 * Words before `ladder` that make it the agility ladder of footwork drills, not a run's repeats (`speed ladder` stays
 * as `speed` reads it: a run of intervals).
 */
const AGILITY_LADDER: ReadonlySet<string> = new Set(['agility', 'footwork', 'coordination', 'quick-feet']);

/** Words before `fitness` that make it the purpose of the session, not its name (`for fitness`, `aerobic fitness`). */
const FITNESS_PURPOSE: ReadonlySet<string> = new Set(['for', 'aerobic', 'general', 'cardio', 'cardiovascular', 'overall', 'basic', 'base', 'improve', 'build', 'my', 'your']);

/** True when `fitness` at `i` is no session: a purpose word before it, or another session word after it. */
function fitnessIsNoSession(words: readonly (string | undefined)[], i: number, vocabulary: Vocabulary): boolean {
  if (i > 0 && FITNESS_PURPOSE.has(words[i - 1] ?? '')) return true;
  for (let j = i + 1; j < words.length; j++) {
    if (words[j] === undefined) continue;
    const other = vocabulary.sessions.match(words, j);
    if (other && other.value.template.kind !== 'rest' && other.value.template.kind !== 'conditioning') return true;
  }
  return false;
}

/** `ladder` at `i` is an exercise's (`pull-up ladder`) or the agility ladder's (`agility ladder`, `ladder drills`). */
function notARunLadder(words: readonly (string | undefined)[], i: number): boolean {
  const before = i > 0 ? words[i - 1] : undefined;
  const after = words[i + 1];
  return (before !== undefined && (AGILITY_LADDER.has(before) || EXERCISE_HEAD.has(before))) || after === 'drill' || after === 'drills';
}

/** First words of a day kept free (`travel day`, `flex day`): rest unless a session is named after them. */
const FREE_DAY_WORDS: ReadonlySet<string> = new Set(['travel', 'family', 'free', 'flex', 'catch-up', 'catch', 'make-up', 'makeup']);

/** True when a session other than rest is named at or after `from`, within a dozen words (a bounded look: a line of many `flex day`s stays linear). */
function sessionAfter(words: readonly (string | undefined)[], from: number, vocabulary: Vocabulary): boolean {
  for (let j = from; j < words.length && j < from + 12; j++) {
    if (words[j] === undefined) continue;
    const named = vocabulary.sessions.match(words, j);
    if (named && named.value.template.kind !== 'rest') return true;
  }
  return false;
}

/** Words that may stand beside `back` written alone as a split's day: the day's name and its time. */
const BACK_DAY_WORDS: ReadonlySet<string> = new Set(['day', 'workout', 'session', 'training', 'work', 'min', 'mins', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'h']);

/** True when `back` at `i` is the piece's only word but its day's name or time (`back`, `Back day`, `back 45 min`). */
function backDayAlone(items: readonly RawItem[], words: readonly (string | undefined)[], i: number): boolean {
  for (let k = 0; k < i; k++) if (words[k] !== undefined) return false;
  for (let k = i + 1; k < words.length; k++) {
    const word = words[k];
    if (word === undefined || BACK_DAY_WORDS.has(word)) continue;
    const token = tokenAt(items, k);
    if (token !== undefined && tokenMatcher(token, Quantity)) continue;
    return false;
  }
  return true;
}

function findKind(items: readonly RawItem[], words: readonly (string | undefined)[], vocabulary: Vocabulary, afterAnother = false): FoundKind | undefined {
  let weak: FoundKind | undefined;
  let timed = -1;
  let paced = false;
  /** The effort word that made a time a run (`30 min easy`, `35-40 min EZ`, `55' Z1`): the session's keyword. */
  let pacedAt = -1;
  for (let i = 0; i < items.length; i++) {
    // `5 x 6 min at 5:00/km`, `6 x 6 min @ 2.5 mmol`: a time at a running pace or a blood lactate is a run, as `30 min
    // easy` is (the pace or the lactate is its keyword).
    // So is one at Daniels' letter after `@` (`90' w/ last 20' @ M`, `60 min w/ 4 x 5 min @ T`), as at `@ MP`.
    const danielsAt = tokenAt(items, i)?.image === '@' && DANIELS_LETTERS.has(words[i + 1] ?? '') && (tokenAt(items, i + 1)?.image.length ?? 0) === 1;
    if (timed >= 0 && (words[i] === 'at' || tokenAt(items, i)?.image === '@') && (danielsAt || isPace(items, i + 1) || /mmol/.test(words[i + 1] ?? '') || /^mmol/.test(words[i + 2] ?? ''))) {
      paced = true;
      if (pacedAt < 0) pacedAt = i + 1;
    }
    if (words[i] === undefined) continue;
    let kind = vocabulary.sessions.match(words, i);
    // `Tue: back`, `Back day`, `back 45 min`: a bodybuilding split's back day written alone is an upper gym session
    // (`back squat`, `back extensions`, `out and back` keep their other words, and `back` stays no session word).
    if (!kind && !weak && words[i] === 'back' && backDayAlone(items, words, i)) return { start: { template: { kind: 'gym', word: 'gym', focus: 'upper' }, reread: true }, from: i, to: i + 1 };
    // `4x150 yds strideouts, no rest in between`: `no rest` says the work is continuous, not a rest day.
    if (kind && kind.value.template.kind === 'rest' && i > 0 && words[i - 1] === 'no') kind = undefined;
    // `travel day with strength training in the afternoon`: a day kept free that names a session after it holds that
    // session.
    if (kind && kind.value.template.kind === 'rest' && FREE_DAY_WORDS.has(words[i] as string) && sessionAfter(words, kind.end, vocabulary)) {
      i = kind.end - 1;
      continue;
    }
    // `Endurance bike 60 min`, `warm-up row 10 min`: a word that means a run only when nothing else is named (a phrase
    // standing for `run …` with no run word of its own) gives way to the session word right after it.
    if (kind && kind.value.means !== undefined && kind.value.template.kind === 'run' && !RUN_WORDS_IN_PHRASE.test(words.slice(i, kind.end).join(' '))) {
      // `warm up 5 min bike`: its time between them too.
      const timeAfter = tokenAt(items, kind.end) !== undefined && tokenMatcher(tokenAt(items, kind.end) as IToken, Quantity) && WARM_UP_ONLY.has(words[i] as string) ? collectQuantity({ items, words }, kind.end) : undefined;
      const at = timeAfter !== undefined && quantityIsTime(timeAfter.image) ? timeAfter.end + 1 : kind.end;
      const named = vocabulary.sessions.match(words, at);
      if (named && named.value.template.kind !== 'rest') {
        i = kind.end - 1;
        continue;
      }
    }
    // `pull-up ladder`, `push-up ladder 1-10`, `agility ladder`, `ladder drills`: the ladder of an exercise, or the
    // agility ladder of footwork drills, is no run of repeats (`Ladder: 200-400-600-400-200`, `run with ladders`).
    if (kind && kind.value.template.kind === 'run' && (words[i] === 'ladder' || words[i] === 'ladders') && notARunLadder(words, i)) kind = undefined;
    // `fitness walk 30 min`, `aerobic fitness run 40 min`, `Fitness: easy bike 30 min`, `run 3 mi for fitness`: a team's
    // `fitness` (conditioning) names the session only when no other session word does and no purpose is said before it.
    if (kind && words[i] === 'fitness' && kind.end === i + 1 && fitnessIsNoSession(words, i, vocabulary)) kind = undefined;
    // `1/2 marathon race`, `Sun: 1/2 marathon`: a half marathon written with its fraction (not `1/2 marathon pace`).
    // `½ marathon` too (review12: a lone `½` became a number, and `½ marathon` a marathon with "'0.5' needs a unit").
    const halfFrom = halfWritten(items, i - 3) ? i - 3 : halfLength(items, i - 1) === 1 ? i - 1 : -1;
    if (kind && words[i] === 'marathon' && kind.end === i + 1 && halfFrom >= 0 && words[kind.end] !== 'pace' && words[kind.end] !== 'effort') {
      const half = vocabulary.sessions.match(HALF_MARATHON, 0);
      if (half && half.value.template.kind === 'event') return { start: half.value, from: halfFrom, to: i + 1 };
    }
    // `14 min (4 cycles) of my 10k ratio`: cycles counted by a number are repeats of a run/walk ratio, not a bike.
    if (kind && kind.value.template.activity === 'bike' && words[i] === 'cycles' && countBefore(items, i)) kind = undefined;
    const runWord = RUN_MODIFIER_MAP.match(words, i);
    // `1 mile, 5 min rest`, `90s recovery`: rest after a time is the recovery of a repeat, not a rest day.
    if (kind && kind.value.template.kind === 'rest' && i > 0 && afterQuantity(items, words, i)) {
      // What follows the recovery (`30 sec rest between intervals`) describes it.
      if (weak) break;
      return undefined;
    }
    // `heavy deadlifts and a short sprint/long rest workout`: rest after an exercise or a run word is its recovery.
    // `4 x 200 @ mile pace, r= 200 walk-jog`: a walk after repeats is their recovery, the session a run.
    // `tempo 3 mi, walk breaks`: walk breaks are the run's (a run/walk), no walk of their own.
    const walkAfterRun = kind !== undefined && kind.value.template.activity === 'walk' && (weak?.repeats === true || (weak !== undefined && (words[kind.end] === 'breaks' || words[kind.end] === 'break')));
    // `intervals 6 x 800m, no walking`, `tempo 3 mi, no walk breaks`: a session word a negation denies names none (the
    // run was read as a walk).
    if (kind && (kind.value.template.kind === 'rest' || walkAfterRun || negated(words, i)) && weak) {
      i = kind.end - 1;
      continue;
    }
    // `Rest - run 3 mi`: a run named with its distance or time after a rest day's dash is the day's training (an easy
    // run on a day called rest); the rest word would hide it (`Off - mobility 20 min` stays rest: no run is named).
    if (kind && kind.value.template.kind === 'rest' && i === 0 && restThenRun(items, words, kind.end, vocabulary)) {
      i = kind.end - 1;
      continue;
    }
    // `run 5 mi with light weight vest`, `hike with a heavy weight pack`: a light or heavy weight carried or worn (after
    // `with`, `a`, or before the gear's name) is how the session is done, no gym session (`light weight high reps` is).
    if (kind && kind.end === i + 2 && words[i + 1] === 'weight' && (words[i] === 'light' || words[i] === 'heavy') && (WEIGHT_CARRIED_BEFORE.has(words[i - 1] ?? '') || WEIGHT_CARRIED_GEAR.has(words[i + 2] ?? ''))) {
      i = kind.end - 1;
      continue;
    }
    // `attack the hills`, `defence of the title`: a team session's word before an article or `of` is the verb or the
    // noun of plain English, no session (`Attack`, `Defence 40 min` alone are the rugby sessions).
    if (kind && kind.end === i + 1 && TEAM_WORDS_IN_ENGLISH.has(words[i] as string) && ENGLISH_AFTER_TEAM_WORD.has(words[i + 1] ?? '')) {
      continue;
    }
    // `Push It Run` (a Nike Run Club guided run), `push it on the hills`: `push it` says how hard, it names no push day.
    if (kind && words[i] === 'push' && kind.end === i + 1 && words[i + 1] === 'it' && words.some((_, k) => k > i + 1 && vocabulary.sessions.match(words, k) !== undefined)) {
      i = kind.end - 1;
      continue;
    }
    // `10 mile push`, `8km push`: a wheelchair athlete's road session is their run, not a gym push day.
    if (kind && words[i] === 'push' && kind.end === i + 1 && i > 0 && pushedDistance(items, words, i)) return weakRun(i, i + 1);
    // `at half marathon pace`, `10K effort`: a race named before `pace` or `effort` is a target, not a race.
    // `at marathon race pace`, `half marathon race effort`: the race named, then `race pace`, is that race's pace too.
    const racePace = words[kind?.end ?? -1] === 'race' && (words[(kind?.end ?? -1) + 1] === 'pace' || words[(kind?.end ?? -1) + 1] === 'effort');
    if (kind && kind.value.template.kind === 'event' && (words[kind.end] === 'pace' || words[kind.end] === 'effort' || racePace)) {
      // `20 min at race pace`, `10-20 min at half marathon pace`: a time at a race's pace is a run, as `30 min easy` is.
      paced = true;
      if (pacedAt < 0) pacedAt = i;
      i = kind.end + (racePace ? 1 : 0);
      continue;
    }
    // `race pace` is a run's target, not a race: the longer phrase wins.
    // `power cleans`, `power clean 5x3`: a gym word that starts an exercise's name is part of the exercise.
    // (Not the kind word itself, nor before a focus: `gym pull light`, `lift push` are a gym session of that focus.)
    // `walking lunges 3x20m`: a walk word before an exercise's last word names the exercise too.
    const walkedExercise = kind !== undefined && kind.value.template.activity === 'walk' && kind.end === i + 1 && EXERCISE_HEAD.has(words[kind.end] ?? '');
    if (kind && (walkedExercise || kind.value.template.kind === 'gym') && kind.end === i + 1 && !(GYM_WORDS as readonly string[]).includes(words[i] as string) && !FOCUS_WORDS.has(words[kind.end] ?? '') && EXERCISE_HEAD.has(words[kind.end] ?? '')) {
      if (!weak || (weak.byQuantity && weak.start.template.kind === 'run')) weak = { start: { template: { kind: 'gym', word: 'gym' }, reread: true }, from: i, to: kind.end + 1, byExercise: true };
      i = kind.end;
      continue;
    }
    // `barbell row 5x5`, `bent over rows`, `Squat 5x5, Bench 5x5, Row 5x5`: a row named as a lift (after a lift's
    // word, or with sets of reps and no distance) is an exercise of a gym session, not the rowing machine.
    if (kind && (words[i] === 'row' || words[i] === 'rows') && kind.value.template.activity === 'row' && kind.end === i + 1 && rowIsALift(items, words, i)) {
      // A row is an upper-body lift: alone (`row 5x5`) it makes the session an upper one; beside other lifts they decide.
      const otherLift = words.some((word, k) => k !== i && word !== undefined && word !== 'row' && word !== 'rows' && EXERCISE_HEAD.has(word));
      if (!weak) weak = { start: { template: otherLift ? { kind: 'gym', word: 'gym' } : { kind: 'gym', word: 'gym', focus: 'upper' }, reread: true }, from: i, to: i + 1, byExercise: true };
      continue;
    }
    // `speed work at the gym`, `treadmill run in the gym`: the gym named as the place of a run before it is where the
    // run is done (`some time in the gym` alone is a gym session).
    if (kind && weak?.start.template.kind === 'run' && words[i] === 'gym' && kind.end === i + 1 && (words[i - 1] === 'at' || words[i - 1] === 'in' || (words[i - 1] === 'the' && (words[i - 2] === 'at' || words[i - 2] === 'in')))) {
      continue;
    }
    // `Cardio session #2 - long fartlek run`, `cardio: run 30 min`: `cardio` first says what kind of work follows, as a
    // heading; a run named after it (before any other session word) is the session, not cross-training.
    if (kind && words[i] === 'cardio' && kind.end === i + 1 && kind.value.template.kind === 'cross' && cardioHeading(items, words, kind.end)) {
      for (let j = kind.end; j < items.length; j++) {
        const named = vocabulary.sessions.match(words, j);
        if (named && named.value.template.kind === 'run') return { start: named.value, from: j, to: named.end };
        if (named) break;
      }
    }
    if (kind && !(runWord && runWord.end > kind.end)) {
      // `brick - bike 30 min / run 30 min`: a brick is the sessions it names, in a row.
      if (kind.value.template.word === 'brick') {
        for (let j = kind.end; j < items.length; j++) {
          const named = vocabulary.sessions.match(words, j);
          if (named && named.value.template.kind !== 'rest') return { start: named.value, from: j, to: named.end };
        }
      }
      // `3 x (10 min easy, 1 min walk)`, `20 min easy, 5 min walk`: a time at an easy effort (a run: `30 min easy`)
      // before the walk's own time makes the walk its walking part or its cool-down — a run/walk, a run.
      // So do walk breaks after it (`30 min easy, walk 30 sec every 2 min`, `walk breaks every 4 min`: Galloway's method).
      if (kind.value.template.activity === 'walk' && paced && timed >= 0 && pacedAt < i && (afterQuantity(items, words, i) || walkBreaks(words, kind.end))) {
        return { ...weakRun(pacedAt, pacedAt + 1), byEffort: true };
      }
      // `walk 5min, run 2x(…)`, `walk 1 min / run 2 min`: a run/walk is a run.
      if (kind.value.template.activity === 'walk') {
        for (let j = kind.end; j < items.length; j++) {
          // `jogging/running`: the first of the pair.
          const word = words[j]?.split('/')[0];
          const run = word === 'run' || word === 'jog' || word === 'running' || word === 'jogging' ? vocabulary.sessions.match([word], 0) : undefined;
          if (run) return { start: run.value, from: j, to: j + 1 };
        }
      }
      // `2 mile run test`, `3 mile ruck run assessment`: a run that is a test or a race is that event.
      if (kind.value.template.kind === 'run' && kind.value.template.runType === undefined) {
        const event = eventAfter(items, words, kind.end, vocabulary);
        if (event) return event;
      }
      // `ACFT circuit`, `PFT prep`, `APFT practice`: a test named before training words is training for it, a
      // conditioning session (as `test prep` and `assessment work` are), not the test (`mock PFT` stays a test).
      // A time trial is one run, not a battery of events to practise: `magic mile workout`, `time trial workout` stay
      // the test (the workout that holds it), as `benchmark run` does.
      if (kind.value.template.kind === 'event' && TEST_TRAINING.has(words[kind.end] ?? '') && kind.value.template.event?.type === 'test' && kind.value.template.event.what !== 'time trial') {
        return { start: { template: { kind: 'conditioning', word: 'conditioning' }, reread: true }, from: i, to: kind.end + 1 };
      }
      // `recovery day of 4 easy miles`: a recovery day that runs a distance is a recovery run.
      if (kind.value.template.kind === 'rest' && words[i] === 'recovery' && runDistanceAfter(items, words, kind.end)) {
        return { start: { template: { kind: 'run', word: 'run', runType: 'recovery' }, reread: false }, from: i, to: kind.end };
      }
      return { start: kind.value, from: i, to: kind.end };
    }
    // `bike/row`, `Strength-Building`: the first of the pair (or of the compound) says what the session is.
    let slash = (words[i] as string).indexOf('/');
    if (slash < 0) slash = (words[i] as string).indexOf('-');
    // `pull-ups`, `push-ups`, `step-ups`: an exercise, not the compound `pull` + `ups`; so is `press-ups` (the British
    // push-up), `lat pull-downs`: a dashed word whose last part ends an exercise's name.
    const dashedExercise = (words[i] as string).charAt(slash) === '-' && EXERCISE_HEAD.has((words[i] as string).slice(slash + 1));
    if (!kind && !runWord && slash > 0 && !EXERCISE_HEAD.has(words[i] as string) && !dashedExercise) {
      // `bike/row`, `squat/bench/deadlift`: alternatives; the first says what the session is.
      const first = [(words[i] as string).slice(0, slash)];
      const alternative = vocabulary.sessions.match(first, 0);
      // `4 x 200, r= 200 walk-jog`: the walk of repeats' recovery.
      if (alternative && alternative.value.template.activity === 'walk' && weak?.repeats) continue;
      if (alternative) return { start: { template: alternative.value.template, reread: false }, from: i, to: i + 1 };
      if (!weak && EXERCISE_HEAD.has(first[0])) weak = { start: { template: { kind: 'gym', word: 'gym' }, reread: false }, from: i, to: i + 1 };
      // `Back/Biceps`, `Back/Bi's`: a bodybuilding split's day of two body parts, the first one `back`.
      const part = BODY_PARTS.get(first[0]);
      if (!weak && part !== undefined && BODY_PARTS.has(pluralOf((words[i] as string).slice(slash + 1)))) {
        weak = { start: { template: { kind: 'gym', word: 'gym' }, reread: true }, from: i, to: i + 1 };
      }
      // `speed/interval work`: a run word first.
      const firstRun = RUN_MODIFIER_MAP.match(first, 0);
      if (!weak && ((firstRun && !NOT_A_RUN_ALONE.has(first[0])) || ((RUN_TYPES as readonly string[]).includes(first[0]) && first[0] !== 'easy'))) weak = weakRun(i, i + 1);
    }
    // `Step Up Intervals`, `burpee intervals`: intervals of an exercise are a hard conditioning session, not a lift.
    if (weak?.byExercise && weak.start.template.kind === 'gym' && weak.to === i && (words[i] === 'intervals' || words[i] === 'interval')) {
      weak = { start: { template: { kind: 'conditioning', word: 'conditioning', effort: 'hard' }, reread: true }, from: weak.from, to: i + 1 };
      continue;
    }
    if (runWord) {
      if (!weak && !NOT_A_RUN_ALONE.has(words.slice(i, runWord.end).join(' '))) weak = weakRun(i, runWord.end);
      // `30 min EZ`, `60 min E`: the tables' easy, like `30 min easy`.
      else if (words[i] === 'ez' || words[i] === 'e') {
        paced = true;
        if (pacedAt < 0) pacedAt = i;
      }
      i = runWord.end - 1;
      continue;
    }
    if (weak) {
      // `2 x 400m walking lunges`, `3 x 20m bear crawl`: a distance first, then an exercise, is the exercise's distance,
      // not a run (`4 miles easy`, `5K tempo` name none: runs).
      if (weak.byQuantity && weak.start.template.kind === 'run') {
        const exerciseEnd = exerciseNameEnd(words, items, i, vocabulary);
        // The name's last word an exercise as a whole (`lunges`, `push`): `6 x 300 cut-downs` are runs, and so are
        // sprints named after a drill (`5 x bear crawl T sprints`).
        if (exerciseEnd > 0 && EXERCISE_HEAD.has(words[exerciseEnd - 1] ?? '') && !STATION_RUNS.has(words[exerciseEnd] ?? '') && !STATION_RUNS.has(words[exerciseEnd + 1] ?? '')) {
          const kind = afterAnother && conditioningMove(words, i, exerciseEnd) ? 'conditioning' : 'gym';
          weak = { start: { template: { kind, word: kind }, reread: true }, from: i, to: exerciseEnd, byExercise: true };
          i = exerciseEnd - 1;
        }
      }
      continue;
    }
    const word = words[i] as string;
    if ((RUN_TYPES as readonly string[]).includes(word) && word !== 'easy') {
      weak = weakRun(i, i + 1);
      continue;
    }
    const exerciseEnd = exerciseNameEnd(words, items, i, vocabulary);
    if (exerciseEnd > 0) {
      // `full body weights + wall balls or burpees`: conditioning moves after another session of the day are a
      // finisher, a conditioning session of their own; first on the day (`wall balls 3x20`) they are a lift.
      const kind = afterAnother && conditioningMove(words, i, exerciseEnd) ? 'conditioning' : 'gym';
      weak = { start: { template: { kind, word: kind }, reread: true }, from: i, to: exerciseEnd, byExercise: true };
      i = exerciseEnd - 1;
      continue;
    }
    const item = items[i];
    if ('token' in item && tokenMatcher(item.token, Quantity)) {
      const quantity = collectQuantity({ items, words }, i);
      if (quantityMeansRun(quantity.image) || runWalkRatio(items, quantity.end) !== undefined) weak = { ...weakRun(i, i + 1), byQuantity: true, repeats: /x/i.test(quantity.image) || undefined };
      // `30 min easy`, and timed repeats (`3min x4 easy`, `4 x 3 min easy`): a time that an easy word makes a run.
      else if (timed < 0 && (quantityIsTime(quantity.image) || quantityIsTime(quantity.image.replace(TIMES_BEFORE, '')))) timed = i;
      i = quantity.end;
    } else if ((word === 'easy' || word === 'ez') && i === 0 && bareNumberAt(items, words, i + 1)) {
      // `Easy 5`: a table's type word and the miles (or km) of the run, as `Tempo 4` and `Long 10` are read.
      weak = weakRun(i, i + 1);
    } else if (word === 'mas' && timed >= 0) {
      // `4 x 4 min MAS`, `6 min MAS`: a time at maximal aerobic speed (team sports' running) is a run at that speed,
      // as `MAS running` is (`MAS` alone names nothing: one letter from `max`).
      weak = weakRun(timed, timed + 1);
    } else if (word === 'easy' || word === 'ez' || ZONE_WORD.test(word) || ROWING_BANDS.has(word)) {
      paced = true;
      if (pacedAt < 0) pacedAt = i;
    } else if (timed >= 0 && danielsLetterAt({ items, words }, i)) {
      // `90' L`, `30' T`: a time with Daniels' letter after it is a run, as `60' E` is.
      paced = true;
      if (pacedAt < 0) pacedAt = i;
    }
  }
  // `30 min easy`, `55-75' Z1 flat`: a time run at an easy effort or in a zone, with no kind named, is a run.
  // After a comma it may go on with the session before (`bike 60 min, 20 min easy, 20 min hard`): byEffort.
  if (weak === undefined && !(timed >= 0 && paced)) {
    // `warm up + mobility work, chins 10x2`: a piece that is only a warm-up (`warm up`, `dynamic warm up`) is a warm-up,
    // as `warm-up` is, joined to the session after it (parser.ts `mergeLeadingWarmUp`); it named no session.
    const warm = words.indexOf('warm');
    // After a heading of intensity words (`Heavy / Max Effort: warm up + …`) too.
    if (warm >= 0 && words[warm + 1] === 'up' && words.every((w) => w === undefined || w === 'warm' || w === 'up' || WARM_UP_HEADING.has(w))) return weakRun(warm, warm + 2);
  }
  return weak ?? (timed >= 0 && paced ? { ...weakRun(pacedAt, pacedAt + 1), byEffort: true } : undefined);
}

/** Words that make the `row` after them a lift (`barbell row`, `bent over rows`, `DB rows`, `pendlay row`). */
const LIFTED_ROW = new Set([
  'barbell', 'bb', 'dumbbell', 'dumbbells', 'db', 'dbs', 'kettlebell', 'kb', 'cable', 'seated', 'over', 'bent', 'bent-over',
  'pendlay', 'upright', 'inverted', 'renegade', 't-bar', 'tbar', 'landmine', 'single-arm', 'one-arm', '1-arm', 'ring',
  'trx', 'chest-supported', 'supported', 'incline', 'seal', 'yates', 'meadows', 'kroc', 'gorilla', 'bodyweight', 'bw',
  'australian', 'batwing', 'helms', 'smith',
]);

/**
 * True when the `row` at `index` is a lift: a lift's word before it (`barbell row`), or sets of reps after it with no
 * distance (`row 5x5`, `rows 3 x 8-12`; `row 6x500m` and `row 4x500` are rowing machine repeats).
 */
function rowIsALift(items: readonly RawItem[], words: readonly (string | undefined)[], index: number): boolean {
  if (index > 0 && LIFTED_ROW.has(words[index - 1] ?? '')) return true;
  const next = tokenAt(items, index + 1);
  if (!next || !tokenMatcher(next, Quantity)) return false;
  const quantity = collectQuantity({ items, words }, index + 1);
  const image = quantity.image.toLowerCase().replace(/\s+/g, '');
  if (!/^\d+x\d+(-\d+)?$/.test(image) || quantityMeansRun(image)) return false;
  // `row 4x10 @ 22spm`, `row 4x10 min`: a stroke rate or minutes after it say the erg.
  for (let j = quantity.end + 1; j <= quantity.end + 4 && j < items.length; j++) {
    const word = words[j];
    if (word !== undefined && (/spm$/.test(word) || SPACED_UNITS.has(word) || word === "'")) return false;
  }
  return true;
}

/** True when `every`, `break` or `breaks` follows a walk within four words (`walk 30 sec every 2 min`, `walk breaks`). */
function walkBreaks(words: readonly (string | undefined)[], from: number): boolean {
  for (let j = from; j < Math.min(words.length, from + 4); j++) if (words[j] === 'every' || words[j] === 'break' || words[j] === 'breaks') return true;
  return false;
}

/** The first words of the event phrases of each vocabulary, found once. */
const EVENT_FIRSTS = new WeakMap<PhraseMap<KindStart>, Set<string>>();

/** A race or test phrase from `from` on (not `race pace`, a run's target), before any alternative or aside. */
function eventAfter(items: readonly RawItem[], words: readonly (string | undefined)[], from: number, vocabulary: Vocabulary): FoundKind | undefined {
  let firsts = EVENT_FIRSTS.get(vocabulary.sessions);
  if (firsts === undefined) EVENT_FIRSTS.set(vocabulary.sessions, (firsts = vocabulary.sessions.firstWords((start) => start.template.kind === 'event')));
  for (let j = from; j < items.length; j++) {
    const word = words[j];
    if (word !== undefined && word !== 'or' && word !== 'with' && word !== 'w' && !firsts.has(word)) continue;
    if (word === 'or' || word === 'with' || word === 'w' || tokenAt(items, j)?.image === '(' || tokenAt(items, j)?.tokenType === Comma) return undefined;
    // `run race 10km` stays a run of type race (the canonical form); a longer run phrase (`race pace`) is a target.
    const named = word === undefined || (RUN_TYPES as readonly string[]).includes(word) ? undefined : vocabulary.sessions.match(words, j);
    // `@ half marathon race pace`, `at marathon effort`: a race named before `pace` or `effort` is a target.
    const next = words[named?.end ?? -1];
    const target = next === 'pace' || next === 'effort' || (next === 'race' && (words[(named?.end ?? -1) + 1] === 'pace' || words[(named?.end ?? -1) + 1] === 'effort'));
    if (named?.value.template.kind === 'event' && !target && !((RUN_MODIFIER_MAP.match(words, j)?.end ?? 0) > named.end)) return { start: named.value, from: j, to: named.end };
  }
  return undefined;
}

/** True when a run's distance is written from `from` on, before any alternative (`or`) or aside. */
function runDistanceAfter(items: readonly RawItem[], words: readonly (string | undefined)[], from: number): boolean {
  for (let j = from; j < items.length; j++) {
    if (words[j] === 'or' || tokenAt(items, j)?.image === '(') return false;
    const token = tokenAt(items, j);
    if (token && tokenMatcher(token, Quantity)) {
      const quantity = collectQuantity({ items, words }, j);
      if (quantityMeansRun(quantity.image)) return true;
      // `4 easy miles`: the unit after one word.
      const unit = SPACED_UNITS.get(words[quantity.end + 2] ?? '');
      if (NUMBER.test(quantity.image) && (unit === 'mi' || unit === 'km')) return true;
      j = quantity.end;
    }
  }
  return false;
}

/** True when a road distance (miles or kilometres, not the metres of a sled) is written just before `index`. */
function pushedDistance(items: readonly RawItem[], words: readonly (string | undefined)[], index: number): boolean {
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const token = tokenAt(items, j);
    if (!token || !tokenMatcher(token, Quantity)) continue;
    const image = collectQuantity({ items, words }, j).image.toLowerCase();
    const km = distanceKm(image);
    return km !== undefined && !/\dm$/.test(image) && km >= 1;
  }
  return false;
}

const RATIO_TIMES = /^(\d+(?:\.\d+)?)x(\d+)$/i;

/**
 * `1/1x10`, `2/1 x 8`: run/walk minutes, as published run/walk plans write them (run 1 minute, walk 1 minute, ten
 * times). With the number before the `/` at `end`, returns the minutes of the whole and the index of its last item.
 */
function runWalkRatio(items: readonly RawItem[], end: number): { minutes: number; end: number } | undefined {
  const run = tokenAt(items, end);
  const slash = tokenAt(items, end + 1);
  const walk = tokenAt(items, end + 2);
  if (!run || !NUMBER.test(run.image) || slash?.image !== '/' || !walk || !tokenMatcher(walk, Quantity)) return undefined;
  let times = RATIO_TIMES.exec(walk.image);
  let last = end + 2;
  if (!times && NUMBER.test(walk.image)) {
    // `2/1 x 8`.
    const x = tokenAt(items, end + 3)?.image.toLowerCase();
    const count = tokenAt(items, end + 4);
    if (x === 'x' && count && WHOLE_NUMBER.test(count.image)) {
      times = [walk.image, walk.image, count.image] as unknown as RegExpExecArray;
      last = end + 4;
    }
  }
  if (!times) return undefined;
  return { minutes: (Number(run.image) + Number(times[1])) * Number(times[2]), end: last };
}

/** `10:00` where a start time is meant: write it with '@' (or, in a table of times, as minutes: the second fix). */
function startTimeError(image: string, range: Range): SessionError {
  const asMinutes = CLOCK_DIGITS.test(image) && image.endsWith(':00') ? `${Number(image.slice(0, -3))}min` : undefined;
  return new SessionError(`Write a start time with '@', like '@${image}'`, range, [
    { title: `Write '@${image}'`, edits: [{ range, newText: `@${image}` }], preferred: true },
    ...(asMinutes === undefined ? [] : [{ title: `Write '${asMinutes}' (a time of ${asMinutes})`, edits: [{ range, newText: asMinutes }] }]),
  ]);
}

/** True when a number without a unit is at `index` (`5`, `4.5`, `4-6`): not `5 min`, `5 miles` or `5x`. */
function bareNumberAt(items: readonly RawItem[], words: readonly (string | undefined)[], index: number): boolean {
  const token = tokenAt(items, index);
  if (!token || !tokenMatcher(token, Quantity)) return false;
  return /^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?$/.test(collectQuantity({ items, words }, index).image);
}

/** True when the items are one time and nothing else (`25-30 min`, `30 mins`, `45'`, `1 hour`). */
/** `4x4min`, `6 x 3 min`, `10x30s`: repeats of a time. */
const TIMED_REPEATS = /^\d+(?:-\d+)?x\d+(?:\.\d+)?(?:-\d+)?(?:min|mins|s|sec|secs|'|")$/i;
/** Effort words that may follow timed repeats with no activity named (`4 x 4 min hard`). */
const TIMED_EFFORT = new Set(['hard', 'easy', 'fast', 'steady', 'moderate', 'all-out', 'max']);

/**
 * Repeats of a time, alone (`4 x 4min`) or followed only by their effort (`@ 90-95% HRmax`, `hard`) and an aside:
 * what the plan's other days confirm as running (`timeOnlyRuns`), as a time alone is.
 */
function timedRepeatsHead(items: readonly RawItem[], words: readonly (string | undefined)[]): boolean {
  const first = tokenAt(items, 0);
  if (!first || !tokenMatcher(first, Quantity)) return false;
  const quantity = collectQuantity({ items, words }, 0);
  if (!TIMED_REPEATS.test(quantity.image.replace(/\s+/g, ''))) return false;
  const next = quantity.end + 1;
  if (next >= items.length) return true;
  const after = tokenAt(items, next);
  return after !== undefined && (after.image === '@' || after.image === '(' || TIMED_EFFORT.has(words[next] ?? ''));
}

/**
 * True when the items are one outing of a runner's log given only by its time or its distance, its time of day first,
 * last or in brackets or not (`70'`, `AM 70'`, `35 min pm`, `70' (am)`, `10 mi (AM)`): one side of a double written
 * with `/` (`70' AM / 35' PM`, `10 mi (AM) / 4 mi (PM)`; parser.ts, `splitSessions`). Without times of day the second
 * time then goes on with the first run, as after `+` (`70' / 35'` is one run of 105 minutes, as `60' + 30'` is).
 */
export function amountOuting(items: readonly RawItem[]): boolean {
  let end = items.length;
  const image = (i: number): string | undefined => tokenAt(items, i)?.image.toLowerCase();
  if (end >= 4 && image(end - 3) === '(' && (image(end - 2) === 'am' || image(end - 2) === 'pm') && image(end - 1) === ')') end -= 3;
  else if (end >= 2 && (image(end - 1) === 'am' || image(end - 1) === 'pm')) end -= 1;
  const outing = items.slice(0, end);
  const words = itemWords(outing);
  const at = periodLength(outing, words);
  const first = tokenAt(outing, at);
  if (first === undefined || !tokenMatcher(first, Quantity)) return false;
  const quantity = collectQuantity({ items: outing, words }, at);
  if (quantity.end !== outing.length - 1) return false;
  return quantityIsTime(quantity.image) || distanceKm(quantity.image) !== undefined;
}

/** True when the raw session is a runner's log's bare miles (`10`, `AM 10`, `PM: 4 easy`, `6 (very easy)`). */
export function bareMilesOuting(items: readonly RawItem[]): boolean {
  // Most sessions start with a word that is no time of day: asked first, without reading the words.
  const first = tokenAt(items, 0);
  if (first === undefined) return false;
  if (!tokenMatcher(first, Quantity)) {
    const word = wordOf(first.image);
    if (word !== 'am' && word !== 'pm' && !PERIOD_WORDS.has(word)) return false;
  }
  return onlyBareMiles(items, itemWords(items));
}

function onlyBareMiles(items: readonly RawItem[], words: readonly (string | undefined)[]): boolean {
  return bareMilesAt(items, words, periodLength(items, words));
}

/**
 * `AM 10`, `PM: 4`, `AM: 30 min`, `AM - 10`: how many items a time of day (and its `:` or dash) written first takes in a
 * log's outing.
 */
function periodLength(items: readonly RawItem[], words: readonly (string | undefined)[]): number {
  const mark = tokenAt(items, 1)?.image;
  return words[0] === 'am' || words[0] === 'pm' || PERIOD_WORDS.has(words[0] ?? '') ? (mark === ':' || mark === '-' || mark === '\u2013' ? 2 : 1) : 0;
}

/**
 * True when bare miles at `index` end the piece or are followed only by how the run is run (`10 easy`, `10 @ 6:30`,
 * `8 (6:50 avg)`, `10 w/ 6 x 1 mile`): a runner's log. Other words after the number (`3 sets of 10`) are no run.
 */
function bareMilesAt(items: readonly RawItem[], words: readonly (string | undefined)[], index: number): boolean {
  const number = tokenAt(items, index);
  if (number === undefined || !tokenMatcher(number, Quantity) || !NUMBER.test(number.image) || !(Number(number.image) > 0) || Number(number.image) > BARE_MILES_LIMIT) return false;
  const next = index + 1;
  if (next >= items.length) return true;
  const after = tokenAt(items, next);
  if (after === undefined) return false;
  // `6 + 4 (both very easy)`: an aside after the number is the user's words about it.
  if (after.image === '(' && tokenAt(items, items.length - 1)?.image === ')') return true;
  // `10 am, 4 pm`: the time of day of the outing written after its miles (a start time alone names no session).
  if ((words[next] === 'am' || words[next] === 'pm') && next === items.length - 1 && index === 0) return true;
  if (tokenMatcher(after, At) || words[next] === 'w' || words[next] === 'with') return true;
  // `AM 10 / PM 4`: a spaced `/` before the day's next outing (its time of day after it) ends these miles.
  // (The day's reading may have cut the outing after the `/` off already: `AM 10 /`.)
  if (after.image === '/' && (next + 1 >= items.length || words[next + 1] === 'am' || words[next + 1] === 'pm' || PERIOD_WORDS.has(words[next + 1] ?? ''))) return true;
  // `10 easy`, `6 easy/steady miles`: a run type (the first of alternatives) after the number.
  if ((RUN_TYPES as readonly string[]).includes((words[next] ?? '').split('/')[0] as string)) return true;
  return RUN_MODIFIER_MAP.match(words, next) !== undefined;
}

function onlyATime(items: readonly RawItem[], words: readonly (string | undefined)[]): boolean {
  // `AM: 30 min`, `PM 40'`: a log's outing with its time of day before its minutes.
  const at = periodLength(items, words);
  const first = tokenAt(items, at);
  if (!first || !tokenMatcher(first, Quantity)) return false;
  const quantity = collectQuantity({ items, words }, at);
  // `10 min cool down`, `10 min warm up`: a time with only the words of a warm-up or a cool-down after it.
  let end = quantity.end;
  // `66 min.`: the full stop of the unit's abbreviation (or of the sentence) too.
  while (end + 1 < items.length && (WARM_UP_AFTER_TIME.has(words[end + 1] ?? '') || tokenAt(items, end + 1)?.image === '.')) end++;
  // `70' AM`, `35 min pm`: a log's outing with its time of day after its minutes.
  if (at === 0 && end + 2 === items.length && (words[end + 1] === 'am' || words[end + 1] === 'pm')) end++;
  // `90 min (incl. 6 x 3 min)`, `70' (20 x 1' on / 1' off)`: an aside in brackets at the end says what the time holds.
  if (tokenAt(items, end + 1)?.image === '(' && tokenAt(items, items.length - 1)?.image === ')') end = items.length - 1;
  // `AM: 3 x 10 min`: repeats of minutes too, as `Mon: 3 x 10 min` is a run.
  return end === items.length - 1 && (quantityIsTime(quantity.image) || (TIMES_BEFORE.test(quantity.image) && quantityIsTime(quantity.image.replace(TIMES_BEFORE, ''))));
}

/**
 * `60' w/ 10 x 1' hard`, `70' w/ 10 x 1' on/1' off`: a log's time alone, then `with` and what it holds (no session
 * word anywhere: readSession asks only when none was found) — a run, as the time alone is, its parts read after it.
 */
function timeWithParts(items: readonly RawItem[], words: readonly (string | undefined)[]): boolean {
  const at = words.indexOf('with');
  if (at > 0 && at < items.length - 1 && onlyATime(items.slice(0, at), words.slice(0, at))) return true;
  // `10 x 1' on/1' off`, `10 x 1 min on, 1 min off`: timed repeats of work `on` and recovery `off` (a fartlek's), as
  // `10 x 1'` alone is a run.
  const on = words.findIndex((word) => word === 'on' || /^on\/\d/.test(word ?? ''));
  return on > 0 && words.lastIndexOf('off') > on && onlyATime(items.slice(0, on), words.slice(0, on)) && TIMES_BEFORE.test(collectQuantity({ items, words }, 0).image);
}

/** Words of a warm-up or a cool-down, and how easy it is, written after a time (`10 min cool down`, `10 min easy jog`). */
const WARM_UP_AFTER_TIME: ReadonlySet<string> = new Set(['warm', 'up', 'cool', 'down', 'warmup', 'warm-up', 'cooldown', 'cool-down', 'easy', 'jog']);

/** The count of repeats before what is repeated (`4x` of `4x3min`, `6-8x` of `6-8x400m`). */
const TIMES_BEFORE = /^\d+(?:-\d+)?x(?=\d)/i;

function quantityIsTime(image: string): boolean {
  const compact = image.toLowerCase();
  const spanned = RANGE.exec(compact);
  return duration(compact) !== undefined || (spanned !== null && duration(`${spanned[3]}${spanned[4]}`) !== undefined);
}

/**
 * True when the comma at `comma` starts the rest of a list of alternatives that ends in a day off: the words after it
 * (no other comma or `+`) hold an `or`, and what follows the last `or` is rest (`Run a few kilometres, do an NTC
 * workout or take the whole day off`, `easy run, cross train or rest`). The session before the comma is the first
 * alternative, and it counts, as before `or` (language-decisions.md, "Alternatives that end in a day off").
 */
export function restAlternativesAt(items: readonly RawItem[], comma: number, vocabulary: Vocabulary = builtinVocabulary()): boolean {
  let or = -1;
  for (let k = comma + 1; k < items.length; k++) {
    const item = items[k] as RawItem;
    if (!('token' in item)) continue;
    if (item.token.tokenType === Comma || item.token.image === '+') return false;
    if (k > comma + 1 && wordOf(item.token.image) === 'or') or = k;
  }
  return or > 0 && kindOf(items.slice(or + 1), vocabulary)?.kind === 'rest';
}

/** What kind of session the items name (`run`, `cross` …, with the cross activity), or undefined. */
export function kindOf(
  items: readonly RawItem[],
  vocabulary: Vocabulary = builtinVocabulary(),
  afterAnother = false,
): { kind: Session['kind']; activity?: CrossActivity; byQuantity?: true; byEffort?: true; byExercise?: true } | undefined {
  const found = findKind(items, itemWords(items), vocabulary, afterAnother);
  if (!found) return undefined;
  const template = found.start.template;
  if (found.byQuantity) return { kind: template.kind, activity: template.activity, byQuantity: true };
  if (found.byExercise) return { kind: template.kind, activity: template.activity, byExercise: true };
  return found.byEffort ? { kind: template.kind, activity: template.activity, byEffort: true } : { kind: template.kind, activity: template.activity };
}

/** True when the word at `index` follows a bare count (`4 cycles`). */
function countBefore(items: readonly RawItem[], index: number): boolean {
  const previous = tokenAt(items, index - 1);
  return previous !== undefined && tokenMatcher(previous, Quantity) && WHOLE_NUMBER.test(previous.image);
}

/** True when the word at `index` follows a number (`5 min rest`, `90s recovery`). */
function afterQuantity(items: readonly RawItem[], words: readonly (string | undefined)[], index: number): boolean {
  const previous = tokenAt(items, index - 1);
  if (previous === undefined) return false;
  if (tokenMatcher(previous, Quantity)) return true;
  // `10 x 1' on/1' off`: the time of the recovery glued after the work's `on/`.
  if (/^on\/\d+(?:\.\d+)?(?:'|"|s|sec|secs|min|mins)?$/i.test(previous.image)) return true;
  const before = tokenAt(items, index - 2);
  return before !== undefined && tokenMatcher(before, Quantity) && SPACED_UNITS.has(words[index - 1] as string);
}

/** True when a dash at `dash` is followed by a run named with its distance or time (`Rest - run 3 mi`, `Off - easy jog 20 min`). */
function restThenRun(items: readonly RawItem[], words: readonly (string | undefined)[], dash: number, vocabulary: Vocabulary): boolean {
  const token = tokenAt(items, dash);
  if (token === undefined || !tokenMatcher(token, Dash)) return false;
  let run = false;
  for (let k = dash + 1; k < items.length; k++) {
    const item = tokenAt(items, k);
    if (item === undefined || tokenMatcher(item, Comma) || item.image === '/' || words[k] === 'or') return false;
    if (!run && words[k] !== undefined && vocabulary.sessions.match(words, k)?.value.template.kind === 'run') run = true;
    if (run && tokenMatcher(item, Quantity)) return true;
  }
  return false;
}

/**
 * `cardio:`, `Cardio - …`, `Cardio session #2 - …`: `cardio` (with `session` and a number) ended by a `:` or a dash is a
 * heading of what follows (`cardio endurance: 10 min easy jog, …` is no heading: a word of its own follows).
 */
function cardioHeading(items: readonly RawItem[], words: readonly (string | undefined)[], from: number): boolean {
  let k = from;
  if (words[k] === 'session') k++;
  const numbered = tokenAt(items, k);
  if (numbered && tokenMatcher(numbered, NumberSign)) k++;
  const mark = tokenAt(items, k);
  return mark !== undefined && (tokenMatcher(mark, Dash) || tokenMatcher(mark, Colon));
}

function weakRun(from: number, to: number): FoundKind {
  return { start: { template: { kind: 'run', word: 'run' }, reread: true }, from, to };
}

function builderOf(found: FoundKind, items: readonly RawItem[], source: SourceText): Builder {
  const { template, means } = found.start;
  const first = (items[found.from] as { token: IToken }).token;
  const last = (items[found.to - 1] as { token: IToken }).token;
  const range = source.rangeBetween(first, last);
  const builder: Builder = { kind: template.kind, word: template.word, attributes: {} };
  // Values of a vocabulary phrase have no range of their own: fixes edit only words written for them.
  if (template.focus) builder.focus = { value: template.focus, range };
  if (template.intensity) builder.intensity = { value: template.intensity, range };
  if (template.runType) builder.runType = { value: template.runType, range };
  if (template.effort) builder.effort = { value: template.effort, range };
  builder.activity = template.activity;
  builder.style = template.style;
  builder.sport = template.sport;
  if (template.event) {
    builder.event = {
      type: template.event.type,
      discipline: template.event.discipline,
      what: template.event.what === undefined ? undefined : { value: template.event.what, range },
    };
  }
  if (template.distance !== undefined) builder.attributes.distance = { value: template.distance, range };
  if (template.duration !== undefined) builder.attributes.duration = { value: template.duration, range };
  if (means !== undefined) builder.vocabulary = { value: means, range };
  return builder;
}

/** Whether a vocabulary value was given by the phrase (no range of its own) rather than written as its own word. */
function fromPhrase(builder: Builder, range: Range | undefined): boolean {
  return range !== undefined && builder.vocabulary !== undefined && range === builder.vocabulary.range;
}

function kindWordsFor(kind: Session['kind']): string[] {
  switch (kind) {
    case 'gym':
      return [...FOCUS_WORDS.keys(), ...INTENSITY_WORDS, 'body', ...ATTRIBUTE_WORDS];
    case 'run':
      return [...RUN_TYPES, ...ATTRIBUTE_WORDS];
    case 'cross':
    case 'conditioning':
    case 'sport':
      return [...CROSS_EFFORTS, ...ATTRIBUTE_WORDS];
    case 'event':
      return ['marathon', 'half', 'acft', ...ATTRIBUTE_WORDS];
    default:
      return [];
  }
}

const kindNames: Record<Session['kind'], string> = {
  gym: 'a gym session',
  run: 'a run',
  cross: 'a cross-training session',
  rest: 'a rest day',
  conditioning: 'a conditioning session',
  sport: 'a sport session',
  event: 'a race or test',
};

function expectedWords(kind: Session['kind']): string {
  switch (kind) {
    case 'gym':
      return `expected a focus (${quoteList(['upper', 'lower', 'full', 'push', 'pull', 'legs', 'core'])}), an intensity (${quoteList(INTENSITY_WORDS)}) or an attribute; exercises go in brackets: [squat 5x5]`;
    case 'run':
      return `expected a run type (${quoteList(RUN_TYPES)}) or an attribute`;
    case 'cross':
    case 'conditioning':
    case 'sport':
      return `expected 'easy', 'hard' or an attribute`;
    case 'event':
      return `expected a distance (5km, half marathon) or what is tested (acft, 1rm) or an attribute`;
    default:
      return 'a rest day takes only a note';
  }
}

/** The session words of each vocabulary as a set (built once per vocabulary). */
const SESSION_WORD_SETS = new WeakMap<Vocabulary, ReadonlySet<string>>();

/**
 * The session word that `word` is with two neighbouring letters swapped (`weigths` → 'weights', `strenght` →
 * 'strength'), or with a doubled letter written once or a letter written twice (`eliptical` → 'elliptical',
 * `weightts` → 'weights'), or undefined; words of five letters or more only, and only one such word. Exercise names are
 * no session words: `sqauts` keeps its error.
 */
function swappedSessionWord(word: string, vocabulary: Vocabulary): string | undefined {
  if (word.length < 5 || word.length > 20 || !/^[a-z]+$/i.test(word)) return undefined;
  let words = SESSION_WORD_SETS.get(vocabulary);
  if (words === undefined) SESSION_WORD_SETS.set(vocabulary, (words = new Set(vocabulary.words.map((known) => known.toLowerCase()))));
  const lower = word.toLowerCase();
  let found: string | undefined;
  for (let i = 0; i + 1 < lower.length; i++) {
    if (lower[i] === lower[i + 1]) continue;
    const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
    if (!words.has(swapped) || swapped === found) continue;
    if (found !== undefined) return undefined;
    found = swapped;
  }
  if (found !== undefined) return found;
  // `eliptical`, `weightts`: a doubled letter written once, or one letter written twice.
  for (let i = 0; i < lower.length; i++) {
    const doubled = lower[i] === lower[i + 1] ? lower.slice(0, i) + lower.slice(i + 1) : lower.slice(0, i + 1) + (lower[i] as string) + lower.slice(i + 1);
    if (!words.has(doubled) || doubled === found) continue;
    if (found !== undefined) return undefined;
    found = doubled;
  }
  return found;
}

/** A did-you-mean as a quick fix: replace the word at `range` with the guess. */
function replaceFix(range: Range, guess: string, typed: string): SyntaxFix[] {
  return [{ title: `Change '${typed}' to '${guess}'`, edits: [{ range, newText: guess }], preferred: true }];
}

/** True when the items start with `(`, `am` or `pm`, `)`. */
function bracketedPeriodAt(items: readonly RawItem[]): boolean {
  const image = (i: number): string | undefined => {
    const item = items[i];
    return item !== undefined && 'token' in item ? item.token.image.toLowerCase() : undefined;
  };
  return image(0) === '(' && (image(1) === 'am' || image(1) === 'pm') && image(2) === ')';
}

/** Reads one raw session. Returns the session (without its `entry`, which the caller sets) and at most one error. */
export function readSession(
  raw: RawSession,
  source: SourceText,
  vocabulary: Vocabulary = builtinVocabulary(),
  afterAnother = false,
  afterRun = false,
): { session?: UnattachedSession; error?: SyntaxIssue } {
  // `(AM) 20min gym session`: a time of day in brackets before a session is its time of day, as `AM` is.
  if (raw.items.length > 3 && bracketedPeriodAt(raw.items)) {
    const read = readSession({ items: raw.items.slice(1, 2).concat(raw.items.slice(3)) }, source, vocabulary, afterAnother, afterRun);
    const open = (raw.items[0] as { token: IToken }).token;
    if (read.session) {
      const start = source.rangeOf(open).start;
      read.session.range = { start, end: read.session.range.end };
      read.session.text = source.text.slice(open.startOffset, source.offsetAt(read.session.range.end));
    }
    return read;
  }
  const items = raw.items;
  const first = items[0];
  const last = items[items.length - 1];
  const firstToken = 'token' in first ? first.token : first.open;
  const lastToken = 'token' in last ? last.token : (last.close ?? last.items[last.items.length - 1] ?? last.open);
  const range = source.rangeBetween(firstToken, lastToken);
  const words = itemWords(items);

  // The kind is named before any `with`, `or` or aside (`hill sprints w walk down recovery` is not a walk).
  let limit = items.length;
  for (let i = 1; i < items.length && limit === items.length; i++) {
    const word = words[i];
    if (word === 'with' || word === 'w' || word === 'or' || (tokenAt(items, i)?.image === '(')) limit = i;
    else if (tokenAt(items, i)?.tokenType === Comma && restAlternativesAt(items, i, vocabulary)) limit = i;
  }
  let found = limit < items.length ? findKind(items.slice(0, limit), words, vocabulary, afterAnother) : undefined;
  // `4 x 4min @ 90-95% HRmax (3 min active recovery)`: timed repeats with only their effort or an aside after them name
  // no activity — the aside's words (`active recovery`) do not make them a session of their own kind.
  const timedFirst = !found && (!afterAnother || afterRun) && timedRepeatsHead(items, words);
  if (!timedFirst) found ??= findKind(items, words, vocabulary, afterAnother);
  // `Mon: 25-30 min`, `Tue: 30 mins`, `Tue: 4 x 4min`: a day that gives only a time is a run (the plan's other days
  // decide whether that reading needs confirming: parser.ts, `timeOnlyRuns`).
  // After a run, a time alone goes on with it (`60' + 30'`, `60 min + 30 min`: it failed as no session). A runner's
  // log writes bare miles (`Thu: 10`, `10 + 4`): a run of that many miles, with the warning and the units as fixes.
  const timeOnly = timedFirst || (!found && (!afterAnother || afterRun) && (onlyATime(items, words) || onlyBareMiles(items, words) || timeWithParts(items, words)));
  if (timeOnly) found = weakRun(0, 1);
  // `Fri: nothing`, `Wed: nothing - busy at work`: a day that starts with `nothing` holds no training, a day of rest
  // (`nothing` stays a word of a sentence elsewhere: `run 4 mi, nothing fast`).
  if (!found && !afterAnother && words[0] === 'nothing') found = { start: { template: { kind: 'rest', word: 'rest' }, reread: true }, from: 0, to: 1 };
  // `Same as Monday or a hills session for strength`: a day line that points at another day names no session of its
  // own, whatever an alternative after it names (parser.ts, `sameAsAnotherDay`, makes its error say what to do).
  if (!afterAnother && words[0] === 'same' && words[1] === 'as' && /^(?:mon|tue|wed|thu|fri|sat|sun|day)/.test(words[2] ?? '')) found = undefined;
  // `swiming 1000m`, `eliptical 30 min (easy)`: a misspelt session word before a distance or an easy time is that
  // session, not a run the distance or the effort made (the run's "Unknown word 'swiming'" read a swim as a run).
  if (found !== undefined && (found.byQuantity === true || found.byEffort === true) && 'token' in first && tokenMatcher(first.token, Word) && found.from > 0 && vocabulary.sessions.match(words, 0) === undefined && swappedSessionWord(first.token.image, vocabulary) !== undefined) {
    found = undefined;
  }
  if (!found) {
    if (!('token' in first) || !tokenMatcher(first.token, Word)) {
      const shown = 'token' in first ? first.token.image : '[';
      return { error: { message: `Expected a session (gym, run, rest, bike, …) before '${shown}'`, range: source.rangeOf(firstToken) } };
    }
    // `weigths 45 min`, `strenght training`: two neighbouring letters swapped in a session word is a typo
    // whose meaning is plain — read as that word, with a warning and the fix (the rest of the line still counts).
    const swapped = swappedSessionWord(first.token.image, vocabulary);
    if (swapped !== undefined) {
      const read = readSession({ ...raw, items: [{ token: { ...first.token, image: swapped } }, ...items.slice(1)] }, source, vocabulary, afterAnother, afterRun);
      if (read.session) {
        const at = source.rangeOf(first.token);
        // `eliptical` read as 'elliptical' (a letter more): what was read over the word ends where the word is written.
        if (swapped.length !== first.token.image.length) {
          const readEnd = first.token.startOffset + swapped.length;
          const session = read.session as unknown as Record<string, unknown>;
          for (const [key, value] of Object.entries(session)) {
            const own = key === 'range' || key.endsWith('Range');
            const located = own ? (value as Range | undefined) : (value as { range?: Range } | undefined)?.range;
            if (located === undefined || key === 'attributes' || source.offsetAt(located.end) !== readEnd) continue;
            const fixed = { start: located.start, end: at.end };
            if (own) session[key] = fixed;
            else session[key] = { ...(value as object), range: fixed };
          }
          read.session.text = source.text.slice(source.offsetAt(read.session.range.start), source.offsetAt(read.session.range.end));
        }
        const warning: SyntaxIssue = { message: `Unknown session '${first.token.image}' — read as '${swapped}'`, range: at, fixes: replaceFix(at, swapped, first.token.image), severity: 'warning' };
        return { session: read.session, error: read.error ?? warning };
      }
    }
    return { error: unknownSession(first.token, source, vocabulary) };
  }
  const builder = builderOf(found, items, source);
  const context: ReadContext = { items, words, source, vocabulary, skipFrom: found.start.reread ? -1 : found.from, skipTo: found.to, kindFrom: found.from, whole: builder };
  if (found.byQuantity && found.start.template.kind === 'run') context.runWordAt = collectQuantity(context, found.from).end + 1;

  // A session may be written in parts: `10 min easy, 4 x 1 min fast, 10 min easy` (parts after a comma add up),
  // `8 miles with 4 x 800m` (what comes after `with` is inside the session), `rest or easy run` (the first alternative
  // counts; language-decisions.md, "Parts and alternatives").
  let part: Builder | undefined;
  let inWith = false;
  // Where the head or the current part starts: its words say whether it is run easy (`jog 10mins easy`).
  let partFrom = 0;
  const warmUpSeen: WarmUpSeen = { from: -1, to: -1, warmUp: false };
  for (let i = 0; i < items.length; i++) {
    if (i === context.skipFrom) {
      i = context.skipTo - 1;
      continue;
    }
    const item = items[i];
    const word = words[i];
    if ('token' in item) {
      if (word === 'or' && i > 0) break;
      if (i > 0 && item.token.tokenType === Comma && restAlternativesAt(items, i, context.vocabulary)) break;
      // `bike 30 min / row 30 min`: a spaced '/' before another session offers an alternative; the first counts.
      // (`strength/drills 50 minutes`: drills with a lift are its support work, and the time is the whole session's.)
      if (item.token.image === '/' && i > 0 && words[i + 1] !== undefined && context.vocabulary.sessions.match(words, i + 1) && !(builder.kind === 'gym' && (words[i + 1] === 'drills' || words[i + 1] === 'drill'))) break;
      // In a gym session a comma lists exercises (`deadlift 4RM, sled push 4x25m`); anything else after it is an error.
      // `Run 30 min: 10 min easy, …` and `20 min easy / 20 min harder` start parts too (partBreak).
      const image = item.token.image;
      const comma =
        builder.kind !== 'gym' &&
        (item.token.tokenType === Comma || word === 'then' || ((image === ':' || image === '/' || tokenMatcher(item.token, Dash)) && partBreak(builder, part, items, words, i)) || (word === 'and' && builder.kind === 'run' && andStartsPart(part ?? builder, context, partFrom, i, warmUpSeen)));
      // `4 mi incl. 2 mi @ goal pace`, `including 3 x 1 mile`: what the run includes is a part of it, as after `with`.
      const including = word === 'incl' || word === 'including' || word === 'includes' || word === 'inc';
      if (comma || ((word === 'with' || word === 'w' || including) && builder.kind !== 'gym' && builder.kind !== 'rest')) {
        if (part) {
          if (!inWith) notePart(builder, part, words, partFrom, i);
          mergePart(builder, part, inWith);
        } else {
          builder.head = headOf(builder);
          if (builder.kind === 'run') builder.warmUpHead = words.slice(0, i).some((w) => w !== undefined && (WARM_UP_WORDS.has(w) || w === 'jog'));
          if (builder.kind === 'run' && easyPiece(builder, words, 0, i)) builder.easyHead = piecesOf(builder.attributes);
          if (builder.kind === 'run' && comma) noteRepeatsPart(builder, builder.attributes);
        }
        if (comma && !inWith && builder.kind === 'run') (builder.partBreaks ??= []).push(item.token.startOffset);
        part = { kind: builder.kind, word: builder.word, attributes: {} };
        inWith = !comma || inWith;
        partFrom = i + 1;
        continue;
      }
    }
    const target = part ?? builder;
    try {
      i = readItem(target, context, i);
    } catch (error) {
      if (!(error instanceof SessionError)) throw error;
      // What a `with` part says about recoveries (`with 3min walks`) is not checked word by word.
      if (!inWith || !part) builder.firstError ??= error;
      if (error instanceof SessionIndexError) i = error.index;
    }
  }
  if (part) {
    if (!inWith) notePart(builder, part, words, partFrom, items.length);
    mergePart(builder, part, inWith);
    settleParts(builder);
    if (builder.kind === 'run') {
      repeatsOverEasyPart(builder, source);
      repeatsOutsideDistance(builder);
    }
  }
  const repeat = builder.repeat;
  const time = builder.attributes.duration;
  if (repeat && time && time.span === undefined) builder.attributes.duration = { value: repeat.upTo * repeat.times + (time.value - repeat.upTo), range: time.range };
  if (builder.total) builder.attributes.duration = builder.total;
  // `4 Parent Running Day: 3.65 miles`: the written distance replaced the guess, so the guess needs no warning.
  if (builder.guessWarning !== undefined && builder.firstError === builder.guessWarning && builder.guessedDistance === undefined) builder.firstError = undefined;

  // Explicit literals, not `{ ...base }`: object spread here made parsing ten times slower.
  const text = source.text.slice(firstToken.startOffset, tokenEnd(lastToken));
  const keywordRange = source.rangeBetween((items[found.from] as { token: IToken }).token, (items[found.to - 1] as { token: IToken }).token);
  const attributes = builder.attributes;
  let session: UnattachedSession;
  switch (builder.kind) {
    case 'rest':
      session = { kind: 'rest', range, text, keywordRange, attributes };
      break;
    case 'gym': {
      let exercises = builder.exercises?.list ?? [];
      if (builder.loose) exercises = builder.loose.concat(exercises);
      session = {
        kind: 'gym',
        range,
        text,
        keywordRange,
        attributes,
        focus: builder.focus?.value ?? 'full',
        focusRange: fromPhrase(builder, builder.focus?.range) ? undefined : builder.focus?.range,
        intensity: builder.intensity?.value ?? 'moderate',
        intensityRange: fromPhrase(builder, builder.intensity?.range) ? undefined : builder.intensity?.range,
        exercises,
        exercisesRange: builder.exercises?.range,
      };
      break;
    }
    case 'run':
      // `squad runs with circuit stations: buddy drag/carry, pull-ups`, `2 rounds: 1km run, 750m row, 150m farmers
      // carry`: running between stations is a circuit (conditioning), not a run.
      if (stationCircuit(words) || stationList(items)) {
        session = { kind: 'conditioning', range, text, keywordRange, attributes, style: 'circuit', effort: builder.effort?.value ?? 'hard', effortRange: undefined };
        break;
      }
      session = {
        kind: 'run',
        range,
        text,
        keywordRange,
        attributes,
        runType: sprintersTempo(builder, words) ? 'easy' : (builder.runType?.value ?? 'easy'),
        runTypeRange: fromPhrase(builder, builder.runType?.range) ? undefined : builder.runType?.range,
      };
      easyPartsOf(builder, session);
      break;
    case 'cross':
      // `1000m row, 50 wall balls, 1000m SkiErg`: an erg between stations is a circuit, as a run is.
      if (stationList(items)) {
        session = { kind: 'conditioning', range, text, keywordRange, attributes, style: 'circuit', effort: builder.effort?.value ?? 'hard', effortRange: undefined };
        break;
      }
      session = {
        kind: 'cross',
        range,
        text,
        keywordRange,
        attributes,
        activity: builder.activity ?? 'cross',
        effort: builder.effort?.value ?? 'easy',
        effortRange: fromPhrase(builder, builder.effort?.range) ? undefined : builder.effort?.range,
      };
      break;
    case 'conditioning':
      session = {
        kind: 'conditioning',
        range,
        text,
        keywordRange,
        attributes,
        style: builder.style ?? 'conditioning',
        effort: builder.effort?.value ?? 'hard',
        effortRange: fromPhrase(builder, builder.effort?.range) ? undefined : builder.effort?.range,
      };
      break;
    case 'sport':
      session = {
        kind: 'sport',
        range,
        text,
        keywordRange,
        attributes,
        sport: builder.sport ?? builder.word,
        // `Rugby Specific drills`: a drills practice of the sport is easy unless it says otherwise.
        effort: builder.effort?.value ?? (SKILLS_PRACTICE.test(text) && !NOT_SKILLS_ONLY.test(text) ? 'easy' : 'hard'),
        effortRange: fromPhrase(builder, builder.effort?.range) ? undefined : builder.effort?.range,
      };
      break;
    case 'event': {
      const event = builder.event ?? { type: 'race' as const, discipline: 'run' as const };
      const distance = attributes.distance;
      session = {
        kind: 'event',
        range,
        text,
        keywordRange,
        attributes,
        event: event.type,
        discipline: event.discipline,
        what: event.what ?? (distance ? { value: `${Number(distance.value.toFixed(3))}km`, range: distance.range } : undefined),
      };
      break;
    }
  }
  if (builder.vocabulary) session.vocabulary = builder.vocabulary;
  if (timeOnly && session.kind === 'run') session.timeOnly = true;
  const error = builder.firstError;
  if (!error) return { session };
  const issue: SyntaxIssue = { message: error.message, range: error.range };
  if (error.fixes) issue.fixes = error.fixes;
  if (error.severity) issue.severity = error.severity;
  return { session, error: issue };
}

/** The longest rep of a sprinters' tempo: 300 m (Francis's tempo runs are 100–300 m at 65–75 %). */
const SPRINT_TEMPO_REP_KM = 0.3;

/**
 * `tempo 110+110+110`, `tempo 10x100m`, `extensive tempo`: the sprinters' tempo — easy extensive runs of short reps
 * between the speed days (Charlie Francis's high/low week) — is an easy run, not a threshold run. Read from the reps
 * (each 300 m or less: a tempo run of runners is sustained, never cut into 100s) or the word `extensive`.
 */
/** Words of a circuit's stations beyond the exercises: ergs, a bike, crawls, drags, carries. */
const STATION_WORDS = new Set(['row', 'rower', 'rowing', 'ski', 'skierg', 'erg', 'bike', 'crawl', 'crawls', 'drag', 'drags', 'carry', 'carries']);

/**
 * A run written as a circuit: it names circuit stations (`circuit`, `stations`, or `rounds`) and a station that is
 * not running (an exercise, an erg, a carry, a crawl). Running between the stations makes it conditioning, not a run.
 */
function stationCircuit(words: readonly (string | undefined)[]): boolean {
  let marked = false;
  let station = false;
  for (const word of words) {
    if (word === undefined) continue;
    if (word === 'circuit' || word === 'circuits' || word === 'station' || word === 'stations' || word === 'rounds') marked = true;
    else if (STATION_WORDS.has(word) || (EXERCISE_HEAD.has(word) && word !== 'push' && word !== 'pull' && word !== 'lift' && word !== 'lifts')) station = true;
  }
  return marked && station;
}

/** Words of an erg's calories (`20 cal bike`). */
const CALORIES: ReadonlySet<string> = new Set(['cal', 'cals', 'calorie', 'calories', 'kcal']);
const GLUED_CALORIES = /^\d+(?:-\d+)?(?:cal|cals|calories|kcal)$/i;

/** Run words of a station list (`500m run, 50 wall balls`). */
const STATION_RUNS = new Set(['run', 'runs', 'running', 'jog', 'sprint', 'sprints', 'shuttle', 'shuttles']);

/**
 * `500m run, 50 wall balls, 500m row`, `1000m SkiErg, 50 burpee broad jumps`: stations written count or distance first,
 * after commas, mixing an exercise with running or an erg — a circuit (HYROX, CrossFit), one conditioning session, not
 * a run, an erg and a gym session. Every piece (up to the commas, outside brackets) starts with a number.
 */
export function stationList(items: readonly RawItem[]): boolean {
  // `4 x (200m sprint, 15 squat jumps, 25m walking lunges)`: rounds of a bracketed list are that list's stations.
  const rounds = roundsOfGroup(items);
  if (rounds !== undefined) return stationList(rounds);
  let pieces = 0;
  let exercise = false;
  let moving = false;
  let pieceStart = true;
  /** The piece's quantity is a time (`40 min run`): a run or an erg by the clock is no station. */
  let timed = false;
  let depth = 0;
  let words: (string | undefined)[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as RawItem;
    if (!('token' in item)) {
      if (pieceStart) return false;
      continue;
    }
    const token = item.token;
    if (token.image === '(') depth++;
    else if (token.image === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (token.tokenType === Comma) {
      if (pieceStart) return false;
      pieceStart = true;
      continue;
    }
    if (pieceStart) {
      // A count, a distance or calories (`50 wall balls`, `100m lunges`, `20 cal bike`); sets of reps (`3x10 squats`,
      // `4x8-12 bench press`, `5 sets of 5 squats`) are a gym session's.
      if (!tokenMatcher(token, Quantity)) return false;
      words ??= itemWords(items);
      const quantity = collectQuantity({ items, words }, i);
      if (/^\d+x\d+(-\d+)?$/i.test(quantity.image.replace(/\s+/g, ''))) return false;
      const after = words[quantity.end + 1];
      if (after === 'sets' || after === 'set' || after === 'x') return false;
      timed = quantityIsTime(quantity.image);
      pieceStart = false;
      pieces++;
      i = quantity.end;
      continue;
    }
    if (!tokenMatcher(token, Word)) continue;
    const word = wordOf(token.image);
    if (STATION_RUNS.has(word) || STATION_WORDS.has(word)) moving ||= !timed;
    else if (EXERCISE_HEAD.has(word) && word !== 'push' && word !== 'pull' && word !== 'lift' && word !== 'lifts') exercise = true;
  }
  return pieces >= 2 && exercise && moving;
}

/** The longest jog between repeats by the clock that is their recovery (a longer one is the cool-down). */
const RECOVERY_JOG_MAX_KM = 1;

/** Words that make a jog the warm-up or cool-down. */
const WARM_UP_WORDS: ReadonlySet<string> = new Set(['warm', 'cool', 'warmup', 'cooldown', 'warm-up', 'cool-down', 'w/u', 'c/d', 'wu', 'cd']);

/** Whether the bracket opened at `open` names a walk (`8 x (400m jog, 200m walk)`). */
function bracketWalks(context: ReadContext, open: number): boolean {
  for (let i = open + 1; i < context.items.length; i++) {
    const word = context.words[i];
    if (word === 'walk' || word === 'walking' || word === 'walks') return true;
    if (tokenAt(context.items, i)?.image === ')') return false;
  }
  return false;
}

/** The index of the `)` that closes the bracket opened at `open` (the last item when it is never closed). */
function closeOf(items: readonly RawItem[], open: number): number {
  let depth = 0;
  for (let i = open; i < items.length; i++) {
    const image = tokenAt(items, i)?.image;
    if (image === '(') depth++;
    else if (image === ')' && --depth === 0) return i;
  }
  return items.length - 1;
}

/** Words between a count and its bracket: `4 x (…)`, `3 rounds of (…)`. */
const ROUNDS_WORDS = /^(?:x|rounds?|times|of|sets?)$/i;

/**
 * The items inside the brackets of a session written as rounds of a bracketed list (`4 x (…)`, `3 rounds (…)`), with
 * nothing after the closing bracket; else undefined.
 */
function roundsOfGroup(items: readonly RawItem[]): readonly RawItem[] | undefined {
  const first = items[0];
  if (first === undefined || !('token' in first) || !tokenMatcher(first.token, Quantity)) return undefined;
  let open = 1;
  for (; open < items.length; open++) {
    const item = items[open] as RawItem;
    if (!('token' in item)) return undefined;
    if (item.token.image === '(') break;
    if (!ROUNDS_WORDS.test(item.token.image) && !tokenMatcher(item.token, Quantity)) return undefined;
  }
  let depth = 0;
  for (let close = open; close < items.length; close++) {
    const item = items[close] as RawItem;
    if (!('token' in item)) continue;
    if (item.token.image === '(') depth++;
    else if (item.token.image === ')' && --depth === 0) return close === items.length - 1 ? items.slice(open + 1, close) : undefined;
  }
  return undefined;
}

function sprintersTempo(builder: Builder, words: readonly (string | undefined)[]): boolean {
  if (builder.runType?.value !== 'tempo') return false;
  if (words.includes('extensive')) return true;
  const each = builder.attributes.repeats?.value.eachKm;
  if (each !== undefined) return each <= SPRINT_TEMPO_REP_KM;
  return builder.ladderMax !== undefined && builder.ladderMax <= SPRINT_TEMPO_REP_KM * 1000;
}

/** How telling a run type is when a session names several in its parts: the hardest part says what the run is. */
export const RUN_TYPE_WEIGHT: Readonly<Record<RunType, number>> = {
  easy: 0,
  recovery: 1,
  long: 2,
  steady: 3,
  tempo: 4,
  threshold: 5,
  fartlek: 6,
  hills: 7,
  intervals: 8,
  race: 9,
};

/** Adds a part of a session to it: durations and distances of comma parts add up; what the session lacks is taken. */
function mergePart(builder: Builder, part: Builder, inside: boolean): void {
  if (part.firstError && !inside) builder.firstError ??= part.firstError;
  if (part.total) builder.total = part.total;
  const longMeasured = builder.attributes.duration !== undefined || builder.attributes.distance !== undefined;
  if (part.runType && builder.runType?.value === 'long' && part.runType.value !== 'long' && longMeasured && !builder.warmUpHead) {
    // `Long run 6 mi with fast finish`, `long run 10 mi, 3 mi at tempo`: a part run harder stays inside the long run —
    // long, at that part's effort (as `tempo long run` reads), not a shorter run of the part's type. Only once the
    // long run's length is written: `long wu, mile hard` is a long warm-up before a hard mile; and never after a head
    // that is a warm-up or a jog: `long warmup 3 mi, tempo 3 mi`, `20 min long jog, then 5 x 1 km hard` are workouts.
    const effort = LONG_RUN_EFFORT[part.runType.value];
    if (effort !== undefined && builder.attributes.effortTarget === undefined && part.attributes.effortTarget === undefined) {
      builder.attributes.effortTarget = { value: effort, range: part.runType.range };
    }
  } else if (part.runType && (!builder.runType || RUN_TYPE_WEIGHT[part.runType.value] > RUN_TYPE_WEIGHT[builder.runType.value])) {
    builder.runType = part.runType;
  }
  builder.effort ??= part.effort;
  builder.focus ??= part.focus;
  builder.intensity ??= part.intensity;
  const mine = builder.attributes as Record<string, unknown>;
  const head = builder.head;
  for (const [key, value] of Object.entries(part.attributes) as [keyof Attributes, Measure][]) {
    const current = mine[key] as Measure | undefined;
    if ((key === 'duration' || key === 'distance') && !inside && head?.[key] !== undefined) {
      // The whole was stated before the parts: they are summed apart and settled at the end (settleParts).
      const sum = head[key] as PartSum;
      sum.parts += value.value;
      sum.count++;
      if (part.named) head.named = true;
    } else if (current === undefined || fromPhrase(builder, current.range)) mine[key] = value;
    else if (!inside && (key === 'duration' || key === 'distance')) mine[key] = { value: current.value + value.value, range: current.range };
  }
  if (part.loose) builder.loose = (builder.loose ?? []).concat(part.loose);
}

/** Words that make a piece of a run easy running: a warm-up, a jog, a cool-down, `easy`, `recovery`. */
const EASY_PIECE_WORDS: ReadonlySet<string> = new Set([
  'easy', 'ez', 'recovery', 'jog', 'jogging', 'jogs', 'warm', 'warmup', 'warm-up', 'wu', 'cool', 'cooldown', 'cool-down', 'cd',
]);
/** Run types of a piece that say it is not easy (`run 20mins fartlek`), whatever easy word it holds. */
const EASY_TYPES: ReadonlySet<RunType> = new Set(['easy', 'recovery']);

/**
 * Whether the head or a part of a run, its words from `from` to `to`, is run easy (`jog 5mins easy`, `10 min warm up`):
 * an easy word and no harder run type of its own.
 */
function easyPiece(piece: Builder, words: readonly (string | undefined)[], from: number, to: number): boolean {
  if (piece.runType !== undefined && !EASY_TYPES.has(piece.runType.value)) return false;
  if (piece.attributes.effortTarget !== undefined || piece.attributes.pace !== undefined || piece.attributes.repeats !== undefined) return false;
  const rpe = piece.attributes.rpe?.value;
  const zone = piece.attributes.zone?.value;
  if ((rpe !== undefined && rpe > 4) || (zone !== undefined && zone > 2)) return false;
  for (let i = from; i < to; i++) if (EASY_PIECE_WORDS.has(words[i] ?? '')) return true;
  return false;
}

function piecesOf(attributes: Attributes): EasyPieces {
  return { minutes: attributes.duration?.span === undefined ? (attributes.duration?.value ?? 0) : 0, km: attributes.distance?.span === undefined ? (attributes.distance?.value ?? 0) : 0 };
}

/**
 * Before a run's part (not one after `with`) is merged: timed repeats written as a part (`…, 6x2 min hard, …`) add
 * their work minutes like a written time (language-decisions.md, "The minutes of a run's parts"), and an easy part's
 * minutes and km are kept apart (`easyMinutes`).
 */
function notePart(builder: Builder, part: Builder, words: readonly (string | undefined)[], from: number, to: number): void {
  if (builder.kind !== 'run') return;
  const repeats = part.attributes.repeats;
  if (repeats !== undefined && part.attributes.duration === undefined && repeats.value.eachMinutes !== undefined && repeats.value.eachKm === undefined) {
    // Only between written times (`10 min warm up, 6x2 min, 10 min cool down`): the session is then written as its
    // sequence. Alone (`Threshold: 3 x 8' @ HM pace, 2' float`) or last (`60' easy, 6 x 20'' hill sprints`) they add
    // nothing, as before: the default minutes of a quality run already hold a warm-up and a cool-down.
    if (builder.attributes.duration !== undefined) builder.repeatsBetween = { value: repeats.value.count * repeats.value.eachMinutes, range: repeats.range };
  } else if (part.attributes.duration !== undefined && builder.repeatsBetween !== undefined) {
    mergePart(builder, { kind: builder.kind, word: builder.word, attributes: { duration: builder.repeatsBetween } }, false);
    builder.repeatsBetween = undefined;
  }
  noteRepeatsPart(builder, part.attributes);
  if (!easyPiece(part, words, from, to)) return;
  const pieces = piecesOf(part.attributes);
  const sum = (builder.easyParts ??= { minutes: 0, km: 0 });
  sum.minutes += pieces.minutes;
  sum.km += pieces.km;
}

/** Measured repeats written as a part of a run with no distance of its own in that part (`4 x 1 mile, …`). */
function noteRepeatsPart(builder: Builder, attributes: Attributes): void {
  const repeats = attributes.repeats?.value;
  if (repeats?.eachKm === undefined || attributes.distance !== undefined || builder.repeatsPartKm !== undefined) return;
  builder.repeatsPartKm = repeats.count * repeats.eachKm;
}

/**
 * `run 4 x 1 km, 20 min easy`, `easy 2 miles, 6 x 800m`: measured or timed repeats and an easy part written in
 * different parts of one run (language-decisions.md, "Repeats and an easy part of one run"). The easy word types its
 * own part (a warm-up, a cool-down, easy running around the repeats), not the run: the run is left untyped, so its
 * repeats say what it is (intervals, or strides when they are short).
 */
function repeatsOverEasyPart(builder: Builder, source: SourceText): void {
  const type = builder.runType;
  const repeats = builder.attributes.repeats;
  const breaks = builder.partBreaks;
  if (type === undefined || repeats === undefined || breaks === undefined || !EASY_TYPES.has(type.value) || fromPhrase(builder, type.range)) return;
  if (repeats.value.eachKm === undefined && repeats.value.eachMinutes === undefined) return;
  const a = source.offsetAt(type.range.start);
  const b = source.offsetAt(repeats.range.start);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  if (breaks.some((at) => at > low && at < high)) builder.runType = undefined;
}

/**
 * `4 x 1 mile, 2 km jog cool down`: the distance of the other parts does not hold the repeats written as a part of
 * their own, so the run's distance is the repeats' (count × each) plus the parts' — unless the head stated the whole
 * (`run 8 miles, 2 mi warm up, 4 x 1 mile, 2 mi cool down`: 8 miles).
 */
function repeatsOutsideDistance(builder: Builder): void {
  const km = builder.repeatsPartKm;
  const distance = builder.attributes.distance;
  if (km === undefined || distance === undefined || distance.span !== undefined || (builder.head?.distance !== undefined && !builder.headWasPart) || fromPhrase(builder, distance.range)) return;
  builder.attributes.distance = { value: roundKmOf(distance.value + km), range: distance.range };
}

/**
 * The minutes and km of a run in parts that are run easy (`Jog 5mins easy, run 20mins fartlek, jog 10mins easy`: 15
 * of its 35 minutes), once its time and distance are settled: the head's count only where the head was a part of its
 * own (not a whole the parts split). Left out when a repeat or a whole time is written (`repeat 6 times`).
 */
function easyPartsOf(builder: Builder, session: { attributes: Attributes; easyMinutes?: number; easyKm?: number }): void {
  const parts = builder.easyParts;
  const head = builder.head;
  if ((parts === undefined && builder.easyHead === undefined) || builder.repeat !== undefined || builder.total !== undefined) return;
  const { duration, distance } = session.attributes;
  const headCounts = (key: 'duration' | 'distance'): boolean => {
    const sum = head?.[key];
    return sum === undefined || sum.count === 0 || (builder.attributes[key]?.value ?? 0) > sum.whole;
  };
  const minutes = (parts?.minutes ?? 0) + (headCounts('duration') ? (builder.easyHead?.minutes ?? 0) : 0);
  const km = (parts?.km ?? 0) + (headCounts('distance') ? (builder.easyHead?.km ?? 0) : 0);
  if (minutes > 0 && duration !== undefined && minutes < duration.value) session.easyMinutes = minutes;
  if (km > 0 && distance !== undefined && km < distance.value) session.easyKm = roundKmOf(km);
}

/** Metres precision. */
function roundKmOf(km: number): number {
  return Math.round(km * 1000) / 1000;
}

/** What a session stated before its first part: its whole time and distance, and whether it said how it is run. */
interface Head {
  duration?: PartSum;
  distance?: PartSum;
  /** The head says only what and how long (`run 45 min`), not how (`easy run 20 min`). */
  bare: boolean;
  /** A part names an activity of its own (`run 20 min, walk 5 min`): parts follow one another. */
  named?: true;
}

interface PartSum {
  whole: number;
  parts: number;
  count: number;
}

function headOf(builder: Builder): Head {
  const { duration, distance } = builder.attributes;
  const stated = (measure: Measure | undefined): PartSum | undefined =>
    measure !== undefined && measure.span === undefined && !fromPhrase(builder, measure.range) ? { whole: measure.value, parts: 0, count: 0 } : undefined;
  const said = (value: Located<unknown> | undefined): boolean => value !== undefined && !fromPhrase(builder, value.range);
  const a = builder.attributes;
  return {
    duration: stated(duration),
    distance: builder.guessedDistance ? undefined : stated(distance),
    // `5-minute brisk walk, 1-minute jogging …`: a head naming another activity than the session's is its first part.
    bare: !builder.named && !said(builder.runType) && !said(builder.effort) && !said(builder.intensity) && a.rpe === undefined && a.zone === undefined && a.pace === undefined && a.effortTarget === undefined,
  };
}

/**
 * The session's time and distance once its parts are read (language-decisions.md, "Parts that split a whole"):
 * parts that add up to the stated whole split it (`run 40 mins, 20 min easy / 20 min harder` is 40 minutes), and so do
 * parts that add up to less when the head states only the whole and no part names an activity of its own
 * (`run 45 min, 10 min warm up, 20 min tempo`); otherwise the head was the first part and they all add up
 * (`jog 5 min, run 10 min steady, jog 5 min`, `run 20 min, walk 5 min`).
 */
function settleParts(builder: Builder): void {
  const head = builder.head;
  if (!head) return;
  for (const key of ['duration', 'distance'] as const) {
    const sum = head[key];
    const current = builder.attributes[key];
    if (sum === undefined || sum.count === 0 || current === undefined) continue;
    const splits = (sum.count >= 2 && Math.abs(sum.parts - sum.whole) <= sum.whole * WHOLE_TOLERANCE) || (sum.parts < sum.whole && head.bare && !head.named);
    if (!splits) {
      builder.attributes[key] = { value: sum.whole + sum.parts, range: current.range };
      if (key === 'distance') builder.headWasPart = true;
    }
  }
}

/** True when the items at `a` and `b` are written with nothing between them (`4,4`). */
function glued(items: readonly RawItem[], a: number, b: number): boolean {
  const first = tokenAt(items, a);
  const second = tokenAt(items, b);
  return first !== undefined && second !== undefined && second.startOffset === tokenEnd(first);
}

/** Words after track metres written without their unit (`800 jog`, `r= 200 walk-jog`). */
const TRACK_MOVES: ReadonlySet<string> = new Set(['run', 'runs', 'running', 'jog', 'jogging', 'walk', 'walking', 'jogs', 'walks']);

/** `90%`, `70-75%`: a percentage of effort, heart rate or pace. */
const PERCENT = /^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?%$/;
/** Words after a percentage that make it an effort (`90% effort`, `75% of max`, `85% mhr`). */
const PERCENT_CONTEXT: ReadonlySet<string> = new Set(['effort', 'of', 'max', 'mhr', 'hrm', 'hrmax', 'hr', 'intensity', 'pace', 'speed', 'whr']);

/** Words of a percentage of heart rate after the number (`70% HR`, `75% of max HR`, `80% max heart rate`). */
const PERCENT_HR: ReadonlySet<string> = new Set(['of', 'max', 'maximum', 'mhr', 'hrm', 'hr', 'whr', 'hrmax', 'hrr', 'heart', 'your']);
/** Words that make a percentage a share of the maximum heart rate (`MHR`, `HRM`, `max HR`, `heart rate`). */
const MAX_HR_WORDS: ReadonlySet<string> = new Set(['mhr', 'hrm', 'hrmax', 'hr', 'heart']);
/** Words of a share of another heart rate (reserve, working heart rate): no zone is read from those. */
const OTHER_HR_WORDS: ReadonlySet<string> = new Set(['hrr', 'whr', 'reserve']);
/** Words before a percentage that make it a ceiling (`under 70% HRM`, `< 75% max HR`). */
const HR_CEILING: ReadonlySet<string> = new Set(['under', 'below', '<', 'less', 'max']);

/**
 * The zone of a share of the maximum heart rate, by Daniels' bands (Running Formula): easy 65-79 %, marathon pace
 * 80-89 %, threshold 88-92 %, intervals 98-100 % — below 65 % z1, 65 to under 80 % z2 (easy), 80 to under 88 % z3
 * (steady), 88 to under 95 % z4 (threshold: quality), 95 % and over z5. A range counts at its midpoint; a ceiling
 * (`under 80%`) just below its number. Undefined when the words do not name the maximum heart rate (`75% effort`,
 * `70% HRR`: a share of the reserve is not one of the maximum).
 */
export function heartRateShareZone(context: Pick<ReadContext, 'items' | 'words'>, index: number, last: number, end: number, image: string): number | undefined {
  let max = false;
  for (let i = last + 1; i <= end; i++) {
    const word = context.words[i] ?? '';
    if (OTHER_HR_WORDS.has(word)) return undefined;
    if (MAX_HR_WORDS.has(word)) max = true;
  }
  if (!max) return undefined;
  const numbers = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?%?$/.exec(image);
  if (!numbers) return undefined;
  const low = Number(numbers[1]);
  const high = numbers[2] === undefined ? low : Number(numbers[2]);
  if (high > 100 || high < low) return undefined;
  const before = (tokenAt(context.items, index - 1)?.image ?? '').toLowerCase();
  const share = HR_CEILING.has(before) ? high - 0.5 : (low + high) / 2;
  return share < 65 ? 1 : share < 80 ? 2 : share < 88 ? 3 : share < 95 ? 4 : 5;
}

/** Words before track metres of a recovery (`walk 200`, `jog 400`); `run 120` stays an error. */
const RECOVERY_MOVES: ReadonlySet<string> = new Set(['walk', 'jog']);

/** A whole number of metres a track session writes without its unit (`800`, `110`, `1200`). */
const TRACK_METRES = /^\d{3,4}$/;

/** True when the bare number at `index` is in a comma or `+` list of bare numbers (`500, 400, 300, 200, 100`). */
function trackLadder(context: ReadContext, index: number, end: number): boolean {
  const { items } = context;
  const bare = (i: number): boolean => {
    const token = tokenAt(items, i);
    return token !== undefined && tokenMatcher(token, Quantity) && TRACK_METRES.test(token.image);
  };
  // `500, 400, 300`, and `110+110+110` (a `+` between bare numbers stays in the session).
  const comma = (i: number): boolean => {
    const token = tokenAt(items, i);
    return token !== undefined && (token.tokenType === Comma || token.image === '+');
  };
  return (comma(end + 1) && bare(end + 2)) || (comma(index - 1) && bare(index - 2));
}

/** Words that name a run as an activity (a part `run 10 min` follows a part before it, it is not inside it). */
const RUN_NAMES = new Set(['run', 'runs', 'running', 'jog', 'jogging']);
/** The run words a near miss right after a run's distance is taken for (`1 Mile rune` → 'run'). */
const RUN_WORDS_FOR_TYPOS = [...RUN_NAMES];

/** How near parts must add up to the whole to split it: rounding of miles and minutes (`5 mi, 1.5 + 2 + 1.5`). */
const WHOLE_TOLERANCE = 0.02;

/** Words of a warm-up piece (`1 mile warm up and …`). */
const WARM_UP_ONLY: ReadonlySet<string> = new Set(['warm', 'warmup', 'warm-up', 'w/u', 'wu']);

/** How far `andStartsPart` has looked for a warm-up word in the piece from `from`, and whether it found one. */
interface WarmUpSeen {
  from: number;
  to: number;
  warmUp: boolean;
}

/**
 * `1 mile warm up and 6 miles at 8:23 pace`: in a run, `and` after a warm-up piece, before a distance (or a time) when
 * that piece already has one, starts a part, as a comma does (the second was "Distance given twice"). Two distances
 * joined by `and` with no warm-up (`run 5 miles and 3 miles`) stay the error: which is meant is not plain.
 */
function andStartsPart(piece: Builder, context: ReadContext, from: number, i: number, seen: WarmUpSeen): boolean {
  const next = tokenAt(context.items, i + 1);
  if (next === undefined || !tokenMatcher(next, Quantity)) return false;
  // The words of the piece are looked at once each, whatever the number of `and`s (`4 mi & 4 mi & …` was quadratic).
  if (seen.from !== from) {
    seen.from = from;
    seen.to = from;
    seen.warmUp = false;
  }
  for (; seen.to < i && !seen.warmUp; seen.to++) seen.warmUp = WARM_UP_ONLY.has(context.words[seen.to] ?? '');
  if (!seen.warmUp) return false;
  const image = collectQuantity(context, i + 1).image;
  if (piece.attributes.distance !== undefined && distanceKm(image) !== undefined) return true;
  return piece.attributes.duration !== undefined && quantityIsTime(image);
}

/**
 * `Run 30 min: 10 min easy, …` (a ':' before a quantity) and `20 min easy / 20 min harder`
 * (a spaced '/' before a quantity, not right after one: `2 miles / 20 minutes` says the same twice) start a part.
 */
function partBreak(builder: Builder, part: Builder | undefined, items: readonly RawItem[], words: readonly (string | undefined)[], i: number): boolean {
  const item = items[i] as { token: IToken };
  const next = tokenAt(items, i + 1);
  if (i === 0 || next === undefined || !tokenMatcher(next, Quantity)) return false;
  // `tempo run: 1 mile easy, 3 miles @ 8 min/mile, 1 mile easy`: what follows the name is how it is run, in parts.
  // A log's guessed miles before the colon (`4 Parent Running Day: 3.65 miles`) are replaced, not split.
  if (tokenMatcher(item.token, Colon)) return !(part ?? builder).guessedDistance;
  // `tempo 20 min at MP - 10 min easy`: in a run that has its time or distance, a spaced dash after words (not after a
  // number or its unit: `20 - 30 min`, `20 min - 30 min` are ranges) before another time or distance starts a part,
  // as a comma does.
  if (tokenMatcher(item.token, Dash)) {
    const current = part ?? builder;
    const spaced = item.token.startOffset > tokenEnd(tokenAt(items, i - 1) ?? item.token) && next.startOffset > tokenEnd(item.token);
    if (builder.kind !== 'run' || !spaced || (current.attributes.duration === undefined && current.attributes.distance === undefined)) return false;
  } else if (item.token.image !== '/') return false;
  const before = tokenAt(items, i - 1);
  return before !== undefined && !tokenMatcher(before, Quantity) && !SPACED_UNITS.has(words[i - 1] ?? '');
}

/** Words a user might mean by a session word nobody knows: offered as "Add 'X' to the vocabulary as …". */
const VOCABULARY_CHOICES = ['sport hard', 'sport easy', 'conditioning', 'cross', 'gym', 'run easy', 'rest'];

function unknownSession(token: IToken, source: SourceText, vocabulary: Vocabulary): SyntaxIssue {
  const word = token.image;
  const range = source.rangeOf(token);
  const typed = word.toLowerCase();
  const unknownWord = { word: typed, phrases: VOCABULARY_CHOICES };
  if ((INTENSITY_WORDS as readonly string[]).includes(typed)) {
    return { message: `Unknown session '${word}' — did you mean 'gym ${typed}'?`, range, fixes: replaceFix(range, `gym ${typed}`, word) };
  }
  if (typed === 'easy') {
    return {
      message: `Unknown session '${word}' — did you mean 'run easy'?`,
      range,
      fixes: [
        { title: `Change '${word}' to 'run easy'`, edits: [{ range, newText: 'run easy' }], preferred: true },
        { title: `Change '${word}' to 'bike easy'`, edits: [{ range, newText: 'bike easy' }] },
      ],
    };
  }
  const guess = PROSE_WORDS.has(typed) || NOISE.has(typed) ? undefined : typoGuess(typed, suggest(word, vocabulary.words));
  if (guess) return { message: `Unknown session '${word}' — did you mean '${guess}'?`, range, fixes: replaceFix(range, guess, word), unknownWord };
  return {
    message: `Unknown session '${word}' — expected gym, run, rest, a cross-training (${CROSS_ACTIVITIES.join(', ')}), conditioning, a sport, a race or a test`,
    range,
    unknownWord,
  };
}

function setAttribute<K extends keyof Attributes>(builder: Builder, key: K, value: NonNullable<Attributes[K]>): void {
  const current = builder.attributes[key];
  // What a vocabulary phrase gives (`parkrun` → 5km) gives way to what is written; strides and drills once are enough.
  if (current !== undefined && (fromPhrase(builder, (current as Located<unknown>).range) || key === 'drills' || key === 'strides')) {
    if (key === 'drills' || key === 'strides') return;
    builder.attributes[key] = value;
    return;
  }
  // `6:00 run 30 min`: a time of its own after a clock-like one first: that one was a start time after all.
  if (current !== undefined && key === 'duration' && (current as Measure).clock && builder.clockError) {
    builder.attributes.duration = value as Measure;
    const error = builder.clockError;
    builder.clockError = undefined;
    throw error;
  }
  if (current !== undefined && key === 'distance' && builder.guessedDistance) {
    builder.guessedDistance = undefined;
    builder.attributes[key] = value;
    return;
  }
  // `gym: 5 sets of 5 x 70 kg deadlifts, …, 2 sets of 6 x 40 kg hanging cleans`: the sets of each exercise a lift
  // lists in prose, not one count given twice; the first stands.
  if (current !== undefined && key === 'repeats' && builder.kind === 'gym') return;
  if (current !== undefined) {
    throw new SessionError(`${capitalise(attributeNames[key])} given twice — each attribute at most once per session`, value.range);
  }
  builder.attributes[key] = value;
}

/** Words of a rest day itself: a number right after them is not about light work (`rest 5` stays an error). */
const REST_HEADS: ReadonlySet<string> = new Set(['rest', 'off', 'day', 'recovery', 'complete', 'full']);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface ReadContext {
  items: readonly RawItem[];
  words: readonly (string | undefined)[];
  source: SourceText;
  vocabulary: Vocabulary;
  /** The items that named the kind and are not read again (-1 when they are). */
  skipFrom: number;
  skipTo: number;
  /** Where the words that name the kind start: a word before them may be a misspelt kind (`gim upper`). */
  kindFrom: number;
  /** The whole session, when a part is read: `run 40 mins, 20 easy / 20 harder` splits its 40 minutes. */
  whole?: Builder;
  /** In a run named only by its distance (`1 Mile rune best effort`), the item right after the distance: a near miss of a run word there is a typo. */
  runWordAt?: number;
  /** In a rest day, set at its first `/` or `or`: what follows is an alternative, the user's words (`OFF / 5 mi easy`). */
  alternative?: boolean;
  /** For each item, the index of the last comma, `and` or `&` before it (-1: none), worked out once (`partBetween`). */
  partBreaks?: Int32Array;
}

function tokenAt(items: readonly RawItem[], index: number): IToken | undefined {
  const item = items[index];
  return item && 'token' in item ? item.token : undefined;
}

/** Reads the item at `index` (and any it owns, like the number after `rpe`); returns the index of the last one read. */
function readItem(builder: Builder, context: ReadContext, index: number): number {
  const { items, source } = context;
  const item = items[index];
  if (!('token' in item)) {
    readExerciseList(builder, item, source);
    return index;
  }
  const token = item.token;
  // A word (the most common item) is read with its own range by readWord.
  if (tokenMatcher(token, Word)) {
    if (builder.kind !== 'rest') return readWord(builder, context, index, token);
    if (NOISE.has(context.words[index] as string)) return index;
  }
  const range = source.rangeOf(token);
  if (tokenMatcher(token, StringLiteral)) {
    setAttribute(builder, 'note', { value: unquote(token.image), range });
    return index;
  }
  if (tokenMatcher(token, UnterminatedString)) {
    throw new SessionError(`Unterminated note — add the closing '"'`, range);
  }
  if (builder.kind === 'rest') {
    if (token.image === '(') return readAside(builder, context, index, token);
    // `Rest day - stretch.`, `Rest and recover`, `Rest & refuel`: the user's words about the rest day.
    // `OFF / 5 mi easy`, `Rest or 30 min walk`: an alternative after the rest day; the first counts, the rest is the user's.
    if (token.image === '/' || context.words[index] === 'or' || tokenAt(items, index - 1)?.image === '/') context.alternative = true;
    if (context.alternative) return index;
    if (tokenMatcher(token, Word) || tokenMatcher(token, Dash) || tokenMatcher(token, Comma) || PROSE_PUNCTUATION.has(token.image) || token.image === '&') return index;
    // `PM: off`: the colon after the outing's time of day.
    if (tokenMatcher(token, Colon)) return index;
    // `Off - mobility 20 min`: the time of the light work the user names on a rest day (a word before it) is theirs too.
    if (tokenMatcher(token, Quantity) && index >= 2 && tokenAt(items, index - 1) !== undefined && tokenMatcher(tokenAt(items, index - 1) as IToken, Word) && !REST_HEADS.has(context.words[index - 1] as string)) return index;
    // `Rest day - 20 min mobility`, `Rest: 15 min stretching`: after a dash or a colon, the minutes of the day's light
    // work. A distance or repeats there (`Rest: 5 mi easy`, `Rest - 6 x 800m`) is a run the rest day would hide.
    const before = index >= 2 ? tokenAt(items, index - 1) : undefined;
    if (tokenMatcher(token, Quantity) && before !== undefined && (tokenMatcher(before, Dash) || tokenMatcher(before, Colon)) && lightWorkTime(context, index)) return index;
    throw new SessionError(`'${builder.word}' takes only a note, not '${token.image}'`, range);
  }
  if (tokenMatcher(token, At)) return readAt(builder, context, index, token);
  if (tokenMatcher(token, Quantity)) {
    if (scoreOutOfTen(context, index)) return readScoreOutOfTen(builder, context, index, token);
    // `10k pace`: an effort target, not a distance.
    const target = builder.kind === 'run' ? TARGET_MAP.match(context.words, index) : undefined;
    if (target && (context.words[target.end] === 'pace' || context.words[target.end] === 'effort')) return readTarget(builder, context, index, token) as number;
    // `1/2 marathon pace` is a target; `1/2 marathon` (a race) is read with the race's name, the half it names.
    const halfAt = halfLength(items, index);
    if (halfAt > 0 && context.words[index + halfAt] === 'marathon') {
      const after = context.words[index + halfAt + 1];
      if (builder.kind === 'run' && (after === 'pace' || after === 'effort')) return readTarget(builder, context, index, token) as number;
      const half = builder.kind === 'event' ? modifiersOf('event')?.match(HALF_MARATHON, 0) : undefined;
      if (half) return applyModifier(builder, context, index, index + halfAt + 1, half.value);
    }
    const modifier = modifiersOf(builder.kind)?.match(context.words, index);
    if (modifier) return applyModifier(builder, context, index, modifier.end, modifier.value);
    return readQuantity(builder, context, index);
  }
  // `deadlift 4RM, sled push 4x25m`, `5x5 bench, incline DB, & dips`: a gym session lists its exercises with commas
  // (a comma before a new session was split off before, with its own message).
  if (tokenMatcher(token, Comma)) return index;
  if (token.image === '(') return readAside(builder, context, index, token);
  // `tempo 110+110+110`: a `+` left between two bare numbers (the parser keeps it in the session) lists reps.
  if (token.image === '+') return index;
  // `5x5' @ >3:25/km`, `<80rpm`: "more than" or "less than" the number after it.
  if ((token.image === '>' || token.image === '<') && tokenAt(items, index + 1) && tokenMatcher(tokenAt(items, index + 1) as IToken, Quantity)) return index;
  // `2 miles / 20 minutes`: the second way of saying it adds nothing.
  if (token.image === '/' && tokenAt(items, index + 1) && tokenMatcher(tokenAt(items, index + 1) as IToken, Quantity)) {
    return collectQuantity(context, index + 1).end;
  }
  // `crossfit - moderate strength`, `Treadmill: 9 mi`, `Walk 30–60 min*`, `Run. Complete …`: punctuation of prose
  // between words only separates them.
  if (token.image === '&' || tokenMatcher(token, Dash) || tokenMatcher(token, Colon) || PROSE_PUNCTUATION.has(token.image)) return index;
  // `Strength session #1`, `CPAT Circuit #2`: the session's number in a plan's list says nothing of the session.
  if (tokenMatcher(token, NumberSign)) return index;
  throw new SessionError(`Unexpected '${token.image}' in ${kindNames[builder.kind]}`, range);
}

/** Punctuation of written prose inside a session: a footnote mark, a full stop, a stray `)`, `~` for "about". */
const PROSE_PUNCTUATION = new Set(['*', '.', '!', '?', ')', '~', '|', '/', '=']);

/** Words that name strides (an aside after them describes the strides; a count before them counts them). */
const STRIDE_WORDS: ReadonlySet<string> = new Set(['strides', 'stride', 'accelerations', 'accels', 'pickups', 'pick-ups', 'surges', 'gliders', 'acceleration-gliders', 'acceleration']);

/** Words of lifting after an intensity in a gym session's aside (`gym (heavy lifting)`). */
const ASIDE_LIFTING: ReadonlySet<string> = new Set(['lifting', 'lifts', 'weights', 'weight', 'strength']);

/** `(lift first, then run)`: words in parentheses are an aside, kept as the session's note when it has none. */
function readAside(builder: Builder, context: ReadContext, index: number, open: IToken): number {
  const { items, source } = context;
  // `4 x (400m @ 5k pace, 90s rest)`, `6x (1 mile, 2 min jog)`: rounds of a bracket that starts with a distance are
  // repeats of it, as `4 x 400m` is; what follows in the bracket is read as the run's words. Rounds of a time
  // (`5 x (2 min run, 2 min walk)`) are a run/walk or a fartlek's parts, and a bracket with a walk in it a run/walk:
  // those stay the aside they were.
  const rounds = builder.roundsBefore;
  const first = tokenAt(items, index + 1);
  // `10 mi (AM)`, `4 mi (PM)`: a time of day in brackets after a session is its time of day, as `am` is.
  const period = context.words[index + 1];
  if ((period === 'am' || period === 'pm') && tokenAt(items, index + 2)?.image === ')' && builder.attributes.time === undefined) {
    setAttribute(builder, 'time', { value: { period }, range: source.rangeBetween(open, tokenAt(items, index + 2) as IToken) });
    return index + 2;
  }
  if (builder.kind === 'run' && rounds?.at === index && builder.attributes.repeats === undefined && Number.isInteger(rounds.count) && rounds.count > 1 && first && tokenMatcher(first, Quantity)) {
    const rep = collectQuantity(context, index + 1);
    // `2 x (6 x 400m @ 3K pace, 200m float)`: sets of repeats are their product (12 x 400m).
    const inner = /^(\d+)x([\d.]+[a-z]+)$/i.exec(rep.image);
    const each = inner ? (inner[2] as string) : rep.image;
    const count = inner ? rounds.count * Number(inner[1]) : rounds.count;
    if (/^[\d.]+[a-z]+$/i.test(each) && distanceKm(each) !== undefined && !bracketWalks(context, index)) {
      readQuantityImage(builder, `${count}x${each}`, source.rangeBetween(rounds.from, tokenAt(items, rep.end) as IToken), context);
      if (builder.attributes.repeats !== undefined) {
        builder.roundsClose = closeOf(items, index);
        return rep.end;
      }
    }
  }
  let close = index + 1;
  let depth = 1;
  for (; close < items.length; close++) {
    const image = tokenAt(items, close)?.image;
    if (image === '(') depth++;
    else if (image === ')' && --depth === 0) break;
  }
  const last = tokenAt(items, Math.min(close, items.length - 1)) ?? open;
  // `5 mile run (tempo or hills)`, `a 2-3 mile run (speed work)`: an aside that is only a run's type (or a choice of
  // types: the first counts) types a run that has none. Right after the strides (`+ 5 strides (fast)`) it says how the
  // strides are run, not the run.
  const afterStrides = STRIDE_WORDS.has(context.words[index - 1] ?? '');
  // `90 min (incl. 6 x 3 min)`, `70' (20 x 1' on / 1' off)`, `10 mi (with 8 x 400m)`: an aside that starts with
  // repeats says what the run holds — its repeats, read as if written outside the brackets (a fartlek, strides).
  if (builder.kind === 'run' && builder.attributes.repeats === undefined && !afterStrides) {
    let k = index + 1;
    while (k < close && (ASIDE_LEADS.has(context.words[k] ?? '') || tokenAt(items, k)?.image === '.' || tokenAt(items, k)?.image === '/')) k++;
    const head = tokenAt(items, k);
    if (head && tokenMatcher(head, Quantity)) {
      const rep = collectQuantity(context, k);
      if (ASIDE_REPEATS.test(rep.image) && rep.end < close && !EASY_PIECE_WORDS.has(context.words[rep.end + 1] ?? '')) {
        try {
          readQuantityImage(builder, rep.image, source.rangeBetween(head, tokenAt(items, rep.end) as IToken), context);
        } catch (error) {
          // The aside is the user's words: what does not read as repeats stays its note.
          if (!(error instanceof SessionError)) throw error;
        }
      }
    }
  }
  if (builder.kind === 'run' && builder.runType === undefined && !afterStrides) {
    const word = context.words[index + 1] ?? '';
    const modifier = RUN_MODIFIER_MAP.match(context.words, index + 1);
    const type = (RUN_TYPES as readonly string[]).includes(word)
      ? { value: word as RunType, end: index + 2 }
      : modifier && 'runType' in modifier.value
        ? { value: modifier.value.runType, end: modifier.end }
        : undefined;
    if (type && (type.end === close || context.words[type.end] === 'or')) {
      builder.runType = { value: type.value, range: source.rangeBetween(tokenAt(items, index + 1) as IToken, tokenAt(items, type.end - 1) as IToken) };
    }
  }
  // `Long run (6 mi)`, `Run (3-5 miles)`, `Weights (1 hr)`: an aside that is only a distance or a time sets the
  // session's, when it writes neither (a time alone: a gym session's).
  if (!afterStrides && builder.attributes.distance === undefined && builder.attributes.duration === undefined && builder.attributes.repeats === undefined && (builder.kind === 'run' || builder.kind === 'gym' || builder.kind === 'cross')) {
    const head = tokenAt(items, index + 1);
    if (head && tokenMatcher(head, Quantity)) {
      const measure = collectQuantity(context, index + 1);
      if (measure.end === close - 1 && /^[\d.]+(?:-[\d.]+)?[a-z]+$/i.test(measure.image) && !/x/i.test(measure.image)) {
        try {
          readQuantityImage(builder, measure.image, source.rangeBetween(head, tokenAt(items, measure.end) as IToken), context);
        } catch (error) {
          // The aside is the user's words: what does not read as a distance or a time stays its note.
          if (!(error instanceof SessionError)) throw error;
        }
        if (builder.kind === 'gym' && builder.attributes.distance !== undefined) delete builder.attributes.distance;
      }
    }
  }
  // `Run 15 mins (effort level 7)`, `(effort 6)`, `(rpe 7)`, `(7/10 effort)`: an aside that is only an effort score sets
  // the session's RPE when none is written (it was only a note: a run at effort 7 was an easy run). A bare score,
  // `(10/10)`, stays a note: a log's rating of the day as often as an effort.
  if (builder.attributes.rpe === undefined && !afterStrides && close > index + 1) {
    let k = index + 1;
    const lead = context.words[k];
    if (lead === 'effort' || lead === 'rpe') k++;
    if (lead === 'effort' && context.words[k] === 'level') k++;
    const number = tokenAt(items, k);
    if ((k > index + 1 || scoreOutOfTen(context, k)) && number && tokenMatcher(number, Quantity) && SCORE.test(number.image)) {
      // (No rpe was written: what the aside does not wholly say as one is taken back.)
      try {
        let end = readRpeNumber(builder, context, k, tokenAt(items, index + 1) as IToken);
        const named = k > index + 1 || context.words[end + 1] === 'effort' || context.words[end + 1] === 'rpe';
        if (k === index + 1 && named) end++;
        if (end !== close - 1 || !named) delete builder.attributes.rpe;
      } catch (error) {
        // The aside is the user's words: what does not read as an effort stays its note.
        if (!(error instanceof SessionError)) throw error;
        delete builder.attributes.rpe;
      }
    }
  }
  // `Leg day (heavy)`, `upper body (light)`: an aside that is only an intensity sets a gym session's, when none is written;
  // so does one of an intensity and the lifting it qualifies (`gym (heavy lifting)`, `gym (light weights)`).
  const lifted = close === index + 3 && ASIDE_LIFTING.has(context.words[index + 2] ?? '');
  if (builder.kind === 'gym' && builder.intensity === undefined && (close === index + 2 || lifted) && (INTENSITY_WORDS as readonly string[]).includes(context.words[index + 1] ?? '')) {
    builder.intensity = { value: context.words[index + 1] as GymIntensity, range: source.rangeOf(tokenAt(items, index + 1) as IToken) };
  }
  // `4.0k (race pace)`, `3 miles (easy)`, `8 miles (10k effort)`: an aside that is only an effort target (or a choice
  // of targets: the first counts) sets a run's target when none is written.
  if (builder.kind === 'run' && builder.attributes.effortTarget === undefined) {
    // `(a little faster than MP)`: the target after a bound, as after '@'.
    const target = easierBound(context.words, index + 1) ? undefined : TARGET_MAP.match(context.words, boundEnd(context.words, index + 1));
    let end = target?.end ?? index + 1;
    if (target && (context.words[end] === 'pace' || context.words[end] === 'effort')) end++;
    if (target && (end === close || context.words[end] === 'or')) {
      const range = source.rangeBetween(tokenAt(items, index + 1) as IToken, tokenAt(items, end - 1) as IToken);
      setAttribute(builder, 'effortTarget', { value: target.value, range });
    }
  }
  // `Run 5 mi (last 2 @ 10K pace)`, `6 mi (middle 3 at tempo)`: a part of the run at a target, in the aside, is the
  // run's target as it is written outside it (`Run 5 mi with last 2 @ 10K pace`). Not after strides (their pace).
  if (builder.kind === 'run' && builder.attributes.effortTarget === undefined && !afterStrides) {
    for (let k = index + 1; k < close - 1; k++) {
      if (context.words[k] !== 'at' && tokenAt(items, k)?.image !== '@') continue;
      // `(not at race pace)`, `(never @ tempo)`, `(don't go at 5k pace)`: what the run must not be (review12: it made a
      // long run a quality run).
      if (NOT_AT.has(context.words[k - 1] ?? '') || (k - 2 > index && NOT_AT.has(context.words[k - 2] ?? ''))) continue;
      if (easierBound(context.words, k + 1)) break;
      const target = TARGET_MAP.match(context.words, boundEnd(context.words, k + 1));
      if (target === undefined || target.end > close) continue;
      const range = source.rangeBetween(tokenAt(items, k + 1) as IToken, tokenAt(items, target.end - 1) as IToken);
      setAttribute(builder, 'effortTarget', { value: target.value, range });
      break;
    }
  }
  if (!builder.attributes.note && close > index + 1) {
    const first = tokenAt(items, index + 1) as IToken;
    const end = tokenAt(items, Math.min(close, items.length) - 1) ?? first;
    builder.attributes.note = { value: source.text.slice(first.startOffset, tokenEnd(end)), range: source.rangeBetween(open, last) };
  }
  return Math.min(close, items.length - 1);
}

/** Words before the repeats an aside holds: `(incl. 6 x 3 min)`, `(with 8 x 400m)`, `(w/ 10 x 1 min)`. */
const ASIDE_LEADS: ReadonlySet<string> = new Set(['incl', 'including', 'includes', 'inc', 'with', 'w', 'w/']);
/** Repeats of a distance or a time (`6x3min`, `20x1'`, `8x400m`), as collectQuantity writes them. */
const ASIDE_REPEATS = /^\d+(?:-\d+)?x\d/i;

const PACE_AFTER = /^(?:\/|min|per|min\/(?:km|k|mi|mile)|\/(?:km|k|mi|mile))$/i;

/** Words after a number that make it a time (`20 min`, `1 hr`, `20-30 minutes`). */
const REST_TIME_UNITS: ReadonlySet<string> = new Set(['min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours']);

/** True when the quantity at `index` is a time (`15min`, `20 min`, `20-30 min`, `1 hr`): how long a rest day's light work takes. */
function lightWorkTime(context: ReadContext, index: number): boolean {
  const token = tokenAt(context.items, index) as IToken;
  if (quantityIsTime(token.image)) return true;
  if (!NUMBER_OR_SPAN.test(token.image)) return false;
  // `20-30 min` lexes as `20`, a dash, `30`.
  const next = isDash(tokenAt(context.items, index + 1)) && tokenAt(context.items, index + 2) !== undefined && tokenMatcher(tokenAt(context.items, index + 2) as IToken, Quantity) ? index + 3 : index + 1;
  return REST_TIME_UNITS.has(context.words[next] ?? '');
}

/** True when the number at `index` is a pace (`5:00/km`, `5:00 min/km`, `8:30 per mile`). */
function isPace(items: readonly RawItem[], index: number): boolean {
  // `4'21" min/km`, `3'45" per km`: minutes and seconds in coaches' marks read as `4:21`.
  if (markedClock(tokenAt(items, index), tokenAt(items, index + 1))) {
    const next = tokenAt(items, index + 2);
    if (next === undefined) return false;
    if (/^min\/(?:km|k|mi|mile)$/i.test(next.image) || /^\/(?:km|k|mi|mile)$/i.test(next.image)) return true;
    const unit = tokenAt(items, index + (/^min$/i.test(next.image) && tokenAt(items, index + 3)?.image === '/' ? 4 : 3));
    return (next.image === '/' || /^(min|per)$/i.test(next.image)) && unit !== undefined && PACE_UNIT.test(unit.image);
  }
  const clock = tokenAt(items, index);
  if (clock && MILE_PACE_GLUED.test(clock.image)) return true;
  if (!clock || !PACE_CLOCK.test(clock.image)) return false;
  const next = tokenAt(items, index + 1);
  if (next === undefined || !(PACE_AFTER.test(next.image) || /min$/i.test(clock.image)) || next.startOffset - tokenEnd(clock) > 1) return false;
  // `8 min/mile`, `8min / mile`: whole minutes are a pace only with 'min' and a unit after a '/' (`@ 8` is a clock).
  if (!clock.image.includes(':')) {
    if (/^min\/(?:km|k|mi|mile)$/i.test(next.image)) return true;
    const slash = /min$/i.test(clock.image) ? 1 : /^min$/i.test(next.image) ? 2 : 0;
    const unit = tokenAt(items, index + slash + 1);
    return slash > 0 && tokenAt(items, index + slash)?.image === '/' && unit !== undefined && PACE_UNIT.test(unit.image);
  }
  // `2:30 / walk 1 min` is not a pace: a unit must follow the `/`.
  if (next.image === '/' || /^(min|per)$/i.test(next.image)) {
    const unit = tokenAt(items, index + 2);
    return unit !== undefined && (PACE_UNIT.test(unit.image) || /^min$/i.test(unit.image));
  }
  return true;
}

/**
 * `3:50-4:00/km`, `9:30-10:00 min/mile`, `6:00 to 6:30 per km`, `6-6:30 min/km`: a range of paces with its unit, after
 * `@`, `at` or a comma, is the pace between; the index read up to, or undefined when no range is written at `index`.
 */
function readPaceRange(builder: Builder, context: ReadContext, index: number, from: IToken): number | undefined {
  const { items, words } = context;
  const first = tokenAt(items, index);
  if (!first || !PACE_CLOCK.test(first.image) || /min$/i.test(first.image)) return undefined;
  const joined = tokenAt(items, index + 1)?.image === '-' || words[index + 1] === 'to';
  if (!joined || !(first.image.includes(':') || (tokenAt(items, index + 2)?.image ?? '').includes(':')) || !isPace(items, index + 2)) return undefined;
  const end = readPaceAt(builder, context, index + 2, from);
  const pace = builder.attributes.pace;
  const fast = PACE_CLOCK.exec(first.image);
  if (pace && fast) {
    const seconds = Number(fast[1]) * 60 + Number(fast[2] ?? 0);
    const fastPerKm = pace.value.per === 'mi' ? seconds / MILE_KM : seconds;
    if (fastPerKm > 0 && fastPerKm <= pace.value.secondsPerKm) pace.value = { ...pace.value, secondsPerKm: (fastPerKm + pace.value.secondsPerKm) / 2 };
  }
  return end;
}

/** A blood lactate in mmol/L, or a range of them (`2.5`, `2.0-2.5`), with its unit glued or not. */
const LACTATE = /^(\d(?:\.\d{1,2})?)(?:-(\d(?:\.\d{1,2})?))?(mmol(?:\/l)?)?$/i;

/**
 * `@ 2.5 mmol`, `at 3.0 mmol/L`, `@2.5mmol`, `lactate 2.0-2.5`: a blood lactate target (the Norwegian method's double
 * threshold days, 2–4 mmol/L) is threshold running; the index read up to, or undefined. It was a start time.
 */
function readLactate(builder: Builder, context: ReadContext, index: number, from: IToken): number | undefined {
  const { items, words } = context;
  const token = tokenAt(items, index);
  if (builder.kind !== 'run' || !token || !tokenMatcher(token, Quantity)) return undefined;
  let image = token.image;
  let end = index;
  // `2.0-2.5 mmol`: the range lexed as a number, a dash and a number.
  if (/^\d(?:\.\d{1,2})?$/.test(image) && isDash(tokenAt(items, index + 1)) && /^\d(?:\.\d{1,2})?(?:mmol(?:\/l)?)?$/i.test(tokenAt(items, index + 2)?.image ?? '')) {
    image = `${image}-${(tokenAt(items, index + 2) as IToken).image}`;
    end = index + 2;
  }
  const match = LACTATE.exec(image);
  if (!match) return undefined;
  const unitAfter = match[3] === undefined && /^mmol(?:\/l)?$/.test(words[end + 1] ?? '');
  if (match[3] === undefined && !unitAfter && words[index - 1] !== 'lactate') return undefined;
  if (unitAfter) end++;
  const low = Number(match[1]);
  const high = Number(match[2] ?? match[1]);
  if (!(low >= 0.5 && high <= 12 && low <= high)) return undefined;
  if (builder.attributes.effortTarget === undefined) {
    setAttribute(builder, 'effortTarget', { value: 'threshold', range: context.source.rangeBetween(from, tokenAt(items, end) as IToken) });
  }
  return end;
}

/**
 * `at 10 minute mile pace`, `8 min mile pace`, `8:30 mile pace`: minutes before `mile pace` are a pace of that many
 * minutes a mile (the American way to say it), not the mile race's pace; the index read up to, or undefined.
 */
function readMinuteMilePace(builder: Builder, context: ReadContext, index: number, from: IToken): number | undefined {
  const { items, words } = context;
  const token = tokenAt(items, index);
  if (!token || !tokenMatcher(token, Quantity) || (builder.kind !== 'run' && builder.kind !== 'cross')) return undefined;
  // `pace` within the next few words, or no such pace (read on every number of a run: kept cheap).
  if (words[index + 2] !== 'pace' && words[index + 3] !== 'pace' && words[index + 4] !== 'pace') return undefined;
  const quantity = collectQuantity(context, index);
  // `8:30 mile pace` (the clock and its `mile` read as one quantity), `8:30 min mile pace`, `8 min mile pace`.
  const clock = /^(\d{1,2}):([0-5]\d)(mi)?$/.exec(quantity.image);
  const minutes = clock ? Number(clock[1]) + Number(clock[2]) / 60 : /min$/i.test(quantity.image) ? duration(quantity.image) : undefined;
  let end = quantity.end;
  if (clock?.[3] !== undefined) {
    if (words[end + 1] !== 'pace') return undefined;
    end--;
  } else {
    if (clock && (words[end + 1] === 'min' || words[end + 1] === 'minute')) end++;
    if (words[end + 1] !== 'mile' || words[end + 2] !== 'pace') return undefined;
  }
  if (minutes === undefined || !(minutes >= 3 && minutes <= 30)) return undefined;
  end += 2;
  const secondsPerKm = (minutes * 60) / MILE_KM;
  if (builder.kind === 'run' && secondsPerKm >= FASTEST_PACE && secondsPerKm <= SLOWEST_PACE) {
    setAttribute(builder, 'pace', { value: { secondsPerKm, per: 'mi' }, range: context.source.rangeBetween(from, tokenAt(items, end) as IToken) });
  }
  return end;
}

function readPaceAt(builder: Builder, context: ReadContext, index: number, from: IToken): number {
  const tokens: IToken[] = [];
  for (let i = index; i < Math.min(context.items.length, index + 5); i++) {
    const token = tokenAt(context.items, i);
    if (!token) break;
    tokens.push(token);
  }
  const read = readPace(tokens, 0, context.source);
  if (typeof read === 'string') throw new SessionError(read, context.source.rangeOf(tokens[0]));
  setAttribute(builder, 'pace', { value: read.pace, range: context.source.rangeBetween(from, tokens[read.next - 1]) });
  return index + read.next - 1;
}

/** The words of a half marathon, for `1/2 marathon` (`halfWritten`). */
const HALF_MARATHON = ['half', 'marathon'];

/** True when `1/2` is written at `index` (the `1`, a glued `/`, a glued `2`): a half, as in `1/2 marathon`. */
function halfWritten(items: readonly RawItem[], index: number): boolean {
  if (index < 0) return false;
  return tokenAt(items, index)?.image === '1' && tokenAt(items, index + 1)?.image === '/' && tokenAt(items, index + 2)?.image === '2' && glued(items, index, index + 1) && glued(items, index + 1, index + 2);
}

/** How many items write a half at `index` (before `marathon`): `1/2` three, `½` one; else 0. */
function halfLength(items: readonly RawItem[], index: number): number {
  if (index < 0) return 0;
  if (tokenAt(items, index)?.image === '\u00bd') return 1;
  return halfWritten(items, index) ? 3 : 0;
}

/** An effort target from `index` on (`threshold`, `MP`, `10k pace`, `easy pace`, `1/2 marathon pace`), or undefined. */
function readTarget(builder: Builder, context: ReadContext, index: number, from: IToken, set = true): number | undefined {
  const halfAt = halfLength(context.items, index);
  const half = halfAt > 0 && context.words[index + halfAt] === 'marathon';
  let target: { value: EffortTarget; end: number } | undefined = half ? { value: 'half-marathon', end: index + halfAt + 1 } : TARGET_MAP.match(context.words, index);
  if (!target) return undefined;
  // `goal half marathon pace`, `goal 10K pace`: the goal race named after `goal` says which race's pace.
  if (context.words[index] === 'goal') {
    const race = TARGET_MAP.match(context.words, target.end);
    if (race && race.value !== 'race') target = race;
  }
  let end = target.end;
  // `10K race pace`, `5K race effort`: a race's distance then `race pace` is that race's pace (it was the target given twice).
  if (context.words[end] === 'race' && (context.words[end + 1] === 'pace' || context.words[end + 1] === 'effort') && target.value !== 'race') end++;
  const after = context.words[end];
  if (after === 'pace' || after === 'effort') end++;
  const last = tokenAt(context.items, end - 1) as IToken;
  if (set) setAttribute(builder, 'effortTarget', { value: target.value, range: context.source.rangeBetween(from, last) });
  return end - 1;
}

/** The miles of the usual road races, written bare (`13.1`, `26.2`, `6.2`, `3.1`). */
const RACE_MILES: ReadonlySet<string> = new Set(['3.1', '6.2', '13.1', '26.2']);

/** The letters of Daniels' plans that say a run's type or pace after its time (`90' L`, `30' T`); `E` is a modifier. */
const DANIELS_AFTER_AMOUNT: ReadonlySet<string> = new Set(['l', 'm', 't', 'i', 'r']);

/**
 * True when the word at `index` is one of Daniels' letters (L, M, T, I, R) written right after a time or a distance and
 * ending its part of the session (`90' L`, `2 x 20' T + 6 strides`, `40 min M, 10 min E`): never a letter of prose
 * (`60' I felt good`) or one before other words.
 */
function danielsLetterAt(context: Pick<ReadContext, 'items' | 'words'>, index: number): boolean {
  const { items, words } = context;
  if (!DANIELS_AFTER_AMOUNT.has(words[index] ?? '') || index === 0) return false;
  const token = tokenAt(items, index) as IToken;
  if (token.image.length !== 1 || token.image !== token.image.toUpperCase()) return false;
  const next = items[index + 1];
  // (`+ 6 strides` after it was joined to the run without its `+`: the strides' count may follow.)
  const extrasAfter = next !== undefined && 'token' in next && (RUN_EXTRAS.has(words[index + 1] ?? '') || (tokenMatcher(next.token, Quantity) && RUN_EXTRAS.has(words[index + 2] ?? '')));
  if (next !== undefined && !extrasAfter && (!('token' in next) || ((tokenMatcher(next.token, Word) || tokenMatcher(next.token, Quantity)) && next.token.image !== '+'))) return false;
  // The amount before it: a quantity (`90'`, `20'`, `6k`), or its unit written apart (`40 min`, `15 mi`).
  const before = tokenAt(items, index - 1);
  if (before === undefined) return false;
  if (tokenMatcher(before, Quantity)) return quantityIsTime(before.image) || distanceKm(shortUnits(before.image)) !== undefined || /'$/.test(before.image);
  const unit = SPACED_UNITS.get(words[index - 1] ?? '');
  const amount = tokenAt(items, index - 2);
  return unit !== undefined && amount !== undefined && tokenMatcher(amount, Quantity);
}

/** Daniels' paces by their letters (Running Formula): E easy, M marathon, T threshold, I interval, R repetition. */
const DANIELS_LETTERS: ReadonlyMap<string, EffortTarget> = new Map([['e', 'easy'], ['m', 'marathon'], ['t', 'threshold'], ['i', 'interval'], ['r', 'mile']]);

/** A pace without its unit (`9:38`, a range `9:30-10:00`) before `pace`: a target the model does not keep. */
const PACE_RANGE = /^\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?$/;

/** The effort target a race distance names (`2-mile` → mile… `3k` → 5k), by the nearest race of the targets. */
function raceTarget(km: number): EffortTarget {
  if (km <= 2) return 'mile';
  if (km <= 7) return '5k';
  if (km <= 15) return '10k';
  if (km <= 30) return 'half-marathon';
  return 'marathon';
}

/** `@ 3k pace`, `@ goal 2-mile pace`, `@ 9:30-10:00 pace`, `at 9:38 pace`: the index read up to, or undefined. */
function racePaceAt(builder: Builder, context: ReadContext, index: number, at: IToken): number | undefined {
  const token = tokenAt(context.items, index);
  if (builder.kind !== 'run' || !token || !tokenMatcher(token, Quantity)) return undefined;
  const quantity = collectQuantity(context, index);
  // `@ 3k race pace`: the race's distance, then `race pace`.
  const race = context.words[quantity.end + 1] === 'race' ? 1 : 0;
  const after = context.words[quantity.end + 1 + race];
  if (after !== 'pace' && after !== 'effort') return undefined;
  const end = quantity.end + 1 + race;
  const range = context.source.rangeBetween(at, tokenAt(context.items, end) as IToken);
  if (PACE_RANGE.test(quantity.image)) return end;
  const km = distanceKm(quantity.image.replace(/-(?=[a-z])/i, ''));
  if (km === undefined || !(km > 0)) return undefined;
  setAttribute(builder, 'effortTarget', { value: raceTarget(km), range });
  return end;
}

/** A share of the effort, at most 100 % (`90%`, `70-75%`). */
const EFFORT_PERCENT = /^(?:[1-9]\d?|100)(?:-(?:[1-9]\d?|100))?%$/;

/** Words that bound a target (`@ or below MP`, `at or slower than marathon pace`, `@ or faster than 10K pace`). */
const BOUND_WORDS: ReadonlySet<string> = new Set(['below', 'above', 'under', 'over', 'slower', 'faster', 'quicker', 'easier', 'harder', 'better', 'less', 'more']);
/** Words that soften a bound (`@ slightly slower than MP`, `at a bit faster than 10K pace`). */
const BOUND_SOFTENERS: ReadonlySet<string> = new Set(['slightly', 'just', 'a', 'little', 'bit', 'somewhat']);

/**
 * `or below`, `or slower than`, `no faster than`, `slightly faster than`: a bound written between `@` (or `at`) and
 * its target, from `index`; the index of the target after it, or `index` when none is written. The target is read as
 * written (language-decisions.md, "A bounded target").
 */
function boundEnd(words: readonly (string | undefined)[], index: number): number {
  let i = index;
  if (words[i] === 'or' || words[i] === 'no') i++;
  while (BOUND_SOFTENERS.has(words[i] ?? '')) i++;
  if (!BOUND_WORDS.has(words[i] ?? '')) return index;
  i++;
  if (words[i] === 'than' || words[i] === 'to') i++;
  return i;
}

/** Words before `at` or `@` in an aside that say the run is not at the target (`not at race pace`, `never @ tempo`). */
const NOT_AT: ReadonlySet<string> = new Set(['not', 'never', "don't", 'dont', 'no', 'none', 'avoid', 'nothing', 'without']);

/** Bound words on the easier side of a target. */
const EASIER_BOUNDS: ReadonlySet<string> = new Set(['slower', 'easier', 'below', 'under', 'less']);

/**
 * `a bit slower than goal pace`, `slower than MP`: a bound on the easier side written without `or` — the run is easier
 * than the target, not at it (`at or slower than MP` includes it, and `faster than MP` is at least it).
 */
function easierBound(words: readonly (string | undefined)[], index: number): boolean {
  if (words[index] === 'or' || words[index] === 'no') return false;
  let i = index;
  while (BOUND_SOFTENERS.has(words[i] ?? '')) i++;
  return EASIER_BOUNDS.has(words[i] ?? '');
}

/** After `@`: a clock time (a start time), a pace, an effort target or an rpe. */
function readAt(builder: Builder, context: ReadContext, index: number, at: IToken): number {
  const { items, source } = context;
  const range = source.rangeOf(at);
  // `@ <145bpm`, `@ 140-150 bpm`: beats a minute after `@` are a heart rate, not a start time.
  if (beatsAfter(context, index + 1)) return readHeartRate(builder, context, index, at);
  // `@ 8/10`, `at 7/10 effort`: a score out of ten after `@` is an effort, not a start time.
  if (scoreOutOfTen(context, index + 1)) return readScoreOutOfTen(builder, context, index + 1, at);
  // `@ or below MP`, `@ or faster than 10K pace`: the target after the bound.
  const bound = builder.kind === 'gym' ? index + 1 : boundEnd(context.words, index + 1);
  if (bound > index + 1 && bound < items.length) {
    // `@ a bit slower than MP`: easier than the target, so not at it — the words are read past, no target is set.
    if (easierBound(context.words, index + 1)) {
      const past = readTarget(builder, context, bound, at, false);
      if (past !== undefined) return past;
    }
    return readAt(builder, context, bound - 1, at);
  }
  const next = tokenAt(items, index + 1);
  // `@ >340w`, `@ <300w`: at least or at most the target that follows.
  // `@ ~7:15mm`, `@ ≈ 5:00/km`: about the target that follows.
  if (next && (next.image === '>' || next.image === '<' || next.image === '~') && tokenAt(items, index + 2) && tokenMatcher(tokenAt(items, index + 2) as IToken, Quantity)) {
    return readAt(builder, context, index + 1, at);
  }
  // `10' @ 270w`, `@ 90rpm`: a power or cadence target says how hard; the model keeps no value for it.
  const power = powerOrCadence(context, index + 1);
  if (power !== undefined && builder.kind !== 'gym') return power;
  const relative = builder.kind === 'run' ? readRelativePace(builder, context, index + 1, at) : undefined;
  if (relative !== undefined) return relative;
  if (next && tokenMatcher(next, Quantity) && isPace(items, index + 1)) return readPaceAt(builder, context, index + 1, at);
  const minuteMile = readMinuteMilePace(builder, context, index + 1, at);
  if (minuteMile !== undefined) return minuteMile;
  const lactate = readLactate(builder, context, index + 1, at);
  if (lactate !== undefined) return lactate;
  // `@ 3:50-4:00/km`: a pace range with its unit is the pace between (it was a start time, 3:50 am).
  const paceRange = readPaceRange(builder, context, index + 1, at);
  if (paceRange !== undefined) return paceRange;
  // `@ goal 2-mile pace`, `@ 3k pace`, `@ 9:30-10:00 pace`: a race distance, or a pace range without its unit, before
  // `pace` or `effort` is the run's target.
  const paced = racePaceAt(builder, context, next && context.words[index + 1] === 'goal' ? index + 2 : index + 1, at);
  if (paced !== undefined) return paced;

  // `4 x 400m @ 66`, `4 x 1200m @ 3:30`, `6 x 800m @ 3:10`: after repeats of a distance, a time each repeat is run in
  // (seconds, or minutes and seconds with no am or pm) at a runner's pace — 2 to 8 minutes a km — is their target, not
  // a start time (`6 x 800m @ 6:30` stays 6:30 in the morning: 8 minutes a km is no repeat).
  const repeatQuantity = next && builder.kind === 'run' && tokenMatcher(next, Quantity) ? collectQuantity(context, index + 1) : undefined;
  const repeatTime = repeatQuantity && context.words[repeatQuantity.end + 1] !== 'am' && context.words[repeatQuantity.end + 1] !== 'pm' ? repeatSeconds(repeatQuantity.image) : undefined;
  const eachKm = builder.attributes.repeats?.value.eachKm;
  if (repeatQuantity && repeatTime !== undefined && eachKm !== undefined && eachKm > 0 && repeatTime / eachKm >= 120 && repeatTime / eachKm <= 480) {
    const unit = context.words[repeatQuantity.end + 1];
    return unit === 's' || unit === 'sec' || unit === 'secs' || unit === 'seconds' ? repeatQuantity.end + 1 : repeatQuantity.end;
  }
  // `4x3k @3:35-3:40`, `6x2k @ 3:30-3:35`, `3 x 2 mile @ 5:40`: after repeats of whole kilometres (or miles), a time too
  // fast to be each repeat's (under 2 minutes a km) is the pace of a kilometre (or a mile) — 2 to 8 minutes a km — not
  // a start time (language-decisions.md, "Repeat paces, practices after a time of day, medium-long runs").
  const paceUnitKm = eachKm === undefined || eachKm < 1 ? undefined : Number.isInteger(eachKm) ? 1 : Math.abs(eachKm / MILE_KM - Math.round(eachKm / MILE_KM)) < 1e-6 ? MILE_KM : undefined;
  if (repeatQuantity && repeatTime !== undefined && paceUnitKm !== undefined && repeatQuantity.image.includes(':') && repeatTime / paceUnitKm >= 120 && repeatTime / paceUnitKm <= 480) {
    return repeatQuantity.end;
  }
  // `AM 10 miles @ 6:30 avg`, `5 mi @ 7:10 average`: a clock after a run's distance, said to be an average or a pace, or
  // in a run that has its time of day already, is the pace of a mile (or a km, as the distance is written) — 3 to 15
  // minutes — not a second start time ("Time of day given twice").
  if (repeatQuantity && builder.attributes.distance !== undefined && builder.attributes.repeats === undefined && /^\d{1,2}:[0-5]\d$/.test(repeatQuantity.image)) {
    const after = context.words[repeatQuantity.end + 1];
    const average = after === 'avg' || after === 'average' || after === 'pace';
    const [minutesPart, secondsPart] = repeatQuantity.image.split(':');
    const seconds = Number(minutesPart) * 60 + Number(secondsPart);
    // `AM run 5 mi @ 6:30`, `PM: run 3 mi @ 5:30`: with no `avg`, a clock that fits the time of day already written is
    // when the run starts (6:30 in the morning, 17:30), as `run 5 mi @ 6:30` is; it was a 6:30 mile, a quality run.
    const period = builder.attributes.time?.value.clockMinutes === undefined ? builder.attributes.time?.value.period : undefined;
    const hours = Number(minutesPart);
    if (!average && period !== undefined && after !== 'am' && after !== 'pm' && (period === 'am' ? hours <= 12 : hours >= 1 && hours <= 23)) {
      const clock = (period === 'pm' && hours < 12 ? hours + 12 : period === 'am' && hours === 12 ? 0 : hours) * 60 + Number(secondsPart);
      builder.attributes.time = { value: { clockMinutes: clock, period }, range: source.rangeBetween(at, tokenAt(items, repeatQuantity.end) as IToken) };
      return repeatQuantity.end;
    }
    if ((average || builder.attributes.time !== undefined) && after !== 'am' && after !== 'pm' && seconds >= 180 && seconds <= 900) {
      let miles = false;
      for (let j = 0; j < index && !miles; j++) miles = /^(?:mi|mile|miles)$/.test(context.words[j] ?? '') || /\d(?:mi|miles?)$/i.test(tokenAt(items, j)?.image ?? '');
      if (builder.attributes.pace === undefined) {
        setAttribute(builder, 'pace', { value: { secondsPerKm: miles ? seconds / MILE_KM : seconds, per: miles ? 'mi' : 'km' }, range: source.rangeBetween(at, tokenAt(items, repeatQuantity.end) as IToken) });
      }
      return average ? repeatQuantity.end + 1 : repeatQuantity.end;
    }
  }
  // `@ Z2`, `@ 70% HR`: '@' before a zone or a share of the heart rate is "at" that effort, read as if written alone.
  const nextWord = context.words[index + 1];
  if (next && tokenMatcher(next, Word) && nextWord !== undefined && ZONE.test(nextWord)) return index;
  // `@ 90-95% HRmax`: a range of shares of the heart rate, the same.
  const share = next && tokenMatcher(next, Quantity) ? collectQuantity(context, index + 1) : undefined;
  if (share && /^(?:[1-9]\d|100)(?:-(?:[1-9]\d|100))?%$/.test(share.image) && HR_WORDS_AFTER_PERCENT.has(context.words[share.end + 1] ?? '')) return index;
  // `6 x 150m @ 75%`, `sprints 30m x 6 @ 90% effort`: in a run '@' a percentage is "at" that share of the effort, as
  // `at 90%` is (readQuantity); a load belongs to an exercise. So in conditioning, a ride or a row (`Conditioning - 10 x
  // 100m @ 80%`).
  if (builder.kind !== 'gym' && next && tokenMatcher(next, Quantity) && EFFORT_PERCENT.test(next.image)) return index;
  // `3 x 10' @ T, 2' jog`, `8 mi @ M`: Daniels' letters alone after `@` (`@ T pace` is in the targets already).
  const letter = next && tokenMatcher(next, Word) && builder.kind === 'run' ? DANIELS_LETTERS.get(context.words[index + 1] ?? '') : undefined;
  // `4 x 2 mi @ T w/ 2 min jog`, `@ T (4:50)`: what follows is the rest of the session (`@ T pace` is a target).
  if (letter !== undefined && context.words[index + 2] !== 'pace') {
    setAttribute(builder, 'effortTarget', { value: letter, range: source.rangeBetween(at, next as IToken) });
    return index + 1;
  }
  if (next && (tokenMatcher(next, Word) || tokenMatcher(next, Quantity))) {
    const target = readTarget(builder, context, index + 1, at);
    if (target !== undefined) return target;
    if (context.words[index + 1] === 'rpe') return readRpe(builder, context, index + 1, at);
    // `AT running @ track`, `@ the gym`: '@' for "at" before a place; a near miss of a target is still a typo.
    const word = context.words[index + 1];
    if (tokenMatcher(next, Word) && word !== undefined && word.length > 2 && typoGuess(word, suggest(word, TARGET_WORDS)) === undefined) return index;
  }
  if (!next || !tokenMatcher(next, Quantity)) {
    throw new SessionError(`Expected a time after '@', like @07:00 or @7am — or a pace (@5:00/km) or an effort (@ threshold)`, range);
  }
  // `10 KB swings @53#`, `thrusters @95lb` in a circuit, `ruck @35lb`: a weight, never a time of day; the model keeps
  // it only on an exercise of a gym session.
  if (LOAD.test(next.image) && !/%$/.test(next.image)) return index + 1;
  // `Weights: 3x12 @ 60% 1RM`, `gym 3 x 10 @ 70% of 1RM`: a share of the lifter's max for the session's sets, no start time.
  if (builder.kind === 'gym' && EFFORT_PERCENT.test(next.image)) {
    let end = index + 1;
    if (context.words[end + 1] === 'of' && (context.words[end + 2] === '1rm' || context.words[end + 2] === 'max')) end += 2;
    else if (context.words[end + 1] === '1rm' || context.words[end + 1] === 'rm') end += 1;
    return end;
  }
  // `ruck 6 mi @ 45 lb`, `@ 20 kg`: the unit after a space makes it a weight too.
  if (WHOLE_OR_DECIMAL.test(next.image) && WEIGHT_UNIT.test(context.words[index + 2] ?? '')) return index + 2;
  // `gym @ 7-8:30pm`, `@ 6:30-7:30 am`: from one time of day to another, as without '@' (readQuantity).
  const spanned = collectQuantity(context, index + 1);
  const spanEnd = readSpanOfDay(builder, context, spanned.image, spanned.end, at);
  if (spanEnd !== undefined) return spanEnd;
  // `@ 9:00 AM`, `@ 7 am`: the period after a spaced clock time (or hour) belongs to it.
  const period = context.words[index + 2];
  const spaced = (CLOCK_DIGITS.test(next.image) || /^\d{1,2}$/.test(next.image)) && (period === 'am' || period === 'pm');
  const last = spaced ? (tokenAt(items, index + 2) as IToken) : next;
  const minutes = clockMinutes(spaced ? `${next.image}${period}` : next.image);
  if (typeof minutes === 'string') throw new SessionError(minutes, source.rangeBetween(next, last));
  const end = spaced ? index + 2 : index + 1;
  // `w5k @ 9:00 AM / m8k @ 9:30 AM`: a second start time after a spaced '/' is an alternative (the first counts).
  if (builder.attributes.time && slashBetween(context, builder.attributes.time.range, index)) return end;
  setAttribute(builder, 'time', {
    value: { clockMinutes: minutes, period: minutes < 12 * 60 ? 'am' : 'pm' },
    range: source.rangeBetween(at, last),
  });
  return end;
}

/** What after a clock time makes it a pace, not a time to run in (`in 8:00/mi`, `sub 11:00 pace`, `in 7:30 per mile`). */
const PACE_UNIT_AFTER = /^(?:\/|pace|per|min|mins|minute|minutes|\/mi|\/km)$/i;

/** Past this a run's distance is no test to run in a time (`1.5 mile run in 10:30`, `5K in 25:00`). */
const BEATEN_KM_MAX = 10;
/** A time to beat runs the distance at least this fast, in seconds a km (5:30/km, the default steady pace). */
const BEATEN_PACE_MAX = 330;

/**
 * Whether the clock at `index` after `in` (`3 mile run in 21:00`) is a time to beat: with `under`/`sub` always; plain,
 * only in a run that names no type yet, over a test's distance (up to 10 km), at a pace no slower than 5:30/km, and
 * with no pace unit after it. Else it is the run's time, as before (`long run 20 mi in 3:00:00`, `easy run 6 mi in
 * 1:00:00`, `run 3 mi in 30:00`), and `in 8:00/mi` / `in 8:00 pace` is a pace.
 */
function beatenClock(builder: Builder, context: ReadContext, index: number, token: IToken, inWord: number): boolean {
  const next = tokenAt(context.items, index + 1);
  if (next !== undefined && PACE_UNIT_AFTER.test(next.image)) return false;
  const said = context.words[index - 1];
  if (inWord < index - 1 || said === 'under' || said === 'sub' || builder.kind !== 'run') return true;
  const km = builder.attributes.distance?.value;
  if (builder.runType !== undefined || km === undefined || km <= 0 || km > BEATEN_KM_MAX) return false;
  const parts = token.image.split(':').map(Number);
  const seconds = parts.reduce((sum, part) => sum * 60 + part, 0);
  return seconds / km <= BEATEN_PACE_MAX;
}

/** `270w`, `300 watts`, `90rpm`, `250-270w`: a power or a cadence (a number of watts or of turns a minute). */
const POWER_OR_CADENCE = /^\d+(?:-\d+)?(?:w|watts?|rpm)$/i;
const POWER_OR_CADENCE_WORDS: ReadonlySet<string> = new Set(['w', 'watt', 'watts', 'rpm']);

/** The index of the last item of a power or cadence target at `index` (`270w`, `250 - 270 w`, `90 rpm`), or undefined. */
function powerOrCadence(context: Pick<ReadContext, 'items' | 'words'>, index: number): number | undefined {
  const token = tokenAt(context.items, index);
  if (!token || !tokenMatcher(token, Quantity)) return undefined;
  if (POWER_OR_CADENCE.test(token.image)) return index;
  let end = index;
  if (WHOLE_NUMBER.test(token.image) && isDash(tokenAt(context.items, index + 1))) {
    const high = tokenAt(context.items, index + 2);
    if (high && tokenMatcher(high, Quantity) && POWER_OR_CADENCE.test(high.image)) return index + 2;
    if (high && tokenMatcher(high, Quantity) && WHOLE_NUMBER.test(high.image)) end = index + 2;
  }
  if (WHOLE_NUMBER.test((tokenAt(context.items, end) as IToken).image) && POWER_OR_CADENCE_WORDS.has(context.words[end + 1] ?? '')) return end + 1;
  return undefined;
}

/** True when a spaced `/` is written between the end of `range` and the item at `index` (alternatives). */
function slashBetween(context: ReadContext, range: Range, index: number): boolean {
  const from = context.source.offsetAt(range.end);
  for (let i = index - 1; i >= 0; i--) {
    const token = tokenAt(context.items, i);
    if (!token) continue;
    if (token.startOffset < from) return false;
    if (token.image === '/') return true;
  }
  return false;
}

/** Units that may be written apart from their number (`10 km`, `45 min`, `2.5 miles`), with their short form. */
const SPACED_UNITS: ReadonlyMap<string, string> = new Map([
  ['min', 'min'],
  ['mins', 'min'],
  ['minute', 'min'],
  ['minutes', 'min'],
  ['h', 'h'],
  ['hr', 'h'],
  ['hrs', 'h'],
  ['hour', 'h'],
  ['hours', 'h'],
  ['km', 'km'],
  ['kms', 'km'],
  ['k', 'km'],
  ['kilometers', 'km'],
  ['kilometres', 'km'],
  ['mi', 'mi'],
  ['mile', 'mi'],
  ['miles', 'mi'],
  // `10 miler`: a run (or a race, or P Company's loaded march) of 10 miles.
  ['miler', 'mi'],
  ['m', 'm'],
  ['meters', 'm'],
  ['metres', 'm'],
  ['meter', 'm'],
  ['metre', 'm'],
  ['kilometer', 'km'],
  ['kilometre', 'km'],
  ['yd', 'yd'],
  ['yds', 'yd'],
  ['yard', 'yd'],
  ['yards', 'yd'],
  ['s', 's'],
  ['sec', 's'],
  ['secs', 's'],
  ['seconds', 's'],
  ['rm', 'rm'],
]);
/** Glued long unit names, written short before reading (`45minutes` → `45min`, `3miles` → `3mi`). */
const LONG_UNIT = /(minutes|minute|mins|hours|hour|hrs|hr|miles|mile|kms|kilometers|kilometres|meters|metres|seconds|secs|sec|yards|yard|yds)$/i;

/** A number written with `ish` ("about"): `14ish`. */
const APPROXIMATE = /^\d+(?:\.\d+)?ish$/i;

/** `1½`, `2¼`, `3¾`: a whole number glued to a vulgar fraction (the lexer keeps the fraction on the number); `½` alone. */
const VULGAR = /(\d*)([\u00bc-\u00be])/;
const VULGAR_VALUE: Readonly<Record<string, number>> = { '\u00bc': 0.25, '\u00bd': 0.5, '\u00be': 0.75 };

/** `800ss`, `5x800ss`, `1Kss`: a plural written with an apostrophe (`800's`), as the lexer reads it. */
const PLURAL_SS = /^(?:\d+x)?\d+(?:\.\d+)?k?ss$/i;

/** `1Ks`, `2ks`, `5x1Ks`, `4:40s`, `5x4:40s`: kilometres or times in the plural. */
const PLURAL_KS = /^(?:\d+x)?(?:\d+(?:\.\d+)?k|\d{1,2}:[0-5]\d)s$/i;

export function shortUnits(image: string): string {
  // `1½ hrs`, `2¼ miles`, `½ hr`: a whole number and a vulgar fraction, as web pages write them (`Number('')` is 0).
  if (VULGAR.test(image)) image = image.replace(VULGAR, (_, whole: string, fraction: string) => String(Number(whole) + (VULGAR_VALUE[fraction] ?? 0)));
  const last = image.charCodeAt(image.length - 1);
  // `30'` and `30"` (minutes and seconds, as coaches write them; the lexer keeps the mark on the number).
  if (last === 39 || last === 0x2019 || last === 0x2032) return `${image.slice(0, -1)}min`;
  if (last === 34 || last === 0x2033 || last === 0x201d) return `${image.slice(0, -1)}s`;
  // Every long unit ends in s, e, r, c or d: most numbers (`45min`, `5km`, `800m`, `6x5`) need no look.
  const lower = last | 0x20;
  // `14ish miles`, `45ish min`: "about" that number.
  if (lower === 0x68 && APPROXIMATE.test(image)) return image.slice(0, -3);
  if (lower !== 0x73 && lower !== 0x65 && lower !== 0x72 && lower !== 0x63 && lower !== 0x64) return image;
  // `6 x 800's`, `1K's`: lexed `800ss`, `1Kss` (tokens.ts `lexable`): the plural.
  if (PLURAL_SS.test(image)) image = image.slice(0, -1);
  // `8 x 1Ks`, `mile repeats 5 x 4:40s`: kilometre repeats and times named in the plural.
  if (PLURAL_KS.test(image)) return image.slice(0, -1);
  return image.replace(LONG_UNIT, (unit) => SPACED_UNITS.get(unit.toLowerCase()) ?? unit);
}

/** `20''`: two minute marks written for a seconds mark (the lexer reads the second one apart); the seconds, or undefined. */
function markedSeconds(items: readonly RawItem[], index: number): string | undefined {
  const number = tokenAt(items, index);
  const mark = tokenAt(items, index + 1);
  if (!number || !mark || !/^\d+(?:\.\d+)?'$/.test(number.image) || mark.image !== "'" || mark.startOffset !== tokenEnd(number)) return undefined;
  return `${number.image.slice(0, -1)}s`;
}

function isDash(token: IToken | undefined): boolean {
  return token !== undefined && tokenMatcher(token, Dash);
}

/**
 * The number at `index` with what belongs to it, written apart or together: `30 min`, `30-45min`, `30 - 45 min`,
 * `30 to 45 min`, `6 x 800m`, `6x 800 m`, `6-8x400m`, `3x8-12`. Returns the compact form and the last index read.
 */
/** The longest image `collectQuantity` grows a quantity to before it ends it. */
const MAX_QUANTITY_CHARS = 64;

/** Words after a number that make it a week's figure: `mpw` (miles per week), `kpw`. */
const PER_WEEK_UNITS: ReadonlySet<string> = new Set(['mpw', 'kpw', 'mi/wk', 'mi/week']);

/**
 * The index of the last word of `a week` / `per week` / `/week` / `mpw` at `k` (after a number and its unit), or
 * undefined: `weights 4x a week`, `run 20 miles a week`, `3x/wk`.
 */
function perWeekAfter(context: Pick<ReadContext, 'items' | 'words'>, k: number): number | undefined {
  const { items, words } = context;
  const word = words[k] ?? tokenAt(items, k)?.image.toLowerCase();
  if (word === undefined) return undefined;
  if (PER_WEEK_UNITS.has(word)) return k;
  const next = words[k + 1] ?? tokenAt(items, k + 1)?.image.toLowerCase();
  // `run 5k a week before the race`, `10 mi a week out`: a week as a time before something, not a week's figure.
  if ((word === 'a' || word === 'per' || word === '/') && (next === 'week' || next === 'wk') && !WEEK_AS_TIME_AFTER.has(words[k + 2] ?? '')) return k + 1;
  return undefined;
}

/** Words after `a week` that make it a time before or after something (`a week before the race`, `a week out`). */
const WEEK_AS_TIME_AFTER: ReadonlySet<string> = new Set(['before', 'out', 'from', 'after', 'prior', 'later', 'ago', 'to', 'until', 'till', 'left', 'off']);

function collectQuantity(context: Pick<ReadContext, 'items' | 'words'>, index: number): { image: string; end: number } {
  const { items, words } = context;
  let end = index;
  let image = markedSeconds(items, end);
  if (image !== undefined) end++;
  else image = shortUnits((tokenAt(items, index) as IToken).image);
  // `10,000m`, `5,000 metres`, `1,500m`: thousands written with a comma (glued) are one number when a unit ends them
  // (not in a list: `200,400,600m` is a ladder). One group after a lead of one or two digits (`42,195m`): a session is
  // never 100 km of metres, and `400,800m` / `200,400,600m` are lists.
  if (/^\d{1,2}$/.test(image) && !(tokenAt(items, index - 1)?.tokenType === Comma && glued(items, index - 1, index))) {
    let k = end;
    let digits = image;
    const group = tokenAt(items, k + 2)?.image ?? '';
    if (tokenAt(items, k + 1)?.tokenType === Comma && glued(items, k, k + 1) && glued(items, k + 1, k + 2) && /^\d{3}(?:[a-z]+)?$/i.test(group)) {
      digits += shortUnits(group);
      k += 2;
    }
    const unit = /[a-z]$/i.test(digits) ? digits : words[k + 1];
    if (k > end && unit !== undefined && /[a-z]/i.test(unit) && !(tokenAt(items, k + 1)?.tokenType === Comma && glued(items, k, k + 1))) {
      image = digits;
      end = k;
    }
  }
  for (;;) {
    const next = tokenAt(items, end + 1);
    const nextWord = words[end + 1];
    // A quantity is a few characters (`2x400m`, `1h30min`, `100m-300m`); past this one ends (each step reads the image
    // grown so far: a line of `1-1-1-…` or `8 x 8 x …` was quadratic).
    if (!next || image.length > MAX_QUANTITY_CHARS) break;
    const endsInDigit = /\d$/.test(image);
    const endsInX = /x$/i.test(image);
    const unitAfterDash = words[end + 2];
    // `4+ miles`, `30+ min`: "or more" after a number (a `+` the parser left in the session) goes on to its unit.
    if (endsInDigit && next.image === '+' && unitAfterDash !== undefined && SPACED_UNITS.has(unitAfterDash)) {
      end++;
      continue;
    }
    if (endsInDigit && isDash(next) && unitAfterDash !== undefined && SPACED_UNITS.has(unitAfterDash) && tokenMatcher(tokenAt(items, end + 2) as IToken, Word)) {
      // `3-mile tempo`, `5-K race`.
      image += SPACED_UNITS.get(unitAfterDash);
      end += 2;
    } else if (!/x/i.test(image) && /[a-z]$/i.test(image) && nextWord === 'x' && /^\d+$/.test(words[end + 2] ?? '')) {
      // `400m x 4`: the count written after the distance; `400m x 8-10` a range of counts.
      const high = countRangeEnd(context, end + 2);
      // The count closes the quantity: `400m x 6 - 1 min rest` goes on with the recovery.
      return { image: `${words[end + 2]}${high === undefined ? '' : `-${high}`}x${image}`, end: end + (high === undefined ? 2 : 4) };
    } else if (distanceKm(image) !== undefined && !/x/i.test(image) && /[a-z]$/i.test(image) && nextWord !== undefined && /^x\d+$/.test(nextWord) && !glued(items, end, end + 1)) {
      // `400m x8`, `40m x6-8`: the same, the count glued to its `x`.
      const high = countRangeEnd(context, end + 1);
      return { image: `${nextWord.slice(1)}${high === undefined ? '' : `-${high}`}x${image}`, end: end + (high === undefined ? 1 : 3) };
    } else if (nextWord === 'up' && words[end + 2] === 'to' && tokenAt(items, end + 3) && tokenMatcher(tokenAt(items, end + 3) as IToken, Quantity)) {
      // `100m up to 300m`: a ladder from one to the other.
      image += `-${shortUnits((tokenAt(items, end + 3) as IToken).image)}`;
      end += 3;
    } else if ((isDash(next) || nextWord === 'to') && tokenAt(items, end + 2) && tokenMatcher(tokenAt(items, end + 2) as IToken, Quantity)) {
      // `6:00AM – 8-10km easy`, `9:30AM – 18.2km hard`: a start time and its dash head the session written after it; the
      // dash joins it to no range unless another clock time follows (`7am - 9am`, `7am - 9 am`: a span of the day).
      if (clockWithPeriod(image) && !clockAfterDash(context, end + 2)) break;
      image += `-${shortUnits((tokenAt(items, end + 2) as IToken).image)}`;
      end += 2;
    } else if (endsInDigit && tokenMatcher(next, Word) && nextWord !== undefined && SPACED_UNITS.has(nextWord)) {
      image += SPACED_UNITS.get(nextWord);
      end += 1;
    } else if (WHOLE_NUMBER.test(image) && nextWord === 'x' && ONE_UNIT_DISTANCES.has(words[end + 2] ?? '') && tokenMatcher(tokenAt(items, end + 2) as IToken, Word)) {
      // `8 x mile with 2 minute jog rest`, `4 x km`: repeats of one unit written without its `1`.
      image += `x1${SPACED_UNITS.get(words[end + 2] as string) as string}`;
      end += 2;
    } else if (endsInDigit && nextWord === 'x' && tokenAt(items, end + 2) && tokenMatcher(tokenAt(items, end + 2) as IToken, Quantity)) {
      const marked = markedSeconds(items, end + 2);
      image += `x${marked ?? shortUnits((tokenAt(items, end + 2) as IToken).image)}`;
      end += marked === undefined ? 2 : 3;
    } else if (endsInX && tokenMatcher(next, Quantity)) {
      const marked = markedSeconds(items, end + 1);
      image += marked ?? shortUnits(next.image);
      end += marked === undefined ? 1 : 2;
    } else if (endsInDigit && tokenMatcher(next, Word) && nextWord !== undefined && /^x\d/.test(nextWord)) {
      image += shortUnits(nextWord);
      end += 1;
    } else if (WHOLE_HOURS.test(image) && tokenMatcher(next, Quantity) && hourMinutes(context, end + 1) !== undefined) {
      // `1 hour 45 minutes`, `1h 30min`, `2 hours 15 min`: hours and minutes of one time.
      const minutes = hourMinutes(context, end + 1) as { minutes: string; end: number };
      image += `${minutes.minutes}min`;
      end = minutes.end;
    } else {
      break;
    }
  }
  return { image, end };
}

/**
 * A sport session that is a practice of its drills (`Rugby Specific drills`): easy by default. (`Rugby skills + contact`
 * stays hard: forms7.test.ts; `skills` alone is `sport easy` in the vocabulary.)
 */
const SKILLS_PRACTICE = /\bdrills\b/i;
/** Words that make a practice hard again (`rugby conditioning drills`, `contact skills`). */
const NOT_SKILLS_ONLY = /\b(?:conditioning|fitness|contact|game|match|hard)\b/i;

/** Units written alone after `N x` as one of themselves (`8 x mile` = 8 x 1 mile). */
const ONE_UNIT_DISTANCES: ReadonlySet<string> = new Set(['mile', 'km', 'kilometer', 'kilometre']);

/** `x 8-10`, `x6-8`: the high end of a range of counts after the count at `index` (a glued dash, a whole number), or undefined. */
function countRangeEnd(context: Pick<ReadContext, 'items' | 'words'>, index: number): string | undefined {
  const dash = tokenAt(context.items, index + 1);
  const high = context.words[index + 2];
  return dash !== undefined && isDash(dash) && glued(context.items, index, index + 1) && high !== undefined && /^\d+$/.test(high) ? high : undefined;
}

/** A time in whole hours (`1h`, `2h`, the compact form of `1 hour`) that minutes may follow. */
const WHOLE_HOURS = /^\d+h$/i;
const MINUTES_OF_HOUR = /^(\d{1,2})min$/i;

/** The minutes after a whole hour (`45 minutes`, `45min`, `45'`) at `index`, when there are fewer than 60. */
function hourMinutes(context: Pick<ReadContext, 'items' | 'words'>, index: number): { minutes: string; end: number } | undefined {
  const token = tokenAt(context.items, index) as IToken;
  const image = shortUnits(token.image);
  const glued = MINUTES_OF_HOUR.exec(image);
  if (glued) return Number(glued[1]) < 60 ? { minutes: glued[1] as string, end: index } : undefined;
  const unit = context.words[index + 1];
  if (/^\d{1,2}$/.test(image) && Number(image) < 60 && unit !== undefined && SPACED_UNITS.get(unit) === 'min') return { minutes: image, end: index + 1 };
  return undefined;
}

/** `6`, `6x20s`, `6x100m` before `strides`: how many (a distance like `6mi` belongs to the run). */
const STRIDES_COUNT = /^\d+(?:-\d+)?(?:x.*)?$/i;
const RANGE = /^(\d+(?:\.\d+)?)([a-z]*)-(\d+(?:\.\d+)?)([a-z]+)$/i;
const RANGE_REPEATS = /^(\d+)(?:-(\d+))?x(.+)$/i;
/** The repeats of each set in `2x3x20-30m` (`3x20-30m`). */
const NESTED_REPEATS = /^(\d+)x(.+)$/i;
const REPS_RANGE = /^(\d+)-(\d+)$/;
const RM = /^(\d+)rm$/i;
/** Below this many metres a bare `m` in a run cannot be metres: `2.5 m run`, `5m easy`. */
const BARE_M_LIMIT = 100;
const BARE_M = /^(\d+(?:\.\d+)?)m$/i;

function midpoint(low: number, high: number): number {
  return (low + high) / 2;
}

/** A repeat's time written bare: seconds (`66`, `64-65`: the low end) or minutes and seconds under 10 minutes (`3:30`). */
function repeatSeconds(image: string): number | undefined {
  // `66`, `64-65`, `68-70s`.
  const bare = /^(\d{2,3})(?:-\d{2,3})?s?$/.exec(image);
  if (bare) return Number(bare[1]) >= 24 ? Number(bare[1]) : undefined;
  // `3:10`, `5:00-5:05`.
  const clock = /^(\d):([0-5]\d)(?:-\d:[0-5]\d)?$/.exec(image);
  return clock ? Number(clock[1]) * 60 + Number(clock[2]) : undefined;
}

const SPEED_UNIT = /^(?:mph|kph|km\/h|kmh)$/i;
const SPEED_GLUED = /^\d+(?:\.\d+)?(?:mph|kph|kmh)$/i;

/** Where a load carried (`25 kg`, `18kg + water`, `35 lbs plus water`) or a speed (`4 mph`) at `index` ends, or undefined. */
function carriedLoadEnd(context: Pick<ReadContext, 'items' | 'words'>, index: number): number | undefined {
  const image = tokenAt(context.items, index)?.image ?? '';
  const unit = context.words[index + 1] ?? '';
  if (SPEED_GLUED.test(image)) return index;
  if (WHOLE_OR_DECIMAL.test(image) && SPEED_UNIT.test(unit)) return index + 1;
  const end = LOAD_GLUED.test(image) ? index : WHOLE_OR_DECIMAL.test(image) && WEIGHT_UNIT.test(unit) ? index + 1 : undefined;
  if (end === undefined) return undefined;
  // `35lbs + water + weapon`: what is carried with the load.
  let last = end;
  while ((context.words[last + 1] === '+' || context.words[last + 1] === 'plus') && CARRIED.has(context.words[last + 2] ?? '')) last += 2;
  return last;
}

/** Words of a heading before a warm-up (`dynamic warm up`, `Heavy / Max Effort: warm up`). */
const WARM_UP_HEADING: ReadonlySet<string> = new Set(['dynamic', 'heavy', 'light', 'moderate', 'max', 'maximal', 'maximum', 'effort', 'me', 'de', 'upper', 'lower', 'body', 'day', '/', ':', '-', '&', 'and']);

/** `repeat 5 times`, `repeat 4 x` among a session's words. */
function repeatTimesIn(words: readonly (string | undefined)[]): boolean {
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i] === 'repeat' && WHOLE_NUMBER.test(words[i + 1] ?? '') && (words[i + 2] === 'times' || words[i + 2] === 'x')) return true;
  }
  return false;
}

/** Words before a cardio machine's level (`level 5`, `lvl 8`, `resistance 6`). */
const MACHINE_LEVEL_WORDS: ReadonlySet<string> = new Set(['level', 'lvl', 'resistance']);

/** What joins core work to the strength session before it (`Weights & core`). */
const CORE_JOINERS: ReadonlySet<string> = new Set(['&', 'and', '+', 'plus', 'with']);
/** Words of a strength session that name no focus (`strength`, `weights`, `lifting`). */
const STRENGTH_HEADS: ReadonlySet<string> = new Set(['strength', 'weights', 'weight', 'lifting', 'lift', 'gym', 'training', 'resistance', 'work', 'session']);

function readQuantity(builder: Builder, context: ReadContext, index: number): number {
  const { items, source } = context;
  const token = tokenAt(items, index) as IToken;
  // `3' @ <300w <80rpm`, `bike 90 min at 200 watts`: a power or cadence target (how hard), not a time or a distance.
  const power = builder.kind === 'gym' ? undefined : powerOrCadence(context, index);
  if (power !== undefined) return power;
  // `20 km loaded march, 25 kg`, `10 mile tab, 18kg + water`, `march at 4 mph`: the load carried (with its water) and
  // the speed of a march say how it is done, not how long or far; the model keeps neither (a lift's load is read with
  // its exercise).
  const carried = builder.kind === 'gym' ? undefined : carriedLoadEnd(context, index);
  if (carried !== undefined) return carried;
  // `2 mi WU + 5 x 1 mi @ T + 2 mi CD = 9 mi`: the sum of what is written before it, which the pieces add up to.
  if (tokenAt(items, index - 1)?.image === '=' && index > 1) return collectQuantity(context, index).end;
  // `1st session: gym`, `2nd run`, `3rd set heavy`: an ordinal counts the sessions or the sets, no quantity.
  if (/^\d+(?:st|nd|rd|th)$/i.test(token.image)) return index;
  // `10 mins 30secs`, `6 min 30 s`: the seconds of a time in minutes are part of it (a half minute the model can leave).
  const previous = tokenAt(items, index - 1);
  if (previous !== undefined && (/^\d+(?:min|mins|minutes?)$/i.test(previous.image) || /^(?:min|mins|minute|minutes)$/.test(context.words[index - 1] ?? ''))) {
    const secondsPart = collectQuantity(context, index);
    if (SECONDS.test(secondsPart.image.replace(/onds?$/i, ''))) return secondsPart.end;
  }
  // `averaged about 2:50`, `avg 6:45`: what the runner ran on average is a log's record, no start time.
  if (builder.kind === 'run' && /^\d{1,2}:\d{2}$/.test(token.image)) {
    const before = context.words[index - 1] === 'about' || context.words[index - 1] === '~' ? index - 2 : index - 1;
    const said = context.words[before];
    if (said === 'averaged' || said === 'average' || said === 'avg' || said === 'averaging') return index;
  }
  // `1.5 mile run in under 10:30`, `3 mile run in 21:00`, `2 mile run in sub 14:00`: a time to run the distance in is a
  // time to beat — a hard effort, as `in under 2 hours` is — not a start time.
  // `Tab 10 miles, 35lbs + water, time 1:50`, `2 mile run, time: 16:30`: a time written after `time` is read as after a
  // plain `in` (a time to beat for a march or a short test; a long run's time otherwise).
  // (After a comma the time is a part of its own: the session it is the time of is the whole.)
  // `Loaded march 10km, 20kg, sub 1:40`, `3 miles under 24:00`: `sub` or `under` alone is a time to beat, as `in under` is.
  const timeWord = context.words[index - 1] === 'time' ? index - 1 : tokenAt(items, index - 1)?.image === ':' && context.words[index - 2] === 'time' ? index - 1 : -1;
  const underAlone = (context.words[index - 1] === 'under' || context.words[index - 1] === 'sub') && context.words[index - 2] !== 'in' ? index - 1 : -1;
  const lead = timeWord > 0 ? timeWord : underAlone;
  const timed = lead > 0 && builder.attributes.distance === undefined && context.whole !== undefined && context.whole !== builder ? context.whole : builder;
  const paceAfter = PACE_UNIT_AFTER.test(tokenAt(items, index + 1)?.image ?? '');
  if (timed !== builder && !paceAfter && /^(?:\d{1,2}:)?\d{1,2}:[0-5]\d$/.test(token.image) && (timed.kind === 'run' || timed.kind === 'cross' || timed.kind === 'event') && timed.attributes.distance !== undefined) {
    const range = source.rangeBetween(tokenAt(items, lead) as IToken, token);
    if (underAlone > 0 || beatenClock(timed, context, index, token, index - 1)) {
      if (timed.kind === 'run' && timed.attributes.effortTarget === undefined) timed.attributes.effortTarget = { value: 'race', range };
      else if (timed.kind === 'cross' && timed.effort === undefined) timed.effort = { value: 'hard', range };
    } else if (timed.attributes.duration === undefined && /^(?:\d{1,2}:\d{2}|[1-5]\d):[0-5]\d$/.test(token.image)) {
      // `Long run 20 mi, time 2:40:00`, `run 3 mi, time 36:00`: a time that is no time to beat is the session's time, as
      // after a plain `in` (`Long run 20 mi in 2:40:00`); it was dropped.
      const minutes = duration(token.image);
      if (minutes !== undefined && !Number.isNaN(minutes)) timed.attributes.duration = { value: minutes, range };
    }
    return index;
  }
  const inWord = context.words[index - 1] === 'in' || timeWord > 0 ? index - 1 : (context.words[index - 1] === 'under' || context.words[index - 1] === 'sub') ? (context.words[index - 2] === 'in' ? index - 2 : index - 1) : -1;
  const beaten = inWord > 0 && inWord < index - 1 && builder.kind === 'run' && builder.attributes.distance !== undefined ? collectQuantity(context, index) : undefined;
  if (beaten && quantityIsTime(beaten.image) && !/^\d+$/.test(beaten.image)) {
    // `run 5K in under 25 min`: a time to beat with its unit, the same.
    if (builder.attributes.effortTarget === undefined) setAttribute(builder, 'effortTarget', { value: 'race', range: source.rangeBetween(tokenAt(items, inWord) as IToken, tokenAt(items, beaten.end) as IToken) });
    return beaten.end;
  }
  if (inWord > 0 && (builder.kind === 'run' || builder.kind === 'cross' || builder.kind === 'event') && builder.attributes.distance !== undefined && /^(?:\d{1,2}:)?\d{1,2}:[0-5]\d$/.test(token.image) &&
    beatenClock(builder, context, index, token, inWord)) {
    const range = source.rangeBetween(tokenAt(items, inWord) as IToken, token);
    if (builder.kind === 'run' && builder.attributes.effortTarget === undefined) setAttribute(builder, 'effortTarget', { value: 'race', range });
    else if (builder.kind === 'cross' && builder.effort === undefined) builder.effort = { value: 'hard', range };
    return index;
  }
  // `AM: 10 mi; PM: 4 mi. Total 14`, `total: 14 mi`: a log's total of the day (its unit often left out) adds nothing.
  const totalWord = tokenAt(items, index - 1)?.image === ':' ? index - 2 : index - 1;
  if (totalWord > 0 && context.words[totalWord] === 'total') return collectQuantity(context, index).end;
  // `12 x 400 in 64-65, 200 jog`, `8 x 200m in 32`: the time each repeat is run in, in seconds (or `in 1:05`) — a
  // target of the repeats, not the run's time.
  if (builder.kind === 'run' && context.words[index - 1] === 'in' && builder.attributes.repeats !== undefined) {
    const { image: rep, end: repEnd } = collectQuantity(context, index);
    if (repeatSeconds(rep) !== undefined) {
      const unit = context.words[repEnd + 1];
      return unit === 's' || unit === 'sec' || unit === 'secs' || unit === 'seconds' ? repEnd + 1 : repEnd;
    }
  }
  // `run 4 mi, 11 min mile pace`: minutes a mile.
  const minuteMile = readMinuteMilePace(builder, context, index, token);
  if (minuteMile !== undefined) return minuteMile;
  // `8 x 1000m, lactate 2.0-2.5`, `(2.5 mmol)`: a blood lactate.
  const lactate = readLactate(builder, context, index, token);
  if (lactate !== undefined) return lactate;
  // `run 5 mi, 9:30-10:00 min/mi`: a range of paces with its unit, written without `@` or `at`.
  const paceRange = builder.kind === 'run' ? readPaceRange(builder, context, index, token) : undefined;
  if (paceRange !== undefined) return paceRange;
  const { image, end } = collectQuantity(context, index);
  // `repeat the week 1 tests`, `same as week 3`, `… of week 1, day 2`: a week's or a day's number names it, not a time or
  // a distance of this session.
  if (WHOLE_NUMBER.test(image) && (context.words[index - 1] === 'week' || context.words[index - 1] === 'wk' || context.words[index - 1] === 'day')) return end;
  // `weights 4x a week`, `run 3x/week`, `run 20 miles a week`, `25 mpw`: how often or how much in a week — the week's
  // figure, not this session's (the model keeps no value for it).
  // Repeats or sets (`8 x 400m / wk`, `squat 3x10 a week`) stay the session's: it is the session that is weekly.
  const weekly = perWeekAfter(context, end + 1);
  if (weekly !== undefined && !ASIDE_REPEATS.test(image)) return weekly;
  // `Step-ups (to bench) 4x10 2x15kg`, `sit-ups 3x30 10kg plate`: a load right after sets that no exercise took (a
  // bracket or an unknown name between) is the load of those sets; the model keeps it in the text.
  if (builder.kind === 'gym' && (LOAD_GLUED.test(image) || PAIR_LOAD.test(image)) && SETS_BEFORE_NAME.test(tokenAt(items, index - 1)?.image ?? '')) return end;
  // `cardio - 10km/level 5`, `bike 20 min level 8`: a cardio machine's level (its resistance) says how hard, not how
  // long or how far; the model keeps no value for it.
  if (builder.kind !== 'gym' && NUMBER.test(image) && MACHINE_LEVEL_WORDS.has(context.words[index - 1] ?? '')) return end;
  // `6 x 800 at goal pace + 15 sec`: seconds added to a pace are its offset (Galloway's repeats), which the model does
  // not keep — the repeats stay at the pace named (parser.ts `paceOffset`).
  // `10K pace + 60 sec/km`, `10K pace + 1:00`, `10K pace plus 90 seconds`: a minute a mile (40 seconds a km) or more
  // slower than a race's pace is an easy run's pace, as `60-90 sec slower than goal pace` is (`readRelativePace`).
  const joiner = (tokenAt(items, index - 1)?.image ?? '').toLowerCase();
  if (builder.kind === 'run' && ['+', '-', 'plus', 'minus'].includes(joiner) && PACE_WORD.test(context.words[index - 2] ?? '')) {
    const offset = paceOffsetAt(context, index);
    if (offset !== undefined) {
      const target = builder.attributes.effortTarget;
      const slower = joiner === '+' || joiner === 'plus';
      if (slower && target !== undefined && RACE_TARGETS.has(target.value) && offset.seconds >= (offset.perKm ? 40 : 60)) {
        builder.attributes.effortTarget = { value: 'easy', range: source.rangeBetween(token, tokenAt(items, offset.end) as IToken) };
      }
      return offset.end;
    }
  }
  const range = source.rangeBetween(token, tokenAt(items, end) as IToken);
  // `6x20s strides`, `4 strides`: the strides of a run.
  const after = context.words[end + 1];
  // (`2 x 3 x 20-30m accelerations`, sets of a distance range, stay repeats: strides named otherwise are counted
  // from a count or one count of a distance, `6x100m accelerations`.)
  // `PM 4 + strides` (the extras joined to the run after its `+`): a number with a `+` before the strides is the run's.
  const strideWord = tokenAt(items, end + 1);
  const joined = strideWord !== undefined && source.text.slice(tokenEnd(tokenAt(items, end) as IToken), strideWord.startOffset).includes('+');
  if (STRIDE_WORDS.has(after ?? '') && !joined && builder.kind === 'run' && STRIDES_COUNT.test(image) && (after === 'strides' || after === 'stride' || /^\d+(?:-\d+)?(?:x\d+(?:m|s)?)?$/i.test(image))) {
    // `6-10x strides`: a range of counts counts its midpoint.
    const count = /^(\d+)(?:-(\d+))?/.exec(image);
    const counted = count ? (count[2] === undefined ? Number(count[1]) : Math.round(midpoint(Number(count[1]), Number(count[2])))) : undefined;
    setAttribute(builder, 'strides', { value: counted !== undefined ? { count: counted } : {}, range: source.rangeBetween(token, tokenAt(items, end + 1) as IToken) });
    return end + 1;
  }
  // `3 mile run - 9:00 pace`: a clock before `pace` with no unit is a pace the model does not keep, as `at 9:38 pace` is
  // (it was a start time). Read as a pace in the distance's unit it could outrank the run's written target.
  if (builder.kind === 'run' && after === 'pace' && PACE_RANGE.test(image)) return end + 1;
  // `30-15 IFT`: the numbers of the 30-15 Intermittent Fitness Test are its name.
  if (builder.kind === 'event' && after === 'ift') return end;
  // `at 60-90 sec slower than goal pace`, `…, 60-90 seconds slower than marathon pace`.
  const relative = builder.kind === 'run' ? readRelativePace(builder, context, index, token) : undefined;
  if (relative !== undefined) return relative;
  if (isPace(items, index)) return readPaceAt(builder, context, index, token);
  // `4 mile, 3 mile, 2 mile, 1 mile @ 4:50 pace`, `3, 2, 1 mile`, `1600m, 1200m, 800m, 400m`: a list of three
  // distances or more (not all one) is a ladder of repeats, not one run of their sum.
  if (builder.kind === 'run' && builder.attributes.repeats === undefined && tokenAt(items, index - 1)?.tokenType !== Comma) {
    const ladder = distanceLadder(context, index);
    if (ladder !== undefined) {
      setAttribute(builder, 'repeats', { value: ladder.repeats, range: source.rangeBetween(token, tokenAt(items, ladder.end) as IToken) });
      return ladder.end;
    }
  }
  // `14 mi, run-walk 2:1`, `ratio 3:1`: Galloway's run:walk ratio (no clock has one digit after the colon).
  if (builder.kind === 'run' && /^\d{1,2}:\d$/.test(image)) return end;
  // `13.1 - Half marathon race!`, `26.2`: a race's miles written bare (the half marathon's and the marathon's).
  if (builder.kind === 'event' && RACE_MILES.has(image)) {
    setAttribute(builder, 'distance', { value: Number(image) * MILE_KM, range });
    return end;
  }
  // `walk 30 sec every 2 min`, `walk breaks every 4 min`: how often, not time of the session.
  if (context.words[index - 1] === 'every' && builder.kind === 'run') return end;
  // `8 miles, 2 min run/1 min walk`, `10 miles at 2:30 run/0:30 walk`: a run/walk ratio written time, part, `/`, time,
  // part says how the run is done, not how long it is.
  // Repeated (`2 min run/1 min walk x 8`), the repeats are the run's time.
  const partsRatio = builder.kind === 'run' ? partsRatioEnd(context, image, end) : undefined;
  if (partsRatio !== undefined) {
    if (partsRatio.minutes === undefined) return partsRatio.end;
    setAttribute(builder, 'duration', { value: partsRatio.minutes, range: source.rangeBetween(token, tokenAt(items, partsRatio.end) as IToken) });
    return partsRatio.end;
  }
  // `4 x (1 km hard, 3 min easy)`, `8 x (400m, 60s)`: after the distance repeated, a time or distance in the bracket is
  // each round's recovery or other part — neither the session's time or distance nor a time in seconds out of place.
  const roundsClose = builder.roundsClose ?? context.whole?.roundsClose;
  if (roundsClose !== undefined && index < roundsClose && (duration(image) !== undefined || distanceKm(image) !== undefined || seconds(image) !== undefined)) return end;
  // `running 1/4 mile`, `1/2 mi`, `3/4 km`: a fraction of a distance (or of an hour) is that share of it; `1 1/2
  // miles` a whole number and a fraction; `6 x 1/4 mile` and `1/2 mile x 6` repeats of it.
  const fraction = fractionQuantity(context, image, end) ?? levelsQuantity(context, end);
  if (fraction !== undefined) {
    readQuantityImage(builder, fraction.image, source.rangeBetween(token, tokenAt(items, fraction.end) as IToken), context);
    return fraction.end;
  }
  if (context.words[index - 1] === 'to' && upTo(builder, image, range)) return end;
  // `15:00 of 2:00 run 3:00 walk`, `25:00 walk`: a table's minutes and seconds. Before `of` (what the time is made of),
  // or past 23:59, a clock is no time of day but the session's time; `10:00 walk` alone stays ambiguous.
  // `AMRAP 8:00`, `EMOM 10:00`, `AMRAP in 15:00`, `time cap 12:00`: after a timed format a clock is its minutes and
  // seconds (as CrossFit boards write them), never a start time.
  const formatBefore = context.words[index - 1] === 'in' ? context.words[index - 2] : context.words[index - 1];
  if (CLOCK_DIGITS.test(image) && TIMED_FORMATS.has(formatBefore ?? '') && Number(image.slice(-2)) < 60) {
    readQuantityImage(builder, `${image}min`, range, context);
    return end;
  }
  if (CLOCK_DIGITS.test(image) && (after === 'of' || Number(image.slice(0, image.indexOf(':'))) >= 24)) {
    readQuantityImage(builder, `${image}min`, range, context);
    return after === 'of' ? end + 1 : end;
  }
  // `PT 5x25 push-ups, 5x25 sit-ups, 3x4 pull-ups`: in a gym session a set scheme before an exercise's name is that
  // exercise's scheme (read with the name), not the session's repeats; spaced too (`2 x 5 dorsal raises, 2 x 5 tricep
  // dips`, corpus9b: the second was "Repeats given twice").
  if (builder.kind === 'gym' && SETS_BEFORE_NAME.test(image) && exerciseNameEnd(context.words, items, end + 1, context.vocabulary) > end + 1) return end;
  // `15 box jumps after each run`: a count before an exercise name is its reps, not the run's miles; a bare number is
  // a distance only when nothing else names what it counts. (Gym and conditioning sessions read it as reps already.)
  if (NUMBER.test(image) && builder.kind !== 'gym' && builder.kind !== 'conditioning' && exerciseNameEnd(context.words, items, end + 1, context.vocabulary) > end + 1) return end;
  // `5 hill repeats`, `6 repeats`, `8 hill sprints`: a bare count before what is repeated counts the repeats (their
  // distance or time is written elsewhere, or not at all), not the run's miles.
  if (NUMBER.test(image) && builder.kind === 'run' && (REPEATED.has(after ?? '') || (after === 'hill' && REPEATED.has(context.words[end + 2] ?? '')))) return end;
  // `6 recovery miles`, `5 easy miles`, `7.5-8 hill miles`: the unit after one word of the run.
  if ((NUMBER.test(image) || NUMBER_SPAN.test(image)) && builder.kind === 'run' && after !== undefined && !SPACED_UNITS.has(after)) {
    const unit = context.words[end + 2];
    const unitToken = tokenAt(items, end + 2);
    if (unit !== undefined && unitToken && tokenMatcher(unitToken, Word) && SPACED_UNITS.has(unit) && SPACED_UNITS.get(unit) !== 's') {
      readQuantityImage(builder, `${image}${SPACED_UNITS.get(unit)}`, source.rangeOf(token), context);
      return end;
    }
  }
  // `20 cal bike`, `bike 20 cals`, `15cal row`: an erg's calories (CrossFit, HYROX) measure the work, as reps do; the
  // model keeps no value for them. Only outside runs (a run is not measured in calories).
  const spacedCalories = NUMBER.test(image) && CALORIES.has(after ?? '');
  if (builder.kind !== 'run' && builder.kind !== 'rest' && (spacedCalories || GLUED_CALORIES.test(image))) return spacedCalories ? end + 1 : end;
  // `1/1x10`: run 1 minute, walk 1 minute, ten times.
  const ratio = builder.kind === 'run' ? runWalkRatio(items, end) : undefined;
  if (ratio && ratio.minutes > 0 && ratio.minutes <= MAX_SESSION_MINUTES) {
    setAttribute(builder, 'duration', { value: ratio.minutes, range: source.rangeBetween(token, tokenAt(items, ratio.end) as IToken) });
    return ratio.end;
  }
  // `run 2:30 / walk 1 min`: a run/walk ratio says how the run is done, not how long it is.
  // `2:30 running and 1 min walking`: the same.
  if (CLOCK_DIGITS.test(image) && builder.kind === 'run' && (tokenAt(items, end + 1)?.image === '/' || RATIO_WORDS.has(after as string))) {
    let i = end + 1;
    while (i < end + 4 && i < items.length && !tokenMatcher(tokenAt(items, i) ?? token, Quantity)) i++;
    const walk = tokenAt(items, i);
    return walk && i < end + 4 && tokenMatcher(walk, Quantity) ? collectQuantity(context, i).end : end;
  }
  // `run 1 min / walk 1.5 min, repeat for 20-25 min`, `run 1 min walk 2 min x8`: the same, with units; repeated
  // `x8`, the repeats are the time of this part.
  if (builder.kind === 'run' && quantityIsTime(image)) {
    const slash = tokenAt(items, end + 1)?.image === '/' ? 1 : 0;
    const walk = tokenAt(items, end + 2 + slash);
    // (`40 min run 6 km`, `10 min run 3 mi`: a distance after the run word, no walk after it, is the run's — both were
    // lost, read as a run/walk's parts.)
    const other = RATIO_WORDS.has(context.words[end + 1 + slash] as string) && walk && tokenMatcher(walk, Quantity) ? collectQuantity(context, end + 2 + slash) : undefined;
    if (other !== undefined && (distanceKm(other.image) === undefined || WALK_WORDS.has(context.words[other.end + 1] ?? ''))) {
      const times = /^x(\d+)$/.exec(context.words[other.end + 1] ?? '');
      const a = duration(image);
      const b = duration(other.image);
      if (times && a !== undefined && b !== undefined && !Number.isNaN(a + b)) {
        setAttribute(builder, 'duration', { value: (a + b) * Number(times[1]), range: source.rangeBetween(token, tokenAt(items, other.end + 1) as IToken) });
        return other.end + 1;
      }
      return other.end;
    }
  }
  // `8 miles – run 2 min/walk 30 sec`: the unit glued to the other part's word by the `/` — the same ratio, how the run
  // is done, not how long it is.
  if (builder.kind === 'run' && NUMBER.test(image) && builder.attributes.distance !== undefined) {
    const glued = /^([a-z]+)\/([a-z]+)$/.exec(context.words[end + 1] ?? '');
    const other = tokenAt(items, end + 2);
    if (glued && TIME_UNIT_WORDS.has(glued[1] as string) && RATIO_WORDS.has(glued[2] as string) && other && tokenMatcher(other, Quantity)) {
      const part = collectQuantity(context, end + 2);
      return TIME_UNIT_WORDS.has(context.words[part.end + 1] ?? '') ? part.end + 1 : part.end;
    }
  }
  // `1 minute running and 1:30 minutes of walking`: each part of a run/walk is time of the session.
  if (builder.kind === 'run' && builder.attributes.duration !== undefined && builder.attributes.duration.span === undefined && quantityIsTime(image)) {
    const walkAt = context.words[end + 1] === 'of' ? end + 2 : end + 1;
    const walked = duration(image);
    const what = (context.words[walkAt] ?? '').split('/')[0];
    if ((WALK_WORDS.has(what) || RATIO_WORDS.has(what)) && walked !== undefined && !Number.isNaN(walked) && walked > 0) {
      const current = builder.attributes.duration;
      builder.attributes.duration = { value: current.value + walked, range: current.range };
      return walkAt;
    }
  }
  // `Training 7-8:30pm`, `gym 6:30-7:30 am`, `gym 18:00-19:30`: from one time of day to another — the start, and the
  // minutes between as the session's time.
  const spanEnd = readSpanOfDay(builder, context, image, end, token);
  if (spanEnd !== undefined) return spanEnd;
  // `5:45 AM - Treadmill`, `6pm`: a clock time with am or pm is a start time even without '@'.
  const glued = CLOCK_PERIOD.test(image) || CLOCK_SHORT.test(image) || (HOUR_SHORT.test(image) && builder.kind !== 'gym');
  // `6:00 am`, and `at 6 am` (after `at`, a whole hour from 1 to 12 with am or pm: a start time; `run 5 pm` stays 5
  // miles in the afternoon, a runner's double).
  const atHour = WHOLE_HOUR_12.test(image) && context.words[index - 1] === 'at';
  const clockEnd = glued ? end : (CLOCK_DIGITS.test(image) || atHour) && (after === 'am' || after === 'pm') ? end + 1 : -1;
  if (clockEnd >= 0) {
    const minutes = clockMinutes(glued ? image : `${image}${after}`);
    if (typeof minutes === 'string') throw new SessionError(minutes, source.rangeBetween(token, tokenAt(items, clockEnd) as IToken));
    setAttribute(builder, 'time', { value: { clockMinutes: minutes, period: minutes < 12 * 60 ? 'am' : 'pm' }, range: source.rangeBetween(token, tokenAt(items, clockEnd) as IToken) });
    return clockEnd;
  }
  // `3-4 rounds`, `4 laps warm up`, `4 x (…)`: how often what follows is done, not an attribute of its own.
  // `6 x 400m reps`, `4 x 1 mile reps`: repeats already counted, which `reps` names — read as repeats.
  if (after !== undefined && COUNTED.has(after) && !((after === 'reps' || after === 'rep' || after === 'efforts') && /^\d+(?:-\d+)?x\d+(?:[.:]\d+)?[a-z'"]/i.test(image))) return end + 1;
  // `4 to 6 brisker efforts`, `6 hard rounds`: a count with one word before what is counted.
  const counted = context.words[end + 2];
  if (counted !== undefined && COUNTED.has(counted) && after !== undefined && NUMBER_OR_SPAN.test(image) && tokenAt(items, end + 1) && tokenMatcher(tokenAt(items, end + 1) as IToken, Word)) return end + 2;
  // `5,10,15 meter x6`, `3, 2, 1 mile`: a ladder of numbers that share the unit of the last one describes the reps.
  if (NUMBER.test(image) && tokenAt(items, end + 1)?.tokenType === Comma && tokenAt(items, end + 2) && tokenMatcher(tokenAt(items, end + 2) as IToken, Quantity) && ladderUnit(context, end + 2)) return end;
  // `60 sec each station`, `30sec on 20sec rest`, `on 45sec`: seconds of work or rest within the session describe its
  // intervals, not its length.
  // `r= 60"` (recovery = 60 seconds): the word before an '='.
  const before = tokenAt(items, index - 1)?.image === '=' ? context.words[index - 2] : context.words[index - 1];
  if (SECONDS.test(image) && (INTERVAL_WORDS.has(after as string) || INTERVAL_WORDS.has(before as string))) return end;
  // `10 burpees, 20 lunges, 30 sec plank`: in a circuit or a lift, seconds before an exercise are its work.
  if (SECONDS.test(image) && (builder.kind === 'conditioning' || builder.kind === 'gym') && EXERCISE_HEAD.has(after as string)) return end;
  // `6 minutes of planks`, `2 min of wall sits`: in a lift or a circuit, a time of an exercise is its work, not the session's.
  if ((builder.kind === 'conditioning' || builder.kind === 'gym') && after === 'of' && quantityIsTime(image) && exerciseNameEnd(context.words, items, end + 2, context.vocabulary) > end + 2) return end + 1;
  // `8 x 30secs on 1 minute`: after repeats, `on` a time is the cycle each repeat starts on, not the session's time.
  if (before === 'on' && builder.attributes.repeats && quantityIsTime(image)) return end;
  // `upper body - 5 min warm up on cardio machine, …, 5 min cool down`: outside a run, the warm-up is not the session.
  if (builder.kind !== 'run' && (WARM_UP_AFTER.has(after as string) || ((after === 'warm' || after === 'cool') && context.words[end + 2] !== undefined && /^(up|down)$/.test(context.words[end + 2] as string)))) {
    return end + 1;
  }
  // `1 mile, 5 min rest`: the rest between repeats is not time of the session; nor is `hill sprints, rest 2 min`.
  if (after === 'rest' && builder.kind !== 'rest') return end + 1;
  // `10 x 1 min on / 1 min off`: nor the time `off` between timed repeats.
  if (after === 'off' && builder.kind !== 'rest' && (builder.attributes.repeats ?? context.whole?.attributes.repeats) !== undefined && quantityIsTime(image)) return end + 1;
  // `36 min. + 11 min. ice bath`: the time of recovery care after the session is not its time (`onlyAftercare`).
  if (quantityIsTime(image) && aftercareAt(context.words, end + 1)) return end;
  // `3 x 8' @ HM pace, 2' float`: a float (or jog) recovery between repeats is not time of the session either.
  // `12 x 1K @ 10K pace, 60s jog`: in seconds too.
  if ((after === 'float' || after === 'floats' || ((after === 'jog' || after === 'recovery') && (builder.attributes.repeats || context.whole?.attributes.repeats))) && builder.kind === 'run' && (quantityIsTime(image) || SECONDS.test(image))) return end + 1;
  // `6 x 400m hard, 200m jog`, `6 x 800m with 400m jog recoveries`: a distance jogged (or floated) between repeats is
  // their recovery, not the run's distance (it was read as the run: 6 × 400 m became a 0.2 km run).
  // A jog written as the warm-up or cool-down (`2 km jog cool down`) is running of the session.
  // A jog longer than a repeat (than 1 km with repeats by the clock) is the cool-down, running of the session too
  // (`6 x 800m, 2 mi jog`, `8 x 400m, 3 km jog`).
  const repeated = builder.attributes.repeats ?? context.whole?.attributes.repeats;
  const jogged = repeated !== undefined && !quantityIsTime(image) ? distanceKm(image) : undefined;
  if ((after === 'float' || after === 'floats' || after === 'jog' || after === 'recovery') && builder.kind === 'run' && jogged !== undefined && jogged <= (repeated?.value.eachKm ?? RECOVERY_JOG_MAX_KM) && !WARM_UP_WORDS.has(context.words[end + 2] ?? '')) {
    return end + 1;
  }
  if (context.words[index - 1] === 'rest' && builder.kind !== 'rest') return end;
  // `2 x max effort 1 mile`: how many times what follows is done.
  if (after === 'x' && NUMBER_OR_SPAN.test(image) && !(tokenAt(items, end + 2) && tokenMatcher(tokenAt(items, end + 2) as IToken, Quantity))) {
    if (tokenAt(items, end + 2)?.image === '(') builder.roundsBefore = { count: Number(image), from: token, at: end + 2 };
    return end + 1;
  }
  // `6x400m at 90% effort`, `working at 100 % of your capability`, `70-75% of max HR`: outside the gym a percentage
  // says how hard, in the plan's own terms; the model keeps no value for it (a load belongs to an exercise).
  // Only with words that say so (`at`, `effort`, `of`, `max`): `run 80%` alone stays the load error.
  if (builder.kind !== 'gym' && (image.charCodeAt(image.length - 1) === 37 || tokenAt(items, end + 1)?.image === '%')) {
    const spaced = NUMBER_OR_SPAN.test(image) && tokenAt(items, end + 1)?.image === '%';
    const last = spaced ? end + 1 : end;
    if ((PERCENT.test(image) || spaced) && (context.words[index - 1] === 'at' || tokenAt(items, index - 1)?.image === '@' || PERCENT_CONTEXT.has(context.words[last + 1] ?? ''))) {
      // `65-70% HR`, `75% max HR`, `80% of max heart rate`: the heart-rate words belong to the percentage.
      let words = last;
      while (PERCENT_HR.has(context.words[words + 1] ?? '') && words < last + 4) words++;
      if (context.words[words] === 'heart' && context.words[words + 1] === 'rate') words++;
      // `85% MHR`, `60-70% max HR`, `under 70% HRM`: a share of the maximum heart rate says how hard, as a zone does.
      const zone = heartRateShareZone(context, index, last, words, image);
      if (zone !== undefined && builder.attributes.zone === undefined) {
        setAttribute(builder, 'zone', { value: zone, range: source.rangeBetween(tokenAt(items, index) as IToken, tokenAt(items, words) as IToken) });
      }
      return words;
    }
  }
  // `800 jog`, `tempo 500, 400, 300`: track metres without their unit, before a run word or in a list of them, say how
  // the run is done (a warm-up jog, the reps of a ladder); they add nothing.
  if (builder.kind === 'run' && TRACK_METRES.test(image) && Number(image) >= 100) {
    if (trackLadder(context, index, end)) {
      builder.ladderMax = Math.max(builder.ladderMax ?? 0, Number(image));
      return end;
    }
    if (TRACK_MOVES.has((context.words[end + 1] ?? '').split(/[-/]/)[0]) || RECOVERY_MOVES.has(context.words[index - 1] ?? '')) return end;
  }
  if (/x$/i.test(image) && tokenAt(items, end + 1)?.image === '(') {
    builder.roundsBefore = { count: parseInt(image, 10), from: token, at: end + 1 };
    return end;
  }
  if (context.words[end + 1] === 'x' && tokenAt(items, end + 2)?.image === '(') {
    builder.roundsBefore = { count: parseInt(image, 10), from: token, at: end + 2 };
    return end + 1;
  }
  // `Ladder: 200-400-600-400-200`, `1-2-3-2-1 min`: in a run, three numbers or more joined by dashes are a ladder of
  // repeats (language-decisions.md, "Tables, S&C and ladders").
  if (builder.kind === 'run' && runLadder(builder, image, range)) return end;
  readQuantityImage(builder, image, range, context);
  return end;
}

/** The longest repeat of a ladder of distances (`4 mile, 3 mile, 2 mile, 1 mile`): longer, it is a list of runs. */
const LADDER_REP_MAX_KM = 10;

/**
 * `4 mile, 3 mile, 2 mile, 1 mile`, `3, 2, 1 mile`, `1600m, 1200m, 800m, 400m` from `index`: three distances or more
 * with only commas between them (bare numbers take the unit of the next distance, unless it is metres: `200,400,600m`
 * stays the track ladder it was), not all the same and none over 10 km — the repeats of a ladder (each the mean of
 * them) and the index of the last item; else undefined.
 */
function distanceLadder(context: ReadContext, index: number): { repeats: Repeats; end: number } | undefined {
  const { items } = context;
  const values: number[] = [];
  let bare: number[] = [];
  let i = index;
  let end = -1;
  for (let n = 0; n < 12; n++) {
    const token = tokenAt(items, i);
    if (!token || !tokenMatcher(token, Quantity)) break;
    const quantity = collectQuantity(context, i);
    if (NUMBER.test(quantity.image)) bare.push(Number(quantity.image));
    else {
      const km = quantityIsTime(quantity.image) ? undefined : distanceKm(quantity.image);
      const unit = /^\d+(?:\.\d+)?([a-z]+)$/i.exec(quantity.image)?.[1];
      if (km === undefined || !(km > 0) || unit === undefined) return undefined;
      const perUnit = distanceKm(`1${unit}`);
      // `200,400,600m`: bare track metres before metres are read as track metres are (`trackLadder`).
      if (perUnit === undefined || (bare.length > 0 && perUnit < 0.01)) return undefined;
      for (const value of bare) values.push(value * perUnit);
      bare = [];
      values.push(km);
      end = quantity.end;
    }
    if (tokenAt(items, quantity.end + 1)?.tokenType !== Comma) break;
    i = quantity.end + 2;
  }
  if (bare.length > 0 || values.length < 3 || end < 0) return undefined;
  if (values.every((km) => km === values[0]) || values.some((km) => km > LADDER_REP_MAX_KM)) return undefined;
  return { repeats: { count: values.length, eachKm: values.reduce((sum, km) => sum + km, 0) / values.length }, end };
}

/** Three numbers or more joined by dashes, the unit (if any) glued to the last: a ladder of repeats. */
const RUN_LADDER = /^(\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?){2,})([a-z'"\u2019\u2032\u2033]*)$/i;

/**
 * `200-400-600-400-200` (bare numbers of 100 or more are metres, as in `5 x 400`), `1-2-3-2-1min`, `400-800-1200m`: the
 * repeats of a ladder, one per number, each the mean of them (the total is what is run). False when the image is no
 * ladder of a distance or a time (the unit error stays).
 */
function runLadder(builder: Builder, image: string, range: Range): boolean {
  const match = RUN_LADDER.exec(image);
  if (!match) return false;
  const numbers = (match[1] as string).split('-').map(Number);
  const unit = match[2] as string;
  const mean = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
  if (!(mean > 0) || numbers.some((value) => !(value > 0))) return false;
  const value: Repeats = { count: numbers.length };
  if (unit === '') {
    if (!numbers.every((metres) => Number.isInteger(metres) && metres >= 100 && metres <= 10_000)) return false;
    value.eachKm = mean / 1000;
  } else {
    const km = distanceKm(`1${unit}`);
    const minutes = duration(`1${unit}`);
    const secs = seconds(`1${unit}`);
    if (km !== undefined && km > 0) value.eachKm = mean * km;
    else if (minutes !== undefined && minutes > 0) value.eachMinutes = mean * minutes;
    else if (secs !== undefined && secs > 0) value.eachMinutes = (mean * secs) / 60;
    else return false;
  }
  setAttribute(builder, 'repeats', { value, range });
  return true;
}

const WARM_UP_AFTER: ReadonlySet<string> = new Set(['warmup', 'warm-up', 'cooldown', 'cool-down']);

/**
 * `1/4 mile`, `1/2mi`, `3/4 km`, `1/2 hour`: a whole number, a glued `/`, a larger whole number and a unit (glued to it
 * or the next word) — the share of that unit, as one quantity (`0.25mi`) and the index of its last item; else undefined.
 */
function fractionOfUnit(context: ReadContext, end: number): { image: string; end: number } | undefined {
  const { items, words } = context;
  const numerator = tokenAt(items, end);
  const slash = tokenAt(items, end + 1);
  const denominator = tokenAt(items, end + 2);
  // `6x1/2km`: the count glued before the numerator (fractionQuantity reads it).
  const top = numerator === undefined ? null : /^(?:\d+(?:-\d+)?x)?(\d+)$/i.exec(numerator.image);
  if (!numerator || !top || slash?.image !== '/' || !denominator || !tokenMatcher(denominator, Quantity)) return undefined;
  if (!glued(items, end, end + 1) || !glued(items, end + 1, end + 2)) return undefined;
  const parts = /^(\d+)([a-z]*)$/i.exec(denominator.image);
  if (!parts) return undefined;
  const spaced = parts[2] === '' ? SPACED_UNITS.get(words[end + 3] ?? '') : undefined;
  const unit = parts[2] !== '' ? parts[2] : spaced;
  const share = Number(top[1]) / Number(parts[1]);
  if (unit === undefined || unit === 's' || !(share > 0 && share < 1)) return undefined;
  // `6/8 miles`: past quarters, a fraction is one over its denominator (`1/8 mile`); else two levels (`levelsQuantity`).
  if (Number(top[1]) > 1 && Number(parts[1]) > 4) return undefined;
  const image = `${Math.round(share * 1000) / 1000}${unit}`;
  if (distanceKm(image) === undefined && duration(image) === undefined) return undefined;
  return { image, end: parts[2] !== '' ? end + 2 : end + 3 };
}

const COUNT_X = /^(\d+(?:-\d+)?)x(\d+)$/i;
const WHOLE = /^\d+$/;

/**
 * A fraction of a unit with what is written around it (language-decisions.md, "Fractions of a distance"): `1/2 mile`
 * (`fractionOfUnit`), a whole number before it (`1 1/2 miles` → `1.5mi`), a count before it (`6 x 1/4 mile` →
 * `6x0.25mi`, `2 x 1 1/2 miles`) or after it (`1/2 mile x 6`, `1/2 mile x6`). `image` and `end` are what
 * `collectQuantity` read from the first number; undefined when no fraction of a unit is written there.
 */
function fractionQuantity(context: ReadContext, image: string, end: number): { image: string; end: number } | undefined {
  const { items, words } = context;
  let count = '';
  let whole = 0;
  let fraction = fractionOfUnit(context, end);
  if (fraction === undefined) {
    // `1 1/2 miles`, `6 x 1 1/2 miles`: a whole number, a space, then the fraction.
    const counted = COUNT_X.exec(image);
    const number = counted ? counted[2] : WHOLE.test(image) ? image : undefined;
    const next = tokenAt(items, end + 1);
    if (number === undefined || next === undefined || !tokenMatcher(next, Quantity) || glued(items, end, end + 1)) return undefined;
    fraction = fractionOfUnit(context, end + 1);
    if (fraction === undefined) return undefined;
    whole = Number(number);
    if (counted) count = `${counted[1]}x`;
  } else {
    // `6 x 1/4 mile`: collectQuantity read the count and the numerator as `6x1`.
    const counted = COUNT_X.exec(image);
    if (counted) count = `${counted[1]}x`;
  }
  const parts = /^(\d+(?:\.\d+)?)([a-z]+)$/i.exec(fraction.image);
  if (!parts) return undefined;
  const value = Math.round((whole + Number(parts[1])) * 1000) / 1000;
  let last = fraction.end;
  // `1/2 mile x 6`, `1/2 mile x6`: the count written after the distance.
  if (count === '') {
    const after = words[last + 1] ?? '';
    const glued = /^x(\d+)$/.exec(after);
    if (glued) {
      count = `${glued[1]}x`;
      last += 1;
    } else if (after === 'x' && WHOLE.test(words[last + 2] ?? '')) {
      count = `${words[last + 2] as string}x`;
      last += 2;
    }
  }
  return { image: `${count}${value}${parts[2] as string}`, end: last };
}

/** Timed work formats whose clock (`AMRAP 8:00`) is minutes and seconds of work. */
const TIMED_FORMATS: ReadonlySet<string> = new Set(['amrap', 'emom', 'cap']);

const NUMBER_OR_SPAN = /^\d+(?:-\d+)?$/;

/** Words after a number that say how many times something is done (`3 rounds`, `4 laps`), not how long or far. */
const COUNTED: ReadonlySet<string> = new Set(['point', 'rounds', 'round', 'sets', 'times', 'reps', 'laps', 'lap', 'lengths', 'length', 'stations', 'circuits', 'exercises', 'efforts', 'blocks']);
/** Words next to a number of seconds that make it the work or rest of an interval (`30sec on`, `on 45sec`, `60 sec each`). */
const INTERVAL_WORDS: ReadonlySet<string> = new Set(['on', 'off', 'each', 'per', 'work', 'rest', 'recovery', 'between', 'every', 'hold', 'holds', 'max', 'of', 'duration', 'r']);

/** True when the numbers from `index` on, separated by commas, end in a number with a unit (`10, 15 meter`). */
function ladderUnit(context: Pick<ReadContext, 'items' | 'words'>, index: number): boolean {
  for (let i = index; i < Math.min(context.items.length, index + 16); i += 2) {
    const token = tokenAt(context.items, i);
    if (!token || !tokenMatcher(token, Quantity)) return false;
    const quantity = collectQuantity(context, i);
    // `5,10,15 meter x6`: the last may be repeated.
    const each = quantity.image.replace(TIMES_BEFORE, '');
    if (!NUMBER.test(quantity.image)) return distanceKm(each) !== undefined || quantityIsTime(quantity.image) || SECONDS.test(quantity.image);
    if (tokenAt(context.items, quantity.end + 1)?.tokenType !== Comma) return false;
    i = quantity.end;
  }
  return false;
}

const WALK_WORDS: ReadonlySet<string> = new Set(['walk', 'walking', 'walks']);
/** Words after `2:30` that make it the run part of a run/walk ratio. */
const RATIO_WORDS: ReadonlySet<string> = new Set(['run', 'running', 'jog', 'jogging', 'walk', 'walking']);
const CLOCK_PERIOD = /^\d{1,2}(?::\d{2})?(am|pm)$/i;
/** `6:30a`, `7:30p`, `8a`: the short am/pm of plan tables; a bare hour (`1a`) labels a superset in a gym session. */
const CLOCK_SHORT = /^\d{1,2}:\d{2}[ap]$/i;
const HOUR_SHORT = /^\d{1,2}[ap]$/i;
/** `1a`, `1b`, `2c`: a superset's label in a strength programme (not `1h`, an hour). */
const SUPERSET_NUMBER_LABEL = /^\d{1,2}[a-g]$/i;
const CLOCK_DIGITS = /^\d{1,2}:\d{2}$/;
/** A long run's time in hours and minutes (`2:15`): 1:00 to 4:59. */
const LONG_RUN_HOURS = /^[1-4]:[0-5]\d$/;
const WHOLE_HOUR_12 = /^(?:[1-9]|1[0-2])$/;

/** A clock time with its am / pm glued on (`6:00AM`, `7am`, `6:30a`): a time of day, no amount. */
function clockWithPeriod(image: string): boolean {
  return CLOCK_PERIOD.test(image) || CLOCK_SHORT.test(image) || HOUR_SHORT.test(image);
}

/** True when the quantity at `index` is a time of day (`9am`, `9:00am`, `9 am`, `9:00 AM`): the end of a span. */
function clockAfterDash(context: Pick<ReadContext, 'items' | 'words'>, index: number): boolean {
  const image = (tokenAt(context.items, index) as IToken).image;
  if (clockWithPeriod(image)) return true;
  const period = context.words[index + 1];
  return /^\d{1,2}(?::\d{2})?$/.test(image) && (period === 'am' || period === 'pm');
}

/** Longest session (minutes) and distance (km) a plan may write: past these a number is a typo (or 400 digits). */
const MAX_SESSION_MINUTES = 48 * 60;
const MAX_SESSION_KM = 1000;
/** A number too long to quote whole (400 digits) is quoted by its start, so the message stays one readable line. */
const shown = (image: string): string => (image.length > 24 ? `${image.slice(0, 12)}…` : image);

function readQuantityImage(builder: Builder, image: string, range: Range, context: ReadContext): void {
  const asMinutes = runPartClock(builder, image, range, context);
  if (asMinutes !== undefined) image = asMinutes;
  // `Lift - Bench/Deadlift 76.5%: Bench Press 4x6, …`: a percentage closing a gym session's heading is the day's load
  // (of the one-rep max) for the lifts listed after the `:`; the text keeps it.
  if (builder.kind === 'gym' && PERCENT.test(image) && imageAfterRange(context, range) === ':') return;
  const bare = BARE_M.exec(image);
  if (bare && Number(bare[1]) < BARE_M_LIMIT && !sprintMetres(bare[1], range, context) && (builder.kind === 'run' || builder.kind === 'event' || builder.kind === 'cross')) {
    // `2.5 m run`: nobody runs 2.5 metres. Read as miles, the usual meaning in the plans that write it, and say so.
    const miles = Number(bare[1]);
    setAttribute(builder, 'distance', { value: miles * MILE_KM, range });
    throw new SessionError(`'${context.source.text.slice(context.source.offsetAt(range.start), context.source.offsetAt(range.end))}' is read as ${miles} miles — 'm' is metres; write '${miles}mi', '${miles}km' or '${miles}min'`, range, [
      { title: `Write '${miles}mi' (miles)`, edits: [{ range, newText: `${miles}mi` }], preferred: true },
      { title: `Write '${miles}km'`, edits: [{ range, newText: `${miles}km` }] },
      { title: `Write '${miles}min' (minutes)`, edits: [{ range, newText: `${miles}min` }] },
    ], 'warning');
  }
  const minutes = duration(image);
  if (minutes !== undefined) {
    if (Number.isNaN(minutes)) throw new SessionError(`'${shown(image)}' is not a duration — minutes after the hour go from 0 to 59`, range);
    if (minutes <= 0) throw new SessionError(`A duration must be more than 0 minutes`, range);
    if (!(minutes <= MAX_SESSION_MINUTES)) throw new SessionError(`'${shown(image)}' is too long for a session — at most 48 h`, range);
    setAttribute(builder, 'duration', { value: minutes, range });
    return;
  }
  const km = distanceKm(image);
  if (km !== undefined) {
    if (km <= 0) throw new SessionError(`A distance must be more than 0`, range);
    if (!(km <= MAX_SESSION_KM)) throw new SessionError(`'${shown(image)}' is too far for a session — at most 1000 km`, range);
    setAttribute(builder, 'distance', { value: km, range });
    return;
  }
  const spanned = RANGE.exec(image);
  if (spanned) {
    const unit = spanned[4];
    const lowImage = `${spanned[1]}${spanned[2] || unit}`;
    const highImage = `${spanned[3]}${unit}`;
    const lowMinutes = duration(lowImage);
    const highMinutes = duration(highImage);
    if (lowMinutes !== undefined && highMinutes !== undefined && !Number.isNaN(lowMinutes) && !Number.isNaN(highMinutes)) {
      setSpan(builder, 'duration', lowMinutes, highMinutes, image, range);
      return;
    }
    const lowKm = distanceKm(lowImage);
    const highKm = distanceKm(highImage);
    if (lowKm !== undefined && highKm !== undefined) {
      setSpan(builder, 'distance', lowKm, highKm, image, range);
      return;
    }
  }
  const repeats = RANGE_REPEATS.exec(image);
  if (repeats) {
    readRepeats(builder, image, repeats, range);
    return;
  }
  const rm = RM.exec(image);
  if (rm && builder.kind === 'gym') {
    throw new SessionError(`'${image}' belongs to an exercise — write it after the exercise, like 'deadlift ${image}'`, range);
  }
  // `gym 1a squat`: a bare hour with a short am/pm in a gym session labels a superset; it stays an unknown unit.
  // `Long: 2:15`, `2:00 long run`, `long run 2:10`: in a long run, 1:00 to 4:59 is its hours and minutes — no long run is
  // two minutes long, and a start time is written with '@' or am/pm.
  if (builder.kind === 'run' && LONG_RUN_HOURS.test(image) && context.words.some((word) => word === 'long' || word === 'lr')) {
    const [hours, minutes] = image.split(':').map(Number) as [number, number];
    setAttribute(builder, 'duration', { value: hours * 60 + minutes, range });
    return;
  }
  if (CLOCK.test(image) && CLOCK_HINT.test(image) && !HOUR_SHORT.test(image)) {
    // `Tue: 10:00 walk`, `10:00 Cross Train` in a table of times: first in the session, minutes and seconds. Whether the
    // week's other sessions write their times so decides if it stands or is the start-time error below (parser.ts,
    // `clockTimesInBlock`, `clockTimeErrors`).
    const first = tokenAt(context.items, 0);
    if (CLOCK_DIGITS.test(image) && builder.kind !== 'gym' && builder.attributes.duration === undefined && first !== undefined) {
      const at = context.source.rangeOf(first).start;
      const [minutes, seconds] = image.split(':').map(Number) as [number, number];
      if (at.line === range.start.line && at.column === range.start.column && minutes > 0 && minutes <= 180 && seconds < 60) {
        builder.attributes.duration = { value: minutes + seconds / 60, range, clock: true };
        builder.clockError = startTimeError(image, range);
        return;
      }
    }
    throw startTimeError(image, range);
  }
  // `21-15-9 chinups`, `3 rounds`, `1 arm DB rows`: numbers without a unit in a gym or conditioning session are reps.
  if ((NUMBER.test(image) || REP_LADDER.test(image)) && (builder.kind === 'gym' || builder.kind === 'conditioning')) return;
  // `target 7:40-7:45 pace`: a pace range written without its unit says how the run feels; the model keeps no pace.
  if (PACE_SPAN.test(image) && builder.kind === 'run' && paceContext(context, range)) return;
  if (NUMBER.test(image) && context.whole !== undefined && context.whole !== builder && splitsWhole(context.whole, Number(image))) {
    // `run 40 mins, 20 easy / 20 harder`: the parts of the whole session, in its unit; they add nothing to it.
    return;
  }
  if (NUMBER.test(image) && builder.kind === 'run' && Number(image) > 0 && Number(image) <= BARE_MILES_LIMIT && builder.attributes.distance === undefined) {
    // `14 A very early morning MLR`, `GA 8`: a training log's miles column, pasted without its heading. Read as
    // miles (the unit of the logs that write it), with a warning and the other units as fixes.
    const miles = Number(image);
    builder.attributes.distance = { value: miles * MILE_KM, range };
    builder.guessedDistance = true;
    throw (builder.guessWarning = new SessionError(`'${image}' has no unit — read as ${miles} miles; write '${miles}mi', '${miles}km' or '${miles}min'`, range, [
      { title: `Write '${miles}mi' (miles)`, edits: [{ range, newText: `${miles}mi` }], preferred: true },
      { title: `Write '${miles}km'`, edits: [{ range, newText: `${miles}km` }] },
      { title: `Write '${miles}min' (minutes)`, edits: [{ range, newText: `${miles}min` }] },
    ], 'warning'));
  }
  // `1A chest supported rows 5x8, 1B push ups (elevated) 5x8`: strength programmes label their supersets `1a`, `1b`,
  // `2a`; in a gym session such a label is read and skipped, neither a unit nor a 1 am start (language-decisions.md,
  // "Superset labels, chins, warm-ups before a lift, machine levels").
  if (builder.kind === 'gym' && SUPERSET_NUMBER_LABEL.test(image)) return;
  // `run fast 30sec, rest 2 min, repeat 5 times`: seconds in a run that `repeat N times` repeats are a repeat's time
  // (the Army's beginners' fast running), not a duration written in the wrong unit.
  const repeatedSeconds = builder.kind === 'run' ? seconds(image) : undefined;
  if (repeatedSeconds !== undefined && repeatedSeconds > 0 && repeatTimesIn(context.words)) {
    readQuantityImage(builder, `${repeatedSeconds / 60}min`, range, context);
    return;
  }
  // `Milling 60 seconds`, `sparring 90 sec`: a bout timed in seconds (selection's milling, a round of boxing) is the
  // session's time; a run's seconds stay the question below (a run/walk or repeats mean them otherwise).
  const bout = builder.kind === 'conditioning' || builder.kind === 'sport' ? seconds(image) : undefined;
  if (bout !== undefined && bout >= 10 && bout <= 3600 && builder.attributes.duration === undefined) {
    builder.attributes.duration = { value: bout / 60, range };
    return;
  }
  if (NUMBER.test(image)) {
    // `run 45`, `walk 3, run 8`: which unit is meant cannot be guessed; each one is a quick fix.
    throw new SessionError(unitHint(image), range, [
      { title: `Write '${image}min' (minutes)`, edits: [{ range, newText: `${image}min` }] },
      { title: `Write '${image}km'`, edits: [{ range, newText: `${image}km` }] },
      { title: `Write '${image}mi' (miles)`, edits: [{ range, newText: `${image}mi` }] },
    ]);
  }
  // `30misn`: two letters of a unit word swapped — the unit is plain, so the time is read, with a warning and the fix.
  const unit = UNIT.exec(image)?.[1];
  const swapped = unit === undefined ? undefined : swappedUnit(unit);
  if (unit !== undefined && swapped !== undefined) {
    const corrected = image.slice(0, image.length - unit.length) + swapped;
    readQuantityImage(builder, corrected, range, context);
    throw new SessionError(`Unknown unit '${unit}' in '${image}' — read as '${corrected}'`, range, replaceFix(range, corrected, image), 'warning');
  }
  const hint = unitHint(image);
  const guess = /did you mean '([^']+)'\?$/.exec(hint)?.[1];
  throw new SessionError(hint, range, guess ? replaceFix(range, guess, image) : undefined);
}

/**
 * Unit words a typo with two letters swapped is read as, and the unit it is written with (language-decisions.md,
 * "Typos whose meaning is plain").
 */
const SWAP_UNITS: ReadonlyMap<string, string> = new Map([
  ['min', 'min'], ['mins', 'min'], ['minute', 'min'], ['minutes', 'min'],
  ['hrs', 'h'], ['hour', 'h'], ['hours', 'h'], ['mile', 'mi'], ['miles', 'mi'], ['kms', 'km'],
]);

/** The unit that `unit` is with two neighbouring letters swapped (`misn` → 'min', `miels` → 'mi'), if any. */
function swappedUnit(unit: string): string | undefined {
  if (unit.length < 3) return undefined;
  const lower = unit.toLowerCase();
  for (let i = 0; i + 1 < lower.length; i++) {
    if (lower[i] === lower[i + 1]) continue;
    const swapped = SWAP_UNITS.get(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2));
    if (swapped !== undefined) return swapped;
  }
  return undefined;
}

/** Words of a session that make a short distance's `m` metres (`60m sprint`, `20m shuttles`, `50m strides`). */
const SPRINT_WORDS: ReadonlySet<string> = new Set(['sprint', 'sprints', 'shuttle', 'shuttles', 'strides', 'stride', 'dash', 'dashes', 'accelerations', 'acceleration', 'flys', 'flying', 'buildups', 'build-ups', 'hill', 'hills']);

/**
 * `60m sprint`, `50m`: a whole number of 30 or more is a sprint in metres, not an ultra in miles; so is a short
 * distance in a session of sprints or strides, or one whose unit is spelled out (`15 meter`).
 */
function sprintMetres(number: string, range: Range, context: ReadContext): boolean {
  if (WHOLE_NUMBER.test(number) && Number(number) >= 30) return true;
  const end = context.source.offsetAt(range.end);
  // `15 meter`, `20 metres`: spelled out, it is what it says.
  if (/met(?:er|re)s?$/i.test(context.source.text.slice(Math.max(0, end - 6), end))) return true;
  return hasSprintWord(context.words);
}

/** Whether a session's words name a sprint, once per session (each `10 m` of a long line looked through every word). */
const SPRINT_WORD_SEEN = new WeakMap<readonly (string | undefined)[], boolean>();

function hasSprintWord(words: readonly (string | undefined)[]): boolean {
  let seen = SPRINT_WORD_SEEN.get(words);
  if (seen === undefined) {
    seen = words.some((word) => word !== undefined && SPRINT_WORDS.has(word));
    SPRINT_WORD_SEEN.set(words, seen);
  }
  return seen;
}


/** Past this a bare number in a run is more likely minutes than miles (`run 45`), and stays an error. */
const BARE_MILES_LIMIT = 30;

/** True when a unit-less number fits inside what the whole session already gives (its minutes, or its distance). */
function splitsWhole(whole: Builder, value: number): boolean {
  const { duration: time, distance } = whole.attributes;
  if (time !== undefined) return value < time.value;
  // Kilometres are the larger number of either unit, so a split in miles fits too.
  return distance !== undefined && !whole.guessedDistance && value < distance.value;
}

/** `1-1-1-1-1`, `21-15-9`: reps of each round. */
const REP_LADDER = /^\d+(?:-\d+)+$/;
const PACE_SPAN = /^\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?$/;

/** True when `pace` or `target` stands right before or after the number at `range` (`target 7:40-7:45 pace`). */
/** Words after a run part's time in minutes and seconds (`10:00 easy Z2 warm up`, `5:00-10:00 easy cooldown`). */
const RUN_PART_WORDS: ReadonlySet<string> = new Set(['easy', 'jog', 'hard', 'threshold', 'tempo', 'recovery', 'warm', 'warmup', 'warm-up', 'cool', 'cooldown', 'cool-down', 'z1', 'z2', 'z3', 'z4', 'z5', 'steady']);
const CLOCK_PART = /^(\d{1,2}):([0-5]\d)(?:-(\d{1,2}):([0-5]\d))?$/;

/**
 * `Threshold Intervals: 10:00 easy Z2 warm up, …, 5:00-10:00 easy cooldown` (coaches' session write-ups): in a run, a
 * time in minutes and seconds (or a span of two) followed by the part's effort or name is the part's minutes, not a
 * start time; the image it means (`10min`, `5-10min`), or undefined.
 */
function runPartClock(builder: Builder, image: string, range: Range, context: ReadContext): string | undefined {
  if (builder.kind !== 'run') return undefined;
  const clock = CLOCK_PART.exec(image);
  if (!clock || !RUN_PART_WORDS.has(wordAfterRange(context, range) ?? '')) return undefined;
  const minutes = (m: string, sec: string): number => Number(m) + Number(sec) / 60;
  const low = minutes(clock[1] as string, clock[2] as string);
  if (clock[3] === undefined) return `${low}min`;
  return `${low}-${minutes(clock[3], clock[4] as string)}min`;
}

/** The word just after the tokens of `range`. */
function wordAfterRange(context: ReadContext, range: Range): string | undefined {
  return afterRange(context, range, (end) => context.words[end + 1]);
}

/** The image of the token just after the tokens of `range` (`:`, `,`, a word). */
function imageAfterRange(context: ReadContext, range: Range): string | undefined {
  return afterRange(context, range, (end) => tokenAt(context.items, end + 1)?.image);
}

function afterRange(context: ReadContext, range: Range, pick: (end: number) => string | undefined): string | undefined {
  const { items, source } = context;
  const start = source.offsetAt(range.start);
  for (let i = 0; i < items.length; i++) {
    if (tokenAt(items, i)?.startOffset !== start) continue;
    let end = i;
    while (end + 1 < items.length && tokenAt(items, end + 1) && tokenEnd(tokenAt(items, end + 1) as IToken) <= source.offsetAt(range.end)) end++;
    return pick(end);
  }
  return undefined;
}

function paceContext(context: ReadContext, range: Range): boolean {
  const { items, words, source } = context;
  const start = source.offsetAt(range.start);
  for (let i = 0; i < items.length; i++) {
    const token = tokenAt(items, i);
    if (token?.startOffset !== start) continue;
    // (`14 mi progression 6:30 → 5:40`: the paces a progression runs from and to.)
    const near = (word: string | undefined): boolean => word === 'pace' || word === 'target' || word === 'goal' || word === 'progression' || word === 'progressive';
    let end = i;
    while (end + 1 < items.length && tokenAt(items, end + 1) && tokenEnd(tokenAt(items, end + 1) as IToken) <= source.offsetAt(range.end)) end++;
    return near(words[i - 1]) || near(words[end + 1]) || (tokenAt(items, i - 1)?.image === ':' && near(words[i - 2]));
  }
  return false;
}

/**
 * `long runs which start at 6 miles and … work up to 28 miles`, `5 miles, up to 7 miles`: in a run or cross session a
 * second time or distance right after `to`, longer than the one written before it, is the top of a range the session
 * builds to (language-decisions.md, "A range written in words"): the two ends, counted at their midpoint. Returns
 * false when it is not (the second quantity is then read as before: `… given twice`).
 */
function upTo(builder: Builder, image: string, range: Range): boolean {
  if (builder.kind !== 'run' && builder.kind !== 'cross') return false;
  const minutes = duration(image);
  const km = minutes === undefined ? distanceKm(image) : undefined;
  const key = minutes !== undefined ? 'duration' : km !== undefined ? 'distance' : undefined;
  const high = minutes ?? km;
  if (key === undefined || high === undefined || Number.isNaN(high)) return false;
  const low = builder.attributes[key];
  if (low === undefined || low.span !== undefined || fromPhrase(builder, low.range) || (key === 'distance' && builder.guessedDistance)) return false;
  if (!(high > low.value) || !(high <= (key === 'duration' ? MAX_SESSION_MINUTES : MAX_SESSION_KM))) return false;
  // The range stays on the first quantity: the words between are prose (`… and by the end of the program work up to`).
  builder.attributes[key] = { value: midpoint(low.value, high), range: low.range, span: { low: low.value, high } };
  return true;
}

function setSpan(builder: Builder, key: 'duration' | 'distance', low: number, high: number, image: string, range: Range): void {
  // `0-3 miles easy`: an optional run; its low end may be 0.
  if (low < 0 || high <= 0) throw new SessionError(`A ${key} must be more than 0`, range);
  if (!(high <= (key === 'duration' ? MAX_SESSION_MINUTES : MAX_SESSION_KM))) {
    throw new SessionError(`'${shown(image)}' is too ${key === 'duration' ? 'long' : 'far'} for a session — at most ${key === 'duration' ? '48 h' : '1000 km'}`, range);
  }
  if (high < low) throw new SessionError(`A range goes up: write '${image.replace(/^([\d.]+)([a-z]*)-([\d.]+)/i, '$3$2-$1')}'`, range);
  setAttribute(builder, key, { value: midpoint(low, high), range, span: { low, high } });
}

function readRepeats(builder: Builder, image: string, match: RegExpExecArray, range: Range): void {
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  const each = match[3];
  // `2 x 3 x 20-30m`: sets of repeats (2 sets of 3) are that many repeats.
  const nested = NESTED_REPEATS.exec(each);
  if (nested && match[2] === undefined && low >= 1) {
    const inner = [image, String(low * Number(nested[1])), undefined, nested[2]] as unknown as RegExpExecArray;
    readRepeats(builder, image, inner, range);
    return;
  }
  if (low < 1) throw new SessionError(`Repeats need a count of at least 1, like 6x800m`, range);
  if (high < low) throw new SessionError(`A range goes up: write '${high}-${low}x${each}'`, range);
  if (!(high <= 10_000) || (WHOLE_NUMBER.test(each) && !(Number(each) <= 10_000))) {
    throw new SessionError(`'${shown(image)}' is too much for one session — write the repeats as you will do them, like 6x800m`, range);
  }
  const value: Repeats = { count: midpoint(low, high) };
  if (high !== low) value.countSpan = { low, high };
  const eachKm = distanceKm(each);
  const eachMinutes = duration(each);
  const eachSeconds = seconds(each);
  const reps = REPS_RANGE.exec(each);
  const pluralMetres = builder.kind === 'run' || builder.kind === 'event' ? trackPluralMetres(each) : undefined;
  if (eachKm !== undefined && eachKm > 0) value.eachKm = eachKm;
  else if (pluralMetres !== undefined) value.eachKm = pluralMetres / 1000;
  else if (eachMinutes !== undefined && eachMinutes > 0) value.eachMinutes = eachMinutes;
  else if (eachSeconds !== undefined && eachSeconds > 0) value.eachMinutes = eachSeconds / 60;
  // `4 x 5:00`, `cardio 1 x 5:00`: minutes and seconds each.
  else if (CLOCK_DIGITS.test(each) && Number(each.slice(-2)) < 60 && duration(`${each}min`) as number > 0) value.eachMinutes = duration(`${each}min`);
  // `5 x 400` in a run: metres (Higdon's track sessions); a small number is reps.
  else if (WHOLE_NUMBER.test(each) && (builder.kind === 'run' || builder.kind === 'event') && Number(each) >= 100) value.eachKm = Number(each) / 1000;
  else if (WHOLE_NUMBER.test(each) && Number(each) > 0) value.reps = Number(each);
  else if (reps && Number(reps[1]) > 0 && Number(reps[2]) >= Number(reps[1])) {
    value.reps = midpoint(Number(reps[1]), Number(reps[2]));
    value.repsSpan = { low: Number(reps[1]), high: Number(reps[2]) };
  } else if (RANGE.test(each)) {
    // `12-20 x 15-20s`: each repeat at the midpoint of its range.
    const [, low, lowUnit, high, unit] = RANGE.exec(each) as RegExpExecArray;
    const lowEach = `${low}${lowUnit || unit}`;
    const highEach = `${high}${unit}`;
    const km = distanceKm(lowEach) !== undefined && distanceKm(highEach) !== undefined ? midpoint(distanceKm(lowEach) as number, distanceKm(highEach) as number) : undefined;
    const minutes = (image: string): number | undefined => duration(image) ?? (seconds(image) !== undefined ? (seconds(image) as number) / 60 : undefined);
    const lowMinutes = minutes(lowEach);
    const highMinutes = minutes(highEach);
    if (km !== undefined) value.eachKm = km;
    else if (lowMinutes !== undefined && highMinutes !== undefined) value.eachMinutes = midpoint(lowMinutes, highMinutes);
    else throw new SessionError(`'${image}' is not a repeat — write it like 6x800m, 5x1km, 4x4min or 5x5`, range);
  } else if (/^(max|amrap|failure)$/i.test(each)) {
    // `3xmax`: as many as possible.
  } else if (WHOLE_NUMBER.test(each) && (builder.kind === 'run' || builder.kind === 'event') && Number(each) >= 100) {
    value.eachKm = Number(each) / 1000;
  } else throw new SessionError(`'${image}' is not a repeat — write it like 6x800m, 5x1km, 4x4min or 5x5`, range);
  const total = value.eachKm !== undefined ? value.count * value.eachKm : value.eachMinutes !== undefined ? value.count * value.eachMinutes : undefined;
  if (total !== undefined && !(total <= (value.eachKm !== undefined ? MAX_SESSION_KM : MAX_SESSION_MINUTES))) {
    throw new SessionError(`'${shown(image)}' is too much for one session — write the repeats as you will do them, like 6x800m`, range);
  }
  setAttribute(builder, 'repeats', { value, range });
}

function readRpe(builder: Builder, context: ReadContext, index: number, from: IToken): number {
  const number = tokenAt(context.items, index + 1);
  if (!number || !tokenMatcher(number, Quantity)) throw new SessionError(`'rpe' needs a number from 1 to 10`, context.source.rangeOf(tokenAt(context.items, index) as IToken));
  return readRpeNumber(builder, context, index + 1, from);
}

/** A score of 1 to 10 (`7`, `3-4`). */
const SCORE = /^(?:10|[1-9])(?:-(?:10|[1-9]))?$/;

/** True when the quantity at `index` is a score out of ten (`7/10`, `3-4/10`): an effort (RPE), not a distance or a time. */
function scoreOutOfTen(context: Pick<ReadContext, 'items'>, index: number): boolean {
  const number = tokenAt(context.items, index);
  if (number === undefined || !tokenMatcher(number, Quantity) || !SCORE.test(number.image)) return false;
  // `3 - 4/10`: a range of scores.
  const high = isDash(tokenAt(context.items, index + 1)) ? tokenAt(context.items, index + 2) : undefined;
  const slash = high !== undefined && tokenMatcher(high, Quantity) && SCORE.test(high.image) ? index + 3 : index + 1;
  // `run 10/10 mi`: two levels' distances (`levelsQuantity`), not a score.
  const unit = tokenAt(context.items, slash + 2);
  if (unit !== undefined && tokenMatcher(unit, Word) && SPACED_UNITS.has(wordOf(unit.image)) && glued(context.items, slash, slash + 1)) return false;
  return tokenAt(context.items, slash)?.image === '/' && tokenAt(context.items, slash + 1)?.image === '10';
}

/**
 * `run 8/10 mi`, `run 10/10 mi`, `6/8 miles`: two numbers glued by `/` before a unit are the columns of a plan's two
 * levels (the first counts, as before a spaced `/`), not a score out of ten or a fraction; a fraction is of halves,
 * thirds or quarters, or one over anything (`3/4 mi`, `1/8 mile`: `fractionOfUnit`). The quantity and the index of its
 * last item; else undefined.
 */
function levelsQuantity(context: ReadContext, end: number): { image: string; end: number } | undefined {
  const { items, words } = context;
  const first = tokenAt(items, end);
  const slash = tokenAt(items, end + 1);
  const second = tokenAt(items, end + 2);
  if (!first || !WHOLE.test(first.image) || slash?.image !== '/' || !second || !tokenMatcher(second, Quantity)) return undefined;
  if (!glued(items, end, end + 1) || !glued(items, end + 1, end + 2)) return undefined;
  const parts = /^(\d+)([a-z]*)$/i.exec(second.image);
  if (!parts) return undefined;
  const unit = parts[2] !== '' ? parts[2] : SPACED_UNITS.get(words[end + 3] ?? '');
  if (unit === undefined || unit === 's') return undefined;
  const top = Number(first.image);
  const bottom = Number(parts[1]);
  if (top === 0 || bottom === 0 || (top < bottom && (top === 1 || bottom <= 4))) return undefined;
  const image = `${top}${unit}`;
  if (distanceKm(image) === undefined && duration(image) === undefined) return undefined;
  return { image, end: parts[2] !== '' ? end + 2 : end + 3 };
}

/**
 * `7/10 effort`, `effort 7/10`, `@ 8/10`: a score out of ten is the run's RPE (the `effort` after it is read with it);
 * the index read up to.
 */
function readScoreOutOfTen(builder: Builder, context: ReadContext, index: number, from: IToken): number {
  const end = readRpeNumber(builder, context, index, from);
  return context.words[end + 1] === 'effort' || context.words[end + 1] === 'rpe' ? end + 1 : end;
}

/** The RPE whose number is at `index` (`6`, `6-7`, `6 to 7`, `7/10`), written from `from`: the index read up to. */
function readRpeNumber(builder: Builder, context: ReadContext, index: number, from: IToken): number {
  const { items, source } = context;
  const number = tokenAt(items, index) as IToken;
  let end = index;
  let image = number.image;
  // `rpe 6-7`, `rpe 6 - 7`, `rpe 6 to 7`.
  const high = tokenAt(items, end + 2);
  if ((isDash(tokenAt(items, end + 1)) || context.words[end + 1] === 'to') && high && tokenMatcher(high, Quantity)) {
    image += `-${high.image}`;
    end += 2;
  }
  // `rpe 7/10`.
  if (tokenAt(items, end + 1)?.image === '/' && tokenAt(items, end + 2)?.image === '10') end += 2;
  const last = tokenAt(items, end) as IToken;
  const whole = source.rangeBetween(from, last);
  const [lowText, highText = lowText] = image.split('-');
  if (!WHOLE_NUMBER.test(lowText) || !WHOLE_NUMBER.test(highText)) {
    throw new SessionError(`'rpe' needs a whole number from 1 to 10`, source.rangeOf(number));
  }
  const low = Number(lowText);
  const highValue = Number(highText);
  if (low < 1 || highValue > 10 || highValue < low) throw new SessionError(`'rpe' needs a number from 1 to 10`, source.rangeBetween(number, last));
  setAttribute(builder, 'rpe', low === highValue ? { value: low, range: whole } : { value: midpoint(low, highValue), range: whole, span: { low, high: highValue } });
  return end;
}

const HR_WORDS = new Set(['hr', 'heart', 'bpm']);
/** Words after a percentage that make it a share of the heart rate (`70% HR`, `75% MHR`, `80% max`). */
const HR_WORDS_AFTER_PERCENT = new Set(['hr', 'mhr', 'hrm', 'hrmax', 'max', 'whr']);
const HR_BELOW = new Set(['<', 'under', 'below', 'max', 'less']);
const HR_ABOVE = new Set(['>', 'over', 'above', 'min']);

/** True when a heart rate in beats a minute starts at `index` (`<145bpm`, `< 145 bpm`, `150bpm`, `140-150 bpm`). */
function beatsAfter(context: Pick<ReadContext, 'items' | 'words'>, index: number): boolean {
  let i = index;
  const sign = tokenAt(context.items, i)?.image;
  if (sign === '<' || sign === '>') i++;
  const number = tokenAt(context.items, i);
  if (number === undefined || !tokenMatcher(number, Quantity)) return false;
  if (/^\d+bpm$/i.test(number.image)) return true;
  if (!/^\d+$/.test(number.image)) return false;
  if (context.words[i + 1] === 'bpm') return true;
  return isDash(tokenAt(context.items, i + 1)) && (/^\d+bpm$/i.test(tokenAt(context.items, i + 2)?.image ?? '') || context.words[i + 3] === 'bpm');
}

/** `hr < 150`, `hr<150`, `HR 140-150`, `hr under 150 bpm`, `heart rate < 150`. */
function readHeartRate(builder: Builder, context: ReadContext, index: number, from: IToken): number {
  const { items, words, source } = context;
  let i = index + 1;
  if (words[index] === 'heart' && words[i] === 'rate') i++;
  let direction: 'below' | 'above' | undefined;
  const sign = tokenAt(items, i)?.image.toLowerCase();
  if (sign !== undefined && HR_BELOW.has(sign)) direction = 'below';
  else if (sign !== undefined && HR_ABOVE.has(sign)) direction = 'above';
  if (direction) {
    i++;
    if (words[i] === 'than' || tokenAt(items, i)?.image === '=') i++;
  }
  const number = tokenAt(items, i);
  const bpm = number && /^(\d+)(?:bpm)?$/i.exec(number.image);
  // `2 x 20 min @ threshold HR`, `low HR run`, `by heart rate`: a heart rate named with no figure says how the effort is
  // judged — a word of the description (the effort word beside it counts), not a figure to read.
  if (!direction && (!number || !tokenMatcher(number, Quantity)) && index > 0) return i - 1;
  if (!number || !bpm) throw new SessionError(`Expected a heart rate after '${from.image}', like 'hr < 150' or 'hr 140-150'`, source.rangeOf(from));
  const value: HeartRate = {};
  let end = i;
  const high = tokenAt(items, i + 2);
  if (!direction && isDash(tokenAt(items, i + 1)) && high && /^\d+(?:bpm)?$/i.test(high.image)) {
    value.above = Number(bpm[1]);
    value.below = Number(/^\d+/.exec(high.image)?.[0]);
    end = i + 2;
  } else if (direction === 'above') value.above = Number(bpm[1]);
  else value.below = Number(bpm[1]);
  if (words[end + 1] === 'bpm') end++;
  for (const beats of [value.above, value.below]) {
    if (beats !== undefined && (beats < 40 || beats > 230)) throw new SessionError(`'${beats}' is not a heart rate — between 40 and 230 beats a minute`, source.rangeOf(number));
  }
  setAttribute(builder, 'heartRate', { value, range: source.rangeBetween(from, tokenAt(items, end) as IToken) });
  return end;
}

function readWord(builder: Builder, context: ReadContext, index: number, token: IToken): number {
  const { items, words, source } = context;
  const word = words[index] as string;
  const range = source.rangeOf(token);
  if (word === 'am' || word === 'pm') {
    setAttribute(builder, 'time', { value: { period: word }, range });
    return index;
  }
  // `Morning 8 x 1 mile`, `Evening: 4 miles`: a time of day in words, first in its session.
  const period = PERIOD_WORDS.get(word);
  if (period !== undefined && builder.attributes.time === undefined && index <= context.kindFrom) {
    setAttribute(builder, 'time', { value: { period }, range });
    return index;
  }
  if (word === 'rpe') return readRpe(builder, context, index, token);
  // `90' L`, `30' T`, `40 min M`, `5 x 3' I`: Daniels' letter right after a run's time or distance says its type (L
  // long) or its pace (M, T, I, R), as `60 min E` says easy and `@ T` a threshold pace.
  if (builder.kind === 'run' && danielsLetterAt(context, index)) {
    if (word === 'l') setOnce(builder, 'runType', 'long', range, `A run has one type`, true);
    else setAttribute(builder, 'effortTarget', { value: DANIELS_LETTERS.get(word) as EffortTarget, range });
    return index;
  }
  // `Repeat for 20-25 minutes`, `for a total of 30 min`: the time of the whole session, whatever its parts add up to.
  if ((word === 'repeat' || word === 'total') && (words[index + 1] === 'for' || words[index + 1] === 'of')) {
    const at = tokenAt(items, index + 2);
    if (at && tokenMatcher(at, Quantity)) {
      const total = collectQuantity(context, index + 2);
      const probe: Builder = { kind: builder.kind, word: builder.word, attributes: {} };
      readQuantityImage(probe, total.image, source.rangeBetween(at, tokenAt(items, total.end) as IToken), context);
      if (probe.attributes.duration) builder.total = probe.attributes.duration;
      return total.end;
    }
  }
  // `run 1 min, walk 1 min. repeat 10 times`, `repeat twice, then run for 5 mins`: what was written so far, N times.
  if (word === 'repeat' && builder.kind === 'run') {
    const next = words[index + 1];
    const count = next === 'twice' ? 2 : next === 'thrice' ? 3 : WHOLE_NUMBER.test(next ?? '') && (words[index + 2] === 'times' || words[index + 2] === 'x') ? Number(next) : undefined;
    if (count !== undefined && count >= 1 && count <= 100) {
      const whole = context.whole ?? builder;
      const upTo = (whole.attributes.duration?.value ?? 0) + (whole.head?.duration?.parts ?? 0) + (builder !== whole ? (builder.attributes.duration?.value ?? 0) : 0);
      if (upTo > 0 && whole.repeat === undefined) whole.repeat = { times: count, upTo };
      return next === 'twice' || next === 'thrice' ? index + 1 : index + 2;
    }
  }
  const glued = /^rpe(\d+)$/.exec(word);
  if (glued) {
    // `rpe7`: read as meant, and say to write it apart.
    const value = Number(glued[1]);
    if (value < 1 || value > 10) throw new SessionError(`'rpe' needs a number from 1 to 10`, range);
    setAttribute(builder, 'rpe', { value, range });
    throw new SessionError(`Write 'rpe ${value}' with a space`, range, replaceFix(range, `rpe ${value}`, token.image));
  }
  const band = ROWING_BANDS.get(word);
  if (band !== undefined && builder.kind !== 'gym') {
    setAttribute(builder, 'zone', { value: band, range });
    return index;
  }
  const zone = ZONE.exec(word) ?? (word === 'zone' && WHOLE_NUMBER.test(words[index + 1] ?? '') ? [word, words[index + 1] as string] : null);
  if (zone) {
    const value = Number(zone[1]);
    const zoneRange = word === 'zone' ? source.rangeBetween(token, tokenAt(items, index + 1) as IToken) : range;
    if (value < 1 || value > 5) throw new SessionError(`Zones go from z1 to z5`, zoneRange);
    setAttribute(builder, 'zone', { value, range: zoneRange });
    return word === 'zone' ? index + 1 : index;
  }
  if (HR_WORDS.has(word) && word !== 'bpm') return readHeartRate(builder, context, index, token);
  if (word === 'at' && builder.kind !== 'gym') {
    // `at or slower than marathon pace`: the target after the bound.
    const from = boundEnd(words, index + 1);
    if (from > index + 1 && easierBound(words, index + 1)) {
      const past = readTarget(builder, context, from, token, false);
      if (past !== undefined) return past;
    }
    // `12 mi at 3 min/mi slower than goal pace`: a pace relative to a target, as after '@'.
    const relative = builder.kind === 'run' ? readRelativePace(builder, context, from, token) : undefined;
    if (relative !== undefined) return relative;
    const minuteMile = readMinuteMilePace(builder, context, from, token);
    if (minuteMile !== undefined) return minuteMile;
    const lactate = readLactate(builder, context, from, token);
    if (lactate !== undefined) return lactate;
    if (isPace(items, from)) return readPaceAt(builder, context, from, token);
    // `at 9:30-10:00/mile`, `at 6:00 to 6:30 per km`: a range of paces, as after '@'.
    const paceRange = builder.kind === 'run' ? readPaceRange(builder, context, from, token) : undefined;
    if (paceRange !== undefined) return paceRange;
    // `at 9:38 pace`, `at 10K pace` written with a number: as after '@'.
    const paced = racePaceAt(builder, context, from, token);
    if (paced !== undefined) return paced;
    const target = readTarget(builder, context, from, token);
    // `Parkrun (5K) at tempo effort`, `parkrun at easy pace`: a race run at a training effort is a run at that effort,
    // not raced (as `parkrun 5km easy` is).
    const value = builder.attributes.effortTarget?.value;
    if (target !== undefined && builder.kind === 'event' && builder.event?.type === 'race' && builder.event.discipline === 'run' && value !== undefined && value !== 'race') builder.kind = 'run';
    if (target !== undefined) return target;
  }
  if (tokenMatcher(token, DayName)) {
    const next = tokenAt(items, index + 1);
    if (next && tokenMatcher(next, Colon)) {
      throw new SessionError(`'${token.image}:' starts another day — separate days with ';' or a new line`, source.rangeBetween(token, next));
    }
  }
  const modifier = modifiersOf(builder.kind)?.match(words, index);
  // `power clean 5x2`, `power cleans`: a word of an intensity that starts an exercise's name is part of the exercise
  // (the lift was read as `clean` at a moderate intensity, and so not as the heavy main lift it is).
  // `chest press 3x12`, `leg press`, `shoulder press` after other lifts: a body part that starts an exercise's name is
  // part of the exercise, not the day's region (`back squat, chest press, curls` was an upper day with a `press`).
  const startsName = modifier !== undefined && (('intensity' in modifier.value && !(INTENSITY_WORDS as readonly string[]).includes(word)) || 'focus' in modifier.value);
  if (modifier && builder.kind === 'gym' && startsName && modifier.end === index + 1 && EXERCISE_HEAD.has(words[index + 1] ?? '') && !FOCUS_WORDS.has(words[index + 1] ?? '')) {
    const nameEnd = exerciseNameEnd(words, items, index + 1, context.vocabulary);
    if (nameEnd > index + 1) return readLooseExercise(builder, context, index, nameEnd);
  }
  if (modifier) return applyModifier(builder, context, index, modifier.end, modifier.value);
  if (builder.kind === 'event' && builder.event?.discipline === 'run' && (word === 'easy' || word === 'recovery')) {
    // `parkrun 5km easy`: run at the race, not raced.
    builder.kind = 'run';
    builder.runType = { value: word, range };
    return index;
  }
  if (builder.kind === 'event' && word === 'hard') return index;
  // `x3`, `x 4`: rounds of what is written.
  if (/^x\d+$/.test(word)) return index;
  if (word === 'x' && tokenAt(items, index + 1) && tokenMatcher(tokenAt(items, index + 1) as IToken, Quantity)) return index + 1;
  switch (builder.kind) {
    case 'gym': {
      const focus = FOCUS_WORDS.get(word);
      // `gym upper, core`, `upper body + core`: core work added to a session of another focus.
      if (focus === 'core' && builder.focus && builder.focus.value !== 'core') return index;
      // `Weights & core`, `Strength and core 30 min`, `lifting + core`: core joined to a strength session that names no
      // focus is added work too — the session is a lift (it read as core work, which is not one of the 3 gym sessions).
      if (focus === 'core' && builder.focus === undefined && CORE_JOINERS.has(words[index - 1] ?? '') && STRENGTH_HEADS.has(words[index - 2] ?? '')) return index;
      // `push press 4x5`, `pull ups 4x8`: a focus word that starts an exercise's name is part of the exercise, not the
      // session's focus (`deadlift 5x3, push press 4x5` was a push day, its exercises `deadlift` and `press`).
      if (focus && (word === 'push' || word === 'pull') && EXERCISE_HEAD.has(words[index + 1] ?? '') && !FOCUS_WORDS.has(words[index + 1] ?? '')) {
        return readLooseExercise(builder, context, index, index + 2);
      }
      if (focus) {
        if (!joinAcrossRegions(builder, focus, context, index, range)) setOnce(builder, 'focus', focus, range, `A gym session has one focus`);
        return index;
      }
      // `legs and back`, `back & biceps`, `legs + back workout`: a body part with no focus word of its own (`back`, `lats`,
      // `traps`) is its region when it is joined to another body part (`back squat` stays an exercise).
      // `Back/Biceps`, `Back/Bi's`, `Chest/Tris`: two body parts joined by `/` are one split day's regions.
      const slashed = word.indexOf('/');
      const pair = slashed > 0 ? [word.slice(0, slashed), pluralOf(word.slice(slashed + 1))] : undefined;
      const pairRegions = pair?.map((part) => BODY_PARTS.get(part));
      const region = pairRegions && pairRegions.every((r) => r !== undefined)
        ? (pairRegions[0] === pairRegions[1] || pairRegions[1] === 'core' ? pairRegions[0] : pairRegions[0] === 'core' ? pairRegions[1] : 'full')
        : BODY_PARTS.get(word);
      if (region !== undefined && (pair !== undefined || bodyPartInList(context, index))) {
        const current = builder.focus?.value as GymFocus | undefined;
        if (current === undefined) setOnce(builder, 'focus', region, range, `A gym session has one focus`);
        else if (current === 'core') (builder.focus as Located<GymFocus>) = { value: region, range };
        else if (region !== 'core' && current !== 'full' && !(UPPER_FAMILY.has(current) && region === 'upper') && !(current === 'lower' && region === 'lower')) {
          // One part of the upper body and one of the legs: a full-body day.
          (builder.focus as Located<GymFocus>) = { value: 'full', range: builder.focus?.range ?? range };
        }
        return index;
      }
      if (word === 'body' && builder.focus && index > 0) {
        const previous = tokenAt(items, index - 1);
        if (previous && FOCUS_WORDS.has(lower(previous))) {
          builder.focus = { value: builder.focus.value, range: source.rangeBetween(previous, token) };
          return index;
        }
      }
      if ((INTENSITY_WORDS as readonly string[]).includes(word)) {
        setIntensity(builder, context, index, word as GymIntensity, range);
        return index;
      }
      const exerciseEnd = exerciseNameEnd(words, items, index, context.vocabulary);
      if (exerciseEnd > 0) return readLooseExercise(builder, context, index, exerciseEnd);
      break;
    }
    case 'run': {
      // `10k pace`, `tempo pace`: an effort target written without `@`.
      const target = TARGET_MAP.match(words, index);
      if (target && (words[target.end] === 'pace' || words[target.end] === 'effort')) return readTarget(builder, context, index, token) as number;
      if ((RUN_TYPES as readonly string[]).includes(word)) {
        // `run 4 mi, no tempo today`, `avoid hills`: a quality type a negation denies is what the run is not.
        if (QUALITY_RUN_TYPES.has(word) && negated(words, index)) return index;
        // `45 min easy long run`: written before the run word, `easy` describes the long run (a long run is easy);
        // `run easy long` (the canonical order) stays two types.
        const current = builder.runType?.value;
        // `Long run - 75 mins easy`: after the long run's time or distance, `easy` is how it is run.
        const afterMeasure = word !== 'long' && current === 'long' && (builder.attributes.duration !== undefined || builder.attributes.distance !== undefined) && index > context.kindFrom;
        if ((index < context.kindFrom || afterMeasure) && current !== undefined && EASY_LONG.has(current) && EASY_LONG.has(word) && (current === 'long') !== (word === 'long')) {
          if (word === 'long') builder.runType = { value: 'long', range };
          return index;
        }
        // `Intervals & Recovery Run - …`: a day's runs named together, joined by `&` / `and`; the harder names the session.
        if (current !== undefined && current !== word && !fromPhrase(builder, builder.runType!.range) && partBetween(context, index, builder.runType!.range) && current !== 'long' && word !== 'long') {
          if (RUN_TYPE_WEIGHT[word as RunType] > RUN_TYPE_WEIGHT[current]) builder.runType = { value: word as RunType, range };
          return index;
        }
        setOnce(builder, 'runType', word as RunType, range, `A run has one type`);
        return index;
      }
      break;
    }
    case 'cross':
    case 'conditioning':
    case 'sport':
      if ((CROSS_EFFORTS as readonly string[]).includes(word)) {
        setOnce(builder, 'effort', word as CrossEffort, range, `${capitalise(kindNames[builder.kind])} is easy or hard`);
        return index;
      }
      break;
    default:
      break;
  }
  // Another name of a session (`gym strength`, `easy running`, `strength circuit`) says what the kind already says.
  const same = context.vocabulary.sessions.match(words, index);
  if (same) {
    // `Skills & contact`: a practice with a hard part is hard (the easy effort came with the first name, not written).
    if (builder.kind === 'sport' && same.value.template.kind === 'sport' && same.value.template.effort === 'hard' && builder.effort?.value === 'easy' && fromPhrase(builder, builder.effort.range)) {
      builder.effort = { value: 'hard', range: builder.effort.range };
    }
    // `run 20 min, walk 5 min`: a part that names an activity of its own follows the one before (settleParts).
    if (same.value.template.kind !== builder.kind || RUN_NAMES.has(word)) builder.named = true;
    return same.end - 1;
  }
  if (NOISE.has(word)) return index;
  // `speed/interval`, `bike/row`: alternatives; the first says what it is.
  const slash = word.indexOf('/');
  if (slash > 0) {
    const first = [word.slice(0, slash)];
    const modifier = modifiersOf(builder.kind)?.match(first, 0);
    if (modifier) return applyModifier(builder, context, index, index + 1, modifier.value);
    const named = context.vocabulary.sessions.match(first, 0);
    if (named && (named.value.template.kind !== builder.kind || RUN_NAMES.has(first[0]))) builder.named = true;
    if (named || EXERCISE_HEAD.has(first[0]) || (RUN_TYPES as readonly string[]).includes(first[0])) {
      if (builder.kind === 'run' && (RUN_TYPES as readonly string[]).includes(first[0])) setOnce(builder, 'runType', first[0] as RunType, range, `A run has one type`);
      return index;
    }
  }
  // A near miss of a word that means something here is a typo that changes the session (`run tmepo`): say so.
  const guess =
    typoOf(word, builder.kind) ??
    (index === context.skipTo && !wordAt(context.items, index + 1) ? proseTypoAfterKind(word, builder.kind) : undefined) ??
    (index < context.kindFrom ? typoOfKind(word, context.vocabulary) : undefined) ??
    (index === context.runWordAt ? typoGuess(word, suggest(word, RUN_WORDS_FOR_TYPOS)) : undefined);
  // (A known word where it means nothing is no typo of itself: `Body part split` was "Unknown word 'Body' — did you
  // mean 'body'?".)
  if (guess && guess.toLowerCase() !== token.image.toLowerCase()) {
    // `1 Mile rune`: a run word misspelt in a run says nothing the run does not (language-decisions.md, "Typos whose
    // meaning is plain"): read, with a warning and the fix.
    if (builder.kind === 'run' && RUN_NAMES.has(guess)) {
      throw new SessionError(`Unknown word '${token.image}' in ${kindNames[builder.kind]} — read as '${guess}'`, range, replaceFix(range, guess, token.image), 'warning');
    }
    throw new SessionError(`Unknown word '${token.image}' in ${kindNames[builder.kind]} — did you mean '${guess}'?`, range, replaceFix(range, guess, token.image));
  }
  // Any other word is the user's own description (`tech trail with vert`, `in North Kingstown`): kept in the text.
  return index;
}

/** Common words of plan prose that are never a typo of a plan word (`at` is not `am`, `weight` not `light`). */
const PROSE_WORDS = new Set([
  'at', 'an', 'as', 'be', 'by', 'do', 'go', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'on', 'or', 'so', 'up', 'us', 'we',
  'all', 'any', 'are', 'but', 'can', 'get', 'its', 'not', 'now', 'one', 'out', 'own', 'two', 'was', 'way', 'you', 'use',
  'your', 'this', 'that', 'than', 'from', 'into', 'over', 'down', 'back', 'more', 'most', 'less', 'only', 'just', 'like',
  'weight', 'weights', 'longer', 'shorter', 'easier', 'harder', 'lighter', 'heavier', 'faster', 'slower', 'flat', 'last',
  'rest', 'test', 'run', 'runs', 'walk', 'walks', 'jog', 'jogs', 'best', 'set', 'low', 'fun', 'bit', 'lot', 'well', 'also',
  'note', 'some', 'each', 'same', 'game', 'rate', 'brisk', 'power',
  // English words of published plans one or two edits from a plan word (found by running every word of the training
  // guide and the corpus through the typo check): `working at 100 %` is not 'walking', `arm circles` not 'am'.
  'working', 'had', 'recover', 'eight', 'marathoner', 'night', 'arm', 'log', 'hand', 'pre', 'rack', 'calf', 'racer', 'racers',
  // The words among the 40,000 most frequent of spoken English (SUBTLEX-US) that the typo check took for a plan word
  // after a session's name (`run 5 mi, ease into it` was 'easy?', `sore legs` 'core?', `fuel up` 'full?', `10 sec per
  // rep` 'rpe?', `go farther` 'fartlek?'): each was an error on a line of plain English (tenth session).
  'act', 'aft', 'alight', 'along', 'amp', 'ape', 'bam', 'begs', 'bills', 'blight', 'blower', 'blowers', 'bode', 'bong',
  'bony', 'bore', 'bower', 'boxy', 'boy', 'bull', 'bush', 'card', 'care', 'chard', 'chills', 'chore', 'code', 'cone',
  'cope', 'cord', 'cork', 'corn', 'cower', 'cull', 'cure', 'dam', 'delight', 'dull', 'ease', 'face', 'fall', 'farther',
  'fell', 'fight', 'fill', 'fills', 'flight', 'flights', 'flighty', 'flower', 'flowers', 'flowery', 'fore', 'fuel',
  'fully', 'furl', 'gills', 'gull', 'gush', 'hall', 'halls', 'halo', 'ham', 'harm', 'harp', 'heady', 'heard',
  'heavily', 'herd', 'hoard', 'hull', 'hulls', 'ills', 'immoderate', 'internal', 'internals', 'jam', 'kegs', 'kills',
  'lace', 'lags', 'lard', 'leis', 'lens', 'lets', 'lighted', 'lighten', 'lightly', 'lights', 'logs', 'lone', 'loner',
  'longs', 'lore', 'loser', 'lover', 'lowered', 'lugs', 'lull', 'lung', 'lush', 'might', 'moderately', 'moderator',
  'modulate', 'mower', 'mull', 'mush', 'null', 'operate', 'ore', 'pall', 'pegs', 'pill', 'pills', 'plight', 'plush',
  'poll', 'pore', 'posh', 'pulp', 'purl', 'pushy', 'raced', 'racy', 'rage', 'rake', 'ram', 'rare', 'rave', 'raze',
  'recovered', 'recovers', 'relight', 'remover', 'rep', 'rice', 'right', 'ripe', 'rope', 'rpm', 'rush', 'rye', 'score',
  'shard', 'shills', 'sight', 'sills', 'sleight', 'slight', 'song', 'sore', 'stead', 'steadily', 'steamy', 'streaky',
  'supper', 'suppers', 'tempt', 'threefold', 'thrills', 'tight', 'tills', 'tolerate', 'tore', 'tower', 'trace',
  'unsteady', 'upped', 'ward', 'wills', 'wore', 'yard', 'yore'
]);

/** The word a misspelt one was meant to be, among the words that may stand in a session of this kind. */
function typoOf(word: string, kind: Session['kind']): string | undefined {
  // Two-letter words (`at`, `OH`, `DB`) are too short to guess from, and prose words are what they say.
  if (word.length <= 2 || PROSE_WORDS.has(word) || NOISE.has(word)) return undefined;
  const candidates = kindWordsFor(kind);
  return typoGuess(word, suggest(word, candidates));
}

/** True when the item at `index` is a word (not a number, a mark or the end). */
function wordAt(items: readonly RawItem[], index: number): boolean {
  const token = tokenAt(items, index);
  return token !== undefined && tokenMatcher(token, Word);
}

/**
 * `gym lover`, `run internals`, `gym supper 20 min`: an English word of the prose list alone right after the session's
 * name, where its focus or type goes, is a typo of that word after all (no sentence goes on after it: `run right after
 * gym`, `run 5 mi, ease into it` stay prose). Else a quality run or a gym focus was lost without a word.
 */
function proseTypoAfterKind(word: string, kind: Session['kind']): string | undefined {
  if (word.length <= 2 || !PROSE_WORDS.has(word) || NOISE.has(word)) return undefined;
  // A focus or a type is a word of 4 letters or more (`core`, `tempo`): `bike rpm` is no `pm`.
  const guess = typoGuess(word, suggest(word, kindWordsFor(kind)));
  return guess !== undefined && guess.length >= 4 ? guess : undefined;
}

/** The session word a word written where a kind word goes was meant to be (`gim upper` → 'gym'). */
function typoOfKind(word: string, vocabulary: Vocabulary): string | undefined {
  if (word.length <= 2 || PROSE_WORDS.has(word)) return undefined;
  return typoGuess(word, suggest(word, vocabulary.words));
}

/** A guess two edits away only for long words: `intervls` is 'intervals', but `short` is not 'sport'. */
function typoGuess(word: string, guess: string | undefined): string | undefined {
  if (guess === undefined || word.length >= 7 || editDistance(word, guess.toLowerCase(), 1) <= 1) return guess;
  return undefined;
}

/** True when a second name of the session's kind says something else (`bike swim`, `race test`). */
function conflicts(builder: Builder, template: Template): boolean {
  if (template.activity && builder.activity && template.activity !== builder.activity) return true;
  if (template.sport && builder.sport && template.sport !== builder.sport) return true;
  if (template.event && builder.event && template.event.type !== builder.event.type) return true;
  return false;
}

type OnceKey = 'focus' | 'intensity' | 'runType' | 'effort';

const UPPER_FAMILY: ReadonlySet<GymFocus> = new Set<GymFocus>(['upper', 'push', 'pull']);

/** The effort of the quality part of a long run written with a quality type (`long threshold run`). */
/** Run types that go together before the run word (`easy long run`): a long run at an easy effort. */
const EASY_LONG: ReadonlySet<string> = new Set(['easy', 'recovery', 'long']);

// `long fartlek run`, `fartlek long run`: a long run with fartlek surges, at an interval effort (it was "A run has one type").
const LONG_RUN_EFFORT: Partial<Record<RunType, EffortTarget>> = { tempo: 'tempo', threshold: 'threshold', intervals: 'interval', fartlek: 'interval' };

const LOWER_FAMILY: ReadonlySet<GymFocus> = new Set<GymFocus>(['lower']);

/**
 * `legs & shoulders`, `back and legs`: two body parts of a split day joined by `&`/`and` (the parser keeps them one
 * session) are one workout of both — a full-body one when one is upper body and the other the legs. True when the word
 * at `index` is such a second body part and sets the focus to `full`.
 */
function joinAcrossRegions(builder: Builder, focus: GymFocus, context: ReadContext, index: number, range: Range): boolean {
  const current = builder.focus;
  if (current === undefined || current.value === focus) return false;
  // `heavy lower body (squats 5-6 reps), light upper body calisthenics`: the focus of each part of one session; the
  // upper and lower body together are a full-body day (the parts' intensities: `setIntensity`).
  const across = (UPPER_FAMILY.has(current.value) && LOWER_FAMILY.has(focus)) || (LOWER_FAMILY.has(current.value) && UPPER_FAMILY.has(focus));
  if (across && partBetween(context, index, current.range)) {
    // The heavier part's focus is the session's (`heavy upper body, light lower body` is a heavy upper day, not heavy
    // legs); parts of one intensity make a full-body day.
    const parts = builder.partIntensities;
    if (parts !== undefined && INTENSITY_WEIGHT[parts.earlier] > INTENSITY_WEIGHT[parts.latest]) return true;
    if (parts !== undefined && INTENSITY_WEIGHT[parts.latest] > INTENSITY_WEIGHT[parts.earlier]) (builder.focus as Located<GymFocus>) = { value: focus, range };
    else {
      (builder.focus as Located<GymFocus>) = { value: 'full', range: { start: current.range.start, end: range.end } };
      // The later part's intensity may still come (`upper heavy, lower light`).
      if (parts === undefined) builder.partFoci = { earlier: current, latest: { value: focus, range } };
    }
    return true;
  }
  const joiner = context.words[index - 1] ?? tokenAt(context.items, index - 1)?.image;
  // `chest & triceps`, `legs and chest`, `weights - legs, chest`, `legs, shoulders, core`: a list of body parts.
  if (!BODY_PART_JOINERS.has(joiner ?? '') || !BODY_PARTS.has(context.words[index - 2] ?? '') || !BODY_PARTS.has(context.words[index] ?? '')) return false;
  const a = current.value as GymFocus;
  // `abs + arm workout`, `core & legs`: core work first, then the day's body part: the day is that part's, core added.
  if (a === 'core') {
    (builder.focus as Located<GymFocus>) = { value: focus, range };
    return true;
  }
  // Core work in a list of body parts is part of that day (`legs, shoulders, core`); a full-body day stays one.
  if (focus === 'core' || a === 'full') return true;
  if (!((UPPER_FAMILY.has(a) && LOWER_FAMILY.has(focus)) || (LOWER_FAMILY.has(a) && UPPER_FAMILY.has(focus)))) return false;
  (builder.focus as Located<GymFocus>) = { value: 'full', range: { start: current.range.start, end: range.end } };
  return true;
}

/** Words that join two body parts of one split day (`chest & triceps`, `back and biceps`, `abs + arm`, `legs, core`). */
const BODY_PART_JOINERS: ReadonlySet<string> = new Set(['&', 'and', ',', '+']);

/** True when the body part at `index` is joined to another body part before or after it (`legs and back`, `back & biceps`). */
function bodyPartInList(context: ReadContext, index: number): boolean {
  const joinerAt = (i: number): string | undefined => context.words[i] ?? tokenAt(context.items, i)?.image;
  const before = BODY_PART_JOINERS.has(joinerAt(index - 1) ?? '') && BODY_PARTS.has(context.words[index - 2] ?? '');
  const after = BODY_PART_JOINERS.has(joinerAt(index + 1) ?? '') && BODY_PARTS.has(context.words[index + 2] ?? '');
  return before || after;
}

/** Sets a value written once; the same value twice is fine (`hard tempo run`), two different ones are an error. */
function setOnce<K extends OnceKey>(builder: Builder, key: K, value: NonNullable<Builder[K]>['value'], range: Range, what: string, loose = false): void {
  const current = builder[key];
  // `14 mile medium long run fast finish`, `easy MLR`: a word of published plans beside another run word; the words
  // together say what the run is (the more telling type, a long run keeping its quality part as its effort). Two type
  // words (`run easy long`) stay an error: the canonical form says one thing.
  if (key === 'runType' && current !== undefined && !fromPhrase(builder, current.range) && current.value !== value && (loose || builder.looseRunType)) {
    const [a, b] = [current.value as RunType, value as RunType];
    const effort = a === 'long' ? LONG_RUN_EFFORT[b] : b === 'long' ? LONG_RUN_EFFORT[a] : undefined;
    if (effort !== undefined && builder.attributes.effortTarget === undefined) builder.attributes.effortTarget = { value: effort, range: a === 'long' ? range : current.range };
    const winner = a === 'long' || b === 'long' ? 'long' : RUN_TYPE_WEIGHT[b] > RUN_TYPE_WEIGHT[a] ? b : a;
    if (winner !== a) (builder[key] as Located<RunType>) = { value: winner, range };
    if (loose) builder.looseRunType = true;
    return;
  }
  if (key === 'runType' && loose && current === undefined) builder.looseRunType = true;
  // `Chest, abs`, `gym upper, core`: core work added to a session of another focus.
  if (key === 'focus' && value === 'core' && current !== undefined && current.value !== 'core') return;
  // `core & upper body`, `abs and legs`: the same, core written first; the other focus is the session's.
  if (key === 'focus' && current !== undefined && current.value === 'core' && value !== 'core' && !fromPhrase(builder, current.range)) {
    (builder.focus as Located<GymFocus>) = { value: value as GymFocus, range };
    return;
  }
  // `upper - bench, rows, pull ups`, `push ups and pull ups`: pushing and pulling are both upper-body work.
  if (key === 'focus' && current !== undefined && current.value !== value && UPPER_FAMILY.has(current.value as GymFocus) && UPPER_FAMILY.has(value as GymFocus)) {
    if (current.value !== 'upper') (builder.focus as Located<GymFocus>) = { value: 'upper', range: current.range };
    return;
  }

  if (current && !fromPhrase(builder, current.range)) {
    if (current.value === value) return;
    // `threshold intervals`, `light recovery run`: two words of one kind of run; the more telling one counts.
    // A long run and a quality type (`tempo long`) say two different things.
    if (key === 'runType') {
      const [a, b] = [current.value as RunType, value as RunType];
      // `long threshold run`, `tempo long run`: a long run with quality work in it — long, at that effort.
      const effort = a === 'long' ? LONG_RUN_EFFORT[b] : b === 'long' ? LONG_RUN_EFFORT[a] : undefined;
      if (effort !== undefined && builder.attributes.effortTarget === undefined) {
        const quality = a === 'long' ? range : current.range;
        builder.attributes.effortTarget = { value: effort, range: quality };
        if (b === 'long') (builder[key] as Located<RunType>) = { value: 'long', range };
        return;
      }
      // `Long Steady Run 10-15km slow`, `steady long run`: the long run's own even pace (the British LSR), no
      // marathon-pace part — a long run.
      if ((a === 'long' && b === 'steady') || (a === 'steady' && b === 'long')) {
        if (b === 'long') (builder[key] as Located<RunType>) = { value: 'long', range };
        return;
      }
      const quality = (type: RunType): boolean => RUN_TYPE_WEIGHT[type] >= RUN_TYPE_WEIGHT.tempo;
      if (quality(a) === quality(b) && a !== 'long' && b !== 'long') {
        if (RUN_TYPE_WEIGHT[b] > RUN_TYPE_WEIGHT[a]) (builder[key] as Located<RunType>) = { value: b, range };
        return;
      }
    }
    throw new SessionError(`${what} — '${current.value}' is already given`, range);
  }
  (builder[key] as Located<typeof value> | undefined) = { value, range };
}

const INTENSITY_WEIGHT: Record<GymIntensity, number> = { light: 0, moderate: 1, heavy: 2 };

/**
 * A gym session's intensity. `heavy lower body (squats 5-6 reps), light upper body calisthenics`: the intensities of
 * parts after a comma (or `and`, `&`) are the parts'; the heaviest is the session's, as the hardest part of a run gives
 * its type. Two intensities with no part between them (`gym heavy light`) stay an error.
 */
function setIntensity(builder: Builder, context: ReadContext, index: number, value: GymIntensity, range: Range): void {
  const current = builder.intensity;
  if (current !== undefined && current.value !== value && !fromPhrase(builder, current.range) && partBetween(context, index, current.range)) {
    builder.partIntensities = { earlier: current.value, latest: value };
    if (INTENSITY_WEIGHT[value] > INTENSITY_WEIGHT[current.value]) builder.intensity = { value, range };
    // `upper heavy, lower light`: the two parts were joined into a full-body day before this intensity was read; the
    // heavier part's focus is the session's (as `heavy upper body, light lower body` reads).
    const foci = builder.partFoci;
    if (foci !== undefined && builder.focus?.value === 'full') {
      (builder.focus as Located<GymFocus>) = INTENSITY_WEIGHT[value] > INTENSITY_WEIGHT[current.value] ? foci.latest : foci.earlier;
    }
    builder.partFoci = undefined;
    return;
  }
  setOnce(builder, 'intensity', value, range, `A gym session has one intensity`);
}

/** True when a comma, `and` or `&` lies between what was read at `since` and the item at `index`: they are two parts. */
function partBetween(context: ReadContext, index: number, since: Range): boolean {
  const { items, source } = context;
  // The last such word before each item, found once per session (a walk back from each intensity or focus word to the
  // first one was quadratic: `gym heavy light light …`).
  let breaks = context.partBreaks;
  if (breaks === undefined) {
    breaks = context.partBreaks = new Int32Array(items.length + 1);
    let last = -1;
    for (let i = 0; i < items.length; i++) {
      breaks[i] = last;
      const item = items[i] as RawItem;
      if ('token' in item && (tokenMatcher(item.token, Comma) || context.words[i] === 'and' || item.token.image === '&')) last = i;
    }
    breaks[items.length] = last;
  }
  const at = breaks[Math.min(index, items.length)] as number;
  if (at < 0) return false;
  const start = source.rangeOf((items[at] as { token: IToken }).token).start;
  return start.line > since.start.line || (start.line === since.start.line && start.column > since.start.column);
}

/** Words that deny what follows (`no speed`, `not too hard`, `don't go fast`, `nothing fast`, `slower than race pace`). */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', "don't", 'dont', "doesn't", "shouldn't", 'never', 'nothing', 'without', 'avoid', 'non', 'slower', 'easier']);
/** Words that may stand between a negation and what it denies (`not too hard`, `don't go so fast`, `no need to be fast`). */
const NEGATION_FILLERS: ReadonlySet<string> = new Set(['too', 'so', 'very', 'overly', 'any', 'go', 'feel', 'be', 'it', 'get', 'run', 'running', 'need', 'to', 'at', 'a', 'all', 'than', 'your', 'the']);

/** True when a negation stands before `index`, with at most three filler words between (`don't go too fast`). */
function negated(words: readonly (string | undefined)[], index: number): boolean {
  const at = negationBefore(words, index, true);
  // `no slower than race pace`, `not easier than tempo`: a comparison denied says the run is at least that hard.
  return at >= 0 && !((words[at] === 'slower' || words[at] === 'easier') && negationBefore(words, at, false) >= 0);
}

/** Where the negation before `index` is (at most three filler words between), or -1; `slower`/`easier` count when `comparisons`. */
function negationBefore(words: readonly (string | undefined)[], index: number, comparisons: boolean): number {
  for (let i = index - 1, seen = 0; i >= 0 && seen <= 3; i--, seen++) {
    const word = words[i];
    if (word === undefined) return -1;
    if (NEGATIONS.has(word) && (comparisons || (word !== 'slower' && word !== 'easier'))) return i;
    if (!NEGATION_FILLERS.has(word)) return -1;
  }
  return -1;
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Words of a moderate pace after `a` (`at a decent pace`): steady running, neither easy nor race pace. */
const MODERATE_PACE_WORDS: ReadonlySet<string> = new Set(['decent', 'good', 'solid', 'fair', 'reasonable', 'respectable', 'honest']);

/** Verbs after `pace` that make it what a sentence is about (`pace should feel easy`, `pace is conversational`). */
const PACE_AS_SUBJECT: ReadonlySet<string> = new Set(['should', 'must', 'is', 'feels', 'will', 'can', 'needs', 'stays', 'remains']);

/** A modifier that makes a run or a session harder than easy (a quality type, a race or faster target, a hard effort). */
function hardModifier(modifier: Modifier): boolean {
  if ('runType' in modifier) return QUALITY_RUN_TYPES.has(modifier.runType);
  if ('target' in modifier) return modifier.target !== 'easy' && modifier.target !== 'recovery' && modifier.target !== 'steady';
  if ('effort' in modifier) return modifier.effort === 'hard';
  return false;
}

function applyModifier(builder: Builder, context: ReadContext, index: number, end: number, modifier: Modifier): number {
  const { items, source } = context;
  // `at easy to medium pace`: `pace` ends the target already read; it is not race pace.
  // `14:00/mile pace`: nor after a pace just read (it was a second target, race pace, making the run quality).
  const paceEnd = builder.attributes.pace?.range.end;
  const previous = index > 0 ? tokenAt(context.items, index - 1) : undefined;
  const previousEnd = previous ? context.source.rangeOf(previous).end : undefined;
  const paceJustRead = paceEnd !== undefined && previousEnd !== undefined && paceEnd.line === previousEnd.line && paceEnd.column === previousEnd.column;
  if ('target' in modifier && (builder.attributes.effortTarget !== undefined || paceJustRead) && context.words[index] === 'pace' && end === index + 1) return index;
  const first = tokenAt(items, index) as IToken;
  // `easy run, don't go too fast`, `take it easy, no speed`, `should not feel hard`: a hard word a negation stands
  // before says what the run is not.
  if (hardModifier(modifier) && negated(context.words, index)) return end - 1;
  // `pace should feel easy`: `pace` that a sentence is about is no race pace.
  if ('target' in modifier && context.words[index] === 'pace' && end === index + 1 && PACE_AS_SUBJECT.has(context.words[end] ?? '')) return index;
  // `at a decent pace`, `at a good pace`: a moderate pace, steady running — not race pace.
  if ('target' in modifier && context.words[index] === 'pace' && end === index + 1 && index >= 2 && ARTICLES.has(context.words[index - 2] ?? '') && MODERATE_PACE_WORDS.has(context.words[index - 1] ?? '')) {
    if (builder.kind === 'run' && builder.attributes.effortTarget === undefined) {
      setAttribute(builder, 'effortTarget', { value: 'steady', range: context.source.rangeBetween(tokenAt(context.items, index - 1) as IToken, tokenAt(context.items, index) as IToken) });
    }
    return index;
  }
  const range = source.rangeBetween(first, tokenAt(items, end - 1) as IToken);
  if ('runType' in modifier) setOnce(builder, 'runType', modifier.runType, range, `A run has one type`, !(RUN_TYPES as readonly string[]).includes(context.words.slice(index, end).join(' ')));
  else if ('focus' in modifier) {
    // `total body lift with lower body emphasis`: an emphasis within a focus already given says where the weight of the
    // session lies; the focus stays.
    const next = context.words[end];
    if (builder.focus !== undefined && (next === 'emphasis' || next === 'focus' || next === 'emphasised' || next === 'emphasized' || (context.words[index - 1] === 'on' && context.words[index - 2] === 'emphasis'))) return end - 1;
    if (!joinAcrossRegions(builder, modifier.focus, context, index, range)) setOnce(builder, 'focus', modifier.focus, range, `A gym session has one focus`);
  } else if ('intensity' in modifier) setIntensity(builder, context, index, modifier.intensity, range);
  else if ('effort' in modifier) {
    // `moderate strength / high intensity metcon`: effort words of two parts; a session with a hard part is hard.
    const current = builder.effort;
    if (current !== undefined && !fromPhrase(builder, current.range) && current.value !== modifier.effort) {
      if (modifier.effort === 'hard') builder.effort = { value: 'hard', range };
    } else setOnce(builder, 'effort', modifier.effort, range, `${capitalise(kindNames[builder.kind])} is easy or hard`);
  }
  else if ('target' in modifier) {
    const after = context.words[end];
    const last = after === 'pace' || after === 'effort' ? end : end - 1;
    setAttribute(builder, 'effortTarget', { value: modifier.target, range: source.rangeBetween(first, tokenAt(items, last) as IToken) });
    return last;
  } else if ('strides' in modifier) {
    // `strides x6`, `strides 6x20s`.
    const count = /^x?(\d+)/.exec(context.words[end] ?? '');
    const last = count ? end : end - 1;
    setAttribute(builder, 'strides', { value: count ? { count: Number(count[1]) } : {}, range: source.rangeBetween(first, tokenAt(items, last) as IToken) });
    return last;
  } else if ('drills' in modifier) setAttribute(builder, 'drills', { value: true, range });
  else if ('format' in modifier) {
    const next = tokenAt(items, end);
    const minutes = next && tokenMatcher(next, Quantity) ? duration(collectQuantity(context, end).image) : undefined;
    if (minutes !== undefined && minutes > 0) {
      const last = collectQuantity(context, end).end;
      setAttribute(builder, 'workFormat', { value: { style: modifier.format, minutes }, range: source.rangeBetween(first, tokenAt(items, last) as IToken) });
      return last;
    }
    setAttribute(builder, 'workFormat', { value: { style: modifier.format }, range });
  } else if ('event' in modifier) {
    const event = (builder.event ??= { type: 'race', discipline: modifier.event.discipline });
    if (event.what && !fromPhrase(builder, event.what.range)) {
      throw new SessionError(`A ${event.type} is of one thing — '${event.what.value}' is already given`, range);
    }
    event.what = { value: modifier.event.what, range };
    event.discipline = modifier.event.discipline;
    if (modifier.event.km !== undefined && !builder.attributes.distance) builder.attributes.distance = { value: modifier.event.km, range };
  }
  return end - 1;
}

const WHOLE_OR_DECIMAL = /^\d+(?:\.\d+)?$/;
/**
 * Words after a number that say it counts something other than the weight (`squat 5x5 60 rest`, `squats 3x20 30 reps`,
 * `squat 5x5 20-30 min` is read as a range before this): the number is no load.
 */
const NOT_A_LOAD_AFTER: ReadonlySet<string> = new Set(['rest', 'recovery', 'reps', 'rep', 'between', 'rounds', 'round', 'seconds', 'secs', 'sec', 's', 'x', 'each', 'per', 'sets', 'set', 'total']);
/** A bare number big enough to be a weight on the bar, not sets, reps or an RPE (`deadlift 1x5 315`, `OHP 95 3x5`). */
const BARE_WEIGHT = /^(?:[2-9]\d|[1-9]\d{2,3})(?:\.\d+)?$/;
const LOAD_GLUED = /^\d+(?:\.\d+)?(?:kg|lbs?|#)$/i;
/** `2x15kg`, `2x12kg`: a pair of dumbbells (or kettlebells), one in each hand, each of that weight. */
const PAIR_LOAD = /^2x(\d+(?:\.\d+)?)(kg|lbs?|#)$/i;

/** A load written right after an exercise's name, or after `with`/`at` (`10kg`, `100 kg`), as one token; else undefined. */
function loadAfterName(context: ReadContext, nameEnd: number): { token: IToken; end: number; text?: string } | undefined {
  const { items, words } = context;
  const at = words[nameEnd] === 'with' || words[nameEnd] === 'at' ? nameEnd + 1 : nameEnd;
  const token = tokenAt(items, at);
  if (!token || !tokenMatcher(token, Quantity)) return undefined;
  if (LOAD_GLUED.test(token.image)) return { token, end: at };
  const unit = words[at + 1];
  if (WHOLE_OR_DECIMAL.test(token.image) && unit !== undefined && WEIGHT_UNIT.test(unit)) {
    const unitToken = tokenAt(items, at + 1) as IToken;
    return { token: { ...token, image: `${token.image}${unit}` }, end: at + 1, text: context.source.text.slice(token.startOffset, tokenEnd(unitToken)) };
  }
  return undefined;
}

/** `deadlift 4RM`, `sled push 4x25m`, `squats 5 x 5 @80%`: an exercise written outside brackets. */
function readLooseExercise(builder: Builder, context: ReadContext, index: number, written: number): number {
  const { items, source } = context;
  const names = items.slice(index, written).map((item) => (item as { token: IToken }).token);
  // `push ups (elevated) 5x8`: a few words in brackets between an exercise's name and its scheme say which variant of
  // it is done; they are the session's note, and the scheme after them is still the exercise's.
  const variant = variantAside(context, written);
  if (variant > 0) readAside(builder, context, written, tokenAt(items, written) as IToken);
  let nameEnd = variant > 0 ? variant + 1 : written;
  let end = nameEnd - 1;
  const tokens = names.slice();
  let next = tokenAt(items, nameEnd);
  // `OHP 95 3x5`, `bench 135lbs 3x8`: a weight written before the set scheme is the exercise's load.
  const loadFirst = next && tokenMatcher(next, Quantity) && (LOAD_GLUED.test(next.image) || BARE_WEIGHT.test(next.image)) &&
    SETS_BEFORE_NAME.test(tokenAt(items, nameEnd + 1)?.image ?? '') ? next : undefined;
  // `lunges 10kg`, `lunges with 10kg dumbbells`, `bench 100 kg`: a load after the name is the exercise's load.
  const load = loadFirst ? undefined : loadAfterName(context, nameEnd);
  if (load) {
    tokens.push({ ...load.token, image: '@', tokenType: At, tokenTypeIdx: At.tokenTypeIdx as number }, load.token);
    const exercise = readExercise(tokens, source);
    // A spaced load (`100 kg`) keeps its text as written.
    if (exercise.load && load.text !== undefined) exercise.load.text = load.text;
    exercise.range = source.rangeBetween(names[0], tokenAt(items, load.end) as IToken);
    (builder.loose ??= []).push(exercise);
    return load.end;
  }
  if (loadFirst) {
    nameEnd++;
    next = tokenAt(items, nameEnd);
  }
  if (next && tokenMatcher(next, Quantity)) {
    const scheme = collectQuantity(context, nameEnd);
    end = scheme.end;
    // `pull-ups 4 x max`: sets to the most reps.
    const spacedX = WHOLE_NUMBER.test(scheme.image) && context.words[end + 1] === 'x';
    const most = context.words[end + (spacedX ? 2 : 1)];
    if ((spacedX || /x$/i.test(scheme.image)) && (most === 'max' || most === 'amrap' || most === 'failure')) {
      scheme.image += `${spacedX ? 'x' : ''}${most}`;
      end += spacedX ? 2 : 1;
    }
    // `squat 4,4,3`: the reps of each set, written glued with commas (a comma with a space lists exercises).
    const reps = [scheme.image];
    // `press-ups 34, 30, 31`: a log's reps of each set with a space after each comma, when only numbers follow (a
    // number then a word, `squats 20, 10 min run`, is another session's).
    const spacedReps = (at: number): boolean => {
      const number = tokenAt(items, at);
      return number !== undefined && WHOLE_NUMBER.test(number.image) && context.words[at + 1] === undefined;
    };
    while (WHOLE_NUMBER.test(reps[reps.length - 1]) && glued(items, end, end + 1) && tokenAt(items, end + 1)?.tokenType === Comma && (glued(items, end + 1, end + 2) || spacedReps(end + 2))) {
      const more = tokenAt(items, end + 2);
      if (!more || !WHOLE_NUMBER.test(more.image)) break;
      reps.push(more.image);
      end += 2;
    }
    if (reps.length > 1) {
      const low = Math.min(...reps.map(Number));
      const high = Math.max(...reps.map(Number));
      tokens.push({ ...next, image: `${reps.length}x${low === high ? low : `${low}-${high}`}` });
      const exercise = readExercise(tokens, source);
      exercise.range = source.rangeBetween(names[0], tokenAt(items, end) as IToken);
      (builder.loose ??= []).push(exercise);
      return end;
    }
    // `squat 5/3/1`, `bench press 531`: Wendler's 5/3/1, a wave of sets of 5, 3 and 1+ reps (read as the ladder 5-3-1).
    if (scheme.image === '5' && [1, 2, 3, 4].map((k) => tokenAt(items, end + k)?.image).join('') === '/3/1' && [0, 1, 2, 3].every((k) => glued(items, end + k, end + k + 1))) {
      scheme.image = '5-3-1';
      end += 4;
    }
    // `SA jammer press 3x10ea 20kg`: each side, glued to the reps, as `3x10 each 20kg`.
    const gluedEach = /^(\d+x\d+)(?:ea|each)$/i.exec(scheme.image);
    if (gluedEach) scheme.image = gluedEach[1];
    // `deadlift 3 sets heavy`: how many sets, reps unsaid.
    const sets = context.words[end + 1] === 'sets' || context.words[end + 1] === 'set';
    if (sets) end++;
    tokens.push({ ...next, image: sets ? `${scheme.image}sets` : scheme.image });
  } else {
    // `5x5 squats`, `5x5 deadlift, 1 arm DB rows`: sets written before the name are the scheme of that exercise.
    const before = index > 0 ? tokenAt(items, index - 1) : undefined;
    if (before && tokenMatcher(before, Quantity) && SETS_BEFORE_NAME.test(before.image)) tokens.push(before);
    // `3 sets of 5 deadlifts`: the sets and reps written out before the name are its scheme too (3x5).
    else if (before && tokenMatcher(before, Quantity) && WHOLE_NUMBER.test(before.image) && context.words[index - 2] === 'of' && (context.words[index - 3] === 'sets' || context.words[index - 3] === 'set')) {
      const count = tokenAt(items, index - 4);
      if (count && tokenMatcher(count, Quantity) && WHOLE_NUMBER.test(count.image)) tokens.push({ ...before, image: `${count.image}x${before.image}` });
    }
  }
  // `back squat 4x8 70kg`, `bench 3x8 135lbs`, `SA jammer press 3x10 each 20kg`, `military press 4x8 2x15kg` (a
  // dumbbell in each hand): a load written right after the sets, with no `@`, is the exercise's load.
  // `back squat 4x10*60kg`, `step-ups 3x10*2x10kg`: sets x reps * load, a `*` between the scheme and its load, is `@`.
  const each = next !== undefined && tokenMatcher(next, Quantity) && (context.words[end + 1] === 'each' || context.words[end + 1] === 'ea' || tokenAt(items, end + 1)?.image === '*') ? 1 : 0;
  const bareLoad = next !== undefined && tokenMatcher(next, Quantity) ? tokenAt(items, end + 1 + each) : undefined;
  const bareUnit = context.words[end + 2 + each];
  if (bareLoad && tokenMatcher(bareLoad, Quantity) && (LOAD_GLUED.test(bareLoad.image) || PAIR_LOAD.test(bareLoad.image))) {
    tokens.push({ ...bareLoad, image: '@', tokenType: At, tokenTypeIdx: At.tokenTypeIdx as number }, bareLoad);
    end += 1 + each;
  } else if (bareLoad && tokenMatcher(bareLoad, Quantity) && WHOLE_OR_DECIMAL.test(bareLoad.image) && bareUnit !== undefined && WEIGHT_UNIT.test(bareUnit) && !glued(items, end, end + 1 + each)) {
    const unitToken = tokenAt(items, end + 2 + each) as IToken;
    tokens.push({ ...bareLoad, image: '@', tokenType: At, tokenTypeIdx: At.tokenTypeIdx as number }, { ...bareLoad, image: source.text.slice(bareLoad.startOffset, tokenEnd(unitToken)) });
    end += 2 + each;
  }
  // `squats 3x5 at 80%`, `bench 5x5 at 100kg`: `at` before a load is the load's `@`.
  const atLoad = tokenAt(items, end + 2);
  const after = tokenAt(items, end + 1);
  if (tokens[tokens.length - 2]?.tokenType === At) {
    // The load is read.
  } else if (loadFirst) {
    tokens.push({ ...loadFirst, image: '@', tokenType: At, tokenTypeIdx: At.tokenTypeIdx as number }, loadFirst);
  } else if (tokens.length > names.length && (context.words[end + 1] === 'with' || context.words[end + 1] === 'w/' || context.words[end + 1] === 'w') &&
    tokenAt(items, end + 2 + (context.words[end + 2] === '/' ? 1 : 0)) !== undefined &&
    LOAD_GLUED.test((tokenAt(items, end + 2 + (context.words[end + 2] === '/' ? 1 : 0)) as IToken).image)) {
    // `goblet squat 3x12 w/ 20kg`, `dumbbell press 3x10 with 12.5kg`: the weight it is done with.
    end += 2 + (context.words[end + 2] === '/' ? 1 : 0);
    const weight = tokenAt(items, end) as IToken;
    tokens.push({ ...weight, image: '@', tokenType: At, tokenTypeIdx: At.tokenTypeIdx as number }, weight);
  } else if (tokens.length > names.length && after && tokenMatcher(after, Quantity) && !SPACED_UNITS.has(context.words[end + 2] ?? '') &&
    !NOT_A_LOAD_AFTER.has(context.words[end + 2] ?? '') && collectQuantity(context, end + 1).end === end + 1 &&
    (LOAD_GLUED.test(after.image) || /^\d+(?:\.\d+)?%$/.test(after.image) || BARE_WEIGHT.test(after.image))) {
    // `Bench 3x8 135lbs`, `deadlift 1x5 315`, `squat 5x5 75%`: a weight right after the scheme, no `@`, is its load (a
    // bare number past 20 is a weight in the plan's own unit).
    tokens.push({ ...after, image: '@', tokenType: At, tokenTypeIdx: At.tokenTypeIdx as number }, after);
    end++;
  } else if (context.words[end + 1] === 'at' && atLoad && tokenMatcher(atLoad, Quantity) && (LOAD_GLUED.test(atLoad.image) || /^\d+(?:\.\d+)?%$/.test(atLoad.image))) {
    tokens.push({ ...atLoad, image: '@', tokenType: At, tokenTypeIdx: At.tokenTypeIdx as number }, atLoad);
    end += 2;
  } else if (tokenAt(items, end + 1) && tokenMatcher(tokenAt(items, end + 1) as IToken, At)) {
    tokens.push(tokenAt(items, end + 1) as IToken);
    end++;
    const load = tokenAt(items, end + 1);
    const slash = tokenAt(items, end + 2);
    const denominator = tokenAt(items, end + 3);
    if (load && /^\d$/.test(load.image) && slash?.image === '/' && denominator && /^\d{1,2}$/.test(denominator.image)) {
      // `push press @1/2 of 1rm strict press`: a fraction of a maximum.
      tokens.push(load, slash, denominator);
      end += 3;
    } else if (load && tokenMatcher(load, Quantity) && WHOLE_OR_DECIMAL.test(load.image) && WEIGHT_UNIT.test(context.words[end + 2] ?? '')) {
      // `bench 3x5 @ 100 kg`: the unit after a space is the load's (one token over both, its text as written).
      tokens.push({ ...load, image: source.text.slice(load.startOffset, tokenEnd(tokenAt(items, end + 2) as IToken)) });
      end += 2;
    } else if (load && tokenMatcher(load, Quantity) && NUMBER.test(load.image) && isDash(slash) && denominator && LOAD.test(denominator.image)) {
      // `back squat 4x6 @ 70-75%`: a range of loads.
      tokens.push(load, slash as IToken, denominator);
      end += 3;
    } else if (load && !tokenMatcher(load, At)) {
      tokens.push(load);
      end++;
      if (lower(load) === 'rpe' && tokenAt(items, end + 1)) tokens.push(tokenAt(items, ++end) as IToken);
    }
  }
  // `deadlifts 5x5 at 70% 1RM`, `@ 80% of max`, `@1/2 of 1rm`: what the percentage is of.
  if (/%$/.test(tokens[tokens.length - 1]?.image ?? '') || tokens[tokens.length - 2]?.image === '/') {
    if (context.words[end + 1] === 'of' && /^(1rm|max)$/.test(context.words[end + 2] ?? '')) end += 2;
    else if (context.words[end + 1] === '1rm') end++;
  }
  const exercise = readExercise(tokens, source);
  exercise.range = source.rangeBetween(names[0], tokenAt(items, end) as IToken);
  (builder.loose ??= []).push(exercise);
  return end;
}

/**
 * The index of the `)` of an aside of one to three words at `open` with a set scheme right after it (`push ups (elevated)
 * 5x8`), or -1.
 */
function variantAside(context: ReadContext, open: number): number {
  const { items } = context;
  if (tokenAt(items, open)?.image !== '(') return -1;
  for (let k = open + 1; k <= open + 4; k++) {
    const token = tokenAt(items, k);
    if (token === undefined) return -1;
    if (token.image === ')') {
      const scheme = tokenAt(items, k + 1);
      return k > open + 1 && scheme !== undefined && tokenMatcher(scheme, Quantity) && SETS_BEFORE_NAME.test(scheme.image) ? k : -1;
    }
    if (!tokenMatcher(token, Word)) return -1;
  }
  return -1;
}

/** Words in a log's bracket of miles that say it is a total (`[9 miles total]`, `[10 tot]`). */
const TOTAL_WORDS: ReadonlySet<string> = new Set(['total', 'tot', 'tot.', 'total.']);

/**
 * The kilometres of a bracket that holds only a distance (`[9 miles]`, `[18 mi]`, `[12km]`, `[10]`: bare miles up to
 * 30, as a log writes them), with `total` after it or not; else undefined.
 */
function bracketMiles(list: Extract<RawItem, { open: IToken }>): number | undefined {
  const images = list.items.map((token) => token.image.toLowerCase());
  while (images.length > 0 && TOTAL_WORDS.has(images[images.length - 1] as string)) images.pop();
  if (images.length === 1 && NUMBER.test(images[0] as string)) {
    const miles = Number(images[0]);
    return miles > 0 && miles <= BARE_MILES_LIMIT ? miles * MILE_KM : undefined;
  }
  const unit = images.length === 2 && NUMBER.test(images[0] as string) ? SPACED_UNITS.get(images[1] as string) : undefined;
  const image = images.length === 1 ? shortUnits(images[0] as string) : unit !== undefined ? `${images[0]}${unit}` : undefined;
  return image === undefined ? undefined : distanceKm(image);
}

function readExerciseList(builder: Builder, list: Extract<RawItem, { open: IToken }>, source: SourceText): void {
  const last = list.close ?? list.items[list.items.length - 1] ?? list.open;
  const range = source.rangeBetween(list.open, last);
  // `66 min. + 6 x 10 sec. hill sprints. [9 miles]`, `AM: … 8 x hills … [11 miles]`: after a run, a bracket of only a
  // distance is the log's miles for it (the day's figure in a training journal); the run's distance when it gave none.
  // After another session (`Two sets standard core + 15 min. ice bath. [18 miles]`) it is the day's figure, no exercise.
  const km = bracketMiles(list);
  if (km !== undefined) {
    if (builder.kind === 'run' && builder.attributes.distance === undefined && km > 0 && km <= MAX_SESSION_KM) setAttribute(builder, 'distance', { value: km, range });
    return;
  }
  if (builder.kind !== 'gym') {
    throw new SessionError(`Exercises in brackets are only for gym sessions, not ${kindNames[builder.kind]}`, range);
  }
  if (builder.exercises) throw new SessionError(`Exercises given twice — put them all in one [ … ] list`, range);
  const exercises: Exercise[] = [];
  builder.exercises = { list: exercises, range };
  if (list.items.length === 0) throw new SessionError(`Expected an exercise in the brackets, like [squat 5x5 @80%]`, range);
  let group: IToken[] = [];
  const groups: IToken[][] = [];
  // `[A1 squat + A2 pull-up 3x8]`: a superset's exercises joined by `+`; those before the first with a scheme take it.
  const joined = new Set<number>();
  for (const token of list.items) {
    if (tokenMatcher(token, Comma) || (token.image === '+' && group.length > 0)) {
      if (token.image === '+') joined.add(groups.length);
      groups.push(group);
      group = [];
    } else {
      group.push(token);
    }
  }
  groups.push(group);
  let firstError: SessionError | undefined;
  groups.forEach((tokens, position) => {
    try {
      if (tokens.length === 0) {
        const comma = list.items.filter((token) => tokenMatcher(token, Comma))[Math.max(0, position - 1)];
        throw new SessionError(`Expected an exercise ${position === 0 ? 'before' : 'after'} ','`, source.rangeOf(comma));
      }
      exercises.push(readExercise(tokens, source));
    } catch (error) {
      if (!(error instanceof SessionError)) throw error;
      firstError ??= error;
    }
  });
  if (joined.size > 0 && exercises.length === groups.length) supersetSchemes(exercises, joined);
  // A right-sized copy for the model (push reserved room for seventeen).
  builder.exercises.list = exercises.slice();
  if (firstError) throw firstError;
}

/**
 * `squat + pull-up 3x8`: in a superset (exercises joined by `+`, `joined` holding the index of each exercise followed
 * by a `+`), an exercise written without sets or reps is done for the scheme of the next one that has it.
 */
export function supersetSchemes(exercises: Exercise[], joined: ReadonlySet<number>): void {
  for (let i = exercises.length - 2; i >= 0; i--) {
    const exercise = exercises[i] as Exercise;
    const next = exercises[i + 1] as Exercise;
    if (!joined.has(i) || exercise.sets !== undefined || exercise.reps !== undefined || exercise.seconds !== undefined || exercise.metres !== undefined) continue;
    if (next.sets !== undefined) exercise.sets = next.sets;
    if (next.reps !== undefined) exercise.reps = next.reps;
    if (next.seconds !== undefined) exercise.seconds = next.seconds;
  }
}

/** `A1`, `B2`: a superset's label before an exercise's name (`1a`, `1b` after a number: `SUPERSET_NUMBER_LABEL`). */
const SUPERSET_LABEL = /^[A-Za-z][1-9]$/;

/** `name words [SETSxREPS | SETSxTIME] [@ load]`. */
/**
 * A pace given relative to a target (`60-90 sec slower than goal pace`, `15 sec faster than 10K pace`, `2 min/mile
 * slower than marathon pace`), read from `index` (the number): the index read up to, or undefined. A minute or more
 * slower than a race's pace is an easy run's pace (Galloway's and Higdon's long runs); faster than a target is at least
 * that target; a little slower sets no target (the run's words decide).
 */
function readRelativePace(builder: Builder, context: ReadContext, index: number, from: IToken): number | undefined {
  const { items, words, source } = context;
  const number = tokenAt(items, index);
  if (!number || !tokenMatcher(number, Quantity)) return undefined;
  const quantity = collectQuantity(context, index);
  const amount = /^(\d+(?::\d{2})?)(?:-(\d+(?::\d{2})?))?(s|sec|secs|min|mins)?$/i.exec(quantity.image);
  if (!amount) return undefined;
  let at = quantity.end + 1;
  let unit: string | undefined = amount[3]?.toLowerCase();
  if (unit === undefined && TIME_UNIT_WORDS.has(words[at] ?? '')) unit = words[at++];
  else if (unit === undefined && /^(?:min|sec)s?\/(?:mi|mile|km|k)$/i.test(words[at] ?? '')) unit = (words[at++] as string).slice(0, 3);
  // `2 min/mile slower`: per mile or km.
  if (words[at] === '/' || tokenAt(items, at)?.image === '/') at += 2;
  else if (/^\/(?:mi|mile|km|k)$/i.test(tokenAt(items, at)?.image ?? '')) at++;
  const direction = words[at];
  if (direction !== 'slower' && direction !== 'faster') return undefined;
  at++;
  if (words[at] === 'than') at++;
  const target = TARGET_MAP.match(words, words[at] === 'goal' && TARGET_MAP.match(words, at + 1) ? at + 1 : at);
  let end = target ? target.end : at;
  if (words[end] === 'pace' || words[end] === 'effort') end++;
  const toMinutes = (text: string): number => (text.includes(':') ? Number(text.split(':')[0]) + Number(text.split(':')[1]) / 60 : Number(text));
  const low = toMinutes(amount[1] as string);
  const minutes = (amount[1] as string).includes(':') || (unit !== undefined && /^m/.test(unit)) ? low : low / 60;
  const range = source.rangeBetween(from, tokenAt(items, end - 1) as IToken);
  if (direction === 'faster' && target) setAttribute(builder, 'effortTarget', { value: target.value, range });
  else if (direction === 'slower' && minutes >= 1 && target && RACE_TARGETS.has(target.value)) setAttribute(builder, 'effortTarget', { value: 'easy', range });
  return end - 1;
}

/**
 * A pace's offset at `index` after `+`/`-`/`plus` (`15 sec`, `15s`, `60 sec/km`, `1:00`, `90 seconds`, `1 min/mi`):
 * its seconds, whether they are per km, and where it ends; undefined when it is not one.
 */
function paceOffsetAt(context: Pick<ReadContext, 'items' | 'words'>, index: number): { seconds: number; perKm: boolean; end: number } | undefined {
  const { image, end } = collectQuantity(context, index);
  // The items' own images: `/` is no word (`+ 1min / mile`).
  const offset = readPaceOffset(image, (k) => tokenAt(context.items, end + k)?.image);
  return offset && { seconds: offset.seconds, perKm: offset.perKm, end: end + offset.read };
}

/** What `readPaceOffset` reads: the seconds added, per km or per mile (or neither), how they were written. */
export interface PaceOffset {
  seconds: number;
  perKm: boolean;
  /** A unit of distance was written (`/km`, `sec/mi`, `per mile`). */
  perDistance: boolean;
  /** Written in minutes (`1 min/mi`, `2min`), not seconds or a clock. */
  inMinutes: boolean;
  /** How many words after `first` belong to it. */
  read: number;
}

/**
 * The one reading of a pace's offset (`10K pace + 60 sec/km`, `goal pace + 15s`, `+ 1:00`, `plus 90 seconds`,
 * `+ 1 min per mile`): `first` is the number (a token's image, or the quantity collected from it) and `next(k)` the
 * k-th word after it. The parser asks it whether a `+` after `pace` joins an offset or starts a session (parser.ts
 * `paceOffset`); the session reader takes its seconds (`paceOffsetAt`).
 */
export function readPaceOffset(first: string, next: (k: number) => string | undefined): PaceOffset | undefined {
  let read = 0;
  let value: number;
  let unit = '';
  let inMinutes = false;
  const clock = /^(\d{1,2}):([0-5]\d)(?:\/(km|k|mi|mile))?$/i.exec(first);
  const glued = clock ? null : /^(\d{1,3})(?:-\d{1,3})?(s|sec|secs|min|mins)?(?:\/(km|k|mi|mile))?$/i.exec(first);
  if (clock) {
    value = Number(clock[1]) * 60 + Number(clock[2]);
    unit = clock[3] ?? '';
  } else if (glued) {
    let written = glued[2]?.toLowerCase();
    unit = glued[3] ?? '';
    if (written === undefined) {
      const spaced = /^(s|sec|secs|seconds?|min|mins|minutes?)(?:\/(km|k|mi|mile))?$/i.exec(next(1) ?? '');
      if (!spaced) return undefined;
      written = (spaced[1] as string).toLowerCase();
      unit = spaced[2] ?? unit;
      read = 1;
    }
    inMinutes = written.startsWith('m');
    value = Number(glued[1]) * (inMinutes ? 60 : 1);
  } else return undefined;
  // `… / km`, `per mile` after it.
  const per = next(read + 1)?.toLowerCase();
  const perUnit = per === 'per' || per === '/' ? (next(read + 2)?.toLowerCase() ?? '') : '';
  if (/^(km|k|mi|mile)$/.test(perUnit)) {
    unit = perUnit;
    read += 2;
  }
  // Minutes only with their `/mi` or `per km`: `tempo 20 min at MP - 10 min easy` is the run's easy part after a dash,
  // not marathon pace less ten minutes (and `+ 20 min bike` after `pace` is a session).
  if (inMinutes && unit === '') return undefined;
  return { seconds: value, perKm: /^k/i.test(unit), perDistance: unit !== '', inMinutes, read };
}

/** Targets that are a race's pace: a minute a mile slower than any of them is an easy run's pace. */
const RACE_TARGETS: ReadonlySet<EffortTarget> = new Set(['race', 'marathon', 'half-marathon', '10k', '5k', 'mile']);

const TIME_UNIT_WORDS: ReadonlySet<string> = new Set(['min', 'mins', 'minute', 'minutes', 'sec', 'secs', 'second', 'seconds']);

/**
 * Where a run/walk ratio written `<time> run / <time> walk` ends, when the quantity just read (`image`, ending at `end`)
 * starts one: a time (`2min`, `2 min`, `2:30`, `30 sec`), a word of its part (`run`, `walk`), `/`, another time.
 */
function partsRatioEnd(context: ReadContext, image: string, end: number): { end: number; minutes?: number } | undefined {
  const { items, words } = context;
  let at = end;
  let first = image;
  if (TIME_UNIT_WORDS.has(words[at + 1] ?? '') && NUMBER.test(image)) first = `${image}${words[++at]}`;
  else if (!(quantityIsTime(image) || seconds(image) !== undefined || CLOCK_DIGITS.test(image))) return undefined;
  let last: number;
  let second: string;
  // `run/1 min walk`: the lexer keeps a word, the `/` and the number after it together.
  const glued = /^([a-z]+)\/(\d+(?:\.\d+)?|\d{1,2}:\d{2})$/.exec(words[at + 1] ?? '');
  if (glued && RATIO_WORDS.has(glued[1] as string)) {
    last = at + 1;
    second = glued[2] as string;
  } else {
    if (!RATIO_WORDS.has(words[at + 1] ?? '') || tokenAt(items, at + 2)?.image !== '/') return undefined;
    const token = tokenAt(items, at + 3);
    if (!token || !tokenMatcher(token, Quantity)) return undefined;
    const quantity = collectQuantity(context, at + 3);
    last = quantity.end;
    second = quantity.image;
  }
  if (TIME_UNIT_WORDS.has(words[last + 1] ?? '')) second = `${second}${words[++last]}`;
  if (RATIO_WORDS.has(words[last + 1] ?? '')) last++;
  // `x8`, or `x 8`.
  const glx = /^x(\d+)$/.exec(words[last + 1] ?? '');
  const spaced = words[last + 1] === 'x' && /^\d+$/.test(tokenAt(items, last + 2)?.image ?? '') ? tokenAt(items, last + 2)?.image : undefined;
  const times = glx ? glx[1] : spaced;
  const countEnd = glx ? last + 1 : last + 2;
  const minutes = (part: string): number | undefined => {
    const clock = /^(\d{1,2}):(\d{2})$/.exec(part);
    if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
    const inSeconds = seconds(part);
    return inSeconds !== undefined ? inSeconds / 60 : duration(part);
  };
  const a = minutes(first);
  const b = minutes(second);
  if (times === undefined || a === undefined || b === undefined || !(a + b > 0)) return { end: last };
  const total = (a + b) * Number(times);
  return total <= MAX_SESSION_MINUTES ? { end: countEnd, minutes: total } : { end: countEnd };
}

/** A fraction (`1/2`) at `index` with a word after it: part of an exercise's name, not its scheme. */
function fractionInName(tokens: readonly IToken[], index: number): boolean {
  const [numerator, slash, denominator, after] = tokens.slice(index, index + 4);
  return numerator !== undefined && slash !== undefined && denominator !== undefined && after !== undefined &&
    tokenMatcher(numerator, Quantity) && /^\d$/.test(numerator.image) && slash.image === '/' &&
    tokenMatcher(denominator, Quantity) && /^\d$/.test(denominator.image) && tokenMatcher(after, Word);
}

function readExercise(tokens: IToken[], source: SourceText): Exercise {
  // `[deadlifts (light), overhead press 3x8-10]`: an aside in parentheses after the name is the user's note on it.
  if (tokens.length > 1 && tokens.some((token) => token.image === '(')) tokens = withoutAsides(tokens);
  // `A1 squat`, `B2 pull-up 3x8`: the superset's label is no part of the name.
  if (tokens.length > 1 && tokenMatcher(tokens[0], Word) && SUPERSET_LABEL.test(tokens[0].image) && tokenMatcher(tokens[1], Word)) tokens = tokens.slice(1);
  let index = 0;
  const names: IToken[] = [];
  // `1 arm DB rows`: a number that starts a name is part of it.
  if (tokens.length > 1 && tokenMatcher(tokens[0], Quantity) && tokenMatcher(tokens[1], Word)) names.push(tokens[index++]);
  for (;;) {
    if (index < tokens.length && tokenMatcher(tokens[index], Word)) names.push(tokens[index++]);
    // `stability on 1/2 bosu ball`, `1/2 kneeling press`: a fraction with more of the name after it is part of the name.
    else if (fractionInName(tokens, index)) {
      names.push(...tokens.slice(index, index + 3));
      index += 3;
    } else break;
  }
  if (names.length === 0) {
    throw new SessionError(`Expected an exercise name before '${tokens[0].image}'`, source.rangeOf(tokens[0]));
  }
  const exercise: Exercise = {
    name: names.map(lower).join(' ').replace(/(\d) \/ (\d)/g, '$1/$2'),
    range: source.rangeBetween(tokens[0], tokens[tokens.length - 1]),
    nameRange: source.rangeBetween(names[0], names[names.length - 1]),
  };
  // `[OHP 95 3x5]`, `[bench 135lbs 3x8]`: a weight written before the set scheme is the load, as on a day line.
  let loadFirst: IToken | undefined;
  if (tokens[index + 1] !== undefined && tokenMatcher(tokens[index], Quantity) && (LOAD_GLUED.test(tokens[index].image) || BARE_WEIGHT.test(tokens[index].image)) &&
    SETS_BEFORE_NAME.test(tokens[index + 1].image)) {
    loadFirst = tokens[index++];
  }
  const scheme = tokens[index];
  if (scheme && tokenMatcher(scheme, Quantity)) {
    // `5 x 5`, `3x8-12`, `4 x 25 m`: the scheme may be written in pieces.
    let image = shortUnits(scheme.image);
    let last = scheme;
    while (index + 1 < tokens.length && !tokenMatcher(tokens[index + 1], At) && !tokenMatcher(tokens[index + 1], Comma)) {
      const next = tokens[index + 1];
      const word = lower(next);
      // `[bench 5/3/1]`: Wendler's wave written with slashes is the ladder 5-3-1.
      if (next.image === '/' && image === '5' && tokens.slice(index + 2, index + 5).map((t) => t.image).join('') === '3/1') {
        image = '5-3-1';
        last = tokens[index + 4] as IToken;
        index += 4;
        continue;
      }
      // A number joins the scheme after its `x` or `-` (`5 x 5`, `3x8-12`, `3 x8`); after a whole scheme it is a load
      // (`squat 5x5 225` was 5 sets of 5225).
      if (tokenMatcher(next, Quantity) && !/[x-]$|sets$/i.test(image) && !/^x/i.test(next.image)) break;
      if (tokenMatcher(next, Quantity) || tokenMatcher(next, Dash) || word === 'x') image += tokenMatcher(next, Dash) ? '-' : shortUnits(next.image);
      else if (SPACED_UNITS.has(word)) image += SPACED_UNITS.get(word);
      else if (word === 'reps' || word === 'rep') image += '';
      else if ((word === 'sets' || word === 'set') && WHOLE_NUMBER.test(image)) image += 'sets';
      // `pull-ups 4 x max`: sets to the most reps.
      else if ((word === 'max' || word === 'amrap' || word === 'failure') && /x$/i.test(image)) image += word;
      else break;
      last = next;
      index++;
    }
    const schemeRange = source.rangeBetween(scheme, last);
    readScheme(exercise, image, schemeRange);
    index++;
  }
  if (loadFirst) {
    if (index < tokens.length) throw new SessionError(`Unexpected '${tokens[index].image}' in an exercise — write it like: squat 5x5 @80%`, source.rangeOf(tokens[index]));
    exercise.load = readLoad([loadFirst], { ...loadFirst, image: '@' }, source);
    return exercise;
  }
  // `[squat 5x5 225]`, `[bench 3x8 135lbs]`, `[deadlift 1x5 140 kg]`: a weight right after the scheme, no `@`, is its
  // load (a bare number from 20 up, as on a day line: `deadlift 1x5 315`).
  const weight = tokens[index];
  if (weight && index > 0 && exercise.sets !== undefined && tokenMatcher(weight, Quantity) && (LOAD_GLUED.test(weight.image) || /^\d+(?:\.\d+)?%$/.test(weight.image) || BARE_WEIGHT.test(weight.image))) {
    const unit = tokens[index + 1];
    if (index + 1 === tokens.length) {
      exercise.load = readLoad([weight], { ...weight, image: '@' }, source);
      return exercise;
    }
    if (index + 2 === tokens.length && NUMBER.test(weight.image) && /^(?:kg|kgs|lbs?|pounds?)$/i.test(unit.image)) {
      const text = `${weight.image}${unit.image.toLowerCase().startsWith('k') ? 'kg' : 'lb'}`;
      exercise.load = { ...readLoad([{ ...weight, image: text }], { ...weight, image: '@' }, source), text: source.text.slice(weight.startOffset, tokenEnd(unit)) };
      return exercise;
    }
  }
  const at = tokens[index];
  if (at && tokenMatcher(at, At)) {
    const rm = tokens[index + 1] && RM.exec(tokens[index + 1].image);
    if (rm && tokens.length === index + 2) {
      exercise.rm = Number(rm[1]);
      return exercise;
    }
    exercise.load = readLoad(tokens.slice(index + 1), at, source);
    return exercise;
  }
  if (at) {
    throw new SessionError(`Unexpected '${at.image}' in an exercise — write it like: squat 5x5 @80%`, source.rangeOf(at));
  }
  return exercise;
}

/** The tokens without what stands in balanced parentheses after the first token (an unclosed `(` stays as written). */
function withoutAsides(tokens: IToken[]): IToken[] {
  const kept: IToken[] = [tokens[0] as IToken];
  let depth = 0;
  let opened: IToken[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    if (token.image === '(') depth++;
    if (depth > 0) opened.push(token);
    else kept.push(token);
    if (token.image === ')' && depth > 0 && --depth === 0) opened = [];
  }
  return depth > 0 ? [...kept, ...opened] : kept;
}

const SETS = /^(\d+)x(.+)$/i;
/** `225x5x5`, `135x10`: weight × sets × reps, or weight × reps. */
const WEIGHT_FIRST = /^(\d{2,4}(?:\.\d+)?)x(\d{1,2})(?:x(\d{1,2}))?$/i;
/** `3x5x100kg`, `5x5x225`: sets × reps × weight. */
const WEIGHT_LAST = /^(\d{1,2})x(\d{1,2})x(\d+(?:\.\d+)?(?:kg|lbs?|#)?)$/i;
/**
 * Work counted in reps or seconds with no bar to load (`push ups 50x2`, `sit ups 100x3`, `plank 60x3`, `burpees 25x4`,
 * `kettlebell swings 50x3`): a big first number is the reps or seconds, never a weight (analysis/exercises.ts's
 * bodyweight and core moves, which this layer may not import).
 */
const NO_BAR =
  /\b(?:push[- ]?ups?|press[- ]?ups?|pull[- ]?ups?|chin[- ]?ups?|dips?|muscle[- ]?ups?|(?:air|bodyweight|body weight|jump) squats?|burpees?|lunges?|step[- ]?ups?|(?:glute )?bridges?|planks?|sit[- ]?ups?|crunch(?:es)?|(?:leg|knee) raises?|v[- ]ups?|flutter kicks?|russian twists?|mountain climbers?|jumping jacks?|jacks|swings?|skips?|jump rope|double unders?|wall sits?|wall balls?|hollow (?:holds?|rocks?)|dead ?hangs?)\b/;
const SETS_ONLY = /^(\d+)sets?$/i;
/** A set scheme written before an exercise name (`5x5 squats`). */
const SETS_BEFORE_NAME = /^\d+x\d+(?:-\d+)?$/i;

/** `5x5`, `3x8-12`, `3x60s`, `4x25m`, `4RM`, `5x5rm`. */
function readScheme(exercise: Exercise, image: string, range: Range): void {
  const problem = `'${image}' is not a set scheme — write SETSxREPS like 5x5, SETSxTIME like 3x60s, SETSxDISTANCE like 4x25m, or a repetition maximum like 5RM`;
  const rm = RM.exec(image);
  if (rm) {
    exercise.rm = Number(rm[1]);
    if (exercise.rm < 1) throw new SessionError(problem, range);
    return;
  }
  const setsOnly = SETS_ONLY.exec(image);
  if (setsOnly) {
    exercise.sets = Number(setsOnly[1]);
    if (exercise.sets < 1) throw new SessionError(`Sets go from 1 up, like 5x5`, range);
    return;
  }
  // `531`: Wendler's 5/3/1 written without its slashes, the ladder 5-3-1.
  if (image === '531') image = '5-3-1';
  const ladder = REP_LADDER.test(image) ? image.split('-').map(Number) : undefined;
  if (ladder) {
    // `strict press 1-1-1-1-1`, `21-15-9`: one set of each.
    exercise.sets = ladder.length;
    exercise.reps = ladder.reduce((sum, reps) => sum + reps, 0) / ladder.length;
    return;
  }
  // `squat 225x5x5` (a weight for 5 sets of 5), `bench 135x10` (a weight for one set of 10): a first number past 20
  // (past 40 before reps alone: `push ups 30x2` is 30 reps twice) is the weight on the bar, as lifters log it, not the
  // number of sets.
  const logged = WEIGHT_FIRST.exec(image);
  if (logged && Number(logged[1]) > (logged[3] !== undefined ? 20 : 40) && !(NO_BAR.test(exercise.name) && !/\b(?:weighted|loaded|vest)\b/.test(exercise.name))) {
    exercise.load = { text: logged[1] };
    exercise.sets = logged[3] !== undefined ? Number(logged[2]) : 1;
    exercise.reps = Number(logged[3] ?? logged[2]);
    if (!(exercise.sets >= 1 && exercise.reps >= 1)) throw new SessionError(problem, range);
    return;
  }
  const last = WEIGHT_LAST.exec(image);
  if (last && (LOAD.test(last[3]) || Number(last[3]) > 20)) {
    const load = LOAD.exec(last[3]);
    exercise.load = !load ? { text: last[3] } : load[2].toLowerCase() === 'kg' ? { text: last[3], kg: Number(load[1]) } :
      load[2] === '%' ? { text: last[3], percent: Number(load[1]) } : { text: last[3], kg: Math.round(Number(load[1]) * 0.45359237 * 100) / 100 };
    exercise.sets = Number(last[1]);
    exercise.reps = Number(last[2]);
    if (!(exercise.sets >= 1 && exercise.reps >= 1)) throw new SessionError(problem, range);
    return;
  }
  const match = SETS.exec(image);
  if (!match) {
    // `plank 60s`, `farmers carry 50m`, `wall sit 1min`: one set of that time or distance.
    const once = seconds(image) ?? (duration(image) ?? NaN) * 60;
    const onceKm = distanceKm(image);
    if (once > 0) exercise.seconds = once;
    else if (onceKm !== undefined && onceKm > 0 && onceKm < 1) exercise.metres = Math.round(onceKm * 1000 * 100) / 100;
    else throw new SessionError(problem, range);
    exercise.sets = 1;
    return;
  }
  exercise.sets = Number(match[1]);
  let each = match[2];
  if (/^(max|amrap|failure)$/i.test(each)) return;
  const eachRm = /^(\d+)rm$/i.exec(each);
  if (eachRm) {
    exercise.rm = Number(eachRm[1]);
    each = eachRm[1];
  }
  const reps = REPS_RANGE.exec(each);
  const eachSeconds = seconds(each) ?? ((duration(each) ?? NaN) * 60);
  const eachKm = distanceKm(each);
  if (WHOLE_NUMBER.test(each)) exercise.reps = Number(each);
  else if (reps && Number(reps[1]) > 0 && Number(reps[2]) >= Number(reps[1])) exercise.reps = midpoint(Number(reps[1]), Number(reps[2]));
  else if (eachSeconds > 0) exercise.seconds = eachSeconds;
  else if (timeSpanSeconds(each) !== undefined) exercise.seconds = timeSpanSeconds(each);
  else if (eachKm !== undefined && eachKm > 0) exercise.metres = Math.round(eachKm * 1000 * 100) / 100;
  else throw new SessionError(problem, range);
  if (exercise.sets < 1) throw new SessionError(`Sets go from 1 up, like 5x5`, range);
}

/** `20-30s`, `1-2min`: the midpoint in seconds, or undefined. */
function timeSpanSeconds(each: string): number | undefined {
  const span = RANGE.exec(each);
  if (!span) return undefined;
  const inSeconds = (image: string): number | undefined => seconds(image) ?? (duration(image) !== undefined ? (duration(image) as number) * 60 : undefined);
  const low = inSeconds(`${span[1]}${span[2] || span[4]}`);
  const high = inSeconds(`${span[3]}${span[4]}`);
  return low !== undefined && high !== undefined && high >= low && low > 0 ? midpoint(low, high) : undefined;
}

function readLoad(tokens: IToken[], at: IToken, source: SourceText): ExerciseLoad {
  const [first, second, extra] = tokens;
  if (!first) throw new SessionError(`Expected a load after '@', like @80%, @100kg, @225lb or @rpe 8`, source.rangeOf(at));
  const text = source.text.slice(first.startOffset, tokenEnd(tokens[tokens.length - 1]));
  if (tokenMatcher(first, Word) && lower(first) === 'rpe') {
    if (!second || !NUMBER.test(second.image) || Number(second.image) < 1 || Number(second.image) > 10) {
      throw new SessionError(`'rpe' needs a number from 1 to 10`, source.rangeOf(second ?? first));
    }
    if (extra) throw new SessionError(`Unexpected '${extra.image}' after the load`, source.rangeOf(extra));
    return { text, rpe: Number(second.image) };
  }
  // `@1/2 of 1rm strict press`, `@ 3/4 bodyweight`: a fraction of a maximum is that share of it.
  const fraction = second !== undefined && second.image === '/' && /^\d$/.test(first.image) && tokens[2] !== undefined && /^\d{1,2}$/.test(tokens[2].image) ? Number(first.image) / Number(tokens[2].image) : undefined;
  if (fraction !== undefined && fraction > 0 && fraction <= 1.5) return { text, percent: Math.round(fraction * 100) };
  // `squats 3x8 @RPE7`: the RPE glued to its word.
  const gluedRpe = /^rpe(\d+(?:\.\d+)?)$/i.exec(first.image);
  if (gluedRpe && !second && Number(gluedRpe[1]) >= 1 && Number(gluedRpe[1]) <= 10) return { text, rpe: Number(gluedRpe[1]) };
  // `back squat 4x6 @ 70-75%`, `@ 60-70kg`: a range of loads is its middle.
  const high = tokens[2] !== undefined && tokens.length === 3 && isDash(second) && NUMBER.test(first.image) ? LOAD.exec(tokens[2].image) : null;
  if (high && Number(first.image) > 0 && Number(first.image) <= Number(high[1])) {
    const middle = midpoint(Number(first.image), Number(high[1]));
    const unit = high[2].toLowerCase();
    if (unit === '%') return { text, percent: middle };
    if (unit === 'kg') return { text, kg: middle };
    return { text, kg: Math.round(middle * 0.45359237 * 100) / 100 };
  }
  // `squat 3x5 @8`: a bare number up to 10 is the RPE, as lifters write it (Reactive Training Systems' `@8`); a bigger
  // one (`squat 5x5 @ 225`) is a weight in the plan's own unit, which the plan does not say: its text is kept.
  if (NUMBER.test(first.image) && !second) {
    const value = Number(first.image);
    if (value >= 1 && value <= 10) return { text, rpe: value };
    if (value > 10) return { text };
  }
  // `military press 4x8 2x15kg`: a pair of dumbbells; the load of the lift is each one's weight.
  const pair = PAIR_LOAD.exec(first.image);
  const match = pair ? LOAD.exec(`${pair[1]}${pair[2]}`) : LOAD.exec(first.image);
  if (!match) throw new SessionError(`'${first.image}' is not a load — write it like @80%, @100kg, @225lb or @rpe 8`, source.rangeOf(first));
  if (second) throw new SessionError(`Unexpected '${second.image}' after the load`, source.rangeOf(second));
  const value = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (unit === '%') return { text, percent: value };
  if (unit === 'kg') return { text, kg: value };
  return { text, kg: Math.round(value * 0.45359237 * 100) / 100 };
}

/** True when the tokens start with a word or phrase that names a session (`run`, `cross training`, `parkrun`). */
export function startsSession(tokens: readonly IToken[], vocabulary: Vocabulary = builtinVocabulary()): boolean {
  const words: (string | undefined)[] = [];
  for (let i = 0; i < tokens.length && i < 4; i++) {
    const token = tokens[i];
    words.push(tokenMatcher(token, Word) || tokenMatcher(token, Quantity) ? wordOf(token.image) : undefined);
  }
  return vocabulary.sessions.match(words, 0) !== undefined;
}

/** What a runner adds to a run after `+` (`+ strides`, `+ drills & strides`, `+ 6 accelerations`). */
const RUN_EXTRAS: ReadonlySet<string> = new Set(['strides', 'stride', 'drills', 'accelerations', 'accels', 'pickups', 'pick-ups', 'surges']);

/**
 * Words that say which drills a runner adds (`+ change of direction drills`, `+ agility drills`, `+ running drills`):
 * still the run's drills.
 */
const DRILL_KINDS: ReadonlySet<string> = new Set(['change', 'of', 'direction', 'cod', 'agility', 'footwork', 'running', 'technique', 'speed', 'sprint', 'dynamic']);

/** Recovery care after training (`ice bath`, `cold plunge`, `sauna`): no session, the words of the one before. */
const AFTERCARE_PHRASES: readonly (readonly string[])[] = [['ice', 'bath'], ['ice', 'baths'], ['cold', 'bath'], ['cold', 'plunge'], ['sauna']];

/**
 * True when the session is only recovery care, with its time or not (`+ 10 min. ice bath`, `+ ice bath`, `+ 15 min
 * sauna`): it belongs to the session before, as strides belong to a run.
 */
/** True when recovery care is named at `index` (after a time's unit and its full stop: `min. ice bath`). */
function aftercareAt(words: readonly (string | undefined)[], index: number): boolean {
  let k = index;
  while (k < words.length && (words[k] === undefined || words[k] === '.' || SPACED_UNITS.has((words[k] as string).replace(/\.$/, '')))) k++;
  return AFTERCARE_PHRASES.some((phrase) => phrase.every((word, i) => words[k + i]?.replace(/\.$/, '') === word));
}

export function onlyAftercare(raw: RawSession): boolean {
  const words: string[] = [];
  for (const [at, item] of raw.items.entries()) {
    // `+ 11 min. ice bath. [5 miles]`: the log's miles of the day after it (readExerciseList, `bracketMiles`).
    if (!('token' in item)) {
      if (at === raw.items.length - 1 && bracketMiles(item) !== undefined) continue;
      return false;
    }
    if (tokenMatcher(item.token, Quantity)) {
      if (words.length > 0 || !(quantityIsTime(item.token.image) || NUMBER.test(item.token.image))) return false;
      continue;
    }
    const word = item.token.image.toLowerCase().replace(/\.$/, '');
    if (word === '.' || word === '') continue;
    words.push(word);
  }
  // `10 min. ice bath`: the unit and its full stop before the care.
  while (words.length > 0 && SPACED_UNITS.has(words[0] as string) && quantityIsTime(`1${SPACED_UNITS.get(words[0] as string) as string}`)) words.shift();
  return AFTERCARE_PHRASES.some((phrase) => phrase.length === words.length && phrase.every((word, i) => words[i] === word));
}

/**
 * True when the session is only strides or drills (`+ strides`, `+ 6x20s strides`, `+ change of direction drills`, `+
 * strides (optional)`): they belong to the run before. An aside in brackets is theirs.
 */
export function onlyRunExtras(raw: RawSession): boolean {
  let extras = false;
  let depth = 0;
  for (const item of raw.items) {
    if (!('token' in item)) return false;
    const word = item.token.image.toLowerCase();
    if (word === '(') depth++;
    else if (word === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (RUN_EXTRAS.has(word)) extras = true;
    else if (DRILL_KINDS.has(word) && !extras) continue;
    // `+ drills & strides`, `+ drills and 4 strides`.
    else if (!tokenMatcher(item.token, Quantity) && word !== 'x' && word !== 'form' && word !== '&' && word !== 'and') return false;
  }
  return extras;
}
