// `npm run bench`: how fast the engine and the language server are, on generated plans of 1 to 5,200 weeks (sizes
// above the parser's MAX_WEEK are reported and skipped), and how that compares with the same plans kept as JSON and
// checked by vscode-json-languageservice against a JSON Schema. docs/benchmarks.md explains the method and figures.
// Benchmarks, not tests: nothing here fails a build; targets are printed as met or missed.
//
//   npm run bench                     full run (about 5 minutes on 2 busy cores)
//   npm run bench -- --quick          short run: fewer samples, no 5,200-week plan
//   npm run bench -- --no-wire        skip the stdio language-server part
//   npm run bench -- --markdown FILE  also write the tables as markdown (for docs/benchmarks.md)
//   npm run bench -- --sizes 52,520   only these plan sizes (weeks)
//   npm run bench -- --json FILE      also write every figure as JSON (to compare runs, e.g. before/after a change)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { Bench } from 'tinybench';
import { minify as minifyJs } from 'terser';
import type { Plan, PlanDiagnostic, ResolvedConfig } from '../server/src/engine';
import { benchPlans, messyHybrid, PLAN_SIZES, type BenchPlan } from './generate';
import { createJsonValidator } from './json/validate';
import { formatBytes, formatMs, formatRatio, machineInfo, markdownTable, quantile, summarize, table, type Summary } from './stats';
import { KEYSTROKE_GAP_MS, runWire, wireRows } from './wire';
import { HOSTILE_SHAPES, hostileOperation } from './hostile';
import { CHECK_WINDOW_MS } from '../server/src/features/diagnostics';

const ROOT = path.resolve(__dirname, '..');
const WORK_DIR = path.join(os.tmpdir(), 'hybrid-plan-bench');
/** The .vsix budget (docs/benchmarks.md, ".vsix size": 400 KB until the eleventh session, raised to 420 KB deliberately). */
const VSIX_BUDGET_KB = 420;

/** The engine as shipped: bundled by esbuild with the options of scripts/build.mjs, then loaded. */
function loadEngine(): typeof import('./engine-entry') {
  const outfile = path.join(WORK_DIR, 'engine.js');
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'engine-entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return require(outfile) as typeof import('./engine-entry');
}

const engine = loadEngine();
const { checkPlan, computeTotals, fixAll, fixesFor, formatPlan, lexInChunks, MAX_WEEK, parsePlan, rescheduleWeek, resolveConfig } = engine;

interface Options {
  quick: boolean;
  wire: boolean;
  sizes: number[];
  markdown?: string;
  json?: string;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const valueOf = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const sizes = valueOf('--sizes')
    ?.split(',')
    .map(Number)
    .filter((size) => Number.isInteger(size) && size > 0);
  return {
    quick,
    wire: !argv.includes('--no-wire'),
    sizes: sizes?.length ? sizes : quick ? PLAN_SIZES.filter((size) => size <= 520) : [...PLAN_SIZES],
    markdown: valueOf('--markdown'),
    json: valueOf('--json'),
  };
}

const options = parseOptions(process.argv.slice(2));
const markdown: string[] = [];

function section(title: string): void {
  console.log(`\n== ${title} ==`);
  markdown.push(`\n### ${title}\n`);
}

function print(header: string[], rows: string[][]): void {
  console.log(table(header, rows));
  markdown.push(markdownTable(header, rows));
}

function note(text: string): void {
  console.log(text);
  markdown.push(`\n${text}\n`);
}

// ---------- measuring in process ----------

interface Measured extends Summary {
  /** Median CPU time of this process per call (user + system): what the work costs, whatever else the machine runs. */
  cpu: number;
}

