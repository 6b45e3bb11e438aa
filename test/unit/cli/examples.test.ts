// The shipped examples: the clean ones stay clean, mistakes.hybrid shows every rule of the catalogue.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan, rules } from '../../../server/src/rules/registry';

const examples = path.resolve(__dirname, '../../../examples');
const check = (name: string) => checkPlan(parsePlan(fs.readFileSync(path.join(examples, name), 'utf8')));

describe('examples', () => {
  for (const name of ['balanced.hybrid', 'strength.hybrid', 'running.hybrid', 'twelve-weeks.hybrid']) {
    it(`${name} has no diagnostic at all`, () => {
      assert.deepEqual(check(name).map((d) => `${d.range.start.line + 1}:${d.rule}: ${d.message}`), []);
    });
  }

  it('balanced.hybrid is the guide week as the guide writes it', () => {
    const plan = parsePlan(fs.readFileSync(path.join(examples, 'balanced.hybrid'), 'utf8'));
    assert.equal(plan.weeks[0].goal, 'balanced');
    assert.ok(plan.title);
    assert.deepEqual(
      plan.weeks[0].days.map((day) => day.sessions.map((s) => s.text).join(' + ')),
      ['gym upper heavy', 'run intervals', 'rest', 'upperbody', 'run long', 'gym lower', 'rest'],
    );
  });

  it('twelve-weeks.hybrid expands to weeks 1–12 from a Monday start', () => {
    const plan = parsePlan(fs.readFileSync(path.join(examples, 'twelve-weeks.hybrid'), 'utf8'));
    assert.deepEqual(plan.weeks.map((w) => w.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.equal(plan.start?.date, '2026-12-07');
  });

  it('mistakes.hybrid fires every rule id of the catalogue and has no syntax error', () => {
    const fired = new Set(check('mistakes.hybrid').map((d) => d.rule));
    assert.deepEqual(rules.map((rule) => rule.meta.id).filter((id) => !fired.has(id)), []);
    assert.equal(fired.has('syntax'), false);
  });
});
