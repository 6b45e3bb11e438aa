// Forms typed from the corpus6a plans and from web plans (2 December): a markdown table typed as a week
// (`| Mon | Squat 5x5 | Easy run 30 min |`), `S&C` / `S & C`, a ladder of repeats (`Ladder: 200-400-600-400-200`),
// `flexibility`, `partner workout`, `AMRAP 8:00`, `3 sets of 5 deadlifts`, and a conditioning class at an RPE under 7.
import { strict as assert } from 'node:assert';
import { sessionNotation } from '../../corpus/measure';
import { clean, read } from './read';
import { parsePlan } from '../../../server/src/language/parser';
import { classify } from '../../../server/src/analysis/classify';
import { canonicalEdits } from '../../../server/src/analysis/canonical';
import { formatText } from '../../../server/src/analysis/format';
import { moveSession } from '../../../server/src/analysis/edits';
import { checkPlan } from '../../../server/src/engine';
import type { Plan } from '../../../server/src/language/model';

const notation = (line: string): string[] => clean(line).map(sessionNotation);

/** Each planned day of the plan's first week: its weekday and its sessions in the corpus notation. */
function week(plan: Plan, index = 0): [number, string[]][] {
  return (plan.weeks[index]?.days ?? []).filter((d) => d.sessions.length > 0).map((d) => [d.weekday, d.sessions.map(sessionNotation)]);
}

const TABLE = [
  '| Day | Workout 1 | Workout 2 |',
  '|-----|-----------|-----------|',
  '| Mon | Squat 5x5 | Easy run 30 min |',
  '| Tue | Intervals 6x400m | |',
  '| Wed | Rest | - |',
  '| **Thursday** | Bench 5x5 | Bench 5x5 |',
  '| Fri | Upper body | Easy run 30 min | conversational pace |',
  '| Sat | | |',
  '| :--- | :---: | ---: |',
].join('\n');

