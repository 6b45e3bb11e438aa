// The editor-facing behaviour of the server as VS Code drives it (issue 14): the quick-fix menu on every conflict of
// examples/mistakes.hybrid, the light bulb only on lines with a problem, the rule documentation action, completion
// lists that the editor asks again for on every keystroke, and hovers that never repeat a squiggle's message.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { buildServer, LspClient } from './client';
import { messageText } from './messageText';

const MISTAKES = readFileSync(join(__dirname, '..', '..', 'examples', 'mistakes.hybrid'), 'utf8');
const DOCS = 'file:///ext/docs/rules/';

function overlaps(diagnostic: Diagnostic, line: number, character: number): boolean {
  const { start, end } = diagnostic.range;
  const after = line > start.line || (line === start.line && character >= start.character);
  const before = line < end.line || (line === end.line && character <= end.character);
  return after && before;
}

describe('language server for the editor: quick-fix menu, light bulb, completion, hover', function () {
  let client: LspClient;
  let uri: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    buildServer();
    client = new LspClient();
    await client.initialize(undefined, { rulesDocsBase: DOCS, ruleDocsCommand: 'hybrid.showRuleDocs', suggestCommand: 'editor.action.triggerSuggest' });
    uri = 'untitled:mistakes.hybrid';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, MISTAKES);
    diagnostics = (await published).diagnostics;
  });

  after(() => client.kill());

  /** What Ctrl+. at a position lists: every diagnostic under the cursor goes with the request, as VS Code sends them. */
  async function menuAt(line: number, character: number, triggerKind = 1): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character }, end: { line, character } },
      context: { diagnostics: diagnostics.filter((d) => overlaps(d, line, character)), triggerKind },
    });
  }

  it('lists no title twice on any conflict of mistakes.hybrid, at most 3 plan changes, one preferred, docs last', async () => {
    assert.ok(diagnostics.length >= 20, `mistakes.hybrid has ${diagnostics.length} diagnostics`);
    for (const diagnostic of diagnostics) {
      const { line, character } = diagnostic.range.start;
      const menu = await menuAt(line, character + 1);
      const titles = menu.map((action) => action.title);
      const where = `${line + 1}:${character + 1} ${String(diagnostic.code)}: ${JSON.stringify(titles)}`;
      assert.equal(new Set(titles).size, titles.length, `a title twice at ${where}`);
      const quickFixes = menu.filter((action) => action.kind === 'quickfix');
      const changes = quickFixes.filter((action) => action.edit && !/^Ignore |^Show documentation for /.test(action.title));
      assert.ok(changes.length <= 3, where);
      assert.ok(quickFixes.filter((action) => action.isPreferred).length <= 1, where);
      if (changes.some((action) => action.isPreferred)) assert.equal(changes[0].isPreferred, true, `the preferred fix comes first at ${where}`);
      // Every rule under the cursor: "Ignore <rule> on this line" and "Show documentation for <rule>", naming it.
      const rules = [...new Set(diagnostics.filter((d) => overlaps(d, line, character + 1)).map((d) => String(d.code)))];
      for (const rule of rules) {
        assert.ok(titles.includes(`Ignore ${rule} on this line`), where);
        const docs = menu.find((action) => action.title === `Show documentation for ${rule}`);
        assert.deepEqual(docs?.command, { title: `Show documentation for ${rule}`, command: 'hybrid.showRuleDocs', arguments: [rule] }, where);
      }
      // Plan changes, then ignores, then documentation.
      const order = quickFixes.map((action) => (/^Show documentation/.test(action.title) ? 2 : /^Ignore /.test(action.title) ? 1 : 0));
      assert.deepEqual(order, [...order].sort(), where);
      for (const action of changes) assert.match(action.title, /'[^']+'/, `names the session it changes: ${action.title}`);
    }
  });

  it('merges the same move offered by two problems into one action fixing both', async () => {
    // Monday: heavy legs + intervals raise hard-same-day and same-day-spacing on the same session.
    const line = MISTAKES.split('\n').findIndex((text) => text.startsWith('Mon: run intervals 6x800m + gym lower heavy'));
    const menu = await menuAt(line, 30);
    const codes = menu.flatMap((action) => (action.diagnostics ?? []).map((d) => String(d.code)));
    assert.ok(codes.includes('hard-same-day') && codes.includes('same-day-spacing'), JSON.stringify(menu.map((a) => a.title)));
  });

  it('shows the light bulb only on lines with a problem (automatic requests get nothing elsewhere)', async () => {
    const clean = MISTAKES.split('\n').findIndex((text) => text === 'Thu: rest');
    assert.deepEqual(await menuAt(clean, 2, 2), [], 'no action for the light bulb on a clean line');
    const invoked = await menuAt(clean, 2, 1);
    assert.ok(invoked.every((action) => action.kind === 'refactor.rewrite'), 'Ctrl+. still offers rescheduling the week');
  });

  it('answers completion as incomplete (asked again each keystroke), with no item equal to the typed word', async () => {
    const doc = 'untitled:typing.hybrid';
    const published = client.nextDiagnostics(doc);
    await client.open(doc, 'Mon: gym upper heav\nTue: run\nWed:');
    await published;
    const at = (line: number, character: number, context?: object): Promise<CompletionList> =>
      client.request<CompletionList>('textDocument/completion', { textDocument: { uri: doc }, position: { line, character }, ...(context ? { context } : {}) });
    const heav = await at(0, 19);
    assert.equal(heav.isIncomplete, true);
    assert.deepEqual(heav.items.map((item) => item.label).slice(0, 3), ['heavy', 'moderate', 'light']);
    assert.deepEqual(heav.items[0].textEdit, { range: { start: { line: 0, character: 15 }, end: { line: 0, character: 19 } }, newText: 'heavy' });
    assert.deepEqual((await at(1, 8)).items, [], '"run" is complete: Enter must start a new line');
    const kinds = await at(2, 4, { triggerKind: 2, triggerCharacter: ':' });
    assert.equal(kinds.items[0].textEdit && 'newText' in kinds.items[0].textEdit ? kinds.items[0].textEdit.newText : '', ' gym');
    assert.equal(kinds.items.every((item) => item.insertTextFormat === 1 || /^[^$]*(\$0)?[^$]*$/.test(item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '')), true);
    const days = await at(2, 0);
    assert.deepEqual(days.items.find((item) => item.label === 'Tue')?.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
  });

  it('while a new plan is typed, week-count infos of the unfinished last week wait for the 7th day or the save', async () => {
    const doc = 'untitled:new-plan.hybrid';
    const rules = (list: Diagnostic[]): string[] => list.map((d) => `${String(d.code)} ${d.range.start.line + 1}`);
    let published = client.nextDiagnostics(doc);
    await client.open(doc, 'goal: balanced\n');
    await published;
    // Typing the first days: only 1 gym session and 1 run so far — no "fewer than" info while the week is written.
    published = client.nextDiagnostics(doc, 2);
    await client.change(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Mon: gym upper heavy\nTue: run easy 40min\n' }]);
    assert.deepEqual(rules((await published).diagnostics), []);
    // Saved: the week is what the file says; the counts show.
    published = client.nextDiagnostics(doc);
    await client.notify('textDocument/didSave', { textDocument: { uri: doc } });
    assert.deepEqual(rules((await published).diagnostics).sort(), ['gym-frequency 2', 'run-frequency 2']);
    // A plan opened from disk shows them at once; so does a typed week once it has all 7 days.
    published = client.nextDiagnostics(doc, 3);
    await client.change(doc, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Wed: rest\nThu: rest\nFri: rest\nSat: rest\n' }]);
    assert.deepEqual(rules((await published).diagnostics), [], 'six days typed, not saved');
    published = client.nextDiagnostics(doc, 4);
    await client.change(doc, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'Sun: rest\n' }]);
    assert.deepEqual(rules((await published).diagnostics).sort(), ['gym-frequency 2', 'run-frequency 2']);
  });

  it('hovers a conflicting session without repeating the squiggle message', async () => {
    for (const diagnostic of diagnostics.filter((d) => d.range.start.line === d.range.end.line)) {
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: diagnostic.range.start.line, character: diagnostic.range.start.character + 1 } });
      const value = hover ? (hover.contents as { value: string }).value : '';
      assert.ok(!value.includes(messageText(diagnostic.message)), `the hover at ${diagnostic.range.start.line + 1} repeats "${diagnostic.message}"`);
    }
  });
});
