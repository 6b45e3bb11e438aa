// Issue 13's bars on the corpus of published plans (test/corpus/README.md), judged by a coach in the sidecars: the
// share of diagnostics a coach calls false, the share of the coach's flags reported, and what fix-all does to the plans
// with scheduling conflicts. Issue 13 asks ≤ 3 % false, ≥ 90 % recall and 6 of every 7 plans improved; the floors
// below are what the engine reaches today, printed beside the issue's bars: the false share and recall are at their
// bars; fix-all over every plan with a scheduling diagnostic is not (FLOOR below, 2 December, sixth session: Starting
// Strength's `gym [snatch, clean/jerk, front squats]` is now read as the heavy leg day it is, so that plan's week holds
// 7 leg-hard sessions, and a CrossFit class week of ten leg-hard sessions was added: 22 of 28; 24 of 30 with the
// running plans of corpus6b; 22 of 26, 16 of 20, 12 of 15, 11 of 13 before): the plans left hold four or more leg-hard sessions in a one-week plan, which no
// arrangement of a repeating week keeps a day apart (at most 3 fit), and two on one day are hard-same-day — fix-all
// says so and leaves them (a coach makes one easy or drops it; fix-all only moves). The floor counts them, so a plan of
// that kind added to the corpus lowers the share without any plan getting worse: the test holds both, the share and
// that every plan left is that case (which is what keeps the floor honest). Over the plans in which the coach flags a
// scheduling conflict (the last test) fix-all was at the issue's bar (12 of 13) until that reading made the Starting
// Strength week one of them (11 of 13 = 84.6 %, bar 85.7 %). 3 December: where no arrangement clears a week, fix-all
// sets am and pm on heavy legs and a quality run written on one day with no times (the guide's 6–8 hours; that plan's
// poster was told to split them), which turns those errors into warnings: 25 of 30 over all plans, 12 of 13 flagged —
// the flagged floor is the issue's bar again. The plans left are still only the leg-hard case.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { CORPUS_DIR, measureDir, measureFixAll } from '../../corpus/measure';

/** Issue 13's bars. */
const BAR = { falseShare: 0.03, recall: 0.9, fixAllImproved: 6 / 7 };
/** What the engine reaches on plans/ today: a regression below these fails. */
// fixAllImproved: 25 / 30 before corpus8b; its Rugby Renegade week (5 leg-hard sessions, which no repeating week keeps
// a day apart: the reason the test below accepts) made it 27 / 33; corpus9b's Norwegian double-threshold week (four
// threshold sessions AM and PM on two days: hard-same-day by design, and four leg-hard sessions) made it 27 / 34.
// 28 / 36 with corpus10 (28 / 35 before): its sub-elite miler's log (fartlek, a tempo, hill runs AM and a tempo PM in
// six days: four leg-hard sessions, the leg-hard case) is left as the test below accepts.
// 31 / 41 with corpus12b (30 / 38 before; no plan got worse): Eloise Wellings' week is improved; the Iten marathon
// group's week (a hard run, two fartleks and a long run in six training days) and Strength Running's journal week
// (seven training days) have no free day to move a hard session to — fix-all says so per session ("no day for …: 7
// training days, 3 hard"), the second reason the test below accepts.
const FLOOR = { falseShare: 0.03, recall: 0.9, fixAllImproved: 31 / 41, fixAllFlagged: 6 / 7 };

const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;

