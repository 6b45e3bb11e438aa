// DayOrder (rules/sameDay.ts) answers the same-day rules' questions in log time; these properties hold it to the
// pairwise definitions it replaces (comesBefore and startGap of helpers.ts) on random days with every kind of time:
// none, `am`/`pm`, clock times (also equal ones, and ones whose written half of the day differs from the clock's).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePlan } from '../../../server/src/language/parser';
import type { Day, Session } from '../../../server/src/language/model';
import { comesBefore, sameOuting, startGap } from '../../../server/src/rules/helpers';
import { DayOrder } from '../../../server/src/rules/sameDay';

const KINDS = ['gym', 'run', 'gym lower heavy', 'run intervals', 'run long 16km', 'bike'];
const TIMES = ['', ' am', ' pm', ' @06:00', ' @07:00', ' @07:00', ' @11:30', ' @12:00', ' @13:00', ' @17:59', ' @18:00', ' @21:00', ' @7am'];

const dayText = fc
  .array(fc.tuple(fc.constantFrom(...KINDS), fc.constantFrom(...TIMES)), { minLength: 1, maxLength: 14 })
  .map((sessions) => `Mon: ${sessions.map(([kind, time]) => `${kind}${time}`).join(' + ')}\n`);

function dayOf(text: string): Day {
  const plan = parsePlan(text);
  assert.deepEqual(plan.syntaxErrors, [], text);
  return plan.weeks[0]!.days[0]!;
}

/** Category of a session for the test: its kind word. */
const category = (session: Session): number => KINDS.findIndex((kind) => session.text.startsWith(kind.split(' ')[0]!));

function firstWhere(day: Day, test: (s: Session, position: number) => boolean): number {
  const position = day.sessions.findIndex(test);
  return position < 0 ? Infinity : position;
}

const closeKinds = new Set(['same-period', 'unknown']);

describe('DayOrder gives what the pairwise loops gave', () => {
  it('firstBefore / firstAfter = the first session with comesBefore (and not sameOuting, when asked)', () => {
    fc.assert(
      fc.property(dayText, (text) => {
        const day = dayOf(text);
        const order = new DayOrder(day, category);
        for (const s of day.sessions) {
          for (const key of [0, 1, 2, 3, 4, 5]) {
            const before = firstWhere(day, (e) => e !== s && category(e) === key && comesBefore(day, e, s));
            const after = firstWhere(day, (e) => e !== s && category(e) === key && comesBefore(day, s, e));
            const apart = firstWhere(day, (e) => e !== s && category(e) === key && comesBefore(day, e, s) && !sameOuting(e, s));
            assert.equal(order.firstBefore(s, key), before, `${text} before ${s.text} key ${key}`);
            assert.equal(order.firstBefore(s, key, true), apart, `${text} before ${s.text} key ${key}, apart only`);
            assert.equal(order.firstAfter(s, key), after, `${text} after ${s.text} key ${key}`);
          }
        }
      }),
      { numRuns: 400, seed: Number(process.env.FC_SEED ?? 20261202) },
    );
  });

  it('firstNearBefore / firstLooseBefore / firstCloseBefore = the first earlier session by its startGap', () => {
    fc.assert(
      fc.property(dayText, fc.constantFrom(0, 60, 300, 360, 600), (text, minutes) => {
        const day = dayOf(text);
        const order = new DayOrder(day, category);
        for (const s of day.sessions) {
          for (const key of [0, 1, 2, 3, 4, 5]) {
            const earlier = (e: Session): boolean => e !== s && category(e) === key && comesBefore(day, e, s);
            const near = firstWhere(day, (e) => {
              if (!earlier(e)) return false;
              const gap = startGap(e, s);
              return gap.kind === 'same-period' || (gap.kind === 'exact' && gap.minutes < minutes);
            });
            const loose = firstWhere(day, (e) => {
              if (!earlier(e)) return false;
              const gap = startGap(e, s);
              return gap.kind === 'unknown' || (gap.kind === 'at-least' && gap.minutes < minutes);
            });
            const close = firstWhere(day, (e) => {
              if (!earlier(e)) return false;
              const gap = startGap(e, s);
              return closeKinds.has(gap.kind) || ((gap.kind === 'exact' || gap.kind === 'at-least') && gap.minutes < minutes);
            });
            assert.equal(order.firstNearBefore(s, key, minutes), near, `${text} near ${s.text} key ${key} ${minutes}`);
            assert.equal(order.firstLooseBefore(s, key, minutes), loose, `${text} loose ${s.text} key ${key} ${minutes}`);
            assert.equal(order.firstCloseBefore(s, key, minutes), close, `${text} close ${s.text} key ${key} ${minutes}`);
          }
        }
      }),
      { numRuns: 400, seed: Number(process.env.FC_SEED ?? 20261202) },
    );
  });
});
