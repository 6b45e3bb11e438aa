// Issue 13 (lead, tenth session): lifting days as lifters log them (loads without `@` or unit, weight × sets × reps),
// strength programmes named as the day's session, and day labels of tables and lists (language-decisions.md,
// "Loads as lifters log them; programmes; a dash after a list of days").
import * as assert from 'node:assert/strict';
import { checkPlan, parsePlan } from '../../../server/src/engine';
import { sessionNotation } from '../../corpus/measure';
import { lifts, sessionsAndErrors, sessionsOf } from './read';

const read = sessionsAndErrors;


describe('lifting days as lifters log them (lead, tenth session)', () => {
  it('reads a bare number after `@` as the RPE up to 10 and as a weight past it (`@8`, `@ 225`, `@RPE7`)', () => {
    assert.deepEqual(lifts('Mon: Squat 5x5 @ 225\nTue: squat 3x5 @8\nWed: squats 3x8 @RPE7\nThu: gym [bench 3x5 @ 8.5, row 3x8 @135]\n'), {
      exercises: ['squat 5x5 @225', 'squat 3x5 @8 rpe 8', 'squats 3x8 @RPE7 rpe 7', 'bench 3x5 @8.5 rpe 8.5', 'row 3x8 @135'],
      errors: [],
    });
    // A unit that is no weight unit stays an error.
    assert.deepEqual(lifts('Mon: gym [squat 5x5 @80kgs]\n').errors, [`'80kgs' is not a load — write it like @80%, @100kg, @225lb or @rpe 8`]);
  });

  it('reads a weight written right after the scheme, before it, or with `w/` as the load', () => {
    assert.deepEqual(lifts('Mon: Bench 3x8 135lbs\nTue: deadlift 1x5 315\nWed: OHP 95 3x5\nThu: bench 135lbs 3x8\nFri: squat 5x5 75%\nSat: Goblet squat 3x12 w/ 20kg\nSun: Dumbbell press 3x10 with 12.5kg\n'), {
      exercises: ['bench 3x8 @135lbs 61.23kg', 'deadlift 1x5 @315', 'ohp 3x5 @95', 'bench 3x8 @135lbs 61.23kg', 'squat 5x5 @75% 75%', 'goblet squat 3x12 @20kg 20kg', 'press 3x10 @12.5kg 12.5kg'],
      errors: [],
    });
    // A time after the scheme is no load (`squat 5x5 20 min`): the session's duration.
    assert.deepEqual(lifts('Mon: squat 5x5 20 min\n'), { exercises: ['squat 5x5'], errors: [] });
  });

  it('reads weight × sets × reps as lifters log it (`squat 225x5x5`, `bench 135 x 10`, `squat 3 x 5 x 100kg`)', () => {
    assert.deepEqual(lifts('Mon: squat 225x5x5\nTue: bench 135 x 10\nWed: Squat 3 x 5 x 100kg\nThu: deadlift 5x5x225\n'), {
      exercises: ['squat 5x5 @225', 'bench 1x10 @135', 'squat 3x5 @100kg 100kg', 'deadlift 5x5 @225'],
      errors: [],
    });
    // Sets stay sets: up to 40 before reps alone (`push ups 30x2`), up to 20 before sets and reps, the first number counts sets.
    assert.deepEqual(lifts('Mon: push ups 3x20\nTue: squat 5x5\nWed: push ups 30x2\n').exercises, ['push ups 3x20', 'squat 5x5', 'push ups 30x2']);
  });

  it('reads a range of loads as its middle (`@ 70-75%`)', () => {
    assert.deepEqual(lifts('Mon: Back squat 4x6 @ 70-75%\nTue: gym [front squat 3x3 @80-85%]\n'), {
      exercises: ['back squat 4x6 @70-75% 72.5%', 'front squat 3x3 @80-85% 82.5%'],
      errors: [],
    });
  });

  it('reads strength programmes named as the session (`Starting Strength A`, `StrongLifts 5x5 (A)`, `Workout B`)', () => {
    assert.deepEqual(read('Mon: Starting Strength A\nTue: StrongLifts 5x5 (A)\nWed: Workout A\nThu: Workout B + 20 min easy run\nFri: PPL: Push\nSat: Wendler 5/3/1 squat\nSun: Tricep pushdown 3x12\n'), {
      sessions: ['gym full heavy-legs', 'gym full heavy-legs', 'gym full', 'gym full', 'run easy', 'gym upper', 'gym lower heavy-legs', 'gym upper'],
      errors: [],
    });
  });
});

