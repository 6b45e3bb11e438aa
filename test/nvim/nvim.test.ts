// A second real LSP client: headless Neovim (Debian's 0.7) runs test/nvim/lsp_check.lua, which starts
// `node bin/hybrid-language-server.js --stdio` with vim.lsp.start_client, opens a plan and records the pushed
// diagnostics and two hovers as JSON; this file asserts them exactly. Needs `npm run build` (dist/server.js) first.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const nvim = process.env.HYBRID_NVIM ?? 'nvim';

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  /** vim.diagnostic.severity: 1 error, 2 warning, 3 info, 4 hint. */
  severity: number;
  code: string;
  source: string;
  message: string;
}

interface NvimResult {
  error?: string;
  diagnostics: NvimDiagnostic[];
  hovers: { line: number; character: number; kind: string | null; value: string | null }[];
  server_errors: string[];
}

/** Runs the Lua check in a headless Neovim and returns what it wrote (kills Neovim if it hangs). */
function runNeovim(plan: string, hovers: [number, number][], outFile: string): Promise<NvimResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      nvim,
      ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(__dirname, 'lsp_check.lua')}`],
      {
        cwd: path.dirname(plan),
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          HYBRID_NVIM_SERVER: path.join(repoRoot, 'bin', 'hybrid-language-server.js'),
          HYBRID_NVIM_PLAN: plan,
          HYBRID_NVIM_HOVERS: hovers.map(([line, character]) => `${line}:${character}`).join(';'),
          HYBRID_NVIM_OUT: outFile,
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.once('error', (error) => {
      clearTimeout(watchdog);
      reject(new Error(`could not start ${nvim}: ${error.message} (install it: bash scripts/e2e/setup.sh)`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(watchdog);
      if (!fs.existsSync(outFile)) {
        reject(new Error(`Neovim exited (${code ?? signal}) without writing ${outFile}; output:\n${output}`));
        return;
      }
      const result = JSON.parse(fs.readFileSync(outFile, 'utf8')) as NvimResult;
      if (result.error) reject(new Error(`the Lua check failed: ${result.error}\n${output}`));
      else if (code !== 0) reject(new Error(`Neovim exited with ${code ?? signal}; output:\n${output}`));
      else resolve(result);
    });
  });
}

describe('Neovim (built-in LSP client) with hybrid-language-server --stdio', function () {
  this.timeout(120_000);
  let temp: string;
  let result: NvimResult;

  before(async function () {
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build`');
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-nvim-'));
    const plan = path.join(temp, 'stacked.hybrid');
    fs.copyFileSync(path.join(__dirname, 'fixtures', 'stacked.hybrid'), plan);
    // Hover the `week 1` header (line 5) and the long run on Wednesday (line 8), 0-based as in LSP.
    result = await runNeovim(plan, [[4, 1], [7, 8]], path.join(temp, 'result.json'));
  });

  after(function () {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('receives exactly the two scheduling diagnostics, on the right sessions', function () {
    const seen = result.diagnostics
      .map((d) => `${d.severity} ${d.source} ${d.code} ${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col}`)
      .sort();
    assert.deepEqual(seen, [
      // `run long 14km` on Wednesday, the day after heavy legs.
      '2 hybrid hard-after-heavy-legs 7:5-7:18',
      // `run intervals 6x800m pm` on Tuesday after heavy legs in the morning: hard on hard, a warning as they are
      // 6 hours or more apart (an error without am / pm).
      '2 hybrid hard-same-day 6:26-6:49',
    ]);
    assert.deepEqual(result.server_errors, []);
  });

  it("shows the week's totals when hovering the week header", function () {
    const hover = result.hovers[0];
    assert.equal(hover.kind, 'markdown');
    const lines = (hover.value ?? '').split('\n');
    for (const expected of [
      '**Week 1** — goal: balanced',
      '| Gym | 3 ✓ (2 heavy) | 3 sessions |',
      '| Runs | 3 ✓ | 2–3 runs |',
      '| Quality runs | 1 ✓ | ≤ 1, optional |',
      '| Long runs | 1 |  |',
      '| Rest days | 2 ✓ | ≥ 1 |',
      '| Hard days | 2 ✓ (1 leg-hard) | no leg-hard days back to back, no 3 hard days in a row |',
      // The long run without a duration: 14 km at the default long-run pace of 6:00/km, 84 min.
      '| Time | 5 h 54 min |  |',
      '| Load | 2 176 | minutes × RPE |',
    ]) {
      assert.ok(lines.includes(expected), `the week hover lacks the line "${expected}":\n${hover.value}`);
    }
  });

  it('explains the long run when hovering it, without repeating the diagnostic Neovim shows itself', function () {
    const value = result.hovers[1].value ?? '';
    assert.ok(value.startsWith('**run long 14km** — long run'), value);
    assert.ok(!value.includes('hard-after-heavy-legs'), value);
    assert.ok(value.includes('Planned 1 h 24 min (default) at RPE 4 (default) → load 336. Distance 14 km.'), value);
  });
});
