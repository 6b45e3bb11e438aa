// Issue 13 (lead, 3 December, eighth session): forms of bodybuilding splits with runs, 10K plans with weights, Galloway
// and Nike Run Club schedules, selection marches and rugby pre-season weeks (language-decisions.md, "Split days written
// short, named days after a dash, loads carried, rep times, sport goals").
import * as assert from 'node:assert/strict';
import { applyEdits, fixAll, parsePlan } from '../../../server/src/engine';
import { notation, sessionsAndErrors, sessionsOf } from './read';
import { sessionNotation as sessionNotationOf } from '../../corpus/measure';

const read = sessionsAndErrors;

describe('forms of splits with runs, 10K plans with weights, Galloway, Nike, selection and rugby plans (lead, eighth session)', () => {
  it('reads a day label, a dash and a named session with its own `:` (`Day 3 - Legs: squats 4x8`)', () => {
    assert.deepEqual(read('Day 3 - Legs: Squats 4x8-12, Romanian Deadlifts 3x10\n'), { sessions: ['gym lower'], errors: [] });
    assert.deepEqual(read('Mon - Legs: squat 5x5\nMonday – Chest & Triceps: bench 4x8\n'), { sessions: ['gym lower heavy-legs', 'gym upper'], errors: [] });
    const [legs] = sessionsOf(parsePlan('Day 3 - Legs: Squats 4x8-12, Romanian Deadlifts 3x10\n'));
    assert.ok(legs?.kind === 'gym');
    assert.deepEqual(legs.exercises.map((e) => e.name), ['squats', 'romanian deadlifts']);
    // A number after the dash is no session: `Day 3 - 5: run` keeps its error (`Mon - pm: gym` is the day's pm since the
    // tenth session: forms10lead.test.ts).
    assert.match(read('Day 3 - 5: run easy\n').errors[0] ?? '', /Expected ':' after the weekday/);
  });

  it("reads a split's short names (`Back + Bi's`, `Chest + Tri's`, `Back and Bis`, `Delts/Traps`) as one upper gym session", () => {
    assert.deepEqual(read("Tue: Back + Bi's\nThu: Chest + Tri's\nFri: Back and Bis\nSat: Shoulders + Traps\n"), {
      sessions: ['gym upper', 'gym upper', 'gym upper', 'gym upper'],
      errors: [],
    });
    // The aside's rep range is the lift's, not a run: `Chest + Tri's (hypertrophy, 8-12 reps)` was a lift and a run.
    assert.deepEqual(read("Mon: Chest + Tri's (hypertrophy, 8-12 reps)\n"), { sessions: ['gym upper'], errors: [] });
  });

  it('reads core joined to a strength session that names no focus as added work: the session is a lift, not core work', () => {
    assert.deepEqual(read('Mon: Weights & core\nTue: Strength & core\nWed: Weights and core 30 min\nThu: gym & core\n').sessions, ['gym full', 'gym full', 'gym full', 'gym full']);
    // A written focus keeps it; core work alone stays core work.
    assert.deepEqual(read('Fri: Legs & core\nSun: Upper body & core\nMon: gym core\nTue: core strength\nWed: abs\n').sessions, ['gym lower', 'gym upper', 'gym core', 'gym core', 'gym core']);
  });

  it('reads strength done with one tool or in a class as a gym session', () => {
    assert.deepEqual(read('Mon: Kettlebell workout 20 min\nWed: Barbell complex\nThu: Bodypump class\nFri: Body Pump\nSun: TRX 30 min\n'), {
      sessions: ['gym full', 'gym full', 'gym full', 'gym full', 'gym full'],
      errors: [],
    });
    const [pump] = sessionsOf(parsePlan('Thu: Bodypump class\n'));
    assert.equal(pump?.kind === 'gym' ? pump.intensity : undefined, 'light');
  });

  it('reads group exercise classes: toning and barre as light lifts, combat and HIIT classes as conditioning, dance and step as cardio', () => {
    assert.deepEqual(
      read('Mon: Body Attack\nFri: Total Toning 45 mins\nSat: Barre\nSun: Zumba\nMon: Aerobics\nTue: Step class\nWed: Boxfit\nThu: LBT\nSat: Body Balance\nSun: Les Mills Grit\nFri: Sculpt class\n'),
      {
        sessions: ['conditioning hard', 'gym full', 'gym full', 'cross easy', 'cross easy', 'cross easy', 'conditioning hard', 'gym lower', 'cross easy', 'conditioning hard', 'gym full'],
        errors: [],
      },
    );
    const [barre] = sessionsOf(parsePlan('Sat: Barre\n'));
    assert.equal(barre?.kind === 'gym' ? barre.intensity : undefined, 'light');
  });

  it("reads Galloway's `RWR` and `MM`, Nike's `Benchmark Run`, and `run 2 min/walk 30 sec` after a distance", () => {
    assert.deepEqual(read('Tue: 30 min RWR\nWed: MM + 2 mi\nSun: Benchmark Run: 5K\n'), { sessions: ['run easy', 'event test', 'event test'], errors: [] });
    const [mile] = sessionsOf(parsePlan('Wed: MM\n'));
    assert.ok(mile?.kind === 'event');
    assert.ok(Math.abs((mile.attributes.distance?.value ?? 0) - 1.609344) < 1e-6);
    const [eight] = sessionsOf(parsePlan('Sat: 8 miles – run 2 min/walk 30 sec\n'));
    assert.deepEqual(read('Sat: 8 miles – run 2 min/walk 30 sec\n'), { sessions: ['run easy'], errors: [] });
    // The ratio says how the 8 miles are run; it is not their time.
    assert.ok(Math.abs((eight?.attributes.distance?.value ?? 0) - 8 * 1.609344) < 1e-6);
    assert.equal(eight?.attributes.duration, undefined);
  });

  it('reads a load carried (`, 25 kg`, `18kg + water`, `35 lbs plus water`) and a speed (`at 4 mph`) on a march or ruck', () => {
    assert.deepEqual(read('Mon: 20 km loaded march, 25 kg\nTue: 10 mile tab, 18kg + water\nSun: 8 mile tab with 35lbs plus water\n'), {
      sessions: ['cross easy', 'cross easy', 'cross easy'],
      errors: [],
    });
    const [march] = sessionsOf(parsePlan('Wed: 12 mile march at 4 mph with 35 lbs\n'));
    assert.deepEqual(read('Wed: 12 mile march at 4 mph with 35 lbs\n'), { sessions: ['cross easy'], errors: [] });
    assert.ok(march?.kind === 'cross');
    assert.equal(march.activity, 'hike');
    assert.ok(Math.abs((march.attributes.distance?.value ?? 0) - 12 * 1.609344) < 1e-6);
    assert.equal(march.attributes.duration, undefined);
    // A month's name before the day's `:` is still a date, not a march.
    assert.deepEqual(read('Monday, March 5, 2018: run 5 miles\n'), { sessions: ['run easy'], errors: [] });
    // In a lift the load is still the exercise's.
    assert.deepEqual(read('Thu: gym [squat 5x5 @100kg]\n').errors, []);
  });

  it('reads the time each repeat is run in (`12 x 400 in 64-65`, `5 x 1000m in 3:10`) as their target, not the run\'s time', () => {
    assert.deepEqual(read('Thu: Track: 12 x 400 in 64-65, 200 jog\nSat: 5 x 1000m in 3:10, 2 min rest\nFri: 8 x 200m in 32 with 200 jog\n'), {
      sessions: ['run quality', 'run quality', 'run quality'],
      errors: [],
    });
    const [track] = sessionsOf(parsePlan('Thu: 12 x 400 in 64-65\n'));
    assert.equal(track?.attributes.duration, undefined);
    assert.equal(track?.attributes.repeats?.value.count, 12);
  });

  it('reads rugby and selection sessions: units, a friendly, off-feet conditioning, the log and stretcher races', () => {
    assert.deepEqual(
      read(
        'Mon: Unit sessions (forwards: scrum, lineout / backs: attack)\nSat: Pre-season friendly (60 mins)\n' +
          'Wed: Off-feet conditioning: Wattbike 10 x 30s on / 30s off\nTue: Off feet conditioning - rower 5 x 500m\n' +
          'Thu: Stretcher race practice\nFri: Log race prep\n',
      ),
      { sessions: ['sport hard', 'sport hard', 'conditioning hard', 'conditioning hard', 'conditioning hard', 'conditioning hard'], errors: [] },
    );
    // `Off-feet conditioning` was a day off: the week lost a hard session.
    assert.notEqual(sessionsOf(parsePlan('Wed: Off-feet conditioning: Wattbike 10 x 30s\n'))[0]?.kind, 'rest');
    // `off` alone is still rest.
    assert.deepEqual(read('Sun: off\n').sessions, ['rest']);
  });

  it("reads a rugby team's `Team run` and `Captain's run` as team training, and the Yo-Yo test, the prowler and MAS running", () => {
    assert.deepEqual(read("Fri: Team run\nSat: Captain's run\nThu: Yo-yo IR1\nMon: Prowler\nTue: MAS running 15/15 x 10 min\n"), {
      sessions: ['sport easy', 'sport easy', 'event test', 'conditioning hard', 'run quality'],
      errors: [],
    });
    // `max effort` is still no typo of anything.
    assert.deepEqual(read('Mon: 2 x max effort 1 mile, 5 min rest\n').errors, []);
  });

  it("reads a repeat's time after `@` (`4 x 400m @ 66`, `6 x 800m @ 3:10`) as their target, not a start time", () => {
    for (const line of ['Sat: 4 x 400m @ 66', 'Sun: run 6 x 800m @ 3:10', 'Mon: 4 x 1200m @ 3:30', 'Tue: 8 x 400m @ 75 sec']) {
      const plan = parsePlan(`${line}\n`);
      assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], line);
      const [run] = sessionsOf(plan);
      assert.equal(run?.attributes.time, undefined, line);
      assert.ok(run?.attributes.repeats !== undefined, line);
    }
    // Too slow for a repeat of that distance (8 minutes a km): a start time, as before.
    assert.deepEqual(sessionsOf(parsePlan('Mon: 6 x 800m @ 6:30\n'))[0]?.attributes.time?.value, { clockMinutes: 390, period: 'am' });
    assert.deepEqual(sessionsOf(parsePlan('Wed: run 5km @ 7:00\n'))[0]?.attributes.time?.value, { clockMinutes: 420, period: 'am' });
  });

  it("reads a runner's double written as times or bare miles (`60' + 30'`, `10 + 4`) as running, with the unit warning for bare miles", () => {
    const timed = parsePlan("Wed: 60' + 30'\n");
    assert.deepEqual(timed.syntaxErrors, []);
    assert.deepEqual(sessionsOf(timed).map((s) => [s.kind, s.attributes.duration?.value]), [['run', 90]]);
    const miles = parsePlan('Thu: 10 + 4\n');
    assert.deepEqual(miles.syntaxErrors.map((e) => [e.message, e.severity]), [
      ["'10' has no unit — read as 10 miles; write '10mi', '10km' or '10min'", 'warning'],
      ["'4' has no unit — read as 4 miles; write '4mi', '4km' or '4min'", 'warning'],
    ]);
    // forms10: bare miles on both sides of `+` are a log's double, two outings (was one practice of 14 miles).
    assert.deepEqual(sessionsOf(miles).map((s) => [s.attributes.distance?.value, s.attributes.time?.value.period]), [[10 * 1.609344, 'am'], [4 * 1.609344, 'pm']]);
    assert.deepEqual(read('Thu: 10\n').sessions, ['run long']);
    // A bare number past a runner's miles names nothing.
    assert.match(read('Sun: 45\n').errors[0] ?? '', /Expected a session/);
  });

  it('reads a distance after a lift and `&` as the day\'s run, and a lift after `with` as the day\'s second session', () => {
    assert.deepEqual(notation('Thu: Arms/shoulders weights & 4 mi\nFri: weights and 3 miles\n'), {
      sessions: ['gym upper', 'run easy', 'gym full', 'run easy'],
      texts: ['Arms/shoulders weights', '4 mi', 'weights', '3 miles'],
      errors: [],
    });
    assert.deepEqual(notation('Wed: Run 4 miles w/ weights after (arms & shoulders)\nSun: bike 60 min with strength work after\n').sessions, ['run easy', 'gym upper', 'cross easy', 'gym full']);
    // Parts of a run after `with` stay in it; a count after `&` stays the lift's; exercises after `with` stay in a run.
    assert.deepEqual(read('Thu: run 5 miles with 4 x 800m\nFri: easy run with strides\nSun: deadlift 5x5 & 10 reps\nTue: run 30 min with walking lunges\nSat: squats and lunges\n').sessions, [
      'run quality',
      'run easy',
      'gym lower heavy-legs',
      'run easy',
      'gym lower',
    ]);
  });

  it('reads selection weeks: `10 miler` with `35lbs + water + weapon`, pool lengths, `Rest & refuel`, the Trainasium', () => {
    assert.deepEqual(read('Sat: 10 miler (P Coy event) – 35lbs + water + weapon\nFri: Swim 40 lengths + stretch\nSun: Rest & refuel\nTue: Trainasium / confidence course\n'), {
      sessions: ['run long', 'cross easy', 'cross easy', 'rest', 'conditioning hard'],
      errors: [],
    });
    const [miler] = sessionsOf(parsePlan('Sun: 10-miler\n'));
    assert.ok(Math.abs((miler?.attributes.distance?.value ?? 0) - 10 * 1.609344) < 1e-6);
    // The count of lengths is no distance or time of the swim.
    const [swim] = sessionsOf(parsePlan('Fri: Swim 40 lengths\n'));
    assert.equal(swim?.attributes.distance, undefined);
    assert.equal(swim?.attributes.duration, undefined);
  });

  it('reads timed repeats with only an effort after them as a run, and `@ 80%` as an effort outside runs too', () => {
    assert.deepEqual(read('Tue: 4 x 4min @ 90-95% HRmax (3 min active recovery)\nThu: 4 x 4 min hard (3 min active recovery)\nWed: 4 x 4min\n'), {
      sessions: ['run quality', 'run quality', 'run quality'],
      errors: [],
    });
    assert.deepEqual(read('Mon: Conditioning - 10 x 100m @ 80% (walk back recovery)\nWed: bike 30 min @ 70%\n'), { sessions: ['conditioning hard', 'cross easy'], errors: [] });
    // In a lift a percentage is still an exercise's load.
    assert.match(read('Mon: gym 80%\n').errors[0] ?? '', /belongs to an exercise/);
    // `Skills + Units`: the units are team training.
    assert.deepEqual(read('Fri: Skills + Units\nFri: unit skills + kicking\n').sessions, ['sport easy', 'sport hard', 'sport easy', 'sport easy']);
  });

  it("reads a hybrid coach's targets `@ LT2`, `@ LT1` and Daniels' `E-pace` as a session", () => {
    assert.deepEqual(read("Tue: Threshold Run – 3 x 10' @ LT2 (2' jog)\nMon: Easy 8km @ LT1\nFri: E-pace 40'\n"), { sessions: ['run quality', 'run easy', 'run easy'], errors: [] });
    assert.equal(sessionsOf(parsePlan("Tue: run 3 x 10' @ LT2\n"))[0]?.attributes.effortTarget?.value, 'threshold');
    assert.equal(sessionsOf(parsePlan('Mon: run 8km @ LT1\n'))[0]?.attributes.effortTarget?.value, 'easy');
  });

  it("reads an elite runner's doubles: times of day in brackets or words, a `;` between outings, rep-time ranges, totals", () => {
    const lines = [
      'Thu: 10 mi (AM) w/ 8 x 1K @ 5K pace; 4 mi (PM)',
      'Fri: 10 mi (AM) + 4 mi (PM)',
      'Sat: Morning 8x1 mile @ 4:50 w/ 1 min rest; Afternoon 5 miles easy',
      'Sun: Morning: 8 miles easy. Evening: 4 miles + strides',
    ];
    const plan = parsePlan(`${lines.join('\n')}\n`);
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    assert.deepEqual(
      sessionsOf(plan).map((s) => [s.entry.weekday, s.text, s.attributes.time?.value.period]),
      [
        [3, '10 mi (AM) w/ 8 x 1K @ 5K pace', 'am'],
        [3, '4 mi (PM)', 'pm'],
        [4, '10 mi (AM)', 'am'],
        [4, '4 mi (PM)', 'pm'],
        [5, 'Morning 8x1 mile @ 4:50 w/ 1 min rest', 'am'],
        [5, 'Afternoon 5 miles easy', 'pm'],
        [6, 'Morning: 8 miles easy.', 'am'],
        [6, 'Evening: 4 miles + strides', 'pm'],
      ],
    );
    // `in the morning` later in a session is no label; a time of day in words first in a session is its time.
    assert.equal(sessionsOf(parsePlan('Tue: run 5 miles in the morning\n'))[0]?.attributes.time, undefined);
    assert.deepEqual(read('Thu: AM – 16 x 400m @ 68-70s, 200m jog / PM – 6 mi easy\nFri: 6 x 1 mile @ 5:00-5:05 w/ 60-90s rest\nSat: 14 mi progression (6:30 → 5:40)\n').errors, []);
    // A total after `=` is what the pieces add up to: no "distance given twice".
    const total = parsePlan('Thu: 2 mi WU + 5 x 1 mi @ T (1 min) + 2 mi CD = 9 mi; PM 4 mi\n');
    assert.deepEqual(total.syntaxErrors, []);
    assert.deepEqual(sessionsOf(total).map(sessionNotationOf), ['run quality', 'run easy']);
  });

  it('reads `Week 1 Day 1: …` as the week and its day, starting a week only when it changes; fixes leave such lines', () => {
    const text = 'Week 1 Day 1: gym upper\nWeek 1 Day 2: run easy 30 min\nWeek 2, Day 1: gym upper heavy\nWeek 2 - Monday: run 5k\n';
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(plan.blocks.map((b) => [b.header?.from, b.statements.map((s) => (s.type === 'day' ? s.weekday : -1))]), [
      [1, [0, 1]],
      [2, [0, 0]],
    ]);
    assert.ok(sessionsOf(plan).every((s) => s.entry.afterWeek === true));
    // A line of the week alone, or a week range, stays a week header.
    assert.deepEqual(parsePlan('week 1\nDay 1: gym upper\n').blocks.map((b) => b.header?.from), [1]);
    const fixed = parsePlan('goal: balanced\nWeek 1 Day 1: gym lower heavy\nWeek 1 Day 2: run intervals\n');
    assert.deepEqual(applyEdits('goal: balanced\nWeek 1 Day 1: gym lower heavy\nWeek 1 Day 2: run intervals\n', fixAll(fixed).edits), 'goal: balanced\nWeek 1 Day 1: gym lower heavy\nWeek 1 Day 2: run intervals\n');
  });

  it('reads a race pace with a minute a mile (40 s a km) or more added as an easy pace (`10K pace + 60 sec/km`)', () => {
    assert.deepEqual(read('Mon: 5 km at 10K pace + 60 sec/km\nTue: Long run 8 km at 10K pace + 1:00\nWed: Recovery run 4 km, 10K pace plus 90 seconds\n'), {
      sessions: ['run easy', 'run long', 'run easy'],
      errors: [],
    });
    assert.equal(sessionsOf(parsePlan('Mon: 5 km at 10K pace + 60 sec/km\n'))[0]?.attributes.effortTarget?.value, 'easy');
    // A few seconds added keep the race's pace (Galloway's repeats), and `+ 20 min bike` is still a session.
    assert.equal(sessionsOf(parsePlan('Sun: 4 x 1 mile at goal pace + 30 sec\n'))[0]?.attributes.effortTarget?.value, 'race');
    assert.deepEqual(read('Sun: 5 mile at goal pace + 20 min bike\n').sessions, ['run quality', 'cross easy']);
  });

  it('reads an offset after `pace +` as the session reader does: minutes with their unit of distance, `30"` (dedupe9)', () => {
    // The parser and the session reader read the offset with one function (sessions.ts `readPaceOffset`): the `+` no
    // longer starts a session the reader would read as the offset (these were "Expected a session before '1'").
    assert.deepEqual(read('Mon: 5 km at 10K pace + 1 min per mile\nTue: 5 km at 10K pace + 1min/mi\nWed: 5 km at 10K pace + 1 min / mile\n'), {
      sessions: ['run easy', 'run easy', 'run easy'],
      errors: [],
    });
    assert.deepEqual(read('Mon: 5 km at 10K pace + 30"\n'), { sessions: ['run quality'], errors: [] });
    assert.equal(sessionsOf(parsePlan('Mon: 5 km at 10K pace + 30"\n'))[0]?.attributes.effortTarget?.value, '10k');
    // Minutes without a unit of distance stay a session's (`+ 20min bike`); a spaced range of seconds is the offset
    // (corpus9a's `GHMP + 20 - 30 sec`).
    assert.deepEqual(read('Sun: 5 mile at goal pace + 20min bike\n').sessions, ['run quality', 'cross easy']);
    assert.deepEqual(read('Sun: 5 km at goal pace + 15 - 20 sec\n'), { sessions: ['run quality'], errors: [] });
  });

  it('reads a sport or a selection course as a goal that trains both (balanced)', () => {
    for (const goal of ['rugby', 'football', 'selection', 'team sport']) {
      const plan = parsePlan(`goal: ${goal}\nMon: gym upper\n`);
      assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], goal);
      assert.deepEqual(plan.goals.flatMap((g) => g.goals.map((located) => located.value)), ['balanced'], goal);
    }
  });
});
