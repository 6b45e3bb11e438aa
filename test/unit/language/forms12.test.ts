// Issue 13 (lead, twelfth session): a session written before its days (`Weights: Mon, Tue, Thu, Fri`, `Long run:
// Sunday`), weights written short (`Wts`, `Wt training`), a vulgar fraction alone (`½ hr`) and a part of a run at a
// target in its aside (`Run 5 mi (last 2 @ 10K pace)`) (language-decisions.md, "A session written before its days").
import * as assert from 'node:assert/strict';
import { applyEdits, checkPlan, defaultConfig, fixAll, fixesFor, formatPlan, moveSession, parsePlan } from '../../../server/src/engine';
import type { DayEntry, Session } from '../../../server/src/engine';
import { daysOf, sessionsAndErrors } from './read';

const days = daysOf;

describe('a session written before its days (lead, twelfth session)', () => {
  it('reads `Weights: Mon, Tue, Thu, Fri` as the lift on each of the four days, with a warning and the fix that writes each day', () => {
    const text = 'Weights: Mon, Tue, Thu, Fri\nRun: Wed, Sat\n';
    assert.deepEqual(days(text).days, ['Mon gym full', 'Tue gym full', 'Wed run easy', 'Thu gym full', 'Fri gym full', 'Sat run easy']);
    const plan = parsePlan(text);
    const [weights, run] = plan.syntaxErrors;
    assert.equal(weights?.message, `'Weights' is written before its days (Mon, Tue, Thu, Fri) — read as each of Mon, Tue, Thu, Fri; write each day on its own line to move or change one day alone`);
    assert.equal(weights?.severity, 'warning');
    assert.deepEqual(weights?.range, { start: { line: 0, column: 0 }, end: { line: 0, column: 27 } });
    assert.equal(run?.message, `'Run' is written before its days (Wed, Sat) — read as each of Wed, Sat; write each day on its own line to move or change one day alone`);
    // The fix writes each day's own line; the plan then reads the same, with no warning.
    const fixes = (weights?.fixes ?? []).concat(run?.fixes ?? []);
    assert.deepEqual(fixes.map((fix) => fix.title), ['Write Mon, Tue, Thu, Fri on lines of their own', 'Write Wed, Sat on lines of their own']);
    const fixed = applyEdits(text, fixes.flatMap((fix) => fix.edits));
    assert.equal(fixed, 'Mon: Weights\nTue: Weights\nThu: Weights\nFri: Weights\nWed: Run\nSat: Run\n');
    assert.deepEqual(days(fixed), { days: days(text).days, errors: [] });
  });

  it('reads one day (`Long run: Sunday`, `Rest - Sun.`), a spaced dash, words before the session\'s kind and before the days', () => {
    assert.deepEqual(days('Long run: Sunday\n'), { days: ['Sun run long'], errors: [`'Long run' is written before its day — read as 'Sun: Long run'; write it so to move or change it`] });
    assert.deepEqual(days('Rest - Sun.\n').days, ['Sun rest']);
    assert.deepEqual(days('Upper body weights: Mon & Thu\n').days, ['Mon gym upper', 'Thu gym upper']);
    assert.deepEqual(days('Tempo run: every Tuesday\n').days, ['Tue run quality']);
    assert.deepEqual(days('Weights - M/W/F\n').days, ['Mon gym full', 'Wed gym full', 'Fri gym full']);
    assert.deepEqual(days('Yoga: daily\n').days.length, 7);
    assert.deepEqual(days('Cross-train: Saturdays\n').days, ['Sat cross easy']);
  });

  it('keeps a time of day after the days for each of them, and in the fix', () => {
    const text = 'Swim: Tue/Thu mornings\n';
    const plan = parsePlan(text);
    const swims = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.deepEqual(swims.map((session) => [session.entry.weekday, session.entry.period?.value]), [[1, 'am'], [3, 'am']]);
    assert.equal(applyEdits(text, plan.syntaxErrors[0]?.fixes?.[0]?.edits ?? []), 'Tue am: Swim\nThu am: Swim\n');
  });

  it('reads an aside after the days as the session\'s, and keeps it in the fix', () => {
    const text = 'Lift: Mon, Thu (upper/lower split)\nLong run: Sun (6 mi)\n';
    const plan = parsePlan(text);
    assert.deepEqual(days(text).days, ['Mon gym full', 'Thu gym full', 'Sun run long']);
    const sessions = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.deepEqual(sessions.map((session) => session.attributes.note?.value), ['upper/lower split', 'upper/lower split', '6 mi']);
    assert.equal(applyEdits(text, plan.syntaxErrors.flatMap((issue) => issue.fixes?.[0]?.edits ?? [])), 'Mon: Lift (upper/lower split)\nThu: Lift (upper/lower split)\nSun: Long run (6 mi)\n');
  });

  it('keeps the errors of lines that name no day after a session, or no session before days', () => {
    assert.deepEqual(days('Notes: Mon\n').errors, [`Expected a weekday before ':'`]);
    assert.deepEqual(days('Running: 3x a week\n').errors, [`Expected a weekday before ':'`]);
    assert.deepEqual(days('Weights: Mon, then more\n').days, []);
  });

  it('is left as written by every fix but its own, and says so when fix-all cannot move it', () => {
    const text = 'goal: balanced\nLower body heavy: Mon, Tue\nWed: run intervals 6x800m\n';
    const plan = parsePlan(text);
    const entries = plan.statements.filter((statement): statement is DayEntry => statement.type === 'day');
    assert.deepEqual(entries.map((entry) => [entry.weekday, entry.sessionFirst, entry.severalDays]), [[0, true, true], [1, true, true], [2, undefined, undefined]]);
    const rules = checkPlan(plan).map((d) => d.rule);
    assert.ok(rules.includes('back-to-back-hard') && rules.includes('hard-after-heavy-legs'), rules.join(', '));
    for (const diagnostic of checkPlan(plan)) {
      for (const fix of fixesFor(plan, diagnostic, defaultConfig())) {
        if (fix.title.startsWith('Ignore ') || fix.title.startsWith('Write ')) continue;
        assert.ok(applyEdits(text, fix.edits).split('\n').includes('Lower body heavy: Mon, Tue'), fix.title);
      }
    }
    assert.ok(applyEdits(text, fixAll(plan).edits).split('\n').includes('Lower body heavy: Mon, Tue'));
    assert.deepEqual(fixAll(parsePlan('goal: balanced\nLower body heavy: Mon, Tue\n')).unresolved?.map((u) => u.why), [
      "back-to-back-hard is on Tue, written after its session ('Weights: Mon, Thu') — write each day on its own line to move it",
    ]);
    const lift = entries[1]?.sessions[0] as Session;
    assert.deepEqual(moveSession(plan, lift, 4), []);
    const messy = 'Weights:   Mon, Thu\n';
    assert.deepEqual(applyEdits(messy, formatPlan(parsePlan(messy))), messy);
  });
});

