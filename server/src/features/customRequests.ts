// Custom requests for the VS Code client: `hybrid/totals` (all weeks' totals and a markdown report, for
// "Show Weekly Totals") and `hybrid/weekAt` (the week under a position, for the status bar).
import { type Position, RequestType, type TextDocumentIdentifier } from 'vscode-languageserver/node';
import type { Analysis, ServerContext, WeekTotals } from './context';
import { blockAtLine, weeksOfBlock } from './locate';
import { formatNumber, summaryLine, totalsTable } from './present';

export interface TotalsParams {
  textDocument: TextDocumentIdentifier;
}
export interface TotalsResult {
  weeks: WeekTotals[];
  /** Every block's totals table, as in the hover, under the plan's title. */
  markdown: string;
}
export const TotalsRequest = new RequestType<TotalsParams, TotalsResult | null, void>('hybrid/totals');

export interface WeekAtParams {
  textDocument: TextDocumentIdentifier;
  position: Position;
}
export interface WeekAtResult {
  week: number;
  label?: string;
  load: number;
  /** `Week 3 · load 1 920`, ready for a status bar. */
  text: string;
  /** The one-line totals, for a tooltip. */
  summary: string;
}
export const WeekAtRequest = new RequestType<WeekAtParams, WeekAtResult | null, void>('hybrid/weekAt');

export function totalsReport(analysis: Analysis): TotalsResult {
  const sections = analysis.plan.blocks
    .map((block) => totalsTable(weeksOfBlock(analysis, block).map((entry) => entry.totals), analysis.config))
    .filter(Boolean);
  const title = `# ${analysis.plan.title?.name ?? 'Weekly totals'}`;
  return { weeks: analysis.totals(), markdown: [title, ...sections].join('\n\n') + '\n' };
}

export function weekAt(analysis: Analysis, line: number): WeekAtResult | null {
  const block = blockAtLine(analysis.plan, line);
  const first = block ? weeksOfBlock(analysis, block)[0] : undefined;
  if (!first) return null;
  const { totals } = first;
  return {
    week: totals.week,
    ...(totals.label ? { label: totals.label } : {}),
    load: totals.load,
    text: `Week ${totals.week} · load ${formatNumber(totals.load)}`,
    summary: summaryLine(totals),
  };
}

export function registerCustomRequests(ctx: ServerContext): void {
  ctx.connection.onRequest(TotalsRequest, (params) =>
    ctx.guard('hybrid/totals', null, async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? totalsReport(analysis) : null;
    }),
  );
  ctx.connection.onRequest(WeekAtRequest, (params) =>
    ctx.guard('hybrid/weekAt', null, async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? weekAt(analysis, params.position.line) : null;
    }),
  );
}
