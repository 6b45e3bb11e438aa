// The tenth session's speed-ups keep every reading (docs/benchmarks.md, "The tenth session's readings"): a `+` is asked
// whether it joins numbers only when it is a `+` (parser.ts plusInParentheses), a one-session day skips the practice
// merge (mergeOnePractice), a week's number in digits is not looked up as a word (numberWord), and a coach's `4'` is
// not read for its seconds unless its minutes are marked (sessions.ts markedClock). The expected readings are those of
// the session's start (6abcc61), line for line.
import { strict as assert } from 'node:assert';
import { numberWord, parsePlan } from '../../server/src/language/parser';
import { createVocabulary } from '../../server/src/language/sessions';
import { checkPlan } from '../../server/src/rules/registry';
import { modelText } from '../fuzz/invariants';
import { sessionsAndErrors } from './language/read';

const READINGS: [string, { sessions: string[]; errors: string[] }][] = [
  ['Mon: gym [A1 squat 5x5 + A2 pull-up 3x8]', { sessions: ['gym full heavy-legs'], errors: [] }],
  ['Tue: tempo 110+110+110', { sessions: ['run easy'], errors: [] }],
  ['Wed: run 4+ miles', { sessions: ['run easy'], errors: [] }],
  ['Thu: swim 400 + 200 m', { sessions: ['cross easy'], errors: ["'400' needs a unit — minutes (45min), hours (1h), or a distance (10km, 800m, 6mi)"] }],
  ['Fri: gym 4 x 10-12 + 20 min zone 2', { sessions: ['gym full', 'run easy'], errors: [] }],
  ['Sat: 6 x 800 at goal pace + 15 sec', { sessions: ['run quality'], errors: [] }],
  ['Sun: ruck 10 mile, 18kg + water', { sessions: ['cross easy'], errors: [] }],
  ['Mon: abs + arm workout', { sessions: ['gym upper'], errors: [] }],
  ['Tue: 800 jog + dynamic warm-up & speed ladder + light aerobic running + 4 x 200 @ mile pace', { sessions: ['run quality'], errors: [] }],
  ['Wed: run 6 mi @ 4\'21" min/km', { sessions: ['run quality'], errors: [] }],
  ['Thu: run 5 mi @ 8:00/mi', { sessions: ['run quality'], errors: [] }],
  [
    'Fri: rpe 7+ gym upper',
    { sessions: ['gym upper'], errors: ["Unknown session 'rpe' — expected gym, run, rest, a cross-training (bike, swim, row, walk, hike, mobility, yoga), conditioning, a sport, a race or a test"] },
  ],
];

describe('perf10: the speed-ups keep every reading', () => {
  for (const [line, expected] of READINGS) {
    it(`reads ${JSON.stringify(line)} as at the session's start`, () => {
      assert.deepEqual(sessionsAndErrors(line), expected);
    });
  }

  it('numberWord: spelled-out numbers only (digits, signs and the empty word are none)', () => {
    assert.equal(numberWord('one'), 1);
    assert.equal(numberWord('Nineteen'), 19);
    assert.equal(numberWord('twenty'), 20);
    assert.equal(numberWord('Twenty-six'), 26);
    assert.equal(numberWord('fifty\u2011two'), 52);
    for (const image of ['12', '1', '', '-', '(', 'twenty-ten', 'x']) assert.equal(numberWord(image), undefined, image);
  });

  it('week headers in digits and in words give the same weeks', () => {
    const days = 'Mon: run easy 5 mi\nTue: gym [squat 5x5 + pull-up 3x8]\n';
    const digits = parsePlan(`week 1\n${days}week 2\n${days}week 26\n${days}`, { fresh: true });
    const words = parsePlan(`week one\n${days}week two\n${days}week twenty-six\n${days}`, { fresh: true });
    assert.deepEqual(digits.weeks.map((week) => week.number), [1, 2, 26]);
    assert.deepEqual(words.weeks.map((week) => week.number), [1, 2, 26]);
    assert.deepEqual(words.syntaxErrors, []);
  });

  it('the lines repeated over weeks: one-shot, with the cache and every line read give one model and one set of diagnostics', () => {
    const text = Array.from({ length: 3 }, (_, i) => `week ${i + 1}\n${READINGS.map(([line]) => line).join('\n')}\n`).join('');
    const meaning = (plan: ReturnType<typeof parsePlan>): string => `${modelText(plan)}\n${JSON.stringify(plan.syntaxErrors)}\n${JSON.stringify(checkPlan(plan))}`;
    const expected = meaning(parsePlan(text, { fresh: true, readEveryLine: true }));
    assert.equal(meaning(parsePlan(text, { fresh: true })), expected);
    const { vocabulary } = createVocabulary();
    assert.equal(meaning(parsePlan(text, { vocabulary })), expected);
    const edited = text.replace('Wed: run 4+ miles', 'Wed: run 4+ miles ');
    assert.equal(meaning(parsePlan(edited, { vocabulary })), meaning(parsePlan(edited, { fresh: true, readEveryLine: true })));
  });
});
