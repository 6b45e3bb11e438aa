// Review of the eleventh session's lead changes (review11): misreadings a user would hit in the new lists of days, a
// week's figures, a long run's faster part and doubles logs in minutes (language-decisions.md, "Lists of days, a
// week's figures, doubles logs in minutes", and its review).
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { sessionNotation } from '../../corpus/measure';
import { daysOf, sessionsAndErrors, sessionsOf } from './read';
import { createVocabulary } from '../../../server/src/language/sessions';

const days = daysOf;

describe('review11: lists of days', () => {
  it('keeps two capitals that are a label\'s abbreviation out of the days (`SS:` a superset was Saturday and Sunday)', () => {
    assert.deepEqual(days('Mon: gym\nSS: bench 3x10, row 3x10\n'), { days: ['Mon gym full'], errors: ["Expected a weekday before ':'"] });
    for (const label of ['FS', 'MS', 'WR', 'TF']) {
      assert.deepEqual(days(`Mon: gym\n${label}: 5x3\n`), { days: ['Mon gym full'], errors: ["Expected a weekday before ':'"] }, label);
    }
    // Timetables' pairs stay days, and so do letters with a separator or with a day's two letters.
    assert.deepEqual(days('MW: gym\nTR: run 3 mi\n').days, ['Mon gym full', 'Tue run easy', 'Wed gym full', 'Thu run easy']);
    assert.deepEqual(days('TTh: run 3 mi\nS/S: rest\n').days, ['Tue run easy', 'Thu run easy', 'Sat rest', 'Sun rest']);
  });
});

describe('review11: a week\'s figures', () => {
  it('keeps repeats and sets done each week (`8 x 400m / wk` lost its repeats)', () => {
    const plan = parsePlan('Mon: run 8 x 400m / wk\nTue: 6 x 400m per wk\nWed: run 4 x 1 mile a week\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(
      sessionsOf(plan).map((s) => [sessionNotation(s), s.attributes.repeats?.value.count, s.attributes.repeats?.value.eachKm]),
      [
        ['run quality', 8, 0.4],
        ['run quality', 6, 0.4],
        ['run quality', 4, 1.609344],
      ],
    );
    // A bare count is still how often: no repeats.
    assert.deepEqual(sessionsAndErrors('Mon: weights 4x a week\nTue: run 3x/week\n'), { sessions: ['gym full', 'run easy'], errors: [] });
  });

  it('keeps a distance before `a week before / out / from` (`run 10 mi a week out` lost its 10 miles)', () => {
    const plan = parsePlan('Mon: run 10 mi a week out\nTue: run 5k a week before the race\nWed: run 20 miles a week\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(sessionsOf(plan).map((s) => [sessionNotation(s), s.attributes.distance?.value]), [
      ['run long', 16.09344],
      ['event race', 5],
      ['run easy', undefined],
    ]);
  });
});

describe('review11: a long run\'s faster part', () => {
  it('keeps a workout after a long warm-up or a long jog a workout (`long warmup 3 mi, tempo 3 mi` was a long run)', () => {
    assert.deepEqual(sessionsAndErrors('Tue: long warmup 3 mi, tempo 3 mi\nThu: 20 min long jog, then 5 x 1 km hard\n'), { sessions: ['run quality', 'run quality'], errors: [] });
    // A long run with a faster part stays long.
    assert.deepEqual(sessionsAndErrors('Sat: long run 12 mi, tempo\nSun: long run 6 mi, fast finish\n').sessions, ['run long+quality', 'run long+quality']);
  });
});

describe('review11: doubles logs in minutes', () => {
  it('reads hours and minutes only under ten hours (`run 18:00h` was an 18-hour run)', () => {
    const plan = parsePlan('Mon: run 18:00h\nTue: 2:00 hrs easy\nWed: bike 02:15 hours\n');
    assert.deepEqual(plan.syntaxErrors.map((issue) => [issue.message, issue.range.start.line]), [["Unknown unit 'h' in '18:00h' — did you mean '18:00h'?", 0]]);
    assert.deepEqual(sessionsOf(plan).map((s) => s.attributes.duration?.value), [undefined, 120, 135]);
  });

  it('reads a lone `e` as no run (`squat 5x5, e` and `rest, E` each had a second session)', () => {
    assert.deepEqual(sessionsAndErrors('Mon: squat 5x5, e\nTue: rest, E\nWed: gym, E\n'), { sessions: ['gym lower heavy-legs', 'rest', 'gym full'], errors: [] });
    assert.deepEqual(sessionsAndErrors('Mon: yoga + e\n').errors, ["Unknown session 'e' — expected gym, run, rest, a cross-training (bike, swim, row, walk, hike, mobility, yoga), conditioning, a sport, a race or a test"]);
    // After a time or a distance it is Daniels' easy.
    assert.deepEqual(sessionsAndErrors('Mon: 60 min E\nTue: 5 mi E\n'), { sessions: ['run easy', 'run easy'], errors: [] });
  });
});

describe('review11: long lists of days', () => {
  it('reads a label of 20,000 letters of days as the days it names (it copied the list for each day: 22 s)', () => {
    const text = `${'M/W/'.repeat(20_000)}F: run 3 mi\n`;
    // (Its time is measured in bench/hostile.ts, not here.)
    const plan = parsePlan(text, { fresh: true });
    assert.deepEqual(plan.weeks[0]!.days.filter((day) => day.sessions.length > 0).map((day) => day.weekday), [0, 2, 4]);
  });
});

describe('review11: a class kept across edits', () => {
  /** The notation of each session of `last` after the plan was read as each of `before` in turn (one cache). */
  function afterEdits(before: string[], last: string): string[] {
    const vocabulary = createVocabulary().vocabulary;
    for (const text of before) sessionsOf(parsePlan(text, { vocabulary })).map(sessionNotation);
    return sessionsOf(parsePlan(last, { vocabulary })).map(sessionNotation);
  }

  it('reads a 90-minute run long again once the long run beside it is gone (it stayed easy until the line changed)', () => {
    const before = ['Sat: long run 10 mi\nSat: 90 min\n', 'Sat: long run 10 mi\nSat: 90 min \n'];
    assert.deepEqual(afterEdits(before, 'Tue: gym\nSat: 90 min\n'), ['gym full', 'run long']);
    assert.deepEqual(sessionsOf(parsePlan('Tue: gym\nSat: 90 min\n', { fresh: true })).map(sessionNotation), ['gym full', 'run long']);
  });

  it('reads a run long again once the other half of its double is gone', () => {
    const before = ['Mon: AM 13 mi\nMon: PM 6 mi\n', 'Mon: AM 13 mi\nMon: PM 6 mi \n'];
    assert.deepEqual(afterEdits(before, 'Mon: AM 13 mi\nTue: gym\n'), ['run long', 'gym full']);
  });
});
