// One real VS Code for the whole e2e run: code-server with the packaged extension installed into a throw-away
// profile, a temp workspace holding the plans, and Chromium driven by playwright-core.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import {
  installExtension,
  writeQuietSettings,
  startCodeServer,
  type CodeServerInstall,
  type RunningCodeServer,
} from '../../scripts/e2e/codeServer';
import { NORMAL, SLOW, Workbench } from './workbench';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const resultsDir = path.join(repoRoot, 'test-results', 'e2e');
export const fixturesDir = path.join(__dirname, 'fixtures');
export const chromiumPath = process.env.HYBRID_E2E_CHROMIUM ?? '/usr/bin/chromium';

export interface E2ESession {
  workbench: Workbench;
  workspace: string;
  userDataDir: string;
  close(): Promise<void>;
}

export interface StartOptions {
  install: CodeServerInstall;
  vsix: string;
}

function copyFixtures(workspace: string): void {
  // The balanced-week and quick-fix menu scenarios check that these examples exist.
  for (const example of ['balanced.hybrid', 'mistakes.hybrid']) {
    const file = path.join(repoRoot, 'examples', example);
    if (fs.existsSync(file)) fs.copyFileSync(file, path.join(workspace, example));
  }
  for (const name of fs.readdirSync(fixturesDir)) {
    fs.copyFileSync(path.join(fixturesDir, name), path.join(workspace, name));
  }
}

/** Copies code-server's user-data logs (extension host, language server output channel) next to the screenshots. */
export function copyLogs(userDataDir: string, into: string): void {
  const logs = path.join(userDataDir, 'logs');
  if (fs.existsSync(logs)) fs.cpSync(logs, into, { recursive: true });
}

export async function startSession(options: StartOptions): Promise<E2ESession> {
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-e2e-'));
  const workspace = path.join(temp, 'plans');
  const userDataDir = path.join(temp, 'user-data');
  const extensionsDir = path.join(temp, 'extensions');
  for (const dir of [workspace, path.join(userDataDir, 'User'), extensionsDir]) fs.mkdirSync(dir, { recursive: true });
  writeQuietSettings(userDataDir);
  copyFixtures(workspace);

  const profile = { userDataDir, extensionsDir };
  const serverLog = path.join(resultsDir, 'code-server.log');
  installExtension(options.install, profile, options.vsix, serverLog);

  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(temp, { recursive: true, force: true });
  };
  try {
    server = await startCodeServer(options.install, profile, workspace, serverLog);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(NORMAL);
    const page = await context.newPage();
    const consoleLog = fs.createWriteStream(path.join(resultsDir, 'browser-console.log'));
    page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.stack ?? error.message}\n`));
    // The first load compiles the workbench bundle: on two shared cores it can take longer than a normal wait.
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: SLOW });
    const workbench = new Workbench(page, workspace, resultsDir);
    await workbench.waitForWorkbench();
    return { workbench, workspace, userDataDir, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
