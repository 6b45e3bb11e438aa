// The one before/after comparison (server/src/fixes/compare.ts) that quick fixes, fix-all, "Reschedule this week" and
// the week view's drag all use. Issue 15: the week view had its own count-per-rule copy, which called a drag "no new
// conflict" although it traded one `hard-after-heavy-legs` for another.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { defaultConfig } from '../../../server/src/rules/config';
import { applyEdits, moveSession } from '../../../server/src/analysis/edits';
import { addsNoProblem, judgeChange, newHardStack, stacksHardSessions } from '../../../server/src/fixes/compare';
import { checkMove } from '../../../server/src/features/weekView';
import type { Weekday } from '../../../server/src/language/model';

const config = defaultConfig();

function moved(text: string, line: number, to: Weekday) {
  const plan = parsePlan(text);
  const session = plan.weeks[0]!.days.flatMap((day) => day.sessions).find((s) => s.range.start.line === line)!;
  const edits = moveSession(plan, session, to);
  const after = applyEdits(text, edits);
  return { plan, before: checkPlan(plan, config), edits, after, afterDiagnostics: checkPlan(parsePlan(after), config) };
}

describe('the fixes\' before/after comparison', () => {
  const TRADED = 'Mon: gym lower heavy\nTue: run intervals\nThu: gym lower heavy\n';

  it('a drag that trades heavy legs Mon → intervals Tue for heavy legs Thu → intervals Fri adds a problem (week view and quick fixes agree)', () => {
    const m = moved(TRADED, 1, 4);
    assert.equal(m.after, 'Mon: gym lower heavy\nTue: rest\nThu: gym lower heavy\nFri: run intervals\n');
    const judged = judgeChange({ text: TRADED, diagnostics: m.before }, { text: m.after, diagnostics: m.afterDiagnostics }, m.edits);
    assert.deepEqual(judged.added.map((d) => [d.rule, d.message.split(' — ')[0]]), [['hard-after-heavy-legs', 'Quality run (Fri: run intervals) the day after heavy legs (Thu: gym lower heavy)']]);
    assert.deepEqual(judged.cleared.map((d) => [d.rule, d.message.split(' — ')[0]]), [['hard-after-heavy-legs', 'Quality run (Tue: run intervals) the day after heavy legs (Mon: gym lower heavy)']]);
    assert.equal(addsNoProblem(m.before, m.afterDiagnostics, undefined, { before: TRADED, after: m.after, edits: m.edits }), false);
    const check = checkMove(m.plan, config, { session: '1:5', week: 1, toWeekday: 4 }, m.before);
    assert.ok(check.ok);
    assert.deepEqual(check.created.map((c) => c.rule), ['hard-after-heavy-legs']);
    assert.deepEqual(check.cleared.map((c) => c.rule), ['hard-after-heavy-legs']);
  });

  it('a move that puts hills on the intervals day stacks two hard sessions, though no rule reports the day (fixes refuse it, the drag says so)', () => {
    const text = 'goal: running\nMon: gym lower heavy + run hills\nWed: run intervals\nFri: gym upper\n';
    const plan = parsePlan(text);
    const hills = plan.weeks[0]!.days.flatMap((day) => day.sessions).find((s) => s.text === 'run hills')!;
    const edits = moveSession(plan, hills, 2);
    const m = { plan, edits, before: checkPlan(plan, config), after: applyEdits(text, edits), afterDiagnostics: [] as ReturnType<typeof checkPlan> };
    m.afterDiagnostics = checkPlan(parsePlan(m.after), config);
    assert.equal(m.after, 'goal: running\nMon: gym lower heavy\nWed: run hills + run intervals\nFri: gym upper\n');
    // `run intervals + run hills` reads as one track session in parts: the diagnostics alone see nothing new.
    assert.equal(addsNoProblem(m.before, m.afterDiagnostics, undefined, { before: text, after: m.after, edits: m.edits }), true);
    assert.deepEqual(newHardStack(m.plan, parsePlan(m.after)), { week: 1, sessions: ['run hills', 'run intervals'] });
    const check = checkMove(m.plan, config, { session: '1:23', week: 1, toWeekday: 2 }, m.before);
    assert.ok(check.ok);
    assert.deepEqual(check.created.map((c) => [c.rule, c.message]), [['hard-same-day', "Two hard sessions on Wed: 'run hills' and 'run intervals'"]]);
    // A swap moves a stacked day whole: nothing new is stacked.
    const swapped = 'goal: running\nMon: run intervals\nWed: gym lower heavy + run hills\nFri: gym upper\n';
    assert.equal(stacksHardSessions(parsePlan(text), parsePlan(swapped)), false);
  });

  it('a move to a free day that clears the conflict adds nothing', () => {
    const m = moved(TRADED, 1, 5);
    const judged = judgeChange({ text: TRADED, diagnostics: m.before }, { text: m.after, diagnostics: m.afterDiagnostics }, m.edits);
    assert.deepEqual(judged.added.map((d) => d.rule), []);
    assert.deepEqual(judged.cleared.map((d) => d.rule), ['hard-after-heavy-legs']);
    const check = checkMove(m.plan, config, { session: '1:5', week: 1, toWeekday: 5 }, m.before);
    assert.ok(check.ok);
    assert.deepEqual(check.created, []);
  });

  it("a weekly count is the week's problem: moving the 2nd quality run to another day is the same quality-limit", () => {
    // goal balanced: three runs and nothing else would read as a running plan, which holds two quality runs.
    const text = 'goal: balanced\nMon: run tempo\nWed: run intervals\nSat: run long\n';
    const m = moved(text, 1, 4);
    assert.equal(m.after, 'goal: balanced\nMon: rest\nWed: run intervals\nFri: run tempo\nSat: run long\n');
    assert.deepEqual(m.before.filter((d) => d.rule === 'quality-limit').map((d) => d.range.start.line), [2]);
    assert.deepEqual(m.afterDiagnostics.filter((d) => d.rule === 'quality-limit').map((d) => d.range.start.line), [3]);
    const judged = judgeChange({ text, diagnostics: m.before }, { text: m.after, diagnostics: m.afterDiagnostics }, m.edits);
    assert.deepEqual(judged.added.map((d) => d.rule), []);
    assert.deepEqual(judged.cleared.map((d) => d.rule), []);
  });

  it('a warning that moves with its session is the same warning, not a new one', () => {
    const text = 'goal: strength\nMon: gym upper 120min\nWed: gym lower\nFri: gym full\nTue: run easy 30min\nThu: run easy 30min\n';
    const before = checkPlan(parsePlan(text), config);
    assert.ok(before.some((d) => d.rule === 'gym-duration'));
    const m = moved(text, 1, 5);
    const judged = judgeChange({ text, diagnostics: before }, { text: m.after, diagnostics: m.afterDiagnostics }, m.edits);
    assert.deepEqual(judged.added, []);
    assert.deepEqual(judged.cleared, []);
  });
});
