// Root hooks of the e2e run (loaded first by scripts/e2e/run.ts): one code-server + Chromium for all scenarios,
// and on a failure the page's HTML, a screenshot and the extension host logs under test-results/e2e/.
import * as path from 'node:path';
import type { CodeServerInstall } from '../../scripts/e2e/codeServer';
import { copyLogs, resultsDir, startSession, type E2ESession } from './session';

let session: E2ESession | undefined;

/** The running session; scenarios call this inside their tests. */
export function current(): E2ESession {
  if (!session) throw new Error('the e2e session did not start (see the root "before all" hook)');
  return session;
}

before(async function () {
  this.timeout(300_000);
  const vsix = process.env.HYBRID_E2E_VSIX;
  const install = process.env.HYBRID_E2E_CODE_SERVER;
  if (!vsix || !install) throw new Error('run the e2e scenarios with `npm run test:e2e` (scripts/e2e/run.ts)');
  session = await startSession({ install: JSON.parse(install) as CodeServerInstall, vsix });
  await session.workbench.screenshot('workbench');
});

beforeEach(async function () {
  await session?.workbench.closeWidgets();
});

afterEach(async function () {
  const test = this.currentTest;
  if (!session || !test || test.state !== 'failed') return;
  await session.workbench.saveFailure(test.fullTitle()).catch((error: unknown) => {
    process.stderr.write(`[e2e] could not save the failure page: ${String(error)}\n`);
  });
  copyLogs(session.userDataDir, path.join(resultsDir, 'logs'));
});

after(async function () {
  this.timeout(60_000);
  await session?.close();
  session = undefined;
});