describe('weights written short, a fraction alone, a part of a run at a target in its aside (lead, twelfth session)', () => {
  it('reads `Wts`, `Wt training`, `wt room` as the lift', () => {
    assert.deepEqual(sessionsAndErrors('Mon: Wts + 3 mi\nTue: Wt training 45 min\nWed: wt room 1 hr\n'), { sessions: ['gym full', 'run easy', 'gym full', 'gym full'], errors: [] });
  });

  it('reads a vulgar fraction alone (`½ hr`, `½ mile`) as a half', () => {
    const plan = parsePlan('Mon: weights ½ hr\nTue: run ½ mile\n');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    const [lift, run] = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.equal(lift?.attributes.duration?.value, 30);
    assert.equal(run?.attributes.distance?.value, 0.804672);
  });

  it('reads a part of the run at a target in its aside as the run\'s target (`Run 5 mi (last 2 @ 10K pace)`)', () => {
    const plan = parsePlan('Mon: Run 5 mi (last 2 @ 10K pace)\nTue: run 6 mi (middle 3 at tempo)\nWed: run 4 mi (at easy pace)\n');
    const runs = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.deepEqual(runs.map((run) => run.attributes.effortTarget?.value), ['10k', 'tempo', 'easy']);
    assert.deepEqual(runs[0]?.attributes.effortTarget?.range, { start: { line: 0, column: 24 }, end: { line: 0, column: 27 } });
    assert.deepEqual(sessionsAndErrors('Mon: Run 5 mi (last 2 @ 10K pace)\nWed: run 4 mi (at easy pace)\n').sessions, ['run quality', 'run easy']);
  });
});

