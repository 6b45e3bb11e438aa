// The fast test's spacing judgement (fixes/reschedule.ts `timedTooClose`): past 16 timed sessions on a day it sorts
// instead of comparing pairs; it must say what the pairwise `startGap` judgement says, for every day.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parsePlan } from '../../../server/src/language/parser';
import { startGap } from '../../../server/src/rules/helpers';
import { timedTooClose } from '../../../server/src/fixes/reschedule';
import type { Session } from '../../../server/src/language/model';

const pairwise = (timed: readonly Session[], minutes: number): boolean =>
  timed.some((a) =>
    timed.some((b) => {
      if (a.kind !== 'run' || b.kind !== 'gym') return false;
      const gap = startGap(a, b);
      return gap.kind === 'same-period' || (gap.kind === 'exact' && gap.minutes < minutes);
    }),
  );

const time = fc.oneof(
  fc.constantFrom('am', 'pm'),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `@${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
);
const session = fc.tuple(fc.constantFrom('run easy', 'gym upper', 'run intervals', 'gym legs heavy'), time).map(([what, at]) => `${what} ${at}`);

describe('timedTooClose (the fast test of same-day-spacing)', () => {
  it('says what the pairwise startGap judgement says, on short and long days', () => {
    fc.assert(
      fc.property(fc.array(session, { minLength: 2, maxLength: 60 }), fc.constantFrom(0, 60, 360, 600), (sessions, minutes) => {
        const timed = parsePlan(`Mon: ${sessions.join(' + ')}\n`).weeks[0]!.days[0]!.sessions;
        assert.equal(timed.length, sessions.length);
        assert.equal(timedTooClose(timed, minutes), pairwise(timed, minutes));
      }),
      { numRuns: 400, seed: 16 },
    );
  });

  it('a long day: a run and a lift 5 h 59 min apart by clock are too close at 6 h, 6 h apart are not', () => {
    const far = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'run easy @06:00' : 'gym upper @12:00')).join(' + ');
    assert.equal(timedTooClose(parsePlan(`Mon: ${far}\n`).weeks[0]!.days[0]!.sessions, 360), false);
    const near = `${far} + gym upper @11:59`;
    assert.equal(timedTooClose(parsePlan(`Mon: ${near}\n`).weeks[0]!.days[0]!.sessions, 360), true);
    const samePeriod = `${far} + run easy pm`;
    assert.equal(timedTooClose(parsePlan(`Mon: ${samePeriod}\n`).weeks[0]!.days[0]!.sessions, 360), true);
  });
});
