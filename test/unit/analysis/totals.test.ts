import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/language/parser';
import { computeTotals, type WeekTotals } from '../../../server/src/analysis/totals';

function totalsOf(text: string): WeekTotals[] {
  const plan = parsePlan(text);
  assert.deepEqual(plan.syntaxErrors, []);
  return computeTotals(plan);
}

const ZERO = {
  gym: 0, accessoryGym: 0, heavyGym: 0, runs: 0, easyRuns: 0, qualityRuns: 0, longRuns: 0, steadyRuns: 0, cross: 0,
  restDays: 7, hardDays: 0, legHardDays: 0, backToBackHardDays: 0, minutes: 0, runKm: 0, load: 0, dayLoads: [0, 0, 0, 0, 0, 0, 0],
};

describe('computeTotals', () => {
  it("the guide's balanced week", () => {
    const text = [
      'plan "Balanced hybrid"',
      'goal: balanced',
      'Mon: gym upper heavy',
      'Tue: run intervals 6x800m',
      'Wed: rest',
      'Thu: upperbody',
      'Fri: run long 14km',
      'Sat: gym lower',
      'Sun: rest',
    ].join('\n');
    assert.deepEqual(totalsOf(text), [
      {
        week: 1,
        label: undefined,
        goal: 'balanced',
        gym: 3,
        accessoryGym: 0,
        heavyGym: 1,
        runs: 2,
        easyRuns: 0,
        qualityRuns: 1,
        longRuns: 1,
        steadyRuns: 0,
        cross: 0,
        restDays: 2,
        hardDays: 2,
        legHardDays: 1,
        backToBackHardDays: 0,
        minutes: 314,
        runKm: 18.8,
        load: 1936,
        // The 14 km long run at the default long-run pace of 6:00/km: 84 min × rpe 4.
        dayLoads: [480, 400, 0, 360, 336, 360, 0],
      },
    ]);
  });

  it('one set per repeat of a week range, with labels, goals and the easy share', () => {
    const text = [
      'goal: strength',
      'week 1: base',
      'Mon: run easy 30min + gym upper 60min',
      'Thu: run tempo 40min',
      'Sat: bike 1h',
      'week 2-3 "Build"',
      'goal: running',
      'Mon: run long 100min 16km',
      'Wed: run intervals 5x1km 50min',
    ].join('\n');
    const totals = totalsOf(text);
    assert.deepEqual(totals.map((t) => t.week), [1, 2, 3]);
    assert.deepEqual(totals[0], {
      ...ZERO,
      week: 1,
      label: 'base',
      goal: 'strength',
      gym: 1,
      runs: 2,
      easyRuns: 1,
      qualityRuns: 1,
      cross: 1,
      restDays: 4,
      hardDays: 1,
      legHardDays: 1,
      backToBackHardDays: 0,
      minutes: 190,
      load: 90 + 360 + 280 + 180,
      easyShare: 30 / 70,
      dayLoads: [450, 0, 0, 280, 0, 180, 0],
    });
    for (const week of [totals[1], totals[2]]) {
      assert.deepEqual(week, {
        ...ZERO,
        week: week.week,
        label: 'Build',
        goal: 'running',
        runs: 2,
        longRuns: 1,
        qualityRuns: 1,
        restDays: 5,
        hardDays: 1,
        legHardDays: 1,
        backToBackHardDays: 0,
        minutes: 150,
        runKm: 21,
        load: 400 + 400,
        easyShare: 100 / 150,
        dayLoads: [400, 0, 400, 0, 0, 0, 0],
      });
    }
  });

  it('leaves the easy share undefined when a run has no duration, or there is no run', () => {
    const [withGap] = totalsOf('Mon: run easy 30min\nWed: run long\n');
    assert.equal(withGap.easyShare, undefined);
    assert.equal(withGap.minutes, 120);
    const [noRuns] = totalsOf('Mon: gym\n');
    assert.equal(noRuns.easyShare, undefined);
  });

  it('counts unplanned days and easy walks as rest days, and a day of two sessions once', () => {
    const [week] = totalsOf('Mon: gym lower heavy + run intervals\nTue: walk 40min\nWed: yoga\n');
    assert.equal(week.restDays, 6);
    assert.equal(week.hardDays, 1);
    assert.equal(week.legHardDays, 1);
    assert.equal(week.cross, 2);
    assert.deepEqual(week.dayLoads, [880, 120, 135, 0, 0, 0, 0]);
  });

  it('counts hard days back to back as back-to-back-hard does: leg-hard pairs, three hard days in a row', () => {
    // Heavy upper then intervals: hard on both days but only one is leg-hard (the guide's balanced week).
    assert.equal(totalsOf('Mon: gym upper heavy\nTue: run intervals\nFri: run long\n')[0].backToBackHardDays, 0);
    assert.equal(totalsOf('Mon: gym lower heavy\nTue: run tempo\n')[0].backToBackHardDays, 1);
    assert.equal(totalsOf('Mon: gym upper heavy\nTue: run tempo\nWed: gym upper heavy\n')[0].backToBackHardDays, 1);
    assert.equal(totalsOf('Mon: gym lower heavy\nTue: run tempo\nWed: bike hard\n')[0].backToBackHardDays, 2);
    assert.equal(totalsOf('Mon: gym lower heavy\nWed: run tempo\nFri: bike hard\n')[0].backToBackHardDays, 0);
  });

  it('a single-week plan yields one week; an empty file none', () => {
    assert.equal(totalsOf('Mon: gym\n').length, 1);
    assert.deepEqual(totalsOf(''), []);
  });

  it('sums run distance from distances and repeats, in km', () => {
    const [week] = totalsOf('Mon: run 5mi\nWed: run intervals 8x400m\nFri: run tempo 6k\nSat: bike 40km\n');
    assert.equal(week.runKm, 8.047 + 3.2 + 6);
  });

  // language-decisions.md, "Parts that split a whole": a session's total never counts its parts twice.
  it('counts a session written with its parts once: parts that add up to the stated whole split it', () => {
    const minutes = (line: string): number => totalsOf(`Tue: ${line}\n`)[0].minutes;
    const km = (line: string): number => totalsOf(`Tue: ${line}\n`)[0].runKm;
    // Parts that add up to the whole (unit-less or not, after ',', ':' or a spaced '/').
    assert.equal(minutes('run 40 mins, 20 easy / 20 harder'), 40);
    assert.equal(minutes('run 40 mins, 20 min easy / 20 min harder'), 40);
    assert.equal(minutes('run 40 mins, 20 min easy, 20 min harder'), 40);
    assert.equal(minutes('Run 30 min: 10 min easy, 10 min tempo, 10 min easy'), 30);
    assert.equal(minutes('run 60min, 10 min easy, 40 min tempo, 10 min easy'), 60);
    assert.equal(minutes('bike 60 min, 20 min easy, 20 min hard, 20 min easy'), 60);
    assert.equal(km('run 10km, 2km easy, 6km tempo, 2km easy'), 10);
    assert.equal(km('run 5 mi, 1.5 mi easy, 2 mi tempo, 1.5 mi easy'), 8.047);
    // Fewer than the whole, under a head that states only the whole: named parts of it, the rest unsaid.
    assert.equal(minutes('run 45min, 10 min warm up, 20 min tempo'), 45);
    // More than the whole, or a head that says how it is run, or a part naming its own activity: one after another.
    assert.equal(minutes('jog 5mins, run 10mins steady, jog 5mins'), 20);
    // Timed repeats between written times add their work minutes (language-decisions.md, "The minutes of a run's parts").
    assert.equal(minutes('10 min easy, 4 x 1 min fast, 10 min easy'), 24);
    assert.equal(minutes('run 20 min easy / 20 min harder'), 40);
    assert.equal(minutes('run easy 30 min, 10 min tempo'), 40);
    assert.equal(minutes('run 20 min, walk 5 min'), 25);
    // `repeat N times` repeats what was written before it; what follows is added once.
    assert.equal(minutes('run 1 min, walk 1 min. repeat 10 times'), 20);
    assert.equal(minutes('run 10 mins, walk 2 mins. repeat twice, then run for 5 mins'), 29);
    assert.equal(minutes('run 1 min / walk 1.5 min, repeat for 20-25 min'), 22.5);
    // The same run said twice (`2 miles / 20 minutes`) is one run of 2 miles.
    assert.equal(km('run 2 miles / 20 minutes'), 3.219);
  });
});
