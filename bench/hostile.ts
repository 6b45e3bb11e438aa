// Hostile shapes (docs/robustness.md): plans written to make the engine work hard, with what each is timed on.
// bench/run.ts prints one row per shape and operation; the tests in test/hostile prove the results, this file only
// measures time and memory. Add a shape here when a finding names one.
import type * as Engine from './engine-entry';

export interface HostileShape {
  name: string;
  /** Where the shape comes from (an issue's finding). */
  source: string;
  text: string;
  /** The operations to time on the parsed plan. */
  operations: ('keystroke' | 'reschedule week' | 'fix-all plan')[];
}

export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: 'stacked-day: `Mon: gym heavy+…` × 600 (6 KB)',
    source: 'issue 16, item 1 (fix-all grew to 4.7 GB)',
    text: `Mon: ${Array.from({ length: 600 }, () => 'gym heavy').join('+')}\n`,
    operations: ['keystroke', 'reschedule week', 'fix-all plan'],
  },
];

/** Runs one operation of a shape on the engine given (the bundled one in bench/run.ts). */
export function hostileOperation(engine: typeof Engine, shape: HostileShape, operation: HostileShape['operations'][number]): () => unknown {
  const config = engine.resolveConfig([]).config;
  const plan = engine.parsePlan(shape.text);
  switch (operation) {
    case 'keystroke':
      return () => engine.checkPlan(engine.parsePlan(shape.text), config);
    case 'reschedule week':
      return () => engine.rescheduleWeek(plan, plan.blocks[0]!, config);
    case 'fix-all plan':
      return () => engine.fixAll(plan, config);
  }
}
