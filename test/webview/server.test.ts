// The week view's requests on the REAL built language server over stdio (JSON-RPC): `hybrid/weekView`,
// `hybrid/checkMove` (including a stale version and a malformed request) and `hybrid/export`.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../server/src/analysis/edits';
import type { ExportReply, MoveCheck, WeekViewModel } from '../../server/src/features/weekView';
import { nextMonday } from '../../server/src/features/completion';
import { buildServer, LspClient } from '../lsp/client';
import { BALANCED_WITH_CONFLICT as PLAN } from './fixture';


describe('week view requests on the language server (stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;
  const uri = 'file:///tmp/week-view/balanced.hybrid';

  before(async () => {
    buildServer();
    client = new LspClient();
    await client.initialize();
    const first = client.nextDiagnostics(uri);
    await client.open(uri, PLAN);
    await first;
  });
  after(() => client.kill());

  it('hybrid/weekView answers the view model of the open document', async () => {
    const model = await client.request<WeekViewModel>('hybrid/weekView', { textDocument: { uri } });
    assert.equal(model.uri, uri);
    assert.equal(model.version, 1);
    assert.equal(model.title, 'Balanced hybrid');
    assert.equal(model.weeks.length, 1);
    const saturday = model.weeks[0]!.days[5]!;
    assert.deepEqual(
      saturday.sessions.map((session) => [session.id, session.chip, session.conflicts.some((conflict) => conflict.rule === 'hard-same-day')]),
      [
        ['9:5', 'heavy-legs', false],
        ['9:23', 'quality-run', true],
      ],
    );
    assert.equal(await client.request('hybrid/weekView', { textDocument: { uri: 'file:///not/open.hybrid' } }), null);
  });

  it('hybrid/checkMove answers the move edits and what they add and clear', async () => {
    const check = await client.request<MoveCheck>('hybrid/checkMove', {
      textDocument: { uri },
      version: 1,
      session: '9:23',
      week: 1,
      toWeekday: 3,
    });
    assert.ok(check.ok);
    assert.equal(check.title, "Move 'run tempo 30min' to Thu");
    assert.deepEqual(check.created, []);
    assert.deepEqual(check.cleared.map((conflict) => conflict.rule), ['hard-same-day']);
    assert.equal(
      applyEdits(PLAN, check.edits),
      PLAN.replace('Thu: gym upper', 'Thu: run tempo 30min + gym upper').replace('heavy + run tempo 30min', 'heavy'),
    );
    assert.deepEqual(await client.request('hybrid/checkMove', { textDocument: { uri }, version: 1, session: '9:23', week: 1, toWeekday: 9 }), {
      ok: false,
      error: 'Malformed move request.',
    });
  });

  it('hybrid/checkMove refuses a move drawn from an older version', async () => {
    const version = await client.change(uri, [{ range: { start: { line: 7, character: 5 }, end: { line: 7, character: 14 } }, text: 'gym upper light' }]);
    assert.equal(version, 2);
    assert.deepEqual(
      await client.request('hybrid/checkMove', { textDocument: { uri }, version: 1, session: '9:23', week: 1, toWeekday: 2 }),
      { ok: false, error: 'The plan changed while you were dragging; try again on the refreshed view.' },
    );
    const model = await client.request<WeekViewModel>('hybrid/weekView', { textDocument: { uri } });
    assert.equal(model.version, 2);
    assert.equal(model.weeks[0]!.days[3]!.sessions[0]!.text, 'gym upper light');
  });

  it('hybrid/export answers the calendar, the JSON, or why not', async () => {
    const ics = await client.request<ExportReply>('hybrid/export', { textDocument: { uri }, format: 'ics' });
    assert.ok(ics.ok);
    assert.equal(ics.text.split('BEGIN:VEVENT').length - 1, 6);
    assert.match(ics.text, /\r\nDTSTART:20261212T180000\r\n/, "Saturday's second session at 18:00");
    const json = await client.request<ExportReply>('hybrid/export', { textDocument: { uri }, format: 'json' });
    assert.ok(json.ok);
    assert.equal((JSON.parse(json.text) as { weeks: unknown[] }).weeks.length, 1);
    const other = 'file:///tmp/week-view/no-start.hybrid';
    await client.open(other, 'Mon: gym\n');
    const refused = await client.request<ExportReply>('hybrid/export', { textDocument: { uri: other }, format: 'ics' });
    assert.deepEqual(refused, {
      ok: false,
      error: "The plan has no 'start:' date; add a line like 'start: 2026-12-07' (the Monday of week 1) to export it to a calendar.",
      // What the editor offers to insert: the next Monday, at the top (no title or goal above the days).
      insertStart: { line: 0, text: `start: ${nextMonday(new Date())}` },
    });
    // The calendar says which times and durations it chose: the fixture writes none.
    assert.ok(ics.ok && ics.defaults?.startsWith('6 sessions without a time start at 07:00'), ics.ok ? ics.defaults : '');
  });
});
