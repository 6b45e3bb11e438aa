// Issue 12: the forms people write read as the canonical forms, with exact model values and ranges; the parser's
// quick fixes carry exact edits; a user vocabulary adds words.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { createVocabulary } from '../../../server/src/language/sessions';
import { resolveConfig, vocabularyOf } from '../../../server/src/rules/config';
import { SESSION_PHRASES } from '../../../server/src/language/vocabulary';
import type { Session } from '../../../server/src/language/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function only(line: string): Session {
  const plan = parsePlan(line);
  assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], `no error in ${JSON.stringify(line)}`);
  const sessions = plan.weeks[0].days.flatMap((day) => day.sessions);
  assert.equal(sessions.length, 1, `one session in ${JSON.stringify(line)}`);
  return sessions[0];
}

function sessions(line: string): Session[] {
  const plan = parsePlan(line);
  assert.deepEqual(plan.syntaxErrors.map((e) => e.message), [], `no error in ${JSON.stringify(line)}`);
  return plan.weeks[0].days.flatMap((day) => day.sessions);
}

/** [start column, end column] on line 0. */
function cols(range: { start: { column: number }; end: { column: number } } | undefined): [number, number] | undefined {
  return range && [range.start.column, range.end.column];
}

function shape(session: Session): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: session.kind };
  switch (session.kind) {
    case 'gym':
      out.focus = session.focus;
      out.intensity = session.intensity;
      break;
    case 'run':
      out.runType = session.runType;
      break;
    case 'cross':
      out.activity = session.activity;
      out.effort = session.effort;
      break;
    case 'conditioning':
      out.style = session.style;
      out.effort = session.effort;
      break;
    case 'sport':
      out.sport = session.sport;
      out.effort = session.effort;
      break;
    case 'event':
      out.event = session.event;
      out.discipline = session.discipline;
      out.what = session.what?.value;
      break;
    default:
      break;
  }
  return out;
}

describe('issue 12: the kind word anywhere, units after a space', () => {
  const cases: [string, Record<string, unknown>, Record<string, number>][] = [
    ['Mon: easy run 40min', { kind: 'run', runType: 'easy' }, { duration: 40 }],
    ['Mon: 30 min cross', { kind: 'cross', activity: 'cross', effort: 'easy' }, { duration: 30 }],
    ['Mon: 2.5 mi run', { kind: 'run', runType: 'easy' }, { distance: 2.5 * 1.609344 }],
    ['Mon: long run 10mi', { kind: 'run', runType: 'long' }, { distance: 10 * 1.609344 }],
    ['Mon: hill sprints', { kind: 'run', runType: 'hills' }, {}],
    ['Mon: tempo 30min', { kind: 'run', runType: 'tempo' }, { duration: 30 }],
    ['Mon: 5 miles', { kind: 'run', runType: 'easy' }, { distance: 5 * 1.609344 }],
    ['Mon: 1 hour bike', { kind: 'cross', activity: 'bike', effort: 'easy' }, { duration: 60 }],
    ["Mon: easy run 45'", { kind: 'run', runType: 'easy' }, { duration: 45 }],
    ['Mon: 3-mile tempo', { kind: 'run', runType: 'tempo' }, { distance: 3 * 1.609344 }],
  ];
  for (const [line, expected, attributes] of cases) {
    it(`${line} → ${JSON.stringify(expected)}`, () => {
      const session = only(line);
      assert.deepEqual(shape(session), expected);
      for (const [key, value] of Object.entries(attributes)) {
        assert.ok(Math.abs((session.attributes as Record<string, { value: number }>)[key].value - value) < 1e-9, key);
      }
    });
  }

  it('keeps the range of the kind word where it is written, and of the type before it', () => {
    const session = only('Mon: easy run 40min');
    assert.deepEqual(cols(session.keywordRange), [10, 13]);
    assert.equal(session.kind === 'run' && session.runType, 'easy');
    assert.deepEqual(session.kind === 'run' && cols(session.runTypeRange), [5, 9]);
    assert.deepEqual(cols(session.attributes.duration?.range), [14, 19]);
    assert.deepEqual(cols(only('Mon: 30 min cross').attributes.duration?.range), [5, 11]);
  });
});

