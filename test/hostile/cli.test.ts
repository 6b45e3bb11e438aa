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
import { configFileToWrite, findConfigFile, readConfigFile } from '../../server/src/node/config';

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
    // Change the file between the read and the write: `accessSync` is the write's first look at the file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, to patch it
    const nodeFs = require('node:fs') as typeof fs;
    const access = nodeFs.accessSync;
    nodeFs.accessSync = (...args: Parameters<typeof fs.accessSync>) => {
      fs.writeFileSync(file, edited);
      return access(...args);
    };
    let result;
    try {
      result = cli(['fix', file]);
    } finally {
      nodeFs.accessSync = access;
    }
    assertOneLine(result, /^hybrid: Cannot write '.*week\.hybrid': it changed on disk while being fixed; nothing written\n$/);
    assert.doesNotMatch(result.out, /moved/, 'nothing is reported as moved when nothing was written');
    assert.equal(fs.readFileSync(file, 'utf8'), edited);
    assert.deepEqual(fs.readdirSync(dir), ['week.hybrid']);
  });
});

// Issue 16, finding 6: files written by `hybrid fix` and `hybrid export -o` keep what the file is, or are refused.
describe('CLI file writes (issue 16)', function () {
  this.timeout(30_000);
  let dir: string;
  const fixed = (): string => applyEdits(STACKED, fixAll(parsePlan(STACKED), resolveConfig([]).config).edits);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-writes-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('export -o onto the plan itself is refused; the plan is untouched', () => {
    const plan = path.join(dir, 'p.hybrid');
    fs.writeFileSync(plan, `start: 2026-01-05\n${STACKED}`);
    assertOneLine(cli(['export', plan, '-o', plan]), /^hybrid: Cannot write '.*p\.hybrid': it is the plan being exported; give another output file\n$/);
    const link = path.join(dir, 'hard.ics');
    fs.linkSync(plan, link);
    assertOneLine(cli(['export', plan, '-o', link]), /it is the plan being exported/);
    assert.equal(fs.readFileSync(plan, 'utf8'), `start: 2026-01-05\n${STACKED}`);
  });

  it('export -o does not write through a symbolic link, into a FIFO or a directory', function () {
    const plan = path.join(dir, 'p.hybrid');
    fs.writeFileSync(plan, `start: 2026-01-05\n${STACKED}`);
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me\n');
    fs.symlinkSync(victim, path.join(dir, 'out.ics'));
    assertOneLine(cli(['export', plan, '-o', path.join(dir, 'out.ics')]), /^hybrid: Cannot write '.*out\.ics': a symbolic link/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'keep me\n');
    assertOneLine(cli(['export', plan, '-o', dir]), /is a directory/);
    const fifo = path.join(dir, 'pipe.ics');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    // In process: a hang here would time the test out.
    assertOneLine(cli(['export', plan, '-o', fifo]), /^hybrid: Cannot write '.*pipe\.ics': not a regular file\n$/);
    const good = cli(['export', plan, '-o', path.join(dir, 'plan.ics')]);
    assert.equal(good.code, 0, good.err);
    assert.match(fs.readFileSync(path.join(dir, 'plan.ics'), 'utf8'), /^BEGIN:VCALENDAR/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['out.ics', 'p.hybrid', 'pipe.ics', 'plan.ics', 'victim.txt']);
  });

  it('fix keeps the whole mode (setuid, setgid, sticky) whatever the umask', () => {
    const file = path.join(dir, 'week.hybrid');
    fs.writeFileSync(file, STACKED);
    fs.chmodSync(file, 0o7666);
    const mode = fs.statSync(file).mode & 0o7777;
    const umask = process.umask(0o077);
    try {
      assert.equal(cli(['fix', file]).code, 0);
    } finally {
      process.umask(umask);
    }
    assert.equal(fs.readFileSync(file, 'utf8'), fixed());
    assert.equal((fs.statSync(file).mode & 0o7777).toString(8), mode.toString(8));
  });

  it('fix keeps the owner and group of the file (a fix run as root leaves no root-owned plan)', function () {
    if (process.getuid?.() !== 0) this.skip();
    const file = path.join(dir, 'week.hybrid');
    fs.writeFileSync(file, STACKED);
    fs.chownSync(file, 1234, 5678);
    assert.equal(cli(['fix', file]).code, 0);
    const after = fs.statSync(file);
    assert.deepEqual([after.uid, after.gid], [1234, 5678]);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed());
  });

  it('fix keeps hard links: every name sees the fixed plan (written in place)', () => {
    const file = path.join(dir, 'week.hybrid');
    const other = path.join(dir, 'copy.hybrid');
    fs.writeFileSync(file, STACKED);
    fs.linkSync(file, other);
    const before = fs.statSync(file);
    assert.equal(cli(['fix', file]).code, 0);
    assert.equal(fs.statSync(file).ino, before.ino);
    assert.equal(fs.statSync(file).nlink, 2);
    assert.equal(fs.readFileSync(other, 'utf8'), fixed());
  });

  it('fix refuses a read-only file in one line and leaves it alone', () => {
    const file = path.join(dir, 'week.hybrid');
    fs.writeFileSync(file, STACKED);
    fs.chmodSync(file, 0o444);
    const result = cli(['fix', file]);
    assertOneLine(result, /^hybrid: Cannot write '.*week\.hybrid': the file is read-only; nothing written\n$/);
    assert.doesNotMatch(result.out, /moved/);
    assert.equal(fs.readFileSync(file, 'utf8'), STACKED);
  });

  it('fix through a symbolic link writes next to the real file (no EXDEV across file systems), the link stays', () => {
    const real = fs.existsSync('/dev/shm') ? fs.mkdtempSync('/dev/shm/hybrid-real-') : fs.mkdtempSync(path.join(dir, 'real-'));
    try {
      const target = path.join(real, 'plan.hybrid');
      fs.writeFileSync(target, STACKED);
      const link = path.join(dir, 'week.hybrid');
      fs.symlinkSync(target, link);
      const result = cli(['fix', link]);
      assert.equal(result.code, 0, result.err);
      assert.equal(result.err, '');
      assert.ok(fs.lstatSync(link).isSymbolicLink());
      assert.equal(fs.readFileSync(target, 'utf8'), fixed());
      assert.deepEqual(fs.readdirSync(real), ['plan.hybrid']);
    } finally {
      fs.rmSync(real, { recursive: true, force: true });
    }
  });

  it('one file named twice (a.hybrid ./a.hybrid, a link and its target) is fixed once, not "changed on disk"', () => {
    const file = path.join(dir, 'a.hybrid');
    fs.writeFileSync(file, STACKED);
    fs.symlinkSync(file, path.join(dir, 'b.hybrid'));
    const result = cli(['fix', file, path.join(dir, '.', 'a.hybrid'), path.join(dir, 'b.hybrid')]);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out.match(/moved 1 session/g)?.length, 1);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed());
  });

  it('a 587 MB file is refused by its size in one line, before it is read', () => {
    const file = path.join(dir, 'huge.hybrid');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, 587 * 1024 * 1024);
    fs.closeSync(fd);
    assertOneLine(cli(['check', file]), /^hybrid: Cannot read '.*huge\.hybrid': 587 MB is too big for a plan \(the limit is 2 MB\)\n$/);
    assertOneLine(cli(['fix', file]), /587 MB is too big for a plan/);
  });
});

