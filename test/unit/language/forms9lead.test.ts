// Issue 13 (lead, ninth session): forms of 10K plans with weights and Nike Run Club weeks, found by writing their lines as
// people type them (language-decisions.md, "A pace a word describes, repeats after a lift").
import * as assert from 'node:assert/strict';
import { checkPlan, parsePlan } from '../../../server/src/engine';
import { notation, sessionsAndErrors, sessionsOf } from './read';
import { sessionNotation } from '../../corpus/measure';

const read = sessionsAndErrors;

/** The sessions in the corpus notation after the plan is checked (its pace in force, as in the editor). */
function checked(text: string): string[] {
  const plan = parsePlan(text);
  checkPlan(plan);
  return sessionsOf(plan).map(sessionNotation);
}

describe('forms of 10K plans with weights and Nike Run Club weeks (lead, ninth session)', () => {
  it('reads a pace a word describes as that effort, and a pace the runner picks as no target (`at your own pace`)', () => {
    // Each was race pace: `pace` alone is Higdon's race pace, and the words before it were skipped.
    assert.deepEqual(read('Mon: 5K run at your own pace\nTue: run 30 min at a slow pace\nWed: run 5 km at conversation pace\nThu: 3 mi at a pace that feels good\nFri: run 4 mi at a gentle pace\nSat: 2 mi at chatty pace\n'), {
      sessions: ['run easy', 'run easy', 'run easy', 'run easy', 'run easy', 'run easy'],
      errors: [],
    });
    // `pace` alone and a race's pace stay race pace; a steady pace stays steady.
    assert.deepEqual(read('Mon: 3 mi pace\nTue: run 5 km @ race pace\nWed: run 4 mi at goal pace\nThu: run 5 mi at a steady pace\n').sessions, ['run quality', 'run quality', 'run quality', 'run steady']);
  });

  it('a week of NRC runs "at your own pace" beside one speed run is not a week of hard runs', () => {
    const plan = parsePlan('goal: 10k\nweek 1\nMon: 5K run at your own pace\nTue: Speed Run: 6 x 1 min fast, 1 min recovery\nThu: 5K Run at your own pace\nSat: Long Run 8K\n');
    assert.deepEqual(checkPlan(plan).filter((d) => d.rule === 'all-runs-hard' || d.rule === 'back-to-back-hard' || d.rule === 'quality-limit'), []);
  });

  it('reads repeats of a distance after a lift as the day\'s run (`back/bis; 5 x 1k repeats`)', () => {
    // The repeats were the lift's sets: one gym session.
    assert.deepEqual(notation('Wed: back/bis; 5 x 1k repeats\n'), {
      sessions: ['gym upper', 'run quality'],
      texts: ['back/bis', '5 x 1k repeats'],
      errors: ["Separate the sessions of one day with '+', not ';' — read as two sessions"],
    });
    assert.deepEqual(read('Thu: legs, 8 x 400m\n').sessions, ['gym lower', 'run quality']);
    // Sets and reps, and a loaded carry over a distance, stay the lift's.
    assert.deepEqual(read('Fri: legs, 3 x 10\nSat: legs, 4 x 20m sled push\n').sessions, ['gym lower', 'gym lower']);
  });

  it('reads a hard word a negation stands before as what the run is not (`easy run, don\'t go too fast`, `no speed`)', () => {
    assert.deepEqual(read("Mon: easy run, don't go too fast\nTue: Recovery run - take it easy, no speed\nWed: run 30 min easy; should not feel hard\nThu: run 5 km easy, nothing fast\nFri: easy 30 min - no pace, just time on feet\n").sessions, ['run easy', 'run easy', 'run easy', 'run easy', 'run easy']);
    // `slower than race pace` is not race pace; `pace should feel easy` names no pace.
    assert.deepEqual(read('Mon: Long run - run it slower than race pace\nTue: Easy run: 30 min, pace should feel easy\n').sessions, ['run long', 'run easy']);
    // Without a negation the hard word stands; `faster than race pace` is quality.
    assert.deepEqual(read('Mon: run 30 min fast\nTue: run 5 mi faster than race pace\nWed: run 3 mi, no walking, at tempo\n').sessions, ['run quality', 'run quality', 'run quality']);
    // A quality type a negation denies (`no tempo today`, `avoid hills`) is what the run is not; alone it stands.
    assert.deepEqual(read('Mon: run 4 mi, no tempo today\nTue: run 6 mi, no hills\nWed: run 5 mi, avoid hills\nThu: run 5 mi tempo\n').sessions, ['run easy', 'run easy', 'run easy', 'run quality']);
    // A comparison denied is at least that hard: `no slower than race pace` was an easy run.
    assert.deepEqual(read('Mon: run 5 mi no slower than race pace\nTue: run 4 mi not easier than threshold\nWed: run 5 mi slower than race pace\n').sessions, ['run quality', 'run quality', 'run easy']);
    // A session word a negation denies names no session: each of these was a walk (`cross easy`, the intervals `cross hard`).
    assert.deepEqual(read('Mon: intervals 6 x 800m, no walking\nTue: tempo 3 mi, no walk\nWed: hill repeats 8 x 60s, without walking\n'), { sessions: ['run quality', 'run quality', 'run quality'], errors: [] });
  });

  it('reads a score out of ten as the effort (RPE), not a distance or a start time (`7/10 effort`, `@ 8/10`)', () => {
    const [easy, hard, at] = sessionsOf(parsePlan('Mon: run 30 min at 3/10 effort\nTue: run 30 min effort 7/10\nWed: run 20 min @ 8/10\n'));
    assert.deepEqual([easy?.attributes.rpe?.value, hard?.attributes.rpe?.value, at?.attributes.rpe?.value], [3, 7, 8]);
    assert.deepEqual([easy?.attributes.distance, at?.attributes.time], [undefined, undefined]);
    assert.deepEqual(read('Mon: run 30 min at 3/10 effort\nTue: run 30 min effort 7/10\nWed: run 20 min @ 8/10\nThu: run 4 mi 3-4/10\n'), {
      sessions: ['run easy', 'run quality', 'run quality', 'run easy'],
      errors: [],
    });
    // The range covers the score.
    const range = easy?.attributes.rpe?.range;
    assert.deepEqual([range?.start.column, range?.end.column], [19, 23]);
    // In a gym session too (it was "'8' is ambiguous — write @08:00"); a bare hour after `@` still asks.
    const [gym] = sessionsOf(parsePlan('Mon: gym 3 x 10 @ 8/10\n'));
    assert.deepEqual([gym?.kind, gym?.attributes.rpe?.value, gym?.attributes.time], ['gym', 8, undefined]);
    assert.deepEqual(read('Mon: gym 3 x 10 @ 8/10\nTue: weights 45 min @ 7/10\nWed: gym @ 8\n').errors, ["'8' is ambiguous — write @08:00, or add am or pm"]);
  });

  it('reads rugby pre-season lines: a practice of several parts, off-legs conditioning, speed endurance, walk-throughs', () => {
    // `Skills & contact` was two sessions (an easy one and a hard one); one practice, hard with its contact.
    assert.deepEqual(notation('Mon: Skills & contact (90 min, high intensity)\nTue: Skills and contact\n'), {
      sessions: ['sport hard', 'sport hard'],
      texts: ['Skills & contact (90 min, high intensity)', 'Skills and contact'],
      errors: [],
    });
    // `Off legs conditioning` read as a day off: the hard session vanished.
    assert.deepEqual(read('Wed: Off legs conditioning: Wattbike 10 x 30s on / 30s off\nThu: Aerobic capacity: 4 x 4 min @ 85-90% MHR\n'), { sessions: ['conditioning hard', 'conditioning hard'], errors: [] });
    assert.deepEqual(read('Fri: Aerobic capacity: 30 min easy bike\n').sessions, ['conditioning easy']);
    // Short repeats at 85 % or more, or named speed endurance, are quality; strides and 70 % tempo runs stay easy.
    assert.deepEqual(read('Mon: Speed endurance: 6 x 150m @ 90% (3 min rest)\nTue: run 6 x 100m @ 95%\nWed: Tempo runs 12 x 100m @ 70%\nThu: 4 x 100m strides @ 90%\n').sessions, ['run quality', 'run quality', 'run easy', 'run easy']);
    // A walk-through is the team's rehearsal, not a walk.
    assert.deepEqual(read('Sat: Light skills / walk-through\nSun: walk 30 min\n').sessions, ['sport easy', 'cross easy']);
  });

  it("reads a runner's log: extras after `+` before a comma stay with the run, a bare miles part may carry an aside", () => {
    // `drills & strides` were a third run of the day (a false 4th run for run-frequency on a week of doubles).
    assert.deepEqual(notation('Mon: AM: 10k easy + drills & strides, PM: 6k easy\nTue: 10 mi + drills and strides\n').sessions, ['run easy', 'run easy', 'run long']);
    // `6 + 4 (both very easy)` was "Expected a session before '4'": the line failed.
    const { errors } = read('Wed: Recovery: 6 + 4 (both very easy)\n');
    assert.deepEqual(errors, ["'6' has no unit — read as 6 miles; write '6mi', '6km' or '6min'", "'4' has no unit — read as 4 miles; write '4mi', '4km' or '4min'"]);
  });

  it('reads a rest day with an alternative, a time of day, or its light work after a dash (`OFF / 5 mi easy`, `PM: off`)', () => {
    assert.deepEqual(read('Mon: OFF / 5 mi easy\nTue: AM: 6 mi easy, PM: off\nWed: Rest day - 20 min mobility\nThu: Rest: 15 min stretching\n'), {
      // `PM: off` beside the day's run is the other half of the day off, no session (corpus11b; it was a rest).
      sessions: ['rest', 'run easy', 'rest', 'rest'],
      errors: [],
    });
    // A number straight after the rest word is still no note.
    assert.deepEqual(read('Fri: off 5\n').errors, ["'off' takes only a note, not '5'"]);
    // The light work's minutes (`20-30 min`, `1 hr`, `15min`) after a dash or a colon; a distance or repeats there are a
    // run the rest day would hide without a word, as before.
    assert.deepEqual(read('Mon: rest: 20-30 min walk\nTue: Rest – 1 hr yoga\nWed: Rest: 15min stretching\n'), { sessions: ['rest', 'rest', 'rest'], errors: [] });
    assert.deepEqual(read('Mon: Rest: 5 mi easy\nTue: Rest - 6 x 800m\nWed: rest: 10 x 400m\nThu: Rest: 20\n').errors, [
      "'rest' takes only a note, not '5'",
      "'rest' takes only a note, not '6'",
      "'rest' takes only a note, not '10'",
      "'rest' takes only a note, not '20'",
    ]);
  });

  it('reads repeats named `reps` as repeats, and a tab with a time to beat as hard', () => {
    // `6 x 400m reps` lost its repeats (`reps` counted what follows): an easy run.
    const [reps] = sessionsOf(parsePlan('Mon: 6 x 400m reps\n'));
    assert.deepEqual(reps?.attributes.repeats?.value, { count: 6, eachKm: 0.4 });
    assert.deepEqual(read('Mon: 6 x 400m reps\nTue: 4 x 1 mile reps with 2 min rest\nWed: run 6 x 1 km reps\n').sessions, ['run quality', 'run quality', 'run quality']);
    // Sets and reps of a lift, and unitless counts in a run, are as before.
    assert.deepEqual(read('Mon: gym upper 3 x 10 reps\nTue: run 10 x 10 reps\n').sessions, ['gym upper', 'run easy']);
    assert.deepEqual(read('Mon: Tab 8 miles with 35lb bergen in under 2 hours\nTue: tab 8 miles 35lb\nWed: row 2k best effort\n').sessions, ['cross hard', 'cross easy', 'cross hard']);
  });

  it('reads a lift after a run joined by `&` / `and` (`Easy 3 mi & upper body`), and a gym percentage after `@`', () => {
    // The run was lost in the lift (one gym session), or the lift in the run.
    assert.deepEqual(notation('Mon: Easy 3 mi & upper body\nTue: run 3 mi & upper body\nWed: easy 3 mi and legs\n'), {
      sessions: ['run easy', 'gym upper', 'run easy', 'gym upper', 'run easy', 'gym lower'],
      texts: ['Easy 3 mi', 'upper body', 'run 3 mi', 'upper body', 'easy 3 mi', 'legs'],
      errors: [],
    });
    // After a lift, the parts stay one lift.
    assert.deepEqual(read('Thu: legs & core\nFri: chest & triceps\n').sessions, ['gym lower', 'gym upper']);
    // `@ 60% 1RM` was "not a time of day".
    assert.deepEqual(read('Mon: Weights: 3x12 @ 60% 1RM\nWed: gym 3 x 10 @ 70% of 1RM\nThu: gym upper @ 75%\n'), { sessions: ['gym full', 'gym full', 'gym upper'], errors: [] });
  });

  it('reads strength named by its equipment, sport or aim, and Orangetheory and a weighted-vest walk', () => {
    // Each was "Unknown session": the day's lift was lost.
    assert.deepEqual(read('Mon: Iron\nTue: Dumbbells 30 min\nWed: Machines\nThu: Powerlifting\nFri: Bodybuilding\nSat: Home workout\nSun: Arm day\n').sessions, ['gym full', 'gym full', 'gym full', 'gym full heavy-legs', 'gym full', 'gym full', 'gym upper']);
    assert.deepEqual(read('Mon: Booty workout\nTue: Orangetheory\nWed: Weighted vest walk 45 min\nThu: Personal training\n'), { sessions: ['gym lower', 'conditioning hard', 'cross easy', 'gym full'], errors: [] });
    const [walk] = sessionsOf(parsePlan('Wed: Weighted vest walk 45 min\n'));
    assert.equal(walk?.kind === 'cross' ? walk.activity : walk?.kind, 'hike');
  });

  it('reads day labels as people punctuate them (`Monday morning:`, `Sat)`, `Sun =`, `Tues.:`, `Monday*:`, `Day 1 – Monday:`)', () => {
    // Each was "Expected ':' after the weekday".
    const text = 'Monday morning: weights\nMonday evening - run 5k\nTues.: intervals\nWednesday*: weights\nThu) tempo 20 min\nFri = rest\nDay 6 – Saturday: long run 8km\nSunday (Day 7): rest\n';
    assert.deepEqual(read(text), { sessions: ['gym full', 'run easy', 'run quality', 'gym full', 'run quality', 'rest', 'run long', 'rest'], errors: [] });
    const days = parsePlan(text).statements.flatMap((s) => (s.type === 'day' ? [s] : []));
    assert.deepEqual(days.map((d) => [d.weekday, d.period?.value]), [[0, 'am'], [0, 'pm'], [1, undefined], [2, undefined], [3, undefined], [4, undefined], [5, undefined], [6, undefined]]);
    // The time of day keeps its written word and range.
    assert.deepEqual([days[0]?.period?.range.start.column, days[0]?.period?.range.end.column], [7, 14]);
    // A day number past 7 keeps its number (it asks for its week), as `Day 8:` does (forms10: when it falls on the
    // weekday written; it was "Expected ':' after the weekday").
    assert.match(read('Day 1 – Monday: gym\nDay 15 – Monday: run\n').errors[0] ?? '', /start that week with a 'week 3' line/);
  });

  it("judges a run's pace against the plan's own easy pace when it writes no `pace:` line", () => {
    // A fast runner's week: each easy run and the long run at 5:00/km were quality runs against the default 6:00/km.
    const text = 'goal: 10k\nMon: run easy 8 km @ 5:00/km\nTue: run tempo 6 km @ 4:20/km\nThu: run 8 km @ 5:00/km\nSat: long run 16 km @ 5:05/km\n';
    const plan = parsePlan(text);
    assert.deepEqual(checkPlan(plan).filter((d) => d.rule === 'all-runs-hard' || d.rule === 'quality-limit' || d.rule === 'back-to-back-hard'), []);
    assert.deepEqual(checked(text), ['run easy', 'run quality', 'run easy', 'run long']);
    // With only a tempo pace, the easy pace is the tempo's slowed as the default paces are (×1.2): 3:45/km → 4:30/km.
    assert.deepEqual(checked('Thu: Tempo Run - 8 km tempo run at 3:45/km\nSun: Long Run - 12.8 km at 4:21/km\nTue: run 6 km @ 3:50/km\n'), ['run quality', 'run long', 'run quality']);
    // A `pace:` line still decides; a plan with no paces keeps the default (5:00/km is quality against 6:00/km).
    assert.deepEqual(checked('pace: 6:00/km\nMon: run easy 8 km @ 5:00/km\n'), ['run quality']);
    assert.deepEqual(checked('Mon: run 8 km @ 5:00/km\n'), ['run quality']);
  });

  it('reads a day of runs named together (`Intervals & Recovery Run - …`) and a lift that lists each exercise\'s sets in prose', () => {
    assert.deepEqual(read('Tue: Intervals & Recovery Run - 2 km jog warm up, 8 sets of 3 minutes at 11 mph\nWed: run easy and tempo\n'), { sessions: ['run quality', 'run quality'], errors: [] });
    // Two types with no `&` / `and` between stay the error.
    assert.deepEqual(read('Thu: run easy tempo\n').errors, ["A run has one type — 'easy' is already given"]);
    // `Repeats given twice` on a lift's prose list of sets.
    assert.deepEqual(read('Wed: Weight Training - gym: 5 sets of 5 x 70 kg deadlifts, 5 sets of 10 pull ups, 2 sets of 6 x 40 kg hanging cleans\n'), { sessions: ['gym full'], errors: [] });
  });

  it("reads a hybrid coach's shorthand: `Lift + Z2`, `Accessory work`, a heart rate after `@`", () => {
    assert.deepEqual(read("Mon: Lift + Z2\nTue: Accessory work\nWed: Z2 row 30 min\nThu: Easy run 40' @ <145bpm\n"), {
      sessions: ['gym full', 'run easy', 'gym full', 'cross easy', 'run easy'],
      errors: [],
    });
    const [hr] = sessionsOf(parsePlan('Mon: run 30 min @ 140-150 bpm\n'));
    assert.deepEqual(hr?.attributes.heartRate?.value, { above: 140, below: 150 });
  });

  it('reads Broncos run as training as hard conditioning, and change-of-direction drills', () => {
    assert.deepEqual(read('Mon: Broncos x 3\nTue: Bronco test\nWed: run 6 x 30m, COD drills\n'), { sessions: ['conditioning hard', 'event test', 'run easy'], errors: [] });
  });

  it("reads a runner's log of bare miles after the outing's time of day or before how it is run (`AM 10, PM 4`, `10 @ 6:30`)", () => {
    // Each was "Unknown session 'AM'" or "Expected a session": the day's miles were lost.
    const { sessions, errors } = read('Mon: AM 10, PM 4\nTue: AM: 8 (6:50 avg), PM: 4 (7:10)\nWed: 10 @ 6:30\n');
    assert.deepEqual(sessions, ['run easy', 'run easy', 'run easy', 'run easy', 'run long']);
    assert.ok(errors.every((message) => /has no unit — read as \d+ miles/.test(message)), errors.join('; '));
    // Other words after the number are no run.
    assert.match(read('Thu: 3 sets of 10\n').errors[0] ?? '', /Expected a session/);
  });

  it('reads bare miles with the run type before the unit (`6 easy miles`, `PM 6 easy/steady miles ~7:15mm`), its pace the plan\'s easy pace', () => {
    assert.deepEqual(read('Mon: 6 easy miles\nTue: 4 easy miles AM; PM 6 easy/steady miles ~7:15mm\n'), { sessions: ['run easy', 'run easy', 'run quality'], errors: [] });
    // Checked, the plan's easy pace is the 7:15 a mile it writes on its easy run: that run is easy, and 6:20 a mile steady.
    assert.deepEqual(checked('Mon: 4 easy miles AM; PM 6 easy/steady miles ~7:15mm\nWed: wu, 12.25 at 6:20mm, wd\n'), ['run easy', 'run easy', 'run steady']);
  });

  it('reads such a label with its written `:` and nothing after it as `Mon:` alone (it asked for the `:` that is there)', () => {
    // `Monday morning:` over a list of the day's sessions, or as typed so far: the quick fix "Add ':' after 'Monday'"
    // made `Monday: morning:`.
    for (const line of ['Monday morning:', 'Tues.:', 'Wednesday*:', 'Sunday (Day 7):', 'Day 6 – Saturday:', 'Mon am:', 'Mon:']) {
      assert.deepEqual(parsePlan(`${line}\n`).syntaxErrors.map((e) => [e.message, e.range.start.column, e.fixes]), [["Expected a session after ':', like 'gym', 'run easy' or 'rest'", line.length - 1, undefined]], line);
    }
    // A dash read as the `:` needs a session after it.
    assert.deepEqual(read('Sunday (Day 7) -\n').errors, ["Expected ':' after the weekday"]);
    const days = parsePlan('Monday morning:\n\nTuesday: rest\n').statements.flatMap((s) => (s.type === 'day' ? [s] : []));
    assert.deepEqual(days.map((d) => [d.weekday, d.period?.value]), [[1, undefined]]);
  });
});

