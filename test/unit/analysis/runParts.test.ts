import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/language/parser';
import { classify, usePlanPace } from '../../../server/src/analysis/classify';
import { computeTotals } from '../../../server/src/analysis/totals';
import { checkPlan } from '../../../server/src/engine';
import type { RunSession } from '../../../server/src/language/model';

/** The one run of `Mon: <text>`, paced, with no syntax problem. */
function runOf(text: string): RunSession {
  const plan = parsePlan(`Mon: ${text}\n`);
  assert.deepEqual(plan.syntaxErrors, [], text);
  usePlanPace(plan);
  const [session] = plan.weeks[0].days[0].sessions;
  assert.equal(session.kind, 'run');
  return session as RunSession;
}

// language-decisions.md, "The minutes of a run's parts": a run written in parts keeps the minutes (and km) of its easy
// parts, and its load counts them at the easy RPE (3), the rest at the session's.
describe('the minutes of a run written in parts', () => {
  const cases: [string, { minutes: number; easyMinutes: number; rpe: number; load: number; easyKm?: number }][] = [
    // Run Bournemouth 10K improvers, week 4: 15 easy minutes and 20 of fartlek, not 35 of fartlek (245).
    ['Jog 5mins easy, run 20mins Fartlek, jog 10mins easy', { minutes: 35, easyMinutes: 15, rpe: 7, load: 15 * 3 + 20 * 7 }],
    // Week 3: the jogs are easy, the steady parts steady (175 before).
    ['Jog 5mins, run 10mins steady, jog 5mins, run 10mins steady, jog 5mins easy', { minutes: 35, easyMinutes: 15, rpe: 5, load: 15 * 3 + 20 * 5 }],
    // The repeats of a part add their work minutes (20 before: the 12 minutes of 6x2 min were lost).
    ['fartlek: 10 min warm up, 6x2 min hard, 10 min cool down', { minutes: 32, easyMinutes: 20, rpe: 7, load: 20 * 3 + 12 * 7 }],
    ['10 min easy, 4 x 1 min fast, 10 min easy', { minutes: 24, easyMinutes: 20, rpe: 7, load: 20 * 3 + 4 * 7 }],
    // A whole that the parts split: the head is the whole, not an easy part; unnamed minutes count at the session's RPE.
    ['run 45min, 10 min warm up, 20 min tempo', { minutes: 45, easyMinutes: 10, rpe: 7, load: 10 * 3 + 35 * 7 }],
    // Distances: the easy km at the easy pace (6:00/km), the rest at the type's (tempo 5:00/km): 4 km → 24 min, 6 km → 30.
    ['run 10km, 2km easy, 6km tempo, 2km easy', { minutes: 54, easyMinutes: 24, rpe: 7, load: 24 * 3 + 30 * 7, easyKm: 4 }],
    // Or at the written pace: 2 mi easy (19 min), 3 mi at 8:00/mi (24 min).
    ['tempo run: 1 mile easy, 3 miles @ 8 min/mile, 1 mile easy', { minutes: 43, easyMinutes: 19, rpe: 7, load: 19 * 3 + 24 * 7, easyKm: 3.219 }],
  ];
  for (const [text, want] of cases) {
    it(`${text} → ${want.minutes} min, ${want.easyMinutes} easy, load ${want.load}`, () => {
      const run = runOf(text);
      const c = classify(run);
      assert.deepEqual({ minutes: c.minutes, easyMinutes: c.easyMinutes, rpe: c.rpe, load: c.load }, { minutes: want.minutes, easyMinutes: want.easyMinutes, rpe: want.rpe, load: want.load });
      if (want.easyKm !== undefined) assert.equal(run.easyKm, want.easyKm);
    });
  }

  it('an easy run in parts, or one in one piece, is all at its RPE', () => {
    for (const text of ['run 40 mins, 20 min easy / 20 min harder', 'easy run 30 min, 6x20s strides', 'run tempo 40min']) {
      const c = classify(runOf(text));
      assert.equal(c.easyMinutes, 0, text);
      assert.equal(c.load, c.minutes * c.rpe, text);
    }
  });

  it('a run whose hard part has no minutes of its own counts whole at its RPE', () => {
    // `6x800m` gives no minutes: the 20 written minutes are not all there is, and not all easy.
    const c = classify(runOf('10 min warm up, 6x800m, 10 min cool down'));
    assert.deepEqual([c.qualityRun, c.easyMinutes, c.load], [true, 0, c.minutes * c.rpe]);
  });

  it('weekly load: the Run Bournemouth improvers weeks 1-4 ramp by 1.4×, no load-ramp', () => {
    const text = [
      'week 1', 'Mon: Run 20mins easy', 'Tues: Run 20mins easy', 'Thur: Run 30mins easy', 'Sat: Run 40mins easy',
      'week 2', 'Mon: Run 20mins easy', 'Tues: Run 30mins easy', 'Thur: Run 35mins easy', 'Sat: Run 45mins easy',
      'week 3', 'Mon: Run 25mins easy', 'Tues: Jog 5mins easy, run 10mins steady, jog 5mins, run 10mins steady, jog 5mins easy', 'Thur: Run 35mins easy', 'Sat: Run 35mins easy',
      'week 4', 'Mon: Run 25mins easy', 'Tues: Jog 5mins easy, run 20mins Fartlek, jog 10mins easy', 'Thur: Run 40mins easy', 'Sat: Run 55mins easy',
      '',
    ].join('\n');
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(computeTotals(plan).map((week) => week.load), [330, 390, 430, 545]);
    assert.deepEqual(checkPlan(plan).filter((d) => d.rule === 'load-ramp'), []);
  });
});
