// The built language server over stdio, as an editor drives it: exact diagnostics, hovers, fixes, completion,
// formatting, symbols, folding, semantic tokens, code lens, inlay hints, custom requests, settings, shutdown.
import { strict as assert } from 'node:assert';
import { fork, spawn, spawnSync } from 'node:child_process';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  InitializeResult,
  SemanticTokens,
  TextEdit,
} from 'vscode-languageserver-protocol';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
} from 'vscode-jsonrpc/node';
import { buildServer, LspClient, SERVER, vscodeLikeCapabilities } from './client';
import { messageText } from './messageText';

const DOCS = 'file:///ext/docs/rules/';

const CONFLICTS = [
  'plan "Smoke"',
  'goal: balanced',
  'Mon: gym lower heavy + run intervals 6x800m',
  'Tue: run long 14km',
  'Wed: rest',
  'Thu: upperbody',
  'Sat: gym upper heavy',
  'Sun: rest',
  '',
].join('\n');

const BALANCED = [
  'plan "Balanced hybrid"',
  'goal: balanced',
  'Mon: gym upper heavy',
  'Tue: run intervals',
  'Wed: rest',
  'Thu: upperbody',
  'Fri: run long',
  'Sat: gym lower',
  'Sun: rest',
  '',
].join('\n');

const MULTI_WEEK = [
  'goal: strength',
  '# base block',
  '# three weeks',
  'week 1-3: base',
  'Mon: gym lower heavy',
  'Wed: run easy 40min',
  'Fri: gym upper heavy',
  'week 4: deload',
  'Mon: gym full light',
  '',
].join('\n');

type Summary = [string, number, string];
const summary = (diagnostics: Diagnostic[]): Summary[] =>
  diagnostics.map((d) => [String(d.code), d.severity ?? 0, `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`]);

/** Applies LSP edits to a text (edits do not overlap). */
function applyLspEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, character: number): number =>
    lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start.line, edit.range.start.character)) + edit.newText + result.slice(offset(edit.range.end.line, edit.range.end.character));
  }
  return result;
}

function editsOf(action: CodeAction): TextEdit[] {
  const change = action.edit?.documentChanges?.[0];
  assert.ok(change && 'edits' in change, 'a versioned text document edit');
  return change.edits as TextEdit[];
}

