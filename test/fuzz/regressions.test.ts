// Bugs the fuzzer, the stress test and the hostile inputs found, each pinned by the smallest input that showed it.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../server/src/language/parser';
import { documentSymbols } from '../../server/src/features/symbols';
import { checkInput } from './invariants';

describe('fuzz regressions', () => {
  it('regression: a blank plan title gave an outline symbol with an empty name (VS Code rejects the whole outline)', () => {
    for (const text of ['plan ""', 'plan "   "\nMon: rest']) {
      const [title] = documentSymbols(parsePlan(text));
      assert.equal(title.name, '(untitled plan)');
      assert.equal(title.detail, 'plan');
    }
    assert.equal(documentSymbols(parsePlan('plan " Base "'))[0].name, 'Base');
    checkInput('plan ""');
  });
});
