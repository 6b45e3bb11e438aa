// The TextMate grammar and the parser must agree: every part the parser finds in a plan (weekdays, session kinds,
// focus, intensity, run types, effort, attributes, exercises, goals, dates, week numbers and labels, comments) is
// coloured with the scope for that part. The grammar is run with the same engine VS Code uses (vscode-textmate and
// vscode-oniguruma, the ones vscode-tmgrammar-test runs on).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Range } from '../../server/src/language/model';
import { parsePlan } from '../../server/src/language/parser';

const root = join(__dirname, '..', '..');
const fromGrammarTester = (id: string): string =>
  require.resolve(id, { paths: [dirname(require.resolve('vscode-tmgrammar-test/package.json'))] });

interface LineTokens {
  tokens: { startIndex: number; endIndex: number; scopes: string[] }[];
  ruleStack: unknown;
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): LineTokens;
}

let grammar: Grammar;
let initialState: unknown;

before(async () => {
  const textmate = require(fromGrammarTester('vscode-textmate'));
  const oniguruma = require(fromGrammarTester('vscode-oniguruma'));
  const wasm = readFileSync(join(dirname(fromGrammarTester('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () =>
      textmate.parseRawGrammar(readFileSync(join(root, 'syntaxes/hybrid.tmLanguage.json'), 'utf8'), 'hybrid.tmLanguage.json'),
  });
  grammar = await registry.loadGrammar('source.hybrid');
  initialState = textmate.INITIAL;
});

/** The scopes of every character of every line. */
function scopesOf(text: string): string[][][] {
  let state = initialState;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const perChar: string[][] = [];
    for (const token of result.tokens) {
      for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) perChar[i] = token.scopes;
    }
    return perChar;
  });
}

type Check = { what: string; range: Range; scope: string; at?: 'all' | 'first' | 'last' };

/** Everything the parser found, with the scope the grammar must give it. */
function partsOf(text: string): Check[] {
  const plan = parsePlan(text);
  assert.deepEqual(plan.syntaxErrors, [], 'the sample plans have no syntax error');
  const checks: Check[] = [];
  const add = (what: string, range: Range | undefined, scope: string, at: Check['at'] = 'all') => {
    if (range) checks.push({ what, range, scope, at });
  };
  for (const comment of plan.comments) add(`comment ${comment.text}`, comment.range, 'comment.line.number-sign.');
  for (const goal of plan.goals) for (const g of goal.goals) add(`goal ${g.value}`, g.range, 'constant.language.goal.hybrid');
  if (plan.start) add('start date', plan.start.dateRange, 'constant.numeric.date.hybrid');
  for (const block of plan.blocks) {
    if (!block.header) continue;
    add('week number', block.header.numberRange, 'constant.numeric.integer.week.hybrid', 'first');
    add('week number', block.header.numberRange, 'constant.numeric.integer.week.hybrid', 'last');
    add(`week label ${block.header.label?.value}`, block.header.label?.range, 'meta.statement.week.hybrid');
  }
  for (const statement of plan.statements) {
    if (statement.type !== 'day') continue;
    add('weekday', statement.dayRange, 'entity.name.tag.weekday.hybrid');
    for (const session of statement.sessions) {
      const kind = session.kind;
      // A kind read from a distance or an exercise (`Sun: 5 miles`, `deadlift 4RM`) has no kind word to colour.
      const implicit = Object.values(session.attributes).some((attribute) => overlap((attribute as { range: Range }).range, session.keywordRange)) ||
        (session.kind === 'gym' && session.exercises.some((exercise) => overlap(exercise.range, session.keywordRange))) ||
        (session.kind === 'run' && session.runTypeRange !== undefined && overlap(session.runTypeRange, session.keywordRange));
      if (!implicit) add(`${kind} keyword`, session.keywordRange, `entity.name.function.session.${kind}.hybrid`);
      if (session.kind === 'gym') {
        const bare = session.focusRange && session.focusRange.start.column === session.keywordRange.start.column;
        if (!bare) add('focus', session.focusRange, 'support.type.focus.hybrid');
        add('intensity', session.intensityRange, 'storage.modifier.intensity.hybrid');
        for (const exercise of session.exercises) add(`exercise ${exercise.name}`, exercise.nameRange, 'variable.other.exercise.hybrid');
      }
      if (session.kind === 'run') add('run type', session.runTypeRange, 'support.type.run-type.hybrid');
      if (session.kind === 'cross' || session.kind === 'conditioning' || session.kind === 'sport') add('effort', session.effortRange, 'storage.modifier.effort.hybrid');
      if (session.kind === 'event' && session.what && !overlap(session.what.range, session.keywordRange)) add('event', session.what.range, 'support.type.event.hybrid');
      const a = session.attributes;
      // What a vocabulary phrase or an event's name gives (`parkrun` → 5 km) is coloured as that word.
      const given = [session.keywordRange, session.vocabulary?.range, session.kind === 'event' ? session.what?.range : undefined];
      const own = (range: Range | undefined): Range | undefined => (range && given.some((g) => g && overlap(g, range)) ? undefined : range);
      add('duration', own(a.duration?.range), 'constant.numeric.duration.hybrid');
      add('distance', own(a.distance?.range), 'constant.numeric.distance.hybrid');
      add('repeats', own(a.repeats?.range), 'constant.numeric.repeats.hybrid');
      add('time', a.time?.range, a.time?.value.clockMinutes === undefined ? 'constant.language.time-of-day.hybrid' : 'constant.numeric.time.hybrid', 'last');
      add('rpe', a.rpe?.range, 'variable.parameter.rpe.hybrid', 'first');
      add('rpe', a.rpe?.range, 'constant.numeric.integer.hybrid', 'last');
      add('zone', a.zone?.range, 'variable.parameter.zone.hybrid');
      add('note', a.note?.range, 'string.quoted.');
      add('pace', a.pace?.range, 'constant.numeric.pace.hybrid');
      add('target', a.effortTarget?.range, 'support.constant.effort-target.hybrid', 'last');
      add('hr', a.heartRate?.range, 'variable.parameter.heart-rate.hybrid', 'first');
      add('hr', a.heartRate?.range, 'constant.numeric.integer.hybrid', 'last');
    }
  }
  return checks;
}

