// Every message from the webview is untrusted: only well-formed messages of the four known types get through,
// rebuilt with exactly the fields the extension uses.
import { strict as assert } from 'node:assert';
import { parseWebviewMessage } from '../../client/src/weekView/messages';

describe('week view messages', () => {
  it('accepts the four message types, keeping only their fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', line: 9, column: 23, command: 'rm -rf' }), { type: 'reveal', line: 9, column: 23 });
    assert.deepEqual(parseWebviewMessage({ type: 'move', session: '9:23', week: 1, toWeekday: 6 }), {
      type: 'move',
      session: '9:23',
      week: 1,
      toWeekday: 6,
    });
    assert.deepEqual(parseWebviewMessage({ type: 'pickMove', session: '12:0', week: 12 }), { type: 'pickMove', session: '12:0', week: 12 });
  });

  it('rejects unknown types and malformed fields', () => {
    const rejected: unknown[] = [
      undefined,
      null,
      'move',
      [],
      { type: 'applyEdit', edits: [] },
      { type: 'reveal', line: -1, column: 0 },
      { type: 'reveal', line: 1.5, column: 0 },
      { type: 'reveal', line: '3', column: 0 },
      { type: 'reveal', line: 3 },
      { type: 'move', session: '9:23', week: 1, toWeekday: 7 },
      { type: 'move', session: '9:23', week: 1, toWeekday: -1 },
      { type: 'move', session: '9:23', week: 0, toWeekday: 2 },
      { type: 'move', session: '9-23', week: 1, toWeekday: 2 },
      { type: 'move', session: '9:23 ', week: 1, toWeekday: 2 },
      { type: 'move', session: { line: 9 }, week: 1, toWeekday: 2 },
      { type: 'move', session: '9:23', week: 1 },
      { type: 'pickMove', session: '9:23', week: '1' },
      { type: { toString: () => 'ready' } },
    ];
    for (const message of rejected) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
  });
});