describe('issue 12: ranges count at their midpoint and keep both ends', () => {
  it('durations, distances, rpe, repeat counts and reps', () => {
    const run = only('Tue: run z2 30-50min');
    assert.deepEqual([run.attributes.duration?.value, run.attributes.duration?.span, cols(run.attributes.duration?.range)], [40, { low: 30, high: 50 }, [12, 20]]);
    assert.deepEqual(only('Tue: run 3-5km').attributes.distance?.span, { low: 3, high: 5 });
    assert.equal(only('Tue: run 3-5km').attributes.distance?.value, 4);
    assert.deepEqual(only('Tue: run easy 30 - 45 min').attributes.duration?.value, 37.5);
    assert.deepEqual(only('Tue: run easy 30 to 45 min').attributes.duration?.span, { low: 30, high: 45 });
    const rpe = only('Tue: run easy rpe 6-7').attributes.rpe;
    assert.deepEqual([rpe?.value, rpe?.span, cols(rpe?.range)], [6.5, { low: 6, high: 7 }, [14, 21]]);
    assert.deepEqual(only('Tue: run intervals 6-8x400m').attributes.repeats?.value, { count: 7, countSpan: { low: 6, high: 8 }, eachKm: 0.4 });
    assert.deepEqual(only('Tue: gym 3x8-12').attributes.repeats?.value, { count: 3, reps: 10, repsSpan: { low: 8, high: 12 } });
  });

  it('a range that goes down is an error', () => {
    assert.deepEqual(parsePlan('Tue: run 45-30min').syntaxErrors.map((e) => e.message), [`A range goes up: write '30-45min'`]);
  });
});

describe('issue 12: repeats, the bare m, joins and parts', () => {
  it("'6 x 800m', '6x 800 m' and '400m x 4' are 6x800m and 4x400m", () => {
    for (const line of ['Mon: run intervals 6 x 800m', 'Mon: run intervals 6x 800 m']) {
      const repeats = only(line).attributes.repeats;
      assert.deepEqual([repeats?.value, cols(repeats?.range)], [{ count: 6, eachKm: 0.8 }, [19, line.length]]);
    }
    assert.deepEqual(only('Mon: run 400m x 4').attributes.repeats?.value, { count: 4, eachKm: 0.4 });
    assert.deepEqual(only('Mon: 5 x 400').attributes.repeats?.value, { count: 5, eachKm: 0.4 });
  });

  it("reads a bare 'm' under 100 in a run as miles, with a warning and three fixes", () => {
    const plan = parsePlan('Mon: 2.5 m run');
    const [issue] = plan.syntaxErrors;
    assert.equal(issue.message, `'2.5 m' is read as 2.5 miles — 'm' is metres; write '2.5mi', '2.5km' or '2.5min'`);
    assert.equal(issue.severity, 'warning');
    assert.deepEqual(cols(issue.range), [5, 10]);
    assert.deepEqual(
      issue.fixes?.map((fix) => [fix.title, fix.edits[0].newText, fix.preferred ?? false]),
      [
        ["Write '2.5mi' (miles)", '2.5mi', true],
        ["Write '2.5km'", '2.5km', false],
        ["Write '2.5min' (minutes)", '2.5min', false],
      ],
    );
    assert.ok(Math.abs((plan.weeks[0].days[0].sessions[0].attributes.distance?.value ?? 0) - 2.5 * 1.609344) < 1e-9);
    assert.deepEqual(parsePlan('Mon: run 800m').syntaxErrors, []);
  });

  it("joins with '&' and 'and' when both sides name a session; 'squats and lunges' stays one", () => {
    assert.deepEqual(sessions('Mon: stretch & strength').map(shape), [
      { kind: 'cross', activity: 'mobility', effort: 'easy' },
      { kind: 'gym', focus: 'full', intensity: 'moderate' },
    ]);
    assert.deepEqual(sessions('Mon: run easy and gym upper').map((s) => s.text), ['run easy', 'gym upper']);
    const gym = only('Mon: squats and lunges');
    assert.deepEqual(gym.kind === 'gym' && gym.exercises.map((e) => e.name), ['squats', 'lunges']);
  });

  it("keeps '+ strides' in the run, and reads parts, 'with' and 'or'", () => {
    const run = only('Mon: run easy 6mi + strides');
    assert.equal(run.text, 'run easy 6mi + strides');
    assert.deepEqual([run.attributes.strides?.value, cols(run.attributes.strides?.range)], [{}, [20, 27]]);
    assert.ok(Math.abs((run.attributes.distance?.value ?? 0) - 6 * 1.609344) < 1e-9);
    const parts = only('Wed: 10 min easy, 10 min tempo, 10 min easy');
    assert.deepEqual([shape(parts), parts.attributes.duration?.value], [{ kind: 'run', runType: 'tempo' }, 30]);
    const inside = only('Sun: 10 miles with 2 miles at tempo');
    assert.deepEqual([inside.attributes.effortTarget?.value, Math.round((inside.attributes.distance?.value ?? 0) * 1000) / 1000], ['tempo', 16.093]);
    assert.deepEqual(shape(only('Wed: rest or easy run')), { kind: 'rest' });
    assert.deepEqual(only('Mon: strength (lift first, then run)').attributes.note?.value, 'lift first, then run');
  });
});

