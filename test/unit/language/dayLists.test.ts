// A day written as a list (issue 13, "make the parser accept what people write"): plans copied from web pages and
// documents write a day's exercises on the lines below the day line, as list items (`- Back squat 5x5`, `* RDL 3x8`,
// `• plank`, `1. squat`) or indented. Such a line goes on with the day (parser.ts `continuationAt`); fixes move
// nothing off or onto a day so written (edits.ts `writtenAsList`).
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { createVocabulary } from '../../../server/src/language/sessions';
import { classify } from '../../../server/src/analysis/classify';
import { computeTotals } from '../../../server/src/analysis/totals';
import { formatText } from '../../../server/src/analysis/format';
import { applyEdits, moveSession, swapDays } from '../../../server/src/analysis/edits';
import { checkPlan } from '../../../server/src/rules/registry';
import { defaultConfig } from '../../../server/src/rules/config';
import { fixAll } from '../../../server/src/fixes/reschedule';
import { fixesFor } from '../../../server/src/fixes/quickFixes';
import { checkMove } from '../../../server/src/features/weekView';
import { planTokens } from '../../../server/src/features/semanticTokens';
import type { DayEntry, GymSession, Plan, Session } from '../../../server/src/language/model';

const LIST = ['Monday: Strength', '- Back squat 5x5', '- Romanian deadlift 3x8', 'Tuesday: Run 5k easy'].join('\n');

function days(plan: Plan): DayEntry[] {
  return plan.statements.filter((s): s is DayEntry => s.type === 'day');
}

function sessionsOf(text: string): Session[] {
  return days(parsePlan(text, { fresh: true })).flatMap((day) => day.sessions);
}

/** A parse with a cache of its own (a new vocabulary): every line read afresh. */
function fresh(text: string): Plan {
  return parsePlan(text, { vocabulary: createVocabulary().vocabulary });
}

/** Everything the plan says, without the cycles (entry → block → entries, session → entry). */
function meaning(plan: Plan): string {
  const entries = days(plan).map(({ block: _block, sessions, ...entry }) => ({ ...entry, sessions: sessions.map(({ entry: _entry, ...session }) => session) }));
  return JSON.stringify({ entries, errors: plan.syntaxErrors, comments: plan.comments, blocks: plan.blocks.map((b) => [b.range, b.statements.length]), diagnostics: checkPlan(plan), totals: computeTotals(plan) });
}

