// Issue 13 (corpus9a, 3 December): forms of 10K and 5K plans with weights days and of Nike Run Club weeks
// (language-decisions.md, "Weights days, Nike weeks and spelled week numbers").
import * as assert from 'node:assert/strict';
import { formatPlan, parsePlan } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/analysis/edits';
import { classify } from '../../../server/src/analysis/classify';
import { checkPlan } from '../../../server/src/rules/registry';
import { sessionsAndErrors, sessionsOf } from './read';

const read = sessionsAndErrors;
const PLUS_WARNING = "Separate the sessions of one day with '+', not ',' — read as two sessions";

describe('forms of 10K plans with weights days and of Nike Run Club weeks (corpus9a)', () => {
  it('reads a week number spelled out (`Week one`, `Week Two: base`, `week twenty-six`) as that week', () => {
    const plan = parsePlan('Week one\nMon: rest\nTues: 1 mi\n\nWeek Two: base\nMon: rest\n\nweek twenty-six (peak)\nMon: rest\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(
      plan.blocks.map((block) => [block.header?.from, block.header?.to, block.header?.label?.value]),
      [
        [1, 1, undefined],
        [2, 2, 'base'],
        [26, 26, 'peak'],
      ],
    );
    // A range in words, and the header's number range covers the word as written.
    const range = parsePlan('week one - three\nMon: rest\n');
    assert.deepEqual(range.blocks.map((block) => [block.header?.from, block.header?.to]), [[1, 3]]);
    // The formatter keeps the word.
    const text = 'Week  one\nMon: rest\n';
    assert.equal(applyEdits(text, formatPlan(parsePlan(text))), 'week one\nMon: rest\n');
    // Any other word after `week` still asks for a number.
    assert.deepEqual(parsePlan('Week of rest\nMon: rest\n').syntaxErrors.map((e) => e.message), [
      "Expected a week number after 'week', like 'week 3' or 'week 2-4'",
    ]);
  });

  it('reads `Watt Bike HIIT` and `erg tabata` as hard cross-training', () => {
    assert.deepEqual(read('Wed: Interval Running (8 x 90s RPE 8 : 30s RPE 3-4) + Watt Bike HIIT (8 x 20s RPE 10 : 10s RPE 1)\n'), {
      sessions: ['run quality', 'cross hard'],
      errors: [],
    });
    assert.deepEqual(read('Wed: erg tabata 8 min\n'), { sessions: ['cross hard'], errors: [] });
    // HIIT alone stays the conditioning session it was.
    assert.deepEqual(read('Wed: HIIT 20 min\n'), { sessions: ['conditioning hard'], errors: [] });
  });

  it('reads `N+TC` (Nike+ Training Club) as one word, `NTC`; a `+` between sessions still separates them', () => {
    assert.deepEqual(read('Wed: N+TC workout\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(read('Wed: gym+run\n'), { sessions: ['gym full', 'run easy'], errors: [] });
    assert.deepEqual(read('Wed: 4+ miles\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Mon: Recovery Run 5km + NTC\n'), { sessions: ['run easy', 'gym full'], errors: [] });
  });

  it('reads a list of alternatives that ends in a day off as its first alternative', () => {
    const day = read('Day 3: Run a few Progression kilometres, do an N+TC workout or take the whole day off\n');
    assert.deepEqual(day, { sessions: ['run steady'], errors: [] });
    assert.deepEqual(read('Day 7: Progression kilometres, do an N+TC workout or take the whole day off\n'), { sessions: ['run steady'], errors: [] });
    assert.deepEqual(read('Mon: easy run 3 miles, cross train or rest\n'), { sessions: ['run easy'], errors: [] });
    // The text keeps the alternatives.
    const [session] = sessionsOf(parsePlan('Day 3: Run a few Progression kilometres, do an N+TC workout or take the whole day off\n'));
    assert.equal(session?.text, 'Run a few Progression kilometres, do an N+TC workout or take the whole day off');
    // A choice of sessions that is not a day off stays the day's second session, with the warning.
    assert.deepEqual(read('Mon: easy run 3 miles, bike or swim 30 min\n'), { sessions: ['run easy', 'cross easy'], errors: [PLUS_WARNING] });
  });

  it('reads `Race sim` as a run, `GHMP` as goal half marathon pace and `GHMP+20-30sec` as its offset', () => {
    assert.deepEqual(read('Sat: Race sim: 6 miles easy, 3 miles@ GHMP+20-30sec ( 9:10-9:20)\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Sat: race simulation 10km\n'), { sessions: ['run easy'], errors: [] });
    const [tempo] = sessionsOf(parsePlan('Thu: 3 miles @ GHMP\n'));
    assert.equal(tempo?.attributes.effortTarget?.value, 'half-marathon');
    assert.deepEqual(read('Sat: run 3 miles @ MP + 20 - 30 sec\n'), { sessions: ['run steady'], errors: [] });
    assert.deepEqual(read('Mon: 6 x 800 at goal pace + 15-20 sec\n'), { sessions: ['run quality'], errors: [] });
    // In its week, the race simulation is the week's long run.
    const week = parsePlan('Tuesday: 5x1000 with 2 min rest @ 10k pace\nThursday: tempo run 20 min\nSaturday: Race sim: 6 miles easy, 3 miles@ GHMP+20-30sec\nSunday: easy 30-45 min\n');
    assert.equal(classify(sessionsOf(week)[2]!).longRun, true);
  });

  it('reads `Gym after run` as two sessions; `after each` and an event or a rest day after `after` stay one', () => {
    assert.deepEqual(read('Mon: Gym after run\n'), { sessions: ['gym full', 'run easy'], errors: [] });
    assert.deepEqual(read('Mon: strength after the long run\n'), { sessions: ['gym full', 'run long'], errors: [] });
    assert.deepEqual(read('Mon: 15 box jumps after each run\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read("Sun: rest after Saturday's race\n"), { sessions: ['rest'], errors: [] });
    assert.deepEqual(read('Mon: run 5 km after work\n'), { sessions: ['run easy'], errors: [] });
    // `after` states no order (the session after it is done first): the same-day rule asks for times, and
    // session-order, which `then` feeds, has nothing to judge.
    const rulesOf = (line: string): string[] => checkPlan(parsePlan(`goal: running\n${line}\n`)).map((d) => d.rule);
    assert.deepEqual(rulesOf('Mon: gym after tempo run'), ['run-frequency', 'same-day-spacing']);
    assert.deepEqual(rulesOf('Mon: gym then tempo run'), ['run-frequency', 'session-order', 'same-day-spacing']);
  });

  it('reads `Run 5K, gym after` and `easy run AM, upper body weights PM` as the two sessions written, without the warning', () => {
    assert.deepEqual(read('Mon: Run 5K, gym after\n'), { sessions: ['run easy', 'gym full'], errors: [] });
    assert.deepEqual(read('Mon: easy run 3 miles, weights afterwards\n'), { sessions: ['run easy', 'gym full'], errors: [] });
    const [run, lift] = sessionsOf(parsePlan('Mon: easy run AM, upper body weights PM\n'));
    assert.deepEqual([run?.kind, lift?.kind], ['run', 'gym']);
    assert.deepEqual([run?.attributes.time?.value, lift?.attributes.time?.value].map((t) => t && 'period' in t && t.period), ['am', 'pm']);
    assert.deepEqual(parsePlan('Mon: easy run AM, upper body weights PM\n').syntaxErrors, []);
    // Without a time of day on the first session, or with `;`, the warning stays.
    assert.deepEqual(read('Mon: run 30 min, gym upper\n').errors, [PLUS_WARNING]);
    assert.deepEqual(read('Mon: gym lower heavy; run easy pm\n').errors, ["Separate the sessions of one day with '+', not ';' — read as two sessions"]);
  });

  it('reads the weights days and Nike wordings of published 10K and 5K plans', () => {
    const cases: [string, string[]][] = [
      ['Mon: 30 min easy run + lower body weights', ['run easy', 'gym lower']],
      ['Mon: Weights (legs) then 3 miles', ['gym lower', 'run easy']],
      ['Mon: Strength: 3 x 10 squats, lunges, push-ups', ['gym full']],
      ['Mon: Upper body weights AM / easy run PM', ['gym upper', 'run easy']],
      ['Mon: Full body resistance session', ['gym full']],
      ['Fri: Resistance Session (see instructions below)', ['gym full']],
      ['Sat: 2 m run/Strength Training', ['run easy', 'gym full']],
      ['Mon: Recovery Run: 5 km at conversational pace', ['run easy']],
      ['Mon: Speed Run: 6 x 400m at 10K pace', ['run quality']],
      ['Mon: 8 x 200m at mile pace', ['run quality']],
      ['Mon: Progression Run of 3-6k', ['run steady']],
      ['Mon: Endurance run of 5-6k', ['run easy']],
      ['Mon: Rest or cross train', ['rest']],
    ];
    for (const [line, sessions] of cases) assert.deepEqual(read(`${line}\n`).sessions, sessions, line);
  });

  it('reads `, pm easy 4 km jog` as the day\'s second outing and `4\'21" min/km` as a pace of 4:21 a km', () => {
    assert.deepEqual(read('Thu: 8 km tempo run, pm easy 4 km jog\n'), { sessions: ['run quality', 'run easy'], errors: [] });
    assert.deepEqual(read('Thu: 8 km tempo, pm gym\n'), { sessions: ['run quality', 'gym full'], errors: [] });
    // A time of day alone after the comma names no outing.
    assert.deepEqual(read('Thu: 8 km tempo, am\n').sessions, ['run quality']);
    for (const line of [`Sun: run 10 km at 4'21"/km`, `Sun: run 10 km @ 4'21" per km`, `Sun: Long Run 12.8 km at 4'21" min/km`]) {
      const plan = parsePlan(`${line}\n`);
      assert.deepEqual(plan.syntaxErrors, [], line);
      assert.equal(sessionsOf(plan)[0]?.attributes.pace?.value.secondsPerKm, 261, line);
    }
    // A minute mark alone is still minutes.
    assert.deepEqual(read("Mon: run 30' easy\n"), { sessions: ['run easy'], errors: [] });
  });
});
