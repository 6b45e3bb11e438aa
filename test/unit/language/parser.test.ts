import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import type { CrossSession, GymSession, Plan, RunSession, Session } from '../../../server/src/language/model';

const r = (line: number, column: number, endLine: number, endColumn: number) => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

function clean(text: string): Plan {
  const plan = parsePlan(text);
  assert.deepEqual(plan.syntaxErrors, [], `unexpected syntax errors in ${JSON.stringify(text)}`);
  return plan;
}

/** The one session of a one-line plan `Mon: <session>`. */
function session(text: string): Session {
  const plan = clean(`Mon: ${text}`);
  const sessions = plan.weeks[0].days[0].sessions;
  assert.equal(sessions.length, 1);
  return sessions[0];
}

function gym(text: string): GymSession {
  const parsed = session(text);
  assert.equal(parsed.kind, 'gym');
  return parsed as GymSession;
}

function run(text: string): RunSession {
  const parsed = session(text);
  assert.equal(parsed.kind, 'run');
  return parsed as RunSession;
}

describe('parsePlan: statements', () => {
  it('reads the spec example: title, goal, seven days and a comment', () => {
    const plan = clean(
      '# Balanced hybrid week, from the training guide\nplan "Balanced hybrid"\ngoal: balanced\n\nMon: gym upper heavy\nTue: run intervals 6x800m\nWed: rest\nThu: gym upper\nFri: run long 14km\nSat: gym lower heavy\nSun: rest\n',
    );
    assert.equal(plan.title?.name, 'Balanced hybrid');
    assert.deepEqual(plan.title?.range, r(1, 0, 1, 22));
    assert.equal(plan.singleWeek, true);
    assert.equal(plan.weeks.length, 1);
    assert.equal(plan.weeks[0].number, 1);
    assert.equal(plan.weeks[0].goal, 'balanced');
    assert.deepEqual(
      plan.weeks[0].days.map((day) => day.sessions.map((s) => s.text).join(' + ')),
      ['gym upper heavy', 'run intervals 6x800m', 'rest', 'gym upper', 'run long 14km', 'gym lower heavy', 'rest'],
    );
    assert.deepEqual(plan.comments, [{ text: 'Balanced hybrid week, from the training guide', range: r(0, 0, 0, 47), ownLine: true }]);
    assert.deepEqual(plan.statements.map((s) => s.type), ['title', 'goal', 'day', 'day', 'day', 'day', 'day', 'day', 'day']);
    assert.equal(plan.blocks.length, 1);
    assert.equal(plan.blocks[0].header, undefined);
    assert.deepEqual(plan.blocks[0].range, r(2, 0, 10, 9));
  });

  it('parses the one-liner form with ; and +', () => {
    const plan = clean('Mon: gym upper heavy; Tue: run intervals + gym upper light');
    const [mon, tue] = plan.weeks[0].days;
    assert.equal(mon.sessions[0].text, 'gym upper heavy');
    assert.deepEqual(mon.entries[0].range, r(0, 0, 0, 20));
    assert.deepEqual(tue.sessions.map((s) => s.text), ['run intervals', 'gym upper light']);
    assert.deepEqual(tue.sessions[1].range, r(0, 43, 0, 58));
    assert.deepEqual(tue.entries[0].dayRange, r(0, 22, 0, 25));
    assert.deepEqual(tue.entries[0].colonEnd, { line: 0, column: 26 });
  });

  it('accepts every weekday form, case-insensitively', () => {
    const forms = ['Mon', 'tue', 'WED', 'Thursday', 'friday', 'Sa', 'su', 'MO', 'Tu', 'We', 'Th', 'Fr', 'SAT', 'Sunday', 'Monday', 'tuesday', 'Wednesday', 'SATURDAY'];
    const plan = clean(forms.map((form) => `${form}: rest`).join('\n'));
    const weekdays = plan.statements.map((s) => (s.type === 'day' ? s.weekday : -1));
    assert.deepEqual(weekdays, [0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 5]);
  });

  it('reads goal forms: colon optional, case-insensitive, several goals in one statement', () => {
    assert.deepEqual(clean('goal running').goals[0].goals.map((g) => g.value), ['running']);
    assert.deepEqual(clean('GOAL: Strength').goals[0].goals.map((g) => g.value), ['strength']);
    const two = clean('goal: strength, running').goals[0];
    assert.deepEqual(two.goals.map((g) => g.value), ['strength', 'running']);
    assert.deepEqual(two.goals[1].range, r(0, 16, 0, 23));
    assert.deepEqual(clean('goal: strength and balanced').goals[0].goals.map((g) => g.value), ['strength', 'balanced']);
  });

  it('reads start with and without a colon', () => {
    const plan = clean('start: 2026-12-07\nMon: rest');
    assert.equal(plan.start?.date, '2026-12-07');
    assert.deepEqual(plan.start?.dateRange, r(0, 7, 0, 17));
    assert.equal(clean('start 2026-12-07').start?.date, '2026-12-07');
  });

  it('reads week headers: number, range, label after a colon, label as a string', () => {
    const plan = clean('week 1\nMon: rest\nweek 2-4: build phase one\nMon: rest\nweek 5 "Taper"\nMon: rest\nWeek 6:\nMon: rest');
    const headers = plan.blocks.map((block) => block.header);
    assert.deepEqual(headers.map((h) => [h?.from, h?.to, h?.label?.value]), [
      [1, 1, undefined],
      [2, 4, 'build phase one'],
      [5, 5, 'Taper'],
      [6, 6, undefined],
    ]);
    assert.deepEqual(headers[1]?.numberRange, r(2, 5, 2, 8));
    assert.deepEqual(headers[1]?.label?.range, r(2, 10, 2, 25));
    assert.deepEqual(headers[2]?.label?.range, r(4, 7, 4, 14));
    assert.deepEqual(headers[1]?.range, r(2, 0, 2, 25));
  });

  it('keeps a keyword inside a week label', () => {
    const plan = clean('week 3: start of the build week\nMon: rest');
    assert.equal(plan.blocks[0].header?.label?.value, 'start of the build week');
  });
});

