// Forms people write in published plans that read wrongly or failed (forms10, 3 December; language-decisions.md,
// "Headings, levels, doubles and what a day label holds (forms10)").
import * as assert from 'node:assert/strict';
import { applyEdits, dayNumbersAsWeekdays, formatPlan, parsePlan } from '../../../server/src/engine';
import type { Session } from '../../../server/src/language/model';
import { sessionsAndErrors, sessionsOf } from './read';

const read = sessionsAndErrors;

function only(line: string): Session {
  const sessions = sessionsOf(parsePlan(`${line}\n`));
  assert.equal(sessions.length, 1, `one session in ${JSON.stringify(line)}`);
  return sessions[0] as Session;
}

function exercises(line: string): [string, number | undefined, number | undefined][] {
  const session = only(line);
  return session.kind === 'gym' ? session.exercises.map((e) => [e.name, e.sets, e.reps]) : [];
}

function outings(line: string): [number | undefined, string | undefined][] {
  return sessionsOf(parsePlan(`${line}\n`)).map((s) => [s.attributes.distance?.value === undefined ? undefined : Math.round((s.attributes.distance.value / 1.609344) * 100) / 100, s.attributes.time?.value.period]);
}

const UNIT_WARNINGS = (a: number, b: number): string[] => [
  `'${a}' has no unit — read as ${a} miles; write '${a}mi', '${a}km' or '${a}min'`,
  `'${b}' has no unit — read as ${b} miles; write '${b}mi', '${b}km' or '${b}min'`,
];

