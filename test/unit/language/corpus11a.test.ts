// corpus11a (issue 13): forms of a rugby pre-season week typed from The Rugby Blog's week 1 (sets x reps * load, each
// side glued to the reps); language-decisions.md, "Sets x reps * load; each glued to the reps".
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { lifts, sessionsAndErrors, sessionsOf } from './read';

describe('corpus11a: sets x reps * load', () => {
  it('reads a `*` between a lift\'s sets and its load as `@` (`Back squat 4x10*60kg` was "A load like \'60kg\' belongs to an exercise")', () => {
    assert.deepEqual(lifts('Mon: Back squat 4x10*60kg\nTue: squat 4x10 * 60kg\nWed: squat 4x10 * 60 kg\nThu: deadlift 1x5*140kg\n'), {
      exercises: ['back squat 4x10 @60kg 60kg', 'squat 4x10 @60kg 60kg', 'squat 4x10 @60 kg 60kg', 'deadlift 1x5 @140kg 140kg'],
      errors: [],
    });
    // A pair of dumbbells after the `*` (`3x10*2x12kg` was "'2x12kg' is not a repeat"), and a barbell note after it.
    assert.deepEqual(lifts('Mon: Military press 3x10*2x12kg\nTue: Step-ups (to bench) 3x10*2x10kg\nWed: Shoulder press 3x12*20kg BB\n'), {
      exercises: ['military press 3x10 @2x12kg 12kg', 'step-ups 3x10 @2x10kg 10kg', 'shoulder press 3x12 @20kg 20kg'],
      errors: [],
    });
    assert.deepEqual(sessionsAndErrors('Mon: Weights day - Back squat 4x10*60kg, Pull ups (overhand grip) 4xmax, SA chest press 3x12*20kg\n'), {
      sessions: ['gym full'],
      errors: [],
    });
  });

  it('spans the exercise from its name to the load, the `*` inside, as `squat 4x10 60kg` does', () => {
    const line = 'Mon: squat 4x10*60kg\n';
    const [session] = sessionsOf(parsePlan(line));
    assert.ok(session.kind === 'gym');
    const [exercise] = session.exercises;
    assert.deepEqual(exercise.range, { start: { line: 0, column: 5 }, end: { line: 0, column: 20 } });
    assert.deepEqual(exercise.nameRange, { start: { line: 0, column: 5 }, end: { line: 0, column: 10 } });
    assert.deepEqual(exercise.load, { text: '60kg', kg: 60 });
  });

  it('keeps a `*` with no load after it a footnote mark (`squat 5x5*`)', () => {
    assert.deepEqual(lifts('Mon: squat 5x5*\nTue: bench 3x8*, squat 3x5\n'), { exercises: ['squat 5x5', 'bench 3x8', 'squat 3x5'], errors: [] });
  });
});

describe('corpus11a: each side glued to the reps', () => {
  it('reads `3x10ea 20kg` and `3x10each 10kg` as `3x10 each 20kg` (was "\'3x10ea\' is not a set scheme")', () => {
    assert.deepEqual(lifts('Mon: SA jammer press 3x10ea 20kg\nTue: curls 3x10each 10kg\nWed: lunges 3x8ea\n'), {
      exercises: ['sa jammer press 3x10 @20kg 20kg', 'curls 3x10 @10kg 10kg', 'lunges 3x8'],
      errors: [],
    });
  });
});
