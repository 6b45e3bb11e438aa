// The shared state every LSP feature works with: open documents, per-document settings and the per-version
// analysis cache (parse once, check once, reuse for hover, code lens, inlay hints …). No feature talks to another.
import {
  type ClientCapabilities,
  type Connection,
  type ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkPlan, computeTotals, parsePlan, vocabularyOf } from '../engine';
import type { Plan, PlanDiagnostic, ResolvedConfig } from '../engine';
import { LineIndex } from '../engine';
import { MAX_PLAN_BYTES } from '../budgets';
import { tooBig } from '../node/files';
import { SettingsStore, type DocumentSettings } from './settings';

/** One week's totals, as `computeTotals` returns them. */
export type WeekTotals = ReturnType<typeof computeTotals>[number];

/** What one version of one document means: computed once, shared by every feature. */
export interface Analysis {
  uri: string;
  version: number;
  plan: Plan;
  lines: LineIndex;
  config: ResolvedConfig;
  /** Problems in `.hybridrc.json` or `hybrid.rules`, shown as a diagnostic on the first line. */
  configProblems: string[];
  diagnostics: PlanDiagnostic[];
  /** Computed on first use (hover, code lens, inlay hints, week status). */
  totals(): WeekTotals[];
}

/** Options the client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Base URI of the rule docs (`…/docs/rules/`), e.g. a file URI into the installed extension. */
  rulesDocsBase?: string;
  /** A client command that opens the suggestions again (VS Code: `editor.action.triggerSuggest`), run after a
   *  completion whose next word comes from a list (`Tue: ` → session kinds). */
  suggestCommand?: string;
  /** A client command that shows a rule's documentation rendered (`hybrid.showRuleDocs`, argument: the rule id). */
  ruleDocsCommand?: string;
}

/** Declares the server capabilities a feature contributes, given what the client supports. */
export type CapabilityContribution = (client: ClientCapabilities) => Partial<ServerCapabilities>;

/** Shown when the engine fails on a text: the user sees that checking stopped instead of stale squiggles. */
export const INTERNAL_ERROR_MESSAGE = 'The plan checker failed on this text (an internal error, logged in the output); fix or undo the last edit.';

/**
 * Parses and checks one version of a text. The engine never throws by contract; if it does anyway, the failure is
 * reported through `onError` and the analysis is that of an empty plan with one `internal` error on line 1.
 */
export function analyzeText(
  uri: string,
  version: number,
  text: string,
  settings: DocumentSettings,
  onError: (error: unknown) => void,
): Analysis {
  let plan: Plan;
  let diagnostics: PlanDiagnostic[];
  try {
    if (text.length > MAX_PLAN_BYTES) {
      // The budget (budgets.ts), as the CLI refuses such a file: one line says why nothing is checked.
      plan = { ...parsePlan(''), text };
      const range = { start: { line: 0, column: 0 }, end: { line: 0, column: new LineIndex(text).lineText(0).length } };
      diagnostics = [{ rule: 'limit', severity: 'warning', message: `This plan is not checked: ${tooBig(text.length)}`, range }];
    } else {
      plan = parsePlan(text, { vocabulary: vocabularyOf(settings.config) });
      diagnostics = checkPlan(plan, settings.config);
    }
  } catch (error) {
    onError(error);
    plan = { ...parsePlan(''), text };
    const lineEnd = new LineIndex(text).lineText(0).length;
    const range = { start: { line: 0, column: 0 }, end: { line: 0, column: lineEnd } };
    diagnostics = [{ rule: 'internal', severity: 'error', message: INTERNAL_ERROR_MESSAGE, range }];
  }
  let totals: WeekTotals[] | undefined;
  return {
    uri,
    version,
    plan,
    lines: new LineIndex(text),
    config: settings.config,
    configProblems: settings.problems,
    diagnostics,
    totals: () => {
      try {
        return (totals ??= computeTotals(plan));
      } catch (error) {
        onError(error);
        return (totals = []);
      }
    },
  };
}

