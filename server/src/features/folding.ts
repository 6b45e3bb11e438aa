// Folding: each week block (header to its last line) and each run of two or more own-line comments.
import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver/node';
import type { Plan } from '../engine';
import type { ServerContext } from './context';

export function foldingRanges(plan: Plan): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const block of plan.blocks) {
    if (block.header && block.range.end.line > block.range.start.line) {
      ranges.push({ startLine: block.range.start.line, endLine: block.range.end.line, kind: FoldingRangeKind.Region });
    }
  }
  let start = -1;
  let previous = -2;
  const close = (): void => {
    if (start >= 0 && previous > start) ranges.push({ startLine: start, endLine: previous, kind: FoldingRangeKind.Comment });
  };
  for (const comment of plan.comments) {
    if (!comment.ownLine) continue;
    const line = comment.range.start.line;
    if (line !== previous + 1) {
      close();
      start = line;
    }
    previous = line;
  }
  close();
  return ranges.sort((a, b) => a.startLine - b.startLine);
}

export function registerFolding(ctx: ServerContext): void {
  ctx.declare(() => ({ foldingRangeProvider: true }));
  ctx.connection.onFoldingRanges((params) =>
    ctx.guard<FoldingRange[]>('textDocument/foldingRange', [], async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? foldingRanges(analysis.plan) : [];
    }),
  );
}
