// What an exercise works (docs/rules/README.md "Exercises"): lower body, upper body, both, core / mobility, or
// unknown. The listed exercises of a gym session decide whether it is a leg day (bench press is not; a squat is).
// One regular expression per group, tested in order: core first (`hanging leg raise` is not a leg exercise),
// then the movements that work both halves, then lower, then upper. Names are lower case with single spaces.

export type ExerciseArea = 'lower' | 'upper' | 'full' | 'core';

/** Core, trunk and mobility work, and med-ball power work (throws, slams): neither a leg day nor an upper day. */
const CORE =
  /\b(planks?|side planks?|crunch(es)?|sit[- ]?ups?|ab (wheel|rollouts?)|rollouts?|pallof|dead ?bugs?|hollow (holds?|rocks?)|(hanging )?(leg|knee) (raises?|lowers?)|toes[- ]to[- ]bar|russian twists?|bird ?dogs?|l[- ]sits?|v[- ](ups?|sits?)|flutter kicks?|superman|mobility|stretch(es|ing)?|foam roll(ing)?|cat[- ]cow|copenhagen|core|abs|obliques?|back extensions?|hyperextensions?|(med(icine)? ?ball|mb) (throws?|tosses?|slams?|passes?|chest pass(es)?|circuits?))\b/;

/** Whole-body lifts that load the legs as much as anything: they make a leg day and an upper day at once. */
const FULL = /\b(thrusters?|wall ?balls?|burpees?|clean (and|&) (jerk|press)|man ?makers?|turkish get[- ]?ups?|devil ?press)\b/;

/**
 * Lower body: squats of every kind, deadlifts and hinges, lunges, split squats, leg press, step-ups, hip thrusts,
 * glute bridges, Olympic lifts (clean, snatch, jerk), sleds, jumps, kettlebell swings, leg curls and extensions, calf raises.
 * Carries are left out: they load the grip and trunk more than the legs.
 */
const LOWER =
  /\b(glute[- ]?ham raises?|ghrs?|squats?|dead ?lifts?|dls?|rdls?|sldls?|hinges?|good ?mornings?|lunges?|split squats?|bulgarian|bss|leg press(es)?|step[- ]?ups?|hip thrusts?|glute bridges?|bridges?|cleans?|power cleans?|hang cleans?|snatch(es)?|jerks?|sleds?|prowler|box jumps?|broad jumps?|jumps?|bounds?|plyos?|plyometrics?|(kettlebell |kb )?swings?|leg curls?|hamstring curls?|nordics?|nordic curls?|leg extensions?|calf raises?|calves|pistols?|trap bar|hip hinges?)\b/;

/**
 * Upper body: bench and overhead pressing, push-ups, dips, rows, pull-ups (heaves) and chin-ups, pulldowns and pushdowns, curls, raises,
 * flyes, extensions for the arms, face pulls, shrugs.
 */
const UPPER =
  /\b(bench( press)?|press(es)?|ohp|push[- ]?ups?|press[- ]?ups?|dips?|rows?|pull[- ]?ups?|chin[- ]?ups?|chins|heaves?|pulldowns?|pull[- ]?downs?|pushdowns?|push[- ]?downs?|lat|curls?|(lateral |front |rear delt )?raises?|fl(y|ies|yes)|tricep(s)?|skull ?crushers?|face ?pulls?|shrugs?|muscle[- ]?ups?|landmine)\b/;

/**
 * Bodyweight calisthenics: push-ups, pull-ups, chin-ups, dips, muscle-ups, inverted rows, air squats, burpees, (glute)
 * bridges (a `hip thrust` is the loaded lift). Few reps
 * of them (`3x4 pull-ups` for a beginner) are not heavy lifting; `weighted pull-ups` are a loaded lift.
 */
const BODYWEIGHT =
  /\b(push[- ]?ups?|press[- ]?ups?|pull[- ]?ups?|chin[- ]?ups?|chins|heaves?|dips?|muscle[- ]?ups?|inverted rows?|(air|bodyweight|body weight) squats?|burpees?|handstand push[- ]?ups?|(glute )?bridges?|glute[- ]?ham raises?|ghrs?|nordics?|nordic (hamstring )?curls?)\b/;

/** Whether an exercise is bodyweight calisthenics with no load named (`pull-ups`, not `weighted pull-ups`). */
export function isBodyweight(name: string): boolean {
  return BODYWEIGHT.test(name) && !/\b(weighted|loaded|vest)\b/.test(name);
}

/** The area an exercise works, or undefined when the name is not in the table. */
export function exerciseArea(name: string): ExerciseArea | undefined {
  if (CORE.test(name)) return 'core';
  if (FULL.test(name)) return 'full';
  if (LOWER.test(name)) return 'lower';
  if (UPPER.test(name)) return 'upper';
  return undefined;
}

/**
 * Whether a text names only core, trunk or med-ball work (`med ball circuit`, `circuit [med ball throws, plank]`):
 * it names some, and no lower-body, upper-body or whole-body exercise.
 */
export function onlyCoreWork(text: string): boolean {
  return CORE.test(text) && !FULL.test(text) && !LOWER.test(text) && !UPPER.test(text);
}

/**
 * What a list of exercises works together: `full` when both halves, `lower` or `upper` when one, `core` when only core
 * and mobility work is recognised, undefined when no name is in the table.
 */
export function exercisesArea(names: readonly string[]): ExerciseArea | undefined {
  let lower = false;
  let upper = false;
  let core = false;
  for (const name of names) {
    const area = exerciseArea(name);
    if (area === 'lower') lower = true;
    else if (area === 'upper') upper = true;
    else if (area === 'full') lower = upper = true;
    else if (area === 'core') core = true;
  }
  if (lower && upper) return 'full';
  if (lower) return 'lower';
  if (upper) return 'upper';
  return core ? 'core' : undefined;
}

/** Running, erg, bike, rope and jumping work in a conditioning text (`400m run`, `500m row`, `20 cal bike`, `double unders`). */
const LEG_CARDIO =
  /\b(runs?|running|jog(ging)?|sprints?|shuttles?|bikes?|biking|cycl(e|ing)|airdyne|assault|ski ?erg|ergs?|rowing|rower|stairs?|step[- ]?ups?|hikes?|ruck(ing)?|skips?|skipping|jump(ing)? rope|double[- ]?unders?|single[- ]?unders?|jacks|mountain climbers?|bear crawls?|carr(y|ies)|farmers?)\b|\b\d+(\.\d+)?\s*(m|km|mi|miles?|meters?|metres?|cals?|calories)\b/;

/**
 * Whether a conditioning text spares the legs: it names upper-body or core movements and nothing for the legs or the
 * whole body, and no running, erg, bike, rope or carry work (`21-15-9 of: chinups, abmat situps, push press, floor
 * wipers`). A metcon of box jumps and squats, or one with a 400 m run, does not.
 */
export function sparesLegs(text: string): boolean {
  const lower = text.toLowerCase();
  if (!(UPPER.test(lower) || CORE.test(lower))) return false;
  return !FULL.test(lower) && !LOWER.test(lower) && !LEG_CARDIO.test(lower);
}
