// Renders the week view's real HTML (client/src/weekView/html.ts) in Chromium with a tiny `acquireVsCodeApi` shim
// that records what the webview posts, VS Code's theme variables set the way VS Code's host sets them, and the
// page's own CSP in force (violations are recorded so tests can assert there are none).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { WeekViewModel } from '../../server/src/features/weekView';
import { renderWeekViewHtml } from '../../client/src/weekView/html';

export const ROOT = resolve(__dirname, '../..');
export const RESULTS = join(ROOT, 'test-results', 'webview');
const MEDIA = join(ROOT, 'client', 'media');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A dark theme's values for the variables the stylesheet uses (VS Code injects these into every webview). */
const THEME: Record<string, string> = {
  '--vscode-font-family': 'sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-editor-font-family': 'monospace',
  '--vscode-foreground': '#cccccc',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-disabledForeground': '#6f6f6f',
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-editorWidget-background': '#252526',
  '--vscode-panel-border': '#3c3c3c',
  '--vscode-focusBorder': '#0078d4',
  '--vscode-textLink-foreground': '#4daafc',
  '--vscode-badge-background': '#2d2d2d',
  '--vscode-badge-foreground': '#e0e0e0',
  '--vscode-editorError-foreground': 'rgb(241, 76, 76)',
  '--vscode-editorWarning-foreground': 'rgb(204, 167, 0)',
  '--vscode-editorInfo-foreground': 'rgb(55, 148, 255)',
  '--vscode-charts-foreground': '#cccccc',
  '--vscode-charts-red': '#f14c4c',
  '--vscode-charts-orange': '#d18616',
  '--vscode-charts-yellow': '#cca700',
  '--vscode-charts-green': '#89d185',
  '--vscode-charts-blue': '#3794ff',
  '--vscode-charts-purple': '#b180d7',
};

/** The `acquireVsCodeApi` shim: records posted messages (as JSON, like the real channel) and CSP violations. */
const SHIM = `
window.__posted = [];
window.__violations = [];
window.__state = undefined;
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
});
window.acquireVsCodeApi = () => ({
  postMessage: (message) => window.__posted.push(JSON.parse(JSON.stringify(message))),
  getState: () => window.__state,
  setState: (state) => { window.__state = state; },
});
`;

export interface Posted {
  type: string;
  [key: string]: unknown;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

/** Page-side expression: the `data-session` of the focused element. */
export const FOCUSED_SESSION = `document.activeElement && document.activeElement.getAttribute('data-session')`;

export interface RenderedView {
  page: Page;
  /** Messages the webview posted so far (the shim's record). */
  posted(): Promise<Posted[]>;
  /** CSP violations reported by the page. */
  violations(): Promise<string[]>;
  /** Sends a message to the webview as the extension does. */
  send(message: unknown): Promise<void>;
  screenshot(name: string): Promise<string>;
}

/** Writes the page for `model` to test-results/webview/<name>.html and opens it. */
export async function render(
  browser: Browser,
  model: WeekViewModel | undefined,
  name: string,
  options: { state?: unknown; notice?: string; width?: number; height?: number } = {},
): Promise<RenderedView> {
  mkdirSync(RESULTS, { recursive: true });
  const html = renderWeekViewHtml(model, {
    cspSource: 'file:',
    nonce: 'dGVzdG5vbmNlMTIzNDU2Nw==',
    scriptUri: pathToFileURL(join(MEDIA, 'weekView.js')).toString(),
    styleUri: pathToFileURL(join(MEDIA, 'weekView.css')).toString(),
  }, options.notice);
  const file = join(RESULTS, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: options.width ?? 1100, height: options.height ?? 900 } });
  // A string, not a function: tsx would wrap a function's inner functions in a `__name` helper the page lacks.
  await page.addInitScript(SHIM);
  // The state VS Code keeps for the webview across a reload (`vscode.setState`).
  if (options.state !== undefined) await page.addInitScript(`window.__state = ${JSON.stringify(options.state)};`);
  await page.goto(pathToFileURL(file).toString());
  // Page-side code as strings: the tests compile without the DOM library.
  await page.evaluate(
    `for (const [name, value] of Object.entries(${JSON.stringify(THEME)})) document.documentElement.style.setProperty(name, value);`,
  );
  await page.waitForFunction(`window.__posted.some((message) => message.type === 'ready')`);
  return {
    page,
    posted: () => page.evaluate<Posted[]>('window.__posted'),
    violations: () => page.evaluate<string[]>('window.__violations'),
    send: (message) => page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`),
    screenshot: async (shot) => {
      const path = join(RESULTS, `${shot}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}

/** The posted messages other than `ready`. */
export async function actions(view: RenderedView): Promise<Posted[]> {
  return (await view.posted()).filter((message) => message.type !== 'ready');
}
