// Issue 13, generalisation pass on running plans with strength days and beginner plans (branch corpus6b): a day of
// only a time, a type word and a bare number (`Easy 5`), a share of the maximum heart rate, body parts joined by `+`
// (language-decisions.md, "A day of only a time, a type and a bare number, a share of the maximum heart rate").
import * as assert from 'node:assert/strict';
import { checkPlan, parsePlan } from '../../../server/src/engine';
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

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, column: sc }, end: { line: el, column: ec } });

describe('corpus6b: a day of only a time, `Easy 5`, heart-rate shares, body parts joined by +', () => {
  it('reads a day of only a time as a run in a plan of runs, with no diagnostic', () => {
    const plan = parsePlan('Mon: 25-30 min\nTue: 30 mins\nWed: rest\nThu: run 40 min\nSat: long run 10 miles\n');
    assert.deepEqual(plan.syntaxErrors, []);
    const runs = sessionsOf(plan);
    assert.deepEqual(runs.map(sessionNotation), ['run easy', 'run easy', 'rest', 'run easy', 'run long']);
    assert.deepEqual(runs.slice(0, 2).map((s) => s.attributes.duration?.value), [27.5, 30]);
    assert.deepEqual(runs[0]!.attributes.duration?.span, { low: 25, high: 30 });
    // Its canonical form names the run.
    assert.equal(canonicalSessionText(plan, runs[0]!), 'run 25-30min');
    // Nothing else named in the plan: still a run.
    assert.deepEqual(read("Mon: 45'\nTue: 1 hour\n"), { sessions: ['run easy', 'run easy'], errors: [] });
  });

  it('warns on a day of only a time in a plan whose named sessions are mostly not runs, with the activities as fixes', () => {
    const plan = parsePlan('Mon: gym upper heavy\nTue: 30 mins\nWed: gym lower heavy\nFri: gym full\n');
    assert.deepEqual(sessionsOf(plan).map(sessionNotation), ['gym upper heavy', 'run easy', 'gym lower heavy-legs', 'gym full']);
    assert.equal(plan.syntaxErrors.length, 1);
    const [warning] = plan.syntaxErrors;
    assert.equal(warning!.message, `'30 mins' names no activity — read as a run, but most of this plan's sessions are not runs; write what it is, like 'run 30 mins'`);
    assert.equal(warning!.severity, 'warning');
    assert.deepEqual(warning!.range, range(1, 5, 1, 12));
    assert.deepEqual(warning!.fixes?.map((f) => f.title), [`Write 'run 30 mins'`, `Write 'walk 30 mins'`, `Write 'bike 30 mins'`, `Write 'gym 30 mins'`]);
    assert.deepEqual(warning!.fixes?.[0]?.edits, [{ range: range(1, 5, 1, 5), newText: 'run ' }]);
    // After another session of the day a time alone still names nothing.
    assert.deepEqual(read('Mon: gym upper + 40 min').errors, [`Expected a session (gym, run, rest, bike, …) before '40'`]);
  });

  it('reads a type word and a bare number as the run\'s distance, in the week\'s unit', () => {
    // No unit written anywhere: miles, with the warning to confirm.
    assert.deepEqual(read('Mon: Easy 5\nTue: Tempo 4\n'), {
      sessions: ['run easy', 'run quality'],
      errors: [`'5' has no unit — read as 5 miles; write '5mi', '5km' or '5min'`, `'4' has no unit — read as 4 miles; write '4mi', '4km' or '4min'`],
    });
    // The week writes its other distances in miles: miles, no warning.
    const miles = parsePlan('Mon: Easy 5\nTue: Tempo 4\nSat: long run 10 miles\n');
    assert.deepEqual(miles.syntaxErrors, []);
    assert.deepEqual(sessionsOf(miles).map((s) => Number(s.attributes.distance?.value.toFixed(3))), [8.047, 6.437, 16.093]);
    // In km: km, no warning.
    const km = parsePlan('Mon: Easy 8\nTue: Tempo 6\nThu: easy run 10km\nSat: Long 16\n');
    assert.deepEqual(km.syntaxErrors, []);
    assert.deepEqual(sessionsOf(km).map(sessionNotation), ['run easy', 'run quality', 'run easy', 'run long']);
    assert.deepEqual(sessionsOf(km).map((s) => Number(s.attributes.distance?.value.toFixed(3))), [8, 6, 10, 16]);
    // Both units written: the guess stays a guess.
    assert.equal(parsePlan('Mon: Easy 5\nTue: run 10km\nSat: long run 10 miles\n').syntaxErrors.length, 1);
    // `easy` before a time or another session is not a distance run.
    assert.deepEqual(read('Mon: easy bike 60 min').sessions, ['cross easy']);
  });

  it('reads a share of the maximum heart rate as the zone of its band', () => {
    const zone = (line: string) => sessionsOf(parsePlan(line))[0]!.attributes.zone?.value;
    assert.equal(zone('Mon: run 45 min @ 85% MHR'), 3);
    assert.equal(zone('Mon: run 40 min 60-70% max HR'), 2);
    assert.equal(zone('Mon: run 30 min 90% max heart rate'), 4);
    assert.equal(zone('Mon: run 20 min at 96% HRmax'), 5);
    assert.equal(zone('Mon: run 40 min at 60% MHR'), 1);
    assert.equal(zone('Mon: 5 miles easy run under 80% HRM'), 2);
    assert.equal(zone('Mon: 6 miles tempo 80-88% HRM'), 3);
    // Not the maximum: a share of the reserve, of the effort.
    assert.equal(zone('Mon: run 40 min at 70% HRR'), undefined);
    assert.equal(zone('Mon: run 6x400m at 90% effort'), undefined);
    // A zone written wins.
    assert.equal(zone('Mon: run 40 min z2 75% MHR'), 2);
    assert.deepEqual(sessionsOf(parsePlan('Mon: run 45 min @ 85% MHR'))[0]!.attributes.zone?.range, range(0, 18, 0, 25));
    // The canonical form keeps the share as written (`z3` would say less).
    const shared = parsePlan('Mon: run 45 min @ 85% MHR');
    assert.equal(canonicalSessionText(shared, sessionsOf(shared)[0]!), undefined);
    // The class follows: steady at 80-87 %, quality from 88 %.
    assert.deepEqual(read('Mon: run 45 min @ 85% MHR\nTue: run 30 min 90% max HR\nWed: run 40 min 65-75% MHR\n').sessions, ['run steady', 'run quality', 'run easy']);
  });

  it('reports an easy run at a share of the heart rate above the easy band, and fixes it', () => {
    const plan = parsePlan('goal: running\nMon: easy run 40 min @ 85% MHR\nWed: easy run 40 min 60-70% max HR\nSat: long run 10 miles\n');
    const found = checkPlan(plan).filter((d) => d.rule === 'easy-run-too-hard');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message, `Easy run at '85% MHR' (zone z3) (Mon: easy run 40 min @ 85% MHR) — the guide says easy runs must stay easy: conversational, almost too slow (below rpe 6, zone z1–z2)`);
    assert.deepEqual(found[0]!.range, range(1, 23, 1, 30));
    // Its quick fixes (drop the share with its '@', or set z2): test/unit/fixes/quickFixes.test.ts.
  });

  it('joins two body parts written with + into one gym session of both', () => {
    assert.deepEqual(read('Monday: 3 mile TM run (26 mins) + abs + arm workout/weights after'), { sessions: ['run easy', 'gym upper'], errors: [] });
    assert.deepEqual(read('Tuesday: legs + back workout/weights').sessions, ['gym full']);
    assert.deepEqual(read('Mon: chest + triceps').sessions, ['gym upper']);
    assert.deepEqual(read('Mon: legs and back\nTue: back and legs\nWed: abs & arms\n'), { sessions: ['gym full', 'gym full', 'gym upper'], errors: [] });
    // Not body parts on both sides: two sessions.
    assert.deepEqual(read('Mon: run easy 5km + legs').sessions, ['run easy', 'gym lower']);
    // `1 arm DB rows` stays an exercise.
    assert.deepEqual(read('Thu: 5x5 deadlift, 1 arm DB rows, chins').sessions, ['gym full heavy-legs']);
  });

  it('reads a clock-like time first in a session as minutes in a week that writes its times so', () => {
    // Athletics Canada's table: `15:00 of 2:00 run 3:00 walk` beside `10:00 walk`, `10:00 Cross Train`.
    const table = parsePlan('Mon: 15:00 of 2:00 run 3:00 walk\nTue: 10:00 walk\nThu: 10:00 Cross Train\nSat: 5:00 Walk 5:00 Run 5:00 Walk\n');
    assert.deepEqual(table.syntaxErrors, []);
    assert.deepEqual(sessionsOf(table).map((s) => s.attributes.duration?.value), [15, 10, 10, undefined]);
    assert.deepEqual(sessionsOf(table)[1]!.attributes.duration?.range, range(1, 5, 1, 10));
    // A week that writes no other time so: a start time without its '@', the error as before, and no duration.
    const alone = parsePlan('Mon: 10:00 walk\nTue: run 30 min\n');
    assert.deepEqual(alone.syntaxErrors.map((e) => [e.message, e.range, e.fixes?.map((f) => f.title)]), [
      [`Write a start time with '@', like '@10:00'`, range(0, 5, 0, 10), [`Write '@10:00'`, `Write '10min' (a time of 10min)`]],
    ]);
    assert.equal(sessionsOf(alone)[0]!.attributes.duration, undefined);
    // A start time with am/pm, or '@', is a start time.
    assert.deepEqual(read('Mon: 6:00 am run 30 min\nTue: 2:00 run 3:00 walk\n').errors, []);
    // The same lines read alone and with the day cache agree (a week's reading is worked out per parse).
    const text = 'Mon: 15:00 of 2:00 run 3:00 walk\nTue: 10:00 walk\n';
    assert.deepEqual(sessionsOf(parsePlan(text)).map((s) => s.attributes.duration?.value), sessionsOf(parsePlan(text, { fresh: true })).map((s) => s.attributes.duration?.value));
    // The week loses its other clock-written time: the cached parse reads `10:00 walk` as a fresh one does.
    const after = 'Mon: run 15 min\nTue: 10:00 walk\n';
    const cached = parsePlan(after);
    const fresh = parsePlan(after, { fresh: true });
    assert.deepEqual(sessionsOf(cached).map((s) => s.attributes.duration?.value), sessionsOf(fresh).map((s) => s.attributes.duration?.value));
    assert.deepEqual(cached.syntaxErrors.map((e) => e.message), fresh.syntaxErrors.map((e) => e.message));
    assert.deepEqual(sessionsOf(fresh).map((s) => s.attributes.duration?.value), [15, undefined]);
    // And for the week's unit of `Easy 5`: km, then miles once the km run is gone.
    parsePlan('Mon: Easy 8\nThu: easy run 10km\n');
    const miles = 'Mon: Easy 8\nThu: easy run 6 miles\n';
    assert.deepEqual(sessionsOf(parsePlan(miles)).map((s) => Number(s.attributes.distance?.value.toFixed(3))), sessionsOf(parsePlan(miles, { fresh: true })).map((s) => Number(s.attributes.distance?.value.toFixed(3))));
    assert.equal(Number(sessionsOf(parsePlan(miles))[0]!.attributes.distance?.value.toFixed(3)), 12.875);
  });
});
