// hard-same-day: two hard sessions on one day (error for heavy legs + a quality run, a warning when the times written
// put them 6 hours or more apart); a quality run and a long run on one day are hard on hard too.
//
// data: {
//   week: number; weekday: number;              // where the diagnostic sits
//   sessionRange: Range;                         // the later session of the two (the diagnostic's range)
//   otherWeek: number; otherWeekday: number; otherSessionRange: Range; // the earlier session of the pair (same day)
//   pair: 'heavy-legs+quality' | 'hard+hard' | 'quality+long' | 'heavy-legs+long';
//   apart?: true;                                // heavy legs + quality 6 h or more apart (a warning)
// }
import type { Session } from '../language/model';
import type { Severity } from './types';
import { defineRule } from './define';
import { classify, isFinisher, isWorkoutPart, type SessionClass } from '../analysis/classify';
import { dayName, lazySameDayReport, sessionLabel, sessionText, startGap } from './helpers';
import { DayOrder, distinctDays } from './sameDay';

const SEPARATE_MINUTES = 6 * 60;

/** Am and pm, or clock times at least 6 hours apart. */
function separated(a: Session, b: Session): boolean {
  const gap = startGap(a, b);
  return gap.kind === 'am-pm' || ((gap.kind === 'exact' || gap.kind === 'at-least') && gap.minutes >= SEPARATE_MINUTES);
}

type Pair = 'heavy-legs+quality' | 'hard+hard' | 'quality+long' | 'heavy-legs+long';

const RANK: Record<Pair, number> = { 'heavy-legs+quality': 4, 'hard+hard': 3, 'quality+long': 2, 'heavy-legs+long': 1 };

function pairOf(a: SessionClass, b: SessionClass): Pair | undefined {
  if ((a.heavyLegs && b.qualityRun) || (a.qualityRun && b.heavyLegs)) return 'heavy-legs+quality';
  if (a.hard && b.hard) return 'hard+hard';
  if ((a.qualityRun && b.longRun) || (a.longRun && b.qualityRun)) return 'quality+long';
  if ((a.heavyLegs && b.longRun) || (a.longRun && b.heavyLegs)) return 'heavy-legs+long';
  return undefined;
}

/** The kind of a session, above the class bits of its key: sessions of one kind in one outing are one session. */
const KINDS: Readonly<Record<string, number>> = { run: 1, gym: 2, conditioning: 3, sport: 4, cross: 5 };
const KIND_SHIFT = 5;
const kindCode = (session: Session): number => (KINDS[session.kind] ?? 0) << KIND_SHIFT;

/** What pairOf (and the same-outing exception for one kind) looks at in the earlier session: sessions with the same key pair alike (events never pair). */
function hardnessKey(session: Session): number | undefined {
  const c = classify(session);
  if (c.event) return undefined;
  return (c.heavyLegs ? 1 : 0) | (c.qualityRun ? 2 : 0) | (c.hard ? 4 : 0) | (c.longRun ? 8 : 0) | kindCode(session);
}

