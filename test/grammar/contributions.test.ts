// The static contributions of the extension: snippets produce clean plans, the settings and `.hybridrc.json` schemas
// list exactly the rules of the registry with their options, the word pattern keeps plan tokens whole, and the
// TextMate grammar passes its scope tests.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import { parsePlan } from '../../server/src/language/parser';
import { checkPlan, rules } from '../../server/src/rules/registry';
import { hybridrcSchema, rulesSetting, withRuleSettings } from '../../scripts/rule-schemas';

const root = join(__dirname, '..', '..');
const readJson = (path: string): any => JSON.parse(readFileSync(join(root, path), 'utf8'));

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}
const snippets: Record<string, Snippet> = readJson('snippets/hybrid.json');

/** The text a snippet inserts when every placeholder keeps its default (first choice, or its default text). */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

/** `line:column rule message` for every diagnostic, so a failure shows what fired. */
function diagnosticsOf(text: string): string[] {
  return checkPlan(parsePlan(text)).map(
    (d) => `${d.range.start.line + 1}:${d.range.start.column + 1} ${d.rule} ${d.message}`,
  );
}

const balanced = expand(snippets['Balanced hybrid week'].body);

describe('snippets', () => {
  for (const name of ['Balanced hybrid week', 'Strength-focused week', 'Running-focused week', '12-week block']) {
    it(`'${name}' inserts a plan with no diagnostic at all`, () => {
      const text = expand(snippets[name].body);
      assert.deepEqual(diagnosticsOf(text), []);
    });
  }

  it("the balanced week is the guide's week", () => {
    assert.deepEqual(balanced.split('\n').slice(4, 11), [
      'Mon: gym upper heavy',
      'Tue: run intervals 6x800m',
      'Wed: rest',
      'Thu: gym upper',
      'Fri: run long 14km',
      'Sat: gym lower heavy',
      'Sun: rest',
    ]);
  });

  it('the 12-week block expands to weeks 1–12 with a start date, two deload weeks and a taper', () => {
    const plan = parsePlan(expand(snippets['12-week block'].body));
    assert.deepEqual(
      plan.weeks.map((week) => week.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    assert.equal(plan.start?.date, '2026-12-07');
    assert.deepEqual(
      plan.blocks.map((block) => block.header?.label?.value),
      ['base', 'deload', 'build', 'deload', 'peak', 'taper'],
    );
  });

  it('asks for a snippet only by its own name: no prefix is a word typed in a plan', () => {
    // Completion never takes a keystroke meant as text: a snippet that matched `gym`, `run` or `week` would be offered
    // (placeholders and all) while a session is typed. Session words come from the language server instead.
    for (const [name, snippet] of Object.entries(snippets)) {
      for (const prefix of [snippet.prefix].flat()) assert.match(prefix, /^plan-[a-z0-9-]+$/, name);
    }
  });

  it('every snippet has a prefix, a description and a body', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok([snippet.prefix].flat().every((p) => /^[a-z][a-z0-9-]*$/.test(p)), name);
      assert.ok(snippet.description.length > 20, name);
      assert.ok(snippet.body.length > 0, name);
    }
  });
});

describe('rule settings schemas', () => {
  const schema = readJson('schemas/hybridrc.schema.json');
  const ruleSchemas: Record<string, any> = schema.definitions.rules.properties;
  const manifest = readJson('package.json');
  const setting = manifest.contributes.configuration.properties['hybrid.rules'];

  it('lists every rule id of the registry, in catalogue order, and nothing else', () => {
    assert.deepEqual(
      Object.keys(ruleSchemas),
      rules.map((rule) => rule.meta.id),
    );
    assert.equal(schema.definitions.rules.additionalProperties, false);
  });

  it("gives each rule its registry default severity and its options' names and defaults", () => {
    for (const rule of rules) {
      const entry = ruleSchemas[rule.meta.id];
      assert.equal(entry.default, rule.meta.severity, rule.meta.id);
      const options = entry.anyOf[1].items[1].properties;
      assert.deepEqual(
        Object.entries(options).map(([name, option]: [string, any]) => [name, option.default, option.minimum, option.maximum]),
        rule.meta.options.map((option) => [option.name, option.default, option.minimum, option.maximum]),
        rule.meta.id,
      );
    }
  });

  it('are up to date with the registry (npm run generate:schemas rewrites them)', () => {
    assert.deepEqual(schema, hybridrcSchema());
    assert.deepEqual(setting, rulesSetting());
    assert.deepEqual(manifest.contributes.configuration.properties, withRuleSettings(manifest.contributes.configuration.properties));
  });

  it('gives every rule a setting the Settings UI shows as a dropdown (hybrid.rule.<id>), default: leave it to the layers below', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const rule of rules) {
      const entry = properties[`hybrid.rule.${rule.meta.id}`];
      assert.ok(entry, rule.meta.id);
      assert.deepEqual([entry.type, entry.enum, entry.default], ['string', ['default', 'off', 'info', 'warning', 'error'], 'default']);
    }
  });

  it('the hybrid.rules setting writes the severity out (settings cannot $ref) and is read per plan', () => {
    assert.ok(!JSON.stringify(setting).includes('$ref'));
    assert.deepEqual(setting.properties['rest-days'].anyOf[0].enum, ['off', 'info', 'warning', 'error']);
    assert.equal(setting.additionalProperties, false);
    assert.equal(setting.scope, 'resource');
  });

  async function problems(text: string): Promise<string[]> {
    const service = getLanguageService({});
    service.configure({ validate: true, schemas: [{ uri: 'hybridrc.schema.json', fileMatch: ['*.json'], schema }] });
    const document = TextDocument.create('file:///plans/.hybridrc.json', 'json', 1, text);
    const found = await service.doValidation(document, service.parseJSONDocument(document));
    return found.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
  }

  it('accepts the forms of rules.md in a .hybridrc.json', async () => {
    const valid = JSON.stringify({
      rules: {
        'quality-limit': ['warning', { max: 2 }],
        'session-order': 'off',
        'load-ramp': ['error', { ratio: 1.3 }],
        'gym-frequency': ['info', { max: 4, min: 2 }],
        'rest-days': ['warning'],
      },
    });
    assert.deepEqual(await problems(valid), []);
  });

  it('flags an unknown rule, a bad severity, an unknown option and an ill-typed option where they are written', async () => {
    const text = [
      '{"rules": {',
      '  "no-such-rule": "warning",',
      '  "rest-days": "loud",',
      '  "quality-limit": ["warning", {"most": 2}],',
      '  "gym-duration": ["info", {"minutes": "long"}]',
      '}}',
    ].join('\n');
    assert.deepEqual((await problems(text)).sort(), [
      '1:2 Property no-such-rule is not allowed.',
      '2:15 Value is not accepted. Valid values: "off", "info", "warning", "error".',
      '3:32 Property most is not allowed.',
      '4:39 Incorrect type. Expected "number".',
    ]);
  });
});

