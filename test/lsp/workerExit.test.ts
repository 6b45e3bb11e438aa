// The worker thread that checks heavy plans (server/src/node/router.ts) may end — terminated, out of memory, a crash.
// The server must not stall on the plans it owned: they are checked again (a new worker thread, or the main thread
// after repeated losses), the requests waiting on it are answered, and the loss is logged once. The real server over
// stdio, started with HYBRID_TEST_HOOKS=1 so that the test can end its worker thread (`hybrid/test/endWorker`: a real
// `Worker.terminate`, or the worker exiting or throwing by itself).
import { strict as assert } from 'node:assert';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { buildServer, LspClient, vscodeLikeCapabilities } from './client';

const SMALL = 'Mon: gym upper heavy\nTue: run intervals\n';
/** 108 KB, over the router's LIGHT_MAX_CHARS: checked on the worker thread. */
const HEAVY = 'week 1\nMon: run long 90min\n'.repeat(4_000);
const HEAVY_URI = 'untitled:heavy.hybrid';
const HOVER = { textDocument: { uri: HEAVY_URI }, position: { line: 1, character: 6 } };

type Hover = { contents: { value: string } } | null;

/** Rejects when `promise` has not settled within `ms`: a stall fails the test instead of hanging it. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`stalled: ${what} (${ms} ms)`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits until `test` holds (checked every 20 ms), failing after `ms`. */
async function until(test: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`stalled: ${what} (${ms} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const ended = (logs: string[]): string[] => logs.filter((line) => /the worker thread ended/.test(line));
const failures = (logs: string[]): string[] => logs.filter((line) => /\[(uncaught|unhandled rejection)\]|\[router\] write failed/.test(line));

describe('language server: the worker thread ends', function () {
  this.timeout(180_000);
  let client: LspClient;

  before(() => buildServer());
  beforeEach(async () => {
    client = new LspClient(['--stdio'], { HYBRID_TEST_HOOKS: '1' });
    await client.initialize(vscodeLikeCapabilities());
  });
  afterEach(() => client.kill());

  /** Opens the heavy plan and waits for its first diagnostics (the worker has started and owns it). */
  async function openHeavy(): Promise<PublishDiagnosticsParams> {
    await client.open('untitled:small.hybrid', SMALL);
    const first = client.nextDiagnostics(HEAVY_URI, 1);
    await client.open(HEAVY_URI, HEAVY);
    return within(first, 120_000, 'first diagnostics of the heavy plan');
  }

  /** A change to the heavy plan (a space typed at its start), so that the worker is checking it. */
  function typeSpace(): Promise<number> {
    return client.change(HEAVY_URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
  }

  for (const how of ['terminate', 'exit', 'throw'] as const) {
    it(`${how}: the heavy plan is checked again, the hover and week view waiting on it are answered, logged once`, async () => {
      const first = await openHeavy();
      // The worker thread is told to end, and before it has, the plan changes and two requests about it follow: the
      // router hands all three to the thread that is ending, which checks and answers none of them.
      await client.notify('hybrid/test/endWorker', { how });
      const version = await typeSpace();
      const republished = client.nextDiagnostics(HEAVY_URI, version);
      const hover = client.request<Hover>('textDocument/hover', HOVER);
      const weekView = client.request<{ weeks: unknown[] } | null>('hybrid/weekView', { textDocument: { uri: HEAVY_URI } });
      const published = await within(republished, 120_000, `diagnostics of version ${version} after the worker thread ended`);
      assert.equal(published.diagnostics.length, first.diagnostics.length);
      assert.match((await within(hover, 120_000, 'the hover'))?.contents.value ?? '', /long run/);
      assert.ok(((await within(weekView, 120_000, 'the week view'))?.weeks.length ?? 0) > 0);
      // The plan stays answered: the next edit is checked and published too.
      const next = await typeSpace();
      await within(client.nextDiagnostics(HEAVY_URI, next), 120_000, `diagnostics of version ${next}`);
      assert.equal(ended(client.logs).length, 1, client.logs.join('\n'));
      assert.deepEqual(failures(client.logs), []);
      // The small plan was never the worker's: answered as before.
      const small = await client.request<Hover>('textDocument/hover', { textDocument: { uri: 'untitled:small.hybrid' }, position: { line: 0, character: 6 } });
      assert.match(small?.contents.value ?? '', /heavy/);
    });
  }

  it('a diagnostics pull waiting on the worker thread is answered (pull mode)', async () => {
    client.kill();
    client = new LspClient(['--stdio'], { HYBRID_TEST_HOOKS: '1' });
    await client.initialize(vscodeLikeCapabilities({ pull: true }));
    await client.open(HEAVY_URI, HEAVY);
    const first = await within(client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: HEAVY_URI } }), 120_000, 'the first pull');
    await client.notify('hybrid/test/endWorker', { how: 'terminate' });
    await typeSpace();
    const pulled = client.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: HEAVY_URI } });
    const report = await within(pulled, 120_000, 'the pull after the worker thread ended');
    assert.equal(report.kind, 'full');
    assert.equal(report.items.length, first.items.length);
    assert.equal(ended(client.logs).length, 1, client.logs.join('\n'));
    assert.deepEqual(failures(client.logs), []);
  });

  it('after repeated losses the main thread checks the heavy plans, and still answers', async () => {
    await openHeavy();
    let endings = 0;
    // End each new worker thread until the router stops starting them.
    for (let round = 0; round < 6 && !client.logs.some((line) => /on the main thread/.test(line)); round++) {
      await client.notify('hybrid/test/endWorker', { how: 'terminate' });
      const version = await typeSpace();
      const republished = client.nextDiagnostics(HEAVY_URI, version);
      await within(republished, 120_000, `diagnostics of version ${version} after loss ${round + 1}`);
      endings = ended(client.logs).length;
    }
    assert.ok(client.logs.some((line) => /on the main thread/.test(line)), client.logs.join('\n'));
    assert.ok(endings >= 2 && endings <= 6, `${endings} losses logged`);
    const version = await typeSpace();
    const hover = client.request<Hover>('textDocument/hover', HOVER);
    await within(client.nextDiagnostics(HEAVY_URI, version), 120_000, `diagnostics of version ${version} on the main thread`);
    assert.match((await within(hover, 120_000, 'the hover on the main thread'))?.contents.value ?? '', /long run/);
    assert.deepEqual(failures(client.logs), []);
  });

  it('shuts down cleanly after the worker thread ended', async () => {
    await openHeavy();
    await client.notify('hybrid/test/endWorker', { how: 'exit' });
    const version = await typeSpace();
    const republished = client.nextDiagnostics(HEAVY_URI, version);
    await within(republished, 120_000, `diagnostics of version ${version}`);
    await until(() => ended(client.logs).length > 0, 30_000, 'the loss logged');
    assert.equal(await within(client.shutdown(), 30_000, 'shutdown'), 0);
    assert.equal(ended(client.logs).length, 1, client.logs.join('\n'));
    assert.deepEqual(failures(client.logs), []);
  });
});