describe('corpus: diagnostics a coach would sign (issue 13)', function () {
  this.timeout(120000);

  it(`plans/: at most ${percent(FLOOR.falseShare)} of the diagnostics false (bar ${percent(BAR.falseShare)}), at least ${percent(FLOOR.recall)} of the flags found (bar ${percent(BAR.recall)})`, () => {
    const set = measureDir(join(CORPUS_DIR, 'plans'));
    const figure = `${set.diagnostics} diagnostics: ${set.truePositives} true, ${set.debatable} debatable, ${set.falsePositives} false = ${percent(set.falseShare)}; flags found ${set.flagsFound} of ${set.flags} = ${percent(set.recall)}`;
    console.log(`      plans/: ${figure}`);
    assert.ok(set.plansWithExpectations >= 30, `${set.plansWithExpectations} plans are judged`);
    assert.ok(set.falseShare <= FLOOR.falseShare, figure);
    assert.ok(set.recall >= FLOOR.recall, figure);
  });

  it('verbatim/: at most 5 % of the diagnostics false on pasted published wording (19.5 % before goals were read from plans without one)', () => {
    const set = measureDir(join(CORPUS_DIR, 'verbatim'));
    const figure = `${set.diagnostics} diagnostics: ${set.truePositives} true, ${set.debatable} debatable, ${set.falsePositives} false = ${percent(set.falseShare)}; flags found ${set.flagsFound} of ${set.flags} = ${percent(set.recall)}`;
    console.log(`      verbatim/: ${figure}`);
    assert.ok(set.falseShare <= 0.05, figure);
  });

  it('heldback/: the figures, for the generalisation check (nobody tunes on these plans)', () => {
    const set = measureDir(join(CORPUS_DIR, 'heldback'));
    console.log(`      heldback/: ${set.diagnostics} diagnostics, ${set.falsePositives} false = ${percent(set.falseShare)}; flags found ${set.flagsFound} of ${set.flags} = ${percent(set.recall)}`);
    assert.ok(set.diagnostics > 0);
  });

  it(`plans/: fix-all lowers the problems of at least ${percent(FLOOR.fixAllImproved)} of the plans with scheduling conflicts (bar ${percent(BAR.fixAllImproved)}), and says why for what it leaves`, () => {
    const measured = measureFixAll(join(CORPUS_DIR, 'plans'));
    const improved = measured.filter((m) => m.improved).length;
    console.log(`      fix-all improves ${improved} of ${measured.length} plans with scheduling conflicts`);
    for (const m of measured) console.log(`        ${m.improved ? '+' : '-'} ${m.file}: errors/warnings ${m.before.join('/')} → ${m.after.join('/')}, ${m.moves} moved${m.unresolved.length > 0 ? `; ${m.unresolved.join('; ')}` : ''}`);
    assert.ok(measured.length >= 6, `${measured.length} plans with scheduling conflicts`);
    assert.ok(improved / measured.length >= FLOOR.fixAllImproved, `${improved} of ${measured.length}`);
    // A plan it leaves unimproved is told why, per week.
    for (const m of measured) if (!m.improved) assert.ok(m.unresolved.length > 0, `${m.file}: no reason given`);
    // And the only plans it leaves are those no arrangement can improve: more leg-hard sessions than a week keeps apart,
    // or a week that trains on six or seven days with no free day to move a hard session to (a doubles log).
    for (const m of measured) {
      if (!m.improved) assert.match(m.unresolved.join('; '), /leg-hard sessions .*: a repeating week of 7 days keeps at most 3 a day apart|no day for '.*': [67] training days/, m.file);
    }
  });

  it(`plans/: fix-all lowers the problems of at least ${percent(FLOOR.fixAllFlagged)} of the plans in which the coach flags a scheduling conflict (bar ${percent(BAR.fixAllImproved)})`, () => {
    // The plans above whose scheduling diagnostics the coach labels debatable only (a CrossFit week of five leg-hard
    // sessions on purpose, a rugby pre-season block) are ones a coach would leave as written; where the coach flags a
    // conflict, a fix a coach would make is expected.
    const flagged = measureFixAll(join(CORPUS_DIR, 'plans')).filter((m) => m.coachFlagged);
    const improved = flagged.filter((m) => m.improved).length;
    console.log(`      fix-all improves ${improved} of ${flagged.length} plans in which the coach flags a scheduling conflict`);
    assert.ok(flagged.length >= 7, `${flagged.length} plans`);
    assert.ok(improved / flagged.length >= FLOOR.fixAllFlagged, `${improved} of ${flagged.length}`);
    // As above, a flagged plan left unimproved is one no arrangement of its repeating week can improve.
    for (const m of flagged) {
      if (!m.improved) assert.match(m.unresolved.join('; '), /leg-hard sessions .*: a repeating week of 7 days keeps at most 3 a day apart/, m.file);
    }
  });
});
