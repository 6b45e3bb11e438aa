// Custom requests for the VS Code client: `hybrid/totals` (all weeks' totals and a markdown report, for
// "Show Weekly Totals") and `hybrid/weekAt` (the week under a position, for the status bar).
import { Requests, type ParamsOf, type ResultOf, type TotalsResult, type WeekAtResult } from '../../../shared/protocol';
import { readGoal } from '../engine';
import type { Analysis, ServerContext } from './context';
import { blockAtLine, weeksOfBlock } from './locate';
import { formatNumber, summaryLine, totalsTable } from './present';

export function totalsReport(analysis: Analysis): TotalsResult {
  const sections = analysis.plan.blocks
    .map((block) => totalsTable(weeksOfBlock(analysis, block).map((entry) => entry.totals), analysis.config, readGoal(analysis.plan)))
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
  ctx.connection.onRequest(Requests.totals, (params: ParamsOf<typeof Requests.totals>) =>
    ctx.guard<ResultOf<typeof Requests.totals>>(Requests.totals, null, async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? totalsReport(analysis) : null;
    }),
  );
  ctx.connection.onRequest(Requests.weekAt, (params: ParamsOf<typeof Requests.weekAt>) =>
    ctx.guard<ResultOf<typeof Requests.weekAt>>(Requests.weekAt, null, async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? weekAt(analysis, params.position.line) : null;
    }),
  );
}
