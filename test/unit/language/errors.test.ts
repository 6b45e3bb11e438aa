import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parsePlan } from '../../../server/src/language/parser';

type Case = [text: string, message: string, range: [number, number, number, number]];

/** Each malformed input gives exactly this one syntax error, on exactly this range (line, column, endLine, endColumn). */
const cases: Case[] = [
  // Session kinds and words, with did-you-mean.
  ['Mon: gim', `Unknown session 'gim' — did you mean 'gym'?`, [0, 5, 0, 8]],
  ['Tue: run intervls', `Unknown word 'intervls' in a run — did you mean 'intervals'?`, [0, 9, 0, 17]],
  ['Mon: gym upper heavvy', `Unknown word 'heavvy' in a gym session — did you mean 'heavy'?`, [0, 15, 0, 21]],
  ['Mon: heavy', `Unknown session 'heavy' — did you mean 'gym heavy'?`, [0, 5, 0, 10]],
  ['Mon: easy', `Unknown session 'easy' — did you mean 'run easy'?`, [0, 5, 0, 9]],
  ['Tue: run tmepo', `Unknown word 'tmepo' in a run — did you mean 'tempo'?`, [0, 9, 0, 14]],
  // Statement starts.
  ['Tuse: run', `Unknown weekday 'Tuse' — did you mean 'Tue'?`, [0, 0, 0, 4]],
  ['gim: gym', `Expected a weekday before ':'`, [0, 0, 0, 3]],
  [': gym', `Expected a weekday before ':'`, [0, 0, 0, 1]],
  ['gym upper', `Expected a weekday before the session, like 'Mon: gym'`, [0, 0, 0, 3]],
  ['strat: 2026-12-07', `Unknown word 'strat' — did you mean 'start'?`, [0, 0, 0, 5]],
  ['week3', `Write 'week 3' with a space`, [0, 0, 0, 5]],
  ['week3: deload', `Write 'week 3' with a space`, [0, 0, 0, 5]],
  ['wek 3', `Unknown word 'wek' — did you mean 'week'?`, [0, 0, 0, 3]],
  ['hello world', `Expected a weekday, 'week', 'goal', 'start' or 'plan' at the start of a statement, not 'hello'`, [0, 0, 0, 5]],
  ['Mon', `Expected ':' after the weekday`, [0, 0, 0, 3]],
  ['Mon gym: squats', `Expected ':' after the weekday`, [0, 0, 0, 3]],
  ['Mon:', `Expected a session after ':', like 'gym', 'run easy' or 'rest'`, [0, 3, 0, 4]],
  ['Mon: gym +', `Expected a session after '+'`, [0, 9, 0, 10]],
  ['Mon: + gym', `Expected a session before '+'`, [0, 5, 0, 6]],
  ['Mon: gym, run', `Separate the sessions of one day with '+', not ',' — read as two sessions`, [0, 8, 0, 9]],
  // (A warning now: the second day is read as its own, lead twelfth session.)
  ['Mon: run easy Tue: gym', `'Tue:' starts another day — read as its own day; separate days with ';' or a new line`, [0, 14, 0, 18]],
  [
    'Mon: run\nTue: rest\nweek 1\nTue: rest',
    `These days come before the first 'week' line, so they would be week 1 — but 'week 1' is written below; move them under a week`,
    [0, 0, 0, 3],
  ],
  // Effort, zones and times.
  ['Wed: run easy rpe 11', `'rpe' needs a number from 1 to 10`, [0, 18, 0, 20]],
  ['Wed: run easy rpe', `'rpe' needs a number from 1 to 10`, [0, 14, 0, 17]],
  ['Wed: run easy rpe7', `Write 'rpe 7' with a space`, [0, 14, 0, 18]],
  ['Wed: run easy rpe 3.5', `'rpe' needs a whole number from 1 to 10`, [0, 18, 0, 21]],
  ['Thu: run z6', `Zones go from z1 to z5`, [0, 9, 0, 11]],
  ['Fri: run @25:00', `'25:00' is not a time of day — hours go from 0 to 23`, [0, 10, 0, 15]],
  ['Fri: run @7:75', `'7:75' is not a time of day — minutes go from 00 to 59`, [0, 10, 0, 14]],
  ['Fri: run @13pm', `'13pm' is not a time of day — with pm the hour goes from 1 to 12`, [0, 10, 0, 14]],
  ['Fri: run @7', `'7' is ambiguous — write @07:00, or add am or pm`, [0, 10, 0, 11]],
  ['Mon: run 7:30', `Write a start time with '@', like '@7:30'`, [0, 9, 0, 13]],
  // Quantities.
  ['Mon: run 45', `'45' needs a unit — minutes (45min), hours (1h), or a distance (10km, 800m, 6mi)`, [0, 9, 0, 11]],
  ['Mon: run 10kmz', `Unknown unit 'kmz' in '10kmz' — did you mean '10km'?`, [0, 9, 0, 14]],
  ['Mon: run 2x', `'2x' is not a repeat — write it like 6x800m, 5x1km, 4x4min or 5x5`, [0, 9, 0, 11]],
  ['Mon: run 30s', `'30s' is in seconds, which only repeats use (10x30s) — write a duration in min or h (45min, 1h)`, [0, 9, 0, 12]],
  ['Mon: run 0min', `A duration must be more than 0 minutes`, [0, 9, 0, 13]],
  ['Mon: run 1h75', `'1h75' is not a duration — minutes after the hour go from 0 to 59`, [0, 9, 0, 13]],
  ['Mon: run 0x400m', `Repeats need a count of at least 1, like 6x800m`, [0, 9, 0, 15]],
  ['Mon: run 80%', `A load like '80%' belongs to an exercise, e.g. [squat 5x5 @80%]`, [0, 9, 0, 12]],
  // Each attribute at most once, one focus / type / effort.
  ['Mon: run 10km 12km', `Distance given twice — each attribute at most once per session`, [0, 14, 0, 18]],
  ['Mon: run am @18:00', `Time of day given twice — each attribute at most once per session`, [0, 12, 0, 18]],
  ['Mon: run 10km "a" "b"', `Note given twice — each attribute at most once per session`, [0, 18, 0, 21]],
  ['Mon: run rpe 4 rpe 5', `Rpe given twice — each attribute at most once per session`, [0, 15, 0, 20]],
  ['Mon: gym upper lower', `A gym session has one focus — 'upper' is already given`, [0, 15, 0, 20]],
  ['Mon: run easy long', `A run has one type — 'easy' is already given`, [0, 14, 0, 18]],
  ['Mon: bike easy hard', `A cross-training session is easy or hard — 'easy' is already given`, [0, 15, 0, 19]],
  ['Mon: rest 45min', `'rest' takes only a note, not '45min'`, [0, 10, 0, 15]],
  // Exercises.
  ['Mon: run [squat 5x5]', `Exercises in brackets are only for gym sessions, not a run`, [0, 9, 0, 20]],
  ['Mon: gym [squat 5x5] [rdl 3x8]', `Exercises given twice — put them all in one [ … ] list`, [0, 21, 0, 30]],
  ['Mon: gym [squat 5x5', `Expected ']' to close the exercise list`, [0, 9, 0, 10]],
  ['Mon: gym ]', `Unexpected ']' — there is no '[' to close`, [0, 9, 0, 10]],
  ['Mon: gym [squat 5x5 @80kgs]', `'80kgs' is not a load — write it like @80%, @100kg, @225lb or @rpe 8`, [0, 21, 0, 26]],
  ['Mon: gym [5x5]', `Expected an exercise name before '5x5'`, [0, 10, 0, 13]],
  ['Mon: gym []', `Expected an exercise in the brackets, like [squat 5x5 @80%]`, [0, 9, 0, 11]],
  ['Mon: gym [squat, , rdl]', `Expected an exercise after ','`, [0, 15, 0, 16]],
  ['Mon: gym [squat 5xfoo]', `'5xfoo' is not a set scheme — write SETSxREPS like 5x5, SETSxTIME like 3x60s, SETSxDISTANCE like 4x25m, or a repetition maximum like 5RM`, [0, 16, 0, 21]],
  ['Mon: gym [squat 5x5 @]', `Expected a load after '@', like @80%, @100kg, @225lb or @rpe 8`, [0, 20, 0, 21]],
  ['Mon: gym [squat @rpe 12]', `'rpe' needs a number from 1 to 10`, [0, 21, 0, 23]],
  // Strings.
  ['Mon: run "tired', `Unterminated note — add the closing '"'`, [0, 9, 0, 15]],
  ['plan "Base', `Unterminated text — add the closing '"'`, [0, 5, 0, 10]],
  ['plan Base', `Expected the plan's name in double quotes, like plan "Base block"`, [0, 5, 0, 9]],
  // Title, start and goal.
  ['plan "a"\nplan "b"', `A plan has only one title — this is a second 'plan'`, [1, 0, 1, 4]],
  ['Mon: rest\nplan "a"', `'plan' must come before the first day`, [1, 0, 1, 4]],
  ['Mon: rest\nstart: 2026-12-07', `'start' must come before the first day`, [1, 0, 1, 5]],
  ['start: 2026-12-07\nstart: 2026-12-14', `A plan has only one 'start' date`, [1, 0, 1, 5]],
  ['start: 2026-13-01', `'2026-13-01' is not a date — month 01–12 and a day that exists in that month`, [0, 7, 0, 17]],
  ['start: 2026-02-30', `'2026-02-30' is not a date — month 01–12 and a day that exists in that month`, [0, 7, 0, 17]],
  ['start: 2026-12-08', `The plan starts on a Monday, but 2026-12-08 is a Tuesday`, [0, 7, 0, 17]],
  ['start: tomorrow', `Expected a date like 2026-12-07 after 'start' but found 'tomorrow'`, [0, 7, 0, 15]],
  ['goal:', `Expected a goal after 'goal': 'strength', 'running' or 'balanced'`, [0, 4, 0, 5]],
  ['goal: strenght', `Unknown goal 'strenght' — did you mean 'strength'?`, [0, 6, 0, 14]],
  ['goal: speed', `Unknown goal 'speed' — the checker knows 'strength', 'running' or 'balanced': 'strength' if lifting comes first, 'running' if a race does, 'balanced' for both`, [0, 6, 0, 11]],
  // Weeks.
  ['week 4-2', `A week range goes up: write 'week 2-4', not 'week 4-2'`, [0, 5, 0, 8]],
  ['week 0', `Week numbers start at 1`, [0, 5, 0, 6]],
  ['week', `Expected a week number after 'week', like 'week 3' or 'week 2-4'`, [0, 0, 0, 4]],
  ['week 2-', `Expected the last week of the range after '-', like 'week 2-4'`, [0, 6, 0, 7]],
  ['week 3 deload', `Unexpected 'deload' after the week number — put a label after ':' (week 3: deload) or in double quotes`, [0, 7, 0, 13]],
  ['week 1-10000', `Week numbers go up to 9999`, [0, 7, 0, 12]],
  ['week 2-522', `A week range covers at most 520 weeks (ten years) — 'week 2-521' is the longest from week 2`, [0, 5, 0, 10]],
  // Stray characters.
  ['Mon: run $', `Unexpected '$' in a run`, [0, 9, 0, 10]],
  ['Mon: gym ∑ upper', `Unexpected '∑'`, [0, 9, 0, 10]],
];