export class ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly settings: SettingsStore;
  client: ClientCapabilities = {};
  initializationOptions: InitializationOptions = {};
  private readonly contributions: CapabilityContribution[] = [];
  private readonly initializedHooks: (() => void | Promise<void>)[] = [];
  private readonly analyses = new Map<string, Analysis>();
  private readonly settingsListeners: (() => void)[] = [];
  private readonly recheckListeners: ((uris: readonly string[]) => void)[] = [];
  /**
   * Whether this copy of the server checks the document and publishes its diagnostics: on the main thread the light
   * plans, on the worker thread the heavy ones (node/router.ts). A server without a router owns everything.
   */
  owns: (uri: string) => boolean = () => true;
  /**
   * True while document changes the client sent have not been read yet (on the worker thread, whose messages wait
   * while it checks): a check started now would be of a version already replaced.
   */
  changesPending: () => boolean = () => false;
  /** Told how long each check took (the router moves a plan whose check is long to the worker thread). */
  onCheck: ((analysis: Analysis, ms: number) => void) | undefined;

  constructor(readonly connection: Connection) {
    this.settings = new SettingsStore(connection, () => this.client);
    this.documents.onDidClose((event) => {
      this.analyses.delete(event.document.uri);
      this.settings.forget(event.document.uri);
    });
  }

  /** A feature declares its capabilities here; they are merged in `initialize`. */
  declare(contribution: CapabilityContribution): void {
    this.contributions.push(contribution);
  }

  /** Runs after the client's `initialized` notification (dynamic registrations, first checks). */
  onInitialized(hook: () => void | Promise<void>): void {
    this.initializedHooks.push(hook);
  }

  capabilities(client: ClientCapabilities): ServerCapabilities {
    const merged: ServerCapabilities = {};
    for (const contribution of this.contributions) Object.assign(merged, contribution(client));
    return merged;
  }

  async runInitialized(): Promise<void> {
    for (const hook of this.initializedHooks) await this.guard('initialized', undefined, hook);
  }

  /**
   * The analysis of the document's current version, computed at most once per version and settings generation.
   * Resolves to undefined when the document is not open (or changed while its settings were being fetched and
   * was closed since).
   */
  async analyze(uri: string): Promise<Analysis | undefined> {
    let document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.analyses.get(uri);
    if (cached && cached.version === document.version && this.settings.isCurrent(uri, cached.config)) return cached;
    const settings = await this.settings.forDocument(uri);
    document = this.documents.get(uri);
    if (!document) return undefined;
    return this.analyzeWith(document, settings);
  }

  private analyzeWith(document: TextDocument, settings: DocumentSettings): Analysis {
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version && cached.config === settings.config) return cached;
    const started = performance.now();
    const analysis = analyzeText(document.uri, document.version, document.getText(), settings, (error) =>
      this.logError(`check ${document.uri}`, error),
    );
    this.onCheck?.(analysis, performance.now() - started);
    this.analyses.set(document.uri, analysis);
    return analysis;
  }

  /** Settings or a `.hybridrc.json` changed: drop every cached analysis and tell the features that care. */
  settingsChanged(): void {
    this.analyses.clear();
    for (const listener of this.settingsListeners) listener();
  }

  onSettingsChanged(listener: () => void): void {
    this.settingsListeners.push(listener);
  }

  /**
   * This copy of the server owns these documents from now on, and did not check them before (the worker thread that
   * did has ended: node/router.ts): the features that care check them again.
   */
  recheck(uris: readonly string[]): void {
    for (const listener of this.recheckListeners) listener(uris);
  }

  onRecheck(listener: (uris: readonly string[]) => void): void {
    this.recheckListeners.push(listener);
  }

  /**
   * Runs a handler so that no exception ever escapes: a failure is logged and answered with the fallback.
   * The server must survive any text and any request.
   */
  async guard<T>(name: string, fallback: T, handler: () => T | Promise<T>): Promise<T> {
    try {
      return await handler();
    } catch (error) {
      this.logError(name, error);
      return fallback;
    }
  }

  logError(name: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`[${name}] ${detail}`);
  }
}
