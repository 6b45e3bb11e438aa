// The week view (a webview) in a real VS Code (code-server) in Chromium: opened from the command palette, read in
// its nested iframes (code-server renders a webview as iframe.webview → iframe#active-frame), and a chip dragged to
// another day — the edit must reach the editor (checked on disk after Ctrl+S) and the view must re-render.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { current } from './hooks';
import { expectedAfterMove } from './plans';
import { NORMAL, SLOW, waitUntil, type Workbench } from './workbench';

const FILE = 'weekview.hybrid';

function readPlan(name: string): string {
  return fs.readFileSync(path.join(current().workspace, name), 'utf8');
}

/** The week view's document: the inner frame of the webview iframe. */
function weekView(workbench: Workbench): FrameLocator {
  return workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** Each weekday's chip texts (Mon … Sun) of week 1, in order. */
async function chipsByDay(view: FrameLocator): Promise<string[][]> {
  const days: string[][] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    const texts = await view.locator(`section.week[data-week="1"] .day[data-weekday="${weekday}"] .chip .chip-text`).allInnerTexts();
    days.push(texts.map((text) => text.trim()));
  }
  return days;
}

/** What a chip shows of its conflicts: its conflict classes and its rule labels with their severity. */
async function conflictsOf(view: FrameLocator): Promise<{ chip: string; classes: string[]; rules: string[] }[]> {
  const result: { chip: string; classes: string[]; rules: string[] }[] = [];
  for (const chip of await view.locator('.chip.has-conflict').all()) {
    const classes = ((await chip.getAttribute('class')) ?? '').split(/\s+/).filter((name) => name.includes('conflict'));
    const rules: string[] = [];
    for (const rule of await chip.locator('.chip-rule').all()) {
      const severity = /severity-(\w+)/.exec((await rule.getAttribute('class')) ?? '')?.[1] ?? '?';
      rules.push(`${(await rule.innerText()).trim()} (${severity})`);
    }
    result.push({ chip: (await chip.locator('.chip-text').innerText()).trim(), classes, rules });
  }
  return result;
}

describe('The week view in a real VS Code (code-server + Chromium)', function () {
  it('(8) Open Week View shows every session as a chip, outlines the conflict, and a dragged chip moves its session', async function () {
    const { workbench } = current();
    await workbench.openFile(FILE);
    await workbench.waitForLanguageMode('Hybrid Plan');
    await workbench.waitForSquiggles('the hard-same-day error', (counts) => counts.error > 0);
    const before = readPlan(FILE);

    await workbench.runCommand('Hybrid: Open Week View');
    const view = weekView(workbench);
    // The page first says "Loading…"; the server's model replaces the whole body in one update.
    await view.locator('section.week[data-week="1"] .chip').first().waitFor({ state: 'visible', timeout: SLOW });
    assert.equal((await view.locator('.plan-header h1').innerText()).trim(), 'Balanced hybrid');
    assert.equal(await view.locator('.chip').count(), 8, 'one chip per session, rest days included');
    assert.deepEqual(await chipsByDay(view), [
      ['gym upper heavy'],
      ['run intervals', 'gym lower heavy'],
      ['rest'],
      ['upperbody'],
      ['run long'],
      ['rest'],
      ['rest'],
    ]);
    // hard-same-day sits on the later of the two sessions; same-day-spacing (info) on it too; the worst one colours it.
    assert.deepEqual(await conflictsOf(view), [
      {
        chip: 'gym lower heavy',
        classes: ['has-conflict', 'conflict-error'],
        rules: ['hard-same-day (error)', 'same-day-spacing (info)'],
      },
    ]);
    // The outline is drawn in the theme's error colour, which VS Code hands the webview as a CSS variable.
    const conflicting = view.locator('.chip.has-conflict');
    const outline = await conflicting.evaluate(OUTLINE_AND_THEME_ERROR_COLOR);
    assert.equal(outline.style, 'solid');
    assert.equal(outline.width, '2px');
    assert.notEqual(outline.themeError, '', 'VS Code gives the webview --vscode-editorError-foreground');
    assert.equal(outline.color, outline.themeError, 'the outline has the theme error colour');
    // Beside the editor the panel is narrow: all seven days must still be on screen (no weekend cut off).
    const panel = await workbench.page.locator('iframe.webview.ready').boundingBox();
    assert.ok(panel, 'the webview iframe has a box');
    for (let weekday = 0; weekday < 7; weekday++) {
      const day = await view.locator(`section.week[data-week="1"] .day[data-weekday="${weekday}"]`).boundingBox();
      assert.ok(day && day.x >= panel.x && day.x + day.width <= panel.x + panel.width, `day ${weekday} ${JSON.stringify(day)} inside the panel ${JSON.stringify(panel)}`);
    }
    await workbench.screenshot('week-view-open');

    // Drag the heavy leg session from Tuesday onto Saturday (a rest day): it clears the conflict and creates none,
    // so no confirmation dialog.
    const saturday = view.locator('section.week[data-week="1"] .day[data-weekday="5"]');
    await conflicting.dragTo(saturday);
    await waitUntil(
      'the view to re-render with the session on Saturday',
      () => chipsByDay(view),
      (days) => days[5]?.join('|') === 'gym lower heavy',
    );
    assert.deepEqual(await chipsByDay(view), [
      ['gym upper heavy'],
      ['run intervals'],
      ['rest'],
      ['upperbody'],
      ['run long'],
      ['gym lower heavy'],
      ['rest'],
    ]);
    assert.equal(await view.locator('.chip').count(), 7, "Saturday's rest chip gave way to the session");
    assert.deepEqual(await conflictsOf(view), [], 'no chip is outlined any more');
    assert.equal(await view.locator('.chip.dragging, .drop-target').count(), 0, 'no drag styling is left behind');
    await workbench.screenshot('week-view-moved');

    // The move went through the editor: save it from the text editor (the webview has the focus after the drag).
    await workbench.runCommand('View: Focus First Editor Group');
    await workbench.page
      .locator(`.editor-group-container.active .tabs-container .tab.active.dirty[data-resource-name="${FILE}"]`)
      .waitFor({ state: 'visible', timeout: NORMAL });
    await workbench.save();
    const after = readPlan(FILE);
    assert.equal(after, before.replace('Tue: run intervals + gym lower heavy', 'Tue: run intervals').replace('Sat: rest', 'Sat: gym lower heavy'));
    assert.equal(after, expectedAfterMove(before, 'gym lower heavy', 'Tue', 'Sat'));
    await workbench.waitForSquiggles('no error or warning once the legs are on Saturday', (counts) => counts.error + counts.warning === 0);
  });
});

/**
 * Runs in the webview (plain JavaScript source, see MEASURE_TEXT_IN_EDITOR in workbench.ts): the chip's computed
 * outline and the theme's error colour resolved the same way (through a probe element's `color`).
 */
const OUTLINE_AND_THEME_ERROR_COLOR = new Function(
  'chip',
  `
  const style = getComputedStyle(chip);
  const probe = document.createElement('span');
  probe.style.color = 'var(--vscode-editorError-foreground)';
  document.body.appendChild(probe);
  const raw = getComputedStyle(document.documentElement).getPropertyValue('--vscode-editorError-foreground').trim();
  const themeError = raw === '' ? '' : getComputedStyle(probe).color;
  probe.remove();
  return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor, themeError };`,
) as (chip: unknown) => { style: string; width: string; color: string; themeError: string };
