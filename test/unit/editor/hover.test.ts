// The session hover on the forgiving forms: a steady run, a vocabulary word (quoted as written), targets, ranges at
// their midpoint, EMOM minutes, a race from the vocabulary — exact text.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import { explainSession } from '../../../server/src/features/hover';
import type { DayEntry } from '../../../server/src/language/model';

const hover = (line: string): string => explainSession((parsePlan(line).statements[0] as DayEntry).sessions[0]);

describe('session hover on the forgiving forms', () => {
  it('a steady run with a range and a heart-rate cap', () => {
    assert.equal(
      hover('Mon: run steady 30-45min hr < 150'),
      [
        '**run steady 30-45min hr < 150** — steady run',
        '',
        'Type `steady`: faster than easy, slower than a quality run — neither an easy run nor a quality run.',
        '',
        'Targets: `hr < 150`.',
        '',
        'Ranges count at their midpoint: `30-45min` → 38 min.',
        '\nPlanned 38 min at RPE 5 (default) → load 188.',
      ].join('\n'),
    );
  });

  it('names the word written for a steady run', () => {
    assert.match(hover('Mon: marathon pace run 8km'), /Type `steady` \(`marathon pace`\): faster than easy/);
  });

  it('a vocabulary word, quoted as the user wrote it, and EMOM minutes as written', () => {
    assert.match(hover('Tue: Strength 45 min'), /\n`Strength` reads as `gym` \(the vocabulary\)\.\n/);
    const emom = hover('Wed: EMOM 12min');
    assert.match(emom, /Targets: `EMOM 12min`\./);
    assert.match(emom, /Planned 12 min at RPE/);
    assert.match(hover('Thu: parkrun'), /^\*\*parkrun\*\* — race · hard session · leg-hard\n\nA race \(5km\)/);
  });

  it('says which target makes a run a quality run', () => {
    assert.match(hover('Fri: run 8km @ threshold'), /Its target \(`@ threshold`\) is faster than easy: a quality run, hard for the legs\./);
  });

  it('a session written with its parts counts the stated whole; a run/walk repeated counts every round', () => {
    assert.equal(
      hover('Tue: run 40 mins, 20 min easy / 20 min harder'),
      ['**run 40 mins, 20 min easy / 20 min harder** — easy run', '', 'Type `easy`: conversational, almost too slow.', '\nPlanned 40 min at RPE 3 (default) → load 120.'].join('\n'),
    );
    assert.match(hover('Mon: run 1 min, walk 1 min. repeat 10 times'), /Planned 20 min at RPE 3 \(default\) → load 60\.$/);
    assert.match(hover('Sun: 35-40 min EZ'), /^\*\*35-40 min EZ\*\* — easy run\n/);
    assert.match(hover('Thu: 2 mile run test'), /^\*\*2 mile run test\*\* — test · hard session · leg-hard\n\nA test \(run\)/);
  });
});
