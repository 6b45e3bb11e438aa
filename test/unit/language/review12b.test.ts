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
