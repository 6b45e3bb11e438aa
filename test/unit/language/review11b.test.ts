// review11b: a fresh review of the lead's eleventh-session forms (a span of the day, rugby's words, a list of days
// after `;`). Each case was read wrongly on main at 91e1e29; see docs/language-decisions.md, "Lists of days, a week's
// figures, doubles logs in minutes".
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/engine';
import { canonicalEdits } from '../../../server/src/analysis/canonical';
import { sessionNotation } from '../../corpus/measure';
import { planTokens } from '../../../server/src/features/semanticTokens';
import { applyEdits, rearrange, swapDays } from '../../../server/src/analysis/edits';

/** Each session of the plan as `weekday notation @start duration` (start and duration in minutes, `-` when none). */
function sessions(text: string): string[] {
  const plan = parsePlan(text);
  return plan.weeks[0]!.days.flatMap((day) =>
    day.sessions.map((session) => `${day.weekday} ${sessionNotation(session)} @${session.attributes.time?.value.clockMinutes ?? '-'} ${session.attributes.duration?.value ?? '-'}`),
  );
}

function messages(text: string): string[] {
  return parsePlan(text).syntaxErrors.map((issue) => issue.message);
}

describe('a span of the day, not a run\'s figures (review11b)', () => {
  it('keeps a run\'s whole numbers before a spaced am/pm as miles in that half of the day (`run 4-5 pm`), as `run 5 pm`', () => {
    // Main read `4-5 pm` as 4 to 5 pm: a 60-minute run at 16:00, and in a double the second half of day twice.
    assert.deepEqual(sessions('Mon: run 4-5 pm\n'), ['0 run easy @- -']);
    assert.deepEqual(messages('Mon: AM run 8-10, PM run 4-5 pm\n').filter((message) => message.startsWith('Time of day')), []);
    assert.equal(parsePlan('Mon: run 4-5 pm\n').weeks[0]!.days[0]!.sessions[0]!.attributes.distance?.value, 8.04672);
    // Glued or with minutes it is still the span of the day; a gym's or a sport's spaced hours too.
    assert.deepEqual(sessions('Mon: run 4-5pm\nTue: run 6:30-7:30 am\nWed: squad training 7-8 pm\n'), ['0 run easy @960 60', '1 run easy @390 60', '2 sport hard @1140 60']);
  });

  it('keeps a run\'s range of minutes with no am/pm as its time (`tempo 20:00-22:00`), not 8 to 10 pm', () => {
    // Main: a 120-minute tempo run starting at 20:00.
    assert.deepEqual(sessions('Mon: tempo 20:00-22:00\n'), ['0 run quality @- -']);
    assert.deepEqual(messages('Mon: tempo 20:00-22:00\n'), [`'20:00-22:00' needs a unit — minutes (45min), hours (1h), or a distance (10km, 800m, 6mi)`]);
    // A gym's 24-hour span stays.
    assert.deepEqual(sessions('Mon: gym 18:00-19:30\n'), ['0 gym full @1080 90']);
  });

  it('reads no span before a unit (`13:00-14:00 min/mile`, `@ 13:00-14:00 pace`)', () => {
    // Main: a 60-minute walk at 13:00 in both.
    assert.deepEqual(sessions('Mon: walk 13:00-14:00 min/mile\n'), ['0 cross easy @- -']);
    assert.deepEqual(sessions('Mon: walk 3 mi @ 13:00-14:00 pace\n').map((line) => line.endsWith(' 60')), [false]);
  });
});

describe('rugby\'s words in plain English (review11b)', () => {
  it('reads `attack` / `defence` before an article or `of` as English, not a team session', () => {
    // Main: `run 5 mi, attack the hills` was a run and a hard sport session (with the ',' warning).
    assert.deepEqual(sessions('Mon: run 5 mi, attack the hills\n'), ['0 run quality @- -']);
    assert.deepEqual(messages('Mon: run 5 mi, attack the hills\n'), []);
    assert.deepEqual(sessions('Mon: attack the hills 6 x hill sprints\n'), ['0 run quality @- -']);
    assert.deepEqual(sessions('Mon: defence of the title, rest\n'), ['0 rest @- -']);
    // The sessions themselves stay.
    assert.deepEqual(sessions('Mon: Attack 40 min\nTue: Defence\nWed: attack session + weights\n'), ['0 sport hard @- 40', '1 sport hard @- -', '2 sport hard @- -', '2 gym full @- -']);
  });
});