describe('parsePlan: syntax errors', () => {
  it(`has at least 30 malformed inputs in its table (${cases.length})`, () => {
    assert.ok(cases.length >= 30);
  });

  for (const [text, message, [line, column, endLine, endColumn]] of cases) {
    it(`${JSON.stringify(text)} → ${message}`, () => {
      // The quick fixes a message carries are tested with the forms of issue 12 (forms.test.ts).
      assert.deepEqual(parsePlan(text).syntaxErrors.map(({ message, range }) => ({ message, range })), [
        { message, range: { start: { line, column }, end: { line: endLine, column: endColumn } } },
      ]);
    });
  }
});

describe('parsePlan: recovery', () => {
  it('reports one error per bad line and keeps every good line', () => {
    const plan = parsePlan('Mon: gim\nTue: run tempo\nWed: run easy rpe 11\nThu: gym upper heavy\nFri: run long ]\nSat: rest\n');
    assert.deepEqual(
      plan.syntaxErrors.map((e) => [e.range.start.line, e.message]),
      [
        [0, `Unknown session 'gim' — did you mean 'gym'?`],
        [2, `'rpe' needs a number from 1 to 10`],
        [4, `Unexpected ']' — there is no '[' to close`],
      ],
    );
    const days = plan.weeks[0].days.map((day) => day.sessions.map((s) => s.text));
    // The bad session is dropped, a session with a bad attribute keeps what it understood, a stray mark is recovered.
    assert.deepEqual(days, [[], ['run tempo'], ['run easy rpe 11'], ['gym upper heavy'], ['run long'], ['rest'], []]);
    // `Fri> run long`: an arrow typed with keys is the label's `:` (lead, twelfth session).
    assert.deepEqual(parsePlan('Fri> run long\n').syntaxErrors, []);
    // `Fri) run long` is a day label as people punctuate it (language-decisions.md, "Day labels as people type them").
    assert.deepEqual(parsePlan('Fri) run long\n').syntaxErrors, []);
    assert.equal(plan.weeks[0].days[2].sessions[0].attributes.rpe, undefined);
  });

  it('reports each bad ; statement and + session once, keeping the good ones', () => {
    const plan = parsePlan('Mon: gym upper + gim + run easy; Tuse: run; Wed: bike hard z9 + swim');
    assert.deepEqual(
      plan.syntaxErrors.map((e) => e.message),
      [`Unknown session 'gim' — did you mean 'gym'?`, `Unknown weekday 'Tuse' — did you mean 'Tue'?`, `Zones go from z1 to z5`],
    );
    assert.deepEqual(plan.weeks[0].days[0].sessions.map((s) => s.text), ['gym upper', 'run easy']);
    assert.deepEqual(plan.weeks[0].days[2].sessions.map((s) => s.text), ['bike hard z9', 'swim']);
    assert.equal(plan.weeks[0].days[2].sessions[0].kind === 'cross' && plan.weeks[0].days[2].sessions[0].effort, 'hard');
  });

  it('gives a statement with a parse error ONE diagnostic, and still counts its sessions', () => {
    const plan = parsePlan('Mon gym lower heavy: run intervls');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [`Expected ':' after the weekday`]);
    assert.deepEqual(plan.weeks[0].days[0].sessions.map((s) => s.text), ['gym lower heavy: run intervls']);
  });

  it('reads a day line without its \':\' when it reads cleanly with one (`Mon gym lower heavy + run intervals`)', () => {
    const plan = parsePlan('Mon gym lower heavy + run intervls');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [`Unknown word 'intervls' in a run — did you mean 'intervals'?`]);
    assert.deepEqual(plan.weeks[0].days[0].sessions.map((s) => s.text), ['gym lower heavy', 'run intervls']);
  });

  it("reads '10 km' and '45 min' as meant, without an error (issue 12: units after a space)", () => {
    const plan = parsePlan('Mon: run easy 10 km rpe 3\nTue: gym upper 45 min');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), []);
    const [run] = plan.weeks[0].days[0].sessions;
    assert.equal(run.attributes.distance?.value, 10);
    assert.equal(run.attributes.rpe?.value, 3);
    assert.equal(plan.weeks[0].days[1].sessions[0].attributes.duration?.value, 45);
  });

  it("reads 'rpe7' as rpe 7, with one error that says to write it apart", () => {
    const plan = parsePlan('Wed: run easy rpe7');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [`Write 'rpe 7' with a space`]);
    assert.equal(plan.weeks[0].days[2].sessions[0].attributes.rpe?.value, 7);
  });

  it("reads sessions separated by ',' as two sessions, with one error on the comma", () => {
    const plan = parsePlan('Sat: gym upper heavy, run easy 30min\nSun: gym [squat 5x5, rdl 3x8], bike easy');
    assert.deepEqual(
      plan.syntaxErrors.map((e) => [e.message, e.range.start.line, e.range.start.column, e.range.end.column]),
      [
        [`Separate the sessions of one day with '+', not ',' — read as two sessions`, 0, 20, 21],
        [`Separate the sessions of one day with '+', not ',' — read as two sessions`, 1, 29, 30],
      ],
    );
    // The line is read as meant: a warning with the fix, not an error.
    assert.deepEqual(plan.syntaxErrors.map((e) => e.severity), ['warning', 'warning']);
    assert.deepEqual(plan.weeks[0].days[5].sessions.map((s) => s.text), ['gym upper heavy', 'run easy 30min']);
    assert.deepEqual(plan.weeks[0].days[6].sessions.map((s) => s.text), ['gym [squat 5x5, rdl 3x8]', 'bike easy']);
    // A piece of the same kind after the comma goes on with the session: core work after upper body is one session.
    const focus = parsePlan('Mon: gym upper, core');
    assert.deepEqual(focus.syntaxErrors, []);
    assert.equal(focus.weeks[0].days[0].sessions.length, 1);
    assert.equal(focus.weeks[0].days[0].sessions[0].kind === 'gym' && focus.weeks[0].days[0].sessions[0].focus, 'upper');
  });

  it('recovers a missing ] and reads the next session', () => {
    const plan = parsePlan('Mon: gym [squat 5x5 + run easy');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [`Expected ']' to close the exercise list`]);
    assert.deepEqual(plan.weeks[0].days[0].sessions.map((s) => s.kind), ['gym', 'run']);
  });

  it('keeps days after a broken week line out of the week before it', () => {
    const plan = parsePlan('week 1\nMon: gym\nweek\nTue: run\nweek 0\nWed: run\nweek 2\nThu: rest');
    assert.deepEqual(plan.weeks.map((w) => w.number), [1, 2]);
    assert.deepEqual(plan.weeks[0].days.map((d) => d.sessions.length), [1, 0, 0, 0, 0, 0, 0]);
    assert.equal(plan.syntaxErrors.length, 2);
  });

  it('sorts syntax errors by position', () => {
    const plan = parsePlan('Mon: run z9 + gim');
    assert.deepEqual(plan.syntaxErrors.map((e) => e.range.start.column), [9, 14]);
  });

  it('never throws, whatever the text', () => {
    const fragments = [
      'Mon', 'tue', 'Sunday', ':', ';', '+', ' ', '\n', '\r\n', '\ufeff', '#', '# hybrid-ignore', '"', '"x"', '[', ']', ',', '@', '-',
      'week', '2-4', '0', '999999', 'goal', 'strength', 'plan', 'start', '2026-12-07', 'gym', 'run', 'rest', 'upper', 'heavy',
      'intervals', 'bike', 'hard', 'rpe', '11', 'z2', '45min', '1h30', '6x800m', '@7am', '25:00', 'squat', '5x5', '@80%', 'am', 'x', '∑',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const plan = parsePlan(parts.join(' '));
        for (const issue of plan.syntaxErrors) {
          assert.ok(!issue.message.includes('could not be read'), issue.message);
        }
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
