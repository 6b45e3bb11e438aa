// The twelve-week example through the real pipeline (parse → check → view model → HTML) in Chromium: twelve weeks,
// one chip per session, the load chart with its band from week 4, and opening the view at a week (code lens).
// Its screenshot is the README's picture (docs/images/week-view.png is a copy of test-results/webview/twelve-weeks.png).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parsePlan } from '../../server/src/language/parser';
import { checkPlan } from '../../server/src/rules/registry';
import { defaultConfig } from '../../server/src/rules/config';
import { buildWeekView } from '../../server/src/features/weekView';
import { launch, render, ROOT } from './harness';

const EXAMPLE = join(ROOT, 'examples/twelve-weeks.hybrid');
const FIXTURE = join(ROOT, 'test/unit/export/fixtures/twelve-weeks.hybrid');

/** The example, with weeks 1–3's Thursday upper session turned into a second quality run so the view shows a conflict. */
function planText(): string {
  const text = readFileSync(existsSync(EXAMPLE) ? EXAMPLE : FIXTURE, 'utf8');
  return text.replace('Thu: upperbody 45min', 'Thu: run tempo 40min');
}

describe('week view of a twelve-week plan (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows every week, every session and the load chart with its band', async () => {
    const text = planText();
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors, []);
    const diagnostics = checkPlan(plan, defaultConfig());
    const model = buildWeekView(plan, diagnostics, { uri: 'file:///twelve-weeks.hybrid', version: 1 });
    const view = await render(browser, model, 'twelve-weeks');
    try {
      const sessions = plan.weeks.reduce((sum, week) => sum + week.days.reduce((days, day) => days + day.sessions.length, 0), 0);
      assert.equal(await view.page.locator('section.week').count(), 12);
      assert.equal(await view.page.locator('.chip').count(), sessions);
      assert.equal(await view.page.locator('svg.load-chart rect.bar').count(), 12);
      assert.equal(await view.page.locator('svg.load-chart rect.band').count(), 9);
      assert.equal(await view.page.locator('svg.load-chart circle.chronic').count(), 9);
      // Each chart bar's height follows its week's load.
      const bars = await view.page.$$eval('svg.load-chart rect.bar', (elements) => elements.map((bar) => Number(bar.getAttribute('height'))));
      const loads = model.weeks.map((week) => week.load);
      const tallest = loads.indexOf(Math.max(...loads));
      assert.equal(bars.indexOf(Math.max(...bars)), tallest);
      // The second quality run of weeks 1–3 is outlined, with its rule, in each of the three weeks.
      const flagged = await view.page.$$eval('.chip.has-conflict', (chips) =>
        chips.map((chip) => `${chip.getAttribute('data-week')} ${chip.querySelector('.chip-text')?.textContent} ${chip.querySelector('.chip-rule')?.textContent}`),
      );
      assert.deepEqual(flagged.filter((entry) => entry.endsWith('quality-limit')), [
        '1 run tempo 40min quality-limit',
        '2 run tempo 40min quality-limit',
        '3 run tempo 40min quality-limit',
      ]);
      await view.screenshot('twelve-weeks-full');
      await view.page.screenshot({ path: join(ROOT, 'test-results/webview/twelve-weeks.png') });

      // The code lens opens the view at a week: the extension sends `showWeek`.
      await view.send({ type: 'showWeek', week: 8 });
      await view.page.waitForFunction(`document.activeElement && document.activeElement.textContent === 'Week 8'`);
      const [top, scrolled, height] = await view.page
        .locator('section.week[data-week="8"] .week-title')
        .evaluate((element) => [element.getBoundingClientRect().top, element.ownerDocument.defaultView!.scrollY, element.ownerDocument.defaultView!.innerHeight]);
      assert.ok(scrolled! > 0 && top! >= 0 && top! < height!, `week 8's title in view (top ${top}, scrolled ${scrolled})`);
    } finally {
      await view.page.close();
    }
  });
});
