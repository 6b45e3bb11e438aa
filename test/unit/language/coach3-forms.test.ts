// Issue 13 (coach3): forms of five more published plans — "or more" after a number, `, or` alternatives, sets before
// each name of a comma list, fractions in exercise names, PMP/GMP, `arm work` — read without a diagnostic, with exact
// values and ranges.
import { strict as assert } from 'node:assert';
import type { Session } from '../../../server/src/language/model';

import { clean, read } from './read';

function only<K extends Session['kind']>(sessions: Session[], kind: K): Extract<Session, { kind: K }> {
  assert.equal(sessions.length, 1);
  assert.equal(sessions[0].kind, kind);
  return sessions[0] as Extract<Session, { kind: K }>;
}

describe('issue 13 (coach3): published forms', () => {
  it("reads a '+' glued to a number as 'or more', not a new session", () => {
    const run = only(clean('Wed: hard: 4+ miles, 4x1:00 faster running'), 'run');
    assert.equal(run.attributes.distance?.value, 6.437376);
    assert.equal(only(clean('Mon: run 5km rpe 7+'), 'run').attributes.rpe?.value, 7);
    assert.equal(only(clean('Mon: run 30+ min'), 'run').attributes.duration?.value, 30);
    // `z4+` and a spaced `+` after it: one run, then a gym session.
    assert.deepEqual(clean('Mon: run 5km z4+ + gym upper').map((s) => s.kind), ['run', 'gym']);
    // A spaced `+`, or one after a unit, still starts a session; sprinters' reps are unchanged.
    assert.deepEqual(clean('Mon: run 5km + gym upper').map((s) => s.kind), ['run', 'gym']);
    assert.deepEqual(clean('Mon: run 5km+ gym upper').map((s) => s.kind), ['run', 'gym']);
    assert.equal(clean('Mon: tempo 110+110+110').length, 1);
    // A session named after the `+` makes it the separator after all.
    assert.deepEqual(clean('Sun: bike hard rpe 7+ gym upper heavy').map((s) => s.kind), ['cross', 'gym']);
  });

  it("reads ', or' as an alternative: the first counts", () => {
    const run = only(clean('Sat: 30 minutes easy run, or bike, or swim'), 'run');
    assert.equal(run.runType, 'easy');
    assert.equal(run.attributes.duration?.value, 30);
    assert.equal(only(clean('Sat: rest, or walk 30 min'), 'rest').kind, 'rest');
  });

  it('reads sets written before each name of a comma list as the exercises’ schemes', () => {
    const [run, gym] = clean('Mon: run 3 miles + PT 5x25 push-ups, 5x25 sit-ups, 3x4 pull-ups');
    assert.equal(run.kind, 'run');
    assert.equal(gym.kind, 'gym');
    if (gym.kind !== 'gym') return;
    assert.deepEqual(gym.exercises.map((e) => [e.name, e.sets, e.reps]), [['push-ups', 5, 25], ['sit-ups', 5, 25], ['pull-ups', 3, 4]]);
    assert.equal(gym.attributes.repeats, undefined);
    // The first exercise's range is its name, as for `5x5 squats` (line `Mon: run 3 miles + PT 5x25 push-ups…`).
    assert.deepEqual([gym.exercises[0].range.start.column, gym.exercises[0].range.end.column], [27, 35]);
  });

  it('keeps a fraction in an exercise name', () => {
    const gym = only(clean('Wed: gym [leg curl, stability on 1/2 bosu ball]'), 'gym');
    assert.deepEqual(gym.exercises.map((e) => e.name), ['leg curl', 'stability on 1/2 bosu ball']);
    // A fraction with nothing after it is still no set scheme.
    assert.match(read('Wed: gym [squat 3/5]').errors[0]?.message ?? '', /'3' is not a set scheme/);
  });

  it('reads running between circuit stations, or rounds of a run and stations, as one circuit', () => {
    const squad = only(clean('Thu: squad runs with circuit stations: buddy drag/carry, low/high crawl, sprints, pull-ups, squats'), 'conditioning');
    assert.deepEqual([squad.style, squad.effort], ['circuit', 'hard']);
    // The commas of a `2 rounds:` list are its stations, not new sessions (no "separate with '+'" warning).
    const mix = only(clean('Day 3: endurance mix: 2 rounds: 1km run @ steady, 750m row, 150m farmers carry, 50m sandbag lunges, 2 min rest'), 'conditioning');
    assert.equal(mix.style, 'circuit');
    // Rounds of running alone, or a circuit named as a route, stay runs.
    assert.equal(only(clean('Tue: run 5 rounds of 400m'), 'run').kind, 'run');
    assert.equal(only(clean('Sat: run 5km circuit'), 'run').kind, 'run');
  });

  it('reads CrossFit loads and WODs: 53# is pounds, @1/2 of 1rm a share, a buy-in and cash-out one WOD', () => {
    const gym = only(clean('Wed: gym [thruster 3x5 @95#]'), 'gym');
    assert.deepEqual(gym.exercises[0].load, { text: '95#', kg: 43.09 });
    const [press] = clean('Wed: strict press 1-1-1-1-1, then 21-15-9 of: chinups, abmat situps, push press @1/2 of 1rm strict press');
    assert.equal(press.kind === 'gym' && press.exercises.find((e) => e.load !== undefined)?.load?.percent, 50);
    const wod = only(clean('Tue: buy-in 400m run, then 4 rounds for time of: 15 box jumps, 10 KB swings @53#, 15 squats, cashout 400m run'), 'conditioning');
    assert.equal(wod.effort, 'hard');
    assert.equal(only(clean('Tue: 4 rounds for time of: 15 box jumps, 15 squats'), 'conditioning').effort, 'hard');
    // A `#` with a space before it, or glued to a word, still starts a comment; a clock time after `@` is unchanged.
    assert.equal(only(clean('Mon: run 5km #note'), 'run').kind, 'run');
    assert.equal(only(clean('Mon: run 5km @7am'), 'run').attributes.time?.value.clockMinutes, 420);
  });

  it("reads Daniels' paces, the magic mile and sled pushes", () => {
    assert.equal(only(clean('Tue: Tempo: 1 mi WU, 3 mi @ T pace, 1 mi CD'), 'run').attributes.effortTarget?.value, 'threshold');
    assert.equal(only(clean('Thu: run 6mi @ M pace'), 'run').attributes.effortTarget?.value, 'marathon');
    assert.equal(only(clean('Fri: run 5 x 1000m @ I pace'), 'run').attributes.effortTarget?.value, 'interval');
    const magic = only(clean('Sat: Magic mile'), 'event');
    assert.deepEqual([magic.event, magic.attributes.distance?.value], ['test', 1.609344]);
    const sled = only(clean('Mon: Sled pushes 6 x 20m'), 'gym');
    assert.deepEqual(sled.exercises.map((e) => [e.name, e.sets, e.metres]), [['sled pushes', 6, 20]]);
  });

  it('reads PMP and GMP as marathon pace, and arm work as an upper-body gym session', () => {
    const long = only(clean('Sun: Long Run: 8 miles at PMP of 8:45/mi'), 'run');
    assert.equal(long.runType, 'long');
    assert.equal(long.attributes.effortTarget?.value, 'marathon');
    assert.equal(only(clean('Tue: run 8 miles @ GMP'), 'run').attributes.effortTarget?.value, 'marathon');
    const [, arms] = clean('Mon: medium: 5 miles + arm work [bicep curl, dips]');
    assert.equal(arms.kind === 'gym' && arms.focus, 'upper');
    // `1 arm DB rows` stays an exercise of the session before it.
    assert.equal(clean('Thu: 5x5 deadlift, 1 arm DB rows, chins').length, 1);
  });
});

