// Semantic tokens of the new forms: conditioning, sport and event sessions, steady runs, pace and effort targets,
// heart rate, EMOM/AMRAP, strides, Day N — each word with the token type the rest of the language uses.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { planTokens } from '../../../server/src/features/semanticTokens';

function tokens(text: string): [string, string][] {
  const plan = parsePlan(text);
  assert.deepEqual(plan.syntaxErrors.map((error) => error.message), [], text);
  return planTokens(plan).map((token) => [text.split('\n')[token.line].slice(token.start, token.start + token.length), token.type]);
}

describe('semantic tokens of the forgiving forms', () => {
  it('targets, heart rate and a conditioning session with its format', () => {
    assert.deepEqual(tokens('Tue: run tempo 3x10min @5:00/km @ threshold hr < 150 + crossfit easy emom 12min'), [
      ['Tue', 'function'], ['run', 'keyword'], ['tempo', 'enumMember'], ['3x10min', 'number'], ['@5:00/km', 'number'],
      ['@ threshold', 'enumMember'], ['hr', 'property'], ['150', 'number'], ['+', 'operator'], ['crossfit', 'keyword'],
      ['easy', 'enumMember'], ['emom', 'property'], ['12min', 'number'],
    ]);
  });

  it('Day N, a race and what it is, a sport with its effort, the kind word anywhere, strides, a test, a steady run', () => {
    assert.deepEqual(tokens('Day 6: race half marathon + football easy 60min'), [
      ['Day 6', 'function'], ['race', 'keyword'], ['half marathon', 'enumMember'], ['+', 'operator'], ['football', 'keyword'], ['easy', 'enumMember'], ['60min', 'number'],
    ]);
    assert.deepEqual(tokens('Sat: easy run 6mi + strides'), [['Sat', 'function'], ['easy', 'enumMember'], ['run', 'keyword'], ['6mi', 'number'], ['strides', 'property']]);
    assert.deepEqual(tokens('Sun: test acft'), [['Sun', 'function'], ['test', 'keyword'], ['acft', 'enumMember']]);
    assert.deepEqual(tokens('Mon: run steady 30-45min rpe 6-7'), [
      ['Mon', 'function'], ['run', 'keyword'], ['steady', 'enumMember'], ['30-45min', 'number'], ['rpe', 'property'], ['6-7', 'number'],
    ]);
  });

  it('a run that is a test, a whole-minute pace, a time at an easy effort (its effort word is the keyword)', () => {
    assert.deepEqual(tokens('Thu: 2 mile run test + work capacity'), [
      ['Thu', 'function'], ['2 mile', 'number'], ['run', 'enumMember'], ['test', 'keyword'], ['+', 'operator'], ['work capacity', 'keyword'],
    ]);
    assert.deepEqual(tokens('Tue: tempo run 3 miles @ 8 min/mile'), [
      ['Tue', 'function'], ['tempo', 'enumMember'], ['run', 'keyword'], ['3 miles', 'number'], ['@ 8 min/mile', 'number'],
    ]);
    assert.deepEqual(tokens('Sun: 35-40 min EZ'), [['Sun', 'function'], ['35-40 min', 'number'], ['EZ', 'keyword']]);
    assert.deepEqual(tokens('Sun: 30 min easy'), [['Sun', 'function'], ['30 min', 'number'], ['easy', 'keyword']]);
  });
});
