// The benchmark inputs must stay valid: a generated plan that stopped parsing, or a JSON twin that stopped matching
// its schema, would make `npm run bench` measure error paths. No timing here: benchmarks are not tests.
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { formatText } from '../../../server/src/analysis/format';
import { benchPlans, generatePlan, messyHybrid, renderHybrid, renderJson } from '../../../bench/generate';
import { createJsonValidator } from '../../../bench/json/validate';
import { quantile, summarize } from '../../../bench/stats';

describe('bench: generated plans', () => {
  const [one, twelve, fiftyTwo] = benchPlans([1, 12, 52]);

  it('is deterministic for a seed and differs for another seed', () => {
    assert.equal(renderHybrid(generatePlan(52)), fiftyTwo.hybrid);
    assert.equal(renderJson(generatePlan(52)), fiftyTwo.json);
    assert.notEqual(renderHybrid(generatePlan(52, 7)), fiftyTwo.hybrid);
  });

  it('parses without a syntax error into the number of weeks asked for', () => {
    for (const plan of [one, twelve, fiftyTwo]) {
      const parsed = parsePlan(plan.hybrid);
      assert.deepEqual(parsed.syntaxErrors, [], `${plan.weeks} weeks`);
      assert.deepEqual(
        parsed.weeks.map((week) => week.number),
        Array.from({ length: plan.weeks }, (_, index) => index + 1),
      );
      assert.equal(parsed.title?.name, `Generated ${plan.weeks}-week hybrid plan`);
      assert.equal(parsed.start?.date, '2026-01-05');
    }
  });

  it('plants the conflicts the scheduling rules catch, so fixes and fix-all have work', () => {
    const rules = new Set(checkPlan(parsePlan(fiftyTwo.hybrid)).map((diagnostic) => diagnostic.rule));
    for (const id of ['hard-same-day', 'hard-after-heavy-legs', 'easy-run-too-hard', 'same-day-spacing', 'gym-duration']) {
      assert.ok(rules.has(id), `${id} in ${[...rules].join(', ')}`);
    }
    assert.ok(!rules.has('syntax'));
  });

  it('types a messy twin for the formatter that formats back to the generated text', () => {
    const messy = messyHybrid(twelve.hybrid);
    assert.equal(messy.split('\n')[6], 'mon :  gym upper heavy 60min am [bench press 5x5 @80%, pull up 4x8, overhead press 3x8 @rpe 8]');
    assert.deepEqual(parsePlan(messy).syntaxErrors, []);
    assert.equal(formatText(messy), twelve.hybrid);
  });

  it('writes the same sessions as .hybrid and as JSON', () => {
    const parsed = parsePlan(fiftyTwo.hybrid);
    const json = JSON.parse(fiftyTwo.json) as { weeks: { days: Record<string, { sessions: { kind: string }[] }> }[] };
    const kindsOfJson = json.weeks.map((week) => Object.values(week.days).flatMap((day) => day.sessions.map((session) => session.kind)));
    const kindsOfHybrid = parsed.weeks.map((week) => week.days.flatMap((day) => day.sessions.map((session) => session.kind)));
    assert.deepEqual(kindsOfJson, kindsOfHybrid);
  });
});

describe('bench: JSON Schema side', () => {
  const [plan] = benchPlans([12]);

  for (const style of ['oneOf', 'ifThen'] as const) {
    it(`accepts the generated JSON plan and rejects bad values (${style})`, async () => {
      const validator = createJsonValidator(style);
      assert.deepEqual(await validator.validate(plan.json), []);
      const broken = plan.json.replace('"rpe": 8', '"rpe": 11').replace('"focus": "upper"', '"focus": "uper"');
      const found = await validator.validate(broken);
      const lineOf = (needle: string): number => broken.slice(0, broken.indexOf(needle)).split('\n').length - 1;
      assert.deepEqual(
        found.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message]),
        [
          [lineOf('"uper"'), 'Value is not accepted. Valid values: "upper", "lower", "legs", "full", "push", "pull", "core".'],
          [lineOf('"rpe": 11'), 'Value is above the maximum of 10.'],
        ].sort((a, b) => (a[0] as number) - (b[0] as number)),
      );
    });
  }
});

describe('bench: statistics', () => {
  it('interpolates quantiles and summarises samples in any order', () => {
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(quantile([10, 20, 30, 40, 50], 0.95), 48);
    assert.deepEqual(summarize([5, 1, 3]), { samples: 3, median: 3, p95: 4.8, min: 1, max: 5 });
  });
});