describe('a bodybuilding split and an aside of only a distance or a time (lead, twelfth session)', () => {
  it('reads `Back/Bi\'s`, `Chest/Tri\'s + abs` (an apostrophe after a `/`) and `Body part split: chest & triceps` with no error', () => {
    assert.deepEqual(sessionsAndErrors("Mon: Back/Bi's\nTue: Chest/Tri's + abs\nThu: Body part split: chest & triceps\n"), { sessions: ['gym upper', 'gym upper', 'gym core', 'gym upper'], errors: [] });
  });

  it('reads an aside that is only a distance or a time as the session\'s, when it writes neither', () => {
    const plan = parsePlan('Mon: run (6 mi)\nTue: weights (45 min)\nWed: bike (20 km)\nThu: run 5 mi (45 min)\nFri: gym (2 km)\nSat: run (3x1mi)\n');
    const sessions = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.deepEqual(
      sessions.map((session) => [session.attributes.distance?.value, session.attributes.duration?.value, session.attributes.note?.value]),
      [
        [9.656064, undefined, '6 mi'],
        [undefined, 45, '45 min'],
        [20, undefined, '20 km'],
        // A run that writes its distance keeps the aside as its note; a lift has no distance; repeats stay the note's.
        [8.04672, undefined, '45 min'],
        [undefined, undefined, '2 km'],
        [undefined, undefined, '3x1mi'],
      ],
    );
    assert.deepEqual(sessions[0]?.attributes.distance?.range, { start: { line: 0, column: 10 }, end: { line: 0, column: 14 } });
  });
});

describe('an aside of only an effort score (lead, twelfth session)', () => {
  it('reads `(effort level 7)`, `(effort 6)`, `(rpe 7)`, `(7/10 effort)` as the RPE; a bare `(7/10)` and other words stay a note', () => {
    const plan = parsePlan('Mon: Run 15 mins (effort level 7)\nTue: run 20 min (effort 6)\nWed: run 3 mi (rpe 7)\nThu: run 3 mi (7/10 effort)\nFri: run 3 mi (7/10)\nSat: run 3 mi (effort 7 then easy)\nSun: Walk 20 mins (effort level 2 to 4)\n');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    const sessions = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.deepEqual(sessions.map((session) => session.attributes.rpe?.value), [7, 6, 7, 7, undefined, undefined, 3]);
    assert.deepEqual(sessions[0]?.attributes.rpe?.range, { start: { line: 0, column: 18 }, end: { line: 0, column: 32 } });
    assert.deepEqual(sessionsAndErrors('Mon: Run 15 mins (effort level 7)\nTue: run 20 min (effort 6)\nWed: run 20 min (effort 5)\n').sessions, ['run quality', 'run steady', 'run easy']);
  });
});

describe('a run right after a lift, a lift right after a run, with nothing between (lead, twelfth session)', () => {
  it('reads `lift legs run 3`, `weights (upper) run 4 mi`, `lift 45 min 3 mile run`, `3 mile run upper body` as two sessions, with the fix that adds the +', () => {
    const text = 'Mon: lift legs run 3 mi\nTue: weights (upper) run 4 mi\nWed: lift 45 min 3 mile run\nThu: 3 mile run upper body\n';
    const plan = parsePlan(text);
    assert.deepEqual(sessionsAndErrors(text).sessions, ['gym lower', 'run easy', 'gym upper', 'run easy', 'gym full', 'run easy', 'run easy', 'gym upper']);
    assert.deepEqual(
      plan.syntaxErrors.map((issue) => [issue.message, issue.severity, issue.range.start.line, issue.range.start.column, issue.range.end.column]),
      [
        ["Separate the sessions of one day with '+' — read as two sessions, the second from 'run'", 'warning', 0, 15, 18],
        ["Separate the sessions of one day with '+' — read as two sessions, the second from 'run'", 'warning', 1, 21, 24],
        ["Separate the sessions of one day with '+' — read as two sessions, the second from '3'", 'warning', 2, 17, 18],
        ["Separate the sessions of one day with '+' — read as two sessions, the second from 'upper'", 'warning', 3, 16, 21],
      ],
    );
    const fixed = applyEdits(text, plan.syntaxErrors.flatMap((issue) => issue.fixes?.[0]?.edits ?? []));
    assert.equal(fixed, 'Mon: lift legs + run 3 mi\nTue: weights (upper) + run 4 mi\nWed: lift 45 min + 3 mile run\nThu: 3 mile run + upper body\n');
    assert.deepEqual(sessionsAndErrors(fixed), { sessions: sessionsAndErrors(text).sessions, errors: [] });
  });

  it('leaves a run\'s own words and a joined or listed session as they were', () => {
    // A run word after the run's own words, a lift's stations, a comma or a joiner: read by the rules that were.
    assert.deepEqual(sessionsAndErrors('Mon: core - easy conversational run\nTue: 3 mile run\nWed: weights and run 3 mi\nThu: burpee run\n').errors, []);
    assert.deepEqual(sessionsAndErrors('Mon: run 3 mi, strength/drills 40 minutes\n').sessions, ['run easy', 'gym full']);
  });
});

