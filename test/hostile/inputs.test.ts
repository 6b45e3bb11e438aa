// Huge and hostile inputs (issue 7): a multi-megabyte plan, a megabyte on one line, 100,000 weeks, runs of '+', ';',
// '[' and '"', absurd week ranges, and `.hybridrc.json` layers with `__proto__`/`constructor` keys, wrong types and
// a megabyte of JSON. Each must end (no stack overflow, no exception) with an exact, clear result and without
// polluting Object.prototype. `npm test` runs reduced sizes; `npm run test:hostile` runs the full ones and prints
// the time each took (docs/robustness.md records them).
import { strict as assert } from 'node:assert';
import { checkPlan, computeTotals, parsePlan, resolveConfig } from '../../server/src/engine';
import { formatPlan } from '../../server/src/analysis/format';
import { documentSymbols } from '../../server/src/features/symbols';
import { foldingRanges } from '../../server/src/features/folding';
import { planTokens } from '../../server/src/features/semanticTokens';
import { LineIndex } from '../../server/src/language/text';
import { checkRange } from '../fuzz/invariants';

const FULL = process.env.HYBRID_HOSTILE_FULL === '1';
const timings: string[] = [];

/** Parses, checks, totals, formats and outlines a text; records how long that took (reported, never asserted). */
function analyse(name: string, text: string) {
  const started = process.hrtime.bigint();
  const plan = parsePlan(text);
  const diagnostics = checkPlan(plan);
  const totals = computeTotals(plan);
  const formatEdits = formatPlan(plan);
  const symbols = documentSymbols(plan);
  const folds = foldingRanges(plan);
  const tokens = planTokens(plan);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  timings.push(`${name} (${(text.length / 1e6).toFixed(2)} MB): ${ms.toFixed(0)} ms`);
  const lines = new LineIndex(text);
  for (const diagnostic of diagnostics) checkRange(lines, diagnostic.range, diagnostic.rule);
  return { plan, diagnostics, totals, formatEdits, symbols, folds, tokens };
}

const WEEK = [
  'Mon: gym lower heavy 60min [squat 5x5 @80%, rdl 3x8]  # heavy day',
  'Tue: run easy 40min z2',
  'Wed: run intervals 6x800m rpe 8',
  'Thu: gym upper heavy 60min',
  'Fri: rest',
  'Sat: run long 16km 90min',
  'Sun: rest',
];

describe('huge and hostile plans', function () {
  this.timeout(FULL ? 600_000 : 60_000);

  after(() => {
    if (FULL) process.stdout.write(`\n    hostile timings:\n${timings.map((line) => `      ${line}`).join('\n')}\n`);
  });

  it(`a ${FULL ? '5' : '0.5'} MB plan of week blocks: every week read, repeated numbers reported`, () => {
    const target = FULL ? 5_000_000 : 500_000;
    const blocks: string[] = [];
    let size = 0;
    for (let i = 0; size < target; i++) {
      const block = `week ${(i % 520) + 1}\n${WEEK.join('\n')}\n`;
      blocks.push(block);
      size += block.length;
    }
    const { plan, diagnostics, totals, symbols } = analyse('multi-megabyte plan', blocks.join(''));
    assert.equal(plan.blocks.length, blocks.length);
    assert.equal(plan.syntaxErrors.length, 0);
    assert.equal(totals.length, plan.weeks.length);
    assert.equal(symbols.length, blocks.length);
    const repeated = diagnostics.filter((d) => d.rule === 'week-order' && d.severity === 'error');
    assert.equal(repeated.length, blocks.length - 520);
  });

  it(`a ${FULL ? '1' : '0.1'} MB single line of sessions joined by '+'`, () => {
    const count = FULL ? 60_000 : 6_000;
    const text = `Mon: ${'run easy 30min + '.repeat(count)}rest`;
    const { plan, totals } = analyse('one long line', text);
    assert.equal(plan.syntaxErrors.length, 0);
    const [entry] = plan.statements;
    assert.ok(entry.type === 'day');
    assert.equal(entry.sessions.length, count + 1);
    assert.equal(totals[0].runs, count);
    assert.equal(totals[0].minutes, count * 30);
  });

  it(`${FULL ? '100,000' : '12,000'} weeks: numbers above 9999 are one clear error each, the rest are read`, () => {
    const count = FULL ? 100_000 : 12_000;
    const text = Array.from({ length: count }, (_, i) => `week ${i + 1}\nMon: run easy\n`).join('');
    const { plan, diagnostics } = analyse('many weeks', text);
    assert.equal(plan.weeks.length, 9999);
    assert.deepEqual([plan.weeks[0].number, plan.weeks[9998].number], [1, 9999]);
    const tooHigh = diagnostics.filter((d) => d.rule === 'syntax');
    assert.equal(tooHigh.length, count - 9999);
    assert.equal(tooHigh[0].message, 'Week numbers go up to 9999');
    assert.deepEqual(tooHigh[0].range, { start: { line: 19998, column: 5 }, end: { line: 19998, column: 10 } });
  });

  it('the widest range, week 1-520, is read as 520 weeks of one block; one week more is one error', () => {
    const { plan, diagnostics, totals } = analyse('widest range', 'week 1-520\nMon: gym lower heavy + run intervals\nTue: run long 20km\n');
    assert.equal(plan.weeks.length, 520);
    assert.equal(totals.length, 520);
    assert.ok(plan.weeks.every((week) => week.block === plan.blocks[0]));
    // The long run after heavy legs repeats in every week of the block: it is reported once, on its own line.
    assert.deepEqual(
      diagnostics.filter((d) => d.rule === 'hard-after-heavy-legs').map((d) => [d.week, d.range.start.line]),
      [[1, 2]],
    );
    const wider = analyse('too wide a range', 'week 3000-3520\nMon: gym lower heavy + run intervals\n');
    assert.equal(wider.plan.weeks.length, 0);
    assert.deepEqual(
      wider.diagnostics.filter((d) => d.rule === 'syntax').map((d) => [d.message, d.range.start.column, d.range.end.column]),
      [["A week range covers at most 520 weeks (ten years) — 'week 3000-3519' is the longest from week 3000", 5, 14]],
    );
  });

  it('a week range to 999,999,999 is one error, not a billion weeks', () => {
    const { plan, diagnostics } = analyse('absurd week range', 'week 1-999999999\nMon: gym lower heavy + run intervals\n');
    assert.equal(plan.weeks.length, 0);
    assert.deepEqual(
      diagnostics.filter((d) => d.rule === 'syntax').map((d) => [d.message, d.range.start.column, d.range.end.column]),
      [['Week numbers go up to 9999', 7, 16]],
    );
  });

  for (const [name, text, errors] of [
    ["'+' repeated", `Mon: ${'+'.repeat(FULL ? 1_000_000 : 10_000)}`, 1],
    ["';' repeated", ';'.repeat(FULL ? 1_000_000 : 100_000), 0],
    ["'[' repeated", `Mon: gym [${'['.repeat(FULL ? 200_000 : 10_000)}`, 1],
    ["'\"' repeated", `Mon: run ${'"'.repeat(FULL ? 1_000_000 : 100_000)}`, 1],
    ['NUL bytes', '\u0000'.repeat(FULL ? 1_000_000 : 100_000), 1],
    ["'#' repeated", '#'.repeat(FULL ? 1_000_000 : 100_000), 0],
    ['only line breaks', '\r'.repeat(FULL ? 500_000 : 50_000) + '\n'.repeat(FULL ? 500_000 : 50_000), 0],
  ] as const) {
    it(`${name}: ${errors === 0 ? 'no error' : 'one syntax error'}, no stack overflow`, () => {
      const { plan, diagnostics } = analyse(name, text);
      assert.equal(plan.syntaxErrors.length, errors, JSON.stringify(plan.syntaxErrors.slice(0, 3)));
      assert.equal(diagnostics.filter((d) => d.rule === 'syntax').length, errors);
    });
  }
});

