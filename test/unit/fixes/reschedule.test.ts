// Fix-all: which sessions move where, the exact rescheduled text, what is left alone, idempotence.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { resolveConfig } from '../../../server/src/rules/config';
import { fixAll, rescheduleWeek, SCHEDULING_RULES } from '../../../server/src/fixes/reschedule';
import { applyEdits } from '../../../server/src/analysis/edits';
import type { ResolvedConfig } from '../../../server/src/rules/types';
import { lines } from '../edits/helpers';

function fixed(text: string, config?: ResolvedConfig): { text: string; moves: string[] } {
  const result = fixAll(parsePlan(text), config);
  return { text: applyEdits(text, result.edits), moves: result.moves.map((m) => `week ${m.week}: ${m.session} ${m.from} → ${m.to}`) };
}

const blocking = (text: string, config?: ResolvedConfig): string[] =>
  checkPlan(parsePlan(text), config)
    .filter((d) => SCHEDULING_RULES.has(d.rule) && d.severity !== 'info')
    .map((d) => `${d.rule}@${d.range.start.line}`);

describe('fixAll', () => {
  it('stops at the plan-wide budget, fixes the weeks it searched, names the others, and a second run goes on', () => {
    const week = (n: number): string => `week ${n}\nMon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nFri: gym full\nSat: run easy\n`;
    const text = [1, 2, 3, 4, 5, 6].map(week).join('');
    // Six weeks, each search counted as 6: a budget of 20 lets three blocks be searched.
    const first = fixAll(parsePlan(text), undefined, 20);
    assert.deepEqual(first.moves.map((m) => m.week), [1, 2, 3]);
    assert.deepEqual(first.unsearched, [4, 5, 6]);
    const second = fixAll(parsePlan(applyEdits(text, first.edits)), undefined, 20);
    assert.deepEqual(second.moves.map((m) => m.week), [4, 5, 6]);
    assert.equal(second.unsearched, undefined);
    // With the default budget one run does it all, the same way.
    const all = fixAll(parsePlan(text));
    assert.equal(all.unsearched, undefined);
    assert.equal(applyEdits(applyEdits(text, first.edits), second.edits), applyEdits(text, all.edits));
  });

  it('moves the fewest sessions the shortest way to clear the scheduling errors and warnings', () => {
    const text = lines(
      'goal: strength',
      'Mon: gym lower heavy + run intervals 6x800m',
      'Tue: rest',
      'Wed: gym upper heavy',
      'Thu: run easy 40min',
      'Fri: gym lower heavy',
      'Sat: run long 16km',
      'Sun: rest',
    );
    assert.deepEqual(blocking(text), ['hard-same-day@1', 'hard-after-heavy-legs@6']);
    const result = fixed(text);
    // The intervals never join the long run (a quality and a long run on one day are hard on hard).
    assert.deepEqual(result.moves, ['week 1: gym lower heavy Mon → Tue', 'week 1: run intervals 6x800m Mon → Sun', 'week 1: run long 16km Sat → Mon']);
    assert.equal(
      result.text,
      lines(
        'goal: strength',
        'Mon: run long 16km',
        'Tue: gym lower heavy',
        'Wed: gym upper heavy',
        'Thu: run easy 40min',
        'Fri: gym lower heavy',
        'Sat: rest',
        'Sun: run intervals 6x800m',
      ),
    );
    assert.deepEqual(blocking(result.text), []);
  });

  it('takes one move over two, nearest day first, wrapping Sunday → Monday in a single-week one-liner', () => {
    const text = 'goal: balanced; Mon: gym lower heavy; Tue: run tempo; Wed: rest; Thu: gym upper; Sat: run long; Sun: rest';
    const result = fixed(text);
    assert.deepEqual(result.moves, ['week 1: gym lower heavy Mon → Sun']);
    assert.equal(result.text, 'goal: balanced; Mon: rest; Tue: run tempo; Wed: rest; Thu: gym upper; Sat: run long; Sun: gym lower heavy');
  });

  it('moves a session to a free day rather than onto a nearer day that already holds training', () => {
    // Moving Tuesday's heavy legs to Monday is one day away but stacks two gym sessions; Sunday (two days back,
    // wrapping) is free.
    const text = lines('goal: balanced', 'Mon: gym upper', 'Tue: gym lower heavy', 'Wed: run tempo', 'Thu: gym push', 'Sat: run easy');
    assert.deepEqual(blocking(text), ['hard-after-heavy-legs@3']);
    const result = fixed(text);
    assert.deepEqual(result.moves, ['week 1: gym lower heavy Tue → Sun']);
    assert.equal(result.text, lines('goal: balanced', 'Mon: gym upper', 'Tue: rest', 'Wed: run tempo', 'Thu: gym push', 'Sat: run easy', 'Sun: gym lower heavy'));
    assert.deepEqual(blocking(result.text), []);
  });

  it('clears every repeat of a week range, including its own Sunday → Monday, and leaves other blocks alone', () => {
    const text = lines(
      'goal: balanced',
      'week 1',
      '  Mon: gym upper heavy',
      '  Tue: run intervals',
      '  Wed: rest',
      '  Thu: gym upper',
      '  Fri: run long',
      '  Sat: gym lower heavy',
      '  Sun: rest',
      'week 2-4',
      '  Mon: run long 18km',
      '  Tue: run easy',
      '  Wed: gym upper heavy',
      '  Thu: rest',
      '  Fri: run tempo',
      '  Sat: rest',
      '  Sun: gym lower heavy',
    );
    assert.deepEqual(blocking(text), ['hard-after-heavy-legs@10']);
    const result = fixed(text);
    // Sunday's heavy legs cannot go to Saturday (right after Friday's tempo): the long run moves instead, to the free
    // Thursday rather than next to Tuesday's easy run (a free day beats a nearer day that already holds training).
    assert.deepEqual(result.moves, ['week 2: run long 18km Mon → Thu']);
    assert.deepEqual(result.text.split('\n').slice(9), [
      'week 2-4',
      '  Mon: rest',
      '  Tue: run easy',
      '  Wed: gym upper heavy',
      '  Thu: run long 18km',
      '  Fri: run tempo',
      '  Sat: rest',
      '  Sun: gym lower heavy',
    ]);
    assert.deepEqual(result.text.split('\n').slice(0, 9), text.split('\n').slice(0, 9));
    assert.deepEqual(blocking(result.text), []);
  });

  it('leaves a block alone when no arrangement clears it', () => {
    // Five leg-hard sessions cannot be spread over seven days without two in a row.
    const text = lines(
      'goal: balanced',
      'week 1',
      'Mon: gym lower heavy',
      'Tue: run intervals',
      'Wed: gym upper',
      'Thu: run tempo am + gym lower heavy pm',
      'Fri: rest',
      'Sat: run long 20km',
      'Sun: gym legs heavy',
    );
    const plan = parsePlan(text);
    // It says why, in a coach's words: more leg-hard sessions than seven days keep apart, and what to do about it.
    const why = [
      {
        week: 1,
        why: "5 leg-hard sessions ('gym lower heavy', 'run intervals', 'run tempo am', 'gym lower heavy pm', 'gym legs heavy'): a week of 7 days keeps at most 4 a day apart, and two on one day are hard on hard — make one of them easy or drop it",
      },
    ];
    assert.deepEqual(rescheduleWeek(plan, plan.blocks[0]!), { edits: [], moves: [], unresolved: why });
    assert.deepEqual(fixed(text), { text, moves: [] });
    assert.deepEqual(fixAll(plan).unresolved, why);
  });

  it('where no arrangement clears a week, sets am and pm on heavy legs and a quality run written on one day with no times (issue 13)', () => {
    // The guide: "if training on the same day, separate sessions by at least 6–8 hours" — the error becomes the
    // warning hard-same-day gives such a pair, and the sessions keep their day, their words and their order.
    const text = lines(
      'goal: balanced',
      'week 1',
      'Mon: gym lower heavy',
      'Tue: run intervals',
      'Wed: gym upper',
      'Thu: run tempo + gym lower heavy [back squat 5x5] # heavy day',
      'Fri: rest',
      'Sat: run long 20km',
      'Sun: gym legs heavy',
    );
    const plan = parsePlan(text);
    assert.deepEqual(blocking(text), ['hard-after-heavy-legs@3', 'hard-same-day@5']);
    assert.equal(checkPlan(plan).find((d) => d.rule === 'hard-same-day')?.severity, 'error');
    const result = fixAll(plan);
    assert.deepEqual(
      result.moves,
      [
        { week: 1, from: 'Thu', to: 'Thu', session: 'run tempo', time: 'am' },
        { week: 1, from: 'Thu', to: 'Thu', session: 'gym lower heavy [back squat 5x5]', time: 'pm' },
      ],
    );
    const after = applyEdits(text, result.edits);
    assert.equal(after.split('\n')[5], 'Thu: run tempo am + gym lower heavy pm [back squat 5x5] # heavy day');
    assert.deepEqual(lines(...after.split('\n').filter((_, i) => i !== 5).slice(0, -1)), lines(...text.split('\n').filter((_, i) => i !== 5).slice(0, -1)));
    const left = checkPlan(parsePlan(after)).filter((d) => SCHEDULING_RULES.has(d.rule) && d.severity !== 'info');
    assert.deepEqual(left.map((d) => `${d.rule}@${d.range.start.line} ${d.severity}`), ['hard-after-heavy-legs@3 warning', 'hard-same-day@5 warning']);
    // It says what it did and what is left.
    assert.match(rescheduleWeek(plan, plan.blocks[0]!).unresolved?.[0]?.why ?? '', /^heavy legs and a quality run set am and pm on Thu \(the guide: separate sessions on one day by 6–8 hours\); 2 conflicts left: 5 leg-hard sessions/);
    // A second fix-all changes nothing.
    assert.deepEqual(fixAll(parsePlan(after)).edits, []);
  });

  it('splits a day under a `# hybrid-ignore` of another rule, and a day of lifts named by slashes, reading them as before', () => {
    const crowded = (thursday: string, sunday = 'gym legs heavy'): string =>
      lines('goal: balanced', 'week 1', 'Mon: gym lower heavy', 'Tue: run intervals', 'Wed: gym upper', `Thu: ${thursday}`, 'Fri: rest', 'Sat: run long 20km', `Sun: ${sunday}`);
    const thursday = (text: string): string | undefined => applyEdits(text, fixAll(parsePlan(text)).edits).split('\n')[5];
    // A line suppression anywhere (of a rule the split leaves alone) once made every split look like it hid a problem.
    assert.equal(thursday(crowded('run tempo + gym lower heavy # hybrid-ignore quality-limit')), 'Thu: run tempo am + gym lower heavy pm # hybrid-ignore quality-limit');
    assert.equal(thursday(crowded('run tempo + gym lower heavy', 'gym legs heavy # hybrid-ignore gym-frequency')), 'Thu: run tempo am + gym lower heavy pm');
    // `squat/bench/deadlift pm` is still heavy legs: the split turns the error into the warning, it does not clear it.
    const text = crowded('intervals + squat/bench/deadlift');
    const result = fixAll(parsePlan(text));
    const after = applyEdits(text, result.edits);
    assert.equal(after.split('\n')[5], 'Thu: intervals am + squat/bench/deadlift pm');
    assert.deepEqual(
      checkPlan(parsePlan(after)).filter((d) => d.rule === 'hard-same-day').map((d) => `${d.severity}@${d.range.start.line}`),
      ['warning@5'],
    );
    assert.deepEqual(fixAll(parsePlan(after)).edits, []);
  });

  it('gives a split day that a later pass left with one session its written times back, and keeps the split in the reason', () => {
    // Split first (Mon, Fri, Sat), then a later pass moves Saturday's intervals to Wednesday: Saturday's gym is alone.
    const text = lines('goal: balanced', 'Mon: sprints 70m x 5 + gym [back squat 3x5]', 'Wed: gym upper', 'Fri: run 400m x 4 + gym [front squat 3x5, deadlift 3x5]', 'Sat: run intervals + gym [power clean 3x5]');
    const result = fixAll(parsePlan(text));
    assert.equal(
      applyEdits(text, result.edits),
      lines('goal: balanced', 'Mon: sprints 70m x 5 am + gym pm [back squat 3x5]', 'Wed: run intervals + gym upper', 'Fri: run 400m x 4 am + gym pm [front squat 3x5, deadlift 3x5]', 'Sat: gym [power clean 3x5]'),
    );
    assert.deepEqual(result.moves, [
      { week: 1, from: 'Mon', to: 'Mon', session: 'sprints 70m x 5', time: 'am' },
      { week: 1, from: 'Mon', to: 'Mon', session: 'gym [back squat 3x5]', time: 'pm' },
      { week: 1, from: 'Fri', to: 'Fri', session: 'run 400m x 4', time: 'am' },
      { week: 1, from: 'Fri', to: 'Fri', session: 'gym [front squat 3x5, deadlift 3x5]', time: 'pm' },
      { week: 1, from: 'Sat', to: 'Wed', session: 'run intervals' },
    ]);
    assert.match(result.unresolved?.[0]?.why ?? '', /^heavy legs and a quality run set am and pm on Mon, Fri \(the guide: separate sessions on one day by 6–8 hours\); 6 leg-hard sessions \('sprints 70m x 5 am', 'gym pm \[back squat 3x5\]', 'run intervals', /);
    // Nothing added by taking the times back, and a fixed point.
    const before = checkPlan(parsePlan(applyEdits(text, result.edits))).filter((d) => d.severity !== 'info').map((d) => `${d.rule} ${d.severity}@${d.range.start.line}`);
    assert.deepEqual(before, ['all-runs-hard warning@1', 'hard-same-day warning@1', 'quality-limit warning@2', 'quality-limit warning@3', 'hard-same-day warning@3', 'back-to-back-hard warning@4', 'gym-frequency warning@4']);
    assert.deepEqual(fixAll(parsePlan(applyEdits(text, result.edits))).edits, []);
  });

  it('never splits a race day, a session with a time of its own, or a day a move clears', () => {
    const crowded = (thursday: string): string =>
      lines('goal: balanced', 'week 1', 'Mon: gym lower heavy', 'Tue: run intervals', 'Wed: gym upper', `Thu: ${thursday}`, 'Fri: rest', 'Sat: run long 20km', 'Sun: gym legs heavy');
    // A time of its own: am / pm would rewrite it.
    const timed = crowded('run tempo @06:00 + gym lower heavy');
    assert.deepEqual(fixAll(parsePlan(timed)).moves, []);
    // A free day clears it: moved, not split.
    const text = lines('goal: strength', 'Mon: gym lower heavy + run intervals', 'Wed: gym upper', 'Fri: gym full');
    assert.ok(fixAll(parsePlan(text)).moves.every((m) => m.time === undefined && m.from !== m.to));
    assert.ok(fixAll(parsePlan(text)).moves.length > 0);
  });

  it('says when a repeating week holds more leg-hard sessions than seven days keep apart (issue 13: a coach drops one)', () => {
    // A file without week lines repeats: Sunday is followed by Monday, so at most 3 leg-hard days fit a day apart.
    const text = lines('goal: balanced', 'Mon: gym lower heavy', 'Tue: run intervals', 'Wed: gym upper', 'Thu: crossfit', 'Fri: bike easy', 'Sat: run hills', 'Sun: rest');
    const plan = parsePlan(text);
    assert.deepEqual(fixAll(plan), {
      edits: [],
      moves: [],
      unresolved: [
        {
          week: 1,
          why: "4 leg-hard sessions ('gym lower heavy', 'run intervals', 'crossfit', 'run hills'): a repeating week of 7 days keeps at most 3 a day apart, and two on one day are hard on hard — make one of them easy or drop it",
        },
      ],
    });
  });

  it('never puts a metcon beside the long run, even where no rule would then report it', () => {
    // Three hard days in a row (metcon, tempo, metcon): the nearest cure would move the hard metcon onto Sunday's long run.
    const text = lines('goal: running', 'Mon: crossfit hard', 'Tue: run tempo 4mi', 'Wed: crossfit easy', 'Thu: bike 45min', 'Fri: run intervals', 'Sat: rest', 'Sun: run long 10mi');
    const result = fixed(text);
    assert.deepEqual(result.moves, ['week 1: run tempo 4mi Tue → Wed']);
    assert.equal(result.text.split('\n')[7], 'Sun: run long 10mi');
  });

  it('leaves a day whose line does not parse as written and gives it no company: an unreadable session is not a free day', () => {
    const text = lines('goal: balanced', 'week 1', 'Mon: gym lower heavy + run intervals', 'Tue: gim upper', 'Thu: gym upper', 'Sat: run long', 'week 2', 'Mon: gym lower heavy + run intervals', 'Thu: gym upper', 'Sat: run long');
    const result = fixed(text);
    // Tuesday is the nearest free-looking day of week 1, but its line does not parse: Wednesday it is, as in week 2.
    assert.deepEqual(result.moves, ['week 1: gym lower heavy Mon → Wed', 'week 2: gym lower heavy Mon → Wed']);
    assert.equal(result.text.split('\n')[3], 'Tue: gim upper');
  });

  it('leaves a week alone when a line it cannot place on a day does not parse, and says why', () => {
    const text = lines('goal: balanced', 'week 1', 'Mon: gym lower heavy + run intervals', 'oops', 'Thu: gym upper', 'Sat: run long');
    const plan = parsePlan(text);
    assert.ok(plan.syntaxErrors.length > 0);
    assert.deepEqual(fixAll(plan).unresolved, [{ week: 1, why: 'a line of this week does not parse; fix it first' }]);
    assert.deepEqual(fixAll(plan).moves, []);
  });

  it('changes nothing in a clean plan (the guide\'s balanced week)', () => {
    const text = lines('plan "Balanced"', 'goal: balanced', 'Mon: gym upper heavy', 'Tue: run intervals', 'Wed: rest', 'Thu: upperbody', 'Fri: run long', 'Sat: gym lower', 'Sun: rest');
    assert.deepEqual(fixAll(parsePlan(text)), { edits: [], moves: [] });
  });

  it('never takes the last rest day or adds another warning', () => {
    const text = lines('goal: balanced', 'Mon: gym lower heavy + run tempo', 'Tue: run easy', 'Wed: gym upper', 'Thu: run easy', 'Fri: gym full', 'Sat: run long', 'Sun: rest');
    const result = fixed(text);
    // Sunday is nearest (the week wraps) but is the only rest day; a lift never joins another lift (two lifts of one
    // day are one session: fewer by count, not by load), so the tempo moves to the upper-body day, 48 h after the legs,
    // and goes first there: fresh for the quality run (the guide).
    assert.deepEqual(result.moves, ['week 1: run tempo Mon → Wed']);
    assert.equal(result.text.split('\n')[3], 'Wed: run tempo + gym upper');
    assert.equal(result.text.split('\n')[7], 'Sun: rest');
    const count = (t: string): number => checkPlan(parsePlan(t)).filter((d) => d.severity !== 'info').length;
    assert.equal(count(result.text), count(text) - 1);
  });

  it('follows the configuration: a rule switched off is not cleared, a rule set to error is', () => {
    const text = lines('goal: balanced', 'Mon: gym lower heavy', 'Tue: run long', 'Wed: rest', 'Thu: gym upper', 'Fri: rest', 'Sat: run easy', 'Sun: rest');
    const off = resolveConfig([{ rules: { 'hard-after-heavy-legs': 'off' } }]).config;
    assert.deepEqual(fixed(text, off).moves, []);
    const error = resolveConfig([{ rules: { 'hard-after-heavy-legs': 'error' } }]).config;
    assert.deepEqual(fixed(text, error).moves, ['week 1: gym lower heavy Mon → Sun']);
  });

  it('keeps CRLF line breaks and comments', () => {
    const text = 'goal: balanced\r\nMon: gym lower heavy + run intervals  # big day\r\nTue: rest\r\nWed: gym upper\r\nThu: rest\r\nFri: run easy\r\nSat: rest\r\nSun: rest\r\n';
    const result = fixed(text);
    // Two days away either way (Sunday wraps to Monday); Saturday is free, Wednesday already has training.
    assert.deepEqual(result.moves, ['week 1: gym lower heavy Mon → Sat']);
    assert.equal(result.text, 'goal: balanced\r\nMon: run intervals  # big day\r\nTue: rest\r\nWed: gym upper\r\nThu: rest\r\nFri: run easy\r\nSat: gym lower heavy\r\nSun: rest\r\n');
  });

  it('changes nothing the second time', () => {
    for (const text of [
      lines('goal: strength', 'Mon: gym lower heavy + run intervals 6x800m', 'Tue: rest', 'Wed: gym upper heavy', 'Thu: run easy 40min', 'Fri: gym lower heavy', 'Sat: run long 16km', 'Sun: rest'),
      'goal: balanced; Mon: gym lower heavy; Tue: run tempo; Wed: rest; Thu: gym upper; Sat: run long; Sun: rest',
    ]) {
      const once = fixed(text).text;
      assert.notEqual(once, text);
      assert.deepEqual(fixAll(parsePlan(once)), { edits: [], moves: [] });
    }
  });
});
