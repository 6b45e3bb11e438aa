// Exact text for every edit builder of server/src/analysis/edits.ts.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import {
  applyEdits,
  dayNumbersAsWeekdays,
  changeToRest,
  ignoreOnLine,
  insertGoal,
  makeEasy,
  moveSession,
  rearrange,
  reorderSessions,
  setTimes,
  swapDays,
} from '../../../server/src/analysis/edits';
import { day, edited, lines, session } from './helpers';

const move = (text: string, what: string, to: string, nth = 0): string =>
  edited(text, (plan) => moveSession(plan, session(plan, what, nth), day(to)));

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    const text = 'Mon: gym\nTue: run';
    const out = applyEdits(text, [
      { range: { start: { line: 1, column: 5 }, end: { line: 1, column: 8 } }, newText: 'run easy' },
      { range: { start: { line: 0, column: 5 }, end: { line: 0, column: 8 } }, newText: 'gym upper' },
    ]);
    assert.equal(out, 'Mon: gym upper\nTue: run easy');
  });

  it('keeps the given order of inserts at one place, and a replace before an insert at its end', () => {
    const at = { line: 0, column: 3 };
    const out = applyEdits('abcdef', [
      { range: { start: { line: 0, column: 1 }, end: at }, newText: 'X' },
      { range: { start: at, end: at }, newText: '1' },
      { range: { start: at, end: at }, newText: '2' },
    ]);
    assert.equal(out, 'aX12def');
  });

  it('counts columns per line in CRLF text', () => {
    const out = applyEdits('Mon: gym\r\nTue: run', [{ range: { start: { line: 1, column: 5 }, end: { line: 1, column: 8 } }, newText: 'rest' }]);
    assert.equal(out, 'Mon: gym\r\nTue: rest');
  });

  it('skips an edit that overlaps an earlier one instead of corrupting the text', () => {
    const out = applyEdits('abcdef', [
      { range: { start: { line: 0, column: 0 }, end: { line: 0, column: 4 } }, newText: 'W' },
      { range: { start: { line: 0, column: 2 }, end: { line: 0, column: 5 } }, newText: 'Z' },
    ]);
    assert.equal(out, 'Wef');
  });

  it('returns the text unchanged for no edits', () => {
    assert.equal(applyEdits('Mon: gym', []), 'Mon: gym');
  });
});

