// `npm run test:electron`: the extension-host suite in a VS Code downloaded by @vscode/test-electron (needs
// network access to update.code.visualstudio.com; set VSCODE_EXECUTABLE_PATH to use an installed VS Code instead).
// Where VS Code cannot be downloaded, `npm run test:electron:code-server` runs the same suite in code-server.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite, makeWorkspace, repoRoot } from './build';

async function main(): Promise<void> {
  const built = spawnSync('node', ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
  const extensionTestsPath = await buildSuite();
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-electron-'));
  try {
    const workspace = makeWorkspace(path.join(temp, 'plans'));
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
      // Downloads land in the ignored cache folder, not in the work tree.
      cachePath: path.join(repoRoot, '.cache', 'vscode-test'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(temp, 'user-data'),
      ],
    });
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`test:electron failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
