// Issue 16, finding 7: the protocol under hostile input — malformed JSON-RPC frames, forged `applyEdit` commands,
// absurd numbers — against the real server over stdio.
import { strict as assert } from 'node:assert';
import { buildServer, LspClient } from '../lsp/client';
import { parsePlan } from '../../server/src/language/parser';
import { checkPlan } from '../../server/src/rules/registry';

const CONFLICTS = 'goal: strength\nMon: gym lower heavy + run intervals 6x800m\nTue: rest\nWed: gym upper\nThu: rest\nFri: gym full\nSat: run easy\nSun: rest\n';

describe('protocol under hostile input (issue 16)', function () {
  this.timeout(60_000);
  before(() => buildServer());

  // Each used to leave the server running but deaf (vscode-jsonrpc re-read the bad header forever), or waiting for
  // 99 GB of body that never comes.
  const FRAMES: [string, string][] = [
    ['a header without Content-Length', 'X-Foo: 1\r\n\r\n{}'],
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}'],
    ['a Content-Length of 99 GB', 'Content-Length: 99999999999\r\n\r\n{}'],
    ['garbage bytes between frames', 'garbage-without-colon\r\n\r\n\u0000\u0001'],
    ['a body that is not JSON', 'Content-Length: 9\r\n\r\n{bad json'],
    ['a header with bare line feeds', 'Content-Length: 2\n\n{}'],
  ];

  for (const [name, frame] of FRAMES) {
    it(`answers the next request after ${name}`, async () => {
      const client = new LspClient();
      try {
        await client.initialize();
        const uri = 'untitled:frames.hybrid';
        await client.open(uri, CONFLICTS);
        client.raw(frame);
        const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
          textDocument: { uri },
          position: { line: 1, character: 6 },
        });
        assert.ok(hover && hover.contents.value.length > 0, 'the hover after the bad frame is answered');
        assert.equal(await client.shutdown(), 0);
      } finally {
        client.kill();
      }
    });
  }

  it('hybrid.server.applyEdit applies only edits the server offered, for that document and version', async () => {
    const client = new LspClient();
    try {
      await client.initialize({ workspace: { applyEdit: true } });
      const uri = 'untitled:a.hybrid';
      const other = 'untitled:b.hybrid';
      const published = client.nextDiagnostics(uri);
      await client.open(uri, CONFLICTS);
      await client.open(other, 'Mon: rest\n');
      const diagnostics = (await published).diagnostics;
      const commands = await client.request<{ command: string; arguments: unknown[] }[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostics[0].range,
        context: { diagnostics: [diagnostics[0]] },
      });
      const [, version, index] = commands[0].arguments;
      const forged = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'pwned\n' }];
      const execute = (args: unknown[]) => client.request('workspace/executeCommand', { command: 'hybrid.server.applyEdit', arguments: args });
      // Edits passed in (the old argument shape), an index never issued, another document, a stale version: refused.
      assert.deepEqual(await execute([uri, version, forged]), { applied: false });
      assert.deepEqual(await execute([uri, version, 999]), { applied: false });
      assert.deepEqual(await execute([other, 1, index]), { applied: false });
      assert.deepEqual(await execute([uri, Number(version) + 1, index]), { applied: false });
      assert.equal(client.appliedEdits.length, 0);
      // The offered one is applied, with the server's own edits.
      assert.deepEqual(await execute(commands[0].arguments), { applied: true });
      const applied = client.appliedEdits[0] as { edit: { changes: Record<string, { newText: string }[]> } };
      assert.deepEqual(Object.keys(applied.edit.changes), [uri]);
      assert.ok(!JSON.stringify(applied).includes('pwned'));
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });

  it('a 400-digit duration or distance is one clear error, never Infinity (diagnostic, hover, totals)', async () => {
    const digits = '9'.repeat(400);
    const text = `Mon: run ${digits}min\nTue: run ${digits}km\nWed: run 4x${digits}m\n`;
    const messages = checkPlan(parsePlan(text)).filter((d) => d.rule === 'syntax').map((d) => [d.range.start.line, d.message]);
    assert.deepEqual(messages, [
      [0, `'999999999999…' is too long for a session — at most 48 h`],
      [1, `'999999999999…' is too far for a session — at most 1000 km`],
      [2, `'4x9999999999…' is too much for one session — write the repeats as you will do them, like 6x800m`],
    ]);
    const client = new LspClient();
    try {
      await client.initialize();
      const uri = 'untitled:digits.hybrid';
      const published = client.nextDiagnostics(uri);
      await client.open(uri, text);
      assert.ok(!JSON.stringify((await published).diagnostics).includes('Infinity'));
      for (const line of [0, 1, 2]) {
        const hover = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line, character: 2 } });
        assert.ok(!JSON.stringify(hover).includes('Infinity'), JSON.stringify(hover));
      }
      const totals = await client.request<unknown>('hybrid/totals', { textDocument: { uri } });
      assert.ok(!JSON.stringify(totals).includes('Infinity') && !JSON.stringify(totals).includes('null'), JSON.stringify(totals));
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});
