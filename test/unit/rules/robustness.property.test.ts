// Whatever the text — half-typed, misspelled, repeated weeks, odd goals — checking never throws, and every
// diagnostic names a known rule, sits inside the text and is sorted.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan, rules } from '../../../server/src/rules/registry';
import { resolveConfig } from '../../../server/src/rules/config';

const KNOWN = new Set(['syntax', ...rules.map((r) => r.meta.id)]);
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'monday', 'Tu', 'Tues'];
const SESSIONS = [
  'rest', 'off', 'gym', 'gym lower heavy', 'gym upper heavy 90min', 'gym full heavy [squat 5x5 @80%, rdl 3x8]', 'upperbody',
  'lift legs heavy am', 'gym core light', 'run', 'run easy rpe 6', 'run recovery z3', 'run tempo 40min @07:00',
  'run intervals 6x800m pm', 'run long 16km', 'run long 2h', 'run hills rpe 8', 'run race 10k', 'run fartlek z5',
  'bike hard 60min', 'row rpe 8', 'hike 3h', 'swim easy', 'walk 30min', 'yoga', 'mobility', 'gim', 'run intervls', '',
];
const OTHER = [
  'goal: strength', 'goal: running', 'goal: balanced', 'goal: strength running', 'goal: fun', 'week 1', 'week 2-4',
  'week 3: deload', 'week 5 "Taper"', 'week 4-2', 'week 0', 'plan "Test"', 'start: 2026-12-07', '# a comment',
  '# hybrid-ignore-file hard-same-day', '', ';', 'Mon', ':', '+',
];

const dayLine = fc
  .tuple(fc.constantFrom(...DAYS), fc.array(fc.constantFrom(...SESSIONS), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  # hybrid-ignore', '  # note', '  # hybrid-ignore hard-same-day'))
  .map(([day, sessions, comment]) => `${day}: ${sessions.join(' + ')}${comment}`);
const line = fc.oneof({ weight: 3, arbitrary: dayLine }, { weight: 1, arbitrary: fc.constantFrom(...OTHER) });
const planText = fc.tuple(fc.array(line, { maxLength: 24 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

const CONFIGS = [
  resolveConfig([]).config,
  resolveConfig([{ rules: { 'hard-same-day': 'info', 'quality-limit': ['error', { max: 0 }], 'load-ramp': ['warning', { ratio: 1 }], 'long-run-spike': ['warning', { percent: 0 }] } }]).config,
];

describe('checkPlan on any text', () => {
  it('never throws; diagnostics are known, inside the text and sorted', () => {
    fc.assert(
      fc.property(planText, fc.constantFrom(0, 1), (text, configIndex) => {
        const plan = parsePlan(text);
        const found = checkPlan(plan, CONFIGS[configIndex]);
        const lineCount = text.split(/\r?\n/).length;
        let previous = { line: -1, column: -1 };
        for (const d of found) {
          assert.ok(KNOWN.has(d.rule), d.rule);
          assert.ok(['error', 'warning', 'info'].includes(d.severity));
          assert.ok(d.message.length > 0);
          assert.ok(d.range.start.line >= 0 && d.range.end.line < lineCount, JSON.stringify(d.range));
          const s = d.range.start;
          assert.ok(s.line > previous.line || (s.line === previous.line && s.column >= previous.column), 'sorted');
          previous = s;
          assert.doesNotThrow(() => JSON.stringify(d.data ?? {}));
        }
      }),
      { seed: 20261125, numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
