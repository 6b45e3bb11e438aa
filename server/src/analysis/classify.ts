// What a session counts as (language.md §4) and how much it weighs (rules.md: default minutes and RPE).
// Pure and cached: a session object is classified once, however many rules and repeated weeks ask.
import { QUALITY_RUN_TYPES, SHARED_FACTS, newFacts, type CrossActivity, type Day, type GymSession, type Plan, type RunSession, type Session, type WeekBlock } from '../language/model';
import { exerciseArea, exercisesArea, isBodyweight, onlyCoreWork, sparesLegs } from './exercises';

export interface SessionClass {
  /**
   * A heavy gym session that works the legs: a written focus `lower`/`legs`/`full`, or a listed lower-body or
   * whole-body exercise (squat, deadlift, lunge, clean … — see exercises.ts), or, with neither a focus nor a known
   * exercise, the default focus `full`. `gym heavy [bench 5x5, row 5x5]` is an upper day.
   */
  heavyLegs: boolean;
  /** Any gym `heavy`. */
  hardGym: boolean;
  /**
   * Tempo, threshold, intervals, hills, fartlek, race; any run with rpe ≥ 7 or zone z4/z5; an untyped run of
   * repeats (`run 8x600m`).
   */
  qualityRun: boolean;
  /** Run of type `long`, or a non-quality run of 90 minutes or more. A long run with quality in it is both. */
  longRun: boolean;
  /**
   * A run at a moderate effort that is neither easy nor quality: an untyped run with rpe 6 (`rpe 5-6`) or zone z3. The guide's
   * "if every run feels kind of hard" is about these: they are not hard, but they are not easy either.
   */
  steadyRun: boolean;
  /** Easy/recovery (or untyped) run that is neither quality, long nor steady: the run classes never overlap, except long + quality. */
  easyRun: boolean;
  /** Cross session marked `hard`, or with rpe ≥ 7 or zone z4/z5. */
  hardCross: boolean;
  /** Conditioning or sport that is hard (the default for both), or an event (a race or a test). */
  hardOther: boolean;
  /**
   * A race or a test (an event session, or a run of type `race`): a planned hard day. The stacking and count rules
   * leave it alone, and a week that holds one is built around it.
   */
  event: boolean;
  /** Hard gym, quality run, hard cross, or hard conditioning / sport / an event. */
  hard: boolean;
  /**
   * Heavy legs, quality run, hard cross on a bike, rowing machine or hike, hard conditioning (running, jumps, lunges,
   * sleds, wall balls), a hard running or field / court sport, or an event that is run or mixed.
   */
  legHard: boolean;
  /** Rest, or an easy walk / mobility / yoga: leaves the day a rest day. */
  restLike: boolean;
  /**
   * A gym session that is short support work, not one of the guide's "3 gym sessions": not heavy, and either under
   * 30 minutes, or core / mobility work (focus `core`, or only core exercises) without a loaded exercise of 30 minutes or more.
   */
  accessory: boolean;
  /** Planned minutes: the written duration, else distance × pace, else the default of rules.md (see `plannedMinutes`). */
  minutes: number;
  /** True when the minutes come from a written duration. */
  minutesWritten: boolean;
  /** The written rpe, else the rpe of the written zone, else the default of rules.md. */
  rpe: number;
  /**
   * Session load (Foster 2001): minutes × RPE; a run written in parts counts its easy parts (`easyMinutes`) at an easy
   * RPE and the rest at the session's (`Jog 5mins easy, run 20mins Fartlek, jog 10mins easy`: 15 × 3 + 20 × 7).
   */
  load: number;
  /** Minutes of a run's parts run easy (warm-up, jogs, cool-down), counted at the easy RPE in its load; else 0. */
  easyMinutes: number;
  /** Distance in km: the written distance, else repeats count × each repeat's km (work distance). */
  distanceKm?: number;
}

const HARD_RPE = 7;
const HARD_ZONE = 4;
const LONG_RUN_MINUTES = 90;
/** Quality types that short repeats turn into strides or sprint drills (`4x30s hills`, `sprints 3x30m`). */
const STRIDE_TYPES = new Set(['intervals', 'hills', 'fartlek']);
/** Effort targets that make a run a quality run (`run 5km @ 10k pace`). */
const QUALITY_TARGETS = new Set(['threshold', 'tempo', '10k', '5k', 'mile', 'interval', 'race']);
/** Effort targets of a steady run (`run 8mi @ MP`); on a long run they are quality in it (`run long 16mi with 8mi @ MP`). */
const STEADY_TARGETS = new Set(['steady', 'marathon', 'half-marathon']);
/**
 * Sports played on the legs: running, sprinting, jumping and cutting on a field or court. A hard session of one is
 * leg-hard; climbing, swimming, golf, grappling and the like are hard but not for the legs.
 */
const LEG_SPORT =
  /\b(football|soccer|futsal|korfball|floorball|camogie|shinty|rugby|basketball|netball|handball|volleyball|hockey|lacrosse|tennis|squash|badminton|padel|pickleball|ultimate|frisbee|gaelic|hurling|aussie rules|afl|cricket|baseball|softball|track|sprint(s|ing)?|skiing|ski|skating)\b/;
/**
 * A run written as a maximal effort (`2 x max effort 1 mile`, `1 mile run best effort`, `Run: 4 miles, best time`, `run 3
 * miles as fast as possible`, `all-out 800m`, `flat out`), or
 * timed as a trial (`2-mile run for time`, the Army's test event practised; not `time on feet`, nor `not for time`):
 * quality, whatever its type.
 */
const MAX_EFFORT = /\b(?:max(?:imal|imum)?[- ](?:effort|speed|velocity|intensity)|(?:top|full)[- ]speed|best[- ](?:effort|time)|as\s+fast\s+as\s+(?:possible|you\s+can)|all[- ]out|flat[- ]out|(?<!\bnot\s)for\s+time(?!\s+on\s+(?:your\s+)?feet))\b/i;
/**
 * Sprint repeats: maximal efforts, quality however short (strides stay strides). Shuttle runs too: flat out with a
 * turn (`shuttle 20m x8`, `shuttle runs 8 x 20m`), the repeated sprints of a field-sport or fitness-test plan; and
 * short repeats written flat out or at 85 % or more (`speed endurance: 6 x 150m @ 90%`, `all-out 100s`); and `150s`
 * (`150s x 6`: a team's conditioning runs named in the plural, worked repeats at the strides' limit; `6 x 150m` and
 * `100s` stay short).
 */
const SPRINTS = /\b(?:sprint(s|ing)?|shuttles?|speed endurance|all[- ]out|flat[- ]out|max(?:imal)? effort|150s)\b|@\s*(?:8[5-9]|9\d|100)\s*%/i;
/**
 * Hills named as where a run goes (`in the hills`, `over hills`, `a hilly route`) or as the ground of an endurance run
 * (`Endurance Run: Hills`), or as the kind of miles (`7.5-8 hill miles`), not as the workout: with no repeats, a run
 * over hills rather than hill repeats.
 */
const HILLY_GROUND = /\b(?:in|on|over|through|across|among)\s+(?:the\s+)?hills\b|\bhilly\b|\bendurance\b|\bhill\s+(?:miles|kms?|kilomet(?:re|er)s)\b/i;
/**
 * An untyped run at this rpe or more (or zone z3) is steady: moderate, not easy. Rpe 5 is still conversational — the
 * guide's easy — on the running scales coaches publish, and beginners' plans call it easy (`easy run 15 min (5/10
 * effort)`): docs/rules/easy-run-too-hard.md. A range counts by its top (`rpe 5-6` is steady).
 */
export const STEADY_RPE = 6;
/** Support work under this many minutes is not one of the guide's gym sessions. */
const ACCESSORY_MINUTES = 30;

const LEG_HARD_CROSS = new Set<CrossActivity>(['bike', 'row', 'hike']);
const REST_LIKE_CROSS = new Set<CrossActivity>(['walk', 'mobility', 'yoga']);

