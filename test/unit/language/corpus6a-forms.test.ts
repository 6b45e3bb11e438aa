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

  it('reads a line that starts with the day and no border (`Mon | squat`) as no table row: it keeps its error', () => {
    // A row starts with its border: a line that starts with a day and has borders is not a table row.
    assert.ok(read('Mon | squat 5x5').errors.length > 0);
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
