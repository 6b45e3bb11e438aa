// Rules carry their own facts (issue 15): `defineRule` fills every option's default, `meta.fixable` says whether the
// fixes offer more than "ignore", each rule's reach and category drive fix-all, and a rule that throws costs only its
// own findings.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan, rules } from '../../../server/src/rules/registry';
import { defaultConfig, optionOf } from '../../../server/src/rules/config';
import { defineRule } from '../../../server/src/rules/define';
import { fixesFor } from '../../../server/src/fixes/quickFixes';
import { SCHEDULING_RULES } from '../../../server/src/fixes/reschedule';
import type { ResolvedConfig } from '../../../server/src/rules/types';

const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

function badExample(id: string): string {
  const page = readFileSync(join(DOCS, `${id}.md`), 'utf8');
  const match = /## Bad\n\n```hybrid\n([\s\S]*?)```/.exec(page);
  assert.ok(match, `${id}: a Bad example`);
  return match[1]!;
}

describe('rules carry their own facts', () => {
  it('meta.fixable is true exactly for the rules whose bad example gets a fix beyond "Ignore … on this line"', () => {
    const config = defaultConfig();
    const offered = rules.map((rule) => {
      const id = rule.meta.id;
      const plan = parsePlan(badExample(id));
      const fixes = checkPlan(plan, config)
        .filter((d) => d.rule === id)
        .flatMap((d) => fixesFor(plan, d, config))
        .filter((fix) => !fix.title.startsWith('Ignore '));
      return [id, fixes.length > 0];
    });
    assert.deepEqual(offered, rules.map((rule) => [rule.meta.id, rule.meta.fixable]));
  });

  it('the scheduling set of fix-all is the rules of the scheduling category', () => {
    assert.deepEqual([...SCHEDULING_RULES], ['hard-same-day', 'hard-after-heavy-legs', 'back-to-back-hard', 'same-day-spacing', 'session-order', 'fresh-for-quality']);
  });

  it('every rule declares how far it looks; the day rules are the scheduling rules and rest-days', () => {
    const reach = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.reach]));
    assert.deepEqual(reach['long-run-spike'], { weeksBack: 4, weeksAhead: 0, byDay: false });
    assert.deepEqual(reach['load-ramp'], { weeksBack: 3, weeksAhead: 0, byDay: false });
    assert.deepEqual(reach['hard-after-heavy-legs'], { weeksBack: 1, weeksAhead: 1, byDay: true });
    assert.deepEqual(
      rules.filter((rule) => rule.meta.reach.byDay).map((rule) => rule.meta.id),
      [...SCHEDULING_RULES, 'rest-days'],
    );
  });

  it('defineRule gives the check every option, the default where the configuration leaves it out', () => {
    const seen: number[] = [];
    const probe = defineRule({
      meta: {
        id: 'probe',
        severity: 'warning',
        description: 'probe',
        reason: 'probe',
        category: 'weekly',
        options: { minutes: { description: 'probe', default: 75 }, count: { description: 'probe', default: 3 } },
        fixable: false,
      },
      check(context) {
        seen.push(context.options.minutes, context.options.count);
      },
    });
    assert.deepEqual(probe.meta.options.map((o) => [o.name, o.default]), [['minutes', 75], ['count', 3]]);
    assert.deepEqual(probe.meta.reach, { weeksBack: 0, weeksAhead: 0, byDay: false });
    const context = (options: Record<string, number>) => ({ plan: parsePlan(''), options, severity: 'warning' as const, report: () => undefined });
    probe.check(context({}));
    probe.check(context({ minutes: 60 }));
    assert.deepEqual(seen, [75, 3, 60, 3]);
  });

  it('an option read outside its rule falls back to the default the rule declares', () => {
    assert.equal(optionOf(undefined, 'same-day-spacing', 'hours'), 6);
    const config: ResolvedConfig = { 'gym-duration': { severity: 'info', options: { minutes: 90 }, severitySet: true } };
    assert.equal(optionOf(config, 'gym-duration', 'minutes'), 90);
    assert.equal(optionOf(config, 'easy-run-too-hard', 'rpe'), 6);
  });
});

describe('fault isolation', () => {
  const PLAN = 'goal: strength\nMon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nThu: rest\nFri: gym full\nSat: run easy\nSun: rest\n';

  it('a rule that throws gives one internal error naming it, and every other rule\'s diagnostics survive', () => {
    const expected = checkPlan(parsePlan(PLAN));
    assert.ok(expected.some((d) => d.rule === 'hard-same-day'));
    const index = rules.findIndex((rule) => rule.meta.id === 'hard-same-day');
    const original = rules[index]!;
    rules[index] = {
      meta: original.meta,
      check(context) {
        // Reports first, then fails: the partial report must go too.
        context.report({ message: 'half done', range: { start: { line: 1, column: 0 }, end: { line: 1, column: 3 } } });
        throw new Error('bug in the rule');
      },
    };
    try {
      const found = checkPlan(parsePlan(PLAN));
      const internal = found.filter((d) => d.rule === 'internal');
      assert.deepEqual(
        internal.map((d) => [d.severity, d.message, d.range, d.data]),
        [
          [
            'error',
            "The rule 'hard-same-day' failed on this plan (an internal error: bug in the rule); its checks are skipped, every other rule ran",
            { start: { line: 0, column: 0 }, end: { line: 0, column: 14 } },
            { failedRule: 'hard-same-day' },
          ],
        ],
      );
      assert.deepEqual(
        found.filter((d) => d.rule !== 'internal').map((d) => [d.rule, d.message]),
        expected.filter((d) => d.rule !== 'hard-same-day').map((d) => [d.rule, d.message]),
      );
    } finally {
      rules[index] = original;
    }
  });
});
