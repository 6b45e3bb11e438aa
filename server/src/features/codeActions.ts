// Code actions: every quick fix the engine offers for the diagnostics in the request, the whole-file fix-all
// (`source.fixAll.hybrid`, for `editor.codeActionsOnSave`) and "Reschedule this week" (`refactor.rewrite`).
// Clients without code action literals get commands the server executes itself (`workspace/applyEdit`).
import {
  type CodeAction,
  CodeActionKind,
  CodeActionTriggerKind,
  type Command,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { canonicalEdits, dayNumbersAsWeekdays, fixAll, fixesFor, rescheduleWeek } from '../engine';
import type { PlanDiagnostic, PlanFix, RescheduleResult, TextEdit, WeekBlock } from '../engine';
import type { Analysis, ServerContext } from './context';
import { fromLspPosition, ruleDocUrl, toLspEdit } from './convert';
import { lspDiagnostics } from './diagnostics';
import { blockAtLine } from './locate';
import { weeksTitle } from './present';
import { ServerCommands } from '../../../shared/protocol';
import { ADD_TO_VOCABULARY_COMMAND, addToVocabulary, vocabularyActions } from './vocabulary';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.hybrid`;
/** "Rewrite the plan in canonical form" (Source Action…, or `editor.codeActionsOnSave`). */
export const CANONICAL_KIND = `${CodeActionKind.Source}.canonical.hybrid`;
export const CANONICAL_PLAN_TITLE = 'Rewrite the plan in canonical form';
export const APPLY_EDIT_COMMAND = ServerCommands.applyEdit;
export const RESCHEDULE_COMMAND = ServerCommands.rescheduleWeek;
export const FIX_ALL_COMMAND = ServerCommands.fixAll;
export const SHOW_DOCS_COMMAND = ServerCommands.showRuleDocs;
/** At most this many fixes that change the plan in one menu: the ones a coach would try first. */
export const MAX_PLAN_FIXES = 3;

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

export interface MenuFix {
  fix: PlanFix;
  diagnostics: PlanDiagnostic[];
}

/**
 * The quick-fix menu for the problems under the cursor: no title twice (two problems offering the same move get one
 * action naming both), plan changes first — the preferred one, then by the severity of what they fix, at most
 * MAX_PLAN_FIXES — then one "Ignore … on this line" per rule. Only the first preferred fix stays preferred.
 */
export function quickFixMenu(offered: { diagnostic: PlanDiagnostic; fixes: PlanFix[] }[]): MenuFix[] {
  const byTitle = new Map<string, MenuFix & { rank: number; order: number }>();
  let order = 0;
  for (const { diagnostic, fixes } of offered) {
    for (const fix of fixes) {
      const known = byTitle.get(fix.title);
      const rank = (fix.preferred ? 0 : 10) + (SEVERITY_RANK[diagnostic.severity] ?? 3);
      if (known) {
        known.diagnostics.push(diagnostic);
        if (rank < known.rank) Object.assign(known, { rank, fix: fix.preferred && !known.fix.preferred ? fix : known.fix });
      } else byTitle.set(fix.title, { fix, diagnostics: [diagnostic], rank, order: order++ });
    }
  }
  const entries = [...byTitle.values()];
  const isIgnore = (entry: MenuFix): boolean => entry.fix.edits.every((edit) => /#\s*hybrid-ignore/.test(edit.newText)) && /^Ignore /.test(entry.fix.title);
  const changes = entries
    .filter((entry) => !isIgnore(entry))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, MAX_PLAN_FIXES);
  const ignores = entries.filter(isIgnore).sort((a, b) => a.order - b.order);
  let preferredSeen = false;
  return [...changes, ...ignores].map(({ fix, diagnostics }) => {
    const preferred = fix.preferred === true && !preferredSeen;
    preferredSeen ||= preferred;
    return { fix: { ...fix, preferred }, diagnostics };
  });
}

/** True when a requested `only` list asks for actions of `kind` (a kind matches its parents: `source` ⊃ `source.fixAll`). */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function sameDiagnostic(lsp: Diagnostic, plan: PlanDiagnostic): boolean {
  return (
    lsp.code === plan.rule &&
    lsp.message === plan.message &&
    lsp.range.start.line === plan.range.start.line &&
    lsp.range.start.character === plan.range.start.column &&
    lsp.range.end.line === plan.range.end.line &&
    lsp.range.end.character === plan.range.end.column
  );
}

// Editors ask for code actions on every cursor move: the searches below run once per document version.
const rescheduled = new WeakMap<Analysis, Map<WeekBlock, RescheduleResult>>();
const fixedAll = new WeakMap<Analysis, TextEdit[]>();
const canonical = new WeakMap<Analysis, TextEdit[]>();
const fixes = new WeakMap<Analysis, Map<PlanDiagnostic, PlanFix[]>>();

/**
 * The edit lists offered as `hybrid.server.applyEdit` commands, per analysis (one version of one document): the
 * command names one by its index, so the server only ever applies edits it computed, to the document and version it
 * computed them for — never edits passed in by whoever sends the command.
 */
const issued = new WeakMap<Analysis, { lists: TextEdit[][]; index: Map<TextEdit[], number> }>();

function issue(analysis: Analysis, edits: TextEdit[]): number {
  let record = issued.get(analysis);
  if (!record) issued.set(analysis, (record = { lists: [], index: new Map() }));
  let at = record.index.get(edits);
  if (at === undefined) {
    at = record.lists.push(edits) - 1;
    record.index.set(edits, at);
  }
  return at;
}

/** The edits issued under `index` for this analysis, or undefined when the server never offered them. */
export function issuedEdits(analysis: Analysis, index: unknown): TextEdit[] | undefined {
  return typeof index === 'number' && Number.isInteger(index) ? issued.get(analysis)?.lists[index] : undefined;
}

/**
 * The rescheduling of one week block (no edits when no arrangement clears its conflicts). Bounded by the budgets of
 * server/src/budgets.ts, so it is safe on every cursor move; a block without a scheduling conflict costs nothing.
 */
export function rescheduleOf(analysis: Analysis, block: WeekBlock): RescheduleResult {
  let byBlock = rescheduled.get(analysis);
  if (!byBlock) rescheduled.set(analysis, (byBlock = new Map()));
  let result = byBlock.get(block);
  if (!result) byBlock.set(block, (result = rescheduleWeek(analysis.plan, block, analysis.config, analysis.diagnostics)));
  return result;
}

/** Why "Reschedule this week" has nothing to offer. */
export function nothingToReschedule(result: RescheduleResult): string {
  return (result.stoppedEarly?.length ?? 0) > 0
    ? 'Tried as many arrangements as the search allows and none clears this week\'s conflicts; move a session by hand'
    : 'No conflicts to clear, or no arrangement of this week clears them';
}

export function fixAllEdits(analysis: Analysis): TextEdit[] {
  let edits = fixedAll.get(analysis);
  if (!edits) fixedAll.set(analysis, (edits = fixAll(analysis.plan, analysis.config).edits));
  return edits;
}

/** The canonical rewrite of the whole plan, once per version. */
export function canonicalPlanEdits(analysis: Analysis): TextEdit[] {
  let edits = canonical.get(analysis);
  if (!edits) canonical.set(analysis, (edits = canonicalEdits(analysis.plan)));
  return edits;
}

function fixesOf(analysis: Analysis, diagnostic: PlanDiagnostic): PlanFix[] {
  let byDiagnostic = fixes.get(analysis);
  if (!byDiagnostic) fixes.set(analysis, (byDiagnostic = new Map()));
  let result = byDiagnostic.get(diagnostic);
  if (!result) byDiagnostic.set(diagnostic, (result = fixesFor(analysis.plan, diagnostic, analysis.config)));
  return result;
}

export function registerCodeActions(ctx: ServerContext): void {
  const literals = (): boolean => ctx.client.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;

  ctx.declare((client) => ({
    codeActionProvider: client.textDocument?.codeAction?.codeActionLiteralSupport
      ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CANONICAL_KIND, CodeActionKind.RefactorRewrite] }
      : true,
    executeCommandProvider: { commands: [APPLY_EDIT_COMMAND, RESCHEDULE_COMMAND, FIX_ALL_COMMAND, SHOW_DOCS_COMMAND, ADD_TO_VOCABULARY_COMMAND] },
  }));

  const workspaceEdit = (analysis: Analysis, edits: TextEdit[]): WorkspaceEdit => {
    const lspEdits: LspTextEdit[] = edits.map(toLspEdit);
    if (ctx.client.workspace?.workspaceEdit?.documentChanges) {
      return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: lspEdits }] };
    }
    return { changes: { [analysis.uri]: lspEdits } };
  };

  const action = (
    analysis: Analysis,
    title: string,
    kind: string,
    edits: TextEdit[],
    extra: Partial<CodeAction> = {},
  ): CodeAction | Command => {
    if (literals()) return { title, kind, edit: workspaceEdit(analysis, edits), ...extra };
    return { title, command: APPLY_EDIT_COMMAND, arguments: [analysis.uri, analysis.version, issue(analysis, edits)] };
  };

  ctx.connection.onCodeAction((params, token) =>
    ctx.guard<(CodeAction | Command)[]>('textDocument/codeAction', [], async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      if (!analysis) return [];
      // Fixes are searched by re-checking candidate plans: first let queued edits and cancellations arrive, and
      // answer nothing for a version the editor has already left (it asks again for the new one).
      await new Promise((resolve) => setImmediate(resolve));
      const stale = (): boolean => token.isCancellationRequested || ctx.documents.get(analysis.uri)?.version !== analysis.version;
      if (stale()) return [];
      const only = params.context.only;
      const result: (CodeAction | Command)[] = [];

      if (wanted(only, CodeActionKind.QuickFix)) {
        const all = lspDiagnostics(ctx, analysis);
        const offered: { diagnostic: PlanDiagnostic; fixes: PlanFix[] }[] = [];
        const attachedTo = new Map<PlanDiagnostic, Diagnostic>();
        for (const lspDiagnostic of params.context.diagnostics) {
          if (stale()) return [];
          if (lspDiagnostic.source !== 'hybrid') continue;
          const diagnostic = analysis.diagnostics.find((candidate) => sameDiagnostic(lspDiagnostic, candidate));
          if (!diagnostic || attachedTo.has(diagnostic)) continue;
          attachedTo.set(diagnostic, all.find((candidate) => sameDiagnostic(candidate, diagnostic)) ?? lspDiagnostic);
          offered.push({ diagnostic, fixes: fixesOf(analysis, diagnostic) });
        }
        offered.sort((a, b) => (SEVERITY_RANK[a.diagnostic.severity] ?? 3) - (SEVERITY_RANK[b.diagnostic.severity] ?? 3));
        for (const { fix, diagnostics } of quickFixMenu(offered)) {
          result.push(quickFix(analysis, fix, diagnostics.map((diagnostic) => attachedTo.get(diagnostic)!)));
        }
        // An unknown session word: teach it to the plan's `.hybridrc.json`, after the did-you-means.
        result.push(...vocabularyActions(ctx, analysis, offered.map(({ diagnostic }) => ({ diagnostic, lsp: attachedTo.get(diagnostic)! }))));
        // As ESLint does: the rule's page, once per rule, last.
        const docs = docsCommand();
        for (const rule of new Set(offered.map(({ diagnostic }) => diagnostic.rule))) {
          if (!docs || ['syntax', 'config', 'internal'].includes(rule)) continue;
          const command = { title: `Show documentation for ${rule}`, command: docs, arguments: [rule] };
          result.push(literals() ? { title: command.title, kind: CodeActionKind.QuickFix, command } : command);
        }
      }

      if (only && wanted(only, FIX_ALL_KIND)) {
        const edits = fixAllEdits(analysis);
        if (edits.length) result.push(action(analysis, 'Fix all scheduling conflicts', FIX_ALL_KIND, edits));
      }

      // Rewrites and rescheduling are offered on request (Ctrl+., the Refactor and Source Action menus), not to the
      // light bulb: the bulb shows only on lines with a problem.
      const invoked = params.context.triggerKind !== CodeActionTriggerKind.Automatic;
      if (only && wanted(only, CANONICAL_KIND) && (invoked || only.some((kind) => kind !== CodeActionKind.Source))) {
        const edits = canonicalPlanEdits(analysis);
        if (edits.length) result.push(action(analysis, CANONICAL_PLAN_TITLE, CANONICAL_KIND, edits));
      }
      if (wanted(only, CodeActionKind.RefactorRewrite) && (invoked || only !== undefined)) {
        const line = params.range.start.line;
        const lastLine = Math.max(line, params.range.end.character === 0 && params.range.end.line > line ? params.range.end.line - 1 : params.range.end.line);
        const rewrite = canonicalEdits(analysis.plan, { from: line, to: lastLine });
        const rewriteTitle = lastLine > line ? 'Rewrite the selected lines in canonical form' : 'Rewrite this line in canonical form';
        // After the changes of the plan itself (Day N, rescheduling): wording comes last.
        const withRewrite = (): (CodeAction | Command)[] =>
          rewrite.length ? [...result, action(analysis, rewriteTitle, CodeActionKind.RefactorRewrite, rewrite)] : result;
        const numbered = analysis.plan.statements.some((s) => s.type === 'day' && s.dayNumber !== undefined && s.dayRange.start.line === line);
        if (numbered) {
          result.push(action(analysis, "Rewrite 'Day 1' … 'Day 7' as weekdays (Mon … Sun)", CodeActionKind.RefactorRewrite, dayNumbersAsWeekdays(analysis.plan)));
        }
        const block = blockAtLine(analysis.plan, line);
        if (block) {
          const rescheduling = rescheduleOf(analysis, block);
          const edits = rescheduling.edits;
          const weeks = analysis.plan.weeks.filter((week) => week.block === block).map((week) => week.number);
          if (weeks.length === 0) return withRewrite();
          const title = `Reschedule ${weeksTitle(weeks).toLowerCase()} to clear ${weeks.length > 1 ? 'their' : 'its'} conflicts`;
          if (edits.length) result.push(action(analysis, title, CodeActionKind.RefactorRewrite, edits));
          else if (literals() && ctx.client.textDocument?.codeAction?.disabledSupport) {
            result.push({
              title,
              kind: CodeActionKind.RefactorRewrite,
              disabled: { reason: nothingToReschedule(rescheduling) },
            });
          }
        }
        return withRewrite();
      }
      return result;
    }),
  );

  /** The client's own docs command (VS Code renders the page), else the server's, which asks the client to show it. */
  const docsCommand = (): string | undefined =>
    ctx.initializationOptions.ruleDocsCommand ?? (ctx.client.window?.showDocument?.support ? SHOW_DOCS_COMMAND : undefined);

  function quickFix(analysis: Analysis, fix: PlanFix, diagnostics: Diagnostic[]): CodeAction | Command {
    return action(analysis, fix.title, CodeActionKind.QuickFix, fix.edits, {
      diagnostics,
      ...(fix.preferred ? { isPreferred: true } : {}),
    });
  }

  ctx.connection.onExecuteCommand((params) =>
    ctx.guard('workspace/executeCommand', null, async () => {
      const [uri, second, third] = params.arguments ?? [];
      if (params.command === SHOW_DOCS_COMMAND) {
        if (typeof uri !== 'string' || !/^[a-z][a-z-]*$/.test(uri)) return null;
        const shown = await ctx.connection.window.showDocument({ uri: ruleDocUrl(uri, ctx.initializationOptions.rulesDocsBase), takeFocus: true });
        return { applied: shown.success };
      }
      if (params.command === ADD_TO_VOCABULARY_COMMAND) return addToVocabulary(ctx, params.arguments ?? []);
      if (typeof uri !== 'string') return null;
      const analysis = await ctx.analyze(uri);
      if (!analysis) return null;
      let edits: TextEdit[] = [];
      let reason: string | undefined;
      switch (params.command) {
        case APPLY_EDIT_COMMAND: {
          // Edits computed for a version the document has left behind would land in the wrong place; edits the
          // server did not offer for this document are not applied at all.
          if (second !== analysis.version) return { applied: false };
          const offered = issuedEdits(analysis, third);
          if (!offered) {
            ctx.logError('workspace/executeCommand', `${APPLY_EDIT_COMMAND}: no edit offered for ${uri} version ${String(second)} under ${JSON.stringify(third)?.slice(0, 40)}; nothing applied`);
            return { applied: false };
          }
          edits = offered;
          break;
        }
        case RESCHEDULE_COMMAND: {
          const position = second as { line: number; character: number } | undefined;
          const line = position && typeof position.line === 'number' ? fromLspPosition(position).line : 0;
          const block = blockAtLine(analysis.plan, line);
          const rescheduling = block ? rescheduleOf(analysis, block) : undefined;
          edits = rescheduling?.edits ?? [];
          // The client says "nothing to reschedule" by itself; a search that stopped early is worth saying.
          if (rescheduling && edits.length === 0 && rescheduling.stoppedEarly) reason = nothingToReschedule(rescheduling);
          break;
        }
        case FIX_ALL_COMMAND:
          edits = fixAllEdits(analysis);
          break;
        default:
          return null;
      }
      if (edits.length === 0) return reason ? { applied: false, reason } : { applied: false };
      const lspEdits = edits.map(toLspEdit);
      const response = await ctx.connection.workspace.applyEdit({
        label: params.command === FIX_ALL_COMMAND ? 'Fix all scheduling conflicts' : 'Hybrid plan edit',
        edit: { changes: { [uri]: lspEdits } },
      });
      return { applied: response.applied };
    }),
  );
}
