// The corpus measure counts what it claims to count (test/corpus/README.md): statement lines, lines with a syntax
// error, true / debatable / false diagnostics, recall, session classes; and every corpus sidecar is well formed.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  CORPUS_DIR,
  CORPUS_SETS,
  isSessionNotation,
  loadDir,
  measurePlan,
  statementLines,
  summarize,
  validateExpectation,
  type Expectation,
} from '../../corpus/measure';

const FIXTURE = [
  '# a comment line is not a statement',
  'goal: running',
  '',
  'Mon: gym lower heavy',
  'Tue: run intervals 6x800m',
  'Wed: gim   # a typo: one syntax error',
  'Thu: run easy rpe 6',
  'Fri: run long 12km "a # in a note"',
].join('\n');

const EXPECT: Expectation = {
  source: 'fixture',
  goal: 'running',
  lines: [
    { line: 4, sessions: ['gym lower heavy-legs'] },
    { line: 5, sessions: ['run quality'] },
    { line: 7, sessions: ['run easy'] },
    { line: 8, sessions: ['run easy'] },
  ],
  flags: [
    { line: 5, rule: 'hard-after-heavy-legs', why: 'intervals the day after heavy squats' },
    { line: 8, rule: 'made-up-rule', why: 'a flag no rule reports, so it is missed' },
  ],
  debatable: [],
};

describe('corpus measure', () => {
  it('counts statement lines from the text: blank and comment-only lines are not statements', () => {
    assert.deepEqual(statementLines(FIXTURE), [2, 4, 5, 6, 7, 8]);
    assert.deepEqual(statementLines('Mon: run\r\n\r\n  # note\r\nTue: rest'), [1, 4]);
  });

  it('counts each line with a syntax error once', () => {
    const m = measurePlan('fixture.hybrid', FIXTURE);
    assert.equal(m.statementLines, 6);
    assert.deepEqual(m.errorLines, [6]);
    assert.equal(m.coach, undefined);
  });

  it('sorts diagnostics into true, debatable and false, and finds the missed flags', () => {
    const m = measurePlan('fixture.hybrid', FIXTURE, EXPECT);
    const coach = m.coach;
    assert.ok(coach);
    assert.deepEqual(
      coach.truePositives.map((d) => [d.line, d.rule]),
      [[5, 'hard-after-heavy-legs']],
    );
    // Everything else the engine says about this week is in neither list, so it is false.
    assert.equal(coach.falsePositives.length, coach.diagnostics - 1);
    assert.equal(coach.flags, 2);
    assert.equal(coach.flagsFound, 1);
    assert.deepEqual(
      coach.missed.map((x) => x.label.rule),
      ['made-up-rule'],
    );
  });

  it('a debatable label takes a diagnostic out of the false ones; a line range covers every line in it', () => {
    const base = measurePlan('fixture.hybrid', FIXTURE, EXPECT).coach;
    assert.ok(base);
    const falseRules = base.falsePositives.map((d) => d.rule);
    assert.ok(falseRules.length > 0, 'the fixture needs at least one false diagnostic');
    const rule = falseRules[0];
    const lines = base.falsePositives.filter((d) => d.rule === rule).map((d) => d.line);
    const relabelled = measurePlan('fixture.hybrid', FIXTURE, {
      ...EXPECT,
      debatable: [{ lines: [1, 8], rule, why: 'accepted either way' }],
    }).coach;
    assert.ok(relabelled);
    assert.equal(relabelled.debatable.length, lines.length);
    assert.equal(relabelled.falsePositives.length, base.falsePositives.length - lines.length);
  });

  it('compares session classes per line, in any order', () => {
    const coach = measurePlan('fixture.hybrid', FIXTURE, EXPECT).coach;
    assert.ok(coach);
    assert.equal(coach.sessionLines, 4);
    // Fri: `run long 12km` is a long run for the engine; the fixture says easy, so that line differs.
    assert.equal(coach.sessionLinesMatching, 3);
    assert.deepEqual(coach.sessionMismatches, [{ file: 'fixture.hybrid', line: 8, expected: ['run easy'], actual: ['run long'] }]);
    assert.equal(coach.goalActual, 'running');
  });

  it('sums a set: shares, recall and plans without expectations', () => {
    const set = summarize('fixture', [
      measurePlan('a.hybrid', FIXTURE, EXPECT),
      measurePlan('b.hybrid', 'Mon: run\nTue: wat'),
    ]);
    assert.equal(set.statementLines, 8);
    assert.equal(set.errorLines, 2);
    assert.equal(set.errorShare, 2 / 8);
    assert.equal(set.flags, 2);
    assert.equal(set.flagsFound, 1);
    assert.equal(set.recall, 0.5);
    assert.equal(set.plansWithExpectations, 1);
    assert.equal(set.falseShare, set.falsePositives / set.diagnostics);
  });

  it('knows the session notation', () => {
    for (const ok of ['rest', 'gym lower heavy-legs', 'gym upper heavy', 'gym core', 'run long+quality', 'run steady', 'cross hard', 'conditioning hard', 'sport easy', 'event test']) {
      assert.ok(isSessionNotation(ok), ok);
    }
    for (const bad of ['gym', 'run tempo', 'gym legs heavy-legs', 'event', 'walk easy']) assert.ok(!isSessionNotation(bad), bad);
  });

  it('rejects a malformed sidecar', () => {
    const problems = validateExpectation(FIXTURE, {
      source: '',
      goal: 'hyrox' as never,
      lines: [{ line: 3, sessions: ['run tempo'] }],
      flags: [{ rule: 'x', why: '' }],
      debatable: [],
    });
    assert.deepEqual(problems, [
      'no source',
      "goal 'hyrox' is not strength, running or balanced",
      'line 3 is not a statement line',
      "line 3: 'run tempo' is not in the session notation",
      "label 'x' has neither line nor lines",
      "label 'x' has no why",
    ]);
  });

  describe('every corpus plan', () => {
    for (const set of CORPUS_SETS) {
      for (const plan of loadDir(join(CORPUS_DIR, set))) {
        it(`${plan.file} cites its source and has a well-formed sidecar`, () => {
          assert.match(plan.text, /^#.*\S/m, 'a source comment at the top');
          assert.match(plan.text.split('\n')[0], /^#/, 'the first line is the source comment');
          assert.ok(plan.expect, `${plan.file} has a .expect.json sidecar`);
          assert.deepEqual(validateExpectation(plan.text, plan.expect), []);
        });
      }
    }
  });
});