function overlap(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.column < b.end.column && b.start.column < a.end.column;
}

/** `line:column what: expected scope, got …` for every character whose scopes miss the expected one. */
function disagreements(text: string): string[] {
  const scopes = scopesOf(text);
  const problems: string[] = [];
  for (const check of partsOf(text)) {
    const { start, end } = check.range;
    assert.equal(start.line, end.line, `${check.what} is on one line`);
    const columns =
      check.at === 'first' ? [start.column] : check.at === 'last' ? [end.column - 1] : Array.from({ length: end.column - start.column }, (_, i) => start.column + i);
    for (const column of columns) {
      const found = scopes[start.line][column] ?? [];
      if (!found.some((scope) => scope.startsWith(check.scope))) {
        problems.push(`${start.line + 1}:${column + 1} ${check.what}: expected ${check.scope}, got ${found.join(' ')}`);
        break;
      }
    }
  }
  return problems;
}

const everything = [
  '# Every construct of the language, as the parser reads it',
  'plan "All \\"parts\\""',
  'goal: strength',
  'start: 2026-12-07',
  '',
  'week 1-2: base phase',
  'Mon am: gym lower heavy 60min @07:00 rpe 8 [squat 5x5 @80%, split squat 3x8 @100kg, plank 3x60s, hip thrust @rpe 8]',
  'Mon pm: run easy 30min z2 "shake out"  # hybrid-ignore same-day-spacing',
  'Tue: rest',
  'Wednesday: run intervals 6x800m @18:30 + mobility easy 20min',
  'th: upperbody light 45min; FRI: off',
  'Sat: bike hard 1h30 @7am 40km + swim easy 1h + row easy 30min + walk 45min + hike easy 2h + yoga 30min',
  'Sun: lift push moderate [bench press 5x5 @225lb]',
  '',
  'week 3 "Deload"',
  'goal running',
  'Mon: legs light; Tue: run tempo 50min rpe 7; Wed: run recovery 5km z1; Thu: run hills 8x2min',
  'Fri: run long 1h30min 21.1km; Sat: run fartlek 45min z4; Sun: run race 10k z5',
  '# hybrid-ignore-file gym-frequency run-frequency',
].join('\n');

const forgiving = [
  '# The forgiving language (issue 12)',
  'goal: balanced',
  'pace: 6:00/km',
  'Day 1: easy run 40min + strength heavy',
  'Day 2: 30 min cross training + core work 20 min',
  'Day 3 pm: run tempo 3 x 10 min @ threshold hr < 150',
  'Thu: crossfit easy emom 12min + football hard 90min',
  'Fri: run steady 30-45min @5:00/km rpe 6-7',
  'Sat: race half marathon + parkrun',
  'Sun: Rest day',
  'Mon: test acft; Tue: run long 10 mi at easy pace; Wed: run/walk 20min + hiit 30min',
  'Tue: tempo run: 1 mile easy, 3 miles @ 8 min/mile, 1 mile easy',
  'Wed: 30 min EZ + optional crosstraining 30-45 minutes + durability',
  'Thu: 3 mile ruck run assessment + work capacity + station strength',
  'Fri: long ruck 2h + weight work; Sat: 45 min easy long run; Sun: moderate pace distance run',
].join('\n');

