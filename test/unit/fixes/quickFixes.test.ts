// Quick fixes of every fixable rule: exact titles, the preferred one, the fixed text, the diagnostic gone.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { defaultConfig, resolveConfig } from '../../../server/src/rules/config';
import { fixesFor } from '../../../server/src/fixes/quickFixes';
import { applyEdits } from '../../../server/src/analysis/edits';
import type { PlanDiagnostic, ResolvedConfig } from '../../../server/src/rules/types';
import { lines } from '../edits/helpers';

interface Offered {
  title: string;
  preferred: boolean;
  text: string;
}

function diagnosticOf(text: string, rule: string, nth: number, config: ResolvedConfig): PlanDiagnostic {
  const found = checkPlan(parsePlan(text), config).filter((d) => d.rule === rule);
  const diagnostic = found[nth];
  assert.ok(diagnostic, `expected a ${rule} diagnostic #${nth}, got ${found.length}`);
  return diagnostic;
}

const problems = (diagnostics: PlanDiagnostic[]): number => diagnostics.filter((d) => d.severity !== 'info').length;

/** The fixes offered for the nth diagnostic of `rule`, each checked: the diagnostic is gone, nothing got worse. */
function offered(text: string, rule: string, nth = 0, config: ResolvedConfig = defaultConfig()): Offered[] {
  const plan = parsePlan(text);
  const before = checkPlan(plan, config);
  const diagnostic = diagnosticOf(text, rule, nth, config);
  const fixes = fixesFor(plan, diagnostic, config);
  for (const fix of fixes) {
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics, [diagnostic]);
    if (fix.title.startsWith('Ignore ')) continue;
    const after = checkPlan(parsePlan(applyEdits(text, fix.edits)), config);
    assert.ok(
      after.filter((d) => d.rule === rule).length < before.filter((d) => d.rule === rule).length,
      `${fix.title}: the ${rule} diagnostic is gone`,
    );
    assert.ok(problems(after) <= problems(before) - (diagnostic.severity === 'info' ? 0 : 1), `${fix.title}: no new warning or error`);
    assert.equal(after.filter((d) => d.rule === 'syntax').length, 0, `${fix.title}: still parses`);
  }
  return fixes.map((fix) => ({ title: fix.title, preferred: fix.preferred === true, text: applyEdits(text, fix.edits) }));
}

const titles = (fixes: Offered[]): string[] => fixes.map((f) => f.title);
const textOf = (fixes: Offered[], title: string): string => {
  const fix = fixes.find((f) => f.title === title);
  assert.ok(fix, `no fix '${title}' in ${JSON.stringify(titles(fixes))}`);
  return fix.text;
};

const WEEK = lines('goal: balanced', 'Mon: gym lower heavy + run intervals', 'Tue: run long 20km', 'Wed: rest', 'Thu: gym upper', 'Fri: rest', 'Sat: run easy', 'Sun: rest');

