// Messages quote the user's own words: in a plan written in `Day N` lines, a session is named by its `Day N`, not by
// the weekday the checker reads it as.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';

describe('messages of a plan written in Day N lines', () => {
  it('name the session with the plan\'s day words', () => {
    const text = 'goal: balanced\nDay 1: gym upper\nDay 2: strength heavy + 30 min cross\nDay 3: crossfit emom 12min\nDay 5: rest\nDay 7: rest\n';
    const messages = checkPlan(parsePlan(text)).filter((d) => d.rule === 'back-to-back-hard').map((d) => d.message);
    assert.deepEqual(messages, [
      'Leg-hard days back to back: Day 3: crossfit emom 12min right after Day 2: strength heavy — the guide says avoid stacking hard sessions back to back',
    ]);
    const weekdays = checkPlan(parsePlan(text.replace(/Day (\d)/g, (_, n: string) => ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][Number(n) - 1]))).find((d) => d.rule === 'back-to-back-hard');
    assert.match(weekdays!.message, /Wed: crossfit emom 12min right after Tue: strength heavy/);
  });
});
