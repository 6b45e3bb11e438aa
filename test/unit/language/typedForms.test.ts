// Forms people type that were errors or misread (2 December): HYROX and CrossFit station lists written count or
// distance first after commas (`500m run, 50 wall balls, 500m row`) are one circuit, a hard conditioning session — not a
// run, a gym session and an easy erg with two warnings; an erg's calories (`20 cal bike`) measure the work like reps;
// a run and a gym session written with sets (`3 mi run, 3x10 squats`) stay two sessions with the '+' warning; a brick
// written with a comma; a dash after the day label; a week's label in parentheses; one line for several days.
import { strict as assert } from 'node:assert';
import { sessionNotation } from '../../corpus/measure';
import { clean, read } from './read';
import { parsePlan } from '../../../server/src/language/parser';
import { applyEdits } from '../../../server/src/engine';

const notation = (line: string): string[] => clean(line).map(sessionNotation);

describe('station lists and calories', () => {
  it('reads a list of stations as one hard circuit, whatever comes first (a run, an erg, an exercise)', () => {
    assert.deepEqual(notation('Fri: 500m run, 50 wall balls, 500m row, 50m walking lunge x5'), ['conditioning hard']);
    assert.deepEqual(notation('Fri: 1000m SkiErg, 50 burpee broad jumps, 1000m row'), ['conditioning hard']);
    assert.deepEqual(notation('Fri: 1km run, 50 wall balls'), ['conditioning hard']);
    assert.deepEqual(notation('Fri: 3 rounds: 500m row, 20 wall balls'), ['conditioning hard']);
    const [circuit] = clean('Fri: 500m run, 50 wall balls, 500m row');
    assert.equal(circuit?.kind === 'conditioning' && circuit.style, 'circuit');
    assert.deepEqual(circuit?.range, { start: { line: 0, column: 5 }, end: { line: 0, column: 38 } });
  });

  it('reads rounds of a bracketed station list as one hard circuit (4 x (200m sprint, 15 squat jumps, …)))', () => {
    // Realbuzz's mud-run plan: `Sun: 4 x (200m sprint, 15 squat jumps, 25m bear walk, 25m walking lunges, 30 mountain climbers)`
    // was an easy walk.
    assert.deepEqual(notation('Sun: 4 x (200m sprint, 15 squat jumps, 25m bear walk, 25m walking lunges, 30 mountain climbers)'), ['conditioning hard']);
    assert.deepEqual(notation('Sun: 3 rounds of (400m run, 20 wall balls)'), ['conditioning hard']);
    // Something after the bracket, or a bracket of only running, is no station list.
    assert.deepEqual(notation('Sun: 4 x (400m jog, 200m walk)'), ['run easy']);
  });

  it('reads rounds of a bracket that starts with a distance as repeats of it; rounds of a time or with a walk stay an aside', () => {
    const [repeats] = clean('Sun: 4 x (400m @ 5k pace, 90s rest)');
    assert.ok(repeats?.kind === 'run');
    assert.deepEqual(repeats.attributes.repeats, { value: { count: 4, eachKm: 0.4 }, range: { start: { line: 0, column: 5 }, end: { line: 0, column: 14 } } });
    assert.equal(repeats.attributes.effortTarget?.value, '5k');
    assert.deepEqual(notation('Sun: 4 x (400m @ 5k pace, 90s rest)'), ['run quality']);
    assert.deepEqual(notation('Sun: 6x (1 mile @ threshold, 2 min jog)'), ['run quality']);
    // `5 x (2 min run, 2 min walk)` is a beginner's run/walk: its 2 minutes of walking are no session time.
    const [runWalk] = clean('Mon: 5 x (2 min run, 2 min walk)');
    assert.ok(runWalk?.kind === 'run');
    assert.deepEqual([runWalk.attributes.repeats, runWalk.attributes.duration, runWalk.attributes.note?.value], [undefined, undefined, '2 min run, 2 min walk']);
    assert.deepEqual(notation('Mon: 6 x (400m jog, 200m walk)'), ['run easy']);
  });

  it('reads a time or distance after the repeated distance in a bracket of rounds as each round\'s other part, not the session\'s', () => {
    // `4 x (1 km hard, 3 min easy)` was a 3-minute run, `4 x (800m, 400m)` a 0.4 km one, `8 x (400m, 60s)` an error.
    for (const line of ['Sun: run 4 x (1 km hard, 3 min easy)', 'Sun: run 4 x (800m, 400m)', 'Sun: run 3 x (1 mile @ HM pace, 1 min)', 'Sun: run 8 x (400m, 60s)', 'Sun: 6 x (800m @ 5k pace, 2 min easy)']) {
      const { sessions, errors } = read(line);
      const [run] = sessions;
      assert.ok(run?.kind === 'run', line);
      assert.deepEqual([run.attributes.duration, run.attributes.distance, errors], [undefined, undefined, []], line);
      assert.ok(run.attributes.repeats !== undefined, line);
      assert.deepEqual(notation(line), ['run quality'], line);
    }
    // After the bracket, a time or distance is the session's again (a part of its own).
    const [parts] = clean('Sun: run 4 x (1 km, 3 min), 20 min easy');
    assert.ok(parts?.kind === 'run');
    assert.equal(parts.attributes.duration?.value, 20);
  });

  it('reads a distance jogged between repeats as their recovery, not the run\'s distance; a jogged cool-down still counts', () => {
    for (const line of ['Sun: run 6 x 400m hard, 200m jog', 'Sun: 6 x 400m hard w/ 200m jog', 'Tue: 6 x 800m at 5K pace with 400m jog recoveries', 'Sun: run 6 x (400m hard, 200m jog)']) {
      const [run] = clean(line);
      assert.ok(run?.kind === 'run', line);
      assert.equal(run.attributes.distance, undefined, line);
      assert.ok(run.attributes.repeats !== undefined, line);
    }
    // The repeats written as a part of their own count with the cool-down (corpus7: it was the cool-down's 2 km alone).
    const [cooled] = clean('Sun: 4 x 1 mile, 2 km jog cool down');
    assert.ok(cooled?.kind === 'run');
    assert.equal(cooled.attributes.distance?.value, 8.437);
    // A jog longer than a repeat (than 1 km after repeats by the clock) is the cool-down (review: it was dropped).
    for (const [line, km] of [['Tue: run 8 x 400m, 3 km jog', 6.2], ['Tue: 2 mi warm-up, 6 x 800m, 2 mi jog', 11.237], ['Tue: run 5 x 3 min hard, 2 km jog', 2]] as const) {
      const [run] = clean(line);
      assert.ok(run?.kind === 'run', line);
      assert.equal(run.attributes.distance?.value, km, line);
    }
    const [timed] = clean('Tue: run 6 x 3 min hard, 400m jog');
    assert.ok(timed?.kind === 'run');
    assert.equal(timed.attributes.distance, undefined);
  });

  it('reads `at 6 am` as a start time and a time zone after a time as part of it (PST is no test there)', () => {
    for (const [line, minutes] of [['Mon: run 5 km at 6 am', 360], ['Mon: run 5 km at 6 am EST', 360], ['Mon: run 5 km @ 6am PST', 360], ['Wed: gym at 7 pm', 1140]] as const) {
      const { sessions, errors } = read(line);
      assert.deepEqual(errors, [], line);
      assert.equal(sessions.length, 1, line);
      assert.equal(sessions[0]?.attributes.time?.value.clockMinutes, minutes, line);
    }
    assert.deepEqual(notation('Mon: run 5 km @ 6am PST'), ['run easy']);
    assert.deepEqual(notation('Mon: PST'), ['event test']);
    // A bare `AM` names the morning's session: `AM PST` is the test in the morning (the Navy PST plan).
    assert.deepEqual(notation('Monday: AM PST + PM Strength Endurance')[0], 'event test');
    // Without `at`, a number before am / pm is a runner's double: 5 miles in the afternoon (with the unit warning).
    const { sessions: [double], errors } = read('Tue: run 5 pm');
    assert.deepEqual(errors.map((e) => e.message), ["'5' has no unit — read as 5 miles; write '5mi', '5km' or '5min'"]);
    assert.ok(double?.kind === 'run');
    assert.deepEqual([double.attributes.distance?.value.toFixed(2), double.attributes.time?.value.period, double.attributes.time?.value.clockMinutes], ['8.05', 'pm', undefined]);
  });

  it('reads an erg\'s calories as its work, with no unit error', () => {
    assert.deepEqual(notation('Fri: 20 cal bike, 15 burpees, 10 thrusters'), ['conditioning hard']);
    assert.deepEqual(notation('Fri: 20cal row, 20 wall balls'), ['conditioning hard']);
    assert.deepEqual(notation('Fri: bike 20 cal'), ['cross easy']);
  });

  it('reads a brick written with a comma as its two sessions, with no warning (the brick says they follow each other)', () => {
    assert.deepEqual(notation('Wed: Brick: Bike 60 min, Run 15 min'), ['cross easy', 'run easy']);
    assert.deepEqual(notation('Wed: brick bike 40 min, run 10 min'), ['cross easy', 'run easy']);
    assert.deepEqual(notation('Sat: Bike 3 hrs Z2, run 20 min off the bike'), ['cross easy', 'run easy']);
    assert.deepEqual(read('Wed: bike 60 min, run 15 min').errors.map((e) => e.message), ["Separate the sessions of one day with '+', not ',' — read as two sessions"]);
  });

  it('is no station list when a piece is a run by the clock or sets of a lift (a run, then a gym session)', () => {
    for (const line of ['Mon: 40 min run, 4x8-12 bench press', 'Mon: 30 min run, 3x8-10 squats', 'Mon: 8 km run, 5 sets of 5 squats', 'Thu: 10 min jog, 4 sets deadlifts']) {
      const { sessions, errors } = read(line);
      assert.deepEqual(sessions.map((s) => s.kind), ['run', 'gym'], line);
      assert.equal(errors.length, 1, line);
    }
  });

  it('reads a long line of stations in linear time (the list is judged once per session, not at each comma)', () => {
    // 3,000 stations: at each comma the list so far was judged again (8,000 took 21 s).
    const line = `Fri: ${Array.from({ length: 1500 }, () => '500m run, 50 wall balls').join(', ')}`;
    assert.deepEqual(notation(line), ['conditioning hard']);
  });

  it('keeps a run and a gym session written with sets of reps as two sessions, with the warning', () => {
    const { sessions, errors } = read('Mon: 3 mi run, 3x10 squats');
    assert.deepEqual(sessions.map(sessionNotation), ['run easy', 'gym lower']);
    assert.deepEqual(errors.map((e) => [e.message, e.range.start.column]), [["Separate the sessions of one day with '+', not ',' — read as two sessions", 13]]);
    assert.deepEqual(read('Mon: 3 mi run, 3 x 10 squats').sessions.map(sessionNotation), ['run easy', 'gym lower']);
    // A run's calories are no unit for it.
    assert.match(read('Mon: run 20 cal').errors[0]?.message ?? '', /'20' has no unit/);
  });
});

