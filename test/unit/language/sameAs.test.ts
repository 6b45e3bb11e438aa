// `Wed: same as Monday`: a day line that points at another day stays an error (every line says what it holds, which
// the parser's caches rely on), with a message that says what to do and a fix that writes that day's sessions.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { applyEdits } from '../../../server/src/analysis/edits';

const PLAN = ['week 1', 'Mon: run easy 30min + gym upper # base', 'Wed: same as Monday', 'Fri: Same as Sun', 'week 2', 'Day 1: gym lower heavy', 'Day 3: same as day 1'].join('\n');

describe("a day line 'same as Monday'", () => {
  it("says to write that day's sessions, and the fix writes them (am/pm, notes and comments of the source line stay there)", () => {
    const plan = parsePlan(PLAN);
    const errors = plan.syntaxErrors.map((e) => ({ line: e.range.start.line, start: e.range.start.column, end: e.range.end.column, message: e.message, fix: e.fixes?.[0]?.edits[0]?.newText }));
    assert.deepEqual(errors, [
      { line: 2, start: 5, end: 19, message: "'same as Monday' — write Monday's sessions on this line: each day line says what it holds (Monday: 'run easy 30min + gym upper')", fix: 'run easy 30min + gym upper' },
      { line: 3, start: 5, end: 9, message: "'Same as Sun' — Sunday holds no sessions in this week; write this day's sessions here (each day line says what it holds)", fix: undefined },
      { line: 6, start: 7, end: 20, message: "'same as day 1' — write Monday's sessions on this line: each day line says what it holds (Monday: 'gym lower heavy')", fix: 'gym lower heavy' },
    ]);
    const fixed = applyEdits(PLAN, plan.syntaxErrors.flatMap((e) => e.fixes?.[0]?.edits ?? []));
    assert.equal(fixed.split('\n')[2], 'Wed: run easy 30min + gym upper');
    assert.equal(fixed.split('\n')[6], 'Day 3: gym lower heavy');
    const again = parsePlan(fixed);
    assert.deepEqual(again.syntaxErrors.map((e) => e.range.start.line), [3]);
  });

  it('names the day as it is now when that day changes and the line itself is taken from the parse before', () => {
    parsePlan(PLAN);
    const edited = PLAN.replace('Mon: run easy 30min + gym upper', 'Mon: run easy 40min');
    const plan = parsePlan(edited);
    assert.equal(plan.syntaxErrors[0]?.fixes?.[0]?.edits[0]?.newText, 'run easy 40min');
    // The error kept for the unchanged line is the generic one, never rewritten.
    assert.equal(parsePlan(PLAN).syntaxErrors[0]?.fixes?.[0]?.edits[0]?.newText, 'run easy 30min + gym upper');
  });
});
