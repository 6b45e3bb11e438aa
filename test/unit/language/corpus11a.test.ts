// corpus11a (issue 13): forms typed from The Rugby Blog's pre-season week 1, the WA Police applicant week and an Army
// fitness training diary; language-decisions.md, "Sets x reps * load; each glued to the reps" and "Numbered sessions,
// cardio as a heading, a log's sets and team sports".
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { classify } from '../../../server/src/analysis/classify';
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

describe('corpus11a: a log\'s reps of each set with spaces after the commas', () => {
  it('reads `press-ups 34, 30, 31` as three sets (was "\'34\' is not a set scheme")', () => {
    assert.deepEqual(lifts('Mon: strength: press-ups 34, 30, 31 / sit-ups 80, 72, 63\nTue: push ups 20, 15 + run 3 mi\nWed: pull ups 10, 8, 6, rows 3x10\n'), {
      exercises: ['press-ups 3x32', 'sit-ups 3x71.5', 'push ups 2x17.5', 'pull ups 3x8', 'rows 3x10'],
      errors: [],
    });
    assert.deepEqual(sessionsAndErrors('Mon: strength: press-ups 34, 30, 31 / sit-ups 80, 72, 63\n').sessions, ['gym upper']);
    // A number then a word after the comma is another session's, as before.
    assert.deepEqual(sessionsAndErrors('Mon: bench 5, 5 x 400m\n').sessions, ['gym full', 'run quality']);
  });
});

describe('corpus11a: team sports of club players\' logs', () => {
  it('reads korfball, hurling, camogie, shinty, floorball and futsal as sports (was "Unknown session \'korfball\'")', () => {
    assert.deepEqual(sessionsAndErrors('Mon: cycling + korfball training\nTue: hurling\nWed: camogie match\nThu: shinty\nFri: floorball 1 hr\nSat: futsal\n'), {
      sessions: ['cross easy', 'sport hard', 'sport hard', 'sport hard', 'sport hard', 'sport hard', 'sport hard'],
      errors: [],
    });
  });
});

describe('corpus11a: cardio as a heading before a run', () => {
  it('reads the run named after `cardio` as the session (`Cardio: 20 min run` was cross-training)', () => {
    assert.deepEqual(sessionsAndErrors('Mon: cardio - run 30 min\nTue: Cardio: 20 min run\nWed: cardio - fartlek run 30 min\nThu: Cardio session - long fartlek run\n'), {
      sessions: ['run easy', 'run easy', 'run quality', 'run long+quality'],
      errors: [],
    });
    const [run] = sessionsOf(parsePlan('Mon: cardio - run 30 min\n'));
    assert.equal(run.kind, 'run');
    assert.deepEqual([run.range.start.column, run.range.end.column], [5, 24]);
    // Cardio alone, on a machine, with an effort or before another session word stays cross-training.
    assert.deepEqual(sessionsAndErrors('Mon: cardio 30 min\nTue: cardio - bike 30 min\nWed: cardio - 10km/level 5\nThu: Cardio - 30 min hard\nFri: cardio + run 3 mi\n').sessions,
      ['cross easy', 'cross easy', 'cross easy', 'cross hard', 'cross easy', 'run easy']);
    // A word of its own after `cardio` makes it no heading: `cardio endurance: 10 min easy jog` reads as before.
    assert.deepEqual(sessionsAndErrors('Mon: cardio run 30 min\n').sessions, ['cross easy']);
    assert.deepEqual(sessionsAndErrors('Mon: cardio endurance: 10 min easy jog\n').sessions, sessionsAndErrors('Mon: cross endurance: 10 min easy jog\n').sessions);
  });

  it('reads a long fartlek run as a long run with fartlek surges (was "A run has one type")', () => {
    const [long] = sessionsOf(parsePlan('Mon: long fartlek run\n'));
    assert.ok(long.kind === 'run');
    assert.equal(long.runType, 'long');
    assert.equal(long.attributes.effortTarget?.value, 'interval');
    assert.deepEqual([long.attributes.effortTarget?.range.start.column, long.attributes.effortTarget?.range.end.column], [10, 17]);
    assert.deepEqual(sessionsAndErrors('Mon: fartlek long run\nTue: fartlek 30 min\n'), { sessions: ['run long+quality', 'run quality'], errors: [] });
  });
});

describe('corpus11a: a number sign numbers a session', () => {
  it('reads `#1` after something on its line as the session\'s number, not a comment that hid the rest of the line', () => {
    assert.deepEqual(sessionsAndErrors('Day 1: Strength session #1 - body weight\nDay 2: CPAT Circuit #2 + core 10 min\nDay 3: Cardio session #2 - long fartlek run\n'), {
      sessions: ['gym full', 'conditioning hard', 'gym core', 'run long+quality'],
      errors: [],
    });
    const plan = parsePlan('Mon: CPAT Circuit #2 + run 3 mi # a comment\n');
    assert.deepEqual(plan.comments.map((c) => [c.range.start.column, c.text]), [[32, 'a comment']]);
    assert.deepEqual(sessionsOf(plan).map((s) => s.text), ['CPAT Circuit #2', 'run 3 mi']);
  });

  it('keeps `#` first on its line, before a word, spaced or glued to pounds what it was', () => {
    const plan = parsePlan('#1 priority: the long run\nMon: run 5 mi #easy\nTue: squat 5x5 @135#\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(plan.comments.map((c) => c.text), ['1 priority: the long run', 'easy']);
    assert.deepEqual(lifts('Tue: squat 5x5 @135#\n').exercises, ['squat 5x5 @135# 61.23kg']);
  });
});

describe('corpus11a: the new team sports load the legs', () => {
  it('classes a hard korfball, floorball, camogie or shinty session leg-hard, as hurling and futsal already were', () => {
    for (const sport of ['korfball', 'floorball', 'camogie', 'shinty', 'hurling', 'futsal']) {
      const [session] = sessionsOf(parsePlan(`Mon: ${sport} training\n`));
      assert.equal(classify(session).legHard, true, sport);
    }
  });
});
