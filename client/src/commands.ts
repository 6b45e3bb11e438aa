// Commands that spare a newcomer the JSON: "Configure Rules" (a quick pick writing `.hybridrc.json` or settings),
// "Fix All", rule documentation rendered (not the raw Markdown), and the weekly totals as a read-only view.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { parse } from 'jsonc-parser';
import { ClientCommands, Requests, ServerCommands, type ParamsOf, type ResultOf } from '../../shared/protocol';
import { setRuleInRc, severityIn, SEVERITIES, type Severity } from './rcEdit';

export const LANGUAGE_ID = 'hybrid';
export const SHOW_RULE_DOCS = ClientCommands.showRuleDocs;
const TOTALS_SCHEME = 'hybrid-totals';

export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity;
}

/** The rules as the manifest's `hybrid.rules` setting lists them (id, one-line description, default severity). */
export function manifestRules(extension: vscode.ExtensionContext): RuleInfo[] {
  const manifest = extension.extension.packageJSON as {
    contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, { description?: string; default?: string }> }> } };
  };
  const properties = manifest.contributes?.configuration?.properties?.['hybrid.rules']?.properties ?? {};
  return Object.entries(properties).map(([id, entry]) => ({
    id,
    description: entry.description ?? '',
    severity: SEVERITIES.includes(entry.default as Severity) ? (entry.default as Severity) : 'warning',
  }));
}

export function activePlanEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === LANGUAGE_ID ? editor : undefined;
}

/** A `command:` link that opens a rule's documentation rendered (used for the Problems panel and hover links). */
export function ruleDocsLink(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCS}?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** The diagnostics' rule links point at the raw `docs/rules/<id>.md`: open them rendered instead. */
export function renderedDocLinks(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    if (typeof code === 'object' && code !== null && typeof code.value === 'string' && code.target.path.endsWith(`/${code.value}.md`)) {
      diagnostic.code = { value: code.value, target: ruleDocsLink(code.value) };
    }
  }
  return [...diagnostics];
}

/** "Hybrid: Show Rule Documentation": the rule's page from the packaged docs, in the Markdown preview. */
export async function showRuleDocs(extension: vscode.ExtensionContext, rule?: unknown): Promise<void> {
  let id = typeof rule === 'string' ? rule : undefined;
  const rules = manifestRules(extension);
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      rules.map((entry) => ({ label: entry.id, detail: entry.description })),
      { title: 'Show the documentation of a rule', matchOnDetail: true },
    );
    id = picked?.label;
  }
  if (!id || !/^[a-z][a-z-]*$/.test(id)) return;
  const page = vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(`No documentation for '${id}'.`);
    return;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    // Without the built-in Markdown extension the page still opens, as text.
    await vscode.window.showTextDocument(page, { preview: true });
  }
}

/** "Hybrid: Fix All": the server's fix-all for the active plan (the same edits as `source.fixAll.hybrid`). */
export async function fixAll(): Promise<void> {
  const editor = activePlanEditor();
  if (!editor) {
    void vscode.window.showInformationMessage('Open a .hybrid plan to fix its conflicts.');
    return;
  }
  const result = await vscode.commands.executeCommand<{ applied: boolean } | null>(ServerCommands.fixAll, editor.document.uri.toString());
  if (!result?.applied) {
    void vscode.window.showInformationMessage('Nothing to fix: no scheduling conflict that moving sessions can clear.');
  }
}