describe('issue 12: the vocabulary and the new kinds', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['Mon: strength', { kind: 'gym', focus: 'full', intensity: 'moderate' }],
    ['Mon: weights', { kind: 'gym', focus: 'full', intensity: 'moderate' }],
    ['Mon: resistance training', { kind: 'gym', focus: 'full', intensity: 'moderate' }],
    ['Mon: core work', { kind: 'gym', focus: 'core', intensity: 'light' }],
    ['Mon: cross training', { kind: 'cross', activity: 'cross', effort: 'easy' }],
    ['Mon: cardio', { kind: 'cross', activity: 'cross', effort: 'easy' }],
    ['Mon: spinning', { kind: 'cross', activity: 'bike', effort: 'easy' }],
    ['Mon: elliptical', { kind: 'cross', activity: 'elliptical', effort: 'easy' }],
    ['Mon: erg', { kind: 'cross', activity: 'row', effort: 'easy' }],
    ['Mon: run/walk', { kind: 'run', runType: 'easy' }],
    ['Mon: run steady', { kind: 'run', runType: 'steady' }],
    ['Mon: run moderate', { kind: 'run', runType: 'steady' }],
    ['Mon: marathon pace run 8mi', { kind: 'run', runType: 'steady' }],
    ['Mon: progression run', { kind: 'run', runType: 'steady' }],
    ['Mon: run track workout', { kind: 'run', runType: 'intervals' }],
    ['Mon: run speed', { kind: 'run', runType: 'intervals' }],
    ['Mon: run sprints 8x30s', { kind: 'run', runType: 'intervals' }],
    ['Mon: conditioning', { kind: 'conditioning', style: 'conditioning', effort: 'hard' }],
    ['Mon: wod', { kind: 'conditioning', style: 'crossfit', effort: 'hard' }],
    ['Mon: hiit easy', { kind: 'conditioning', style: 'hiit', effort: 'easy' }],
    ['Mon: hyrox simulation', { kind: 'conditioning', style: 'hyrox', effort: 'hard' }],
    ['Mon: football', { kind: 'sport', sport: 'football', effort: 'hard' }],
    ['Mon: martial arts easy', { kind: 'sport', sport: 'martial arts', effort: 'easy' }],
    ['Mon: parkrun', { kind: 'event', event: 'race', discipline: 'run', what: '5km' }],
    ['Mon: race half marathon', { kind: 'event', event: 'race', discipline: 'run', what: 'half marathon' }],
    ['Sat: 10K time trial', { kind: 'event', event: 'test', discipline: 'run', what: 'time trial' }],
    ['Mon: acft test', { kind: 'event', event: 'test', discipline: 'mixed', what: 'acft' }],
    ['Mon: 1RM test', { kind: 'event', event: 'test', discipline: 'strength', what: '1rm' }],
    ['Sun: Rest day', { kind: 'rest' }],
    ['Day 1: run easy', { kind: 'run', runType: 'easy' }],
  ];
  for (const [line, expected] of cases) {
    it(`${line} → ${JSON.stringify(expected)}`, () => assert.deepEqual(shape(only(line)), expected));
  }

  it('gives a vocabulary session its canonical phrase, and no range of its own to its values', () => {
    const gym = only('Mon: core work');
    assert.deepEqual([gym.vocabulary?.value, cols(gym.vocabulary?.range), cols(gym.keywordRange)], ['gym core light', [5, 14], [5, 14]]);
    assert.ok(gym.kind === 'gym' && gym.focusRange === undefined && gym.intensityRange === undefined);
    assert.equal(only('Mon: parkrun').attributes.distance?.value, 5);
  });

  it('reads Day 1 … Day 7 as Mon … Sun and keeps the number', () => {
    const plan = parsePlan('Day 3: run easy\nDay 7: rest');
    const entries = plan.statements.filter((s) => s.type === 'day');
    assert.deepEqual(entries.map((e) => e.type === 'day' && [e.weekday, e.dayNumber, cols(e.dayRange)]), [
      [2, 3, [0, 5]],
      [6, 7, [0, 5]],
    ]);
    // A programme that numbers its days across weeks: Day 8 is the Monday of its second week (issue 13).
    const later = parsePlan('Day 15: run easy\nDay 21: rest');
    assert.deepEqual(later.syntaxErrors, []);
    assert.deepEqual(later.statements.map((e) => e.type === 'day' && [e.weekday, e.dayNumber]), [[0, 15], [6, 21]]);
    assert.deepEqual(parsePlan('Day 1: gym\nDay 8: gym').syntaxErrors.map((e) => e.message), [
      `'Day 8' is in week 2 of the plan's days (Day 8 … Day 14), not in this week's — start that week with a 'week 2' line`,
    ]);
    assert.deepEqual(parsePlan('week 1\nDay 1: gym\nweek 2\nDay 8: gym').syntaxErrors, []);
    assert.deepEqual(parsePlan('Day 0: gym').syntaxErrors.map((e) => e.message), [
      `A plan's days are numbered from 1 (Day 1 is Monday, Day 8 the Monday of its second week) — 'Day 0' is not one of them`,
    ]);
  });

  it('lists every built-in phrase in docs/language.md', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/language.md'), 'utf8');
    for (const [phrase] of SESSION_PHRASES) assert.ok(doc.includes(`\`${phrase}\``), phrase);
  });
});