describe('language configuration', () => {
  const configuration = readJson('language-configuration.json');

  it('keeps repeats, durations, clock times, dates, directives and rule ids whole as words', () => {
    const words = new RegExp(configuration.wordPattern, 'g');
    const line = "Tue: run intervals 6x800m 1h30 @07:00 @7am rpe 8 z4 [squat 5x5 @80%, farmer's carry] 2026-12-07 # hybrid-ignore-file back-to-back-hard";
    assert.deepEqual(line.match(words), [
      'Tue', 'run', 'intervals', '6x800m', '1h30', '@07:00', '@7am', 'rpe', '8', 'z4', 'squat', '5x5', '80%',
      "farmer's", 'carry', '2026-12-07', 'hybrid-ignore-file', 'back-to-back-hard',
    ]);
  });

  it('comments with #, and pairs [ ] and " "', () => {
    assert.equal(configuration.comments.lineComment, '#');
    assert.deepEqual(configuration.brackets, [['[', ']']]);
    assert.deepEqual(
      configuration.autoClosingPairs.map((pair: { open: string; close: string }) => pair.open + pair.close),
      ['[]', '""'],
    );
  });
});

describe('TextMate grammar', () => {
  it('passes every scope assertion of test/grammar/*.test.hybrid', () => {
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js'),
        '-c',
        '-g',
        'syntaxes/hybrid.tmLanguage.json',
        'test/grammar/*.test.hybrid',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal((result.stdout.match(/run successfuly/g) ?? []).length, 9, result.stdout);
  });
});

describe('packaged files (.vscodeignore)', () => {
  it('the .vsix holds only the bundle, the week view media, the manifest, its contributions, the rule docs and the legal files', async function () {
    this.timeout(120_000); // vsce walks the whole tree, node_modules included, before applying .vscodeignore
    // @vscode/vsce ships no type declarations: this is the one function used (its documented API).
    const vsce: { listFiles(options: { cwd: string; dependencies: boolean }): Promise<string[]> } = require('@vscode/vsce');
    const files = await vsce.listFiles({ cwd: root, dependencies: false });
    const allowed =
      /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|language-configuration\.json|dist\/client\.js|client\/media\/[^/]+\.(js|css|svg)|syntaxes\/[^/]+\.json|snippets\/[^/]+\.json|schemas\/[^/]+\.json|icons\/[^/]+\.(svg|png)|docs\/rules\/[^/]+\.md)$/;
    assert.deepEqual(files.filter((file) => !allowed.test(file)), []);
    // dist/client.js is also the language server (scripts/vsix-entry.ts): the server alone, source maps, the CLI and
    // the export schema (the CLI's documentation) are not loaded by VS Code.
    for (const left of ['dist/server.js', 'dist/client.js.map', 'dist/cli.js', 'schemas/plan-export.schema.json', 'icons/icon.svg']) {
      assert.ok(!files.includes(left), left);
    }
    for (const needed of [
      'package.json',
      'dist/client.js',
      'LICENSE',
      'CHANGELOG.md',
      'language-configuration.json',
      'syntaxes/hybrid.tmLanguage.json',
      'snippets/hybrid.json',
      'schemas/hybridrc.schema.json',
      'icons/icon.png',
      'icons/hybrid-file-light.svg',
      'icons/hybrid-file-dark.svg',
    ]) {
      assert.ok(files.includes(needed), needed);
    }
  });
});