describe('a weekday or a time of day in parentheses in the day label', () => {
  it('names the day after `Day N`, gives the time of day, or holds the day\'s sessions', () => {
    assert.deepEqual(parsePlan('Day 3 (Wed): rest').weeks[0]?.days.filter((d) => d.sessions.length > 0).map((d) => d.weekday), [2]);
    assert.deepEqual(notation('Day 1 (Mon): run easy 30 min'), ['run easy']);
    assert.deepEqual(notation('Day 2 (Tue) - gym upper'), ['gym upper']);
    const [run] = clean('Mon (AM): run easy');
    assert.deepEqual(run?.entry.period, { value: 'am', range: { start: { line: 0, column: 5 }, end: { line: 0, column: 7 } } });
    assert.deepEqual(notation('Mon (pm) - gym upper'), ['gym upper']);
    assert.deepEqual(notation('Monday (rest day)'), ['rest']);
    // A day past the week's seven keeps its number, which asks for its `week` line.
    assert.match(parsePlan('Day 1 (Mon): run easy\nDay 8 (Mon): gym upper\n').syntaxErrors[0]?.message ?? '', /week/);
  });
});

describe('a dash or a full stop after the day label', () => {
  it('is read as the colon (Monday – Rest, WEDNESDAY - strength, Fri. rest, Day 3 - run)', () => {
    assert.deepEqual(notation('Monday – Rest'), ['rest']);
    assert.deepEqual(notation('WEDNESDAY - strength'), ['gym full']);
    assert.deepEqual(notation('Fri. rest'), ['rest']);
    assert.deepEqual(notation('Day 3 - run easy 30 min'), ['run easy']);
    assert.deepEqual(notation('Mon — gym upper + run easy'), ['gym upper', 'run easy']);
    const [session] = clean('Tue - run intervals 6x800m');
    assert.deepEqual(session?.range, { start: { line: 0, column: 6 }, end: { line: 0, column: 26 } });
  });

  it('is not read so when the label has its own colon later (the error stays, nothing is misread silently)', () => {
    // (`Mon. 6/3: run easy` is a dated label now: see "dated day labels" in prose5.test.ts.)
    // (`Mon - pm: gym` is the day's pm since the tenth session: forms10lead.test.ts.)
    for (const line of ['Day 3 - 5: run']) {
      assert.deepEqual(read(line).errors.map((e) => e.message), ["Expected ':' after the weekday"], line);
    }
  });

  it('is not read so before another weekday (a range of days is no label: see below)', () => {
    assert.deepEqual(read('Mon - Fri: run easy').errors.map((e) => [e.message, e.range.start.column]), [["'Mon - Fri' names 5 days — read as each of them; write each day on its own line to move or change one day alone", 0]]);
  });
});

