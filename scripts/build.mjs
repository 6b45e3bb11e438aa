// Bundles the client, the language server and the CLI with esbuild. `--production` minifies (for the .vsix).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/src/server.ts', out: 'server', external: [] },
  { in: 'server/src/cli.ts', out: 'cli', external: [] },
].filter((entry) => existsSync(entry.in));

await Promise.all(
  entries.map((entry) =>
    esbuild.build({
      entryPoints: [entry.in],
      outfile: `dist/${entry.out}.js`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: entry.external,
      // jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow; its ES module build bundles.
      mainFields: ['module', 'main'],
      minify: production,
      sourcemap: production ? false : 'linked',
      legalComments: 'none',
      logLevel: 'warning',
    }),
  ),
);