/** CPU time used by this process so far, in ms. */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Sample budget per plan size: many samples for small plans, fewer (but still several) for the big ones. */
function budget(weeks: number): { time: number; iterations: number; warmupTime: number; warmupIterations: number } {
  if (options.quick) return weeks >= 520 ? { time: 100, iterations: 4, warmupTime: 0, warmupIterations: 2 } : { time: 150, iterations: 16, warmupTime: 50, warmupIterations: 8 };
  if (weeks >= 5200) return { time: 0, iterations: 6, warmupTime: 0, warmupIterations: 2 };
  if (weeks >= 520) return { time: 500, iterations: 12, warmupTime: 100, warmupIterations: 4 };
  return { time: 600, iterations: 64, warmupTime: 150, warmupIterations: 16 };
}

/** A call slower than this is sampled by hand a few times instead of by tinybench (whose minimum is 4+ runs plus warm-up). */
const SLOW_CALL_MS = 2000;

/** Samples a slow call by hand: the probe call counts as the first sample (a warm-up matters little at seconds a call). */
function slowSamples(fn: () => unknown, probe: { wall: number; cpu: number }): Measured {
  const wall: number[] = [probe.wall];
  const cpu: number[] = [probe.cpu];
  // Three samples, or just the probe for a call of many seconds (a quadratic case would hold a shared core for minutes).
  const runs = options.quick || probe.wall > 10 * SLOW_CALL_MS ? 1 : 3;
  for (let run = 1; run < runs; run++) {
    const cpuStart = cpuNow();
    const started = performance.now();
    fn();
    wall.push(performance.now() - started);
    cpu.push(cpuNow() - cpuStart);
  }
  return { ...summarize(wall), cpu: summarize(cpu).median };
}

async function measure(weeks: number, tasks: Record<string, () => unknown>): Promise<Record<string, Measured>> {
  const results: Record<string, Measured> = {};
  const bench = new Bench({ ...budget(weeks), retainSamples: true, throws: true });
  const cpuSamples = new Map<string, number[]>();
  for (const [name, fn] of Object.entries(tasks)) {
    // One probe call decides how to sample (and is the first warm-up).
    const probeCpu = cpuNow();
    const started = performance.now();
    fn();
    const probe = { wall: performance.now() - started, cpu: cpuNow() - probeCpu };
    if (probe.wall > SLOW_CALL_MS) {
      results[name] = slowSamples(fn, probe);
      continue;
    }
    const cpu: number[] = [];
    cpuSamples.set(name, cpu);
    let cpuStart = 0;
    bench.add(name, fn, {
      beforeEach(mode) {
        if (mode === 'run') cpuStart = cpuNow();
      },
      afterEach(mode) {
        if (mode === 'run') cpu.push(cpuNow() - cpuStart);
      },
    });
  }
  await bench.run();
  for (const task of bench.tasks) {
    const result = task.result;
    if (!('latency' in result)) throw new Error(`${task.name}: ${result.state}`);
    const samples = result.latency.samples ?? [];
    results[task.name] = {
      samples: samples.length,
      median: result.latency.p50,
      p95: quantile(samples, 0.95),
      min: result.latency.min,
      max: result.latency.max,
      cpu: summarize(cpuSamples.get(task.name) ?? []).median,
    };
  }
  return results;
}

/** The first scheduling conflict that offers quick fixes beyond "ignore on this line", from the middle of the plan. */
function conflictOf(plan: Plan, diagnostics: PlanDiagnostic[], config: ResolvedConfig): PlanDiagnostic | undefined {
  const scheduling = ['hard-same-day', 'hard-after-heavy-legs', 'back-to-back-hard', 'same-day-spacing'];
  const middle = plan.weeks[Math.floor(plan.weeks.length / 2)]?.number ?? 1;
  const candidates = diagnostics.filter((diagnostic) => scheduling.includes(diagnostic.rule));
  candidates.sort((a, b) => Math.abs((a.week ?? 0) - middle) - Math.abs((b.week ?? 0) - middle));
  return candidates.find((diagnostic) => fixesFor(plan, diagnostic, config).some((fix) => !fix.title.startsWith('Ignore')));
}

const exposeGc = (): (() => void) => {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
};
const collectGarbage = exposeGc();

