// The short LSP stress run inside `npm test` (1,000 edits; `npm run stress` does 10,000): see driver.ts.
import { strict as assert } from 'node:assert';
import { buildServer } from '../lsp/client';
import { runStress } from './driver';

describe('LSP stress over stdio (1,000 edits)', function () {
  this.timeout(180_000);

  it('answers every request, logs no failure, ends with the engine\'s diagnostics of the final text and exits cleanly', async () => {
    buildServer();
    // With the server's V8 old space capped at 32 MB: a leak would end in an out-of-memory crash.
    const report = await runStress({ edits: 1000, seed: 11, maxOldSpaceMB: 32 });
    assert.equal(report.requests, 334);
    assert.equal(report.answered + report.cancelled, report.requests);
    assert.deepEqual(report.failures, []);
    assert.deepEqual(report.loggedErrors, []);
    assert.equal(report.finalVersion, 1001);
    assert.ok(report.aliveAtEnd, 'the server was up when the last answer came');
    assert.deepEqual(report.published, report.expected);
    assert.ok(report.expected.length > 0, 'the final text has diagnostics to compare');
    assert.equal(report.exitCode, 0);
    // Memory stays bounded: far below what keeping every version's analysis would take.
    assert.ok(report.rssEndMB - report.rssStartMB < 150, `RSS ${report.rssStartMB} → ${report.rssEndMB} MB`);
  });
});