describe('moveSession', () => {
  it('takes a session off a shared day and replaces rest on the target day', () => {
    const text = lines('Mon: gym lower heavy + run intervals 6x800m', 'Tue: rest', 'Wed: run easy');
    assert.equal(move(text, 'run intervals 6x800m', 'Tue'), lines('Mon: gym lower heavy', 'Tue: run intervals 6x800m', 'Wed: run easy'));
  });

  it('leaves rest on a day left empty and appends with + to a day that has sessions (comments stay)', () => {
    const text = lines('Mon: gym upper', 'Tue: run easy 30min  # short one');
    assert.equal(move(text, 'gym upper', 'Tue'), lines('Mon: rest', 'Tue: run easy 30min + gym upper  # short one'));
  });

  it('keeps the separators of the other sessions as written', () => {
    assert.equal(move('Mon: run easy+gym upper + bike\nWed: rest', 'run easy', 'Wed'), 'Mon: gym upper + bike\nWed: run easy');
    assert.equal(move('Mon: run easy + gym upper+bike\nWed: rest', 'gym upper', 'Wed'), 'Mon: run easy+bike\nWed: gym upper');
  });

  it('moves the text verbatim: exercises, notes, times; the comment stays on its line', () => {
    const text = lines('Mon: run easy + gym lower heavy [squat 5x5 @80%, rdl 3x8] "legs" pm  # tough', 'Thu: rest');
    assert.equal(
      move(text, 'gym lower heavy [squat 5x5 @80%, rdl 3x8] "legs" pm', 'Thu'),
      lines('Mon: run easy  # tough', 'Thu: gym lower heavy [squat 5x5 @80%, rdl 3x8] "legs" pm'),
    );
  });

  it('inserts a new line in weekday order, after the previous weekday, with its indentation', () => {
    const text = lines('week 1', '  Mon: gym lower heavy + run tempo', '  Thu: run easy', 'week 2', '  Mon: rest');
    assert.equal(
      move(text, 'run tempo', 'Tue'),
      lines('week 1', '  Mon: gym lower heavy', '  Tue: run tempo', '  Thu: run easy', 'week 2', '  Mon: rest'),
    );
    assert.equal(
      move(text, 'run tempo', 'Sat'),
      lines('week 1', '  Mon: gym lower heavy', '  Thu: run easy', '  Sat: run tempo', 'week 2', '  Mon: rest'),
    );
  });

  it('inserts the earliest weekday before the first line of the block', () => {
    const text = lines('week 1', '\tWed: gym lower heavy + run tempo', '\tFri: rest');
    assert.equal(move(text, 'run tempo', 'Mon'), lines('week 1', '\tMon: run tempo', '\tWed: gym lower heavy', '\tFri: rest'));
  });

  it('keeps a byte-order mark first', () => {
    assert.equal(move('\uFEFFWed: gym + run tempo', 'run tempo', 'Mon'), '\uFEFFMon: run tempo\nWed: gym');
  });

  it('works in a one-liner file', () => {
    assert.equal(move('Mon: gym lower heavy + run intervals; Wed: rest', 'run intervals', 'Tue'), 'Mon: gym lower heavy; Tue: run intervals; Wed: rest');
    assert.equal(move('Mon: gym; Tue: run tempo', 'run tempo', 'Wed'), 'Mon: gym; Tue: rest; Wed: run tempo');
    assert.equal(move('Tue: gym; Wed: run tempo', 'run tempo', 'Mon'), 'Mon: run tempo; Tue: gym; Wed: rest');
  });

  it('writes CRLF line breaks in a CRLF file', () => {
    const text = 'Mon: gym lower heavy + run tempo\r\nWed: rest\r\n';
    assert.equal(move(text, 'run tempo', 'Tue'), 'Mon: gym lower heavy\r\nTue: run tempo\r\nWed: rest\r\n');
  });

  it('adds to the last line of a day written on two lines', () => {
    const text = lines('Mon: gym lower heavy + run easy', 'Sat: gym upper', 'Sat: bike');
    assert.equal(move(text, 'run easy', 'Sat'), lines('Mon: gym lower heavy', 'Sat: gym upper', 'Sat: bike + run easy'));
  });

  it('puts a quality run first on its new day, so the runner is fresh for it (the guide)', () => {
    const text = lines('Mon: gym lower heavy + run tempo', 'Sat: gym upper', 'Sat: bike');
    assert.equal(move(text, 'run tempo', 'Sat'), lines('Mon: gym lower heavy', 'Sat: gym upper', 'Sat: run tempo + bike'));
    assert.equal(move('Mon: gym lower heavy + run intervals 6x800m\nWed: gym upper, core', 'run intervals 6x800m', 'Wed'), 'Mon: gym lower heavy\nWed: run intervals 6x800m + gym upper, core');
  });

  it('writes the new weekday the way the file writes weekdays', () => {
    assert.equal(move('monday: gym + run tempo\nfriday: rest', 'run tempo', 'Wed'), 'monday: gym\nwednesday: run tempo\nfriday: rest');
  });

  it('moves only inside the session\'s own week block', () => {
    const text = lines('week 1', 'Mon: gym + run tempo', 'week 2', 'Tue: rest');
    assert.equal(move(text, 'run tempo', 'Tue'), lines('week 1', 'Mon: gym', 'Tue: run tempo', 'week 2', 'Tue: rest'));
  });

  it('does nothing for a move to the same day or a rest session', () => {
    const plan = parsePlan('Mon: gym\nTue: rest');
    assert.deepEqual(moveSession(plan, session(plan, 'gym'), 0), []);
    assert.deepEqual(moveSession(plan, session(plan, 'rest'), 3), []);
  });

  it('combines several moves of one block (rearrange)', () => {
    const text = lines('Mon: gym lower heavy + run tempo + bike hard', 'Tue: rest', 'Thu: run easy');
    const out = edited(text, (plan) =>
      rearrange(plan, plan.blocks[0]!, [
        { session: session(plan, 'bike hard'), to: day('Wed') },
        { session: session(plan, 'run tempo'), to: day('Tue') },
        { session: session(plan, 'run easy'), to: day('Mon') },
      ]),
    );
    assert.equal(out, lines('Mon: gym lower heavy + run easy', 'Tue: run tempo', 'Wed: bike hard', 'Thu: rest'));
  });
});

