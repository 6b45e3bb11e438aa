// Over-the-wire benchmark: a real language server process over stdio, driven by a JSON-RPC client, timed from the
// client side (what an editor sees). Runs our server (`node dist/server.js --stdio`) on `.hybrid` plans and the
// JSON-with-schema server (bench/json/json-server.ts, bundled with esbuild) on the same plans as JSON.
// Run alone: `npx tsx bench/wire.ts [--quick]` (after `npm run build`).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { benchPlans, type BenchPlan } from './generate';
import { formatMs, machineInfo, summarize, table, type Summary } from './stats';

const ROOT = path.resolve(__dirname, '..');
const WORK_DIR = path.join(os.tmpdir(), 'hybrid-plan-bench');
const TIMEOUT_MS = 60_000;
/** Time between two keystrokes: a brisk typist (~7 characters a second). */
export const KEYSTROKE_GAP_MS = 150;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  message: string;
}
interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface ServerCommand {
  name: string;
  command: string;
  args: string[];
  languageId: string;
}

/** One language server process and the JSON-RPC connection to it. */
export class LspSession {
  private readonly waiters = new Map<string, { minVersion: number; resolve: (params: PublishDiagnosticsParams) => void }>();
  private stderr = '';
  private readonly exited: Promise<never>;
  capabilities: Record<string, unknown> = {};

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.exited = new Promise<never>((_, reject) => {
      child.once('exit', (code) => reject(new Error(`server exited with code ${code}. Server stderr:\n${this.stderr}`)));
    });
    this.exited.catch(() => undefined);
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const waiter = this.waiters.get(params.uri);
      if (waiter && (params.version === undefined || params.version >= waiter.minVersion)) {
        this.waiters.delete(params.uri);
        waiter.resolve(params);
      }
    });
    // Answer what a server may ask of its client: configuration (defaults), registrations, progress tokens.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest(() => null);
    connection.onNotification(() => undefined);
    connection.listen();
  }

  /** Spawns the server and completes `initialize`; returns the session and the cold-start time in ms. */
  static async start(server: ServerCommand, rootUri: string, pullDiagnostics = false): Promise<{ session: LspSession; coldStartMs: number }> {
    const started = performance.now();
    const child = spawn(server.command, server.args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection);
    const result = await session.withTimeout(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true },
          textDocument: {
            synchronization: { didSave: true, dynamicRegistration: false },
            publishDiagnostics: { versionSupport: true, relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
            // Pull diagnostics are declared only in the pull session: a server may stop pushing once the client pulls.
            ...(pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
            hover: { contentFormat: ['markdown', 'plaintext'] },
            codeAction: {
              codeActionLiteralSupport: {
                codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.rewrite', 'source', 'source.fixAll'] },
              },
              isPreferredSupport: true,
            },
          },
        },
      }),
      `${server.name}: initialize`,
    );
    const coldStartMs = performance.now() - started;
    session.capabilities = (result as { capabilities: Record<string, unknown> }).capabilities;
    connection.sendNotification('initialized', {});
    return { session, coldStartMs };
  }

  async withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${TIMEOUT_MS} ms. Server stderr:\n${this.stderr}`)), TIMEOUT_MS);
    });
    try {
      return await Promise.race([promise, timeout, this.exited]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves with the next diagnostics published for `uri` at `minVersion` or later. */
  nextDiagnostics(uri: string, minVersion: number): Promise<PublishDiagnosticsParams> {
    return this.withTimeout(
      new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.set(uri, { minVersion, resolve })),
      `publishDiagnostics for ${uri}`,
    );
  }

  open(uri: string, languageId: string, text: string): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, version: number, range: Range, text: string): void {
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.withTimeout(this.connection.sendRequest(method, params) as Promise<T>, method);
  }

  async stop(): Promise<void> {
    try {
      await this.withTimeout(this.connection.sendRequest('shutdown'), 'shutdown');
      void this.connection.sendNotification('exit');
    } catch {
      // A server that does not shut down cleanly is still ended below.
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** Where to type, hover and ask for code actions in a document: the same place in the plan on both sides. */
interface Probe {
  /** A one-character insertion point (a space is typed, then deleted on the next sample). */
  edit: Position;
  hover: Position;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** In the middle week: type after the Tuesday session, hover on Monday's session keyword. */
function hybridProbe(plan: BenchPlan): Probe {
  const week = Math.max(1, Math.ceil(plan.weeks / 2));
  const header = plan.hybrid.search(new RegExp(`^week ${week}\\b`, 'm'));
  const monday = plan.hybrid.indexOf('\nMon: ', header) + 1;
  const tuesdayEnd = plan.hybrid.indexOf('\n', plan.hybrid.indexOf('\nTue: ', header) + 1);
  return { edit: positionOf(plan.hybrid, tuesdayEnd), hover: positionOf(plan.hybrid, monday + 'Mon: '.length + 1) };
}

function jsonProbe(plan: BenchPlan): Probe {
  const week = Math.max(1, Math.ceil(plan.weeks / 2));
  const weekStart = plan.json.indexOf(`"number": ${week},`);
  const kind = plan.json.indexOf('"kind": ', weekStart);
  const lineEnd = plan.json.indexOf('\n', plan.json.indexOf('"tue": {', weekStart));
  return { edit: positionOf(plan.json, lineEnd), hover: positionOf(plan.json, kind + 2) };
}

export interface WireSizeResult {
  weeks: number;
  /** didOpen → publishDiagnostics (warm: a new document each sample). */
  open: Summary;
  /** A one-character didChange → publishDiagnostics, for a client that does not pull. */
  change: Summary;
  /** A one-character didChange, then `textDocument/diagnostic` at once, for a client that pulls (as VS Code does). */
  pull?: Summary;
  hover: Summary;
  codeAction?: Summary;
  diagnostics: number;
}

export interface WireResult {
  server: string;
  coldStart: Summary;
  sizes: WireSizeResult[];
}

export interface WireOptions {
  sizes: number[];
  /** Samples per measurement (cold starts use half). */
  samples: number;
  /** The minified server bundle as packaged in the .vsix: its cold start is sampled in the same turns. */
  packagedServer?: string;
}

/** Time for `node -e 0` to start and exit. */
function bareNodeStart(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - started));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One server under test: a session for a client that takes pushed diagnostics, and one for a client that pulls. */
interface Side {
  server: ServerCommand;
  isJson: boolean;
  push: LspSession;
  pull: LspSession;
}

/** A document open on one side, where to type in it and what was last published for it. */
interface Document {
  uri: string;
  probe: Probe;
  version: number;
  diagnostics: Diagnostic[];
}

function documentFile(side: Side, name: string, text: string): string {
  const file = path.join(WORK_DIR, `${name}.${side.isJson ? 'plan.json' : 'hybrid'}`);
  writeFileSync(file, text);
  return pathToFileURL(file).href;
}

/** The next one-character edit of a document: type a space at the probe, then delete it, alternately. */
function nextEdit(document: Document): { version: number; range: Range; text: string } {
  document.version++;
  const insert = document.version % 2 === 0;
  const { edit } = document.probe;
  return {
    version: document.version,
    range: { start: edit, end: insert ? edit : { line: edit.line, character: edit.character + 1 } },
    text: insert ? ' ' : '',
  };
}

/**
 * Runs one measurement on every side in turns (side 1, side 2, side 1, …), so that a burst of load from other
 * processes on a shared machine hits every side alike. Returns the samples per side.
 */
async function inTurns(sides: readonly Side[], samples: number, measure: (side: Side, sample: number) => Promise<number | undefined>): Promise<number[][]> {
  const times = sides.map((): number[] => []);
  for (let sample = 0; sample < samples; sample++) {
    for (let index = 0; index < sides.length; index++) {
      const time = await measure(sides[index], sample);
      if (time !== undefined) times[index].push(time);
    }
  }
  return times;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function measureSize(sides: readonly Side[], plan: BenchPlan, samples: number): Promise<WireSizeResult[]> {
  const textOf = (side: Side): string => (side.isJson ? plan.json : plan.hybrid);
  // The documents every later measurement works on: one in each session of each side.
  const pushed: Document[] = [];
  const pulled: Document[] = [];
  for (const side of sides) {
    const probe = side.isJson ? jsonProbe(plan) : hybridProbe(plan);
    const pushUri = documentFile(side, `push-${plan.weeks}`, textOf(side));
    const published = side.push.nextDiagnostics(pushUri, 1);
    side.push.open(pushUri, side.server.languageId, textOf(side));
    pushed.push({ uri: pushUri, probe, version: 1, diagnostics: (await published).diagnostics });
    const pullUri = documentFile(side, `pull-${plan.weeks}`, textOf(side));
    side.pull.open(pullUri, side.server.languageId, textOf(side));
    if (side.pull.capabilities.diagnosticProvider) await side.pull.request('textDocument/diagnostic', { textDocument: { uri: pullUri } });
    pulled.push({ uri: pullUri, probe, version: 1, diagnostics: [] });
  }
  const documentOf = (list: Document[], side: Side): Document => list[sides.indexOf(side)];

  // didOpen → publishDiagnostics: a new document with the same text each sample (the documents above warmed up).
  const open = await inTurns(sides, samples, async (side, sample) => {
    const uri = documentFile(side, `open-${plan.weeks}-${sample}`, textOf(side));
    const published = side.push.nextDiagnostics(uri, 1);
    const time = await timed(async () => {
      side.push.open(uri, side.server.languageId, textOf(side));
      await published;
    });
    void side.push.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // The same work, not timed, for the session that pulls: its server's JIT is then as warm as the pushing one's
    // when keystrokes are measured (without this the pulling server had read the plan once, the pushing one
    // `samples` times, and pulled diagnostics looked twice as slow as pushed ones).
    if (side.pull.capabilities.diagnosticProvider) {
      const warmUri = documentFile(side, `open-pull-${plan.weeks}-${sample}`, textOf(side));
      side.pull.open(warmUri, side.server.languageId, textOf(side));
      await side.pull.request('textDocument/diagnostic', { textDocument: { uri: warmUri } });
      void side.pull.connection.sendNotification('textDocument/didClose', { textDocument: { uri: warmUri } });
    }
    return time;
  });

  // Keystrokes come KEYSTROKE_GAP_MS apart, as when typing (pacing, not measured). Pushed and pulled diagnostics
  // are sampled in turns too: side 1 push, side 1 pull, side 2 push, side 2 pull, …
  const change = sides.map((): number[] => []);
  const pull = sides.map((): number[] => []);
  for (let sample = 0; sample < samples; sample++) {
    for (const [index, side] of sides.entries()) {
      await sleep(KEYSTROKE_GAP_MS);
      const document = documentOf(pushed, side);
      const edit = nextEdit(document);
      const published = side.push.nextDiagnostics(document.uri, edit.version);
      change[index].push(
        await timed(async () => {
          side.push.change(document.uri, edit.version, edit.range, edit.text);
          document.diagnostics = (await published).diagnostics;
        }),
      );
      if (!side.pull.capabilities.diagnosticProvider) continue;
      await sleep(KEYSTROKE_GAP_MS);
      const pulledDocument = documentOf(pulled, side);
      const pulledEdit = nextEdit(pulledDocument);
      pull[index].push(
        await timed(async () => {
          side.pull.change(pulledDocument.uri, pulledEdit.version, pulledEdit.range, pulledEdit.text);
          await side.pull.request('textDocument/diagnostic', { textDocument: { uri: pulledDocument.uri } });
        }),
      );
    }
  }

  const hover = await inTurns(sides, samples, async (side) => {
    const document = documentOf(pushed, side);
    return timed(() => side.push.request('textDocument/hover', { textDocument: { uri: document.uri }, position: document.probe.hover }));
  });

  const codeAction = await inTurns(sides, samples, async (side) => {
    const document = documentOf(pushed, side);
    const conflict = document.diagnostics.find((diagnostic) => diagnostic.severity === 1 || diagnostic.severity === 2);
    if (!side.push.capabilities.codeActionProvider || !conflict) return undefined;
    return timed(() =>
      side.push.request('textDocument/codeAction', {
        textDocument: { uri: document.uri },
        range: conflict.range,
        context: { diagnostics: [conflict], triggerKind: 1 },
      }),
    );
  });

  for (const side of sides) {
    void side.push.connection.sendNotification('textDocument/didClose', { textDocument: { uri: documentOf(pushed, side).uri } });
    void side.pull.connection.sendNotification('textDocument/didClose', { textDocument: { uri: documentOf(pulled, side).uri } });
  }
  const optional = (list: number[]): Summary | undefined => (list.length > 0 ? summarize(list) : undefined);
  return sides.map((side, index) => ({
    weeks: plan.weeks,
    open: summarize(open[index]),
    change: summarize(change[index]),
    pull: optional(pull[index]),
    hover: summarize(hover[index]),
    codeAction: optional(codeAction[index]),
    diagnostics: documentOf(pushed, side).diagnostics.length,
  }));
}

export interface WireComparison {
  hybrid: WireResult;
  json: WireResult;
  /** `node -e 0` from spawn to exit, sampled in turns with the cold starts: the floor no server can beat. */
  bareNode: Summary;
  /** Cold start of the minified bundle, when given. */
  packagedColdStart?: Summary;
}

/** Both servers, every measurement in turns: cold starts, then per plan size open, type, pull, hover, code actions. */
export async function runWire(options: WireOptions): Promise<WireComparison> {
  mkdirSync(WORK_DIR, { recursive: true });
  const rootUri = pathToFileURL(WORK_DIR).href;
  const servers = [
    { server: hybridServer(), isJson: false },
    { server: jsonServer(await buildJsonServer()), isJson: true },
  ];

  const coldStarts = servers.map((): number[] => []);
  const bareNode: number[] = [];
  const packaged: number[] = [];
  const packagedServer: ServerCommand | undefined = options.packagedServer
    ? { ...hybridServer(), name: 'hybrid (minified bundle)', args: [options.packagedServer, '--stdio'] }
    : undefined;
  for (let sample = 0; sample < Math.max(3, Math.ceil(options.samples / 2)); sample++) {
    for (let index = 0; index < servers.length; index++) {
      const { session, coldStartMs } = await LspSession.start(servers[index].server, rootUri);
      coldStarts[index].push(coldStartMs);
      await session.stop();
    }
    if (packagedServer) {
      const { session, coldStartMs } = await LspSession.start(packagedServer, rootUri);
      packaged.push(coldStartMs);
      await session.stop();
    }
    bareNode.push(await bareNodeStart());
  }

  const sides: Side[] = [];
  try {
    for (const { server, isJson } of servers) {
      const push = (await LspSession.start(server, rootUri)).session;
      const pull = (await LspSession.start(server, rootUri, true)).session;
      sides.push({ server, isJson, push, pull });
    }
    const perSize: WireSizeResult[][] = [];
    for (const plan of benchPlans(options.sizes)) perSize.push(await measureSize(sides, plan, options.samples));
    const resultOf = (index: number): WireResult => ({
      server: servers[index].server.name,
      coldStart: summarize(coldStarts[index]),
      sizes: perSize.map((results) => results[index]),
    });
    return {
      hybrid: resultOf(0),
      json: resultOf(1),
      bareNode: summarize(bareNode),
      packagedColdStart: packaged.length > 0 ? summarize(packaged) : undefined,
    };
  } finally {
    for (const side of sides) await Promise.all([side.push.stop(), side.pull.stop()]);
  }
}

/** Bundles the JSON server like ours (esbuild, one file) so cold starts compare like for like. */
export async function buildJsonServer(): Promise<string> {
  const outfile = path.join(WORK_DIR, 'json-server.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'bench/json/json-server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    // The package's UMD build loads its modules dynamically; its ES module build bundles.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return outfile;
}

export function hybridServer(): ServerCommand {
  return { name: 'hybrid (dist/server.js)', command: process.execPath, args: [path.join(ROOT, 'dist/server.js'), '--stdio'], languageId: 'hybrid' };
}

export function jsonServer(bundle: string): ServerCommand {
  return {
    name: 'JSON + schema (vscode-json-languageservice)',
    command: process.execPath,
    // `oneOf` validated faster than the `if`/`then` chain in process at 52 and 520 weeks (bench/run.ts).
    args: [bundle, '--stdio', '--schema-style=oneOf'],
    languageId: 'json',
  };
}

export function wireRows(comparison: WireComparison): { header: string[]; rows: string[][] } {
  const header = ['measurement', 'hybrid median', 'hybrid p95', 'JSON median', 'JSON p95', 'JSON / hybrid'];
  const row = (name: string, ours?: Summary, theirs?: Summary): string[] => [
    name,
    ours ? formatMs(ours.median) : 'n/a',
    ours ? formatMs(ours.p95) : 'n/a',
    theirs ? formatMs(theirs.median) : 'n/a',
    theirs ? formatMs(theirs.p95) : 'n/a',
    ours && theirs ? `${(theirs.median / ours.median).toFixed(1)}×` : '—',
  ];
  const rows: string[][] = [
    row('cold start → initialize result', comparison.hybrid.coldStart, comparison.json.coldStart),
    ['(bare `node -e 0`, the floor)', formatMs(comparison.bareNode.median), formatMs(comparison.bareNode.p95), '', '', ''],
  ];
  if (comparison.packagedColdStart) {
    const packaged = comparison.packagedColdStart;
    rows.splice(1, 0, ['cold start, minified bundle (as packaged)', formatMs(packaged.median), formatMs(packaged.p95), '', '', '']);
  }
  comparison.hybrid.sizes.forEach((ours, index) => {
    const theirs = comparison.json.sizes[index];
    const weeks = `${ours.weeks} wk`;
    rows.push(row(`${weeks}: didOpen → publishDiagnostics`, ours.open, theirs.open));
    rows.push(row(`${weeks}: 1-char didChange → publishDiagnostics`, ours.change, theirs.change));
    rows.push(row(`${weeks}: 1-char didChange → pulled diagnostics`, ours.pull, theirs.pull));
    rows.push(row(`${weeks}: hover`, ours.hover, theirs.hover));
    rows.push(row(`${weeks}: codeAction on a conflict`, ours.codeAction, theirs.codeAction));
  });
  return { header, rows };
}

if (require.main === module) {
  const quick = process.argv.includes('--quick');
  const info = machineInfo();
  console.log(`${info.cpu} · ${info.cores} cores · Node ${info.node} · ${info.os} · load ${info.loadAverage}`);
  runWire({ sizes: [52, 520], samples: quick ? 6 : 30 })
    .then((comparison) => {
      const { header, rows } = wireRows(comparison);
      console.log(table(header, rows));
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });
}
