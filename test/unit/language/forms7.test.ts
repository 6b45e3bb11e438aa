// Issue 13 (lead, 3 December): forms of published running plans with strength days and of bodybuilding splits and
// selection plans (language-decisions.md, "Race pace of a distance, recoveries in seconds, push press, long runs with
// marathon pace, loaded marches, body parts joined by '/'").
import * as assert from 'node:assert/strict';
import { gymFocus, parsePlan } from '../../../server/src/engine';
import { sessionNotation } from '../../corpus/measure';
import { sessionsAndErrors, sessionsOf } from './read';

const read = sessionsAndErrors;

describe('forms of running plans with strength days, splits and selection plans (lead, 3 December)', () => {
  it('reads `10K race pace` as the 10K\'s pace, and a race named before `race pace` as a target, not a race', () => {
    for (const [line, target] of [
      ['Tue: Run 30 minutes, including 6 x 1 minute at 10K race pace', '10k'],
      ['Tue: 6 x 1 min @ 5K race pace', '5k'],
      ['Tue: 4 x 800 @ 3k race pace', '5k'],
      ['Tue: run 3 x 1 mile @ half marathon race pace', 'half-marathon'],
      ['Tue: 3 x 1 mile at marathon race pace', 'marathon'],
    ] as const) {
      const plan = parsePlan(`${line}\n`);
      assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], line);
      const [session] = sessionsOf(plan);
      assert.equal(session?.kind, 'run', line);
      assert.equal(session?.attributes.effortTarget?.value, target, line);
    }
    // `race pace` alone is still the race's pace, and `race 10km` still a race.
    assert.equal(sessionsOf(parsePlan('Tue: 5 x 1K @ race pace\n'))[0]?.attributes.effortTarget?.value, 'race');
    assert.deepEqual(read('Sat: race 10km\n').sessions, ['event race']);
  });

  it('reads a recovery jog in seconds between repeats (`12 x 1K @ 10K pace, 60s jog`) without the seconds error', () => {
    assert.deepEqual(read('Tue: 12 x 1K @ 10K pace, 60s jog\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Tue: 8 x 400m w/ 90s jog\n'), { sessions: ['run quality'], errors: [] });
    // A session's own time in seconds is still the error.
    assert.match(read('Tue: run 60s\n').errors[0] ?? '', /'60s' is in seconds/);
  });

  it('reads `push press` and `pull ups` as exercises, not a push or pull day', () => {
    const [press] = sessionsOf(parsePlan('Fri: Gym: deadlift 5x3, pull ups 4x8, push press 4x5\n'));
    assert.ok(press?.kind === 'gym');
    assert.deepEqual(press.exercises.map((e) => e.name), ['deadlift', 'pull ups', 'push press']);
    assert.equal(gymFocus(press), 'full');
    assert.equal(sessionNotation(press), 'gym full heavy-legs');
    // A push or pull day stays one.
    assert.deepEqual(read('Mon: gym push\nTue: gym pull light\nThu: push day\n').sessions, ['gym upper', 'gym upper', 'gym upper']);
  });

  it('reads a run long by its length with marathon-pace work in it as a long run with quality in it', () => {
    assert.deepEqual(read('Sat: 20 miles with 12 @ MP\nSun: 16 miles, last 4 at marathon pace\n').sessions, ['run long+quality', 'run long+quality']);
    // As `long run … @ MP` was; a short run at MP stays steady, a long easy run long — unless the week calls a longer
    // run long: then it is a medium-long run (corpus9b, language-decisions.md "Repeat paces, practices after a time of
    // day, medium-long runs").
    assert.deepEqual(read('Sat: long run 20 miles with 12 @ MP\nTue: 5 miles @ MP\nSun: 16 miles easy\n').sessions, ['run long+quality', 'run steady', 'run easy']);
    assert.deepEqual(read('Sat: 20 miles with 12 @ MP\nTue: 5 miles @ MP\nSun: 16 miles easy\n').sessions, ['run long+quality', 'run steady', 'run long']);
  });

  it('reads a loaded march, a road march and a tab as a ruck (a hike), not an unknown word in a run', () => {
    assert.deepEqual(read('Mon: Loaded march 8 miles with 35 lb\nTue: road march 12 miles\nWed: TAB 8 miles\n'), { sessions: ['cross easy', 'cross easy', 'cross easy'], errors: [] });
    assert.equal((sessionsOf(parsePlan('Mon: Loaded march 8 miles with 35 lb\n'))[0] as { activity?: string }).activity, 'hike');
  });

  it('reads two body parts joined by `/` as one split day of their regions, and keeps a run joined by `&`', () => {
    assert.deepEqual(read('Mon: Back/Biceps\nTue: Chest/Tris\nWed: Legs/Abs\nThu: back/legs\n'), { sessions: ['gym upper', 'gym upper', 'gym lower', 'gym full'], errors: [] });
    // `Back/Biceps & 5k run` was one run: the lift was lost.
    assert.deepEqual(read('Fri: Back/Biceps & 5k run @ goal pace\n').sessions, ['gym upper', 'run quality']);
  });

  it('reads a run/walk ratio written `2 min run/1 min walk` as how the run is done, not its time; repeated, as its time', () => {
    const [eight] = sessionsOf(parsePlan('Sun: 8 miles, 2 min run/1 min walk\n'));
    // It was a 2-minute run (the ratio's first time); the distance now gives its minutes.
    assert.equal(eight?.attributes.duration, undefined);
    assert.equal(eight?.attributes.distance?.value.toFixed(2), '12.87');
    assert.equal(sessionsOf(parsePlan('Sun: 3 miles, 1 min run / 1 min walk\n'))[0]?.attributes.duration, undefined);
    for (const [line, minutes] of [
      ['Sun: 2 min run/1 min walk x 8', 24],
      ['Mon: 2 min run/1 min walk x8', 24],
      ['Mon: 30 sec run/30 sec walk x 10', 10],
    ] as const) {
      const plan = parsePlan(`${line}\n`);
      assert.deepEqual(plan.syntaxErrors, [], line);
      assert.equal(sessionsOf(plan)[0]?.attributes.duration?.value, minutes, line);
      assert.equal(sessionNotation(sessionsOf(plan)[0]!), 'run easy', line);
    }
  });

  it('reads `pace` right after a written pace as part of it, not a second target (race pace made the run quality)', () => {
    const [run] = sessionsOf(parsePlan('Sun: 8 miles, 2 min run/1 min walk, 14:00/mile pace\n'));
    assert.equal(run?.attributes.effortTarget, undefined);
    assert.ok(run?.attributes.pace);
    // Eight miles at 14:00 a mile is 112 minutes: long by its length, no longer quality.
    assert.equal(sessionNotation(run!), 'run long');
    // `race pace` after a comma is still the race's pace.
    assert.equal(sessionsOf(parsePlan('Tue: run 5 miles, race pace\n'))[0]?.attributes.effortTarget?.value, 'race');
  });

  it('reads elite doubles and Galloway long runs: pace ranges, sets of repeats, `incl.`, the goal race\'s pace, paces relative to a target', () => {
    const plan = parsePlan(
      [
        'Wed: 16 km steady @ 3:50-4:00/km',
        'Fri: 2 x (6 x 400m @ 3K pace, 200m float)',
        'Thu: 4 mi incl. 2 mi @ goal half marathon pace',
        'Sat: 10 mi @ 60-90 sec slower than goal pace',
        'Sun: 12 mi @ 2 min/mile slower than marathon pace',
        'Tue: 3 x 1 mi @ 15 sec faster than goal pace',
        'Tue: 4 mi @ 20 sec slower than 10K pace',
      ].join('\n') + '\n',
    );
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    const [steady, sets, incl, slower, slowerPerMile, faster, little] = sessionsOf(plan);
    // A pace range is the pace between (it was a start time, 3:50 am).
    assert.equal(steady?.attributes.time, undefined);
    assert.equal(steady?.attributes.pace?.value.secondsPerKm, 235);
    // Sets of repeats are their product.
    assert.deepEqual(sets?.attributes.repeats?.value, { count: 12, eachKm: 0.4 });
    assert.equal(sessionNotation(sets!), 'run quality');
    // `incl.` is a part, as `with` is (it was "Distance given twice"); the goal race named is the target.
    assert.equal(incl?.attributes.distance?.value.toFixed(2), '6.44');
    assert.equal(incl?.attributes.effortTarget?.value, 'half-marathon');
    // A minute or more slower than a race's pace is easy (it was `'60' is ambiguous` and race pace: quality).
    assert.equal(slower?.attributes.effortTarget?.value, 'easy');
    assert.equal(slowerPerMile?.attributes.effortTarget?.value, 'easy');
    assert.notEqual(sessionNotation(slower!), 'run quality');
    // Faster than a target is at least that target; a little slower sets none.
    assert.equal(faster?.attributes.effortTarget?.value, 'race');
    assert.equal(little?.attributes.effortTarget, undefined);
  });

  it('reads a count after a comma as the count of what came before, and `press-ups` as an exercise of a circuit', () => {
    assert.deepEqual(read('Fri: Load carry: 20 kg jerry cans x 200m, 10 reps\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(read('Tue: 2 x 30 min circuits: burpees, press-ups, sit-ups, squat thrusts\n'), { sessions: ['conditioning hard'], errors: [] });
    assert.deepEqual(read('Wed: press-ups 3 x 20\n').sessions, ['gym upper']);
    // Repeats after a comma are still a session of their own (`5 x bear crawl T sprints` are sprints).
    assert.deepEqual(read('Fri: gym upper, 5 x bear crawl T sprints\n').sessions, ['gym upper', 'run quality']);
  });

  it('starts the next session at a spaced `+` before a time (`4 x 10-12 + 20 min zone 2`), and reads `9:00 pace` as no start time', () => {
    assert.deepEqual(read('Thu: Upper hypertrophy 4 x 10-12 + 20 min zone 2\n').sessions, ['gym upper', 'run easy']);
    assert.deepEqual(read('Thu: gym upper 4 x 10 + 20 min easy\n').sessions, ['gym upper', 'run easy']);
    // A sprinter's tempo of bare reps stays one session, and so do a session's numbers added up (review).
    assert.deepEqual(read('Tue: tempo 110 + 110 + 110\nWed: tempo 110+110+110\n').sessions.length, 2);
    assert.deepEqual(read('Tue: tempo 20 + 10 min\nMon: swim 400 + 200 m\n').sessions, ['run quality', 'cross easy']);
    // A clock before `pace` with no unit is kept by nobody (as `at 9:38 pace`), and is no start time.
    const plan = parsePlan('Tue: 3 mile run - 9:00 pace\nWed: 5 km run at 5:30 pace\nThu: run 9:00 pace\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(sessionsOf(plan).map((s) => [s.attributes.pace, s.attributes.time]), [[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
    assert.equal(sessionsOf(plan)[0]?.attributes.distance?.value.toFixed(2), '4.83');
  });

  it('reads `power clean` as the heavy main lift it is, and the field tests and contact of rugby pre-seasons', () => {
    const [power] = sessionsOf(parsePlan('Thu: Gym - Full body (Power): box jumps 4x5, power clean 5x2, jump squats 3x5\n'));
    assert.ok(power?.kind === 'gym');
    assert.deepEqual(power.exercises.map((e) => e.name), ['box jumps', 'power clean', 'jump squats']);
    assert.equal(sessionNotation(power), 'gym full heavy-legs');
    // `heavy` and `light` before a lift stay the session's intensity.
    assert.deepEqual(read('Thu: gym light bench\n').sessions, ['gym upper']);
    assert.deepEqual(read('Thu: Rugby skills + contact (60 min)\nSat: Bronco x 2\nMon: 30-15 IFT\n'), { sessions: ['sport hard', 'sport hard', 'event test', 'event test'], errors: [] });
  });

  it('reads walk breaks after a run written as a time at an effort as the run\'s (Galloway), and `every 2 min` as no time', () => {
    const plan = parsePlan('Tue: 30 min easy, walk 30 sec every 2 min\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(sessionsOf(plan).map(sessionNotation), ['run easy']);
    assert.equal(sessionsOf(plan)[0]?.attributes.duration?.value, 30);
    // A walk of its own after the run stays a walk.
    assert.deepEqual(read('Tue: 30 min easy + walk 20 min\n').sessions, ['run easy', 'cross easy']);
  });

  it('reads Daniels\' letters after `@`, an intensity aside on a gym day, and a parkrun run at a training effort', () => {
    const [threshold, interval, marathon] = sessionsOf(parsePlan("Tue: Threshold run: 3 x 10' @ T, 2' jog\nWed: 5 x 1km @ I\nSat: 14 mi with 8 @ M\n"));
    assert.deepEqual([threshold, interval, marathon].map((s) => s?.attributes.effortTarget?.value), ['threshold', 'interval', 'marathon']);
    assert.deepEqual(parsePlan("Tue: Threshold run: 3 x 10' @ T, 2' jog\n").syntaxErrors, []);
    // The letter alone only: `run at m` is no target, `@ T pace` the threshold as before.
    assert.equal(sessionsOf(parsePlan('Sat: run at m\n'))[0]?.attributes.effortTarget, undefined);
    assert.deepEqual(read('Fri: Leg day (heavy) - no running\nSat: upper body (light)\n').sessions, ['gym lower heavy-legs', 'gym upper']);
    assert.equal((sessionsOf(parsePlan('Sat: upper body (light)\n'))[0] as { intensity?: string }).intensity, 'light');
    assert.deepEqual(read('Sat: Parkrun (5K) at tempo effort\nSun: parkrun at easy pace\nSat: parkrun\nSun: race 10km at goal pace\n').sessions, ['run quality', 'run easy', 'event race', 'event race']);
  });

  it('reads Galloway\'s words: accelerations and pickups as strides, `at 3 min/mi slower than goal pace`, a 2:1 ratio, a race\'s bare miles', () => {
    const plan = parsePlan('Tue: 45 min with 8 accelerations\nTue: 30 min + drills + 4-8 accelerations\nSat: 12 mi at 3 min/mi slower than goal pace\nSat: 14 mi, run-walk 2:1\nSun: 13.1 - Half marathon race!\n');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    const [accelerations, drills, slower, ratio, race] = sessionsOf(plan);
    assert.deepEqual(accelerations?.attributes.strides?.value, { count: 8 });
    assert.equal(sessionNotation(accelerations!), 'run easy');
    assert.deepEqual(drills?.attributes.strides?.value, { count: 6 });
    assert.equal(slower?.attributes.effortTarget?.value, 'easy');
    assert.equal(ratio?.attributes.duration, undefined);
    assert.equal(ratio?.attributes.distance?.value.toFixed(2), '22.53');
    assert.equal(sessionNotation(race!), 'event race');
    assert.equal(race?.attributes.distance?.value.toFixed(2), '21.08');
  });
});