describe('a doubled letter typed once, a day in the plural with an aside (lead, twelfth session)', () => {
  it('reads `eliptical`, `swiming`, `weightts` as the session word with a warning and its fix', () => {
    const plan = parsePlan('Mon: eliptical 30 min\nTue: swiming 20 min\nWed: weightts\n');
    assert.deepEqual(sessionsAndErrors('Mon: eliptical 30 min\nTue: swiming 20 min\nWed: weightts\n').sessions, ['cross easy', 'cross easy', 'gym full']);
    assert.deepEqual(plan.syntaxErrors.map((e) => [e.message, e.severity, e.fixes?.[0]?.edits[0]?.newText]), [
      ["Unknown session 'eliptical' — read as 'elliptical'", 'warning', 'elliptical'],
      ["Unknown session 'swiming' — read as 'swimming'", 'warning', 'swimming'],
      ["Unknown session 'weightts' — read as 'weights'", 'warning', 'weights'],
    ]);
    // The session and its word end where the word is written (a letter more or less than the word read).
    const alone = parsePlan('Mon: eliptical\nTue: weightts\n');
    const sessions = alone.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.deepEqual(sessions.map((s) => [s.text, s.range.end.column, s.keywordRange?.end.column]), [['eliptical', 14, 14], ['weightts', 13, 13]]);
    assert.deepEqual(parsePlan('Mon: eliptical\nTue: weightts\n', { fresh: true }).statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions.map((s) => s.text) : [])), ['eliptical', 'weightts']);
  });

  it('reads `Tuesdays (1 hr):`, `On Tuesdays (1 hr):`, `Thursdays am:` as the day, its aside and time of day', () => {
    const plan = parsePlan('On Tuesdays (1 hr): weights\nThursdays am: run 3 mi\n');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    const [lift, run] = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.deepEqual([lift?.entry.weekday, lift?.attributes.duration?.value, run?.entry.weekday, run?.attributes.time?.value.period], [1, 60, 3, 'am']);
  });
});

describe('a misspelt weekday before its colon (lead, twelfth session)', () => {
  it('reads `Wendesday:`, `Thrusday -`, `Firday:`, `Wensday:` as the day, with a warning and the fix', () => {
    const text = 'Wendesday: weights\nThrusday - run 3 mi\nFirday: rest\n';
    const plan = parsePlan(text);
    assert.deepEqual(days(text).days, ['Wed gym full', 'Thu run easy', 'Fri rest']);
    assert.deepEqual(plan.syntaxErrors.map((e) => [e.message, e.severity, e.range.start.line, e.range.start.column, e.range.end.column]), [
      ["Unknown weekday 'Wendesday' — read as 'Wednesday'", 'warning', 0, 0, 9],
      ["Unknown weekday 'Thrusday' — read as 'Thursday'", 'warning', 1, 0, 8],
      ["Unknown weekday 'Firday' — read as 'Friday'", 'warning', 2, 0, 6],
    ]);
    assert.equal(applyEdits(text, plan.syntaxErrors.flatMap((e) => e.fixes?.[0]?.edits ?? [])), 'Wednesday: weights\nThursday - run 3 mi\nFriday: rest\n');
    assert.deepEqual(days('Wensday: weights\n').days, ['Wed gym full']);
  });

  it('keeps words two edits from a short day name, session words and short words as they were', () => {
    assert.deepEqual(days('Today: run 3 mi\n').errors, ["Unknown weekday 'Today' — did you mean 'Monday'?"]);
    assert.deepEqual(days('Money: run 3 mi\nFridge: gym\n').days, []);
    assert.deepEqual(days('Satur: rest\n').errors, ["Unknown weekday 'Satur' — did you mean 'Sat'?"]);
    assert.deepEqual(days('Run: Wed, Sat\n').days, ['Wed run easy', 'Sat run easy']);
  });
});

