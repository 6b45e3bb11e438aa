// The Hybrid Plan language server: LSP wiring only. Every feature lives in `features/` and registers itself on
// the shared context; adding one is one import and one line below. Transports: `--stdio`, `--node-ipc`,
// `--socket=<port>`, `--pipe=<name>` (chosen by vscode-languageserver from the command line).
import {
  type Connection,
  type InitializeResult,
  IPCMessageReader,
  IPCMessageWriter,
  LSPErrorCodes,
  Message,
  type MessageReader,
  type MessageWriter,
  ProposedFeatures,
  type ResponseMessage,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  createConnection,
  createServerPipeTransport,
  createServerSocketTransport,
} from 'vscode-languageserver/node';
import { FrameGuard } from './node/framing';
import { HEAVY_CHECK_MS, HEAVY_NOTIFICATION, HEAVY_WORK, LIGHT_MAX_CHARS, OWNED_NOTIFICATION, Router, TEST_END_WORKER } from './node/router';
import type { Plan } from './engine';
import { inWorkerThread, lowerThreadPriority, parentChannel, workerBoard } from './node/threads';
import { version as VERSION } from '../../package.json';
import { ServerContext, type InitializationOptions } from './features/context';
import { registerCodeActions } from './features/codeActions';
import { registerCodeLens } from './features/codeLens';
import { registerCompletion } from './features/completion';
import { registerCustomRequests } from './features/customRequests';
import { registerDiagnostics } from './features/diagnostics';
import { registerFolding } from './features/folding';
import { registerFormatting } from './features/formatting';
import { registerHover } from './features/hover';
import { registerInlayHints } from './features/inlayHints';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerSymbols } from './features/symbols';
import { registerWeekView } from './features/weekView';
import { registerWorkspace } from './features/workspace';

