// Issue 13, "coaching truth" (branch corpus12b): elite and sub-elite doubles weeks — a camp week with clock times
// before each run, a training journal with its miles in brackets and ice baths, Daniels' letters after a time, a heavy
// gym day in an aside, a day that points at another with an alternative, doubles in minutes with their times of day
// (language-decisions.md, "Elite doubles logs: start times, bracketed miles, aftercare, Daniels' letters").
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import type { Session } from '../../../server/src/language/model';
import { daysOf, sessionsAndErrors } from './read';

function sessionsOf(line: string): Session[] {
  const plan = parsePlan(`${line}\n`);
  assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], line);
  return plan.statements.flatMap((s) => (s.type === 'day' ? s.sessions : []));
}

function columns(range: { start: { column: number }; end: { column: number } } | undefined): [number, number] | undefined {
  return range && [range.start.column, range.end.column];
}

describe('corpus12b: elite doubles logs', () => {
  it('reads a start time with am/pm glued on, then a dash, as the start of the run written after it', () => {
    const [run] = sessionsOf('Mon: 6:00AM – 8-10km easy (~5:00/km)');
    assert.equal(run?.kind, 'run');
    assert.deepEqual(run?.attributes.time?.value, { clockMinutes: 360, period: 'am' });
    assert.deepEqual(columns(run?.attributes.time?.range), [5, 11]);
    assert.equal(run?.attributes.distance?.value, 9);
    assert.deepEqual(columns(run?.attributes.distance?.range), [14, 20]);
    assert.deepEqual(sessionsAndErrors('Mon: 9:30AM – 18.2km hard (3:22-3:32/km average)\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: 6am - 8km easy\n'), { sessions: ['run easy'], errors: [] });
    // Another clock time after the dash is still a span of the day, its minutes the session's.
    const [gym] = sessionsOf('Mon: gym 7am - 9am');
    assert.deepEqual([gym?.attributes.time?.value, gym?.attributes.duration?.value], [{ clockMinutes: 420, period: 'am' }, 120]);
    assert.equal(sessionsOf('Mon: gym 7am - 9 am')[0]?.attributes.duration?.value, 120);
  });

  it("reads a log's bracket of miles after a run as its distance (or the day's figure), not exercises", () => {
    const [run] = sessionsOf('Tue: 71′ + 5 x 20″ surges. [10 miles]');
    assert.equal(run?.attributes.duration?.value, 71);
    assert.ok(Math.abs((run?.attributes.distance?.value ?? 0) - 16.09344) < 1e-9);
    assert.deepEqual(columns(run?.attributes.distance?.range), [27, 37]);
    assert.deepEqual(run?.kind === 'run' ? run.attributes.strides?.value : undefined, { count: 5 });
    // A distance already written stays; bare miles and `total` read the same; a lift's bracket is still its exercises.
    assert.equal(sessionsOf('Mon: run 8 mi [9 miles]')[0]?.attributes.distance?.value, 8 * 1.609344);
    assert.equal(sessionsOf('Mon: run 60 min [10]')[0]?.attributes.distance?.value, 10 * 1.609344);
    assert.equal(sessionsOf('Mon: run 40 min [5km total]')[0]?.attributes.distance?.value, 5);
    assert.deepEqual(sessionsAndErrors('Mon: run 60 min [squat 5x5]\n').errors, ['Exercises in brackets are only for gym sessions, not a run']);
  });

  it('reads recovery care after a session (ice bath, cold plunge, sauna) as no session and none of its time', () => {
    const [run] = sessionsOf('Fri: run 36 min + 4 strides + 11 min. ice bath. [5 miles]');
    assert.equal(run?.attributes.duration?.value, 36);
    assert.ok(Math.abs((run?.attributes.distance?.value ?? 0) - 5 * 1.609344) < 1e-9);
    assert.deepEqual(sessionsAndErrors('Fri: Standard warm-up, 36 min. + 4 strides. Light drills + 11 min. ice bath. [5 miles]\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Fri: gym upper + ice bath\n'), { sessions: ['gym upper'], errors: [] });
    assert.equal(sessionsOf('Fri: run 30 min + 15 min sauna')[0]?.attributes.duration?.value, 30);
    // Alone it names no session (still an error), and a rest written as time after a run keeps its reading.
    assert.match(sessionsAndErrors('Fri: ice bath\n').errors.join(' '), /Unknown session 'ice'/);
    assert.equal(sessionsOf('Mon: run 30 min, 5 min rest')[0]?.attributes.duration?.value, 30);
  });

  it("reads a time with its unit's full stop (`66 min.`) as a run, as `66 min` is", () => {
    assert.deepEqual(sessionsAndErrors('Mon: 66 min.\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: 60 min. + 4 x 100m\n'), { sessions: ['run easy'], errors: [] });
    assert.equal(sessionsOf('Mon: Standard warm-up, 36 min. + 4 strides.')[0]?.attributes.duration?.value, 36);
  });

  it('reads surges after a run as its strides; surges alone are a run, timed repeats of them a workout', () => {
    assert.deepEqual(sessionsAndErrors("Tue: 71' + 5 x 20 sec surges\n"), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Tue: surges\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Tue: 6 x 2 min surges\n'), { sessions: ['run quality'], errors: [] });
  });

  it("reads Daniels' letters after a time or a distance (`90' L`, `30' T`, `40 min M`, `5 x 3' I`)", () => {
    const [long] = sessionsOf("Sun: 90' L");
    assert.deepEqual([long?.kind === 'run' ? long.runType : undefined, long?.attributes.duration?.value], ['long', 90]);
    assert.deepEqual(sessionsAndErrors('Sun: 2 hr L\n'), { sessions: ['run long'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Sun: 90 min L\n'), { sessions: ['run long'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Tue: 40 min M\n'), { sessions: ['run steady'], errors: [] });
    assert.deepEqual(sessionsAndErrors("Tue: 5 x 3' I\n"), { sessions: ['run quality'], errors: [] });
    const [tempo] = sessionsOf("Tue: 2 x 20' T + 6 strides");
    assert.deepEqual([tempo?.attributes.effortTarget?.value, columns(tempo?.attributes.effortTarget?.range)], ['threshold', [13, 14]]);
    assert.deepEqual(tempo?.kind === 'run' ? tempo.attributes.strides?.value : undefined, { count: 6 });
    assert.equal(sessionsOf("Tue: 2 x 20' T + strides")[0]?.attributes.effortTarget?.value, 'threshold');
    // A letter of prose, or one before other words, is no pace: `60' I felt good` is no interval run.
    assert.deepEqual(sessionsAndErrors("Mon: 60' I felt good\n").sessions, []);
    assert.equal(sessionsOf('Tue: 8 mi @ M')[0]?.attributes.effortTarget?.value, 'marathon');
  });

  it('reads an intensity with the lifting it qualifies in an aside (`gym (heavy lifting)`) as the gym session\'s', () => {
    assert.deepEqual(sessionsAndErrors('Thu: 30 mins easy run plus gym (heavy lifting)\n'), { sessions: ['run easy', 'gym full heavy-legs'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Thu: upper body (heavy lifting)\n'), { sessions: ['gym upper heavy'], errors: [] });
    const [gym] = sessionsOf('Thu: gym (heavy lifting)');
    assert.deepEqual(gym?.kind === 'gym' ? [gym.intensity, gym.attributes.note?.value] : undefined, ['heavy', 'heavy lifting']);
    // More words than that stay the note.
    assert.deepEqual(sessionsAndErrors('Thu: gym (heavy lifting day)\n').sessions, ['gym full']);
  });

  it('reads `Same as Monday or …` as a line that points at Monday, whatever the alternative names', () => {
    const plan = parsePlan('Monday: run 60 min steady\nSaturday: Same as Monday or a hills session for strength\n');
    assert.deepEqual(plan.syntaxErrors.map((e) => [e.range.start.line, e.message]), [
      [1, "'Same as Monday' — write Monday's sessions on this line: each day line says what it holds (Monday: 'run 60 min steady')"],
    ]);
    const edit = plan.syntaxErrors[0]?.fixes?.[0]?.edits[0];
    assert.deepEqual([edit?.newText, columns(edit?.range)], ['run 60 min steady', [10, 24]]);
    assert.deepEqual(daysOf('Monday: run 60 min steady\nSaturday: Same as Monday or a hills session for strength\n').days, ['Mon run steady']);
  });

  it('reads two outings given by their minutes or distance, each with its time of day, on either side of `/` as a double', () => {
    const [am, pm] = sessionsOf("Mon: 70' AM / 35' PM");
    assert.deepEqual([am?.attributes.duration?.value, am?.attributes.time?.value, pm?.attributes.duration?.value, pm?.attributes.time?.value], [70, { period: 'am' }, 35, { period: 'pm' }]);
    assert.deepEqual(columns(pm?.attributes.duration?.range), [14, 17]);
    assert.deepEqual(sessionsAndErrors("Mon: 70' (am) / 35' (pm)\n"), { sessions: ['run easy', 'run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: 10 mi (AM) / 4 mi (PM)\n'), { sessions: ['run easy', 'run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: 70 min am / 35 min pm\n'), { sessions: ['run easy', 'run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors("Mon: AM 70' / PM 35'\n"), { sessions: ['run easy', 'run easy'], errors: [] });
    // One outing alone with its time of day after it is a run too.
    assert.deepEqual(sessionsAndErrors("Mon: 70' AM\n"), { sessions: ['run easy'], errors: [] });
    // Without times of day a second time goes on with the first run, as after `+` (`60' + 30'`); a run's `/` keeps its
    // reading.
    assert.deepEqual(sessionsOf("Mon: 70' / 35'").map((s) => s.attributes.duration?.value), [105]);
    assert.equal(sessionsOf('Mon: run 30 min / 45 min').length, 1);
  });

  it("reads a time with `with` and its parts, and timed repeats `on` / `off`, as a run (`60' w/ 10 x 1' hard`)", () => {
    assert.deepEqual(sessionsAndErrors("Sun: 60' w/ 10 x 1' hard\n"), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(sessionsAndErrors("Sun: 90' w/ last 20' @ M\n"), { sessions: ['run long+quality'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Sun: 60 min w/ 4 x 5 min @ T\n'), { sessions: ['run quality'], errors: [] });
    const [fartlek] = sessionsOf("Sun: 70' w/ 10 x 1' on/1' off");
    assert.deepEqual([fartlek?.kind, fartlek?.attributes.duration?.value, fartlek?.attributes.repeats?.value], ['run', 70, { count: 10, eachMinutes: 1 }]);
    assert.deepEqual(columns(fartlek?.attributes.repeats?.range), [12, 19]);
    for (const line of ["Sun: 10 x 1' on/1' off", 'Sun: 10 x 1 min on / 1 min off', "Sun: 10 x 1' on 1' off", 'Sun: 10 x 1 min on, 1 min off']) {
      const [run] = sessionsOf(line);
      assert.deepEqual([run?.kind, run?.attributes.repeats?.value, run?.attributes.duration], ['run', { count: 10, eachMinutes: 1 }, undefined], line);
      assert.deepEqual(sessionsAndErrors(`${line}\n`).sessions, ['run quality'], line);
    }
    // A session named keeps its kind; a time with what is not a run's part keeps its reading.
    assert.deepEqual(sessionsAndErrors("Mon: bike 10 x 1' on/1' off\n").sessions, ['cross easy']);
    assert.deepEqual(sessionsAndErrors('Mon: 30 min with kettlebell swings\n').sessions, ['gym lower']);
    assert.deepEqual(sessionsAndErrors('Mon: 30 min on the bike\n').sessions, ['cross easy']);
  });

  it('reads 1:00 to 4:59 in a long run as its hours and minutes (`Long: 2:15`, `2:00 long run`)', () => {
    const [long] = sessionsOf('Sun: Long: 2:15');
    assert.deepEqual([long?.kind === 'run' ? long.runType : undefined, long?.attributes.duration?.value, columns(long?.attributes.duration?.range)], ['long', 135, [11, 15]]);
    assert.equal(sessionsOf('Sun: 2:00 long run')[0]?.attributes.duration?.value, 120);
    assert.equal(sessionsOf('Sun: long run 20 mi, 2:10')[0]?.attributes.duration?.value, 130);
    // A start time is still written with '@'; past 4:59 the bare clock keeps its error.
    assert.deepEqual(sessionsOf('Sun: long run @ 7:30')[0]?.attributes.time?.value, { clockMinutes: 450, period: 'am' });
    assert.deepEqual(sessionsAndErrors('Sun: long run 6:30\n').errors, ["Write a start time with '@', like '@6:30'"]);
  });

  it('reads a time of day with its `:` or after a full stop, mid-line, as the next outing (`10 miles easy. PM: 4 miles`)', () => {
    const [am, pm] = sessionsOf('Mon: 10 miles easy. PM: 4 miles');
    assert.deepEqual([am?.text, pm?.text, pm?.attributes.time?.value], ['10 miles easy.', 'PM: 4 miles', { period: 'pm' }]);
    assert.deepEqual(sessionsAndErrors('Mon: 10 miles easy. PM 4 miles\n'), { sessions: ['run long', 'run easy'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: 10 miles easy PM: 4 miles\n').sessions, ['run long', 'run easy']);
    assert.deepEqual(sessionsAndErrors('Tue: 3 mile warmup, 6 x mile in 4:45 avg with 60 sec rest, 3 mile cooldown. PM: 4 miles\n'), { sessions: ['run quality', 'run easy'], errors: [] });
    // A time of day last, or first, stays the outing's own; a sentence's end that is no session starts nothing.
    assert.deepEqual(sessionsAndErrors('Mon: run 10 mi pm\n').sessions, ['run long']);
    assert.deepEqual(sessionsAndErrors('Mon: gym upper. Evening: run 3 mi\n').sessions, ['gym upper', 'run easy']);
    assert.deepEqual(sessionsAndErrors('Day 4: Morning: circuit training - 5 sets, day 2. Afternoon: swimming (1hr 30mins)\n').sessions, ['conditioning hard', 'cross easy']);
  });

  it("keeps a log's bare miles with their time of day before a `;` or a comma and another session (`10 (am) / 5 (pm); lift`)", () => {
    // The run was lost: the lift read `5 (pm)` as its own words. Now the day's run and lift, as `10; lift` is.
    assert.deepEqual(sessionsAndErrors('Mon: 10 (am) / 5 (pm); lift\n').sessions, ['run easy', 'run easy', 'gym full']);
    assert.deepEqual(sessionsAndErrors('Mon: 10 (am); lift\n').sessions, ['run long', 'gym full']);
    assert.deepEqual(sessionsAndErrors('Mon: 10 am, core\n').sessions, ['run long', 'gym core']);
    assert.deepEqual(sessionsAndErrors('Mon: 10; lift\n').sessions, ['run long', 'gym full']);
  });

  it('reads `10 mi AM (6:40 pace) / 4 mi PM` as a double: an aside after the time of day is the outing\'s', () => {
    const [am, pm] = sessionsOf('Mon: 10 mi AM (6:40 pace) / 4 mi PM + strides');
    assert.deepEqual([am?.text, am?.attributes.time?.value, pm?.text, pm?.attributes.time?.value], ['10 mi AM (6:40 pace)', { period: 'am' }, '4 mi PM + strides', { period: 'pm' }]);
    assert.deepEqual(sessionsAndErrors('Mon: run 10 mi (easy) / bike 30 min\n').sessions, ['run long', 'cross easy']);
  });
});
