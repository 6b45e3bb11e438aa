// From text to view to text: the server builds the view model of a real plan, Chromium renders it, a chip is
// dragged (or moved by keyboard), the message the webview posts is validated like the extension does and checked
// like `hybrid/checkMove` does, and its edits (the quick fix's `moveSession`) give the expected plan text.
import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import { applyEdits } from '../../server/src/analysis/edits';
import { parsePlan } from '../../server/src/language/parser';
import { checkPlan } from '../../server/src/rules/registry';
import { defaultConfig } from '../../server/src/rules/config';
import { buildWeekView, checkMove, type MoveCheck } from '../../server/src/features/weekView';
import { parseWebviewMessage } from '../../client/src/weekView/messages';
import { actions, launch, render } from './harness';
import { BALANCED_WITH_CONFLICT as PLAN } from './fixture';


function viewOf(text: string) {
  const plan = parsePlan(text);
  const diagnostics = checkPlan(plan, defaultConfig());
  return { plan, diagnostics, model: buildWeekView(plan, diagnostics, { uri: 'file:///balanced.hybrid', version: 3 }) };
}

function ok(check: MoveCheck): Extract<MoveCheck, { ok: true }> {
  assert.ok(check.ok, check.ok ? '' : check.error);
  return check;
}

describe('week view moves, from the view model to the text (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('builds the view model of the plan: chips, conflicts with the guide reason, dates and the chart', () => {
    const { model } = viewOf(PLAN);
    const week = model.weeks[0]!;
    assert.deepEqual(
      week.days.map((day) => [day.name, day.date, day.sessions.map((session) => `${session.id} ${session.chip}`)]),
      [
        ['Mon', '2026-12-07', ['4:5 hard-gym']],
        ['Tue', '2026-12-08', ['5:5 quality-run']],
        ['Wed', '2026-12-09', ['6:5 rest']],
        ['Thu', '2026-12-10', ['7:5 gym']],
        ['Fri', '2026-12-11', ['8:5 long-run']],
        ['Sat', '2026-12-12', ['9:5 heavy-legs', '9:23 quality-run']],
        ['Sun', '2026-12-13', ['10:5 rest']],
      ],
    );
    const tempo = week.days[5]!.sessions[1]!;
    const rules = tempo.conflicts.map((conflict) => `${conflict.severity} ${conflict.rule}`);
    assert.ok(rules.includes('error hard-same-day'), rules.join(', '));
    const sameDay = tempo.conflicts.find((conflict) => conflict.rule === 'hard-same-day')!;
    assert.match(sameDay.reason, /heavy squats \+ intervals/i);
    assert.equal(model.loads.length, 1);
    assert.equal(model.loads[0]!.status, 'no-history');
    assert.equal(model.loads[0]!.load, week.load);
  });

  it('a chip dropped on Thursday moves it there, clearing the same-day conflict', async () => {
    const { plan, diagnostics, model } = viewOf(PLAN);
    const view = await render(browser, model, 'balanced');
    try {
      const tempo = view.page.locator('.chip[data-session="9:23"]');
      assert.deepEqual(await tempo.evaluate((element) => [...element.classList]), [
        'chip',
        'chip-quality-run',
        'has-conflict',
        'conflict-error',
      ]);
      await view.page.dragAndDrop('.chip[data-session="9:23"]', '.day[data-week="1"][data-weekday="3"]');
      const posted = await actions(view);
      assert.deepEqual(posted, [{ type: 'move', session: '9:23', week: 1, toWeekday: 3 }]);
      await view.screenshot('balanced');
      const message = parseWebviewMessage(posted[0]);
      assert.ok(message?.type === 'move');
      const check = ok(checkMove(plan, defaultConfig(), message, diagnostics));
      assert.equal(check.title, "Move 'run tempo 30min' to Thu");
      assert.equal(
        applyEdits(PLAN, check.edits),
        PLAN.replace('Thu: gym upper', 'Thu: run tempo 30min + gym upper').replace('Sat: gym lower heavy + run tempo 30min', 'Sat: gym lower heavy'),
      );
      assert.deepEqual(check.created, []);
      assert.deepEqual(check.cleared.map((conflict) => `${conflict.severity} ${conflict.rule}`), ['error hard-same-day']);
    } finally {
      await view.page.close();
    }
  });

  it('a move that creates a conflict says which rule and why (the extension asks before applying)', async () => {
    const { plan, diagnostics, model } = viewOf(PLAN);
    const view = await render(browser, model, 'balanced-keyboard');
    try {
      // Thursday's moderate upper session to Friday by keyboard: harmless. The tempo run to Sunday, after the heavy
      // leg Saturday: a quality run the day after heavy legs.
      await view.page.locator('.chip[data-session="7:5"]').focus();
      await view.page.keyboard.press('Alt+ArrowRight');
      await view.page.dragAndDrop('.chip[data-session="9:23"]', '.day[data-week="1"][data-weekday="6"]');
      const [toFriday, toSunday] = (await actions(view)).map((raw) => parseWebviewMessage(raw));
      assert.deepEqual(toFriday, { type: 'move', session: '7:5', week: 1, toWeekday: 4 });
      assert.deepEqual(toSunday, { type: 'move', session: '9:23', week: 1, toWeekday: 6 });
      assert.ok(toFriday?.type === 'move' && toSunday?.type === 'move');

      const friday = ok(checkMove(plan, defaultConfig(), toFriday, diagnostics));
      assert.equal(applyEdits(PLAN, friday.edits), PLAN.replace('Thu: gym upper', 'Thu: rest').replace('Fri: run long 14km', 'Fri: run long 14km + gym upper'));

      const sunday = ok(checkMove(plan, defaultConfig(), toSunday, diagnostics));
      assert.equal(applyEdits(PLAN, sunday.edits), PLAN.replace('Sun: rest', 'Sun: run tempo 30min').replace(' + run tempo 30min', ''));
      // A single-week plan wraps Sunday → Monday: Sat heavy legs, Sun tempo, Mon heavy upper, Tue intervals. The
      // Sat → Sun leg-hard pair is hard-after-heavy-legs' (one mistake, one warning); a heavy upper day is not one of
      // back-to-back-hard's hard days (docs/rules/back-to-back-hard.md), so Sat–Sun–Mon is not three in a row.
      assert.deepEqual(
        sunday.created.map((conflict) => `${conflict.severity} ${conflict.rule}`),
        ['warning hard-after-heavy-legs'],
      );
      const afterLegs = sunday.created[0]!;
      assert.match(afterLegs.message, /^Quality run \(Sun: run tempo 30min\) the day after heavy legs/);
      assert.match(afterLegs.reason, /long runs the day after brutal leg sessions/);
      // The same-day error goes; the 2nd-quality-run warning only moves with the run, so it is neither new nor cleared.
      assert.deepEqual(sunday.cleared.map((conflict) => `${conflict.severity} ${conflict.rule}`), ['error hard-same-day']);
    } finally {
      await view.page.close();
    }
  });

  it('says when there is nothing to draw, and how many lines do not parse', async () => {
    const empty = await render(browser, viewOf('plan "Empty"\n').model, 'empty');
    try {
      assert.equal(await empty.page.locator('p.empty').textContent(), 'No days planned yet: write a line like Mon: gym upper heavy.');
      assert.equal(await empty.page.locator('svg.load-chart').count(), 0);
    } finally {
      await empty.page.close();
    }
    const broken = await render(browser, viewOf('Mon: gim\nTue: run easy\n').model, 'broken');
    try {
      assert.equal(await broken.page.locator('.syntax-errors').textContent(), '1 syntax error: lines that do not parse are not shown.');
      assert.equal(await broken.page.locator('.chip').count(), 1);
      assert.deepEqual(await broken.violations(), []);
    } finally {
      await broken.page.close();
    }
  });

  it('refuses moves the view cannot make, with a reason', () => {
    const { plan, diagnostics } = viewOf(PLAN);
    assert.deepEqual(checkMove(plan, defaultConfig(), { session: '6:5', week: 1, toWeekday: 3 }, diagnostics), {
      ok: false,
      error: 'A rest day cannot be moved; move a session onto it instead.',
    });
    assert.deepEqual(checkMove(plan, defaultConfig(), { session: '4:5', week: 1, toWeekday: 0 }, diagnostics), {
      ok: false,
      error: "'gym upper heavy' is already on Mon.",
    });
    assert.deepEqual(checkMove(plan, defaultConfig(), { session: '40:1', week: 1, toWeekday: 2 }, diagnostics), {
      ok: false,
      error: 'That session is no longer in the plan; the view has been refreshed.',
    });
  });
});
