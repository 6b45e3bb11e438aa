// Forms typed from the corpus5 plans (2 December): training logs' dated day labels (`September 19, 2016, Monday:`,
// `Monday, September 12:`, `Mon 9/19:`), a `;` between the parts of a day (`Warm up; 5-mile run; strides; cool down`),
// a log's sentences naming the day's sessions (`40 minutes easy running. Core.`), `14ish miles`, `7.5-8 hill miles`,
// `5 hill repeats`, a table's minutes and seconds (`15:00 of 2:00 run 3:00 walk`, `25:00 walk`), `plus` between
// sessions, `speed work at the gym`, `weights for biceps & triceps`, and run/walk written time first.
import { strict as assert } from 'node:assert';
import { sessionNotation } from '../../corpus/measure';
import { clean, read } from './read';
import { parsePlan } from '../../../server/src/language/parser';
import { classify, isRunWalk } from '../../../server/src/analysis/classify';
import type { RunSession } from '../../../server/src/language/model';

const notation = (line: string): string[] => clean(line).map(sessionNotation);
const MILE = 1.609344;

describe('dated day labels (a training log)', () => {
  it('reads the weekday of a label with its date before or after it', () => {
    for (const line of [
      'September 19, 2016, Monday: run easy 5mi',
      'Sept 19, Monday: run easy 5mi',
      'Monday, September 19, 2016: run easy 5mi',
      'Monday, Sept. 19: run easy 5mi',
      'Mon 9/19: run easy 5mi',
      'Mon. 6/3: run easy 5mi',
      'Mon 9/19/16: run easy 5mi',
      'Monday 2016-09-19: run easy 5mi',
      'Monday 19th September: run easy 5mi',
    ]) {
      const plan = parsePlan(line);
      assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], line);
      assert.deepEqual(plan.weeks[0]?.days.filter((d) => d.sessions.length > 0).map((d) => [d.weekday, d.sessions.map(sessionNotation)]), [[0, ['run easy']]], line);
    }
  });

  it('keeps the errors of labels that are no date (the weekday must be there, only date words between)', () => {
    // (`Mon - pm: gym` reads as `Mon pm: gym` since the tenth session: forms10lead.test.ts.)
    assert.deepEqual(read('Day 3 - 5: run').errors.map((e) => e.message), ["Expected ':' after the weekday"]);
    assert.match(read('September 19: run easy').errors[0]?.message ?? '', /Expected a weekday/);
  });
});

describe("a ';' between the parts of a day", () => {
  it("reads a published day's parts as its sessions, as a comma does", () => {
    assert.deepEqual(notation('Monday: Warm up; 5-mile run; 4x150 yds relaxed strideouts on grass, jogging back to the start after each, no rest between; cool down.'), ['run easy']);
    assert.deepEqual(notation('Tuesday: 1-mile warmup; 20-min tempo run, 1-mile cool-down.'), ['run quality']);
    assert.deepEqual(notation('Thursday: 1-mile warmup; 5 hill repeats (run 200 yds uphill, turn, jog downhill to start; repeat 4 times, no rests); 1-mile easy cool-down.'), ['run quality']);
  });

  it('still separates days and statements, and keeps the did-you-mean of a near-miss keyword', () => {
    const plan = parsePlan('Mon: run easy; Tue: gym upper');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(plan.weeks[0]?.days.filter((d) => d.sessions.length > 0).map((d) => d.weekday), [0, 1]);
    assert.match(read('Mon: run easy; Weeks 2-3').errors[0]?.message ?? '', /Unknown word 'Weeks' — did you mean 'week'\?/);
    assert.match(read('Mon: run easy; wek 3').errors[0]?.message ?? '', /did you mean 'week'\?/);
  });
});

describe("a log's sentences", () => {
  it('reads each sentence that names a session of another kind as the next session of the day', () => {
    assert.deepEqual(notation('Monday: 40 minutes easy running. Core.'), ['run easy', 'gym core']);
    assert.deepEqual(notation('Wednesday: Mile repeats 45 minutes. Core.'), ['run quality', 'gym core']);
    assert.deepEqual(notation('Thursday: Strength. 6.5 miles. Core.'), ['gym full', 'run easy', 'gym core']);
    assert.deepEqual(notation('Friday: Easy 6 miles. Core.'), ['run easy', 'gym core']);
    // An aside the sentence starts with is passed over to find what it names.
    assert.deepEqual(notation('Saturday: 4ish miles. (hoping to get this one done outside!) Core.'), ['run easy', 'gym core']);
  });

  it('keeps one session when the sentences go on with it or name a rest', () => {
    assert.deepEqual(notation('Mon: run 5 mi. Easy pace.'), ['run easy']);
    assert.deepEqual(notation('Mon: squats 3x8. Lunges 3x10.'), ['gym lower']);
  });
});

