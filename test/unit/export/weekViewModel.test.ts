// The week view's model (server/src/features/weekView.ts): where each conflict is drawn, repeated blocks, the
// week summary and the chart's acute:chronic band.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { buildWeekView, loadPoints, type WeekViewModel } from '../../../server/src/features/weekView';
import { renderWeekViewBody } from '../../../client/src/weekView/html';

function view(text: string): WeekViewModel {
  const plan = parsePlan(text);
  return buildWeekView(plan, checkPlan(plan), { uri: 'file:///plan.hybrid', version: 4 });
}

const REPEATED = [
  'week 1',
  'Mon: gym lower heavy',
  'Tue: run easy',
  'Wed: gym upper heavy',
  'Thu: run easy',
  'Fri: gym full',
  'Sat: run long',
  'Sun: bike',
  'week 2-3',
  'Mon: gym lower heavy + run intervals',
  'Tue: rest',
  'Thu: run easy',
  '',
].join('\n');

describe('week view model', () => {
  it('puts session conflicts on their chips, week conflicts on their week and plan conflicts on the plan', () => {
    const model = view(REPEATED);
    assert.deepEqual(model.planConflicts.map((conflict) => conflict.rule), ['main-goal']);
    assert.deepEqual(
      model.weeks.map((week) => [week.number, week.repeats, week.conflicts.map((conflict) => conflict.rule)]),
      [
        [1, undefined, ['rest-days']],
        [2, { from: 2, to: 3 }, ['gym-frequency']],
        [3, { from: 2, to: 3 }, ['gym-frequency']],
      ],
    );
    const chipConflicts = model.weeks.map((week) =>
      week.days.flatMap((day) => day.sessions.filter((session) => session.conflicts.length > 0).map((session) => `${session.id} ${session.conflicts.map((c) => `${c.severity} ${c.rule}`).join(', ')}`)),
    );
    // The repeated block's conflict is drawn in each of its weeks (they share the line).
    assert.deepEqual(chipConflicts, [[], ['9:23 error hard-same-day, info same-day-spacing'], ['9:23 error hard-same-day, info same-day-spacing']]);
    const sameDay = model.weeks[1]!.days[0]!.sessions[1]!.conflicts[0]!;
    assert.match(sameDay.reason, /^Avoid: heavy squats \+ intervals on the same day\./);
  });

  it('gives conditioning, sport, races and tests and steady runs their own chips, with their class words', () => {
    const model = view('Mon: crossfit + run steady 40min\nTue: football easy\nWed: easy run 30 min\nSat: parkrun\nSun: test acft\n');
    const chips = model.weeks[0].days.flatMap((day) => day.sessions.map((session) => [session.text, session.chip, session.classes.join(', ')]));
    assert.deepEqual(chips, [
      ['crossfit', 'conditioning', 'hard conditioning'],
      ['run steady 40min', 'steady-run', 'steady run'],
      ['football easy', 'sport', 'easy sport'],
      ['easy run 30 min', 'easy-run', 'easy run'],
      ['parkrun', 'event', 'race'],
      ['test acft', 'event', 'test'],
    ]);
    // The legend names the new chips only when the plan has them.
    const legend = (text: string): string[] => [...renderWeekViewBody(view(text)).matchAll(/class="legend-item"><span class="swatch chip-([a-z-]+)"/g)].map((match) => match[1]);
    assert.deepEqual(legend('Mon: crossfit + run steady 40min\nTue: football easy\nSat: parkrun\n'), [
      'heavy-legs', 'hard-gym', 'gym', 'quality-run', 'long-run', 'steady-run', 'easy-run', 'hard-cross', 'cross', 'conditioning', 'sport', 'event', 'rest',
    ]);
    assert.equal(legend('Mon: gym upper\nTue: run easy\n').length, 9);
  });

  it('summarises each week in one line and marks rest days', () => {
    const model = view(REPEATED);
    assert.equal(model.weeks[0]!.summary, '3 gym (2 heavy) · 3 runs (0 quality) · 0 rest days · load 2 055');
    assert.equal(model.weeks[1]!.summary, '1 gym (1 heavy) · 2 runs (1 quality) · 5 rest days · load 1 000');
    assert.deepEqual(model.weeks[1]!.days.map((day) => day.rest), [false, true, true, false, true, true, true]);
    assert.deepEqual(model.weeks[1]!.days[2], { weekday: 2, name: 'Wed', fullName: 'Wednesday', rest: true, load: 0, sessions: [] });
  });

  it('bands each week from the 4th at 0.8–1.5× the mean of the previous three', () => {
    assert.deepEqual(
      loadPoints([
        { number: 1, load: 1000 },
        { number: 2, load: 1200 },
        { number: 3, load: 1400 },
        { number: 4, load: 1900 },
        { number: 5, load: 900 },
        { number: 6, load: 1300 },
      ]),
      [
        { week: 1, load: 1000, status: 'no-history' },
        { week: 2, load: 1200, status: 'no-history' },
        { week: 3, load: 1400, status: 'no-history' },
        { week: 4, load: 1900, chronic: 1200, low: 960, high: 1800, status: 'above' },
        { week: 5, load: 900, chronic: 1500, low: 1200, high: 2250, status: 'below' },
        { week: 6, load: 1300, chronic: 1400, low: 1120, high: 2100, status: 'in-band' },
      ],
    );
  });
});
