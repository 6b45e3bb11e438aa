// Bugs the fuzzer, the stress test and the hostile inputs found, each pinned by the smallest input that showed it.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../server/src/language/parser';
import { documentSymbols } from '../../server/src/features/symbols';
import { formatText } from '../../server/src/analysis/format';
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

  it('regression: formatting was not idempotent when a day shared an indented week header\'s line', () => {
    // The header's own indent decided the day lines' indent, then the header was written flush left.
    assert.equal(formatText('  week 1; Mon: gym\nMon: upper'), 'week 1; Mon: gym\nMon: upper');
    assert.equal(formatText('week 1; Mon: gym\n  Mon: upper'), 'week 1; Mon: gym\n  Mon: upper');
    assert.equal(formatText('week 1\n  Mon: gym\nTue: upper'), 'week 1\n  Mon: gym\n  Tue: upper');
    checkInput('  week 1; Mon: gym\nMon: upper');
  });
});
