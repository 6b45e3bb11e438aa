// The short fuzz run inside `npm test` (the long one is `npm run fuzz`): the same invariants (invariants.ts) on
// grammar-built plans, mutated examples and mutated grammar plans, with fixed seeds so a failure reproduces.
// FUZZ_RUNS scales it (`FUZZ_RUNS=2000 npx mocha test/fuzz/fuzz.test.ts`).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { grammarPlan, mutate, mutatedExample, mutatedGrammarPlan, SEED_PLANS } from './generators';
import { LineIndex } from '../../server/src/language/text';
import { checkEdits, checkInput, checkRange, InvariantError, quickCheck } from './invariants';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

describe('fuzz (short run)', function () {
  this.timeout(120_000);

  it('the generators make what they promise', () => {
    assert.ok(SEED_PLANS.length >= 8, `${SEED_PLANS.length} seed plans`);
    const plans = fc.sample(grammarPlan, { numRuns: 200, seed: 1 });
    assert.ok(plans.some((text) => /^\ufeff/.test(text)), 'a BOM');
    assert.ok(plans.some((text) => text.includes('\r\n')), 'CRLF');
    assert.ok(plans.some((text) => /\[.*\]/.test(text)), 'exercise lists');
    assert.ok(plans.some((text) => /week \d+-\d+/i.test(text)), 'week ranges');
    assert.ok(plans.some((text) => /# hybrid-ignore/.test(text)), 'suppressions');
    assert.equal(mutate('abc', { op: 'delete', at: 1, length: 1 }), 'ac');
    assert.equal(mutate('a\nb', { op: 'lineBreaks', style: 'crlf' }), 'a\r\nb');
    assert.equal(mutate('ab', { op: 'longLine', at: 1, unit: '+', count: 10_000 }), `a\n${'+'.repeat(10_000)}\nb`);
    assert.equal(mutate('a\nb\nc', { op: 'swapLines', a: 0, b: 2 }), 'c\nb\na');
  });

  it('the invariant checks reject what they must', () => {
    const lines = new LineIndex('Mon: rest\r\nTue: run');
    const range = (a: number, b: number, c: number, d: number) => ({ start: { line: a, column: b }, end: { line: c, column: d } });
    checkRange(lines, range(0, 0, 1, 8), 'whole text');
    assert.throws(() => checkRange(lines, range(0, 0, 2, 0), 'past the last line'), InvariantError);
    assert.throws(() => checkRange(lines, range(0, 10, 0, 10), 'past the end of line 1 (its line break)'), InvariantError);
    assert.throws(() => checkRange(lines, range(1, 3, 1, 2), 'end before start'), InvariantError);
    assert.throws(() => checkRange(lines, range(0, 0.5, 0, 1), 'fractional column'), InvariantError);
    assert.throws(
      () => checkEdits(lines, [{ range: range(0, 0, 0, 5), newText: '' }, { range: range(0, 4, 0, 6), newText: 'x' }], 'overlap'),
      /edits do not overlap/,
    );
  });

  it('grammar-built plans keep every invariant (deep)', () => {
    fc.assert(
      fc.property(grammarPlan, fc.constantFrom(0, 1), (text, config) => checkInput(text, config)),
      { numRuns: RUNS, seed: 7001 },
    );
  });

  it('mutated examples keep every invariant (deep)', () => {
    fc.assert(
      fc.property(mutatedExample, fc.constantFrom(0, 1), (text, config) => checkInput(text, config)),
      { numRuns: RUNS, seed: 7002 },
    );
  });

  it('mutated grammar plans keep the fast invariants', () => {
    fc.assert(
      fc.property(mutatedGrammarPlan, fc.constantFrom(0, 1), (text, config) => checkInput(text, config, { deep: false })),
      { numRuns: RUNS * 8, seed: 7003 },
    );
  });

  it('mutated examples keep the cheaper oracle of the long run', () => {
    fc.assert(
      fc.property(mutatedExample, fc.constantFrom(0, 1), (text, config) => {
        assert.ok(quickCheck(text, config) >= 0);
      }),
      { numRuns: RUNS * 8, seed: 7004 },
    );
  });
});
