// A line that names several days (`Mon, Wed, Fri: weights`) is read as each of its days (language-decisions.md, "One
// line for several days"): the rules count every day, and no fix but the one that writes each day's line edits it —
// a move, a swap, "change into rest", fix-all, the week view's move and the formatter leave it as written.
import * as assert from 'node:assert/strict';
import { applyEdits, checkPlan, defaultConfig, fixAll, fixesFor, formatPlan, moveSession, parsePlan } from '../../../server/src/engine';
import type { Session } from '../../../server/src/engine';
import { resolveConfig } from '../../../server/src/engine';
import { analyzeText } from '../../../server/src/features/context';
import { inlayHints } from '../../../server/src/features/inlayHints';

const PLAN = 'goal: balanced\nMon, Tue: gym lower heavy\nWed: run intervals 6x800m\nThu, Fri: run tempo 30 min\nSat: run long 90 min\n';
const SHARED = ['Mon, Tue: gym lower heavy', 'Thu, Fri: run tempo 30 min'];

const linesOf = (text: string): string[] => text.split('\n');

describe('a line for several days: read as each day, never edited by a fix but its own', () => {
  it('counts every day the line names', () => {
    const plan = parsePlan(PLAN);
    const days = plan.weeks[0]?.days.filter((d) => d.sessions.length > 0).map((d) => d.weekday);
    assert.deepEqual(days, [0, 1, 2, 3, 4, 5]);
    const rules = checkPlan(plan).map((d) => d.rule);
    // Heavy legs two days running, and the intervals the day after them: read only because both days are.
    assert.ok(rules.includes('back-to-back-hard'), rules.join(', '));
    assert.ok(rules.includes('hard-after-heavy-legs'), rules.join(', '));
  });

  it('shows one day load at the end of such a line, not one per day it names', () => {
    const analysis = analyzeText('untitled:several.hybrid', 1, PLAN, { config: resolveConfig([]).config, problems: [] }, (error) => {
      throw error;
    });
    const hints = inlayHints(analysis, 0, 10);
    const lines = hints.map((h) => h.position.line);
    assert.deepEqual(lines, [1, 2, 3, 4]);
  });

  it('offers no quick fix that changes such a line, except the one that writes each day on its own line', () => {
    const plan = parsePlan(PLAN);
    for (const diagnostic of checkPlan(plan)) {
      for (const fix of fixesFor(plan, diagnostic, defaultConfig())) {
        const after = applyEdits(PLAN, fix.edits);
        if (fix.title.startsWith('Write ') || fix.title.startsWith('Ignore ')) continue;
        for (const line of SHARED) assert.ok(linesOf(after).includes(line), `${fix.title} kept '${line}':\n${after}`);
      }
    }
    // `Make 'run tempo 30 min' easy` (quality-limit) would change Thursday's and Friday's run at once: not offered.
    const titles = checkPlan(plan).flatMap((d) => fixesFor(plan, d, defaultConfig()).map((f) => f.title));
    assert.ok(!titles.some((t) => t.includes("'run tempo 30 min'")), titles.join(' | '));
    // A session on a line of its own still moves: off the heavy legs, onto the one free day (not onto Sat or Sun).
    const text = 'goal: balanced\nMon, Tue: gym upper\nWed: gym lower heavy\nThu: run intervals 6x800m\nSat, Sun: run easy 30 min\n';
    const other = parsePlan(text);
    const hard = checkPlan(other).find((d) => d.rule === 'hard-after-heavy-legs');
    assert.ok(hard);
    assert.deepEqual(
      fixesFor(other, hard, defaultConfig()).map((f) => [f.title, applyEdits(text, f.edits)]),
      [
        ["Move 'run intervals 6x800m' to Fri", 'goal: balanced\nMon, Tue: gym upper\nWed: gym lower heavy\nThu: rest\nFri: run intervals 6x800m\nSat, Sun: run easy 30 min\n'],
        ['Ignore hard-after-heavy-legs on this line', 'goal: balanced\nMon, Tue: gym upper\nWed: gym lower heavy\nThu: run intervals 6x800m  # hybrid-ignore hard-after-heavy-legs\nSat, Sun: run easy 30 min\n'],
      ],
    );
  });

  it('fix-all, the week view and the formatter leave it as written', () => {
    const plan = parsePlan(PLAN);
    const fixed = applyEdits(PLAN, fixAll(plan).edits);
    for (const line of SHARED) assert.ok(linesOf(fixed).includes(line), fixed);
    const tuesday = plan.statements.find((s) => s.type === 'day' && s.weekday === 1);
    const lift = tuesday?.type === 'day' ? (tuesday.sessions[0] as Session) : undefined;
    assert.ok(lift);
    assert.deepEqual(moveSession(plan, lift, 6), []);
    // What is left says why the day stays, in the words of how it is written.
    const conflicted = 'goal: balanced\nMon, Tue: gym lower heavy\nWed: run intervals\n';
    assert.deepEqual(fixAll(parsePlan(conflicted)).unresolved, [
      { week: 1, why: 'back-to-back-hard is on Tue, written on one line with other days — write each day on its own line to move it' },
    ]);
    const afterWeek = 'goal: balanced\nWeek 1 Day 1: gym lower heavy\nWeek 1 Day 2: run intervals\n';
    assert.deepEqual(fixAll(parsePlan(afterWeek)).unresolved?.map((u) => u.why), [
      "hard-after-heavy-legs is on Tue, written after its week on one line ('Week 1 Day 1: …') — move it in the text",
    ]);
    const messy = PLAN.replace('Mon, Tue: gym lower heavy', 'Mon, Tue:   gym lower heavy');
    assert.equal(applyEdits(messy, formatPlan(parsePlan(messy))).split('\n')[1], 'Mon, Tue:   gym lower heavy');
  });
});
