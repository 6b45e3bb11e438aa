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
      add(`${kind} keyword`, session.keywordRange, `entity.name.function.session.${kind}.hybrid`);
      if (session.kind === 'gym') {
        const bare = session.focusRange && session.focusRange.start.column === session.keywordRange.start.column;
        if (!bare) add('focus', session.focusRange, 'support.type.focus.hybrid');
        add('intensity', session.intensityRange, 'storage.modifier.intensity.hybrid');
        for (const exercise of session.exercises) add(`exercise ${exercise.name}`, exercise.nameRange, 'variable.other.exercise.hybrid');
      }
      if (session.kind === 'run') add('run type', session.runTypeRange, 'support.type.run-type.hybrid');
      if (session.kind === 'cross') add('effort', session.effortRange, 'storage.modifier.effort.hybrid');
      const a = session.attributes;
      add('duration', a.duration?.range, 'constant.numeric.duration.hybrid');
      add('distance', a.distance?.range, 'constant.numeric.distance.hybrid');
      add('repeats', a.repeats?.range, 'constant.numeric.repeats.hybrid');
      add('time', a.time?.range, a.time?.value.clockMinutes === undefined ? 'constant.language.time-of-day.hybrid' : 'constant.numeric.time.hybrid', 'last');
      add('rpe', a.rpe?.range, 'variable.parameter.rpe.hybrid', 'first');
      add('rpe', a.rpe?.range, 'constant.numeric.integer.hybrid', 'last');
      add('zone', a.zone?.range, 'variable.parameter.zone.hybrid');
      add('note', a.note?.range, 'string.quoted.double.note.hybrid');
    }
  }
  return checks;
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

describe('TextMate grammar agrees with the parser', () => {
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
