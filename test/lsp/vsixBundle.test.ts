// dist/client.js, the one bundle of the .vsix (scripts/vsix-entry.ts): required by the extension host it is the
// client; run as a program (forked by the client over Node IPC, as VS Code does) it is the language server, and the
// worker thread of its heavy plans is the same file again.
import { strict as assert } from 'node:assert';
import { fork, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { buildServer, ROOT } from './client';

const BUNDLE = join(ROOT, 'dist', 'client.js');

describe('the .vsix bundle (dist/client.js)', () => {
  before(() => buildServer());

  it('required with the vscode module present, it is the extension: exports activate and starts no server', () => {
    // bench/activation-probe.cjs stubs `vscode`, requires the bundle and fails without an activate().
    const probe = spawnSync(process.execPath, [join(ROOT, 'bench', 'activation-probe.cjs'), BUNDLE], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(probe.status, 0, probe.stderr);
    assert.ok(typeof (JSON.parse(probe.stdout) as { requireMs: number }).requireMs === 'number');
    assert.equal(probe.stderr, '', 'no usage line: the server did not start');
  });

  it('run as a program, it is the language server: --version, and over Node IPC a heavy plan checked on its worker thread', async function () {
    this.timeout(60_000);
    const version = spawnSync(process.execPath, [BUNDLE, '--version'], { encoding: 'utf8' });
    assert.match(version.stdout, /^hybrid-language-server \d+\.\d+\.\d+\n$/);

    const child = fork(BUNDLE, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const uri = 'file:///tmp/vsix-bundle/heavy.hybrid';
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri === uri) resolve(params);
      });
    });
    const logs: string[] = [];
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      logs.push(params.message);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'hybrid-language-server');
      await connection.sendNotification('initialized', {});
      // Over 64 KB (LIGHT_MAX_CHARS): the worker thread owns it. Heavy legs + intervals on one day: an error each week.
      const weeks = Array.from({ length: 1500 }, (_, index) => `week ${index + 1}\nMon: gym lower heavy + run intervals 6x800m\n`);
      const text = `goal: balanced\n${weeks.join('')}`;
      assert.ok(text.length > 64 * 1024);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'hybrid', version: 1, text } });
      // Within the test's time, so that a failure still ends the server (finally).
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no diagnostics for the heavy plan in 40 s; logs: ${logs.join(' | ')}`)), 40_000);
      });
      const diagnostics = (await Promise.race([published, timeout]).finally(() => clearTimeout(timer))).diagnostics;
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'hard-same-day'), JSON.stringify(diagnostics.slice(0, 3)));
      // Had the worker loaded the client side of the file, it would have ended and the router said so.
      assert.deepEqual(logs.filter((message) => message.startsWith('[router]')), []);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
