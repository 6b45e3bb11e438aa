// A small stand-in for the `vscode` module, enough to drive the week view panel (client/src/weekView/panel.ts) in
// Node: one webview panel that records what it is sent, documents whose edits are really applied, and dialogs whose
// answers the test chooses. `installFakeVscode()` makes `require('vscode')` resolve here.
import Module from 'node:module';
import { applyEdits } from '../../server/src/analysis/edits';

type Listener<T> = (event: T) => unknown;

class Emitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((item) => item !== listener)) };
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static parse(value: string): Uri {
    const match = /^([a-z-]+):\/\/(.*)$/.exec(value);
    return match ? new Uri(match[1]!, match[2]!) : new Uri('file', value);
  }
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/'));
  }
  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number | Position, startCharacter: number | Position, endLine?: number, endCharacter?: number) {
    if (startLine instanceof Position && startCharacter instanceof Position) {
      this.start = startLine;
      this.end = startCharacter;
    } else {
      this.start = new Position(startLine as number, startCharacter as number);
      this.end = new Position(endLine!, endCharacter!);
    }
  }
}

export class Selection extends Range {
  constructor(anchor: Position, active: Position) {
    super(anchor, active);
  }
}

export class WorkspaceEdit {
  readonly replacements: { uri: Uri; range: Range; newText: string }[] = [];
  replace(uri: Uri, range: Range, newText: string): void {
    this.replacements.push({ uri, range, newText });
  }
  insert(uri: Uri, position: Position, newText: string): void {
    this.replacements.push({ uri, range: new Range(position, position), newText });
  }
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
  Two = 2,
}

export enum TextEditorRevealType {
  Default = 0,
  InCenter = 1,
  InCenterIfOutsideViewport = 2,
  AtTop = 3,
}

/** A text document whose edits change its text and bump its version, like VS Code's. */
export class FakeDocument {
  readonly languageId = 'hybrid';
  readonly isUntitled = false;
  version = 1;
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {}
  getText(): string {
    return this.text;
  }
  validatePosition(position: Position): Position {
    return position;
  }
  setText(text: string): void {
    this.text = text;
    this.version++;
  }
}

export class FakeWebviewPanel {
  readonly sent: { type: string; [key: string]: unknown }[] = [];
  readonly received = new Emitter<unknown>();
  private readonly disposed = new Emitter<void>();
  title = '';
  iconPath: Uri | undefined;
  revealed = 0;
  readonly webview = {
    html: '',
    options: {} as { enableScripts?: boolean; localResourceRoots?: Uri[] },
    cspSource: 'vscode-webview://fake',
    asWebviewUri: (uri: Uri) => uri,
    postMessage: async (message: { type: string }) => {
      this.sent.push(JSON.parse(JSON.stringify(message)));
      return true;
    },
    onDidReceiveMessage: this.received.event,
  };
  readonly onDidDispose = this.disposed.event;
  constructor(
    readonly viewType: string,
    readonly options: { enableScripts?: boolean; localResourceRoots?: Uri[] },
  ) {}
  reveal(): void {
    this.revealed++;
  }
  private isDisposed = false;
  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.disposed.fire();
  }
}

/** What the test controls and observes. */
export const fake = {
  panels: [] as FakeWebviewPanel[],
  documents: [] as FakeDocument[],
  /** Answers of the next warning dialogs (first in, first out); `undefined` = dismissed. */
  warningAnswers: [] as (string | undefined)[],
  warnings: [] as { message: string; options?: { modal?: boolean; detail?: string } }[],
  errors: [] as string[],
  quickPicks: [] as { items: { label: string; description?: string; detail?: string }[]; title?: string }[],
  /** Picks the item with this index in the next quick pick; undefined = dismissed. */
  quickPickAnswer: undefined as number | undefined,
  shownSelections: [] as { line: number; character: number }[],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  informations: [] as string[],
  saveDialogs: [] as { defaultUri?: string; filters?: Record<string, string[]> }[],
  /** Where the next save dialog "saves"; undefined = cancelled. */
  saveAnswer: undefined as Uri | undefined,
  written: new Map<string, string>(),
  serializers: new Map<string, { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }>(),
  changeDocument: new Emitter<{ document: FakeDocument; contentChanges: unknown[] }>(),
  changeDiagnostics: new Emitter<{ uris: Uri[] }>(),
  /** Called after an edit is applied (the test forwards it to the language server). */
  onEdit: undefined as ((document: FakeDocument) => Promise<void>) | undefined,
  reset(): void {
    this.panels.length = 0;
    this.warningAnswers.length = 0;
    this.warnings.length = 0;
    this.errors.length = 0;
    this.quickPicks.length = 0;
    this.quickPickAnswer = undefined;
    this.shownSelections.length = 0;
  },
};

