// Issue 13, "coaching truth" (branch corpus7): fractions of a distance, a count after the distance, repeats with an
// easy part after a comma, a bounded effort target, a run/walk bracket with no run word (language-decisions.md,
// "Fractions of a distance", "Repeats and an easy part of one run", "A bounded target", "A run/walk bracket").
import * as assert from 'node:assert/strict';
import { computeTotals, parsePlan } from '../../../server/src/engine';
import { sessionNotation } from '../../corpus/measure';
import { canonicalSessionText } from '../../../server/src/analysis/canonical';
import type { Plan, Session } from '../../../server/src/engine';

function sessionsOf(plan: Plan): Session[] {
  return plan.statements.flatMap((s) => (s.type === 'day' ? s.sessions : []));
}

function read(text: string): { sessions: string[]; errors: string[] } {
  const plan = parsePlan(text);
  return { sessions: sessionsOf(plan).map(sessionNotation), errors: plan.syntaxErrors.map((e) => e.message) };
}

function only(line: string): Session {
  const plan = parsePlan(`${line}\n`);
  assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], line);
  const [session] = sessionsOf(plan);
  assert.ok(session !== undefined, line);
  return session;
}

const MILE = 1.609344;
const km = (value: number | undefined): number | undefined => (value === undefined ? undefined : Math.round(value * 1000) / 1000);
const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, column: sc }, end: { line: el, column: ec } });

