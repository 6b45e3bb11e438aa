// A day line whose words were read before, at another line or column, takes that reading moved to its place
// (parser.ts, DayTemplate): in one parse (a one-shot read, `fresh`) and across parses (the day cache's texts). What it
// gives must be exactly what reading the line from its own tokens gives (`readEveryLine`): every range, error, fix.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../../server/src/language/parser';
import { createVocabulary } from '../../../server/src/language/sessions';
import { checkPlan } from '../../../server/src/rules/registry';
import { computeTotals } from '../../../server/src/analysis/totals';
import type { DayEntry, Plan } from '../../../server/src/language/model';
import { modelText } from '../../fuzz/invariants';

const ROOT = path.resolve(__dirname, '../../..');

/** The model, its diagnostics and totals as text. */
function meaning(plan: Plan): string {
  const blocks = plan.blocks.map((block) => [block.range, block.statements.length]);
  return `${modelText(plan)}\n${JSON.stringify(blocks)}\n${JSON.stringify(checkPlan(plan))}\n${JSON.stringify(computeTotals(plan))}\n${JSON.stringify([plan.comments, plan.suppressions])}`;
}

/** Every day line read from its own tokens. */
function everyLine(text: string): Plan {
  return parsePlan(text, { fresh: true, readEveryLine: true });
}

/** Each way of reading `text` gives what reading every line gives: one-shot, with the cache (twice), after another text. */
function assertSameReadings(text: string, label: string): void {
  const expected = meaning(everyLine(text));
  assert.equal(meaning(parsePlan(text, { fresh: true })), expected, `${label}: one-shot read`);
  const { vocabulary } = createVocabulary();
  assert.equal(meaning(parsePlan(text, { vocabulary })), expected, `${label}: first read with the cache`);
  assert.equal(meaning(parsePlan(text, { vocabulary })), expected, `${label}: second read with the cache`);
  // The same lines two lines lower and indented by nothing else: every line found by its words elsewhere.
  const shifted = `plan: "moved"\n\n${text}`;
  assert.equal(meaning(parsePlan(shifted, { vocabulary })), meaning(everyLine(shifted)), `${label}: read after the lines moved`);
}

/** Lines that repeat, at other lines and columns, with what a line may hold. */
const REPEATED = [
  'Mon: gym lower heavy [squat 5x5 @80%] + run easy 30min pm',
  '- Mon: gym upper',
  '• Tue: run intervals 6x800m 50min rpe 8',
  '1. Wed: run tempo 30min, gym uppr',
  'Thu am: run easy 40 min # before work',
  'Fri: run long 90min "keep it easy"',
  'Sat: jogg 20min + gym heavy',
  'Day 8: run easy 5k',
  'Sun: rest; Mon: gym legs heavy @06:00 + run intervals @18:30',
  'Tue/Thu: run easy',
  'Wed: same as Monday',
  'Mon: run 30"; Tue: run 5#',
  'Tue: Warm up; 5-mile run; 4x150 yds strideouts; cool down.',
];

describe('a day line read before elsewhere takes that reading moved (parser DayTemplate)', () => {
  it('gives what reading each line from its own tokens gives: lines repeated at other lines, columns and after `;`', () => {
    const weeks = Array.from({ length: 4 }, (_, i) => `week ${i + 1}\n${REPEATED.join('\n')}\n  ${REPEATED.slice(0, 4).join('; ')}\n`).join('');
    assertSameReadings(weeks, 'repeated lines');
    assertSameReadings(weeks.replace(/\n/g, '\r\n'), 'CRLF');
    assertSameReadings(`${REPEATED.join('\n')}\n${REPEATED.join('\n')}\n`, 'no weeks');
    assertSameReadings(`week 1; ${REPEATED.map((line) => line.replace(/^[-•]|^1\./, '')).join('; ')}; week 2; ${REPEATED.slice(0, 3).join('; ')}\n`, 'one line');
  });

  it('moves every position: the second of two equal lines has its own ranges', () => {
    const plan = parsePlan('week 1\n- Mon: gym upper\nweek 2\n  - Mon: gym upper\n', { fresh: true });
    const days = plan.statements.filter((statement): statement is DayEntry => statement.type === 'day');
    assert.deepEqual(
      days.map((day) => [day.range, day.sessions[0]!.range]),
      [
        [{ start: { line: 1, column: 2 }, end: { line: 1, column: 16 } }, { start: { line: 1, column: 7 }, end: { line: 1, column: 16 } }],
        [{ start: { line: 3, column: 4 }, end: { line: 3, column: 18 } }, { start: { line: 3, column: 9 }, end: { line: 3, column: 18 } }],
      ],
    );
    // Separate objects for each line: nothing that holds a position is shared.
    assert.notEqual(days[0]!.sessions[0], days[1]!.sessions[0]);
    assert.notEqual(days[0]!.sessions[0]!.attributes, days[1]!.sessions[0]!.attributes);
    assert.equal(days[1]!.sessions[0]!.entry, days[1]);
  });

  it('starts a week block where a moved list item\'s statement starts, after its mark (as reading it does)', () => {
    const { vocabulary } = createVocabulary();
    parsePlan('week 1\n- Mon: gym heavy\n- Tue: run\n', { vocabulary });
    // The first day (before any `week` line) starts the leading block: the moved `- Mon: gym heavy` at line 2.
    const text = '\n\n- Mon: gym heavy\nweek 2\n- Tue: run\n';
    const plan = parsePlan(text, { vocabulary });
    assert.deepEqual(plan.blocks[0]!.range, { start: { line: 2, column: 2 }, end: { line: 2, column: 16 } });
    assert.equal(meaning(plan), meaning(everyLine(text)));
  });

  it('reads the examples and the corpus plans as reading every line does', () => {
    const files = [
      ...fs.readdirSync(path.join(ROOT, 'examples')).map((file) => path.join(ROOT, 'examples', file)),
      ...['plans', 'verbatim'].flatMap((dir) => fs.readdirSync(path.join(ROOT, 'test/corpus', dir)).map((file) => path.join(ROOT, 'test/corpus', dir, file))),
    ].filter((file) => file.endsWith('.hybrid'));
    assert.ok(files.length > 100);
    for (const file of files) assertSameReadings(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file));
  });
});
