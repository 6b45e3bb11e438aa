// Day lines read in the parse before are taken from a cache (parser.ts, DayCache): a keystroke re-reads one line.
// What a cached line gives must be exactly what reading it again gives, at its place, in its own week block.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits } from '../../../server/src/analysis/edits';
import { canonicalEdits } from '../../../server/src/analysis/canonical';
import { grammarPlan, mutatedExample } from '../../fuzz/generators';
import { parsePlan } from '../../../server/src/language/parser';
import { createVocabulary } from '../../../server/src/language/sessions';
import { checkPlan } from '../../../server/src/rules/registry';
import { computeTotals } from '../../../server/src/analysis/totals';
import type { DayEntry, Plan } from '../../../server/src/language/model';

const PLAN = [
  'goal: balanced',
  'week 1',
  'Mon: gym lower heavy [squat 5x5 @80%] + run easy 30min pm',
  'Tue: run intervals 6x800m 50min rpe 8',
  'Wed: rest',
  'Thu: gym lower heavy 60min',
  'Fri: run long 90min rpe 8',
  'Sat: run tempo 30min, gym uppr',
  'Sun: walk 45min',
  'week 2',
  'Mon: gym lower heavy [squat 5x5 @80%] + run easy 30min pm',
  'Tue: run intervals 6x800m 50min rpe 8',
  'Day 3: run easy 40 min',
].join('\n');

/** Everything the plan says, without the cycles (entry → block → entries, session → entry). */
function meaning(plan: Plan): string {
  const days = plan.statements
    .filter((statement): statement is DayEntry => statement.type === 'day')
    .map(({ block: _block, sessions, ...entry }) => ({ ...entry, sessions: sessions.map(({ entry: _entry, ...session }) => session) }));
  return JSON.stringify({
    days,
    errors: plan.syntaxErrors,
    comments: plan.comments,
    suppressions: plan.suppressions,
    blocks: plan.blocks.map((block) => [block.range, block.statements.length]),
    diagnostics: checkPlan(plan),
    totals: computeTotals(plan),
  });
}

/** A parse that reads every line afresh: a new vocabulary has a cache of its own, empty. */
function fresh(text: string): Plan {
  return parsePlan(text, { vocabulary: createVocabulary().vocabulary });
}

describe('day lines read before are taken from the cache (parser DayCache)', () => {
  it('a re-parse gives the same meaning, errors and diagnostics, in new entry and session objects of its own blocks', () => {
    // Week 1 has an error line (`gym uppr`): it is read again. Week 2, unchanged and clean, is taken whole (KeptBlocks).
    const first = parsePlan(PLAN);
    const second = parsePlan(PLAN);
    assert.deepEqual(second.blocks.map((block) => first.blocks.includes(block)), [false, true]);
    assert.equal(meaning(second), meaning(fresh(PLAN)));
    assert.equal(meaning(second), meaning(first));
    const firstDays = first.statements.filter((s): s is DayEntry => s.type === 'day');
    const secondDays = second.statements.filter((s): s is DayEntry => s.type === 'day');
    assert.equal(secondDays.length, 10);
    for (let i = 0; i < 7; i++) {
      assert.notEqual(secondDays[i], firstDays[i]);
      assert.ok(second.blocks.includes(secondDays[i].block), 'each entry is in a block of its own plan');
      assert.ok(secondDays[i].block.statements.includes(secondDays[i]));
      for (const session of secondDays[i].sessions) {
        assert.equal(session.entry, secondDays[i]);
        assert.ok(!firstDays[i].sessions.includes(session));
      }
    }
    // The line with a warning (`,` between sessions) and the one with an unknown word keep them on a cached read.
    assert.deepEqual(
      second.syntaxErrors.map((error) => `${error.range.start.line}:${error.range.start.column} ${error.message}`),
      fresh(PLAN).syntaxErrors.map((error) => `${error.range.start.line}:${error.range.start.column} ${error.message}`),
    );
    assert.ok(second.syntaxErrors.length >= 1);
  });

  it('a keystroke on one line: the edited line is read anew, the others are the same as a fresh read', () => {
    parsePlan(PLAN);
    const edited = PLAN.replace('Tue: run intervals 6x800m 50min rpe 8\nWed', 'Tue: run intervals 6x800m 55min rpe 8\nWed');
    const plan = parsePlan(edited);
    assert.equal(meaning(plan), meaning(fresh(edited)));
    const tuesday = plan.statements.find((s): s is DayEntry => s.type === 'day' && s.weekday === 1) as DayEntry;
    assert.equal(tuesday.sessions[0].attributes.duration?.value, 55);
  });

  it('a line moved down by Enter is read at its new place: ranges move with it', () => {
    parsePlan(PLAN);
    const shifted = `\n${PLAN}`;
    const plan = parsePlan(shifted);
    assert.equal(meaning(plan), meaning(fresh(shifted)));
    const monday = plan.statements.find((s): s is DayEntry => s.type === 'day') as DayEntry;
    assert.equal(monday.range.start.line, 3);
    assert.equal(monday.sessions[1].range.start.line, 3);
  });

  it('the same line under another vocabulary is read with that vocabulary', () => {
    const text = 'Mon: slacklining 60min';
    assert.equal(parsePlan(text).syntaxErrors.length, 1);
    const own = createVocabulary({ slacklining: 'sport hard' }).vocabulary;
    const plan = parsePlan(text, { vocabulary: own });
    assert.deepEqual(plan.syntaxErrors, []);
    assert.equal(plan.weeks[0].days[0].sessions[0].kind, 'sport');
  });
});