/** `a hard gym session`, `a quality run`, `a hard cross session` */
export function hardKind(c: SessionClass): string {
  if (c.heavyLegs) return 'heavy legs';
  if (c.hardGym) return 'a hard gym session';
  if (c.qualityRun) return 'a quality run';
  if (c.hardCross) return 'a hard cross session';
  if (c.hardOther) return 'a hard session';
  if (c.longRun) return 'a long run';
  return 'a session';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const rule = defineRule({
  meta: {
    id: 'hard-same-day',
    severity: 'warning',
    description:
      'Two hard sessions on one day: an error for heavy legs + a quality run (a warning 6 h or more apart), a warning for any other two hard sessions, a quality and a long run, or heavy legs + a long run.',
    reason: 'Avoid: heavy squats + intervals on the same day. Heavy leg training and hard running both stress the nervous system.',
    category: 'scheduling',
    reach: { byDay: true },
    fixable: true,
  },
  check(context) {
    for (const week of distinctDays(context.plan.weeks)) {
      for (const day of week.days) {
        if (day.sessions.length < 2) continue;
        // Earlier sessions by what pairOf looks at: the first of each kind before a session decides (linear per day).
        const order = new DayOrder(day, hardnessKey);
        for (let index = 0; index < day.sessions.length; index++) {
          const later = day.sessions[index]!;
          const laterClass = classify(later);
          // A race or test day is planned hard: a shake-out or a second event on it is not a stacking mistake.
          if ((!laterClass.hard && !laterClass.heavyLegs && !laterClass.longRun) || laterClass.event) continue;
          // The highest-ranked pair with an earlier session; of equal rank, the session written first.
          let best: { pair: Pair; position: number } | undefined;
          const finisher = isFinisher(later);
          const previous = index > 0 ? day.sessions[index - 1] : undefined;
          const part = isWorkoutPart(later, previous);
          for (const key of order.keys()) {
            let position = order.firstBefore(later, key);
            if (!Number.isFinite(position)) continue;
            const pair = pairOf(classify(order.session(position)!), laterClass);
            // A finisher (`threshold run + wall ball work`) ends the session before it, and a circuit right after a run
            // of its outing (`PM - 1 mile run best effort circuit`) is that workout's second part: not a second hard session.
            if (pair === 'hard+hard' && (finisher || (part && order.session(position) === previous))) continue;
            // Two hard sessions of one kind with no time between them are one session in parts: a track session
            // (`shuttle sprints + run 800m repeats`), a brick (`brick: run + stations`). A quality and a long run stay two.
            if (pair === 'hard+hard' && kindCode(later) !== 0 && (key & (7 << KIND_SHIFT)) === kindCode(later)) {
              position = order.firstBefore(later, key, true);
              if (!Number.isFinite(position)) continue;
            }
            if (pair && (!best || RANK[pair] > RANK[best.pair] || (RANK[pair] === RANK[best.pair] && position < best.position))) best = { pair, position };
          }
          if (!best) continue;
          const { pair } = best;
          const earlier = order.session(best.position)!;
          // Am and pm (or clock times 6 h apart) is what the guide asks of two sessions on one day: still hard on
          // hard, but a plan a coach could defend — a warning, not an error.
          const apart = pair === 'heavy-legs+quality' && separated(earlier, later);
          const severity: Severity = pair === 'heavy-legs+quality' && !apart ? 'error' : 'warning';
          // Words made only for a report that is listed (`lazyReport`).
          context.report(
            lazySameDayReport(week, day.weekday, later, earlier, severity, () => {
              const earlierClass = classify(earlier);
              const day3 = dayName(day.weekday);
              let message: string;
              if (pair === 'heavy-legs+quality') {
                const legs = earlierClass.heavyLegs ? earlier : later;
                const run = legs === earlier ? later : earlier;
                message = apart
                  ? `Heavy legs (${sessionLabel(day.weekday, legs)}) and a quality run (${sessionText(run)}) on the same day, even 6 h or more apart — the guide says avoid heavy squats + intervals on the same day; hard days must be separated`
                  : `Heavy legs (${sessionLabel(day.weekday, legs)}) and a quality run (${sessionText(run)}) on the same day — the guide says avoid heavy squats + intervals on the same day`;
              } else if (pair === 'quality+long') {
                const run = earlierClass.qualityRun ? earlier : later;
                const long = run === earlier ? later : earlier;
                message = `A quality run (${sessionLabel(day.weekday, run)}) and a long run (${sessionText(long)}) on the same day — the guide says don't combine hard with hard`;
              } else if (pair === 'hard+hard') {
                // Lifting first leaves the quality run without fresh legs: the guide's words for that order too.
                const tired = earlierClass.hardGym && laterClass.qualityRun ? '; be fresh at the beginning of your quality sessions' : '';
                message = `${capitalise(hardKind(earlierClass))} (${sessionLabel(day.weekday, earlier)}) and ${hardKind(laterClass)} (${sessionText(later)}) on the same day — the guide says don't combine hard with hard${tired}`;
              } else {
                const legs = earlierClass.heavyLegs ? earlier : later;
                const run = legs === earlier ? later : earlier;
                message = `Heavy legs (${sessionLabel(day.weekday, legs)}) and a long run (${sessionText(run)}) on the same day — a long run is easy but heavy in load; keep it off heavy leg days`;
              }
              return { message, relatedMessage: `The other hard session on ${day3}: ${sessionText(earlier)}`, extra: apart ? { pair, apart } : { pair } };
            }),
          );
        }
      }
    }
  },
});
