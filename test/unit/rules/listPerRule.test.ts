// `checkPlan`'s listing limit (budgets.ts LISTED_PER_RULE, docs/robustness.md "Budgets"): past `listPerRule` of one
// rule, the rest become one `limit` diagnostic that says at how many more places the rule reports; the fixes never
// pass it, so what they judge is every problem.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan, LIMIT, listingOf } from '../../../server/src/rules/registry';
import { HOSTILE_SHAPES } from '../../../bench/hostile';
import { resolveConfig } from '../../../server/src/rules/config';

const ONLY_HARD_SAME_DAY = resolveConfig([{ source: 'test', rules: { 'same-day-spacing': 'off', 'gym-frequency': 'off', 'run-frequency': 'off', 'main-goal': 'off', 'quality-limit': 'off', 'all-runs-hard': 'off', 'elite-volume': 'off', 'back-to-back-hard': 'off', 'rest-days': 'off', 'hard-after-heavy-legs': 'off', 'session-order': 'off', 'fresh-for-quality': 'off' } }]).config;

/** Six days of heavy legs + intervals: six hard-same-day errors, one per line. */
const SIX_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((day) => `${day}: gym lower heavy + run intervals`).join('\n');

describe('checkPlan: listing at most listPerRule diagnostics of one rule', () => {
  it('lists every diagnostic without the option', () => {
    const all = checkPlan(parsePlan(SIX_DAYS), ONLY_HARD_SAME_DAY);
    assert.deepEqual(all.map((d) => `${d.rule}@${d.range.start.line}`), [0, 1, 2, 3, 4, 5].map((line) => `hard-same-day@${line}`));
  });

  it('lists the first ones and says at how many more places the rule reports, as severe as the most severe', () => {
    const listed = checkPlan(parsePlan(SIX_DAYS), ONLY_HARD_SAME_DAY, { listPerRule: 2 });
    assert.deepEqual(listed.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.column}`), ['hard-same-day@0:23', 'hard-same-day@1:23', 'limit@2:23']);
    const limit = listed[2]!;
    assert.equal(limit.rule, LIMIT);
    assert.equal(limit.severity, 'error');
    assert.equal(limit.message, `'hard-same-day' is reported at 4 more places, not listed (the first of them here) — a rule lists at most 2 problems per plan; fix these first`);
    assert.deepEqual(limit.data, { rule: 'hard-same-day', unlisted: 4 });
  });

  it('counts a place once however many repeated weeks report it, and never counts one already listed', () => {
    // `week 1-3`: every day is reported in three weeks at the same place; the listed ones are merged as before.
    const repeated = `week 1-3\n${SIX_DAYS}\n`;
    const listed = checkPlan(parsePlan(repeated), ONLY_HARD_SAME_DAY, { listPerRule: 2 });
    const limit = listed.find((d) => d.rule === LIMIT);
    assert.deepEqual(limit?.data, { rule: 'hard-same-day', unlisted: 4 });
    assert.equal(listed.filter((d) => d.rule === 'hard-same-day').length, 2);
  });

  it('adds nothing while a rule stays within the limit', () => {
    const listed = checkPlan(parsePlan(SIX_DAYS), ONLY_HARD_SAME_DAY, { listPerRule: 6 });
    assert.equal(listed.length, 6);
    assert.ok(listed.every((d) => d.rule === 'hard-same-day'));
  });

  it('does not let a pair hard-after-heavy-legs restates take a place in the list (it is dropped at the end)', () => {
    const config = resolveConfig([{ source: 'test', rules: { 'same-day-spacing': 'off', 'gym-frequency': 'off', 'run-frequency': 'off', 'main-goal': 'off', 'quality-limit': 'off', 'all-runs-hard': 'off', 'elite-volume': 'off', 'rest-days': 'off', 'hard-same-day': 'off', 'session-order': 'off', 'fresh-for-quality': 'off' } }]).config;
    // Weeks 1–3: heavy legs, then intervals (hard-after-heavy-legs, which the back-to-back pair restates); weeks 4–6:
    // heavy legs two days running (back-to-back-hard's own).
    const restated = (n: number): string => `week ${n}\nMon: gym lower heavy\nTue: run intervals\n`;
    const own = (n: number): string => `week ${n}\nMon: gym lower heavy\nTue: gym lower heavy\n`;
    const text = [1, 2, 3].map(restated).concat([4, 5, 6].map(own)).join('');
    const all = checkPlan(parsePlan(text), config).filter((d) => d.rule === 'back-to-back-hard');
    assert.equal(all.length, 3);
    const listed = checkPlan(parsePlan(text), config, { listPerRule: 3 });
    assert.deepEqual(listed.filter((d) => d.rule === 'back-to-back-hard').map((d) => d.range), all.map((d) => d.range));
    assert.equal(listed.filter((d) => d.rule === LIMIT).length, 0);
  });

  it('keeps the summary as severe as its most severe unlisted report (a warning past the limit of warnings is a warning)', () => {
    // With am/pm 6 h apart, heavy legs + intervals is a warning (hard-same-day's doc); the listed ones are errors.
    const text = `${SIX_DAYS}\nSun am: gym lower heavy\nSun pm: run intervals\n`;
    const listed = checkPlan(parsePlan(text), ONLY_HARD_SAME_DAY, { listPerRule: 6 });
    const limit = listed.find((d) => d.rule === LIMIT);
    assert.equal(limit?.severity, 'warning');
    assert.deepEqual(limit?.data, { rule: 'hard-same-day', unlisted: 1 });
  });
});

describe('checkPlan alsoListed: the listing worked out from a full check, without a second one (hybrid fix)', () => {
  /** Published plans (the readable sets) and hostile shapes up to 40 KB: repeated blocks, many rules, long lines. */
  const corpus = ['plans', 'verbatim'].flatMap((set) => {
    const dir = path.join(__dirname, '../../corpus', set);
    return fs.readdirSync(dir).filter((f) => f.endsWith('.hybrid')).map((f) => ({ name: `${set}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  });
  const shapes = HOSTILE_SHAPES.filter((shape) => shape.text.length <= 40_000).map((shape) => ({ name: shape.name, text: shape.text }));
  const restated = [1, 2, 3].map((n) => `week ${n}\nMon: gym lower heavy\nTue: run intervals\n`).join('') + [4, 5, 6].map((n) => `week ${n}\nMon: gym lower heavy\nTue: gym lower heavy\n`).join('');
  const plans = [...corpus, ...shapes, { name: 'six days', text: SIX_DAYS }, { name: 'restated pairs', text: restated }, { name: 'week 1-3', text: `week 1-3\n${SIX_DAYS}\n` }];
  // A back-to-back pair hard-after-heavy-legs restates (week 1's heavy Sunday, then week 2's intervals) reads the same
  // as one it does not restate (week 2's quality Sunday, then week 3's intervals: the labels are cut at 40 characters,
  // so both Sundays read alike): the restated one must not hide the other (found by a review, 2 December).
  plans.push({
    name: 'restated pair beside a real one',
    text: 'week 1\nSun: legs squats deadlifts lunges step ups bulgarian heavy\nweek 2-3\nMon: run intervals\nSun: legs squats deadlifts lunges step ups bulgarian run intervals\n',
  });
  // A warning first (am/pm 6 h apart), then errors: the summary is as severe as the most severe, not the first.
  plans.push({ name: 'warning then errors', text: `Mon am: gym lower heavy\nMon pm: run intervals\n${SIX_DAYS.split('\n').slice(1).join('\n')}\n` });

  it('lists what listPerRule lists, the same diagnostics in the same order, for every plan and limit', () => {
    assert.ok(corpus.length >= 100, `corpus read: ${corpus.length} plans`);
    let limited = 0;
    for (const { name, text } of plans) {
      const plan = parsePlan(text);
      // The full list itself is what a check without the option gives.
      const plain = checkPlan(plan);
      for (const n of [0, 1, 3]) {
        const full = checkPlan(plan, undefined, { alsoListed: n });
        if (n === 0) assert.deepEqual(full, plain, name);
        const listed = checkPlan(plan, undefined, { listPerRule: n });
        assert.deepEqual(listingOf(full), listed, `${name}, ${n} per rule`);
        if (listed.some((d) => d.rule === LIMIT)) limited++;
      }
    }
    // The comparison covered listings that hold a summary, not only plans within the limit.
    assert.ok(limited > 100, `${limited} listings with a limit diagnostic`);
  });

  it('has no listing for a check made without it', () => {
    assert.equal(listingOf(checkPlan(parsePlan(SIX_DAYS))), undefined);
  });
});