const RUN_RPE: Record<string, number> = {
  recovery: 2,
  easy: 3,
  long: 4,
  steady: 5,
  tempo: 7,
  threshold: 7,
  fartlek: 7,
  hills: 7,
  intervals: 8,
  race: 9,
};
const GYM_RPE = { light: 4, moderate: 6, heavy: 8 } as const;
/** RPE of a zone when only the zone is written (z1 very easy … z5 maximal). */
const ZONE_RPE = [0, 2, 3, 5, 7, 9];

export const DEFAULT_MINUTES = {
  gym: 60,
  accessory: 20,
  easyRun: 40,
  longRun: 90,
  qualityRun: 50,
  cross: 45,
  conditioning: 45,
  sport: 60,
  event: 60,
} as const;

/**
 * Default pace per run type in seconds per km, for a run given only as a distance (`run long 12mi`): a recreational
 * runner's easy pace of 6:00/km (about 9:40/mi), and the usual steps from it (Daniels' Running Formula: marathon pace
 * about 30 s/km faster, threshold about 60 s/km faster). A run with repeats keeps the default minutes of its class
 * (warm-up, recoveries and cool-down are not in the distance).
 */
export const DEFAULT_PACE: Readonly<Record<string, number>> = {
  recovery: 390,
  easy: 360,
  long: 360,
  steady: 330,
  fartlek: 330,
  hills: 330,
  tempo: 300,
  threshold: 300,
  intervals: 300,
  race: 300,
};

/** The pace of a run type in seconds per km: the default, or scaled from the plan's easy pace (`pace: 5:00/km`). */
export function paceFor(type: string, easyPace: number | undefined): number {
  const pace = DEFAULT_PACE[type] ?? DEFAULT_PACE.easy;
  return easyPace === undefined ? pace : (pace * easyPace) / DEFAULT_PACE.easy;
}

/** The easy pace each week block's plan states (`pace:`), set by `usePlanPace` before a plan is checked or totalled. */
const BLOCK_PACE = Symbol('hybrid.blockPace');
/** Week blocks of a plan that trains for a half marathon or longer (`usePlanPace`). */
const LONG_RACE = Symbol('hybrid.blockLongRace');
/** A block with what `usePlanPace` says of it: symbol properties, read on every `classify` (a WeakMap cost a hash lookup each). */
type PacedBlock = WeekBlock & { [BLOCK_PACE]?: number; [LONG_RACE]?: boolean };

/**
 * Makes the plan's `pace:` the easy pace of its sessions (the default 6:00/km without one). Cheap (one entry per week
 * block); `checkPlan`, `computeTotals` and the exports call it, so a plan re-parsed after an edit gets it too.
 */
export function usePlanPace(plan: Plan): void {
  const pace = plan.pace?.secondsPerKm;
  const blockPace = pace !== undefined && pace > 0 ? pace : writtenEasyPace(plan);
  // The plan paced last, checked again (fix-all screens a block hundreds of times on copies that share its list of
  // blocks): its blocks still say what they said, so they are not walked again. Another plan may share some of the
  // block objects and pace them otherwise, so only the last list is trusted.
  const blocks = plan.blocks as PacedList;
  if (blocks[PACED_AS] === lastPaced && lastPace === blockPace) return;
  const longRace = trainsForLongRace(plan);
  for (const block of plan.blocks as PacedBlock[]) {
    block[BLOCK_PACE] = blockPace;
    block[LONG_RACE] = longRace;
  }
  lastPaced += 1;
  lastPace = blockPace;
  blocks[PACED_AS] = lastPaced;
}

/**
 * A fact about a week's days worked out once and kept on the days (a `week N-M` block's repeats share them, and a
 * block taken whole from the parse before keeps its days): `compute` runs again only when the plan's pace says
 * otherwise than when it ran (a session's minutes and class depend on it). The days are never changed once built.
 */
export function keptOnDays<T>(days: object, block: WeekBlock, fact: symbol, compute: () => T): T {
  const holder = days as { [fact: symbol]: { pace: number | undefined; longRace: boolean | undefined; value: T } | undefined };
  const paced = block as PacedBlock;
  const pace = paced[BLOCK_PACE];
  const longRace = paced[LONG_RACE];
  const kept = holder[fact];
  if (kept !== undefined && kept.pace === pace && kept.longRace === longRace) return kept.value;
  const value = compute();
  holder[fact] = { pace, longRace, value };
  return value;
}

/**
 * Which call of `usePlanPace` paced a list of blocks, kept on the list: only the list paced last is trusted. A number,
 * not a reference to the list (a `WeakRef` keeps its target alive until the synchronous job ends, so a CLI or fuzz
 * loop that checks thousands of plans in one job kept every one of them: 24 KB a plan, out of memory at 245,000).
 */
const PACED_AS = Symbol('hybrid.pacedAs');
type PacedList = readonly WeekBlock[] & { [PACED_AS]?: number };
let lastPaced = 0;
let lastPace: number | undefined;

/** A half marathon (21.1 km), less a little for courses written short. */
const LONG_RACE_KM = 21;
/** A run this long (10 miles) is a half-marathon or marathon plan's long run, not a 5K or 10K plan's. */
const LONG_PLAN_RUN_KM = 16;
/** Whether a block itself holds such a race or run, kept on the block (a block is never changed once read). */
const HOLDS_LONG_RACE = Symbol('hybrid.blockHoldsLongRace');

/** The paces a block writes on the runs it calls easy or recovery, and on its tempo runs (once per block: blocks never change). */
const WRITTEN_PACES = Symbol('hybrid.blockWrittenPaces');
/** The slowest and fastest paces believed (seconds a km): a pace outside is a typo or a walk, not the runner's. */
const PACE_BOUNDS = { fastest: 150, slowest: 600 } as const;

interface WrittenPaces {
  easy: number[];
  tempo: number[];
  /** Runs that name no type, no repeats and no target (`AM 10 miles @ 6:30 avg`): most of a log's runs are easy ones. */
  plain: number[];
}

/** The fewest plain runs with a pace whose median is taken for the easy pace (one or two could be anything). */
const PLAIN_PACES_FOR_EASY = 3;

/**
 * The runner's easy pace as the plan writes it, when it writes no `pace:` line: the median pace of the runs it calls
 * easy or recovery (`Easy run 8 km @ 5:00/km`); with none, its tempo or threshold runs' median pace slowed as the
 * default paces are (6:00/km easy to 5:00/km tempo: about 60–75 s a mile, Daniels' E to T). A fast runner's plan writes
 * its runs faster than the default 6:00/km; judged against the default, its easy runs and its long run at `4:21/km`
 * were quality runs, and a week of them "all runs hard" (language-decisions.md, "The plan's own easy pace").
 * Undefined when the plan writes neither.
 */
function writtenEasyPace(plan: Plan): number | undefined {
  const easy: number[] = [];
  const tempo: number[] = [];
  const plain: number[] = [];
  for (const block of plan.blocks as (WeekBlock & { [WRITTEN_PACES]?: WrittenPaces })[]) {
    let own = block[WRITTEN_PACES];
    if (own === undefined) block[WRITTEN_PACES] = own = writtenPacesOf(block);
    for (const value of own.easy) easy.push(value);
    for (const value of own.tempo) tempo.push(value);
    for (const value of own.plain) plain.push(value);
  }
  if (easy.length > 0) return median(easy);
  if (tempo.length > 0) return (median(tempo) * DEFAULT_PACE.easy) / DEFAULT_PACE.tempo;
  // A training log's runs written with their average pace and no type (`AM 10 miles @ 6:30 avg`): their median is the
  // runner's everyday pace, which is easy running for most of a week.
  if (plain.length >= PLAIN_PACES_FOR_EASY) return median(plain);
  return undefined;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor((values.length - 1) / 2)] as number;
}

function writtenPacesOf(block: WeekBlock): WrittenPaces {
  const paces: WrittenPaces = { easy: [], tempo: [], plain: [] };
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      if (session.kind !== 'run') continue;
      const value = session.attributes.pace?.value.secondsPerKm;
      if (value === undefined || value < PACE_BOUNDS.fastest || value > PACE_BOUNDS.slowest) continue;
      if (session.runTypeRange === undefined) {
        if (session.attributes.repeats === undefined && session.attributes.effortTarget === undefined) paces.plain.push(value);
        continue;
      }
      if (session.runType === 'easy' || session.runType === 'recovery') paces.easy.push(value);
      else if (session.runType === 'tempo' || session.runType === 'threshold') paces.tempo.push(value);
    }
  }
  return paces;
}