/**
 * Heap retained by a parsed plan, its diagnostics and its totals (what the server caches per document version).
 * Small plans are measured as many copies at once, so the figure rises above GC noise.
 */
function retainedHeap(text: string, weeks: number): number {
  const copies = Math.max(1, Math.ceil(520 / weeks));
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: copies }, () => {
    const plan = parsePlan(text);
    return { plan, diagnostics: checkPlan(plan), totals: computeTotals(plan) };
  });
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  // Read what was kept after the measurement so nothing is collected early.
  if (kept.length !== copies) throw new Error('lost a copy');
  return Math.max(0, after - before) / copies;
}

/** Samples for the JSON comparison per plan size. */
function comparisonSamples(weeks: number): number {
  const full = weeks >= 5200 ? 5 : weeks >= 520 ? 15 : 60;
  return options.quick ? Math.max(3, Math.ceil(full / 4)) : full;
}

/**
 * Our parse + check against their parse + validate, sampled in turns (hybrid, JSON parse, JSON oneOf, JSON if/then,
 * hybrid, …) so that a burst of load from other processes on this shared machine hits both sides alike.
 */
async function compareWithJson(plan: BenchPlan, config: ResolvedConfig): Promise<Record<string, Measured>> {
  const oneOf = createJsonValidator('oneOf');
  const ifThen = createJsonValidator('ifThen');
  for (const validator of [oneOf, ifThen]) {
    const found = await validator.validate(plan.json);
    if (found.length > 0) throw new Error(`generated ${plan.weeks}-week JSON plan does not match its schema (${validator.style}): ${String(found[0].message)}`);
  }
  const contenders: Record<string, () => unknown> = {
    keystroke: () => {
      const fresh = parsePlan(plan.hybrid);
      return [checkPlan(fresh, config), computeTotals(fresh)];
    },
    'JSON parse': () => oneOf.parse(plan.json),
    'JSON parse+validate (oneOf)': () => oneOf.validate(plan.json),
    'JSON parse+validate (if/then)': () => ifThen.validate(plan.json),
  };
  const wall: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const samples = comparisonSamples(plan.weeks);
  for (let round = -2; round < samples; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const cpuStart = cpuNow();
      const started = performance.now();
      await run();
      // The first two rounds warm both sides up.
      if (round >= 0) {
        wall[name].push(performance.now() - started);
        cpu[name].push(cpuNow() - cpuStart);
      }
    }
  }
  return Object.fromEntries(Object.keys(contenders).map((name) => [name, { ...summarize(wall[name]), cpu: summarize(cpu[name]).median }]));
}

/** How much of a keystroke (parse + rules + totals) is spent in garbage collection: wall ms per call, total and GC. */
async function gcShare(text: string, config: ResolvedConfig, calls: number): Promise<{ wall: number; gc: number }> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
  for (let call = 0; call < 3; call++) parsePlan(text);
  await settle();
  observer.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  for (let call = 0; call < calls; call++) {
    const plan = parsePlan(text);
    checkPlan(plan, config);
    computeTotals(plan);
  }
  const wall = performance.now() - started;
  // GC entries are delivered after the synchronous loop: give them a turn of the event loop.
  await settle();
  observer.disconnect();
  return { wall: wall / calls, gc: gcMs / calls };
}

interface SizeResult {
  plan: BenchPlan;
  /** Wall ms per keystroke and the part of it spent in GC. */
  gc: { wall: number; gc: number };
  engine: Record<string, Measured>;
  json: Record<string, Measured>;
  diagnostics: number;
  heap: number;
}

/**
 * The texts of successive keystrokes in a plan: each adds a space at the end of another day line (spread over the
 * plan), so the text differs from the one before in the line typed in and the line typed in before.
 */
function keystrokes(text: string): () => string {
  const lines = text.split('\n');
  const dayLines = lines.flatMap((line, index) => (/^[A-Z][a-z]{2}:/.test(line) ? [index] : []));
  let call = 0;
  return () => {
    const edited = lines.slice();
    const line = dayLines[(call++ * 7919) % dayLines.length];
    edited[line] = `${edited[line]} `;
    return edited.join('\n');
  };
}

