import { plan, ruleTests, diagnosticsOf } from './harness';
import * as assert from 'node:assert/strict';

ruleTests('easy-run-too-hard', {
  invalid: [
    {
      name: 'easy run at rpe 6 (on the effort)',
      text: plan('Wed: run easy 40min rpe 6'),
      errors: [
        {
          severity: 'warning',
          at: [0, 20, 0, 25],
          message: ['Easy run at rpe 6 (Wed: run easy 40min rpe 6)', 'easy runs must stay easy', 'below rpe 6'],
          data: { effort: 'rpe', value: 6 },
        },
      ],
    },
    {
      name: 'recovery run in zone 3',
      text: plan('Wed: run recovery z3'),
      errors: [{ severity: 'warning', at: 'z3', message: ['Recovery run at zone z3'], data: { effort: 'zone', value: 3 } }],
    },
    {
      name: 'a recovery run',
      text: plan('Mon: run recovery 40min rpe 6'),
      errors: [{ severity: 'warning', at: 'rpe 6', message: ['Recovery run at rpe 6'] }],
    },
    {
      // A range counts by its top: rpe 6 is past conversation.
      name: 'an easy run at rpe 5-6',
      text: plan('Mon: run easy 40min rpe 5-6'),
      errors: [{ severity: 'warning', at: 'rpe 5-6', message: ['Easy run at rpe 5-6', 'below rpe 6'] }],
    },
    {
      name: 'a stricter coach\'s rpe 5',
      text: plan('Mon: run easy 40min rpe 5'),
      config: [{ rules: { 'easy-run-too-hard': ['warning', { rpe: 5 }] } }],
      errors: [{ severity: 'warning', at: 'rpe 5', message: ['Easy run at rpe 5', 'below rpe 5'] }],
    },
    {
      name: 'the rpe option',
      text: plan('Mon: run easy rpe 7', 'Thu: run easy rpe 6'),
      config: [{ rules: { 'easy-run-too-hard': ['warning', { rpe: 7 }] } }],
      errors: [{ severity: 'warning', at: 'rpe 7', message: ['Easy run at rpe 7', 'below rpe 7'] }],
    },
  ],
  valid: [
    // The user never said easy: an untyped run with an effort is a steady run, not an easy run that is too hard.
    { name: 'an untyped run with an effort (run 4km rpe 6)', text: plan('Mon: run 4km rpe 6', 'Wed: run 40min z3') },
    { name: 'rpe 4', text: plan('Mon: run easy rpe 4') },
    // Where easy ends: rpe 5 is conversational (a beginners' plan: `easy run 15 min (5/10 effort)`).
    { name: 'rpe 5 (conversational)', text: plan('Mon: run easy 40min rpe 5', 'Wed: easy run 15 min (5/10 effort)', 'Fri: run recovery rpe 4-5') },
    { name: 'zone 2', text: plan('Mon: run easy z2') },
    { name: 'a tempo run at rpe 8', text: plan('Mon: run tempo rpe 8') },
    { name: 'a long run at rpe 6', text: plan('Mon: run long rpe 6') },
  ],
});

describe('easy-run-too-hard tags', () => {
  it('greys out the effort (unnecessary)', () => {
    const [diagnostic] = diagnosticsOf(plan('Mon: run easy rpe 6'), [], 'easy-run-too-hard');
    assert.deepEqual(diagnostic.tags, ['unnecessary']);
  });
});