describe('a markdown table typed as a week', () => {
  it('reads a row whose first cell is a day as that day, each other cell as a line of a day written as a list', () => {
    const plan = parsePlan(TABLE);
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    assert.deepEqual(week(plan), [
      [0, ['gym lower heavy-legs', 'run easy']],
      [1, ['run quality']],
      [2, ['rest']],
      // More of the same session goes on with it; a cell of another kind is the day's next session, with no '+' warning.
      [3, ['gym upper heavy']],
      [4, ['gym upper', 'run easy']],
    ]);
    // The day's range is its label, the `:` read is the border after it.
    const monday = plan.statements.find((s) => s.type === 'day' && s.weekday === 0);
    assert.ok(monday?.type === 'day');
    assert.deepEqual(monday.dayRange, { start: { line: 2, column: 2 }, end: { line: 2, column: 5 } });
    assert.equal(monday.tableRow, true);
    assert.equal(monday.sessions[1]?.text, 'Easy run 30 min');
  });

  it('reads `| Week N |` rows as week headers, their other cells as the label', () => {
    const plan = parsePlan(['| Week 1 | Base |', '| Mon | gym upper |', '| Week 2 |', '| Tue | run easy 30 min |'].join('\n'));
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    assert.deepEqual(plan.blocks.map((b) => [b.header?.from, b.header?.label?.value]), [[1, 'Base'], [2, undefined]]);
    assert.deepEqual(week(plan, 0), [[0, ['gym upper']]]);
    assert.deepEqual(week(plan, 1), [[1, ['run easy']]]);
  });

  it('reads a table written without its outer borders (GitHub tables) the same', () => {
    const plan = parsePlan(['Day | Training', '---|---', 'Mon | Squat 5x5 | Easy run 30 min', 'Tue | Intervals 6x400m'].join('\n'));
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    assert.deepEqual(week(plan), [[0, ['gym lower heavy-legs', 'run easy']], [1, ['run quality']]]);
    // A day line with a ':' of its own is no table row: a '|' in it is prose punctuation, as before.
    const prose = parsePlan('Mon: run 5k | gym').statements[0];
    assert.ok(prose?.type === 'day');
    assert.equal(prose.tableRow, undefined);
  });

  it('reads a table of weeks as rows and days as columns under a header that names the days', () => {
    const text = [
      'Week | Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday |',
      '---|---|---|---|---|---|---|---|',
      '1 | Rest | 1 mi Run | Rest/Walk | 1 mi Run | Rest | 1 mi Run | 30 min walk |',
      '| Week 12 | Strength | 2.5 mi Run | 30 min cross | 2.0 mi Run + Strength | Rest | 40 min cross | 3 mi Run |',
      '| W13 | Strength | | - | | | | 4 mi run |',
    ].join('\n');
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    assert.deepEqual(plan.blocks.map((b) => b.header?.from), [1, 12, 13]);
    assert.deepEqual(week(plan, 0), [[0, ['rest']], [1, ['run easy']], [2, ['rest']], [3, ['run easy']], [4, ['rest']], [5, ['run easy']], [6, ['cross easy']]]);
    assert.deepEqual(week(plan, 1).map(([day, sessions]) => [day, sessions.length]), [[0, 1], [1, 1], [2, 1], [3, 2], [4, 1], [5, 1], [6, 1]]);
    assert.deepEqual(week(plan, 2), [[0, ['gym full']], [6, ['run easy']]]);
    // Each day's label is the border before its cell; the week's header starts at the row's first border (or number).
    const thursday = plan.blocks[1]?.statements.find((s) => s.type === 'day' && s.weekday === 3);
    assert.ok(thursday?.type === 'day');
    assert.deepEqual(thursday.dayRange, { start: { line: 3, column: 49 }, end: { line: 3, column: 50 } });
    assert.equal(thursday.tableRow, true);
    assert.equal(thursday.sessions[0]?.text, '2.0 mi Run');
    // A cached parse after an edit of the header reads the rows by the new header (a row's block is never kept).
    const swapped = text.replace('Week | Monday | Tuesday', 'Week | Tuesday | Monday');
    const again = parsePlan(swapped);
    assert.deepEqual(week(again, 0).slice(0, 2), [[0, ['run easy']], [1, ['rest']]]);
    assert.deepEqual(week(again, 0), week(parsePlan(swapped, { fresh: true }), 0));
  });

  it('reads every row of a long table of weeks by its header, past a comment line 8 KB into the text', () => {
    // The text is lexed in chunks of 8 KB or more, which may end at a comment or blank line: the rows after it lost the
    // header (review: weeks 51 and 52 of a 52-week table were errors).
    const rows = ['| Week | Mon | Tue | Wed | Thu | Fri | Sat | Sun |', '|---|---|---|---|---|---|---|---|'];
    for (let n = 1; n <= 52; n++) {
      rows.push(`| ${n} | Rest day or easy cross-training | Easy run 5 miles + strides | Gym upper body 45 min | Tempo run 6 miles | Rest | Long run 12 miles easy | Easy run 4 miles |`);
      if (n === 50) rows.push('# Phase 3: taper');
    }
    const text = `${rows.join('\n')}\n`;
    assert.ok(text.length > 8192 + 2 * 160);
    for (const plan of [parsePlan(text, { fresh: true }), parsePlan(text)]) {
      assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
      assert.deepEqual(plan.blocks.map((b) => b.header?.from).slice(-3), [50, 51, 52]);
      assert.equal(week(plan, 51).length, 7);
    }
  });

  it('gives a row whose first cell is no day an error that says how a row is read', () => {
    const { errors } = read('| 1 | Rest | 3 mi |');
    assert.deepEqual(errors.map((e) => [e.message, e.range]), [
      ["A table row reads as a day when its first cell is a weekday, 'Day N' or 'Week N', like '| Mon | gym upper |'", { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } }],
    ]);
  });

  it('reads the header row (above a separator, or starting with a header word) and the separator as no statement', () => {
    for (const header of ['| Day | Session |', '| Weekday | Training |', '| Week | Mon | Tue |']) {
      assert.deepEqual(read(header).errors, [], header);
    }
    // Above a separator row any header is passed over, a weekday first included.
    assert.deepEqual(parsePlan('| Mon | Tue |\n|---|---|\n| Mon | gym upper |').syntaxErrors, []);
    assert.deepEqual(week(parsePlan('| Mon | Tue |\n|---|---|\n| Mon | gym upper |')), [[0, ['gym upper']]]);
  });

  it('leaves a table row as written: fixes, the canonical rewrite and the formatter do not touch its cells', () => {
    const text = '| Mon | squat 5x5 | run intervals 6x400m |\n| Tue | run tempo 30 min |';
    const plan = parsePlan(text);
    assert.deepEqual(canonicalEdits(plan), []);
    assert.equal(formatText(text), text);
    const intervals = plan.weeks[0]?.days[0]?.sessions[1];
    assert.ok(intervals);
    assert.deepEqual(moveSession(plan, intervals, 2), []);
    // Its diagnostics are the plan's as if written with `:` and `+`.
    const written = checkPlan(parsePlan('Mon: squat 5x5 + run intervals 6x400m\nTue: run tempo 30 min')).map((d) => d.rule).sort();
    assert.deepEqual(checkPlan(plan).map((d) => d.rule).sort(), written);
  });

  it('reads a cached parse the same as a fresh one', () => {
    const first = parsePlan(TABLE);
    const again = parsePlan(TABLE);
    const fresh = parsePlan(TABLE, { fresh: true });
    assert.deepEqual(week(again), week(fresh));
    assert.deepEqual(week(first), week(fresh));
  });
});