describe('a second day on a day line, and an arrow as the label\'s colon (lead, twelfth session)', () => {
  it('reads `Mon: lift, Tue: run 3 mi` and `Monday – Lift / Tuesday – Run` as two days, with a warning and the fix that writes the `;`', () => {
    for (const [line, fixed] of [
      ['Mon: lift, Tue: run 3 mi', 'Mon: lift; Tue: run 3 mi'],
      ['Mon: lift / Tue: run 3 mi', 'Mon: lift ; Tue: run 3 mi'],
      ['Mon: lift. Tue: run 3 mi', 'Mon: lift; Tue: run 3 mi'],
      ['Mon: lift   Tue: run 3 mi', 'Mon: lift   ; Tue: run 3 mi'],
      ['Monday – Lift / Tuesday – Run 3 mi', 'Monday – Lift ; Tuesday – Run 3 mi'],
    ] as const) {
      const plan = parsePlan(`${line}\n`);
      assert.deepEqual(days(`${line}\n`).days, ['Mon gym full', 'Tue run easy'], line);
      assert.equal(plan.syntaxErrors.length, 1, line);
      assert.equal(plan.syntaxErrors[0]?.severity, 'warning', line);
      assert.match(plan.syntaxErrors[0]?.message ?? '', /^'Tue(?:sday)?:?' starts another day — read as its own day; separate days with ';' or a new line$/, line);
      const after = applyEdits(`${line}\n`, plan.syntaxErrors[0]?.fixes?.[0]?.edits ?? []);
      assert.equal(after, `${fixed}\n`, line);
      assert.deepEqual(days(after), { days: ['Mon gym full', 'Tue run easy'], errors: [] }, line);
    }
  });

  it('keeps a label of one day with another inside it, and a day in an aside, as they were', () => {
    assert.deepEqual(days('Day 6 – Saturday: run\n'), { days: ['Sat run easy'], errors: [] });
    assert.deepEqual(parsePlan('Week 2, Monday: gym\n').syntaxErrors, []);
    assert.deepEqual(days('Monday: gym (Tuesday: rest)\n'), { days: ['Mon gym full'], errors: [] });
    assert.deepEqual(days('Mon - Fri - weights\n').days.length, 5);
  });

  it('reads `Mon> gym`, `Monday -- gym`, `Mon --> run 3 mi` as the label and its sessions', () => {
    assert.deepEqual(days('Mon> gym\nTuesday -- run 3 mi\nWed --> lift\nThu -> rest\n'), { days: ['Mon gym full', 'Tue run easy', 'Wed gym full', 'Thu rest'], errors: [] });
  });
});

describe('a clock time in a day label (lead, twelfth session)', () => {
  it('reads `Mon 6am:`, `Tue 5:30 PM -`, `Monday @ 5:30am –`, `Wed 18:00:` as the day with its am or pm', () => {
    const plan = parsePlan('Mon 6am: weights\nTue 5:30 PM - run 3 mi\nThu @ 5:30am – lift\nWed 18:00: lift\n');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    const entries = plan.statements.filter((statement): statement is DayEntry => statement.type === 'day');
    assert.deepEqual(entries.map((entry) => [entry.weekday, entry.period?.value, entry.period?.range.start.column, entry.period?.range.end.column]), [
      [0, 'am', 4, 7],
      [1, 'pm', 4, 11],
      [3, 'am', 6, 12],
      [2, 'pm', 4, 9],
    ]);
    assert.deepEqual(entries.map((entry) => entry.sessions[0]?.attributes.time?.value.period), ['am', 'pm', 'am', 'pm']);
    // A bare number is no clock (`Mon 6:` is read as it was, with no time of day).
    assert.equal((parsePlan('Mon 6: weights\n').statements[0] as DayEntry).period, undefined);
  });
});

