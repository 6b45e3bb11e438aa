// Issue 13 (lead, 3 December): a run written as a distance after a lift (`Shoulders & Abs, 5K tempo`, `strength
// training, 4 miles easy`) is the day's run — it was swallowed into the lift's text, the run lost with no diagnostic —
// and a distance first, then an exercise (`2 x 400m walking lunges`), is the exercise's distance, not a run
// (language-decisions.md, "A distance after a lift").
import * as assert from 'node:assert/strict';
import { checkPlan, computeTotals, parsePlan } from '../../../server/src/engine';
import { sessionNotation } from '../../corpus/measure';
import { notation, sessionsOf } from './read';

const read = notation;

describe('a distance after a lift is a run; a distance before an exercise is the exercise\'s', () => {
  it('reads `, 5K tempo` and `, 4 miles easy` after a lift as the day\'s run, with the comma warning and its fix', () => {
    assert.deepEqual(read('Mon: Shoulders & Abs, 5K tempo\n'), {
      sessions: ['gym upper', 'run quality'],
      texts: ['Shoulders & Abs', '5K tempo'],
      errors: ["Separate the sessions of one day with '+', not ',' — read as two sessions"],
    });
    assert.deepEqual(read('Tue: strength training, 4 miles easy\n').sessions, ['gym full', 'run easy']);
    const plan = parsePlan('Tue: strength training, 4 miles easy\n');
    assert.equal(sessionsOf(plan)[1]?.attributes.distance?.value.toFixed(2), '6.44');
    const [warning] = plan.syntaxErrors;
    assert.deepEqual(warning?.range, { start: { line: 0, column: 22 }, end: { line: 0, column: 23 } });
    assert.deepEqual(warning?.fixes?.[0]?.edits, [{ range: warning!.range, newText: ' +' }]);
  });

  it('reads `; 5K tempo` the same (the run was lost with no diagnostic at all)', () => {
    const text = 'goal: running\nFri: Shoulders & Abs; 5K tempo\n';
    assert.deepEqual(read(text).sessions, ['gym upper', 'run quality']);
    assert.deepEqual(read(text).errors, ["Separate the sessions of one day with '+', not ';' — read as two sessions"]);
    const [week] = computeTotals(parsePlan(text));
    assert.equal(week?.runs, 1);
    assert.equal(week?.runKm.toFixed(1), '5.0');
  });

  it('keeps a distance with the session it belongs to: exercises, a swim, a lift\'s distance', () => {
    assert.deepEqual(read('Wed: gym, 4 x 20m sled push\n').sessions, ['gym lower']);
    assert.deepEqual(read('Thu: gym lower, 2 x 400m walking lunges\n').texts, ['gym lower, 2 x 400m walking lunges']);
    assert.deepEqual(read('Sun: swim: 5x50m, 3x100m\n').sessions, ['cross easy']);
    // A run's own parts stay one run.
    assert.deepEqual(read('Sat: run 3 miles, 2 miles easy\n').sessions, ['run easy']);
  });

  it('reads a distance first, then an exercise, as the exercise (`2 x 400m walking lunges` was a quality run)', () => {
    assert.deepEqual(read('Fri: 2 x 400m walking lunges\n').sessions, ['gym lower']);
    assert.deepEqual(read('Fri: 3 x 20m bear crawl\n').sessions.length, 1);
    // Runs stay runs: repeats with a run's words, cut-downs, a distance at a type.
    assert.deepEqual(read('Tue: 6 x 300 cut-downs from race pace\n').sessions, ['run quality']);
    assert.deepEqual(read('Tue: 6 x 800m @ 5K pace\n').sessions, ['run quality']);
    assert.deepEqual(read('Thu: 4 miles easy\n').sessions, ['run easy']);
  });

  it('checks the run it used to lose: a week of lifts with a tempo after a comma has its quality run', () => {
    const text = 'goal: running\nMon: Chest & Triceps + 3 mile easy run\nWed: Shoulders & Abs, 5K tempo\nSat: 6 miles easy\n';
    const plan = parsePlan(text);
    const runs = checkPlan(plan).filter((d) => d.rule === 'run-frequency');
    assert.deepEqual(runs, []);
    assert.equal(computeTotals(plan)[0]?.qualityRuns, 1);
  });
});
