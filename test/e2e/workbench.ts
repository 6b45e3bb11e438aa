// Drives the VS Code workbench (served by code-server) in Chromium the way a user would: clicks, keys, the mouse.
// Every wait is on a selector or a condition, never a fixed sleep.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Generous: the first diagnostics wait for the extension host and the language server to start. */
export const SLOW = 60_000;
export const NORMAL = 20_000;

export type SquiggleSeverity = 'error' | 'warning' | 'info';

export interface ProblemRow {
  severity: SquiggleSeverity | 'unknown';
  /** The diagnostic code the panel shows after the source, e.g. `hard-same-day`. */
  rule: string;
  text: string;
  /** 1-based, as the Problems panel shows `[Ln 5, Col 28]`. */
  line: number;
  column: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Polls a condition until it holds (a wait on state, not a sleep); throws with the last observation. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeout = NORMAL,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (accept(last)) return last;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? String(lastError) : JSON.stringify(last, null, 1);
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

export class Workbench {
  private step = 0;

  constructor(
    readonly page: Page,
    readonly workspace: string,
    readonly resultsDir: string,
  ) {}

  /** Saves a numbered screenshot of the whole workbench into the results folder. */
  async screenshot(name: string): Promise<string> {
    this.step += 1;
    const file = path.join(this.resultsDir, `${String(this.step).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async waitForWorkbench(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: SLOW });
    await this.page.locator('.explorer-folders-view').waitFor({ state: 'visible', timeout: SLOW });
  }

  /** The text editor of the active editor group. */
  get editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor[data-uri]').first();
  }

  /** Opens a workspace file by clicking it in the Explorer and waits for its editor to show. */
  async openFile(name: string): Promise<void> {
    const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
    await row.waitFor({ state: 'visible', timeout: SLOW });
    await row.click();
    await this.page
      .locator(`.tabs-container .tab.active[data-resource-name="${name}"]`)
      .waitFor({ state: 'visible', timeout: NORMAL });
    await this.editor.locator('.view-lines').waitFor({ state: 'visible', timeout: NORMAL });
    await this.focusEditor();
  }

  /** Puts the keyboard focus into the active editor (a click could land on a code lens or an inlay hint). */
  async focusEditor(): Promise<void> {
    if (await this.page.locator('.editor-group-container.active .monaco-editor.focused').count()) return;
    await this.runCommand('View: Focus Active Editor Group');
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: NORMAL });
  }

  /** Waits until the status bar shows the language mode `mode` (e.g. "Hybrid Plan") for the active editor. */
  async waitForLanguageMode(mode: string): Promise<string> {
    const item = this.page.locator('#status\\.editor\\.mode');
    return waitUntil(
      `the language mode "${mode}"`,
      async () => ((await item.isVisible()) ? (await item.innerText()).trim() : ''),
      (text) => text === mode,
      SLOW,
    );
  }

  /** Runs a command from the palette (F1) by its exact label. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: NORMAL });
    await input.fill(`>${label}`);
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    });
    await row.first().waitFor({ state: 'visible', timeout: NORMAL });
    await row.first().click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: NORMAL });
  }

  /** Moves the cursor to the 1-based line and column with "Go to Line/Column" (Ctrl+G). */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: NORMAL });
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: NORMAL });
    await waitUntil(
      `cursor at Ln ${line}, Col ${column}`,
      () => this.page.locator('#status\\.editor\\.selection').innerText(),
      (text) => text.includes(`Ln ${line}, Col ${column}`),
    );
  }

  /** Saves the active editor (Ctrl+S) and waits until the tab no longer shows unsaved changes. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: NORMAL });
  }

  /** Counts squiggles of each severity in the active editor. */
  async squiggleCounts(): Promise<Record<SquiggleSeverity, number>> {
    const [error, warning, info] = await Promise.all(
      (['error', 'warning', 'info'] as const).map((severity) => this.editor.locator(`.squiggly-${severity}`).count()),
    );
    return { error, warning, info };
  }

  async waitForSquiggles(
    what: string,
    accept: (counts: Record<SquiggleSeverity, number>) => boolean,
    timeout = SLOW,
  ): Promise<Record<SquiggleSeverity, number>> {
    return waitUntil(what, () => this.squiggleCounts(), accept, timeout);
  }

  /** Screen boxes of every squiggle of a severity in the active editor. */
  async squiggleBoxes(severity: SquiggleSeverity): Promise<Box[]> {
    const squiggles = this.editor.locator(`.squiggly-${severity}`);
    const boxes: Box[] = [];
    for (const squiggle of await squiggles.all()) {
      const box = await squiggle.boundingBox();
      if (box) boxes.push(box);
    }
    return boxes;
  }

  /**
   * The screen box of `needle` inside the rendered editor line whose text contains `lineText` (spaces are rendered
   * as no-break spaces; both are matched). Measured with a DOM Range over the line's text nodes, so it is exact.
   */
  async textBox(lineText: string, needle: string): Promise<Box> {
    const box = await this.editor.evaluate(MEASURE_TEXT_IN_EDITOR, { lineText, needle });
    if (!box || box.width === 0) throw new Error(`"${needle}" not found on a rendered line containing "${lineText}"`);
    return box;
  }

  /** Squiggles of a severity that lie on the same row as `target` and overlap it horizontally. */
  async squigglesOver(severity: SquiggleSeverity, target: Box): Promise<Box[]> {
    return (await this.squiggleBoxes(severity)).filter(
      (box) =>
        // On the target's row: a squiggle of the next line starts near the bottom of this one.
        box.y >= target.y - 2 &&
        box.y + box.height / 2 <= target.y + target.height &&
        box.x < target.x + target.width &&
        box.x + box.width > target.x,
    );
  }

  /** Moves the mouse onto the middle of a box and returns the text of the hover widget once it has content. */
  async hoverText(target: Box, expect: (text: string) => boolean, what: string): Promise<string> {
    await this.page.keyboard.press('Escape');
    // Move off and back on so that a hover which is already open for another place is replaced.
    await this.page.mouse.move(target.x + target.width / 2, target.y - 200 > 0 ? target.y - 200 : 1);
    await this.page.mouse.move(target.x + Math.min(target.width / 2, 12), target.y + target.height / 2, { steps: 4 });
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents');
    const text = await waitUntil(what, async () => (await hover.allInnerTexts()).join('\n'), expect, NORMAL);
    // Let the fade-in finish so that screenshots show the hover, not a half-transparent one.
    await this.page.locator('.monaco-hover:not(.hidden)').first().evaluate(SETTLE_ANIMATIONS);
    return text;
  }

  /** Opens the Problems panel (Ctrl+Shift+M) if it is closed. */
  async showProblems(): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: NORMAL });
    }
  }

  /** The Problems panel's marker rows listed under the file `fileName` (the panel groups them by file). */
  async problems(fileName: string): Promise<ProblemRow[]> {
    await this.showProblems();
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    const result: ProblemRow[] = [];
    let inFile = false;
    for (const row of await rows.all()) {
      // Rows: level 1 a file ("2 problems in file x.hybrid of folder ."), level 2 a problem ("Error: … at line 6 and
      // character 27. …"), level 3 its related locations.
      const level = await row.getAttribute('aria-level');
      const label = (await row.getAttribute('aria-label')) ?? '';
      if (level === '1') {
        inFile = / in file (\S+) /.exec(label)?.[1] === fileName;
        continue;
      }
      if (level !== '2' || !inFile) continue;
      const text = (await row.innerText()).replace(/\s+/g, ' ').trim();
      const position = /\[Ln (\d+), Col (\d+)\]/.exec(text);
      if (!position) continue;
      const severityWord = /^(Error|Warning|Info)\b/.exec(label)?.[1];
      const severity: ProblemRow['severity'] = severityWord ? (severityWord.toLowerCase() as SquiggleSeverity) : 'unknown';
      const rule = /([a-z][a-z-]*[a-z])\)?\s*\[Ln/.exec(text)?.[1] ?? '';
      result.push({ severity, rule, text, line: Number(position[1]), column: Number(position[2]) });
    }
    return result;
  }

  /** The texts of the code lenses shown in the active editor, once at least one shows. */
  async codeLenses(timeout = SLOW): Promise<string[]> {
    const lenses = this.editor.locator('.codelens-decoration');
    await lenses.first().waitFor({ state: 'visible', timeout });
    return (await lenses.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Opens the quick-fix menu (Ctrl+.) at the cursor and returns the titles of its actions, in menu order. */
  async openQuickFixes(): Promise<string[]> {
    await this.page.keyboard.press('Control+.');
    return this.actionTitles();
  }

  /** The titles of the open action menu (quick fixes, source actions), in menu order, once it shows. */
  async actionTitles(): Promise<string[]> {
    await this.page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'visible', timeout: NORMAL });
    return this.quickFixTitles();
  }

  private async quickFixTitles(): Promise<string[]> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    const titles: string[] = [];
    for (const row of await rows.all()) titles.push((await row.getAttribute('aria-label')) ?? '');
    return titles;
  }

  /**
   * Chooses the action titled `title` from the open quick-fix or source-action menu with the keyboard (arrows, then Enter), as the menu
   * sits under a pointer-blocking overlay that swallows synthetic clicks.
   */
  async chooseQuickFix(title: string): Promise<void> {
    const titles = await this.quickFixTitles();
    const index = titles.indexOf(title);
    if (index < 0) throw new Error(`quick fix "${title}" not in the menu: ${JSON.stringify(titles)}`);
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    await focused.waitFor({ state: 'visible', timeout: NORMAL });
    const start = titles.indexOf((await focused.getAttribute('aria-label')) ?? '');
    const steps = index - start;
    for (let step = 0; step < Math.abs(steps); step++) await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await waitUntil(
      `"${title}" to be focused in the quick-fix menu`,
      () => focused.getAttribute('aria-label'),
      (label) => label === title,
    );
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: NORMAL });
  }

  /** Closes whatever widget, menu or quick input is open (a stray one from a failed step must not block the next). */
  async closeWidgets(): Promise<void> {
    for (let press = 0; press < 3; press++) await this.page.keyboard.press('Escape');
    await this.page.locator('.context-view-pointerBlock').first().waitFor({ state: 'hidden', timeout: NORMAL });
  }

  /** Labels of the suggestion widget's rendered rows, once it is visible. */
  async suggestions(): Promise<string[]> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ state: 'visible', timeout: NORMAL });
    const labels = widget.locator('.monaco-list-row .label-name');
    await labels.first().waitFor({ state: 'visible', timeout: NORMAL });
    return (await labels.allInnerTexts()).map((label) => label.trim());
  }

  /** Opens the Outline view in the Explorer (once) and returns its rendered rows with their tree depth. */
  async outline(): Promise<{ label: string; level: number }[]> {
    const tree = this.page.locator('.outline-pane .monaco-list').first();
    if (!(await tree.isVisible())) {
      await this.runCommand('Explorer: Focus on Outline View');
      await tree.waitFor({ state: 'visible', timeout: NORMAL });
    }
    const result: { label: string; level: number }[] = [];
    for (const row of await tree.locator('.monaco-list-row').all()) {
      const label = (await row.locator('.label-name').first().innerText()).trim();
      const level = Number((await row.getAttribute('aria-level')) ?? '0');
      result.push({ label, level });
    }
    return result;
  }

  /** Saves the page HTML and a screenshot for a failed test. */
  async saveFailure(name: string): Promise<void> {
    const safe = name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80);
    fs.writeFileSync(path.join(this.resultsDir, `FAILED-${safe}.html`), await this.page.content());
    await this.page.screenshot({ path: path.join(this.resultsDir, `FAILED-${safe}.png`) });
  }
}

/**
 * Runs in the page (plain JavaScript source: the server code has no DOM types, and tsx's `__name` wrapper would be
 * undefined there). Finds the rendered line containing `lineText` (spaces render as no-break spaces) and measures
 * `needle` on it with a DOM Range over the line's text nodes.
 */
const MEASURE_TEXT_IN_EDITOR = new Function(
  'editorElement',
  'args',
  `
  const lines = Array.from(editorElement.querySelectorAll('.view-lines .view-line'));
  const textOf = (element) => (element.textContent || '').replace(/\\u00a0/g, ' ');
  const line = lines.find((element) => textOf(element).includes(args.lineText));
  if (!line) return undefined;
  const text = textOf(line);
  const start = text.indexOf(args.needle, text.indexOf(args.lineText));
  if (start < 0) return undefined;
  const end = start + args.needle.length;
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node.textContent || '').length;
    if (!startSet && start < offset + length) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end <= offset + length) {
      range.setEnd(node, end - offset);
      break;
    }
    offset += length;
  }
  const rect = range.getBoundingClientRect();
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };`,
) as (editorElement: unknown, args: { lineText: string; needle: string }) => Box | undefined;

/** Runs in the page: resolves when the element's CSS animations (and its children's) have finished. */
const SETTLE_ANIMATIONS = new Function(
  'element',
  'return Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)).then(() => true);',
) as (element: unknown) => Promise<boolean>;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
