// gym-frequency: more than 3 gym sessions a week (warning on each one past the 3rd), or fewer than 3 (1 with goal
// running) (info on the week header, or the week's first line).
//
// data: see frequency.ts — above: { week, weekday, sessionRange, count, max, kind: 'gym' }; below: { week, count, min, kind: 'gym' }
import { defineRule } from './define';
import { checkFrequency } from './frequency';

/** Gym sessions a week enough for a runner (goal running): one strength session keeps the lifting; none drops it. */
export const RUNNING_GOAL_MIN = 1;

export const rule = defineRule({
  meta: {
    id: 'gym-frequency',
    severity: 'warning',
    description: 'More than 3 gym sessions in a week (warning), or fewer than 3 — 1 with goal running (info).',
    reason: 'For most people, the sweet spot is 3 gym sessions and 2–3 runs. More is rarely better.',
    category: 'weekly',
    options: {
      max: { description: 'Most gym sessions a week.', default: 3, minimum: 0, maximum: 14 },
      min: { description: 'Fewest gym sessions a week (default 3, or 1 with goal running).', default: 3, minimum: 0, maximum: 14 },
    },
    fixable: true,
  },
  check(context) {
    checkFrequency(context, {
      kind: 'gym',
      noun: 'gym session',
      adviceAbove: 'the guide says 3 gym sessions a week; more is rarely better',
      adviceBelow: 'the guide says train 3 days in the gym',
      adviceBelowRunning: 'the guide says if running is your focus, reduce gym volume — not intensity; keep lifting',
      min: (ctx, goal) => ctx.userOptions?.min ?? (goal === 'running' ? RUNNING_GOAL_MIN : ctx.options.min),
    });
  },
});