describe('language server over stdio', function () {
  let client: LspClient;
  let init: InitializeResult;
  let counter = 0;
  const uriFor = (name: string): string => `untitled:test-${++counter}-${name}.hybrid`;

  /** Opens a document and returns its first diagnostics. */
  async function open(name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = uriFor(name);
    const published = client.nextDiagnostics(uri);
    await client.open(uri, text);
    return { uri, diagnostics: (await published).diagnostics };
  }

  before(async () => {
    buildServer();
    client = new LspClient();
    init = await client.initialize(undefined, { rulesDocsBase: DOCS });
  });

  after(() => client.kill());

  it('declares its capabilities for a client like VS Code', () => {
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(caps.completionProvider, { triggerCharacters: [':', '+', ' ', '#'], resolveProvider: false });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.hybrid', 'source.canonical.hybrid', 'refactor.rewrite'] });
    assert.deepEqual(caps.semanticTokensProvider, {
      legend: { tokenTypes: ['keyword', 'type', 'enumMember', 'number', 'string', 'comment', 'function', 'operator', 'property'], tokenModifiers: [] },
      full: true,
      range: true,
    });
    assert.equal(caps.diagnosticProvider, undefined, 'push diagnostics when the client cannot pull');
    assert.deepEqual(caps.inlayHintProvider, { resolveProvider: false });
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.documentFormattingProvider, true);
    assert.equal(caps.documentRangeFormattingProvider, true);
    assert.deepEqual(init.serverInfo, { name: 'hybrid-language-server', version: '0.1.0' });
  });

  it('publishes no diagnostic for the guide\'s balanced week', async () => {
    const { diagnostics } = await open('balanced', BALANCED);
    assert.deepEqual(diagnostics, []);
  });

  it('publishes diagnostics with rule ids, ranges, doc links and related places', async () => {
    const { uri, diagnostics } = await open('conflicts', CONFLICTS);
    assert.deepEqual(summary(diagnostics), [
      ['hard-same-day', 1, '2:23-2:43'],
      ['same-day-spacing', 3, '2:23-2:43'],
      ['hard-after-heavy-legs', 2, '3:5-3:18'],
    ]);
    const [first] = diagnostics;
    assert.equal(first.source, 'hybrid');
    assert.deepEqual(first.codeDescription, { href: `${DOCS}hard-same-day.md` });
    assert.deepEqual(first.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.location.range.start.character, r.location.range.end.character]), [[uri, 2, 5, 20]]);
    assert.match(messageText(first.message), /^Heavy legs \(Mon: gym lower heavy\) and a quality run \(run intervals 6x800m\) on the same day/);
  });

  it('re-checks after an incremental change and reports the new version', async () => {
    const { uri } = await open('change', CONFLICTS);
    const next = client.nextDiagnostics(uri, 2);
    // `run intervals 6x800m` → `run easy`
    const version = await client.change(uri, [{ range: { start: { line: 2, character: 27 }, end: { line: 2, character: 43 } }, text: 'easy' }]);
    assert.equal(version, 2);
    const published = await next;
    assert.equal(published.version, 2);
    assert.deepEqual(summary(published.diagnostics), [
      ['same-day-spacing', 3, '2:23-2:31'],
      ['hard-after-heavy-legs', 2, '3:5-3:18'],
    ]);
  });

  it('hovers a week line with its totals against the guide', async () => {
    const { uri } = await open('hover-week', CONFLICTS);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 1 } });
    const value = (hover.contents as { value: string }).value;
    assert.equal(
      value,
      [
        '**Week 1** — goal: balanced',
        '',
        '|  | this week | guide |',
        '| --- | --- | --- |',
        '| Gym | 3 ✓ (2 heavy) | 3 sessions |',
        '| Runs | 2 ✓ | 2–3 runs |',
        '| Easy runs | 0 ✗ | 1–2 |',
        '| Quality runs | 1 ✓ | ≤ 1, optional |',
        '| Long runs | 1 |  |',
        '| Cross | 0 |  |',
        '| Rest days | 3 ✓ | ≥ 1 |',
        '| Hard days | 2 ✓ (1 leg-hard) | no leg-hard days back to back, no 3 hard days in a row |',
        '| Time | 5 h 14 min |  |',
        '| Run distance | 18.8 km |  |',
        '| Load | 2 056 | minutes × RPE |',
        '| Easy share | — | most run time easy |',
      ].join('\n'),
    );
  });

  it('hovers a session with what it counts as, and never repeats the squiggle\'s message (the editor shows it)', async () => {
    const { uri } = await open('hover-session', CONFLICTS);
    const session = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 7 } });
    assert.equal(
      (session.contents as { value: string }).value,
      ['**upperbody** — moderate gym', '', 'Intensity `moderate`: not a hard session.', '', 'Planned 1 h (default) at RPE 6 (default) → load 360.'].join('\n'),
    );
    const conflict = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 8 } });
    const value = (conflict.contents as { value: string }).value;
    assert.ok(value.startsWith('**run long 14km** — long run\n'), value);
    assert.ok(!value.includes('hard-after-heavy-legs') && !value.includes('Long run (Tue: run long 14km) the day after heavy legs'), value);
  });

  it('offers the move quick fix, and applying it clears the conflict', async () => {
    const { uri, diagnostics } = await open('quickfix', CONFLICTS);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics: [diagnostics[0]] },
    });
    const quickFixes = actions.filter((action) => action.kind === 'quickfix');
    assert.equal(quickFixes[0].title, "Move 'run intervals 6x800m' to Wed");
    assert.equal(quickFixes[0].isPreferred, true);
    assert.equal(quickFixes[0].diagnostics?.[0].code, 'hard-same-day');
    assert.ok(quickFixes.some((action) => action.title === 'Ignore hard-same-day on this line'));
    const edits = editsOf(quickFixes[0]);
    const fixed = applyLspEdits(CONFLICTS, edits);
    assert.equal(fixed.split('\n')[2], 'Mon: gym lower heavy');
    assert.equal(fixed.split('\n')[4], 'Wed: run intervals 6x800m');
    const next = client.nextDiagnostics(uri, 2);
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    await client.change(uri, sorted.map((edit) => ({ range: edit.range, text: edit.newText })));
    const after = (await next).diagnostics;
    assert.ok(!after.some((d) => d.code === 'hard-same-day'), JSON.stringify(summary(after)));
    assert.deepEqual(summary(after), [['hard-after-heavy-legs', 2, '3:5-3:18']]);
  });

  it('offers fix-all as source.fixAll.hybrid, which clears every scheduling conflict', async () => {
    const { uri } = await open('fixall', CONFLICTS);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all scheduling conflicts', 'source.fixAll.hybrid']]);
    const next = client.nextDiagnostics(uri, 2);
    const edits = editsOf(actions[0]);
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    await client.change(uri, sorted.map((edit) => ({ range: edit.range, text: edit.newText })));
    const after = (await next).diagnostics;
    const scheduling = ['hard-same-day', 'hard-after-heavy-legs', 'back-to-back-hard', 'same-day-spacing', 'session-order'];
    assert.deepEqual(after.filter((d) => scheduling.includes(String(d.code)) && d.severity! <= 2), []);
  });

  it("offers rewriting 'Day N' lines as weekdays on request, on a 'Day N' line only", async () => {
    const text = 'goal: running\nDay 1: run easy 30min\nDay 2 pm: gym upper\nSun: rest\n';
    const { uri } = await open('day-numbers', text);
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
    const rewrite = "Rewrite 'Day 1' … 'Day 7' as weekdays (Mon … Sun)";
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: at(1), context: { diagnostics: [], only: ['refactor'] } });
    const offered = actions.find((a) => a.title === rewrite);
    assert.ok(offered, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(offered.kind, 'refactor.rewrite');
    assert.equal(applyLspEdits(text, editsOf(offered)), 'goal: running\nMon: run easy 30min\nTue pm: gym upper\nSun: rest\n');
    const onSunday = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: at(3), context: { diagnostics: [], only: ['refactor'] } });
    assert.ok(!onSunday.some((a) => a.title === rewrite), 'not on a weekday line');
  });

  it('offers "Reschedule" as a refactor on any line of a week, disabled when there is nothing to clear', async () => {
    const { uri } = await open('reschedule', CONFLICTS);
    const range = { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['refactor'] } });
    // `Thu: upperbody` also reads as `gym upper` in canonical form: that rewrite comes after the plan's own changes.
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Reschedule week 1 to clear its conflicts', 'refactor.rewrite'], ['Rewrite this line in canonical form', 'refactor.rewrite']]);
    assert.ok(editsOf(actions[0]).length > 0);
    const clean = await open('reschedule-clean', BALANCED);
    const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: clean.uri }, range, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(none.map((a) => [a.title, a.disabled?.reason]), [
      ['Reschedule week 1 to clear its conflicts', 'No conflicts to clear, or no arrangement of this week clears them'],
      ['Rewrite this line in canonical form', undefined],
    ]);
    const block = await open('reschedule-block', MULTI_WEEK);
    const repeated = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: block.uri }, range, context: { diagnostics: [], only: ['refactor.rewrite'] } });
    assert.deepEqual(repeated.map((a) => a.title), ['Reschedule weeks 1–3 to clear their conflicts']);
    const outside = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: block.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(outside, []);
  });

  it('completes by position: weekdays, session kinds, run types, rule ids', async () => {
    const uri = uriFor('completion');
    const text = ['', 'Tue: ', 'Wed: run ', 'Thu: gym lower ', 'Fri: rest # hybrid-ignore '].join('\n');
    const published = client.nextDiagnostics(uri);
    await client.open(uri, text);
    await published;
    const labels = async (line: number, character: number): Promise<string[]> =>
      (await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character } })).items.map((i) => i.label);
    assert.deepEqual(await labels(0, 0), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'plan', 'goal', 'start', 'week', 'pace']);
    assert.deepEqual((await labels(1, 5)).slice(0, 4), ['gym', 'lift', 'run', 'rest']);
    assert.deepEqual((await labels(2, 9)).slice(0, 9), ['easy', 'recovery', 'long', 'tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race']);
    assert.deepEqual((await labels(3, 15)).slice(0, 3), ['heavy', 'moderate', 'light']);
    const rules = await labels(4, 26);
    assert.ok(rules.includes('hard-same-day') && rules.includes('week-order') && rules.length === 22, rules.join());
    const item = (await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 4 } })).items[0];
    assert.deepEqual(item.textEdit, { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, newText: ' gym' });
  });

  it('formats the whole document and a range', async () => {
    const { uri } = await open('format', 'mon:GYM lower  heavy\ntue :run easy   # easy\n');
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 20 } }, newText: 'Mon: GYM lower heavy' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 22 } }, newText: 'Tue: run easy  # easy' },
    ]);
    const ranged = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.deepEqual(ranged.map((e) => e.newText), ['Tue: run easy  # easy']);
  });

  it('outlines weeks and days, and folds week blocks and comment runs', async () => {
    const { uri } = await open('symbols', MULTI_WEEK);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.children?.map((c) => `${c.name}: ${c.detail}`)]),
      [
        ['Weeks 1–3: base', undefined, ['Monday: gym lower heavy', 'Wednesday: run easy 40min', 'Friday: gym upper heavy']],
        ['Week 4: deload', undefined, ['Monday: gym full light']],
      ],
    );
    assert.deepEqual(symbols[0].selectionRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 14 } });
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine, f.kind]), [[1, 2, 'comment'], [3, 6, 'region'], [7, 8, 'region']]);
  });

  it('returns semantic tokens for the whole document and for a range', async () => {
    const { uri } = await open('tokens', 'goal: strength\nMon: gym lower heavy 45min + run easy  # ok\n');
    const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const types = init.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const decoded: [number, number, number, string][] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < full.data.length; i += 5) {
      line += full.data[i];
      start = full.data[i] === 0 ? start + full.data[i + 1] : full.data[i + 1];
      decoded.push([line, start, full.data[i + 2], types[full.data[i + 3]]]);
    }
    assert.deepEqual(decoded, [
      [0, 0, 4, 'keyword'],
      [0, 6, 8, 'enumMember'],
      [1, 0, 3, 'function'],
      [1, 5, 3, 'keyword'],
      [1, 9, 5, 'type'],
      [1, 15, 5, 'enumMember'],
      [1, 21, 5, 'number'],
      [1, 27, 1, 'operator'],
      [1, 29, 3, 'keyword'],
      [1, 33, 4, 'enumMember'],
      [1, 39, 4, 'comment'],
    ]);
    const range = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } },
    });
    assert.deepEqual(range.data, [0, 0, 4, 0, 0, 0, 6, 8, 2, 0]);
  });

  it('shows week totals in code lenses and day loads in inlay hints', async () => {
    const { uri } = await open('lens', MULTI_WEEK);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]),
      [
        [3, 'each of weeks 1–3: 2 gym (2 heavy) · 1 run (0 quality) · 4 rest days · load 1 080', 'hybrid.openWeekView', [uri, 1]],
        [7, '1 gym (0 heavy) · 0 runs (0 quality) · 6 rest days · load 240', 'hybrid.openWeekView', [uri, 4]],
      ],
    );
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
    assert.deepEqual(hints.map((h) => [h.position.line, h.position.character, h.label]), [
      [4, 20, 'load 480'],
      [5, 19, 'load 120'],
      [6, 20, 'load 480'],
      [8, 19, 'load 240'],
    ]);
  });

  it('answers hybrid/totals and hybrid/weekAt', async () => {
    const { uri } = await open('custom', MULTI_WEEK);
    const totals = await client.request<{ weeks: { week: number; load: number }[]; markdown: string }>('hybrid/totals', { textDocument: { uri } });
    assert.deepEqual(totals.weeks.map((w) => [w.week, w.load]), [[1, 1080], [2, 1080], [3, 1080], [4, 240]]);
    assert.ok(totals.markdown.startsWith('# Weekly totals\n\n**Weeks 1–3 · base** — goal: strength\n\nThe block repeats 3 times; every week has these totals.'), totals.markdown);
    const week = await client.request('hybrid/weekAt', { textDocument: { uri }, position: { line: 8, character: 2 } });
    assert.deepEqual(week, { week: 4, label: 'deload', load: 240, text: 'Week 4 · load 240', summary: '1 gym (0 heavy) · 0 runs (0 quality) · 6 rest days · load 240' });
    assert.equal(await client.request('hybrid/weekAt', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  });

  it('reads hybrid.rules per document and reports bad settings on line 1', async () => {
    client.settings = { rules: { 'same-day-spacing': 'off', 'hard-after-heavy-legs': 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { uri, diagnostics } = await open('settings', CONFLICTS);
    assert.deepEqual(summary(diagnostics), [
      ['hard-same-day', 1, '2:23-2:43'],
      ['hard-after-heavy-legs', 1, '3:5-3:18'],
    ]);
    client.settings = { rules: { 'no-such-rule': 'warning' } };
    const again = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const bad = (await again).diagnostics;
    assert.deepEqual(summary(bad)[0], ['config', 2, '0:0-0:12']);
    assert.match(messageText(bad[0].message), /^Setting hybrid\.rules: Unknown rule 'no-such-rule'/);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('layers settings over the nearest .hybridrc.json and re-reads it when it changes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hybrid-lsp-'));
    try {
      const rc = join(folder, '.hybridrc.json');
      writeFileSync(rc, JSON.stringify({ rules: { 'hard-same-day': 'off' } }));
      const uri = pathToFileURL(join(folder, 'plan.hybrid')).toString();
      const first = client.nextDiagnostics(uri);
      await client.open(uri, CONFLICTS);
      assert.deepEqual(summary((await first).diagnostics).map((s) => s[0]), ['same-day-spacing', 'hard-after-heavy-legs']);
      writeFileSync(rc, JSON.stringify({ rules: { 'same-day-spacing': 'off' } }));
      const second = client.nextDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).toString(), type: 2 }] });
      assert.deepEqual(summary((await second).diagnostics).map((s) => s[0]), ['hard-same-day', 'hard-after-heavy-legs']);
      writeFileSync(rc, '{"rules": ');
      const third = client.nextDiagnostics(uri);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).toString(), type: 2 }] });
      const broken = (await third).diagnostics;
      assert.deepEqual(summary(broken).map((s) => s[0]), ['config', 'hard-same-day', 'same-day-spacing', 'hard-after-heavy-legs']);
      assert.ok(messageText(broken[0].message).startsWith(`Cannot parse '${rc}'`), messageText(broken[0].message));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('survives any text and keeps answering', async () => {
    const junk = ['\u0000\uFFFF"unterminated [', 'Mon: ' + '+'.repeat(500), 'week 99999999999999999999', ';;;::: @@@ ]]] [[[', '\uD800'].join('\n');
    const { uri, diagnostics } = await open('junk', junk);
    assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.source === 'hybrid'));
    for (const method of ['textDocument/hover', 'textDocument/completion']) {
      for (let line = 0; line < 5; line++) await client.request(method, { textDocument: { uri }, position: { line, character: 3 } });
    }
    await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'untitled:never-opened' }, position: { line: 0, character: 0 } }), null);
    const remote = 'file://fileserver/share/plan.hybrid';
    const remoteDiagnostics = client.nextDiagnostics(remote);
    await client.open(remote, CONFLICTS);
    assert.deepEqual(summary((await remoteDiagnostics).diagnostics).map((s) => s[0]), ['hard-same-day', 'same-day-spacing', 'hard-after-heavy-legs']);
    const { diagnostics: clean } = await open('after-junk', BALANCED);
    assert.deepEqual(clean, []);
  });
});

