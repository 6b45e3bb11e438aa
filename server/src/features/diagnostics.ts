// Diagnostics on every change. Pull (`textDocument/diagnostic`) when the client supports it, else push
// (`publishDiagnostics`). Changes are throttled: the first change after a quiet spell is checked at once (on the
// next turn of the event loop, so a burst of queued changes is coalesced), further changes within the window
// wait until it ends; a result whose document version moved on while settings were fetched is dropped.
import {
  type Diagnostic,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { PlanDiagnostic } from '../engine';
import type { Analysis, ServerContext } from './context';
import { toLspDiagnostic } from './convert';
import { LISTED_PER_RULE, MAX_CONFIG_PROBLEMS, MAX_DIAGNOSTICS } from '../budgets';

/** Minimum time between two checks of one document while typing. */
export const CHECK_WINDOW_MS = 75;

/** Documents with changes not saved yet (opened from disk counts as saved). */
const unsaved = new Set<string>();

const COUNT_RULES = new Set(['gym-frequency', 'run-frequency']);

/**
 * While a plan is being typed, its last week is unfinished: "only 1 gym session this week, fewer than 3" would be
 * reported after every line of it and flood the Problems panel. Such week-count infos ("fewer than") of the weeks
 * of the last block wait until that block has all 7 days written, or the file is saved. The CLI reports them
 * always; counts above the maximum are reported at once.
 */
export function waitsForTheWeek(analysis: Analysis, diagnostic: PlanDiagnostic, typing: boolean): boolean {
  if (!typing || !COUNT_RULES.has(diagnostic.rule) || diagnostic.severity !== 'info') return false;
  const data = diagnostic.data as { count?: number; min?: number } | undefined;
  if (data?.count === undefined || data.min === undefined || data.count >= data.min) return false;
  const unfinished = unfinishedWeeks(analysis);
  return diagnostic.week !== undefined && unfinished.has(diagnostic.week);
}

const unfinishedOf = new WeakMap<Analysis, Set<number>>();

/** The week numbers of the last block while it has fewer than 7 days written; computed once per analysis. */
function unfinishedWeeks(analysis: Analysis): Set<number> {
  let weeks = unfinishedOf.get(analysis);
  if (weeks) return weeks;
  weeks = new Set<number>();
  const last = analysis.plan.weeks.at(-1);
  if (last && last.days.filter((day) => day.entries.length > 0).length < 7) {
    for (const week of analysis.plan.weeks) if (week.block === last.block) weeks.add(week.number);
  }
  unfinishedOf.set(analysis, weeks);
  return weeks;
}

export function lspDiagnostics(ctx: ServerContext, analysis: Analysis): Diagnostic[] {
  const docsBase = ctx.initializationOptions.rulesDocsBase;
  const firstLine = { start: { line: 0, character: 0 }, end: { line: 0, character: analysis.lines.lineText(0).length } };
  const config = analysis.configProblems.slice(0, MAX_CONFIG_PROBLEMS).map(
    (problem): Diagnostic => ({ range: firstLine, severity: DiagnosticSeverity.Warning, source: 'hybrid', code: 'config', message: problem }),
  );
  const moreConfig = analysis.configProblems.length - MAX_CONFIG_PROBLEMS;
  if (moreConfig > 0) {
    config.push({
      range: firstLine,
      severity: DiagnosticSeverity.Warning,
      source: 'hybrid',
      code: 'config',
      message: `${moreConfig.toLocaleString('en')} more problems in the rule settings are not shown — fix the ones above first`,
    });
  }
  const typing = unsaved.has(analysis.uri);
  const all = typing ? analysis.diagnostics.filter((diagnostic) => !waitsForTheWeek(analysis, diagnostic, typing)) : analysis.diagnostics;
  // The budget (budgets.ts): the first problems by position, then one that says how many more there are.
  const shown = all.slice(0, MAX_DIAGNOSTICS);
  const diagnostics = shown.map((diagnostic) => toLspDiagnostic(diagnostic, analysis.uri, ctx.client, docsBase));
  const more = all.length - shown.length;
  if (more > 0) {
    const next = all[MAX_DIAGNOSTICS]!.range.start;
    diagnostics.push({
      range: { start: { line: next.line, character: next.column }, end: { line: next.line, character: next.column } },
      severity: DiagnosticSeverity.Information,
      source: 'hybrid',
      code: 'limit',
      message: `${MAX_DIAGNOSTICS.toLocaleString('en')} problems are shown; ${more.toLocaleString('en')} more from here on are not — fix these first, or run 'hybrid check' (it lists up to ${LISTED_PER_RULE.toLocaleString('en')} of each rule)`,
    });
  }
  return [...config, ...diagnostics];
}

const configIds = new WeakMap<object, number>();
let nextConfigId = 1;

/** Names what a pull result was computed from: the document version and the settings object in force. */
function resultIdOf(analysis: Analysis): string {
  let id = configIds.get(analysis.config);
  if (id === undefined) configIds.set(analysis.config, (id = nextConfigId++));
  return `${analysis.version}:${id}${unsaved.has(analysis.uri) ? ':unsaved' : ''}`;
}

export function registerDiagnostics(ctx: ServerContext): void {
  const pull = (): boolean => ctx.client.textDocument?.diagnostic !== undefined;
  /** Pending check per document, as the function that cancels it. */
  const timers = new Map<string, () => void>();
  const lastRun = new Map<string, number>();

  ctx.declare((client) =>
    client.textDocument?.diagnostic
      ? { diagnosticProvider: { identifier: 'hybrid', interFileDependencies: false, workspaceDiagnostics: false } }
      : {},
  );

  const publish = async (uri: string): Promise<void> => {
    timers.delete(uri);
    lastRun.set(uri, Date.now());
    const version = ctx.documents.get(uri)?.version;
    // The other copy of the server (main thread or worker) checks this document (node/router.ts).
    if (version === undefined || !ctx.owns(uri)) return;
    // Stale work is not started: a newer version is on its way (its change will schedule the check again).
    if (ctx.changesPending()) {
      schedule(uri, true);
      return;
    }
    const analysis = await ctx.analyze(uri);
    // Stale: the text moved on while settings were fetched; the change that moved it scheduled a new check.
    if (!analysis || analysis.version !== ctx.documents.get(uri)?.version) return;
    await ctx.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: lspDiagnostics(ctx, analysis) });
  };

  const schedule = (uri: string, immediate: boolean): void => {
    if (pull() || timers.has(uri)) return;
    const run = (): void => {
      ctx.guard('diagnostics', undefined, () => publish(uri));
    };
    const wait = immediate ? 0 : (lastRun.get(uri) ?? 0) + CHECK_WINDOW_MS - Date.now();
    if (wait > 0) {
      const timer = setTimeout(run, wait);
      timers.set(uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(run);
      timers.set(uri, () => clearImmediate(immediate));
    }
  };

  /** Opened, not edited yet: TextDocuments reports an opening as a content change too (right after onDidOpen). */
  const opening = new Set<string>();
  ctx.documents.onDidOpen((event) => {
    unsaved.delete(event.document.uri);
    opening.add(event.document.uri);
    schedule(event.document.uri, true);
  });
  ctx.documents.onDidChangeContent((event) => {
    if (!opening.delete(event.document.uri)) unsaved.add(event.document.uri);
    schedule(event.document.uri, false);
  });
  ctx.documents.onDidSave((event) => {
    if (!unsaved.delete(event.document.uri)) return;
    if (!pull()) schedule(event.document.uri, true);
    else if (ctx.client.workspace?.diagnostics?.refreshSupport) void ctx.connection.languages.diagnostics.refresh();
  });
  ctx.documents.onDidClose((event) => {
    unsaved.delete(event.document.uri);
    opening.delete(event.document.uri);
    timers.get(event.document.uri)?.();
    timers.delete(event.document.uri);
    lastRun.delete(event.document.uri);
    if (!pull()) void ctx.connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  ctx.onSettingsChanged(() => {
    if (pull()) {
      if (ctx.client.workspace?.diagnostics?.refreshSupport) void ctx.connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of ctx.documents.all()) schedule(document.uri, true);
  });

  // Documents another copy of the server checked until now (node/router.ts: its worker thread ended).
  ctx.onRecheck((uris) => {
    if (pull()) {
      if (ctx.client.workspace?.diagnostics?.refreshSupport) void ctx.connection.languages.diagnostics.refresh();
      return;
    }
    for (const uri of uris) schedule(uri, true);
  });

  ctx.connection.languages.diagnostics.on((params) =>
    ctx.guard<DocumentDiagnosticReport>(
      'textDocument/diagnostic',
      { kind: DocumentDiagnosticReportKind.Full, items: [] },
      async () => {
        const analysis = await ctx.analyze(params.textDocument.uri);
        if (!analysis) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const resultId = resultIdOf(analysis);
        if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items: lspDiagnostics(ctx, analysis) };
      },
    ),
  );
}