describe('week headers as plans write them', () => {
  it('reads a label in parentheses after the number as the label', () => {
    const plan = parsePlan('Week 1 (Base)\nMon: run easy\nWeek 2-3 (build phase)\nMon: run easy\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(plan.weeks.map((w) => [w.number, w.block.header?.label?.value]), [[1, 'Base'], [2, 'build phase'], [3, 'build phase']]);
  });

  it('keeps the error when the parenthesis is not the whole rest of the line', () => {
    // `Weeks` stays the did-you-mean of 'week': after a ';' in a day line (`Monday: Weeks 1, 4, 7: ACFT; Weeks 2-3 and
    // 5-6: …`, a pasted ACFT schedule) a week header would cut the week in two.
    assert.match(parsePlan('Weeks 2-3\nMon: run easy\n').syntaxErrors[0]?.message ?? '', /Unknown word 'Weeks' — did you mean 'week'\?/);
    assert.deepEqual(parsePlan('week 4 (deload) extra\nMon: run easy\n').syntaxErrors.map((e) => [e.message, e.range.start.column]), [
      ["Unexpected '(' after the week number — put a label after ':' (week 3: deload) or in double quotes", 7],
    ]);
  });
});

describe('one line for several days', () => {
  const fixOf = (text: string): string => {
    const [error] = parsePlan(text).syntaxErrors;
    assert.ok(error?.fixes?.[0], `a fix for ${JSON.stringify(text)}`);
    return applyEdits(text, error.fixes[0].edits);
  };

  it('is read as each of its days, with one warning naming the days, at the days, and the quick fix that writes each day on its own line', () => {
    const { errors, sessions } = read('Mon, Wed, Fri: gym full [squat 5x5] # A');
    assert.deepEqual(errors.map((e) => [e.message, e.range, e.severity]), [
      ["'Mon, Wed, Fri' names 3 days — read as each of them; write each day on its own line to move or change one day alone", { start: { line: 0, column: 0 }, end: { line: 0, column: 14 } }, 'warning'],
    ]);
    // Each day holds the sessions as written, with their exercises; all three are the same text, marked as shared.
    assert.deepEqual(sessions.map((s) => [s.entry.weekday, s.text, s.kind === 'gym' ? s.exercises.map((e) => e.name) : [], s.entry.severalDays]), [
      [0, 'gym full [squat 5x5]', ['squat'], true],
      [2, 'gym full [squat 5x5]', ['squat'], true],
      [4, 'gym full [squat 5x5]', ['squat'], true],
    ]);
    assert.equal(errors[0]?.fixes?.[0]?.title, 'Write Mon, Wed, Fri on lines of their own');
    // The sessions, their exercises and the comment are kept.
    assert.equal(fixOf('Mon, Wed, Fri: gym full [squat 5x5] # A\n'), 'Mon: gym full [squat 5x5]\nWed: gym full [squat 5x5]\nFri: gym full [squat 5x5] # A\n');
  });

  it('reads the forms plans use: slashes, ranges over the week, and, a spaced dash', () => {
    assert.equal(fixOf('Tue/Thu: run easy 30 min'), 'Tue: run easy 30 min\nThu: run easy 30 min');
    assert.equal(fixOf('Mon-Fri: walk 20 min'), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => `${d}: walk 20 min`).join('\n'));
    assert.equal(fixOf('Sat-Mon: rest'), 'Sat: rest\nSun: rest\nMon: rest');
    assert.equal(fixOf('Tue and Thu: gym upper'), 'Tue: gym upper\nThu: gym upper');
    assert.equal(fixOf('Monday/Wednesday/Friday: strength'), 'Mon: strength\nWed: strength\nFri: strength');
    assert.equal(fixOf('Sat & Sun: rest'), 'Sat: rest\nSun: rest');
    assert.equal(fixOf('Sat&Sun: rest'), 'Sat: rest\nSun: rest');
    assert.equal(fixOf('Tue / Thu: run easy'), 'Tue: run easy\nThu: run easy');
    // After a ';' the days stay on the line, each its own statement.
    assert.equal(fixOf('Mon: gym lower heavy; Wed, Fri: run easy'), 'Mon: gym lower heavy; Wed: run easy; Fri: run easy');
  });

  it('reads the rest of the file, and fixed text clean', () => {
    const text = 'Tue/Thu: run easy\nSat: run long 90min\n';
    const plan = parsePlan(text);
    assert.deepEqual(plan.weeks[0]?.days.filter((d) => d.sessions.length > 0).map((d) => d.weekday), [1, 3, 5]);
    assert.deepEqual(parsePlan(fixOf(text)).syntaxErrors, []);
    // One day, or a day and its time of day, is no list.
    assert.deepEqual(read('Mon: run easy').errors, []);
    assert.deepEqual(read('Mon am: run easy').errors, []);
  });
});


