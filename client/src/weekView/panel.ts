// The week view panel: a webview beside the editor that draws the plan's weeks from the server's view model,
// updates as the text changes, and turns drops and "Move to…" into the same move edit as the quick fix,
// applied as a WorkspaceEdit (so Undo works) after confirming any conflict it would create.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type {
  CheckMoveParams,
  MoveCheck,
  WeekViewConflict,
  WeekViewModel,
  Weekday,
} from '../../../shared/protocol';
import { Requests, WEEK_VIEW_TYPE as VIEW_TYPE, type ResultOf } from '../../../shared/protocol';
import { renderWeekViewBody, renderWeekViewHtml } from './html';
import { parseWebviewMessage, type ExtensionMessage, type WebviewMessage } from './messages';

const UPDATE_DELAY_MS = 250;
const RETRY_DELAY_MS = 500;
const MAX_RETRIES = 6;
const WEEKDAY_FULL_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function isHybrid(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === 'hybrid';
}

function conflictLine(conflict: WeekViewConflict): string {
  return `${conflict.rule}: ${conflict.message}${conflict.reason ? `\n  Why: ${conflict.reason}` : ''}`;
}

export const WEEK_VIEW_TYPE = VIEW_TYPE;

export class WeekViewPanel implements vscode.Disposable {
  private static current: WeekViewPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private model: WeekViewModel | undefined;
  /** Drops answers to requests overtaken by a newer one. */
  private generation = 0;
  /** A week to scroll to once the content is there. */
  private pendingWeek: number | undefined;
  private disposed = false;
  private retries = 0;

