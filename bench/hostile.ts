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
  operations: ('keystroke' | 'reschedule week' | 'fix-all plan' | 'week view')[];
}

export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: 'stacked-day: `Mon: gym heavy+run tempo+…` × 600 (6 KB)',
    // Kinds in turn: sessions of one kind with no time between them are one outing (issue 13), without a conflict.
    source: 'issue 16, item 1 (fix-all grew to 4.7 GB)',
    text: `Mon: ${Array.from({ length: 600 }, (_, i) => (i % 2 === 0 ? 'gym heavy' : 'run tempo')).join('+')}\n`,
    operations: ['keystroke', 'reschedule week', 'fix-all plan'],
  },
  {
    name: '`week 1-520⏎Mon: run⏎` × 1,000 (20 KB)',
    source: 'issue 16, item 3 (21 s per check: 520,000 weeks)',
    text: 'week 1-520\nMon: run\n'.repeat(1000),
    operations: ['keystroke', 'fix-all plan', 'week view'],
  },
  {
    name: '`week 1⏎Mon: run long 90min⏎` repeated (990 KB)',
    source: 'issue 16, item 3 (34 s: long-run-spike looked back over every earlier week)',
    text: 'week 1\nMon: run long 90min\n'.repeat(Math.floor(990_000 / 29)),
    operations: ['keystroke', 'fix-all plan'],
  },
  {
    name: 'hard sessions on one day (40 KB)',
    source: 'issue 16, item 3 (18.6 s: cubic in sessions per day)',
    text: `Mon: ${Array.from({ length: 1800 }, (_, i) => (i % 2 ? 'run intervals 6x800m' : 'gym legs heavy')).join(' + ')}\n`,
    operations: ['keystroke', 'fix-all plan'],
  },
  {
    name: '`Mon: gym, run, run, …` (200 KB)',
    source: 'issue 16, item 3 (51 s: repeated diagnostics removed in quadratic time per line)',
    text: `Mon: gym${', run'.repeat(40_000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: '2,500 weeks each with a conflict (fix-all)',
    source: 'issue 16, item 3 (62 s: fix-all quadratic in weeks)',
    text: Array.from({ length: 2500 }, (_, i) => `week ${i + 1}\nMon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nFri: gym full\nSat: run easy\n`).join(''),
    operations: ['keystroke', 'fix-all plan'],
  },
  {
    name: '20,000 easy runs on one line (200 KB)',
    source: 'issue 16, item 3 (9.5 s)',
    text: `Mon: ${Array.from({ length: 20_000 }, () => 'run easy').join(' + ')}\n`,
    operations: ['keystroke'],
  },
  {
    name: 'a 10 KB line of `[`',
    source: 'issue 16, item 3 (~1 s: Chevrotain in-rule recovery)',
    text: `Mon: gym ${'['.repeat(10_000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: 'a 1 MB line of `+`',
    source: 'docs/robustness.md, known limits (37 s: Chevrotain recovered every empty session)',
    text: `Mon: gym ${'+'.repeat(1_000_000 - 10)}\n`,
    operations: ['keystroke'],
  },
  {
    name: 'a 1 MB line of `1-1-…` and `4+ 4+ …`',
    source: 'review 3 December (200 KB: 34 s and 39 s: a quantity grown over the line, the line copied at each `+`)',
    text: `Mon: ${'1-'.repeat(250_000)}\nTue: ${'4+ '.repeat(166_000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: 'hard sessions with clock times on one day (40 KB)',
    source: 'issue 16, item 3 (same-day rules by time of day)',
    text: `Mon: ${Array.from({ length: 1200 }, (_, i) => `${i % 2 ? 'run intervals' : 'gym legs heavy'} @${String(5 + (i % 17)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`).join(' + ')}\n`,
    operations: ['keystroke'],
  },
  {
    name: 'a 40 KB plan on one line',
    source: 'issue 16, item 4 (the week view reply was 368 MB)',
    text: `${Array.from({ length: 1000 }, (_, i) => `week ${i + 1}; Mon: gym heavy + run intervals`).join('; ')}\n`,
    operations: ['keystroke', 'week view'],
  },
  {
    name: 'overlapping ranges: `week 1-520⏎Mon: run` × 20 (400 B)',
    source: 'issue 16, item 4 (17.7 MB of output)',
    text: `${Array.from({ length: 20 }, () => 'week 1-520\nMon: run').join('\n')}\n`,
    operations: ['keystroke', 'week view'],
  },
  // The shapes above at 1 MB (issue 16 "Done when": any input of ≤ 1 MB), where their cost per byte is not constant.
  {
    name: '90,000 easy runs on one line (1 MB)',
    source: 'issue 16, "Done when" (20,000 took 756 ms)',
    text: `Mon: ${Array.from({ length: 90_000 }, () => 'run easy').join(' + ')}\n`,
    operations: ['keystroke'],
  },
  {
    name: '9,999 weeks each with a conflict (1 MB, fix-all)',
    source: 'issue 16, "Done when" (2,500 weeks: 6.1 s)',
    text: Array.from({ length: 9999 }, (_, i) => `week ${i + 1}\nMon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nFri: gym full\nSat: run easy\n`).join(''),
    operations: ['keystroke', 'fix-all plan'],
  },
  {
    name: 'a table row of 200,000 cells (1 MB)',
    source: 'review6: each cell\'s border was looked up by searching the row (quadratic: 8.8 s to parse)',
    text: `| Mon |${' run |'.repeat(200_000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: '`run 3m 3m 3m …`: 20,000 metres-or-miles numbers in a run (60 KB)',
    source: 'lead, tenth session: each asked whether the session names sprints by scanning all its words (quadratic: 8,000 `10,000m` took 3.6 s)',
    text: `Mon: run${' 3m'.repeat(20_000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: '`M/W/M/W/…: run`: a list of 20,000 letters of days (80 KB)',
    source: 'review11: each day of a list copied the list before it (quadratic: 20,000 `M/W/` took 22 s)',
    text: `${'M/W/'.repeat(20_000)}F: run 3 mi\n`,
    operations: ['keystroke'],
  },
  {
    name: '`gym heavy light light …` (300 KB)',
    source: 'review6: each intensity word walked back to the first (quadratic: 60 KB took 3.2 s)',
    text: `Mon: gym heavy${' light'.repeat(50_000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: '`gym foo foo …`: 20,000 unknown words in a gym session (80 KB)',
    source: 'review6: each word scanned the rest for an exercise name (quadratic: 20 KB took 3 s; before this session too)',
    text: `Mon: gym${' foo'.repeat(20_000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: 'a 1 MB plan on one line',
    source: 'issue 16, "Done when" (40 KB: fix 4.7 s)',
    text: `${Array.from({ length: 23_000 }, (_, i) => `week ${i + 1}; Mon: gym heavy + run intervals`).join('; ')}\n`,
    operations: ['keystroke', 'fix-all plan'],
  },
  {
    name: 'hard sessions on one day (1 MB)',
    source: 'issue 16, "Done when" (same-day rules n log n)',
    text: `Mon: ${Array.from({ length: 50_000 }, (_, i) => (i % 2 ? 'run intervals 6x800m' : 'gym legs heavy')).join(' + ')}\n`,
    operations: ['keystroke'],
  },
  {
    name: 'hard sessions with clock times on one day (1 MB)',
    source: 'issue 16, "Done when" (same-day rules by time of day)',
    text: `Mon: ${Array.from({ length: 42_000 }, (_, i) => `${i % 2 ? 'run intervals' : 'gym legs heavy'} @${String(5 + (i % 17)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`).join(' + ')}\n`,
    operations: ['keystroke'],
  },
  {
    name: '`Mon: gym, run, run, …` (1 MB)',
    source: 'issue 16, "Done when" (repeated diagnostics on one line)',
    text: `Mon: gym${', run'.repeat(200_000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: 'one week per line, each in conflict, one line each (1 MB)',
    source: 'issue 16, "Done when" (fix-all adds a day line to every block)',
    text: Array.from({ length: 9999 }, (_, i) => `week ${i + 1}; Mon: gym lower heavy + run intervals + gym upper; Wed: run easy\n`).join(''),
    operations: ['keystroke', 'fix-all plan'],
  },
  // A long range over a crowded block (found 2 December by the fuzz run): the rules walked the range's kept weeks, each
  // with every session of the block.
  {
    name: '`week 1-520` over 27,000 lines of `Mon: gym lower heavy + run intervals` (1 MB)',
    source: 'docs/robustness.md, known limits (check 21.9 s, 776 MB; fix 107 s, 1.2 GB: the day rules per kept repeat)',
    text: `week 1-520\n${'Mon: gym lower heavy + run intervals\n'.repeat(27_000)}`,
    operations: ['keystroke', 'fix-all plan'],
  },
  {
    name: '`week 1-520: build` over 90,000 `Mon: rest;` on one line (990 KB)',
    source: 'docs/robustness.md, known limits (check 8.2 s, fix 9.8 s: the goal looked up per repeat over every statement)',
    text: `week 1-520: build\n${'Mon: rest; '.repeat(90_000)}\n`,
    operations: ['keystroke', 'fix-all plan'],
  },
  // Fix-all's am / pm split (3 December): no arrangement clears a week whose every day stacks heavy legs on intervals,
  // so every block searched is split, each split re-reading and re-checking its window.
  {
    name: '2,000 weeks, every day `gym lower heavy + run intervals` (537 KB, fix-all splits am / pm)',
    source: 'perf8 (hybrid fix --dry-run ~10 s with the split, ~5.7 s without: a parse + check of the window per split)',
    text: Array.from({ length: 2000 }, (_, i) => `week ${i + 1}\n${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((day) => `${day}: gym lower heavy + run intervals\n`).join('')}`).join(''),
    operations: ['keystroke', 'fix-all plan'],
  },
  {
    name: '`Mon: core & upper body & …` × 8,000 (160 KB)',
    source: 'lead, eleventh session: each `& core` read the kind of the whole piece before it (quadratic: 17 s CPU)',
    text: `Mon: ${'core & upper body & '.repeat(8000)}legs\n`,
    operations: ['keystroke'],
  },
  {
    name: '`Mon: light weights, high reps, …` × 8,000 (100 KB)',
    source: 'lead, eleventh session: reps after a comma stay in the lift, and each comma walked back over the session (5.5 s)',
    text: `Mon: light weights${', high reps'.repeat(8000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: '`Mon-Wed-Wed-…: weights` and `Mon - Wed - …: weights`, 8,000 days in a label (40 KB each)',
    source: 'lead, eleventh session: each day of a list read the days before it (review11 keeps the last day and Saturday instead)',
    text: `Mon${'-Wed'.repeat(8000)}: weights\nTue${' - Wed'.repeat(8000)}: weights\n`,
    operations: ['keystroke'],
  },
  {
    name: 'a run of 100,000 digits with a `°` after it, and `9°` × 50,000 (200 KB)',
    source: 'lead, twelfth session: a temperature was read by a regular expression that backtracked over every digit at each start (a fuzzed 10,000-digit line: 139 s of deep checks, 20 s before)',
    text: `Mon: run ${'9'.repeat(100000)}°\nTue: run ${'9°'.repeat(50000)}\n`,
    operations: ['keystroke'],
  },
  {
    name: '`Mon: lift` then ` Tue: run ` × 8,000 on one line (88 KB)',
    source: 'review12b: each day found on a day line copied the tokens (5.9 s at 8,000)',
    text: `Mon: lift${' Tue: run '.repeat(8000)}\n`,
    operations: ['keystroke'],
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
    case 'week view':
      // The reply's size is what exploded: serialised, as the server sends it.
      return () => JSON.stringify(engine.buildWeekView(plan, engine.checkPlan(plan, config), { uri: 'untitled:bench', version: 1 })).length;
  }
}
