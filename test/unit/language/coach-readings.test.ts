// Issue 12, readings a coaching helper found wrong while typing published plans: each line reads as a coach reads it,
// with exact kinds, values and ranges.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { canonicalEdits } from '../../../server/src/analysis/canonical';
import { applyEdits } from '../../../server/src/analysis/edits';
import { classify } from '../../../server/src/analysis/classify';

import { clean, read } from './read';

const rewrite = (text: string): string => applyEdits(text, canonicalEdits(parsePlan(text)));

function cols(range: { start: { column: number }; end: { column: number } }): [number, number] {
  return [range.start.column, range.end.column];
}

describe('issue 12: readings a coach corrected', () => {
  it("reads 'mod' as moderate: a steady run, moderate gym intensity, an easy cross session", () => {
    const { sessions: [run], errors } = read('Mon: 3m mod');
    assert.equal(run.kind, 'run');
    assert.equal(run.kind === 'run' && run.runType, 'steady');
    assert.ok(Math.abs((run.attributes.distance?.value ?? 0) - 3 * 1.609344) < 1e-9);
    // The small bare 'm' keeps its miles warning, at '3m'.
    assert.deepEqual(errors.map((e) => [e.message, e.severity, ...cols(e.range)]), [
      ["'3m' is read as 3 miles — 'm' is metres; write '3mi', '3km' or '3min'", 'warning', 5, 7],
    ]);
    const [steady] = clean('Mon: mod run 5km');
    assert.equal(steady.kind === 'run' && steady.runType, 'steady');
    const [gym] = clean('Mon: gym upper mod');
    assert.equal(gym.kind === 'gym' && `${gym.focus} ${gym.intensity}`, 'upper moderate');
    const [bike] = clean('Mon: bike mod 30min');
    assert.equal(bike.kind === 'cross' && `${bike.activity} ${bike.effort}`, 'bike easy');
    assert.equal(bike.attributes.duration?.value, 30);
    // The canonical rewrite keeps the meaning.
    assert.equal(rewrite('Mon: mod run 5km'), 'Mon: run steady 5km');
    assert.equal(rewrite('Mon: gym upper mod'), 'Mon: gym upper moderate');
    assert.equal(rewrite('Mon: bike mod 30min'), 'Mon: bike easy 30min');
  });

  it("reads HYROX's 'compromised running' as hard conditioning, not a plain run", () => {
    const [piece] = clean('Sun: 20 min compromised running');
    assert.equal(piece.kind === 'conditioning' && `${piece.style} ${piece.effort}`, 'conditioning hard');
    assert.equal(piece.attributes.duration?.value, 20);
    const [runs] = clean('Sun: compromised runs 4x1km');
    assert.equal(runs.kind === 'conditioning' && runs.effort, 'hard');
    assert.deepEqual(runs.attributes.repeats?.value, { count: 4, eachKm: 1 });
    assert.equal(rewrite('Sun: 20 min compromised running'), 'Sun: conditioning 20min');
  });

  it("reads 'no workout', 'no run', 'no training' as rest, not as the race named after them", () => {
    for (const line of ['Fri: no workout due to race', 'Fri: no run', 'Fri: No training', 'Fri: no running today']) {
      const sessions = clean(line);
      assert.deepEqual(sessions.map((s) => s.kind), ['rest'], line);
    }
    const [rest] = clean('Fri: no workout due to race');
    assert.equal(rest.text, 'no workout due to race');
    assert.equal(rewrite('Fri: no workout due to race'), 'Fri: rest');
  });

  it("reads 'track run' as a run on the track (type from its other words) and 'track' alone as intervals", () => {
    const [laps] = clean('Tue: track run 30 min');
    assert.equal(laps.kind === 'run' && laps.runType, 'easy');
    assert.equal(laps.kind === 'run' && laps.runTypeRange, undefined);
    assert.equal(laps.attributes.duration?.value, 30);
    assert.deepEqual([classify(laps).easyRun, classify(laps).qualityRun], [true, false]);
    const [reps] = clean('Tue: track run 6x400m');
    assert.equal(reps.kind === 'run' && reps.runTypeRange, undefined);
    assert.deepEqual(reps.attributes.repeats?.value, { count: 6, eachKm: 0.4 });
    assert.equal(classify(reps).qualityRun, true);
    const [tempo] = clean('Tue: track run: tempo 20min');
    assert.equal(tempo.kind === 'run' && tempo.runType, 'tempo');
    for (const line of ['Tue: track: 6x400m', 'Tue: track', 'Tue: track workout']) {
      const [track] = clean(line);
      assert.equal(track.kind === 'run' && track.runType, 'intervals', line);
    }
    assert.equal(rewrite('Tue: track run 30 min'), 'Tue: run 30min');
    assert.equal(rewrite('Tue: track: 6x400m'), 'Tue: run intervals 6x400m');
  });

  it("reads '8a', '6:30a', '7:30p' as start times like '8am', with or without '@'", () => {
    const at = (line: string): [number | undefined, string | undefined, [number, number] | undefined] => {
      const [session] = clean(line);
      const time = session.attributes.time;
      return [time?.value.clockMinutes, time?.value.period, time && cols(time.range)];
    };
    assert.deepEqual(at('Wed: run easy 8a'), [480, 'am', [14, 16]]);
    assert.deepEqual(at('Wed: run 7:30p'), [19 * 60 + 30, 'pm', [9, 14]]);
    assert.deepEqual(at('Wed: gym 6:30a'), [6 * 60 + 30, 'am', [9, 14]]);
    assert.deepEqual(at('Wed: 6:30a run 5km'), [6 * 60 + 30, 'am', [5, 10]]);
    assert.deepEqual(at('Wed: bike 6p'), [18 * 60, 'pm', [10, 12]]);
    assert.deepEqual(at('Wed: run @8a'), [480, 'am', [9, 12]]);
    assert.deepEqual(read('Wed: run 13p').errors.map((e) => [e.message, ...cols(e.range)]), [
      ["'13p' is not a time of day — with pm the hour goes from 1 to 12", 9, 12],
    ]);
    // `1a` labels a superset in a gym session: not a 1 am start, and read as the label it is (corpus9b).
    const gym = read('Wed: gym 1a squat 5x5');
    assert.equal(gym.sessions[0].attributes.time, undefined);
    assert.deepEqual(gym.errors.map((e) => cols(e.range)), []);
    assert.equal(rewrite('Wed: 6:30a run 5km'), 'Wed: run 5km 6:30a');
  });

  it("reads a count before an exercise name as its reps, not as the run's miles", () => {
    for (const line of ['Thu: 15 box jumps after each run', 'Thu: run: 15 box jumps', 'Thu: run 4 x 400m with 10 pushups after each']) {
      const [run] = clean(line);
      assert.equal(run.kind, 'run', line);
      assert.equal(run.attributes.distance, undefined, line);
    }
    const [gym] = clean('Thu: 15 box jumps');
    assert.deepEqual(gym.kind === 'gym' && gym.exercises.map((e) => e.name), ['box jumps']);
    // A number that nothing names is still a log's miles, with its warning.
    const log = read('Mon: 14 A very early morning MLR');
    assert.ok(Math.abs((log.sessions[0].attributes.distance?.value ?? 0) - 14 * 1.609344) < 1e-9);
    assert.deepEqual(log.errors.map((e) => [e.severity, ...cols(e.range)]), [['warning', 5, 7]]);
    assert.equal(rewrite('Thu: 15 box jumps after each run'), 'Thu: 15 box jumps after each run');
  });

  it("reads 'w/' as 'with', inside a session and in brackets", () => {
    const [squats] = clean('Fri: squats w/ weights');
    assert.deepEqual(squats.kind === 'gym' && squats.exercises.map((e) => e.name), ['squats']);
    const [listed] = clean('Fri: gym [squats w/ weights 3x10]');
    assert.deepEqual(listed.kind === 'gym' && listed.exercises.map((e) => [e.name, e.sets, e.reps]), [['squats w/ weights', 3, 10]]);
    // One session, not a conditioning piece and a gym session split at the '/'.
    assert.deepEqual(clean('Fri: conditioning: squats w/ weights').map((s) => s.kind), ['conditioning']);
    const [run] = clean('Fri: run 2 miles w/ weights');
    assert.ok(Math.abs((run.attributes.distance?.value ?? 0) - 2 * 1.609344) < 1e-9);
    const [workout] = clean('Fri: run 8mi w/4x800m');
    assert.deepEqual(workout.attributes.repeats?.value, { count: 4, eachKm: 0.8 });
    assert.equal(rewrite('Fri: squats w/ weights'), 'Fri: squats w/ weights');
  });

  it("reads a body-part split joined by '&' or 'and' as one gym session", () => {
    const focus = (line: string): string[] => clean(line).map((s) => (s.kind === 'gym' ? `gym ${s.focus} ${s.intensity}` : s.kind));
    assert.deepEqual(focus('Sat: chest & triceps'), ['gym upper moderate']);
    assert.deepEqual(focus('Sat: Back and Biceps'), ['gym upper moderate']);
    assert.deepEqual(focus('Sat: quads & hamstrings'), ['gym lower moderate']);
    assert.deepEqual(focus('Sat: shoulders & abs'), ['gym upper moderate']);
    assert.deepEqual(focus('Sat: chest, shoulders & triceps'), ['gym upper moderate']);
    assert.deepEqual(focus('Sat: gym chest & triceps'), ['gym upper moderate']);
    assert.equal(clean('Sat: chest & triceps')[0].text, 'chest & triceps');
    // Upper body and legs joined are one full-body workout (Point Five Korean's `legs & shoulders [squats, …, military
    // press]`: one gym visit); sessions that are not body parts still split.
    assert.deepEqual(focus('Sat: legs and shoulders'), ['gym full moderate']);
    assert.deepEqual(focus('Sat: legs & shoulders heavy'), ['gym full heavy']);
    assert.deepEqual(focus('Sat: chest & legs'), ['gym full moderate']);
    assert.equal(rewrite('Sat: legs & shoulders'), 'Sat: gym full');
    assert.deepEqual(focus('Sat: stretch & strength'), ['cross', 'gym full moderate']);
    assert.equal(rewrite('Sat: chest & triceps'), 'Sat: gym upper');
  });
});
