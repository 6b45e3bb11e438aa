// review12b: bugs found in the lead's twelfth-session forms (a second day on a day line, a clock in a day's label).
import * as assert from 'node:assert/strict';
import { applyEdits, formatPlan, parsePlan } from '../../../server/src/engine';
import type { DayEntry } from '../../../server/src/engine';

function entries(text: string, fresh = false): Array<[number, string | undefined, string[]]> {
  return parsePlan(text, { fresh }).statements
    .filter((statement): statement is DayEntry => statement.type === 'day')
    .map((entry) => [entry.weekday, entry.period?.value, entry.sessions.map((session) => session.text)]);
}

describe('review12b: a second day on a day line', () => {
  it('is not looked for inside an exercise list (`Mon: squat [Tue: bench]` lost Monday\'s squat)', () => {
    const text = 'Mon: squat [Tue: bench]\n';
    assert.deepEqual(entries(text), [[0, undefined, ['squat [Tue: bench]']]]);
    assert.deepEqual(parsePlan(text).syntaxErrors.map((e) => e.message), [`Unexpected ':' in an exercise — write it like: squat 5x5 @80%`]);
    // After the list's `]` a day still starts another day.
    assert.deepEqual(entries('Mon: squat [3x5], Tue: run\n').map((entry) => entry[0]), [0, 1]);
  });

  it('reads a long line of days with no separator in linear time (each day copied the line\'s tokens)', () => {
    const text = (n: number): string => `Mon: lift${' Tue: run  '.repeat(n)}\n`;
    assert.equal(entries(text(3)).length, 4);
    assert.deepEqual(entries('Mon: lift   Tue: run   Wed: swim\n'), [[0, undefined, ['lift']], [1, undefined, ['run']], [2, undefined, ['swim']]]);
    const cpu = (n: number): number => {
      const start = process.cpuUsage();
      parsePlan(text(n), { fresh: true });
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    cpu(500);
    const small = cpu(2000);
    const large = cpu(8000);
    assert.ok(large < small * 10, `${small} µs for 2,000 days, ${large} µs for 8,000`);
  });
});

describe('review12b: a span of the day in a day\'s label', () => {
  it('reads `Mon 6:00-7:00: run` as Monday morning\'s run (the session was `7:00: run`, with no word said)', () => {
    assert.deepEqual(entries('Mon 6:00-7:00: run 3 mi\n'), [[0, 'am', ['run 3 mi']]]);
    assert.deepEqual(entries('Mon 6:00-7:00: run 3 mi\n', true), [[0, 'am', ['run 3 mi']]]);
    assert.deepEqual(parsePlan('Mon 6:00-7:00: run 3 mi\n').syntaxErrors, []);
  });

  it('reads `Mon 6-8am:`, `Tue 5:30 - 6:30 PM:`, `Wed 18:00-19:30 -`, `Mon 6am-7am:` with the span\'s am or pm', () => {
    assert.deepEqual(entries('Mon 6-8am: run 5k\nTue 5:30 - 6:30 PM: lift\nWed 18:00-19:30 - swim\nThu 6am-7am: lift\n'), [
      [0, 'am', ['run 5k']],
      [1, 'pm', ['lift']],
      [2, 'pm', ['swim']],
      [3, 'am', ['lift']],
    ]);
    assert.deepEqual(parsePlan('Mon 6-8am: run 5k\nTue 5:30 - 6:30 PM: lift\n').syntaxErrors, []);
  });

  it('leaves the label as written when formatting', () => {
    const text = 'Mon 6:00-7:00: run 3 mi\nTue 5:30 - 6:30 PM: lift\n';
    assert.equal(applyEdits(text, formatPlan(parsePlan(text))), text);
  });
});

describe('review12b: a second day with its time of day', () => {
  it('reads `Mon: lift, Tue am: run` as Tuesday morning\'s run (it was Monday\'s, with the \'+\' warning)', () => {
    const text = 'Mon: lift, Tue am: run\n';
    assert.deepEqual(entries(text), [[0, undefined, ['lift']], [1, 'am', ['run']]]);
    assert.deepEqual(entries(text, true), entries(text));
    const [issue] = parsePlan(text).syntaxErrors;
    assert.equal(issue?.message, `'Tue am:' starts another day — read as its own day; separate days with ';' or a new line`);
    assert.deepEqual(issue?.range, { start: { line: 0, column: 11 }, end: { line: 0, column: 18 } });
    assert.equal(applyEdits(text, issue?.fixes?.[0]?.edits ?? []), 'Mon: lift; Tue am: run\n');
    assert.deepEqual(parsePlan('Mon: lift; Tue am: run\n').syntaxErrors, []);
    assert.deepEqual(entries('Mon am: lift, Mon pm: run 3 mi\n'), [[0, 'am', ['lift']], [0, 'pm', ['run 3 mi']]]);
    assert.deepEqual(entries('Mon: lift   Tue pm: run\n'), [[0, undefined, ['lift']], [1, 'pm', ['run']]]);
  });
});

describe('review12b: a misspelt session word before a distance or an easy time', () => {
  it('reads `swiming 1000m` and `eliptical 30 min (easy)` as the swim and the elliptical, not a run', () => {
    const read = (text: string): Array<[string, string | undefined]> =>
      parsePlan(text).statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions.map((session): [string, string | undefined] => [session.kind, session.text]) : []));
    assert.deepEqual(read('Tue: swiming 1000m\n'), [['cross', 'swiming 1000m']]);
    assert.deepEqual(read('Mon: eliptical 30 min (easy)\n'), [['cross', 'eliptical 30 min (easy)']]);
    assert.deepEqual(parsePlan('Tue: swiming 1000m\n').syntaxErrors.map((e) => [e.message, e.severity, e.range.start.column, e.range.end.column]), [
      ["Unknown session 'swiming' — read as 'swimming'", 'warning', 5, 12],
    ]);
    // A run word still makes a run, and a word one letter off a run word is the run.
    assert.deepEqual(read('Mon: runnning 5 mi\n'), [['run', 'runnning 5 mi']]);
  });
});