describe('swapDays', () => {
  const swap = (text: string, a: string, b: string): string => edited(text, (plan) => swapDays(plan, plan.blocks[0]!, day(a), day(b)));

  it('exchanges everything after the colons; comments stay with their line', () => {
    const text = lines('Mon: gym upper heavy  # push day', 'Tue: run intervals 6x800m + bike', 'Wed: rest');
    assert.equal(swap(text, 'Mon', 'Tue'), lines('Mon: run intervals 6x800m + bike  # push day', 'Tue: gym upper heavy', 'Wed: rest'));
  });

  it('works in a one-liner', () => {
    assert.equal(swap('Mon: gym lower heavy; Tue: run long 20km', 'Mon', 'Tue'), 'Mon: run long 20km; Tue: gym lower heavy');
  });

  it('swaps two-line days line by line', () => {
    const text = lines('Mon: gym upper', 'Mon: run easy', 'Thu: bike', 'Thu: run tempo # fast');
    assert.equal(swap(text, 'Thu', 'Mon'), lines('Mon: bike', 'Mon: run tempo', 'Thu: gym upper', 'Thu: run easy # fast'));
  });

  it('renames the lines when the days have different numbers of lines (or none)', () => {
    assert.equal(swap('Mon: gym; Wed: run', 'Mon', 'Tue'), 'Tue: gym; Wed: run');
    assert.equal(swap(lines('Mon: gym upper', 'Mon: run easy', 'tuesday: bike'), 'Mon', 'Tue'), lines('Tue: gym upper', 'Tue: run easy', 'monday: bike'));
  });

  it('does nothing for the same day twice or two unplanned days', () => {
    const plan = parsePlan('Mon: gym');
    assert.deepEqual(swapDays(plan, plan.blocks[0]!, 0, 0), []);
    assert.deepEqual(swapDays(plan, plan.blocks[0]!, 2, 3), []);
  });
});

describe('makeEasy', () => {
  const easy = (text: string, what: string): string => edited(text, (plan) => makeEasy(session(plan, what)));

  it('turns a quality run into an easy run and drops the effort that keeps it hard', () => {
    assert.equal(easy('Tue: run intervals 6x800m rpe 8 z4 "hard" pm', 'run intervals 6x800m rpe 8 z4 "hard" pm'), 'Tue: run easy 6x800m "hard" pm');
    assert.equal(easy('Tue: run tempo rpe 6 45min', 'run tempo rpe 6 45min'), 'Tue: run easy 45min');
  });

  it('drops only the effort of a run made quality by effort', () => {
    assert.equal(easy('Tue: run rpe 8 45min', 'run rpe 8 45min'), 'Tue: run 45min');
    assert.equal(easy('Sun: run long 20km z4', 'run long 20km z4'), 'Sun: run long 20km');
  });

  it('makes heavy gym moderate and hard cross easy', () => {
    assert.equal(easy('Mon: gym lower heavy [squat 5x5]', 'gym lower heavy [squat 5x5]'), 'Mon: gym lower moderate [squat 5x5]');
    assert.equal(easy('Wed: bike hard 60min rpe 8', 'bike hard 60min rpe 8'), 'Wed: bike easy 60min');
  });

  it('changes nothing on an easy session', () => {
    const plan = parsePlan('Mon: run easy 30min + gym upper');
    assert.deepEqual(makeEasy(session(plan, 'run easy 30min')), []);
    assert.deepEqual(makeEasy(session(plan, 'gym upper')), []);
  });
});

describe('setTimes and reorderSessions', () => {
  it('adds am / pm to sessions without times', () => {
    const out = edited('Mon: run easy + gym upper', (plan) => setTimes(session(plan, 'run easy'), session(plan, 'gym upper')));
    assert.equal(out, 'Mon: run easy am + gym upper pm');
  });

  it('replaces written times, clock style', () => {
    const out = edited('Mon: run easy @06:30 + gym upper @08:00', (plan) =>
      setTimes(session(plan, 'run easy @06:30'), session(plan, 'gym upper @08:00'), 'clock'),
    );
    assert.equal(out, 'Mon: run easy @07:00 + gym upper @18:00');
  });

  it('puts the time before an exercise list', () => {
    const out = edited('Mon: gym upper [bench 5x5] + run', (plan) => setTimes(session(plan, 'gym upper [bench 5x5]'), session(plan, 'run')));
    assert.equal(out, 'Mon: gym upper am [bench 5x5] + run pm');
  });

  it('swaps two sessions of a day; written times stay in place so they follow the order', () => {
    const swap = (text: string, a: string, b: string): string => edited(text, (plan) => reorderSessions(plan, session(plan, a), session(plan, b)));
    assert.equal(swap('Mon: run easy am + gym upper pm', 'run easy am', 'gym upper pm'), 'Mon: gym upper am + run easy pm');
    assert.equal(swap('Mon: run easy + gym upper heavy', 'run easy', 'gym upper heavy'), 'Mon: gym upper heavy + run easy');
    assert.equal(swap('Mon: run easy @07:00 + gym upper', 'run easy @07:00', 'gym upper'), 'Mon: gym upper @07:00 + run easy');
    assert.equal(swap('Mon: run easy\nMon: gym upper # evening', 'run easy', 'gym upper'), 'Mon: gym upper\nMon: run easy # evening');
  });
});

