// A small LSP client for tests and measurements: spawns the BUILT server (`node dist/server.js --stdio`) and talks
// JSON-RPC to it over stdio, recording every notification it pushes.
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

/** Builds `dist/` once per test run (esbuild: well under a second). */
let built = false;
export function buildServer(): void {
  if (built) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

/** What VS Code 1.82 says it supports, reduced to what the server looks at. */
export function vscodeLikeCapabilities(options: { pull?: boolean } = {}): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      workspaceEdit: { documentChanges: true },
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      codeLens: { refreshSupport: true },
      diagnostics: options.pull ? { refreshSupport: true } : undefined,
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true },
      publishDiagnostics: {
        relatedInformation: true,
        codeDescriptionSupport: true,
        versionSupport: true,
        dataSupport: true,
        tagSupport: { valueSet: [1, 2] },
      },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      codeAction: {
        codeActionLiteralSupport: {
          codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.rewrite', 'source', 'source.fixAll'] },
        },
        isPreferredSupport: true,
        disabledSupport: true,
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
      semanticTokens: {
        requests: { full: true, range: true },
        tokenTypes: ['keyword', 'type', 'enumMember', 'number', 'string', 'comment', 'function', 'operator', 'property'],
        tokenModifiers: [],
        formats: ['relative'],
      },
      inlayHint: {},
      formatting: {},
      rangeFormatting: {},
    },
  };
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];
  /** Settings the fake client answers `workspace/configuration` with (section `hybrid`). */
  settings: Record<string, unknown> = {};
  readonly appliedEdits: unknown[] = [];
  private readonly waiters: { uri: string; version?: number; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  private readonly process: ChildProcessWithoutNullStreams;

  /** The server's process id (to look at its threads in /proc). */
  get pid(): number | undefined {
    return this.process.pid;
  }
  private versions = new Map<string, number>();

  constructor(args: string[] = ['--stdio'], env?: Record<string, string>) {
    this.process = spawn(process.execPath, [SERVER, ...args], { cwd: ROOT, env: env ? { ...process.env, ...env } : process.env });
    this.process.stderr.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'hybrid' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('workspace/applyEdit', (params: unknown) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities = vscodeLikeCapabilities(), initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Waits for the next diagnostics of `uri` (of `version` when given). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'hybrid', version: 1, text },
    });
  }

  /** Sends an incremental change and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Writes bytes straight to the server's stdin (malformed frames). */
  raw(bytes: string | Buffer): void {
    this.process.stdin.write(bytes);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.on('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}