describe('S&C', () => {
  it('reads `S&C`, `S & C` and `S and C` as strength and conditioning, a gym session', () => {
    assert.deepEqual(notation('Tue: S&C'), ['gym full']);
    assert.deepEqual(notation('Wed: S & C 45 min'), ['gym full']);
    assert.deepEqual(notation('Thu: S and C'), ['gym full']);
    assert.equal(clean('Wed: S & C 45 min')[0]?.attributes.duration?.value, 45);
    assert.deepEqual(notation('Fri: easy run 30 min + S&C'), ['run easy', 'gym full']);
  });
});

describe('a ladder of repeats', () => {
  it('reads `Ladder: 200-400-600-400-200` as a quality run of five repeats, bare numbers of 100 or more in metres', () => {
    const [ladder] = clean('Sat: Ladder: 200-400-600-400-200');
    assert.equal(ladder?.kind, 'run');
    assert.deepEqual(ladder?.attributes.repeats?.value, { count: 5, eachKm: 0.36 });
    assert.deepEqual(ladder?.attributes.repeats?.range, { start: { line: 0, column: 13 }, end: { line: 0, column: 32 } });
    assert.equal(sessionNotation(ladder), 'run quality');
  });

  it('reads the unit glued to the last number, and `ladder` as a run word', () => {
    assert.deepEqual(clean('Tue: run 1-2-3-2-1 min')[0]?.attributes.repeats?.value, { count: 5, eachMinutes: 1.8 });
    assert.deepEqual(clean('Wed: ladder 400-800-1200m')[0]?.attributes.repeats?.value, { count: 3, eachKm: 0.8 });
    assert.deepEqual(notation('Thu: 6 mile run with ladders'), ['run quality']);
    assert.deepEqual(notation('Fri: ladders'), ['run quality']);
  });

  it('keeps the unit error for numbers that are no distance (`1-2-3` alone)', () => {
    assert.deepEqual(read('Mon: run 1-2-3').errors.map((e) => e.message), ["'1-2-3' needs a unit — minutes (45min), hours (1h), or a distance (10km, 800m, 6mi)"]);
  });

  it('leaves the rep ladders of the gym and of CrossFit as reps', () => {
    assert.deepEqual(notation('Mon: thrusters 21-15-9'), ['gym full']);
  });

  it('reads an exercise\'s ladder as that exercise and the agility ladder as drills, not a quality run', () => {
    // Review: `pull-up ladder` was a quality run, `push-up ladder 1-10` a 16 km run with a unit error, `agility
    // ladder` and `ladder drills` quality runs.
    assert.deepEqual(notation('Mon: pull-up ladder'), ['gym upper']);
    assert.deepEqual(read('Mon: push-up ladder 1-10').errors, []);
    assert.deepEqual(notation('Mon: push-up ladder 1-10'), ['gym upper']);
    assert.deepEqual(read('Mon: gym upper, pull-up ladder 1-2-3-4-5').sessions.map((s) => s.kind), ['gym']);
    assert.deepEqual(notation('Mon: agility ladder + plyos'), ['run easy', 'conditioning hard']);
    assert.deepEqual(notation('Mon: run 30 min, ladder drills'), ['run easy']);
  });
});

