import { strict as assert } from 'node:assert';
import { checkPlan, parsePlan } from '../../../server/src/engine';
import { plan, ruleTests } from './harness';

ruleTests('all-runs-hard', {
  invalid: [
    {
      name: 'a drill session is not the easy run of a week of quality runs',
      text: plan('goal: balanced', 'Tue: run intervals', 'Wed: running form drills 15min', 'Thu: run tempo'),
      errors: [{ severity: 'warning', at: [1, 0, 1, 18], message: ['Every run this week is a quality run (Tue: run intervals, Thu: run tempo)'] }],
    },
    {
      name: 'a steady hour that is not the longest run is not a long run',
      text: plan('goal: balanced', 'Mon: run tempo 70min', 'Sat: steady run 60 min'),
      errors: [{ severity: 'warning', at: 'Mon: run tempo 70min', message: ['No easy run this week: every run is quality or steady'], data: { steady: true } }],
    },
    {
      name: 'two quality runs and nothing else (on the first day line)',
      text: plan('goal: balanced', 'Tue: run intervals', 'Thu: run tempo'),
      errors: [
        {
          severity: 'warning',
          at: [1, 0, 1, 18],
          message: ['Every run this week is a quality run (Tue: run intervals, Thu: run tempo)', 'turning every run into conditioning'],
        },
      ],
    },
    {
      name: 'on the week header',
      text: plan('week 1', 'Tue: run hills', 'Fri: run intervals 10x400m'),
      errors: [{ severity: 'warning', at: 'week 1', message: ['Tue: run hills, Fri: run intervals 10x400m'], week: 1 }],
    },
    {
      name: 'a week with no easy run: quality and steady runs',
      text: plan('Mon: run tempo', 'Wed: run 5km rpe 6', 'Fri: run 40min z3'),
      errors: [{ severity: 'warning', at: 'Mon: run tempo', message: ['No easy run this week: every run is quality or steady', 'kind of hard'], data: { steady: true } }],
    },
    {
      name: 'quality by zone',
      text: plan('Mon: run easy z4', 'Wed: run z5'),
      errors: [{ severity: 'warning', at: 'Mon: run easy z4', message: ['Every run this week is a quality run'] }],
    },
  ],
  valid: [
    {
      name: "a steady hour that is the week's longest run is its long run",
      text: plan('goal: balanced', 'Mon: tempo run 30 min', 'Wed: tempo run', 'Sat: steady run 60 min'),
    },
    { name: 'a race week: the race is not a training run', text: plan('Tue: run tempo', 'Sat: run race 10km', 'Sun: run easy 20min') },
    { name: 'a long run keeps a week of quality and steady runs honest', text: plan('Mon: run tempo', 'Wed: run 5km rpe 6', 'Sat: run long 12km') },
    { name: 'one quality and one easy run', text: plan('Tue: run intervals', 'Fri: run easy') },
    { name: 'a single quality run', text: plan('Tue: run intervals') },
    { name: 'no runs', text: plan('Mon: gym upper') },
    { name: 'z3 is not quality', text: plan('Mon: run easy z3', 'Wed: run tempo') },
  ],
});

describe('all-runs-hard on a week of thousands of quality runs: a bounded diagnostic', () => {
  it('names the first 8 runs and how many more, points to the first 20 (issue 16: outputs that explode)', () => {
    const text = `Mon: ${Array.from({ length: 5000 }, () => 'run intervals').join(' + ')}\n`;
    const found = checkPlan(parsePlan(text)).filter((d) => d.rule === 'all-runs-hard');
    assert.equal(found.length, 1);
    const [diagnostic] = found;
    assert.equal(
      diagnostic!.message,
      `Every run this week is a quality run (${Array.from({ length: 8 }, () => 'Mon: run intervals').join(', ')} and 4,992 more) — the guide warns against turning every run into conditioning; keep 1–2 runs easy`,
    );
    assert.equal(diagnostic!.related?.length, 20);
    assert.deepEqual(diagnostic!.related?.[19]?.range, { start: { line: 0, column: 5 + 19 * 16 }, end: { line: 0, column: 5 + 19 * 16 + 13 } });
    assert.equal((diagnostic!.data as { runs: unknown[] }).runs.length, 20);
  });

  it('names every run of a week of 8', () => {
    const text = `Mon: ${Array.from({ length: 8 }, () => 'run intervals').join(' + ')}\n`;
    const [diagnostic] = checkPlan(parsePlan(text)).filter((d) => d.rule === 'all-runs-hard');
    assert.ok(diagnostic!.message.startsWith(`Every run this week is a quality run (${Array.from({ length: 8 }, () => 'Mon: run intervals').join(', ')}) — `), diagnostic!.message);
    assert.equal(diagnostic!.related?.length, 8);
  });
});
