// week-order: a week number written twice (error) or out of order (warning); on the week header.
//
// data: { week: number; case: 'repeat'; otherHeaderRange: Range } | { week: number; case: 'order'; after: number }
import type { WeekHeader } from '../language/model';
import { defineRule } from './define';
import { lazyReport } from './helpers';

function weekWords(header: WeekHeader): string {
  return header.from === header.to ? `Week ${header.from}` : `Weeks ${header.from}-${header.to}`;
}

export const rule = defineRule({
  meta: {
    id: 'week-order',
    severity: 'warning',
    description: 'A week number written twice (error) or out of order (warning).',
    reason: 'A plan is read week after week: each week once, in order, so the next day and the load trend are the ones you meant.',
    category: 'load',
    reach: { weeksBack: 1 },
    fixable: false,
  },
  check(context) {
    const seen = new Map<number, WeekHeader>();
    let highest: number | undefined;
    for (const block of context.plan.blocks) {
      const header = block.header;
      if (!header) continue;
      let repeated: { number: number; header: WeekHeader } | undefined;
      for (let n = header.from; n <= header.to && !repeated; n++) {
        const other = seen.get(n);
        if (other) repeated = { number: n, header: other };
      }
      if (repeated) {
        const { number, header: other } = repeated;
        // Words made only for a report that is listed (`lazyReport`).
        context.report(
          lazyReport({ range: header.range, severity: 'error', week: header.from }, () => ({
            message: `Week ${number} is already planned on line ${other.range.start.line + 1} — each week number must be unique`,
            related: [{ range: other.range, message: `Week ${number} first planned here` }],
            data: { week: header.from, case: 'repeat', otherHeaderRange: other.range },
          })),
        );
      } else if (highest !== undefined && header.from < highest) {
        context.report({
          message: `${weekWords(header)} ${header.from === header.to ? 'comes' : 'come'} after week ${highest} — write the weeks in order`,
          range: header.range,
          week: header.from,
          data: { week: header.from, case: 'order', after: highest },
        });
      }
      for (let n = header.from; n <= header.to && n - header.from < 1000; n++) if (!seen.has(n)) seen.set(n, header);
      highest = Math.max(highest ?? header.to, header.to);
    }
  },
});
