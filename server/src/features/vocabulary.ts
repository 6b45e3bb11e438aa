// "Add 'X' to the vocabulary as …": an unknown session word becomes an entry of the plan's `.hybridrc.json`
// (`"vocabulary": {"spartan": "sport hard"}`), written as a WorkspaceEdit the client applies (so it can be undone),
// comments and layout of the file kept (jsonc-parser). Offered only for the phrases with which the line reads.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseJsonc } from 'jsonc-parser';
import {
  type CodeAction,
  CodeActionKind,
  type Command,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { LineIndex, parsePlan, resolveConfig, vocabularyOf } from '../engine';
import type { PlanDiagnostic } from '../engine';
import { configFileToWrite, configTextProblem, writeConfigFile } from '../node/config';
import { FileProblem } from '../node/files';
import { ServerCommands } from '../../../shared/protocol';
import { type VocabularyEntryData, vocabularyEntryEdits } from '../../../shared/vocabularyEntry';
import type { Analysis, ServerContext } from './context';

export const ADD_TO_VOCABULARY_COMMAND = ServerCommands.addToVocabulary;

/** The unknown word and the phrases it could stand for, as the parser put them in the diagnostic's data. */
export function unknownWordOf(diagnostic: PlanDiagnostic): { word: string; phrases: string[] } | undefined {
  const unknown = diagnostic.data?.unknownWord as { word?: unknown; phrases?: unknown } | undefined;
  if (!unknown || typeof unknown.word !== 'string' || !Array.isArray(unknown.phrases)) return undefined;
  return { word: unknown.word, phrases: unknown.phrases.filter((phrase): phrase is string => typeof phrase === 'string') };
}

export function vocabularyTitle(word: string, phrase: string): string {
  return `Add '${word}' to the vocabulary as '${phrase}'`;
}

/**
 * The phrases with which the diagnostic's line reads: the word's error is gone and the line has fewer errors than
 * before (`Sat: spartan race` as `sport hard` would leave `race` unknown in a sport session: not offered). Only the
 * line is parsed again, so this costs the same on a 1 MB plan as on a week.
 */
export function phrasesThatRead(analysis: Analysis, diagnostic: PlanDiagnostic, word: string, phrases: readonly string[]): string[] {
  const line = diagnostic.range.start.line;
  const text = analysis.lines.lineText(line);
  const user = Object.fromEntries(analysis.plan.vocabulary?.user ?? []);
  const before = parsePlan(text, { vocabulary: analysis.plan.vocabulary }).syntaxErrors.length;
  return phrases.filter((phrase) => {
    const { config, problems } = resolveConfig([{ vocabulary: { ...user, [word]: phrase } }]);
    if (problems.length > 0) return false;
    const errors = parsePlan(text, { vocabulary: vocabularyOf(config) }).syntaxErrors;
    const stillUnknown = errors.some((error) => error.range.start.column === diagnostic.range.start.column);
    return !stillUnknown && errors.length < before;
  });
}

/** The text of a `.hybridrc.json` once the entry is added. */
export function withVocabularyEntry(text: string | undefined, word: string, phrase: string): string {
  let out = text ?? '';
  for (const edit of [...vocabularyEntryEdits(text, word, phrase)].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, edit.offset) + edit.content + out.slice(edit.offset + edit.length);
  }
  return out;
}

type Target = { file: string; text?: string } | { problem: string };

/** Where the entry goes for this plan, or why it cannot be written (not a file on disk, a broken or foreign file). */
function targetFor(uri: string): Target {
  let planPath: string;
  try {
    if (!uri.startsWith('file:')) throw new Error('not a file');
    planPath = fileURLToPath(uri);
  } catch {
    return { problem: 'Save the plan to a file first: a .hybridrc.json is read only for plans on disk' };
  }
  const target = configFileToWrite(planPath);
  if ('problem' in target) return target;
  if (target.text !== undefined) {
    const problem = configTextProblem(target.text);
    if (problem !== undefined && target.text.trim() !== '') return { problem: `Fix '${target.file}' first: ${problem}` };
    const vocabulary = (parseJsonc(target.text.replace(/^\uFEFF/, ''), [], { allowTrailingComma: true }) as { vocabulary?: unknown } | undefined)?.vocabulary;
    if (vocabulary !== undefined && (typeof vocabulary !== 'object' || vocabulary === null || Array.isArray(vocabulary))) {
      return { problem: `'vocabulary' in '${target.file}' is not an object; fix it first` };
    }
  }
  return target;
}

