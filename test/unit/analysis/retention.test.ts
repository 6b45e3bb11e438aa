// Checking plan after plan in one synchronous job (a CLI over a directory, a fuzz worker) keeps none of them: the fuzz
// run of 2 December died out of memory at 245,000 inputs because `usePlanPace` remembered the plan paced last in a
// `WeakRef`, and a WeakRef keeps its target alive until the job ends — every plan of the job, 24 KB each.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { computeTotals } from '../../../server/src/analysis/totals';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('memory over one synchronous job', () => {
  it('checking 3,000 plans in one loop keeps none of them', () => {
    const text = readFileSync('examples/twelve-weeks.hybrid', 'utf8');
    const one = (n: number): void => {
      // Another text each time (a comment with the count), read fresh: new blocks, sessions and weeks every time.
      const plan = parsePlan(`${text}\n# plan ${n}\n`, { fresh: true });
      checkPlan(plan);
      computeTotals(plan);
    };
    for (let n = 0; n < 200; n++) one(n); // warm: code, shapes, the rules' tables
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let n = 0; n < 3000; n++) one(n);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Kept, each plan holds ~25 KB of blocks and sessions (75 MB for 3,000); kept none, the heap moves by a few MB.
    assert.ok(grown < 20e6, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over 3,000 plans checked in one job`);
  });
});