describe('a day written as a list (parser continuationAt)', () => {
  it('reads the items under a day line as the exercises of its gym session, with exact ranges', () => {
    const plan = parsePlan(LIST, { fresh: true });
    assert.deepEqual(plan.syntaxErrors, []);
    const [monday, tuesday] = days(plan);
    assert.deepEqual(monday!.range, { start: { line: 0, column: 0 }, end: { line: 2, column: 23 } });
    const [gym] = monday!.sessions as GymSession[];
    assert.equal(monday!.sessions.length, 1);
    assert.equal(gym!.kind, 'gym');
    assert.deepEqual(gym!.range, { start: { line: 0, column: 8 }, end: { line: 2, column: 23 } });
    assert.deepEqual(gym!.exercises.map((e) => [e.name, e.sets, e.reps]), [['back squat', 5, 5], ['romanian deadlift', 3, 8]]);
    assert.deepEqual(gym!.exercises.map((e) => e.nameRange), [
      { start: { line: 1, column: 2 }, end: { line: 1, column: 12 } },
      { start: { line: 2, column: 2 }, end: { line: 2, column: 19 } },
    ]);
    // Exercise-based focus: squat and deadlift of 5 reps a set make heavy legs.
    assert.equal(classify(gym!).heavyLegs, true);
    assert.deepEqual(tuesday!.sessions.map((s) => [s.kind, s.text]), [['run', 'Run 5k easy']]);
  });

  it('reads every list mark, a number with `.` or `)`, and an indent of two spaces or a tab', () => {
    for (const mark of ['-', '*', '•', '◦', '▪', '–', '1.', '2)', ' ', '\t', '  -', '\t*']) {
      const text = `Wed: gym\n${mark} squat 5x5\n${mark} lunges 3x10\nThu: rest`;
      const plan = parsePlan(text, { fresh: true });
      assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], JSON.stringify(mark));
      const [gym] = days(plan)[0]!.sessions as GymSession[];
      assert.deepEqual(gym!.exercises.map((e) => e.name), ['squat', 'lunges'], JSON.stringify(mark));
      assert.equal(days(plan)[1]!.weekday, 3);
    }
  });

  it('goes on after a day line written as a list item itself, and after a day label with a dash', () => {
    const [gym] = sessionsOf('- Monday: upper\n  • bench press 5x5\n  • pull-ups 3x8') as GymSession[];
    assert.deepEqual([gym!.focus, gym!.exercises.map((e) => e.name)], ['upper', ['bench press', 'pull-ups']]);
    const [legs] = sessionsOf('Friday - legs\n  1. Squat 5x5\n  2. Lunges 3x10') as GymSession[];
    assert.deepEqual([legs!.focus, legs!.exercises.map((e) => e.name)], ['lower', ['squat', 'lunges']]);
  });

  it('reads a day whose sessions are all below its label (`Wednesday:` then items), and items after `+`, `,` or `[`', () => {
    const plan = parsePlan('Wednesday:\n  - run easy\n  - 6x20s strides\nThu: gym +\n- squat 5x5\nFri: gym [\n  squat 5x5,\n  bench 3x5]', { fresh: true });
    assert.deepEqual(plan.syntaxErrors, []);
    const [wednesday, thursday, friday] = days(plan);
    assert.deepEqual(wednesday!.sessions.map((s) => [s.kind, s.text, s.range]), [['run', 'run easy\n  - 6x20s strides', { start: { line: 1, column: 4 }, end: { line: 2, column: 17 } }]]);
    assert.deepEqual(thursday!.sessions.map((s) => [s.kind, s.text]), [['gym', 'gym'], ['gym', 'squat 5x5']]);
    assert.deepEqual((friday!.sessions[0] as GymSession).exercises.map((e) => e.name), ['squat', 'bench']);
  });

  it("keeps a run's items as its detail, and reads an item naming another kind as the day's next session (no '+' warning)", () => {
    const run = parsePlan('Tue: run easy 30 min\n  - 6x20s strides\n  - 5 min easy', { fresh: true });
    assert.deepEqual(run.syntaxErrors, []);
    assert.deepEqual(days(run)[0]!.sessions.map((s) => s.kind), ['run']);
    assert.equal(days(run)[0]!.sessions[0]!.attributes.strides !== undefined, true);
    const two = parsePlan('Wed: Strength\n- Back squat 5x5\n- 20 min easy run', { fresh: true });
    assert.deepEqual(two.syntaxErrors, []);
    assert.deepEqual(days(two)[0]!.sessions.map((s) => [s.kind, s.text]), [['gym', 'Strength\n- Back squat 5x5'], ['run', '20 min easy run']]);
  });

  it('does not go on over a blank or comment line, with a single space, nor with a line that starts a statement', () => {
    const expected = "Expected a weekday, 'week', 'goal', 'start' or 'plan' at the start of a statement, not '-'";
    assert.deepEqual(parsePlan('Mon: gym\n\n- squat 5x5', { fresh: true }).syntaxErrors.map((e) => e.message), [expected]);
    assert.deepEqual(parsePlan('Mon: gym\n# legs\n- squat 5x5', { fresh: true }).syntaxErrors.map((e) => e.message), [expected]);
    assert.deepEqual(parsePlan('- squat 5x5', { fresh: true }).syntaxErrors.map((e) => e.message), [expected]);
    assert.equal(parsePlan('Mon: gym\n squat 5x5', { fresh: true }).syntaxErrors.length, 1);
    // A `week` line, a day line and a near miss of one, indented or marked, stay statements.
    const plan = parsePlan('week 1\nMon: gym\n  Tue: rest\n  - Wed: run easy\nweek 2\nThu: gym\n  Wek 3\n  Mnday: run', { fresh: true });
    // (`Mnday:` is Monday misspelt, read with its warning: lead, twelfth session.)
    assert.deepEqual(days(plan).map((d) => [d.weekday, d.range.start.line, d.range.end.line]), [[0, 1, 1], [1, 2, 2], [2, 3, 3], [3, 5, 5], [0, 7, 7]]);
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), ["Unknown word 'Wek' — did you mean 'week'?", "Unknown weekday 'Mnday' — read as 'Monday'"]);
    // A mark alone on its line is no item.
    assert.equal(parsePlan('Mon: gym\n-\nTue: rest', { fresh: true }).syntaxErrors.length, 1);
  });

  it('a heavy-legs day written as a list, then intervals the next day: hard-after-heavy-legs', () => {
    const plan = parsePlan('goal: balanced\nMonday: Strength\n- Back squat 5x5\n- Romanian deadlift 3x8\nTuesday: intervals 6x800m', { fresh: true });
    const found = checkPlan(plan).filter((d) => d.rule === 'hard-after-heavy-legs');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.range, { start: { line: 4, column: 9 }, end: { line: 4, column: 25 } });
    assert.match(found[0]!.message, /heavy legs \(Mon: Strength - Back squat 5x5/);
    // Written as an error before, the list was lost and nothing was reported.
    assert.equal(checkPlan(parsePlan('goal: balanced\nMonday: Strength\n\n- Back squat 5x5\nTuesday: intervals 6x800m', { fresh: true })).filter((d) => d.rule === 'hard-after-heavy-legs').length, 0);
  });
});