const noEvent = () => ({ dispose: () => undefined });

export const window = {
  activeTextEditor: undefined as unknown,
  visibleTextEditors: [] as unknown[],
  createWebviewPanel(viewType: string, _title: string, _column: unknown, options: FakeWebviewPanel['options']) {
    const panel = new FakeWebviewPanel(viewType, options);
    fake.panels.push(panel);
    return panel;
  },
  async showWarningMessage(message: string, options?: unknown) {
    fake.warnings.push({ message, options: typeof options === 'object' ? (options as { modal?: boolean; detail?: string }) : undefined });
    // A modal (options object) or a message with buttons (strings) is answered from `warningAnswers`.
    return typeof options === 'object' || typeof options === 'string' ? fake.warningAnswers.shift() : undefined;
  },
  async showErrorMessage(message: string) {
    fake.errors.push(message);
    return undefined;
  },
  async showInformationMessage(message: string) {
    fake.informations.push(message);
    return undefined;
  },
  async showSaveDialog(options: { defaultUri?: Uri; filters?: Record<string, string[]> }) {
    fake.saveDialogs.push({ defaultUri: options.defaultUri?.toString(), filters: options.filters });
    return fake.saveAnswer;
  },
  async showQuickPick<T extends { label: string }>(items: T[], options?: { title?: string }) {
    fake.quickPicks.push({ items: items.map((item) => ({ ...item })), title: options?.title });
    return fake.quickPickAnswer === undefined ? undefined : items[fake.quickPickAnswer];
  },
  async showTextDocument(document: FakeDocument) {
    const editor = {
      document,
      set selection(selection: Selection) {
        fake.shownSelections.push({ line: selection.start.line, character: selection.start.character });
      },
      revealRange: () => undefined,
    };
    return editor;
  },
  onDidChangeActiveTextEditor: noEvent,
  registerWebviewPanelSerializer(viewType: string, serializer: { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }) {
    fake.serializers.set(viewType, serializer);
    return { dispose: () => fake.serializers.delete(viewType) };
  },
};

export const commands = {
  registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
    fake.commands.set(id, handler);
    return { dispose: () => fake.commands.delete(id) };
  },
};

export const languages = {
  onDidChangeDiagnostics: fake.changeDiagnostics.event,
};

export const workspace = {
  fs: {
    async writeFile(uri: Uri, content: Uint8Array) {
      fake.written.set(uri.toString(), new TextDecoder().decode(content));
    },
  },
  async openTextDocument(uri: Uri) {
    const document = fake.documents.find((item) => item.uri.toString() === uri.toString());
    if (!document) throw new Error(`no document ${uri.toString()}`);
    return document;
  },
  onDidChangeTextDocument: fake.changeDocument.event,
  onDidCloseTextDocument: noEvent,
  onDidChangeConfiguration: noEvent,
  onDidSaveTextDocument: noEvent,
  async applyEdit(edit: WorkspaceEdit): Promise<boolean> {
    const byDocument = new Map<FakeDocument, WorkspaceEdit['replacements']>();
    for (const replacement of edit.replacements) {
      const document = fake.documents.find((item) => item.uri.toString() === replacement.uri.toString());
      if (!document) return false;
      byDocument.set(document, [...(byDocument.get(document) ?? []), replacement]);
    }
    for (const [document, replacements] of byDocument) {
      document.setText(
        applyEdits(
          document.getText(),
          replacements.map((item) => ({
            range: {
              start: { line: item.range.start.line, column: item.range.start.character },
              end: { line: item.range.end.line, column: item.range.end.character },
            },
            newText: item.newText,
          })),
        ),
      );
      await fake.onEdit?.(document);
      fake.changeDocument.fire({ document, contentChanges: [{}] });
    }
    return true;
  },
};

let installed = false;

/** Makes `require('vscode')` load this module (the panel imports `vscode` like any extension). */
export function installFakeVscode(): void {
  if (installed) return;
  installed = true;
  const moduleWithResolve = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = moduleWithResolve._resolveFilename;
  moduleWithResolve._resolveFilename = function (request: string, ...rest: unknown[]) {
    return resolve.call(this, request === 'vscode' ? __filename : request, ...rest);
  };
}
