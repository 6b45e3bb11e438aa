// Fix-all of a long plan in windows (reschedule.ts, `fixAllWindowed`): each block searched on its own window of text
// must give exactly what the search on the whole plan gives — the same text, moves, reasons and budget flags.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { resolveConfig } from '../../../server/src/rules/config';
import { fixAll, SCHEDULING_RULES, WINDOWED_FROM_WEEKS } from '../../../server/src/fixes/reschedule';
import { checkPlan } from '../../../server/src/rules/registry';
import { applyEdits } from '../../../server/src/analysis/edits';
import type { ResolvedConfig } from '../../../server/src/rules/types';

/** Weeks of many kinds, in turn: conflicts cleared by a move to a new day line or to a written day, weeks left as they are. */
const WEEKS: ((n: number) => string)[] = [
  (n) => `week ${n}\nMon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nFri: gym full\nSat: run easy\n`,
  (n) => `week ${n}: build\nMon: gym lower heavy [squat 5x5 @80%, rdl 3x8]\nTue: run tempo 40min rpe 7\nWed: rest  # full rest\nThu: gym upper 45min\nFri: run easy 30min\nSat: run long 16km\nSun: rest\n`,
  (n) => `week ${n}\n# a comment line inside the week\nMon pm: gym lower heavy + run intervals 6x800m "track"\nTue: run easy 5km\nThu: run easy 40min\nSat: gym upper\n`,
  (n) => `week ${n}\ngoal: running\nMon: run intervals 8x400m\nTue: run tempo 30min\nWed: run easy 30min\nThu: gym legs heavy\nFri: run intervals 5x1km\nSun: run long 18km\n`,
  (n) => `week ${n}\nMon: rest\nTue: gym full heavy\nWed: run easy 30min\nFri: gym upper\nSat: run long 90min\n`,
  (n) => `week ${n}\nMon: gym lower heavy @07:00 + run intervals @18:00\nWed: gym upper heavy\nThu: gym lower heavy\nFri: run tempo 40min\nSun: run long 100min\n`,
  (n) => `week ${n}\nMon: gym heavy legs + run tempo 5mi\nTue: run easy 3mi\nWed: cross bike 45min\nThu: gym upper\nSat: run long 10mi\n`,
];

function plan(weeks: number, lead = 'plan "Windows"\ngoal: balanced\npace: 5:30/km\n\n'): string {
  let text = lead;
  for (let n = 1; n <= weeks; n++) text += `${WEEKS[(n * 5) % WEEKS.length]!(n)}\n`;
  // A range block: its repeats are searched as one block.
  return `${text}week ${weeks + 1}-${weeks + 3}\nMon: gym lower heavy + run intervals\nWed: gym upper\nSat: run easy\n`;
}

function both(text: string, config?: ResolvedConfig, budget?: number): void {
  const windowed = fixAll(parsePlan(text), config, budget, 'windows');
  const whole = fixAll(parsePlan(text), config, budget, 'whole');
  assert.equal(applyEdits(text, windowed.edits), applyEdits(text, whole.edits));
  assert.deepEqual(windowed, whole);
}

