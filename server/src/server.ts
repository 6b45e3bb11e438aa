// The Hybrid Plan language server: LSP wiring only. Every feature lives in `features/` and registers itself on
// the shared context; adding one is one import and one line below. Transports: `--stdio`, `--node-ipc`,
// `--socket=<port>`, `--pipe=<name>` (chosen by vscode-languageserver from the command line).
import {
  type Connection,
  type InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
  createConnection,
} from 'vscode-languageserver/node';
import { FrameGuard } from './node/framing';
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

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`hybrid-language-server ${VERSION}\n`);
  process.exit(0);
}
if (args.includes('--help') || !args.some((arg) => TRANSPORTS.some((flag) => arg.startsWith(flag)))) {
  const stream = args.includes('--help') ? process.stdout : process.stderr;
  stream.write('Usage: hybrid-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exit(args.includes('--help') ? 0 : 2);
}

/**
 * Over stdio the input passes a FrameGuard first: a malformed frame is dropped (and logged) instead of leaving the
 * server deaf. The other transports are vscode-languageserver's own.
 */
function connect(): Connection {
  if (!args.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const dropped: string[] = [];
  let log = (line: string): void => void dropped.push(line);
  const input = process.stdin.pipe(new FrameGuard((line) => log(line)));
  // Given as streams, the connection exits when the guard's stream ends, which it does when stdin does.
  const made = createConnection(ProposedFeatures.all, input, process.stdout);
  log = (line) => made.console.error(`[protocol] ${line}`);
  for (const line of dropped) log(line);
  // stdout carries the protocol: console output goes to the client's log, as vscode-languageserver does for --stdio.
  console.log = console.info = console.debug = (...parts: unknown[]) => made.console.log(parts.map(String).join(' '));
  console.warn = (...parts: unknown[]) => made.console.warn(parts.map(String).join(' '));
  console.error = (...parts: unknown[]) => made.console.error(parts.map(String).join(' '));
  return made;
}

const connection = connect();
const ctx = new ServerContext(connection);

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
