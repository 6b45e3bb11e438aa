// Issue 13 (lead, eleventh session): lists of days as people write them (`M/W/F`, `T/Th`, `MWF`, `Mon thru Fri`,
// `Weekdays`, `Mondays`), a week's figures beside a session (`weights 4x a week`, `run 20 miles a week`), a long run
// with a faster part after a comma or `with`, doubles logs in minutes (`60 min E`, `90 min (incl. 6 x 3 min)`,
// `2:00 hrs`, `@ T w/ …`), and the words of a reader's week (`treadmill`, `personal trainer`, `P90X`, `core & upper
// body`) (language-decisions.md, "Lists of days, a week's figures, doubles logs in minutes").
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { sessionNotation } from '../../corpus/measure';
import { canonicalEdits } from '../../../server/src/analysis/canonical';
import { daysOf, sessionsAndErrors, sessionsOf } from './read';

const read = sessionsAndErrors;

const days = daysOf;

describe('lists of days as people write them (lead, eleventh session)', () => {
  it('reads the letters of days in a list (`M/W/F`, `T/Th`, `Tu/Th`, `M, W, F`, `M-F`) and run together (`MWF`, `TTh`)', () => {
    assert.deepEqual(days('M/W/F: weights\nT/Th: run 3 mi\n').days, ['Mon gym full', 'Tue run easy', 'Wed gym full', 'Thu run easy', 'Fri gym full']);
    assert.deepEqual(days('MWF: lift\nTTh: run 3 mi\nSa: long run 6 mi\n').days, ['Mon gym full', 'Tue run easy', 'Wed gym full', 'Thu run easy', 'Fri gym full', 'Sat run long']);
    assert.deepEqual(days('M, W, F: weights\nTu/Th: run 3 mi\n').days, ['Mon gym full', 'Tue run easy', 'Wed gym full', 'Thu run easy', 'Fri gym full']);
    assert.deepEqual(days('M-F: walk 20 min\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    // A `T` after Wednesday is Thursday, an `S` after Saturday Sunday.
    assert.deepEqual(days('MTWTF: run 3 mi\nS/S: rest\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    // Each list keeps its warning and its quick fix: one line per day.
    assert.deepEqual(days('M/W/F: weights\n').errors, [`'M/W/F' names 3 days — read as each of them; write each day on its own line to move or change one day alone`]);
  });

  it('keeps a day\'s two-letter abbreviation and a letter label alone as one day (`FR:`, `A: squat`)', () => {
    assert.deepEqual(days('FR: AM sprint row, PM weights - legs, chest\n').days, ['Fri cross hard | gym full']);
    assert.equal(days('Mon: gym\nA: squat 5x5\n').errors.length, 1);
  });

  it('reads ranges with words (`Mon thru Fri`, `Monday through Thursday`, `Mon to Fri`)', () => {
    assert.deepEqual(days('Mon thru Fri: lift\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    assert.deepEqual(days('Monday through Thursday: weights\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Tue', 'Wed', 'Thu']);
    assert.deepEqual(days('Mon to Fri: weights 1 hr\n').days, ['Mon gym full', 'Tue gym full', 'Wed gym full', 'Thu gym full', 'Fri gym full']);
  });

  it('reads the words that name days (`Weekdays`, `Weekends`, `Daily`, `Every day`) and the days of each week (`Mondays`)', () => {
    assert.deepEqual(days('Weekdays: weights\nWeekends: run 5 mi\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    assert.deepEqual(days('Daily: walk 30 min\n').days.length, 7);
    assert.deepEqual(days('Every day: run 3 miles\n').days.length, 7);
    assert.deepEqual(days('On Mon/Wed/Fri: weights\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Wed', 'Fri']);
    assert.deepEqual(days('Mondays: weights\nWednesdays: run 3 mi\n'), { days: ['Mon gym full', 'Wed run easy'], errors: [] });
    assert.deepEqual(days('Mondays and Wednesdays: weights\n').days, ['Mon gym full', 'Wed gym full']);
  });
});

describe('a week\'s figures beside a session (lead, eleventh session)', () => {
  it('reads `4x a week`, `3x/week`, `2x per week` as how often, not as repeats', () => {
    assert.deepEqual(read('Mon: weights 4x a week\nTue: run 3x/week\nWed: strength 2x per week\n'), { sessions: ['gym full', 'run easy', 'gym full'], errors: [] });
  });

  it('keeps a week\'s mileage out of the run (`run 20 miles a week`, `25 mpw`)', () => {
    const plan = parsePlan('Mon: run 20 miles a week\nTue: run 25 mpw\nWed: run 3 mi a day\n');
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    const sessions = plan.weeks[0]!.days.flatMap((day) => day.sessions);
    assert.deepEqual(sessions.map((session) => session.attributes.distance?.value), [undefined, undefined, 4.828032]);
  });
});

describe('a long run with a faster part (lead, eleventh session)', () => {
  it('keeps the long run long when its faster part follows a comma or `with`', () => {
    assert.deepEqual(read('Mon: Long run 6 mi with fast finish\nTue: long run 6 mi, fast finish\nWed: Long run 90 min, incl. 20 min tempo\n').sessions, [
      'run long+quality',
      'run long+quality',
      'run long+quality',
    ]);
    // Before the long run's length, `long` is how the warm-up is run (`long wu, mile hard`).
    assert.deepEqual(read('Mon: long wu, mile hard (0.75 recovery), wd (6)\n').sessions, ['run quality']);
  });
});

describe('doubles logs in minutes (lead, eleventh session)', () => {
  it('reads Daniels\' E after a time (`60 min E`, `70\' E + strides`)', () => {
    assert.deepEqual(read("Mon: AM: 60 min E, PM: 30 min E + S&C\nTue: 70' E + 6 x 20'' strides\n"), { sessions: ['run easy', 'run easy', 'gym full', 'run easy'], errors: [] });
  });

  it('reads a Daniels letter after `@` before the rest of the session (`@ T w/ 2 min jog`)', () => {
    assert.deepEqual(read('Mon: AM: 2 mi WU, 4 x 2 mi @ T w/ 2 min jog, 2 mi CD; PM: 4 mi easy\n'), { sessions: ['run quality', 'run easy'], errors: [] });
  });

  it('reads hours and minutes with their unit (`2:00 hrs easy`, `1:45 hours`)', () => {
    const plan = parsePlan('Sat: 2:00 hrs easy\nSun: 1:45 hours\n');
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(plan.weeks[0]!.days.flatMap((day) => day.sessions).map((session) => session.attributes.duration?.value), [120, 105]);
  });

  it('reads a time with an aside of repeats as the run, the repeats its workout', () => {
    assert.deepEqual(read("Tue: 90 min (incl. 6 x 3 min)\nThu: AM: 90 min (incl. 20 x 1' on / 1' off); PM: 30 min\n"), {
      sessions: ['run quality', 'run quality', 'run easy'],
      errors: [],
    });
    // Strides in an aside stay strides: the run stays easy.
    assert.deepEqual(read('Mon: easy run 60 min (incl. 6 x 20s strides)\nTue: 8 mi (with 4 x 100m strides)\n').sessions, ['run easy', 'run easy']);
  });
});

describe('the words of a reader\'s week (lead, eleventh session)', () => {
  it('reads a treadmill as a run and a treadmill walk as a walk', () => {
    assert.deepEqual(read('Mon: treadmill 30 min + weights\nTue: treadmill walk 30 min\n'), { sessions: ['run easy', 'gym full', 'cross easy'], errors: [] });
  });

  it('reads a personal trainer, P90X and Insanity as the sessions they are', () => {
    assert.deepEqual(read('Mon: personal trainer session\nTue: P90X Legs & Back\nWed: Insanity\n'), { sessions: ['gym full', 'gym full', 'conditioning hard'], errors: [] });
  });

  it('reads core written before another focus as core work added to it (`core & upper body`)', () => {
    assert.deepEqual(read('Mon: core & upper body\nTue: abs and legs\n'), { sessions: ['gym upper', 'gym lower'], errors: [] });
  });
});

describe('more of a reader\'s and a club\'s week (lead, eleventh session)', () => {
  it('reads a heart rate named with no figure as a word of the description (`@ threshold HR`, `low HR run`)', () => {
    assert.deepEqual(read('Mon: 2 x 20 min @ threshold HR\nTue: 2 x 20 min at threshold heart rate\nWed: low HR run 40 min\n'), { sessions: ['run quality', 'run quality', 'run easy'], errors: [] });
    // A heart rate with its figure is read as before.
    const plan = parsePlan('Mon: run 40 min hr < 150\n');
    assert.deepEqual(plan.weeks[0]!.days[0]!.sessions[0]!.attributes.heartRate?.value, { below: 150 });
  });

  it('keeps how a lift is done after a comma in the lift (`light weights, high reps`), and reads `light weight`', () => {
    assert.deepEqual(read('Mon: light weights, high reps\nTue: heavy weights, low reps\nWed: light weight high reps\n'), { sessions: ['gym full', 'gym full heavy-legs', 'gym full'], errors: [] });
  });

  it('reads a plan\'s name after `plan:`, with or without quotes', () => {
    const plan = parsePlan('plan: 10K with weights\ngoal: 10k\nMon: run 3 mi\n');
    assert.deepEqual([plan.title?.name, plan.syntaxErrors], ['10K with weights', []]);
    assert.equal(parsePlan('plan: "Base block"\nMon: run 3 mi\n').title?.name, 'Base block');
    assert.equal(parsePlan('plan "Base block"\nMon: run 3 mi\n').title?.name, 'Base block');
  });

  it('reads a span of the day as the start and the minutes between (`7-8:30pm`, `6:30-7:30 am`, `@ 7pm-8:30pm`, `18:00-19:30`)', () => {
    const plan = parsePlan('Mon: Squad training 7-8:30pm\nTue: run 6:30-7:30 am\nWed: gym 11-12:30pm\nThu: gym @ 7pm-8:30pm\nFri: gym 18:00-19:30\n');
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    const sessions = plan.weeks[0]!.days.flatMap((day) => day.sessions);
    assert.deepEqual(sessions.map((session) => [sessionNotation(session), session.attributes.time?.value.clockMinutes, session.attributes.duration?.value]), [
      ['sport hard', 19 * 60, 90],
      ['run easy', 6 * 60 + 30, 60],
      ['gym full', 11 * 60, 90],
      ['gym full', 19 * 60, 90],
      ['gym full', 18 * 60, 90],
    ]);
    // A range of paces is no span of the day (no am/pm, no hour past 12).
    assert.equal(parsePlan('Mon: run 5 mi 7:30-8:00 pace\n').weeks[0]!.days[0]!.sessions[0]!.attributes.time, undefined);
  });

  it('reads a rugby squad\'s sessions (`Squad training`, `Opposed session`, `unopposed`)', () => {
    assert.deepEqual(read('Mon: Squad training\nTue: Opposed session\nWed: unopposed\n'), { sessions: ['sport hard', 'sport hard', 'sport easy'], errors: [] });
  });
});

describe('a selection week (lead, eleventh session)', () => {
  it('keeps what is carried with the pack in the load (`35lb bergen + water`)', () => {
    assert.deepEqual(read('Mon: 10 miler (tab) with 35lb bergen + water, under 1hr 50\n').errors, []);
  });

  it('reads an admin day and kit prep as rest', () => {
    assert.deepEqual(read('Mon: Admin day\nTue: Kit prep\n'), { sessions: ['rest', 'rest'], errors: [] });
  });

  it('reads a bout timed in seconds as the session\'s time (`Milling 60 seconds`); a run\'s seconds still ask', () => {
    const plan = parsePlan('Mon: Milling 60 seconds\nTue: sparring 90 sec\n');
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    assert.deepEqual(plan.weeks[0]!.days.flatMap((day) => day.sessions).map((session) => session.attributes.duration?.value), [1, 1.5]);
    assert.deepEqual(read('Mon: run 60s\n').errors, [`'60s' is in seconds, which only repeats use (10x30s) — write a duration in min or h (45min, 1h)`]);
  });

  it('reads a time after `time` as after a plain `in`: a time to beat for a march or a short test, a long run\'s time otherwise', () => {
    assert.deepEqual(read('Mon: Tab 10 miles, 35lbs + water and weapon, time 1:50\nTue: 2 mile run, time: 16:30\nSun: Long run 20 mi, time 2:40:00\n'), {
      sessions: ['cross hard', 'run quality', 'run long'],
      errors: [],
    });
  });

  it('says what a `plan` line lacks', () => {
    const messages = (text: string): string[] => parsePlan(text).syntaxErrors.map((issue) => issue.message);
    assert.deepEqual(messages('plan Base\n'), [`Expected the plan's name in double quotes, like plan "Base block"`]);
    assert.deepEqual(messages('plan\n'), [`Expected the plan's name in double quotes, like plan "Base block"`]);
    assert.deepEqual(messages('plan:\n'), [`Expected the plan's name after 'plan:', like plan: Base block`]);
  });
});

describe('a rugby week\'s words (lead, eleventh session)', () => {
  it('reads the team\'s sessions and a conditioning ride', () => {
    assert.deepEqual(read('Mon: Wrestle\nTue: Attack\nWed: Defence\nThu: Lineout\nFri: Position specific\nSat: Strongman\nSun: Bike conditioning\n'), {
      sessions: ['sport hard', 'sport hard', 'sport hard', 'sport easy', 'sport hard', 'gym full heavy-legs', 'cross hard'],
      errors: [],
    });
    // `extra` stays a word of the description (no `extras` to mistake it for).
    assert.deepEqual(read('Wed: 20km on the bike, extra prehab and trunk work, then another 10km on the bike\n').errors, [
      `Separate the sessions of one day with '+', not ',' — read as two sessions`,
    ]);
  });
});

describe('times to beat without `in` (lead, eleventh session)', () => {
  it('reads `sub` or `under` before a time as a time to beat, after a comma too; a pace after `sub` stays a pace', () => {
    assert.deepEqual(read('Mon: Loaded march 10km, 20kg, sub 1:40\nTue: 3 miles under 24:00\nWed: 5k run, goal sub 11:00/mi\n'), {
      sessions: ['cross hard', 'run quality', 'run easy'],
      errors: [],
    });
  });

  it('reads `best time` and `as fast as possible` as a maximal effort', () => {
    assert.deepEqual(read('Mon: Run: 4 miles, best time\nTue: Run 3 miles as fast as possible\n').sessions, ['run quality', 'run quality']);
  });
});

describe('a log\'s double before the day\'s other work (lead, eleventh session)', () => {
  it('reads `10 + 5 + weights` as two runs, morning and afternoon, and the lift', () => {
    const plan = parsePlan('Mon: run 8 mi\nTue: 10 + 5 + weights\n');
    const tuesday = plan.weeks[0]!.days.find((day) => day.weekday === 1)!;
    assert.deepEqual(tuesday.sessions.map((session) => [sessionNotation(session), session.attributes.time?.value.period, session.attributes.distance?.value]), [
      ['run easy', 'am', 16.09344],
      ['run easy', 'pm', 8.04672],
      ['gym full', undefined, undefined],
    ]);
  });
});

describe('days chained by dashes (lead, eleventh session)', () => {
  it('reads days chained by two dashes or more as a list, one dash between two days as a range', () => {
    assert.deepEqual(days('Mon-Wed-Fri: weights\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Wed', 'Fri']);
    assert.deepEqual(days('Mon - Wed - Fri: weights\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Wed', 'Fri']);
    assert.deepEqual(days('Mon-Tue-Thu-Fri: lift\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Tue', 'Thu', 'Fri']);
    // A range stays a range, and a dash before the session is the label's `:`.
    assert.deepEqual(days('Mon-Wed - weights\n').days.map((day) => day.slice(0, 3)), ['Mon', 'Tue', 'Wed']);
    assert.deepEqual(days('Tue - Thu: run 3 mi\n').days.map((day) => day.slice(0, 3)), ['Tue', 'Wed', 'Thu']);
  });

  it('reads an abbreviation\'s full stop before a dash (`Mon. - weights`)', () => {
    assert.deepEqual(days('Mon. - weights\nTues. – run 3 mi\n'), { days: ['Mon gym full', 'Tue run easy'], errors: [] });
  });
});

describe('a time of day for a list of days (lead, eleventh session)', () => {
  it('gives every day named the time of day after the list (`Tuesday and Thursday mornings:`, `(evenings)`, `am`)', () => {
    const plan = parsePlan('Tuesday and Thursday mornings: run 3 mi\nMon/Wed/Fri (evenings): weights\nSat/Sun am: run 5 mi\n');
    const week = plan.weeks[0]!;
    assert.deepEqual(week.days.filter((day) => day.sessions.length > 0).map((day) => `${day.weekday} ${day.sessions.map((session) => `${sessionNotation(session)} ${session.attributes.time?.value.period}`).join(' | ')}`), [
      '0 gym full pm',
      '1 run easy am',
      '2 gym full pm',
      '3 run easy am',
      '4 gym full pm',
      '5 run easy am',
      '6 run easy am',
    ]);
    // The quick fix writes each day with its time of day.
    const fix = parsePlan('Tuesday and Thursday mornings: run 3 mi\n').syntaxErrors[0]!.fixes![0]!;
    assert.equal(fix.edits[0]!.newText, 'Tue am: run 3 mi\nThu am: run 3 mi');
  });
});

describe('what a label\'s aside says (lead, eleventh session)', () => {
  it('gives the day\'s one session the focus, intensity or run type its label\'s aside names', () => {
    assert.deepEqual(read('Monday (upper body): weights\nTuesday (easy): 3 mi run\nWednesday (heavy): squats 5x5\nSaturday (long run): 6 miles\nSunday (lower): weights\n'), {
      sessions: ['gym upper', 'run easy', 'gym lower heavy-legs', 'run long', 'gym lower'],
      errors: [],
    });
    // What the session writes itself wins; a time stays the session's time.
    assert.deepEqual(read('Mon (upper body): gym lower\nTue (long run): tempo 3 mi\n').sessions, ['gym lower', 'run quality']);
    const plan = parsePlan('Wed (45 min): weights\n');
    assert.equal(plan.weeks[0]!.days.flatMap((day) => day.sessions)[0]!.attributes.duration?.value, 45);
  });
});

describe('an aside after a list of days (lead, eleventh session)', () => {
  it('reads an aside before the `:` of several days as each day\'s (`Mon, Wed, Fri (1 hr):`, `Mon-Thu (upper body):`)', () => {
    const sessions = (text: string): string[] =>
      parsePlan(text).weeks[0]!.days.flatMap((day) => day.sessions.map((session) => `${day.weekday} ${sessionNotation(session)} ${session.attributes.duration?.value ?? '-'}`));
    assert.deepEqual(sessions('Mon, Wed, Fri (1 hr): weights\n'), ['0 gym full 60', '2 gym full 60', '4 gym full 60']);
    assert.deepEqual(sessions('Mon-Thu (upper body): weights\n'), ['0 gym upper -', '1 gym upper -', '2 gym upper -', '3 gym upper -']);
    // The quick fix keeps the aside on each day's line.
    assert.equal(parsePlan('Mon, Wed, Fri (1 hr): weights\n').syntaxErrors[0]!.fixes![0]!.edits[0]!.newText, 'Mon (1 hr): weights\nWed (1 hr): weights\nFri (1 hr): weights');
  });
});

describe('repeats named in the plural (lead, eleventh session)', () => {
  it('reads `800\'s`, `1K\'s`, `1Ks` and `4:40s` as the plural, not minutes', () => {
    assert.deepEqual(read("Mon: 6 x 800's w/ 400 jog\nTue: 8 x 1K's @ 3:00\nWed: 8 x 1Ks @ 3:00\nThu: mile repeats 5 x 4:40s\nFri: 12 x 400's in 70\n"), {
      sessions: ['run quality', 'run quality', 'run quality', 'run quality', 'run quality'],
      errors: [],
    });
    const plan = parsePlan("Mon: 6 x 800's w/ 400 jog\n");
    assert.deepEqual(plan.weeks[0]!.days[0]!.sessions[0]!.attributes.repeats?.value, { count: 6, eachKm: 0.8 });
  });

  it('reads critical velocity as a target (`10 x 1K @ CV`)', () => {
    const plan = parsePlan('Mon: 10 x 1K @ CV\n');
    assert.deepEqual([plan.syntaxErrors.length, plan.weeks[0]!.days[0]!.sessions[0]!.attributes.effortTarget?.value], [0, '10k']);
  });
});

describe('a list of days beside a `;` (lead, eleventh session, from review11\'s notes)', () => {
  it('starts the next statement at a list of days after `;`, and keeps a list\'s `;` inside its days', () => {
    const plan = parsePlan('Mon: gym; Tue/Thu: run 3 mi\n');
    assert.deepEqual(plan.weeks[0]!.days.flatMap((day) => day.sessions.map((session) => `${day.weekday} ${session.text}`)), ['0 gym', '1 run 3 mi', '3 run 3 mi']);
    // The canonical rewrite no longer drops the label (it rewrote `Tue/Thu: run 3 mi` as Monday's `run 3mi`).
    assert.deepEqual(canonicalEdits(plan), []);
    const list = parsePlan('M/W/F: AM run 3 mi; PM weights\n');
    assert.deepEqual(list.weeks[0]!.days.flatMap((day) => day.sessions.map((session) => `${day.weekday} ${sessionNotation(session)} ${session.attributes.time?.value.period}`)), [
      '0 run easy am', '0 gym full pm', '2 run easy am', '2 gym full pm', '4 run easy am', '4 gym full pm',
    ]);
    assert.equal(list.syntaxErrors[0]!.fixes![0]!.edits[0]!.newText, 'Mon: AM run 3 mi; PM weights\nWed: AM run 3 mi; PM weights\nFri: AM run 3 mi; PM weights');
  });
});

describe('a word before one day (lead, eleventh session, from review11\'s notes)', () => {
  it('reads `Every Monday:`, `On Tuesdays:`, `Each Sat:` as that day', () => {
    assert.deepEqual(days('Every Monday: gym\nOn Tuesdays: run 3 mi\nEach Sat: long run 8 mi\n'), { days: ['Mon gym full', 'Tue run easy', 'Sat run long'], errors: [] });
  });
});

describe('a day of nothing (lead, eleventh session, from corpus11a\'s Army diary)', () => {
  it('reads a day that starts with `nothing` as rest; elsewhere `nothing` stays a word', () => {
    assert.deepEqual(read('Wed: nothing - busy at work\nFri: nothing\nMon: run 4 mi, nothing fast\n'), { sessions: ['rest', 'rest', 'run easy'], errors: [] });
  });
});

describe('vulgar fractions (lead, eleventh session)', () => {
  it('reads `1½ hrs`, `2½ miles`, `3¾mi` as the numbers they are (the ½ was "Unexpected")', () => {
    const plan = parsePlan('Mon: weights 1½ hrs\nTue: run 2½ miles\nWed: run 3¾mi\n');
    assert.deepEqual(plan.syntaxErrors.map((issue) => issue.message), []);
    const sessions = plan.weeks[0]!.days.flatMap((day) => day.sessions);
    assert.deepEqual(sessions.map((session) => session.attributes.duration?.value ?? session.attributes.distance?.value), [90, 2.5 * 1.609344, 3.75 * 1.609344]);
  });
});

describe('a log\'s doubles said in words, and arrows (lead, eleventh session)', () => {
  it('reads `2 runs: 10 & 5` and `double: 8 and 4` as two outings, morning and afternoon', () => {
    const plan = parsePlan('Thu: 2 runs: 10 & 5\nFri: double: 8 and 4\n');
    assert.deepEqual(plan.weeks[0]!.days.flatMap((day) => day.sessions.map((session) => `${day.weekday} ${session.attributes.time?.value.period} ${session.attributes.distance?.value.toFixed(2)}`)), [
      '3 am 16.09', '3 pm 8.05', '4 am 12.87', '4 pm 6.44',
    ]);
  });

  it('reads an arrow as a dash: a progression\'s paces, the day\'s next outing', () => {
    assert.deepEqual(read('Sat: AM: 6 mi → PM: 4 mi\nSun: 14 mi progression 6:30 → 5:40\n'), { sessions: ['run easy', 'run easy', 'run long'], errors: [] });
  });
});

describe('a session word with two letters swapped (lead, eleventh session)', () => {
  it('reads `weigths`, `wieghts`, `strenght` as the word, with a warning and the fix; other typos still ask', () => {
    const plan = parsePlan('Mon: weigths 45 min\nTue: strenght training + run 3 mi\nWed: lifiting\n');
    assert.deepEqual(sessionsOf(plan).map(sessionNotation), ['gym full', 'gym full', 'run easy']);
    assert.deepEqual(plan.syntaxErrors.map((issue) => [issue.message, issue.severity, issue.fixes?.[0]?.edits[0]?.newText]), [
      [`Unknown session 'weigths' — read as 'weights'`, 'warning', 'weights'],
      [`Unknown session 'strenght' — read as 'strength'`, 'warning', 'strength'],
      [`Unknown session 'lifiting' — did you mean 'lifting'?`, undefined, 'lifting'],
    ]);
    // The session keeps its text as written.
    assert.equal(sessionsOf(plan)[0]!.text, 'weigths 45 min');
  });
});
