// corpus12a (issue 13): forms typed from runners' weeks that lift (an r/AdvancedRunning half marathon week beside a PPL
// split, a MyFitnessPal half marathon week of three lifting days, a TexAgs 5x5 and half marathon week);
// language-decisions.md, "A lift, `and`, then how a run is run", "`back` alone as a split's day" and "Accessory work
// after a lift".
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { notation, sessionsAndErrors, sessionsOf } from './read';

describe('corpus12a: a lift, `and`, then how a run is run', () => {
  it('reads `pull and recovery run 5k` as the lift and the run (the run was lost, with no diagnostic)', () => {
    assert.deepEqual(notation('Tue: pull and recovery run 5k\nThu: legs and recovery run 5k\nSat: push and long run 10k\n'), {
      sessions: ['gym upper', 'run easy', 'gym lower', 'run easy', 'gym upper', 'run long'],
      texts: ['pull', 'recovery run 5k', 'legs', 'recovery run 5k', 'push', 'long run 10k'],
      errors: [],
    });
    assert.deepEqual(sessionsAndErrors('Mon: weights and easy run\nTue: chest and an easy run\nWed: upper body and easy run\n'), {
      sessions: ['gym full', 'run easy', 'gym upper', 'run easy', 'gym upper', 'run easy'],
      errors: [],
    });
  });

  it('keeps the run its own range, type and distance', () => {
    const [lift, run] = sessionsOf(parsePlan('Mon: pull and recovery run 5k\n'));
    assert.equal(lift?.kind, 'gym');
    assert.deepEqual(lift?.range, { start: { line: 0, column: 5 }, end: { line: 0, column: 9 } });
    assert.ok(run?.kind === 'run');
    assert.equal(run.runType, 'recovery');
    assert.deepEqual(run.range, { start: { line: 0, column: 14 }, end: { line: 0, column: 29 } });
    assert.equal(run.attributes.distance?.value, 5);
  });

  it('leaves two runs joined so, and a how word with no session after it, as they were', () => {
    assert.deepEqual(sessionsAndErrors('Mon: tempo run and easy run\nTue: run 3 mi and easy jog\nWed: chest and easy\n'), {
      sessions: ['run quality', 'run easy', 'gym upper'],
      errors: [],
    });
  });
});

describe('corpus12a: `back` alone as a split\'s day', () => {
  it('reads `Tuesday: back`, `Back day`, `back 45 min` as an upper gym session (was "Unknown session \'back\'")', () => {
    assert.deepEqual(sessionsAndErrors('Sun: chest\nTue: back\nThu: leg\nMon: Back day\nWed: back 45 min\nSat: back + 3 mile run\n'), {
      sessions: ['gym upper', 'gym upper', 'gym lower', 'gym upper', 'gym upper', 'gym upper', 'run easy'],
      errors: [],
    });
    const [back] = sessionsOf(parsePlan('Tue: back\n'));
    assert.ok(back?.kind === 'gym');
    assert.equal(back.focus, 'upper');
    assert.deepEqual(back.focusRange, { start: { line: 0, column: 5 }, end: { line: 0, column: 9 } });
  });

  it('keeps `back squat`, `back extensions` and `out and back` as they were', () => {
    assert.deepEqual(sessionsAndErrors('Mon: back squat 5x5\nTue: back extensions\nWed: out and back 5 miles\nThu: back and biceps\n'), {
      sessions: ['gym lower heavy-legs', 'gym core', 'run easy', 'gym upper'],
      errors: [],
    });
  });
});

describe('corpus12a: accessory work after a lift', () => {
  it('reads `+ Misc Accessory`, `+ Accessory` and `+ Accessory and Core` as the lift\'s lighter work, one session', () => {
    assert.deepEqual(notation('M: 5x5 Day A - Squat/Bench/Row + Misc Accessory\nW: 5x5 Day B - OHP/RDL/ + Accessory and Core\nF: 5x5 Day C - Squat/Bench or OHP/ + Accessory\n'), {
      sessions: ['gym full heavy-legs', 'gym full heavy-legs', 'gym full heavy-legs'],
      texts: ['5x5 Day A - Squat/Bench/Row + Misc Accessory', '5x5 Day B - OHP/RDL/ + Accessory and Core', '5x5 Day C - Squat/Bench or OHP/ + Accessory'],
      errors: [],
    });
    // `squat 5x5 + accessories` was two gym sessions; `assistance work` (5/3/1) is the same work.
    assert.deepEqual(sessionsAndErrors('Mon: squat 5x5 + accessories\nTue: bench 5x5 + accessory work and core\nWed: deadlift 5x5 + assistance work\n'), {
      sessions: ['gym lower heavy-legs', 'gym upper heavy', 'gym lower heavy-legs'],
      errors: [],
    });
  });

  it('keeps core alone after a lift and accessory work alone on a day as they were', () => {
    assert.deepEqual(sessionsAndErrors('Mon: squat 5x5 + core\nTue: accessory work\nWed: accessory\n'), {
      sessions: ['gym lower heavy-legs', 'gym core', 'gym full', 'gym full'],
      errors: [],
    });
  });
});