describe('a list of days with a time of day or an aside after `;` (review11b)', () => {
  it('starts the next statement at `Tue/Thu am:`, `Tue/Thu (am):`, `Tue/Thu (1 hr):` and `Every Tuesday:` after `;`', () => {
    // Main read each as Monday's session (`Separate the sessions of one day with '+'`), or Tuesday twice.
    assert.deepEqual(sessions('Mon: gym; Tue/Thu am: run 3 mi\n'), ['0 gym full @- -', '1 run easy @- -', '3 run easy @- -']);
    assert.deepEqual(parsePlan('Mon: gym; Tue/Thu am: run 3 mi\n').weeks[0]!.days[1]!.sessions[0]!.attributes.time?.value.period, 'am');
    assert.deepEqual(sessions('Mon: gym; Tue/Thu (am): run 3 mi\n'), ['0 gym full @- -', '1 run easy @- -', '3 run easy @- -']);
    assert.deepEqual(sessions('Mon: gym; Tue/Thu (1 hr): swim\n'), ['0 gym full @- -', '1 cross easy @- 60', '3 cross easy @- 60']);
    assert.deepEqual(sessions('Mon: gym; Every Tuesday: run 3 mi\n'), ['0 gym full @- -', '1 run easy @- -']);
    assert.deepEqual(messages('Mon: gym; Every Tuesday: run 3 mi\n'), []);
    // The quick fix writes each day with its time of day; the canonical rewrite keeps the label.
    const plan = parsePlan('Mon: gym; Tue/Thu am: run 3 mi\n');
    assert.equal(plan.syntaxErrors[0]!.fixes![0]!.edits[0]!.newText, 'Tue am: run 3 mi; Thu am: run 3 mi');
    assert.deepEqual(canonicalEdits(plan), []);
  });
});

describe('`plan:` with a name without quotes in the editor (review11b)', () => {
  it('colours the unquoted name as the quoted one (a string), not as nothing', () => {
    const line0 = (text: string): string[] => planTokens(parsePlan(text)).filter((token) => token.line === 0).map((token) => `${token.start}+${token.length} ${token.type}`);
    assert.deepEqual(line0('plan: 10K with weights\nMon: run 3 mi\n'), ['0+4 keyword', '6+16 string']);
    assert.deepEqual(line0('plan: 10K # base\n'), ['0+4 keyword', '6+3 string', '10+6 comment']);
    assert.deepEqual(line0('plan "Base block"\n'), ['0+4 keyword', '5+12 string']);
  });
});

describe('a plural with an apostrophe keeps its `s` (review11b)', () => {
  it('reads `…800\'s` typed after `…800\'` as a fresh read does (the day cache\'s key stopped at the apostrophe)', () => {
    const before = "Tue: run 3 mi\nMon: 6 x 800'\n";
    const after = "Tue: run 3 mi\nMon: 6 x 800's\n";
    parsePlan(before);
    // Main kept the reading of `800'` (800 minutes): "'6x800min' is too much for one session", an easy run.
    assert.deepEqual([sessions(after), messages(after)], [['0 run quality @- -', '1 run easy @- -'], []]);
    assert.deepEqual(sessions(after), parsePlan(after, { fresh: true }).weeks[0]!.days.flatMap((day) => day.sessions.map((session) => `${day.weekday} ${sessionNotation(session)} @- -`)));
  });

  it('keeps the whole `800\'s` in the session\'s text and range, so a moved session and a message write it', () => {
    const plan = parsePlan("Mon: gym lower heavy + 6 x 800's\n", { fresh: true });
    const run = plan.weeks[0]!.days[0]!.sessions[1]!;
    // Main: `6 x 800'`, ending before the `s` (a move wrote `6 x 800'`: 800 minutes).
    assert.deepEqual([run.text, run.range.end.column], ["6 x 800's", 32]);
    assert.deepEqual(parsePlan("Mon: 8 x 1K's\nTue: 6 x 800’s w/ 400 jog\n", { fresh: true }).weeks[0]!.days.flatMap((day) => day.sessions.map((session) => session.text)), ["8 x 1K's", '6 x 800’s w/ 400 jog']);
  });

  it('keeps the written characters of quoted texts and comments (`plan "Yasso 800\'s"`, `# 4×400`)', () => {
    const plan = parsePlan('plan "Yasso 800\'s"\nMon: run 3 mi "the 800\'s" # 4×400\n', { fresh: true });
    // Main: the title `Yasso 800s `, the note `the 800s `, the comment `4x400`.
    assert.deepEqual([plan.title?.name, plan.weeks[0]!.days[0]!.sessions[0]!.attributes.note?.value, plan.comments.map((comment) => comment.text)], ["Yasso 800's", "the 800's", ['4×400']]);
  });
});