describe('forms people type (forms10)', () => {
  it('reads a log\'s double in bare miles (`AM: 10 / PM: 4`, `10 easy / 4 easy`, `10/4`, `10 am, 4 pm`, `10 + 4`) as two outings', () => {
    for (const line of ['AM: 10 / PM: 4', 'AM 10 / PM 4', '10 easy / 4 easy', '10/4', '10 am, 4 pm', '10 + 4', 'AM 10, PM 4']) {
      assert.deepEqual(read(`Mon: ${line}\n`), { sessions: ['run easy', 'run easy'], errors: UNIT_WARNINGS(10, 4) }, line);
      assert.deepEqual(outings(`Mon: ${line}`), [[10, 'am'], [4, 'pm']], line);
    }
    // `PM 4 + strides`: the 4 is the run's miles, not a count of strides.
    assert.deepEqual(outings('Mon: AM 10 (easy), PM 4 + strides'), [[10, 'am'], [4, 'pm']]);
    assert.deepEqual(read('Mon: AM 10 (easy), PM 4 + strides\n').sessions, ['run easy', 'run easy']);
    assert.deepEqual(sessionsOf(parsePlan('Mon: run 5 mi + 6 strides\n'))[0]?.attributes.strides?.value, { count: 6 });
    // With units, a day line's runs stay one practice (language-decisions.md, "One running practice a day line").
    assert.deepEqual(outings('Mon: 10 mi + 4 mi'), [[14, undefined]]);
    assert.deepEqual(read('Thu: 10k + 8k\n').sessions, ['run long']);
    // A fraction stays one distance.
    assert.deepEqual(outings('Mon: run 1/2 mi'), [[0.5, undefined]]);
  });

  it('reads `S+C` as strength and conditioning (a gym session), as `S&C` is', () => {
    assert.deepEqual(read('Mon: S+C\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(read('Mon: S+C 45 min\n'), { sessions: ['gym full'], errors: [] });
    assert.deepEqual(read('Mon: run 3 mi + S+C\n'), { sessions: ['run easy', 'gym full'], errors: [] });
    assert.deepEqual(read('Mon: S&C\n'), { sessions: ['gym full'], errors: [] });
  });

  it('reads trunk work as core, and prehab joined to core or trunk work as one core session', () => {
    assert.deepEqual(read('Wed: trunk work\n'), { sessions: ['gym core'], errors: [] });
    assert.deepEqual(read('Wed: prehab and trunk work\n'), { sessions: ['gym core'], errors: [] });
    assert.deepEqual(read('Wed: prehab & core work\n'), { sessions: ['gym core'], errors: [] });
    assert.equal(only('Wed: prehab and core').kind, 'gym');
    // Prehab alone stays mobility; stretching and core stay two sessions.
    assert.deepEqual(read('Wed: prehab\n'), { sessions: ['cross easy'], errors: [] });
    assert.deepEqual(read('Wed: stretch & core\n'), { sessions: ['cross easy', 'gym core'], errors: [] });
  });

  it('reads two kinds of mobility work joined (`Stretch & foam roll`, `Mobility / Recovery 30\'`) as one mobility session', () => {
    assert.deepEqual(read('Sun: Stretch & foam roll\n'), { sessions: ['cross easy'], errors: [] });
    assert.deepEqual(read('Sun: yoga and stretching\n'), { sessions: ['cross easy'], errors: [] });
    const mobility = only("Sun: Mobility / Recovery 30'");
    assert.equal(mobility.kind === 'cross' && mobility.activity, 'mobility');
    assert.equal(mobility.attributes.duration?.value, 30);
    // A recovery run named with its run word stays the day's run; stretching and a lift stay two sessions.
    assert.deepEqual(read("Sun: Mobility / Recovery run 30'\n").sessions, ['cross easy', 'run easy']);
    assert.deepEqual(read('Sun: stretch & strength\n').sessions, ['cross easy', 'gym full']);
  });

  it('keeps named drills and an aside in brackets after `+` in the run (`+ change of direction drills`, `+ strides (optional)`)', () => {
    assert.deepEqual(read('Tue: run 20 min + change of direction drills\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Tue: run 20 min + agility drills\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Tue: run 3 mi + strides (optional)\n'), { sessions: ['run easy'], errors: [] });
    const run = only('Tue: run 3 mi + strides (optional)');
    assert.ok(run.attributes.strides);
    assert.equal(run.attributes.note?.value, 'optional');
    // Another kind after `+` with its aside is still the day's next session.
    assert.deepEqual(read('Tue: run 3 mi + core (optional)\n').sessions, ['run easy', 'gym core']);
  });

  it('reads `Push It Run` (a Nike Run Club guided run) and `NRC` as runs, not a push day', () => {
    assert.deepEqual(read('Thu: Push It Run\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Thu: NRC Push It Run 35 min\n'), { sessions: ['run easy'], errors: [] });
    assert.equal(only('Thu: NRC Push It Run 35 min').attributes.duration?.value, 35);
    assert.deepEqual(read('Thu: NRC guided run 30 min\n'), { sessions: ['run easy'], errors: [] });
    // `push` alone, or `push it` with no other session named, is still the push day.
    assert.deepEqual(read('Thu: push 5x5\n').sessions, ['gym upper heavy']);
    assert.deepEqual(read('Thu: push it 30 min\n').sessions, ['gym upper']);
  });

  it('reads a weighted vest walk as a hike', () => {
    const walk = only('Sat: Weighted vest walk 45 min');
    assert.equal(walk.kind === 'cross' && walk.activity, 'hike');
    assert.deepEqual(read('Sat: Weighted vest walk 45 min\n'), { sessions: ['cross easy'], errors: [] });
  });

  it('reads a variant in brackets between an exercise and its scheme (`push ups (elevated) 5x8`) as the note, the scheme the exercise\'s', () => {
    assert.deepEqual(exercises('Mon: push ups (elevated) 5x8'), [['push ups', 5, 8]]);
    assert.equal(only('Mon: push ups (elevated) 5x8').attributes.repeats, undefined);
    assert.equal(only('Mon: push ups (elevated) 5x8').attributes.note?.value, 'elevated');
    assert.deepEqual(exercises('Mon: push ups (elevated) 5x8, squats 3x10'), [['push ups', 5, 8], ['squats', 3, 10]]);
    assert.deepEqual(read('Mon: push ups (elevated) 5x8\n'), { sessions: ['gym upper'], errors: [] });
  });

  it('gives a lift heading written first (`Heavy / Max Effort: 10 min bike warm up + bench 3x10`) to the day\'s lift', () => {
    assert.deepEqual(read('Mon: Heavy / Max Effort: 10 min bike warm up + bench 3x10\n'), { sessions: ['cross easy', 'gym upper heavy'], errors: [] });
    const plan = parsePlan('Mon: Heavy / Max Effort: bike 10 min + bench 3x10\n');
    const [bike, lift] = sessionsOf(plan);
    assert.equal(bike?.text, 'bike 10 min');
    assert.equal(lift?.kind === 'gym' && lift.intensity, 'heavy');
    assert.deepEqual(lift?.kind === 'gym' && lift.intensityRange, { start: { line: 0, column: 5 }, end: { line: 0, column: 23 } });
    assert.equal(sessionsOf(parsePlan('Mon: Light day: bike 10 min + squat 3x10\n'))[1]?.kind === 'gym' && (sessionsOf(parsePlan('Mon: Light day: bike 10 min + squat 3x10\n'))[1] as { intensity: string }).intensity, 'light');
    // On the lift itself, the heading is read with it, as before; a day with no lift keeps the heading in its first session.
    assert.deepEqual(read('Mon: Heavy / Max Effort: bench 3x10 + run 3 mi\n').sessions, ['gym upper heavy', 'run easy']);
    assert.equal(sessionsOf(parsePlan('Mon: Heavy: bike 30 min + run 3 mi\n'))[0]?.text, 'Heavy: bike 30 min');
  });

  it('reads a session denied after a comma (`run 3 mi, no gym`) as what is not done: one session, no warning', () => {
    assert.deepEqual(read('Fri: run 3 mi, no gym\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Fri: run 3 mi, no weights\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Fri: run 3 mi, not lifting\n'), { sessions: ['run easy'], errors: [] });
  });

  it('reads `run 5 mi or bike, swim 20 min` as one list of alternatives (the run counts), with no warning', () => {
    assert.deepEqual(read('Sat: run 5 mi or bike, swim 20 min\n'), { sessions: ['run easy'], errors: [] });
    assert.equal(only('Sat: run 5 mi or bike, swim 20 min').attributes.distance?.value, 8.04672);
    // A session of another kind than the alternative after the comma keeps the warning.
    assert.deepEqual(read("Sat: run 5 mi or bike, gym upper\n"), {
      sessions: ['run easy', 'gym upper'],
      errors: ["Separate the sessions of one day with '+', not ',' — read as two sessions"],
    });
  });

  it('reads walk breaks in a run (`tempo 3 mi, walk breaks`) as the run\'s, not a walk', () => {
    assert.deepEqual(read('Tue: tempo 3 mi, walk breaks\n'), { sessions: ['run quality'], errors: [] });
    assert.equal(only('Tue: tempo 3 mi, walk breaks').kind, 'run');
    assert.deepEqual(read('Tue: walk 30 min\n').sessions, ['cross easy']);
  });

  it('reads a run named with its distance or time after a rest day\'s dash (`Rest - run 3 mi`) as the day\'s run', () => {
    assert.deepEqual(read('Thu: Rest - run 3 mi\n'), { sessions: ['run easy'], errors: [] });
    assert.equal(only('Thu: Rest - run 3 mi').attributes.distance?.value, 4.828032);
    assert.deepEqual(read('Thu: rest - recovery jog 20 min\n'), { sessions: ['run easy'], errors: [] });
    // Light work, an alternative and an unnamed distance stay as decided (language-decisions.md, review nine).
    assert.deepEqual(read('Thu: Off - mobility 20 min\n'), { sessions: ['rest'], errors: [] });
    assert.deepEqual(read('Thu: Rest or run 3 mi\n'), { sessions: ['rest'], errors: [] });
    assert.deepEqual(read('Thu: Rest - 6 x 800m\n'), { sessions: ['rest'], errors: ["'rest' takes only a note, not '6'"] });
  });

  it('reads `run 10/10 mi`, `run 8/10 mi`, `6/8 miles` as two levels\' distances (the first counts), not a score or a fraction', () => {
    assert.deepEqual(read('Sun: run 10/10 mi\n'), { sessions: ['run long'], errors: [] });
    assert.equal(only('Sun: run 10/10 mi').attributes.rpe, undefined);
    assert.equal(only('Sun: run 10/10 mi').attributes.distance?.value, 16.09344);
    assert.equal(only('Sun: run 8/10 mi').attributes.distance?.value, 12.874752);
    assert.equal(only('Sun: run 6/8 miles').attributes.distance?.value, 9.656064);
    assert.equal(only('Sun: run 30/40 min').attributes.duration?.value, 30);
    // Fractions of halves, thirds, quarters or one over anything stay fractions; a score without a unit stays a score.
    assert.equal(only('Sun: run 3/4 mi').attributes.distance?.value, 1.207008);
    assert.equal(only('Sun: run 1/8 mile').attributes.distance?.value, 0.201168);
    assert.equal(only('Sun: run 5 mi @ 7/10').attributes.rpe?.value, 7);
    assert.deepEqual(read('Sun: run 5 mi @ 7/10\n').sessions, ['run quality']);
  });

  it('reads `Day N – Weekday:` past the week\'s seven: a number that falls on the weekday places the day, else the weekday names it', () => {
    const plan = parsePlan('week 1\nDay 1 – Monday: run 3 mi\nDay 3 – Wednesday: gym\nweek 2\nDay 8 – Monday: run 3 mi\nDay 10 – Wednesday: gym\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(plan.weeks.map((w) => w.days.flatMap((d) => d.sessions.map((s) => `${d.weekday} ${s.text}`))), [['0 run 3 mi', '2 gym'], ['0 run 3 mi', '2 gym']]);
    // A programme that numbers its training days: the weekday names the day, whatever the number (no diagnostic).
    const training = parsePlan('Day 1 – Monday: run 3 mi\nDay 2 – Wednesday: gym\nDay 3 – Friday: run 5 mi\nDay 9 – Saturday: run 8 mi\n');
    assert.deepEqual(training.syntaxErrors, []);
    assert.deepEqual(sessionsOf(training).map((s) => s.entry.weekday), [0, 2, 4, 5]);
    // Without `week` lines, a second Monday numbered so asks for its week (it merged into the first Monday unsaid).
    assert.match(parsePlan('Day 1 – Monday: run easy\nDay 8 – Monday: gym upper\n').syntaxErrors[0]?.message ?? '', /start that week with a 'week 2' line/);
    // The label's range covers the number and the weekday: writing the days as weekdays replaces both; the formatter
    // leaves the label as written.
    const labelled = 'Day 1 – Monday: run 3 mi\nDay 6 – Saturday: long run 8km\n';
    const asWeekdays = applyEdits(labelled, dayNumbersAsWeekdays(parsePlan(labelled)));
    assert.equal(asWeekdays, 'Mon: run 3 mi\nSat: long run 8km\n');
    assert.deepEqual(formatPlan(parsePlan(labelled)), []);
    const mismatch = parsePlan('Day 1 – Monday: run 3 mi\nDay 2 – Friday: gym\n');
    assert.deepEqual(mismatch.syntaxErrors, []);
    assert.deepEqual(sessionsOf(mismatch).map((s) => s.entry.weekday), [0, 4]);
  });

  it('gives the time in a day label\'s brackets (`Day 1 (1 hour):`) to the day\'s one session that writes none', () => {
    assert.equal(only('Day 1 (1 hour): squat 5x5, bench 5x5').attributes.duration?.value, 60);
    assert.deepEqual(only('Day 1 (1 hour): squat 5x5, bench 5x5').attributes.duration?.range, { start: { line: 0, column: 7 }, end: { line: 0, column: 13 } });
    assert.equal(only('Day 2 (45 min): run').attributes.duration?.value, 45);
    assert.equal(only("Monday (90'): bike").attributes.duration?.value, 90);
    // The session's own time wins; two sessions share the label's time, so neither takes it; a week stays the week's.
    assert.equal(only('Day 3 (1 hour): run 30 min').attributes.duration?.value, 30);
    assert.deepEqual(sessionsOf(parsePlan('Day 5 (1 hour): squat 5x5 + run\n')).map((s) => s.attributes.duration?.value), [undefined, undefined]);
    assert.equal(only('Monday (week 1): run').attributes.duration, undefined);
    assert.deepEqual(read('Day 1 (1 hour): run\n'), { sessions: ['run easy'], errors: [] });
  });

  it('reads `150s x 6` (a team\'s six 150 m conditioning runs) as hard repeats; `6 x 150m` and `100s` stay short', () => {
    assert.deepEqual(read('Tue: 150s x 6\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Tue: run 6 x 150s\n'), { sessions: ['run quality'], errors: [] });
    assert.deepEqual(read('Tue: 6 x 150m\n'), { sessions: ['run easy'], errors: [] });
    assert.deepEqual(read('Tue: 10 x 100s\n'), { sessions: ['run easy'], errors: [] });
  });
});
