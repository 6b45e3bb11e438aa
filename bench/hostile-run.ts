// `npx tsx bench/hostile-run.ts`: the hostile shapes of bench/hostile.ts alone, on the engine as shipped (bundled
// like bench/run.ts does), plus `hybrid check` and `hybrid fix --dry-run` on each as a real process with its peak
// memory. One call each; prints a Markdown table for docs/robustness.md. Timing only: the results are proved by
// test/hostile/worst.test.ts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { HOSTILE_SHAPES, hostileOperation } from './hostile';

const ROOT = path.resolve(__dirname, '..');
const WORK_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-hostile-bench-'));
const outfile = path.join(WORK_DIR, 'engine.js');
esbuild.buildSync({ entryPoints: [path.join(__dirname, 'engine-entry.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning' });
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just built
const engine = require(outfile) as typeof import('./engine-entry');

const cpuNow = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Runs the CLI on a file in a child process: wall time and peak RSS (from /proc via `ps` is racy; GNU time if present). */
function cli(args: string[]): { ms: number; rssMb?: number; code: number | null } {
  const started = performance.now();
  const time = fs.existsSync('/usr/bin/time');
  const result = time
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(ROOT, 'bin', 'hybrid.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [path.join(ROOT, 'bin', 'hybrid.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  const rssKb = time ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssMb: Number.isFinite(rssKb) ? rssKb / 1024 : undefined, code: result.status };
}

const rows: string[] = ['| shape | size | operation | wall | CPU | result |', '| --- | ---: | --- | ---: | ---: | ---: |'];
for (const shape of HOSTILE_SHAPES) {
  const size = `${(Buffer.byteLength(shape.text) / 1024).toFixed(1)} KB`;
  for (const operation of shape.operations) {
    const run = hostileOperation(engine, shape, operation);
    const cpu0 = cpuNow();
    const t0 = performance.now();
    const result = run();
    const wall = performance.now() - t0;
    const cpu = cpuNow() - cpu0;
    const what = typeof result === 'number' ? `${(result / 1e6).toFixed(2)} MB reply` : Array.isArray(result) ? `${result.length} diagnostics` : '';
    rows.push(`| ${shape.name} | ${size} | ${operation} | ${wall.toFixed(0)} ms | ${cpu.toFixed(0)} ms | ${what} |`);
  }
  const file = path.join(WORK_DIR, 'shape.hybrid');
  fs.writeFileSync(file, shape.text);
  const check = cli(['check', '--format', 'json', file]);
  rows.push(`| ${shape.name} | ${size} | \`hybrid check\` | ${check.ms.toFixed(0)} ms | | exit ${check.code}${check.rssMb ? `, peak ${check.rssMb.toFixed(0)} MB` : ''} |`);
  const fix = cli(['fix', '--dry-run', file]);
  rows.push(`| ${shape.name} | ${size} | \`hybrid fix --dry-run\` | ${fix.ms.toFixed(0)} ms | | exit ${fix.code}${fix.rssMb ? `, peak ${fix.rssMb.toFixed(0)} MB` : ''} |`);
  process.stderr.write(`${shape.name} done\n`);
}
console.log(`Run ${new Date().toISOString().slice(0, 16)} UTC · load average ${os.loadavg().map((n) => n.toFixed(1)).join(' / ')}\n`);
console.log(rows.join('\n'));
fs.rmSync(WORK_DIR, { recursive: true, force: true });