describe('fix-all in windows', () => {
  it('gives exactly the text, moves and reasons of the search on the whole plan (24 weeks of seven kinds)', () => {
    const text = plan(24);
    const result = fixAll(parsePlan(text), undefined, undefined, 'windows');
    // Sessions move in most weeks, some to a day line the week did not have.
    assert.ok(result.moves.length >= 20, `${result.moves.length} moves`);
    both(text);
  });

  it('gives the same as the whole search with a goal changed inside a week, no lead, and another configuration', () => {
    both(plan(18, ''));
    both(plan(18, 'goal: strength\n'), resolveConfig([{ rules: { 'back-to-back-hard': 'error', 'same-day-spacing': 'off' } }]).config);
  });

  it('stops at the plan-wide budget as the whole search does, naming the weeks left', () => {
    const text = plan(20);
    const windowed = fixAll(parsePlan(text), undefined, 120, 'windows');
    assert.ok((windowed.unsearched ?? []).length > 0);
    // Each window is counted, not the whole plan: more blocks are searched within one budget.
    const whole = fixAll(parsePlan(text), undefined, 120, 'whole');
    assert.ok(windowed.moves.length > whole.moves.length);
    // The weeks named are exactly those of the fixed text's blocks still in conflict (none stopped early here).
    const fixed = parsePlan(applyEdits(text, windowed.edits));
    const inConflict = new Set(
      checkPlan(fixed)
        .filter((d) => SCHEDULING_RULES.has(d.rule) && d.severity !== 'info')
        .map((d) => fixed.blocks.find((b) => b.range.start.line <= d.range.start.line && d.range.start.line <= b.range.end.line)?.header?.from),
    );
    assert.equal(windowed.stoppedEarly, undefined);
    assert.deepEqual(windowed.unsearched, [...inConflict].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('moves a session of a long plan to a new day line with the exact text (one week shown)', () => {
    const week = (n: number): string => `week ${n}\nMon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nFri: gym full\nSat: run easy\n`;
    const weeks = WINDOWED_FROM_WEEKS + 16;
    const text = Array.from({ length: weeks }, (_, i) => week(i + 1)).join('');
    const result = fixAll(parsePlan(text));
    assert.equal(result.moves.length, weeks);
    assert.equal(result.unsearched, undefined);
    const fixed = applyEdits(text, result.edits);
    // Every week is moved alike: the heavy legs leave the intervals' day for Thursday, a day the week did not have.
    const expected = (n: number): string => `week ${n}\nMon: run intervals\nTue: rest\nWed: gym upper\nThu: gym lower heavy\nFri: gym full\nSat: run easy\n`;
    assert.equal(fixed, Array.from({ length: weeks }, (_, i) => expected(i + 1)).join(''));
  });

  it('gives the same as the whole search on a plan written on one line (windows cut at its `week`s)', () => {
    const text = `goal: balanced\n${Array.from({ length: 14 }, (_, i) => `week ${i + 1}; Mon: gym heavy + run intervals${i % 3 === 0 ? '; Wed: run easy' : ''}`).join('; ')}\n`;
    const result = fixAll(parsePlan(text), undefined, undefined, 'windows');
    assert.ok(result.moves.length >= 14);
    both(text);
  });

  it('is used only when every window reads as the whole plan does; otherwise the whole plan is searched', () => {
    // Week numbers not rising in text order, a block without a `week` line, a syntax error, a line's ignore comment
    // over blocks sharing the line.
    for (const text of [
      `${plan(6)}week 2\nMon: gym lower heavy + run intervals\n`,
      `Mon: gym lower heavy + run intervals\n${plan(6, '')}`,
      `${plan(6)}week 20\nMon: gym lower heavy + run intervals + gim\n`,
      `week 1; Mon: gym lower heavy + run intervals; Wed: gym upper; week 2; Mon: gym lower heavy + run intervals  # hybrid-ignore hard-same-day\n`,
    ]) {
      both(text);
    }
  });
});

describe('fix-all of a long plan that cannot be cut into windows', () => {
  it('counts the text of each whole-plan search against the budget (25 characters a week)', () => {
    // 120 weeks on one line with an ignore comment that covers them all: searched whole, each search reading the line.
    const text = `${Array.from({ length: WINDOWED_FROM_WEEKS + 16 }, (_, i) => `week ${i + 1}; Mon: gym lower heavy + run intervals`).join('; ')}  # hybrid-ignore rest-days\n`;
    const searches = Math.ceil(text.length / 25);
    const result = fixAll(parsePlan(text), undefined, 2 * searches);
    // Two searches fit: the first two weeks are moved, the others named as not searched.
    assert.deepEqual(result.moves.map((m) => m.week), [1, 2]);
    assert.equal(result.unsearched?.[0], 3);
  });
});