/**
 * Whether the plan trains for a half marathon or longer: its goal says so (`goal: marathon`), it holds such a race, or
 * a run of 10 miles or more. Its bare
 * `race pace` (`4 mile pace`) is then half-marathon or marathon pace — steady, not quality. One pass over the plan
 * (each block's answer kept on it: a plan with one block re-read asks the others again for free).
 */
function trainsForLongRace(plan: Plan): boolean {
  let found = plan.goals.some((goal) => goal.longRace === true);
  for (const block of plan.blocks as (WeekBlock & { [HOLDS_LONG_RACE]?: boolean })[]) {
    let holds = block[HOLDS_LONG_RACE];
    if (holds === undefined) block[HOLDS_LONG_RACE] = holds = holdsLongRace(block);
    if (holds) found = true;
  }
  return found;
}

function holdsLongRace(block: WeekBlock): boolean {
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      const km = session.attributes.distance?.value;
      if (km === undefined) continue;
      if (session.kind === 'event' ? session.discipline === 'run' && km >= LONG_RACE_KM : session.kind === 'run' && km >= LONG_PLAN_RUN_KM) return true;
    }
  }
  return false;
}

/** Bare `race pace` in a plan for a half marathon or longer: the pace of that race, steady. */
function racePaceIsSteady(session: Session): boolean {
  return (session.entry.block as PacedBlock)[LONG_RACE] === true;
}

function planPace(session: Session): number | undefined {
  return (session.entry.block as PacedBlock)[BLOCK_PACE];
}

/**
 * Where a session keeps its class once computed: in its box of facts (model.ts, `SHARED_FACTS`), a symbol property
 * that JSON, `Object.keys` and `for…in` never show, holding an object of one shape, so a class is found with one load
 * of the box and one of its field (a 52-week plan asks ~7,000 times per check: a symbol property of the session itself,
 * read on sessions of a dozen shapes, cost more than the rest of the lookup; a WeakMap, or `Object.defineProperty`,
 * cost several milliseconds of a 520-week check and slowed every garbage collection). The copies of a cached day
 * line's sessions (parser.ts, `copyDay`) share the box of a kept copy that is never classified and never changed; a
 * session the parser changes for its week is a new object with a box of its own, so a class cannot travel to a
 * changed session. A session without a box gets one on its first class.
 */
/** A session's class with what it was computed for. */
interface ClassSlot {
  result: SessionClass;
  pace: number | undefined;
  longRace: boolean | undefined;
  weekLong: boolean | undefined;
  /** Whether a run its week calls long is as long or longer (`besideWrittenLong`), and whether it is half of a double (`halfOfDouble`). */
  shorterThanLong: boolean | undefined;
  double: boolean | undefined;
  /** The class for the other `shorterThanLong`: a line copied into weeks with and without a longer long run keeps both. */
  other: ClassSlot | undefined;
}

/** The weekend long run of each block (null: none), found once per block (a block is never changed once read). */
const WEEKEND_LONG = Symbol('hybrid.weekendLongRun');
type LongRunBlock = WeekBlock & { [WEEKEND_LONG]?: Session | null };
/** Run types a weekend long run may be written with (none, or an easy one). */
const PLAIN_RUN_TYPES = new Set<string | undefined>([undefined, 'easy', 'recovery']);
const SATURDAY = 5;
const SUNDAY = 6;
/** Minutes a kilometre is counted for when runs written by distance and by time are compared. */
const COMPARE_MIN_PER_KM = 6;

/**
 * The week's long run when the plan does not call it long (corpus README, session notation: "the week's clearly
 * longest run at the weekend in a plan built around one"): in a week block of 3 runs or more with a written time or
 * distance, none written `long`, the run on Saturday or Sunday that is longer than every other run of the week and is
 * written plain or easy (`Sun: 3 m run` after `Tue: 2.5 m run`, `Thu: 2.0 m run`; `Sat: Run 40mins easy`).
 */
/**
 * `Mon: AM 13 miles, PM 6`: one run of a double (another run the same day at the other time of day) is the day's
 * volume split in two, an experienced runner's easy mileage, not a long run by its length alone.
 */
function halfOfDouble(session: Session): boolean {
  const period = session.attributes.time?.value.period;
  if (period === undefined) return false;
  const mine = runLength(session);
  if (mine === undefined) return false;
  for (const other of timedRunsOn(session.entry.block).get(session.entry.weekday) ?? []) {
    if (other === session || other.attributes.time?.value.period === period) continue;
    // `am 18 miles, pm 3 miles`: a shakeout under a third of the run leaves it the long run.
    const theirs = runLength(other);
    if (theirs !== undefined && theirs * 3 >= mine) return true;
  }
  return false;
}

/** The runs with a time of day of a week block, by weekday (built once per block: a long block stays linear). */
const TIMED_RUNS = new WeakMap<WeekBlock, Map<number, Session[]>>();
function timedRunsOn(block: WeekBlock): Map<number, Session[]> {
  let byDay = TIMED_RUNS.get(block);
  if (byDay !== undefined) return byDay;
  byDay = new Map();
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const run of statement.sessions) {
      if (run.kind !== 'run' || run.attributes.time?.value.period === undefined) continue;
      const runs = byDay.get(statement.weekday) ?? [];
      runs.push(run);
      byDay.set(statement.weekday, runs);
    }
  }
  TIMED_RUNS.set(block, byDay);
  return byDay;
}

/** `fast finish long run`, `fast-finish`, `finishing fast`: the last part of a long run run hard. */
const FAST_FINISH = /\bfast[\s-]+finish(?:ed)?\b|\bfinish(?:ing)?\s+fast\b/i;
const CALLED_LONG = /(?<!\bmedium[\s-])\blong(?:\s+[a-z]+)?\s+run\b|\blsd\b/i;
/**
 * `long run 10mi`, `22M steady long run`, `20M Fast Finish Long Run`, `LSD`: a run the plan calls long (a type word may
 * win over `long`); a `medium long run` is not the week's long run.
 */
function calledLong(session: Session): boolean {
  return session.kind === 'run' && (session.runType === 'long' || CALLED_LONG.test(session.text));
}

/** The length of the longest run a week block calls long (`Sun: 22M steady long run`), or null: built once per block. */
const WRITTEN_LONG = Symbol('hybrid.writtenLongRun');
type WrittenLongBlock = WeekBlock & { [WRITTEN_LONG]?: number | null };
function writtenLongLength(block: WeekBlock): number | null {
  let longest = (block as WrittenLongBlock)[WRITTEN_LONG];
  if (longest !== undefined) return longest;
  longest = null;
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const run of statement.sessions) {
      if (!calledLong(run)) continue;
      const length = runLength(run);
      if (length !== undefined && (longest === null || length > longest)) longest = length;
    }
  }
  (block as WrittenLongBlock)[WRITTEN_LONG] = longest;
  return longest;
}

/**
 * `Wed: 13.4M easy` in a week whose `Sun: 22M steady long run` is called long: a medium-long run, not a second long
 * run by its length — the week's long run is the one the plan calls long (language-decisions.md, "Repeat paces,
 * practices after a time of day, medium-long runs").
 */
function besideWrittenLong(session: Session): boolean {
  if (calledLong(session)) return false;
  const mine = runLength(session);
  const longest = mine === undefined ? null : writtenLongLength(session.entry.block);
  return longest !== null && mine !== undefined && longest >= mine;
}

/** A run's written length in minutes (its duration, else its distance at the comparison pace), or undefined. */
function runLength(session: Session): number | undefined {
  const minutes = session.attributes.duration?.value;
  const km = session.attributes.distance?.value;
  return minutes ?? (km === undefined ? undefined : km * COMPARE_MIN_PER_KM);
}

function weekendLongRun(session: Session): boolean {
  const block = session.entry.block as LongRunBlock;
  let found = block[WEEKEND_LONG];
  if (found === undefined) block[WEEKEND_LONG] = found = findWeekendLongRun(block);
  return found === session;
}

