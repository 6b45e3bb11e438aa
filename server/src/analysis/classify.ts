// What a session counts as (language.md §4) and how much it weighs (rules.md: default minutes and RPE).
// Pure and cached: a session object is classified once, however many rules and repeated weeks ask.
import type { CrossActivity, Day, Session } from '../language/model';

export interface SessionClass {
  /** Gym `heavy` on lower/legs/full, or any heavy gym session with a squat, deadlift, lunge, leg press, hip thrust or RDL/hinge. */
  heavyLegs: boolean;
  /** Any gym `heavy`. */
  hardGym: boolean;
  /** Tempo, threshold, intervals, hills, fartlek, race, or any run with rpe ≥ 7 or zone z4/z5. */
  qualityRun: boolean;
  /** Run of type `long`, or a non-quality run of 90 minutes or more. */
  longRun: boolean;
  /** Easy/recovery (or untyped) run that is neither a quality run nor a long run: the three run classes never overlap. */
  easyRun: boolean;
  /** Cross session marked `hard`, or with rpe ≥ 7 or zone z4/z5. */
  hardCross: boolean;
  /** Run of type `steady` (steady, moderate, marathon pace): neither easy nor quality. */
  steadyRun: boolean;
  /** Conditioning or sport that is hard (the default for both), or an event (a race or a test). */
  hardOther: boolean;
  /** Hard gym, quality run, hard cross, or hard conditioning / sport / an event. */
  hard: boolean;
  /** Heavy legs, quality run, or hard cross on a bike, rowing machine or hike. */
  legHard: boolean;
  /** Rest, or an easy walk / mobility / yoga: leaves the day a rest day. */
  restLike: boolean;
  /** Planned minutes: the written duration, else the default of rules.md (see `plannedMinutes`). */
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

const QUALITY_RUN_TYPES = new Set(['tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race']);
/** Effort targets that make a run a quality run (`run 5km @ 10k pace`). */
const QUALITY_TARGETS = new Set(['threshold', 'tempo', '10k', '5k', 'mile', 'interval', 'race']);
const LEG_HARD_CROSS = new Set<CrossActivity>(['bike', 'row', 'hike']);
const REST_LIKE_CROSS = new Set<CrossActivity>(['walk', 'mobility', 'yoga']);
/** Exercise names that load the legs (language.md §4): squat (front, back, split …), deadlift, lunge, leg press, hip thrust, RDL, hinge. */
const LEG_EXERCISE = /\b(squats?|deadlifts?|lunges?|leg press(es)?|hip thrusts?|rdls?|hinges?)\b/;

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

export const DEFAULT_MINUTES = { gym: 60, easyRun: 40, longRun: 90, qualityRun: 50, cross: 45, conditioning: 45, sport: 60, event: 60 } as const;

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
    easyRun: false,
    hardCross: false,
    steadyRun: false,
    hardOther: false,
    hard: false,
    legHard: false,
    restLike: false,
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
      base.heavyLegs =
        base.hardGym &&
        (session.focus === 'lower' || session.focus === 'full' || session.exercises.some((e) => LEG_EXERCISE.test(e.name)));
      base.rpe = writtenRpe(session) ?? GYM_RPE[session.intensity];
      base.minutes = duration ?? DEFAULT_MINUTES.gym;
      break;
    }
    case 'run': {
      const target = session.attributes.effortTarget?.value;
      base.qualityRun = QUALITY_RUN_TYPES.has(session.runType) || effortIsHard(session) || (target !== undefined && QUALITY_TARGETS.has(target));
      base.minutes = duration ?? plannedRunMinutes(session, base.qualityRun);
      base.longRun = !base.qualityRun && (session.runType === 'long' || base.minutes >= LONG_RUN_MINUTES);
      base.steadyRun = !base.qualityRun && !base.longRun && session.runType === 'steady';
      base.easyRun = !base.qualityRun && !base.longRun && !base.steadyRun;
      base.rpe = writtenRpe(session) ?? RUN_RPE[base.longRun && session.runType !== 'recovery' ? 'long' : session.runType] ?? 3;
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
      base.hardOther = session.effort === 'hard' || effortIsHard(session);
      base.rpe = writtenRpe(session) ?? (base.hardOther ? 8 : 4);
      base.minutes = duration ?? session.attributes.workFormat?.value.minutes ?? DEFAULT_MINUTES.conditioning;
      break;
    }
    case 'sport': {
      base.hardOther = session.effort === 'hard' || effortIsHard(session);
      base.rpe = writtenRpe(session) ?? (base.hardOther ? 7 : 4);
      base.minutes = duration ?? DEFAULT_MINUTES.sport;
      break;
    }
    case 'event': {
      base.hardOther = true;
      base.rpe = writtenRpe(session) ?? 9;
      base.minutes = duration ?? DEFAULT_MINUTES.event;
      break;
    }
  }
  base.minutesWritten = duration !== undefined;
  base.hard = base.hardGym || base.qualityRun || base.hardCross || base.hardOther;
  base.legHard =
    base.heavyLegs ||
    base.qualityRun ||
    (base.hardCross && session.kind === 'cross' && LEG_HARD_CROSS.has(session.activity)) ||
    (base.hardOther && (session.kind === 'conditioning' || session.kind === 'event'));
  base.load = base.minutes * base.rpe;
  return base;
}

/**
 * Minutes of a run without a written duration: the default of its class (quality 50, long 90, easy 40), or the work
 * time of timed repeats (`4x4min` → 16) when that is longer — the default already includes warm-up and cool-down.
 */
function plannedRunMinutes(session: Session, quality: boolean): number {
  const fallback =
    quality ? DEFAULT_MINUTES.qualityRun : session.kind === 'run' && session.runType === 'long' ? DEFAULT_MINUTES.longRun : DEFAULT_MINUTES.easyRun;
  const repeats = session.attributes.repeats?.value;
  if (repeats?.eachMinutes !== undefined) return Math.max(fallback, repeats.count * repeats.eachMinutes);
  return fallback;
}
