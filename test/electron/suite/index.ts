// Entry point of the extension-host test run (both launchers call `run`): mocha over the bundled *.test.js files
// next to this one. When HYBRID_SUITE_RESULT names a file, a JSON summary is written there as well (the code-server
// launcher reads it: a browser-hosted workbench has no process exit code to hand back).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

function writeResult(failures: number, tests: TestOutcome[]): void {
  const resultFile = process.env.HYBRID_SUITE_RESULT;
  if (resultFile) fs.writeFileSync(resultFile, JSON.stringify({ failures, tests }, null, 2));
}

export function run(): Promise<void> {
  const outcomes: TestOutcome[] = [];
  return new Promise<void>((resolve, reject) => {
    const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
    for (const name of fs.readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort()) {
      mocha.addFile(path.join(__dirname, name));
    }
    const runner = mocha.run((failures) => {
      writeResult(failures, outcomes);
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('fail', (test, error: Error) =>
      outcomes.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? error.message }),
    );
  }).catch((error: unknown) => {
    // A test file that cannot even load still reports, so the code-server launcher never waits in vain.
    if (outcomes.length === 0) {
      writeResult(1, [{ title: 'loading the suite', state: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }]);
    }
    throw error;
  });
}