describe('issue 12: targets, gym sets, EMOM and AMRAP', () => {
  it('pace, effort targets and heart rate; @ with a clock time stays a start time', () => {
    const pace = only('Mon: run 5km @5:00/km').attributes.pace;
    assert.deepEqual([pace?.value, cols(pace?.range)], [{ secondsPerKm: 300, per: 'km' }, [13, 21]]);
    assert.ok(Math.abs((only('Mon: run @ 8:30/mi').attributes.pace?.value.secondsPerKm ?? 0) - 510 / 1.609344) < 1e-9);
    const target = only('Mon: run tempo 3x10min @ threshold').attributes.effortTarget;
    assert.deepEqual([target?.value, cols(target?.range)], ['threshold', [23, 34]]);
    assert.equal(only('Mon: run 8mi @ MP').attributes.effortTarget?.value, 'marathon');
    assert.equal(only('Mon: run 5km @ 10k pace').attributes.effortTarget?.value, '10k');
    assert.equal(only('Mon: run at easy pace').attributes.effortTarget?.value, 'easy');
    const hr = only('Mon: run easy hr < 150').attributes.heartRate;
    assert.deepEqual([hr?.value, cols(hr?.range)], [{ below: 150 }, [14, 22]]);
    assert.deepEqual(only('Mon: run easy HR 140-150').attributes.heartRate?.value, { above: 140, below: 150 });
    assert.deepEqual(only('Mon: run @07:00').attributes.time?.value, { clockMinutes: 420, period: 'am' });
  });

  it('gym sets by distance or time, RM targets, loose exercises', () => {
    const gym = only('Mon: gym [sled push 4x25m, plank 3x60s, squat 5x5 @5RM]');
    assert.deepEqual(
      gym.kind === 'gym' && gym.exercises.map(({ name, sets, reps, seconds, metres, rm }) => ({ name, sets, reps, seconds, metres, rm })),
      [
        { name: 'sled push', sets: 4, reps: undefined, seconds: undefined, metres: 25, rm: undefined },
        { name: 'plank', sets: 3, reps: undefined, seconds: 60, metres: undefined, rm: undefined },
        { name: 'squat', sets: 5, reps: 5, seconds: undefined, metres: undefined, rm: 5 },
      ],
    );
    const loose = only('Mon: deadlift 4RM');
    assert.deepEqual(loose.kind === 'gym' && loose.exercises.map((e) => [e.name, e.rm, cols(e.range)]), [['deadlift', 4, [5, 17]]]);
    const carry = only('Mon: farmers carry 4x50m');
    assert.deepEqual(carry.kind === 'gym' && carry.exercises.map((e) => [e.name, e.sets, e.metres]), [['farmers carry', 4, 50]]);
  });

  it('EMOM and AMRAP are conditioning with their minutes', () => {
    const emom = only('Mon: EMOM 12min');
    assert.deepEqual([shape(emom), emom.attributes.workFormat?.value], [{ kind: 'conditioning', style: 'conditioning', effort: 'hard' }, { style: 'emom', minutes: 12 }]);
    assert.deepEqual(only('Mon: AMRAP 10min').attributes.workFormat?.value, { style: 'amrap', minutes: 10 });
  });
});