describe('day labels of tables and lists (lead, tenth session)', () => {
  it('reads a dash before the day\'s first time of day as the label\'s `:` (`Monday — AM: weights, PM: 3 mi`)', () => {
    const plan = parsePlan('Monday — AM: weights, PM: 3 mi\n');
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(sessionsOf(plan).map((session) => `${session.kind} ${session.attributes.time?.value.period ?? ''}`), ['gym am', 'run pm']);
    // One time of day so: `Mon - pm: gym` (it asked for the `:`); a number after the dash keeps its error.
    assert.deepEqual(sessionsOf(parsePlan('Mon - pm: gym\n')).map((session) => `${session.kind} ${session.attributes.time?.value.period ?? ''}`), ['gym pm']);
    assert.deepEqual(read('Day 3 - 5: run\n').errors, ["Expected ':' after the weekday"]);
  });

  it('reads a dash after a list of days as the label\'s `:` (`Mon, Wed, Fri – weights`), a range of days stays a range', () => {
    assert.deepEqual(read('Mon, Wed, Fri – weights\n'), {
      sessions: ['gym full', 'gym full', 'gym full'],
      errors: ["'Mon, Wed, Fri' names 3 days — read as each of them; write each day on its own line to move or change one day alone"],
    });
    assert.deepEqual(read('Mon & Tue - run 3 mi\n').sessions, ['run easy', 'run easy']);
    assert.deepEqual(read('Mon - Wed: run 3 mi\n').sessions, ['run easy', 'run easy', 'run easy']);
  });

  it('reads a spaced `/` after the day as its `:` (`Monday / Weights`), days joined by `/` stay days', () => {
    assert.deepEqual(read('Monday / Weights\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(read('Mon / Wed: gym\n').sessions, ['gym full', 'gym full']);
  });

  it('reads a `|` between two sessions of a day line as a table\'s border (`Tue: run 3 mi | gym upper`)', () => {
    // The gym after the bar was dropped as prose, with no error.
    assert.deepEqual(read('Tue: run 3 mi | gym upper\nWed: Run - 3 miles easy | Weights - legs\n'), { sessions: ['run easy', 'gym upper', 'run easy', 'gym lower'], errors: [] });
    // What is no session stays with the one before (`| easy`, `| 45 min`, `| felt good`).
    assert.deepEqual(read('Mon: run 5 mi | easy\nTue: run 5 mi | 45 min\nWed: run 5 mi | felt good\nThu: gym | upper\n'), { sessions: ['run easy', 'run easy', 'run easy', 'gym upper'], errors: [] });
  });
});

describe('a range of paces after `at` or a comma (lead, tenth session)', () => {
  it('reads `at 9:30-10:00/mile`, `at 6:00 to 6:30 per km`, `, 9:30-10:00 min/mi` as the pace between', () => {
    const plan = parsePlan('Mon: Long Run - 10 miles at 9:30-10:00/mile\nTue: Run 6 km at 6:00-6:30 min/km\nWed: run 6 km at 6:00 to 6:30 per km\nThu: run 5 mi, 9:30-10:00 min/mi\nFri: run 6 km at 6-6:30 min/km\n');
    // Each was "'9:30-10:00' needs a unit" (a failing line); after `@` the range was read already.
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(sessionsOf(plan).map((session) => session.kind === 'run' ? [session.attributes.pace?.value.per, Math.round(session.attributes.pace?.value.secondsPerKm ?? 0)] : []), [
      ['mi', Math.round(585 / 1.609344)], ['km', 375], ['km', 375], ['mi', Math.round(585 / 1.609344)], ['km', 375],
    ]);
    // A clock range with no unit after `at` is no pace (`at 6:00-6:30` may be the start).
    assert.equal(sessionsOf(parsePlan('Mon: run 6 km at 6:00-6:30\n'))[0]?.attributes.pace, undefined);
  });
});

describe('minutes a mile and selection / rugby words (lead, tenth session)', () => {
  it('reads `10 minute mile pace` as a pace of 10:00 a mile, not the mile race\'s pace', () => {
    const plan = parsePlan('Mon: run 3 miles at 10 minute mile pace\nTue: run 4 mi, 11 min mile pace\nWed: run 3 mi at 8:30 mile pace\nThu: run 3 mi at mile pace\n');
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    const runs = sessionsOf(plan);
    assert.deepEqual(runs.map((session) => session.kind === 'run' ? Math.round((session.attributes.pace?.value.secondsPerKm ?? 0) * 1.609344) : -1), [600, 660, 510, 0]);
    // The first two were quality runs at the mile's race pace; a mile's race pace alone stays one.
    assert.deepEqual(read('Mon: run 3 miles at 10 minute mile pace\nTue: run 4 mi, 11 min mile pace\nThu: run 3 mi at mile pace\n').sessions, ['run easy', 'run easy', 'run quality']);
  });

  it('reads selection and rugby sessions that were unknown (`Milling`, `Steeplechase`, `PT session`, `SSG`, `RHIE`, `Rower`)', () => {
    assert.deepEqual(read('Mon: Milling\nTue: Steeplechase\nWed: Stretcher carry 2 km\nThu: PT session\nFri: Weighted run 4 miles (20lbs)\nSat: SSG 5 x 3 min\nSun: RHIE 3 x 5 min\n'), {
      sessions: ['conditioning hard', 'conditioning hard', 'conditioning hard', 'gym full', 'run easy', 'sport hard', 'conditioning hard'],
      errors: [],
    });
    assert.deepEqual(read('Mon: Rower 5 x 500m\nTue: Acceleration work 8 x 10m\nWed: Run 6 miles steady + PT circuit\n'), {
      sessions: ['cross easy', 'run easy', 'run steady', 'conditioning hard'],
      errors: [],
    });
  });
});

describe('elite doubles as logs write them (lead, tenth session)', () => {
  it('reads a blood lactate target as threshold running (`@ 2.5 mmol`, `at 3.5 mmol/L`, `lactate 2.0-2.5`)', () => {
    const plan = parsePlan('Mon: AM: 6 x 6 min @ 2.5 mmol, PM: 25 x 400m @ 3.0 mmol\nTue: 5 x 2k @ 2.0-2.5 mmol\nWed: 10 x 1k @2.5mmol\nThu: 5 x 6 min at 2.5 mmol\nFri: 8 x 1000m, lactate 2.0-2.5\n');
    // Each was "'2.5' is not a time of day" (a failing line); `5 x 6 min at 2.5 mmol` named no session.
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(sessionsOf(plan).map((session) => session.kind === 'run' ? session.attributes.effortTarget?.value : session.kind), ['threshold', 'threshold', 'threshold', 'threshold', 'threshold', 'threshold']);
    // A time at a running pace is a run too (`5 x 6 min at 5:00/km` named no session).
    assert.deepEqual(read('Mon: 5 x 6 min at 5:00/km\n'), { sessions: ['run quality'], errors: [] });
  });

  it('reads `@ 6:30 avg` after a run\'s miles as the pace of a mile, not a second start time', () => {
    const plan = parsePlan('Mon: AM 10 miles @ 6:30 avg; PM 5 miles @ 7:00 avg\nTue: AM run 5 mi @ 6:30 avg\n');
    // Each was "Time of day given twice".
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(sessionsOf(plan).map((session) => session.kind === 'run' ? [session.attributes.time?.value.period, session.attributes.pace?.value.per, Math.round((session.attributes.pace?.value.secondsPerKm ?? 0) * 1.609344)] : []), [
      ['am', 'mi', 390], ['pm', 'mi', 420], ['am', 'mi', 390],
    ]);
    // Without a time of day or `avg`, `@ 6:30` stays the start (`run 5 mi @ 6:30`).
    assert.equal(sessionsOf(parsePlan('Mon: run 5 mi @ 6:30\n'))[0]?.attributes.time?.value.clockMinutes, 390);
  });

  it('takes a log\'s plain runs\' median pace as its easy pace when it calls no run easy or tempo', () => {
    const plan = parsePlan('week 1\nMon: AM 10 miles @ 6:30 avg; PM 5 miles @ 7:00 avg\nTue: AM 12 miles @ 6:40 avg; PM 4 miles @ 7:10 avg\nWed: AM 6 x 1 mi @ 5:00/mi; PM 4 mi @ 7:15 avg\n');
    checkPlan(plan);
    // Against the default 6:00/km every run was quality (6:30 a mile is 4:02/km); against the log's own 7:00 a mile the
    // 6:30 day is steady, the rest easy, the mile repeats quality.
    assert.deepEqual(sessionsOf(plan).map(sessionNotation), ['run steady', 'run easy', 'run easy', 'run easy', 'run quality', 'run easy']);
    // Two plain runs are too few to say the runner's pace: the default stands.
    const two = parsePlan('Mon: run 5 mi @ 7:00 avg\nTue: AM run 4 mi @ 7:10 avg\n');
    checkPlan(two);
    assert.deepEqual(sessionsOf(two).map(sessionNotation), ['run quality', 'run quality']);
  });

  it('reads a log\'s outing of minutes after its time of day, a day\'s total, and thousands with a comma', () => {
    const plan = parsePlan('Mon: AM: 30 min + 10 x 200m (30s) w/ 200m jog; PM: 30 min\nTue: AM: 10 mi; PM: 4 mi. Total 14\nWed: Race: 10,000m (28:30)\nThu: race 5,000 metres\n');
    // `AM: 30 min` was "Unknown session 'AM'" (a time alone after a time of day), `Total 14` "needs a unit", `10,000m`
    // 0 miles.
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(sessionsOf(plan).map((session) => `${session.kind} ${session.attributes.time?.value.period ?? '-'} ${session.attributes.duration?.value ?? '-'} ${Math.round((session.attributes.distance?.value ?? 0) * 100) / 100}`), [
      'run am 30 0', 'run pm 30 0', 'run am - 16.09', 'run pm - 6.44', 'event - - 10', 'event - - 5',
    ]);
    // A list of numbers glued by commas stays a list (`200,400,600m`, `squat 4,4,3`).
    assert.equal(Math.round((sessionsOf(parsePlan('Mon: ladder 200,400,600m\n'))[0]?.attributes.distance?.value ?? 0) * 1000), 600);
  });

  it('reads a time to run a distance in as a time to beat (`1.5 mile run in under 10:30`), not a start time', () => {
    const plan = parsePlan('Mon: 1.5 mile run in under 10:30\nTue: 3 mile run in 21:00\nWed: run 5K in under 25 min\nThu: tab 8 mi in 2:00:00\n');
    // The clocks were "Write a start time with '@'" (failing lines).
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(sessionsOf(plan).map(sessionNotation), ['run quality', 'run quality', 'run quality', 'cross hard']);
    // A time alone (`run 5 mi in 45 min`) is the run's time, no target.
    const [run] = sessionsOf(parsePlan('Mon: run 5 mi in 45 min\n'));
    assert.deepEqual([sessionNotation(run!), run?.attributes.duration?.value], ['run easy', 45]);
  });

  it('reads selection words that were errors (`farmer\'s walk`, `treading water`, `Battle PT`, `aim for level 12`)', () => {
    assert.deepEqual(read("Mon: Gym: deadlift 5x5, pull ups 5 x max, farmer's walk 4 x 40m\nTue: Swim 800m + 20 min treading water\nWed: Bleep test: aim for level 12\nThu: Battle PT\n"), {
      sessions: ['gym full heavy-legs', 'cross easy', 'cross easy', 'event test', 'conditioning hard'],
      errors: [],
    });
  });
});

describe('plain English is no typo (lead, tenth session)', () => {
  it('reads common English words near a plan word as the user\'s description, and still catches a misspelt plan word', () => {
    // Each word was "Unknown word … did you mean …?" (an error): ease → easy, sore → core, fuel → full, rep → rpe,
    // farther → fartlek, slight → light, recovered → recovery, heavily → heavy.
    assert.deepEqual(read('Mon: run 5 mi, ease into it\nTue: gym upper, sore legs from Sunday\nWed: run 8 mi, fuel up before\nThu: run 6 x 400m, 90 sec per rep\nFri: run 4 mi, go a bit farther\nSat: gym lower, slight ache\nSun: gym upper heavily loaded\n').errors, []);
    // A misspelt plan word is still one.
    assert.deepEqual(read('Mon: run tmepo 5 mi\nTue: gym uper\n').errors, ["Unknown word 'tmepo' in a run — did you mean 'tempo'?", "Unknown word 'uper' in a gym session — did you mean 'upper'?"]);
  });
});

describe('a goal written in the plan\'s own words (lead, tenth session)', () => {
  it('reads the goal words of a sentence and keeps the rest as the user\'s description', () => {
    for (const [line, goals] of [
      ['goal: 10K with weights', ['running']],
      ['Goal: 10k PR and keep strength', ['running', 'strength']],
      ['goal: running (10K)', ['running']],
      ['goal: 10K in under 50 minutes', ['running']],
      ['goal: 10k + strength', ['running', 'strength']],
      ['goal: finish my first 10K', ['running']],
    ] as const) {
      const plan = parsePlan(`${line}\nMon: run 3 mi\n`);
      // Each was "Unknown goal …" (an error: the line failed).
      assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), [], line);
      assert.deepEqual(plan.goals.flatMap((goal) => goal.goals.map((g) => g.value)), goals, line);
    }
  });

  it('asks about a near miss of a goal as a warning, and a goal with no goal word stays an error', () => {
    const near = parsePlan('goal: runing 10k\n');
    assert.deepEqual(near.syntaxErrors.map((issue) => [issue.message, issue.severity]), [["Unknown goal 'runing' — did you mean 'running'?", 'warning']]);
    const none = parsePlan('goal: feel good\n');
    assert.equal(none.syntaxErrors.length, 1);
    assert.match(none.syntaxErrors[0]?.message ?? '', /^Unknown goal 'feel'/);
    assert.equal(none.syntaxErrors[0]?.severity, undefined);
  });

  it('reads rugby words that were errors (`Skills + fitness`, `Scrum session`, `Pre-hab`)', () => {
    assert.deepEqual(read('Mon: Skills + fitness\nTue: Fitness: 2 x 6 min (15s on/15s off)\nWed: Scrum session\nThu: Pre-hab 15 min + Gym (lower)\nFri: Fitness test\n'), {
      sessions: ['sport easy', 'conditioning hard', 'conditioning hard', 'sport hard', 'cross easy', 'gym lower', 'event test'],
      errors: [],
    });
  });
});