describe('whole lines taken from the cache without lexing them (parser CachedLine)', () => {
  const COMMENTED = [
    'plan "Lines"',
    'week 1',
    'Mon: gym lower heavy + run intervals # hybrid-ignore hard-same-day -- race week',
    'Tue: run easy 30min; Wed: gym upper heavy # two days on a line',
    '# a comment of its own',
    'Thu: run tempo 30min',
    'Fri: gym lower heavy',
    'Sat: run long 90min \u00a7',
    'week 2',
    'Mon: gym lower heavy + run intervals',
  ].join('\n');

  it("a keystroke elsewhere keeps a kept line's comments, its `# hybrid-ignore` and its days, as a fresh read does", () => {
    const first = parsePlan(COMMENTED);
    // The suppression works on the first read: week 1's Monday is not reported, week 2's is.
    assert.deepEqual(checkPlan(first).filter((d) => d.rule === 'hard-same-day').map((d) => d.range.start.line), [9]);
    const edited = COMMENTED.replace('Thu: run tempo 30min', 'Thu: run tempo 35min');
    const plan = parsePlan(edited);
    assert.equal(meaning(plan), meaning(fresh(edited)));
    assert.deepEqual(checkPlan(plan).filter((d) => d.rule === 'hard-same-day').map((d) => d.range.start.line), [9]);
    assert.deepEqual(plan.comments.map((comment) => [comment.range.start.line, comment.text]), [
      [2, 'hybrid-ignore hard-same-day -- race week'],
      [3, 'two days on a line'],
      [4, 'a comment of its own'],
    ]);
    assert.deepEqual(plan.suppressions.map((suppression) => [suppression.line, suppression.rules]), [[2, ['hard-same-day']]]);
    // Both days of line 3 are there, in their order; the line with an unexpected character keeps its error.
    assert.deepEqual(plan.weeks[0].days.filter((day) => day.sessions.length > 0).map((day) => day.weekday), [0, 1, 2, 3, 4, 5]);
    assert.ok(plan.syntaxErrors.some((error) => error.range.start.line === 7 && error.message.startsWith("Unexpected '\u00a7'")));
  });

  it('a plan without week lines, read again after an edit, keeps every line in its one week', () => {
    const text = 'goal: strength\nMon: gym lower heavy # squats\nTue: run easy 30min\nWed: gym upper heavy';
    parsePlan(text);
    const edited = text.replace('30min', '35min');
    const plan = parsePlan(edited);
    assert.equal(meaning(plan), meaning(fresh(edited)));
    assert.equal(plan.blocks.length, 1);
    assert.equal(plan.weeks[0].days.filter((day) => day.sessions.length > 0).length, 3);
  });

  it('Windows line breaks and a line break alone (`\\r`) read the same from the cache', () => {
    for (const text of [COMMENTED.replace(/\n/g, '\r\n'), COMMENTED.replace(/\n/g, '\r')]) {
      parsePlan(text);
      const edited = text.replace('run long 90min', 'run long 95min');
      assert.equal(meaning(parsePlan(edited)), meaning(fresh(edited)));
      assert.equal(meaning(parsePlan(text)), meaning(fresh(text)));
    }
  });
});

