// The extension inside a real VS Code extension host, through the public `vscode` API: diagnostics, hover,
// quick fixes, Fix All, formatting, symbols, completion. The workspace holds test/e2e/fixtures/*.hybrid and the
// guide's balanced week (examples/balanced.hybrid).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expectedAfterMove, sessionMultiset } from '../../e2e/plans';
import {
  applyAction,
  brief,
  diagnosticsWhen,
  hoverMarkdown,
  openPlan,
  openUntitled,
  positionOf,
  ruleOf,
} from './helpers';

const SCHEDULING_RULES = ['hard-same-day', 'hard-after-heavy-legs', 'back-to-back-hard', 'same-day-spacing', 'session-order'];

describe('Hybrid Plan in the extension host', function () {
  before(async function () {
    const extension = vscode.extensions.getExtension('hybrid-plan.hybrid-plan');
    assert.ok(extension, 'the extension hybrid-plan.hybrid-plan is not loaded');
    await openPlan('stacked.hybrid');
    await extension.activate();
    assert.ok(extension.isActive);
  });

  it('publishes exactly the two scheduling diagnostics of the stacked week, with rule ids and doc links', async function () {
    const document = await openPlan('stacked.hybrid');
    const diagnostics = await diagnosticsWhen(document.uri, (list) => list.length > 0, 'diagnostics of stacked.hybrid');
    assert.deepEqual(diagnostics.map(brief).sort(), [
      'warning hard-after-heavy-legs 6:5-6:18',
      // Heavy legs am + intervals pm are 6 h or more apart: a warning, not an error (issue 13).
      'warning hard-same-day 5:26-5:49',
    ]);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'hybrid');
      const code = diagnostic.code;
      // The rule link opens the rule's page rendered (a command), not the raw Markdown file.
      assert.ok(typeof code === 'object' && code.target.scheme === 'command' && code.target.path === 'hybrid.showRuleDocs', `doc link of ${brief(diagnostic)}`);
      assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), [ruleOf(diagnostic)]);
    }
  });

  it("keeps the guide's balanced week clean (and shows it is live: an edit breaks it, undoing clears it)", async function () {
    const document = await openPlan('balanced.hybrid');
    const original = document.getText();
    const tuesday = positionOf(document, 'Tue:', 'run intervals');
    const end = document.lineAt(tuesday.line).range.end;
    const breakIt = new vscode.WorkspaceEdit();
    breakIt.insert(document.uri, end, ' + gym legs heavy');
    assert.ok(await vscode.workspace.applyEdit(breakIt));
    const broken = await diagnosticsWhen(document.uri, (list) => list.some((d) => ruleOf(d) === 'hard-same-day'), 'hard-same-day');
    assert.ok(broken.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    const undo = new vscode.WorkspaceEdit();
    undo.delete(document.uri, new vscode.Range(end, end.translate(0, ' + gym legs heavy'.length)));
    assert.ok(await vscode.workspace.applyEdit(undo));
    assert.equal(document.getText(), original);
    await diagnosticsWhen(document.uri, (list) => list.length === 0, 'no diagnostics on the balanced week');
  });

  it("shows a week's totals when hovering its header (vscode.executeHoverProvider)", async function () {
    const document = await openPlan('season.hybrid');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 'week 2', 'week').translate(0, 1),
    );
    const lines = hoverMarkdown(hovers).split('\n');
    for (const expected of [
      '**Week 2 · deload** — goal: strength',
      '| Gym | 3 ✓ (0 heavy) | 3 sessions |',
      '| Runs | 2 ✓ | 2–3 runs |',
      '| Rest days | 2 ✓ | ≥ 1 |',
      '| Time | 4 h 10 min |  |',
      '| Load | 930 | minutes × RPE |',
    ]) {
      assert.ok(lines.includes(expected), `hover lacks "${expected}":\n${lines.join('\n')}`);
    }
  });

  it('offers "Move … to …" on the conflict and applying it moves the session as the spec says (vscode.executeCodeActionProvider)', async function () {
    const document = await openPlan('stacked.hybrid');
    await diagnosticsWhen(document.uri, (list) => list.some((d) => ruleOf(d) === 'hard-same-day'), 'hard-same-day');
    const before = document.getText();
    const start = positionOf(document, 'Tue:', 'run intervals');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(start, start.translate(0, 'run intervals 6x800m pm'.length)),
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Ignore hard-same-day on this line'), JSON.stringify(titles));
    const moves = actions.filter((action) => /^Move '.+' to (Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(action.title));
    assert.ok(moves.length >= 1, JSON.stringify(titles));
    assert.equal(moves.filter((action) => action.isPreferred).length, 1, 'exactly one preferred move');
    const move = moves.find((action) => action.isPreferred)!;
    const [, session, day] = /^Move '(.+)' to (\w+)$/.exec(move.title)!;

    await applyAction(move);
    assert.equal(document.getText(), expectedAfterMove(before, session, 'Tue', day));
    await diagnosticsWhen(document.uri, (list) => !list.some((d) => ruleOf(d) === 'hard-same-day'), 'hard-same-day to go');
  });

  it('Fix All (source.fixAll.hybrid) clears every scheduling warning and error and keeps every session', async function () {
    const document = await openPlan('fixall.hybrid');
    await diagnosticsWhen(document.uri, (list) => list.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the conflicts');
    const before = document.getText();
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      'source.fixAll.hybrid',
    );
    const fixAll = actions.filter((action) => action.kind?.value === 'source.fixAll.hybrid');
    assert.equal(fixAll.length, 1, JSON.stringify(actions.map((action) => [action.title, action.kind?.value])));
    await applyAction(fixAll[0]);
    const after = document.getText();
    assert.notEqual(after, before);
    assert.deepEqual(sessionMultiset(after), sessionMultiset(before));
    await diagnosticsWhen(
      document.uri,
      (list) => !list.some((d) => SCHEDULING_RULES.includes(ruleOf(d)) && d.severity <= vscode.DiagnosticSeverity.Warning),
      'no scheduling warning or error',
    );
    // Running it twice changes nothing the second time: no fix-all is offered any more.
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(0, 0, document.lineCount, 0),
      'source.fixAll.hybrid',
    );
    assert.deepEqual(again.filter((action) => action.kind?.value === 'source.fixAll.hybrid').map((action) => action.title), []);
  });

  it('formats a messy plan exactly (vscode.executeFormatDocumentProvider)', async function () {
    const document = await openUntitled('goal balanced\nmon:gym lower HEAVY+run easy\n Wed :  rest   # off\nFRI:run long 14KM @7AM\n');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatDocumentProvider',
      document.uri,
      { tabSize: 2, insertSpaces: true },
    );
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), 'goal: balanced\nMon: gym lower HEAVY + run easy\nWed: rest  # off\nFri: run long 14KM @7AM\n');
  });

  it('lists weeks and their days as document symbols (vscode.executeDocumentSymbolProvider)', async function () {
    const document = await openPlan('season.hybrid');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.children.map((child) => child.name)]),
      [
        ['Season', []],
        ['Week 1', days],
        ['Week 2: deload', days],
      ],
    );
  });

  it('completes session kinds after a weekday (vscode.executeCompletionItemProvider)', async function () {
    const document = await openUntitled('goal: balanced\nMon: gym upper heavy\nTue: ');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(2, 5),
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const kind of ['gym', 'lift', 'run', 'rest', 'off', 'bike', 'swim', 'row', 'walk', 'hike', 'mobility', 'yoga']) {
      assert.ok(labels.includes(kind), `no "${kind}" in ${JSON.stringify(labels)}`);
    }
    assert.ok(!labels.includes('Wed'), 'no weekday after "Tue: "');
  });
});
