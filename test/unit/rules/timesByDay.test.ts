// Only the rules that judge each day alone (rule meta `reach.byDay`, reaching no other week) read a session's time of
// day: every other rule must report the same whatever times the sessions have (their class and text kept). What a
// future screen of fix-all's am / pm split on the model (fixes/reschedule.ts, `splitDays`; tried and taken out in the
// eighth session, docs/benchmarks.md) may rely on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Plan, Session } from '../../../server/src/language/model';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan, rules } from '../../../server/src/rules/registry';
import { defaultConfig } from '../../../server/src/rules/config';
import { classify } from '../../../server/src/analysis/classify';
import type { PlanDiagnostic, ResolvedConfig } from '../../../server/src/rules/types';
import { generatePlan, renderHybrid } from '../../../bench/generate';

const ROOT = path.resolve(__dirname, '../../..');

/** The plan with each session's time replaced by `time(session)` where its class stays the same. */
function retimed(plan: Plan, time: (session: Session, index: number) => 'am' | 'pm' | undefined): Plan {
  const copies = new Map<Session, Session>();
  let index = 0;
  const copy = (session: Session): Session => {
    let found = copies.get(session);
    if (found) return found;
    const period = time(session, index++);
    const attributes = { ...session.attributes, time: period ? { value: { period }, range: { start: session.range.end, end: session.range.end } } : undefined };
    const candidate: Session = { ...session, attributes };
    found = JSON.stringify(classify(candidate)) === JSON.stringify(classify(session)) ? candidate : session;
    copies.set(session, found);
    return found;
  };
  return {
    ...plan,
    statements: plan.statements.map((statement) => (statement.type === 'day' ? { ...statement, sessions: statement.sessions.map(copy) } : statement)),
    weeks: plan.weeks.map((week) => ({ ...week, days: week.days.map((day) => ({ ...day, sessions: day.sessions.map(copy) })) })),
  };
}

const identity = (d: PlanDiagnostic): string => `${d.rule} ${d.severity} ${d.week ?? ''} ${d.range.start.line}-${d.range.end.line}`;

describe('only the rules that judge each day alone read a time of day (what the am / pm split relies on)', () => {
  const config: ResolvedConfig = {};
  const defaults = defaultConfig();
  for (const rule of rules) {
    const id = rule.meta.id;
    const sameDay = rule.meta.reach.byDay && rule.meta.reach.weeksBack === 0 && rule.meta.reach.weeksAhead === 0;
    config[id] = sameDay ? { severity: 'off', options: {}, severitySet: true } : { ...defaults[id]!, severity: 'info' };
  }
  it('the rules that read a time of day are among them', () => {
    const sameDay = rules.filter((rule) => config[rule.meta.id]!.severity === 'off').map((rule) => rule.meta.id);
    for (const id of ['hard-same-day', 'same-day-spacing', 'session-order', 'fresh-for-quality']) assert.ok(sameDay.includes(id), id);
    assert.ok(!sameDay.includes('back-to-back-hard') && !sameDay.includes('hard-after-heavy-legs'));
  });
  const texts: [string, string][] = [
    ['generated 52 weeks', renderHybrid(generatePlan(52))],
    ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.hybrid')).map((f): [string, string] => [f, fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8')]),
    ['crowded days', 'goal: balanced\nMon: gym lower heavy + run intervals\nTue: run tempo 40min @07:00 + gym upper @18:00\nWed: run long 90min am + gym legs heavy pm\nSat: race 10k\n'],
  ];
  for (const [name, text] of texts) {
    it(`${name}: the same findings with no times, all am, and am / pm in turn`, () => {
      const plan = parsePlan(text);
      const written = checkPlan(plan, config).map(identity).sort();
      assert.ok(plan.weeks.some((week) => week.days.some((day) => day.sessions.length > 0)));
      for (const time of [() => undefined, () => 'am' as const, (_: Session, i: number) => (i % 2 ? ('pm' as const) : ('am' as const))]) {
        assert.deepEqual(checkPlan(retimed(plan, time), config).map(identity).sort(), written);
      }
    });
  }
});
