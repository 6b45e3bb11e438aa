// The long fuzz run (issue 7): `npm run fuzz -- --runs 1000000 [--seed N] [--chunk 5000] [--deep-every 50]
// [--max-ms 2000] [--minutes M] [--workers N] [--out file.json]`.
// Every --deep-every'th input (default 50th) gets every invariant of invariants.ts (`checkInput`: quick fixes for
// every diagnostic, fix-all, reschedule, export, week view, server features, determinism); the others get the
// cheaper oracle (`quickCheck`: the product work once and the checks on its own results, ~30× cheaper). Inputs run
// in chunks of fast-check runs, each chunk its own seed (a failure replays with `--seed <chunk seed> --runs
// <chunk> --workers 1`), on worker threads (`--workers`, default one per core), each taking every n-th chunk. The
// report gives inputs, failures, throughput, and the slowest input overall and among inputs of at most 10 KB,
// timed on what the server does per version (parse, check, totals, format, fix-all), not on the invariant checks
// around it. The bound this script enforces: an input of ≤ 10 KB whose work takes longer than --max-ms (default
// 2000) is timed three more times on the spot; if the fastest of those is still over, it is listed in the report
// (`overBound`, with its whole text to replay) and makes the run exit 1; it is not shrunk. Over at first and under
// when re-timed is the load of other processes (a low-priority run on a busy machine waits for the CPU): listed
// as `slowAtFirst`, not a failure.
// Start it in the background at low priority: `nice -n 19 npm run fuzz -- --runs 1000000 > fuzz.log 2>&1 &`.
// Stopped by SIGINT or SIGTERM (Ctrl-C, `kill`), it still prints and writes (--out) the report of what ran so far,
// with `interrupted` naming the signal; an over-bound input is sent to the main thread as soon as it is timed, so
// its whole text is in that report even when its chunk never ended.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { fuzzInput } from './generators';
import { cachedReadIsFresh, checkInput, productWork, quickCheck } from './invariants';

interface Args {
  runs: number;
  seed: number;
  chunk: number;
  maxMs: number;
  deepEvery: number;
  /** Stop after this many minutes (at a chunk's end) even when --runs is not reached. */
  minutes: number;
  out?: string;
  /** Worker threads, each taking every `workers`-th chunk (default: one per core). */
  workers: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 100_000, seed: 20261125, chunk: 5_000, maxMs: 2_000, deepEvery: 50, minutes: Infinity, workers: availableParallelism() };
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
      case '--workers':
        args.workers = Math.max(1, Number(value));
        break;
      case '--out':
        args.out = value;
        break;
      default:
        process.stderr.write(`fuzz: unknown option '${name}' (options: --runs, --seed, --chunk, --max-ms, --deep-every, --minutes, --workers, --out)\n`);
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

/**
 * An input of at most 10 KB whose first timing was over the bound. Its product work is timed three more times on the
 * spot: `confirmedMs` is the fastest of those, the cost of the input itself with the load of other processes
 * (which only ever adds time) taken out as far as one can; the bound is judged on it. The whole text is kept so it
 * can be replayed.
 */
interface OverBound extends Slowest {
  confirmedMs: number;
  configIndex: number;
  text: string;
}

/** What one chunk found, sent from a worker to the main thread. */
interface ChunkResult {
  seed: number;
  runs: number;
  done: number;
  deepRuns: number;
  bytes: number;
  failure?: string;
  slowest: Slowest;
  slowestSmall: Slowest;
  overBound: OverBound[];
}

/** An over-bound input, sent by a worker as soon as it is timed (not at its chunk's end). */
interface OverBoundMessage {
  overBound: OverBound;
}

const EMPTY: Slowest = { ms: 0, bytes: 0, sample: '' };

/** Every this many inputs (20th: it costs a cold parse, check and totals, ~1.2 quick checks), the cached read is compared with a fresh one (`cachedReadIsFresh`; deep inputs always are). */
const FRESH_EVERY = 20;

