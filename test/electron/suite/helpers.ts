// Helpers for the extension-host tests: open the workspace's plans, wait on diagnostics events (never on sleeps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export function planUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder holding the plans');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openPlan(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(planUri(name));
  await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'hybrid');
  return document;
}

export async function openUntitled(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'hybrid', content });
  await vscode.window.showTextDocument(document);
  return document;
}

/** Resolves with the document's diagnostics once `accept` holds (checked now and on every change event). */
export function diagnosticsWhen(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeout = 30_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(brief))}`));
    }, timeout);
    check();
  });
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];

/** `error hard-same-day 5:26-5:49` (0-based lines and characters). */
export function brief(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${SEVERITY[diagnostic.severity]} ${ruleOf(diagnostic)} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** The position of `needle` on the first line starting with `linePrefix`. */
export function positionOf(document: vscode.TextDocument, linePrefix: string, needle: string): vscode.Position {
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (text.startsWith(linePrefix) && text.includes(needle)) return new vscode.Position(line, text.indexOf(needle));
  }
  throw new Error(`no line "${linePrefix}…${needle}" in ${document.uri.toString()}`);
}

export function hoverMarkdown(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `could not apply "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}
