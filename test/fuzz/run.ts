// The long fuzz run (issue 7): `npm run fuzz -- --runs 1000000 [--seed N] [--chunk 5000] [--deep-every 10]
// [--max-ms 2000] [--minutes M] [--out file.json]`.
// Runs the invariants of invariants.ts on generated and mutated inputs (every one on each --deep-every'th input,
// default 10th: quick fixes for every diagnostic, fix-all, reschedule, export, week view, determinism; the rest
// on all of them) in chunks of fast-check runs (each chunk its
// own seed, so a failure is reproducible with `--seed <chunk seed> --runs <chunk>`), prints progress, and ends with a
// report: inputs, failures, throughput, and the slowest input overall and among inputs of at most 10 KB, timed on
// what the server does per version (parse, check, totals, format, fix-all; `productWork`), not on the invariant
// checks around it. The bound this script enforces: an input of ≤ 10 KB whose work takes longer than --max-ms
// (default 2000) is listed in the report (`overBound`) and makes the run exit 1; it is not shrunk.
// Start it in the background at low priority: `nice -n 19 npm run fuzz -- --runs 1000000 > fuzz.log 2>&1 &`.
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { fuzzInput } from './generators';
import { checkInput, productWork } from './invariants';

interface Args {
  runs: number;
  seed: number;
  chunk: number;
  maxMs: number;
  deepEvery: number;
  /** Stop after this many minutes (at a chunk's end) even when --runs is not reached. */
  minutes: number;
  out?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 100_000, seed: 20261125, chunk: 5_000, maxMs: 2_000, deepEvery: 10, minutes: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    switch (name) {
      case '--runs':
        args.runs = Number(value);
        break;
      case '--seed':
        args.seed = Number(value);
        break;
      case '--chunk':
        args.chunk = Number(value);
        break;
      case '--max-ms':
        args.maxMs = Number(value);
        break;
      case '--deep-every':
        args.deepEvery = Math.max(1, Number(value));
        break;
      case '--minutes':
        args.minutes = Number(value);
        break;
      case '--out':
        args.out = value;
        break;
      default:
        process.stderr.write(`fuzz: unknown option '${name}' (options: --runs, --seed, --chunk, --max-ms, --deep-every, --minutes, --out)\n`);
        process.exit(2);
    }
    if (name !== '--out' && !Number.isFinite(Number(value))) {
      process.stderr.write(`fuzz: ${name} needs a number\n`);
      process.exit(2);
    }
  }
  return args;
}

interface Slowest {
  ms: number;
  bytes: number;
  sample: string;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  let done = 0;
  let failures = 0;
  let deepRuns = 0;
  let planned = 0;
  let bytesTotal = 0;
  let slowest: Slowest = { ms: 0, bytes: 0, sample: '' };
  let slowestSmall: Slowest = { ms: 0, bytes: 0, sample: '' };
  const failureReports: string[] = [];
  const overBound: Slowest[] = [];
  const heapStart = process.memoryUsage().heapUsed;

  const deadline = Date.now() + args.minutes * 60_000;
  for (let chunkIndex = 0; planned < args.runs && Date.now() < deadline; chunkIndex++) {
    const runs = Math.min(args.chunk, args.runs - planned);
    const seed = args.seed + chunkIndex;
    let index = 0;
    const property = fc.property(fuzzInput, fc.constantFrom(0, 1), (text, configIndex) => {
      const deep = index++ % args.deepEvery === 0;
      if (deep) deepRuns++;
      checkInput(text, configIndex, { deep });
      const t0 = process.hrtime.bigint();
      productWork(text, configIndex);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const bytes = Buffer.byteLength(text, 'utf8');
      bytesTotal += bytes;
      if (ms > slowest.ms) slowest = { ms, bytes, sample: text.slice(0, 160) };
      if (bytes <= 10_240) {
        if (ms > slowestSmall.ms) slowestSmall = { ms, bytes, sample: text.slice(0, 160) };
        // Recorded, not thrown: shrinking a slow input re-runs slow inputs for as long as it shrinks.
        if (ms > args.maxMs) {
          overBound.push({ ms: Math.round(ms), bytes, sample: text.slice(0, 160) });
          process.stderr.write(`bounded time: a ${bytes}-byte input took ${ms.toFixed(0)} ms (limit ${args.maxMs} ms): ${JSON.stringify(text.slice(0, 160))}\n`);
        }
      }
    });
    const result = fc.check(property, { numRuns: runs, seed });
    // A failing chunk stops at its first failure (then shrinks): count only the inputs that ran.
    done += result.failed ? result.numRuns : runs;
    planned += runs;
    if (result.failed) {
      failures++;
      const report = `chunk seed ${seed}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}\n` +
        `counterexample: ${JSON.stringify(result.counterexample)}\n`;
      failureReports.push(report);
      process.stderr.write(report);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `${new Date().toISOString()}  ${done.toLocaleString('en')} / ${args.runs.toLocaleString('en')} inputs  ` +
        `${(done / seconds).toFixed(0)}/s  failures: ${failures}  over the time bound: ${overBound.length}  slowest ≤10 KB: ${slowestSmall.ms.toFixed(1)} ms  ` +
        `heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB\n`,
    );
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report = {
    inputs: done,
    planned: args.runs,
    deepInputs: deepRuns,
    failingChunks: failures,
    seconds: Math.round(seconds),
    inputsPerSecond: Math.round(done / seconds),
    megabytes: Math.round(bytesTotal / 1e5) / 10,
    slowestMs: Math.round(slowest.ms * 10) / 10,
    slowestBytes: slowest.bytes,
    slowestSmallMs: Math.round(slowestSmall.ms * 10) / 10,
    slowestSmallBytes: slowestSmall.bytes,
    maxMsAllowed: args.maxMs,
    heapGrowthMB: Math.round((process.memoryUsage().heapUsed - heapStart) / 1e5) / 10,
    seed: args.seed,
    failures: failureReports,
    overBound,
  };
  process.stdout.write(`\n${JSON.stringify(report, null, 2)}\n`);
  if (args.out) writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = failures > 0 || overBound.length > 0 ? 1 : 0;
}

main();