/** Test hooks (node/router.ts, TEST_END_WORKER): only when the tests start the server with this set. */
const TEST_HOOKS = process.env.HYBRID_TEST_HOOKS === '1';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`hybrid-language-server ${VERSION}\n`);
  process.exit(0);
}
if (!inWorkerThread() && (args.includes('--help') || !args.some((arg) => TRANSPORTS.some((flag) => arg.startsWith(flag))))) {
  const stream = args.includes('--help') ? process.stdout : process.stderr;
  stream.write('Usage: hybrid-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exit(args.includes('--help') ? 0 : 2);
}

/** A request still queued when its `$/cancelRequest` arrives is answered RequestCancelled and never run. */
const connectionStrategy = {
  cancelUndispatched: (message: Message): ResponseMessage | undefined =>
    Message.isRequest(message) ? { jsonrpc: '2.0', id: message.id, error: { code: LSPErrorCodes.RequestCancelled, message: 'Request cancelled' } } : undefined,
};

/** The client's side of the transport named on the command line, as vscode-languageserver reads it. */
function clientTransport(log: (line: string) => void): [MessageReader, MessageWriter] {
  const named = (flag: string): string | undefined => {
    const index = args.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
    if (index < 0) return undefined;
    return args[index]!.includes('=') ? args[index]!.slice(flag.length + 1) : args[index + 1];
  };
  if (args.includes('--node-ipc')) return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  const port = named('--socket');
  if (port !== undefined) return createServerSocketTransport(Number.parseInt(port, 10));
  const pipe = named('--pipe');
  if (pipe !== undefined) return createServerPipeTransport(pipe);
  // Over stdio the input passes a FrameGuard first: a malformed frame is dropped (and logged) instead of leaving the
  // server deaf.
  return [new StreamMessageReader(process.stdin.pipe(new FrameGuard(log))), new StreamMessageWriter(process.stdout)];
}

/**
 * On the main thread, the client's messages pass the router (node/router.ts), which hands heavy plans to a copy of
 * this server on a worker thread; on that worker thread, the server talks to the router over the thread's port.
 */
function connect(): { connection: Connection; router?: Router } {
  if (inWorkerThread()) {
    // Heavy plans are checked here: on a busy machine the main thread (hovers, light plans) gets a core first.
    lowerThreadPriority();
    const [reader, writer] = parentChannel();
    return { connection: createConnection(ProposedFeatures.all, reader, writer, { connectionStrategy }) };
  }
  const early: string[] = [];
  let log = (line: string): void => void early.push(line);
  const router = new Router({ ...pair(clientTransport((line) => log(`[protocol] ${line}`))) }, __filename, (line) => log(line), TEST_HOOKS);
  const made = createConnection(ProposedFeatures.all, router.reader, router.writer, { connectionStrategy });
  log = (line) => made.console.error(line);
  for (const line of early) log(line);
  if (args.includes('--stdio')) {
    // stdout carries the protocol: console output goes to the client's log, as vscode-languageserver does for --stdio.
    console.log = console.info = console.debug = (...parts: unknown[]) => made.console.log(parts.map(String).join(' '));
    console.warn = (...parts: unknown[]) => made.console.warn(parts.map(String).join(' '));
    console.error = (...parts: unknown[]) => made.console.error(parts.map(String).join(' '));
  }
  return { connection: made, router };
}

function pair([reader, writer]: [MessageReader, MessageWriter]): { reader: MessageReader; writer: MessageWriter } {
  return { reader, writer };
}

/** Weeks plus sessions (repeats of a `week 2-4` block counted each time): how much a check has to look at. */
function planWork(plan: Plan): number {
  let work = plan.weeks.length;
  for (const week of plan.weeks) for (const day of week.days) work += day.sessions.length;
  return work;
}

const { connection, router } = connect();
const ctx = new ServerContext(connection);
if (router) {
  // The main thread checks only light plans; one whose check is long goes to the worker (node/router.ts).
  ctx.owns = (uri) => router.owner(uri) === 'main';
  ctx.onCheck = (analysis, ms) => {
    // A long check of a big plan, not of a small one on a busy machine or with code not yet optimised.
    if (ms > HEAVY_CHECK_MS && planWork(analysis.plan) >= HEAVY_WORK) router.markHeavy(analysis.uri);
  };
  // No worker thread any more (it ended too often, or could not start): the plans it owned are checked here.
  connection.onNotification(OWNED_NOTIFICATION, (params: { uris?: unknown }) => {
    if (Array.isArray(params?.uris)) ctx.recheck(params.uris.filter((uri): uri is string => typeof uri === 'string'));
  });
} else {
  // The worker owns the long plans and the ones the router says took long on the main thread.
  const heavy = new Set<string>();
  connection.onNotification(HEAVY_NOTIFICATION, (params: { uri?: unknown }) => {
    if (typeof params?.uri === 'string') heavy.add(params.uri);
  });
  ctx.documents.onDidClose((event) => heavy.delete(event.document.uri));
  ctx.owns = (uri) => heavy.has(uri) || (ctx.documents.get(uri)?.getText().length ?? 0) > LIGHT_MAX_CHARS;
  if (TEST_HOOKS) {
    connection.onNotification(TEST_END_WORKER, (params: { how?: unknown }) => {
      if (params?.how === 'exit') process.exit(70);
      if (params?.how === 'throw') {
        process.removeAllListeners('uncaughtException');
        setImmediate(() => {
          throw new Error('the worker thread crashed (test hook)');
        });
      }
    });
  }
  // Changes read so far, against the count the main thread keeps of the changes it sent (node/threads.ts).
  const board = workerBoard();
  let read = 0;
  const opening = new Set<string>();
  ctx.documents.onDidOpen((event) => opening.add(event.document.uri));
  ctx.documents.onDidChangeContent((event) => {
    if (!opening.delete(event.document.uri)) read++;
  });
  // A change that is never read (for a document the worker does not have) must not hold checks back for ever.
  let waitingSince: number | undefined;
  if (board) {
    ctx.changesPending = () => {
      const sent = Atomics.load(board, 0);
      if (sent <= read) {
        waitingSince = undefined;
        return false;
      }
      waitingSince ??= Date.now();
      if (Date.now() - waitingSince < 2000) return true;
      read = sent;
      waitingSince = undefined;
      return false;
    };
  }
}

registerDiagnostics(ctx);
registerWorkspace(ctx);
registerHover(ctx);
registerCodeActions(ctx);
registerCompletion(ctx);
registerSymbols(ctx);
registerFolding(ctx);
registerFormatting(ctx);
registerSemanticTokens(ctx);
registerCodeLens(ctx);
registerInlayHints(ctx);
registerCustomRequests(ctx);
registerWeekView(ctx);

connection.onInitialize((params): InitializeResult => {
  ctx.client = params.capabilities;
  const options = params.initializationOptions as InitializationOptions | undefined;
  if (options && typeof options === 'object') ctx.initializationOptions = options;
  return {
    capabilities: {
      // `save`: week-count infos of an unfinished last week wait for the save (see diagnostics.ts).
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      ...ctx.capabilities(params.capabilities),
    },
    serverInfo: { name: 'hybrid-language-server', version: VERSION },
  };
});
connection.onInitialized(() => void ctx.runInitialized());

// A bug must never take the editor's server down: log it and keep serving.
process.on('uncaughtException', (error) => ctx.logError('uncaught', error));
process.on('unhandledRejection', (reason) => ctx.logError('unhandled rejection', reason));

ctx.documents.listen(connection);
connection.listen();
