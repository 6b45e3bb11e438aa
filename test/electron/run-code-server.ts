// `npm run test:electron:code-server`: the SAME extension-host mocha suite as `npm run test:electron`, run in
// code-server's (Node) extension host, for machines that cannot download VS Code. code-server's CLI rejects
// `--extensionDevelopmentPath`, but its web workbench reads them from the `payload` query parameter
// (`[["extensionDevelopmentPath", uri], ["extensionTestsPath", uri]]`, vscode-remote URIs so the extension host on
// the server runs them). The suite writes its outcome to HYBRID_SUITE_RESULT, which this launcher waits for.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { ensureCodeServer, startCodeServer, writeQuietSettings } from '../../scripts/e2e/codeServer';
import { buildSuite, makeWorkspace, repoRoot } from './build';

interface SuiteResult {
  failures: number;
  tests: { title: string; state: 'passed' | 'failed'; error?: string }[];
}

const SUITE_TIMEOUT = 5 * 60_000;

/** Resolves when the file exists and holds complete JSON (watching its folder, not sleeping). */
function waitForResult(file: string, timeout: number): Promise<SuiteResult> {
  return new Promise((resolve, reject) => {
    const tryRead = (): boolean => {
      if (!fs.existsSync(file)) return false;
      try {
        const result = JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResult;
        watcher.close();
        clearTimeout(timer);
        resolve(result);
        return true;
      } catch {
        return false; // still being written; the next change event reads it again
      }
    };
    const watcher = fs.watch(path.dirname(file), () => tryRead());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`the suite wrote no result within ${timeout / 1000} s`));
    }, timeout);
    tryRead();
  });
}

async function main(): Promise<number> {
  const install = ensureCodeServer(path.join(repoRoot, '.cache'));
  const built = spawnSync('node', ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
  const suite = await buildSuite();

  const resultsDir = path.join(repoRoot, 'test-results', 'electron-code-server');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-suite-'));
  const workspace = makeWorkspace(path.join(temp, 'plans'));
  const userDataDir = path.join(temp, 'user-data');
  const extensionsDir = path.join(temp, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeQuietSettings(userDataDir);
  const resultFile = path.join(temp, 'result', 'suite.json');
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });

  const server = await startCodeServer(install, { userDataDir, extensionsDir }, workspace, path.join(resultsDir, 'code-server.log'), {
    HYBRID_SUITE_RESULT: resultFile,
  });
  const browser = await chromium.launch({
    executablePath: process.env.HYBRID_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const consoleLog = fs.createWriteStream(path.join(resultsDir, 'browser-console.log'));
    page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
    const authority = new URL(server.url).host;
    const remote = (file: string): string => `vscode-remote://${authority}${file}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(suite)],
    ]);
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const result = await waitForResult(resultFile, SUITE_TIMEOUT);
    await page.screenshot({ path: path.join(resultsDir, 'workbench.png') }).catch(() => undefined);
    for (const test of result.tests) {
      process.stdout.write(`  ${test.state === 'passed' ? '✔' : '✗'} ${test.title}\n`);
      if (test.error) process.stdout.write(`${test.error.replace(/^/gm, '      ')}\n`);
    }
    const passed = result.tests.filter((test) => test.state === 'passed').length;
    process.stdout.write(`\n  ${passed} passing, ${result.failures} failing (extension host of code-server)\n`);
    if (result.failures > 0) {
      const logs = path.join(userDataDir, 'logs');
      if (fs.existsSync(logs)) fs.cpSync(logs, path.join(resultsDir, 'logs'), { recursive: true });
    }
    return result.failures;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().then(
  (failures) => {
    process.exitCode = failures > 0 ? 1 : 0;
  },
  (error: unknown) => {
    process.stderr.write(`test:electron:code-server failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
