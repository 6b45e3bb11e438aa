// Issue 16, findings 3 and 4: the worst shapes an attacker found. Each asserts the exact bounded outcome; how long
// each takes is measured by `npm run bench` (bench/hostile.ts), never asserted here.
import { strict as assert } from 'node:assert';
import { checkPlan, parsePlan, resolveConfig } from '../../server/src/engine';
import { buildWeekView } from '../../server/src/features/weekView';
import { MAX_DIAGNOSTICS, MAX_PLAN_WEEKS, MAX_VIEW_WEEKS } from '../../server/src/budgets';
import { buildServer, LspClient } from '../lsp/client';

describe('worst shapes: bounded results (issue 16)', function () {
  this.timeout(120_000);

  it('`week 1-520` written 1,000 times (20 KB) is 19 blocks of weeks, then one error per block not expanded', () => {
    const plan = parsePlan('week 1-520\nMon: run\n'.repeat(1000));
    assert.equal(MAX_PLAN_WEEKS, 9999);
    assert.equal(plan.weeks.length, 19 * 520);
    const errors = plan.syntaxErrors.filter((error) => error.message === 'A plan holds at most 9,999 weeks, counting repeats — the weeks of this block are not checked');
    assert.equal(errors.length, 981);
    assert.deepEqual(errors[0]!.range, { start: { line: 38, column: 5 }, end: { line: 38, column: 10 } });
  });

  it('repeated diagnostics on one line are removed in linear time and exactly (`Mon: gym, run, gym, …`)', () => {
    const n = 3000;
    // Sessions of alternating kinds: every comma starts a new session (language-decisions.md, "Parts").
    const plan = parsePlan(`Mon: gym${', run, gym'.repeat(n / 2)}\n`);
    const diagnostics = checkPlan(plan, resolveConfig([]).config);
    const commas = diagnostics.filter((d) => d.message === `Separate the sessions of one day with '+', not ',' — read as two sessions`);
    assert.equal(commas.length, n);
    const keys = new Set(diagnostics.map((d) => `${d.rule}|${JSON.stringify(d.range)}|${d.message}`));
    assert.equal(keys.size, diagnostics.length, 'no diagnostic twice');
  });

  it('the week view of a one-line plan puts each conflict on its own week, and carries at most 520 weeks', () => {
    const text = 'goal: strength; week 1; Mon: gym lower heavy; week 2; Mon: run easy; Tue: run easy\n';
    const plan = parsePlan(text);
    const diagnostics = checkPlan(plan, resolveConfig([]).config);
    const view = buildWeekView(plan, diagnostics, { uri: 'untitled:x', version: 1 });
    for (const week of view.weeks) {
      for (const conflict of week.conflicts) assert.equal(conflict.week ?? week.number, week.number, `${conflict.message} on week ${week.number}`);
    }
    assert.ok(view.weeks[0]!.conflicts.some((c) => /gym/i.test(c.message)), JSON.stringify(view.weeks[0]!.conflicts));
    assert.ok(!view.weeks[1]!.conflicts.some((c) => c.week === 1), JSON.stringify(view.weeks[1]!.conflicts));

    const long = Array.from({ length: 1000 }, (_, i) => `week ${i + 1}; Mon: gym heavy + run intervals`).join('; ');
    const big = parsePlan(long);
    const bigView = buildWeekView(big, checkPlan(big), { uri: 'untitled:y', version: 1 });
    assert.equal(bigView.weeks.length, MAX_VIEW_WEEKS);
    assert.deepEqual(bigView.truncated && [bigView.truncated.weeks, bigView.truncated.shownWeeks], [1000, 520]);
    assert.ok(JSON.stringify(bigView).length < 5_000_000);
  });

  it('the server sends at most 1,000 diagnostics and one that says how many more; 100,000 unknown rules are 21 lines', async () => {
    buildServer();
    const client = new LspClient();
    try {
      client.settings = { rules: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`no-such-rule-${i}`, 'off'])) };
      await client.initialize();
      const uri = 'untitled:many.hybrid';
      const published = client.nextDiagnostics(uri);
      await client.open(uri, `Mon: gym${', run, gym'.repeat(1500)}\n`);
      const diagnostics = (await published).diagnostics;
      const config = diagnostics.filter((d) => d.code === 'config');
      assert.equal(config.length, 21);
      assert.match(config[20]!.message, /^99,980 more problems in the rule settings are not shown/);
      const limit = diagnostics.filter((d) => d.code === 'limit');
      assert.equal(diagnostics.length - config.length, MAX_DIAGNOSTICS + 1);
      assert.equal(limit.length, 1);
      assert.match(limit[0]!.message, /^1,000 problems are shown; \d[\d,]* more from here on are not/);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});