describe('list marks before a day, and a day label without its colon', () => {
  it('leaves out the mark of a list item before a day, `Day N` or `week` (copied from notes or web pages)', () => {
    for (const line of ['- Monday: gym upper', '* Monday: gym upper', '• Monday: gym upper', '▪ Monday: gym upper', '1. Monday: gym upper', '2) Monday: gym upper', '– Monday: gym upper']) {
      const { sessions, errors } = read(line);
      assert.deepEqual(errors, [], line);
      assert.deepEqual(sessions.map(sessionNotation), ['gym upper'], line);
    }
    const [gym] = clean('• Monday: gym upper');
    assert.deepEqual(gym?.range, { start: { line: 0, column: 10 }, end: { line: 0, column: 19 } });
    const plan = parsePlan('- Week 1\n- Mon: gym lower heavy\n- Tue: run intervals\n* Week 2\n* Day 1: rest\n');
    assert.deepEqual(plan.syntaxErrors, []);
    assert.deepEqual(plan.weeks.map((week) => week.number), [1, 2]);
    assert.deepEqual(plan.weeks[0]!.days[1]!.sessions.map((s) => s.text), ['run intervals']);
    assert.deepEqual(plan.weeks[1]!.days[0]!.sessions.map((s) => s.text), ['rest']);
  });

  it('keeps the error for a mark before anything else (`- squat 5x5` under a day is not a day line)', () => {
    assert.deepEqual(read('- squat 5x5').errors.map((e) => e.message), ["Expected a weekday, 'week', 'goal', 'start' or 'plan' at the start of a statement, not '-'"]);
  });

  it("reads `Monday 5 mile easy run` as a day line when it reads cleanly with the ':'", () => {
    assert.deepEqual(notation('Monday 5 mile easy run'), ['run easy']);
    assert.deepEqual(notation('Mon pm gym upper + run easy'), ['gym upper', 'run easy']);
    assert.deepEqual(notation('Day 3 run easy'), ['run easy']);
    assert.deepEqual(notation('Friday OFF'), ['rest']);
    assert.deepEqual(read('Monday 5 mile easy run').errors, []);
    const [run] = clean('Monday\t5 mile easy run');
    assert.deepEqual(run?.range, { start: { line: 0, column: 7 }, end: { line: 0, column: 22 } });
  });

  it("keeps the error and its quick fix when the line is about several days or has its own ':' later", () => {
    for (const line of ['Monday through Friday run 3 miles', 'Tue Thu run', 'Mon gym: squats', 'Mon week 3 run 5k', 'Monday Week 2 run']) {
      assert.deepEqual(read(line).errors.map((e) => e.message), ["Expected ':' after the weekday"], line);
    }
    // `Mon) gym`, `Monday = gym`: a day label as people punctuate it (language-decisions.md, "Day labels as people type them").
    for (const line of ['Mon) gym', 'Monday = gym']) assert.deepEqual(read(line).errors, [], line);
    // `Mon> gym`, `Monday —— gym`, `Mon --> gym`: an arrow or a doubled dash typed with keys is the label's `:` too (lead,
    // twelfth session: the ninth kept the error).
    for (const line of ['Mon> gym', 'Monday —— gym', 'Mon --> gym', 'Monday -- gym']) assert.deepEqual(read(line).errors, [], line);
  });
});