describe('hostile .hybridrc.json layers', () => {
  afterEach(() => {
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype polluted');
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  it('__proto__ and constructor keys are unknown rules or keys, and pollute nothing', () => {
    const layer = JSON.parse(
      '{"__proto__": {"polluted": "top"}, "rules": {"__proto__": {"polluted": "rules"}, "constructor": "error", "toString": "off", "hard-same-day": ["error", {"__proto__": {"polluted": "options"}, "constructor": 1}]}}',
    );
    const { config, problems } = resolveConfig([layer]);
    assert.deepEqual(
      problems.map((problem) => problem.replace(/ — known rules: .*$/, '')),
      [
        "Unknown key '__proto__' in the configuration — it takes \"rules\", \"vocabulary\" (and \"$schema\")",
        "Unknown rule '__proto__' in rules",
        "Unknown rule 'constructor' in rules",
        "Unknown rule 'toString' in rules",
        "Rule 'hard-same-day': unknown option '__proto__' — it has no options",
        "Rule 'hard-same-day': unknown option 'constructor' — it has no options",
      ],
    );
    assert.equal(config['hard-same-day'].severity, 'error');
    assert.equal(Object.getPrototypeOf(config['hard-same-day'].options), Object.prototype);
    assert.equal((config['hard-same-day'].options as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(config, 'constructor'), false);
    // The resolved config still checks plans.
    assert.equal(checkPlan(parsePlan('Mon: gym lower heavy + run intervals'), config).find((d) => d.rule === 'hard-same-day')?.severity, 'error');
  });

  it('wrong types give one clear problem each', () => {
    const { problems } = resolveConfig([
      [],
      'rules',
      { rules: [] },
      { rules: { 'quality-limit': 7, 'gym-duration': ['warning', { minutes: '90' }], 'load-ramp': ['error', { ratio: 1e309 }], 'gym-frequency': ['warning', [], 3] } },
    ]);
    assert.deepEqual(problems, [
      'The configuration must be an object like {"rules": {...}}, not an array',
      "The configuration must be an object like {\"rules\": {...}}, not 'rules'",
      "'rules' must be an object mapping rule ids to a severity, not an array",
      'Rule \'quality-limit\': severity must be one of off, info, warning, error, not number 7',
      "Rule 'gym-duration': option 'minutes' must be a number, not '90'",
      "Rule 'load-ramp': option 'ratio' must be a number, not number Infinity",
      'Rule \'gym-frequency\': expected "severity" or ["severity", {options}], not an array of 3',
    ]);
  });

  it('a megabyte of JSON: every problem is one short line', () => {
    const rules: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) rules[`rule-${i}-${'x'.repeat(30)}`] = 'error';
    rules['hard-same-day'] = 'x'.repeat(200_000);
    const json = JSON.stringify({ rules });
    assert.ok(json.length > 1_000_000, String(json.length));
    const { config, problems } = resolveConfig([JSON.parse(json)]);
    assert.equal(problems.length, 20_001);
    assert.ok(problems.every((problem) => !problem.includes('\n') && problem.length < 1_000), 'short one-line problems');
    assert.match(problems[problems.length - 1], /^Rule 'hard-same-day': severity must be one of off, info, warning, error, not 'x{40}…' \(200000 characters\)$/);
    assert.equal(config['hard-same-day'].severity, 'warning');
  });
});