async function measureSize(plan: BenchPlan, config: ResolvedConfig): Promise<SizeResult> {
  const nextKeystroke = keystrokes(plan.hybrid);
  const parsed = parsePlan(plan.hybrid);
  if (parsed.syntaxErrors.length > 0) {
    throw new Error(`generated ${plan.weeks}-week plan has syntax errors: ${parsed.syntaxErrors[0].message} (line ${parsed.syntaxErrors[0].range.start.line + 1})`);
  }
  const diagnostics = checkPlan(parsed, config);
  const conflict = conflictOf(parsed, diagnostics, config);
  const conflictWeek = parsed.weeks.find((week) => week.number === conflict?.week) ?? parsed.weeks[0];
  const messy = parsePlan(messyHybrid(plan.hybrid));
  const messyEdits = formatPlan(messy).length;
  if (messyEdits === 0) throw new Error(`the formatter changed nothing in the messy ${plan.weeks}-week plan`);

  const engine = await measure(plan.weeks, {
    // Lexing as the parser does it: a chunk of lines at a time, each chunk's tokens dropped before the next.
    lex: () => lexInChunks(plan.hybrid, () => undefined),
    // A keystroke changes one line: each call parses the plan with another day line edited (the line edited by the
    // call before is back as it was), so one or two lines are read anew and the rest come from the parse before.
    parse: () => parsePlan(nextKeystroke()),
    'parse, cold': () => parsePlan(plan.hybrid, { fresh: true }),
    rules: () => checkPlan(parsed, config),
    totals: () => computeTotals(parsed),
    'rules+totals': () => [checkPlan(parsed, config), computeTotals(parsed)],
    keystroke: () => {
      const fresh = parsePlan(nextKeystroke());
      return [checkPlan(fresh, config), computeTotals(fresh)];
    },
    'keystroke, cold': () => {
      const fresh = parsePlan(plan.hybrid, { fresh: true });
      return [checkPlan(fresh, config), computeTotals(fresh)];
    },
    ...(conflict ? { 'code actions': () => fixesFor(parsed, conflict, config) } : {}),
    'fix-all week': () => rescheduleWeek(parsed, conflictWeek.block, config),
    'fix-all plan': () => fixAll(parsed, config),
    format: () => formatPlan(parsed),
    'format messy': () => formatPlan(messy),
  });

  const json = await compareWithJson(plan, config);
  const gcSplit = await gcShare(plan.hybrid, config, Math.max(options.quick ? 3 : 10, Math.ceil((options.quick ? 500 : 2000) / plan.weeks)));
  return { plan, engine, json, gc: gcSplit, diagnostics: diagnostics.length, heap: retainedHeap(plan.hybrid, plan.weeks) };
}

// ---------- sizes on disk ----------

/**
 * The packaged bundle as `npm run package` builds it (scripts/build.mjs): scripts/vsix-entry.ts, the extension and, run
 * as a program, the language server, minified by esbuild and then terser, into the bench's temp folder: its path.
 */
async function minifiedServer(): Promise<string | undefined> {
  if (!existsSync(path.join(ROOT, 'scripts/vsix-entry.ts'))) return undefined;
  const outfile = path.join(WORK_DIR, 'client.min.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'scripts/vsix-entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    // As scripts/build.mjs: jsonc-parser's UMD `main` loads its modules at run time ("Cannot find module './impl/format'").
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // As scripts/build.mjs (`TERSER`).
  const shrunk = await minifyJs(readFileSync(outfile, 'utf8'), { toplevel: true, compress: { passes: 2 }, format: { comments: false } });
  writeFileSync(outfile, shrunk.code ?? '');
  return outfile;
}

/** Time to `require('dist/client.js')` in a fresh Node process (the `vscode` module stubbed), median of runs. */
function clientRequireTime(runs: number): Summary | undefined {
  const client = path.join(ROOT, 'dist/client.js');
  if (!existsSync(client)) return undefined;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const probe = spawnSync(process.execPath, [path.join(__dirname, 'activation-probe.cjs'), client], { encoding: 'utf8' });
    if (probe.status !== 0) throw new Error(`activation probe failed: ${probe.stderr.trim().split('\n').slice(-3).join(' ')}`);
    times.push((JSON.parse(probe.stdout) as { requireMs: number }).requireMs);
  }
  return summarize(times);
}

