// Document and range formatting through the pure formatter (`analysis/format.ts`).
import type { TextEdit } from 'vscode-languageserver/node';
import { formatPlan } from '../engine';
import type { ServerContext } from './context';
import { toLspEdit } from './convert';

export function registerFormatting(ctx: ServerContext): void {
  ctx.declare(() => ({ documentFormattingProvider: true, documentRangeFormattingProvider: true }));

  ctx.connection.onDocumentFormatting((params) =>
    ctx.guard<TextEdit[]>('textDocument/formatting', [], async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? formatPlan(analysis.plan, params.options).map(toLspEdit) : [];
    }),
  );

  ctx.connection.onDocumentRangeFormatting((params) =>
    ctx.guard<TextEdit[]>('textDocument/rangeFormatting', [], async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      if (!analysis) return [];
      const { start, end } = params.range;
      // A range ending at column 0 of a line does not include that line.
      const to = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
      return formatPlan(analysis.plan, params.options, { from: start.line, to }).map(toLspEdit);
    }),
  );
}