describe('issue 12: goals', () => {
  for (const [word, goal] of [
    ['hybrid', 'balanced'],
    ['hyrox', 'balanced'],
    ['endurance', 'running'],
    ['half marathon', 'running'],
    ['hypertrophy', 'strength'],
  ] as const) {
    it(`goal: ${word} → ${goal}`, () => {
      const plan = parsePlan(`goal: ${word}\nMon: rest`);
      assert.deepEqual([plan.syntaxErrors, plan.goals[0].goals.map((g) => g.value)], [[], [goal]]);
    });
  }
  it('an unknown goal is an error with a fix to each goal', () => {
    const [issue] = parsePlan('goal: speed').syntaxErrors;
    assert.deepEqual(issue.fixes?.map((fix) => fix.edits[0].newText), ['strength', 'running', 'balanced']);
  });
});

describe('issue 12: quick fixes of syntax errors and messages that do not mislead', () => {
  const fixOf = (text: string): [string, string, [number, number]][] =>
    (parsePlan(text).syntaxErrors[0]?.fixes ?? []).map((fix) => [fix.title, fix.edits[0].newText, cols(fix.edits[0].range) as [number, number]]);

  it('did-you-mean, a missing colon, a comma or a semicolon between sessions', () => {
    assert.deepEqual(fixOf('Mon: gim'), [["Change 'gim' to 'gym'", 'gym', [5, 8]]]);
    assert.deepEqual(fixOf('Tue: run intervls'), [["Change 'intervls' to 'intervals'", 'intervals', [9, 17]]]);
    assert.deepEqual(fixOf('Mon gym: squats'), [["Add ':' after 'Mon'", ':', [3, 3]]]);
    assert.deepEqual(fixOf('Mon: gym, run'), [["Change ',' to '+'", ' +', [8, 9]]]);
    assert.deepEqual(fixOf('Mon: run 7:30'), [["Write '@7:30'", '@7:30', [9, 13]]]);
  });

  it("reads a session after ';' in a day line as the day's next one, with the ',' warning and a fix to '+'", () => {
    // language-decisions.md, "A `;` inside a day line": `;` before words that start no statement lists the day's parts.
    const plan = parsePlan('Mon: gym lower heavy; run easy pm');
    assert.deepEqual(plan.syntaxErrors.map((e) => [e.message, e.severity, cols(e.range)]), [
      [`Separate the sessions of one day with '+', not ';' — read as two sessions`, 'warning', [20, 21]],
    ]);
    assert.deepEqual(plan.weeks[0]?.days[0]?.sessions.map((s) => s.kind), ['gym', 'run']);
    assert.deepEqual(fixOf('Mon: gym lower heavy; run easy pm'), [["Change ';' to '+'", ' +', [20, 21]]]);
  });

  it("never guesses across kinds when a phrase matches ('wall balls' is an exercise, not a walk)", () => {
    const gym = only('Mon: wall balls 3x20');
    assert.deepEqual(gym.kind === 'gym' && gym.exercises.map((e) => [e.name, e.sets, e.reps]), [['wall balls', 3, 20]]);
    const unknown = parsePlan('Mon: quidditch').syntaxErrors[0];
    assert.deepEqual([unknown.message.startsWith(`Unknown session 'quidditch' — expected gym, run, rest`), unknown.fixes, unknown.unknownWord?.word], [true, undefined, 'quidditch']);
  });
});

