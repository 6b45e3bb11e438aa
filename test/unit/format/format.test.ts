import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { formatDocument, formatPlan, formatSessionText, formatText, meaningOf } from '../../../server/src/analysis/format';
import { applyEdits } from '../../../server/src/analysis/edits';
import { parsePlan } from '../../../server/src/language/parser';
import { WEEKDAY_NAMES } from '../../../server/src/language/model';

const lines = (...text: string[]): string => text.join('\n');

describe('formatter', () => {
  it('keeps the wording of the forgiving forms: goal words, exercises outside brackets, kind words anywhere', () => {
    assert.equal(
      formatText('GOAL:Hyrox\nDay 1:easy run 40 MIN\nDay 2: Deadlift 4RM,  Sled push 4x25m\nDay 3 : 30 min cross + hr<150 run\n'),
      'goal: Hyrox\nDay 1: easy run 40 MIN\nDay 2: Deadlift 4RM, Sled push 4x25m\nDay 3: 30 min cross + hr<150 run\n',
    );
  });

  it('normalises the layout of a whole plan: day labels, keywords, spacing, alignment, blank lines; words as typed', () => {
    const input = lines(
      '# Balanced',
      'PLAN "Balanced hybrid"',
      'Goal:Balanced',
      '',
      '',
      'week 1:  deload   week',
      '  MON:GYM Upper HEAVY [ squat 5x5 @80% ,rdl 3x8 ]   # heavy day',
      '  tue am :run   intervals 6x800m  +  gym  upper',
      '  Tuesday pm: RUN easy 30MIN "Felt  Flat"',
      '  Wed: rest;Thu:upperbody;',
      '',
      'week 2-4 "Build"',
      'Mon: bike hard rpe 7   ',
      '',
      '',
    );
    assert.equal(
      formatText(input),
      lines(
        '# Balanced',
        'plan "Balanced hybrid"',
        'goal: Balanced',
        '',
        'week 1: deload   week',
        '  Mon   : GYM Upper HEAVY [squat 5x5 @80%, rdl 3x8]  # heavy day',
        '  Tue am: run intervals 6x800m + gym upper',
        '  Tue pm: RUN easy 30MIN "Felt  Flat"',
        '  Wed   : rest; Thu: upperbody',
        '',
        'week 2-4 "Build"',
        'Mon: bike hard rpe 7',
        '',
      ),
    );
  });

  it("keeps the user's words as typed, capitals included: only layout changes", () => {
    // Issue 12: a session's words, notes, units, goal words and labels are the user's; the formatter never rewrites
    // them (the "Rewrite in canonical form" action does, on request).
    const input = lines(
      'GOAL:  build   Hyrox',
      'Week 2 :  Build Phase',
      'MONDAY AM:Easy Run 40 MIN  @ Threshold  "Felt Good"+  Gym Upper Heavy [Back Squat 5x5 @ 80%]',
      'tuesday:  Rest Day   # Off',
      'Wed :Long Run 10MI, 2 Easy / 8 Steady',
      'Thu: Strength  Circuit ;Fri:  Parkrun',
      'Day 6:  6 x 800m At 5K Pace',
      '',
    );
    const once = formatText(input);
    assert.equal(
      once,
      lines(
        'goal: build Hyrox',
        'week 2: Build Phase',
        'Mon am: Easy Run 40 MIN @ Threshold "Felt Good" + Gym Upper Heavy [Back Squat 5x5 @ 80%]',
        'Tue   : Rest Day  # Off',
        'Wed   : Long Run 10MI, 2 Easy / 8 Steady',
        'Thu   : Strength Circuit; Fri: Parkrun',
        'Day 6 : 6 x 800m At 5K Pace',
        '',
      ),
    );
    assert.equal(formatText(once), once);
    assert.deepEqual(formatDocument(once), []);
    // Range formatting keeps the words too.
    const plan = parsePlan('Mon:  Easy Run 40 MIN\nTue: rest\n');
    assert.deepEqual(formatPlan(plan, { tabSize: 2, insertSpaces: true }, { from: 0, to: 0 }), [
      { range: { start: { line: 0, column: 0 }, end: { line: 0, column: 21 } }, newText: 'Mon: Easy Run 40 MIN' },
    ]);
  });

  it('is idempotent', () => {
    const input = lines('goal balanced', 'mon:gym lower HEAVY+run easy', ' Wed :  rest   # off', 'FRI:run long 14KM @7AM', '');
    const once = formatText(input);
    assert.equal(once, lines('goal: balanced', 'Mon: gym lower HEAVY + run easy', 'Wed: rest  # off', 'FRI: run long 14KM @7AM'.replace('FRI', 'Fri'), ''));
    assert.equal(formatText(once), once);
    assert.deepEqual(formatDocument(once), []);
  });

  it('keeps every comment, own-line and trailing, with its text', () => {
    const input = lines('# top', '   #   indented note  ', 'Mon: gym   # hybrid-ignore gym-frequency', '');
    assert.equal(formatText(input), lines('# top', '#   indented note', 'Mon: gym  # hybrid-ignore gym-frequency', ''));
  });

  it('leaves a line with a syntax error exactly as written', () => {
    const input = lines('MON: gim lower   ', 'TUE:run easy', '');
    const plan = parsePlan(input);
    assert.ok(plan.syntaxErrors.some((issue) => issue.range.start.line === 0));
    assert.equal(formatText(input), lines('MON: gim lower   ', 'Tue: run easy', ''));
  });

  it('formats only the lines of a range, with the alignment of the whole week', () => {
    const input = lines('week 1', 'MON am: gym', 'tue:run easy', 'WED:rest', '');
    const plan = parsePlan(input);
    const edits = formatPlan(plan, { tabSize: 2, insertSpaces: true }, { from: 2, to: 2 });
    assert.deepEqual(edits, [
      { range: { start: { line: 2, column: 0 }, end: { line: 2, column: 12 } }, newText: 'Tue   : run easy' },
    ]);
  });

  it('indents a week block with the requested unit when its first line was indented', () => {
    const input = lines('week 1', '    mon: gym', ' tue: run', '');
    assert.equal(formatText(input, { tabSize: 4, insertSpaces: true }), lines('week 1', '    Mon: gym', '    Tue: run', ''));
    assert.equal(formatText(input, { tabSize: 4, insertSpaces: false }), lines('week 1', '\tMon: gym', '\tTue: run', ''));
  });

  it('keeps CRLF line breaks and edits only line contents', () => {
    const input = 'mon:gym\r\n\r\n\r\ntue:run\r\n';
    const plan = parsePlan(input);
    const output = applyEdits(input, formatPlan(plan));
    assert.equal(output, 'Mon: gym\r\n\r\nTue: run\r\n');
  });

  it('formats one-liner plans', () => {
    assert.equal(formatText('mon:gym upper heavy;tue : run intervals;wed:rest\n'), 'Mon: gym upper heavy; Tue: run intervals; Wed: rest\n');
  });

  it('never changes what the plan means', () => {
    const input = lines(
      'plan "A  plan"',
      'start: 2026-12-07',
      'week 1: base',
      'Mon: gym lower heavy [split squat 3x8 @100kg, plank 3x60s] @07:00',
      'Tue: run tempo 45min z3 "steady, not hard"',
      'Wed: swim easy 30min',
      'week 2',
      'Sat: hike hard 3h',
      '',
    );
    const before = parsePlan(input);
    const after = parsePlan(formatText(input));
    assert.equal(meaningOf(after), meaningOf(before));
    assert.equal(formatText(input), input);
  });

  it('compares meaning without spelling or positions', () => {
    assert.equal(meaningOf(parsePlan('mon:GYM  lower\n\n')), meaningOf(parsePlan('Mon: gym lower\n')));
    assert.notEqual(meaningOf(parsePlan('Mon: gym lower\n')), meaningOf(parsePlan('Tue: gym lower\n')));
    assert.notEqual(meaningOf(parsePlan('Mon: gym  # a\n')), meaningOf(parsePlan('Mon: gym  # b\n')));
  });

  it('formats a session text on its own', () => {
    assert.equal(formatSessionText('GYM  lower HEAVY [ Squat 5x5 @ 80% ]'), 'GYM lower HEAVY [Squat 5x5 @ 80%]');
    assert.equal(formatSessionText('run "open'), undefined);
  });
});

