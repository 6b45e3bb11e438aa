// LSP stress over stdio (issue 7): the BUILT server (`node dist/server.js --stdio`) gets a stream of random
// incremental edits at full speed (no waiting for answers), interleaved with hover, completion, code action, symbol,
// folding, semantic token, inlay hint, code lens and formatting requests, a third of them cancelled right after they
// are sent (`$/cancelRequest`). What must hold (checked by the caller): the server stays up, every request is
// answered (a result or a RequestCancelled error), nothing is logged as a failure, the last diagnostics pushed equal a
// fresh `checkPlan` of the final text, and memory stays bounded (RSS from /proc/<pid>/status).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CancellationTokenSource,
  createMessageConnection,
  type MessageConnection,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePlan } from '../../server/src/language/parser';
import { checkPlan } from '../../server/src/rules/registry';
import { resolveConfig } from '../../server/src/rules/config';
import { SERVER, vscodeLikeCapabilities } from '../lsp/client';
import { random as seededRandom } from '../../bench/generate';
import { messageText } from '../lsp/messageText';

const ROOT = join(__dirname, '..', '..');
const REQUEST_CANCELLED = -32800;
const URI = 'untitled:stress.hybrid';

export interface StressOptions {
  edits: number;
  seed?: number;
  /** A request after every this many edits (default 3). */
  requestEvery?: number;
  /** Every this many-th request is cancelled right after it is sent (default 3). */
  cancelEvery?: number;
  /**
   * Caps the server's V8 old space (`--max-old-space-size`, MB). RSS alone cannot tell a leak from a heap the
   * collector has not bothered to shrink; under a cap, a leak ends in an out-of-memory crash, a bounded heap does not.
   */
  maxOldSpaceMB?: number;
}

export interface StressReport {
  edits: number;
  requests: number;
  answered: number;
  cancelled: number;
  /** Requests that failed with anything but RequestCancelled (must be empty). */
  failures: string[];
  /** Errors the server logged through its guard (must be empty). */
  loggedErrors: string[];
  finalVersion: number;
  finalTextLength: number;
  /** The last diagnostics the server pushed, and what checkPlan says about the final text. */
  published: SimpleDiagnostic[];
  expected: SimpleDiagnostic[];
  /** The server's exit code after shutdown/exit (0 expected); null while running. */
  exitCode: number | null;
  /** The server process was alive when the last request was answered. */
  aliveAtEnd: boolean;
  rssStartMB: number;
  rssEndMB: number;
  rssMaxMB: number;
  /** RSS after every 1,000 edits: growth that levels off is the garbage collector's slack, not a leak. */
  rssSamplesMB: number[];
  seconds: number;
}

export interface SimpleDiagnostic {
  range: [number, number, number, number];
  code: string;
  severity: number;
  message: string;
}

const TOKENS = [
  'Mon: ', 'Tue: ', 'Wed: ', 'Thu: ', 'Fri: ', 'Sat: ', 'Sun: ', 'gym ', 'lower ', 'heavy ', 'run ', 'intervals ',
  'long ', 'easy ', 'tempo ', 'bike hard ', 'rest', ' + ', '; ', '45min ', '10km ', '6x800m ', 'rpe 8 ', 'z2 ', '@07:00 ',
  'pm ', '[squat 5x5 @80%] ', '# note', '  # hybrid-ignore', 'week 2-4\n', 'week 9: deload\n', 'goal: running\n', '"', '[',
  ']', '\n', '\r\n', 'é', '🏃', '\t', 'x', 'gim ', 'start: 2026-12-07\n',
];
const LINES = [
  'Mon: gym lower heavy', 'Tue: run intervals 6x800m', 'Wed: rest', 'Thu: gym upper heavy + run easy 30min pm',
  'Fri: run long 16km', 'Sat: gym full heavy [squat 5x5, rdl 3x8]', 'Sun: bike hard 60min', 'week 3', 'goal: balanced',
];

function rssMB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : 0;
  } catch {
    return 0;
  }
}

function simplify(list: Diagnostic[]): SimpleDiagnostic[] {
  return list
    .map((d) => ({
      range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character] as [number, number, number, number],
      code: String(d.code),
      severity: d.severity ?? 0,
      message: messageText(d.message),
    }))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** What a fresh engine run says about a text, in the shape the server publishes. */
export function engineDiagnostics(text: string): SimpleDiagnostic[] {
  return simplify(
    checkPlan(parsePlan(text), resolveConfig([]).config).map((d) => ({
      range: { start: { line: d.range.start.line, character: d.range.start.column }, end: { line: d.range.end.line, character: d.range.end.column } },
      severity: SEVERITY[d.severity],
      code: d.rule,
      message: messageText(d.message),
    })),
  );
}

