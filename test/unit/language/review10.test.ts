// Review of the tenth session's lead changes (review10): misreadings a user would hit in the new load, thousands and
// day-label forms (language-decisions.md, "Loads as lifters log them; programmes; a dash after a list of days").
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { lifts, sessionsAndErrors, sessionsOf } from './read';


describe('review10: loads as lifters log them', () => {
  it('keeps a bodyweight or core move\'s big first number as its reps or seconds (`push ups 50x2` is no 50 lb push-up)', () => {
    assert.deepEqual(lifts('Mon: push ups 50x2\nTue: sit ups 100x3\nWed: plank 60x3\nThu: kettlebell swings 50x3\nFri: burpees 25x4\n'), {
      exercises: ['push ups 50x2', 'sit ups 100x3', 'plank 60x3', 'kettlebell swings 50x3', 'burpees 25x4'],
      errors: [],
    });
    // It was a heavy upper day (one set of 2 at 50): now the push-ups are no heavy lifting.
    assert.deepEqual(sessionsAndErrors('Mon: push ups 50x2\n'), { sessions: ['gym upper'], errors: [] });
    // A weighted move and a barbell lift still read the weight first.
    assert.deepEqual(lifts('Mon: weighted pull ups 45x5\nTue: bench 135x10\nWed: squat 225x5x5\n').exercises, ['weighted pull ups 1x5 @45', 'bench 1x10 @135', 'squat 5x5 @225']);
  });

  it('reads a weight after or before the scheme in a bracket list as on a day line (`[squat 5x5 225]` was 5 sets of 5225)', () => {
    assert.deepEqual(lifts('Mon: gym [squat 5x5 225, bench 3x8 135lbs, deadlift 1x5 140 kg, press 3x5 75%]\nTue: gym [OHP 95 3x5, bench 135lbs 3x8]\nWed: gym [squat 3x8-12 50, curl 3x10 25 lbs]\n'), {
      exercises: ['squat 5x5 @225', 'bench 3x8 @135lbs 61.23kg', 'deadlift 1x5 @140 kg 140kg', 'press 3x5 @75% 75%', 'ohp 3x5 @95', 'bench 3x8 @135lbs 61.23kg', 'squat 3x10 @50', 'curl 3x10 @25 lbs 11.34kg'],
      errors: [],
    });
    // The deadlift is heavy again (5315 reps were not).
    assert.deepEqual(sessionsAndErrors('Mon: gym [deadlift 1x5 315]\n'), { sessions: ['gym lower heavy-legs'], errors: [] });
    // Scheme pieces still join after their `x` or `-`.
    assert.deepEqual(lifts('Mon: gym [squat 5 x 5, lunges 3 x 8-12, squat 5 x 5 x 100kg]\n').exercises, ['squat 5x5', 'lunges 3x10', 'squat 5x5 @100kg 100kg']);
    // A number too small for a weight after the scheme is no part of the reps (`row 3x8 8` was 3 sets of 88): an error.
    assert.deepEqual(lifts('Mon: gym [row 3x8 8]\n').errors, ["Unexpected '8' in an exercise — write it like: squat 5x5 @80%"]);
  });
});

describe('review10: a number after the scheme that is no weight', () => {
  it('keeps a time range, rest or reps after the scheme (`squat 5x5 20-30 min` was 20 on the bar and 30 min)', () => {
    const read = (text: string): string[] => sessionsOf(parsePlan(text)).map((s) => `${lifts(text).exercises.join(';')} ${s.attributes.duration?.value ?? '-'}`);
    assert.deepEqual(read('Mon: squat 5x5 20-30 min\n'), ['squat 5x5 25']);
    assert.deepEqual(read('Mon: squat 5x5 20 - 25 min\n'), ['squat 5x5 22.5']);
    assert.deepEqual(lifts('Mon: squat 5x5 60 rest\nTue: squats 3x20 30 reps\nWed: deadlift 3x5 100\n').exercises, ['squat 5x5', 'squats 3x20', 'deadlift 3x5 @100']);
  });
});

describe('review10: thousands with a comma', () => {
  it('reads one group after a lead of one or two digits; a ladder glued by commas stays a list', () => {
    const km = (text: string): (number | undefined)[] => sessionsOf(parsePlan(text)).map((s) => s.attributes.distance?.value);
    assert.deepEqual(km('Mon: run 10,000m\nTue: swim 1,500m\nWed: run 42,195m\n'), [10, 1.5, 42.195]);
    // `200,400,600m` was 200,400,600 metres ("too far for a session").
    assert.deepEqual(sessionsAndErrors('Mon: run 200,400,600m\nTue: 400,800m\n').errors, []);
  });
});

describe('review10: plain English after a session\'s name', () => {
  it('asks about a prose word standing alone where the focus or type goes (`gym lover`, `run internals`)', () => {
    assert.deepEqual(sessionsAndErrors('Mon: gym lover\nTue: run internals 6x800\nWed: gym supper 20 min\nThu: run tempt\nFri: gym score\n').errors, [
      "Unknown word 'lover' in a gym session — did you mean 'lower'?",
      "Unknown word 'internals' in a run — did you mean 'intervals'?",
      "Unknown word 'supper' in a gym session — did you mean 'upper'?",
      "Unknown word 'tempt' in a run — did you mean 'tempo'?",
      "Unknown word 'score' in a gym session — did you mean 'core'?",
    ]);
    // A sentence going on after it, a word after a comma, or a guess of a short word stays the user's.
    assert.deepEqual(sessionsAndErrors('Mon: run 5 mi, ease into it\nTue: gym, sore\nWed: run fall 5k\nThu: bike rpm\nFri: gym sore legs\n'), {
      sessions: ['run easy', 'gym full', 'run easy', 'cross easy', 'gym lower'],
      errors: [],
    });
  });
});

