// `hybrid check --format json` is written a piece at a time (cli.ts, `writeJsonList`): the bytes must be exactly
// those of `JSON.stringify(list, null, 2)` and a line break, whatever the number of diagnostics.
import { strict as assert } from 'node:assert';
import { toJson, writeJsonList, type FileDiagnostic } from '../../../server/src/cli';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';

function written(list: FileDiagnostic[]): string {
  let out = '';
  writeJsonList(list, { out: (text) => (out += text) });
  return out;
}

describe('check --format json', () => {
  it('writes exactly what JSON.stringify writes, for none, one and thousands of diagnostics', () => {
    const text = 'week 1\nMon: gym lower heavy + run intervals "a \\"quoted\\" note — ünïcode"\nTue: gim upper\n'.repeat(1500);
    const all = checkPlan(parsePlan(text)).map((diagnostic) => ({ file: 'dir/plan "x".hybrid', diagnostic }));
    assert.ok(all.length > 4000, `${all.length} diagnostics`);
    for (const list of [[], all.slice(0, 1), all.slice(0, 2000), all.slice(0, 2001), all]) {
      assert.equal(written(list), `${JSON.stringify(list.map(toJson), null, 2)}\n`);
    }
  });
});