describe('issue 13 (verb): finishers of conditioning moves', () => {
  it("reads conditioning moves after 'finish with' or '+' as a conditioning session of their own", () => {
    const [gym, finisher] = clean('Fri: Full body weight, finish with wall balls or burpees');
    assert.equal(gym.kind, 'gym');
    assert.equal(finisher.kind, 'conditioning');
    assert.equal(finisher.text, 'wall balls or burpees');
    assert.deepEqual([finisher.range.start.column, finisher.range.end.column], [35, 56]);
    assert.deepEqual(clean('Fri: full body weights + wall balls or burpees').map((s) => s.kind), ['gym', 'conditioning']);
    assert.deepEqual(clean('Fri: threshold run + wall ball work').map((s) => s.kind), ['run', 'conditioning']);
    assert.deepEqual(clean('Fri: gym then burpees').map((s) => s.kind), ['gym', 'conditioning']);
    const [, burpees] = clean('Sat: run easy 30min + burpees 20min');
    assert.deepEqual([burpees.kind, burpees.kind === 'conditioning' && burpees.effort, burpees.attributes.duration?.value], ['conditioning', 'hard', 20]);
    // First on the day, conditioning moves are a lift's exercises, as before.
    assert.deepEqual(only(clean('Mon: wall balls 3x20'), 'gym').exercises.map((e) => [e.name, e.sets, e.reps]), [['wall balls', 3, 20]]);
  });

  it("reads an erg after 'finish with' as a hard piece, unless written easy", () => {
    const effort = (line: string): string[] => clean(line).map((s) => `${s.kind} ${s.kind === 'cross' ? `${s.activity} ${s.effort}` : ''}`.trim());
    assert.deepEqual(effort('Tue: Full body weights, finish with ERG'), ['gym', 'cross row hard']);
    assert.deepEqual(effort('Tue: gym, finish with 500m row'), ['gym', 'cross row hard']);
    assert.deepEqual(effort('Tue: gym, finish with easy bike 10min'), ['gym', 'cross bike easy']);
    // `then` is the next session, not a finisher; a walk after the weights is no erg.
    assert.deepEqual(effort('Tue: gym then bike'), ['gym', 'cross bike easy']);
    assert.deepEqual(effort('Tue: gym, finish with walk'), ['gym', 'cross walk easy']);
  });

  it("keeps a conditioning move in a lift's comma list or brackets", () => {
    const gym = only(clean('Fri: squat 5x5, burpees 3x10'), 'gym');
    assert.deepEqual(gym.exercises.map((e) => e.name), ['squat', 'burpees']);
    assert.equal(only(clean('Fri: gym [squat 5x5, burpees 3x10]'), 'gym').exercises.length, 2);
    assert.equal(only(clean('Fri: PT: push-ups, burpees'), 'gym').kind, 'gym');
  });
});

