// The sets of sessions fix-all tries to move (fixes/reschedule.ts `touchingSets`): every set touches every conflict,
// and every partial set looked at counts against the block's budget (RESCHEDULE_BUDGET.sessionSets), not only the sets
// handed out — one conflict of all 50,000 sessions of a day was 50,000 partial sets per size, none of them counted.
import { strict as assert } from 'node:assert';
import { Budget } from '../../../server/src/budgets';
import { touchingSets } from '../../../server/src/fixes/reschedule';

describe('touchingSets: the sets fix-all tries, within the set budget', () => {
  it('hands out each set that touches every conflict once', () => {
    // Conflicts {0, 1} and {1, 2} of four sessions: size 1 is {1}; size 2 each pair holding 1, and 0 with 2 (grown
    // from the first conflict's sessions in turn, each set once).
    const budget = new Budget(1000);
    assert.deepEqual([...touchingSets(4, 1, [[0, 1], [1, 2]], budget)], [[1]]);
    assert.deepEqual([...touchingSets(4, 2, [[0, 1], [1, 2]], budget)], [[0, 1], [0, 2], [1, 2], [1, 3]]);
  });

  it('counts the partial sets it drops: one conflict of 1,000 sessions and one of a single other stops at the budget', () => {
    // No set of one session touches both conflicts: each of the 1,000 is looked at and dropped. With a budget of 50
    // the search stops after 50 steps, hands out nothing and says the budget ran out.
    const everyOther = Array.from({ length: 1000 }, (_, i) => i);
    const budget = new Budget(50);
    assert.deepEqual([...touchingSets(1001, 1, [everyOther, [1000]], budget)], []);
    assert.equal(budget.exhausted, true);
    assert.equal(budget.spent, 50);
    // With room for all of them, the same search ends by itself, having looked at each partial set once.
    const roomy = new Budget(5000);
    assert.deepEqual([...touchingSets(1001, 1, [everyOther, [1000]], roomy)], []);
    assert.equal(roomy.exhausted, false);
    assert.equal(roomy.spent, 1000);
  });
});
