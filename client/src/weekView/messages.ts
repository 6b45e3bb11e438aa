// Messages between the week view's webview and the extension. Everything the webview posts is untrusted input:
// `parseWebviewMessage` checks the type and every field before the extension acts on it. Pure (no `vscode`).
import type { Weekday } from '../../../shared/protocol';

/** From the webview. */
export type WebviewMessage =
  | { type: 'ready' }
  /** Show this place of the plan in the editor (a chip clicked, a week title activated). */
  | { type: 'reveal'; line: number; column: number }
  /** A chip dropped on another day (or moved with Alt+Arrow). */
  | { type: 'move'; session: string; week: number; toWeekday: Weekday }
  /** "Move to…": let the user pick the day (the extension shows each day's consequence). */
  | { type: 'pickMove'; session: string; week: number };

/** To the webview. */
export type ExtensionMessage =
  /** New content for `<main>` (live update); focus stays on the same chip when it still exists. `uri` names the plan
   *  (the webview keeps it in its state so VS Code can restore the view after a reload). */
  | { type: 'update'; html: string; version: number; uri?: string }
  /** Scroll to a week and focus its title (the code lens over a week header opens the view there). */
  | { type: 'showWeek'; week: number }
  /** Read out by screen readers (the polite status region); `cancelled` when a move was not applied. */
  | { type: 'announce'; text: string; cancelled?: boolean };

const SESSION_ID = /^\d{1,7}:\d{1,7}$/;
const MAX_LINE = 10_000_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown, maximum = MAX_LINE): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maximum;
}

function isWeekday(value: unknown): value is Weekday {
  return isIndex(value, 6);
}

function isWeekNumber(value: unknown): value is number {
  return isIndex(value) && value >= 1;
}

function isSessionId(value: unknown): value is string {
  return typeof value === 'string' && SESSION_ID.test(value);
}

/** The message if it is one the week view sends, with exactly the fields it needs; undefined otherwise. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isObject(value) || typeof value.type !== 'string') return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      return isIndex(value.line) && isIndex(value.column) ? { type: 'reveal', line: value.line, column: value.column } : undefined;
    case 'move':
      return isSessionId(value.session) && isWeekNumber(value.week) && isWeekday(value.toWeekday)
        ? { type: 'move', session: value.session, week: value.week, toWeekday: value.toWeekday }
        : undefined;
    case 'pickMove':
      return isSessionId(value.session) && isWeekNumber(value.week)
        ? { type: 'pickMove', session: value.session, week: value.week }
        : undefined;
    default:
      return undefined;
  }
}
