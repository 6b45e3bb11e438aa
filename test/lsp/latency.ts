// Not a test: measures, over stdio against the built server, the time from a one-character didChange to the
// publishDiagnostics of that version, on a 52-week plan. Run: `node scripts/build.mjs && npx tsx test/lsp/latency.ts`.
// Edits are sent one at a time after the previous result, with a pause longer than the check window, so each is
// checked at once (the throttle only delays changes that arrive while typing fast).
import { performance } from 'node:perf_hooks';
import { generatePlan, renderHybrid } from '../../bench/generate';
import { CHECK_WINDOW_MS } from '../../server/src/features/diagnostics';
import { LspClient } from './client';

async function main(): Promise<void> {
  const weeks = Number(process.argv[2] ?? 52);
  const samples = Number(process.argv[3] ?? 60);
  const text = renderHybrid(generatePlan(weeks));
  const client = new LspClient();
  const startup = performance.now();
  await client.initialize();
  const initialized = performance.now() - startup;
  const uri = 'untitled:latency.hybrid';
  const opened = client.nextDiagnostics(uri, 1);
  const openStart = performance.now();
  await client.open(uri, text);
  const first = await opened;
  const openTime = performance.now() - openStart;

  const lines = text.split('\n');
  const line = lines.findIndex((l) => /^\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b.*:/.test(l));
  const column = lines[line].length;
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await new Promise((resolve) => setTimeout(resolve, CHECK_WINDOW_MS + 10));
    // Alternately type and delete one space at the end of a day line.
    const change = i % 2 === 0
      ? { range: { start: { line, character: column }, end: { line, character: column } }, text: ' ' }
      : { range: { start: { line, character: column }, end: { line, character: column + 1 } }, text: '' };
    const version = i + 2;
    const published = client.nextDiagnostics(uri, version);
    const start = performance.now();
    await client.change(uri, [change]);
    await published;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pick = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  process.stdout.write(
    [
      `plan: ${weeks} weeks, ${lines.length} lines, ${text.length} chars, ${first.diagnostics.length} diagnostics`,
      `initialize: ${initialized.toFixed(1)} ms; didOpen → diagnostics: ${openTime.toFixed(1)} ms`,
      `didChange → publishDiagnostics over ${samples} edits: median ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${times[times.length - 1].toFixed(2)} ms`,
    ].join('\n') + '\n',
  );
  await client.shutdown();
}

void main();
