// The layer walls of eslint.config.mjs (docs/architecture.md) fire on an import that breaks the layer order, and stay
// quiet on the imports each layer may make. Same harness as test/hostile/lint.test.ts: ESLint's API on probe text.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..');

async function problems(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath: join(ROOT, file) });
  return result!.messages.map((message) => `${message.line}:${message.ruleId}`);
}

describe('layer walls (npm run lint)', function () {
  this.timeout(120_000);

  const cases: [file: string, code: string, expected: string[]][] = [
    // language → analysis → rules → fixes → engine → features / cli / server
    ['server/src/language/__probe.ts', "import { checkPlan } from '../rules/registry';", ['1:no-restricted-imports']],
    ['server/src/language/__probe.ts', "import { classify } from '../analysis/classify';", ['1:no-restricted-imports']],
    ['server/src/language/__probe.ts', "import { LineIndex } from './text';", []],
    ['server/src/analysis/__probe.ts', "import type { PlanDiagnostic } from '../rules/types';", ['1:no-restricted-imports']],
    ['server/src/analysis/__probe.ts', "import { parsePlan } from '../language/parser';", []],
    ['server/src/rules/__probe.ts', "import { addsNoProblem } from '../fixes/compare';", ['1:no-restricted-imports']],
    ['server/src/rules/__probe.ts', "import { classify } from '../analysis/classify';", []],
    ['server/src/fixes/__probe.ts', "import { summaryLine } from '../features/present';", ['1:no-restricted-imports']],
    ['server/src/fixes/__probe.ts', "import { checkPlan } from '../rules/registry';\nimport { Budget } from '../budgets';", []],
    ['server/src/engine.ts', "import { ServerContext } from './features/context';", ['1:no-restricted-imports']],
    // front ends only through the engine
    ['server/src/features/__probe.ts', "import { checkPlan } from '../rules/registry';", ['1:no-restricted-imports']],
    ['server/src/features/__probe.ts', "import { checkPlan } from '../engine';\nimport { findConfigFile } from '../node/config';", []],
    ['server/src/cli.ts', "import { fixAll } from './fixes/reschedule';", ['1:no-restricted-imports']],
    // no editor types in the engine; I/O only in node/
    ['server/src/analysis/__probe.ts', "import type { Range } from 'vscode-languageserver/node';", ['1:no-restricted-imports']],
    ['server/src/rules/__probe.ts', "import * as fs from 'node:fs';", ['1:no-restricted-imports']],
    ['server/src/features/__probe.ts', "import { readFileSync } from 'fs';", ['1:no-restricted-imports']],
    ['server/src/node/__probe.ts', "import * as fs from 'node:fs';", []],
    // the client only through shared/
    ['client/src/__probe.ts', "import type { WeekViewModel } from '../../server/src/features/weekView';", ['1:no-restricted-imports']],
    ['client/src/weekView/__probe.ts', "import { Requests } from '../../../shared/protocol';", []],
    ['shared/__probe.ts', "import { checkPlan } from '../server/src/engine';", ['1:no-restricted-syntax']],
    ['shared/__probe.ts', "import type { Plan } from '../server/src/engine';", []],
  ];

  for (const [file, code, expected] of cases) {
    it(`${file}: ${code.split('\n')[0]} → ${expected.length ? expected.join(', ') : 'clean'}`, async () => {
      assert.deepEqual(await problems(file, code), expected);
    });
  }
});
