// Runs the BUILT command line (bin/hybrid.js → dist/cli.js) on temporary folders, as CI and editors would.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const bin = path.join(root, 'bin/hybrid.js');

/** Builds dist/ when any server source is newer than dist/cli.js (so running this file alone tests current code). */
function ensureBuilt(): void {
  const built = path.join(root, 'dist/cli.js');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const full = path.join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
    }, 0);
  if (newest(path.join(root, 'server/src')) > builtAt) {
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  }
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function hybrid(args: string[], cwd: string): Result {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 2 with exactly one line on stderr (no stack trace) and nothing on stdout. */
function assertUsageError(result: Result, message: string): void {
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `hybrid: ${message}\n`);
}

const BALANCED = 'plan "Balanced"\ngoal: balanced\nMon: gym upper heavy\nTue: run intervals\nWed: rest\nThu: upperbody\nFri: run long\nSat: gym lower\nSun: rest\n';
const CONFLICT = 'goal: strength\nMon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nThu: rest\nFri: gym full\nSat: run easy\nSun: rest\n';

describe('hybrid CLI', function () {
  this.timeout(60000);
  let dir: string;

  before(ensureBuilt);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-cli-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(relative: string, text: string): string {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  describe('check', () => {
    it('prints nothing but a success line and exits 0 for a clean plan', () => {
      write('balanced.hybrid', BALANCED);
      const result = hybrid(['check', 'balanced.hybrid'], dir);
      assert.deepEqual(result, { code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
    });

    it('prints JSON diagnostics field for field, 1-based and sorted by file, line, column; exit 1 on an error', () => {
      write('b.hybrid', 'goal: running\nMon: gim\n');
      write('a.hybrid', CONFLICT);
      const result = hybrid(['check', '--format', 'json', '--rule', 'same-day-spacing=off', '.'], dir);
      assert.equal(result.code, 1);
      assert.equal(result.stderr, '');
      const diagnostics = JSON.parse(result.stdout) as Record<string, unknown>[];
      assert.deepEqual(Object.keys(diagnostics[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message']);
      assert.deepEqual(
        diagnostics.map(({ file, line, column, endLine, endColumn, severity, rule }) => [file, line, column, endLine, endColumn, severity, rule]),
        [
          ['a.hybrid', 2, 24, 2, 37, 'error', 'hard-same-day'],
          ['b.hybrid', 2, 1, 2, 9, 'info', 'gym-frequency'],
          ['b.hybrid', 2, 1, 2, 9, 'info', 'run-frequency'],
          ['b.hybrid', 2, 6, 2, 9, 'error', 'syntax'],
        ],
      );
      assert.equal(diagnostics[3].message, `Unknown session 'gim' — did you mean 'gym'?`);
    });

    it('prints compiler-style text lines and a summary, without colour when not on a TTY', () => {
      write('plan.hybrid', 'goal: strength\nMon: gym lower heavy + run intervals\nTue: run easy rpe 6\nWed: gym upper\nThu: rest\nFri: gym full\nSun: rest\n');
      const result = hybrid(['check', 'plan.hybrid'], dir);
      assert.equal(result.code, 1);
      const lines = result.stdout.split('\n');
      assert.match(lines[0], /^plan\.hybrid:2:24 {2}error {4}Heavy legs \(Mon: gym lower heavy\) and a quality run .* {2}hard-same-day$/);
      assert.match(lines[1], /^plan\.hybrid:2:24 {2}info {5}.* {2}same-day-spacing$/);
      assert.match(lines[2], /^plan\.hybrid:3:15 {2}warning {2}.* {2}easy-run-too-hard$/);
      assert.equal(lines.at(-2), '✖ 3 problems (1 error, 1 warning, 1 info)');
      assert.ok(!result.stdout.includes('\u001b['), 'no escape codes');
    });

    it('applies --rule severities, later flags winning', () => {
      write('a.hybrid', CONFLICT);
      const result = hybrid(['check', '--format=json', '--rule', 'hard-same-day=error', '--rule', 'hard-same-day=off', '--rule', 'same-day-spacing=off', 'a.hybrid'], dir);
      assert.deepEqual(result, { code: 0, stdout: '[]\n', stderr: '' });
    });

    it('searches directories recursively for *.hybrid, skipping node_modules and .git', () => {
      write('plans/week.hybrid', BALANCED);
      write('plans/deep/er/other.hybrid', 'Mon: gim\n');
      write('plans/notes.txt', 'Mon: gim\n');
      write('node_modules/pkg/x.hybrid', 'Mon: gim\n');
      write('.git/y.hybrid', 'Mon: gim\n');
      const result = hybrid(['check', '--format', 'json', '--rule', 'main-goal=off', '--rule', 'gym-frequency=off', '--rule', 'run-frequency=off', '.'], dir);
      const files = (JSON.parse(result.stdout) as { file: string }[]).map((d) => d.file);
      assert.deepEqual(files, [path.join('plans', 'deep', 'er', 'other.hybrid')]);
      assert.equal(result.code, 1);
    });

    it('uses the nearest .hybridrc.json: the file folder before its parents', () => {
      write('.hybridrc.json', JSON.stringify({ rules: { 'main-goal': 'error' } }));
      write('sub/.hybridrc.json', JSON.stringify({ rules: { 'main-goal': ['off'] } }));
      write('top.hybrid', 'Mon: rest\n');
      write('sub/inner.hybrid', 'Mon: rest\n');
      const rules = (args: string[]) =>
        (JSON.parse(hybrid(['check', '--format', 'json', '--rule', 'gym-frequency=off', '--rule', 'run-frequency=off', ...args], dir).stdout) as { rule: string; severity: string }[]).map(
          (d) => `${d.rule}:${d.severity}`,
        );
      assert.deepEqual(rules(['top.hybrid']), ['main-goal:error']);
      assert.deepEqual(rules(['sub/inner.hybrid']), []);
      // --rule flags override the file.
      assert.deepEqual(rules(['--rule', 'main-goal=warning', 'sub/inner.hybrid']), ['main-goal:warning']);
    });

    it('reports columns without the BOM and reads CRLF files', () => {
      write('bom.hybrid', '\ufeffgoal: balanced\r\nMon: gim\r\n');
      const result = hybrid(['check', '--format', 'json', '--rule', 'gym-frequency=off', '--rule', 'run-frequency=off', 'bom.hybrid'], dir);
      const [diagnostic] = JSON.parse(result.stdout) as Record<string, unknown>[];
      assert.deepEqual([diagnostic.line, diagnostic.column, diagnostic.endLine, diagnostic.endColumn], [2, 6, 2, 9]);
    });
  });

  describe('usage and I/O errors: one line on stderr, exit 2', () => {
    it('unknown option', () => {
      assertUsageError(hybrid(['check', '--colour', 'x.hybrid'], dir), `Unknown option '--colour' for 'hybrid check' — try 'hybrid check --help'`);
    });

    it('unknown rule id in --rule', () => {
      const result = hybrid(['check', '--rule', 'no-such-rule=off', 'x.hybrid'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^hybrid: Unknown rule 'no-such-rule' in --rule — known rules: hard-same-day, .*week-order\n$/);
    });

    it('bad severity, bad format, missing value', () => {
      assertUsageError(hybrid(['check', '--rule', 'rest-days=loud', 'x.hybrid'], dir), `--rule rest-days: severity must be one of off, info, warning, error, not 'loud'`);
      assertUsageError(hybrid(['check', '--format', 'xml', 'x.hybrid'], dir), `Option '--format' must be one of text, json, not 'xml'`);
      assertUsageError(hybrid(['check', '--format'], dir), `Option '--format' needs a value`);
    });

    it('missing file, dangling symlink, no plans in a directory, no operands', () => {
      assertUsageError(hybrid(['check', 'missing.hybrid'], dir), `Cannot read 'missing.hybrid': no such file or directory`);
      fs.symlinkSync(path.join(dir, 'gone.hybrid'), path.join(dir, 'link.hybrid'));
      assertUsageError(hybrid(['check', 'link.hybrid'], dir), `Cannot read 'link.hybrid': no such file or directory`);
      fs.mkdirSync(path.join(dir, 'empty'));
      assertUsageError(hybrid(['check', 'empty'], dir), `No .hybrid files in 'empty'`);
      assertUsageError(hybrid(['check'], dir), `'hybrid check' needs at least one file or directory`);
    });

    it('a directory where a file is needed', () => {
      fs.mkdirSync(path.join(dir, 'folder.hybrid'));
      write('folder.hybrid/inside.hybrid', BALANCED);
      assertUsageError(hybrid(['totals', 'folder.hybrid'], dir), `'hybrid totals' takes a file, but 'folder.hybrid' is a directory`);
    });

    it('unknown rule in .hybridrc.json, naming the file', () => {
      write('.hybridrc.json', JSON.stringify({ rules: { 'hard-same-dya': 'off' } }));
      write('a.hybrid', BALANCED);
      const result = hybrid(['check', 'a.hybrid'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, new RegExp(`^hybrid: ${path.join(dir, '.hybridrc.json').replace(/[.\\/]/g, '\\$&')}: Unknown rule 'hard-same-dya' in rules — known rules: .*\n$`));
    });

    it('invalid JSON in .hybridrc.json', () => {
      write('.hybridrc.json', '{ rules: ');
      write('a.hybrid', BALANCED);
      const result = hybrid(['check', 'a.hybrid'], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^hybrid: Cannot parse '.*\.hybridrc\.json': .+\n$/);
    });

    it('missing or unknown command', () => {
      assertUsageError(hybrid([], dir), `Missing command — try 'hybrid --help'`);
      assertUsageError(hybrid(['lint'], dir), `Unknown command 'lint' — commands: check, fix, totals, export`);
    });
  });

  describe('fix', () => {
    // The heavy legs go to the free Thursday, not onto Wednesday's gym session (a free day beats a nearer training day).
    const FIXED = 'goal: strength\nMon: run intervals\nTue: rest\nWed: gym upper\nThu: gym lower heavy\nFri: gym full\nSat: run easy\nSun: rest\n';

    it('--dry-run prints the fixed text, reports moves on stderr and writes nothing', () => {
      const file = write('a.hybrid', CONFLICT);
      const result = hybrid(['fix', '--dry-run', 'a.hybrid'], dir);
      assert.equal(result.code, 0);
      assert.equal(result.stdout, FIXED);
      assert.equal(result.stderr, 'a.hybrid: moved 1 session\n  week 1: gym lower heavy — Mon → Thu\n');
      assert.equal(fs.readFileSync(file, 'utf8'), CONFLICT);
    });

    it('rewrites the file, prints the moves, and a second run changes nothing', () => {
      const file = write('a.hybrid', CONFLICT);
      const first = hybrid(['fix', 'a.hybrid'], dir);
      assert.equal(first.code, 0);
      assert.equal(first.stdout, 'a.hybrid: moved 1 session\n  week 1: gym lower heavy — Mon → Thu\n');
      assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
      assert.deepEqual(fs.readdirSync(dir), ['a.hybrid'], 'no temporary file left behind');
      const second = hybrid(['fix', 'a.hybrid'], dir);
      assert.deepEqual(second, { code: 0, stdout: 'a.hybrid: nothing to move\n', stderr: '' });
      assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    });

    it('says "set am / pm" for heavy legs and a quality run split on their day, and exits 0 when only warnings are left', () => {
      // Seven leg-hard sessions in a four-day week: no arrangement keeps them apart; am and pm set the pairs 6 h apart.
      const text = 'goal: balanced\nMon: sprints 70m x 5 + gym [back squat 3x5]\nWed: gym upper\nFri: run 400m x 4 + gym [front squat 3x5, deadlift 3x5]\nSat: run intervals + gym [power clean 3x5]\n';
      write('a.hybrid', text);
      const before = hybrid(['check', 'a.hybrid'], dir);
      assert.equal(before.code, 1);
      const result = hybrid(['fix', '--dry-run', 'a.hybrid'], dir);
      // Split first (errors first), then a later pass finds a day for Saturday's intervals. Saturday then holds one
      // session: its am / pm keep nothing apart, so the gym session and the moved run get back what was written (no
      // time). The reason keeps what the split did on Monday and Friday.
      assert.equal(result.stdout, 'goal: balanced\nMon: sprints 70m x 5 am + gym pm [back squat 3x5]\nWed: run intervals + gym upper\nFri: run 400m x 4 am + gym pm [front squat 3x5, deadlift 3x5]\nSat: gym [power clean 3x5]\n');
      assert.equal(
        result.stderr,
        'a.hybrid: moved 1 session, set am / pm on 4 sessions\n' +
          '  week 1: sprints 70m x 5 — Mon am\n' +
          '  week 1: gym [back squat 3x5] — Mon pm\n' +
          '  week 1: run 400m x 4 — Fri am\n' +
          '  week 1: gym [front squat 3x5, deadlift 3x5] — Fri pm\n' +
          '  week 1: run intervals — Sat → Wed\n' +
          "a.hybrid: week 1: heavy legs and a quality run set am and pm on Mon, Fri (the guide: separate sessions on one day by 6–8 hours); 6 leg-hard sessions ('sprints 70m x 5 am', 'gym pm [back squat 3x5]', 'run intervals', 'run 400m x 4 am', 'gym pm [front squat 3x5, deadlift 3x5]', 'gym [power clean 3x5]'): a repeating week of 7 days keeps at most 3 a day apart, and two on one day are hard on hard — make one of them easy or drop it\n",
      );
      assert.equal(result.code, 0);
      // Written, the same report goes to stdout, then what is left; a second run changes nothing (the reason then has
      // no split of its own to tell).
      const file = path.join(dir, 'a.hybrid');
      const written = hybrid(['fix', 'a.hybrid'], dir);
      assert.equal(fs.readFileSync(file, 'utf8'), result.stdout);
      assert.equal(written.stdout.slice(0, written.stdout.indexOf('\nLeft after fixing:\n')), result.stderr);
      const again = hybrid(['fix', 'a.hybrid'], dir);
      assert.equal(fs.readFileSync(file, 'utf8'), result.stdout);
      assert.equal(
        again.stdout.slice(0, again.stdout.indexOf('\nLeft after fixing:\n')),
        "a.hybrid: nothing to move\na.hybrid: week 1: 6 leg-hard sessions ('sprints 70m x 5 am', 'gym pm [back squat 3x5]', 'run intervals', 'run 400m x 4 am', 'gym pm [front squat 3x5, deadlift 3x5]', 'gym [power clean 3x5]'): a repeating week of 7 days keeps at most 3 a day apart, and two on one day are hard on hard — make one of them easy or drop it\n",
      );
    });

    it('keeps a BOM when rewriting', () => {
      const file = write('a.hybrid', `\ufeff${CONFLICT}`);
      hybrid(['fix', 'a.hybrid'], dir);
      assert.equal(fs.readFileSync(file, 'utf8'), `\ufeff${FIXED}`);
    });

    it('judges the exit code on what is left after fixing', () => {
      write('bad.hybrid', 'goal: strength\nMon: gim\n');
      const result = hybrid(['fix', '--rule', 'gym-frequency=off', '--rule', 'run-frequency=off', 'bad.hybrid'], dir);
      assert.equal(result.code, 1);
      assert.equal(
        result.stdout,
        `bad.hybrid: nothing to move\n\nLeft after fixing:\nbad.hybrid:2:6  error    Unknown session 'gim' — did you mean 'gym'?  syntax\n\n✖ 1 problem (1 error, 0 warnings, 0 infos)\n`,
      );
    });

    it('--dry-run takes exactly one file', () => {
      write('a.hybrid', CONFLICT);
      write('b.hybrid', BALANCED);
      assertUsageError(hybrid(['fix', '--dry-run', '.'], dir), `'hybrid fix --dry-run' prints the fixed text of one file, but 2 files were given`);
    });
  });

  describe('totals', () => {
    it('prints the weekly totals as a table', () => {
      write('balanced.hybrid', BALANCED);
      const result = hybrid(['totals', 'balanced.hybrid'], dir);
      assert.equal(result.code, 0);
      assert.equal(
        result.stdout,
        [
          'Week  Goal      Gym  Heavy  Runs  Easy  Quality  Long  Cross  Rest  Hard  Minutes  Run km  Load  Easy %  Label',
          '────  ────────  ───  ─────  ────  ────  ───────  ────  ─────  ────  ────  ───────  ──────  ────  ──────  ─────',
          '   1  balanced    3      1     2     0        1     1      0     2     2      320       0  1960       —',
          '',
        ].join('\n'),
      );
    });

    it('prints JSON with --format json, one object per expanded week', () => {
      write('weeks.hybrid', 'week 1-2: base\nMon: run easy 40min\nweek 3\nMon: gym heavy\n');
      const result = hybrid(['totals', '--format', 'json', 'weeks.hybrid'], dir);
      const totals = JSON.parse(result.stdout) as { week: number; label?: string; runs: number; gym: number; minutes: number }[];
      assert.deepEqual(totals.map((t) => [t.week, t.label, t.runs, t.gym, t.minutes]), [
        [1, 'base', 1, 0, 40],
        [2, 'base', 1, 0, 40],
        [3, undefined, 0, 1, 60],
      ]);
    });
  });

  it('stops quietly when the reader closes the pipe early (hybrid check … | head -1)', () => {
    // The shell's own pipe, as a user types it: head reads one line and exits; hybrid must not print a stack trace.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check test/corpus/plans examples | head -1`], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.stdout.split('\n').filter(Boolean).length, 1);
    assert.equal(result.stderr, '');
  });

  it('--help and --version', () => {
    const help = hybrid(['--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^hybrid \d+\.\d+\.\d+ — check, fix and total \.hybrid training plans\n/);
    assert.ok(help.stdout.includes('  hybrid check [--format text|json] [--rule <id>=off|info|warning|error]... <file-or-dir>...\n'));
    const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
    assert.deepEqual(hybrid(['--version'], dir), { code: 0, stdout: `${version}\n`, stderr: '' });
    assert.match(hybrid(['check', '--help'], dir).stdout, /^Usage: hybrid check /);
  });
});
