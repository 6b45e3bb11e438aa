// Issue 13 (corpus9b, 3 December): forms of elite doubles (a Guam runner's log, a Norwegian double-threshold week)
// and of a rugby strength coach's gym week (language-decisions.md, "Repeat paces, practices after a time of day,
// medium-long runs" and "Superset labels, chins, warm-ups before a lift, machine levels").
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { classify } from '../../../server/src/analysis/classify';
import { checkPlan } from '../../../server/src/engine';
import { sessionsAndErrors, sessionsOf } from './read';

const read = sessionsAndErrors;

describe('forms of elite doubles and a rugby coach\'s gym week (corpus9b)', () => {
  it('reads a time after repeats of whole kilometres or miles too fast to be each repeat\'s as their pace, not a start time', () => {
    assert.deepEqual(read('Mon: 4x3k @3:35-3:40 (3 min jog)\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Thu: 6x2k @ 3:30-3:35 (2 min jog)\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Thu: 3 x 2 mile @ 5:40\n'), { sessions: ['run quality'], errors: [] });
    for (const line of ['Mon: 4x3k @3:35-3:40\n', 'Thu: 3 x 2 mile @ 5:40\n']) assert.equal(sessionsOf(parsePlan(line))[0]?.attributes.time, undefined, line);
    // The whole practice reads as one run: no start-time error split it any more.
    assert.deepEqual(read('Mon: 2mi wu + 4x3k @3:35-3:40 (3 min jog) +1.25mi cd (grass, dirt or other technical terrain)\n'), { sessions: ['run quality'], errors: [] });
    // Repeats under a kilometre keep their reading: `6 x 800m @ 6:30` is still 6:30 in the morning.
    const [morning] = sessionsOf(parsePlan('Mon: 6 x 800m @ 6:30\n'));
    assert.equal(morning?.attributes.time?.value.clockMinutes, 6 * 60 + 30);
    // A time a 5 km repeat could take at 9 minutes a km or more is no pace: still a start time.
    const [late] = sessionsOf(parsePlan('Mon: 2 x 5k @ 9:00\n'));
    assert.equal(late?.attributes.time?.value.clockMinutes, 9 * 60);
  });

  it('reads runs with no time of day of their own after a timed run as parts of its outing', () => {
    assert.deepEqual(read('Fri: AM 5 mi easy, PM 8 x 400 + 4 x 200\n').sessions, ['run easy', 'run quality']);
    const plan = parsePlan('Fri: AM - 4.5 mi easy; PM - 14.2 mi including 5 x 2K tempo + 3 x 200 (19.7 mi tot)\n');
    const [am, pm] = sessionsOf(plan);
    assert.equal(sessionsOf(plan).length, 2);
    assert.equal(pm?.attributes.time?.value.period, 'pm');
    assert.equal(am?.attributes.time?.value.period, 'am');
    // The repeats were a second quality run on the day: hard-same-day said so.
    assert.deepEqual(checkPlan(plan).filter((d) => d.rule === 'hard-same-day'), []);
    // The main part keeps the outing's time when the hardest part has none of its own.
    const [merged] = sessionsOf(parsePlan('Fri: PM 5 mi easy + 6 x 800\n'));
    assert.equal(merged?.attributes.time?.value.period, 'pm');
    assert.equal(sessionsOf(parsePlan('Fri: PM 5 mi easy + 6 x 800\n')).length, 1);
    // Two timed runs stay two outings.
    assert.deepEqual(read('Mon: AM - 5 mile run PM - 1 mile best effort\n').sessions, ['run easy', 'run quality']);
    assert.deepEqual(read('Sat: am 18 miles, pm 3 miles\n').sessions, ['run long', 'run easy']);
  });

  it('does not make a run long by its length in a week that calls a longer run long (a medium-long run)', () => {
    const plan = parsePlan('Tue: AM - 5 mi easy; PM - 15.3 mi easy\nWed: 13.4 mi easy\nSun: 22 mi steady long run\n');
    const [am, pm, wed, sun] = sessionsOf(plan).map((s) => classify(s));
    assert.deepEqual([am?.longRun, pm?.longRun, wed?.longRun, sun?.longRun], [false, false, false, true]);
    assert.equal(wed?.easyRun, true);
    // `medium long run` is not the week's long run.
    const pfitz = sessionsOf(parsePlan('Wed: 14 mile medium long run\nFri: 12 mile medium long run\nSun: 20.1 mile long run\n')).map((s) => classify(s).longRun);
    assert.deepEqual(pfitz, [false, false, true]);
    // With nothing called long, the longest run is still long by its length.
    assert.deepEqual(read('Wed: 13 miles\nSun: 6 miles\n').sessions, ['run long', 'run easy']);
    // A run called long that is shorter leaves a longer one long.
    assert.deepEqual(read('Wed: 13 miles\nSun: long run 10 miles\n').sessions, ['run long', 'run long']);
  });

  it('reads a fast-finish long run as a long run with quality in it', () => {
    assert.deepEqual(read('Sun: 20 mi Fast Finish Long Run; 12 mi @ 6:42 pace then last 8 mi @ 5:42 pace\n'), { sessions: ['run long+quality'], errors: [] });
    assert.deepEqual(read('Sun: 18 mile fast-finish long run\n').sessions, ['run long+quality']);
    assert.deepEqual(read('Sun: long run 18 miles\n').sessions, ['run long']);
    // A medium-long run with a fast finish is not the week's long run; nor is it read as one with quality.
    assert.deepEqual(read('Wed: 14 mile medium long run fast finish\nSun: 20 mile long run\n').sessions, ['run steady', 'run long']);
  });

  it('reads superset labels (`1A`, `1B`) and `chins` in a gym session', () => {
    assert.deepEqual(read('Thu: 1A pulldowns 5x8, 1B T-push ups 5x8, DB row 3x8\n'), { sessions: ['gym upper'], errors: [] });
    assert.deepEqual(read('Mon: chins 10x2, band assisted chins 10x5\n'), { sessions: ['gym upper'], errors: [] });
    const [gym] = sessionsOf(parsePlan('Wed: gym 1a squat 5x5, 1b chins 3x8\n'));
    assert.equal(gym?.attributes.time, undefined);
    assert.deepEqual(read('Wed: gym 1a squat 5x5, 1b chins 3x8\n'), { sessions: ['gym full heavy-legs'], errors: [] });
    // `1h` is still an hour.
    const [hour] = sessionsOf(parsePlan('Wed: gym 1h\n'));
    assert.equal(hour?.attributes.duration?.value, 60);
    // `close grip pulldowns 3x8` and `bridging 3x60 secs` are exercises: their schemes are no session's repeats.
    assert.deepEqual(read('Fri: bench - 3 board 10x2, close grip pulldowns 3x8, torque press 4x8\n'), { sessions: ['gym upper'], errors: [] });
    assert.deepEqual(read('Mon: chins 10x2, rows 5x8, bridging 3x60 secs, chins 10x1\n').errors, []);
  });

  it('reads a warm-up and its mobility before a lift as how the lift starts', () => {
    assert.deepEqual(read('Mon: warm up + mobility work, chins 10x2, 1A chest supported rows 5x8\n'), { sessions: ['gym upper'], errors: [] });
    assert.deepEqual(read('Mon: warm up + bench 5x5\n'), { sessions: ['gym upper heavy'], errors: [] });
    assert.deepEqual(read('Mon: dynamic warm up + squats 5x5\n'), { sessions: ['gym lower heavy-legs'], errors: [] });
    assert.deepEqual(read('Mon: mobility work, bench 5x5\n'), { sessions: ['gym upper heavy'], errors: [] });
    // The heading is the lift's (forms10: it was lost with the warm-up, `gym upper`).
    assert.deepEqual(read('Monday: Heavy / Max Effort: warm up + mobility work, chins 10x2, rows 5x8\n'), { sessions: ['gym upper heavy'], errors: [] });
    // Mobility joined by `+` without a warm-up stays its own session; so does yoga listed before a lift.
    assert.deepEqual(read('Mon: mobility + squats 5x5\n').sessions, ['cross easy', 'gym lower heavy-legs']);
    assert.deepEqual(read('Mon: yoga, bench 5x5\n').sessions, ['cross easy', 'gym upper heavy']);
    // A warm-up before a run is the run's, as before.
    assert.deepEqual(read('Mon: warm up + 5 mi easy\n'), { sessions: ['run easy'], errors: [] });
  });

  it('keeps a warm-up sentence with the day\'s session and reads `no rest` as continuous work', () => {
    assert.deepEqual(read('Sat: Race day. Warm up, listen to your coach, race, cool down.\n').sessions, ['event race']);
    assert.deepEqual(
      read('Mon: Warm up; 5-mile run; 4x150 yds relaxed strideouts on grass, jogging back to the start after each, no rest in between; cool down.\n').sessions,
      ['run easy'],
    );
  });

  it('reads a cardio machine\'s level as how hard, not as a number without a unit', () => {
    assert.deepEqual(read('Mon: bike 10km level 5\n'), { sessions: ['cross easy'], errors: [] });
    assert.deepEqual(read('Mon: cross trainer 20 min resistance 8\n'), { sessions: ['cross easy'], errors: [] });
    const { sessions, errors } = read('Mon: bench 5x5, rows 5x8, cardio - 10km/level 5\n');
    assert.deepEqual(sessions, ['gym upper heavy', 'cross easy']);
    // Only the missing '+' is said (a warning), nothing about `5`.
    assert.deepEqual(errors, ["Separate the sessions of one day with '+', not ',' — read as two sessions"]);
  });

  it('reads the Army\'s beginners\' week: walk-jog, sets written before the exercise, seconds repeated, alternatives', () => {
    assert.deepEqual(read('Day 1: walk-jog 20 min (jog 2 min, walk 2 min)\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Day 1: jog-walk 20 min\n').sessions, ['run easy']);
    // `2 x 5 dorsal raises, 2 x 5 tricep dips`: each scheme is its exercise's (the second was "Repeats given twice").
    assert.deepEqual(read('Day 1: 1 x press-up max, 2 x 5 dorsal raises, 2 x 5 tricep dips, 1 x sit-up max\n'), { sessions: ['gym upper'], errors: [] });
    // Seconds that `repeat N times` repeats are a repeat's time, not a duration in the wrong unit.
    assert.deepEqual(read('Day 3: 10 min warm-up, run fast 30sec, rest 2 min, repeat 5 times, 10 min cool-down\n'), { sessions: ['run quality'], errors: [] });
    assert.equal(read('Mon: run 30sec\n').errors.length, 1);
    // A list of alternatives (`… or swimming, cycling or rowing …`) is one session, the first.
    assert.deepEqual(read('Day 7: brisk walk 20-30 min or swimming, cycling or rowing 15-20 min\n'), { sessions: ['cross easy'], errors: [] });
  });
});