describe('fixesFor', () => {
  it('hard-same-day: moves nearest first (at most 3, first preferred), make it easy, ignore', () => {
    const fixes = offered(WEEK, 'hard-same-day');
    assert.deepEqual(titles(fixes), [
      "Move 'run intervals' to Wed",
      "Move 'run intervals' to Sat",
      "Move 'gym lower heavy' to Wed",
      "Make 'run intervals' easy",
      // Moderate squats before the intervals still leave the run without fresh legs (fresh-for-quality): not offered.
      'Ignore hard-same-day on this line',
    ]);
    assert.deepEqual(fixes.map((f) => f.preferred), [true, false, false, false, false]);
    assert.equal(
      textOf(fixes, "Move 'run intervals' to Wed"),
      lines('goal: balanced', 'Mon: gym lower heavy', 'Tue: run long 20km', 'Wed: run intervals', 'Thu: gym upper', 'Fri: rest', 'Sat: run easy', 'Sun: rest'),
    );
    assert.equal(textOf(fixes, "Make 'run intervals' easy").split('\n')[1], 'Mon: gym lower heavy + run easy');
    assert.equal(textOf(fixes, 'Ignore hard-same-day on this line').split('\n')[1], 'Mon: gym lower heavy + run intervals  # hybrid-ignore hard-same-day');
  });

  it('hard-same-day: when the nearest three moves all land on training days, the nearest free day takes the third place', () => {
    const text = lines('goal: balanced', 'Mon: gym lower heavy + run intervals', 'Wed: gym upper', 'Fri: gym full', 'Sat: run easy');
    const fixes = offered(text, 'hard-same-day');
    assert.deepEqual(titles(fixes).slice(0, 3), ["Move 'run intervals' to Wed", "Move 'run intervals' to Sat", "Move 'run intervals' to Thu"]);
    assert.deepEqual(fixes.map((f) => f.preferred).slice(0, 3), [false, false, true]);
    assert.equal(textOf(fixes, "Move 'run intervals' to Thu"), lines('goal: balanced', 'Mon: gym lower heavy', 'Wed: gym upper', 'Thu: run intervals', 'Fri: gym full', 'Sat: run easy'));
  });

  it('hard-same-day: never moves a quality run onto the day of another quality run (one day, two hard sessions)', () => {
    const text = lines('goal: running', 'Mon: gym lower heavy + run hills', 'Tue: rest', 'Wed: run intervals', 'Thu: run easy', 'Fri: gym upper', 'Sat: run long', 'Sun: rest');
    const fixes = offered(text, 'hard-same-day');
    // Wed would read `run intervals + run hills`, which the rules take for one track session in parts: compare.ts
    // (stacksHardSessions) refuses the move all the same.
    assert.deepEqual(titles(fixes), ["Move 'run hills' to Fri", "Make 'run hills' easy", 'Ignore hard-same-day on this line']);
    assert.deepEqual(textOf(fixes, "Move 'run hills' to Fri").split('\n').slice(1, 6), ['Mon: gym lower heavy', 'Tue: rest', 'Wed: run intervals', 'Thu: run easy', 'Fri: run hills + gym upper']);
  });

  it('hard-after-heavy-legs: move the run, move the leg session, swap the two days', () => {
    const fixes = offered(WEEK, 'hard-after-heavy-legs');
    assert.deepEqual(titles(fixes), [
      "Move 'run long 20km' to Wed",
      "Move 'run long 20km' to Thu",
      "Move 'run long 20km' to Sun",
      "Swap Mon ('gym lower heavy' + 'run intervals') and Tue ('run long 20km')",
      'Ignore hard-after-heavy-legs on this line',
    ]);
    assert.equal(fixes[0]?.preferred, true);
    assert.deepEqual(textOf(fixes, "Swap Mon ('gym lower heavy' + 'run intervals') and Tue ('run long 20km')").split('\n').slice(1, 3), ['Mon: run long 20km', 'Tue: gym lower heavy + run intervals']);
    assert.deepEqual(textOf(fixes, "Move 'run long 20km' to Sun").split('\n').slice(2), ['Tue: rest', 'Wed: rest', 'Thu: gym upper', 'Fri: rest', 'Sat: run easy', 'Sun: run long 20km']);
  });

  it('hard-after-heavy-legs: the leg session moves when the run cannot', () => {
    const text = lines('goal: strength', 'Mon: gym lower heavy', 'Tue: run tempo', 'Wed: gym upper', 'Thu: run easy', 'Fri: gym full', 'Sat: run easy', 'Sun: rest');
    const fixes = offered(text, 'hard-after-heavy-legs');
    assert.ok(titles(fixes).includes("Move 'gym lower heavy' to Sun"), JSON.stringify(titles(fixes)));
    assert.deepEqual(textOf(fixes, "Move 'gym lower heavy' to Sun").split('\n').slice(1), [
      'Mon: rest',
      'Tue: run tempo',
      'Wed: gym upper',
      'Thu: run easy',
      'Fri: gym full',
      'Sat: run easy',
      'Sun: gym lower heavy',
    ]);
  });

  it('moves inside a repeated block clear every repeat, across its own Sunday → Monday', () => {
    const text = lines('goal: balanced', 'week 1', 'Mon: gym upper', 'Wed: run easy', 'Fri: gym lower', 'week 2-4', 'Mon: run long', 'Tue: gym upper', 'Wed: rest', 'Thu: run tempo', 'Fri: gym upper', 'Sat: rest', 'Sun: gym lower heavy');
    const fixes = offered(text, 'hard-after-heavy-legs');
    assert.deepEqual(titles(fixes), [
      "Move 'run long' to Tue",
      "Move 'gym lower heavy' to Sat",
      "Move 'run long' to Wed",
      "Swap Mon ('run long') and Sun ('gym lower heavy')",
      'Ignore hard-after-heavy-legs on this line',
    ]);
    assert.deepEqual(fixes[0]?.text.split('\n').slice(6, 8), ['Mon: rest', 'Tue: gym upper + run long']);
    // The nearest move stacks the long run onto Tuesday's gym session: the move to the free Saturday is preferred.
    assert.deepEqual(fixes.map((f) => f.preferred), [false, true, false, false, false]);
    assert.deepEqual(textOf(fixes, "Swap Mon ('run long') and Sun ('gym lower heavy')").split('\n').slice(6), ['Mon: gym lower heavy', 'Tue: gym upper', 'Wed: rest', 'Thu: run tempo', 'Fri: gym upper', 'Sat: rest', 'Sun: run long']);
  });

  it('back-to-back-hard: moves that clear the conflict and day swaps', () => {
    const text = lines('goal: balanced', 'Mon: row hard 45min', 'Tue: run tempo', 'Wed: gym upper', 'Thu: rest', 'Fri: run easy', 'Sat: rest', 'Sun: rest');
    const fixes = offered(text, 'back-to-back-hard');
    assert.deepEqual(titles(fixes), [
      "Move 'run tempo' to Wed",
      "Move 'run tempo' to Thu",
      "Move 'run tempo' to Fri",
      "Swap Tue ('run tempo') and Wed ('gym upper')",
      "Swap Tue ('run tempo') and Thu (rest)",
      'Ignore back-to-back-hard on this line',
    ]);
    assert.deepEqual(textOf(fixes, "Move 'run tempo' to Thu").split('\n').slice(1, 5), ['Mon: row hard 45min', 'Tue: rest', 'Wed: gym upper', 'Thu: run tempo']);
    // Wednesday already holds a gym session; Thursday is free, so that move is the preferred one.
    assert.deepEqual(fixes.map((f) => f.preferred), [false, true, false, false, false, false]);
    assert.deepEqual(textOf(fixes, "Swap Tue ('run tempo') and Thu (rest)").split('\n').slice(2, 5), ['Tue: rest', 'Wed: gym upper', 'Thu: run tempo']);
  });

  it('same-day-spacing: set times (am / pm preferred, or clock times), then moves', () => {
    const text = lines('goal: balanced', 'Mon: run easy 30min + gym lower heavy', 'Tue: rest', 'Wed: run tempo', 'Thu: gym lower', 'Fri: rest', 'Sat: run long', 'Sun: rest');
    const fixes = offered(text, 'same-day-spacing');
    assert.deepEqual(titles(fixes).slice(0, 2), ["Set times: 'run easy 30min' am, 'gym lower heavy' pm", "Set times: 'run easy 30min' @07:00, 'gym lower heavy' @18:00"]);
    assert.equal(fixes[0]?.preferred, true);
    assert.equal(fixes[0]?.text.split('\n')[1], 'Mon: run easy 30min am + gym lower heavy pm');
    assert.equal(fixes[1]?.text.split('\n')[1], 'Mon: run easy 30min @07:00 + gym lower heavy @18:00');
    assert.equal(titles(fixes).at(-1), 'Ignore same-day-spacing on this line');
  });

  it('same-day-spacing warning: written times too close are replaced', () => {
    const text = lines('goal: balanced', 'Mon: gym upper @07:00 + run easy @09:00', 'Wed: run tempo', 'Fri: gym lower', 'Sat: run long');
    const fixes = offered(text, 'same-day-spacing');
    assert.equal(textOf(fixes, "Set times: 'gym upper @07:00' am, 'run easy @09:00' pm").split('\n')[1], 'Mon: gym upper am + run easy pm');
    assert.equal(textOf(fixes, "Set times: 'gym upper @07:00' @07:00, 'run easy @09:00' @18:00").split('\n')[1], 'Mon: gym upper @07:00 + run easy @18:00');
  });

  it("same-day-spacing on a 'Wed am:' line: set times adds only the pm, not a second am", () => {
    const text = lines('goal: balanced', 'Wed am: run easy + gym upper heavy', 'Fri: gym lower', 'Sun: gym full', 'Sat: run long');
    const fixes = offered(text, 'same-day-spacing');
    assert.equal(fixes[0]?.text.split('\n')[1], 'Wed am: run easy + gym upper heavy pm');
    assert.equal(fixes[1]?.text.split('\n')[1], 'Wed am: run easy @07:00 + gym upper heavy @18:00');
  });

  it('fresh-for-quality: run first, or gym am and run pm, or a move', () => {
    const text = lines('goal: balanced', 'Mon: gym lower [squat 4x8] then run tempo 30min', 'Wed: gym upper heavy', 'Fri: gym full', 'Sat: run long');
    const fixes = offered(text, 'fresh-for-quality');
    assert.deepEqual(titles(fixes).slice(0, 2), ["Reorder: 'run tempo 30min' before 'gym lower [squat 4x8]'", "Set times: 'gym lower [squat 4x8]' am, 'run tempo 30min' pm"]);
    assert.equal(fixes[0]?.preferred, true);
    assert.equal(textOf(fixes, "Reorder: 'run tempo 30min' before 'gym lower [squat 4x8]'").split('\n')[1], 'Mon: run tempo 30min then gym lower [squat 4x8]');
    assert.equal(textOf(fixes, "Set times: 'gym lower [squat 4x8]' am, 'run tempo 30min' pm").split('\n')[1], 'Mon: gym lower am [squat 4x8] then run tempo 30min pm');
    assert.equal(titles(fixes).at(-1), 'Ignore fresh-for-quality on this line');
  });

  it('session-order: reorder the two sessions, times follow', () => {
    const text = lines('goal: strength', 'Mon: run easy am + gym lower heavy pm', 'Wed: gym upper', 'Fri: gym full', 'Sat: run easy');
    const fixes = offered(text, 'session-order');
    assert.deepEqual(titles(fixes), ["Reorder: 'gym lower heavy pm' before 'run easy am'", 'Ignore session-order on this line']);
    assert.equal(fixes[0]?.text.split('\n')[1], 'Mon: gym lower heavy am + run easy pm');
    assert.equal(fixes[0]?.preferred, true);
  });

  it('gym-frequency: change an extra session into rest, keeping its text in a comment', () => {
    // The light session is the one a coach drops (never the week's only heavy one).
    const text = lines('goal: strength', 'Mon: gym lower heavy', 'Tue: gym upper', 'Wed: run easy', 'Thu: gym lower', 'Fri: gym upper light  # pump', 'Sat: run easy', 'Sun: rest');
    const fixes = offered(text, 'gym-frequency');
    assert.deepEqual(titles(fixes), ["Change 'gym upper light' into rest", 'Ignore gym-frequency on this line']);
    assert.deepEqual(fixes[0]?.text.split('\n').slice(5, 7), ['# was: gym upper light', 'Fri: rest  # pump']);
  });

  it('gym-frequency: never the week\'s only leg day, which would leave no leg training (no-leg-training)', () => {
    const text = lines('goal: balanced', 'Mon: gym upper heavy', 'Tue: gym lower', 'Wed: run easy', 'Thu: gym push', 'Fri: gym pull', 'Sat: run long');
    const fixes = offered(text, 'gym-frequency');
    assert.deepEqual(titles(fixes), ["Change 'gym push' into rest", 'Ignore gym-frequency on this line']);
    assert.equal(fixes[0]?.text.split('\n')[4], 'Thu: rest  # was: gym push');
  });

  it('run-frequency: change an extra run into rest', () => {
    // The 4th run is the long run, but the run a coach drops is the shortest easy run — never the long run or the only quality.
    const text = lines('goal: balanced', 'Mon: run easy', 'Tue: gym upper', 'Wed: run tempo', 'Thu: run easy 30min', 'Fri: rest', 'Sat: run long', 'Sun: rest');
    const fixes = offered(text, 'run-frequency');
    assert.deepEqual(titles(fixes), ["Change 'run easy 30min' into rest", 'Ignore run-frequency on this line']);
    assert.equal(fixes[0]?.text.split('\n')[4], 'Thu: rest  # was: run easy 30min');
  });

  it('frequency below the minimum offers only the ignore', () => {
    const text = lines('goal: balanced', 'Mon: gym upper', 'Wed: run easy', 'Fri: run tempo', 'Sun: rest');
    assert.deepEqual(titles(offered(text, 'gym-frequency')), ['Ignore gym-frequency on this line']);
  });

  it('quality-limit: make it easy', () => {
    const text = lines('goal: balanced', 'Mon: run tempo 40min', 'Tue: rest', 'Wed: run easy', 'Thu: run intervals 5x1km rpe 8', 'Fri: rest', 'Sat: gym upper', 'Sun: rest');
    const fixes = offered(text, 'quality-limit');
    assert.deepEqual(titles(fixes), ["Make 'run intervals 5x1km rpe 8' easy", 'Ignore quality-limit on this line']);
    assert.equal(fixes[0]?.text.split('\n')[4], 'Thu: run easy 5x1km');
    assert.equal(fixes[0]?.preferred, true);
  });

  it('all-runs-hard: make one of the runs easy', () => {
    const text = lines('goal: balanced', 'Mon: run tempo', 'Tue: gym upper', 'Wed: rest', 'Thu: run easy rpe 7', 'Fri: gym lower', 'Sat: rest', 'Sun: gym upper');
    const fixes = offered(text, 'all-runs-hard');
    assert.deepEqual(titles(fixes).slice(0, 2), ["Make 'run tempo' easy", "Make 'run easy rpe 7' easy"]);
    assert.equal(textOf(fixes, "Make 'run tempo' easy").split('\n')[1], 'Mon: run easy');
    assert.equal(textOf(fixes, "Make 'run easy rpe 7' easy").split('\n')[4], 'Thu: run easy');
  });

  it('easy-run-too-hard: drop the effort, or set rpe 3 / z2', () => {
    const text = lines('goal: balanced', 'Mon: gym upper', 'Tue: run easy rpe 6 40min', 'Wed: gym lower', 'Thu: run tempo', 'Fri: gym full', 'Sat: run easy z3', 'Sun: rest');
    const rpe = offered(text, 'easy-run-too-hard', 0);
    assert.deepEqual(titles(rpe), ["Drop 'rpe 6' from 'run easy rpe 6 40min'", "Set 'run easy rpe 6 40min' to rpe 3", 'Ignore easy-run-too-hard on this line']);
    assert.equal(rpe[0]?.text.split('\n')[2], 'Tue: run easy 40min');
    assert.equal(rpe[1]?.text.split('\n')[2], 'Tue: run easy rpe 3 40min');
    const zone = offered(text, 'easy-run-too-hard', 1);
    assert.deepEqual(titles(zone), ["Drop 'z3' from 'run easy z3'", "Set 'run easy z3' to z2", 'Ignore easy-run-too-hard on this line']);
    assert.equal(zone[1]?.text.split('\n')[6], 'Sat: run easy z2');
    // A share of the maximum heart rate read as a zone: its words are named and dropped with their '@'.
    const share = offered(lines('goal: running', 'Mon: easy run 40 min @ 85% MHR', 'Sat: long run 10 miles'), 'easy-run-too-hard', 0);
    assert.deepEqual(titles(share), ["Drop '85% MHR' from 'easy run 40 min @ 85% MHR'", "Set 'easy run 40 min @ 85% MHR' to z2", 'Ignore easy-run-too-hard on this line']);
    assert.equal(share[0]?.text.split('\n')[1], 'Mon: easy run 40 min');
    assert.equal(share[1]?.text.split('\n')[1], 'Mon: easy run 40 min @ z2');
  });

  it('gym-duration: cap at the configured minutes', () => {
    const text = lines('goal: balanced', 'Mon: gym upper 90min', 'Wed: run tempo', 'Thu: gym lower', 'Fri: gym full', 'Sat: run easy', 'Sun: rest');
    assert.deepEqual(offered(text, 'gym-duration').map((f) => [f.title, f.text.split('\n')[1]]), [
      ["Cap 'gym upper 90min' at 75min", 'Mon: gym upper 75min'],
      ['Ignore gym-duration on this line', 'Mon: gym upper 90min  # hybrid-ignore gym-duration'],
    ]);
    const { config } = resolveConfig([{ rules: { 'gym-duration': ['info', { minutes: 60 }] } }]);
    assert.deepEqual(titles(offered(text, 'gym-duration', 0, config)), ["Cap 'gym upper 90min' at 60min", 'Ignore gym-duration on this line']);
  });

  it('main-goal: insert each goal after the title', () => {
    const text = lines('plan "Spring"', 'Mon: gym upper', 'Wed: run tempo', 'Thu: gym lower', 'Fri: gym full', 'Sat: run easy', 'Sun: rest');
    const fixes = offered(text, 'main-goal');
    assert.deepEqual(titles(fixes).slice(0, 3), ['Insert goal: strength', 'Insert goal: running', 'Insert goal: balanced']);
    assert.equal(fixes[0]?.preferred, true);
    assert.deepEqual(textOf(fixes, 'Insert goal: balanced').split('\n').slice(0, 3), ['plan "Spring"', 'goal: balanced', 'Mon: gym upper']);
  });

  it('offers only the ignore for rules without fixes, and the did-you-mean for a syntax error', () => {
    const text = lines('goal: balanced', 'Mon: gym upper', 'Tue: run easy', 'Wed: gym lower', 'Thu: run tempo', 'Fri: gym full', 'Sat: run easy', 'Sun: bike');
    assert.deepEqual(titles(offered(text, 'rest-days')), ['Ignore rest-days on this line']);
    const broken = parsePlan('Mon: gim');
    const syntax = checkPlan(broken).find((d) => d.rule === 'syntax');
    assert.ok(syntax);
    const fixes = fixesFor(broken, syntax, defaultConfig());
    assert.deepEqual(
      fixes.map((fix) => [fix.title, fix.preferred, fix.edits]),
      [["Change 'gim' to 'gym'", true, [{ range: { start: { line: 0, column: 5 }, end: { line: 0, column: 8 } }, newText: 'gym' }]]],
    );
  });

  it('offers no move when every day would add a warning', () => {
    const text = lines('goal: balanced', 'Mon: gym lower heavy + run intervals', 'Tue: run tempo', 'Wed: gym legs heavy', 'Thu: run hills', 'Fri: gym lower heavy', 'Sat: run fartlek', 'Sun: bike hard');
    const fixes = offered(text, 'hard-same-day');
    assert.equal(fixes.filter((f) => f.title.startsWith('Move ')).length, 0);
  });
});
