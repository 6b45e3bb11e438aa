// Issue 13, fourth coaching pass: the wording of new kinds of published plans (trail 50K, duathlon, CPAT, rowing and
// cycling with weights, a women's half with 5x5, StrongLifts with a run, C25K with cross-training) and the rule
// calibrations they exposed (language-decisions.md, "Wording of new kinds of plans").
import * as assert from 'node:assert/strict';
import { checkPlan, parsePlan } from '../../../server/src/engine';
import { sessionNotation } from '../../corpus/measure';

/** The sessions of a one-line plan in the corpus notation, and its syntax messages. */
function read(line: string): { sessions: string[]; errors: string[]; minutes: (number | undefined)[] } {
  const plan = parsePlan(line);
  const sessions = plan.statements.flatMap((s) => (s.type === 'day' ? s.sessions : []));
  return { sessions: sessions.map(sessionNotation), errors: plan.syntaxErrors.map((e) => e.message), minutes: sessions.map((s) => s.attributes.duration?.value) };
}

describe('issue 13: wording of new kinds of plans', () => {
  it('reads hours and minutes of one time', () => {
    assert.deepEqual(read('Mon: 1 hour 45 minutes long run'), { sessions: ['run long'], errors: [], minutes: [105] });
    assert.deepEqual(read('Mon: long run 2 hours 15 min').minutes, [135]);
    assert.deepEqual(read('Mon: 1h 30min run').minutes, [90]);
    assert.deepEqual(read('Mon: run 1h + gym 45min').minutes, [60, 45]);
  });

  it('keeps a heart-rate percentage as words of the run', () => {
    assert.deepEqual(read('Mon: 55 minutes easy run, 65-70% HR'), { sessions: ['run easy'], errors: [], minutes: [55] });
    assert.deepEqual(read('Mon: run 40min at 75% of max heart rate').errors, []);
    assert.deepEqual(read('Mon: run 30 min hr < 150').errors, []);
  });

  it('reads power and cadence targets, and at least / at most before a number', () => {
    assert.deepEqual(read("Tue: bike 15' drills, 10' @ 270w, 5' @ >340w").errors, []);
    assert.deepEqual(read("Thu: bike 60' easy Z1, then 3' @ 350w, 3' @ <300w <80rpm"), { sessions: ['cross easy'], errors: [], minutes: [66] });
    assert.deepEqual(read('Mon: bike 90 min at 200 watts').minutes, [90]);
    assert.deepEqual(read("Mon: run 5x5' @ >3:25/km").sessions, ['run quality']);
  });

  it('counts a range of strides and keeps a `;` inside parentheses', () => {
    assert.deepEqual(read("Wed: bike 10-30' Z1, then 6-10x strides, 2x20' @ 3:45/km").sessions, ['cross easy', 'run quality']);
    assert.deepEqual(read('Mon: AM 45 min Strength & Conditioning (higher reps 8x, 70% max; glutes, core) + PM 45min Z1 run'), {
      sessions: ['gym full', 'run easy'],
      errors: [],
      minutes: [45, 45],
    });
  });

  it('splits a glued `/` between two sessions of different kinds, or one that hides a longer name', () => {
    assert.deepEqual(read('Tue: Assessment Work/Strength').sessions, ['conditioning hard', 'gym full']);
    assert.deepEqual(read('Fri: Assessment Work/Endurance').sessions, ['conditioning hard', 'run easy']);
    assert.deepEqual(read('Wed: Assessment Work/Work Capacity').sessions, ['conditioning hard']);
    assert.deepEqual(read('Tue: strength/conditioning').sessions, ['gym full', 'conditioning hard']);
    assert.deepEqual(read('Mon: bike/row 30min'), { sessions: ['cross easy'], errors: [], minutes: [30] });
    assert.deepEqual(read('Mon: 1-minute jogging/running and 1:30 minutes of walking').minutes, [2.5]);
    assert.deepEqual(read('Mon: squad runs with circuit stations: buddy drag/carry, low/high crawl, sprints').sessions, ['conditioning hard']);
    assert.deepEqual(read('Fri: Endurance').sessions, ['run easy']);
  });

  it('splits `and` before a measured session, types a run by an aside, and reads drills before a run as its drills', () => {
    assert.deepEqual(read('Mon: strength training 5x5 and a 2-3 mile run (speed work)').sessions, ['gym full heavy-legs', 'run quality']);
    assert.deepEqual(read('Wed: strength training 5x5 and a 2-3 mile easy run').sessions, ['gym full heavy-legs', 'run easy']);
    assert.deepEqual(read('Mon: 2:30 running and 1 min walking').sessions, ['run easy']);
    assert.deepEqual(read('Thu: 5 mile run (tempo or hills)').sessions, ['run quality']);
    assert.deepEqual(read('Mon: run 3mi (lift first, then run)').sessions, ['run easy']);
    assert.deepEqual(read("Sat: plyometric drills 15-30' and 4-6x strides, 20' Z1, 5x5' @ >3:25/km").sessions, ['run quality']);
    assert.deepEqual(read('Mon: plyometrics 20 min').sessions, ['conditioning hard']);
    assert.deepEqual(read("Sun: bike 4x (10' Z2 + 5' Z3) @ >90rpm then run 30' easy Z1-Z2").sessions, ['cross easy', 'run easy']);
  });

  it('reads rowing words: a time of day or an effort is no exercise name, UT2 a zone, a sprint row hard', () => {
    assert.deepEqual(read('Tue: AM hard row, PM weights - legs, chest'), { sessions: ['cross hard', 'gym full'], errors: [], minutes: [undefined, undefined] });
    assert.deepEqual(read('Thu: UT2 row').sessions, ['cross easy']);
    assert.equal(parsePlan('Thu: UT2 row').statements.flatMap((s) => (s.type === 'day' ? s.sessions : []))[0]?.attributes.zone?.value, 2);
    assert.deepEqual(read('Fri: AM sprint row, PM weights').sessions, ['cross hard', 'gym full']);
    assert.deepEqual(read('Mon: bent over row 3x10').sessions, ['gym upper']);
    assert.deepEqual(read('Mon: legs & chest').sessions, ['gym full']);
  });

  it('reads sets of 5 or fewer written for a whole gym session as heavy', () => {
    assert.deepEqual(read('Mon: strength training 5x5').sessions, ['gym full heavy-legs']);
    assert.deepEqual(read('Mon: gym 5x5 (pull-ups)').sessions, ['gym upper']);
    assert.deepEqual(read('Mon: gym 3x10').sessions, ['gym full']);
  });
});

describe('issue 13: rule calibrations from new kinds of plans', () => {
  const ids = (text: string): string[] => checkPlan(parsePlan(text)).map((d) => d.rule);

  it('run-frequency: a rower\'s or cyclist\'s week without runs is not told to run', () => {
    const rowing = 'goal: balanced\nMon: rest\nTue: AM hard row + PM gym\nThu: UT2 row\nSat: bike 2h z2 + gym\nSun: row 60min';
    assert.ok(!ids(rowing).includes('run-frequency'));
    assert.ok(ids('goal: balanced\nMon: gym\nWed: gym\nFri: gym\nSat: walk 30min').includes('run-frequency'));
  });

  it('long-run-spike: a beginner\'s run of 20 minutes or less is no spike', () => {
    const c25k = 'goal: running\nweek 1\nMon: run 8min\nweek 2\nMon: run 8min\nweek 3\nMon: run 12min';
    assert.ok(!ids(c25k).includes('long-run-spike'));
    const longer = 'goal: running\nweek 1\nMon: run 20min\nweek 2\nMon: run 20min\nweek 3\nMon: run 30min';
    assert.ok(ids(longer).includes('long-run-spike'));
  });
});