describe("a comma after the day label, and '@' before a zone or a share of the heart rate", () => {
  it('reads `Monday,Run 5k easy` (a spreadsheet row pasted as text) as `Monday: Run 5k easy`', () => {
    assert.deepEqual(notation('Monday,Run 5k easy'), ['run easy']);
    assert.deepEqual(read('Monday, rest').errors, []);
    const [run] = clean('Monday,Run 5k easy');
    assert.deepEqual(run?.range, { start: { line: 0, column: 7 }, end: { line: 0, column: 18 } });
    // Not before another weekday (several days keep their own error) nor when the line has its own ':' later.
    assert.deepEqual(read('Mon, gym: squats').errors.map((e) => e.message), ["Expected ':' after the weekday"]);
    assert.match(read('Mon, Wed, Fri: gym full').errors[0]!.message, /names 3 days/);
  });

  it("reads `@ Z2` and `@ 70% HR` as the effort written alone, with no error", () => {
    const [run] = clean('Mon: Run 30 min @ Z2');
    assert.equal(run?.attributes.zone?.value, 2);
    assert.deepEqual(read('Mon: Bike 45\' @ Z2').errors, []);
    assert.deepEqual(read('Mon: Run 30 min @ 70% HR').errors, []);
    assert.deepEqual(read('Mon: Run 30 min @ z9').errors.map((e) => e.message), ['Zones go from z1 to z5']);
    assert.deepEqual(read('Mon: run @ 7am').errors, []);
    assert.deepEqual(read('Mon: Run 30 min @ 75% MHR').errors, []);
    // Not past 100 %, and only before the words the reader knows (a share of something else keeps its message).
    assert.ok(read('Mon: Run 30 min @ 170% HR').errors.length > 0);
  });
});

