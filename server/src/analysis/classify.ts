// What a session counts as (language.md §4) and how much it weighs (rules.md: default minutes and RPE).
// Pure and cached: a session object is classified once, however many rules and repeated weeks ask.
import type { CrossActivity, Day, GymSession, RunSession, Session } from '../language/model';
import { exercisesArea } from './exercises';

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
   * A run at a moderate effort that is neither easy nor quality: an untyped run with rpe 5–6 or zone z3. The guide's
   * "if every run feels kind of hard" is about these: they are not hard, but they are not easy either.
   */
  steadyRun: boolean;
  /** Easy/recovery (or untyped) run that is neither quality, long nor steady: the run classes never overlap, except long + quality. */
  easyRun: boolean;
  /** Cross session marked `hard`, or with rpe ≥ 7 or zone z4/z5. */
  hardCross: boolean;
  /** Hard gym, quality run or hard cross. */
  hard: boolean;
  /** Heavy legs, quality run, or hard cross on a bike, rowing machine or hike. */
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
  /** Session load (Foster 2001): minutes × RPE. */
  load: number;
  /** Distance in km: the written distance, else repeats count × each repeat's km (work distance). */
  distanceKm?: number;
}

const HARD_RPE = 7;
const HARD_ZONE = 4;
const LONG_RUN_MINUTES = 90;
/** An untyped run at this rpe (or zone z3) is steady: moderate, not easy. */
const STEADY_RPE = 5;
/** Support work under this many minutes is not one of the guide's gym sessions. */
const ACCESSORY_MINUTES = 30;

const QUALITY_RUN_TYPES = new Set(['tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race']);
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

export const DEFAULT_MINUTES = { gym: 60, accessory: 20, easyRun: 40, longRun: 90, qualityRun: 50, cross: 45 } as const;

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

/**
 * Where a session keeps its class once computed: a symbol property, which JSON, `Object.keys` and `for…in` never
 * show, and which is read and written as fast as any property (a 520-week plan asks ~100,000 times per check; a
 * WeakMap, or `Object.defineProperty`, cost several milliseconds of that and slowed every garbage collection).
 * Nothing copies a session with spread or `Object.assign`, so a class cannot travel to a changed copy.
 */
const CLASS = Symbol('hybrid.sessionClass');

export function classify(session: Session): SessionClass {
  const cached = (session as Session & { [CLASS]?: SessionClass })[CLASS];
  if (cached !== undefined) return cached;
  const result = compute(session);
  (session as Session & { [CLASS]?: SessionClass })[CLASS] = result;
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
    hard: false,
    legHard: false,
    restLike: false,
    accessory: false,
    minutes: 0,
    minutesWritten: false,
    rpe: 0,
    load: 0,
    distanceKm: distanceOf(session),
  };
  const duration = session.attributes.duration?.value;
  switch (session.kind) {
    case 'rest':
      base.restLike = true;
      return base;
    case 'gym': {
      base.hardGym = session.intensity === 'heavy';
      base.heavyLegs = base.hardGym && worksLegs(session);
      base.accessory = !base.hardGym && isSupportWork(session, duration);
      base.rpe = writtenRpe(session) ?? GYM_RPE[session.intensity];
      base.minutes = duration ?? (base.accessory ? DEFAULT_MINUTES.accessory : DEFAULT_MINUTES.gym);
      break;
    }
    case 'run': {
      const typed = session.runTypeRange !== undefined;
      base.qualityRun = QUALITY_RUN_TYPES.has(session.runType) || effortIsHard(session) || (!typed && isRepeatsRun(session));
      base.steadyRun = !base.qualityRun && !typed && isModerate(session);
      base.minutes = duration ?? plannedRunMinutes(session, base.qualityRun, base.steadyRun);
      base.longRun = session.runType === 'long' || (!base.qualityRun && base.minutes >= LONG_RUN_MINUTES);
      if (base.longRun) base.steadyRun = false;
      base.easyRun = !base.qualityRun && !base.longRun && !base.steadyRun;
      const rpeType = base.qualityRun && session.runType === 'long' ? 'tempo'
        : base.longRun && session.runType !== 'recovery' ? 'long'
        : base.steadyRun ? 'steady'
        : base.qualityRun && !QUALITY_RUN_TYPES.has(session.runType) ? 'tempo'
        : session.runType;
      base.rpe = writtenRpe(session) ?? RUN_RPE[rpeType] ?? 3;
      break;
    }
    case 'cross': {
      base.hardCross = session.effort === 'hard' || effortIsHard(session);
      base.restLike = !base.hardCross && REST_LIKE_CROSS.has(session.activity);
      base.rpe = writtenRpe(session) ?? (base.hardCross ? 7 : 3);
      base.minutes = duration ?? DEFAULT_MINUTES.cross;
      break;
    }
  }
  base.minutesWritten = duration !== undefined;
  base.hard = base.hardGym || base.qualityRun || base.hardCross;
  base.legHard =
    base.heavyLegs || base.qualityRun || (base.hardCross && session.kind === 'cross' && LEG_HARD_CROSS.has(session.activity));
  base.load = base.minutes * base.rpe;
  return base;
}

