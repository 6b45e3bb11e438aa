// "Rewrite in canonical form" over real JSON-RPC: the line's refactor on request (Ctrl+.), the plan's source action
// (Source Action…, `editor.codeActionsOnSave`), neither on the automatic light-bulb request, and none when the text is
// already canonical.
import { strict as assert } from 'node:assert';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { buildServer, LspClient } from './client';

const TEXT = ['goal: balanced', 'Mon: easy run 40min  # before work', 'Tue am: Strength heavy + 30 min cross', 'Wed: Rest day', ''].join('\n');

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  for (const edit of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
    assert.equal(edit.range.start.line, edit.range.end.line);
    const line = lines[edit.range.start.line];
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  }
  return lines.join('\n');
}

describe('language server: rewrite in canonical form', function () {
  this.timeout(30000);
  let client: LspClient;
  const uri = 'file:///virtual/canonical.hybrid';

  before(async () => {
    buildServer();
    client = new LspClient();
    await client.initialize();
    const published = client.nextDiagnostics(uri);
    await client.open(uri, TEXT);
    await published;
  });
  after(async () => {
    await client.shutdown();
  });

  const actions = (line: number, only?: string[], triggerKind = 1, endLine = line) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: 2 }, end: { line: endLine, character: 2 } },
      context: { diagnostics: [], triggerKind, ...(only ? { only } : {}) },
    });
  const editsOf = (action: CodeAction): TextEdit[] => {
    const change = action.edit!.documentChanges![0];
    assert.ok('edits' in change);
    return change.edits as TextEdit[];
  };

  it('offers the line\'s rewrite in Ctrl+. and rewrites only that line, keeping am and the comment', async () => {
    const offered = (await actions(2)).find((a) => a.title === 'Rewrite this line in canonical form');
    assert.ok(offered);
    assert.equal(offered.kind, 'refactor.rewrite');
    assert.equal(apply(TEXT, editsOf(offered)), TEXT.replace('Strength heavy + 30 min cross', 'gym heavy + cross 30min'));
    const two = (await actions(1, ['refactor'], 1, 2)).find((a) => a.title === 'Rewrite the selected lines in canonical form');
    assert.ok(two);
    assert.equal(apply(TEXT, editsOf(two)), TEXT.replace('easy run 40min', 'run easy 40min').replace('Strength heavy + 30 min cross', 'gym heavy + cross 30min'));
  });

  it('offers the plan\'s rewrite as a source action, with exact text', async () => {
    const source = await actions(0, ['source']);
    assert.deepEqual(source.map((a) => [a.title, a.kind]), [['Rewrite the plan in canonical form', 'source.canonical.hybrid']]);
    assert.equal(
      apply(TEXT, editsOf(source[0])),
      ['goal: balanced', 'Mon: run easy 40min  # before work', 'Tue am: gym heavy + cross 30min', 'Wed: rest', ''].join('\n'),
    );
    // On save (`editor.codeActionsOnSave`: the kind asked for, automatically).
    assert.equal((await actions(0, ['source.canonical.hybrid'], 2)).length, 1);
  });

  it('offers neither to the light bulb, nor on a canonical line', async () => {
    const automatic = await actions(1, undefined, 2);
    assert.ok(!automatic.some((a) => /canonical/.test(a.title)), JSON.stringify(automatic.map((a) => a.title)));
    assert.ok(!(await actions(0)).some((a) => /canonical/.test(a.title)));
  });
});
