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
  Located,
  Pace,
  Range,
  RunType,
  Session,
  SyntaxIssue,
} from './model';
import type { RawItem, RawSession } from './grammar';
import { At, Colon, Comma, DayName, Quantity, StringLiteral, UnterminatedString, Word } from './tokens';
import { quoteList, suggest } from './suggest';
import { tokenMatcher } from 'chevrotain';

export interface SourceText {
  text: string;
  rangeOf(token: IToken): Range;
  rangeBetween(first: IToken, last: IToken): Range;
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
const DISTANCE = /^(\d+(?:\.\d+)?)(km|k|mi|m)$/i;
const REPEATS = /^(\d+)x(.+)$/i;
const SECONDS = /^(\d+(?:\.\d+)?)(s|sec|secs)$/i;
const CLOCK = /^(\d{1,2})(?::(\d{2}))?(am|pm)?$/i;
const ZONE = /^z(\d+)$/i;
const LOAD = /^(\d+(?:\.\d+)?)(%|kg|lbs?)$/i;
const UNIT = /^\d+(?:[.:]\d+)*([a-z%]+)/i;
const WEIGHT_UNIT = /^(kg|lbs?)$/i;
const WHOLE_NUMBER = /^\d+$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const CLOCK_HINT = /[:apm]/i;
const ESCAPE = /\\(.)/g;
const KNOWN_UNITS = ['min', 'h', 'km', 'm', 'mi', 'k', 's', 'x'];
/** Units that may be written apart from their number by mistake (`10 km`). */
const SPACED_UNIT = /^(min|mins|h|km|k|mi|m)$/i;
const MILE_KM = 1.609344;

class SessionError extends Error {
  constructor(
    message: string,
    readonly range: Range,
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
  return token.image.toLowerCase();
}

/** Unescape a double-quoted string token (`"a \"b\""` → `a "b"`). */
export function unquote(image: string): string {
  const body = image.endsWith('"') && image.length >= 2 ? image.slice(1, -1) : image.slice(1);
  return body.includes('\\') ? body.replace(ESCAPE, '$1') : body;
}

function duration(image: string): number | undefined {
  const match = DURATION.exec(image);
  if (!match) return undefined;
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

const PACE_CLOCK = /^(\d{1,2}):(\d{2})(?:min|mins)?$/i;
const PACE_UNIT = /^(?:(?:min)?\/)?(km|k|mi|mile)$/i;
const SLOWEST_PACE = 20 * 60;
const FASTEST_PACE = 2 * 60;

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
  const match = clock && PACE_CLOCK.exec(clock.image);
  if (!clock || !match) return `Expected a pace like 5:00/km or 8:30/mi${clock ? `, not '${clock.image}'` : ''}`;
  let i = index + 1;
  // The unit: `/km`, `min/km` (one word), `min /km`, `per km`, `per mile`.
  if (tokens[i] && /^min$/i.test(tokens[i].image) && tokens[i + 1]?.image === '/') i++;
  if (tokens[i] && (tokens[i].image === '/' || /^per$/i.test(tokens[i].image))) i++;
  const unitToken = tokens[i];
  const unit = unitToken && PACE_UNIT.exec(unitToken.image);
  if (!unit) return `'${clock.image}' needs a unit — write the pace like ${clock.image.replace(/min$/i, '')}/km or ${clock.image.replace(/min$/i, '')}/mi`;
  const seconds = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59) return `'${clock.image}' is not a pace — seconds go from 00 to 59`;
  const per = unit[1].toLowerCase().startsWith('m') ? 'mi' : 'km';
  const secondsPerKm = per === 'mi' ? seconds / MILE_KM : seconds;
  if (secondsPerKm < FASTEST_PACE || secondsPerKm > SLOWEST_PACE) {
    return `'${source.text.slice(clock.startOffset, tokenEnd(unitToken))}' is not a running pace — between 2:00 and 20:00 per km`;
  }
  return { pace: { secondsPerKm, per }, range: source.rangeBetween(clock, unitToken), next: i + 1 };
}

/** Clock time in minutes after midnight, or a message saying what is wrong with it. */
export function clockMinutes(image: string): number | string {
  const match = CLOCK.exec(image);
  if (!match) return `'${image}' is not a time of day — write it like @07:00, @18:30 or @7am`;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const suffix = match[3]?.toLowerCase();
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
  /** The kind word as written (`rest`, `off`, `lift`, …). */
  word: string;
  attributes: Attributes;
  focus?: Located<GymFocus>;
  intensity?: Located<GymIntensity>;
  runType?: Located<RunType>;
  effort?: Located<CrossEffort>;
  style?: ConditioningStyle;
  sport?: string;
  event?: { type: EventType; discipline: EventDiscipline; what?: Located<string> };
  exercises?: { list: Exercise[]; range: Range };
  firstError?: SessionError;
}

function kindWordsFor(kind: Session['kind']): string[] {
  switch (kind) {
    case 'gym':
      return [...FOCUS_WORDS.keys(), ...INTENSITY_WORDS, 'body', ...ATTRIBUTE_WORDS];
    case 'run':
      return [...RUN_TYPES, ...ATTRIBUTE_WORDS];
    case 'cross':
      return [...CROSS_EFFORTS, ...ATTRIBUTE_WORDS];
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
      return `expected 'easy', 'hard' or an attribute`;
    default:
      return 'a rest day takes only a note';
  }
}

/** Reads one raw session. Returns the session (without its `entry`, which the caller sets) and at most one error. */
export function readSession(raw: RawSession, source: SourceText): { session?: UnattachedSession; error?: SyntaxIssue } {
  const first = raw.items[0];
  const last = raw.items[raw.items.length - 1];
  const firstToken = 'token' in first ? first.token : first.open;
  const lastToken = 'token' in last ? last.token : (last.close ?? last.items[last.items.length - 1] ?? last.open);
  const range = source.rangeBetween(firstToken, lastToken);

  if (!('token' in first) || !tokenMatcher(first.token, Word)) {
    const shown = 'token' in first ? first.token.image : '[';
    return { error: { message: `Expected a session (gym, run, rest, bike, …) before '${shown}'`, range: source.rangeOf(firstToken) } };
  }
  const kindWord = lower(first.token);
  const builder = startSession(kindWord, first.token, source);
  if (!builder) return { error: unknownSession(first.token, source) };

  const items = raw.items;
  for (let i = 1; i < items.length; i++) {
    try {
      i = readItem(builder, items, i, source);
    } catch (error) {
      if (!(error instanceof SessionError)) throw error;
      builder.firstError ??= error;
      if (error instanceof SessionIndexError) i = error.index;
    }
  }

  // Explicit literals, not `{ ...base }`: object spread here made parsing ten times slower.
  const text = source.text.slice(firstToken.startOffset, tokenEnd(lastToken));
  const keywordRange = source.rangeOf(first.token);
  const attributes = builder.attributes;
  let session: UnattachedSession;
  switch (builder.kind) {
    case 'rest':
      session = { kind: 'rest', range, text, keywordRange, attributes };
      break;
    case 'gym':
      session = {
        kind: 'gym',
        range,
        text,
        keywordRange,
        attributes,
        focus: builder.focus?.value ?? 'full',
        focusRange: builder.focus?.range,
        intensity: builder.intensity?.value ?? 'moderate',
        intensityRange: builder.intensity?.range,
        exercises: builder.exercises?.list ?? [],
        exercisesRange: builder.exercises?.range,
      };
      break;
    case 'run':
      session = { kind: 'run', range, text, keywordRange, attributes, runType: builder.runType?.value ?? 'easy', runTypeRange: builder.runType?.range };
      break;
    case 'cross':
      session = {
        kind: 'cross',
        range,
        text,
        keywordRange,
        attributes,
        activity: kindWord as CrossActivity,
        effort: builder.effort?.value ?? 'easy',
        effortRange: builder.effort?.range,
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
        effortRange: builder.effort?.range,
      };
      break;
    case 'sport':
      session = {
        kind: 'sport',
        range,
        text,
        keywordRange,
        attributes,
        sport: builder.sport ?? kindWord,
        effort: builder.effort?.value ?? 'hard',
        effortRange: builder.effort?.range,
      };
      break;
    case 'event':
      session = {
        kind: 'event',
        range,
        text,
        keywordRange,
        attributes,
        event: builder.event?.type ?? 'race',
        discipline: builder.event?.discipline ?? 'run',
        what: builder.event?.what,
      };
      break;
  }
  const error = builder.firstError;
  return { session, error: error && { message: error.message, range: error.range } };
}

function startSession(word: string, token: IToken, source: SourceText): Builder | undefined {
  if ((REST_WORDS as readonly string[]).includes(word)) return { kind: 'rest', word, attributes: {} };
  if ((GYM_WORDS as readonly string[]).includes(word)) return { kind: 'gym', word, attributes: {} };
  if (word === 'run') return { kind: 'run', word, attributes: {} };
  if ((CROSS_ACTIVITIES as readonly string[]).includes(word)) return { kind: 'cross', word, attributes: {} };
  const focus = FOCUS_WORDS.get(word);
  if (focus) return { kind: 'gym', word, attributes: {}, focus: { value: focus, range: source.rangeOf(token) } };
  return undefined;
}

function unknownSession(token: IToken, source: SourceText): SyntaxIssue {
  const word = token.image;
  const range = source.rangeOf(token);
  const typed = word.toLowerCase();
  if ((RUN_TYPES as readonly string[]).includes(typed) && typed !== 'easy') {
    return { message: `Unknown session '${word}' — did you mean 'run ${typed}'?`, range };
  }
  if ((INTENSITY_WORDS as readonly string[]).includes(typed)) {
    return { message: `Unknown session '${word}' — did you mean 'gym ${typed}'?`, range };
  }
  const guess = suggest(word, SESSION_WORDS) ?? suggestRunType(typed);
  if (guess) return { message: `Unknown session '${word}' — did you mean '${guess}'?`, range };
  return { message: `Unknown session '${word}' — expected gym, run, rest or a cross-training (${CROSS_ACTIVITIES.join(', ')})`, range };
}

function suggestRunType(typed: string): string | undefined {
  const type = suggest(typed, RUN_TYPES);
  return type && type !== 'easy' ? `run ${type}` : undefined;
}

function setAttribute<K extends keyof Attributes>(builder: Builder, key: K, value: NonNullable<Attributes[K]>): void {
  if (builder.attributes[key] !== undefined) {
    throw new SessionError(`${capitalise(attributeNames[key])} given twice — each attribute at most once per session`, value.range);
  }
  builder.attributes[key] = value;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function tokenAt(items: RawItem[], index: number): IToken | undefined {
  const item = items[index];
  return item && 'token' in item ? item.token : undefined;
}

/** Reads the item at `index` (and any it owns, like the number after `rpe`); returns the index of the last one read. */
function readItem(builder: Builder, items: RawItem[], index: number, source: SourceText): number {
  const item = items[index];
  if (!('token' in item)) {
    readExerciseList(builder, item, source);
    return index;
  }
  const token = item.token;
  // A word (the most common item) is read with its own range by readWord.
  if (builder.kind !== 'rest' && tokenMatcher(token, Word)) return readWord(builder, items, index, token, source);
  const range = source.rangeOf(token);
  if (tokenMatcher(token, StringLiteral)) {
    setAttribute(builder, 'note', { value: unquote(token.image), range });
    return index;
  }
  if (tokenMatcher(token, UnterminatedString)) {
    throw new SessionError(`Unterminated note — add the closing '"'`, range);
  }
  if (builder.kind === 'rest') {
    throw new SessionError(`'${builder.word}' takes only a note, not '${token.image}'`, range);
  }
  if (tokenMatcher(token, At)) {
    const clock = tokenAt(items, index + 1);
    if (!clock || !tokenMatcher(clock, Quantity)) {
      throw new SessionError(`Expected a time after '@', like @07:00 or @7am`, range);
    }
    const minutes = clockMinutes(clock.image);
    if (typeof minutes === 'string') throw new SessionError(minutes, source.rangeOf(clock));
    setAttribute(builder, 'time', {
      value: { clockMinutes: minutes, period: minutes < 12 * 60 ? 'am' : 'pm' },
      range: source.rangeBetween(token, clock),
    });
    return index + 1;
  }
  if (tokenMatcher(token, Quantity)) {
    // `10 km`, `45 min`: the unit written apart. Read it as meant, and say to write it together.
    const unit = tokenAt(items, index + 1);
    if (NUMBER.test(token.image) && unit && tokenMatcher(unit, Word) && SPACED_UNIT.test(unit.image) && unit.startOffset > tokenEnd(token)) {
      const both = source.rangeBetween(token, unit);
      const image = `${token.image}${unit.image}`;
      readQuantity(builder, { ...token, image }, both);
      throw new SessionIndexError(`Write '${image}' without a space`, both, index + 1);
    }
    readQuantity(builder, token, range);
    return index;
  }
  if (tokenMatcher(token, Comma)) {
    throw new SessionError(`Separate the sessions of one day with '+', not ','`, range);
  }
  throw new SessionError(`Unexpected '${token.image}' in ${kindNames[builder.kind]}`, range);
}

/** Longest session (minutes) and distance (km) a plan may write: past these a number is a typo (or 400 digits). */
const MAX_SESSION_MINUTES = 48 * 60;
const MAX_SESSION_KM = 1000;
/** A number too long to quote whole (400 digits) is quoted by its start, so the message stays one readable line. */
const shown = (image: string): string => (image.length > 24 ? `${image.slice(0, 12)}…` : image);

function readQuantity(builder: Builder, token: IToken, range: Range): void {
  const image = token.image;
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
  const repeats = REPEATS.exec(image);
  if (repeats) {
    const count = Number(repeats[1]);
    const each = repeats[2];
    if (count < 1) throw new SessionError(`Repeats need a count of at least 1, like 6x800m`, range);
    const eachKm = distanceKm(each);
    const eachMinutes = duration(each);
    const eachSeconds = seconds(each);
    const total =
      eachKm !== undefined ? count * eachKm : eachMinutes !== undefined ? count * eachMinutes : eachSeconds !== undefined ? (count * eachSeconds) / 60 : undefined;
    const limit = eachKm !== undefined ? MAX_SESSION_KM : MAX_SESSION_MINUTES;
    if (!(count <= 10_000) || (total !== undefined && !(total <= limit)) || (WHOLE_NUMBER.test(each) && !(Number(each) <= 10_000))) {
      throw new SessionError(`'${shown(image)}' is too much for one session — write the repeats as you will do them, like 6x800m`, range);
    }
    if (eachKm !== undefined && eachKm > 0) {
      setAttribute(builder, 'repeats', { value: { count, eachKm }, range });
    } else if (eachMinutes !== undefined && eachMinutes > 0) {
      setAttribute(builder, 'repeats', { value: { count, eachMinutes }, range });
    } else if (eachSeconds !== undefined && eachSeconds > 0) {
      setAttribute(builder, 'repeats', { value: { count, eachMinutes: eachSeconds / 60 }, range });
    } else if (WHOLE_NUMBER.test(each) && Number(each) > 0) {
      setAttribute(builder, 'repeats', { value: { count, reps: Number(each) }, range });
    } else {
      throw new SessionError(`'${image}' is not a repeat — write it like 6x800m, 5x1km, 4x4min or 5x5`, range);
    }
    return;
  }
  if (CLOCK.test(image) && CLOCK_HINT.test(image)) {
    throw new SessionError(`Write a start time with '@', like '@${image}'`, range);
  }
  throw new SessionError(unitHint(image), range);
}

function readWord(builder: Builder, items: RawItem[], index: number, token: IToken, source: SourceText): number {
  const word = lower(token);
  const range = source.rangeOf(token);
  if (word === 'am' || word === 'pm') {
    setAttribute(builder, 'time', { value: { period: word }, range });
    return index;
  }
  if (word === 'rpe') {
    const number = tokenAt(items, index + 1);
    if (!number || !tokenMatcher(number, Quantity)) throw new SessionError(`'rpe' needs a number from 1 to 10`, range);
    if (!WHOLE_NUMBER.test(number.image)) {
      throw new SessionError(`'rpe' needs a whole number from 1 to 10`, source.rangeOf(number));
    }
    const value = Number(number.image);
    if (value < 1 || value > 10) throw new SessionError(`'rpe' needs a number from 1 to 10`, source.rangeOf(number));
    setAttribute(builder, 'rpe', { value, range: source.rangeBetween(token, number) });
    return index + 1;
  }
  const glued = /^rpe(\d+)$/.exec(word);
  if (glued) {
    // `rpe7`: read as meant, and say to write it apart.
    const value = Number(glued[1]);
    if (value < 1 || value > 10) throw new SessionError(`'rpe' needs a number from 1 to 10`, range);
    setAttribute(builder, 'rpe', { value, range });
    throw new SessionError(`Write 'rpe ${value}' with a space`, range);
  }
  const zone = ZONE.exec(word);
  if (zone) {
    const value = Number(zone[1]);
    if (value < 1 || value > 5) throw new SessionError(`Zones go from z1 to z5`, range);
    setAttribute(builder, 'zone', { value, range });
    return index;
  }
  if (tokenMatcher(token, DayName)) {
    const next = tokenAt(items, index + 1);
    if (next && tokenMatcher(next, Colon)) {
      throw new SessionError(`'${token.image}:' starts another day — separate days with ';' or a new line`, source.rangeBetween(token, next));
    }
  }
  switch (builder.kind) {
    case 'gym': {
      const focus = FOCUS_WORDS.get(word);
      if (focus) {
        if (builder.focus) throw new SessionError(`A gym session has one focus — '${builder.focus.value}' is already given`, range);
        builder.focus = { value: focus, range };
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
        if (builder.intensity) throw new SessionError(`A gym session has one intensity — '${builder.intensity.value}' is already given`, range);
        builder.intensity = { value: word as GymIntensity, range };
        return index;
      }
      break;
    }
    case 'run':
      if ((RUN_TYPES as readonly string[]).includes(word)) {
        if (builder.runType) throw new SessionError(`A run has one type — '${builder.runType.value}' is already given`, range);
        builder.runType = { value: word as RunType, range };
        return index;
      }
      break;
    case 'cross':
      if ((CROSS_EFFORTS as readonly string[]).includes(word)) {
        if (builder.effort) throw new SessionError(`A cross-training session is easy or hard — '${builder.effort.value}' is already given`, range);
        builder.effort = { value: word as CrossEffort, range };
        return index;
      }
      break;
    default:
      break;
  }
  const guess = suggest(word, kindWordsFor(builder.kind));
  throw new SessionError(
    guess
      ? `Unknown word '${token.image}' in ${kindNames[builder.kind]} — did you mean '${guess}'?`
      : `Unknown word '${token.image}' in ${kindNames[builder.kind]} — ${expectedWords(builder.kind)}`,
    range,
  );
}

function readExerciseList(builder: Builder, list: Extract<RawItem, { open: IToken }>, source: SourceText): void {
  const last = list.close ?? list.items[list.items.length - 1] ?? list.open;
  const range = source.rangeBetween(list.open, last);
  if (builder.kind !== 'gym') {
    throw new SessionError(`Exercises in brackets are only for gym sessions, not ${kindNames[builder.kind]}`, range);
  }
  if (builder.exercises) throw new SessionError(`Exercises given twice — put them all in one [ … ] list`, range);
  const exercises: Exercise[] = [];
  builder.exercises = { list: exercises, range };
  if (list.items.length === 0) throw new SessionError(`Expected an exercise in the brackets, like [squat 5x5 @80%]`, range);
  let group: IToken[] = [];
  const groups: IToken[][] = [];
  for (const token of list.items) {
    if (tokenMatcher(token, Comma)) {
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
  // A right-sized copy for the model (push reserved room for seventeen).
  builder.exercises.list = exercises.slice();
  if (firstError) throw firstError;
}

/** `name words [SETSxREPS | SETSxTIME] [@ load]`. */
function readExercise(tokens: IToken[], source: SourceText): Exercise {
  let index = 0;
  const names: IToken[] = [];
  while (index < tokens.length && tokenMatcher(tokens[index], Word)) names.push(tokens[index++]);
  if (names.length === 0) {
    throw new SessionError(`Expected an exercise name before '${tokens[0].image}'`, source.rangeOf(tokens[0]));
  }
  const exercise: Exercise = {
    name: names.map(lower).join(' '),
    range: source.rangeBetween(tokens[0], tokens[tokens.length - 1]),
    nameRange: source.rangeBetween(names[0], names[names.length - 1]),
  };
  const scheme = tokens[index];
  if (scheme && tokenMatcher(scheme, Quantity)) {
    const match = REPEATS.exec(scheme.image);
    if (!match) throw new SessionError(`'${scheme.image}' is not a set scheme — write SETSxREPS like 5x5, or SETSxTIME like 3x60s`, source.rangeOf(scheme));
    exercise.sets = Number(match[1]);
    const each = match[2];
    const eachSeconds = seconds(each) ?? ((duration(each) ?? NaN) * 60);
    if (WHOLE_NUMBER.test(each)) exercise.reps = Number(each);
    else if (eachSeconds > 0) exercise.seconds = eachSeconds;
    else throw new SessionError(`'${scheme.image}' is not a set scheme — write SETSxREPS like 5x5, or SETSxTIME like 3x60s`, source.rangeOf(scheme));
    if (exercise.sets < 1) throw new SessionError(`Sets go from 1 up, like 5x5`, source.rangeOf(scheme));
    index++;
  }
  const at = tokens[index];
  if (at && tokenMatcher(at, At)) {
    exercise.load = readLoad(tokens.slice(index + 1), at, source);
    return exercise;
  }
  if (at) {
    throw new SessionError(`Unexpected '${at.image}' in an exercise — write it like: squat 5x5 @80%`, source.rangeOf(at));
  }
  return exercise;
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
  const match = LOAD.exec(first.image);
  if (!match) throw new SessionError(`'${first.image}' is not a load — write it like @80%, @100kg, @225lb or @rpe 8`, source.rangeOf(first));
  if (second) throw new SessionError(`Unexpected '${second.image}' after the load`, source.rangeOf(second));
  const value = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (unit === '%') return { text, percent: value };
  if (unit === 'kg') return { text, kg: value };
  return { text, kg: Math.round(value * 0.45359237 * 100) / 100 };
}
