// The CLI under bad input (issue 7): binary files, invalid UTF-8, a directory or a FIFO where a file belongs, dangling
// symlinks, symlink loops, a file that changes while it is fixed. Each ends in ONE clear line on stderr, exit 2, no
// stack trace and nothing written; `hybrid fix` writes atomically (temp file + rename: new inode, no temp file left).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CliIo, run } from '../../server/src/cli';
import { applyEdits, fixAll, parsePlan, resolveConfig } from '../../server/src/engine';
import { buildServer, ROOT } from '../lsp/client';

const STACKED = 'goal: strength\nMon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nThu: rest\nFri: gym full\nSat: run easy\nSun: rest\n';

function cli(argv: string[], hooks: { onOut?: (text: string) => void } = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
      hooks.onOut?.(text);
    },
    err: (text) => (err += text),
    color: false,
    cwd: process.cwd(),
  };
  const code = run(argv, io);
  return { code, out, err };
}

/** Exit 2 with exactly one line on stderr, naming the file, without a stack trace. */
function assertOneLine(result: { code: number; err: string }, pattern: RegExp): void {
  assert.equal(result.code, 2, result.err);
  assert.equal(result.err.split('\n').filter(Boolean).length, 1, result.err);
  assert.match(result.err, pattern);
  assert.doesNotMatch(result.err, /\n\s+at /);
}

describe('CLI under bad input', function () {
  this.timeout(30_000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-hostile-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a binary file in one line, exit 2, and fix writes nothing', () => {
    const file = path.join(dir, 'image.hybrid');
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    fs.writeFileSync(file, bytes);
    assertOneLine(cli(['check', file]), /^hybrid: Cannot read '.*image\.hybrid': a binary file \(it contains NUL bytes\), not a plan\n$/);
    assertOneLine(cli(['fix', file]), /a binary file/);
    assert.deepEqual(fs.readFileSync(file), bytes);
  });

  it('refuses invalid UTF-8 (fix would write U+FFFD over the original bytes)', () => {
    const file = path.join(dir, 'latin1.hybrid');
    const bytes = Buffer.concat([Buffer.from('Mon: gym lower heavy + run intervals  # caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    fs.writeFileSync(file, bytes);
    assertOneLine(cli(['check', file]), /^hybrid: Cannot read '.*latin1\.hybrid': not UTF-8 text\n$/);
    assertOneLine(cli(['fix', file]), /not UTF-8 text/);
    assertOneLine(cli(['totals', file]), /not UTF-8 text/);
    assert.deepEqual(fs.readFileSync(file), bytes);
  });

  it('a bad file among good ones: nothing is written to the good ones either', () => {
    const good = path.join(dir, 'a.hybrid');
    fs.writeFileSync(good, STACKED);
    fs.writeFileSync(path.join(dir, 'b.hybrid'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    assertOneLine(cli(['fix', dir]), /b\.hybrid': a binary file/);
    assert.equal(fs.readFileSync(good, 'utf8'), STACKED);
  });

  it('a directory where a file belongs: one line, exit 2', () => {
    const sub = path.join(dir, 'week.hybrid');
    fs.mkdirSync(sub);
    assertOneLine(cli(['check', sub]), /^hybrid: No \.hybrid files in '.*week\.hybrid'\n$/);
    assertOneLine(cli(['totals', sub]), /takes a file, but '.*week\.hybrid' is a directory/);
  });

  it('dangling symlinks: one line, exit 2 (named, or found in a directory)', () => {
    const link = path.join(dir, 'gone.hybrid');
    fs.symlinkSync(path.join(dir, 'missing.hybrid'), link);
    assertOneLine(cli(['check', link]), /^hybrid: Cannot read '.*gone\.hybrid': no such file or directory\n$/);
    assertOneLine(cli(['check', dir]), /gone\.hybrid': no such file or directory/);
  });

  it('symlink loops: a directory linking to itself is not followed; a self-link is one line, exit 2', () => {
    fs.writeFileSync(path.join(dir, 'plan.hybrid'), 'Mon: rest\n');
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const result = cli(['check', '--format', 'json', dir]);
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(
      (JSON.parse(result.out) as { file: string }[]).map((d) => path.basename(d.file)).filter((name, i, all) => all.indexOf(name) === i),
      ['plan.hybrid'],
    );
    const self = path.join(dir, 'self.hybrid');
    fs.symlinkSync(self, self);
    assertOneLine(cli(['check', self]), /^hybrid: Cannot read '.*self\.hybrid': too many symbolic links\n$/);
  });

  it('a FIFO named as a plan does not hang: one line, exit 2 (real process, killed after 20 s if it hangs)', function () {
    buildServer();
    const fifo = path.join(dir, 'pipe.hybrid');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) this.skip();
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'hybrid.js'), 'check', fifo], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.signal, null, 'the CLI hung on a FIFO');
    assertOneLine({ code: result.status ?? -1, err: result.stderr }, /^hybrid: Cannot read '.*pipe\.hybrid': not a regular file\n$/);
  });

  it('fix writes atomically: new inode, same mode, BOM kept, no temp file left', () => {
    const file = path.join(dir, 'week.hybrid');
    fs.writeFileSync(file, `\ufeff${STACKED}`, { mode: 0o640 });
    fs.chmodSync(file, 0o640);
    const before = fs.statSync(file);
    const result = cli(['fix', file]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /moved 1 session/);
    const after = fs.statSync(file);
    assert.notEqual(after.ino, before.ino, 'replaced by rename, not rewritten in place');
    assert.equal(after.mode & 0o777, 0o640);
    // Exactly the engine's fix-all of the text, behind the BOM it had.
    const expected = applyEdits(STACKED, fixAll(parsePlan(STACKED), resolveConfig([]).config).edits);
    assert.notEqual(expected, STACKED);
    assert.equal(fs.readFileSync(file, 'utf8'), `\ufeff${expected}`);
    assert.deepEqual(fs.readdirSync(dir), ['week.hybrid']);
  });

  it('a file that changes while it is fixed is left as the other writer left it', () => {
    const file = path.join(dir, 'week.hybrid');
    fs.writeFileSync(file, STACKED);
    const edited = `${STACKED}# edited in the editor meanwhile\n`;
    // The CLI reports the moves before it writes: change the file right then.
    const result = cli(['fix', file], { onOut: (text) => text.includes('moved') && fs.writeFileSync(file, edited) });
    assertOneLine(result, /^hybrid: Cannot write '.*week\.hybrid': it changed on disk while being fixed; nothing written\n$/);
    assert.equal(fs.readFileSync(file, 'utf8'), edited);
    assert.deepEqual(fs.readdirSync(dir), ['week.hybrid']);
  });
});