/** Runs one chunk of fast-check runs with its own seed. Deep inputs get every check, the rest the cheaper oracle. */
function runChunk(args: Args, seed: number, runs: number, onOverBound?: (slow: OverBound) => void): ChunkResult {
  const result: ChunkResult = { seed, runs, done: 0, deepRuns: 0, bytes: 0, slowest: EMPTY, slowestSmall: EMPTY, overBound: [] };
  let index = 0;
  const property = fc.property(fuzzInput, fc.constantFrom(0, 1), (text, configIndex) => {
    const deep = index++ % args.deepEvery === 0;
    let ms: number;
    if (deep) {
      result.deepRuns++;
      checkInput(text, configIndex, { deep });
      cachedReadIsFresh(text, configIndex);
      const t0 = process.hrtime.bigint();
      productWork(text, configIndex);
      ms = Number(process.hrtime.bigint() - t0) / 1e6;
    } else {
      ms = quickCheck(text, configIndex, { compareFresh: index % FRESH_EVERY === 0 });
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    result.bytes += bytes;
    if (ms > result.slowest.ms) result.slowest = { ms, bytes, sample: text.slice(0, 160) };
    if (bytes <= 10_240) {
      if (ms > result.slowestSmall.ms) result.slowestSmall = { ms, bytes, sample: text.slice(0, 160) };
      // Recorded, not thrown: shrinking a slow input re-runs slow inputs for as long as it shrinks.
      if (ms > args.maxMs) {
        let confirmedMs = Infinity;
        for (let again = 0; again < 3; again++) {
          const t0 = process.hrtime.bigint();
          productWork(text, configIndex);
          confirmedMs = Math.min(confirmedMs, Number(process.hrtime.bigint() - t0) / 1e6);
        }
        const slow: OverBound = { ms: Math.round(ms), confirmedMs: Math.round(confirmedMs), bytes, sample: text.slice(0, 160), configIndex, text };
        if (onOverBound) onOverBound(slow);
        else result.overBound.push(slow);
      }
    }
  });
  const checked = fc.check(property, { numRuns: runs, seed });
  // A failing chunk stops at its first failure (then shrinks): count only the inputs that ran.
  result.done = checked.failed ? checked.numRuns : runs;
  if (checked.failed) {
    result.failure =
      `chunk seed ${seed}: ${checked.errorInstance instanceof Error ? checked.errorInstance.message : String(checked.errorInstance)}\n` +
      `counterexample: ${JSON.stringify(checked.counterexample)}\n`;
  }
  return result;
}

/** A worker: chunks `index`, `index + workers`, … until the planned runs or the deadline. */
function workerMain(): void {
  const { args, index, deadline } = workerData as { args: Args; index: number; deadline: number };
  for (let chunkIndex = index; chunkIndex * args.chunk < args.runs && Date.now() < deadline; chunkIndex += args.workers) {
    const runs = Math.min(args.chunk, args.runs - chunkIndex * args.chunk);
    // Over-bound inputs go to the main thread at once: a run stopped mid-chunk still reports them.
    const chunk = runChunk(args, args.seed + chunkIndex, runs, (slow) => parentPort?.postMessage({ overBound: slow } satisfies OverBoundMessage));
    parentPort?.postMessage(chunk);
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  let done = 0;
  let failures = 0;
  let deepRuns = 0;
  let bytesTotal = 0;
  let slowest: Slowest = EMPTY;
  let slowestSmall: Slowest = EMPTY;
  const failureReports: string[] = [];
  const overBound: OverBound[] = [];
  const deadline = Date.now() + args.minutes * 60_000;
  let running = args.workers;

  const onOverBound = (slow: OverBound): void => {
    overBound.push(slow);
    const verdict = slow.confirmedMs > args.maxMs ? 'OVER THE BOUND' : 'load (under the bound when re-timed)';
    process.stderr.write(
      `bounded time: a ${slow.bytes}-byte input took ${slow.ms} ms, fastest of 3 re-timings ${slow.confirmedMs} ms ` +
        `(limit ${args.maxMs} ms): ${verdict}: ${JSON.stringify(slow.sample)}\n`,
    );
  };

  const onChunk = (chunk: ChunkResult): void => {
    done += chunk.done;
    deepRuns += chunk.deepRuns;
    bytesTotal += chunk.bytes;
    if (chunk.slowest.ms > slowest.ms) slowest = chunk.slowest;
    if (chunk.slowestSmall.ms > slowestSmall.ms) slowestSmall = chunk.slowestSmall;
    for (const slow of chunk.overBound) onOverBound(slow);
    if (chunk.failure) {
      failures++;
      failureReports.push(chunk.failure);
      process.stderr.write(chunk.failure);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `${new Date().toISOString()}  ${done.toLocaleString('en')} / ${args.runs.toLocaleString('en')} inputs  ` +
        `${(done / seconds).toFixed(0)}/s  failures: ${failures}  over the time bound: ${overBound.filter((slow) => slow.confirmedMs > args.maxMs).length} ` +
        `(${overBound.length} slow at first)  slowest ≤10 KB: ${slowestSmall.ms.toFixed(1)} ms  ` +
        `(chunk seed ${chunk.seed})\n`,
    );
  };

  let finished = false;
  const finish = (interrupted?: NodeJS.Signals): void => {
    if (finished) return;
    finished = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const report = {
      /** The signal that stopped the run before its end (the figures are of the chunks that ended, the over-bound inputs all). */
      ...(interrupted ? { interrupted } : {}),
      inputs: done,
      planned: args.runs,
      deepInputs: deepRuns,
      workers: args.workers,
      failingChunks: failures,
      seconds: Math.round(seconds),
      inputsPerSecond: Math.round(done / seconds),
      megabytes: Math.round(bytesTotal / 1e5) / 10,
      slowestMs: Math.round(slowest.ms * 10) / 10,
      slowestBytes: slowest.bytes,
      slowestSmallMs: Math.round(slowestSmall.ms * 10) / 10,
      slowestSmallBytes: slowestSmall.bytes,
      maxMsAllowed: args.maxMs,
      seed: args.seed,
      failures: failureReports,
      /** Inputs over the bound on their first timing and on the fastest of three re-timings: the bound's failures. */
      overBound: overBound.filter((slow) => slow.confirmedMs > args.maxMs),
      /** Inputs over the bound on their first timing only (the load of other processes), with their re-timing. */
      slowAtFirst: overBound.filter((slow) => slow.confirmedMs <= args.maxMs).map(({ text: _text, ...slow }) => slow),
    };
    process.stdout.write(`\n${JSON.stringify(report, null, 2)}\n`);
    if (args.out) writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
    process.exitCode = failures > 0 || report.overBound.length > 0 ? 1 : 0;
  };

  const workers: Worker[] = [];
  // Stopped from outside (Ctrl-C, `kill`, a CI timeout): the report of what ran, written before exiting.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`fuzz: ${signal}: stopping; the report covers what ran so far\n`);
      finish(signal);
      for (const worker of workers) void worker.terminate();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }

  for (let index = 0; index < args.workers; index++) {
    // tsx's loader does not reach worker threads by itself: the worker registers it, then loads this same file.
    const bootstrap = `require('tsx/cjs'); require(${JSON.stringify(__filename)});`;
    const worker = new Worker(bootstrap, { eval: true, workerData: { args, index, deadline } });
    workers.push(worker);
    worker.on('message', (message: ChunkResult | OverBoundMessage) => ('seed' in message ? onChunk(message) : onOverBound(message.overBound)));
    worker.on('error', (error) => {
      failures++;
      failureReports.push(`worker ${index}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.stderr.write(`worker ${index} failed: ${String(error)}\n`);
    });
    worker.on('exit', () => {
      if (--running === 0) finish();
    });
  }
}

if (isMainThread) main();
else workerMain();
