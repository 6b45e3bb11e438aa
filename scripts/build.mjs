// Bundles the client, the language server and the CLI with esbuild. `--production` minifies (for the .vsix).
// dist/client.js is the extension and, forked by it, its language server (scripts/vsix-entry.ts): the .vsix ships that
// one file. dist/server.js is the server alone, for `hybrid-language-server` and other editors.
// In production dist/client.js is minified once more by terser (`TERSER` below): esbuild's minifier keeps the bundle's
// top-level names a few characters long, terser gives the most used the shortest (about 8 % of the packed .vsix).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** terser's options for the packaged bundle (bench/run.ts builds "as packaged" with the same): two compression passes. */
const TERSER = { toplevel: true, compress: { passes: 2 }, format: { comments: false } };

const production = process.argv.includes('--production');
const entries = [
  { in: 'scripts/vsix-entry.ts', out: 'client', external: ['vscode'], packaged: true },
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

if (production) {
  // Loaded only here: a development build does not need terser.
  const { minify } = await import('terser');
  for (const entry of entries.filter((candidate) => candidate.packaged)) {
    const file = `dist/${entry.out}.js`;
    const result = await minify(readFileSync(file, 'utf8'), TERSER);
    writeFileSync(file, result.code);
  }
}