describe('days with nothing planned, and ordinals (lead, tenth session)', () => {
  it('reads a day kept free (`Travel day`, `Flex day`, `N/A`) as rest, and an ordinal as no quantity (`1st session: gym`)', () => {
    assert.deepEqual(read('Mon: Travel day\nTue: Family day\nWed: Flex day\nThu: Catch-up day\nFri: N/A\nSat: TBD\nSun: Nothing planned\n'), {
      sessions: ['rest', 'rest', 'rest', 'rest', 'rest', 'rest', 'rest'],
      errors: [],
    });
    // `travel` and `nothing` in a sentence stay its words.
    assert.deepEqual(read('Mon: run 3 mi then travel\nTue: run 4 mi, nothing fast\n'), { sessions: ['run easy', 'run easy'], errors: [] });
    // `1st` was "Unknown unit 'st'".
    assert.deepEqual(read('Mon: 1st session: gym\nTue: run 3 mi, 2nd half faster\n'), { sessions: ['gym full', 'run easy'], errors: [] });
  });

  it('keeps the session a free day names (`travel day with strength training in the afternoon`)', () => {
    assert.deepEqual(read('Wed: travel day with strength training in the afternoon\nThu: flex day - easy run if you feel good\n'), { sessions: ['gym full', 'run easy'], errors: [] });
  });
});

