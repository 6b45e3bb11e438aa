// Issue 13 (corpus8b, 3 December): forms of selection, rugby pre-season, elite-doubles and hybrid-coach weeks
// (language-decisions.md, "Repeats of one unit, met con, fartlekking, rehab, running conditioning, plyometrics with a
// lift, skills practices, doubles").
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { classify } from '../../../server/src/analysis/classify';
import { sessionsAndErrors, sessionsOf } from './read';

const read = sessionsAndErrors;

describe('forms of selection, rugby pre-season, doubles and hybrid-coach weeks (corpus8b)', () => {
  it('reads `8 x mile` as eight repeats of one mile (a quality run of 8 miles of repeats), not an easy run', () => {
    assert.deepEqual(read('Wed: 8 x mile with 2 minute jog rest\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Thu: wu, 4 x mile (90), wd\n'), { sessions: ['run quality'], errors: [] });
    const [session] = sessionsOf(parsePlan('Wed: 8 x mile with 2 minute jog rest\n'));
    assert.equal(session?.attributes.repeats?.value.count, 8);
    assert.ok(Math.abs((session?.attributes.repeats?.value.eachKm ?? 0) - 1.609344) < 1e-6);
    const [km] = sessionsOf(parsePlan('Tue: 5 x km\n'));
    assert.equal(km?.attributes.repeats?.value.eachKm, 1);
  });

  it('reads `Met Con`, `Fartlekking`, `Recovery/Rehab` and `Running Conditioning` of rugby programmes', () => {
    assert.deepEqual(read('Tue: Lower Body Strength & Met Con\n'), { sessions: ['gym lower', 'conditioning hard'], errors: [] });
    assert.deepEqual(read('Sat: Fartlekking (Recommended Club Session)\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Wed: Recovery/Rehab\n'), { sessions: ['cross easy'], errors: [] });
    assert.deepEqual(read('Wed: rehab 20 min\n'), { sessions: ['cross easy'], errors: [] });
    assert.deepEqual(read('Mon: Upper Body Strength & Running Conditioning\n'), { sessions: ['gym upper', 'run quality'], errors: [] });
    // `Conditioning Session` alone stays conditioning, not a run.
    assert.deepEqual(read('Sat: Conditioning Session\n'), { sessions: ['conditioning hard'], errors: [] });
  });

  it('reads plyometrics joined to a lift named by a word as that gym session, and after exercises or a run as its own', () => {
    assert.deepEqual(read('Tue: Weight Training and Plyometrics (self session)\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(read('Tue: weights & plyos\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(read('Tue: squats 5x5 and plyometrics\n'), { sessions: ['gym lower heavy-legs', 'conditioning hard'], errors: [] });
    assert.deepEqual(read('Tue: run 5 miles and plyometrics\n'), { sessions: ['run easy', 'conditioning hard'], errors: [] });
  });

  it('reads a drills practice of a sport (`Rugby Specific drills`) as easy unless it says hard', () => {
    assert.deepEqual(read('Wed: Interval Training and Rugby Specific drills (Club Session)\n'), { sessions: ['run quality', 'sport easy'], errors: [] });
    assert.deepEqual(read('Wed: rugby drills\n').sessions, ['sport easy']);
    // `Rugby skills` with contact stays hard (forms7.test.ts).
    assert.deepEqual(read('Thu: Rugby skills + contact (60 min)\n').sessions, ['sport hard', 'sport hard']);
    assert.deepEqual(read('Wed: rugby conditioning drills\n').sessions, ['sport hard']);
    assert.deepEqual(read('Wed: rugby game\n').sessions, ['sport hard']);
    assert.deepEqual(read('Wed: rugby\n').sessions, ['sport hard']);
  });

  it('does not make one run of a double a long run by its length; a shakeout under a third of it leaves it long', () => {
    const double = parsePlan('Mon: AM 13 miles, PM 6 miles\nSun: 21 miles\n');
    const [am, pm, sunday] = sessionsOf(double);
    assert.equal(classify(am!).longRun, false);
    assert.equal(classify(am!).easyRun, true);
    assert.equal(classify(pm!).easyRun, true);
    assert.equal(classify(sunday!).longRun, true);
    const shakeout = sessionsOf(parsePlan('Sat: am 18 miles, pm 3 miles\n'));
    assert.equal(classify(shakeout[0]!).longRun, true);
    // Without times of day, two runs on a day are not read as a double.
    assert.equal(classify(sessionsOf(parsePlan('Sat: 18 miles + 3 miles\n'))[0]!).longRun, true);
  });
  it('reads a run part timed in minutes and seconds before its effort (`10:00 easy Z2 warm up`, `5:00-10:00 easy cooldown`) as minutes', () => {
    const plan = parsePlan('Tue: Threshold Intervals: 10:00 easy Z2 warm up, 2x10:00 threshold, 5:00-10:00 easy cooldown\n');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    assert.deepEqual(sessionsOf(plan).map((s) => s.kind), ['run']);
    // A clock alone after `run` is still a start time to write with '@'.
    assert.match(read('Tue: run 10:00\n').errors[0] ?? '', /Write a start time with '@'/);
  });

  it('reads a percentage closing a gym heading (`Bench/Deadlift 76.5%: Bench Press 4x6, …`) as the day\'s load, not an error', () => {
    const { sessions, errors } = read('Mon pm: Lift - Bench/Deadlift 76.5%: Bench Press 4x6, Deadlift 4x5\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(sessions, ['gym full heavy-legs']);
    // A percentage with no exercise after it is still the load error.
    assert.match(read('Mon: gym 76.5%\n').errors[0] ?? '', /belongs to an exercise/);
  });
});
