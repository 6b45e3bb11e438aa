// no-leg-training: a week of at least 3 lifting sessions whose stated focus is the upper body, with no gym session
// for the legs and no leg work elsewhere (a circuit of lunges and wall balls, a hard ruck, a test), on the week header
// or its first line. Only when the plan says what each lifting session works: a bare `strength` or `weights` may be a
// leg day. Core work, short support work and bodyweight calisthenics neither count nor make a leg day.
//
// data: { week: number; count: number }
import { defineRule } from './define';
import { distinctDays } from './sameDay';
import { classify, gymWorksLegs, statedGymFocus } from '../analysis/classify';
import { plural, sessionLabel, weekAnchor, weekOutings, weekWords } from './helpers';
import type { Session, Week } from '../language/model';
import { exerciseArea, isBodyweight } from '../analysis/exercises';

/**
 * What a week's gym sessions say about the legs: how many outings lift for the upper body only (support work, core
 * work and bodyweight-only calisthenics such as a PT session of push-ups and sit-ups are not counted), whether a lifting
 * session says nothing of its focus (`strength`, `weights`: it may be a leg day), and whether anything trains the legs.
 */
function legsOf(week: Week): { upper: number; unsaid: boolean; legs: boolean } {
  let unsaid = false;
  let legs = false;
  for (const day of week.days) {
    for (const session of day.sessions) {
      if (session.kind !== 'gym') {
        if (worksLegsOtherwise(session)) legs = true;
        continue;
      }
      const focus = statedGymFocus(session);
      // A lower-body exercise listed in an upper session (`gym upper [bench 5x5, split squat 3x8]`) works the legs.
      if (focus !== undefined && gymWorksLegs(session)) legs = true;
      else if (focus === undefined && counts(session)) unsaid = true;
    }
  }
  if (legs || unsaid) return { upper: 0, unsaid, legs };
  // Counted as gym-frequency counts them: one per outing (`chest & triceps` is one workout).
  const upper = weekOutings(week, (s) => s.kind === 'gym' && statedGymFocus(s) === 'upper' && !gymWorksLegs(s) && counts(s)).length;
  return { upper, unsaid, legs };
}

/** A lifting session of the week: not short support work, and not bodyweight calisthenics only (push-ups, sit-ups). */
function counts(session: Session): boolean {
  if (session.kind !== 'gym' || classify(session).accessory) return false;
  return !(session.exercises.length > 0 && session.exercises.every((e) => (isBodyweight(e.name) || exerciseArea(e.name) === 'core') && e.load === undefined));
}

/**
 * Leg work outside the gym: a circuit or WOD that loads the legs (lunges, wall balls, sleds, jumps: leg-hard
 * conditioning), a hard ruck, hike, bike or row (leg-hard cross-training), or an event (a fitness test or race the week
 * is built around).
 */
function worksLegsOtherwise(session: Session): boolean {
  if (session.kind === 'event') return true;
  return (session.kind === 'conditioning' || session.kind === 'cross') && classify(session).legHard;
}

export const rule = defineRule({
  meta: {
    id: 'no-leg-training',
    severity: 'warning',
    description: 'A week of 3 or more lifting sessions, all for the upper body, and no leg training.',
    reason: 'Gym (3x per week): focus on compound lifts — squat or split squat, deadlift or hinge variation, press, pull, core. Lower-body strength training improves running economy (Blagrove et al. 2018).',
    category: 'weekly',
    options: {
      minGymSessions: { description: 'Fewest upper-body lifting sessions in a week with no leg training that make it reported.', default: 3, minimum: 1, maximum: 14 },
    },
    fixable: false,
  },
  check(context) {
    // The repeats of a `week N-M` range report what their first week reports.
    for (const week of distinctDays(context.plan.weeks)) {
      const { upper, unsaid, legs } = legsOf(week);
      if (legs || unsaid || upper < context.options.minGymSessions) continue;
      const gyms = weekOutings(week, (s) => s.kind === 'gym' && statedGymFocus(s) === 'upper' && !gymWorksLegs(s) && counts(s));
      const listed = gyms.slice(0, 3).map(({ weekday, session }) => sessionLabel(weekday, session)).join(', ');
      context.report({
        message: `No leg training ${weekWords(context.plan, week)}: ${plural(gyms.length, 'gym session')} (${listed}${gyms.length > 3 ? ', …' : ''}), none for the legs — the guide's gym sessions focus on compound lifts: squat or split squat, deadlift or hinge`,
        range: weekAnchor(context.plan, week),
        week: week.number,
        data: { week: week.number, count: gyms.length },
      });
    }
  },
});