describe('words of fitness-test and CrossFit weeks', () => {
  it('reads `flexibility` as mobility work', () => {
    assert.deepEqual(clean('Thu - flexibility').map((s) => [s.kind, s.kind === 'cross' ? s.activity : '']), [['cross', 'mobility']]);
  });

  it('reads `partner workout` as a conditioning session', () => {
    assert.deepEqual(notation('Sun: partner workout, 5 rounds'), ['conditioning hard']);
  });

  it('reads the clock after AMRAP, EMOM or a time cap as minutes and seconds of work', () => {
    const [amrap] = clean('Tue: AMRAP 8:00: 30 double-unders, 20 wall balls, 10 push-ups');
    assert.equal(amrap?.attributes.duration?.value, 8);
    assert.equal(clean('Wed: EMOM 10:00 5 burpees')[0]?.attributes.duration?.value, 10);
    assert.equal(clean('Thu: AMRAP in 15:00: 5 box jumps, 10 snatches')[0]?.attributes.duration?.value, 15);
    assert.equal(clean('Fri: for time, cap 12:30: 50 burpees')[0]?.attributes.duration?.value, 12.5);
    // Elsewhere a bare clock is still a start time that wants its '@'.
    assert.match(read('Mon: run easy 8:00').errors[0]?.message ?? '', /Write a start time with '@'/);
  });

  it('reads `3 sets of 5 deadlifts` as the scheme 3x5 (heavy legs from the sets)', () => {
    const [lift] = clean('Mon: 3 sets of 5 deadlifts followed immediately by 15 Russian KB swings');
    assert.ok(lift?.kind === 'gym');
    assert.deepEqual(lift.exercises.map((e) => [e.name, e.sets, e.reps]), [['deadlifts', 3, 5], ['russian kb swings', undefined, undefined]]);
    assert.equal(classify(lift).heavyLegs, true);
    assert.equal(classify(clean('Mon: 4 sets of 10 lunges')[0] as NonNullable<ReturnType<typeof clean>[0]>).heavyLegs, false);
  });

  it('reads a conditioning or sport session at an RPE under 7 as not hard, unless written hard', () => {
    assert.deepEqual(notation('Tue: f45 RPE 5-6'), ['conditioning easy']);
    assert.deepEqual(notation('Tue: football rpe 5'), ['sport easy']);
    assert.deepEqual(notation('Tue: f45 RPE 7'), ['conditioning hard']);
    assert.deepEqual(notation('Tue: f45 hard rpe 6'), ['conditioning hard']);
    assert.deepEqual(notation('Tue: crossfit'), ['conditioning hard']);
  });
});

