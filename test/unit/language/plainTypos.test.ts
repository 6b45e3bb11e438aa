// Typos whose meaning is plain (language-decisions.md, issue 13 verbatim set): a unit with two letters swapped
// (`30misn`) and a misspelt run word in a run (`1 Mile rune`) are read, with a warning and the fix; a typo that would
// change the session (`run tmepo`, `10kmz`) stays an error.
import { strict as assert } from 'node:assert';
import { sessionNotation } from '../../corpus/measure';
import { read } from './read';

describe('typos whose meaning is plain', () => {
  it('reads a time unit with two letters swapped, with a warning and the fix', () => {
    const { sessions, errors } = read('Mon: Run 30misn easy');
    assert.deepEqual(sessions.map(sessionNotation), ['run easy']);
    assert.equal(sessions[0]?.attributes.duration?.value, 30);
    assert.deepEqual(
      errors.map((e) => [e.message, e.severity, e.range, e.fixes?.[0]?.edits]),
      [[`Unknown unit 'misn' in '30misn' — read as '30min'`, 'warning', { start: { line: 0, column: 9 }, end: { line: 0, column: 15 } }, [{ range: { start: { line: 0, column: 9 }, end: { line: 0, column: 15 } }, newText: '30min' }]]],
    );
    assert.equal(read('Mon: run 3miels').sessions[0]?.attributes.distance?.value, 3 * 1.609344);
    assert.equal(read('Mon: bike 2huors').sessions[0]?.attributes.duration?.value, 120);
  });

  it('keeps the error for a unit that is not a swap of one (`10kmz`, `30mn`)', () => {
    assert.deepEqual(read('Mon: run 10kmz').errors.map((e) => [e.message, e.severity]), [[`Unknown unit 'kmz' in '10kmz' — did you mean '10km'?`, undefined]]);
    assert.equal(read('Mon: run 30mn').errors[0]?.severity, undefined);
  });

  it('reads a misspelt run word after a run\'s distance as the run, with a warning', () => {
    const { sessions, errors } = read('Friday: AM - 12 mile bike ride PM - 1 Mile rune best effort circuit');
    assert.deepEqual(sessions.map(sessionNotation), ['cross easy', 'run quality', 'conditioning hard']);
    assert.deepEqual(errors.map((e) => [e.message, e.severity, e.range.start.column, e.range.end.column]), [[`Unknown word 'rune' in a run — read as 'run'`, 'warning', 43, 47]]);
    // A typo of another word of a run changes what the run is: still an error.
    assert.deepEqual(read('Mon: run tmepo 30min').errors.map((e) => [e.message, e.severity]), [[`Unknown word 'tmepo' in a run — did you mean 'tempo'?`, undefined]]);
  });
});

// language-decisions.md, "A range written in words".
describe('a range written in words (`start at 6 miles … work up to 28 miles`)', () => {
  it('reads a longer time or distance after `to` as the top of a range, counted at its midpoint', () => {
    const line = 'Sunday: Some weeks are long runs which start at 6 miles and by the end of the program work up to 28 miles';
    const { sessions, errors } = read(line);
    assert.deepEqual(errors, []);
    assert.deepEqual(sessions.map(sessionNotation), ['run long']);
    const distance = sessions[0]?.attributes.distance;
    assert.deepEqual(distance?.span, { low: 6 * 1.609344, high: 28 * 1.609344 });
    assert.equal(distance?.value, 17 * 1.609344);
    assert.deepEqual(distance?.range, { start: { line: 0, column: 48 }, end: { line: 0, column: 55 } });
    const bike = read('Mon: bike 30 min building to 60 min');
    assert.deepEqual([bike.errors, bike.sessions[0]?.attributes.duration?.value, bike.sessions[0]?.attributes.duration?.span], [[], 45, { low: 30, high: 60 }]);
  });

  it('keeps the error when the second is not longer, or not after `to`', () => {
    assert.deepEqual(read('Mon: run 5 miles and 3 miles').errors.map((e) => e.message), ['Distance given twice — each attribute at most once per session']);
    assert.deepEqual(read('Mon: bike 60 min cutting back to 30 min').errors.map((e) => e.message), ['Duration given twice — each attribute at most once per session']);
  });
});
