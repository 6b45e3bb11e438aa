// The week view and calendar export on the VS Code side: `hybrid.openWeekView` and `hybrid.exportCalendar`.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ClientCommands, Requests, type ExportParams, type ResultOf } from '../../../shared/protocol';
import { WEEK_VIEW_TYPE, WeekViewPanel, targetDocument } from './panel';

const NO_PLAN = 'Open a .hybrid plan first.';

/** Registers the week view and export commands. `client` is the running language client. */
export function registerWeekView(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.openWeekView, (uri?: unknown, week?: unknown) => openWeekView(context, client, uri, week)),
    vscode.commands.registerCommand(ClientCommands.exportCalendar, () => exportCalendar(client)),
    vscode.window.registerWebviewPanelSerializer(WEEK_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => WeekViewPanel.restore(panel, state, context.extensionUri, client),
    }),
  );
}

async function openWeekView(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  uri: unknown,
  week: unknown,
): Promise<void> {
  // From a code lens the command gets the plan's URI and the week number; from the explorer a Uri; from the palette nothing.
  let document: vscode.TextDocument | undefined;
  if (uri instanceof vscode.Uri || typeof uri === 'string') {
    document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  } else {
    document = targetDocument();
  }
  if (document?.languageId !== 'hybrid') {
    void vscode.window.showInformationMessage(NO_PLAN);
    return;
  }
  const weekNumber = typeof week === 'number' && Number.isInteger(week) && week > 0 ? week : undefined;
  WeekViewPanel.show(context.extensionUri, client, document, weekNumber);
}

/** "Hybrid: Export to Calendar": the plan as an .ics file next to it (save dialog), from the server's export. */
async function exportCalendar(client: BaseLanguageClient): Promise<void> {
  const document = targetDocument();
  if (!document) {
    void vscode.window.showInformationMessage(NO_PLAN);
    return;
  }
  const reply = await client.sendRequest<ResultOf<typeof Requests.export>>(Requests.export, {
    textDocument: { uri: document.uri.toString() },
    format: 'ics',
  } satisfies ExportParams);
  if (!reply.ok) {
    if (reply.insertStart) {
      // The usual first export: no `start:` yet. Offer the next Monday rather than a message to act on by hand.
      const insert = `Insert '${reply.insertStart.text}'`;
      const answer = await vscode.window.showWarningMessage(
        'The calendar needs the Monday of week 1: the plan has no start: line.',
        insert,
      );
      if (answer !== insert) return;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(reply.insertStart.line, 0), `${reply.insertStart.text}\n`);
      if (!(await vscode.workspace.applyEdit(edit))) return;
      return exportCalendar(client);
    }
    void vscode.window.showErrorMessage(reply.error);
    return;
  }
  const defaultUri = document.isUntitled
    ? undefined
    : document.uri.with({ path: document.uri.path.replace(/\.hybrid$/i, '') + '.ics' });
  const target = await vscode.window.showSaveDialog({
    defaultUri,
    filters: { iCalendar: ['ics'] },
    saveLabel: 'Export',
    title: 'Export the plan to a calendar file',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(reply.text));
  const events = reply.text.split('BEGIN:VEVENT').length - 1;
  void vscode.window.showInformationMessage(
    `Exported ${events} session${events === 1 ? '' : 's'} to ${target.path.split('/').pop() ?? 'the calendar file'}.` +
      (reply.defaults ? ` Defaults used: ${reply.defaults}` : ''),
  );
}