describe('formatter properties', () => {
  const day = fc.constantFrom('Mon', 'tue', 'WED', 'Thursday', 'fr', 'Sat', 'sun');
  const session = fc.constantFrom(
    'gym upper heavy',
    'GYM lower',
    'lift legs light 45min',
    'run intervals 6x800m',
    'run EASY 30min z2',
    'run long 14km "felt  good"',
    'bike hard rpe 7',
    'yoga',
    'rest',
    'upperbody',
    'gym full heavy [squat 5x5 @80%, rdl 3x8]',
    'run tempo @07:00',
  );
  const space = fc.constantFrom('', ' ', '  ', '\t');
  const line = fc.oneof(
    fc.tuple(day, space, space, fc.array(session, { minLength: 1, maxLength: 3 }), space).map(
      ([d, a, b, sessions, c]) => `${a}${d}${a}:${b}${sessions.join(`${c}+${b}`)}${c}`,
    ),
    fc.constantFrom('', '# note', '   # indented', 'goal:running', 'week 2', 'Week 3 : deload', 'Mon: gym # hybrid-ignore'),
  );
  const plan = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n') + '\n');

  it('is idempotent and keeps the meaning of any plan', () => {
    fc.assert(
      fc.property(plan, (text) => {
        const once = formatText(text);
        assert.equal(formatText(once), once);
        const before = parsePlan(text);
        if (formatDocument(text).length > 0) assert.equal(meaningOf(parsePlan(once)), meaningOf(before));
        const after = parsePlan(once);
        assert.equal(after.comments.length, before.comments.length);
        // The meaning guard must not have given up: every day of an error-free plan is written the house way.
        if (before.syntaxErrors.length === 0) {
          const lines = once.split('\n');
          for (const statement of after.statements) {
            if (statement.type !== 'day') continue;
            const { start, end } = statement.dayRange;
            assert.equal(lines[start.line].slice(start.column, end.column), WEEKDAY_NAMES[statement.weekday]);
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200), seed: 20261125 },
    );
  });
});
