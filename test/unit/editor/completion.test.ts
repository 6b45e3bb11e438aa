// Completion never takes a keystroke meant as text: what is offered at each point of typing a plan.
import * as assert from 'node:assert/strict';
import { completionAnswer, nextMonday } from '../../../server/src/features/completion';

const labels = (prefix: string, trigger?: string): string[] => completionAnswer(prefix, trigger).words.map((word) => word.label);

describe('completion: never takes a keystroke meant as text', () => {
  it('offers nothing once the word typed is complete, so Enter starts a new line', () => {
    for (const prefix of [
      'Mon',
      'Tue',
      'Mon: gym',
      'Mon: gym upper',
      'Mon: gym upper heavy',
      'Tue: run',
      'Tue: run intervals',
      'Tue: run intervals 6x800m',
      'Wed: rest',
      'Sat: run easy 40min',
      'Fri: run long 14km',
      'Mon: gym upper heavy rpe 7',
      'Mon: run easy z2',
      'Mon: run easy @7am',
      'goal: balanced',
      'plan',
      'week',
      'Mon: gym lower heavy [squat',
      'Mon: bike hard',
      'Mon: run easy 1h30',
      'start: 2026-12-07',
    ]) {
      assert.deepEqual(labels(prefix), [], `after "${prefix}"`);
    }
  });

  it('never offers an item identical to the word typed', () => {
    for (const prefix of ['Mo', 'Tue: r', 'Tue: ru', 'Mon: gym up', 'Mon: gym upper he', 'Tue: run int', 'goal: bal', 'Mon: gym [sq', 'Fri: rest # hy']) {
      const { words, partial } = completionAnswer(prefix);
      assert.ok(words.length > 0, `something after "${prefix}"`);
      assert.ok(!words.some((word) => word.label.toLowerCase() === partial.toLowerCase()), `"${prefix}": ${words.map((w) => w.label).join()}`);
    }
  });

  it('a space opens the list only where a word must follow', () => {
    assert.deepEqual(labels('Tue: ', ' ').slice(0, 4), ['gym', 'lift', 'run', 'rest']);
    assert.deepEqual(labels('Mon pm: ', ' ').slice(0, 3), ['gym', 'lift', 'run']);
    assert.deepEqual(labels('Tue: gym lower heavy + ', ' ').slice(0, 3), ['gym', 'lift', 'run']);
    assert.deepEqual(labels('Tue: run easy rpe ', ' ').slice(0, 3), ['1', '2', '3']);
    assert.deepEqual(labels('goal: ', ' '), ['strength', 'running', 'balanced']);
    for (const prefix of [
      'Mon: gym ',
      'Mon: gym upper heavy ',
      'Tue: run ',
      'Tue: run intervals 6x800m ',
      'Sat: run easy 40min ',
      'Mon: gym [squat ',
      'Mon: gym [squat 5x5, ',
      'Fri: rest # hybrid-ignore ',
      '# felt ',
      'week 1: ',
      'plan ',
    ]) {
      assert.deepEqual(labels(prefix, ' '), [], `no list after "${prefix}"`);
    }
  });

  it('offers nothing inside a note, a time being typed, or after a week label colon', () => {
    assert.deepEqual(labels('Mon: run easy "felt: ', ':'), []);
    assert.deepEqual(labels('Mon: run easy "felt + ', '+'), []);
    assert.deepEqual(labels('Mon: run easy "fel'), []);
    assert.deepEqual(labels('Mon: run @07:', ':'), []);
    assert.deepEqual(labels('week 1:', ':'), []);
    // After a closed note the session goes on.
    assert.ok(labels('Mon: run easy "felt flat" p').includes('pm'));
  });

  it('in a comment offers only the directive being typed', () => {
    assert.deepEqual(labels('Mon: rest #', '#'), ['hybrid-ignore', 'hybrid-ignore-file']);
    assert.deepEqual(labels('Mon: rest # hyb'), ['hybrid-ignore', 'hybrid-ignore-file']);
    assert.deepEqual(labels('# felt'), []);
    assert.deepEqual(labels('# hybrid-ignore'), [], 'complete: no list takes the Enter');
    assert.deepEqual(labels('Mon: rest # hybrid-ignore: ', ':'), []);
  });

  it('completes the unit of a number being typed, and rpe values only after rpe', () => {
    assert.deepEqual(labels('Sat: run easy 40'), ['40min', '40km']);
    assert.deepEqual(labels('Tue: run intervals 6x800'), []);
    assert.deepEqual(labels('Sat: run easy 40min'), []);
    assert.deepEqual(labels('Sat: run easy rpe 4'), []);
  });

  it('knows the new forms: conditioning, sport, race and test kinds, steady runs, targets, ranges, Day N', () => {
    const kinds = labels('Tue: ', ' ');
    assert.deepEqual(kinds.slice(12), ['elliptical', 'cross', 'conditioning', 'crossfit', 'hiit', 'metcon', 'circuit', 'hyrox', 'bootcamp', 'sport', 'race', 'test']);
    // Sports and vocabulary phrases once a name is being typed.
    assert.deepEqual(labels('Tue: ten').filter((label) => label.startsWith('ten')), ['tennis']);
    assert.deepEqual(labels('Tue: stre').filter((label) => label.startsWith('stre')), ['strength', 'stretch', 'stretching']);
    assert.ok(labels('Tue: run ').includes('steady'));
    assert.deepEqual(labels('Tue: run tempo ').filter((label) => /^@|^hr/.test(label)), ['@07:00', '@5:00/km', '@ threshold', 'hr<150']);
    assert.ok(!labels('Tue: run tempo @5:00/km ').includes('@5:00/km'), 'a pace is not offered twice');
    assert.deepEqual(labels('Tue: run tempo @ thr'), ['threshold']);
    assert.deepEqual(labels('Tue: run tempo at ea'), ['easy']);
    assert.deepEqual(labels('Wed: crossfit ').slice(0, 4), ['easy', 'hard', 'emom', 'amrap']);
    assert.deepEqual(labels('Wed: football ').slice(0, 2), ['easy', 'hard']);
    assert.deepEqual(labels('Sat: race ').slice(0, 4), ['5km', '10km', 'marathon', 'half marathon']);
    assert.ok(labels('Sat: test ').includes('acft'));
    assert.deepEqual(labels('Day 2: ', ' ').slice(0, 3), ['gym', 'lift', 'run']);
    assert.deepEqual(labels('Da').filter((label) => label.startsWith('Da')), ['Day 1', 'Day 2', 'Day 3', 'Day 4', 'Day 5', 'Day 6', 'Day 7']);
    // Whole as typed: no list takes the Enter.
    for (const prefix of ['Sat: run easy 30-45min', 'Sat: run 3-5km', 'Tue: run tempo @5:00/km', 'Tue: run easy hr < 150', 'Tue: run easy hr<15', 'Mon: gym [deadlift 5RM']) {
      assert.deepEqual(labels(prefix).filter((label) => !/^(squat|deadlift)/.test(label)), [], prefix);
    }
    assert.deepEqual(labels('Sat: run easy 30-45'), ['30-45min', '30-45km']);
  });

  it('replaces the whole exercise name typed so far', () => {
    const answer = completionAnswer('Mon: gym upper [bench press 5x5, pull u');
    assert.equal(answer.partial, 'pull u');
    assert.ok(answer.words.some((word) => word.label === 'pull up'));
  });

  it('inserts no placeholder: plain words, or the cursor inside [] and ""', () => {
    const everywhere = ['', 'Tue: ', 'Mon: gym ', 'Tue: run ', 'Mon: gym upper heavy ', 'Mon: bike ', 'goal: ', 'Mon: run easy rpe '];
    for (const prefix of everywhere) {
      for (const word of completionAnswer(prefix).words) {
        if (word.snippet !== undefined) assert.match(word.snippet, /^[^$]*\$0[^$]*$/, `${word.label}: ${word.snippet}`);
      }
    }
  });

  it('offers the next Monday after start:', () => {
    assert.equal(nextMonday(new Date('2026-12-01T05:00:00Z')), '2026-12-07');
    assert.equal(nextMonday(new Date('2026-12-07T05:00:00Z')), '2026-12-14');
    assert.deepEqual(completionAnswer('start: ', ' ', new Date('2026-12-03T10:00:00Z')).words.map((w) => w.label), ['2026-12-07']);
  });
});

describe("completion: the user's vocabulary from .hybridrc.json", () => {
  const user = new Map([
    ['climbing', 'sport hard'],
    ['zumba', 'conditioning easy'],
  ]);
  const mine = (prefix: string, trigger?: string): string[] => completionAnswer(prefix, trigger, new Date(), user).words.map((word) => word.label);

  it('offers the user\'s words with the session kinds, and as they are typed', () => {
    assert.deepEqual(mine('Mon: ', ' ').filter((label) => user.has(label)), ['climbing', 'zumba']);
    assert.deepEqual(mine('Mon: cl').filter((label) => user.has(label)), ['climbing']);
    assert.equal(completionAnswer('Mon: cl', undefined, new Date(), user).words.find((word) => word.label === 'climbing')?.detail, '= sport hard');
    // Without a vocabulary nothing of it is offered.
    assert.deepEqual(labels('Mon: ', ' ').filter((label) => user.has(label)), []);
  });

  it('goes on after a user\'s word as the session it means', () => {
    assert.deepEqual(mine('Mon: climbing ', ' '), []);
    assert.ok(mine('Mon: climbing ').includes('easy'), 'a sport takes easy or hard');
    assert.ok(mine('Mon: climbing ').includes('45min'));
  });
});