describe('issue 12: a user vocabulary', () => {
  it('adds phrases that read as their session, and wins over the built-in one', () => {
    const { vocabulary, errors } = createVocabulary({ climbing: 'sport easy', 'long bike': 'bike easy 2h', parkrun: 'run easy 5km' });
    assert.deepEqual(errors, []);
    const plan = parsePlan('Mon: climbing\nTue: long bike\nWed: parkrun', { vocabulary });
    assert.deepEqual(plan.syntaxErrors, []);
    const [mon, tue, wed] = plan.weeks[0].days.map((day) => day.sessions[0]);
    assert.deepEqual([shape(mon), shape(tue), tue.attributes.duration?.value, shape(wed)], [
      { kind: 'sport', sport: 'climbing', effort: 'easy' },
      { kind: 'cross', activity: 'bike', effort: 'easy' },
      120,
      { kind: 'run', runType: 'easy' },
    ]);
    assert.equal(plan.vocabulary, vocabulary);
  });

  it('reports a bad entry and keeps the others', () => {
    const { vocabulary, errors } = createVocabulary({ quidditch: 'spurt hard', 'a  b c d e': 'gym', ok: 'gym' });
    assert.deepEqual(errors.map((e) => e.phrase), ['quidditch', 'a  b c d e']);
    assert.match(errors[0].message, /^'quidditch': 'spurt hard' does not read as a session/);
    assert.deepEqual(parsePlan('Mon: ok', { vocabulary }).syntaxErrors, []);
  });
});

describe('issue 12: the vocabulary of .hybridrc.json', () => {
  it('reads "vocabulary" into the configuration, and reports a bad entry in plan words', () => {
    const { config, problems } = resolveConfig([{ vocabulary: { climbing: 'sport hard', quidditch: 'spurt hard', bad: 3 } }]);
    assert.deepEqual(problems.map((p) => p.split(' — ')[0].split(' does not')[0]), [`vocabulary 'bad' must map to a session written as text, like "sport hard", not number 3`, `vocabulary 'quidditch': 'spurt hard'`]);
    const plan = parsePlan('Mon: climbing', { vocabulary: vocabularyOf(config) });
    assert.deepEqual([plan.syntaxErrors, shape(plan.weeks[0].days[0].sessions[0])], [[], { kind: 'sport', sport: 'climbing', effort: 'hard' }]);
    assert.equal(vocabularyOf(resolveConfig([{ rules: {} }]).config), undefined);
    assert.deepEqual(resolveConfig([{ vocabulary: [] }]).problems, [`'vocabulary' must be an object mapping a word to a session, like {"climbing": "sport hard"}, not ${resolveConfig([{ vocabulary: [] }]).problems[0].split(', not ')[1]}`]);
  });
});
