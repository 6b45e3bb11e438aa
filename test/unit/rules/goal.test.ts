// The goal of a plan that writes none (analysis/goal.ts; docs/language-decisions.md): read conservatively from what the
// plan holds, and used by the count rules. Also the readings that decide heavy legs and gym sessions in pasted plans.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { readGoal, weekGoal } from '../../../server/src/analysis/goal';
import { classify } from '../../../server/src/analysis/classify';
import { plan } from './harness';

const read = (...lines: string[]) => readGoal(parsePlan(plan(...lines)));

describe('the goal a plan without one reads as', () => {
  it('reads running where runs clearly dominate', () => {
    // A pasted Pfitzinger week: runs only.
    assert.equal(read('Tue: run easy 8mi', 'Wed: run tempo 10mi', 'Fri: run easy 9mi', 'Sun: run long 16mi'), 'running');
    // Hal Higdon's 10K Novice: 3 runs, 2 cross-training days, 2 strength days.
    assert.equal(read('Mon: stretch & strength', 'Tue: run 2.5mi', 'Wed: cross 30min', 'Thu: run 2mi + strength', 'Sat: cross 40min', 'Sun: run 3mi'), 'running');
    // A run every day with a long run beside five lifts (a marathoner who lifts at lunch).
    assert.equal(
      read('Mon: gym upper + run easy', 'Tue: gym lower + run intervals', 'Wed: gym upper + run easy', 'Thu: gym full + run easy', 'Fri: gym upper + run easy', 'Sat: run tempo', 'Sun: run long 15mi'),
      'running',
    );
  });

  it('reads strength where lifting clearly dominates, with no long run or race', () => {
    assert.equal(read('Mon: gym lower heavy', 'Wed: gym upper heavy', 'Fri: gym full', 'Sat: run easy'), 'strength');
    assert.equal(read('Mon: gym lower heavy', 'Wed: gym upper heavy', 'Fri: gym full', 'Sat: run long'), undefined);
  });

  it('reads nothing for a hybrid week, a short week, or a plan that writes a goal', () => {
    assert.equal(read('Mon: gym full', 'Tue: run easy', 'Wed: gym upper', 'Thu: run tempo', 'Fri: gym lower', 'Sat: run long'), undefined);
    // Five runs with a long run and four lifts (a conjugate hybrid week): not clearly either.
    assert.equal(read('Mon: gym upper heavy + run recovery', 'Wed: gym lower heavy + run intervals', 'Thu: run tempo', 'Fri: gym upper', 'Sat: gym lower', 'Sun: run long'), undefined);
    // Two runs a week are too few to call it a running plan.
    assert.equal(read('Tue: run easy', 'Sun: run long'), undefined);
    assert.equal(read('goal: balanced', 'Tue: run easy', 'Thu: run tempo', 'Sun: run long'), undefined);
    assert.equal(read(), undefined);
  });

  it('counts the parts of one outing and a warm-up jog once, and per written week', () => {
    // `jog 10 min warm-up then squat 5x5`: the jog is part of the lifting; 2 runs a week are not a running plan.
    assert.equal(read('Mon: jog 10 min warm-up then squat 5x5', 'Tue: run easy', 'Thu: run tempo'), undefined);
    // Three weeks of three runs each read as running; three runs over three weeks do not.
    assert.equal(read('week 1', 'Mon: run easy', 'Wed: run easy', 'Sat: run long', 'week 2', 'Mon: run easy', 'Wed: run easy', 'Sat: run long'), 'running');
    assert.equal(read('week 1', 'Mon: run easy', 'week 2', 'Mon: run easy', 'week 3', 'Mon: run easy'), undefined);
  });

  it('is the same for the weeks around a change as for the whole plan (a partial re-check keeps the blocks)', () => {
    const whole = parsePlan(plan('week 1', 'Mon: run easy', 'Wed: run tempo', 'Sat: run long', 'week 2', 'Mon: bike 30min', 'Tue: run easy', 'Thu: run easy', 'Sat: run long', 'week 3', 'Mon: run easy', 'Wed: run easy', 'Fri: run easy', 'Sun: run long'));
    assert.equal(readGoal(whole), 'running');
    const slice = { ...whole, weeks: whole.weeks.slice(1, 2) };
    assert.deepEqual(weekGoal(slice, slice.weeks[0]), { goal: 'running', read: true });
    assert.deepEqual(
      checkPlan(slice).filter((d) => d.rule === 'gym-frequency').map((d) => d.message),
      ['No gym session this week in what reads as a running plan — the guide says if running is your focus, reduce gym volume — not intensity; keep lifting'],
    );
  });

  it('a written goal is the week\'s goal, not a read one', () => {
    const written = parsePlan(plan('goal: strength', 'Tue: run easy', 'Thu: run tempo', 'Sat: run easy', 'Sun: run long'));
    assert.deepEqual(weekGoal(written, written.weeks[0]), { goal: 'strength', read: false });
  });
});

describe('readings of pasted gym sessions', () => {
  const sessionsOf = (line: string) => parsePlan(`${line}\n`).weeks[0].days.flatMap((day) => day.sessions);

  it('`5x5 squats`: sets written before the name are that exercise\'s scheme, a heavy leg day', () => {
    const [gym, run] = sessionsOf('Tue: 5x5 squats followed by 45 minutes of speed work (pace varies)');
    assert.equal(gym.kind, 'gym');
    assert.deepEqual(gym.kind === 'gym' && gym.exercises.map((e) => [e.name, e.sets, e.reps]), [['squats', 5, 5]]);
    assert.equal(classify(gym).heavyLegs, true);
    assert.equal(classify(run).qualityRun, true);
    const [bench] = sessionsOf('Mon: 5x5 bench, incline DB, & dips');
    assert.deepEqual(bench.kind === 'gym' && bench.exercises.map((e) => [e.name, e.sets, e.reps]), [['bench', 5, 5], ['dips', undefined, undefined]]);
    assert.equal(classify(bench).heavyLegs, false);
  });

  it('heavy squats then speed work straight away is hard on hard the same day (the Fitness SE week)', () => {
    const text = plan('Tue: 5x5 squats followed by 45 minutes of speed work (pace varies)');
    const found = checkPlan(parsePlan(text)).filter((d) => d.rule === 'hard-same-day');
    assert.deepEqual(found.map((d) => [d.range.start.line, d.range.start.column]), [[0, 28]]);
  });

  it('`Non Cardio CT/ST/Core` is strength work, not cross-training', () => {
    const [session] = sessionsOf('Wed: Non Cardio CT/ST/Core');
    assert.equal(session.kind, 'gym');
    const [cardio] = sessionsOf('Wed: Cardio CT 45 min');
    assert.equal(cardio.kind, 'cross');
  });
});