describe('language server: pull diagnostics, commands without code action literals, shutdown', function () {
  before(() => buildServer());

  it('serves textDocument/diagnostic to a client that pulls, and pushes nothing', async () => {
    const client = new LspClient();
    try {
      const init = await client.initialize(vscodeLikeCapabilities({ pull: true }));
      assert.deepEqual(init.capabilities.diagnosticProvider, { identifier: 'hybrid', interFileDependencies: false, workspaceDiagnostics: false });
      const uri = 'untitled:pull.hybrid';
      await client.open(uri, CONFLICTS);
      const report = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.deepEqual(summary(report.items).map((s) => s[0]), ['hard-same-day', 'same-day-spacing', 'hard-after-heavy-legs']);
      const again = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.deepEqual(again, { kind: 'unchanged', resultId: report.resultId });
      await client.change(uri, [{ range: { start: { line: 2, character: 27 }, end: { line: 2, character: 43 } }, text: 'easy' }]);
      const changed = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.deepEqual(summary(changed.items).map((s) => s[0]), ['same-day-spacing', 'hard-after-heavy-legs']);
      assert.equal(client.diagnostics.size, 0);
    } finally {
      client.kill();
    }
  });

  it('gives plain clients commands that the server applies itself, then shuts down cleanly', async () => {
    const client = new LspClient();
    const init = await client.initialize({ workspace: { applyEdit: true } });
    assert.equal(init.capabilities.codeActionProvider, true);
    assert.equal(init.capabilities.semanticTokensProvider, undefined);
    assert.equal(init.capabilities.inlayHintProvider, undefined);
    const uri = 'untitled:plain.hybrid';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, CONFLICTS);
    const diagnostics = (await published).diagnostics;
    assert.equal(diagnostics[0].codeDescription, undefined);
    assert.equal(diagnostics[0].relatedInformation, undefined);
    const commands = await client.request<{ title: string; command: string; arguments: unknown[] }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics: [diagnostics[0]] },
    });
    assert.equal(commands[0].title, "Move 'run intervals 6x800m' to Wed");
    assert.equal(commands[0].command, 'hybrid.server.applyEdit');
    const result = await client.request('workspace/executeCommand', { command: commands[0].command, arguments: commands[0].arguments });
    assert.deepEqual(result, { applied: true });
    assert.equal(client.appliedEdits.length, 1);
    assert.deepEqual(await client.request('workspace/executeCommand', { command: 'hybrid.server.fixAll', arguments: [uri] }), { applied: true });
    assert.deepEqual(await client.request('workspace/executeCommand', { command: 'hybrid.server.rescheduleWeek', arguments: [uri, { line: 3, character: 0 }] }), { applied: true });
    assert.equal(client.appliedEdits.length, 3);
    assert.equal((client.appliedEdits[1] as { label: string }).label, 'Fix all scheduling conflicts');
    // This client cannot answer workspace/configuration: it pushes its settings instead.
    const pushed = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { hybrid: { rules: { 'same-day-spacing': 'off' } } } });
    assert.deepEqual(summary((await pushed).diagnostics).map((s) => s[0]), ['hard-same-day', 'hard-after-heavy-legs']);
    const symbols = await client.request<{ name: string; containerName?: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.slice(0, 2).map((s) => s.name), ['Smoke', 'Monday: gym lower heavy + run intervals 6x800m']);
    assert.equal(await client.shutdown(), 0);
  });

  it('also speaks over Node IPC (as VS Code starts it) and over a socket', async () => {
    const initializeParams = { processId: process.pid, rootUri: null, capabilities: {} };
    const ipcChild = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const ipc = createMessageConnection(new IPCMessageReader(ipcChild), new IPCMessageWriter(ipcChild));
    ipc.listen();
    try {
      const result = await ipc.sendRequest<InitializeResult>('initialize', initializeParams);
      assert.equal(result.serverInfo?.name, 'hybrid-language-server');
    } finally {
      ipc.dispose();
      ipcChild.kill();
    }

    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
    const socketChild = spawn(process.execPath, [SERVER, `--socket=${port}`]);
    const socket = await accepted;
    const viaSocket = createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
    viaSocket.listen();
    try {
      const result = await viaSocket.sendRequest<InitializeResult>('initialize', initializeParams);
      assert.equal(result.capabilities.textDocumentSync && typeof result.capabilities.textDocumentSync === 'object' ? result.capabilities.textDocumentSync.change : 0, 2);
    } finally {
      viaSocket.dispose();
      socketChild.kill();
      socket.destroy();
      server.close();
    }
  });

  it('prints usage and exits 2 without a transport flag', () => {
    const run = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'Usage: hybrid-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  });
});