describe('parsePlan: weeks', () => {
  it('expands a range into one week per repeat, sharing the block and its sessions', () => {
    const plan = clean('week 1\nMon: gym\nweek 2-4: build\nTue: run tempo\n');
    assert.deepEqual(plan.weeks.map((w) => [w.number, w.repeatIndex]), [[1, 0], [2, 0], [3, 1], [4, 2]]);
    assert.equal(plan.singleWeek, false);
    const [, two, three, four] = plan.weeks;
    assert.equal(two.block, three.block);
    assert.equal(three.block, four.block);
    assert.equal(two.days[1].sessions[0], four.days[1].sessions[0]);
    assert.equal(two.days[0].sessions.length, 0);
    assert.equal(plan.weeks[0].days[0].sessions[0].kind, 'gym');
  });

  it('makes days written before the first week line week 1', () => {
    const plan = clean('goal: running\nMon: run\nTue: gym\nweek 2: next\nWed: rest');
    assert.deepEqual(plan.weeks.map((w) => [w.number, w.block.header?.from, w.goal]), [[1, undefined, 'running'], [2, 2, 'running']]);
    assert.deepEqual(plan.weeks[0].days.map((d) => d.sessions.length), [1, 1, 0, 0, 0, 0, 0]);
    assert.equal(plan.singleWeek, false);
    assert.deepEqual(plan.blocks[0].range, r(1, 0, 2, 8));
  });

  it('sorts weeks by number when written out of order', () => {
    const plan = clean('week 3\nMon: rest\nweek 1-2\nTue: rest');
    assert.deepEqual(plan.weeks.map((w) => w.number), [1, 2, 3]);
  });

  it('adds the sessions of a weekday written twice after each other (am / pm lines)', () => {
    const plan = clean('Mon am: run easy\nTue: rest\nMon pm: gym lower');
    const monday = plan.weeks[0].days[0];
    assert.equal(monday.entries.length, 2);
    assert.deepEqual(monday.sessions.map((s) => s.text), ['run easy', 'gym lower']);
    assert.deepEqual(monday.sessions.map((s) => s.attributes.time?.value), [
      { period: 'am', fromDay: true },
      { period: 'pm', fromDay: true },
    ]);
    assert.deepEqual(monday.entries[0].period, { value: 'am', range: r(0, 4, 0, 6) });
    assert.deepEqual(monday.sessions[1].attributes.time?.range, r(2, 4, 2, 6));
  });

  it('lets a session time win over the day line am/pm', () => {
    const plan = clean('Mon am: run easy + gym @18:00');
    const [first, second] = plan.weeks[0].days[0].sessions;
    assert.deepEqual(first.attributes.time?.value, { period: 'am', fromDay: true });
    assert.deepEqual(second.attributes.time?.value, { clockMinutes: 1080, period: 'pm' });
  });

  it('gives unplanned weekdays no entries and no sessions', () => {
    const plan = clean('Wed: rest');
    assert.deepEqual(plan.weeks[0].days.map((d) => d.entries.length), [0, 0, 1, 0, 0, 0, 0]);
  });

  it('has no weeks for an empty file or a file with only comments and a goal', () => {
    assert.deepEqual(clean('').weeks, []);
    assert.deepEqual(clean('# nothing yet\ngoal: running\n').weeks, []);
    assert.equal(clean('goal: running').goals.length, 1);
  });

  it('ends a block at its last non-empty line, comments included', () => {
    const plan = clean('week 1\nMon: rest\n# easy week\n\nweek 2\nTue: rest');
    assert.deepEqual(plan.blocks[0].range, r(0, 0, 2, 11));
    assert.deepEqual(plan.blocks[1].range, r(4, 0, 5, 9));
  });
});

