// `npx tsx bench/hostile-run.ts [--cli] [--runs 3] [--shape <part of a name>]`: the hostile shapes of bench/hostile.ts
// alone, on the engine as shipped (bundled like bench/run.ts does), plus `hybrid check` and `hybrid fix --dry-run` on
// each as a real process with its peak memory (`--cli`: only those; `--runs n`: each process n times, the median
// reported; a process still running after 120 s is stopped and reported so). Prints a Markdown table for
// docs/robustness.md. Timing only: the results are proved by test/hostile/worst.test.ts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { HOSTILE_SHAPES, hostileOperation } from './hostile';

const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const CLI_ONLY = argv.includes('--cli');
const RUNS = Number(option('--runs') ?? 1);
const ONLY = option('--shape');
const LIMIT_MS = 120_000;
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
function cliOnce(args: string[]): { ms: number; cpuMs?: number; rssMb?: number; code: number | null } {
  const started = performance.now();
  const time = fs.existsSync('/usr/bin/time');
  const options = { encoding: 'utf8' as const, maxBuffer: 1 << 30, timeout: LIMIT_MS };
  const result = time
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, path.join(ROOT, 'bin', 'hybrid.js'), ...args], options)
    : spawnSync(process.execPath, [path.join(ROOT, 'bin', 'hybrid.js'), ...args], options);
  const ms = performance.now() - started;
  // GNU time's last line: peak RSS in KB, then user and system CPU seconds (what counts on a shared machine).
  const [rssKb, user, system] = time ? (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [NaN, NaN, NaN];
  const cpuMs = ((user ?? NaN) + (system ?? NaN)) * 1000;
  return { ms, cpuMs: Number.isFinite(cpuMs) ? cpuMs : undefined, rssMb: Number.isFinite(rssKb) ? rssKb! / 1024 : undefined, code: result.signal ? null : result.status };
}

/** The median run by CPU time (wall time without GNU time) of RUNS runs. */
function cli(args: string[]): { ms: number; cpuMs?: number; rssMb?: number; code: number | null } {
  const runs = Array.from({ length: RUNS }, () => cliOnce(args)).sort((a, b) => (a.cpuMs ?? a.ms) - (b.cpuMs ?? b.ms));
  return runs[Math.floor(runs.length / 2)]!;
}

const describe = (run: { ms: number; cpuMs?: number; rssMb?: number; code: number | null }): string =>
  run.code === null ? `stopped after ${(LIMIT_MS / 1000).toFixed(0)} s` : `exit ${run.code}${run.rssMb ? `, peak ${run.rssMb.toFixed(0)} MB` : ''}`;

const rows: string[] = ['| shape | size | operation | wall | CPU | result |', '| --- | ---: | --- | ---: | ---: | ---: |'];
const startLoad = os.loadavg().map((n) => n.toFixed(1)).join(' / ');
for (const shape of HOSTILE_SHAPES) {
  if (ONLY && !shape.name.includes(ONLY)) continue;
  const size = `${(Buffer.byteLength(shape.text) / 1024).toFixed(1)} KB`;
  for (const operation of CLI_ONLY ? [] : shape.operations) {
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
  const cpu = (run: { cpuMs?: number }): string => (run.cpuMs === undefined ? '' : `${run.cpuMs.toFixed(0)} ms`);
  rows.push(`| ${shape.name} | ${size} | \`hybrid check\` | ${check.ms.toFixed(0)} ms | ${cpu(check)} | ${describe(check)} |`);
  const fix = cli(['fix', '--dry-run', file]);
  rows.push(`| ${shape.name} | ${size} | \`hybrid fix --dry-run\` | ${fix.ms.toFixed(0)} ms | ${cpu(fix)} | ${describe(fix)} |`);
  process.stderr.write(`${rows.at(-2)}\n${rows.at(-1)}\n`);
}
console.log(`Run ${new Date().toISOString().slice(0, 16)} UTC · ${RUNS} run(s) per process, median · load average ${startLoad} at the start, ${os.loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end\n`);
console.log(rows.join('\n'));
fs.rmSync(WORK_DIR, { recursive: true, force: true });
