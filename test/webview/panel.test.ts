// The week view panel's VS Code side (client/src/weekView/panel.ts) against the REAL built language server over
// stdio, with a stand-in `vscode` module (fakeVscode.ts): the page it sets, live updates, a drop that is applied as
// a workspace edit, a drop that creates conflicts (confirmed or not), a stale view, "Move to…" and reveal.
import { strict as assert } from 'node:assert';
import { nextMonday } from '../../server/src/features/completion';
import ICAL from 'ical.js';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { buildServer, LspClient } from '../lsp/client';
import { fake, FakeDocument, FakeWebviewPanel, installFakeVscode, Uri, window } from './fakeVscode';
import { BALANCED_WITH_CONFLICT as PLAN } from './fixture';
import { applyEdits } from '../../server/src/analysis/edits';
import type { MoveCheck } from '../../server/src/features/weekView';

installFakeVscode();
// Loaded after the stand-in is installed, so the panel's `import * as vscode` gets it.
const { WeekViewPanel } = require('../../client/src/weekView/panel') as typeof import('../../client/src/weekView/panel');
const { registerWeekView } = require('../../client/src/weekView') as typeof import('../../client/src/weekView');


/** Waits (without asserting any duration) until `check` returns a value. */
async function until<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('week view panel (VS Code side, real language server)', function () {
  this.timeout(60_000);
  const uri = 'file:///tmp/panel/balanced.hybrid';
  let lsp: LspClient;
  let document: FakeDocument;
  let panel: FakeWebviewPanel;
  /** Holds a request on its way to the server (to act while it is in flight). */
  let holdRequest: ((method: string) => Promise<void>) | undefined;

  const sentSince = (count: number) => panel.sent.slice(count);
  const waitForMessage = (from: number, predicate: (message: { type: string; [key: string]: unknown }) => boolean, what: string) =>
    until(() => sentSince(from).find(predicate), what);

  before(async () => {
    buildServer();
    lsp = new LspClient();
    await lsp.initialize();
    const opened = lsp.nextDiagnostics(uri);
    await lsp.open(uri, PLAN);
    await opened;
    document = new FakeDocument(Uri.parse(uri), PLAN);
    fake.documents.push(document);
    // Edits the panel applies reach the server as full-text changes, as VS Code's sync would send them.
    fake.onEdit = async (edited) => {
      await lsp.change(edited.uri.toString(), [{ text: edited.getText() }]);
    };
    const client = {
      sendRequest: async (method: string, params: unknown) => {
        await holdRequest?.(method);
        return lsp.request(method, params);
      },
    } as unknown as BaseLanguageClient;
    registerWeekView({ subscriptions: [], extensionUri: Uri.file('/ext') } as never, client);
    window.activeTextEditor = { document };
    // As the code lens over week 1 runs it: the plan's URI and the week.
    await fake.commands.get('hybrid.openWeekView')!(uri, 1);
    panel = fake.panels[0]!;
    panel.received.fire({ type: 'ready' });
    await waitForMessage(0, (message) => message.type === 'update' && message.version === 1, 'the first update');
    await waitForMessage(0, (message) => message.type === 'showWeek', 'the week of the code lens');
  });

  after(() => {
    panel?.dispose();
    lsp?.kill();
  });

  beforeEach(() => {
    fake.warnings.length = 0;
    fake.warningAnswers.length = 0;
    fake.quickPicks.length = 0;
  });

  it('opens a strict webview restricted to the media folder', () => {
    assert.equal(panel.viewType, 'hybrid.weekView');
    assert.equal(panel.title, 'Week View: balanced.hybrid');
    assert.equal(panel.options.enableScripts, true);
    assert.deepEqual(panel.options.localResourceRoots?.map((root) => root.toString()), ['file:///ext/client/media']);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(panel.webview.html)?.[1];
    assert.match(csp ?? '', /^default-src &#39;none&#39;; img-src vscode-webview:\/\/fake; style-src vscode-webview:\/\/fake &#39;nonce-[A-Za-z0-9+/=]{24}&#39;; script-src &#39;nonce-[A-Za-z0-9+/=]{24}&#39;$/);
    const nonce = /nonce-([A-Za-z0-9+/=]+)/.exec(csp ?? '')?.[1];
    assert.match(panel.webview.html, new RegExp(`<script nonce="${nonce!.replace(/[+/=]/g, '\\$&')}" src="file:///ext/client/media/weekView.js"></script>`));
    const update = panel.sent.find((message) => message.type === 'update')!;
    assert.match(update.html as string, /data-session="9:23"/);
  });

  it('opens at the week the code lens names', () => {
    assert.deepEqual(panel.sent.find((message) => message.type === 'showWeek'), { type: 'showWeek', week: 1 });
    assert.equal(panel.sent.findIndex((message) => message.type === 'showWeek') > panel.sent.findIndex((message) => message.type === 'update'), true);
  });

  it('ignores messages it does not know', async () => {
    const before = panel.sent.length;
    panel.received.fire({ type: 'move', session: '9:23', week: 1, toWeekday: 12 });
    panel.received.fire({ type: 'openExternal', url: 'https://example.invalid' });
    panel.received.fire('ready');
    // A known message after them is answered; the unknown ones left no trace.
    panel.received.fire({ type: 'ready' });
    await waitForMessage(before, (message) => message.type === 'update', 'the update after ready');
    assert.deepEqual(sentSince(before).map((message) => message.type), ['update']);
    assert.equal(document.getText(), PLAN);
  });

  it("redraws when the plan's diagnostics change (the server re-read .hybridrc.json or the settings), not another file's", async () => {
    const before = panel.sent.length;
    fake.changeDiagnostics.fire({ uris: [Uri.parse('file:///tmp/panel/other.hybrid')] });
    // Nothing may follow for another file: give a redraw time to show up (longer than the view's 250 ms delay).
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.deepEqual(sentSince(before).filter((message) => message.type === 'update'), []);
    fake.changeDiagnostics.fire({ uris: [Uri.parse(uri)] });
    await waitForMessage(before, (message) => message.type === 'update', 'the update after the plan diagnostics changed');
  });

  it('reveals a chip in the editor', async () => {
    panel.received.fire({ type: 'reveal', line: 9, column: 23 });
    await until(() => fake.shownSelections.find((selection) => selection.line === 9), 'the editor selection');
    assert.deepEqual(fake.shownSelections.at(-1), { line: 9, character: 23 });
  });

  it('applies a clean drop as a workspace edit and redraws the view', async () => {
    const before = panel.sent.length;
    panel.received.fire({ type: 'move', session: '9:23', week: 1, toWeekday: 3 });
    const announced = await waitForMessage(before, (message) => message.type === 'announce', 'the announcement');
    assert.deepEqual(announced, { type: 'announce', text: "Moved 'run tempo 30min' to Thu. Cleared hard-same-day." });
    assert.deepEqual(fake.warnings, []);
    assert.equal(document.getText(), PLAN.replace('Thu: gym upper', 'Thu: run tempo 30min + gym upper').replace('heavy + run tempo 30min', 'heavy'));
    assert.equal(document.version, 2);
    const update = await waitForMessage(before, (message) => message.type === 'update' && message.version === 2, 'the redraw');
    assert.match(update.html as string, /data-session="7:5" data-week="1" data-weekday="3"/);
  });

  it('asks before a drop that creates conflicts, naming each rule and the guide reason', async () => {
    const before = panel.sent.length;
    fake.warningAnswers.push(undefined);
    panel.received.fire({ type: 'move', session: '7:5', week: 1, toWeekday: 6 });
    const cancelled = await waitForMessage(before, (message) => message.type === 'announce', 'the cancellation');
    assert.deepEqual(cancelled, { type: 'announce', text: 'Move cancelled.', cancelled: true });
    assert.equal(fake.warnings.length, 1);
    const [warning] = fake.warnings;
    // One conflict: a heavy upper Monday is not one of back-to-back-hard's hard days, so Sat–Sun–Mon is not three.
    assert.equal(warning!.message, "Move 'run tempo 30min' to Sun would create a conflict.");
    assert.equal(warning!.options?.modal, true);
    assert.match(
      warning!.options?.detail ?? '',
      /^hard-after-heavy-legs: Quality run \(Sun: run tempo 30min\) the day after heavy legs \(Sat: gym lower heavy\)[^\n]*\n {2}Why: Avoid: long runs the day after brutal leg sessions\./,
    );
    assert.equal(document.version, 2, 'nothing moved');

    const again = panel.sent.length;
    fake.warningAnswers.push('Move Anyway');
    panel.received.fire({ type: 'move', session: '7:5', week: 1, toWeekday: 6 });
    const moved = await waitForMessage(again, (message) => message.type === 'announce', 'the move');
    assert.deepEqual(moved, { type: 'announce', text: "Moved 'run tempo 30min' to Sun." });
    assert.equal(document.getText(), PLAN.replace('Sun: rest', 'Sun: run tempo 30min').replace('heavy + run tempo 30min', 'heavy'));
    await waitForMessage(again, (message) => message.type === 'update' && message.version === 3, 'the redraw');
  });

  it('refuses a move drawn from an older version of the plan', async () => {
    // The text changes and the server knows, but the view has not redrawn yet.
    document.setText(document.getText().replace('Fri: run long 14km', 'Fri: run long 15km'));
    await lsp.change(uri, [{ text: document.getText() }]);
    const before = panel.sent.length;
    panel.received.fire({ type: 'move', session: '8:5', week: 1, toWeekday: 2 });
    const refused = await waitForMessage(before, (message) => message.type === 'announce', 'the refusal');
    assert.deepEqual(refused, {
      type: 'announce',
      text: 'The plan changed while you were dragging; try again on the refreshed view.',
      cancelled: true,
    });
    assert.equal(fake.warnings[0]?.message, 'The plan changed while you were dragging; try again on the refreshed view.');
    assert.equal(document.version, 4);
    fake.changeDocument.fire({ document, contentChanges: [{}] });
    await waitForMessage(before, (message) => message.type === 'update' && message.version === 4, 'the redraw');
  });

  it('"Move to…" lists every other day with what a move there does, clean days first', async () => {
    const before = panel.sent.length;
    fake.quickPickAnswer = undefined;
    panel.received.fire({ type: 'pickMove', session: '8:5', week: 1 });
    await waitForMessage(before, (message) => message.type === 'announce', 'the dismissal');
    assert.equal(fake.quickPicks.length, 1);
    const pick = fake.quickPicks[0]!;
    assert.equal(pick.title, "Move 'run long 15km' to…");
    assert.equal(pick.items.length, 6);
    const clean = pick.items.filter((item) => item.label.startsWith('$(check)'));
    const flagged = pick.items.filter((item) => item.label.startsWith('$(warning)'));
    assert.equal(clean.length + flagged.length, 6);
    assert.deepEqual(pick.items.slice(0, clean.length), clean, 'clean days come first');
    for (const item of flagged) assert.match(item.description ?? '', /^creates [a-z-]+(, [a-z-]+)*$/);
    // Sunday follows the heavy leg Saturday: a long run there is flagged.
    const sunday = pick.items.find((item) => item.label.endsWith('Sunday'))!;
    assert.ok(sunday.label.startsWith('$(warning)'));
    assert.match(sunday.description ?? '', /hard-after-heavy-legs/);
  });

  it('"Move to…" applies the day picked', async () => {
    const before = panel.sent.length;
    const expectedVersion = document.version + 1;
    fake.quickPickAnswer = undefined;
    // Find Wednesday's index in the list the panel offers, then pick it.
    panel.received.fire({ type: 'pickMove', session: '8:5', week: 1 });
    await waitForMessage(before, (message) => message.type === 'announce', 'the dismissal');
    const wednesday = fake.quickPicks.at(-1)!.items.findIndex((item) => item.label.endsWith('Wednesday'));
    assert.ok(fake.quickPicks.at(-1)!.items[wednesday]!.label.startsWith('$(check)'));
    const next = panel.sent.length;
    fake.quickPickAnswer = wednesday;
    panel.received.fire({ type: 'pickMove', session: '8:5', week: 1 });
    const moved = await waitForMessage(next, (message) => message.type === 'announce', 'the move');
    assert.deepEqual(moved, { type: 'announce', text: "Moved 'run long 15km' to Wed." });
    assert.equal(document.version, expectedVersion);
    assert.match(document.getText(), /\nWed: run long 15km\n/);
    assert.match(document.getText(), /\nFri: rest\n/);
    fake.quickPickAnswer = undefined;
  });

  it('"Export to Calendar" saves the .ics next to the plan', async () => {
    fake.saveAnswer = Uri.parse('file:///tmp/panel/out.ics');
    await fake.commands.get('hybrid.exportCalendar')!();
    assert.deepEqual(fake.saveDialogs.at(-1), { defaultUri: 'file:///tmp/panel/balanced.ics', filters: { iCalendar: ['ics'] } });
    const ics = fake.written.get('file:///tmp/panel/out.ics')!;
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    assert.equal(events.length, 6);
    assert.match(fake.informations.at(-1) ?? '', /^Exported 6 sessions to out\.ics\. Defaults used: 6 sessions without a time start at 07:00/);
  });

  it('"Export to Calendar" on a plan without start: offers to insert the next Monday, then exports', async () => {
    const other = new FakeDocument(Uri.parse('file:///tmp/panel/no-start.hybrid'), 'plan "New"\ngoal: balanced\nMon: gym\n');
    fake.documents.push(other);
    await lsp.open(other.uri.toString(), other.getText());
    window.activeTextEditor = { document: other };
    const dialogs = fake.saveDialogs.length;
    // Dismissed: nothing changes, no save dialog.
    await fake.commands.get('hybrid.exportCalendar')!();
    const offer = fake.warnings.at(-1);
    assert.equal(offer?.message, 'The calendar needs the Monday of week 1: the plan has no start: line.');
    assert.equal(other.getText(), 'plan "New"\ngoal: balanced\nMon: gym\n');
    assert.equal(fake.saveDialogs.length, dialogs, 'no save dialog');
    // Accepted: the line goes under the title and the goal, and the export runs.
    const monday = nextMonday(new Date());
    fake.warningAnswers.push(`Insert 'start: ${monday}'`);
    fake.saveAnswer = Uri.parse('file:///tmp/panel/no-start.ics');
    await fake.commands.get('hybrid.exportCalendar')!();
    assert.equal(other.getText(), `plan "New"\ngoal: balanced\nstart: ${monday}\nMon: gym\n`);
    assert.match(fake.written.get('file:///tmp/panel/no-start.ics') ?? '', new RegExp(`DTSTART:${monday.replace(/-/g, '')}T070000`));
    assert.equal(
      fake.informations.at(-1),
      "Exported 1 session to no-start.ics. Defaults used: 1 session without a time start at 07:00 (a day's first) or 18:00 (a later one); 1 without a duration last the default (gym 60 min, easy run 40, long run 90, quality run 50, cross-training 45).",
    );
    window.activeTextEditor = { document };
  });

  it('applies a drop to the plan it was dropped in, even when the view switches plans while the move is checked', async () => {
    // Issue 16, item 2: the edit used to land in the plan the view showed by then (two documents' versions compared).
    const other = new FakeDocument(Uri.parse('file:///tmp/panel/other.hybrid'), 'Mon: gym upper\nTue: run easy 40min\nWed: rest\n');
    fake.documents.push(other);
    const otherOpened = lsp.nextDiagnostics(other.uri.toString());
    await lsp.open(other.uri.toString(), other.getText());
    await otherOpened;
    // The view drawn at the plan's current version (the previous test's move redraws it a little later).
    await until(() => ([...panel.sent].reverse().find((message) => message.type === 'update')?.version === document.version ? true : undefined), 'the view of the current version');
    const planText = document.getText();
    const move = { session: '5:5', week: 1, toWeekday: 2 };
    const expected = await lsp.request<MoveCheck>('hybrid/checkMove', { textDocument: { uri }, version: document.version, ...move });
    assert.ok(expected.ok);
    if (expected.created.length > 0) fake.warningAnswers.push('Move Anyway');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    holdRequest = (method) => (method === 'hybrid/checkMove' ? released : Promise.resolve());
    const before = panel.sent.length;
    panel.received.fire({ type: 'move', ...move });
    // While the move is checked, the user opens the other plan: the view switches and redraws it.
    await fake.commands.get('hybrid.openWeekView')!(other.uri.toString());
    await waitForMessage(before, (message) => message.type === 'update' && message.uri === other.uri.toString(), 'the other plan drawn');
    holdRequest = undefined;
    release();
    const moved = await waitForMessage(before, (message) => message.type === 'announce', 'the move');
    assert.match(String(moved.text), /^Moved 'run intervals 6x800m' to Wed\./);
    assert.equal(other.getText(), 'Mon: gym upper\nTue: run easy 40min\nWed: rest\n', 'the other plan is untouched');
    assert.equal(other.version, 1);
    assert.equal(document.getText(), applyEdits(planText, expected.edits));
    // A drop from a view still showing the first plan after the switch names sessions of that plan: refused.
    const stale = panel.sent.length;
    await fake.commands.get('hybrid.openWeekView')!(uri);
    panel.received.fire({ type: 'move', session: '0:5', week: 1, toWeekday: 3 });
    const refused = await waitForMessage(stale, (message) => message.type === 'announce', 'the refusal');
    assert.deepEqual(refused, { type: 'announce', text: 'The view was switching plans; nothing was moved. Try again on the redrawn view.', cancelled: true });
    assert.equal(other.version, 1);
    await waitForMessage(stale, (message) => message.type === 'update' && message.uri === uri, 'the first plan drawn again');
  });

  it('switches to another plan and waits for the server to open it', async () => {
    const late = new FakeDocument(Uri.parse('file:///tmp/panel/late.hybrid'), 'Mon: gym lower heavy\n');
    fake.documents.push(late);
    const before = panel.sent.length;
    await fake.commands.get('hybrid.openWeekView')!(late.uri.toString());
    assert.equal(panel.title, 'Week View: late.hybrid');
    const waiting = await waitForMessage(before, (message) => message.type === 'update', 'the waiting notice');
    assert.match(waiting.html as string, /Waiting for the language server to open late\.hybrid…/);
    await lsp.open(late.uri.toString(), late.getText());
    const drawn = await waitForMessage(before, (message) => message.type === 'update' && message.version === 1, 'the view once the server has the plan');
    assert.match(drawn.html as string, /<span class="chip-text">gym lower heavy<\/span>/);
  });

  it('keeps the plan in the webview state and is restored from it after a reload', async () => {
    const update = [...panel.sent].reverse().find((message) => message.type === 'update')!;
    assert.equal(update.uri, 'file:///tmp/panel/late.hybrid');
    panel.dispose();
    const serializer = fake.serializers.get('hybrid.weekView')!;

    // A state without a plan (or naming a closed one): the panel is closed rather than left empty.
    const orphan = new FakeWebviewPanel('hybrid.weekView', {});
    let closed = false;
    orphan.onDidDispose(() => (closed = true));
    await serializer.deserializeWebviewPanel(orphan, { scrollY: 10 });
    assert.equal(closed, true);

    const restored = new FakeWebviewPanel('hybrid.weekView', {});
    await serializer.deserializeWebviewPanel(restored, { uri: uri, scrollY: 120 });
    assert.deepEqual(restored.webview.options.localResourceRoots?.map((root) => root.toString()), ['file:///ext/client/media']);
    assert.equal(restored.webview.options.enableScripts, true);
    assert.equal(restored.title, 'Week View: balanced.hybrid');
    restored.received.fire({ type: 'ready' });
    const drawn = await until(() => restored.sent.find((message) => message.type === 'update'), 'the restored view');
    assert.equal(drawn.uri, uri);
    assert.match(drawn.html as string, /<h1>Balanced hybrid<\/h1>/);
    panel = restored;
  });
});
