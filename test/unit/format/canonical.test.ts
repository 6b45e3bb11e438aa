// "Rewrite in canonical form": exact rewritten text for each forgiving phrasing, what stays as written, and over the
// corpus of published plans and random plans that the rewrite means what the plan meant (same totals, same
// diagnostics, same comments), reaches a fixed point, and never touches the formatter's job.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { canonicalEdits } from '../../../server/src/analysis/canonical';
import { applyEdits } from '../../../server/src/analysis/edits';
import { computeTotals } from '../../../server/src/analysis/totals';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { resolveConfig, vocabularyOf } from '../../../server/src/rules/config';
import { grammarPlan, mutatedExample } from '../../fuzz/generators';

const rewrite = (text: string, span?: { from: number; to: number }): string => applyEdits(text, canonicalEdits(parsePlan(text), span));

describe('canonical rewrite', () => {
  const cases: [string, string][] = [
    ['Mon: easy run 40min', 'Mon: run easy 40min'],
    // What the formatter keeps as typed (capitals included), the canonical rewrite writes the canonical way.
    ['Mon: Easy Run 40 MIN', 'Mon: run easy 40min'],
    ['Wed: GYM Upper HEAVY', 'Wed: gym upper heavy'],
    ['Tue: 30 min cross', 'Tue: cross 30min'],
    ['Sun: Rest day', 'Sun: rest'],
    ['Mon: Day off', 'Mon: rest'],
    ['Wed: 30-45 min cross training', 'Wed: cross 30-45min'],
    ['Fri: 2.5 mi run @5:00/km', 'Fri: run 2.5mi @5:00/km'],
    ['Sat: long run 10mi', 'Sat: run long 10mi'],
    ['Sun: run intervals 6 x 800m', 'Sun: run intervals 6x800m'],
    ['Tue: hill sprints', 'Tue: run hills'],
    ['Thu: run z2 30-50min', 'Thu: run 30-50min z2'],
    ['Tue: 5 miles', 'Tue: run 5mi'],
    ['Thu: parkrun', 'Thu: race 5km'],
    ['Fri: 10K time trial', 'Fri: test time trial 10km'],
    ['Wed: EMOM 12min', 'Wed: conditioning emom 12min'],
    ['Sat: AMRAP 10min', 'Sat: conditioning amrap 10min'],
    ['Sat: sled push 4x25m, deadlift 4RM', 'Sat: gym [sled push 4x25m, deadlift 4RM]'],
    ['Sun: bike hard 1h', 'Sun: bike hard 60min'],
    ['Mon: strength heavy', 'Mon: gym heavy'],
    ['Tue: tempo run 3 x 10 min @ threshold', 'Tue: run tempo 3x10min @ threshold'],
    // A phrase's focus word is written as the focus it means, once (a second rewrite changes nothing).
    ['Wed: leg work', 'Wed: gym lower'],
    ['Wed: leg work heavy', 'Wed: gym lower heavy'],
  ];
  for (const [written, canonical] of cases) {
    it(`${written} → ${canonical}`, () => assert.equal(rewrite(written), canonical));
  }

  it('keeps day words, am/pm, notes, exercises, `+`, `;`, comments and spacing between sessions as written', () => {
    const text = [
      '# my week',
      'week 1: base',
      '  MON am:  easy run 40min "by feel"  +  Strength [squat 5x5 @80%]   # before work',
      '  Tue pm: 30 min cross; Wed: Rest day',
      '  Day 4: 2.5 mi run pm',
      '',
    ].join('\n');
    assert.equal(
      rewrite(text),
      [
        '# my week',
        'week 1: base',
        '  MON am:  run easy 40min "by feel"  +  gym [squat 5x5 @80%]   # before work',
        '  Tue pm: cross 30min; Wed: rest',
        '  Day 4: run 2.5mi pm',
        '',
      ].join('\n'),
    );
  });

  it('rewrites only the lines asked for', () => {
    const text = 'Mon: easy run 40min\nTue: 30 min cross\nWed: Rest day\n';
    assert.equal(rewrite(text, { from: 1, to: 1 }), 'Mon: easy run 40min\nTue: cross 30min\nWed: Rest day\n');
  });

  it('leaves as written: sessions in parts, with extras or alternatives, numbers the model does not keep, a line with a syntax error, canonical text, the user\'s own words', () => {
    for (const text of [
      'Tue: 10 min easy, 4 x 1 min fast, 10 min easy',
      'Sat: rest or easy run',
      'Sun: 8 miles with 4 x 800m',
      'Fri: walk 5 min + run/walk 20 min',
      'Wed: run easy 6mi + strides',
      'Tue: strength circuit [squats, lunges, plank] 3-4 rounds of 15 reps',
      'Mon: easy run 40min + gim upper',
      'Mon: run easy 40min + gym upper heavy',
      // A target read from an aside: `@ easy "easy"` would say it twice (review of the sixth session).
      'Mon: run tempo 5 km (easy)',
      'Thu: 4.0k (race pace)',
    ]) {
      assert.equal(rewrite(text), text, text);
    }
    const { config } = resolveConfig([{ vocabulary: { 'long bike': 'bike easy 2h' } }]);
    const plan = parsePlan('Sat: long bike', { vocabulary: vocabularyOf(config) });
    assert.deepEqual(canonicalEdits(plan), []);
  });

  /** What must not change: every week's totals, every diagnostic (rule, severity, line), the comments. */
  function assertSameMeaning(text: string, label: string): void {
    const before = parsePlan(text);
    const rewritten = applyEdits(text, canonicalEdits(before));
    const after = parsePlan(rewritten);
    assert.deepEqual(computeTotals(after), computeTotals(before), `${label}: totals`);
    const diagnostics = (plan: typeof before) =>
      checkPlan(plan, resolveConfig([]).config).map((d) => `${d.rule} ${d.severity} ${d.range.start.line}`);
    assert.deepEqual(diagnostics(after), diagnostics(before), `${label}: diagnostics`);
    assert.deepEqual(after.comments.map((c) => [c.range.start.line, c.text]), before.comments.map((c) => [c.range.start.line, c.text]), `${label}: comments`);
    assert.equal(after.text.split('\n').length, text.split('\n').length, `${label}: lines`);
    assert.equal(rewrite(rewritten), rewritten, `${label}: a second rewrite changes nothing`);
  }

  it('means the same on every published plan of the corpus, and rewrites most of their forgiving sessions', () => {
    let changedLines = 0;
    for (const set of ['plans', 'verbatim']) {
      const folder = join(__dirname, '..', '..', 'corpus', set);
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.hybrid'))) {
        const text = readFileSync(join(folder, name), 'utf8');
        assertSameMeaning(text, `${set}/${name}`);
        const rewritten = rewrite(text).split('\n');
        changedLines += text.split('\n').filter((line, index) => line !== rewritten[index]).length;
      }
    }
    assert.ok(changedLines > 100, `only ${changedLines} lines rewritten`);
  });

  it('means the same on random plans (property)', () => {
    fc.assert(
      fc.property(fc.oneof(grammarPlan, mutatedExample), (text) => assertSameMeaning(text, JSON.stringify(text))),
      // A fixed seed in `npm test` (a property that fails one run in a thousand must not turn CI red at random); FC_SEED explores.
      { numRuns: Number(process.env.FC_RUNS ?? 300), seed: Number(process.env.FC_SEED ?? 20261202) },
    );
  });
});