describe('corpus7: what a coach reads in fractions, counts after a distance, easy parts, bounded targets', () => {
  it('reads `1/2 marathon` as a half marathon: the race, and the pace', () => {
    for (const line of ['Sun: 1/2 marathon race', 'Sun: 1/2 marathon', 'Sun: race 1/2 marathon']) {
      const race = only(line);
      assert.ok(race.kind === 'event', line);
      assert.equal(race.event, 'race');
      assert.equal(race.what?.value, 'half marathon', line);
      assert.equal(race.attributes.distance?.value, 42.195 / 2, line);
      assert.equal(sessionNotation(race), 'event race');
    }
    const race = only('Sun: 1/2 marathon race');
    assert.equal(race.kind === 'event' && race.what?.range !== undefined, true);
    assert.deepEqual(race.keywordRange, range(0, 5, 0, 17));
    assert.equal(canonicalSessionText(parsePlan('Sun: 1/2 marathon race\n'), race), 'race half marathon');
    // As a target: the half marathon's pace, a steady run.
    const paced = only('Tue: run 8 miles @ 1/2 marathon pace');
    assert.equal(paced.attributes.effortTarget?.value, 'half-marathon');
    assert.deepEqual(paced.attributes.effortTarget?.range, range(0, 17, 0, 36));
    assert.deepEqual(read('Tue: 8 miles 1/2 marathon pace\nWed: run 8 miles at 1/2 marathon pace\n'), { sessions: ['run steady', 'run steady'], errors: [] });
    // A fraction's `/` never separates two sessions: `run 1/2 marathon race` was a run of '1' (miles, with an error)
    // and a full marathon race of '2'. It is one race now, with the error `run half marathon race` gives.
    const written = parsePlan('Sun: run 1/2 marathon race\n');
    assert.deepEqual(sessionsOf(written).map((s) => s.kind), ['event']);
    assert.deepEqual(written.syntaxErrors.map((e) => e.message), ["A race is of one thing — 'run' is already given"]);
  });

  it('reads a whole number and a fraction, and a count before or after a fraction, as distances and repeats', () => {
    const mixed = only('Mon: 1 1/2 miles easy');
    assert.equal(km(mixed.attributes.distance?.value), km(1.5 * MILE));
    assert.deepEqual(mixed.attributes.distance?.range, range(0, 5, 0, 16));
    assert.equal(km(only('Mon: run 2 1/2 miles').attributes.distance?.value), km(2.5 * MILE));
    assert.equal(only('Mon: bike 2 1/2 hours').attributes.duration?.value, 150);
    for (const [line, count, each] of [
      ['Tue: run 1/2 mile x 6', 6, 0.5 * MILE],
      ['Tue: run 1/2 mile x6', 6, 0.5 * MILE],
      ['Tue: 6 x 1/4 mile', 6, 0.25 * MILE],
      ['Tue: 2 x 1 1/2 miles @ tempo', 2, 1.5 * MILE],
      ['Tue: run 6x1/2km', 6, 0.5],
      ['Tue: run 6x1/4mi @ 5k pace', 6, 0.25 * MILE],
    ] as const) {
      const run = only(line);
      assert.equal(run.attributes.repeats?.value.count, count, line);
      assert.equal(km(run.attributes.repeats?.value.eachKm), km(each), line);
      assert.equal(run.attributes.distance, undefined, line);
      assert.equal(sessionNotation(run), 'run quality', line);
    }
    assert.deepEqual(only('Tue: run 1/2 mile x 6').attributes.repeats?.range, range(0, 9, 0, 21));
    // The canonical form writes the fraction as its decimal.
    const plan = parsePlan('Tue: run 1/2 mile x 6\n');
    assert.equal(canonicalSessionText(plan, sessionsOf(plan)[0]!), 'run 6x0.5mi');
    // `1/4 mile repeats`: the distance of the repeats, quality as before.
    assert.deepEqual(read('Tue: 1/4 mile repeats').sessions, ['run quality']);
  });

  it('reads a count after the distance as repeats, as a count before it is', () => {
    for (const line of ['Tue: run 400m x 8', 'Tue: run 400m x8', 'Tue: 800m x 4 @ 5K pace', 'Tue: 6 x 800m', 'Tue: run 400m x 4']) {
      assert.deepEqual(read(line), { sessions: ['run quality'], errors: [] }, line);
      assert.ok(only(line).attributes.repeats !== undefined, line);
    }
    const ranged = only('Tue: run 400m x 8-10');
    assert.deepEqual(ranged.attributes.repeats?.value, { count: 9, countSpan: { low: 8, high: 10 }, eachKm: 0.4 });
    assert.deepEqual(ranged.attributes.repeats?.range, range(0, 9, 0, 20));
    assert.equal(canonicalSessionText(parsePlan('Tue: run 400m x 8-10\n'), ranged), 'run 8-10x400m');
    // The count closes the quantity: the recovery after it is read as a recovery.
    assert.deepEqual(read('Tue: sprints 40m x6 - 1 min rest'), { sessions: ['run quality'], errors: [] });
    // Only a distance is repeated so: `2 min x8` after a run is still how often a run/walk is done.
    assert.equal(only('Mon: run 1 min walk 2 min x8').attributes.duration?.value, 24);
    // Repeats in km or miles say the week's unit, as a distance does (`Easy 5` is then 5 km, with no warning).
    assert.deepEqual(read('Mon: 6 x 1km\nTue: Easy 5\n').errors, []);
    assert.deepEqual(read('Mon: 1km x 6\nTue: Easy 5\n').errors, []);
    // Shuttles are sprints: quality however short, whichever side the count is written.
    assert.deepEqual(read('Tue: shuttle 20m x8\nWed: shuttles 8 x 20m\n').sessions, ['run quality', 'run quality']);
  });

  it('reads `@ 90%` in a run as a share of the effort, as `at 90%` is', () => {
    assert.deepEqual(read('Tue: run 6 x 150m @ 75%\nWed: sprints 30m x 6-8 @ 90% effort\n'), { sessions: ['run easy', 'run quality'], errors: [] });
    // Past 100 % it is no share of the effort: the error stays.
    assert.ok(read('Mon: Run 30 min @ 170% HR').errors.length > 0);
  });

  it('reads repeats with an easy part after a comma as repeats: the easy word types its part, not the run', () => {
    const run = only('Tue: run 4 x 1 km, 20 min easy');
    assert.ok(run.kind === 'run');
    assert.equal(run.runTypeRange, undefined);
    assert.equal(sessionNotation(run), 'run quality');
    assert.equal(run.attributes.duration?.value, 20);
    // Written before the repeats, too.
    assert.deepEqual(read('Tue: easy run 20 min, 4 x 1 km').sessions, ['run quality']);
    // Short repeats after an easy part are strides: still an easy run.
    assert.deepEqual(read('Tue: easy 40 min, 6 x 100m strides').sessions, ['run easy']);
    // Inside a `with`, the easy run keeps its type.
    assert.deepEqual(read('Tue: easy run 5 miles with 4 x 1 min pickups').sessions, ['run easy']);
  });

  it('counts repeats written as a part of their own in the run\'s distance', () => {
    const cooled = only('Sun: 4 x 1 mile, 2 km jog cool down');
    assert.equal(sessionNotation(cooled), 'run quality');
    assert.equal(cooled.attributes.distance?.value, 8.437);
    assert.deepEqual(cooled.attributes.distance?.range, range(0, 17, 0, 21));
    assert.equal(km(only('Tue: 2 mi warm up, 4 x 1 mile, 2 mi cool down').attributes.distance?.value), km(8 * MILE));
    // A whole stated first stays the whole.
    assert.equal(km(only('Tue: run 8 miles, 2 mi warm up, 4 x 1 mile, 2 mi cool down').attributes.distance?.value), km(8 * MILE));
    assert.equal(km(only('Tue: run 8 miles, 4 x 1 mile').attributes.distance?.value), km(8 * MILE));
    // The week's kilometres follow: 8.437 + 4 km of repeats with 20 easy minutes.
    const [week] = computeTotals(parsePlan('Mon: 4 x 1 mile, 2 km jog cool down\nWed: run 4 x 1 km, 20 min easy\n'));
    assert.equal(week?.runKm, 12.437);
    assert.equal(week?.qualityRuns, 2);
  });

  it('reads a bounded target (`@ or below MP`, `at or slower than marathon pace`) as its target', () => {
    for (const [line, target, notation] of [
      ['Thu: run 8 miles @ or below MP', 'marathon', 'run steady'],
      ['Thu: run 8 miles at or slower than marathon pace', 'marathon', 'run steady'],
      ['Thu: run 6 miles @ or faster than 10K pace', '10k', 'run quality'],
      ['Thu: run 5 miles at no faster than MP', 'marathon', 'run steady'],
      ['Tue: run 5 miles (a little faster than 5K pace)', '5k', 'run quality'],
      // Easier than the target, with no `or`: not at it — no target, the run as written.
      ['Thu: run 5 miles @ slightly slower than MP', undefined, 'run easy'],
      ['Wed: 4-5 miles (a bit slower than goal pace)', undefined, 'run easy'],
    ] as const) {
      const run = only(line);
      assert.equal(run.attributes.effortTarget?.value, target, line);
      assert.equal(sessionNotation(run), notation, line);
    }
    assert.deepEqual(only('Thu: run 8 miles @ or below MP').attributes.effortTarget?.range, range(0, 17, 0, 30));
    // A bound with no target after it is still the '@' error.
    assert.deepEqual(read('Thu: run 5 miles @ or below').errors, [`Expected a time after '@', like @07:00 or @7am — or a pace (@5:00/km) or an effort (@ threshold)`]);
  });

  it('reads the forms of the new corpus plans: `and` between parts, a pace with no unit, times of an exercise, core with lifts, a practice\'s parts', () => {
    // `and` before a distance when the part before has one starts a part (it was "Distance given twice").
    const thu = only('Thu: 1 mile warm up and 6 miles at 8:23 pace (a little faster than MP)');
    assert.equal(km(thu.attributes.distance?.value), km(7 * MILE));
    assert.equal(sessionNotation(thu), 'run steady');
    // `at 9:38 pace`: a pace with no unit, not a start time.
    assert.deepEqual(read('Fri: 11 miles easy at 9:38 pace').errors, []);
    // `6 minutes of planks`: the exercise's time, not a second time of the session.
    const core = only('Sat: gym core 6 min, 6 minutes of planks');
    assert.equal(core.attributes.duration?.value, 6);
    // Core written first, then mostly lifts of other regions: the lifts say the focus.
    assert.deepEqual(read('Mon: 6 min core, walking lunges with 10lb weights, squats, 70 push-ups').sessions, ['gym full']);
    assert.deepEqual(read('Mon: Core day: plank, crunches to failure, 25 KB swings').sessions, ['gym core']);
    // One practice: short repeats after a typed run are its strides; a target of another part is the practice's.
    const tempo = only('Thu: 6km tempo run + 6x100m accelerations');
    assert.ok(tempo.kind === 'run');
    assert.equal(tempo.runType, 'tempo');
    assert.deepEqual(tempo.attributes.strides?.value, { count: 6 });
    assert.deepEqual(read('Tue: 3 miles easy + 6 x 400m').sessions, ['run quality']);
    const goal = parsePlan('goal: 1/2 marathon\nSun: 6 miles + 4 miles goal pace\n');
    assert.deepEqual(goal.syntaxErrors, []);
    assert.equal(goal.goals[0]?.longRace, true);
    assert.equal(sessionsOf(goal)[0]?.attributes.effortTarget?.value, 'race');
    // An aside after the strides says how they are run, not the run.
    assert.deepEqual(read('Thu: 55-65 min + 5 strides (fast)').sessions, ['run easy']);
  });

  it('reads a run/walk bracket with no run word as a run', () => {
    for (const line of ['Mon: 3 x (10 min easy, 1 min walk)', 'Mon: 3 x (10 min easy / 1 min walk)', 'Mon: 20 min easy, 5 min walk']) {
      assert.deepEqual(read(line), { sessions: ['run easy'], errors: [] }, line);
    }
    const run = only('Mon: 3 x (10 min easy, 1 min walk)');
    assert.deepEqual(run.keywordRange, range(0, 17, 0, 21));
    // The walk's own effort word still makes it a walk.
    assert.deepEqual(read('Mon: 30 min easy walk').sessions, ['cross easy']);
  });
});
