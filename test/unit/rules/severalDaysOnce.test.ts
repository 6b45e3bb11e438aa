// A line for several days (`Mon, Wed, Fri: run easy @ rpe 7`) is read as each of its days, and a rule reports on it
// once per day; the engine keeps one diagnostic per line and finding (language-decisions.md, "One line for several
// days"): the same message once, messages that differ only by the day as one that names the days. The weekly rules
// still count every day. The CLI's JSON lists what the engine gives.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkPlan, parsePlan } from '../../../server/src/engine';
import type { PlanDiagnostic } from '../../../server/src/engine';
import { run, type CliIo } from '../../../server/src/cli';
import { DayMerge } from '../../../server/src/rules/severalDays';

type Row = [rule: string, range: string, message: string];

const at = (d: PlanDiagnostic): string => `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;
const rows = (text: string, rule?: string): Row[] =>
  checkPlan(parsePlan(text))
    .filter((d) => d.rule !== 'syntax' && (rule === undefined || d.rule === rule))
    .map((d) => [d.rule, at(d), d.message.split(' — ')[0] as string]);

describe('a rule on a line for several days reports once per line', () => {
  it('keeps one easy-run-too-hard for Mon, Wed, Fri, naming the days (it was three at one place)', () => {
    const text = 'goal: 10k\nMon, Wed, Fri: run easy @ rpe 7\n';
    assert.deepEqual(rows(text), [
      ['all-runs-hard', '1:0-1:31', 'Every run this week is a quality run (Mon: run easy @ rpe 7, Wed: run easy @ rpe 7, Fri: run easy @ rpe 7)'],
      ['gym-frequency', '1:0-1:31', 'No gym session this week with goal running'],
      // Counted as three runs: the third quality run is Friday's.
      ['quality-limit', '1:15-1:31', '3rd quality run this week (Fri: run easy @ rpe 7), more than 2 with goal running'],
      ['easy-run-too-hard', '1:24-1:31', 'Easy run at rpe 7 (Mon, Wed, Fri: run easy @ rpe 7)'],
    ]);
    const easy = checkPlan(parsePlan(text)).find((d) => d.rule === 'easy-run-too-hard');
    // The data names the first day (as each day's did) and every day the diagnostic names.
    assert.equal(easy?.data?.['weekday'], 0);
    assert.deepEqual(easy?.data?.['weekdays'], [0, 2, 4]);
  });

  it('merges the related places too, and keeps findings that differ by more than the day apart', () => {
    const text = 'goal: balanced\nMon, Wed: gym lower heavy 90 min + run intervals 6x800m\nTue, Thu: run easy 40 min @ rpe 7\n';
    const all = checkPlan(parsePlan(text));
    assert.deepEqual(rows(text), [
      ['all-runs-hard', '1:0-1:55', 'Every run this week is a quality run (Mon: run intervals 6x800m, Tue: run easy 40 min @ rpe 7, Wed: run intervals 6x800m, Thu: run easy 40 min @ rpe 7)'],
      ['gym-frequency', '1:0-1:55', 'Only 2 gym sessions this week, fewer than 3'],
      ['back-to-back-hard', '1:10-1:32', 'Leg-hard days back to back: Wed: gym lower heavy 90 min right after Tue: run easy 40 min @ rpe 7'],
      ['gym-duration', '1:26-1:32', 'Gym session of 90 min (Mon, Wed: gym lower heavy 90 min), longer than 75 min'],
      ['hard-same-day', '1:35-1:55', 'Heavy legs (Mon, Wed: gym lower heavy 90 min) and a quality run (run intervals 6x800m) on the same day'],
      ['quality-limit', '1:35-1:55', '3rd quality run this week (Wed: run intervals 6x800m), more than 1'],
      ['same-day-spacing', '1:35-1:55', 'Run and gym on Mon, Wed with no times to keep them apart (run intervals 6x800m and gym lower heavy 90 min)'],
      // Two findings: Tuesday's run after Monday's legs, Thursday's after Wednesday's (two days change in each message).
      ['hard-after-heavy-legs', '2:10-2:33', 'Quality run (Thu: run easy 40 min @ rpe 7) the day after heavy legs (Wed: gym lower heavy 90 min)'],
      ['hard-after-heavy-legs', '2:10-2:33', 'Quality run (Tue: run easy 40 min @ rpe 7) the day after heavy legs (Mon: gym lower heavy 90 min)'],
      // The weekly counts differ by their number too: two findings.
      ['quality-limit', '2:10-2:33', '2nd quality run this week (Tue: run easy 40 min @ rpe 7), more than 1'],
      ['quality-limit', '2:10-2:33', '4th quality run this week (Thu: run easy 40 min @ rpe 7), more than 1'],
      ['run-frequency', '2:10-2:33', '4th run this week (Thu: run easy 40 min @ rpe 7), more than 3'],
      ['easy-run-too-hard', '2:26-2:33', 'Easy run at rpe 7 (Tue, Thu: run easy 40 min @ rpe 7)'],
    ]);
    const hard = all.find((d) => d.rule === 'hard-same-day');
    assert.deepEqual(hard?.related, [{ range: { start: { line: 1, column: 10 }, end: { line: 1, column: 32 } }, message: 'The other hard session on Mon, Wed: gym lower heavy 90 min' }]);
  });

  it('points once at a place of several days another diagnostic names (all-runs-hard)', () => {
    const text = 'goal: 10k\nMon: rest; Tue, Thu, Sat: run easy 40 min @ rpe 7\nWed: gym full\n';
    const hard = checkPlan(parsePlan(text)).find((d) => d.rule === 'all-runs-hard');
    assert.deepEqual(hard?.related, [{ range: { start: { line: 1, column: 26 }, end: { line: 1, column: 49 } }, message: 'Quality run: Tue, Thu, Sat: run easy 40 min @ rpe 7' }]);
    assert.deepEqual(rows(text, 'easy-run-too-hard'), [['easy-run-too-hard', '1:42-1:49', 'Easy run at rpe 7 (Tue, Thu, Sat: run easy 40 min @ rpe 7)']]);
  });

  it('keeps one diagnostic over the repeats of a `week 1-3` block, for the first week', () => {
    const text = 'goal: 10k\nweek 1-3\nTue, Thu, Sat: run easy 40 min @ rpe 7\nWed: gym full\n';
    const easy = checkPlan(parsePlan(text)).filter((d) => d.rule === 'easy-run-too-hard');
    assert.deepEqual(
      easy.map((d) => [at(d), d.week, d.message.split(' — ')[0]]),
      [['2:31-2:38', 1, 'Easy run at rpe 7 (Tue, Thu, Sat: run easy 40 min @ rpe 7)']],
    );
  });

  it('leaves diagnostics on lines of one day as they were', () => {
    const text = 'goal: 10k\nMon: run easy @ rpe 7\nWed: run easy @ rpe 7\nFri: run easy @ rpe 7\n';
    assert.deepEqual(rows(text, 'easy-run-too-hard'), [
      ['easy-run-too-hard', '1:14-1:21', 'Easy run at rpe 7 (Mon: run easy @ rpe 7)'],
      ['easy-run-too-hard', '2:14-2:21', 'Easy run at rpe 7 (Wed: run easy @ rpe 7)'],
      ['easy-run-too-hard', '3:14-3:21', 'Easy run at rpe 7 (Fri: run easy @ rpe 7)'],
    ]);
  });

  it('tells one finding on several days from several findings (DayMerge)', () => {
    const one = DayMerge.of('Run and gym on Mon (Mon: gym)');
    assert.ok(one);
    assert.equal(one.add('Run and gym on Wed (Wed: gym)'), 'merged');
    assert.equal(one.add('Run and gym on Mon (Mon: gym)'), 'same');
    assert.equal(one.add('Run and gym on Fri (Wed: gym)'), 'apart');
    assert.equal(one.add('Run and gym at Fri (Fri: gym)'), 'apart');
    assert.equal(one.add('Run and gym on Sun (Sun: gym)'), 'merged');
    assert.equal(one.text(), 'Run and gym on Mon, Wed, Sun (Mon, Wed, Sun: gym)');
    const pair = DayMerge.of('Quality run (Tue: run) after heavy legs (Mon: gym)');
    assert.equal(pair?.add('Quality run (Thu: run) after heavy legs (Wed: gym)'), 'apart');
    assert.equal(DayMerge.of('Only 2 gym sessions this week'), undefined);
  });

  it('lists the same in the CLI JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-several-'));
    try {
      const file = path.join(dir, 'p.hybrid');
      fs.writeFileSync(file, 'goal: 10k\nMon, Wed, Fri: run easy @ rpe 7\n');
      const out: string[] = [];
      const io: CliIo = { out: (t) => out.push(t), err: () => undefined, color: false, cwd: dir };
      assert.equal(run(['check', '--format', 'json', file], io), 0);
      const listed = JSON.parse(out.join('')) as { line: number; column: number; endLine: number; endColumn: number; rule: string; severity: string; message: string }[];
      assert.deepEqual(
        listed.map((d) => [d.rule, d.severity, `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`, d.message.split(' — ')[0]]),
        [
          ['syntax', 'warning', '2:1-2:15', "'Mon, Wed, Fri' names 3 days"],
          ['all-runs-hard', 'warning', '2:1-2:32', 'Every run this week is a quality run (Mon: run easy @ rpe 7, Wed: run easy @ rpe 7, Fri: run easy @ rpe 7)'],
          ['gym-frequency', 'info', '2:1-2:32', 'No gym session this week with goal running'],
          ['quality-limit', 'warning', '2:16-2:32', '3rd quality run this week (Fri: run easy @ rpe 7), more than 2 with goal running'],
          ['easy-run-too-hard', 'warning', '2:25-2:32', 'Easy run at rpe 7 (Mon, Wed, Fri: run easy @ rpe 7)'],
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
