// A long `week N-M` range is checked through its first and last weeks only (rules/registry.ts `rangeView`): the
// diagnostics must be exactly those of walking every repeat, and the work must not grow with the range's length.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan, rangeView, RANGE_EDGE_WEEKS, rules } from '../../../server/src/rules/registry';
import { defaultConfig } from '../../../server/src/rules/config';

const EXAMPLES = join(__dirname, '../../../examples');

/** Plans with long ranges next to everything the cross-week rules look at. */
const PLANS: Record<string, string> = {
  'a long range between a lighter and a heavier week (load-ramp, long-run-spike at both edges)':
    'goal: running\nweek 1\nMon: run easy 5km\nWed: gym upper\n' +
    'week 2-40: base\nMon: gym lower heavy\nTue: run intervals 6x800m\nThu: run easy 8km\nSat: run long 14km\nSun: gym lower heavy\n' +
    'week 41\nMon: run easy 5km\nSat: run long 30km\nSun: run tempo 40min\n',
  'Sunday heavy legs before Monday intervals in every repeat (back-to-back-hard, hard-after-heavy-legs across weeks)':
    'week 1-30\nMon: run intervals 8x400m\nWed: gym upper heavy\nFri: run easy 6km\nSun: gym lower heavy + run tempo 20min\n',
  'a goal inside the range (the first repeat differs from the others) and goal-switching around it':
    'goal: strength\nweek 1\nMon: gym lower heavy\nWed: gym upper heavy\nFri: gym full heavy\n' +
    'week 2-25\ngoal: running\nMon: run easy\nTue: run intervals\nThu: run tempo\nSat: run long 20km\n' +
    'week 26\ngoal: strength\nMon: gym lower heavy\n',
  'two ranges back to back of the same shape, and one exactly at the edge length':
    `week 1-${2 * RANGE_EDGE_WEEKS}\nMon: run easy 5km\nSat: run long 10km\n` +
    `week ${2 * RANGE_EDGE_WEEKS + 1}-60\nMon: run easy 5km\nSat: run long 16km\nSun: gym lower heavy\n`,
};

describe('rules: a long week range is checked through its ends (rangeView)', () => {
  for (const [name, text] of Object.entries(PLANS)) {
    it(`the same diagnostics as walking every repeat: ${name}`, () => {
      const plan = parsePlan(text);
      assert.deepEqual(checkPlan(plan, defaultConfig()), checkPlan(plan, defaultConfig(), { wholeRanges: true }));
    });
  }

  it('the same diagnostics on every example plan (none has a range that long, so the view is the plan)', () => {
    for (const file of ['balanced', 'mistakes', 'running', 'strength', 'twelve-weeks']) {
      const plan = parsePlan(readFileSync(join(EXAMPLES, `${file}.hybrid`), 'utf8'));
      assert.equal(rangeView(plan), plan, file);
      assert.deepEqual(checkPlan(plan, defaultConfig()), checkPlan(plan, defaultConfig(), { wholeRanges: true }), file);
    }
  });

  it('keeps more weeks at each end than any rule looks back and ahead', () => {
    // A repeat left out must have a kept repeat whose every week within reach is a repeat too, on both sides.
    for (const rule of rules) {
      assert.ok(rule.meta.reach.weeksBack + rule.meta.reach.weeksAhead + 2 <= RANGE_EDGE_WEEKS, rule.meta.id);
    }
  });

  it(`keeps the first and last ${RANGE_EDGE_WEEKS} weeks of a longer run of repeats, and every other week`, () => {
    const plan = parsePlan('week 1\nMon: run easy\nweek 2-520: build\nMon: rest; Mon: rest\nweek 521\nMon: run easy\n');
    const view = rangeView(plan);
    assert.notEqual(view, plan);
    assert.equal(plan.weeks.length, 521, 'the plan itself keeps every week (totals, week view)');
    assert.deepEqual(
      view.weeks.map((week) => week.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 513, 514, 515, 516, 517, 518, 519, 520, 521],
    );
    assert.equal(view.text, plan.text);
    assert.equal(view.blocks, plan.blocks);
  });
});