function findWeekendLongRun(block: WeekBlock): Session | null {
  let best: Session | null = null;
  let bestLength = -1;
  let second = -1;
  let runs = 0;
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      if (session.kind !== 'run') continue;
      if (session.runType === 'long') return null;
      const minutes = session.attributes.duration?.value;
      const km = session.attributes.distance?.value;
      const length = minutes ?? (km === undefined ? undefined : km * COMPARE_MIN_PER_KM);
      if (length === undefined) continue;
      runs++;
      if (length > bestLength) {
        second = bestLength;
        bestLength = length;
        best = session;
      } else if (length > second) second = length;
    }
  }
  if (best === null || runs < 3 || bestLength <= second) return null;
  const weekday = best.entry.weekday;
  if ((weekday !== SATURDAY && weekday !== SUNDAY) || best.kind !== 'run' || !PLAIN_RUN_TYPES.has(best.runType)) return null;
  return best;
}

export function classify(session: Session): SessionClass {
  let facts = session[SHARED_FACTS];
  if (facts === undefined) session[SHARED_FACTS] = facts = newFacts();
  const top = facts.class as ClassSlot | undefined;
  // A run's class depends on the plan's pace (`pace:`): recomputed if the pace changed since (rare: a new statement).
  const kind = session.kind;
  const pace = kind === 'run' || kind === 'event' ? planPace(session) : undefined;
  // So is `race pace`: steady in a plan for a half marathon or longer.
  const longRace = kind === 'run' && session.attributes.effortTarget?.value === 'race' ? racePaceIsSteady(session) : undefined;
  // And whether it is its week's long run by being the weekend's longest (a cached line's copies share one box).
  const weekLong = kind === 'run' ? weekendLongRun(session) : undefined;
  // And whether its week calls a run as long or longer long, or runs a double that day: a cached line's copies share one
  // box across texts, so a class computed beside `Sat: long run 10 mi` must not outlive that line (review11).
  // (Not `besideWrittenLong` itself: its regex on every run's text cost 1 ms a keystroke; whether the session is called
  // long is the same for every copy that shares the box. Not the length itself: a line copied into weeks of different
  // long runs would compute its class again in each.)
  const mine = kind === 'run' ? runLength(session) : undefined;
  const longest = mine === undefined ? null : writtenLongLength(session.entry.block);
  const shorterThanLong = kind === 'run' ? longest !== null && mine !== undefined && longest >= mine : undefined;
  const double = kind === 'run' && session.attributes.time?.value.period !== undefined ? halfOfDouble(session) : undefined;
  const cached = top === undefined || top.shorterThanLong === shorterThanLong ? top : top.other;
  if (cached !== undefined && cached.pace === pace && cached.longRace === longRace && cached.weekLong === weekLong && cached.double === double) return cached.result;
  const result = compute(session);
  const slot: ClassSlot = { result, pace, longRace, weekLong, shorterThanLong, double, other: undefined };
  if (top === undefined || top.shorterThanLong === shorterThanLong) {
    slot.other = top?.other;
    facts.class = slot;
  } else top.other = slot;
  return result;
}

/** A day whose only sessions are rest, easy walk/mobility/yoga, or nothing (an unplanned day counts as rest). */
export function isRestDay(day: Day): boolean {
  for (const session of day.sessions) if (!classify(session).restLike) return false;
  return true;
}

function effortIsHard(session: Session): boolean {
  const { rpe, zone } = session.attributes;
  return (rpe !== undefined && rpe.value >= HARD_RPE) || (zone !== undefined && zone.value >= HARD_ZONE);
}

function writtenRpe(session: Session): number | undefined {
  const { rpe, zone } = session.attributes;
  if (rpe) return rpe.value;
  if (zone) return ZONE_RPE[Math.min(5, Math.max(1, zone.value))];
  return undefined;
}

function distanceOf(session: Session): number | undefined {
  const { distance, repeats } = session.attributes;
  if (distance) return distance.value;
  if (repeats && repeats.value.eachKm !== undefined) return roundKm(repeats.value.count * repeats.value.eachKm);
  return undefined;
}

/** Metres precision, so `6x800m` is 4.8 and not 4.800000000000001. */
export function roundKm(km: number): number {
  return Math.round(km * 1000) / 1000;
}

function compute(session: Session): SessionClass {
  const base: SessionClass = {
    heavyLegs: false,
    hardGym: false,
    qualityRun: false,
    longRun: false,
    steadyRun: false,
    easyRun: false,
    hardCross: false,
    hardOther: false,
    event: false,
    hard: false,
    legHard: false,
    restLike: false,
    accessory: false,
    minutes: 0,
    minutesWritten: false,
    rpe: 0,
    load: 0,
    easyMinutes: 0,
    distanceKm: distanceOf(session),
  };
  const duration = session.attributes.duration?.value;
  switch (session.kind) {
    case 'rest':
      base.restLike = true;
      return base;
    case 'gym': {
      // No intensity written: low reps or a heavy load on a main lift (`squat 5x5`, `bench 3x3 @85%`) make it heavy.
      const inferredHeavy = session.intensityRange === undefined && liftsHeavy(session);
      base.hardGym = session.intensity === 'heavy' || inferredHeavy;
      base.heavyLegs = base.hardGym && worksLegs(session);
      base.accessory = !base.hardGym && isSupportWork(session, duration);
      base.rpe = writtenRpe(session) ?? GYM_RPE[inferredHeavy ? 'heavy' : session.intensity];
      base.minutes = duration ?? (base.accessory ? DEFAULT_MINUTES.accessory : DEFAULT_MINUTES.gym);
      break;
    }
    case 'run': {
      // `6x800m with 400m walk recovery`: the recovery is between the repeats, the run is not a recovery run.
      const typed = session.runTypeRange !== undefined && !recoveryBetweenRepeats(session);
      const written = session.attributes.effortTarget?.value;
      // `race pace` in a half-marathon or marathon plan is that race's pace: a steady target.
      const target = written === 'race' && racePaceIsSteady(session) ? 'marathon' : written;
      const pace = paceClass(session, planPace(session));
      // A beginner's run/walk (`run 1 min, walk 90 sec x 8`, `run/walk intervals 20 min`) is easy aerobic work, not
      // intervals: only a written hard effort or a pace or effort target at threshold or faster makes it quality.
      const runWalk = isRunWalk(session);
      // `90' Z1 flat, hills or fire roads`: hills at an easy zone or rpe are the ground of an easy run, not hill repeats.
      // `55 minutes, in hills`, `endurance run: hills 30-45min`: hills as the ground of a run (or of an endurance run),
      // with no repeats, are a hilly run, not hill repeats.
      // `55-75' Z1 hills + hill sprints`: sprints named with the hills are the workout, whatever the ground's zone.
      const easyHills =
        session.runType === 'hills' && !isRepeatsRun(session) && (effortIsEasy(session) || HILLY_GROUND.test(session.text)) && !(SPRINTS.test(session.text) && !session.attributes.strides);
      base.qualityRun =
        (!runWalk && !easyHills && QUALITY_RUN_TYPES.has(session.runType) && !(STRIDE_TYPES.has(session.runType) && shortRepeats(session))) ||
        effortIsHard(session) ||
        (!session.attributes.strides && MAX_EFFORT.test(session.text)) ||
        (target !== undefined && QUALITY_TARGETS.has(target)) ||
        pace === 'quality' ||
        (!typed && !runWalk && isRepeatsRun(session) && !shortRepeats(session)) ||
        // A long run with marathon-pace (or steady) work in it: `run long 16mi with 8mi @ MP`.
        (session.runType === 'long' && ((target !== undefined && STEADY_TARGETS.has(target)) || pace === 'steady')) ||
        // `20M Fast Finish Long Run`: a long run whose last miles are run fast has its quality part.
        (calledLong(session) && FAST_FINISH.test(session.text));
      base.steadyRun =
        !base.qualityRun &&
        (session.runType === 'steady' || (!typed && (isModerate(session) || (target !== undefined && STEADY_TARGETS.has(target)) || pace === 'steady')));
      base.event = session.runType === 'race';
      base.minutes = duration ?? plannedRunMinutes(session, base.qualityRun, base.steadyRun, planPace(session));
      // `20 miles with 12 @ MP`, `16 miles, last 4 at marathon pace`: a run long by its length with marathon-pace (or
      // steady) work in it is a long run with quality in it, as `run long 16mi with 8mi @ MP` is.
      if (!base.qualityRun && !typed && base.steadyRun && base.minutes >= LONG_RUN_MINUTES && ((target !== undefined && STEADY_TARGETS.has(target)) || pace === 'steady')) {
        base.qualityRun = true;
        base.steadyRun = false;
        base.longRun = true;
      }
      const longByLength = !base.qualityRun && base.minutes >= LONG_RUN_MINUTES && !halfOfDouble(session) && !besideWrittenLong(session);
      base.longRun = base.longRun || session.runType === 'long' || longByLength || (!base.qualityRun && weekendLongRun(session));
      if (base.longRun) base.steadyRun = false;
      base.easyRun = !base.qualityRun && !base.longRun && !base.steadyRun;
      const rpeType = base.qualityRun && session.runType === 'long' ? 'tempo'
        // A weekend long run the plan does not call long keeps the effort it is written at (a beginner's 40 easy minutes).
        : base.longRun && session.runType !== 'recovery' && (session.runType === 'long' || longByLength) ? 'long'
        : base.steadyRun ? 'steady'
        : base.qualityRun && !QUALITY_RUN_TYPES.has(session.runType) ? 'tempo'
        : session.runType;
      base.rpe = writtenRpe(session) ?? RUN_RPE[rpeType] ?? 3;
      base.easyMinutes = runEasyMinutes(session, base, planPace(session));
      break;
    }
    case 'cross': {
      base.hardCross = session.effort === 'hard' || effortIsHard(session);
      base.restLike = !base.hardCross && REST_LIKE_CROSS.has(session.activity);
      base.rpe = writtenRpe(session) ?? (base.hardCross ? 7 : 3);
      base.minutes = duration ?? DEFAULT_MINUTES.cross;
      break;
    }
    case 'conditioning': {
      // Hard unless written easy: the guide's "hard conditioning" sits with hard runs and hard leg days. A circuit of
      // med-ball throws or core work is power and trunk work, not a metcon.
      base.hardOther =
        (session.effort === 'hard' && !effortIsEasy(session) && !(session.effortRange === undefined && (onlyCoreWork(session.text.toLowerCase()) || belowHardRpe(session)))) ||
        effortIsHard(session);
      base.rpe = writtenRpe(session) ?? (base.hardOther ? 8 : 4);
      base.minutes = duration ?? session.attributes.workFormat?.value.minutes ?? DEFAULT_MINUTES.conditioning;
      break;
    }
    case 'sport': {
      base.hardOther = (session.effort === 'hard' && !effortIsEasy(session) && !(session.effortRange === undefined && belowHardRpe(session))) || effortIsHard(session);
      base.rpe = writtenRpe(session) ?? (base.hardOther ? 7 : 4);
      base.minutes = duration ?? DEFAULT_MINUTES.sport;
      break;
    }
    case 'event': {
      base.hardOther = true;
      base.event = true;
      base.rpe = writtenRpe(session) ?? 9;
      base.minutes = duration ?? eventMinutes(session) ?? DEFAULT_MINUTES.event;
      break;
    }
  }
  base.minutesWritten = duration !== undefined;
  base.hard = base.hardGym || base.qualityRun || base.hardCross || base.hardOther;
  base.legHard =
    base.heavyLegs ||
    base.qualityRun ||
    (base.hardCross && session.kind === 'cross' && LEG_HARD_CROSS.has(session.activity)) ||
    (base.hardOther && legHardOther(session));
  base.load = base.easyMinutes > 0 ? Math.round((base.minutes - base.easyMinutes) * base.rpe + base.easyMinutes * RUN_RPE.easy) : base.minutes * base.rpe;
  return base;
}

