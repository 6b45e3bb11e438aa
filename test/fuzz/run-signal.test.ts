// `npm run fuzz` stopped from outside (Ctrl-C, `kill`, a CI timeout) still writes its report: what ran, and the whole
// text of every over-bound input found so far (test/fuzz/run.ts). A real run, stopped with SIGTERM once it has found
// one; `--max-ms 0.001` puts nearly every input over the bound, so it finds one at once.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

describe('fuzz run stopped by a signal', function () {
  this.timeout(120_000);

  it('SIGTERM: the report is written with `interrupted` and the over-bound inputs with their whole text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-fuzz-signal-'));
    const out = path.join(dir, 'report.json');
    const root = path.resolve(__dirname, '../..');
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(root, 'test/fuzz/run.ts'), '--runs', '1000000', '--workers', '1', '--chunk', '1000000', '--max-ms', '0.001', '--out', out], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The chunk never ends (a million inputs): only the signal stops the run.
    const found = setTimeout(() => child.kill('SIGKILL'), 100_000);
    try {
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (data: Buffer) => {
          stderr += data.toString();
          if (stderr.includes('OVER THE BOUND')) resolve();
        });
        child.on('exit', () => reject(new Error(`the run ended by itself: ${stderr}`)));
      });
    } finally {
      clearTimeout(found);
    }
    child.kill('SIGTERM');
    assert.equal(await exited, 143);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { interrupted: string; inputs: number; overBound: { text: string; bytes: number; confirmedMs: number }[] };
    assert.equal(report.interrupted, 'SIGTERM');
    assert.equal(report.inputs, 0, 'no chunk ended');
    assert.ok(report.overBound.length >= 1);
    for (const slow of report.overBound) {
      assert.equal(typeof slow.text, 'string');
      assert.equal(Buffer.byteLength(slow.text, 'utf8'), slow.bytes);
      assert.ok(slow.confirmedMs > 0.001);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
