// A day written for some weeks (language-decisions.md): `Monday: Weeks 1, 4, 7: ACFT; Weeks 2-3 and 5-6: Dead Lifts, …`
// (Mountain Tactical Institute's ACFT schedule, pasted) reads the first weeks' sessions; the alternative after `;` for
// other weeks stays in the text, unread; a `Weeks 2-3` line of its own keeps its error (the past decision).
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { sessionNotation } from '../../corpus/measure';

describe('a day written for some weeks', () => {
  it('reads the sessions after `Weeks 1, 4, 7:` and leaves the alternative after `;` unread', () => {
    const text = 'Monday: Weeks 1, 4, 7: ACFT; Weeks 2-3 and 5-6: Dead Lifts, Hand Release Push Ups, Plank\nTuesday: run easy\n';
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors, []);
    const monday = plan.weeks[0]!.days[0]!;
    assert.deepEqual(monday.sessions.map(sessionNotation), ['event test']);
    assert.deepEqual([monday.sessions[0]?.text, monday.sessions[0]?.range], ['ACFT', { start: { line: 0, column: 23 }, end: { line: 0, column: 27 } }]);
    assert.deepEqual(plan.weeks[0]!.days.map((day) => day.sessions.length), [1, 1, 0, 0, 0, 0, 0]);
    assert.equal(plan.singleWeek, true);
  });

  it('reads one week written so (`Week 2: run tempo`), and a day after `;` as a day', () => {
    const plan = parsePlan('Wed: Week 2: run tempo; Fri: rest\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual([plan.weeks[0]!.days[2]!.sessions.map(sessionNotation), plan.weeks[0]!.days[4]!.sessions.map(sessionNotation)], [['run quality'], ['rest']]);
  });

  it('keeps the error of a `Weeks 2-3` line of its own, and of `Weeks` after a day that is not for some weeks', () => {
    assert.deepEqual(parsePlan('Weeks 2-3\nMon: run easy\n').syntaxErrors.map((e) => [e.message, e.range.start.line]), [["Unknown word 'Weeks' — did you mean 'week'?", 0]]);
    assert.deepEqual(parsePlan('Mon: Weeks 1: run easy\nWeeks 2: run tempo\n').syntaxErrors.map((e) => [e.message, e.range.start.line]), [["Unknown word 'Weeks' — did you mean 'week'?", 1]]);
    assert.deepEqual(parsePlan('Mon: run easy; Weeks 2-3: run tempo\n').syntaxErrors.map((e) => e.message), ["Unknown word 'Weeks' — did you mean 'week'?"]);
  });
});
