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
  open: Summary;
  change: Summary;
  hover: Summary;
  codeAction?: Summary;
  diagnostics: number;
}

export interface WireResult {
  server: string;
  coldStart: Summary;
  sizes: WireSizeResult[];
  /** Per size: a one-character didChange then `textDocument/diagnostic` (no debounce), when the server can pull. */
  pull: (Summary | undefined)[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A client that pulls: type one character, then ask for the document's diagnostics at once. */
async function measurePull(session: LspSession, server: ServerCommand, plan: BenchPlan, samples: number, isJson: boolean): Promise<Summary> {
  const text = isJson ? plan.json : plan.hybrid;
  const probe = isJson ? jsonProbe(plan) : hybridProbe(plan);
  const file = path.join(WORK_DIR, `pull-${plan.weeks}.${isJson ? 'plan.json' : 'hybrid'}`);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  session.open(uri, server.languageId, text);
  await session.request('textDocument/diagnostic', { textDocument: { uri } });
  const times: number[] = [];
  for (let version = 2; version < samples + 2; version++) {
    // Pacing, not measurement: keystrokes come KEYSTROKE_GAP_MS apart, as when typing.
    await sleep(KEYSTROKE_GAP_MS);
    const insert = version % 2 === 0;
    const end = insert ? probe.edit : { line: probe.edit.line, character: probe.edit.character + 1 };
    const started = performance.now();
    session.change(uri, version, { start: probe.edit, end }, insert ? ' ' : '');
    await session.request('textDocument/diagnostic', { textDocument: { uri } });
    times.push(performance.now() - started);
  }
  void session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return summarize(times);
}

export interface WireOptions {
  sizes: number[];
  /** Samples per measurement (cold starts use half). */
  samples: number;
}

async function measureDocument(
  session: LspSession,
  server: ServerCommand,
  plan: BenchPlan,
  samples: number,
  isJson: boolean,
): Promise<WireSizeResult> {
  const text = isJson ? plan.json : plan.hybrid;
  const extension = isJson ? 'plan.json' : 'hybrid';
  const probe = isJson ? jsonProbe(plan) : hybridProbe(plan);
  mkdirSync(WORK_DIR, { recursive: true });

  // didOpen → publishDiagnostics, each sample a new document with the same text.
  const open: number[] = [];
  let uri = '';
  let last: PublishDiagnosticsParams | undefined;
  for (let sample = 0; sample <= samples; sample++) {
    const file = path.join(WORK_DIR, `plan-${plan.weeks}-${sample}.${extension}`);
    writeFileSync(file, text);
    const sampleUri = pathToFileURL(file).href;
    const published = session.nextDiagnostics(sampleUri, 1);
    const started = performance.now();
    session.open(sampleUri, server.languageId, text);
    const params = await published;
    // The first open also warms the server's code paths: report the warm ones.
    if (sample > 0) open.push(performance.now() - started);
    if (sample === 0) {
      uri = sampleUri;
      last = params;
    } else {
      void session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: sampleUri } });
    }
  }

  // One-character edits: type a space, then delete it, alternately.
  let version = 1;
  const typed = (): Range => ({ start: probe.edit, end: probe.edit });
  const deleted = (): Range => ({ start: probe.edit, end: { line: probe.edit.line, character: probe.edit.character + 1 } });
  const edit = (): void => {
    version++;
    const insert = version % 2 === 0;
    session.change(uri, version, insert ? typed() : deleted(), insert ? ' ' : '');
  };
  const change: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    await sleep(KEYSTROKE_GAP_MS);
    const published = session.nextDiagnostics(uri, version + 1);
    const started = performance.now();
    edit();
    last = await published;
    change.push(performance.now() - started);
  }

  const hover: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    await session.request('textDocument/hover', { textDocument: { uri }, position: probe.hover });
    hover.push(performance.now() - started);
  }

  let codeAction: number[] | undefined;
  const conflict = last?.diagnostics.find((diagnostic) => diagnostic.severity === 1 || diagnostic.severity === 2);
  if (session.capabilities.codeActionProvider && conflict) {
    codeAction = [];
    for (let sample = 0; sample < samples; sample++) {
      const started = performance.now();
      await session.request('textDocument/codeAction', {
        textDocument: { uri },
        range: conflict.range,
        context: { diagnostics: [conflict], triggerKind: 1 },
      });
      codeAction.push(performance.now() - started);
    }
  }

  void session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return {
    weeks: plan.weeks,
    open: summarize(open),
    change: summarize(change),
    hover: summarize(hover),
    codeAction: codeAction && summarize(codeAction),
    diagnostics: last?.diagnostics.length ?? 0,
  };
}

export async function measureServer(server: ServerCommand, plans: BenchPlan[], options: WireOptions, isJson: boolean): Promise<WireResult> {
  const rootUri = pathToFileURL(WORK_DIR).href;
  mkdirSync(WORK_DIR, { recursive: true });
  const coldStarts: number[] = [];
  const coldSamples = Math.max(3, Math.ceil(options.samples / 2));
  for (let sample = 0; sample < coldSamples; sample++) {
    const { session, coldStartMs } = await LspSession.start(server, rootUri);
    coldStarts.push(coldStartMs);
    await session.stop();
  }
  const { session } = await LspSession.start(server, rootUri);
  const sizes: WireSizeResult[] = [];
  try {
    for (const plan of plans) sizes.push(await measureDocument(session, server, plan, options.samples, isJson));
  } finally {
    await session.stop();
  }
  const pull: (Summary | undefined)[] = [];
  const { session: pulling } = await LspSession.start(server, rootUri, true);
  try {
    for (const plan of plans) {
      pull.push(pulling.capabilities.diagnosticProvider ? await measurePull(pulling, server, plan, options.samples, isJson) : undefined);
    }
  } finally {
    await pulling.stop();
  }
  return { server: server.name, coldStart: summarize(coldStarts), sizes, pull };
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
    args: [bundle, '--stdio'],
    languageId: 'json',
  };
}

export interface WireComparison {
  hybrid: WireResult;
  json: WireResult;
}

export async function runWire(options: WireOptions): Promise<WireComparison> {
  const plans = benchPlans(options.sizes);
  const hybrid = await measureServer(hybridServer(), plans, options, false);
  const json = await measureServer(jsonServer(await buildJsonServer()), plans, options, true);
  return { hybrid, json };
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
  const rows: string[][] = [row('cold start → initialize result', comparison.hybrid.coldStart, comparison.json.coldStart)];
  comparison.hybrid.sizes.forEach((ours, index) => {
    const theirs = comparison.json.sizes[index];
    const weeks = `${ours.weeks} wk`;
    rows.push(row(`${weeks}: didOpen → publishDiagnostics`, ours.open, theirs.open));
    rows.push(row(`${weeks}: 1-char didChange → publishDiagnostics`, ours.change, theirs.change));
    rows.push(row(`${weeks}: 1-char didChange → pulled diagnostics`, comparison.hybrid.pull[index], comparison.json.pull[index]));
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
