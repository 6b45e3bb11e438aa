// Review of the twelfth session's lead changes (review12): misreadings a user would hit in two sessions with nothing
// between them, an aside's part at a target, where easy ends and sessions written before their days
// (language-decisions.md, "A session written before its days", and its review).
import * as assert from 'node:assert/strict';
import { applyEdits, checkPlan, defaultConfig, fixesFor, parsePlan } from '../../../server/src/engine';
import { daysOf } from './read';
import { checkMove } from '../../../server/src/features/weekView';
import { sessionsAndErrors, sessionsOf } from './read';

/** Each session as `notation {distance km, minutes, target}`. */
function measured(text: string): { sessions: string[]; errors: string[] } {
  const plan = parsePlan(text);
  return {
    sessions: sessionsOf(plan).map((s) => `${s.text} d=${s.attributes.distance?.value ?? '-'} t=${s.attributes.duration?.value ?? '-'}${s.attributes.effortTarget ? ` @${s.attributes.effortTarget.value}` : ''}`),
    errors: plan.syntaxErrors.map((e) => e.message),
  };
}

describe('review12: a run right after a lift with nothing between', () => {
  it('leaves the lift its own measure when the run writes its own after its word (`weights 20 min run 3 mi`)', () => {
    // The split was at the lift's `20 min` (a `3 mile run` form): the lift lost its time and the run read neither.
    assert.deepEqual(measured('Mon: weights 20 min run 3 mi\nTue: lift 30 min run 30 min\nWed: core 10 min run 3 mi\n'), {
      sessions: ['weights 20 min d=- t=20', 'run 3 mi d=4.828032 t=-', 'lift 30 min d=- t=30', 'run 30 min d=- t=30', 'core 10 min d=- t=10', 'run 3 mi d=4.828032 t=-'],
      errors: [
        "Separate the sessions of one day with '+' — read as two sessions, the second from 'run'",
        "Separate the sessions of one day with '+' — read as two sessions, the second from 'run'",
        "Separate the sessions of one day with '+' — read as two sessions, the second from 'run'",
      ],
    });
    const plan = parsePlan('Mon: weights 20 min run 3 mi\n');
    assert.deepEqual(plan.syntaxErrors[0]?.range, { start: { line: 0, column: 20 }, end: { line: 0, column: 23 } });
    // A run whose measure comes first still starts at it; a run after a circuit's rounds is its station.
    assert.deepEqual(measured('Mon: lift 45 min 3 mile run\n').sessions, ['lift 45 min d=- t=45', '3 mile run d=4.828032 t=-']);
    assert.deepEqual(sessionsAndErrors('Mon: lift 3 rounds run 400m\n'), { sessions: ['gym full'], errors: [] });
  });

  it('reads a time before the run word and a distance after it as the run\'s (`40 min run 6 km` lost both)', () => {
    assert.deepEqual(measured('Mon: 40 min run 6 km\nTue: 10 min run 3 mi\n'), { sessions: ['40 min run 6 km d=6 t=40', '10 min run 3 mi d=4.828032 t=10'], errors: [] });
    // A run/walk's parts stay how the run is done.
    assert.deepEqual(measured('Mon: run 1 min walk 2 min x8\nTue: 1 min run 200m walk\n').sessions, ['run 1 min walk 2 min x8 d=- t=24', '1 min run 200m walk d=- t=-']);
  });
});

describe('review12: an aside\'s part at a target', () => {
  it('sets no target from what the run must not be (`(not at race pace)` made a long run a quality run)', () => {
    const text = 'Mon: long run 10 mi (not at race pace)\nTue: easy run 5 mi (never @ tempo)\nWed: run 5 mi (don\'t go at 5k pace)\nThu: run 5 mi (NOT at race pace!)\n';
    assert.deepEqual(sessionsAndErrors(text), { sessions: ['run long', 'run easy', 'run easy', 'run easy'], errors: [] });
    assert.deepEqual(sessionsOf(parsePlan(text)).map((s) => s.attributes.effortTarget?.value), [undefined, undefined, undefined, undefined]);
    assert.deepEqual(sessionsAndErrors('Mon: run 5 mi (last 2 @ 10K pace)\n').sessions, ['run quality']);
  });
});

describe('review12: where easy ends (a range counts by its top)', () => {
  it('makes a steady `rpe 5-6` run easy in all-runs-hard\'s fix, and names the rpe as written', () => {
    const plan = parsePlan('goal: running\nMon: run 3 mi rpe 5-6\nWed: run 3 mi rpe 5-6\nFri: tempo run 3 mi\n');
    const hard = checkPlan(plan).find((d) => d.rule === 'all-runs-hard');
    assert.ok(hard);
    assert.deepEqual(fixesFor(plan, hard, defaultConfig()).map((f) => f.title).filter((t) => !t.startsWith('Ignore')), ["Make 'run 3 mi rpe 5-6' easy", "Make 'tempo run 3 mi' easy"]);
    const easy = parsePlan('Wed: easy run 3 mi rpe 5-6\n');
    const tooHard = checkPlan(easy).find((d) => d.rule === 'easy-run-too-hard');
    assert.equal(tooHard?.message, 'Easy run at rpe 5-6 (Wed: easy run 3 mi rpe 5-6) — the guide says easy runs must stay easy: conversational, almost too slow (below rpe 6, zone z1–z2)');
    assert.equal(fixesFor(easy, tooHard!, defaultConfig())[0]?.title, "Drop 'rpe 5-6' from 'easy run 3 mi rpe 5-6'");
  });
});

