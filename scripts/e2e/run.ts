// `npm run test:e2e`: the extension in a real VS Code (code-server) driven in Chromium, as a user would.
//   1. system packages (scripts/e2e/setup.sh) and code-server, both installed once and cached in `.cache/`;
//   2. `npm run package` → hybrid-plan.vsix, installed into a throw-away profile;
//   3. the mocha scenarios of test/e2e/*.e2e.ts against code-server on a free 127.0.0.1 port.
// Flags: --no-package (reuse an existing hybrid-plan.vsix), --grep <text> (run only matching scenarios),
//        --vsix <file> (install this .vsix instead of packaging).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { ensureCodeServer } from './codeServer';

const repoRoot = path.resolve(__dirname, '..', '..');

function phase<T>(name: string, action: () => T): T {
  const started = Date.now();
  const result = action();
  process.stderr.write(`[e2e] ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function ensureSystemPackages(): void {
  const chromium = process.env.HYBRID_E2E_CHROMIUM ?? '/usr/bin/chromium';
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { stdio: 'ignore' }).status === 0;
  if (fs.existsSync(chromium) && rg) return;
  const result = spawnSync('bash', [path.join(__dirname, 'setup.sh')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('scripts/e2e/setup.sh failed');
}

function packageExtension(): string {
  const vsix = path.join(repoRoot, 'hybrid-plan.vsix');
  fs.rmSync(vsix, { force: true });
  const result = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0 || !fs.existsSync(vsix)) throw new Error('`npm run package` did not produce hybrid-plan.vsix');
  return vsix;
}

async function main(): Promise<number> {
  phase('system packages', ensureSystemPackages);
  const install = phase('code-server', () => ensureCodeServer(path.join(repoRoot, '.cache')));
  const given = flag('--vsix');
  const vsix = given
    ? path.resolve(given)
    : process.argv.includes('--no-package')
      ? path.join(repoRoot, 'hybrid-plan.vsix')
      : phase('package', packageExtension);
  if (!fs.existsSync(vsix)) throw new Error(`no ${vsix}`);

  // The scenarios read these (see test/e2e/hooks.ts).
  process.env.HYBRID_E2E_VSIX = vsix;
  process.env.HYBRID_E2E_CODE_SERVER = JSON.stringify(install);

  const mocha = new Mocha({ timeout: 150_000, reporter: 'spec', grep: flag('--grep') });
  mocha.addFile(path.join(repoRoot, 'test', 'e2e', 'hooks.ts'));
  const scenarios = fs
    .readdirSync(path.join(repoRoot, 'test', 'e2e'))
    .filter((name) => name.endsWith('.e2e.ts'))
    .sort();
  for (const name of scenarios) mocha.addFile(path.join(repoRoot, 'test', 'e2e', name));
  const started = Date.now();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  process.stderr.write(`[e2e] scenarios: ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in test-results/e2e/\n`);
  return failures;
}

main().then(
  (failures) => {
    process.exitCode = failures > 0 ? 1 : 0;
  },
  (error: unknown) => {
    process.stderr.write(`[e2e] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