describe('issue 13 (verb): a best-effort mile, then a circuit', () => {
  const notation = (line: string): string[] => clean(line).map((s) => `${s.kind} ${s.attributes.time?.value.period ?? '-'} ${s.attributes.distance?.value ?? '-'}`);

  it("reads a conditioning word written last, after a run's effort, as the next session", () => {
    const [bike, mile, circuit] = clean('Tuesday: AM - 12 mile bike ride PM- 1 mile run best effort circuit');
    assert.deepEqual([bike.kind, mile.kind, circuit.kind], ['cross', 'run', 'conditioning']);
    assert.equal(mile.text, 'PM- 1 mile run best effort');
    assert.deepEqual([circuit.range.start.column, circuit.range.end.column], [59, 66]);
    assert.deepEqual(notation('Monday: AM - 5 mile run PM - 1 mile best effort working at 100 % of your capability Circuit'), [
      'run am 8.04672',
      'run pm 1.609344',
      'conditioning - -',
    ]);
  });

  it('keeps a circuit that names the route in the run', () => {
    assert.equal(only(clean('Sat: run 5km circuit'), 'run').kind, 'run');
    assert.equal(only(clean('Sat: 5km easy run circuit'), 'run').kind, 'run');
    assert.equal(only(clean('Sat: 3 mile run round the park circuit'), 'run').kind, 'run');
  });

  it('keeps a run with a time of day of its own apart from the run before (no warm-up piece)', () => {
    assert.deepEqual(notation('Mon: AM - 5 mile run PM - 1 mile'), ['run am 8.04672', 'run pm 1.609344']);
    // Without a time of its own, a distance before the run is still its warm-up.
    assert.equal(clean('Mon: 2km + run tempo 5km').length, 1);
  });
});

describe('issue 13 (verb): the warm-up of a race', () => {
  it('keeps the km of the pieces merged into a race apart from its distance', () => {
    const race = only(clean('Sat: parkrun + 2km cooldown'), 'event');
    assert.deepEqual([race.attributes.distance?.value, race.warmUpKm], [5, 2]);
    assert.equal(only(clean('Sat: parkrun + 1km warmup'), 'event').warmUpKm, 1);
    assert.equal(only(clean('Sat: parkrun'), 'event').warmUpKm, undefined);
  });
});