/**
 * The minutes of a run's parts run easy (language-decisions.md, "The minutes of a run's parts"), when the rest of the
 * run is harder than easy: its easy minutes as written, or its easy km at the easy pace when its minutes come from its
 * distance. Never all of its minutes: a run whose hard part has no time of its own counts whole at its RPE.
 */
function runEasyMinutes(session: RunSession, c: SessionClass, easyPace: number | undefined): number {
  if (c.rpe <= RUN_RPE.easy) return 0;
  let easy = 0;
  if (session.attributes.duration !== undefined) easy = session.easyMinutes ?? 0;
  else if (session.easyKm !== undefined && session.attributes.distance !== undefined) easy = Math.round((session.easyKm * paceFor('easy', easyPace)) / 60);
  return easy > 0 && easy < c.minutes ? easy : 0;
}

/**
 * Whether a gym session works the legs. A written `lower`/`legs`/`full` focus does; a listed lower-body or whole-body
 * exercise does on any focus (`gym upper heavy [bench 5x5, split squat 3x8]`); listed upper-body or core exercises
 * without a written focus make it an upper or core day; with neither, the default focus `full` does.
 */
function worksLegs(session: GymSession): boolean {
  const written = session.focusRange !== undefined;
  if (written && (session.focus === 'lower' || session.focus === 'full')) return true;
  const names = exerciseNames(session);
  const area = names.length > 0 ? exercisesArea(names) : undefined;
  if (area === 'lower' || area === 'full') return true;
  if (area !== undefined || written) return false;
  // `strength training (upper body)`, `weights (legs)`: an aside that only names a focus says the day's focus.
  const noted = noteFocus(session);
  if (noted !== undefined) return noted === 'lower' || noted === 'full';
  return session.focus === 'lower' || session.focus === 'full';
}

/** Asides that only name a focus or body parts of one region: `(upper body)`, `(legs)`, `(chest and back)`. */
const NOTE_UPPER = /^(?:upper(?:[- ]?body)?|arms|chest|back|shoulders|biceps|triceps|push|pull)(?:\s*(?:,|&|and|\/|\+)\s*(?:upper(?:[- ]?body)?|arms|chest|back|shoulders|biceps|triceps|core|abs))*$/;
const NOTE_LOWER = /^(?:lower(?:[- ]?body)?|legs?|glutes|hamstrings|quads)(?:\s*(?:,|&|and|\/|\+)\s*(?:lower(?:[- ]?body)?|legs?|glutes|hamstrings|quads|core|abs))*$/;
const NOTE_FULL = /^(?:full|total)(?:[- ]?body)?$/;

/** The focus an aside names when it names nothing else (`strength training (upper body)`), else undefined. */
function noteFocus(session: GymSession): 'upper' | 'lower' | 'full' | undefined {
  const note = session.attributes.note?.value.toLowerCase().trim();
  if (note === undefined || note.length > 40) return undefined;
  if (NOTE_UPPER.test(note)) return 'upper';
  if (NOTE_LOWER.test(note)) return 'lower';
  if (NOTE_FULL.test(note)) return 'full';
  return undefined;
}

/**
 * The focus a gym session works, as the rules read it: a written focus, else what its listed exercises work, else what
 * an aside names (`(upper body)`), else the default `full`. Push and pull are upper.
 */
export function gymFocus(session: Session): 'upper' | 'lower' | 'full' | 'core' | undefined {
  if (session.kind !== 'gym') return undefined;
  const { written, found } = focusFromWords(session);
  return found ?? written;
}

/** A focus by region of the body (push and pull are upper). */
type RegionFocus = 'upper' | 'lower' | 'full' | 'core' | undefined;

/**
 * A gym session's focus as written (push and pull are upper) and, when its words say it, the focus they give: the
 * written focus when it has its place in the text, else what its listed exercises work, else an aside's region.
 */
function focusFromWords(session: GymSession): { written: RegionFocus; found: RegionFocus } {
  const written = session.focus === 'push' || session.focus === 'pull' ? 'upper' : session.focus;
  const names = exerciseNames(session);
  const area = names.length > 0 ? exercisesArea(names) : undefined;
  // `6 min core, walking lunges, squats, 70 push-ups`: core written first, then lifts of other regions — the core is
  // added work, as in `abs + arm workout`; the lifts say the focus.
  if (session.focusRange !== undefined && written === 'core' && area !== undefined && area !== 'core' && mostlyBeyondCore(names)) return { written, found: area };
  if (session.focusRange !== undefined) return { written, found: written };
  return { written, found: area ?? noteFocus(session) };
}