describe('a word that means a run only when nothing else is named', () => {
  it('gives way to the session word right after it (`Endurance bike 60 min` is a ride, not an easy run)', () => {
    assert.deepEqual(notation('Fri: Endurance bike 60 min'), ['cross easy']);
    assert.deepEqual(notation('Fri: endurance swim 2km'), ['cross easy']);
    assert.deepEqual(notation('Mon: warm-up row 10 min'), ['cross easy']);
    // Alone, or before a run word, it is the run it always was.
    assert.deepEqual(notation('Fri: Endurance 60 min'), ['run easy']);
    assert.deepEqual(notation('Fri: Endurance run 60 min'), ['run easy']);
    assert.deepEqual(notation('Sat: jog 20 min'), ['run easy']);
  });

  it('reads `Zone 2` with no activity named as an easy run, and gives way to an activity after it', () => {
    assert.deepEqual(notation('Wed: Zone 2 – 45-60 min'), ['run easy']);
    assert.deepEqual(read('Wed: Zone 2 – 45-60 min').errors, []);
    assert.deepEqual(notation('Wed: Zone 2 bike 60 min'), ['cross easy']);
    const [run] = clean('Wed: Zone 2 run 45 min');
    assert.equal(run?.kind, 'run');
    assert.equal(run?.attributes.zone?.value, 2);
    assert.equal(run?.attributes.duration?.value, 45);
  });
});
