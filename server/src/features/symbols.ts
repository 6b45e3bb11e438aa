// Outline: weeks → days (each day line with its sessions in `detail`); flat symbols for clients without hierarchy.
import {
  type DocumentSymbol,
  type SymbolInformation,
  SymbolKind,
} from 'vscode-languageserver/node';
import type { DayEntry, Plan, WeekBlock } from '../engine';
import { WEEKDAY_FULL_NAMES } from '../engine';
import type { ServerContext } from './context';
import { toLspRange } from './convert';

function daySymbol(entry: DayEntry): DocumentSymbol {
  return {
    name: WEEKDAY_FULL_NAMES[entry.weekday],
    detail: entry.sessions.map((session) => session.text).join(' + '),
    kind: SymbolKind.Event,
    range: toLspRange(entry.range),
    selectionRange: toLspRange(entry.dayRange),
  };
}

function weekName(block: WeekBlock): string {
  const header = block.header!;
  const numbers = header.from === header.to ? `Week ${header.from}` : `Weeks ${header.from}–${header.to}`;
  return header.label ? `${numbers}: ${header.label.value}` : numbers;
}

export function documentSymbols(plan: Plan): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (plan.title) {
    symbols.push({
      // Editors reject a symbol with a blank name (VS Code: "name must not be falsy") and drop the whole outline.
      name: plan.title.name.trim() || '(untitled plan)',
      detail: 'plan',
      kind: SymbolKind.File,
      range: toLspRange(plan.title.range),
      selectionRange: toLspRange(plan.title.range),
    });
  }
  for (const block of plan.blocks) {
    const days = block.statements.filter((statement): statement is DayEntry => statement.type === 'day').map(daySymbol);
    if (!block.header) {
      symbols.push(...days);
      continue;
    }
    const goal = block.statements.find((statement) => statement.type === 'goal');
    symbols.push({
      name: weekName(block),
      detail: goal && goal.type === 'goal' ? `goal: ${goal.goals.map((g) => g.value).join(', ')}` : undefined,
      kind: SymbolKind.Namespace,
      range: toLspRange(block.range),
      selectionRange: toLspRange(block.header.range),
      children: days,
    });
  }
  return symbols;
}

function flatten(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    {
      name: symbol.detail && symbol.kind === SymbolKind.Event ? `${symbol.name}: ${symbol.detail}` : symbol.name,
      kind: symbol.kind,
      location: { uri, range: symbol.range },
      ...(container ? { containerName: container } : {}),
    },
    ...flatten(uri, symbol.children ?? [], symbol.name),
  ]);
}

export function registerSymbols(ctx: ServerContext): void {
  ctx.declare(() => ({ documentSymbolProvider: { label: 'Hybrid Plan' } }));
  ctx.connection.onDocumentSymbol((params) =>
    ctx.guard<DocumentSymbol[] | SymbolInformation[]>('textDocument/documentSymbol', [], async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      if (!analysis) return [];
      const symbols = documentSymbols(analysis.plan);
      return ctx.client.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport
        ? symbols
        : flatten(analysis.uri, symbols);
    }),
  );
}
