// The security lint (eslint.config.mjs, `npm run lint`) fires on every way document text could become code, in the
// engine, the server and the extension, and stays quiet on the ordinary code around them.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..');

async function problems(code: string, file = 'server/src/language/__probe.ts'): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages
    .sort((a, b) => a.line - b.line || String(a.ruleId).localeCompare(String(b.ruleId)))
    .map((message) => `${message.line}:${message.ruleId}`);
}

describe('security lint', function () {
  this.timeout(60_000);

  it('reports eval, Function, string timers, dynamic require and import, vm and child_process', async () => {
    const code = [
      'import * as vm from "node:vm";', // 1
      'import { exec } from "child_process";', // 2
      'export function bad(text: string, name: string): unknown {',
      '  eval(text);', // 4
      '  const f = new Function(text);', // 5
      '  setTimeout("tick()", 1);', // 6
      '  require(name);', // 7
      '  void import(name);', // 8
      '  void import(`./rules/${name}`);', // 9
      '  globalThis.eval(text);', // 10
      '  return [vm, exec, f];',
      '}',
    ].join('\n');
    assert.deepEqual(await problems(code), [
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '4:no-eval',
      '4:no-restricted-globals',
      '5:no-new-func',
      '5:no-restricted-globals',
      '6:no-restricted-syntax',
      '7:no-restricted-syntax',
      '8:no-restricted-syntax',
      '9:no-restricted-syntax',
      '10:no-eval',
      '10:no-restricted-properties',
    ]);
  });

  it('covers the extension and the week view script too, and accepts literal requires and imports', async () => {
    assert.deepEqual(await problems('export const x = (s: string) => eval(s);', 'client/src/__probe.ts'), ['1:no-eval', '1:no-restricted-globals']);
    assert.deepEqual(await problems('document.write(location.hash);', 'client/media/__probe.js'), ['1:no-restricted-syntax']);
    assert.deepEqual(await problems('import * as fs from "node:fs";\nexport const a = require("./x");\nexport const b = import("./y");\nsetTimeout(() => fs, 1);', 'server/src/node/__probe.ts'), []);
  });
});