describe('parsePlan: goal in force per week', () => {
  it('uses the file-top goal, and a goal inside a week from that week on', () => {
    const plan = clean('goal: strength\nweek 1\nMon: rest\nweek 2-3\ngoal: running\nMon: rest\nweek 4\nMon: rest');
    assert.deepEqual(plan.weeks.map((w) => w.goal), ['strength', 'running', 'running', 'running']);
    assert.deepEqual(plan.blocks[1].statements.map((s) => s.type), ['goal', 'day']);
  });

  it('follows week order, not source order', () => {
    const plan = clean('goal: strength\nweek 2\ngoal: running\nMon: rest\nweek 1\nMon: rest');
    assert.deepEqual(plan.weeks.map((w) => [w.number, w.goal]), [[1, 'strength'], [2, 'running']]);
  });

  it('takes any goal of a file without weeks as the plan goal, even after the days', () => {
    const plan = clean('Mon: rest\ngoal: running');
    assert.equal(plan.weeks[0].goal, 'running');
    assert.deepEqual(plan.blocks[0].statements.map((s) => s.type), ['day', 'goal']);
  });

  it('has no goal when none is written', () => {
    assert.equal(clean('Mon: rest').weeks[0].goal, undefined);
  });
});

describe('parsePlan: sessions', () => {
  it('rest and off', () => {
    assert.equal(session('rest').kind, 'rest');
    assert.equal(session('off').kind, 'rest');
    assert.equal(session('Rest "sick"').attributes.note?.value, 'sick');
  });

  it('gym with defaults, focus, intensity, lift alias and bare focus words', () => {
    const plain = gym('gym');
    assert.deepEqual([plain.focus, plain.intensity, plain.focusRange, plain.intensityRange], ['full', 'moderate', undefined, undefined]);
    const full = gym('gym lower heavy');
    assert.deepEqual([full.focus, full.intensity], ['lower', 'heavy']);
    assert.deepEqual(full.focusRange, r(0, 9, 0, 14));
    assert.deepEqual(full.intensityRange, r(0, 15, 0, 20));
    assert.deepEqual(full.keywordRange, r(0, 5, 0, 8));
    assert.equal(gym('lift push light').focus, 'push');
    assert.equal(gym('LIFT pull').focus, 'pull');
    assert.equal(gym('gym core').focus, 'core');
    assert.equal(gym('gym legs').focus, 'lower');
    const bare = gym('upperbody');
    assert.deepEqual([bare.focus, bare.intensity], ['upper', 'moderate']);
    assert.deepEqual(bare.focusRange, r(0, 5, 0, 14));
    assert.deepEqual(bare.keywordRange, r(0, 5, 0, 14));
    assert.equal(gym('lowerbody heavy').intensity, 'heavy');
    assert.equal(gym('upper').focus, 'upper');
    assert.equal(gym('legs heavy').focus, 'lower');
    assert.equal(gym('full-body').focus, 'full');
    const twoWords = gym('gym upper body heavy');
    assert.deepEqual(twoWords.focusRange, r(0, 9, 0, 19));
  });

  it('run with default type and every run type', () => {
    const plain = run('run');
    assert.deepEqual([plain.runType, plain.runTypeRange], ['easy', undefined]);
    for (const type of ['easy', 'recovery', 'long', 'tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race'] as const) {
      assert.equal(run(`run ${type}`).runType, type);
    }
    assert.deepEqual(run('RUN Tempo').runTypeRange, r(0, 9, 0, 14));
  });

  it('every cross-training activity, easy by default, hard when marked', () => {
    for (const activity of ['bike', 'swim', 'row', 'walk', 'hike', 'mobility', 'yoga'] as const) {
      const parsed = session(activity) as CrossSession;
      assert.deepEqual([parsed.kind, parsed.activity, parsed.effort, parsed.effortRange], ['cross', activity, 'easy', undefined]);
    }
    const hard = session('bike hard 60min') as CrossSession;
    assert.deepEqual([hard.effort, hard.effortRange], ['hard', r(0, 10, 0, 14)]);
  });

  it('durations', () => {
    const cases: [string, number][] = [['45min', 45], ['90min', 90], ['1h', 60], ['1h30', 90], ['1h30min', 90], ['2h05m', 125], ['1.5h', 90], ['40mins', 40]];
    for (const [text, minutes] of cases) assert.equal(run(`run ${text}`).attributes.duration?.value, minutes, text);
    assert.deepEqual(run('run 45min').attributes.duration?.range, r(0, 9, 0, 14));
  });

  it('distances in km, k, m and mi', () => {
    const cases: [string, number][] = [['10km', 10], ['10k', 10], ['800m', 0.8], ['21.1km', 21.1], ['6mi', 6 * 1.609344]];
    for (const [text, km] of cases) assert.equal(run(`run ${text}`).attributes.distance?.value, km, text);
  });

  it('repeats of distance, time, seconds and reps', () => {
    assert.deepEqual(run('run intervals 6x800m').attributes.repeats, { value: { count: 6, eachKm: 0.8 }, range: r(0, 19, 0, 25) });
    assert.deepEqual(run('run 5x1km').attributes.repeats?.value, { count: 5, eachKm: 1 });
    assert.deepEqual(run('run 4x4min').attributes.repeats?.value, { count: 4, eachMinutes: 4 });
    assert.deepEqual(run('run hills 10x30s').attributes.repeats?.value, { count: 10, eachMinutes: 0.5 });
    assert.deepEqual(gym('gym 5x5').attributes.repeats?.value, { count: 5, reps: 5 });
  });

  it('times of day: clock, am/pm clock, bare am and pm', () => {
    const cases: [string, object][] = [
      ['@07:00', { clockMinutes: 420, period: 'am' }],
      ['@7am', { clockMinutes: 420, period: 'am' }],
      ['@18:30', { clockMinutes: 1110, period: 'pm' }],
      ['@7pm', { clockMinutes: 1140, period: 'pm' }],
      ['@12am', { clockMinutes: 0, period: 'am' }],
      ['@12pm', { clockMinutes: 720, period: 'pm' }],
      ['@ 6:15am', { clockMinutes: 375, period: 'am' }],
      ['am', { period: 'am' }],
      ['PM', { period: 'pm' }],
    ];
    for (const [text, value] of cases) assert.deepEqual(run(`run ${text}`).attributes.time?.value, value, text);
    assert.deepEqual(run('run @07:00').attributes.time?.range, r(0, 9, 0, 15));
  });

  it('effort as rpe and zone', () => {
    const parsed = run('run easy rpe 3 z2');
    assert.deepEqual(parsed.attributes.rpe, { value: 3, range: r(0, 14, 0, 19) });
    assert.deepEqual(parsed.attributes.zone, { value: 2, range: r(0, 20, 0, 22) });
    assert.equal(run('run RPE 10').attributes.rpe?.value, 10);
    assert.equal(run('run Z5').attributes.zone?.value, 5);
  });

  it('notes with escapes', () => {
    const parsed = run('run "felt \\"flat\\" \\\\ tired"');
    assert.equal(parsed.attributes.note?.value, 'felt "flat" \\ tired');
    assert.deepEqual(parsed.attributes.note?.range, r(0, 9, 0, 33));
  });

  it('attributes in any order', () => {
    const parsed = run('run z2 "x" 10km @6am 50min long rpe 4');
    assert.equal(parsed.runType, 'long');
    assert.deepEqual(
      Object.keys(parsed.attributes).sort(),
      ['distance', 'duration', 'note', 'rpe', 'time', 'zone'],
    );
  });

  it('exercises with sets×reps, sets×time and every load form', () => {
    const parsed = gym('gym lower heavy [Back  Squat 5x5 @80%, rdl 3x8 @100kg, plank 3x60s, hip thrust 3x10 @225lb, split squat 3x8 @rpe 8, carry]');
    assert.deepEqual(parsed.exercisesRange, r(0, 21, 0, 127));
    assert.deepEqual(
      parsed.exercises.map(({ name, sets, reps, seconds, load }) => ({ name, sets, reps, seconds, load })),
      [
        { name: 'back squat', sets: 5, reps: 5, seconds: undefined, load: { text: '80%', percent: 80 } },
        { name: 'rdl', sets: 3, reps: 8, seconds: undefined, load: { text: '100kg', kg: 100 } },
        { name: 'plank', sets: 3, reps: undefined, seconds: 60, load: undefined },
        { name: 'hip thrust', sets: 3, reps: 10, seconds: undefined, load: { text: '225lb', kg: 102.06 } },
        { name: 'split squat', sets: 3, reps: 8, seconds: undefined, load: { text: 'rpe 8', rpe: 8 } },
        { name: 'carry', sets: undefined, reps: undefined, seconds: undefined, load: undefined },
      ],
    );
    assert.deepEqual(parsed.exercises[0].range, r(0, 22, 0, 42));
    assert.deepEqual(parsed.exercises[0].nameRange, r(0, 22, 0, 33));
  });

  it('keeps session text, range and keyword range exact', () => {
    const plan = clean('  Tue:   run   tempo  45min   +  gym  ');
    const [first, second] = plan.weeks[0].days[1].sessions;
    assert.equal(first.text, 'run   tempo  45min');
    assert.deepEqual(first.range, r(0, 9, 0, 27));
    assert.equal(second.text, 'gym');
    assert.deepEqual(second.range, r(0, 33, 0, 36));
    assert.equal(first.entry, plan.weeks[0].days[1].entries[0]);
    assert.equal(first.entry.block, plan.blocks[0]);
    assert.deepEqual(first.entry.range, r(0, 2, 0, 36));
  });
});

