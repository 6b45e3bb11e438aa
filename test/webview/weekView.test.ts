// The week view's HTML rendered in Chromium: chips, conflict outlines, the load chart, drag-and-drop, keyboard,
// live updates, escaping and the CSP. Uses a hand-written view model (see fixture.ts).
import { strict as assert } from 'node:assert';
import type { Browser } from 'playwright-core';
import { fixtureModel, HARD_SAME_DAY } from './fixture';
import { actions, FOCUSED_SESSION, launch, render, type RenderedView } from './harness';
import { renderWeekViewBody } from '../../client/src/weekView/html';

describe('week view webview (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let view: RenderedView;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    view = await render(browser, fixtureModel(), 'fixture');
  });
  afterEach(async () => {
    await view.page.close();
  });

  it('draws one chip per session, coloured by class', async () => {
    const chips = await view.page.$$eval('.chip', (elements) =>
      elements.map((element) => ({
        week: element.getAttribute('data-week'),
        weekday: element.getAttribute('data-weekday'),
        session: element.getAttribute('data-session'),
        chip: [...element.classList].find((name) => name.startsWith('chip-')),
        draggable: element.getAttribute('draggable'),
      })),
    );
    assert.equal(chips.length, 7 + 4 * 7);
    assert.deepEqual(
      chips.filter((chip) => chip.week === '1').map((chip) => [chip.weekday, chip.session, chip.chip, chip.draggable]),
      [
        ['0', '4:5', 'chip-hard-gym', 'true'],
        ['2', '6:5', 'chip-rest', 'false'],
        ['3', '7:5', 'chip-gym', 'true'],
        ['4', '8:5', 'chip-long-run', 'true'],
        ['5', '9:5', 'chip-heavy-legs', 'true'],
        ['5', '9:23', 'chip-quality-run', 'true'],
        ['6', '10:5', 'chip-cross', 'true'],
      ],
    );
    assert.equal(await view.page.locator('.day[data-week="1"][data-weekday="1"] .unplanned').textContent(), 'unplanned (rest)');
    assert.equal(await view.page.locator('.week').count(), 5);
    assert.equal(await view.page.locator('.legend-item').count(), 9);
    // The class colour is the theme's chart colour, on the chip's left edge.
    const edge = await view.page.locator('.chip[data-session="9:5"]').evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).borderLeftColor);
    assert.equal(edge, 'rgb(241, 76, 76)');
  });

  it('outlines a conflicting chip in its severity colour, with the rule id and the guide reason', async () => {
    const conflicted = view.page.locator('.chip.has-conflict');
    assert.equal(await conflicted.count(), 1);
    assert.equal(await conflicted.getAttribute('data-session'), '9:23');
    assert.deepEqual(await conflicted.evaluate((element) => [...element.classList]), [
      'chip',
      'chip-quality-run',
      'has-conflict',
      'conflict-error',
    ]);
    assert.equal(await conflicted.locator('.chip-rule').textContent(), 'hard-same-day');
    const title = await conflicted.getAttribute('title');
    assert.equal(
      title,
      `run intervals 6x800m — quality run\n60 min · RPE 6 · load 360\nhard-same-day (error): ${HARD_SAME_DAY.message}\nWhy: ${HARD_SAME_DAY.reason}`,
    );
    const outline = await conflicted.evaluate((element) => {
      const style = element.ownerDocument.defaultView!.getComputedStyle(element);
      return [style.outlineStyle, style.outlineColor, style.outlineWidth];
    });
    assert.deepEqual(outline, ['solid', 'rgb(241, 76, 76)', '2px']);
    assert.match((await conflicted.getAttribute('aria-label')) ?? '', /error hard-same-day: Heavy legs and a quality run/);
    // A week-level conflict is listed under its week with the rule id, and marks the week.
    const weekConflict = view.page.locator('section.week[data-week="2"] .week-conflicts li');
    assert.equal(await weekConflict.count(), 1);
    assert.equal(await weekConflict.locator('.rule-id').textContent(), 'rest-days');
    assert.equal(await view.page.locator('section.week.conflict-warning').count(), 1);
  });

  it('charts the weekly load with the acute:chronic band', async () => {
    assert.equal(await view.page.locator('svg.load-chart rect.bar').count(), 5);
    // Band and chronic points from week 4 on (3 weeks of history needed).
    assert.equal(await view.page.locator('svg.load-chart rect.band').count(), 2);
    assert.equal(await view.page.locator('svg.load-chart circle.chronic').count(), 2);
    const statuses = await view.page.$$eval('svg.load-chart rect.bar', (bars) =>
      bars.map((bar) => `${bar.getAttribute('data-week')}:${[...bar.classList].find((name) => name.startsWith('bar-'))}`),
    );
    assert.deepEqual(statuses, ['1:bar-no-history', '2:bar-no-history', '3:bar-no-history', '4:bar-in-band', '5:bar-above']);
    // Week 5 (3400) is above 1.5 × mean(1900, 2000, 1950) = 2925: the tallest bar, drawn above its band.
    const geometry = await view.page.$$eval('svg.load-chart rect.bar', (bars) => bars.map((bar) => Number(bar.getAttribute('height'))));
    assert.equal(Math.max(...geometry), geometry[4]);
    const bandTop = Number(await view.page.locator('svg.load-chart rect.band').nth(1).getAttribute('y'));
    const barTop = Number(await view.page.locator('svg.load-chart rect.bar').nth(4).getAttribute('y'));
    assert.ok(barTop < bandTop, `bar top ${barTop} should be above band top ${bandTop}`);
    assert.equal(
      await view.page.locator('svg.load-chart').getAttribute('aria-label'),
      'Weekly load of 5 weeks, from 1 800 to 3 400; above the 1.5× band in week 5',
    );
    assert.equal(await view.page.locator('.chart table tbody tr').count(), 5);
  });

  it('posts a move when a chip is dropped on another day of its week', async () => {
    await view.page.dragAndDrop('.chip[data-session="9:23"]', '.day[data-week="1"][data-weekday="2"]');
    assert.deepEqual(await actions(view), [{ type: 'move', session: '9:23', week: 1, toWeekday: 2 }]);
  });

  it('ignores drops on another week and on the same day, and rest chips do not drag', async () => {
    await view.page.dragAndDrop('.chip[data-session="9:23"]', '.day[data-week="2"][data-weekday="2"]');
    await view.page.dragAndDrop('.chip[data-session="9:23"]', '.chip[data-session="9:5"]');
    await view.page.dragAndDrop('.chip[data-session="6:5"]', '.day[data-week="1"][data-weekday="3"]');
    assert.deepEqual(await actions(view), []);
  });

  it('works by keyboard: Enter reveals, arrows navigate, Alt+Arrow moves, M asks for a day', async () => {
    const chip = view.page.locator('.chip[data-session="9:23"]');
    await chip.focus();
    await view.page.keyboard.press('Enter');
    await view.page.keyboard.press('Alt+ArrowLeft');
    await view.page.keyboard.press('m');
    assert.deepEqual(await actions(view), [
      { type: 'reveal', line: 9, column: 23 },
      { type: 'move', session: '9:23', week: 1, toWeekday: 4 },
      { type: 'pickMove', session: '9:23', week: 1 },
    ]);
    const focused = () => view.page.evaluate<string | null>(FOCUSED_SESSION);
    await view.page.keyboard.press('ArrowUp');
    assert.equal(await focused(), '9:5');
    await view.page.keyboard.press('ArrowRight');
    assert.equal(await focused(), '10:5');
    await view.page.keyboard.press('ArrowDown');
    assert.equal(await focused(), '19:5', "Sunday of week 2 ('walk' on line 19)");
    await view.page.keyboard.press('ArrowLeft');
    assert.equal(await focused(), '18:5');
    // Every chip is reachable with Tab and named for screen readers.
    const unnamed = await view.page.$$eval('.chip', (chips) =>
      chips.filter((element) => element.getAttribute('tabindex') !== '0' || !element.getAttribute('aria-label')).length,
    );
    assert.equal(unnamed, 0);
  });

  it('clicking a chip or a week title reveals its line; right-click asks for a day', async () => {
    await view.page.click('.chip[data-session="8:5"]');
    await view.page.click('section.week[data-week="2"] .reveal-line');
    await view.page.click('.chip[data-session="7:5"]', { button: 'right' });
    await view.page.click('.chip[data-session="6:5"]', { button: 'right' });
    assert.deepEqual(await actions(view), [
      { type: 'reveal', line: 8, column: 5 },
      { type: 'reveal', line: 12, column: 0 },
      { type: 'pickMove', session: '7:5', week: 1 },
    ]);
    // The rest chip cannot move: nothing posted, and the status region says why.
    assert.equal(await view.page.locator('#status').textContent(), 'A rest day cannot be moved; move a session onto it instead.');
  });

  it('applies a live update and keeps focus on the same chip', async () => {
    await view.page.locator('.chip[data-session="8:5"]').focus();
    const model = fixtureModel();
    model.weeks[0]!.days[4]!.sessions[0]!.text = 'run long 16km';
    model.weeks[0]!.summary = 'changed summary';
    await view.send({ type: 'update', html: renderWeekViewBody(model), version: 8, uri: 'file:///plans/balanced.hybrid' });
    await view.page.locator('section.week .summary').first().filter({ hasText: 'changed summary' }).waitFor();
    assert.equal(await view.page.locator('.chip[data-session="8:5"] .chip-text').textContent(), 'run long 16km');
    assert.equal(await view.page.evaluate<string | null>(FOCUSED_SESSION), '8:5');
    // The plan's URI is kept in the webview state, for VS Code to restore the view after a reload.
    assert.deepEqual(await view.page.evaluate('window.__state'), { uri: 'file:///plans/balanced.hybrid' });
    await view.send({ type: 'announce', text: "Moved 'run intervals 6x800m' to Wed." });
    assert.equal(await view.page.locator('#status').textContent(), "Moved 'run intervals 6x800m' to Wed.");
  });

  it('escapes plan text, has no inline styles and no CSP violation', async () => {
    assert.equal(await view.page.locator('h1').textContent(), 'Balanced <hybrid> & co');
    assert.equal(
      await view.page.locator('.chip[data-session="13:5"] .chip-text').textContent(),
      'gym lower heavy <squat>',
    );
    assert.equal(await view.page.locator('squat').count(), 0);
    assert.equal(await view.page.locator('body [style], body').evaluateAll((elements) => elements.filter((element) => element.hasAttribute('style')).length), 0);
    const csp = await view.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.equal(
      csp,
      "default-src 'none'; img-src file:; style-src file: 'nonce-dGVzdG5vbmNlMTIzNDU2Nw=='; script-src 'nonce-dGVzdG5vbmNlMTIzNDU2Nw=='",
    );
    assert.deepEqual(await view.violations(), []);
    await view.screenshot('fixture');
  });
});
