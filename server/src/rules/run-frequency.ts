// run-frequency: more than 3 runs a week (warning on each one past the 3rd), or fewer than 2 (info on the week
// header, or the week's first line).
//
// data: see frequency.ts — above: { week, weekday, sessionRange, count, max, kind: 'run' }; below: { week, count, min, kind: 'run' }
import type { Rule } from './types';
import { checkFrequency } from './frequency';

export const rule: Rule = {
  meta: {
    id: 'run-frequency',
    severity: 'warning',
    description: 'More than 3 runs in a week (warning), or fewer than 2 (info).',
    reason: 'Run 2–3 times per week. More is rarely better.',
    category: 'weekly',
    options: [
      { name: 'max', description: 'Most runs a week.', default: 3, minimum: 0, maximum: 14 },
      { name: 'min', description: 'Fewest runs a week.', default: 2, minimum: 0, maximum: 14 },
    ],
    fixable: true,
  },
  check(context) {
    checkFrequency(context, {
      kind: 'run',
      noun: 'run',
      adviceAbove: 'the guide says run 2–3 times per week; more is rarely better',
      adviceBelow: 'the guide says run 2–3 times per week',
      min: (ctx) => ctx.options.min ?? 2,
    });
  },
};