describe('the twelfth session\'s forms read the same from the line cache (lead, twelfth session)', () => {
  it('gives the same sessions and diagnostics on a second parse of the same text as on a fresh one', () => {
    const text = [
      'Weights: Mon, Tue, Thu, Fri', 'Long run - Sunday (6 mi)', 'Wendesday: weights', 'Wed: lift legs run 3 mi', 'Thu: 3 mile run upper body',
      'Fri: Run 15 mins (effort level 7)', 'Sat: Back/Bi\'s + eliptical 20 min', 'Mon: lift, Tue: run 3 mi', 'Wed: run Mon:t', 'Thu --> run 3 mi',
      'Fri 6am: weights', 'Tuesdays (1 hr): weights', 'Sun: Run 5 mi (last 2 @ 10K pace)',
    ].join('\n') + '\n';
    const shape = (plan: ReturnType<typeof parsePlan>): string => JSON.stringify([
      plan.statements.map((statement) => (statement.type === 'day' ? [statement.weekday, statement.sessions.map((s) => [s.text, s.range])] : statement.type)),
      plan.syntaxErrors.map((e) => [e.message, e.severity, e.range]),
    ]);
    const fresh = shape(parsePlan(text, { fresh: true }));
    assert.equal(shape(parsePlan(text)), fresh);
    assert.equal(shape(parsePlan(text)), fresh);
    // And after an edit elsewhere (the other lines from the cache).
    const edited = `${text}Sun: rest\n`;
    parsePlan(edited);
    assert.equal(shape(parsePlan(edited)), shape(parsePlan(edited, { fresh: true })));
  });
});

describe('emoji and check marks in a plan (lead, twelfth session)', () => {
  it('reads a line with emoji or check marks as without them, and keeps them in the text, notes, names and comments', () => {
    const text = 'plan "Run 🏃 and lift 💪"\n# 💪 week\nMon: 💪 weights\nTue: 🏃‍♀️ 3 miles\nWed: ✔ lift + run 3 mi ✅\nThu: rest 😴\nFri: weights "felt 💪"\n';
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    assert.deepEqual(days(text).days, ['Mon gym full', 'Tue run easy', 'Wed gym full | run easy', 'Thu rest', 'Fri gym full']);
    const sessions = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    assert.deepEqual(sessions.map((s) => s.text), ['weights', '3 miles', 'lift', 'run 3 mi', 'rest', 'weights "felt 💪"']);
    assert.equal(plan.title?.name, 'Run 🏃 and lift 💪');
    assert.deepEqual(plan.comments.map((c) => c.text), ['💪 week']);
    assert.equal(sessions[5]?.attributes.note?.value, 'felt 💪');
  });
});

describe('quotation marks that set words apart, a temperature (lead, twelfth session)', () => {
  it('reads curly and single quotes around words, and a temperature, as decoration; a name in curly quotes is the name', () => {
    const text = 'plan “Base block”\nMon: run ‘easy’ 3 mi\nTue: “Long run” 8 mi\nWed: weights \'upper body\'\nThu: run 3 mi, 80°\nFri: run 5 km (30 °C)\nSat: Back/Bi\'s + farmers\' walk\nSun: run 30\' easy\n';
    const plan = parsePlan(text);
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    assert.equal(plan.title?.name, 'Base block');
    assert.deepEqual(days(text).days, ['Mon run easy', 'Tue run long', 'Wed gym upper', 'Thu run easy', 'Fri run easy', 'Sat gym upper | gym full', 'Sun run easy']);
    const sessions = plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
    // The text keeps what was written; a minute mark after a number is still minutes.
    assert.equal(sessions[1]?.text, 'Long run” 8 mi');
    assert.equal(sessions.at(-1)?.attributes.duration?.value, 30);
    // Straight double quotes keep their meaning: a note.
    assert.equal(parsePlan('Mon: weights "felt good"\n').statements.flatMap((s) => (s.type === 'day' ? s.sessions : []))[0]?.attributes.note?.value, 'felt good');
  });
});
