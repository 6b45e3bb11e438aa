// Issue 13, "coaching truth" (branch corpus10): a lifter's week with 5/3/1 and a 10K run, a rugby pre-season with the
// loads written after the sets (language-decisions.md, "5/3/1, loads after the sets, body parts that start a lift's
// name, counted tempos").
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import type { Exercise, Session } from '../../../server/src/engine';
import { sessionsAndErrors } from './read';

function exercisesOf(line: string): Exercise[] {
  const plan = parsePlan(`${line}\n`);
  assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], line);
  const sessions: Session[] = plan.statements.flatMap((s) => (s.type === 'day' ? s.sessions : []));
  return sessions.flatMap((s) => (s.kind === 'gym' ? s.exercises : []));
}

const brief = (e: Exercise): [string, number | undefined, number | undefined, string | undefined, number | undefined] => [e.name, e.sets, e.reps, e.load?.text, e.load?.kg];

describe('corpus10: 5/3/1, loads after the sets, body parts that start a lift, counted tempos', () => {
  it("reads Wendler's 5/3/1 (`531`, `5/3/1`) after a lift as its scheme: three sets of 5, 3 and 1 reps, heavy", () => {
    assert.deepEqual(sessionsAndErrors('Mon: Bench press 531, Military press 5x10, Weighted chins, Lat raises\n'), { sessions: ['gym upper heavy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Tue: squat 531, Deadlift 5x10\n'), { sessions: ['gym lower heavy-legs'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: squat 5/3/1, bench 5x10\n'), { sessions: ['gym full heavy-legs'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: Bench press 5/3/1\n'), { sessions: ['gym upper heavy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: squat 5/3/1 + easy run 3 mi\n'), { sessions: ['gym lower heavy-legs', 'run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: gym [squat 531, bench 5/3/1 @ 85%]\n'), { sessions: ['gym full heavy-legs'], errors: [] });
    const [bench] = exercisesOf('Mon: bench press 5/3/1');
    assert.deepEqual([bench?.name, bench?.sets, bench?.reps], ['bench press', 3, 3]);
    assert.deepEqual(bench?.range, { start: { line: 0, column: 5 }, end: { line: 0, column: 22 } });
    // Other numbers with slashes are not a scheme of a lift: still the error.
    assert.match(sessionsAndErrors('Mon: squat 5/3\n').errors.join(' '), /is not a set scheme/);
  });

  it('reads a load written right after the sets, with no `@`, as the lift\'s load (glued, spaced, a pair of dumbbells, `each`)', () => {
    assert.deepEqual(exercisesOf('Mon: Back squat 4x8 70kg, Pull ups (overhand grip) 4 x max, SA chest press 4x8 25kg').map(brief), [
      ['back squat', 4, 8, '70kg', 70],
      // A bracket between a name and its sets is left as found (corpus9b): the sets of the pull-ups are not read.
      ['pull ups', undefined, undefined, undefined, undefined],
      ['chest press', 4, 8, '25kg', 25],
    ]);
    assert.deepEqual(exercisesOf('Mon: Bench 3x8 135lbs').map(brief), [['bench', 3, 8, '135lbs', 61.23]]);
    assert.deepEqual(exercisesOf('Mon: squat 5x5 100 kg, bench 3x5 60kg').map(brief), [['squat', 5, 5, '100 kg', 100], ['bench', 3, 5, '60kg', 60]]);
    // `2x15kg`: a dumbbell of 15 kg in each hand.
    assert.deepEqual(exercisesOf('Fri: Military press 4x8 2x15kg, Walking lunges 3x12 2x12kg').map(brief), [
      ['military press', 4, 8, '2x15kg', 15],
      ['lunges', 3, 12, '2x12kg', 12],
    ]);
    assert.deepEqual(exercisesOf('Wed: SA jammer press 3x10 each 20kg').map(brief), [['sa jammer press', 3, 10, '20kg', 20]]);
    const [squat] = exercisesOf('Mon: Back squat 4x8 70kg');
    assert.deepEqual(squat?.range, { start: { line: 0, column: 5 }, end: { line: 0, column: 24 } });
    // `@ 225`: a bare weight after `@`, in the lifter's own unit (no kg known).
    assert.deepEqual(exercisesOf('Mon: Squat 5x5 @ 225').map(brief), [['squat', 5, 5, '225', undefined]]);
    assert.deepEqual(sessionsAndErrors('Mon: Squat 5x5 @ 225\n'), { sessions: ['gym lower heavy-legs'], errors: [] });
    // A small number after `@` is the RPE (the lead's reading, forms10lead.test.ts). A load with no lift before it is
    // still the load error.
    assert.deepEqual(exercisesOf('Mon: squat 5x5 @ 8').map((e) => e.load?.rpe), [8]);
    assert.match(sessionsAndErrors('Mon: gym 70kg\n').errors.join(' '), /belongs to an exercise/);
  });

  it('reads a body part that starts a lift\'s name (`chest press`, `leg press`, `shoulder press`) as part of the lift, not the day\'s region', () => {
    assert.deepEqual(exercisesOf('Mon: weights day - back squat 4x8 @70kg, chest press 3x12 @20kg, shoulder press 3x12 @20kg, bicep curl 3x12 @20kg').map((e) => e.name), [
      'back squat', 'chest press', 'shoulder press', 'bicep curl',
    ]);
    // A squat with upper-body lifts is a full-body day (was an upper day: `chest` was its region, its lift a `press`).
    assert.deepEqual(sessionsAndErrors('Mon: Weights day - Back squat 4x8 70kg, Pull ups (overhand grip) 4 x max, SA chest press 4x8 25kg, Shoulder press 3x12 20kg BB, Bicep curl 3x12 20kg BB, V-sits 3x20 10kg DB\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(exercisesOf('Mon: leg press 3x10, leg curls 3x12, chest press 3x10').map((e) => e.name), ['leg press', 'leg curls', 'chest press']);
    // A body part alone is still the day's region.
    assert.deepEqual(sessionsAndErrors('Mon: Chest, Triceps, Delts\n'), { sessions: ['gym upper'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: chest and back\n'), { sessions: ['gym upper'], errors: [] });
  });

  it('reads the glute ham raise as a bodyweight leg exercise and leg lowers as core work', () => {
    // Military press, TRX row, GHR, lunges: a full-body day; 3x5 glute ham raises are no heavy lifting.
    assert.deepEqual(sessionsAndErrors('Fri: Weights day - Military press 4x8 2x15kg, TRX row 4x10/max, Glute ham raise 3x5, Walking lunges 3x12 2x12kg, Leg lowers 3x12\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Fri: military press 4x8, glute ham raise 3x5\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Fri: bench 5x5, leg lowers 3x12\n'), { sessions: ['gym upper heavy'], errors: [] });
  });

  it('reads `tempos` as tempo runs counted', () => {
    assert.deepEqual(sessionsAndErrors('Tue: 3 x 1 mile tempos\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Fri: AM 10 x 30 second hill runs; PM about 6.5 miles of tempo: 3 mile and then 3 x 1 mile tempos\n'), { sessions: ['run quality', 'run quality'], errors: [] });
  });

  it('reads a load right after sets no exercise took (`Step-ups (to bench) 4x10 2x15kg`) as those sets\' load', () => {
    assert.deepEqual(sessionsAndErrors('Wednesday: Weights day - Front squat 5x5 50kg, Chin ups 5x10/max, Step-ups (to bench) 4x10 2x15kg, SA row 4x12 17.5kg, SA jammer press 3x10 each 20kg, BB half moon 3x12 20kg, Sit-ups 3x30 10kg plate, Side plank 3x45s each\n'), { sessions: ['gym full heavy-legs'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: step-ups (to bench) 4x10 2x15kg\n'), { sessions: ['gym lower'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: gym 3x10 20kg\n'), { sessions: ['gym full'], errors: [] });
    // With no sets before it, a load still belongs to an exercise.
    assert.match(sessionsAndErrors('Mon: gym 20kg\n').errors.join(' '), /belongs to an exercise/);
  });

  it('reads the list after a test\'s `:` as its events, one test; a week\'s number in a session as the week', () => {
    assert.deepEqual(sessionsAndErrors('Wednesday: Tests - repeat the week 1 tests: jump squats in 1 min, press-ups in 1 min, plank hold, burpee run, 100m row, 500m row\n'), { sessions: ['event test'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Wed: fitness test: 2 min push ups, 2 min sit ups, 2 mile run\n'), { sessions: ['event test'], errors: [] });
    // Without the `:` a run after a test is the day's second session, as before.
    assert.deepEqual(sessionsAndErrors('Wed: tests, 5k run\n').sessions, ['event test', 'run easy']);
    assert.deepEqual(sessionsAndErrors('Mon: run as week 2\n'), { sessions: ['run easy'], errors: [] });
    assert.match(sessionsAndErrors('Mon: run 3 weeks\n').errors.join(' '), /'3' has no unit/);
  });

  it('reads a dynamic circuit as mobility, and a session that says `after` before an aside as the day\'s next', () => {
    assert.deepEqual(sessionsAndErrors('Sunday: Easy run 10.5 miles, dynamic circuit after (10/10)\n'), { sessions: ['run long', 'cross easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Sun: run 5K, gym after (legs)\n'), { sessions: ['run easy', 'gym lower'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: dynamic stretching 10 min\n'), { sessions: ['cross easy'], errors: [] });
    // A circuit with no such word is still conditioning.
    assert.deepEqual(sessionsAndErrors('Mon: circuit\n').sessions, ['conditioning hard']);
  });

  it('reads a runner\'s doubles written with `/`: bare miles after a time of day, runs each with its own time of day', () => {
    const unitless = (n: string): string => `'${n}' has no unit — read as ${n} miles; write '${n}mi', '${n}km' or '${n}min'`;
    assert.deepEqual(sessionsAndErrors('Fri: AM 10 / PM 4\n'), { sessions: ['run easy', 'run easy'], errors: [unitless('10'), unitless('4')] });
    assert.deepEqual(sessionsAndErrors('Fri: AM: 10 / PM: 4\n'), { sessions: ['run easy', 'run easy'], errors: [unitless('10'), unitless('4')] });
    assert.deepEqual(sessionsAndErrors('Fri: AM - 10 / PM - 4\n'), { sessions: ['run easy', 'run easy'], errors: [unitless('10'), unitless('4')] });
    assert.deepEqual(sessionsAndErrors('Fri: AM - 10, PM - 4\n'), { sessions: ['run easy', 'run easy'], errors: [unitless('10'), unitless('4')] });
    const plan = parsePlan('Fri: 10 mi AM / 4 mi PM\n');
    const runs = plan.statements.flatMap((s) => (s.type === 'day' ? s.sessions : []));
    assert.deepEqual(runs.map((r) => [r.kind, r.attributes.time?.value.period, Math.round((r.attributes.distance?.value ?? 0) / 1.609344)]), [['run', 'am', 10], ['run', 'pm', 4]]);
    assert.deepEqual(plan.syntaxErrors, []);
    // Without times of day a `/` between two runs still offers alternatives (the first counts).
    assert.deepEqual(sessionsAndErrors('Fri: 10 mi / 4 mi\n'), { sessions: ['run long'], errors: [] });
  });

  it('keeps a log\'s bare miles before the day\'s other work after a comma (`10, lift`) as the day\'s run', () => {
    // It was lost in the lift (`10, lift` read as one gym session).
    assert.deepEqual(sessionsAndErrors('Mon: run 5 mi\nTue: 10, lift\nWed: run 6 mi\n').sessions, ['run easy', 'run long', 'gym full', 'run easy']);
    assert.deepEqual(sessionsAndErrors('Mon: run 5 mi\nTue: 3, squats 5x5\nWed: run 6 mi\n').sessions, ['run easy', 'run easy', 'gym lower heavy-legs', 'run easy']);
    // Bare numbers alone still name nothing.
    assert.match(sessionsAndErrors('Tue: 5, 4, 3\n').errors.join(' '), /Expected a session/);
  });
});
