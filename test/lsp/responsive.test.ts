// The server never blocks (issue 16), at the LSP level over stdio: heavy plans are checked on a worker thread
// (server/src/node/router.ts) while the main thread answers for the others; `$/cancelRequest` gets the cancelled
// error; diagnostics of a version older than the one sent since are never published. How fast the other plans are
// answered is measured by bench/responsive.ts, not here.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { parsePlan } from '../../server/src/language/parser';
import { checkPlan } from '../../server/src/rules/registry';
import { buildServer, LspClient, vscodeLikeCapabilities } from './client';

const REQUEST_CANCELLED = -32800;
const SMALL = 'Mon: gym upper heavy\nTue: run intervals\n';
/** 900 KB, over the router's LIGHT_MAX_CHARS: checked on the worker, each check a good part of a second. */
const HEAVY = 'week 1\nMon: run long 90min\n'.repeat(30_000);

describe('language server: never blocks (issue 16)', function () {
  this.timeout(120_000);
  let client: LspClient;

  before(() => buildServer());
  beforeEach(async () => {
    client = new LspClient();
    await client.initialize(vscodeLikeCapabilities());
  });
  afterEach(() => client.kill());

  it('answers a hover on a small plan while a heavy plan is checked, and the heavy plan gets its diagnostics', async () => {
    await client.open('untitled:small.hybrid', SMALL);
    const heavyDiagnostics = client.nextDiagnostics('untitled:heavy.hybrid', 1);
    await client.open('untitled:heavy.hybrid', HEAVY);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: 'untitled:small.hybrid' },
      position: { line: 0, character: 6 },
    });
    assert.match(hover?.contents.value ?? '', /heavy/);
    const published = await heavyDiagnostics;
    const expected = checkPlan(parsePlan(HEAVY));
    // The server shows at most 1,000 and one that says how many more.
    assert.equal(published.diagnostics.length, Math.min(expected.length, 1000) + (expected.length > 1000 ? 1 : 0));
    assert.deepEqual(published.diagnostics.slice(0, 5).map((d) => [d.code, d.range.start.line]), expected.slice(0, 5).map((d) => [d.rule, d.range.start.line]));
    assert.ok(client.logs.every((line) => !/error|failed|ended/i.test(line)), client.logs.join('\n'));
  });

  it('checks heavy plans on a thread of lower priority (nice +10 on Linux), the main thread keeps the process\'s', async function () {
    if (process.platform !== 'linux') this.skip();
    await client.open('untitled:small.hybrid', SMALL);
    const heavyDiagnostics = client.nextDiagnostics('untitled:heavy.hybrid', 1);
    await client.open('untitled:heavy.hybrid', HEAVY);
    await heavyDiagnostics;
    const pid = client.pid!;
    // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the command name in parentheses).
    const niceOf = (tid: string): number => Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    const main = niceOf(String(pid));
    if (main >= 19) this.skip(); // already as low as it goes
    const threads = readdirSync(`/proc/${pid}/task`).map(niceOf);
    assert.equal(threads.filter((nice) => nice === Math.min(19, main + 10)).length, 1, `nice values ${threads.join(', ')}`);
    assert.ok(threads.filter((nice) => nice === main).length >= 2, `nice values ${threads.join(', ')}`);
  });

  it('answers a cancelled request with the RequestCancelled error, and keeps answering', async () => {
    await client.open('untitled:small.hybrid', SMALL);
    await client.open('untitled:heavy.hybrid', HEAVY);
    // The heavy plan's check is running on the worker: the hover waits behind it until it is cancelled.
    const source = new CancellationTokenSource();
    const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:heavy.hybrid' }, position: { line: 1, character: 6 } }, source.token);
    source.cancel();
    await assert.rejects(hover, (error: unknown) => error instanceof ResponseError && error.code === REQUEST_CANCELLED);
    // The same for a request to the main thread.
    const small = new CancellationTokenSource();
    const symbols = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:small.hybrid' } }, small.token);
    small.cancel();
    await assert.rejects(symbols, (error: unknown) => error instanceof ResponseError && error.code === REQUEST_CANCELLED);
    const after = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: 'untitled:heavy.hybrid' }, position: { line: 1, character: 6 } });
    assert.match(after?.contents.value ?? '', /long run/);
  });

  it('never publishes the diagnostics of a version older than the last one sent', async () => {
    const uri = 'untitled:heavy.hybrid';
    const first = client.nextDiagnostics(uri, 1);
    await client.open(uri, HEAVY);
    await first;
    // Every publication from here on (this handler takes the client's place for the rest of the test).
    const published: PublishDiagnosticsParams[] = [];
    let lastVersion = Infinity;
    let finished: (params: PublishDiagnosticsParams) => void = () => undefined;
    const final = new Promise<PublishDiagnosticsParams>((resolve) => (finished = resolve));
    client.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (params.uri !== uri) return;
      published.push(params);
      if (params.version === lastVersion) finished(params);
    });
    // A burst of keystrokes (a space typed and deleted, 30 times) while each check takes a good part of a second.
    const edits: Promise<number>[] = [];
    for (let i = 0; i < 30; i++) {
      const change = i % 2 === 0
        ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }
        : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' };
      edits.push(client.change(uri, [change]));
    }
    const versions = await Promise.all(edits);
    const last = versions.at(-1)!;
    lastVersion = last;
    if (published.some((p) => p.version === last)) finished(published.find((p) => p.version === last)!);
    const diagnostics = await final;
    assert.deepEqual(published.map((p) => p.version), published.map(() => last), `published versions: ${published.map((p) => p.version).join(', ')}`);
    assert.ok(diagnostics.diagnostics.length > 0);
  });
});