describe('the corpus\'s last failing lines (lead, tenth session)', () => {
  it('reads an aside after an exercise, a log\'s average, minutes and seconds, a reference to another day, aerobic exercise', () => {
    const plan = parsePlan([
      'Wed: full body strength B [deadlifts (light), overhead press 3x8-10, lat pulldowns 3x8-10]',
      'Tue: wu, 8 x 800 (80), wd - averaged about 2:50 for the first 7',
      'Mon: 1.5-mile run in under 10 mins 30secs',
      'Thu: Aerobic exercises plus weight training 1hr 30mins',
      'Fri: circuit training - 5 sets of 20 repetitions of week 1, day 2',
      '',
    ].join('\n'));
    // Each was an error: `Unexpected '('`, a start time, `'30s' is in seconds`, `did you mean 'aerobics'?`, `'2' needs a unit`.
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(sessionsOf(plan).map(sessionNotation), ['gym full', 'run quality', 'run quality', 'cross easy', 'gym full', 'conditioning hard']);
    const [lift] = sessionsOf(plan);
    assert.deepEqual(lift?.kind === 'gym' ? lift.exercises.map((exercise) => exercise.name) : [], ['deadlifts', 'overhead press', 'lat pulldowns']);
  });

  it('reads a spaced `warm up` with its time as the run before a lift, and `10 min cool down` as the run\'s time', () => {
    // Each was "Unknown session 'warm'" / "Expected a session before '10'" (forms10's report).
    assert.deepEqual(read('Mon: warm up 10 min + bench 3x10\nTue: 10 min warm up + 4 x 800m + 10 min cool down\nWed: warm up 5 min bike + legs\n'), {
      sessions: ['run easy', 'gym upper', 'run quality', 'cross easy', 'gym lower'],
      errors: [],
    });
    // A bare `cool down` at the end of a race day is the race's end, no run of its own.
    assert.deepEqual(read('Sat: Race day. Warm up, listen to your coach, race, cool down.\n').sessions, ['event race']);
  });

  it('reads what a run is for as no second session (`run 3 mi for fitness`, `run 20 min as conditioning`)', () => {
    // Each was a run and a hard conditioning session (review10's left case).
    assert.deepEqual(read('Mon: run 3 mi for fitness\nTue: run 20 min as conditioning\nWed: run 3 mi for conditioning\n').sessions, ['run easy', 'run easy', 'run easy']);
    // A conditioning session written after a run's effort stays the day's next (`1 mile run best effort circuit`).
    assert.deepEqual(read('Thu: PM - 1 mile run best effort circuit\n').sessions, ['run quality', 'conditioning hard']);
  });
});