describe('a day written as a list in the day cache: a cached parse equals a fresh one', () => {
  const PLAN = ['week 1', 'Mon: Strength', '- Back squat 5x5', '- Romanian deadlift 3x8', 'Tue: run intervals 6x800m', 'Wed: rest', 'week 2', 'Mon: gym', '  bench 5x5', 'Tue: run easy'].join('\n');

  it('an edited item re-reads its day', () => {
    parsePlan(PLAN);
    parsePlan(PLAN);
    const edited = PLAN.replace('- Back squat 5x5', '- Bench press 5x5');
    const plan = parsePlan(edited);
    assert.equal(meaning(plan), meaning(fresh(edited)));
    assert.deepEqual((days(plan)[0]!.sessions[0] as GymSession).exercises.map((e) => e.name), ['bench press', 'romanian deadlift']);
  });

  it('an item typed under a day line kept whole, or removed, re-reads the day', () => {
    const plain = PLAN.replace('Wed: rest', 'Wed: gym');
    parsePlan(plain);
    parsePlan(plain);
    const typed = plain.replace('Wed: gym', 'Wed: gym\n- squat 5x5');
    const plan = parsePlan(typed);
    assert.equal(meaning(plan), meaning(fresh(typed)));
    assert.deepEqual((days(plan)[2]!.sessions[0] as GymSession).exercises.map((e) => e.name), ['squat']);
    const removed = parsePlan(plain);
    assert.equal(meaning(removed), meaning(fresh(plain)));
    for (const edit of [typed.replace('- squat 5x5', '-'), typed.replace('- squat 5x5', '  squat 5x5'), typed.replace('- squat 5x5', ' squat 5x5'), `\n${typed}`]) {
      assert.equal(meaning(parsePlan(edit)), meaning(fresh(edit)), edit);
    }
  });

  it('a day after an item on its line (`- squat; Tue: run`), and a list across the lexer chunks', () => {
    const text = 'Mon: gym\n  - squat 5x5; Tue: run easy\nWed: rest';
    parsePlan(text);
    assert.equal(meaning(parsePlan(text)), meaning(fresh(text)));
    const edited = text.replace('squat 5x5', 'squat 3x5');
    assert.equal(meaning(parsePlan(edited)), meaning(fresh(edited)));
    // A plan longer than a lexer chunk (8 KB) whose lists fall on the chunk borders: every list is read with its day.
    const weeks: string[] = [];
    for (let w = 1; w <= 120; w++) weeks.push(`week ${w}`, 'Mon: gym lower heavy', '  - back squat 5x5', '  - deadlift 3x5', 'Tue: run easy 30min', '  6x20s strides');
    const long = weeks.join('\n');
    const plan = parsePlan(long, { fresh: true });
    assert.deepEqual(plan.syntaxErrors, []);
    assert.ok(plan.weeks.every((week) => (week.days[0]!.sessions[0] as GymSession).exercises.length === 2));
    parsePlan(long);
    const typed = long.replace('week 60\nMon: gym lower heavy\n  - back squat 5x5', 'week 60\nMon: gym lower heavy\n  - front squat 5x5');
    assert.equal(meaning(parsePlan(typed)), meaning(fresh(typed)));
  });
});