export async function runStress(options: StressOptions): Promise<StressReport> {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const requestEvery = options.requestEvery ?? 3;
  const cancelEvery = options.cancelEvery ?? 3;
  const started = Date.now();

  const nodeArgs = options.maxOldSpaceMB ? [`--max-old-space-size=${options.maxOldSpaceMB}`] : [];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { cwd: ROOT });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const loggedErrors: string[] = [];
  let lastPublished: PublishDiagnosticsParams | undefined;
  let waiter: { version: number; resolve: () => void } | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    if (params.uri !== URI) return;
    lastPublished = params;
    if (waiter && params.version === waiter.version) waiter.resolve();
  });
  connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
    if (params.type === 1) loggedErrors.push(params.message.split('\n')[0]);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.listen();

  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: vscodeLikeCapabilities() });
    await connection.sendNotification('initialized', {});
    let document = TextDocument.create(URI, 'hybrid', 1, readFileSync(join(ROOT, 'examples', 'twelve-weeks.hybrid'), 'utf8'));
    const opened = new Promise<void>((resolve) => (waiter = { version: 1, resolve }));
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'hybrid', version: 1, text: document.getText() } });
    await opened;
    const rssStartMB = rssMB(child.pid!);
    let rssMaxMB = rssStartMB;
    const rssSamplesMB: number[] = [];

    const pending: Promise<'answered' | 'cancelled' | string>[] = [];
    let requests = 0;
    const position = (): { line: number; character: number } => document.positionAt(Math.floor(random() * (document.getText().length + 1)));

    const request = (method: string, params: unknown): void => {
      requests++;
      const source = new CancellationTokenSource();
      const cancel = requests % cancelEvery === 0;
      pending.push(
        connection.sendRequest(method, params, source.token).then(
          () => 'answered' as const,
          (error: unknown) =>
            error instanceof ResponseError && error.code === REQUEST_CANCELLED ? ('cancelled' as const) : `${method}: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
      if (cancel) {
        if (random() < 0.5) source.cancel();
        else setImmediate(() => source.cancel());
      }
    };

    for (let i = 0; i < options.edits; i++) {
      const text = document.getText();
      const roll = random();
      let change: TextDocumentContentChangeEvent;
      if (roll < 0.5 || text.length < 50) {
        const at = position();
        change = { range: { start: at, end: at }, text: pick(TOKENS) };
      } else if (roll < 0.8 || text.length > 20_000) {
        const from = Math.floor(random() * text.length);
        const to = Math.min(text.length, from + 1 + Math.floor(random() * (text.length > 20_000 ? 400 : 12)));
        change = { range: { start: document.positionAt(from), end: document.positionAt(to) }, text: '' };
      } else {
        const line = Math.floor(random() * document.lineCount);
        const end = line + 1 < document.lineCount ? { line: line + 1, character: 0 } : document.positionAt(text.length);
        change = { range: { start: { line, character: 0 }, end }, text: `${pick(LINES)}${line + 1 < document.lineCount ? '\n' : ''}` };
      }
      document = TextDocument.update(document, [change], document.version + 1);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: document.version }, contentChanges: [change] });

      if (i % requestEvery === 0) {
        const textDocument = { uri: URI };
        const at = position();
        switch (Math.floor(random() * 10)) {
          case 0:
          case 1:
            request('textDocument/hover', { textDocument, position: at });
            break;
          case 2:
          case 3:
            request('textDocument/completion', { textDocument, position: at });
            break;
          case 4:
          case 5: {
            const diagnostics = (lastPublished?.diagnostics ?? []).slice(0, 3);
            const only = random() < 0.3 ? ['source.fixAll.hybrid'] : undefined;
            request('textDocument/codeAction', { textDocument, range: { start: at, end: at }, context: { diagnostics, ...(only ? { only } : {}) } });
            break;
          }
          case 6:
            request('textDocument/documentSymbol', { textDocument });
            break;
          case 7:
            request(random() < 0.5 ? 'textDocument/foldingRange' : 'textDocument/semanticTokens/full', { textDocument });
            break;
          case 8:
            request(random() < 0.5 ? 'textDocument/inlayHint' : 'textDocument/codeLens', {
              textDocument,
              range: { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } },
            });
            break;
          default:
            request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
        }
      }
      if (i % 250 === 0) rssMaxMB = Math.max(rssMaxMB, rssMB(child.pid!));
      if ((i + 1) % 1000 === 0) rssSamplesMB.push(rssMB(child.pid!));
    }

    const finalVersion = document.version;
    const settled = new Promise<void>((resolve) => {
      if (lastPublished?.version === finalVersion) resolve();
      else waiter = { version: finalVersion, resolve };
    });
    const outcomes = await Promise.all(pending);
    await settled;
    const aliveAtEnd = exitCode === null && child.exitCode === null;
    const rssEndMB = rssMB(child.pid!);
    rssMaxMB = Math.max(rssMaxMB, rssEndMB);

    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await exited;
    return {
      edits: options.edits,
      requests,
      answered: outcomes.filter((outcome) => outcome === 'answered').length,
      cancelled: outcomes.filter((outcome) => outcome === 'cancelled').length,
      failures: outcomes.filter((outcome) => outcome !== 'answered' && outcome !== 'cancelled'),
      loggedErrors: [...loggedErrors, ...stderr.filter((line) => line.trim())],
      finalVersion,
      finalTextLength: document.getText().length,
      published: simplify(lastPublished?.diagnostics ?? []),
      expected: engineDiagnostics(document.getText()),
      exitCode,
      aliveAtEnd,
      rssStartMB,
      rssEndMB,
      rssMaxMB,
      rssSamplesMB,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    connection.dispose();
    if (child.exitCode === null && exitCode === null) child.kill();
  }
}
