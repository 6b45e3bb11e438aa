// back-to-back-hard: two consecutive leg-hard days, or three consecutive hard days (a heavy upper-body lift is not a
// hard day here: it rests the legs).
//
// data: {
//   week: number; weekday: number; sessionRange: Range;              // the later day's session (the diagnostic's range)
//   otherWeek: number; otherWeekday: number; otherSessionRange: Range; // the day before's leg-hard / hard session
//   pattern: 'leg-hard-pair' | 'three-hard';
//   firstWeek?: number; firstWeekday?: number; firstSessionRange?: Range; // 'three-hard' only: the first of the three days
// }
import type { Day, Session } from '../language/model';
import { defineRule } from './define';
import { classify } from '../analysis/classify';
import { previousDay, sessionLabel } from './helpers';

/** Days of more sessions than this are searched once per test (`first`); a short day's search is cheaper than a memo. */
const MEMO_FROM = 16;

/** The first session of a day that passes a test; on a crowded day looked up once per day and test (`memo`, one per check). */
function first(day: Day, test: (s: Session) => boolean, memo: Map<(s: Session) => boolean, Map<Day, Session | undefined>>): Session | undefined {
  if (day.sessions.length <= MEMO_FROM) return day.sessions.find(test);
  let byDay = memo.get(test);
  if (byDay === undefined) memo.set(test, (byDay = new Map()));
  // The repeats of a `week N-M` block share their days: each day is searched once, not once per kept repeat.
  if (byDay.has(day)) return byDay.get(day);
  const found = day.sessions.find(test);
  byDay.set(day, found);
  return found;
}

// A race or test is a planned hard day: the days around it are the plan's to build, not a stacking mistake.
const legHard = (s: Session): boolean => classify(s).legHard && !classify(s).event;
/**
 * A hard day for the three-in-a-row count: any hard session but an upper-body heavy lift. The guide's hard days are
 * heavy legs and hard running ("both stress the nervous system"), and its own sample week puts a heavy upper day right
 * before the intervals and calls the hard sessions spaced: a bench day rests the legs between two hard days.
 */
const hard = (s: Session): boolean => {
  const c = classify(s);
  return c.hard && !c.event && !(s.kind === 'gym' && c.hardGym && !c.heavyLegs);
};
/** A run hard-after-heavy-legs reports when it follows a heavy-legs day. */
const runAfterLegs = (s: Session): boolean => s.kind === 'run' && (classify(s).qualityRun || classify(s).longRun);
const heavyLegs = (s: Session): boolean => classify(s).heavyLegs;
const legHardNotAfterLegs = (s: Session): boolean => legHard(s) && !runAfterLegs(s);
const legHardHeavy = (s: Session): boolean => legHard(s) && classify(s).heavyLegs;

export const rule = defineRule({
  meta: {
    id: 'back-to-back-hard',
    severity: 'warning',
    description: 'Two consecutive days each with a leg-hard session, or three consecutive days each with a hard session.',
    reason: 'Avoid stacking hard sessions back to back. Hard days must be separated.',
    category: 'scheduling',
    reach: { weeksBack: 1, weeksAhead: 1, byDay: true },
    fixable: true,
  },
  check(context) {
    const { plan } = context;
    const memo = new Map<(s: Session) => boolean, Map<Day, Session | undefined>>();
    plan.weeks.forEach((week, weekIndex) => {
      for (const day of week.days) {
        const yesterday = previousDay(plan, weekIndex, day.weekday);
        if (!yesterday) continue;
        // A long or quality run after heavy legs is hard-after-heavy-legs' pair: name another leg-hard session of the
        // day when there is one (heavy squats two days running), so the day is not left unsaid.
        const afterHeavyLegs = first(yesterday.day, heavyLegs, memo) !== undefined;
        const todayLegHard = (afterHeavyLegs && first(day, legHardNotAfterLegs, memo)) || first(day, legHard, memo);
        // After heavy legs, name them: they are what makes the day before hard on the legs.
        const yesterdayLegHard = todayLegHard && ((afterHeavyLegs && first(yesterday.day, legHardHeavy, memo)) || first(yesterday.day, legHard, memo));
        if (todayLegHard && yesterdayLegHard) {
          context.report({
            message: `Leg-hard days back to back: ${sessionLabel(day.weekday, todayLegHard)} right after ${sessionLabel(yesterday.day.weekday, yesterdayLegHard)} — the guide says avoid stacking hard sessions back to back`,
            range: todayLegHard.range,
            related: [{ range: yesterdayLegHard.range, message: `Leg-hard the day before: ${sessionLabel(yesterday.day.weekday, yesterdayLegHard)}` }],
            week: week.number,
            sessions: [todayLegHard, yesterdayLegHard],
            data: {
              week: week.number,
              weekday: day.weekday,
              sessionRange: todayLegHard.range,
              otherWeek: yesterday.week.number,
              otherWeekday: yesterday.day.weekday,
              otherSessionRange: yesterdayLegHard.range,
              pattern: 'leg-hard-pair',
            },
          });
          continue;
        }
        const todayHard = first(day, hard, memo);
        const yesterdayHard = todayHard && first(yesterday.day, hard, memo);
        if (!todayHard || !yesterdayHard) continue;
        const dayBefore = previousDay(plan, yesterday.weekIndex, yesterday.day.weekday);
        const dayBeforeHard = dayBefore && first(dayBefore.day, hard, memo);
        if (!dayBefore || !dayBeforeHard) continue;
        context.report({
          message: `Three hard days in a row: ${sessionLabel(dayBefore.day.weekday, dayBeforeHard)}, ${sessionLabel(yesterday.day.weekday, yesterdayHard)}, ${sessionLabel(day.weekday, todayHard)} — the guide says hard days must be separated`,
          range: todayHard.range,
          related: [
            { range: dayBeforeHard.range, message: `First hard day: ${sessionLabel(dayBefore.day.weekday, dayBeforeHard)}` },
            { range: yesterdayHard.range, message: `Second hard day: ${sessionLabel(yesterday.day.weekday, yesterdayHard)}` },
          ],
          week: week.number,
          sessions: [todayHard, yesterdayHard, dayBeforeHard],
          data: {
            week: week.number,
            weekday: day.weekday,
            sessionRange: todayHard.range,
            otherWeek: yesterday.week.number,
            otherWeekday: yesterday.day.weekday,
            otherSessionRange: yesterdayHard.range,
            pattern: 'three-hard',
            firstWeek: dayBefore.week.number,
            firstWeekday: dayBefore.day.weekday,
            firstSessionRange: dayBeforeHard.range,
          },
        });
      }
    });
  },
});
