// Issue 13 (lead, ninth session): forms of 10K plans with weights and Nike Run Club weeks, found by writing their lines as
// people type them (language-decisions.md, "A pace a word describes, repeats after a lift").
import * as assert from 'node:assert/strict';
import { checkPlan, parsePlan } from '../../../server/src/engine';
import { notation, sessionsAndErrors } from './read';

const read = sessionsAndErrors;

describe('forms of 10K plans with weights and Nike Run Club weeks (lead, ninth session)', () => {
  it('reads a pace a word describes as that effort, and a pace the runner picks as no target (`at your own pace`)', () => {
    // Each was race pace: `pace` alone is Higdon's race pace, and the words before it were skipped.
    assert.deepEqual(read('Mon: 5K run at your own pace\nTue: run 30 min at a slow pace\nWed: run 5 km at conversation pace\nThu: 3 mi at a pace that feels good\nFri: run 4 mi at a gentle pace\nSat: 2 mi at chatty pace\n'), {
      sessions: ['run easy', 'run easy', 'run easy', 'run easy', 'run easy', 'run easy'],
      errors: [],
    });
    // `pace` alone and a race's pace stay race pace; a steady pace stays steady.
    assert.deepEqual(read('Mon: 3 mi pace\nTue: run 5 km @ race pace\nWed: run 4 mi at goal pace\nThu: run 5 mi at a steady pace\n').sessions, ['run quality', 'run quality', 'run quality', 'run steady']);
  });

  it('a week of NRC runs "at your own pace" beside one speed run is not a week of hard runs', () => {
    const plan = parsePlan('goal: 10k\nweek 1\nMon: 5K run at your own pace\nTue: Speed Run: 6 x 1 min fast, 1 min recovery\nThu: 5K Run at your own pace\nSat: Long Run 8K\n');
    assert.deepEqual(checkPlan(plan).filter((d) => d.rule === 'all-runs-hard' || d.rule === 'back-to-back-hard' || d.rule === 'quality-limit'), []);
  });

  it('reads repeats of a distance after a lift as the day\'s run (`back/bis; 5 x 1k repeats`)', () => {
    // The repeats were the lift's sets: one gym session.
    assert.deepEqual(notation('Wed: back/bis; 5 x 1k repeats\n'), {
      sessions: ['gym upper', 'run quality'],
      texts: ['back/bis', '5 x 1k repeats'],
      errors: ["Separate the sessions of one day with '+', not ';' — read as two sessions"],
    });
    assert.deepEqual(read('Thu: legs, 8 x 400m\n').sessions, ['gym lower', 'run quality']);
    // Sets and reps, and a loaded carry over a distance, stay the lift's.
    assert.deepEqual(read('Fri: legs, 3 x 10\nSat: legs, 4 x 20m sled push\n').sessions, ['gym lower', 'gym lower']);
  });
});