describe('review12: a session written before its days after a `;`', () => {
  it('starts the next statement (`Mon: run 3 mi; Weights: Tue, Thu` was Monday\'s lift "Weights: Tue, Thu")', () => {
    const text = 'Mon: run 3 mi; Weights: Tue, Thu\n';
    assert.deepEqual(daysOf(text), {
      days: ['Mon run easy', 'Tue gym full', 'Thu gym full'],
      errors: [`'Weights' is written before its days (Tue, Thu) — read as each of Tue, Thu; write each day on its own line to move or change one day alone`],
    });
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors[0]?.range, { start: { line: 0, column: 15 }, end: { line: 0, column: 32 } });
    const fixed = applyEdits(text, plan.syntaxErrors[0]?.fixes?.[0]?.edits ?? []);
    assert.equal(fixed, 'Mon: run 3 mi; Tue: Weights; Thu: Weights\n');
    assert.deepEqual(daysOf(fixed), { days: daysOf(text).days, errors: [] });
    // A `;` before a session's other words still lists the day's parts.
    assert.deepEqual(daysOf('Mon: run; Long run: Sun\n').days, ['Mon run easy', 'Sun run long']);
    assert.deepEqual(sessionsAndErrors('Mon: run 3 mi; Weights: Tue, then more\n').sessions, ['run easy', 'gym full']);
  });
});

describe('review12: a vulgar half alone before `marathon`', () => {
  it('reads `½ marathon` as the half marathon, as `1/2 marathon` is (it was a marathon, with "\'0.5\' needs a unit")', () => {
    const plan = parsePlan('Sat: ½ marathon\nSun: ½ marathon race\nMon: run 3 mi @ ½ marathon pace\n');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    const [race, named, run] = sessionsOf(plan);
    assert.deepEqual([race?.attributes.distance?.value, named?.attributes.distance?.value, run?.attributes.effortTarget?.value], [21.0975, 21.0975, 'half-marathon']);
    assert.deepEqual(sessionsAndErrors('Sat: 1/2 marathon\nMon: run ½ mi\n'), { sessions: ['event race', 'run easy'], errors: [] });
  });
});

describe('review12: a session written before its days, its items on the lines below', () => {
  it('reads `Strength - Monday` and `Weights: Mon, Thu` with their list below as a day line does (the items were errors)', () => {
    const text = 'Strength - Monday\n- Squat 5x5\n- Bench 3x8\nWeights: Tue, Fri\n  deadlift 3x5\nSat: run 3 mi\n';
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors.map((e) => [e.message, e.range.start.line, e.range.start.column, e.range.end.line, e.range.end.column]), [
      [`'Strength' is written before its day — read as 'Mon: Strength'; write it so to move or change it`, 0, 0, 0, 17],
      [`'Weights' is written before its days (Tue, Fri) — read as each of Tue, Fri; write each day on its own line to move or change one day alone`, 3, 0, 3, 17],
    ]);
    const lifts = sessionsOf(plan).filter((s) => s.kind === 'gym');
    assert.deepEqual(lifts.map((s) => [s.entry.weekday, s.kind === 'gym' ? s.exercises.map((e) => `${e.name} ${e.sets}x${e.reps}`) : []]), [
      [0, ['squat 5x5', 'bench 3x8']],
      [1, ['deadlift 3x5']],
      [4, ['deadlift 3x5']],
    ]);
    // The fix writes each day's line with the items below it; the plan then reads the same, with no warning.
    const fixed = applyEdits(text, plan.syntaxErrors.flatMap((e) => e.fixes?.[0]?.edits ?? []));
    assert.equal(fixed, 'Mon: Strength\n- Squat 5x5\n- Bench 3x8\nTue: Weights\n  deadlift 3x5\nFri: Weights\n  deadlift 3x5\nSat: run 3 mi\n');
    assert.deepEqual(daysOf(fixed), { days: daysOf(text).days, errors: [] });
    // A line that is no session before its days keeps its items' errors.
    assert.deepEqual(daysOf('Notes: Mon\n  bring water\n').errors, [`Expected a weekday before ':'`, `Expected a weekday, 'week', 'goal', 'start' or 'plan' at the start of a statement, not 'bring'`]);
  });
});

describe('review12: one day and its time of day after the session', () => {
  it('reads `Long run: Sun am`, `Weights - Mon pm` as `Swim: Tue/Thu mornings` is read (each was an error)', () => {
    const plan = parsePlan('Long run: Sun am\nWeights - Mon pm\n');
    const entries = sessionsOf(plan).map((s) => [s.entry.weekday, s.entry.period?.value, s.entry.sessionFirst]);
    assert.deepEqual(entries, [[6, 'am', true], [0, 'pm', true]]);
    assert.deepEqual(plan.syntaxErrors.map((e) => e.fixes?.[0]?.edits[0]?.newText), ['Sun am: Long run', 'Mon pm: Weights']);
    assert.equal(plan.syntaxErrors[0]?.message, `'Long run' is written before its day — read as 'Sun am: Long run'; write it so to move or change it`);
  });
});

describe('review12: the week view says why a session written before its days is not moved', () => {
  it('names the line\'s form, not "its exercises on the lines below" (there are none)', () => {
    const plan = parsePlan('Weights: Mon, Thu\nTue: run 3 mi\nMon, Fri: yoga\n');
    const config = defaultConfig();
    assert.deepEqual(checkMove(plan, config, { session: '0:0', week: 1, toWeekday: 2 }), {
      ok: false,
      error: "Mon is written after its session ('Weights: Mon, Thu') and is not moved; write each day on its own line to move it.",
    });
    assert.deepEqual(checkMove(plan, config, { session: '2:10', week: 1, toWeekday: 2 }), {
      ok: false,
      error: 'Mon is written on one line with other days and is not moved; write each day on its own line to move it.',
    });
  });
});