// Issue 16, finding 5: a `.hybridrc.json` from outside the project never configures a plan.
describe('.hybridrc.json lookup stops at the project (issue 16)', () => {
  let dir: string;
  const write = (file: string, text: string): string => {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    return full;
  };
  const OFF = JSON.stringify({ rules: { 'hard-same-day': 'off' } });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-rc-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest file inside the repository, and none above its root (.git folder or worktree file)', () => {
    write('.hybridrc.json', OFF);
    const plan = write('repo/plans/week.hybrid', STACKED);
    assert.equal(findConfigFile(plan, '/nonexistent-home'), path.join(dir, '.hybridrc.json'));
    fs.mkdirSync(path.join(dir, 'repo', '.git'));
    assert.equal(findConfigFile(plan, '/nonexistent-home'), undefined);
    fs.rmSync(path.join(dir, 'repo', '.git'), { recursive: true });
    write('repo/.git', 'gitdir: /elsewhere\n');
    assert.equal(findConfigFile(plan, '/nonexistent-home'), undefined);
    const inside = write('repo/.hybridrc.json', OFF);
    assert.equal(findConfigFile(plan, '/nonexistent-home'), inside);
    // The CLI applies the same boundary: the rule the outside file switched off still fires.
    fs.rmSync(inside);
    const result = cli(['check', '--format', 'json', plan]);
    assert.ok((JSON.parse(result.out) as { rule: string }[]).some((d) => d.rule === 'hard-same-day'), result.out);
  });

  it('stops at the home folder (its own file is still read)', () => {
    write('.hybridrc.json', OFF);
    const plan = write('home/me/plans/week.hybrid', STACKED);
    assert.equal(findConfigFile(plan, path.join(dir, 'home', 'me')), undefined);
    const mine = write('home/me/.hybridrc.json', OFF);
    assert.equal(findConfigFile(plan, path.join(dir, 'home', 'me')), mine);
  });

  it('never reads one from a folder anyone may write (like /tmp), nor one another user owns', function () {
    if (process.platform === 'win32') this.skip();
    const shared = path.join(dir, 'shared');
    write('shared/.hybridrc.json', OFF);
    const plan = write('shared/checkout/week.hybrid', STACKED);
    fs.chmodSync(shared, 0o1777);
    assert.equal(findConfigFile(plan, '/nonexistent-home'), undefined);
    fs.chmodSync(shared, 0o755);
    assert.equal(findConfigFile(plan, '/nonexistent-home'), path.join(shared, '.hybridrc.json'));
    if (process.getuid?.() === 0) {
      // As root, a file owned by someone else (not root) is foreign: not read, and the search ends there.
      fs.chownSync(path.join(shared, '.hybridrc.json'), 1234, 1234);
      assert.equal(findConfigFile(plan, '/nonexistent-home'), undefined);
      fs.chownSync(path.join(shared, '.hybridrc.json'), 0, 0);
      fs.chownSync(shared, 1234, 1234);
      assert.equal(findConfigFile(plan, '/nonexistent-home'), undefined);
    }
    // os.tmpdir() itself (world-writable on Unix) is never searched.
    if ((fs.statSync(os.tmpdir()).mode & 0o002) !== 0) {
      assert.equal(findConfigFile(path.join(os.tmpdir(), 'x', 'week.hybrid'), '/nonexistent-home'), undefined);
    }
  });

  it('writes a vocabulary entry only where the search reads it: the found file, else the plan\'s folder, never a shared one', function () {
    if (process.platform === 'win32') this.skip();
    const plan = write('repo/plans/week.hybrid', STACKED);
    fs.mkdirSync(path.join(dir, 'repo', '.git'));
    assert.deepEqual(configFileToWrite(plan, '/nonexistent-home'), { file: path.join(dir, 'repo', 'plans', '.hybridrc.json') });
    const found = write('repo/.hybridrc.json', '{\n  // off for now\n  "rules": {"rest-days": "off",},\n}\n');
    assert.deepEqual(configFileToWrite(plan, '/nonexistent-home'), { file: found, text: fs.readFileSync(found, 'utf8') });
    // Comments and trailing commas read, as in VS Code's settings files.
    assert.deepEqual(readConfigFile(found), { rules: { 'rest-days': 'off' } });
    fs.rmSync(found);
    fs.chmodSync(path.join(dir, 'repo', 'plans'), 0o777);
    assert.deepEqual(configFileToWrite(plan, '/nonexistent-home'), {
      problem: `A .hybridrc.json in '${path.join(dir, 'repo', 'plans')}' would not be read: other users may write that folder, or another user owns it`,
    });
    fs.chmodSync(path.join(dir, 'repo', 'plans'), 0o755);
  });
});