describe('a time after `time` that is no time to beat (review11b)', () => {
  it('is the session\'s time after a comma too (`Long run 20 mi, time 2:40:00`), as after `in`', () => {
    // Main dropped it: the long run had no time (the week's totals lost 160 minutes).
    assert.deepEqual(sessions('Sun: Long run 20 mi, time 2:40:00\nSat: Long run 20 mi in 2:40:00\n'), ['5 run long @- 160', '6 run long @- 160']);
    // A time to beat is still one (no time of the session).
    assert.deepEqual(sessions('Mon: 2 mile run, time: 16:30\n'), ['0 run quality @- -']);
  });
});

describe('a light or heavy weight carried (review11b)', () => {
  it('reads `with light weight vest`, `a heavy weight pack` as how the session is done, not a gym session', () => {
    // Main added a gym session to each (a heavy-legs one for the pack).
    assert.deepEqual(sessions('Mon: run 5 mi with light weight vest\nTue: hike with a heavy weight pack\nWed: walk 30 min, light weight vest\n'), ['0 run easy @- -', '1 cross easy @- -', '2 cross easy @- 30']);
    // `light weight` / `heavy weight` as a lift stay a gym session.
    assert.deepEqual(sessions('Mon: light weight high reps\nTue: heavy weight squats 5x5\nWed: run 3 mi + light weight\n'), ['0 gym full @- -', '1 gym lower heavy-legs @- -', '2 run easy @- -', '2 gym full @- -']);
  });
});

describe('a session that took words from its label\'s aside, moved (review11b)', () => {
  it('keeps the run type, focus or intensity the aside gave it (`Wednesday (tempo): 5 mi` moved is `tempo 5 mi`)', () => {
    const text = 'Monday (upper body): weights\nTuesday (legs): squats 5x5 heavy\nWednesday (tempo): 5 mi\nThu: rest\nFri: rest\nSat: run long 8mi\nSun: rest\n';
    const plan = parsePlan(text);
    const tempo = plan.weeks[0]!.days[2]!.sessions[0]!;
    const upper = plan.weeks[0]!.days[0]!.sessions[0]!;
    // Main wrote `Thu: 5 mi` (an easy run) and `weights` (a full-body session).
    assert.equal(applyEdits(text, rearrange(plan, tempo.entry.block, [{ session: tempo, to: 3 }])).split('\n')[3], 'Thu: tempo 5 mi');
    assert.equal(applyEdits(text, rearrange(plan, upper.entry.block, [{ session: upper, to: 4 }])).split('\n')[4], 'Fri: upper body weights');
    // Swapping the day keeps the aside on its line: the day words change.
    const swapped = applyEdits(text, swapDays(plan, tempo.entry.block, 2, 3));
    assert.deepEqual(swapped.split('\n').slice(2, 4), ['Thursday (tempo): 5 mi', 'Wed: rest']);
    assert.deepEqual(sessions(swapped).filter((line) => line.includes('run')), ['3 run quality @- -', '5 run long @- -']);
  });
});

describe('a word before one day with its time of day or aside (review11b)', () => {
  it('reads `Every Monday morning:` and `Each Monday (upper body):` as that day, as without the word before it', () => {
    // Main: "Expected a weekday, 'week', 'goal', 'start' or 'plan' at the start of a statement, not 'Every'".
    const plan = parsePlan('Every Monday morning: run 3 mi\nEach Tuesday (upper body): weights\n');
    assert.deepEqual(messages('Every Monday morning: run 3 mi\nEach Tuesday (upper body): weights\n'), []);
    assert.deepEqual(sessions('Every Monday morning: run 3 mi\nEach Tuesday (upper body): weights\n'), ['0 run easy @- -', '1 gym upper @- -']);
    assert.equal(plan.weeks[0]!.days[0]!.sessions[0]!.attributes.time?.value.period, 'am');
    assert.deepEqual(sessions('Mon: gym; Every Tuesday evening: run 3 mi\n'), ['0 gym full @- -', '1 run easy @- -']);
  });
});
