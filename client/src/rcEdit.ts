// Rule severities in `.hybridrc.json` text and settings objects, edited the way a person would: comments, layout and
// a rule's options kept. Pure (no `vscode`), so unit tests run it.
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The severity a rules object gives `id` (`"warning"` or `["warning", {…}]`), if any. */
export function severityIn(rules: unknown, id: string): Severity | undefined {
  if (typeof rules !== 'object' || rules === null) return undefined;
  const entry = (rules as Record<string, unknown>)[id];
  const severity = Array.isArray(entry) ? entry[0] : entry;
  return SEVERITIES.includes(severity as Severity) ? (severity as Severity) : undefined;
}

/**
 * The text of a `.hybridrc.json` with `id` set to `severity` (undefined: the entry removed), keeping comments,
 * formatting and the rule's options (`["warning", {"max": 2}]` keeps `{"max": 2}`).
 */
export function setRuleInRc(text: string, id: string, severity: Severity | undefined, eol = '\n'): string {
  const errors: ParseError[] = [];
  const json = parse(text, errors, { allowTrailingComma: true }) as { rules?: Record<string, unknown> } | undefined;
  const source = text.trim() === '' ? '{}' : text;
  const entry = json?.rules?.[id];
  const path = Array.isArray(entry) && severity !== undefined ? ['rules', id, 0] : ['rules', id];
  const edits = modify(source, path, severity, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return applyEdits(source, edits);
}

