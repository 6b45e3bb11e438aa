// Model ↔ LSP at the edge: the engine speaks line/column, the protocol line/character.
import {
  type ClientCapabilities,
  type Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  type Position as LspPosition,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { PlanDiagnostic, Position, Range, Severity, TextEdit } from '../engine';

/** Where rule docs live when the client does not say (the repository's docs folder). */
export const REPOSITORY_RULE_DOCS = 'https://example.invalid/hybrid-plan/blob/main/docs/rules/';

export function toLspPosition(position: Position): LspPosition {
  return { line: position.line, character: position.column };
}

export function toLspRange(range: Range): LspRange {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

export function fromLspPosition(position: LspPosition): Position {
  return { line: position.line, column: position.character };
}

export function fromLspRange(range: LspRange): Range {
  return { start: fromLspPosition(range.start), end: fromLspPosition(range.end) };
}

export function toLspEdit(edit: TextEdit): LspTextEdit {
  return { range: toLspRange(edit.range), newText: edit.newText };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Link to a rule's doc page: under the client-given base (e.g. the installed extension) or the repository. */
export function ruleDocUrl(rule: string, base: string | undefined): string {
  const root = base ?? REPOSITORY_RULE_DOCS;
  return `${root.endsWith('/') ? root : `${root}/`}${rule}.md`;
}

/** Converts one engine diagnostic, using only the fields the client said it understands. */
export function toLspDiagnostic(
  diagnostic: PlanDiagnostic,
  uri: string,
  client: ClientCapabilities,
  docsBase: string | undefined,
): Diagnostic {
  // Pull-diagnostics clients declare these abilities under publishDiagnostics too (LSP 3.17).
  const publish = client.textDocument?.publishDiagnostics;
  const result: Diagnostic = {
    range: toLspRange(diagnostic.range),
    severity: SEVERITY[diagnostic.severity],
    source: 'hybrid',
    code: diagnostic.rule,
    message: diagnostic.message,
  };
  if (!['syntax', 'config', 'internal', 'limit'].includes(diagnostic.rule) && publish?.codeDescriptionSupport) {
    result.codeDescription = { href: ruleDocUrl(diagnostic.rule, docsBase) };
  }
  if (diagnostic.related?.length && publish?.relatedInformation) {
    result.relatedInformation = diagnostic.related.map((place) => ({
      location: { uri, range: toLspRange(place.range) },
      message: place.message,
    }));
  }
  if (diagnostic.tags?.length) {
    const allowed: DiagnosticTag[] = publish?.tagSupport?.valueSet ?? [];
    const tags = diagnostic.tags
      .map((tag) => (tag === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated))
      .filter((tag) => allowed.includes(tag));
    if (tags.length) result.tags = tags;
  }
  if (diagnostic.week !== undefined) result.data = { week: diagnostic.week };
  return result;
}
