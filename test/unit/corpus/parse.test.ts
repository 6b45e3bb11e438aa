// Issue 12's bar on the corpus of published plans (test/corpus/README.md): at most 5 % of the statement lines of
// `plans/` fail to parse, and the parser reads the sessions of each labelled line as the coach does — the same
// kinds in the same number (the classes within a kind are the coaching work's, issue 13). Prints the figures.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS_DIR, loadDir, measureDir, sessionsByLine } from '../../corpus/measure';
import { parsePlan } from '../../../server/src/language/parser';

const MAX_ERROR_SHARE = 0.05;
/** Published wording pasted unchanged (issue 12's lower bar). */
const MAX_VERBATIM_ERROR_SHARE = 0.25;
/** Labelled lines whose session kinds the parser must read as the coach does, over the whole set and per plan. */
const MIN_KIND_SHARE = 0.9;
const MIN_PLAN_KIND_SHARE = 0.5;

describe('corpus: the language reads published plans', () => {
  it(`at most ${MAX_ERROR_SHARE * 100} % of the statement lines of plans/ fail to parse`, function () {
    const set = measureDir(join(CORPUS_DIR, 'plans'));
    const share = `${set.errorLines} of ${set.statementLines} statement lines fail to parse = ${(set.errorShare * 100).toFixed(1)} %`;
    console.log(`      plans/: ${share}`);
    assert.ok(set.statementLines >= 500, `the corpus has ${set.statementLines} statement lines`);
    assert.ok(set.errorShare <= MAX_ERROR_SHARE, share);
  });

  it(`at most ${MAX_VERBATIM_ERROR_SHARE * 100} % of the statement lines of verbatim/ fail to parse`, () => {
    const set = measureDir(join(CORPUS_DIR, 'verbatim'));
    const share = `${set.errorLines} of ${set.statementLines} statement lines fail to parse = ${(set.errorShare * 100).toFixed(1)} %`;
    console.log(`      verbatim/: ${share}`);
    assert.ok(set.statementLines >= 150, `the verbatim set has ${set.statementLines} statement lines`);
    assert.ok(set.errorShare <= MAX_VERBATIM_ERROR_SHARE, share);
  });

  it(`at most ${MAX_ERROR_SHARE * 100} % of the statement lines of the held-back plans (nobody reads them) fail to parse`, () => {
    const set = measureDir(join(CORPUS_DIR, 'heldback'));
    const share = `${set.errorLines} of ${set.statementLines} statement lines fail to parse = ${(set.errorShare * 100).toFixed(1)} %`;
    console.log(`      heldback/: ${share} (bar ${MAX_ERROR_SHARE * 100} %)`);
    assert.ok(set.statementLines >= 200, `the held-back set has ${set.statementLines} statement lines`);
    assert.ok(set.errorShare <= MAX_ERROR_SHARE, share);
  });

  it('reads the session kinds of each labelled line as the coach does', () => {
    let lines = 0;
    let agreeing = 0;
    const weak: string[] = [];
    for (const plan of loadDir(join(CORPUS_DIR, 'plans'))) {
      if (!plan.expect) continue;
      const read = sessionsByLine(parsePlan(plan.text));
      let planAgreeing = 0;
      for (const label of plan.expect.lines) {
        const kinds = (sessions: string[]): string => sessions.map((s) => s.split(' ')[0]).sort().join(',');
        if (kinds(read.get(label.line) ?? []) === kinds(label.sessions)) planAgreeing++;
      }
      lines += plan.expect.lines.length;
      agreeing += planAgreeing;
      const share = plan.expect.lines.length === 0 ? 1 : planAgreeing / plan.expect.lines.length;
      if (share < MIN_PLAN_KIND_SHARE) weak.push(`${plan.file}: ${planAgreeing} of ${plan.expect.lines.length}`);
    }
    const figure = `session kinds as the coach reads them on ${agreeing} of ${lines} labelled lines = ${((agreeing / lines) * 100).toFixed(1)} %`;
    console.log(`      plans/: ${figure}`);
    assert.deepEqual(weak, [], `plans read below ${MIN_PLAN_KIND_SHARE * 100} %`);
    assert.ok(agreeing / lines >= MIN_KIND_SHARE, figure);
  });
});
