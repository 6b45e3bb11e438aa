// JSON export: exact content for a small plan, and every export validates against schemas/plan-export.schema.json
// (checked with vscode-json-languageservice, the validator VS Code itself uses).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService, TextDocument, type JSONSchema } from 'vscode-json-languageservice';
import { parsePlan } from '../../../server/src/language/parser';
import { exportJson } from '../../../server/src/analysis/export';

const ROOT = join(__dirname, '../../..');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas/plan-export.schema.json'), 'utf8')) as JSONSchema;

async function schemaProblems(value: unknown): Promise<string[]> {
  const service = getLanguageService({});
  const document = TextDocument.create('inmemory://export.json', 'json', 1, JSON.stringify(value, null, 2));
  const json = service.parseJSONDocument(document);
  const diagnostics = await service.doValidation(document, json, { schemaValidation: 'error' }, SCHEMA);
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
}

const BALANCED = [
  '# Balanced hybrid week, from the training guide',
  'plan "Balanced hybrid"',
  'start: 2026-12-07',
  'goal: balanced',
  '',
  'Mon: gym upper heavy',
  'Tue: run intervals 6x800m rpe 8',
  'Wed: rest',
  'Thu: gym lower heavy 70min [squat 5x5 @80%, plank 3x60s]',
  'Fri: run long 14km @07:30 "easy pace"',
  'Sat: bike easy 45min pm z2',
  '',
].join('\n');

describe('JSON export', () => {
  it('exports the plan with dates, sessions, classes and totals', () => {
    const exported = exportJson(parsePlan(BALANCED));
    assert.equal(exported.format, 'hybrid-plan');
    assert.equal(exported.version, 1);
    assert.equal(exported.title, 'Balanced hybrid');
    assert.equal(exported.start, '2026-12-07');
    assert.equal(exported.goal, 'balanced');
    assert.equal(exported.singleWeek, true);
    assert.equal(exported.syntaxErrors, 0);
    assert.equal(exported.weeks.length, 1);
    const week = exported.weeks[0]!;
    assert.equal(week.number, 1);
    assert.equal(week.monday, '2026-12-07');
    assert.deepEqual(
      week.days.map((day) => [day.name, day.date, day.rest, day.sessions.length, day.load]),
      [
        ['Mon', '2026-12-07', false, 1, 480],
        ['Tue', '2026-12-08', false, 1, 400],
        ['Wed', '2026-12-09', true, 1, 0],
        ['Thu', '2026-12-10', false, 1, 560],
        ['Fri', '2026-12-11', false, 1, 336],
        ['Sat', '2026-12-12', false, 1, 135],
        ['Sun', '2026-12-13', true, 0, 0],
      ],
    );
    assert.deepEqual(week.days[3]!.sessions[0], {
      kind: 'gym',
      text: 'gym lower heavy 70min [squat 5x5 @80%, plank 3x60s]',
      place: { line: 9, column: 6, endLine: 9, endColumn: 57 },
      title: 'Gym lower heavy',
      classes: ['heavy legs', 'hard gym'],
      hard: true,
      legHard: true,
      minutes: 70,
      rpe: 8,
      load: 560,
      focus: 'lower',
      intensity: 'heavy',
      exercises: [
        { name: 'squat', sets: 5, reps: 5, load: '80%' },
        { name: 'plank', sets: 3, seconds: 60 },
      ],
    });
    assert.deepEqual(week.days[4]!.sessions[0], {
      kind: 'run',
      text: 'run long 14km @07:30 "easy pace"',
      place: { line: 10, column: 6, endLine: 10, endColumn: 38 },
      title: 'Run long 14 km',
      classes: ['long run'],
      hard: false,
      legHard: false,
      minutes: 84,
      rpe: 4,
      load: 336,
      distanceKm: 14,
      runType: 'long',
      clock: '07:30',
      period: 'am',
      note: 'easy pace',
    });
    assert.deepEqual(week.days[5]!.sessions[0]!.classes, ['easy cross']);
    assert.equal(week.days[5]!.sessions[0]!.zone, 2);
    assert.deepEqual(week.days[2]!.sessions[0]!.classes, ['rest']);
    assert.deepEqual(week.totals, {
      gym: 2,
      heavyGym: 2,
      runs: 2,
      easyRuns: 0,
      qualityRuns: 1,
      longRuns: 1,
      steadyRuns: 0,
      accessoryGym: 0,
      cross: 1,
      restDays: 2,
      hardDays: 3,
      legHardDays: 2,
      minutes: 309,
      runKm: 18.8,
      load: 1911,
      easyShare: null,
    });
  });

  it('validates against the export schema (small plan, twelve weeks, no start, broken lines)', async () => {
    const plans = [
      BALANCED,
      readFileSync(join(__dirname, 'fixtures/twelve-weeks.hybrid'), 'utf8'),
      'Mon: gym\nTue: run easy\n',
      'week 1\nMon: gim upper\nTue: run tempo rpe 12\nWed: rest\n',
    ];
    for (const text of plans) {
      assert.deepEqual(await schemaProblems(exportJson(parsePlan(text))), [], text.split('\n')[0]);
    }
  });

  it('the schema rejects what it must (a test that it can fail)', async () => {
    const exported = exportJson(parsePlan(BALANCED));
    const broken = JSON.parse(JSON.stringify(exported)) as Record<string, unknown> & { weeks: { days: unknown[] }[] };
    broken.weeks[0]!.days.pop();
    (broken as Record<string, unknown>).extra = true;
    const problems = await schemaProblems(broken);
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.ok(problems.some((problem) => /extra/.test(problem)));
    assert.ok(problems.some((problem) => /7/.test(problem)));
  });

  it('expands repeated weeks and carries labels and the goal in force', () => {
    const exported = exportJson(
      parsePlan('goal: strength\nweek 1: base\nMon: gym\nweek 2-3 "Build"\ngoal: running\nTue: run easy\n'),
    );
    assert.deepEqual(
      exported.weeks.map((week) => [week.number, week.label, week.goal, week.repeatIndex, week.monday]),
      [
        [1, 'base', 'strength', 0, undefined],
        [2, 'Build', 'running', 0, undefined],
        [3, 'Build', 'running', 1, undefined],
      ],
    );
    assert.equal(exported.start, undefined);
    assert.equal(exported.goal, 'strength');
  });
});
