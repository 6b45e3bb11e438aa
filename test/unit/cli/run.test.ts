// The CLI in-process: colour decisions and argument parsing, without spawning.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, run, UsageError, wantsColor, type CliIo } from '../../../server/src/cli';

function capture(color: boolean): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t), color, cwd: process.cwd() }, out, err };
}

describe('hybrid CLI in-process', () => {
  it('uses colour only on a TTY without NO_COLOR', () => {
    assert.equal(wantsColor(true, {}), true);
    assert.equal(wantsColor(false, {}), false);
    assert.equal(wantsColor(true, { NO_COLOR: '1' }), false);
    assert.equal(wantsColor(true, { NO_COLOR: '' }), true);
  });

  it('colours severities and the summary when asked, and not otherwise', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-run-'));
    try {
      const file = path.join(dir, 'p.hybrid');
      fs.writeFileSync(file, 'goal: strength\nMon: gym lower heavy + run intervals\n');
      const colored = capture(true);
      assert.equal(run(['check', '--rule', 'same-day-spacing=off', '--rule', 'gym-frequency=off', '--rule', 'run-frequency=off', file], colored.io), 1);
      assert.equal(
        colored.out[0],
        `${file}:2:24  \u001b[31merror\u001b[0m    Heavy legs (Mon: gym lower heavy) and a quality run (run intervals) on the same day — the guide says avoid heavy squats + intervals on the same day  \u001b[2mhard-same-day\u001b[0m\n`,
      );
      assert.equal(colored.out[1], '\n\u001b[31m✖ 1 problem (1 error, 0 warnings, 0 infos)\u001b[0m\n');
      const plain = capture(false);
      run(['check', '--rule', 'same-day-spacing=off', '--rule', 'gym-frequency=off', '--rule', 'run-frequency=off', file], plain.io);
      assert.ok(plain.out.every((line) => !line.includes('\u001b[')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses options in both forms, repeatable ones, and -- before operands', () => {
    const specs = { '--format': { type: 'value' as const, choices: ['text', 'json'] }, '--rule': { type: 'value' as const, repeatable: true }, '--dry-run': { type: 'flag' as const } };
    const parsed = parseArgs('check', ['--format=json', '--rule', 'a=off', 'x', '--rule=b=info', '--dry-run', '--', '--odd-name.hybrid'], specs);
    assert.deepEqual([...parsed.options], [['--format', ['json']], ['--rule', ['a=off', 'b=info']], ['--dry-run', ['true']]]);
    assert.deepEqual(parsed.operands, ['x', '--odd-name.hybrid']);
    assert.throws(() => parseArgs('check', ['--format', 'json', '--format', 'text'], specs), new UsageError(`Option '--format' is given twice`));
    assert.throws(() => parseArgs('check', ['--dry-run=yes'], specs), new UsageError(`Option '--dry-run' takes no value`));
  });

  it('lists at most 1,000 problems of one rule per plan, then one line that says how many more (budgets.ts LISTED_PER_RULE)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-run-'));
    try {
      const file = path.join(dir, 'p.hybrid');
      // 1,003 weeks, each with heavy legs and intervals on Monday: 1,003 hard-same-day errors.
      fs.writeFileSync(file, Array.from({ length: 1003 }, (_, i) => `week ${i + 1}\nMon: gym lower heavy + run intervals\n`).join(''));
      const off = ['same-day-spacing', 'gym-frequency', 'run-frequency', 'main-goal', 'rest-days', 'quality-limit', 'all-runs-hard'].flatMap((id) => ['--rule', `${id}=off`]);
      const { io, out } = capture(false);
      assert.equal(run(['check', ...off, file], io), 1);
      const lines = out.join('').split('\n');
      assert.equal(lines.filter((line) => line.endsWith('  hard-same-day')).length, 1000);
      assert.deepEqual(
        lines.filter((line) => line.endsWith('  limit')),
        [`${file}:2002:24  error    'hard-same-day' is reported at 3 more places, not listed (the first of them here) — a rule lists at most 1,000 problems per plan; fix these first  limit`],
      );
      assert.equal(lines.at(-2), '✖ 1001 problems (1001 errors, 0 warnings, 0 infos)');
      // The JSON form: the same entries, the summary one with rule 'limit'.
      const json = capture(false);
      run(['check', '--format', 'json', ...off, file], json.io);
      const entries = JSON.parse(json.out.join('')) as { rule: string; line: number }[];
      assert.equal(entries.length, 1001);
      assert.deepEqual(entries.filter((e) => e.rule === 'limit').map((e) => e.line), [2002]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns an unexpected failure into one line and exit 2', () => {
    const { io, err } = capture(false);
    assert.equal(run(['totals', path.join(os.tmpdir(), 'does-not-exist-hybrid', 'x.hybrid')], io), 2);
    assert.equal(err.length, 1);
    assert.match(err[0], /^hybrid: Cannot read '.*x\.hybrid': no such file or directory\n$/);
  });
});
