// `npm run stress -- [--edits 10000] [--seed 1] [--max-old-space 40]`: the long LSP stress run (driver.ts) against the
// built server (optionally with its V8 old space capped, in MB, to tell a leak from a lazy collector);
// prints the report and exits 1 when a promise is broken.
import { runStress } from './driver';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const value = (name: string, fallback: number): number => {
    const index = argv.indexOf(name);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  const cap = value('--max-old-space', 0);
  const report = await runStress({ edits: value('--edits', 10_000), seed: value('--seed', 1), ...(cap ? { maxOldSpaceMB: cap } : {}) });
  const same = JSON.stringify(report.published) === JSON.stringify(report.expected);
  const ok =
    report.failures.length === 0 &&
    report.loggedErrors.length === 0 &&
    report.answered + report.cancelled === report.requests &&
    report.aliveAtEnd &&
    report.exitCode === 0 &&
    same;
  const { published, expected, ...figures } = report;
  process.stdout.write(
    `${JSON.stringify({ ...figures, finalDiagnostics: published.length, finalDiagnosticsMatchEngine: same, rssGrowthMB: Math.round((report.rssEndMB - report.rssStartMB) * 10) / 10, ok }, null, 2)}\n`,
  );
  if (!same) process.stdout.write(`published: ${JSON.stringify(published)}\nexpected: ${JSON.stringify(expected)}\n`);
  process.exitCode = ok ? 0 : 1;
}

void main();
