// Code lens over each week header (or the first line of a single-week file): the week's one-line totals,
// opening the week view at that week.
import { type CodeLens, CodeLensRefreshRequest } from 'vscode-languageserver/node';
import { ClientCommands } from '../../../shared/protocol';
import type { Analysis, ServerContext } from './context';
import { blockLine, weeksOfBlock } from './locate';
import { summaryLine } from './present';

/** The extension's command the lens runs (shared/protocol.ts). */
export const OPEN_WEEK_VIEW_COMMAND = ClientCommands.openWeekView;

export function codeLenses(analysis: Analysis): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const block of analysis.plan.blocks) {
    const weeks = weeksOfBlock(analysis, block);
    if (weeks.length === 0) continue;
    const first = weeks[0].totals;
    const summary = summaryLine(first);
    const repeats = weeks.map((entry) => summaryLine(entry.totals));
    let title = summary;
    if (weeks.length > 1) {
      const range = `weeks ${weeks[0].week.number}–${weeks[weeks.length - 1].week.number}`;
      title = repeats.every((line) => line === summary) ? `each of ${range}: ${summary}` : `week ${first.week}: ${summary} (${range} differ)`;
    }
    // A plan without week lines: the lens sits on the file's first line.
    const line = !block.header && block === analysis.plan.blocks[0] ? 0 : blockLine(block);
    lenses.push({
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: { title, command: OPEN_WEEK_VIEW_COMMAND, arguments: [analysis.uri, first.week] },
    });
  }
  return lenses;
}

export function registerCodeLens(ctx: ServerContext): void {
  ctx.declare(() => ({ codeLensProvider: { resolveProvider: false } }));
  ctx.connection.onCodeLens((params) =>
    ctx.guard<CodeLens[]>('textDocument/codeLens', [], async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? codeLenses(analysis) : [];
    }),
  );
  ctx.onSettingsChanged(() => {
    if (ctx.client.workspace?.codeLens?.refreshSupport) void ctx.connection.sendRequest(CodeLensRefreshRequest.type);
  });
}
