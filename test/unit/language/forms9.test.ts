// Forms people write in published plans that read wrongly or failed (forms9, 3 December; language-decisions.md,
// "Typed signs, letter days, doubles, supersets and a run's parts (forms9)").
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { classify } from '../../../server/src/analysis/classify';
import type { Session } from '../../../server/src/language/model';
import { sessionsAndErrors, sessionsOf } from './read';

const read = sessionsAndErrors;

function only(line: string): Session {
  const sessions = sessionsOf(parsePlan(`${line}\n`));
  assert.equal(sessions.length, 1, `one session in ${JSON.stringify(line)}`);
  return sessions[0] as Session;
}

function periods(line: string): (string | undefined)[] {
  return sessionsOf(parsePlan(`${line}\n`)).map((s) => s.attributes.time?.value.period);
}

describe('forms people type (forms9)', () => {
  it('reads the multiplication sign × as the x of repeats (`4×400m`, `4 × 400m`)', () => {
    assert.deepEqual(read('Tue: run 4×400m\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Tue: run 4 × 400m\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Tue: 4×400m\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(only('Tue: run 4×400m').attributes.repeats?.value, { count: 4, eachKm: 0.4 });
    const squat = only('Tue: squat 5×5');
    assert.deepEqual(squat.kind === 'gym' && squat.exercises.map((e) => [e.name, e.sets, e.reps]), [['squat', 5, 5]]);
    // The text keeps what was written.
    assert.equal(only('Tue: run 4 × 400m').text, 'run 4 × 400m');
  });

  it('reads `≈` as `~` (about) and `…` between two numbers as a range', () => {
    assert.deepEqual(read('Wed: run ≈ 5 mi easy\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(only('Wed: run ≈ 5 mi easy').attributes.distance?.value, only('Wed: run ~5 mi easy').attributes.distance?.value);
    assert.deepEqual(read('Wed: run 3 mi … 5 mi\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(only('Wed: run 3 mi … 5 mi').attributes.distance, only('Wed: run 3 mi - 5 mi').attributes.distance);
    assert.deepEqual(only('Wed: run 3…5 mi').attributes.distance?.value, only('Wed: run 3-5 mi').attributes.distance?.value);
    // Ranges keep their columns: `…` is one character, as `-` is.
    assert.deepEqual(only('Wed: run 3 mi … 5 mi').range, only('Wed: run 3 mi - 5 mi').range);
  });

  it('reads a double written as two outings (`double – 70 min / 30 min`, `2x: 10k + 8k`) as the morning and afternoon runs', () => {
    assert.deepEqual(read('Wed: double – 70 min / 30 min\n'), { sessions: ['run easy', 'run easy'], errors: [] });
    assert.deepEqual(periods('Wed: double – 70 min / 30 min'), ['am', 'pm']);
    assert.deepEqual(sessionsOf(parsePlan('Wed: double – 70 min / 30 min\n')).map((s) => s.attributes.duration?.value), [70, 30]);
    assert.deepEqual(read('Thu: 2x: 10k + 8k\n'), { sessions: ['run easy', 'run easy'], errors: [] });
    assert.deepEqual(periods('Thu: 2x: 10k + 8k'), ['am', 'pm']);
    assert.deepEqual(periods('Tue: twice: 5 mi + 3 mi'), ['am', 'pm']);
    // Without the word, `10k + 8k` stays one running practice (language-decisions.md, "One running practice a day line").
    assert.deepEqual(read('Thu: 10k + 8k\n').sessions, ['run long']);
    // `double` alone names nothing.
    assert.match(read('Wed: double\n').errors[0] ?? '', /^Unknown session 'double'/);
  });

  it('reads `Monday (week 1):` as Monday of week 1, and words in brackets after `Day N` as the label\'s', () => {
    const plan = parsePlan('Monday (week 1): run 5 mi\nWednesday (week 1): gym\nMonday (week 2): run 6 mi\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(plan.weeks.map((w) => w.days.flatMap((d) => d.sessions.map((s) => `${d.weekday} ${s.text}`))), [['0 run 5 mi', '2 gym'], ['0 run 6 mi']]);
    assert.deepEqual(read('Day 1 (1 hour): run\n'), { sessions: ['run easy'], errors: [] });
    assert.equal(only('Day 1 (1 hour): run').entry.weekday, 0);
    // `Day 8 (Mon)` keeps its number, which asks for its week (typedForms.test.ts).
    assert.match(parsePlan('Day 1 (Mon): run easy\nDay 8 (Mon): gym upper\n').syntaxErrors[0]?.message ?? '', /weekday/);
  });

  it('reads single-letter day labels: M, T (Tuesday), W, Th, F, S (Saturday), Su', () => {
    const plan = parsePlan('M: run 5 mi\nT: run 4 mi\nW: gym\nTh: run 3 mi\nF: rest\nS: long run 10 mi\nSu: rest\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(sessionsOf(plan).map((s) => [s.entry.weekday, s.text]), [
      [0, 'run 5 mi'], [1, 'run 4 mi'], [2, 'gym'], [3, 'run 3 mi'], [4, 'rest'], [5, 'long run 10 mi'], [6, 'rest'],
    ]);
    // Only a capital letter that labels a day line: other letters before `:` stay an error, and `m` inside a line is metres.
    assert.deepEqual(read('A: squat 5x5\n').errors, ["Expected a weekday before ':'"]);
    assert.deepEqual(only('M: run 6 x 400 m').attributes.repeats?.value, { count: 6, eachKm: 0.4 });
  });

  it('reads `run 10 mi; run 4 mi pm` as two runs, the second in the afternoon', () => {
    assert.deepEqual(read('Mon: run 10 mi; run 4 mi pm\n'), { sessions: ['run long', 'run easy'], errors: [] });
    assert.deepEqual(periods('Mon: run 10 mi; run 4 mi pm'), [undefined, 'pm']);
    // A session of another kind after `;` keeps the ',' warning (forms.test.ts).
    assert.deepEqual(read('Mon: gym lower heavy; run easy pm\n').errors, ["Separate the sessions of one day with '+', not ';' — read as two sessions"]);
  });

  it('reads `150s x 6` as six 150 m runs and `4 x 4 min MAS` after `+` as a run at maximal aerobic speed', () => {
    assert.deepEqual(only('Tue: 150s x 6').attributes.repeats?.value, { count: 6, eachKm: 0.15 });
    assert.deepEqual(only('Tue: 6 x 150s').attributes.repeats?.value, { count: 6, eachKm: 0.15 });
    // Seconds stay seconds when they are no round fifty of metres.
    assert.deepEqual(only('Tue: run 6 x 120s').attributes.repeats?.value, { count: 6, eachMinutes: 2 });
    assert.deepEqual(read('Tue: gym + 4 x 4 min MAS\n'), { sessions: ['gym full', 'run quality'], errors: [] });
    assert.deepEqual(only('Tue: 4 x 4 min MAS').attributes.repeats?.value, { count: 4, eachMinutes: 4 });
  });

  it('reads a superset (`squat + pull-up 3x8`, `[A1 squat + A2 pull-up 3x8]`) as one gym session, the scheme for both', () => {
    const exercises = (line: string): unknown => {
      const session = only(line);
      return session.kind === 'gym' ? session.exercises.map((e) => [e.name, e.sets, e.reps]) : session.kind;
    };
    assert.deepEqual(read('Mon: gym [A1 squat + A2 pull-up 3x8]\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(exercises('Mon: gym [A1 squat + A2 pull-up 3x8]'), [['squat', 3, 8], ['pull-up', 3, 8]]);
    assert.deepEqual(read('Mon: squat + pull-up 3x8\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(exercises('Mon: squat + pull-up 3x8'), [['squat', 3, 8], ['pull-up', 3, 8]]);
    assert.deepEqual(exercises('Mon: A1 squat 3x8, A2 pull-up 3x8'), [['squat', 3, 8], ['pull-up', 3, 8]]);
    // Two lifts each with its own scheme stay two sessions, as `+` says.
    assert.deepEqual(read('Mon: squat 5x5 + pull-up 3x8\n').sessions, ['gym lower heavy-legs', 'gym upper']);
  });

  it('reads an easy jog after a run (`(…) + 3:00 easy jog`) as its cool-down, one run', () => {
    assert.deepEqual(read('Tue: run 5 x (1 km at 10k pace) + 3:00 easy jog\n'), { sessions: ['run quality'], errors: [] });
    assert.equal(only('Tue: run 5 x (1 km at 10k pace) + 3:00 easy jog').text, 'run 5 x (1 km at 10k pace) + 3:00 easy jog');
    assert.deepEqual(read('Tue: run 6 x 800m + 10 min easy jog\n').sessions, ['run quality']);
    // Runs written in the canonical form stay two (language-decisions.md, "One running practice a day line").
    assert.deepEqual(read('Tue: run intervals 6x800m + run easy 10 min\n').sessions, ['run quality', 'run easy']);
  });

  it('reads `~7:15mm` as a pace of 7:15 a mile', () => {
    for (const line of ['Tue: run 5 mi ~7:15mm', 'Tue: run 5 mi @ ~7:15mm', 'Tue: run 5 mi 7:15mm']) {
      assert.deepEqual(read(`${line}\n`).errors, [], line);
      const pace = only(line).attributes.pace?.value;
      assert.equal(pace?.per, 'mi');
      assert.ok(Math.abs((pace?.secondsPerKm ?? 0) - 435 / 1.609344) < 1e-9, line);
    }
    assert.deepEqual(read('Tue: run 5 mi @ ≈ 5:00/km\n').errors, []);
  });

  it('reads `10 heaves (pull-ups)` as upper-body work', () => {
    assert.deepEqual(read('Tue: 10 heaves (pull-ups)\n'), { sessions: ['gym upper'], errors: [] });
    assert.deepEqual(read('Tue: 10 heaves\n'), { sessions: ['gym upper'], errors: [] });
  });

  it('reads `Easy Run, 10-20 min at race pace` as one run with no warning (a range of minutes no longer cuts `race pace`)', () => {
    assert.deepEqual(read('Tue: Easy Run, 10-20 min at race pace\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Tue: run, 10-20 min at race pace\n'), { sessions: ['run quality'], errors: [] });
  });

  it('reads `3 mi at race pace + 2 mi easy` as one quality run with its easy part', () => {
    assert.deepEqual(read('Tue: 3 mi at race pace + 2 mi easy\n'), { sessions: ['run quality'], errors: [] });
    const run = only('Tue: 3 mi at race pace + 2 mi easy');
    assert.equal(run.attributes.effortTarget?.value, 'race');
    assert.ok(Math.abs((run.attributes.distance?.value ?? 0) - 5 * 1.609344) < 1e-9);
    assert.equal(classify(run).qualityRun, true);
    // The whole line, the warm-up written past the work included.
    assert.equal(only('Tue: 2 mi easy + 3 mi at race pace + 1 mi').text, '2 mi easy + 3 mi at race pace + 1 mi');
    assert.ok(Math.abs((only('Tue: 2 mi easy + 3 mi at race pace + 1 mi').attributes.distance?.value ?? 0) - 6 * 1.609344) < 1e-9);
  });

  it('reads `tempo 20 min at MP - 10 min easy` as a tempo with an easy part after a dash (30 minutes)', () => {
    assert.deepEqual(read('Tue: tempo 20 min at MP - 10 min easy\n'), { sessions: ['run quality'], errors: [] });
    assert.equal(only('Tue: tempo 20 min at MP - 10 min easy').attributes.duration?.value, 30);
    // Ranges stay ranges.
    assert.equal(only('Tue: run 20 - 30 min').attributes.duration?.value, 25);
    assert.equal(only('Tue: run 20 min - 30 min').attributes.duration?.value, 25);
    // Seconds after a race pace are still its offset (`10K pace + 60 sec/km` is easy: corpus8 forms).
    assert.equal(only('Tue: 10K pace + 60 sec/km').attributes.effortTarget?.value, 'easy');
  });
});