/**
 * The "Add 'X' to the vocabulary as …" actions for the unknown-word diagnostics under the cursor: one per phrase
 * with which the line reads, as a WorkspaceEdit on `.hybridrc.json` (creating it next to the plan when none is found);
 * clients that cannot take that edit get a command the server carries out itself.
 */
export function vocabularyActions(
  ctx: ServerContext,
  analysis: Analysis,
  offered: { diagnostic: PlanDiagnostic; lsp: Diagnostic }[],
): (CodeAction | Command)[] {
  const actions: (CodeAction | Command)[] = [];
  const literals = ctx.client.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
  const workspaceEdits = ctx.client.workspace?.workspaceEdit;
  const canCreate = workspaceEdits?.documentChanges === true && (workspaceEdits.resourceOperations ?? []).includes('create');
  let target: Target | undefined;
  for (const { diagnostic, lsp } of offered) {
    const unknown = unknownWordOf(diagnostic);
    if (!unknown) continue;
    const phrases = phrasesThatRead(analysis, diagnostic, unknown.word, unknown.phrases);
    if (phrases.length === 0) continue;
    target ??= targetFor(analysis.uri);
    if ('problem' in target) {
      if (literals && ctx.client.textDocument?.codeAction?.disabledSupport) {
        actions.push({ title: `Add '${unknown.word}' to the vocabulary`, kind: CodeActionKind.QuickFix, diagnostics: [lsp], disabled: { reason: target.problem } });
      }
      continue;
    }
    for (const phrase of phrases) {
      const title = vocabularyTitle(unknown.word, phrase);
      const command: Command = { title, command: ADD_TO_VOCABULARY_COMMAND, arguments: [analysis.uri, unknown.word, phrase] };
      if (!literals || (target.text === undefined && !canCreate)) {
        actions.push(literals ? { title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], command } : command);
        continue;
      }
      // `data` lets an editor redo the edit on the file's open, unsaved text (the VS Code client does: extension.ts).
      const data: VocabularyEntryData = { vocabularyEntry: { rcUri: pathToFileURL(target.file).toString(), word: unknown.word, phrase } };
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: rcWorkspaceEdit(target, unknown.word, phrase, workspaceEdits?.documentChanges === true), data });
    }
  }
  return actions;
}

function rcWorkspaceEdit(target: { file: string; text?: string }, word: string, phrase: string, documentChanges: boolean): WorkspaceEdit {
  const uri = pathToFileURL(target.file).toString();
  const lines = new LineIndex(target.text ?? '');
  const edits: LspTextEdit[] = vocabularyEntryEdits(target.text, word, phrase).map((edit) => {
    const start = lines.positionAt(edit.offset);
    const end = lines.positionAt(edit.offset + edit.length);
    return { range: { start: { line: start.line, character: start.column }, end: { line: end.line, character: end.column } }, newText: edit.content };
  });
  if (target.text === undefined) {
    return { documentChanges: [{ kind: 'create', uri, options: { overwrite: false, ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits }] };
  }
  return documentChanges ? { documentChanges: [{ textDocument: { uri, version: null }, edits }] } : { changes: { [uri]: edits } };
}

/**
 * `hybrid.server.addToVocabulary [planUri, word, phrase]`, for clients that cannot apply the edit themselves: the
 * server writes the file (only an entry it would offer: the word must be unknown on the plan's lines and the phrase
 * one that reads), then re-reads the configuration.
 */
export async function addToVocabulary(ctx: ServerContext, args: unknown[]): Promise<{ applied: boolean; reason?: string }> {
  const [uri, word, phrase] = args;
  if (typeof uri !== 'string' || typeof word !== 'string' || typeof phrase !== 'string') return { applied: false };
  const analysis = await ctx.analyze(uri);
  if (!analysis) return { applied: false };
  const diagnostic = analysis.diagnostics.find((candidate) => unknownWordOf(candidate)?.word === word);
  const unknown = diagnostic && unknownWordOf(diagnostic);
  if (!diagnostic || !unknown || !phrasesThatRead(analysis, diagnostic, word, unknown.phrases).includes(phrase)) return { applied: false };
  const target = targetFor(uri);
  if ('problem' in target) return { applied: false, reason: target.problem };
  try {
    writeConfigFile(target.file, withVocabularyEntry(target.text, word, phrase), target.text);
  } catch (error) {
    return { applied: false, reason: error instanceof FileProblem ? error.message : String(error) };
  }
  ctx.settings.invalidateRcFiles();
  ctx.settingsChanged();
  return { applied: true };
}