/** More than half of the exercises work another region than the core (`walking lunges, squats, push-ups`). */
function mostlyBeyondCore(names: readonly string[]): boolean {
  let beyond = 0;
  for (const name of names) {
    const area = exerciseArea(name);
    if (area !== undefined && area !== 'core') beyond++;
  }
  return beyond * 2 > names.length;
}

/**
 * The focus a gym session says it works — a written focus (`upper`, `chest`, `legs`), a focus its vocabulary phrase
 * gives (`core work`), its listed exercises, or an aside naming a region (`(upper body)`) — or undefined when nothing
 * in it says (`strength`, `weights`, `gym`: the default `full` is a guess, not a fact). Push and pull are upper.
 */
export function statedGymFocus(session: Session): 'upper' | 'lower' | 'full' | 'core' | undefined {
  if (session.kind !== 'gym') return undefined;
  const { written, found } = focusFromWords(session);
  if (session.focusRange !== undefined || found !== undefined) return found;
  return session.vocabulary !== undefined && session.focus !== 'full' ? written : undefined;
}

/**
 * Whether any gym session works the legs (heavy or not), as `worksLegs` decides it for heavy ones: a written
 * `upper` or `core` focus, or only upper-body or core exercises listed, do not.
 */
export function gymWorksLegs(session: Session): boolean {
  return session.kind === 'gym' && worksLegs(session);
}

/** Words that make a short jog the warm-up or cool-down of another session. */
const WARM_UP_RUN = /\b(?:warm|cool)[- ]?(?:up|down)\b|\bwarmup\b|\bcooldown\b|\bw\/u\b|\bc\/d\b/i;
/** Longest jog read as a warm-up or cool-down (a 20-minute jog before lifting is still a warm-up). */
const WARM_UP_RUN_MINUTES = 20;

/**
 * A short easy jog written as the warm-up or cool-down of the day (`jog 10 min warm-up + squat 5x5`): part of the
 * other session, not one of the week's runs.
 */
export function isWarmUpRun(session: Session): boolean {
  if (session.kind !== 'run' || !WARM_UP_RUN.test(session.text)) return false;
  const c = classify(session);
  return c.easyRun && c.minutes <= WARM_UP_RUN_MINUTES;
}

/** The words of a drill session: `drills`, `form drills`, `running form drills`, `sprint drills`, `running drills`. */
const DRILL_WORDS = /\b(?:(?:running|run|sprint|sprinting|track|technique)\s+)?(?:form\s+)?drills?\b/gi;
const RUN_WORD = /\b(?:run|running|jog|jogging|km|mi|miles?|k)\b/i;

/**
 * A session of running drills and nothing else (`running form drills 15min`, `drills 20 min`): technique work for
 * the legs' coordination, like strides, not one of the week's runs. A run with drills after it (`run easy 30min +
 * drills`) is a run: a distance, repeats, a written type or a run word besides the drills make it one.
 */
export function isDrillSession(session: Session): boolean {
  if (session.kind !== 'run' || session.attributes.drills === undefined) return false;
  const a = session.attributes;
  if (a.distance !== undefined || a.repeats !== undefined || a.pace !== undefined || session.runTypeRange !== undefined) return false;
  return !RUN_WORD.test(session.text.replace(DRILL_WORDS, ' '));
}

/**
 * A run that is not one of the week's runs: a short jog written as the warm-up or cool-down of another session, or a
 * session of running drills (`isDrillSession`). The count rules and the goal reading leave them out.
 */
export function isSupportRun(session: Session): boolean {
  return isWarmUpRun(session) || isDrillSession(session);
}

/** The longest repeat and the most running of a session of short sprints: acceleration and top-speed work. */
const SPEED_REP_KM = 0.06;
const SPEED_TOTAL_KM = 0.6;

/**
 * A session of short sprints and nothing else (`speed work 6 x 30m`, `Speed: acceleration 6 x 10m`, `sprints 8 x
 * 40m`): repeats of 60 m or less, 600 m in all, with no run of its own around them. Speed work for the nervous system —
 * a team sport's acceleration and top-speed drills, a sprinter's starts — like strides, not one of the guide's 2–3
 * runs, which build running fitness: run-frequency does not count it toward the most (it does toward too few). Still a
 * hard session for the stacking rules.
 */
export function isShortSpeedWork(session: Session): boolean {
  if (session.kind !== 'run') return false;
  const a = session.attributes;
  const repeats = a.repeats?.value;
  if (repeats === undefined || repeats.eachKm === undefined || repeats.eachKm > SPEED_REP_KM || repeats.count * repeats.eachKm > SPEED_TOTAL_KM) return false;
  if (a.duration !== undefined || a.pace !== undefined || (a.distance !== undefined && a.distance.value > SPEED_TOTAL_KM)) return false;
  return session.runType !== 'long' && session.runType !== 'easy' && session.runType !== 'recovery';
}

/** `wall balls`, `burpees`, `wall ball work`: the first words of a finisher (vocabulary.ts CONDITIONING_MOVES). */
const FINISHER_START = /^(?:burpees?|wall[\s-]?balls?|mountain climbers|jumping jacks|battle ropes)\b/i;

/** A conditioning session named by its moves (`wall balls or burpees`, `burpees 20min`), not by a kind word. */
export function namedByMoves(session: Session): boolean {
  return session.kind === 'conditioning' && FINISHER_START.test(session.text);
}

/**
 * A finisher: conditioning moves written after another session of the day with no time, distance, rounds or work
 * format of their own (`threshold run + wall ball work`, `full body weights, finish with wall balls or burpees`). The
 * language reads them as a conditioning session of their own (a hard one, language-decisions.md, "Finishers");
 * hard-same-day reads them as the end of the session before them, not a second hard session.
 */
export function isFinisher(session: Session): boolean {
  if (session.kind !== 'conditioning' || session.entry.sessions[0] === session) return false;
  const a = session.attributes;
  if (a.duration !== undefined || a.distance !== undefined || a.workFormat !== undefined || (a.time !== undefined && a.time.value.fromDay !== true)) return false;
  return namedByMoves(session);
}

/**
 * The second part of one workout (`previous`: the session written right before it on its day, O(1) for the rules'
 * loops): a finisher (`isFinisher`), or conditioning with no time of day of its own written right after a run of its outing (`PM - 1 mile run best effort circuit`: a timed mile, then the circuit; `shuttle
 * sprints + stair case run`), as a WOD's buy-in run is part of the WOD. hard-same-day does not count it as a second
 * hard session, and elite-volume counts the workout once.
 */
export function isWorkoutPart(session: Session, previous: Session | undefined): boolean {
  if (session.kind !== 'conditioning' || previous === undefined || previous.entry !== session.entry) return false;
  const time = session.attributes.time;
  if (time !== undefined && time.value.fromDay !== true) return false;
  return isFinisher(session) || previous.kind === 'run';
}

/** Short support work: under 30 written minutes, or core / mobility work without a loaded 30-minute session. */
function isSupportWork(session: GymSession, duration: number | undefined): boolean {
  if (duration !== undefined && duration < ACCESSORY_MINUTES) return true;
  // A core focus is written (`abs`, `gym core`) or comes from a core phrase (`core work`, `core exercises`): only `full`
  // is ever defaulted, so a core phrase is short core work as `abs` is (it counted as a gym session).
  const area = session.exercises.length > 0 ? exercisesArea(session.exercises.map((e) => e.name)) : undefined;
  const coreWork = area === 'core' || (area === undefined && session.focus === 'core');
  if (!coreWork) return false;
  const loaded = session.exercises.some((e) => e.load !== undefined);
  return !(loaded && duration !== undefined && duration >= ACCESSORY_MINUTES);
}

/**
 * Whether hard conditioning, sport or an event is hard on the legs. Conditioning is (HYROX, metcons, circuits and
 * bootcamps are built on running, jumping, lunges, sleds and wall balls), unless what it names spares the legs
 * (upper-body and core movements only, no running, erg or jumping: `exercises.ts` `sparesLegs`); a sport when it is played running on a field or
 * court (`LEG_SPORT`); an event unless it tests strength only (a 1RM test is a heavy gym day, not a leg-hard run).
 */
