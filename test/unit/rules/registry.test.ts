import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan, ruleById, rules } from '../../../server/src/rules/registry';
import { resolveConfig } from '../../../server/src/rules/config';
import { plan, rangeOf } from './harness';

const CATALOGUE = [
  'hard-same-day', 'hard-after-heavy-legs', 'back-to-back-hard', 'same-day-spacing', 'session-order', 'fresh-for-quality',
  'gym-frequency', 'run-frequency', 'quality-limit', 'all-runs-hard', 'easy-run-too-hard', 'gym-duration', 'gym-volume', 'no-leg-training',
  'rest-days', 'running-focus-volume', 'main-goal', 'goal-switching', 'long-run-spike', 'load-ramp', 'elite-volume', 'week-order',
];

const BALANCED = plan(
  '# Balanced hybrid week, from the training guide',
  'plan "Balanced hybrid"',
  'goal: balanced',
  '',
  'Mon: gym upper heavy',
  'Tue: run intervals 6x800m',
  'Wed: rest',
  'Thu: upperbody',
  'Fri: run long 14km',
  'Sat: gym lower',
  'Sun: rest',
);

describe('registry', () => {
  it('holds every rule of the catalogue, in catalogue order, once', () => {
    assert.deepEqual(rules.map((r) => r.meta.id), CATALOGUE);
    for (const id of CATALOGUE) assert.equal(ruleById(id)?.meta.id, id);
    assert.equal(ruleById('syntax'), undefined);
    assert.equal(ruleById('nope'), undefined);
  });

  it('every rule has a description, the guide’s reason and options with defaults inside their bounds', () => {
    for (const rule of rules) {
      assert.ok(rule.meta.description.length > 20, rule.meta.id);
      assert.ok(rule.meta.reason.length > 20, rule.meta.id);
      for (const option of rule.meta.options) {
        if (option.minimum !== undefined) assert.ok(option.default >= option.minimum, `${rule.meta.id}.${option.name}`);
        if (option.maximum !== undefined) assert.ok(option.default <= option.maximum, `${rule.meta.id}.${option.name}`);
      }
    }
  });

  it("the guide's balanced week has no diagnostic at all", () => {
    assert.deepEqual(checkPlan(parsePlan(BALANCED)), []);
  });

  it('the one-liner balanced week has no diagnostic either', () => {
    const text = 'goal: balanced; Mon: gym upper heavy; Tue: run intervals; Wed: rest; Thu: upperbody; Fri: run long; Sat: gym lower; Sun: rest\n';
    assert.deepEqual(checkPlan(parsePlan(text)), []);
  });

  it('reports syntax errors as rule syntax, error severity, and still checks the good lines', () => {
    const text = plan('goal: balanced', 'Mon: gim upper', 'Tue: gym lower heavy + run intervals');
    const found = checkPlan(parsePlan(text));
    const syntax = found.filter((d) => d.rule === 'syntax');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].severity, 'error');
    assert.equal(syntax[0].range.start.line, 1);
    assert.ok(found.some((d) => d.rule === 'hard-same-day' && d.range.start.line === 2));
  });

  it('never suppresses a syntax error', () => {
    const text = plan('# hybrid-ignore-file', 'goal: balanced', 'Mon: gim upper  # hybrid-ignore');
    const found = checkPlan(parsePlan(text));
    assert.deepEqual(found.map((d) => d.rule), ['syntax']);
  });

  it('sorts by line, then column', () => {
    const text = plan('Mon: gym lower heavy + run intervals + run tempo', 'Tue: run tempo', 'Wed: gym upper 90min');
    const found = checkPlan(parsePlan(text));
    for (let i = 1; i < found.length; i++) {
      const a = found[i - 1].range.start;
      const b = found[i].range.start;
      assert.ok(a.line < b.line || (a.line === b.line && a.column <= b.column), `${JSON.stringify(a)} before ${JSON.stringify(b)}`);
    }
    assert.ok(found.length >= 5);
  });

  describe('suppression comments', () => {
    const conflict = 'Mon: gym lower heavy + run intervals';

    it('# hybrid-ignore <rule> switches that rule off on its line only', () => {
      const text = plan('goal: balanced', `${conflict}  # hybrid-ignore hard-same-day`, 'Thu: gym lower heavy + run tempo');
      const found = checkPlan(parsePlan(text)).filter((d) => d.rule === 'hard-same-day');
      assert.deepEqual(found.map((d) => d.range), [rangeOf(text, 'run tempo')]);
    });

    it('# hybrid-ignore with several rules', () => {
      const text = plan('goal: balanced', `${conflict}  # hybrid-ignore hard-same-day same-day-spacing`);
      const found = checkPlan(parsePlan(text)).filter((d) => d.range.start.line === 1);
      assert.deepEqual(found.map((d) => d.rule), ['gym-frequency', 'run-frequency'], 'rules not named still report on the line');
    });

    it('# hybrid-ignore without rules switches every rule off on its line', () => {
      const text = plan('goal: balanced', 'week 1', `${conflict}  # hybrid-ignore`);
      const found = checkPlan(parsePlan(text));
      assert.deepEqual(found.filter((d) => d.range.start.line === 2), []);
      assert.ok(found.some((d) => d.rule === 'gym-frequency'), 'other lines are still checked');
    });

    it('a conflict with a session on an ignored line is not reported on the other line', () => {
      const text = plan('goal: balanced', 'Mon: gym lower heavy  # hybrid-ignore hard-after-heavy-legs', 'Tue: run long 16km');
      const found = checkPlan(parsePlan(text));
      assert.deepEqual(found.filter((d) => d.rule === 'hard-after-heavy-legs'), []);
    });

    it('# hybrid-ignore-file <rule> switches it off for the file', () => {
      const text = plan('# hybrid-ignore-file gym-frequency run-frequency', 'goal: balanced', 'Mon: gym upper');
      assert.deepEqual(checkPlan(parsePlan(text)), []);
    });

    it('# hybrid-ignore-file alone switches every rule off', () => {
      const text = plan('# hybrid-ignore-file', conflict);
      assert.deepEqual(checkPlan(parsePlan(text)), []);
    });

    it('an unknown rule id in # hybrid-ignore is a syntax warning on that id, with a did-you-mean', () => {
      const text = plan('goal: balanced', `${conflict}  # hybrid-ignore hard-same-dya, same-day-spacing because`);
      const found = checkPlan(parsePlan(text)).filter((d) => d.rule === 'syntax');
      assert.deepEqual(
        found.map((d) => [d.severity, d.message, d.range]),
        [
          ['warning', "Unknown rule 'hard-same-dya' in hybrid-ignore — did you mean 'hard-same-day'?", rangeOf(text, 'hard-same-dya')],
          ['warning', "Unknown rule 'because' in hybrid-ignore — rule ids are listed in docs/rules (write a reason after ' -- ')", rangeOf(text, 'because')],
        ],
      );
      assert.equal(checkPlan(parsePlan(plan('goal: balanced', `${conflict}  # hybrid-ignore hard-same-day -- coach says so`))).filter((d) => d.rule === 'syntax').length, 0);
    });

    it('a rule id that is not named stays on', () => {
      const text = plan('goal: balanced', `${conflict}  # hybrid-ignore gym-duration`);
      const found = checkPlan(parsePlan(text)).filter((d) => d.rule === 'hard-same-day');
      assert.equal(found.length, 1);
    });
  });

  describe('repeated weeks', () => {
    it('merges the same diagnostic of every repeat into one, for the first week', () => {
      const text = plan('goal: balanced', 'week 2-5', 'Mon: gym lower heavy + run intervals', 'Tue: run long');
      const found = checkPlan(parsePlan(text));
      const same = found.filter((d) => d.rule === 'hard-same-day');
      assert.equal(same.length, 1);
      assert.equal(same[0].week, 2);
      const after = found.filter((d) => d.rule === 'hard-after-heavy-legs');
      assert.equal(after.length, 1);
      assert.equal(after[0].week, 2);
    });

    it('keeps each repeat whose message differs at the same place (load-ramp of weeks 5 and 6 on one week line)', () => {
      const text = plan(
        'goal: balanced',
        'week 1-4', 'Mon: run easy 30min', 'Wed: gym upper 30min',
        'week 5-7', 'Mon: run easy 90min', 'Tue: gym upper 60min', 'Wed: run easy 90min', 'Thu: gym lower 60min', 'Fri: run easy 90min', 'Sat: gym full 60min',
      );
      const found = checkPlan(parsePlan(text)).filter((d) => d.rule === 'load-ramp');
      assert.deepEqual(
        found.map((d) => [d.week, d.range.start.line, d.message.split(' — ')[0]]),
        [
          [5, 4, "Week 5's load (2 160) is 8.0× the mean of the previous 3 weeks (270), above 1.5×"],
          [6, 4, "Week 6's load (2 160) is 2.4× the mean of the previous 3 weeks (900), above 1.5×"],
        ],
      );
    });

    it('keeps a cross-week conflict that only the later repeats have', () => {
      // Week 1's Sunday is easy; weeks 2 and 3 follow a Sunday with heavy legs (the block's own Sunday).
      const text = plan('goal: balanced', 'week 1', 'Sun: rest', 'week 2-3', 'Mon: run long 16km', 'Sun: gym lower heavy');
      const found = checkPlan(parsePlan(text)).filter((d) => d.rule === 'hard-after-heavy-legs');
      assert.equal(found.length, 1);
      assert.equal(found[0].week, 3);
      assert.deepEqual(found[0].data?.otherWeek, 2);
    });
  });

  describe('configured severity', () => {
    it('applies the configured severity to every case of a rule', () => {
      const text = plan('goal: balanced', 'Mon: gym lower heavy + run intervals', 'Wed: gym upper heavy + run tempo');
      const { config } = resolveConfig([{ rules: { 'hard-same-day': 'warning' } }]);
      const found = checkPlan(parsePlan(text), config).filter((d) => d.rule === 'hard-same-day');
      assert.deepEqual(found.map((d) => d.severity), ['warning', 'warning']);
    });

    it('keeps case severities when the user did not set one', () => {
      const text = plan('goal: balanced', 'Mon: gym lower heavy + run intervals', 'Wed: gym upper heavy + run tempo');
      const found = checkPlan(parsePlan(text)).filter((d) => d.rule === 'hard-same-day');
      assert.deepEqual(found.map((d) => d.severity), ['error', 'warning']);
    });

    it('a later layer wins', () => {
      const text = plan('Mon: gym upper');
      const { config } = resolveConfig([{ rules: { 'gym-frequency': 'off' } }, { rules: { 'gym-frequency': 'error' } }]);
      const found = checkPlan(parsePlan(text), config).filter((d) => d.rule === 'gym-frequency');
      assert.deepEqual(found.map((d) => d.severity), ['error']);
    });
  });
});