describe('fitness tests and their training', () => {
  it('reads the tests of military, fire and police selection (PFA, PST, CPAT, JRFT, the bleep test) as tests', () => {
    for (const line of ['Fri: PFA', 'Fri: PST', 'Fri: CPAT', 'Fri: JRFT', 'Fri: bleep test', 'Fri: beep test', 'Fri: mock PFT']) {
      assert.deepEqual(notation(line), ['event test'], line);
    }
    const [pfa] = clean('Fri: PFA');
    assert.ok(pfa?.kind === 'event');
    assert.deepEqual(pfa.what, { value: 'pfa', range: { start: { line: 0, column: 5 }, end: { line: 0, column: 8 } } });
  });

  it('reads a test named before training words as training for it: a conditioning session, not the test', () => {
    for (const line of ['Mon: PFT practice', 'Tue: PFT prep', 'Thu: ACFT circuit', 'Tue: CPAT Circuit #1', 'Wed: fitness test practice', 'Thu: APFT training']) {
      assert.deepEqual(notation(line), ['conditioning hard'], line);
    }
  });

  it('reads `E2MOM`, `E3MOM` as conditioning', () => {
    assert.deepEqual(notation('Tue: E2MOM x 5: 250m row, 10 thrusters'), ['conditioning hard']);
    assert.deepEqual(notation('Tue: E3MOM 15 min'), ['conditioning hard']);
  });
});

describe('loads and clock times written with a space', () => {
  it('reads `@ 45 lb`, `@ 100 kg` as a load, not a clock', () => {
    const [ruck] = clean('Sat: Ruck 6 mi @ 45 lb');
    assert.equal(ruck?.kind, 'cross');
    assert.equal(ruck?.attributes.time, undefined);
    const [bench] = clean('Thu: bench 3x5 @ 100 kg');
    assert.ok(bench?.kind === 'gym');
    assert.deepEqual(bench.exercises.map((e) => [e.name, e.sets, e.reps, e.load]), [['bench', 3, 5, { text: '100 kg', kg: 100 }]]);
    assert.equal(classify(bench).heavyLegs, false);
  });

  it('reads `@ 7 am` as a start time, as `@ 9:00 AM` is', () => {
    const [run] = clean('Sat: run easy @ 7 am');
    assert.deepEqual(run?.attributes.time?.value, { clockMinutes: 7 * 60, period: 'am' });
    assert.deepEqual(run?.attributes.time?.range, { start: { line: 0, column: 14 }, end: { line: 0, column: 20 } });
    assert.match(read('Sun: run easy @ 13 pm').errors[0]?.message ?? '', /not a time of day/);
  });
});

describe('run-frequency: a week of rucking', () => {
  const runFrequency = (text: string) => checkPlan(parsePlan(text)).filter((d) => d.rule === 'run-frequency').map((d) => [d.message, d.range.start.line]);

  it('does not tell a week of two rucks and no run that it runs too little: its endurance is rucking', () => {
    assert.deepEqual(runFrequency('goal: balanced\nMon: gym full\nTue: long ruck 8 mi\nWed: gym full\nThu: ruck 4 mi @ 45 lb\nFri: gym full'), []);
  });

  it('and reads it the same after the canonical rewrite (a ruck is a hike): two hikes are the week\'s endurance too', () => {
    assert.deepEqual(runFrequency('goal: balanced\nMon: gym full\nTue: hike 3h\nWed: gym full\nThu: hike 2h\nFri: gym full'), []);
  });

  it('still tells a week of one ruck, or of walks, that it holds no run', () => {
    assert.deepEqual(runFrequency('goal: balanced\nMon: gym full\nTue: long ruck 8 mi\nWed: gym full\nFri: gym full'), [['No run this week, fewer than 2 — the guide says run 2–3 times per week', 1]]);
    assert.deepEqual(runFrequency('goal: balanced\nMon: gym full\nTue: walk 60 min\nWed: gym full\nThu: walk 45 min\nFri: gym full'), [['No run this week, fewer than 2 — the guide says run 2–3 times per week', 1]]);
  });
});