function legHardOther(session: Session): boolean {
  // A metcon of upper-body and core movements only (`21-15-9 of: chinups, situps, push press`) rests the legs.
  if (session.kind === 'conditioning') return !sparesLegs(session.text);
  if (session.kind === 'sport') return LEG_SPORT.test(session.sport);
  if (session.kind === 'event') return session.discipline !== 'strength';
  return false;
}

/** Written easy by effort: rpe ≤ 4 or zone z1–z2 (an easy game of tennis, a light circuit). */
/**
 * `f45 RPE 5-6`, `football rpe 5`: a conditioning or sport session hard only by default (no `hard`, `easy` or effort word
 * written) with an RPE under 7 written is not hard — 7 is where every other kind turns hard (a quality run, hard cross).
 */
function belowHardRpe(session: Session): boolean {
  const rpe = session.attributes.rpe;
  return rpe !== undefined && rpe.value < 7;
}

function effortIsEasy(session: Session): boolean {
  const { rpe, zone } = session.attributes;
  return (rpe !== undefined && rpe.value <= 4) || (zone !== undefined && zone.value <= 2);
}

/** Minutes of a run event given as a distance: at race pace (5:00/km by default, 0.83 × the plan's easy pace). */
function eventMinutes(session: Session): number | undefined {
  const distance = session.attributes.distance?.value;
  if (session.kind !== 'event' || session.discipline !== 'run' || distance === undefined || distance <= 0) return undefined;
  return Math.round((distance * paceFor('race', planPace(session))) / 60);
}

/**
 * What a pace target says about a run, against the plan's easy pace (`pace:`, else 6:00/km): at threshold or faster
 * (about 0.87 × easy pace, 5:13/km from 6:00) quality, at marathon pace (0.95 × easy) steady, slower than that easy.
 */
function paceClass(session: Session, easyPace: number | undefined): 'quality' | 'steady' | undefined {
  const target = session.attributes.pace?.value.secondsPerKm;
  if (target === undefined || target <= 0) return undefined;
  const easy = easyPace ?? DEFAULT_PACE.easy;
  if (target <= easy * 0.87) return 'quality';
  if (target <= easy * 0.95) return 'steady';
  return undefined;
}

/**
 * Heavy by its exercises: a main lift (not core work) of 5 reps or fewer a set, or at 80 % or more, rpe 8 or more, or a
 * 6RM or heavier (language-decisions: "Heavy from the sets"). `squat 5x5` is heavy; `squat 3x10` is not.
 */
function liftsHeavy(session: GymSession): boolean {
  if (namesOnlyMainLifts(session)) return true;
  if (heavyRepScheme(session)) return true;
  if (heavySessionSets(session)) return true;
  for (const exercise of session.exercises) {
    const area = exerciseArea(exercise.name);
    if (area === undefined || area === 'core') continue;
    const load = exercise.load;
    // `3x4 pull-ups`, `5x5 dips`: few reps of a bodyweight exercise are not heavy lifting; a written load still is.
    if (isBodyweight(exercise.name) && load === undefined && exercise.rm === undefined) continue;
    if ((exercise.reps !== undefined && exercise.sets !== undefined && exercise.reps <= 5 && exercise.seconds === undefined && exercise.metres === undefined) ||
      (load?.percent !== undefined && load.percent >= 80) ||
      (load?.rpe !== undefined && load.rpe >= 8) ||
      (exercise.rm !== undefined && exercise.rm <= 6)) return true;
  }
  return false;
}

/**
 * Heavy by the sets written for the whole session (`strength training 5x5`, `weights 3x5 (squat, bench, row)`): sets
 * of 5 reps or fewer, the same rule as listed sets, unless what it names is only bodyweight or core work
 * (`gym 5x5 (pull-ups)`). A session with listed exercises is decided by them.
 */
function heavySessionSets(session: GymSession): boolean {
  const sets = session.attributes.repeats?.value;
  if (sets?.reps === undefined || sets.reps > 5 || sets.eachKm !== undefined || sets.eachMinutes !== undefined) return false;
  if (session.exercises.length > 0) return false;
  const names = exerciseNames(session);
  return names.length === 0 || names.some((name) => {
    const area = exerciseArea(name);
    return area !== undefined && area !== 'core' && !isBodyweight(name);
  });
}

/** A rep scheme of three or more set counts written with slashes: `12/10/8/6`, `15/10/5/3`, `5/3/1`. */
const REP_SCHEME = /(?<![\d/.:])(\d{1,2})(?:\s*\/\s*\d{1,2}){2,}(?![\d/.:])/g;

/**
 * Heavy by a rep scheme written for the whole session (`weights workout 15/10/5/3 [bench press, deadlift, squats]`,
 * `squat 5/3/1`): its last sets are of 5 reps or fewer, and the session names a lift that is not core work. The same
 * rule as listed sets (5 reps or fewer a set is heavy); `4 sets 12/10/8/6` is not.
 */
function heavyRepScheme(session: GymSession): boolean {
  const text = session.text;
  if (!text.includes('/')) return false;
  let heavy = false;
  for (const match of text.matchAll(REP_SCHEME)) {
    const reps = match[0].split('/').map((n) => Number(n.trim()));
    if (reps.every((n) => n >= 1 && n <= 30) && Math.min(...reps) <= 5) heavy = true;
  }
  if (!heavy) return false;
  const listed = session.exercises.length > 0;
  const names = listed ? session.exercises.map((e) => e.name) : [text.replace(REP_SCHEME, ' ').trim().toLowerCase()];
  return names.some((name) => {
    const area = exerciseArea(name);
    return area !== undefined && area !== 'core' && !(listed && isBodyweight(name));
  });
}

/**
 * The barbell main lifts, named whole (`deadlift`, `back squat`, `bench press`, `power clean`, `front squats`,
 * `clean/jerk`): a session that is one of them, or a parenthesis of them, is a strength day. `squats`, `air squat`,
 * `goblet squat` and `split squat` are not (bodyweight or accessory work) — but `squats` beside another main lift
 * (`Squats/Bench Press`, `squats, deadlifts`) is the barbell squat of a strength day (`namesOnlyMainLifts`).
 */
const MAIN_LIFT =
  /^(?:(?:back|front|barbell|high bar|low bar|pause|box) squats?|squat|(?:trap bar |hex bar |conventional |sumo |barbell )?dead ?lifts?|dl|hinge|bench(?: press(?:es)?)?|(?:overhead|military|strict|push) press(?:es)?|ohp|(?:power |hang |squat )?cleans?|clean ?(?:and|&|\/|\+) ?jerks?|(?:push |split )?jerks?|(?:power |hang |squat )?snatch(?:es)?)$/;

/**
 * Heavy by what it is: no intensity, sets or loads written, and every lift it names is a barbell main lift (`Wed:
 * deadlift`, `strength A (squat/hinge)`) — a day built on the main lifts is the guide's "lift heavy" day. Listed sets
 * decide instead when written (`squat 3x10` is not heavy).
 */
function namesOnlyMainLifts(session: GymSession): boolean {
  if (session.exercises.some((e) => e.sets !== undefined || e.reps !== undefined || e.load !== undefined || e.rm !== undefined)) return false;
  // Bodyweight and core moves beside the main lifts (`deadlift + hand release push ups + plank`, the ACFT's events)
  // leave the day a main-lift day.
  const names = exerciseNames(session).filter((name) => !isBodyweight(name) && exerciseArea(name) !== 'core');
  if (names.length === 0) return false;
  let main = false;
  for (const name of names) {
    if (MAIN_LIFT.test(name)) main = true;
    else if (!PLAIN_SQUATS.test(name)) return false;
  }
  return main;
}

/** `squats` with no kind named: a barbell squat only beside another main lift. */
const PLAIN_SQUATS = /^squats$/;

/** Splits a parenthesised note into names: `squat/hinge`, `squat, bench`, `deadlift + press`. */
const NOTE_PARTS = /\s*(?:\/|,|\+|&|\band\b)\s*/;

