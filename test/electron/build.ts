// Bundles the extension-host suite (test/electron/suite) with esbuild into out/electron/suite/, one file per
// entry so mocha can load each test file; `vscode` and `mocha` stay external (the host provides `vscode`, and
// mocha resolves from the repository's node_modules).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const suiteOut = path.join(repoRoot, 'out', 'electron', 'suite');

export async function buildSuite(): Promise<string> {
  const suiteDir = path.join(__dirname, 'suite');
  const entries = fs
    .readdirSync(suiteDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => path.join(suiteDir, name));
  fs.rmSync(suiteOut, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries,
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(suiteOut, 'index.js');
}

/** A fresh folder holding the plans the suite opens (the e2e fixtures and the guide's balanced week). */
export function makeWorkspace(into: string): string {
  fs.mkdirSync(into, { recursive: true });
  const fixtures = path.join(repoRoot, 'test', 'e2e', 'fixtures');
  for (const name of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, name), path.join(into, name));
  const balanced = path.join(repoRoot, 'examples', 'balanced.hybrid');
  if (fs.existsSync(balanced)) fs.copyFileSync(balanced, path.join(into, 'balanced.hybrid'));
  return into;
}
