// The week view beside the editor (half the window or less), in Chromium, through the real pipeline: loads never
// overlap another day's name, chip text breaks only between words, the grid is not pushed below the fold, a short
// plan shows its grid first, and a live update after a drop keeps the reader's scroll position.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderWeekViewBody } from '../../client/src/weekView/html';
import { buildWeekView, type WeekViewModel } from '../../server/src/features/weekView';
import { parsePlan } from '../../server/src/language/parser';
import { defaultConfig } from '../../server/src/rules/config';
import { checkPlan } from '../../server/src/rules/registry';
import { launch, render, ROOT, type RenderedView } from './harness';

function modelOf(text: string): WeekViewModel {
  const plan = parsePlan(text);
  return buildWeekView(plan, checkPlan(plan, defaultConfig()), { uri: 'file:///plan.hybrid', version: 1 });
}

const MISTAKES = readFileSync(join(ROOT, 'examples/mistakes.hybrid'), 'utf8');
const TWELVE = readFileSync(join(ROOT, 'examples/twelve-weeks.hybrid'), 'utf8');

/** Page-side: boxes that overlap, words of chip text drawn on two lines, where the first week's days start. */
const MEASURE = `(() => {
  const overlaps = [];
  const box = (element) => element.getBoundingClientRect();
  const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const names = Array.from(document.querySelectorAll('.day-name'));
  for (const load of document.querySelectorAll('.day-load')) {
    for (const name of names) if (!load.parentElement.contains(name) && hit(box(load), box(name))) overlaps.push(load.textContent + ' over ' + name.textContent);
    if (box(load).right > box(load.closest('.day')).right + 0.5) overlaps.push(load.textContent + ' sticks out of its day');
  }
  const broken = [];
  for (const text of document.querySelectorAll('.chip-text')) {
    const node = text.firstChild;
    if (!node) continue;
    const content = node.textContent;
    let start = 0;
    for (const word of content.split(' ')) {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(word + ' in ' + content);
      start += word.length + 1;
    }
  }
  const firstDays = document.querySelector('section.week .days');
  const chart = document.querySelector('.chart');
  const firstWeek = document.querySelector('section.week');
  return {
    overlaps,
    broken,
    firstDaysTop: firstDays ? firstDays.getBoundingClientRect().top : -1,
    viewport: window.innerHeight,
    gridFirst: !!(chart && firstWeek && (firstWeek.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING)),
    overflowX: document.documentElement.scrollWidth > window.innerWidth,
  };
})()`;

interface Measured {
  overlaps: string[];
  broken: string[];
  firstDaysTop: number;
  viewport: number;
  gridFirst: boolean;
  overflowX: boolean;
}

describe('week view at half the window (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let view: RenderedView | undefined;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await view?.page.close();
    view = undefined;
  });

  for (const width of [420, 560, 700, 1100]) {
    it(`at ${width} px: no load over a day name, no word broken, no sideways scroll`, async () => {
      view = await render(browser, modelOf(MISTAKES), `half-width-${width}`);
      await view.page.setViewportSize({ width, height: 800 });
      const measured = await view.page.evaluate<Measured>(MEASURE);
      await view.screenshot(`half-width-${width}`);
      assert.deepEqual(measured.overlaps, []);
      assert.deepEqual(measured.broken, []);
      assert.equal(measured.overflowX, false);
    });
  }

  it('a twelve-week plan: the chart stays small enough for the first week to start above the fold', async () => {
    view = await render(browser, modelOf(TWELVE), 'half-width-twelve');
    await view.page.setViewportSize({ width: 560, height: 800 });
    const measured = await view.page.evaluate<Measured>(MEASURE);
    assert.equal(measured.gridFirst, false, 'twelve weeks: the chart comes first');
    assert.ok(measured.firstDaysTop > 0 && measured.firstDaysTop < measured.viewport * 0.75, JSON.stringify(measured));
  });

  it('a short plan shows its week grid first, the chart after', async () => {
    const week = ['goal: balanced', 'Mon: gym upper heavy', 'Tue: run intervals 6x800m', 'Wed: rest', 'Thu: gym upper', 'Fri: run long 14km', 'Sat: gym lower heavy', 'Sun: rest'].join('\n');
    view = await render(browser, modelOf(week), 'half-width-short');
    await view.page.setViewportSize({ width: 560, height: 800 });
    const measured = await view.page.evaluate<Measured>(MEASURE);
    assert.equal(measured.gridFirst, true);
    assert.ok(measured.firstDaysTop < 300, JSON.stringify(measured));
  });

  it('reopened (a reload, or shown again), goes back to where the reader was once the weeks are drawn', async () => {
    const model = modelOf(TWELVE);
    // It starts as "Loading…", as the panel creates it, with the position VS Code kept in the webview state.
    view = await render(browser, undefined, 'half-width-restore', { state: { scrollY: 1500 }, notice: 'Loading the week view…', width: 560, height: 700 });
    await view.send({ type: 'update', html: renderWeekViewBody(model), version: 1, uri: 'file:///plan.hybrid' });
    const scrollY = await view.page.evaluate<number>('window.scrollY');
    assert.ok(Math.abs(scrollY - 1500) <= 2, `scrollY ${scrollY}`);
  });

  it('keeps the scroll position when the view re-renders after a drop', async () => {
    const model = modelOf(TWELVE);
    view = await render(browser, model, 'half-width-scroll');
    await view.page.setViewportSize({ width: 560, height: 700 });
    // Scroll to week 6 and move a chip there one day later (Alt+Right, as a drop does): the view re-renders.
    await view.page.evaluate(`document.querySelector('section.week[data-week="6"]').scrollIntoView({ block: 'start' })`);
    const before = await view.page.evaluate<number>('window.scrollY');
    assert.ok(before > 500, `scrolled down: ${before}`);
    const chip = view.page.locator('section.week[data-week="6"] .chip[data-movable="true"]').first();
    await chip.focus();
    const afterFocus = await view.page.evaluate<number>('window.scrollY');
    await chip.press('Alt+ArrowRight');
    await view.send({ type: 'update', html: renderWeekViewBody(model), version: 2 });
    const after = await view.page.evaluate<number>('window.scrollY');
    assert.ok(Math.abs(after - afterFocus) <= 2, `scrollY ${afterFocus} → ${after}`);
    assert.equal(await view.page.evaluate<string | null>(`document.activeElement && document.activeElement.closest('section.week') && document.activeElement.closest('section.week').getAttribute('data-week')`), '6');
  });
});