describe('parsePlan: comments and suppressions', () => {
  it('keeps trailing and own-line comments, out of statement ranges', () => {
    const plan = clean('Mon: gym # heavy day\n  # a note\n');
    assert.deepEqual(plan.comments, [
      { text: 'heavy day', range: r(0, 9, 0, 20), ownLine: false },
      { text: 'a note', range: r(1, 2, 1, 10), ownLine: true },
    ]);
    assert.deepEqual(plan.statements[0].range, r(0, 0, 0, 8));
  });

  it('does not treat # inside a note as a comment', () => {
    const plan = clean('Mon: run "lap #3"');
    assert.equal(plan.comments.length, 0);
    assert.equal(plan.weeks[0].days[0].sessions[0].attributes.note?.value, 'lap #3');
  });

  it('reads hybrid-ignore and hybrid-ignore-file with and without rule ids', () => {
    const plan = clean(
      '# hybrid-ignore-file rest-days, gym-frequency\nMon: gym + run  # hybrid-ignore same-day-spacing session-order -- on purpose\nTue: run # hybrid-ignore\n# hybrid-ignore-file\n',
    );
    assert.deepEqual(plan.suppressions, [
      { scope: 'file', rules: ['rest-days', 'gym-frequency'], line: 0, range: r(0, 0, 0, 45) },
      { scope: 'line', rules: ['same-day-spacing', 'session-order'], line: 1, range: r(1, 16, 1, 76) },
      { scope: 'line', rules: [], line: 2, range: r(2, 9, 2, 24) },
      { scope: 'file', rules: [], line: 3, range: r(3, 0, 3, 20) },
    ]);
  });

  it('does not read hybrid-ignorefoo as a suppression', () => {
    assert.deepEqual(clean('# hybrid-ignorefoo\nMon: rest').suppressions, []);
  });
});