/**
 * Whether a gym session works the legs. A written `lower`/`legs`/`full` focus does; a listed lower-body or whole-body
 * exercise does on any focus (`gym upper heavy [bench 5x5, split squat 3x8]`); listed upper-body or core exercises
 * without a written focus make it an upper or core day; with neither, the default focus `full` does.
 */
function worksLegs(session: GymSession): boolean {
  const written = session.focusRange !== undefined;
  if (written && (session.focus === 'lower' || session.focus === 'full')) return true;
  const area = session.exercises.length > 0 ? exercisesArea(session.exercises.map((e) => e.name)) : undefined;
  if (area === 'lower' || area === 'full') return true;
  if (area !== undefined || written) return false;
  return session.focus === 'lower' || session.focus === 'full';
}

/** Short support work: under 30 written minutes, or core / mobility work without a loaded 30-minute session. */
function isSupportWork(session: GymSession, duration: number | undefined): boolean {
  if (duration !== undefined && duration < ACCESSORY_MINUTES) return true;
  const written = session.focusRange !== undefined;
  const area = session.exercises.length > 0 ? exercisesArea(session.exercises.map((e) => e.name)) : undefined;
  const coreWork = area === 'core' || (area === undefined && written && session.focus === 'core');
  if (!coreWork) return false;
  const loaded = session.exercises.some((e) => e.load !== undefined);
  return !(loaded && duration !== undefined && duration >= ACCESSORY_MINUTES);
}

/** `run 8x600m`, `run 6x3min`: two or more timed or measured repeats. */
function isRepeatsRun(session: RunSession): boolean {
  const repeats = session.attributes.repeats?.value;
  return repeats !== undefined && repeats.count >= 2 && (repeats.eachKm !== undefined || repeats.eachMinutes !== undefined);
}

/** An effort of rpe 5–6 or zone z3 (hard efforts are caught first). */
function isModerate(session: Session): boolean {
  const { rpe, zone } = session.attributes;
  return (rpe !== undefined && rpe.value >= STEADY_RPE) || (zone !== undefined && zone.value === 3);
}

/**
 * Minutes of a run without a written duration. A written distance at the pace of its type (`DEFAULT_PACE`): a 5-mile
 * and a 12-mile long run weigh differently. Else the default of its class (quality 50, long 90, easy 40), or the work
 * time of timed repeats (`4x4min` → 16) when that is longer — the default already includes warm-up and cool-down.
 */
function plannedRunMinutes(session: RunSession, quality: boolean, steady: boolean): number {
  const distance = session.attributes.distance?.value;
  if (distance !== undefined && distance > 0) {
    const type = steady ? 'steady' : quality && !QUALITY_RUN_TYPES.has(session.runType) && session.runType !== 'long' ? 'tempo' : session.runType;
    return Math.round((distance * (DEFAULT_PACE[type] ?? DEFAULT_PACE.easy)) / 60);
  }
  const fallback = quality && session.runType !== 'long' ? DEFAULT_MINUTES.qualityRun : session.runType === 'long' ? DEFAULT_MINUTES.longRun : DEFAULT_MINUTES.easyRun;
  const repeats = session.attributes.repeats?.value;
  if (repeats?.eachMinutes !== undefined) return Math.max(fallback, repeats.count * repeats.eachMinutes);
  return fallback;
}