describe('fixes never split a day written as a list (edits.ts writtenAsList)', () => {
  const config = defaultConfig();
  const TEXT = ['goal: balanced', 'Mon: Strength', '- Back squat 5x5', '- Romanian deadlift 3x8', 'Tue: run intervals 6x800m', 'Wed: rest', 'Thu: run easy 30min', 'Fri: rest', 'Sat: rest', 'Sun: rest'].join('\n');

  it('moves, swaps and the week view leave its lines alone', () => {
    const plan = parsePlan(TEXT);
    const [monday] = days(plan);
    assert.deepEqual(moveSession(plan, monday!.sessions[0]!, 3), []);
    const tuesday = days(plan)[1]!;
    assert.deepEqual(moveSession(plan, tuesday.sessions[0]!, 0), [], 'nothing moves onto the list day');
    assert.deepEqual(swapDays(plan, monday!.block, 0, 2), []);
    const drag = checkMove(plan, config, { session: '1:5', week: 1, toWeekday: 3 });
    assert.equal(drag.ok, false);
    const onto = checkMove(plan, config, { session: '4:5', week: 1, toWeekday: 0 });
    assert.equal(onto.ok, false);
  });

  it("quick fixes move the other session, never the list day's", () => {
    const plan = parsePlan(TEXT);
    const diagnostic = checkPlan(plan, config).find((d) => d.rule === 'hard-after-heavy-legs');
    assert.ok(diagnostic);
    const fixes = fixesFor(plan, diagnostic!, config);
    const titles = fixes.map((f) => f.title);
    assert.ok(titles.some((t) => t.startsWith("Move 'run intervals 6x800m'")), titles.join(' | '));
    assert.ok(!titles.some((t) => t.startsWith("Move 'Strength") || t.startsWith('Swap')), titles.join(' | '));
    for (const fix of fixes) {
      const after = applyEdits(TEXT, fix.edits);
      assert.ok(after.includes('Mon: Strength\n- Back squat 5x5\n- Romanian deadlift 3x8\n'), fix.title);
    }
  });

  it('fix-all moves around the list day, or says why when only the list day could move', () => {
    const plan = parsePlan(TEXT);
    const result = fixAll(plan, config);
    const after = applyEdits(TEXT, result.edits);
    assert.ok(after.includes('Mon: Strength\n- Back squat 5x5\n- Romanian deadlift 3x8\n'), after);
    assert.ok(result.moves.length > 0);
    assert.equal(checkPlan(parsePlan(after), config).filter((d) => d.rule === 'hard-after-heavy-legs').length, 0);
    // Both sides of the conflict on list days: nothing moves, and the reason names the list.
    const both = ['goal: balanced', 'Mon: Strength', '- Back squat 5x5', 'Tue: intervals', '- 6x800m', 'Wed: rest', 'Thu: rest', 'Fri: rest', 'Sat: rest', 'Sun: rest'].join('\n');
    const stuck = fixAll(parsePlan(both), config);
    assert.deepEqual(stuck.edits, []);
    assert.match(stuck.unresolved?.[0]?.why ?? '', /written on the lines below/);
  });

  it('the formatter and the semantic tokens leave the list lines as written', () => {
    const text = 'Monday:   Strength\n- Back squat 5x5\n  * Romanian  deadlift 3x8\nTuesday: run easy';
    assert.equal(formatText(text), 'Monday:   Strength\n- Back squat 5x5\n  * Romanian  deadlift 3x8\nTue: run easy');
    const tokens = planTokens(parsePlan(text));
    const lines = text.split('\n');
    for (const token of tokens) assert.ok(token.start + token.length <= lines[token.line]!.length, JSON.stringify(token));
    assert.ok(tokens.some((t) => t.line === 1 && t.type === 'property'));
  });
});

describe('what is no item under a day (a review, 2 December): kept as its own statement, as before lists', () => {
  const under = (line: string): Plan => parsePlan(`Monday: run 5k easy\n${line}\nTuesday: rest\n`, { fresh: true });

  it('a line that starts with `;` or a mark of punctuation, a short week header, or a label with its own `:`', () => {
    for (const line of ['  ; Wed: swim', '  Week2', '  W2', '  Weekend: long run 10mi', '  Race day: 10k race', '  Notes: keep it easy', '- 1/5: run 5k', '  5 Jan: run 5k']) {
      const plan = under(line);
      const monday = days(plan)[0]!;
      assert.deepEqual(monday.sessions.map((s) => s.text), ['run 5k easy'], line);
      assert.equal(monday.range.end.line, 0, line);
    }
    // `  ; Wed: swim` is Wednesday's own statement, no error.
    assert.deepEqual(under('  ; Wed: swim').weeks[0]!.days[2]!.sessions.map((s) => s.text), ['swim']);
    assert.ok(under('  Week2').syntaxErrors.length > 0);
  });

  it('a cached parse equals a fresh one when an indented `;` line comes under a kept indented day line', () => {
    const texts = ['Sat: run 5k\n  Tue: run 3mi\n\n', 'Sat: run 5k\n\n  ; Wed: swim\n', 'Sat: run 5k\n  Tue: run 3mi\n  ; Wed: swim\n'];
    let last: Plan | undefined;
    for (const text of texts) last = parsePlan(text);
    assert.equal(meaning(last!), meaning(fresh(texts[2]!)));
    assert.deepEqual(days(last!).map((d) => d.sessions.map((s) => s.text)), [['run 5k'], ['run 3mi'], ['swim']]);
  });
});