describe('parsePlan: line ends, BOM and case', () => {
  it('gives the same ranges with CRLF as with LF', () => {
    const lf = clean('goal: running\nMon: run easy # x\nTue: gym');
    const crlf = clean('goal: running\r\nMon: run easy # x\r\nTue: gym');
    const ranges = (plan: Plan) => plan.statements.map((s) => s.range);
    assert.deepEqual(ranges(crlf), ranges(lf));
    assert.deepEqual(crlf.comments, lf.comments);
    assert.deepEqual(crlf.weeks[0].days[1].sessions[0].range, r(2, 5, 2, 8));
  });

  it('ignores a leading BOM; ranges stay positions in the given text', () => {
    const plan = clean('\ufeffplan "x"\nMon: gym');
    assert.equal(plan.title?.name, 'x');
    assert.deepEqual(plan.title?.range, r(0, 1, 0, 9));
    assert.deepEqual(plan.weeks[0].days[0].sessions[0].range, r(1, 5, 1, 8));
  });

  it('reads keywords in any case', () => {
    const plan = clean('PLAN "x"\nGoal: RUNNING\nStart: 2026-12-07\nWEEK 1-2: Base\nmonday: GYM LOWER HEAVY 1H + Run TEMPO 10KM @7AM\n');
    const [gymSession, runSession] = plan.weeks[1].days[0].sessions as [GymSession, RunSession];
    assert.deepEqual([gymSession.focus, gymSession.intensity, gymSession.attributes.duration?.value], ['lower', 'heavy', 60]);
    assert.deepEqual([runSession.runType, runSession.attributes.distance?.value, runSession.attributes.time?.value.clockMinutes], ['tempo', 10, 420]);
    assert.equal(plan.weeks[0].goal, 'running');
  });

  it('treats tabs as whitespace', () => {
    assert.equal(clean('Mon:\tgym\tlower').weeks[0].days[0].sessions[0].text, 'gym\tlower');
  });
});
