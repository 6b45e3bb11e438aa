// The words and tables the server shows (hover, code lens, status bar, totals report), on exact totals.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../server/src/engine';
import type { WeekTotals } from '../../server/src/features/context';
import { formatMinutes, formatNumber, summaryLine, totalsTable, weeklyTargets } from '../../server/src/features/present';

const week = (overrides: Partial<WeekTotals> = {}): WeekTotals => ({
  week: 2,
  goal: 'balanced',
  gym: 3,
  accessoryGym: 0,
  heavyGym: 1,
  runs: 2,
  easyRuns: 1,
  qualityRuns: 1,
  longRuns: 0,
  steadyRuns: 0,
  cross: 0,
  restDays: 2,
  hardDays: 2,
  legHardDays: 1,
  backToBackHardDays: 0,
  minutes: 330,
  runKm: 12.25,
  load: 1920,
  easyShare: 0.6,
  dayLoads: [480, 400, 0, 360, 0, 680, 0],
  ...overrides,
});

describe('presentation of totals', () => {
  it('writes numbers, times and the one-line summary as a plan reader would', () => {
    assert.equal(formatNumber(1920), '1 920');
    assert.equal(formatNumber(1234567), '1 234 567');
    assert.equal(formatNumber(480), '480');
    assert.equal(formatMinutes(330), '5 h 30 min');
    assert.equal(formatMinutes(60), '1 h');
    assert.equal(formatMinutes(45), '45 min');
    assert.equal(summaryLine(week()), '3 gym (1 heavy) · 2 runs (1 quality) · 2 rest days · load 1 920');
    assert.equal(summaryLine(week({ runs: 1, restDays: 1 })), '3 gym (1 heavy) · 1 run (1 quality) · 1 rest day · load 1 920');
  });

  it('marks hard days ✓ or ✗ as back-to-back-hard judges them', () => {
    const row = (table: string): string | undefined => table.split('\n').find((line) => line.startsWith('| Hard days'));
    assert.equal(row(totalsTable([week()], undefined)), '| Hard days | 2 ✓ (1 leg-hard) | no leg-hard days back to back, no 3 hard days in a row |');
    assert.equal(
      row(totalsTable([week({ backToBackHardDays: 1 })], undefined)),
      '| Hard days | 2 ✗ (1 leg-hard, 1 back to back) | no leg-hard days back to back, no 3 hard days in a row |',
    );
  });

  it('a plan with no goal shows the goal it reads as, and the targets the rules judge it by', () => {
    const lines = totalsTable([week({ goal: undefined, runs: 5, gym: 2 })], undefined, 'running').split('\n');
    assert.equal(lines[0], '**Week 2** — reads as a running plan (no goal written)');
    assert.equal(lines.find((line) => line.startsWith('| Runs')), '| Runs | 5 ✓ | 2–7 runs |');
    assert.equal(lines.find((line) => line.startsWith('| Gym')), '| Gym | 2 ✓ (1 heavy) | 2 sessions |');
  });

  it('uses the configured thresholds and the goal for the targets', () => {
    const config = resolveConfig([{ rules: { 'quality-limit': ['warning', { max: 2 }], 'rest-days': 'off' } }]).config;
    assert.deepEqual(weeklyTargets(config, 'balanced').qualityRuns, { max: 2 });
    assert.deepEqual(weeklyTargets(config, 'running').gym, { min: 2, max: 2 });
    assert.deepEqual(weeklyTargets(config, 'strength').gym, { min: 3, max: 3 });
  });

  it('shows one column for identical repeats and one per week when they differ', () => {
    const same = totalsTable([week({ week: 2, label: 'build' }), week({ week: 3, label: 'build' })], undefined).split('\n');
    assert.deepEqual(same.slice(0, 6), [
      '**Weeks 2–3 · build** — goal: balanced',
      '',
      'The block repeats 2 times; every week has these totals.',
      '',
      '|  | each week | guide |',
      '| --- | --- | --- |',
    ]);
    assert.ok(same.includes('| Quality runs | 1 ✓ | ≤ 1, optional |'));
    assert.ok(same.includes('| Run distance | 12.3 km |  |'));
    assert.ok(same.includes('| Easy share | 60 % | most run time easy |'));
    const differ = totalsTable([week({ week: 2 }), week({ week: 3, goal: 'running', gym: 2, qualityRuns: 2 })], undefined).split('\n');
    assert.equal(differ[2], 'The block repeats 2 times; the weeks differ, so each has a column.');
    assert.equal(differ[4], '|  | week 2 | week 3 | guide |');
    assert.ok(differ.includes('| Gym | 3 ✓ (1 heavy) | 2 ✓ (1 heavy) | 3 sessions |'), differ.join('\n'));
    assert.ok(differ.includes('| Quality runs | 1 ✓ | 2 ✗ | ≤ 1, optional |'), differ.join('\n'));
  });
});