  /** Opens the view for a document (or brings the open one to it). */
  static show(extensionUri: vscode.Uri, client: BaseLanguageClient, document: vscode.TextDocument, week?: number): void {
    if (WeekViewPanel.current) {
      const current = WeekViewPanel.current;
      current.panel.reveal(undefined, true);
      current.pendingWeek = week;
      if (document === current.document) current.showPendingWeek();
      else current.setDocument(document);
      return;
    }
    const mediaRoot = vscode.Uri.joinPath(extensionUri, 'client', 'media');
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Week View',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [mediaRoot], enableFindWidget: true },
    );
    WeekViewPanel.current = new WeekViewPanel(panel, mediaRoot, client, document);
    WeekViewPanel.current.pendingWeek = week;
  }

  /** Brings back a view VS Code kept across a reload (its state names the plan); closes it if the plan is gone. */
  static async restore(
    panel: vscode.WebviewPanel,
    state: unknown,
    extensionUri: vscode.Uri,
    client: BaseLanguageClient,
  ): Promise<void> {
    const uri = typeof state === 'object' && state !== null ? (state as { uri?: unknown }).uri : undefined;
    let document: vscode.TextDocument | undefined;
    if (typeof uri === 'string') {
      try {
        document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
      } catch {
        document = undefined;
      }
    }
    if (!isHybrid(document) || WeekViewPanel.current) {
      panel.dispose();
      return;
    }
    const mediaRoot = vscode.Uri.joinPath(extensionUri, 'client', 'media');
    panel.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot] };
    WeekViewPanel.current = new WeekViewPanel(panel, mediaRoot, client, document);
  }

  /** The document the open view shows, if any (for "Export to Calendar" from the view). */
  static currentDocument(): vscode.TextDocument | undefined {
    return WeekViewPanel.current?.document;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    mediaRoot: vscode.Uri,
    private readonly client: BaseLanguageClient,
    private document: vscode.TextDocument,
  ) {
    const webview = panel.webview;
    panel.iconPath = vscode.Uri.joinPath(mediaRoot, 'weekView.svg');
    webview.html = renderWeekViewHtml(undefined, {
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'weekView.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'weekView.css')).toString(),
    }, 'Loading the week view…');
    this.setTitle();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.scheduleUpdate();
      }),
      // Rule settings and `.hybridrc.json` change what conflicts the server reports.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('hybrid')) this.scheduleUpdate();
      }),
      vscode.workspace.onDidSaveTextDocument((saved) => {
        if (saved.uri.path.endsWith('/.hybridrc.json')) this.scheduleUpdate();
      }),
      // The two above fire before the server has re-read the settings (the view would be one step behind): the
      // plan's diagnostics change once it has, so they are what brings the view up to date.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const uri = this.document.uri.toString();
        if (event.uris.some((changed) => changed.toString() === uri)) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (isHybrid(editor?.document) && editor.document !== this.document) this.setDocument(editor.document);
      }),
      vscode.workspace.onDidCloseTextDocument((closed) => {
        if (closed === this.document) {
          this.model = undefined;
          this.post({ type: 'update', html: renderWeekViewBody(undefined, `${this.name()} was closed.`), version: -1 });
        }
      }),
    );
  }

  private name(): string {
    return this.document.uri.path.split('/').pop() ?? 'plan';
  }

  private setTitle(): void {
    this.panel.title = `Week View: ${this.name()}`;
  }

  private setDocument(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.setTitle();
    void this.update();
  }

  private scheduleUpdate(): void {
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      void this.update();
    }, UPDATE_DELAY_MS);
  }

  /** Asks the server for the current view model and sends the new content to the webview. */
  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = this.document;
    let model: WeekViewModel | null;
    try {
      model = await this.client.sendRequest<ResultOf<typeof Requests.weekView>>(Requests.weekView, {
        textDocument: { uri: document.uri.toString() },
      });
    } catch (error) {
      if (generation !== this.generation) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.post({ type: 'update', html: renderWeekViewBody(undefined, `The week view could not be computed: ${reason}`), version: -1 });
      this.retryLater();
      return;
    }
    if (generation !== this.generation || document !== this.document) return;
    this.model = model ?? undefined;
    const html = renderWeekViewBody(this.model, this.model ? undefined : `Waiting for the language server to open ${this.name()}…`);
    this.post({ type: 'update', html, version: this.model?.version ?? -1, uri: document.uri.toString() });
    if (this.model) {
      this.retries = 0;
      this.showPendingWeek();
    } else {
      this.retryLater();
    }
  }

  /** The server may still be starting (or restarting): ask again a few times, further apart each time. */
  private retryLater(): void {
    if (this.retries >= MAX_RETRIES || this.disposed) return;
    this.retries++;
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      void this.update();
    }, RETRY_DELAY_MS * this.retries);
  }

  private showPendingWeek(): void {
    if (this.pendingWeek === undefined || !this.model) return;
    this.post({ type: 'showWeek', week: this.pendingWeek });
    this.pendingWeek = undefined;
  }

  private post(message: ExtensionMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private announce(text: string, cancelled = false): void {
    this.post(cancelled ? { type: 'announce', text, cancelled } : { type: 'announce', text });
  }

  private receive(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) return; // Not one of ours: ignored, never acted on.
    void this.handle(message).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Week view: ${reason}`);
      this.announce(`Could not complete the action: ${reason}`, true);
    });
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.update();
      case 'reveal':
        return this.reveal(message.line, message.column);
      case 'move':
        return this.move(message.session, message.week, message.toWeekday);
      case 'pickMove':
        return this.pickMove(message.session, message.week);
    }
  }

  private async reveal(line: number, column: number): Promise<void> {
    const position = this.document.validatePosition(new vscode.Position(line, column));
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /**
   * The plan a message from the webview is about: the document the view was last drawn from, with that drawing's
   * version. Undefined while the view still shows another plan (it switched and has not redrawn yet).
   */
  private drawnPlan(): { document: vscode.TextDocument; version: number } | undefined {
    const document = this.document;
    const model = this.model;
    if (model && model.uri !== document.uri.toString()) return undefined;
    return { document, version: model?.version ?? document.version };
  }

  private checkMove(plan: { document: vscode.TextDocument; version: number }, session: string, week: number, toWeekday: Weekday): Thenable<MoveCheck> {
    const params: CheckMoveParams = {
      textDocument: { uri: plan.document.uri.toString() },
      version: plan.version,
      session,
      week,
      toWeekday,
    };
    return this.client.sendRequest<ResultOf<typeof Requests.checkMove>>(Requests.checkMove, params);
  }

  private refuseSwitched(): void {
    const text = 'The view was switching plans; nothing was moved. Try again on the redrawn view.';
    void vscode.window.showWarningMessage(text);
    this.announce(text, true);
  }

  private async move(session: string, week: number, toWeekday: Weekday): Promise<void> {
    const plan = this.drawnPlan();
    if (!plan) return this.refuseSwitched();
    const check = await this.checkMove(plan, session, week, toWeekday);
    await this.applyMove(check, plan);
  }

  /** "Move to…": every other day with what the move would do there, clean days first in weekday order. */
  private async pickMove(session: string, week: number): Promise<void> {
    const plan = this.drawnPlan();
    if (!plan) return this.refuseSwitched();
    const fromWeekday = this.findWeekday(session, week);
    const candidates = ([0, 1, 2, 3, 4, 5, 6] as Weekday[]).filter((weekday) => weekday !== fromWeekday);
    const checks = await Promise.all(candidates.map((weekday) => this.checkMove(plan, session, week, weekday)));
    type Item = vscode.QuickPickItem & { check: MoveCheck; weekday: Weekday };
    const items: Item[] = candidates.map((weekday, index) => {
      const check = checks[index]!;
      const item: Item = { label: WEEKDAY_FULL_NAMES[weekday], check, weekday };
      if (!check.ok) {
        item.description = check.error;
      } else if (check.created.length > 0) {
        item.label = `$(warning) ${WEEKDAY_FULL_NAMES[weekday]}`;
        item.description = `creates ${check.created.map((conflict) => conflict.rule).join(', ')}`;
        item.detail = check.created.map((conflict) => conflict.message).join(' · ');
      } else {
        item.label = `$(check) ${WEEKDAY_FULL_NAMES[weekday]}`;
        item.description = check.cleared.length > 0 ? `clears ${check.cleared.map((conflict) => conflict.rule).join(', ')}` : 'no new conflict';
      }
      return item;
    });
    items.sort((a, b) => Number(a.check.ok && a.check.created.length === 0 ? 0 : 1) - Number(b.check.ok && b.check.created.length === 0 ? 0 : 1));
    const first = checks.find((check): check is Extract<MoveCheck, { ok: true }> => check.ok);
    const picked = await vscode.window.showQuickPick(items, {
      title: first ? first.title.replace(/ to \w+$/, ' to…') : 'Move to…',
      placeHolder: 'Pick the day; days marked ✓ add no conflict',
    });
    if (!picked) {
      this.announce('Move cancelled.', true);
      return;
    }
    await this.applyMove(picked.check, plan);
  }

  private findWeekday(session: string, week: number): Weekday | undefined {
    const viewWeek = this.model?.weeks.find((item) => item.number === week);
    return viewWeek?.days.find((day) => day.sessions.some((item) => item.id === session))?.weekday;
  }

  /**
   * Applies a checked move to the plan it was checked on (never to the plan the view shows by then: the user may have
   * switched tabs meanwhile), after confirmation when it creates a conflict, and only while that plan is still at the
   * version the move was checked against.
   */
  private async applyMove(check: MoveCheck, plan: { document: vscode.TextDocument; version: number }): Promise<void> {
    if (!check.ok) {
      void vscode.window.showWarningMessage(check.error);
      this.announce(check.error, true);
      return;
    }
    if (check.created.length > 0) {
      const answer = await vscode.window.showWarningMessage(
        `${check.title} would create ${check.created.length === 1 ? 'a conflict' : `${check.created.length} conflicts`}.`,
        { modal: true, detail: check.created.map(conflictLine).join('\n\n') },
        'Move Anyway',
      );
      if (answer !== 'Move Anyway') {
        this.announce('Move cancelled.', true);
        return;
      }
    }
    const target = plan.document;
    const checkedOn = check.textDocument ?? { uri: target.uri.toString(), version: plan.version };
    if (checkedOn.uri !== target.uri.toString() || target.isClosed || target.version !== checkedOn.version) {
      const text = 'The plan changed while the move was being checked; nothing was moved.';
      void vscode.window.showWarningMessage(text);
      this.announce(text, true);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const textEdit of check.edits) {
      const range = new vscode.Range(
        textEdit.range.start.line,
        textEdit.range.start.column,
        textEdit.range.end.line,
        textEdit.range.end.column,
      );
      edit.replace(target.uri, range, textEdit.newText);
    }
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) {
      this.announce('The editor refused the move; nothing was changed.', true);
      return;
    }
    const cleared = check.cleared.length > 0 ? ` Cleared ${check.cleared.map((conflict) => conflict.rule).join(', ')}.` : '';
    this.announce(`${check.title.replace(/^Move/, 'Moved')}.${cleared}`);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (WeekViewPanel.current === this) WeekViewPanel.current = undefined;
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** The document a week view command should act on: the active hybrid editor, else the one the week view shows. */
export function targetDocument(): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (isHybrid(active)) return active;
  return WeekViewPanel.currentDocument() ?? vscode.window.visibleTextEditors.map((editor) => editor.document).find(isHybrid);
}