describe('numbers of published runs', () => {
  it("reads `14ish miles` as about 14 miles, `7.5-8 hill miles` as a hilly run of 7.5-8 miles and `5 hill repeats` as a count", () => {
    const [ish] = clean('Sat: 14ish miles');
    assert.equal(ish?.kind, 'run');
    assert.ok(Math.abs((ish?.attributes.distance?.value ?? 0) - 14 * MILE) < 1e-6);
    const [hilly] = clean('Tue: 7.5-8 hill miles');
    assert.deepEqual(hilly && [hilly.kind, sessionNotation(hilly), hilly.attributes.distance?.span && [hilly.attributes.distance.span.low / MILE, hilly.attributes.distance.span.high / MILE].map((v) => Math.round(v * 10) / 10)], ['run', 'run easy', [7.5, 8]]);
    const [repeats] = clean('Thu: 1-mile warmup, 5 hill repeats, 1-mile easy cool-down');
    assert.deepEqual(repeats && [sessionNotation(repeats)], ['run quality']);
  });

  it("reads a table's minutes and seconds before 'of' or past 23:59 as the session's time; a bare 10:00 stays ambiguous, with both fixes", () => {
    const [table] = clean('Mon: 15:00 of 2:00 run 3:00 walk');
    assert.deepEqual(table && [sessionNotation(table), classify(table).minutes], ['run easy', 15]);
    const [walk] = clean('Tue: 25:00 walk');
    assert.deepEqual(walk && [sessionNotation(walk), classify(walk).minutes], ['cross easy', 25]);
    const ambiguous = read('Tue: 10:00 walk').errors[0];
    assert.deepEqual([ambiguous?.message, ambiguous?.fixes?.map((f) => [f.title, f.edits[0]?.newText])], [
      "Write a start time with '@', like '@10:00'",
      [["Write '@10:00'", '@10:00'], ["Write '10min' (a time of 10min)", '10min']],
    ]);
  });
});

describe('sessions joined and placed as logs write them', () => {
  it("reads `plus` between two sessions as `and`, and not before words that name none", () => {
    assert.deepEqual(notation('Sun: 45 minute easy run plus strength training moved over from Friday'), ['run easy', 'gym full']);
    assert.deepEqual(notation('Fri: strength training plus traveling back home in the evening'), ['gym full']);
  });

  it('reads the gym named as the place of a run as where the run is', () => {
    assert.deepEqual(notation('Mon: speed work at the gym'), ['run quality']);
    assert.deepEqual(notation('Mon: treadmill run in the gym'), ['run easy']);
    assert.deepEqual(read('Wed: 5 mile recovery, some time in the gym').sessions.map(sessionNotation), ['run easy', 'gym full']);
  });

  it("reads the body parts of a split day after the gym word (`weights for biceps & triceps`)", () => {
    assert.deepEqual(notation('Mon: weights for biceps & triceps'), ['gym upper']);
    assert.deepEqual(notation('Mon: weights for hamstrings and quads'), ['gym lower']);
    assert.deepEqual(notation('Mon: gym [calf raises 3x12]'), ['gym lower']);
  });
});

describe('run/walk written time first (tables)', () => {
  it('is a run/walk, never a quality run', () => {
    for (const line of ['Mon: 25:00 of 3:00 run 2:00 walk', 'Mon: 5:00 Walk 5:00 Run 5:00 Walk', 'Mon: 2 min run 3 min walk', 'Mon: Walk 5 mins Jog 2 mins Repeat x 3']) {
      const [session] = clean(line);
      assert.equal(session?.kind, 'run', line);
      assert.equal(isRunWalk(session as RunSession), true, line);
      assert.equal(classify(session!).qualityRun, false, line);
    }
    const [intervals] = clean('Mon: run 6x800m with 400m walk');
    assert.equal(isRunWalk(intervals as RunSession), false);
  });
});

describe("fitness-test plans' words (MTI's CPAT and Terminal Lance plans)", () => {
  it('reads intervals of an exercise as a hard conditioning session, and `step up` as the step-up', () => {
    assert.deepEqual(notation('Tue: Step Up Intervals'), ['conditioning hard']);
    assert.deepEqual(notation('Tue: burpee intervals 10x30s'), ['conditioning hard']);
    assert.deepEqual(notation('Tue: step ups 3x20'), ['gym lower']);
    assert.deepEqual(notation('Tue: run intervals 6x800m'), ['run quality']);
    assert.deepEqual(notation('Mon: warm up, run easy 30 min'), ['run easy']);
  });

  it("reads `Chassis Integrity` (MTI's core strength) as short core work", () => {
    assert.deepEqual(notation('Wed: Chassis Integrity'), ['gym core']);
  });
});