describe('TextMate grammar agrees with the parser', () => {
  it('colours every part of the forgiving forms: kinds anywhere, vocabulary, new kinds, ranges, targets, Day N', () => {
    const kinds = new Set(partsOf(forgiving).map((check) => check.what.split(' ')[0]));
    for (const kind of ['conditioning', 'sport', 'event', 'pace', 'target', 'hr', 'effort']) assert.ok(kinds.has(kind), kind);
    assert.deepEqual(disagreements(forgiving), []);
  });

  it('is generated from the vocabulary (npm run generate:grammar)', () => {
    const { generatedGrammar } = require('../../scripts/grammar') as { generatedGrammar(): string };
    assert.equal(readFileSync(join(root, 'syntaxes/hybrid.tmLanguage.json'), 'utf8'), generatedGrammar());
  });

  it('colours every part of a plan that uses every construct', () => {
    assert.ok(partsOf(everything).length > 80);
    assert.deepEqual(disagreements(everything), []);
  });

  it('colours every part of every example plan and of every plan snippet', () => {
    const samples: [string, string][] = [];
    const examples = join(root, 'examples');
    for (const file of readdirSync(examples).filter((name) => name.endsWith('.hybrid'))) {
      samples.push([file, readFileSync(join(examples, file), 'utf8')]);
    }
    const snippets: Record<string, { body: string[] }> = JSON.parse(readFileSync(join(root, 'snippets/hybrid.json'), 'utf8'));
    for (const [name, snippet] of Object.entries(snippets)) {
      if (!snippet.body[0].startsWith('plan') && !snippet.body[0].startsWith('#')) continue;
      const text = snippet.body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
      samples.push([name, text]);
    }
    assert.ok(samples.length >= 4);
    for (const [name, text] of samples) {
      const plan = parsePlan(text);
      if (plan.syntaxErrors.length > 0) continue; // mistakes.hybrid-style examples may hold syntax errors on purpose
      assert.deepEqual(disagreements(text), [], name);
    }
  });

  it('checks every kind of part at least once', () => {
    const kinds = new Set(partsOf(everything).map((check) => check.what.split(' ')[0]));
    assert.deepEqual([...kinds].sort(), [
      'comment', 'cross', 'distance', 'duration', 'effort', 'exercise', 'focus', 'goal', 'gym', 'intensity', 'note',
      'repeats', 'rest', 'rpe', 'run', 'start', 'time', 'week', 'weekday', 'zone',
    ]);
  });
});

describe('TextMate grammar on the corpus of published plans', () => {
  it('colours the parts of at least 90 % of the day lines the parser reads without error', () => {
    let lines = 0;
    const wrong: string[] = [];
    for (const set of ['plans', 'verbatim']) {
      const folder = join(root, 'test', 'corpus', set);
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.hybrid'))) {
        for (const line of readFileSync(join(folder, name), 'utf8').split(/\r?\n/)) {
          if (!/^\s*(mon|tue|wed|thu|fri|sat|sun|day\s*\d)/i.test(line) || parsePlan(line).syntaxErrors.length > 0) continue;
          lines++;
          const problems = disagreements(line);
          if (problems.length) wrong.push(`${set}/${name}: ${line} — ${problems[0]}`);
        }
      }
    }
    console.log(`      grammar disagrees with the parser on ${wrong.length} of ${lines} corpus day lines`);
    // A ratchet, not a goal: 84 of 863 when the vocabulary came to the grammar (slashed alternatives, `light strength`,
    // exercises outside brackets are what is left); lower it as the grammar learns them. 150 of 1,511 on 2 December,
    // after eight plans of track and sprint wording (the grammar learnt `(AM)`, `5:00pm`, `@ 9:00 AM`, `5K race`).
    // 174 of 1,744 after eight plans of new kinds (issue 13, branch coach4: the grammar learnt `Day 15`, `UT2`,
    // `1 hour 45 minutes`, a session ending at a glued `/`, at `, PM`, at `then run` and at `and a 2-3 mile run`).
    // 228 of 2,287 on 3 December (ninth session: 17 plans of 10K-with-weights, Nike, doubles, rugby and Army wording; the
    // grammar learnt `4'21" min/km` paces). 215 of 2,290 in the tenth session (the corpus's last failing lines read; the
    // grammar learnt a focus or body-part word first as the gym keyword, `full body strength A`, `Chest, Triceps`,
    // `10,000m`, `10 minute mile pace`).
    // 174 of 1,746 on branch coach5 (two more verbatim lines read; the grammar learnt `runs` as the run word).
    // 172 of 1,876 after nine plans of training logs, beginner tables and fitness tests (corpus5: the grammar learnt
    // dated and dashed day labels, a walk before a run as the run's, and a table's `15:00 of`).
    // 185 of 1,923 after seven plans of HYROX, CrossFit and fitness-test wording (corpus6a: the grammar learnt table
    // rows, a test named before a training word, `Strength Endurance`, a session ending at `and run`; CrossFit's loose
    // lifts at the start of a day, `front squat 5-5-5-5`, are what is left).
    // 200 of 2,103 after six plans of selection, rugby pre-season, doubles and a hybrid coach's week (corpus8b: the
    // grammar learnt `1hr 50mins`, `2-hour`, `13-mins`; `wu, …` logs and `Upper Body Strength & …` are what is left).
    // 238 of 2,392 after three elite doubles weeks (corpus12b: the grammar learnt `Monday morning:`, `71′`, a log's
    // `[9 miles]` after a run, a run ending at `plus gym`).
    assert.ok(wrong.length <= lines * 0.1, wrong.slice(0, 20).join('\n'));
  });
});
