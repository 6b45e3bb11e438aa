// The VS Code side of Hybrid Plan: starts the language server (this bundle, dist/client.js, run as a program over IPC:
// scripts/vsix-entry.ts) and adds what only an editor can show: the weekly totals preview, "Reschedule This Week",
// the week in the status bar, a restart command.
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { ClientCommands, Requests, ServerCommands, type ParamsOf, type RescheduleCommandResult, type ResultOf } from '../../shared/protocol';
import { configureRules, fixAll, renderedDocLinks, showRuleDocs, TotalsDocuments } from './commands';
import { registerWeekView } from './weekView';
import { vocabularyEntryEdits, vocabularyEntryOf } from '../../shared/vocabularyEntry';

const LANGUAGE_ID = 'hybrid';
/** Server-side commands (run by the server through `workspace/executeCommand`). */

let client: LanguageClient | undefined;

/** A vocabulary action whose `.hybridrc.json` is open in an editor, with its edit made on that editor's text. */
function onOpenRcFile(action: vscode.CodeAction): vscode.CodeAction {
  const entry = vocabularyEntryOf((action as vscode.CodeAction & { data?: unknown }).data);
  if (!entry) return action;
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === entry.rcUri);
  if (!open) return action;
  const text = open.getText();
  const edit = new vscode.WorkspaceEdit();
  for (const change of vocabularyEntryEdits(text, entry.word, entry.phrase)) {
    edit.replace(open.uri, new vscode.Range(open.positionAt(change.offset), open.positionAt(change.offset + change.length)), change.content);
  }
  action.edit = edit;
  return action;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Hybrid Plan', { log: true });
  // The bundle this extension is: run as a program it is the server (scripts/vsix-entry.ts).
  const serverModule = context.asAbsolutePath('dist/client.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/.hybridrc.json');
  const clientOptions: LanguageClientOptions = {
    // Every scheme: untitled plans and virtual workspaces are checked too (`.hybridrc.json` is read for file: only).
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { fileEvents: watcher },
    outputChannel: output,
    initializationOptions: {
      rulesDocsBase: `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString()}/`,
      suggestCommand: 'editor.action.triggerSuggest',
      ruleDocsCommand: ClientCommands.showRuleDocs,
    },
    middleware: {
      // Rule links (Problems panel, hover) open the rule's page rendered, not the raw Markdown file.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, renderedDocLinks(diagnostics)),
      // "Add 'X' to the vocabulary as …" edits the `.hybridrc.json` as the server read it from disk; when that file is
      // open here, the edit is redone on its editor's text, so unsaved changes are neither lost nor mis-addressed.
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        return actions?.map((action) => (action instanceof vscode.CodeAction ? onOpenRcFile(action) : action));
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) report.items = renderedDocLinks(report.items);
        return report;
      },
    },
  };
  // The id `hybrid` makes the client honour the `hybrid.trace.server` setting.
  const languageClient = new LanguageClient(LANGUAGE_ID, 'Hybrid Plan', serverOptions, clientOptions);
  client = languageClient;
  context.subscriptions.push(output, watcher);

  const status = vscode.window.createStatusBarItem('hybrid.week', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Hybrid Plan: week under the cursor';
  status.command = ClientCommands.showTotals;
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.rescheduleWeek, () => rescheduleWeek()),
    vscode.commands.registerCommand(ClientCommands.fixAll, () => fixAll()),
    vscode.commands.registerCommand(ClientCommands.configureRules, () => configureRules(context)),
    vscode.commands.registerCommand(ClientCommands.showRuleDocs, (rule?: unknown) => showRuleDocs(context, rule)),
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => {
      output.appendLine('Restarting the Hybrid Plan language server…');
      await languageClient.restart();
      void updateStatus(languageClient, status);
    }),
  );
  TotalsDocuments.register(context, languageClient);
  registerWeekView(context, languageClient);

  let pending: NodeJS.Timeout | undefined;
  const refresh = (): void => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => void updateStatus(languageClient, status), 100);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection(refresh),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) refresh();
    }),
    { dispose: () => pending && clearTimeout(pending) },
  );

  try {
    await languageClient.start();
  } catch (error) {
    // Keep the commands registered (Restart can retry); say what failed instead of failing activation.
    output.appendLine(`The Hybrid Plan language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('Hybrid Plan: the language server did not start. See the "Hybrid Plan" output for details.');
    return;
  }
  void updateStatus(languageClient, status);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function activePlanEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === LANGUAGE_ID ? editor : undefined;
}

async function updateStatus(languageClient: LanguageClient, status: vscode.StatusBarItem): Promise<void> {
  const editor = activePlanEditor();
  if (!editor || !languageClient.isRunning()) {
    status.hide();
    return;
  }
  try {
    const params: ParamsOf<typeof Requests.weekAt> = {
      textDocument: { uri: editor.document.uri.toString() },
      position: languageClient.code2ProtocolConverter.asPosition(editor.selection.active),
    };
    const week = await languageClient.sendRequest<ResultOf<typeof Requests.weekAt>>(Requests.weekAt, params);
    if (!week || editor !== vscode.window.activeTextEditor) {
      status.hide();
      return;
    }
    status.text = `$(calendar) ${week.text}`;
    status.tooltip = `${week.summary}\nClick to show the weekly totals`;
    status.show();
  } catch {
    status.hide();
  }
}

async function rescheduleWeek(): Promise<void> {
  const editor = activePlanEditor();
  if (!editor) {
    void vscode.window.showInformationMessage('Open a .hybrid plan and put the cursor in a week.');
    return;
  }
  const position = { line: editor.selection.active.line, character: editor.selection.active.character };
  const result = await vscode.commands.executeCommand<RescheduleCommandResult | null>(
    ServerCommands.rescheduleWeek,
    editor.document.uri.toString(),
    position,
  );
  if (!result?.applied) {
    void vscode.window.showInformationMessage(
      result?.reason ? `${result.reason}.` : 'Nothing to reschedule: this week has no conflict that moving sessions can clear.',
    );
  }
}