describe('parts of one gym session with their own focus and intensity', () => {
  it('reads `heavy lower body …, light upper body …` as a heavy lower-body day: the heaviest part gives intensity and focus', () => {
    const [lift, run] = clean('Day 1: Strength - heavy lower body (squats/deadlifts 5-6 reps), light upper body calisthenics 15-20 reps, finish with running 1/4 mile');
    assert.ok(lift?.kind === 'gym');
    assert.deepEqual([lift.focus, lift.intensity, sessionNotation(lift)], ['lower', 'heavy', 'gym lower heavy-legs']);
    assert.deepEqual(lift.intensityRange, { start: { line: 0, column: 18 }, end: { line: 0, column: 23 } });
    assert.equal(run?.kind, 'run');
    assert.deepEqual(notation('Wed: light upper body, heavy lower body'), ['gym lower heavy-legs']);
    // Heavy upper body and light legs is no heavy leg day.
    assert.deepEqual(notation('Thu: heavy upper body, light lower body'), ['gym upper heavy']);
    // Parts of one intensity (or none) make a full-body day.
    assert.deepEqual(notation('Fri: heavy upper body, heavy lower body'), ['gym full heavy-legs']);
    assert.deepEqual(notation('Sat: heavy lower body, upper body'), ['gym full heavy-legs']);
  });

  it('gives the heavier part its focus when each part writes its intensity after its focus (`upper heavy, lower light`)', () => {
    // Joined into a full-body day before the second part's intensity was read: a heavy leg day (review).
    assert.deepEqual(notation('Thu: gym upper heavy, lower light'), ['gym upper heavy']);
    assert.deepEqual(notation('Thu: gym heavy upper, lower light'), ['gym upper heavy']);
    assert.deepEqual(notation('Thu: gym upper light, lower heavy'), ['gym lower heavy-legs']);
    assert.deepEqual(notation('Thu: gym upper heavy, lower heavy'), ['gym full heavy-legs']);
    const [lift] = clean('Thu: gym upper heavy, lower light');
    assert.ok(lift?.kind === 'gym');
    assert.deepEqual(lift.focusRange, { start: { line: 0, column: 9 }, end: { line: 0, column: 14 } });
  });

  it('keeps the error of two intensities or two foci with no part between them', () => {
    assert.deepEqual(read('Tue: gym heavy light').errors.map((e) => e.message), ["A gym session has one intensity — 'heavy' is already given"]);
    assert.deepEqual(read('Thu: gym upper lower').errors.map((e) => e.message), ["A gym session has one focus — 'upper' is already given"]);
  });
});

describe('a fraction of a unit', () => {
  it('reads `1/4 mile`, `1/2 mi`, `3/4 km`, `1/2 hour` as that share of the unit', () => {
    const MILE_KM = 1.609344;
    assert.ok(Math.abs((clean('Mon: running 1/4 mile')[0]?.attributes.distance?.value ?? 0) - MILE_KM / 4) < 1e-9);
    assert.deepEqual(clean('Mon: running 1/4 mile')[0]?.attributes.distance?.range, { start: { line: 0, column: 13 }, end: { line: 0, column: 21 } });
    assert.ok(Math.abs((clean('Tue: run 1/2mi')[0]?.attributes.distance?.value ?? 0) - MILE_KM / 2) < 1e-9);
    assert.equal(clean('Wed: run 3/4 km')[0]?.attributes.distance?.value, 0.75);
    assert.equal(clean('Thu: walk 1/2 hour')[0]?.attributes.duration?.value, 30);
  });

  it('leaves a fraction that is no share of a unit as before (`1/2 bosu ball`, `@1/2 of 1rm`)', () => {
    assert.deepEqual(clean('Thu: stability on 1/2 bosu ball').map((s) => s.kind), ['gym']);
    assert.deepEqual(clean('Fri: push press @1/2 of 1rm').map((s) => s.kind), ['gym']);
  });
});