/**
 * The exercises a gym session names: its listed exercises, else a note that only names known exercises
 * (`strength A (squat/hinge)` works the legs; `strength (see app)` names none).
 */
function exerciseNames(session: GymSession): string[] {
  if (session.exercises.length > 0) return session.exercises.map((e) => e.name);
  const note = session.attributes.note?.value;
  const fromNote = note === undefined ? [] : namesOnly(note);
  if (fromNote.length > 0 || note !== undefined) return fromNote;
  // `squat/bench/deadlift`, `squats + deadlifts`: a session written as nothing but exercise names names them; a time
  // of day written with them (`squat/bench/deadlift pm`, `@18:00`) is no part of the names.
  const words = wordsWithoutTime(session);
  return SLASHED_NAMES.test(words) ? namesOnly(words) : [];
}

/** The session's text without a time of day written in it (`squat/bench/deadlift pm` → `squat/bench/deadlift`). */
function wordsWithoutTime(session: Session): string {
  const time = session.attributes.time?.range;
  const start = session.range.start;
  if (!time || time.start.line !== start.line || time.end.line !== start.line || time.start.column < start.column) return session.text;
  const from = time.start.column - start.column;
  const to = time.end.column - start.column;
  if (to > session.text.length) return session.text;
  return `${session.text.slice(0, from)} ${session.text.slice(to)}`.replace(/\s+/g, ' ').trim();
}

/** A session's words are a list of two or more names joined by `/`, `+` or `&`. */
const SLASHED_NAMES = /^[a-z][a-z -]*(?:\s*[/+&]\s*[a-z][a-z -]*)+$/i;

/** The parts of a short text when every one is an exercise the table knows, else none. */
function namesOnly(text: string): string[] {
  if (text.length > 80) return [];
  const parts = text.toLowerCase().trim().split(NOTE_PARTS);
  for (const part of parts) if (part === '' || exerciseArea(part) === undefined) return [];
  return parts;
}

/**
 * Strides and sprint drills rather than a quality session: repeats of 150 m or less, or 30 seconds or less
 * (`4x30s hills`, `3x30m`), or drills of 20 minutes or less — neuromuscular work that does not tire the legs like
 * intervals. An effort of rpe 7+ / z4+ written still makes the run quality.
 */
function shortRepeats(session: Session): boolean {
  // Sprints are flat out, not relaxed strides: `sprints 70m x 5` tires the legs like intervals.
  if (SPRINTS.test(session.text) && !session.attributes.strides) return false;
  const repeats = session.attributes.repeats?.value;
  if (repeats !== undefined) {
    if (repeats.eachKm !== undefined) return repeats.eachKm <= 0.15;
    if (repeats.eachMinutes !== undefined) return repeats.eachMinutes <= 0.5;
  }
  const duration = session.attributes.duration?.value;
  return session.attributes.drills !== undefined && repeats === undefined && duration !== undefined && duration <= 20;
}

/** `run/walk`, `walk-run`, `run-walk`: the beginner's method named as one word. */
const RUN_WALK_WORD = /\b(?:run|jog)\s*[/-]\s*walk\b|\bwalk\s*[/-]\s*(?:run|jog)\b/i;
/**
 * Timed running with walking between (`run 1 min, walk 90 sec x 8`, `jog 2 minutes / walk 1 minute`, a table's
 * `2:00 run 3:00 walk`, `5:00 Walk 5:00 Run`, `2 min run 3 min walk`): a time, not a
 * distance, for the running part, and a walk (not a walk recovery after measured repeats: `6x800m with 400m walk`).
 */
const RUN_WALK_TIMES =
  /(?:^|[^\w:.])\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)?\s+(?:run|running|jog|jogging)\b[\s,/;&+-]*(?:and\s+)?\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)?\s+(?:walk|walking)\b|(?:^|[^\w:.])\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)?\s+(?:walk|walking)\b[\s,/;&+-]*(?:and\s+)?\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)?\s+(?:run|running|jog|jogging)\b|\b(?:run|running|jog|jogging)\s+\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b[\s,/;&+-]*(?:and\s+|then\s+|followed by\s+)?(?:a\s+)?(?:walk|walking)\b|\b(?:walk|walking)\s+\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b[\s,/;&+-]*(?:and\s+|then\s+)?(?:run|running|jog|jogging)\s+\d/i;
/** Words that make run/walk repeats a fast session after all (`run 1 min fast, walk 1 min`). */
const FAST_WORDS = /\b(?:fast|hard|quick|sprint(?:s|ing)?|hills?|tempo|threshold|pace|strides|surges?|vo2|fartlek|speed)\b/i;

/**
 * A run/walk session: named so (`run/walk`), or timed run and walk segments, or timed repeats with walks between,
 * with no fast word. Its repeats and an `intervals` type say how the running is broken up, not that it is fast.
 */
export function isRunWalk(session: RunSession): boolean {
  const text = session.text;
  if (!/\bwalk/i.test(text) || FAST_WORDS.test(text)) return false;
  const repeats = session.attributes.repeats?.value;
  // Measured repeats with walk recoveries (`6x800m with 400m walk`) are intervals; timed ones with walks between
  // (`3 x 10 min run with 1 min walk`) are how a beginner plan builds up to running the whole time.
  if (repeats?.eachKm !== undefined) return false;
  return RUN_WALK_WORD.test(text) || RUN_WALK_TIMES.test(text) || repeats?.eachMinutes !== undefined;
}

/** A `recovery` that is the walk or jog between repeats (`6x800m with 400m walk recovery`), not the run's type. */
function recoveryBetweenRepeats(session: RunSession): boolean {
  return session.runType === 'recovery' && isRepeatsRun(session) && /\b(?:walk|walking|jog|jogging)\s+recover(?:y|ies)\b/i.test(session.text);
}

/** `run 8x600m`, `run 6x3min`: two or more timed or measured repeats. */
function isRepeatsRun(session: RunSession): boolean {
  const repeats = session.attributes.repeats?.value;
  return repeats !== undefined && repeats.count >= 2 && (repeats.eachKm !== undefined || repeats.eachMinutes !== undefined);
}

/** An effort of rpe 6 (a range reaching it: `rpe 5-6`) or zone z3 (hard efforts are caught first). */
function isModerate(session: Session): boolean {
  const { rpe, zone } = session.attributes;
  return (rpe !== undefined && (rpe.span?.high ?? rpe.value) >= STEADY_RPE) || (zone !== undefined && zone.value === 3);
}

/**
 * Minutes of a run without a written duration. A written distance at the pace of its type (`DEFAULT_PACE`): a 5-mile
 * and a 12-mile long run weigh differently. Else the default of its class (quality 50, long 90, easy 40), or the work
 * time of timed repeats (`4x4min` → 16) when that is longer — the default already includes warm-up and cool-down.
 */
function plannedRunMinutes(session: RunSession, quality: boolean, steady: boolean, easyPace: number | undefined): number {
  const distance = session.attributes.distance?.value;
  if (distance !== undefined && distance > 0) {
    // `tempo run: 1 mile easy, 3 miles @ 8 min/mile, 1 mile easy`: the easy miles at the easy pace, the rest at the
    // written pace, else the type's.
    const easyKm = session.easyKm !== undefined && session.easyKm < distance ? session.easyKm : 0;
    const easy = easyKm * paceFor('easy', easyPace);
    const target = session.attributes.pace?.value.secondsPerKm;
    if (target !== undefined && target > 0 && session.runType !== 'long') return Math.round((easy + (distance - easyKm) * target) / 60);
    const type = steady ? 'steady' : quality && !QUALITY_RUN_TYPES.has(session.runType) && session.runType !== 'long' ? 'tempo' : session.runType;
    return Math.round((easy + (distance - easyKm) * paceFor(type, easyPace)) / 60);
  }
  const fallback = quality && session.runType !== 'long' ? DEFAULT_MINUTES.qualityRun : session.runType === 'long' ? DEFAULT_MINUTES.longRun : DEFAULT_MINUTES.easyRun;
  const repeats = session.attributes.repeats?.value;
  if (repeats?.eachMinutes !== undefined) return Math.max(fallback, repeats.count * repeats.eachMinutes);
  return fallback;
}
