// Issue 16, item 1: `Mon: gym heavy+gym heavy+…` (600 sessions, 6 KB) made every combination of movable sessions before
// any budget applied — `hybrid fix --dry-run` grew to 4.7 GB and aborted, one code action without `only` killed the
// server. Each search now enumerates lazily against the budgets of server/src/budgets.ts and says when it stopped.
// Tested at each level where it failed: the engine, the CLI process, the server over stdio. Time is measured in the
// benchmark (bench/, shape `stacked-day`), not here.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { fixAll, parsePlan, rescheduleWeek } from '../../server/src/engine';
import { buildServer, LspClient, ROOT } from '../lsp/client';

// Heavy lifting and tempo runs in turn: sessions of one kind with no time between them are one outing (issue 13), so the
// day's conflicts are between kinds.
const STACKED_DAY = `Mon: ${Array.from({ length: 600 }, (_, i) => (i % 2 === 0 ? 'gym heavy' : 'run tempo')).join('+')}\n`;

describe('searches stop at their budgets (a day of 600 sessions)', function () {
  this.timeout(60_000);

  it('the engine: reschedule and fix-all return no move and name the week whose search stopped early', () => {
    assert.equal(STACKED_DAY.length, 6005);
    const plan = parsePlan(STACKED_DAY);
    const stopped = { edits: [], moves: [], stoppedEarly: [1], unresolved: [{ week: 1, why: "no day for 'run tempo': 1 training day, 1 hard" }] };
    assert.deepEqual(rescheduleWeek(plan, plan.blocks[0]!), stopped);
    assert.deepEqual(fixAll(plan), stopped);
  });

  it('a search that runs to its end says nothing about stopping', () => {
    const plan = parsePlan('Mon: gym lower heavy + run intervals\nTue: rest\nWed: gym upper\nThu: rest\n');
    const result = rescheduleWeek(plan, plan.blocks[0]!);
    assert.equal(result.stoppedEarly, undefined);
    assert.deepEqual(result.moves, [{ week: 1, from: 'Mon', to: 'Sat', session: 'gym lower heavy' }]);
  });

  it('the CLI: `hybrid fix --dry-run` prints the plan unchanged and one line saying the search stopped, in 512 MB of heap', () => {
    buildServer();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hybrid-budget-'));
    try {
      const file = path.join(dir, 'stacked.hybrid');
      fs.writeFileSync(file, STACKED_DAY);
      // A heap limit below the 4.7 GB it used to reach: running out of it would abort with a signal.
      const result = spawnSync(process.execPath, ['--max-old-space-size=512', path.join(ROOT, 'bin', 'hybrid.js'), 'fix', '--dry-run', file], {
        encoding: 'utf8',
        timeout: 50_000,
        maxBuffer: 1 << 24,
      });
      assert.equal(result.signal, null, result.stderr);
      // Exit 1: the heavy legs + tempo errors are left (the search stopped before clearing them).
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stdout, STACKED_DAY);
      assert.equal(
        result.stderr,
        `${file}: nothing to move\n` +
          `${file}: week 1: no day for 'run tempo': 1 training day, 1 hard — tried as many arrangements as the search allows (server/src/budgets.ts) and none clears it; left as written\n`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server: a code action without `only` on that plan answers, and the server keeps answering', async () => {
    buildServer();
    const client = new LspClient();
    try {
      await client.initialize();
      const uri = 'untitled:stacked-day.hybrid';
      const published = client.nextDiagnostics(uri);
      await client.open(uri, STACKED_DAY);
      await published;
      // What VS Code sends on every cursor move: no `only`, so "Reschedule this week" is computed too.
      const range = { start: { line: 0, character: 20 }, end: { line: 0, character: 20 } };
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind, a.disabled?.reason]),
        [
          [
            'Reschedule week 1 to clear its conflicts',
            'refactor.rewrite',
            "Tried as many arrangements as the search allows and none clears this week's conflicts; move a session by hand",
          ],
        ],
      );
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 7 } });
      assert.ok(hover, 'the server still answers after the code action');
      const command = await client.request<{ applied: boolean; reason?: string }>('workspace/executeCommand', {
        command: 'hybrid.server.rescheduleWeek',
        arguments: [uri, { line: 0, character: 0 }],
      });
      assert.deepEqual(command, {
        applied: false,
        reason: "Tried as many arrangements as the search allows and none clears this week's conflicts; move a session by hand",
      });
    } finally {
      client.kill();
    }
  });
});