/** The weekly totals as a read-only Markdown document (`hybrid-totals:` URIs), rendered in the preview. */
export class TotalsDocuments implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '# Weekly totals\n\nRun "Hybrid: Show Weekly Totals" on a plan.\n';
  }

  async show(client: BaseLanguageClient): Promise<void> {
    const editor = activePlanEditor();
    if (!editor) {
      void vscode.window.showInformationMessage('Open a .hybrid plan to see its weekly totals.');
      return;
    }
    const params: ParamsOf<typeof Requests.totals> = { textDocument: { uri: editor.document.uri.toString() } };
    const totals = await client.sendRequest<ResultOf<typeof Requests.totals>>(Requests.totals, params);
    if (!totals) return;
    const name = editor.document.uri.path.split('/').pop() ?? 'plan';
    const uri = vscode.Uri.from({ scheme: TOTALS_SCHEME, path: `/Weekly totals of ${name.replace(/\.hybrid$/i, '')}.md` });
    this.reports.set(uri.toString(), totals.markdown);
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
  }

  dispose(): void {
    this.changed.dispose();
  }

  static register(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    const documents = new TotalsDocuments();
    context.subscriptions.push(
      documents,
      vscode.workspace.registerTextDocumentContentProvider(TOTALS_SCHEME, documents),
      vscode.commands.registerCommand(ClientCommands.showTotals, () => documents.show(client)),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Configure Rules

/** The nearest `.hybridrc.json` above a plan, inside its workspace folder (what the server reads for it). */
async function nearestRc(plan: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (plan.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(plan);
  let dir = vscode.Uri.joinPath(plan, '..');
  for (let depth = 0; depth < 64; depth++) {
    const candidate = vscode.Uri.joinPath(dir, '.hybridrc.json');
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // not here: one folder up
    }
    const parent = vscode.Uri.joinPath(dir, '..');
    if (parent.path === dir.path || (folder && dir.path === folder.uri.path)) return undefined;
    dir = parent;
  }
  return undefined;
}

export async function configureRules(extension: vscode.ExtensionContext): Promise<void> {
  const plan = activePlanEditor()?.document.uri ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID)?.document.uri;
  const rcUri = plan ? await nearestRc(plan) : undefined;
  let rcRules: unknown;
  if (rcUri) {
    try {
      rcRules = (parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(rcUri)), [], { allowTrailingComma: true }) as { rules?: unknown } | undefined)?.rules;
    } catch {
      rcRules = undefined;
    }
  }
  const configuration = vscode.workspace.getConfiguration('hybrid', plan);
  const settingRules = configuration.get<unknown>('rules');
  const rules = manifestRules(extension);
  type Source = 'rule setting' | 'hybrid.rules' | '.hybridrc.json' | 'default';
  type RuleItem = vscode.QuickPickItem & { rule: RuleInfo; current: Severity; source: Source };
  const items: RuleItem[] = rules.map((rule) => {
    const fromRuleSetting = severityIn({ [rule.id]: configuration.get<string>(`rule.${rule.id}`) }, rule.id);
    const fromRulesSetting = severityIn(settingRules, rule.id);
    const fromRc = severityIn(rcRules, rule.id);
    const current = fromRuleSetting ?? fromRulesSetting ?? fromRc ?? rule.severity;
    const source: Source = fromRuleSetting ? 'rule setting' : fromRulesSetting ? 'hybrid.rules' : fromRc ? '.hybridrc.json' : 'default';
    return { label: rule.id, description: `${current} (${source})`, detail: rule.description, rule, current, source };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Hybrid: Configure Rules (1/2): pick a rule',
    placeHolder: rcUri ? `Writes to ${vscode.workspace.asRelativePath(rcUri)} (or the setting that sets the rule)` : 'Writes to the settings (Hybrid › Rule: <rule>)',
    matchOnDetail: true,
  });
  if (!picked) return;
  type SeverityItem = vscode.QuickPickItem & { severity: Severity | undefined };
  const choices: SeverityItem[] = [
    ...SEVERITIES.map((severity) => ({
      label: severity,
      description: [severity === picked.current ? 'current' : '', severity === picked.rule.severity ? 'default' : ''].filter(Boolean).join(', '),
      severity,
    })),
    { label: 'Reset to default', description: picked.rule.severity, severity: undefined },
  ];
  const chosen = await vscode.window.showQuickPick(choices, { title: `Hybrid: Configure Rules (2/2): ${picked.rule.id}` });
  if (!chosen) return;
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  // Write where the rule's severity comes from now, so the change takes effect (settings are layered over the file).
  if (picked.source === 'hybrid.rules') {
    const current = { ...((settingRules ?? {}) as Record<string, unknown>) };
    const entry = current[picked.rule.id];
    if (chosen.severity === undefined) delete current[picked.rule.id];
    else current[picked.rule.id] = Array.isArray(entry) ? [chosen.severity, ...entry.slice(1)] : chosen.severity;
    await configuration.update('rules', current, target);
  } else if (rcUri && picked.source !== 'rule setting') {
    const document = await vscode.workspace.openTextDocument(rcUri);
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const updated = setRuleInRc(document.getText(), picked.rule.id, chosen.severity, eol);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(rcUri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), updated);
    await vscode.workspace.applyEdit(edit);
    await document.save();
  } else {
    await configuration.update(`rule.${picked.rule.id}`, chosen.severity, target);
  }
  void vscode.window.setStatusBarMessage(`Hybrid: ${picked.rule.id} is now ${chosen.severity ?? `${picked.rule.severity} (default)`}`, 4000);
}
