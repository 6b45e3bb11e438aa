// Inlay hints: each day's load (minutes × RPE) at the end of its last line in the week block.
import { type InlayHint, InlayHintKind } from 'vscode-languageserver/node';
import type { DayEntry } from '../engine';
import type { Analysis, ServerContext } from './context';
import { toLspPosition } from './convert';
import { weeksOfBlock } from './locate';
import { formatNumber } from './present';

export function inlayHints(analysis: Analysis, fromLine: number, toLine: number): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const block of analysis.plan.blocks) {
    if (block.range.end.line < fromLine || block.range.start.line > toLine) continue;
    const weeks = weeksOfBlock(analysis, block);
    if (weeks.length === 0) continue;
    // Every repeat of a block holds the same sessions, so the first repeat's day loads stand for all.
    const dayLoads = weeks[0].totals.dayLoads;
    const lastEntry = new Map<number, DayEntry>();
    for (const statement of block.statements) if (statement.type === 'day') lastEntry.set(statement.weekday, statement);
    // `Mon, Wed, Fri: weights` is each of its days, at one place: one hint there (the first day's load).
    const placed = new Set<string>();
    for (const [weekday, entry] of lastEntry) {
      const load = dayLoads[weekday];
      const line = entry.range.end.line;
      if (!load || line < fromLine || line > toLine) continue;
      const at = `${line}:${entry.range.end.column}`;
      if (placed.has(at)) continue;
      placed.add(at);
      hints.push({
        position: toLspPosition(entry.range.end),
        label: `load ${formatNumber(load)}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: 'Day load: Σ minutes × RPE of its sessions (defaults from the rules where not written)',
      });
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

export function registerInlayHints(ctx: ServerContext): void {
  ctx.declare((client) => (client.textDocument?.inlayHint ? { inlayHintProvider: { resolveProvider: false } } : {}));
  ctx.connection.languages.inlayHint.on((params) =>
    ctx.guard<InlayHint[]>('textDocument/inlayHint', [], async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? inlayHints(analysis, params.range.start.line, params.range.end.line) : [];
    }),
  );
}
