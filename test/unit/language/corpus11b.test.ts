// Issue 13, "coaching truth" (branch corpus11b): a lifter's week on Starting Strength with mud runs and an elite
// marathoner's doubles log with a Strength/Drills column (language-decisions.md, "Long steady runs, a decent pace,
// strength/drills, a half day off, ladders of distances").
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import type { Session } from '../../../server/src/engine';
import { sessionsAndErrors } from './read';

function runsOf(line: string): Session[] {
  const plan = parsePlan(`${line}\n`);
  assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], line);
  return plan.statements.flatMap((s) => (s.type === 'day' ? s.sessions : []));
}

describe('corpus11b: long steady runs, a decent pace, strength/drills, a half day off, ladders of distances', () => {
  it('reads a long steady run (the British LSR) and a steady long run as a long run, with no quality part', () => {
    assert.deepEqual(sessionsAndErrors('Sun: Long Steady Run 10-15km slow\n'), { sessions: ['run long'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Sun: steady long run 10 mi\n'), { sessions: ['run long'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Sun: long run steady 10 mi\n'), { sessions: ['run long'], errors: [] });
    // A long run with a quality type keeps its quality part, as before.
    assert.deepEqual(sessionsAndErrors('Sun: long tempo run 10 mi\n'), { sessions: ['run long+quality'], errors: [] });
    // Two types that are not long still say two things.
    assert.match(sessionsAndErrors('Sun: easy tempo run\n').errors.join(' '), /one type/);
  });

  it('reads `at a decent pace`, `at a good pace` as steady running, not race pace', () => {
    assert.deepEqual(sessionsAndErrors('Mon: Running 3-5km at a decent pace\n'), { sessions: ['run steady'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: 3 miles at a good pace\n'), { sessions: ['run steady'], errors: [] });
    const [run] = runsOf('Mon: run 3 miles at a solid pace');
    assert.equal(run?.kind === 'run' ? run.attributes.effortTarget?.value : undefined, 'steady');
    assert.deepEqual(run?.kind === 'run' ? run.attributes.effortTarget?.range : undefined, { start: { line: 0, column: 22 }, end: { line: 0, column: 32 } });
    // Other words before `pace` keep their reading: fast or quick is race pace, comfortable is easy.
    assert.deepEqual(sessionsAndErrors('Mon: 3 miles at a quick pace\n').sessions, ['run quality']);
    assert.deepEqual(sessionsAndErrors('Mon: 3 miles at a fast pace\n').sessions, ['run quality']);
    assert.deepEqual(sessionsAndErrors('Mon: 3 miles at a comfortable pace\n').sessions, ['run easy']);
    assert.deepEqual(sessionsAndErrors('Mon: 3 miles at race pace\n').sessions, ['run quality']);
  });

  it('reads drills joined to a lift (`strength/drills`, `strength & drills`) as one support session, not a run', () => {
    assert.deepEqual(sessionsAndErrors('Mon: strength/drills 50 minutes (18.5)\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: strength & drills 40 minutes\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: strength and drills\n'), { sessions: ['gym full'], errors: [] });
    const [gym] = runsOf('Mon: strength/drills 50 minutes');
    assert.equal(gym?.kind === 'gym' ? gym.attributes.duration?.value : undefined, 50);
    // Drills after a run stay the run's; drills alone are a run; strides after a lift are still a run.
    assert.deepEqual(sessionsAndErrors('Mon: drills 20 minutes\n').sessions, ['run easy']);
    assert.deepEqual(sessionsAndErrors('Mon: 6 mi + drills and strides\n').sessions, ['run easy']);
    assert.deepEqual(sessionsAndErrors('Mon: strength and strides\n').sessions, ['gym full', 'run easy']);
  });

  it('reads a half of the day off beside the day\'s other sessions (`PM off`) as no session', () => {
    assert.deepEqual(sessionsAndErrors('Tue: AM 22 mile progressive long run, PM off (22)\n'), { sessions: ['run long'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Sun: AM 16 mile tempo @ 4:58 avg., PM off (22)\n'), { sessions: ['run quality'], errors: [] });
    // The day is no rest day: rest-days sees a week with no day off.
    const week = ['Mon: 10 mi', 'Tue: 10 mi, PM off', 'Wed: 10 mi', 'Thu: 10 mi', 'Fri: 10 mi', 'Sat: 10 mi', 'Sun: 10 mi'].join('\n');
    const tuesday = parsePlan(`goal: running\n${week}\n`).statements.find((s) => s.type === 'day' && s.weekday === 1);
    assert.deepEqual(tuesday?.type === 'day' ? tuesday.sessions.map((s) => s.kind) : [], ['run']);
    // Alone, a half day off is still the day's rest.
    assert.deepEqual(sessionsAndErrors('Mon: PM off\n').sessions, ['rest']);
  });

  it('reads a list of three distances or more as a ladder of repeats (`4 mile, 3 mile, 2 mile, 1 mile @ 4:50 pace`)', () => {
    assert.deepEqual(sessionsAndErrors('Fri: 4 mile, 3 mile, 2 mile, 1 mile @ 4:50 pace\n'), { sessions: ['run quality'], errors: [] });
    const [run] = runsOf('Fri: 4 mile, 3 mile, 2 mile, 1 mile @ 4:50 pace');
    const repeats = run?.kind === 'run' ? run.attributes.repeats : undefined;
    assert.equal(repeats?.value.count, 4);
    assert.ok(Math.abs((repeats?.value.eachKm ?? 0) - 2.5 * 1.609344) < 1e-9);
    assert.deepEqual(repeats?.range, { start: { line: 0, column: 5 }, end: { line: 0, column: 35 } });
    // Bare numbers take the unit of the distance after them; metres too.
    const [bare] = runsOf('Fri: 3, 2, 1 mile @ 4:50 pace');
    assert.deepEqual(bare?.kind === 'run' ? bare.attributes.repeats?.value.count : undefined, 3);
    assert.deepEqual(sessionsAndErrors('Tue: 1600m, 1200m, 800m, 400m\n').sessions, ['run quality']);
    // Two distances, all alike, or longer than 10 km are not a ladder.
    const two = runsOf('Mon: 4 mi, 3 mi')[0];
    assert.equal(two?.kind === 'run' ? two.attributes.repeats : 'not a run', undefined);
    const same = runsOf('Mon: 1 mile, 1 mile, 1 mile')[0];
    assert.equal(same?.kind === 'run' ? same.attributes.repeats : 'not a run', undefined);
    const long = runsOf('Mon: 8 mi, 10 mi, 12 mi')[0];
    assert.equal(long?.kind === 'run' ? long.attributes.repeats : 'not a run', undefined);
  });
});
