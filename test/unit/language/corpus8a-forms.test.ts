// Issue 13, "coaching truth" (branch corpus8a): the words of Galloway's time-goal programmes, Nike Training Club weeks
// and 10K plans with strength, typed from published plans (language-decisions.md, "Galloway's and Nike's words, typed
// from new published plans").
import * as assert from 'node:assert/strict';
import { checkPlan, parsePlan } from '../../../server/src/engine';
import { classify } from '../../../server/src/analysis/classify';
import type { Session } from '../../../server/src/engine';
import { notation, sessionsOf } from './read';

function only(line: string): Session {
  const plan = parsePlan(`${line}\n`);
  assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], line);
  const sessions = sessionsOf(plan);
  assert.equal(sessions.length, 1, line);
  return sessions[0] as Session;
}

describe('corpus8a: Galloway, Nike and 10K-with-strength wording', () => {
  it('reads Galloway drill runs and acceleration gliders as one easy run', () => {
    for (const line of [
      'Wed: Drill Run - 10 min warmup, 5 min cadence drills, 5 min acceleration gliders, 10 min cool down',
      'Wed: 30 minute drill run',
      'Wed: 5 min acceleration gliders',
      'Wed: 30 min run + acceleration-gliders',
    ]) {
      assert.deepEqual(notation(line), { sessions: ['run easy'], texts: [line.slice(5)], errors: [] }, line);
    }
  });

  it('counts acceleration gliders as strides of the run', () => {
    const run = only('Tue: 45 min run + 6 acceleration gliders');
    assert.equal(run.kind, 'run');
    assert.deepEqual(run.attributes.strides?.value, { count: 6 });
    assert.deepEqual(notation('Tue: 45 min run with drills + 4-8 acceleration-gliders').sessions, ['run easy']);
  });

  it('reads water running as cross-training, not a run', () => {
    assert.deepEqual(notation('Sun: 45 minutes of water running').sessions, ['cross easy']);
    const swim = only('Sun: water running 30 min');
    assert.equal(swim.kind, 'cross');
    assert.equal(swim.kind === 'cross' ? swim.activity : undefined, 'swim');
  });

  it('reads a race rehearsal as a run at race pace, not the race', () => {
    assert.deepEqual(notation('Mon: Race Rehearsal Run'), { sessions: ['run easy'], texts: ['Race Rehearsal Run'], errors: [] });
    assert.deepEqual(notation('Mon: Race Rehearsal - 10 min warmup, 20 min at race pace, 10 min cool down').sessions, ['run quality']);
  });

  it('keeps a magic mile (or time trial) workout the test; ACFT workout stays training for the test', () => {
    assert.deepEqual(notation('Sun: magic mile workout - 5 miler with mile 2 being the MM').sessions, ['event test']);
    assert.deepEqual(notation('Sun: time trial workout').sessions, ['event test']);
    assert.deepEqual(notation('Sun: ACFT workout').sessions, ['conditioning hard']);
  });

  it('reads NTC workouts as a full-body gym session', () => {
    assert.deepEqual(notation('Wed: stationary bike + NTC workout'), { sessions: ['cross easy', 'gym full'], texts: ['stationary bike', 'NTC workout'], errors: [] });
    assert.deepEqual(notation('Fri: Nike Training Club 30 min').sessions, ['gym full']);
  });

  it('reads track repeats in the plural as metres; seconds stay seconds', () => {
    for (const [line, count, metres] of [['Wed: 12x800s', 12, 800], ['Wed: 6 x 400s', 6, 400], ['Wed: 10 x 100s', 10, 100], ['Wed: 4 x 400s at 5K pace', 4, 400]] as const) {
      const run = only(line);
      assert.equal(run.kind, 'run', line);
      assert.equal(run.attributes.repeats?.value.count, count, line);
      assert.equal(run.attributes.repeats?.value.eachKm, metres / 1000, line);
      // Repeats of 100 m or less are strides (classify), an easy run.
      assert.equal(notation(line).sessions[0], metres > 100 ? 'run quality' : 'run easy', line);
    }
    // `60s`, `90s`, `120s` are seconds, no round hundred.
    const strides = only('Tue: fartlek 6 x 120s');
    assert.equal(strides.attributes.repeats?.value.eachKm, undefined);
  });

  it('reads seconds added to a pace as its offset, not a session (Galloway: `x 800 at goal pace + 15 sec`)', () => {
    for (const line of ['Sun: 6 x 800 at goal pace + 15 sec, walk 3 min between', 'Sun: 4 x 1 mile at goal pace + 30 sec', 'Sun: 8 x 800 at goal pace + 15s', 'Sun: 6 x 1 mile at MP + 30 sec']) {
      assert.deepEqual(notation(line), { sessions: ['run quality'], texts: [line.slice(5)], errors: [] }, line);
    }
    const run = only('Sun: 4 x 1 mile at goal pace + 30 sec');
    assert.equal(run.attributes.repeats?.value.count, 4);
    assert.equal(run.attributes.duration, undefined);
    // A session after the offset is still the day's next session.
    assert.deepEqual(notation('Sun: 6 x 800 at goal pace + 15 sec + weights').sessions, ['run quality', 'gym full']);
    assert.deepEqual(notation('Sun: 5 mile at goal pace + 20 min bike').sessions, ['run quality', 'cross easy']);
  });

  it('reads a time at a race pace as a run, alone or after a comma', () => {
    assert.deepEqual(notation('Mon: 20 min at race pace'), { sessions: ['run quality'], texts: ['20 min at race pace'], errors: [] });
    assert.deepEqual(notation('Mon: 10-20 min at half marathon pace').sessions, ['run steady']);
    assert.deepEqual(notation('Mon: run 10 min warmup, 20 min at race pace, 10 min cool down').sessions, ['run quality']);
  });

  it('counts cycles of a run/walk ratio as repeats, not a bike', () => {
    const line = 'Mon: Tempo Run - 10 min warm-up, 14 min (4 cycles) of my 10k ratio, 10 min cool down';
    assert.deepEqual(notation(line), { sessions: ['run quality'], texts: [line.slice(5)], errors: [] });
    assert.deepEqual(notation('Mon: cycle 30 min').sessions, ['cross easy']);
  });

  it('keeps core after `and` following a run or a ride as the day\'s core work, short support work', () => {
    assert.deepEqual(notation('Mon: Cross train 45 minutes and core exercises'), { sessions: ['cross easy', 'gym core'], texts: ['Cross train 45 minutes', 'core exercises'], errors: [] });
    assert.deepEqual(notation('Mon: run 3 miles and core').texts, ['run 3 miles', 'core']);
    assert.deepEqual(notation('Mon: run 3 miles and core work').sessions, ['run easy', 'gym core']);
    // After a lift core stays the lift's part.
    assert.deepEqual(notation('Mon: legs & core').sessions, ['gym lower']);
    assert.deepEqual(notation('Mon: squats 5x5 and core').sessions, ['gym lower heavy-legs']);
    // A core phrase is short core work, as `abs` is: not one of the week's gym sessions.
    const [, core] = sessionsOf(parsePlan('Mon: bike 30 min and core work\n'));
    assert.equal(classify(core as Session).accessory, true);
  });

  it('reads `goal: 10k race` as one goal, no "two goals" error', () => {
    const plan = parsePlan('goal: 10k race\n\nMon: run 3 miles\nWed: run 3 miles\nSat: run 5 miles\n');
    assert.deepEqual(checkPlan(plan).filter((d) => d.rule === 'main-goal' && d.severity === 'error').map((d) => d.message), []);
  });
});