describe('changeToRest', () => {
  const rest = (text: string, what: string): string => edited(text, (plan) => changeToRest(plan, session(plan, what)));

  it('keeps the session text in a comment on its line', () => {
    assert.equal(rest('Wed: run easy 30min', 'run easy 30min'), 'Wed: rest  # was: run easy 30min');
    assert.equal(rest('Wed: gym upper + run easy\nThu: rest', 'run easy'), 'Wed: gym upper  # was: run easy\nThu: rest');
  });

  it('puts the note on its own line above when the line already has a comment', () => {
    assert.equal(rest('week 1\n  Wed: run easy  # fun', 'run easy'), 'week 1\n  # was: run easy\n  Wed: rest  # fun');
  });
});

describe('ignoreOnLine', () => {
  const ignore = (text: string, line: number, rule: string): string => edited(text, (plan) => ignoreOnLine(plan, line, rule));

  it('appends a suppression comment', () => {
    assert.equal(ignore('Mon: gym\nTue: run tempo  ', 1, 'hard-same-day'), 'Mon: gym\nTue: run tempo  # hybrid-ignore hard-same-day  ');
  });

  it('extends an existing suppression and leaves a covering one alone', () => {
    assert.equal(ignore('Mon: gym  # hybrid-ignore back-to-back-hard', 0, 'hard-same-day'), 'Mon: gym  # hybrid-ignore back-to-back-hard hard-same-day');
    assert.equal(
      ignore('Mon: gym # hybrid-ignore back-to-back-hard, session-order -- planned deload', 0, 'hard-same-day'),
      'Mon: gym # hybrid-ignore back-to-back-hard, session-order hard-same-day -- planned deload',
    );
    const plan = parsePlan('Mon: gym  # hybrid-ignore\nTue: run # hybrid-ignore hard-same-day');
    assert.deepEqual(ignoreOnLine(plan, 0, 'hard-same-day'), []);
    assert.deepEqual(ignoreOnLine(plan, 1, 'hard-same-day'), []);
  });
});

describe('ignoreOnLine with a plain comment', () => {
  it('puts the suppression before the comment, which still follows', () => {
    const out = edited('Mon: gym # heavy day', (plan) => ignoreOnLine(plan, 0, 'hard-same-day'));
    assert.equal(out, 'Mon: gym # hybrid-ignore hard-same-day # heavy day');
    assert.equal(
      edited('# my plan\nMon: gym', (plan) => ignoreOnLine(plan, 0, 'main-goal')),
      '# hybrid-ignore main-goal # my plan\nMon: gym',
    );
    assert.deepEqual(
      parsePlan(out).suppressions.map((s) => [s.scope, s.line, s.rules]),
      [['line', 0, ['hard-same-day']]],
    );
  });
});

describe('insertGoal', () => {
  const goal = (text: string, g: 'strength' | 'running' | 'balanced'): string => edited(text, (plan) => insertGoal(plan, g));

  it('goes right after the plan title', () => {
    assert.equal(goal('# my plan\nplan "Spring"\n\nMon: gym', 'strength'), '# my plan\nplan "Spring"\ngoal: strength\n\nMon: gym');
  });

  it('goes at the top after leading comments when there is no title', () => {
    assert.equal(goal('# a\n\n# b\nMon: gym\n', 'balanced'), '# a\n\n# b\ngoal: balanced\nMon: gym\n');
    assert.equal(goal('Mon: gym; Tue: run', 'running'), 'goal: running\nMon: gym; Tue: run');
    assert.equal(goal('# a\r\nMon: gym\r\n', 'running'), '# a\r\ngoal: running\r\nMon: gym\r\n');
    assert.equal(goal('\uFEFFMon: gym', 'running'), '\uFEFFgoal: running\nMon: gym');
  });
});

describe('dayNumbersAsWeekdays', () => {
  it('rewrites only the day words of `Day N` lines, keeping am/pm, sessions, notes and comments', () => {
    const text = [
      'goal: running',
      'week 1',
      'Day 1: run easy 30min "chatty" # first',
      'Day 3 pm: gym lower heavy [squat 5x5]',
      'Sun: rest',
      'week 2',
      'day 7: run long 10km',
      '',
    ].join('\n');
    const plan = parsePlan(text);
    const out = applyEdits(text, dayNumbersAsWeekdays(plan));
    assert.equal(
      out,
      ['goal: running', 'week 1', 'Mon: run easy 30min "chatty" # first', 'Wed pm: gym lower heavy [squat 5x5]', 'Sun: rest', 'week 2', 'Sun: run long 10km', ''].join('\n'),
    );
    assert.deepEqual(parsePlan(out).weeks.map((week) => week.days.map((d) => d.sessions.length)), plan.weeks.map((week) => week.days.map((d) => d.sessions.length)));
  });

  it('offers nothing for a plan written in weekdays', () => {
    assert.deepEqual(dayNumbersAsWeekdays(parsePlan('Mon: rest\nTue: run easy\n')), []);
  });
});