// ---------- report ----------

function mbPerSecond(bytes: number, ms: number): string {
  return `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s`;
}

interface Target {
  what: string;
  goal: string;
  actual: string;
  met: boolean | undefined;
}

async function main(): Promise<void> {
  const info = machineInfo();
  console.log(`Hybrid Plan benchmarks (${options.quick ? 'quick' : 'full'} run)`);
  note(
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (${options.quick ? 'quick' : 'full'}) · ` +
      `machine: ${info.cpu}, ${info.cores} cores, ${info.memory} RAM · Node ${info.node} · ${info.os} · load average at start ${info.loadAverage}`,
  );

  const config = resolveConfig([]).config;
  const tooLong = options.sizes.filter((size) => size > MAX_WEEK);
  if (tooLong.length > 0) {
    note(
      `Not measured: ${tooLong.map((size) => `${size.toLocaleString('en')} weeks`).join(', ')} — the parser accepts week numbers up to ` +
        `${MAX_WEEK} (MAX_WEEK in server/src/language/parser.ts), so such a plan is not a valid plan.`,
    );
  }
  const plans = benchPlans(options.sizes.filter((size) => size <= MAX_WEEK));
  section('Plans (bench/generate.ts, seed 42)');
  print(
    ['weeks', 'lines', '.hybrid size', 'JSON size'],
    plans.map((plan) => [String(plan.weeks), String(plan.hybrid.split('\n').length - 1), formatBytes(plan.hybrid.length), formatBytes(plan.json.length)]),
  );

  const results: SizeResult[] = [];
  for (const plan of plans) {
    process.stdout.write(`measuring ${plan.weeks} weeks…\n`);
    results.push(await measureSize(plan, config));
  }

  const engineOps = ['lex', 'parse', 'parse, cold', 'rules', 'totals', 'rules+totals', 'keystroke', 'keystroke, cold', 'code actions', 'fix-all week', 'fix-all plan', 'format', 'format messy'];
  section('Engine, in process: median (p95) per call');
  print(
    ['operation', ...results.map((result) => `${result.plan.weeks} wk`)],
    engineOps.map((op) => [
      op,
      ...results.map((result) => {
        const measured = result.engine[op];
        return measured ? `${formatMs(measured.median)} (${formatMs(measured.p95)})` : 'n/a';
      }),
    ]),
  );
  note(
    '`keystroke` = parse + all rules + totals of the whole text, what the server does per change: each call has another day line edited, so the ' +
      'edited line (and the one edited before) are read anew and the other day lines come from the parse before; `parse, cold` and ' +
      '`keystroke, cold` read every line (`parsePlan(text, { fresh: true })`, what opening the file costs). `rules` = `checkPlan` on a parsed plan. ' +
      '`code actions` = `fixesFor` on one scheduling conflict (each offered move is verified by re-checking the moved plan). ' +
      '`fix-all week` = `rescheduleWeek` of the conflict\'s week; `fix-all plan` = `fixAll`. `format` = `formatPlan` of the ' +
      'plan as generated (already formatted: no edit); `format messy` = the same plan with lower-case weekdays and ' +
      'careless spacing around `:` and `+` (every day line changes; the formatter re-parses its result to prove the meaning kept).',
  );

  section('Engine, in process: CPU time per call (median)');
  print(
    ['operation', ...results.map((result) => `${result.plan.weeks} wk`)],
    engineOps.map((op) => [op, ...results.map((result) => (result.engine[op] ? formatMs(result.engine[op].cpu) : 'n/a'))]),
  );
  note(
    'CPU time of this process (user + system, `process.cpuUsage`) around each call: unlike wall time it does not grow while ' +
      'other processes hold the CPU, so it is the steadier figure on a busy machine (it includes V8\'s GC threads).',
  );

  section('Throughput and memory');
  print(
    ['weeks', 'diagnostics', 'lex', 'parse', 'keystroke', 'GC share of a keystroke', 'heap retained', 'heap / text'],
    results.map((result) => {
      const bytes = result.plan.hybrid.length;
      return [
        String(result.plan.weeks),
        String(result.diagnostics),
        mbPerSecond(bytes, result.engine.lex.median),
        mbPerSecond(bytes, result.engine.parse.median),
        mbPerSecond(bytes, result.engine.keystroke.median),
        `${Math.round((100 * result.gc.gc) / result.gc.wall)} % (${formatMs(result.gc.gc)})`,
        formatBytes(result.heap),
        `${(result.heap / bytes).toFixed(1)}×`,
      ];
    }),
  );
  note(
    'GC share: time in garbage-collection pauses (`PerformanceObserver` gc entries) over the wall time of back-to-back keystrokes. ' +
      'Heap retained = heap used after a forced GC with the parsed plan, its diagnostics and its totals alive, minus before.',
  );

  section('Against JSON + JSON Schema (vscode-json-languageservice), same plans');
  const ratios: number[] = [];
  print(
    ['weeks', 'hybrid parse+check', 'JSON parse', 'JSON parse+validate oneOf', 'JSON parse+validate if/then', 'JSON best / hybrid', 'same, CPU time'],
    results.map((result) => {
      const json = result.json;
      const ours = json.keystroke;
      const oneOf = json['JSON parse+validate (oneOf)'];
      const ifThen = json['JSON parse+validate (if/then)'];
      const ratio = Math.min(oneOf.median, ifThen.median) / ours.median;
      ratios.push(ratio);
      return [
        String(result.plan.weeks),
        formatMs(ours.median),
        formatMs(json['JSON parse'].median),
        formatMs(oneOf.median),
        formatMs(ifThen.median),
        formatRatio(ratio),
        formatRatio(Math.min(oneOf.cpu, ifThen.cpu) / ours.cpu),
      ];
    }),
  );
  note(
    'Like for like: our parse + every rule + totals of the `.hybrid` text against their parse + schema validation of the same plan as JSON ' +
      '(medians, sampled in turns so load from other processes hits both sides alike). The JSON side is compared with whichever ' +
      'schema style (`oneOf` of four session shapes, or an `if`/`then` chain on `kind`) validates faster at that size.',
  );

  section('Scaling (10× the weeks should cost ≤ 12× the time)');
  const scalingRows: string[][] = [];
  const scalingOps: [string, (result: SizeResult) => Measured | undefined][] = [
    ...engineOps
      .filter((op) => op !== 'code actions' && op !== 'fix-all week')
      .map((op): [string, (result: SizeResult) => Measured | undefined] => [op, (result) => result.engine[op]]),
    ['JSON parse+validate (if/then)', (result) => result.json['JSON parse+validate (if/then)']],
  ];
  let scalingOk = true;
  for (const [op, get] of scalingOps) {
    for (const small of results) {
      const large = results.find((result) => result.plan.weeks === small.plan.weeks * 10);
      const a = get(small);
      const b = large && get(large);
      if (!large || !a || !b || small.plan.weeks < 52) continue;
      const factor = b.cpu / a.cpu;
      const ok = factor <= 12;
      if (!ok && !op.startsWith('JSON')) scalingOk = false;
      scalingRows.push([op, `${small.plan.weeks} → ${large.plan.weeks} wk`, `${factor.toFixed(1)}×`, `${(b.median / a.median).toFixed(1)}×`, ok ? '✓ linear' : '✗ super-linear']);
    }
  }
  for (const small of results) {
    const large = results.find((result) => result.plan.weeks === small.plan.weeks * 10);
    if (!large || small.plan.weeks < 52) continue;
    // The GC share is a ratio measured within one loop, so load from other processes cancels out of it.
    const withoutGc = (result: SizeResult): number => result.engine.keystroke.cpu * (1 - result.gc.gc / result.gc.wall);
    const factor = withoutGc(large) / withoutGc(small);
    scalingRows.push([
      'keystroke, CPU time × (1 − GC share)',
      `${small.plan.weeks} → ${large.plan.weeks} wk`,
      `${factor.toFixed(1)}×`,
      '',
      factor <= 12 ? '✓ linear' : '✗ super-linear',
    ]);
  }
  print(['operation', 'weeks', 'CPU time factor', 'wall time factor', 'check (on CPU time)'], scalingRows);

  section('Hostile shapes (bench/hostile.ts): wall time and CPU time of one call, heap growth');
  const hostileRows: string[][] = [];
  for (const shape of HOSTILE_SHAPES) {
    for (const operation of shape.operations) {
      const run = hostileOperation(engine, shape, operation);
      const heapBefore = process.memoryUsage().heapUsed;
      const cpuStart = cpuNow();
      const started = performance.now();
      run();
      const wall = performance.now() - started;
      const cpu = cpuNow() - cpuStart;
      const heap = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
      hostileRows.push([shape.name, operation, formatMs(wall), formatMs(cpu), formatBytes(heap)]);
    }
  }
  print(['shape', 'operation', 'wall', 'CPU', 'heap growth'], hostileRows);
  note('One call each (a hostile shape can hold a shared core for seconds). Each shape names the finding it comes from in bench/hostile.ts.');

  let wire: Awaited<ReturnType<typeof runWire>> | undefined;
  if (options.wire) {
    section('Over the wire: language server over stdio, timed by the client');
    wire = await runWire({
      sizes: options.sizes.filter((size) => size === 52 || size === 520),
      samples: options.quick ? 8 : 30,
      packagedServer: await minifiedServer(),
    });
    const { header, rows } = wireRows(wire);
    print(header, rows);
    note(
      `Keystrokes are typed ${KEYSTROKE_GAP_MS} ms apart, so our server's ${CHECK_WINDOW_MS} ms throttle window never delays a check; ` +
        'the JSON server checks at once on every change. Push: the client does not pull, the server publishes; pull: a client that ' +
        'pulls (`textDocument/diagnostic` right after the change). didOpen: warm, a new document each sample. ' +
        'codeAction: the JSON language service offers no quick fixes (n/a). Cold start: median of separate processes.',
    );
  }

  section('Size and activation');
  const rows: string[][] = [];
  const serverBundle = path.join(ROOT, 'dist/server.js');
  if (existsSync(serverBundle)) rows.push(['dist/server.js (npm run build)', formatBytes(statSync(serverBundle).size)]);
  const minifiedPath = await minifiedServer();
  const minified = minifiedPath ? statSync(minifiedPath).size : undefined;
  if (minified !== undefined) rows.push(['dist/client.js, client and server, minified (as packaged)', formatBytes(minified)]);
  const vsixPath = path.join(ROOT, 'hybrid-plan.vsix');
  const vsix = existsSync(vsixPath) ? statSync(vsixPath).size : undefined;
  const vsixAge = existsSync(vsixPath) ? Math.round((Date.now() - statSync(vsixPath).mtimeMs) / 60_000) : 0;
  rows.push(['hybrid-plan.vsix', vsix === undefined ? 'not built (npm run package)' : `${formatBytes(vsix)} (built ${vsixAge} min ago)`]);
  const clientRequire = clientRequireTime(options.quick ? 3 : 10);
  if (clientRequire) rows.push(["require('dist/client.js'), median", formatMs(clientRequire.median)]);
  // As shipped: the minified bundle when it was measured.
  const coldStart = wire ? (wire.packagedColdStart ?? wire.hybrid.coldStart) : undefined;
  const activation = clientRequire && coldStart ? clientRequire.median + coldStart.median : undefined;
  if (activation !== undefined) rows.push(['activation ≈ client require + server cold start', formatMs(activation)]);
  print(['what', 'size / time'], rows);

  section('Targets');
  const at52 = results.find((result) => result.plan.weeks === 52);
  const wire52 = wire?.hybrid.sizes.find((size) => size.weeks === 52);
  const change52 = wire52?.pull ?? wire52?.change;
  const targets: Target[] = [
    {
      what: 'all rules + totals, 52 weeks, median',
      goal: '≤ 2 ms',
      actual: at52 ? `${formatMs(at52.engine['rules+totals'].median)} (CPU ${formatMs(at52.engine['rules+totals'].cpu)})` : 'not measured',
      met: at52 ? at52.engine['rules+totals'].median <= 2 : undefined,
    },
    {
      what: 'keystroke: parse + rules + totals after a one-line edit, 52 weeks, median',
      goal: '≤ 2 ms',
      actual: at52 ? `${formatMs(at52.engine.keystroke.median)} (CPU ${formatMs(at52.engine.keystroke.cpu)}; every line read: ${formatMs(at52.engine['keystroke, cold'].median)})` : 'not measured',
      met: at52 ? at52.engine.keystroke.median <= 2 : undefined,
    },
    {
      what: 'one-char edit → diagnostics over stdio, 52 weeks, median (pulled, as VS Code does)',
      goal: '≤ 10 ms',
      actual: change52 && wire52 ? `${formatMs(change52.median)} (pushed: ${formatMs(wire52.change.median)})` : 'not measured',
      met: change52 ? change52.median <= 10 : undefined,
    },
    {
      what: 'faster than vscode-json-languageservice at every size',
      goal: '≥ 3×',
      actual: ratios.length ? `${formatRatio(Math.min(...ratios))} at worst` : 'not measured',
      met: ratios.length ? Math.min(...ratios) >= 3 : undefined,
    },
    {
      what: 'server cold start to initialize result, minified bundle, median',
      goal: '≤ 300 ms',
      actual: coldStart && wire ? `${formatMs(coldStart.median)} (dev build: ${formatMs(wire.hybrid.coldStart.median)})` : 'not measured',
      met: coldStart ? coldStart.median <= 300 : undefined,
    },
    { what: '.vsix size', goal: `≤ ${VSIX_BUDGET_KB} KB`, actual: vsix === undefined ? 'not built' : formatBytes(vsix), met: vsix === undefined ? undefined : vsix <= VSIX_BUDGET_KB * 1024 },
    { what: 'linear scaling (10× weeks ≤ 12× time), engine', goal: 'every step', actual: scalingOk ? 'every step' : 'see scaling table', met: scalingRows.length ? scalingOk : undefined },
  ];
  print(
    ['target', 'goal', 'measured', 'status'],
    targets.map((target) => [target.what, target.goal, target.actual, target.met === undefined ? '—' : target.met ? '✓ met' : '✗ missed']),
  );
  note(`Load average at end: ${machineInfo().loadAverage}.`);

  if (options.json) {
    const figures = {
      machine: info,
      quick: options.quick,
      sizes: results.map((result) => ({
        weeks: result.plan.weeks,
        bytes: result.plan.hybrid.length,
        jsonBytes: result.plan.json.length,
        diagnostics: result.diagnostics,
        heapRetained: result.heap,
        gcPerKeystroke: result.gc,
        engine: result.engine,
        againstJson: result.json,
      })),
      wire,
      bundle: { server: existsSync(serverBundle) ? statSync(serverBundle).size : undefined, serverMinified: minified, vsix },
      clientRequire,
      targets,
    };
    writeFileSync(options.json, JSON.stringify(figures, null, 2) + '\n');
    console.log(`\nfigures written to ${options.json}`);
  }
  if (options.markdown) {
    writeFileSync(options.markdown, markdown.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n');
    console.log(`\nmarkdown tables written to ${options.markdown}`);
  }
}

const started = performance.now();
main()
  .then(() => console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(0)} s`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