describe('review10: a start time beside a time of day', () => {
  it('reads a clock that fits the run\'s written time of day as its start, not a pace (`PM: run 3 mi @ 5:30`)', () => {
    const times = (text: string): string[] => sessionsOf(parsePlan(text)).map((s) => `${s.attributes.time?.value.clockMinutes ?? '-'} ${s.attributes.time?.value.period ?? '-'} ${s.attributes.pace === undefined ? 'no pace' : 'pace'}`);
    // Each was a pace of that many minutes a mile: a quality run.
    assert.deepEqual(times('Mon: AM run 5 mi @ 6:30\nTue: PM: run 3 mi @ 5:30\nWed: morning run 5 mi @ 6:00\n'), ['390 am no pace', '1050 pm no pace', '360 am no pace']);
    assert.deepEqual(sessionsAndErrors('Mon: AM run 5 mi @ 6:30\nTue: PM: run 3 mi @ 5:30\n'), { sessions: ['run easy', 'run easy'], errors: [] });
    // `avg` says a pace.
    assert.deepEqual(times('Mon: AM 10 miles @ 6:30 avg; PM 5 miles @ 7:00 avg\n'), ['- am pace', '- pm pace']);
  });

  it('reads a clock with no am/pm under the day\'s `pm` in the afternoon (`Tue pm: run 3 mi @ 5:30` was 5:30 am)', () => {
    const times = (text: string): (number | undefined)[] => sessionsOf(parsePlan(text)).map((s) => s.attributes.time?.value.clockMinutes);
    assert.deepEqual(times('Tue pm: run 3 mi @ 5:30\nWed pm: gym @ 18:00\nThu pm: run @ 5:30am\nFri pm: gym @ 06:00\n'), [1050, 1080, 330, 360]);
  });
});

describe('review10: a time to beat', () => {
  it('keeps a long or slow run\'s `in` clock as its time (`long run 20 mi in 3:00:00` was a race-effort long run)', () => {
    const read = (text: string): string[] => sessionsOf(parsePlan(text)).map((s) => `${s.attributes.duration?.value ?? '-'} ${s.kind === 'run' ? s.attributes.effortTarget?.value ?? '-' : ''} ${s.attributes.pace === undefined ? '' : 'pace'}`);
    assert.deepEqual(read('Mon: long run 20 mi in 3:00:00\nTue: easy run 6 mi in 1:00:00\nWed: run 10 mi in 1:30:00\nThu: run 3 mi in 30:00\nFri: run 5 mi in 8:00/mi\n'), [
      '180 - ', '60 - ', '90 - ', '30 - ', '- - pace',
    ]);
    assert.deepEqual(sessionsAndErrors('Mon: long run 20 mi in 3:00:00\nTue: easy run 6 mi in 1:00:00\n'), { sessions: ['run long', 'run easy'], errors: [] });
    // A test's distance at a fast pace, or `under` / `sub`, stays a time to beat.
    assert.deepEqual(read('Mon: 1.5 mile run in under 10:30\nTue: 3 mile run in 21:00\nWed: 2 mile run in sub 14:00\nThu: run 5K in 25:00\n'), ['- race ', '- race ', '- race ', '- race ']);
  });
});

describe('review10: a log\'s outing after its time of day', () => {
  it('reads repeats of minutes after the time of day as a run (`AM: 3 x 10 min` was "Unknown session \'AM\'")', () => {
    assert.deepEqual(sessionsAndErrors('Mon: AM: 3 x 10 min; PM: 30 min\nTue: PM 4x5min\n'), { sessions: ['run quality', 'run easy', 'run quality'], errors: [] });
  });
});

describe('review10: fitness as a name', () => {
  it('lets another session word name the session (`fitness walk 30 min` was hard conditioning)', () => {
    assert.deepEqual(sessionsAndErrors('Mon: fitness walk 30 min\nTue: aerobic fitness run 40 min\nWed: Fitness: easy bike 30 min\n'), {
      sessions: ['cross easy', 'run easy', 'cross easy'],
      errors: [],
    });
    // Alone it is the team's conditioning, as the lead's forms read it.
    assert.deepEqual(sessionsAndErrors('Mon: Skills + fitness\nTue: fitness 30 min\nWed: fitness test 2 mi\n').sessions, ['sport easy', 'conditioning hard', 'conditioning hard', 'event test']);
  });
});

describe('review10: long lines', () => {
  it('reads a line of 8,000 `run 10 m` in linear time (each `10 m` looked through every word for a sprint: ~3.5 s)', () => {
    const text = `Mon: ${'run 10 m '.repeat(8000)}\n`;
    parsePlan('Mon: run 10 m\n');
    const start = process.cpuUsage();
    parsePlan(text, { fresh: true });
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    assert.ok(ms < 1500, `${ms.toFixed(0)} ms`);
  });
});
