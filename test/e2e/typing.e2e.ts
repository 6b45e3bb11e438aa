// Typing like a person (issue 14): a whole plan typed key by key at human speed, with pauses at line ends, Enter,
// Backspace over a typo, a completion taken with Tab, an exercise list and a note, in code-server with default
// settings. The saved file must be exactly what was meant: completion never takes a keystroke meant as text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { current } from './hooks';
import { NORMAL, waitUntil, type Workbench } from './workbench';
import { KEY_DELAY_MS, LINE_END_PAUSE_MS, SUGGEST, endLine as endLineShot, typeKeys } from './human';

const endLine = (workbench: Workbench, line: string): Promise<void> => endLineShot(workbench, line, 'typing-list-open-at-line-end');

function readPlan(name: string): string {
  return fs.readFileSync(path.join(current().workspace, name), 'utf8');
}

/** The rendered line of the editor that starts with `prefix` (spaces render as no-break spaces). */
async function renderedLine(workbench: Workbench, prefix: string): Promise<string> {
  const lines = await workbench.editor.locator('.view-lines .view-line').allInnerTexts();
  return lines.map((line) => line.replace(/\u00a0/g, ' ')).find((line) => line.startsWith(prefix)) ?? '';
}

describe('Typing a plan as a person does (code-server, default settings)', function () {
  it('(9) a whole week typed key by key saves exactly what was typed', async function () {
    const { workbench } = current();
    await workbench.openFile('human.hybrid');
    await workbench.waitForLanguageMode('Hybrid Plan');
    // (The scenarios of editor.e2e.ts ran first: the language server is up and answers completion.)
    const before = readPlan('human.hybrid');
    await workbench.goTo(2, 1);

    // Title and goal: the quotes are auto-closed and typed over, as a person types them.
    await typeKeys(workbench, 'plan "Base week"');
    await endLine(workbench, 'plan "Base week"');
    await typeKeys(workbench, 'goal: balanced');
    await endLine(workbench, 'goal: balanced');
    await workbench.page.keyboard.press('Enter');

    for (const line of ['Mon: gym upper heavy', 'Tue: run intervals 6x800m']) {
      await typeKeys(workbench, line);
      await endLine(workbench, line);
    }

    // A typo corrected: "rets" → Backspace twice → "rest".
    await typeKeys(workbench, 'Wed: rets');
    await workbench.page.waitForTimeout(LINE_END_PAUSE_MS);
    await workbench.page.keyboard.press('Backspace', { delay: KEY_DELAY_MS });
    await workbench.page.keyboard.press('Backspace', { delay: KEY_DELAY_MS });
    await typeKeys(workbench, 'st');
    await endLine(workbench, 'Wed: rest');

    // A completion taken with Tab: "up" → the list offers "upper" → Tab.
    await typeKeys(workbench, 'Thu: gym up');
    await waitUntil(
      '"upper" focused in the suggestion list',
      () => workbench.page.locator(`${SUGGEST} .monaco-list-row.focused .label-name`).first().innerText({ timeout: 1000 }),
      (label) => label.trim() === 'upper',
    );
    await workbench.screenshot('typing-completion-upper');
    await workbench.page.keyboard.press('Tab');
    // (An inlay hint with the day's load may follow the text on screen.)
    await waitUntil('"Thu: gym upper" on screen', () => renderedLine(workbench, 'Thu:'), (text) => /^Thu: gym upper(?![a-z])/.test(text));
    await typeKeys(workbench, ' moderate 60min');
    await endLine(workbench, 'Thu: gym upper moderate 60min');

    // A note: the quote is auto-closed; commas and spaces inside it are text, not triggers.
    await typeKeys(workbench, 'Fri: run long 14km "easy pace, chat"');
    await endLine(workbench, 'Fri: run long 14km "easy pace, chat"');

    // An exercise list: the bracket is auto-closed and typed over; exercise names with spaces.
    await typeKeys(workbench, 'Sat: gym lower heavy [squat 5x5, romanian deadlift 3x8]');
    await endLine(workbench, 'Sat: gym lower heavy [squat 5x5, romanian deadlift 3x8]');
    await typeKeys(workbench, 'Sun: rest');
    await workbench.page.waitForTimeout(LINE_END_PAUSE_MS);
    await workbench.page.locator(SUGGEST).waitFor({ state: 'hidden', timeout: NORMAL });
    await workbench.screenshot('typing-week-typed');
    await workbench.save();

    const meant = [
      'plan "Base week"',
      'goal: balanced',
      '',
      'Mon: gym upper heavy',
      'Tue: run intervals 6x800m',
      'Wed: rest',
      'Thu: gym upper moderate 60min',
      'Fri: run long 14km "easy pace, chat"',
      'Sat: gym lower heavy [squat 5x5, romanian deadlift 3x8]',
      'Sun: rest',
    ].join('\n');
    assert.equal(readPlan('human.hybrid'), `${before}${meant}`);
  });

  it('(10) typing inside an existing exercise list and note changes only what was typed', async function () {
    const { workbench } = current();
    await workbench.openFile('human.hybrid');
    const before = readPlan('human.hybrid');
    const lines = before.split('\n');
    const sat = lines.findIndex((line) => line.startsWith('Sat:'));
    // Inside the list, after "3x8": another exercise.
    await workbench.goTo(sat + 1, lines[sat].indexOf(']') + 1);
    await typeKeys(workbench, ', plank 3x60s');
    // Inside the note, after "chat": more words with a colon and a plus.
    const fri = lines.findIndex((line) => line.startsWith('Fri:'));
    await workbench.goTo(fri + 1, lines[fri].lastIndexOf('"') + 1);
    await typeKeys(workbench, ' + strides: 4x20s');
    await workbench.page.waitForTimeout(LINE_END_PAUSE_MS);
    await workbench.page.locator(SUGGEST).waitFor({ state: 'hidden', timeout: NORMAL });
    await workbench.save();
    const expected = before
      .replace('romanian deadlift 3x8]', 'romanian deadlift 3x8, plank 3x60s]')
      .replace('"easy pace, chat"', '"easy pace, chat + strides: 4x20s"');
    assert.equal(readPlan('human.hybrid'), expected);
  });
});