describe('week blocks taken whole from the parse before (parser KeptBlocks)', () => {
  const WEEKS = [
    'plan "Blocks"',
    'goal: balanced',
    ...[1, 2, 3, 4, 5].flatMap((n) => [
      `week ${n}${n === 3 ? ': deload' : ''}`,
      ...(n === 4 ? ['goal: running # from week 4 on'] : []),
      `Mon: gym lower heavy + run intervals${n === 2 ? ' # hybrid-ignore hard-same-day' : ''}`,
      `Tue: run easy ${20 + n}min`,
      `Thu: gym upper heavy`,
      `Sat: run long ${60 + 5 * n}min`,
      '',
    ]),
  ].join('\n');

  const lineOf = (text: string, prefix: string, from = 0): number => text.split('\n').findIndex((line, i) => i >= from && line.startsWith(prefix));

  /** Parses WEEKS, then `edited`: the second read must mean what a fresh read does. Returns it and which blocks it took whole. */
  const afterEdit = (edited: string): { plan: Plan; taken: boolean[] } => {
    const first = parsePlan(WEEKS);
    const plan = parsePlan(edited);
    assert.equal(meaning(plan), meaning(fresh(edited)));
    return { plan, taken: plan.blocks.map((block) => first.blocks.includes(block)) };
  };

  it('a keystroke in week 3 reads week 3 again and takes the other four whole', () => {
    const edited = WEEKS.replace('Tue: run easy 23min', 'Tue: run easy 23mi');
    const { plan, taken } = afterEdit(edited);
    assert.deepEqual(taken, [true, true, false, true, true]);
    // The kept blocks' goal, comments and switch are the plan's: week 4's goal, week 2's hybrid-ignore.
    assert.deepEqual(plan.goals.map((goal) => goal.goals[0].value), ['balanced', 'running']);
    assert.deepEqual(plan.suppressions.map((suppression) => suppression.line), [lineOf(WEEKS, 'Mon', lineOf(WEEKS, 'week 2'))]);
    assert.deepEqual(checkPlan(plan).filter((d) => d.rule === 'hard-same-day').map((d) => d.range.start.line), checkPlan(fresh(edited)).filter((d) => d.rule === 'hard-same-day').map((d) => d.range.start.line));
  });

  it('Enter in week 3 moves the weeks below: those are read again at their new lines', () => {
    const { taken } = afterEdit(WEEKS.replace('Tue: run easy 23min', 'Tue: run easy 23min\n'));
    assert.deepEqual(taken, [true, true, false, false, false]);
  });

  it("a change to the next `week` line reads the block above again (it ends there)", () => {
    parsePlan(WEEKS);
    for (const edited of [WEEKS.replace('week 4', 'wek 4'), WEEKS.replace('week 4', 'week 4x'), WEEKS.replace('week 4', '# week 4'), WEEKS.replace('\nweek 4', 'week 4')]) {
      parsePlan(WEEKS);
      assert.equal(meaning(parsePlan(edited)), meaning(fresh(edited)), edited);
    }
  });

  it('weeks that share a line with another week are read again, never taken twice (the fuzzer found a loop)', () => {
    for (const text of [
      'week 1; week 2\nMon: run easy 30min\nweek 3\nTue: gym lower heavy',
      'week 1\nMon: run easy 30min; week 2\nTue: gym lower heavy\nweek 3\nWed: run easy',
      'week 1\nSun: rest; week 2\nMon: gym lower heavy\nweek 3\nWed: run easy',
    ]) {
      parsePlan(text);
      assert.equal(meaning(parsePlan(text)), meaning(fresh(text)), text);
      const edited = text.replace('run easy', 'run easy 40min');
      assert.equal(meaning(parsePlan(edited)), meaning(fresh(edited)), edited);
    }
  });

  it('two documents typed in turn each keep their own blocks, whatever was parsed between', () => {
    const big = Array.from({ length: 60 }, (_, i) => `week ${i + 1}\nMon: gym lower heavy\nWed: run easy 30min\nSat: run long ${60 + i}min\n`).join('\n');
    const small = `plan "Other"\n${WEEKS}`;
    const bigFirst = parsePlan(big);
    const smallFirst = parsePlan(small);
    const smallEdited = small.replace('Tue: run easy 24min', 'Tue: run easy 24mi');
    const smallNext = parsePlan(smallEdited);
    assert.deepEqual(smallNext.blocks.map((block) => smallFirst.blocks.includes(block)), [true, true, true, false, true]);
    const bigEdited = big.replace('Sat: run long 70min', 'Sat: run long 75min');
    const bigNext = parsePlan(bigEdited);
    assert.equal(bigNext.blocks.filter((block) => bigFirst.blocks.includes(block)).length, 59);
    assert.equal(meaning(bigNext), meaning(fresh(bigEdited)));
    assert.equal(meaning(smallNext), meaning(fresh(smallEdited)));
  });

  it('a comment typed between two weeks, and typing at the very end, read as a fresh read does', () => {
    for (const edited of [WEEKS.replace('\n\nweek 3', '\n# easy week next\nweek 3'), `${WEEKS}Sun: rest`, WEEKS.slice(0, -1), `# top\n${WEEKS}`]) {
      parsePlan(WEEKS);
      assert.equal(meaning(parsePlan(edited)), meaning(fresh(edited)), edited);
    }
  });
});

describe('day cache: a read after any other read is a fresh read (property)', () => {
  it('random plans, each parsed after another random plan, its own edit and a canonical rewrite of it', () => {
    fc.assert(
      fc.property(fc.oneof(grammarPlan, mutatedExample), fc.oneof(grammarPlan, mutatedExample), fc.nat(), (before, text, cut) => {
        parsePlan(before);
        parsePlan(text);
        // An edit of one character somewhere, as typing does, then the text itself again.
        const at = text.length === 0 ? 0 : cut % text.length;
        const edited = text.slice(0, at) + text.slice(at + 1);
        assert.equal(meaning(parsePlan(edited)), meaning(fresh(edited)), `edited ${JSON.stringify(edited)}`);
        assert.equal(meaning(parsePlan(text)), meaning(fresh(text)), `text ${JSON.stringify(text)}`);
        const rewritten = applyEdits(text, canonicalEdits(parsePlan(text)));
        assert.equal(meaning(parsePlan(rewritten)), meaning(fresh(rewritten)), `rewritten ${JSON.stringify(rewritten)}`);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100), seed: Number(process.env.FC_SEED ?? 20261202) },
    );
  });
});
