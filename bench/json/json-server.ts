// A minimal language server for training plans kept as JSON: vscode-json-languageservice with the plan schema
// registered, over stdio (`--stdio`). It is the "JSON with a schema" side of the wire benchmark (bench/wire.ts), doing what our
// server does for `.hybrid` files: incremental sync, diagnostics pushed on open/change and pulled on request, hover.
// The harness bundles it with esbuild so that its cold start is measured like our bundled server.
import {
  createConnection,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JSONDocument } from 'vscode-json-languageservice';
import { createJsonService } from './validate';
import type { SchemaStyle } from './schema';

const styleArgument = process.argv.find((argument) => argument.startsWith('--schema-style='));
const style: SchemaStyle = styleArgument?.endsWith('oneOf') ? 'oneOf' : 'ifThen';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createJsonService(style);
// Like vscode-json-languageserver: a client that pulls diagnostics gets no pushed ones.
let clientPulls = false;
// Parsed documents per version, as vscode-json-languageserver keeps them: hover reuses the parse of the last change.
const parsed = new Map<string, { version: number; json: JSONDocument }>();

function parse(document: TextDocument): JSONDocument {
  const cached = parsed.get(document.uri);
  if (cached?.version === document.version) return cached.json;
  const json = service.parseJSONDocument(document);
  parsed.set(document.uri, { version: document.version, json });
  return json;
}

async function validate(document: TextDocument): Promise<Diagnostic[]> {
  const diagnostics = await service.doValidation(document, parse(document));
  // The service's types are a newer LSP version whose messages may be markup; plans' messages are plain strings.
  return diagnostics.map((diagnostic) => ({
    ...diagnostic,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  })) as Diagnostic[];
}

async function publish(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  const diagnostics = await validate(document);
  // A newer change is on its way: drop the stale result, as a real server does.
  if (documents.get(uri)?.version !== version) return;
  await connection.sendDiagnostics({ uri, version, diagnostics });
}

// Checked at once on every change, like our server on a keystroke after a quiet spell (the harness types slowly
// enough that our server's throttle window never delays a check either).
function schedule(uri: string): void {
  if (!clientPulls) void publish(uri);
}

connection.onInitialize((params) => {
  clientPulls = params.capabilities.textDocument?.diagnostic !== undefined;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
    },
    serverInfo: { name: 'bench-json-plan-server' },
  };
});

// Fires on open and on every change.
documents.onDidChangeContent((event) => schedule(event.document.uri));
documents.onDidClose((event) => parsed.delete(event.document.uri));

connection.languages.diagnostics.on(async (params) => {
  const document = documents.get(params.textDocument.uri);
  const items = document ? await validate(document) : [];
  return { kind: DocumentDiagnosticReportKind.Full, items };
});

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  return service.doHover(document, params.position, parse(document));
});

documents.listen(connection);
connection.listen();
