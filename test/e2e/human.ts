// Typing as a person does, shared by the e2e scenarios that type plans key by key.
import { NORMAL, type Workbench } from './workbench';

/** About 8 keys a second, as a steady typist. */
export const KEY_DELAY_MS = 120;
/** A person looks at the line before pressing Enter. */
export const LINE_END_PAUSE_MS = 400;

export const SUGGEST = '.editor-widget.suggest-widget.visible';

export async function typeKeys(workbench: Workbench, text: string): Promise<void> {
  for (const key of text) await workbench.page.keyboard.type(key, { delay: KEY_DELAY_MS });
}

/**
 * Ends a line as a person does: a pause, then Enter (unless `enter` is false). After a complete word no suggestion
 * list may be open (it would take the Enter); the check waits for the list to be gone rather than assuming it is.
 * `shot` names the screenshot taken when a list stays open.
 */
export async function endLine(workbench: Workbench, line: string, shot: string, enter = true): Promise<void> {
  await workbench.page.waitForTimeout(LINE_END_PAUSE_MS);
  await workbench.page
    .locator(SUGGEST)
    .waitFor({ state: 'hidden', timeout: NORMAL })
    .catch(async () => {
      const labels = await workbench.page.locator(`${SUGGEST} .monaco-list-row .label-name`).allInnerTexts();
      await workbench.screenshot(shot);
      throw new Error(`a suggestion list is still open at the end of "${line}": ${JSON.stringify(labels)}`);
    });
  if (enter) await workbench.page.keyboard.press('Enter');
}
