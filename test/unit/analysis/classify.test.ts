import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/language/parser';
import { classify, gymFocus, gymWorksLegs, isRestDay, isWarmUpRun, usePlanPace, type SessionClass } from '../../../server/src/analysis/classify';
import type { Session } from '../../../server/src/language/model';

function sessionOf(text: string): Session {
  const plan = parsePlan(`Mon: ${text}\n`);
  assert.deepEqual(plan.syntaxErrors, [], text);
  const [session] = plan.weeks[0].days[0].sessions;
  return session;
}

type Flag = 'heavyLegs' | 'hardGym' | 'qualityRun' | 'longRun' | 'steadyRun' | 'easyRun' | 'hardCross' | 'hard' | 'legHard' | 'restLike' | 'accessory';
const FLAGS: Flag[] = ['heavyLegs', 'hardGym', 'qualityRun', 'longRun', 'steadyRun', 'easyRun', 'hardCross', 'hard', 'legHard', 'restLike', 'accessory'];

/** Each session form, the classes it is in (every other flag false), minutes, RPE and distance. */
const TABLE: [string, Flag[], number, number, number?][] = [
  ['rest', ['restLike'], 0, 0],
  ['off', ['restLike'], 0, 0],
  ['gym', [], 60, 6],
  ['lift upper', [], 60, 6],
  ['upperbody', [], 60, 6],
  ['gym upper heavy', ['hardGym', 'hard'], 60, 8],
  ['gym lower heavy', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym legs heavy 45min', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 45, 8],
  ['gym full heavy', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym heavy', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym lower', [], 60, 6],
  ['gym lower light', [], 60, 4],
  ['gym upper heavy [bench 5x5, split squat 3x8]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym pull heavy [romanian deadlift 3x8]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym push heavy [leg press 4x10]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym core heavy [hip thrust 3x10]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym upper heavy [rdl 3x8]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym upper heavy [walking lunges 3x12]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym upper heavy [bench press 5x5, pull up 3x8]', ['hardGym', 'hard'], 60, 8],
  // 5 reps a set: heavy by its sets when no intensity is written.
  // A maximal effort written in words is a quality run, whatever its type (a CFE week's `2 x max effort 1 mile`).
  ['run 2 x max effort 1 mile with 5 minutes rest between', ['qualityRun', 'hard', 'legHard'], 8, 7, 1.609],
  ['run 800m all-out', ['qualityRun', 'hard', 'legHard'], 4, 7, 0.8],
  // A run timed as a trial (the Army's `2-mile run for time`) is a maximal effort too.
  ['run 2mi for time', ['qualityRun', 'hard', 'legHard'], 16, 7, 3.219],
  // … but not time on feet (a long run's wording), nor a run "not for time".
  ['run easy 2h for time on feet', ['longRun'], 120, 4, undefined],
  ['gym upper [squat 5x5]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym upper [bench 3x10]', [], 60, 6],
  // A rep scheme for the whole session (Airofin's HYROX weights workout): its last sets of 5 reps or fewer are heavy.
  ['weights workout 15/10/5/3 [bench press, bent over row, deadlift, barbell squats, dips, lunges, pull ups]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['weights workout 4 sets 12/10/8/6 [bench press, bent over row, deadlift, barbell squats, dips, lunges, pull ups]', [], 60, 6],
  ['weights workout 15/10/5/3 [bench press, dips, pull ups]', ['hardGym', 'hard'], 60, 8],
  ['weights workout 15/10/5/3 [plank, dead bug, side plank]', ['accessory'], 20, 6],
  // Listed exercises decide a leg day when no focus is written; unknown names fall back to the focus.
  ['gym heavy [bench 4x4 @90%]', ['hardGym', 'hard'], 60, 8],
  ['gym heavy [bench press 5x5, barbell row 5x5]', ['hardGym', 'hard'], 60, 8],
  ['gym heavy [pull-ups 5x5, dips 3x8, curls 3x12]', ['hardGym', 'hard'], 60, 8],
  ['gym heavy [bench 5x5, back squat 5x5]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym heavy [power clean 5x3]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym heavy [sled push 6x30s]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym heavy [step-ups 3x8, bench 3x5]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym heavy [thrusters 5x5]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym heavy [hanging leg raise 3x10, bench 5x5]', ['hardGym', 'hard'], 60, 8],
  ['gym heavy [zercher thing 5x5]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym full heavy [bench 5x5]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  ['gym lower heavy [bench 5x5]', ['heavyLegs', 'hardGym', 'hard', 'legHard'], 60, 8],
  // Short core / mobility work is not one of the guide's gym sessions.
  ['gym core', ['accessory'], 20, 6],
  ['gym core light 15min', ['accessory'], 15, 4],
  ['gym upper 20min', ['accessory'], 20, 6],
  ['gym [plank 3x60s, dead bug 3x10]', ['accessory'], 20, 6],
  ['gym core 40min [ab wheel 3x10 @10kg]', [], 40, 6],
  ['gym core heavy 20min', ['hardGym', 'hard'], 20, 8],
  ['gym upper rpe 9', [], 60, 9],
  ['run', ['easyRun'], 40, 3],
  ['run easy 30min', ['easyRun'], 30, 3],
  ['run recovery', ['easyRun'], 40, 2],
  ['run easy rpe 6', ['easyRun'], 40, 6],
  ['run easy z3', ['easyRun'], 40, 5],
  ['run easy rpe 7', ['qualityRun', 'hard', 'legHard'], 50, 7],
  ['run z4', ['qualityRun', 'hard', 'legHard'], 50, 7],
  ['run easy z5', ['qualityRun', 'hard', 'legHard'], 50, 9],
  ['run tempo', ['qualityRun', 'hard', 'legHard'], 50, 7],
  ['run threshold 30min', ['qualityRun', 'hard', 'legHard'], 30, 7],
  ['run intervals 6x800m', ['qualityRun', 'hard', 'legHard'], 50, 8, 4.8],
  ['run intervals 10x5min', ['qualityRun', 'hard', 'legHard'], 50, 8],
  ['run intervals 12x5min', ['qualityRun', 'hard', 'legHard'], 60, 8],
  ['run hills', ['qualityRun', 'hard', 'legHard'], 50, 7],
  ['run fartlek', ['qualityRun', 'hard', 'legHard'], 50, 7],
  ['run race 10km', ['qualityRun', 'hard', 'legHard'], 50, 9, 10],
  ['run long', ['longRun'], 90, 4],
  ['run long 14km', ['longRun'], 84, 4, 14],
  // A distance alone weighs at the pace of its type: a 5-mile and a 12-mile long run differ.
  ['run long 5mi', ['longRun'], 48, 4, 8.047],
  ['run long 12mi', ['longRun'], 116, 4, 19.312],
  ['run 20km', ['longRun'], 120, 4, 20],
  ['run easy 8km', ['easyRun'], 48, 3, 8],
  ['run tempo 8km', ['qualityRun', 'hard', 'legHard'], 40, 7, 8],
  // A run's class from what it is: repeats are quality, a moderate effort without a type is steady.
  ['run 8x600m', ['qualityRun', 'hard', 'legHard'], 50, 7, 4.8],
  ['run 6x3min', ['qualityRun', 'hard', 'legHard'], 50, 7],
  ['run 4km rpe 6', ['steadyRun'], 22, 6, 4],
  ['run z3 45min', ['steadyRun'], 45, 5],
  ['run easy 8x100m', ['easyRun'], 40, 3, 0.8],
  ['run long 15mi rpe 7', ['qualityRun', 'longRun', 'hard', 'legHard'], 145, 7, 24.14],
  ['run long 2h', ['longRun'], 120, 4],
  ['run easy 90min', ['longRun'], 90, 4],
  ['run 1h40 10mi', ['longRun'], 100, 4, 16.093],
  ['run recovery 95min', ['longRun'], 95, 2],
  ['run long rpe 8', ['qualityRun', 'longRun', 'hard', 'legHard'], 90, 8],
  ['run tempo 2h', ['qualityRun', 'hard', 'legHard'], 120, 7],
  ['bike', [], 45, 3],
  ['bike hard', ['hardCross', 'hard', 'legHard'], 45, 7],
  ['row rpe 8', ['hardCross', 'hard', 'legHard'], 45, 8],
  ['hike z4 3h', ['hardCross', 'hard', 'legHard'], 180, 7],
  ['swim hard', ['hardCross', 'hard'], 45, 7],
  ['swim easy 1500m', [], 45, 3, 1.5],
  ['walk', ['restLike'], 45, 3],
  ['walk 30min', ['restLike'], 30, 3],
  // Sprints are flat out, quality however short; strides stay strides (issue 13).
  ['sprints 70m x 5', ['qualityRun', 'hard', 'legHard'], 50, 8, 0.35],
  ['run 6x20s strides', ['easyRun'], 40, 3],
  // Short repeats at a maximal speed are sprints, not strides (coachr's 1500 m week: `6 x 100 at max speed`).
  ['6 x 100 at max speed with full recovery', ['qualityRun', 'hard', 'legHard'], 50, 8, 0.6],
  ['4x60m at top speed', ['qualityRun', 'hard', 'legHard'], 50, 8, 0.24],
  // Med-ball throws are short power work, not one of the guide's gym sessions; a med-ball circuit is not a metcon.
  ['med ball throws', ['accessory'], 20, 6],
  ['circuit (med ball throws and slams)', [], 45, 4],
  ['circuit (squat jumps, med ball slams)', ['hard', 'legHard'], 45, 8],
  ['circuit', ['hard', 'legHard'], 45, 8],
  // A metcon of upper-body and core movements only is hard but rests the legs; a run, an erg or jumps in it do not.
  ['metcon 21-15-9 of: chinups, abmat situps, push press, floor wipers', ['hard'], 45, 8],
  ['metcon: 400m run, 21 pull-ups, 15 push-ups', ['hard', 'legHard'], 45, 8, 0.4],
  ['metcon: 500m row, 20 push-ups', ['hard', 'legHard'], 45, 8, 0.5],
  ['metcon: box jumps, pull-ups', ['hard', 'legHard'], 45, 8],
  ['mobility', ['restLike'], 45, 3],
  ['yoga easy', ['restLike'], 45, 3],
  ['yoga hard', ['hardCross', 'hard'], 45, 7],
  ['walk rpe 7', ['hardCross', 'hard'], 45, 7],
];

/** The sessions of the first day of a plan that has any. */
function planSessions(text: string): Session[] {
  const plan = parsePlan(text);
  assert.deepEqual(plan.syntaxErrors, [], text);
  usePlanPace(plan);
  return plan.weeks[0].days.find((day) => day.sessions.length > 0)?.sessions ?? [];
}

describe('classify: race pace is the pace of the plan’s race', () => {
  it('steady in a plan with a run of 10 miles or more (a half-marathon or marathon plan)', () => {
    const [pace] = planSessions('Wed: 5 mile pace\nSat: run long 10mi\n');
    const c = classify(pace);
    assert.deepEqual([c.qualityRun, c.steadyRun, c.rpe], [false, true, 5]);
  });
  it('steady in a plan that holds a half marathon', () => {
    const [pace] = planSessions('Wed: 5 mile pace\nSun: half marathon\n');
    assert.equal(classify(pace).steadyRun, true);
  });
  it('quality in a plan for a 5K or 10K', () => {
    const [pace] = planSessions('Thu: 1 mile easy, 3x1 mile race pace, 1 mile easy\nSun: run long 8mi\n');
    assert.deepEqual([classify(pace).qualityRun, classify(pace).steadyRun], [true, false]);
  });
  it('steady in a plan whose goal is a marathon or half marathon; quality under another goal', () => {
    // Eat Pray Run DC's marathon week: `Monday: 3 miles (goal pace)`.
    const [goalPace] = planSessions('goal: marathon\nMonday: 3 miles (goal pace)\nWednesday: 4-5 miles\n');
    assert.deepEqual([classify(goalPace).qualityRun, classify(goalPace).steadyRun], [false, true]);
    const [half] = planSessions('goal: half marathon\nMon: run 5km @ race pace\n');
    assert.equal(classify(half).steadyRun, true);
    const [tenK] = planSessions('goal: 10k\nThu: 4.0k (race pace)\n');
    assert.deepEqual([classify(tenK).qualityRun, classify(tenK).steadyRun], [true, false]);
  });
});

describe('classify: an aside that is only an effort target', () => {
  it('sets the target of a run that writes none, with its range inside the parentheses', () => {
    // 7c0h's 10K plan in km: `Thu: 4.0k (race pace)`.
    const [raced] = planSessions('goal: 10k\nThu: 4.0k (race pace)\n');
    assert.equal(raced.attributes.effortTarget?.value, 'race');
    assert.deepEqual(raced.attributes.effortTarget?.range, { start: { line: 1, column: 11 }, end: { line: 1, column: 20 } });
    assert.equal(classify(raced).qualityRun, true);
    const [easy] = planSessions('Thu: 3 miles (easy)\n');
    assert.deepEqual([easy.attributes.effortTarget?.value, classify(easy).easyRun], ['easy', true]);
    const [tenK] = planSessions('Thu: 8 miles (10k effort)\n');
    assert.deepEqual([tenK.attributes.effortTarget?.value, classify(tenK).qualityRun], ['10k', true]);
  });
  it('leaves an aside with more words, or a run with a target written, as it is', () => {
    const [prose] = planSessions('Thu: 6 miles (race pace at the end)\n');
    assert.equal(prose.attributes.effortTarget, undefined);
    assert.equal(prose.attributes.note?.value, 'race pace at the end');
    const [written] = planSessions('Thu: run 5km @ threshold (easy)\n');
    assert.equal(written.attributes.effortTarget?.value, 'threshold');
  });
});

describe('classify', () => {
  for (const [text, flags, minutes, rpe, km] of TABLE) {
    it(`${text} → ${flags.join(', ') || 'nothing hard'}, ${minutes} min at rpe ${rpe}`, () => {
      const c: SessionClass = classify(sessionOf(text));
      const on = FLAGS.filter((flag) => c[flag]);
      assert.deepEqual(on, flags);
      assert.equal(c.minutes, minutes, 'minutes');
      assert.equal(c.rpe, rpe, 'rpe');
      assert.equal(c.load, minutes * rpe, 'load');
      if (km === undefined) assert.equal(c.distanceKm, undefined);
      else assert.equal(Math.round((c.distanceKm ?? NaN) * 1000) / 1000, km);
    });
  }

  it('knows whether the minutes were written', () => {
    assert.equal(classify(sessionOf('run easy 30min')).minutesWritten, true);
    assert.equal(classify(sessionOf('run easy')).minutesWritten, false);
  });

  it('classifies a session object once (cached)', () => {
    const session = sessionOf('gym lower heavy');
    assert.equal(classify(session), classify(session));
  });
});

describe('isRestDay', () => {
  function day(text: string) {
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors, []);
    return plan.weeks[0].days[0];
  }
  it('rest, easy walk/mobility/yoga, or nothing', () => {
    assert.equal(isRestDay(day('Mon: rest\n')), true);
    assert.equal(isRestDay(day('Mon: walk 30min + mobility + yoga\n')), true);
    assert.equal(isRestDay(day('Tue: gym\n')), true, 'Monday is unplanned');
  });
  it('anything else is a training day', () => {
    assert.equal(isRestDay(day('Mon: rest + run easy 20min\n')), false);
    assert.equal(isRestDay(day('Mon: walk hard\n')), false);
    assert.equal(isRestDay(day('Mon: swim easy\n')), false);
    assert.equal(isRestDay(day('Mon: gym core light\n')), false);
  });
});

describe('classify: run/walk sessions are easy, not intervals (issue 13)', () => {
  const runClass = (text: string): string => {
    const c = classify(sessionOf(text));
    return c.qualityRun ? 'quality' : c.steadyRun ? 'steady' : c.longRun ? 'long' : 'easy';
  };
  it('run and walk segments, named or timed, are easy', () => {
    assert.equal(runClass('run/walk intervals 20 min'), 'easy');
    assert.equal(runClass('run 1 min, walk 90 sec x 8'), 'easy');
    assert.equal(runClass('run 2 min / walk 1 min, repeat 6 times'), 'easy');
    assert.equal(runClass('3 x 10 min run with 1 min walk'), 'easy');
  });
  it('a fast word, a hard effort or measured repeats keep them quality', () => {
    assert.equal(runClass('run 1 min fast, walk 1 min x 8'), 'quality');
    assert.equal(runClass('run/walk intervals rpe 8'), 'quality');
    assert.equal(runClass('hill sprints with walk down'), 'quality');
    assert.equal(runClass('fartlek 8 x 1 min with walk recoveries'), 'quality');
  });
  it('a walk recovery between measured repeats does not make them a recovery run', () => {
    assert.equal(runClass('6x800m with 400m walk recovery'), 'quality');
    assert.equal(runClass('6 x 400m, 200m jog recovery'), 'quality');
    assert.equal(runClass('recovery run 30 min'), 'easy');
  });
});

describe('isWarmUpRun, gymWorksLegs', () => {
  it('a short easy jog that says warm-up or cool-down is part of another session', () => {
    assert.equal(isWarmUpRun(sessionOf('jog 10 min warm-up')), true);
    assert.equal(isWarmUpRun(sessionOf('1 mile cool-down jog')), true);
    assert.equal(isWarmUpRun(sessionOf('run easy 30min')), false);
    assert.equal(isWarmUpRun(sessionOf('jog 30 min warm-up')), false);
    assert.equal(isWarmUpRun(sessionOf('gym lower')), false);
  });
  it('any gym session works the legs unless its focus or exercises say upper body or core', () => {
    assert.equal(gymWorksLegs(sessionOf('gym lower')), true);
    assert.equal(gymWorksLegs(sessionOf('strength')), true);
    assert.equal(gymWorksLegs(sessionOf('gym [squat 3x10, bench 3x10]')), true);
    assert.equal(gymWorksLegs(sessionOf('gym upper')), false);
    assert.equal(gymWorksLegs(sessionOf('gym [bench 3x10, row 3x10]')), false);
    assert.equal(gymWorksLegs(sessionOf('run easy')), false);
  });
});

describe('classify: bodyweight work and hills as ground (issue 13, coach3)', () => {
  const flags = (text: string): Flag[] => {
    const c = classify(sessionOf(text));
    return FLAGS.filter((flag) => c[flag]);
  };

  it('few reps of push-ups, pull-ups, chin-ups or dips are not heavy; a load or `weighted` is', () => {
    assert.deepEqual(flags('PT 5x25 push-ups, 5x25 sit-ups, 3x4 pull-ups'), []);
    assert.deepEqual(flags('gym [dips 5x5, chin-ups 3x3]'), []);
    assert.deepEqual(flags('gym [weighted pull-ups 5x3]'), ['hardGym', 'hard']);
    assert.deepEqual(flags('gym [dips 5x5 @20kg]'), ['hardGym', 'hard']);
    // A squat among them still makes a heavy leg day.
    assert.deepEqual(flags('gym [pull-ups 3x4, squat 5x5]'), ['heavyLegs', 'hardGym', 'hard', 'legHard']);
  });

  it('a run in the hills or an endurance run over hills is easy; hill repeats stay quality', () => {
    assert.deepEqual(flags('warm up, 55 minutes, in hills, cooldown'), ['easyRun']);
    assert.deepEqual(flags('Endurance Run: Hills 30-45min'), ['easyRun']);
    assert.deepEqual(flags('run hills 45min over the hills'), ['easyRun']);
    assert.deepEqual(flags('hills 6x200m in the hills'), ['qualityRun', 'hard', 'legHard']);
    assert.deepEqual(flags('run hills 45min'), ['qualityRun', 'hard', 'legHard']);
  });
});

describe('classify: an aside that names a focus (issue 13, coach3)', () => {
  const flags = (text: string): Flag[] => {
    const c = classify(sessionOf(text));
    return FLAGS.filter((flag) => c[flag]);
  };

  it('`gym heavy (upper body)` is no leg day; `(legs)` is; the aside only counts when it names nothing else', () => {
    assert.deepEqual(flags('gym heavy (upper body)'), ['hardGym', 'hard']);
    assert.deepEqual(flags('gym heavy (legs)'), ['heavyLegs', 'hardGym', 'hard', 'legHard']);
    assert.deepEqual(flags('gym heavy (see the app)'), ['heavyLegs', 'hardGym', 'hard', 'legHard']);
    assert.equal(gymFocus(sessionOf('Strength training (upper body) 45 min')), 'upper');
    assert.equal(gymFocus(sessionOf('Weights (legs)')), 'lower');
    assert.equal(gymFocus(sessionOf('gym upper (legs)')), 'upper');
    assert.equal(gymFocus(sessionOf('PT 5x25 push-ups, 3x4 pull-ups')), 'upper');
  });

  it('a best-effort mile is a quality run (issue 13, verbatim: the Royal Marines regime)', () => {
    assert.deepEqual(flags('1 mile run best effort'), ['qualityRun', 'hard', 'legHard']);
    assert.deepEqual(flags('PM - 1 mile best effort'), ['qualityRun', 'hard', 'legHard']);
  });
});

describe('classify: the weekend long run a plan does not call long (issue 13, verbatim)', () => {
  const classes = (text: string): string[] =>
    parsePlan(text).weeks[0].days.flatMap((day) => day.sessions).map((s) => {
      const c = classify(s);
      return `${s.entry.weekday} ${c.longRun ? 'long' : c.easyRun ? 'easy' : 'other'} rpe${c.rpe}`;
    });

  it("reads the week's longest run on Saturday or Sunday as its long run, at its written effort", () => {
    // Higdon's 10K novice, week 1.
    assert.deepEqual(classes('Tue: 2.5 m run\nThu: 2.0 m run + strength\nSun: 3 m run\n'), ['1 easy rpe3', '3 easy rpe3', '3 other rpe6', '6 long rpe3']);
    // Run Bournemouth's improvers, week 1: written easy, still the week's long run.
    assert.deepEqual(classes('Mon: Run 20mins easy\nTues: Run 20mins easy\nThur: Run 30mins easy\nSat: Run 40mins easy\n'), [
      '0 easy rpe3',
      '1 easy rpe3',
      '3 easy rpe3',
      '5 long rpe3',
    ]);
  });

  it('reads no long run in a week that writes one, of fewer than 3 runs, with a tie, or with the longest on a weekday', () => {
    assert.deepEqual(classes('Tue: run easy 30min\nThu: run easy 30min\nSat: run long 40min\nSun: run easy 45min\n'), ['1 easy rpe3', '3 easy rpe3', '5 long rpe4', '6 easy rpe3']);
    assert.deepEqual(classes('Tue: run easy 30min\nSat: run easy 45min\n'), ['1 easy rpe3', '5 easy rpe3']);
    assert.deepEqual(classes('Tue: run easy 40min\nThu: run easy 30min\nSat: run easy 40min\n'), ['1 easy rpe3', '3 easy rpe3', '5 easy rpe3']);
    assert.deepEqual(classes('Tue: run easy 50min\nThu: run easy 30min\nSat: run easy 40min\n'), ['1 easy rpe3', '3 easy rpe3', '5 easy rpe3']);
    // A quality run is never the weekend long run.
    assert.deepEqual(classes('Tue: run easy 30min\nThu: run easy 30min\nSat: run tempo 50min\n'), ['1 easy rpe3', '3 easy rpe3', '5 other rpe7']);
  });

  it('reads each week block on its own', () => {
    const plan = parsePlan('week 1\nTue: run 3km\nThu: run 3km\nSat: run 5km\nweek 2\nTue: run 6km\nThu: run 3km\nSat: run 5km\n');
    const longs = plan.weeks.map((week) => week.days.flatMap((day) => day.sessions).filter((s) => classify(s).longRun).map((s) => s.entry.weekday));
    assert.deepEqual(longs, [[5], []]);
  });
});

describe('classify: main lifts beside bodyweight moves (issue 13, verbatim)', () => {
  const flags = (text: string): Flag[] => {
    const c = classify(sessionOf(text));
    return FLAGS.filter((flag) => c[flag]);
  };

  it('reads a deadlift day with push-ups and a plank as heavy legs; `Dead Lifts` is a deadlift', () => {
    // MTNTACTICAL's ACFT week, pasted: `Wednesday: Dead Lifts, Hand Release Push Ups, Plank`.
    assert.deepEqual(flags('Dead Lifts, Hand Release Push Ups, Plank'), ['heavyLegs', 'hardGym', 'hard', 'legHard']);
    assert.deepEqual(flags('deadlift + hand release push ups + plank'), ['heavyLegs', 'hardGym', 'hard', 'legHard']);
    // Only bodyweight and core moves, an accessory lift beside the main one, or sets written: not heavy by name.
    assert.deepEqual(flags('gym [push ups, plank]'), []);
    assert.deepEqual(flags('gym [deadlift, lunges]'), []);
    assert.deepEqual(flags('gym [deadlift 3x10, push ups]'), []);
  });

  it('reads plural and paired main lifts, squats beside another main lift, and a session written only as lifts', () => {
    const heavyLegs = ['heavyLegs', 'hardGym', 'hard', 'legHard'];
    // A StrongLifts-style day (anandtech): `squats` beside the bench press is the barbell squat; bridges are bodyweight.
    assert.deepEqual(flags('Workout A (Squats/Bench Press/Inverted Rows/Pushups/Bridges)'), heavyLegs);
    assert.deepEqual(flags('strength: squats, deadlifts'), heavyLegs);
    // Plurals and Olympic lifts (Starting Strength with sprints).
    assert.deepEqual(flags('gym [snatch, clean/jerk, front squats]'), heavyLegs);
    assert.deepEqual(flags('back squats'), heavyLegs);
    // Tactical Barbell's `intervals + squat/bench/deadlift`: the gym session is its lifts.
    assert.deepEqual(flags('squat/bench/deadlift'), heavyLegs);
    // A time of day written with the lifts is no part of their names (fix-all's am / pm split wrote `… pm`, which made
    // the day no heavy-legs day and so "cleared" its conflict).
    assert.deepEqual(flags('squat/bench/deadlift pm'), heavyLegs);
    assert.deepEqual(flags('squat/bench/deadlift @18:00'), heavyLegs);
    assert.deepEqual(flags('pm squat/bench/deadlift'), heavyLegs);
    // `squats` alone, or beside an accessory lift, is no barbell day; a bridge of few reps is no heavy lift.
    assert.deepEqual(flags('squats'), []);
    assert.deepEqual(flags('gym [squats, lunges]'), []);
    assert.deepEqual(flags('gym [glute bridge 3x5]'), []);
    // A slash list with a word that is no exercise names nothing.
    assert.deepEqual(flags('squat/bench/accessory work'), []);
  });
});

describe('classify: hill sprints on easy hills (issue 13, verbatim)', () => {
  it('reads hill sprints written with an easy hilly run as quality; easy hills alone stay easy', () => {
    const c = classify(sessionOf("55-75' Z1 hills + hill sprints"));
    assert.deepEqual([c.qualityRun, c.easyRun], [true, false]);
    assert.deepEqual([classify(sessionOf("55-75' Z1 hills")).qualityRun, classify(sessionOf("55-75' Z1 hills")).easyRun], [false, true]);
  });
});
