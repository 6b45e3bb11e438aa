// Screening a move on a block repeated over many weeks (`week 1-520:`) checks the weeks that can differ — the week
// before, the block's first two, its last and the week after — and must see exactly the problems the check of every
// week sees (a 476-byte plan of one such block took fix-all 8 s when each screening checked all 522 weeks).
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { resolveConfig } from '../../../server/src/rules/config';
import { checkArranged, movesArrangement } from '../../../server/src/fixes/arrangement';
import { fixAll } from '../../../server/src/fixes/reschedule';
import { applyEdits, type SessionMove } from '../../../server/src/analysis/edits';
import type { PlanDiagnostic } from '../../../server/src/rules/types';
import type { Weekday } from '../../../server/src/language/model';

/** The problems as a person reads them: which rule, how severe, where — whichever repeat of the week says it. */
const problems = (diagnostics: PlanDiagnostic[]): string[] =>
  [...new Set(diagnostics.map((d) => `${d.rule}/${d.severity}@${d.range.start.line}:${d.range.start.column}`))].sort();

const WEEK = ['Mon: gym lower heavy + run intervals', 'Tue: run tempo', 'Wed: gym upper heavy', 'Thu: rest', 'Fri: gym lower heavy', 'Sat: run long 90min', 'Sun: gym lower heavy'];

function plan(range: string): string {
  return ['goal: balanced', 'week 1', 'Mon: gym upper', 'Sun: rest', `week ${range}:`, ...WEEK, 'week 600', 'Mon: run intervals + gym lower heavy', ''].join('\n');
}

describe('checkArranged on a repeated block (sampled weeks)', () => {
  for (const range of ['2-6', '2-30', '2-521']) {
    it(`sees the same problems as the check of every week, for every single move in 'week ${range}'`, () => {
      const parsed = parsePlan(plan(range));
      const block = parsed.blocks.find((b) => b.header?.from === 2);
      assert.ok(block);
      const config = resolveConfig([]).config;
      assert.deepEqual(problems(checkArranged(parsed, block, undefined, config, true)), problems(checkArranged(parsed, block, undefined, config)));
      let compared = 0;
      for (const statement of block.statements) {
        if (statement.type !== 'day') continue;
        for (const session of statement.sessions) {
          for (let to = 0; to < 7; to++) {
            if (to === statement.weekday) continue;
            const moves = [{ session, to: to as Weekday }] as unknown as SessionMove[];
            const sampled = problems(checkArranged(parsed, block, movesArrangement(moves), config, true));
            assert.deepEqual(sampled, problems(checkArranged(parsed, block, movesArrangement(moves), config)), `${session.text} → ${to}`);
            compared++;
          }
        }
      }
      assert.equal(compared, 8 * 6);
    });
  }

  it('fix-all moves the same sessions in a 520-week block as in a 5-week one', () => {
    const short = plan('2-6');
    const long = plan('2-521');
    const moves = (text: string) => fixAll(parsePlan(text)).moves.map((m) => `${m.session} ${m.from} → ${m.to}`);
    assert.ok(moves(short).length > 0);
    assert.deepEqual(moves(long), moves(short));
    assert.equal(applyEdits(long, fixAll(parsePlan(long)).edits).replace('week 2-521:', 'week 2-6:'), applyEdits(short, fixAll(parsePlan(short)).edits));
  });
});
