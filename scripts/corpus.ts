// `npm run corpus`: parse-failure share, session classes and coach figures over test/corpus (see its README.md).
// Options: --set plans|heldback|verbatim (repeatable), --only <text> (plans whose file name contains it), --sessions
// (list session-class mismatches), --json. The held-back set prints no text of its plans or labels (no messages, no
// `why`, no session readings): only file names, line numbers, rule ids and figures, so nobody tunes on it by reading.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, CORPUS_SETS, loadDir, measureDir, measurePlan, summarize, type SetMeasure } from '../test/corpus/measure';

function usage(message: string): never {
  process.stderr.write(`${message} — usage: npm run corpus -- [--set plans|heldback|verbatim]... [--only <text>] [--sessions] [--json]\n`);
  process.exit(2);
}

let values: { set?: string[]; only?: string; sessions?: boolean; json?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      only: { type: 'string' },
      sessions: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}

const HELD_BACK = 'heldback';
const wanted = values.set ?? [...CORPUS_SETS];
for (const name of wanted) {
  if (!(CORPUS_SETS as readonly string[]).includes(name)) {
    usage(`Unknown set '${name}': expected ${CORPUS_SETS.join(', ')}`);
  }
}

const only = values.only;
const results = wanted.map((name) =>
  only === undefined ? measureDir(join(CORPUS_DIR, name), name) : summarize(name, loadDir(join(CORPUS_DIR, name)).filter((p) => p.file.includes(only)).map((p) => measurePlan(p.file, p.text, p.expect))),
);

if (values.json) {
  process.stdout.write(JSON.stringify(results.map((set) => (set.name === HELD_BACK ? redact(set) : set)), null, 2) + '\n');
} else {
  for (const set of results) print(set, values.sessions === true);
}

/** The held-back set's measure without its words: messages, label reasons and session readings are dropped. */
function redact(set: SetMeasure): SetMeasure {
  return {
    ...set,
    plans: set.plans.map((p) =>
      p.coach === undefined
        ? p
        : {
            ...p,
            coach: {
              ...p.coach,
              truePositives: p.coach.truePositives.map((d) => ({ ...d, message: '' })),
              debatable: p.coach.debatable.map((d) => ({ ...d, message: '' })),
              falsePositives: p.coach.falsePositives.map((d) => ({ ...d, message: '' })),
              missed: p.coach.missed.map((m) => ({ ...m, label: { ...m.label, why: '' } })),
              sessionMismatches: p.coach.sessionMismatches.map((m) => ({ ...m, expected: [], actual: [] })),
            },
          },
    ),
  };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}

function print(set: SetMeasure, sessions: boolean): void {
  const hidden = set.name === HELD_BACK;
  const out: string[] = [];
  out.push(`== ${set.name}: ${set.plans.length} plans (${set.plansWithExpectations} with expectations)`);
  out.push(`syntax: ${set.errorLines} of ${set.statementLines} statement lines fail to parse = ${pct(set.errorShare)}`);
  out.push(
    `coach: ${set.diagnostics} diagnostics: ${set.truePositives} true, ${set.debatable} debatable, ${set.falsePositives} false (${pct(set.falseShare)} false); ` +
      `flags found ${set.flagsFound} of ${set.flags} (recall ${pct(set.recall)})`,
  );
  out.push(
    `sessions: ${set.sessionLinesMatching} of ${set.sessionLines} labelled lines read as the coach reads them` +
      (set.sessionLines === 0 ? '' : ` = ${pct(set.sessionLinesMatching / set.sessionLines)}`) +
      `; goal read right in ${set.goalsMatching} of ${set.plansWithExpectations} plans`,
  );
  const byRule = new Map<string, [number, number, number, number]>();
  const count = (rule: string, index: 0 | 1 | 2 | 3): void => {
    const row = byRule.get(rule) ?? [0, 0, 0, 0];
    row[index]++;
    byRule.set(rule, row);
  };
  for (const p of set.plans) {
    for (const d of p.coach?.truePositives ?? []) count(d.rule, 0);
    for (const d of p.coach?.debatable ?? []) count(d.rule, 1);
    for (const d of p.coach?.falsePositives ?? []) count(d.rule, 2);
    for (const m of p.coach?.missed ?? []) count(m.label.rule, 3);
  }
  if (byRule.size > 0) {
    out.push('by rule (true / debatable / false / missed flags):');
    for (const [rule, [t, d, f, m]] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) out.push(`  ${rule}: ${t} / ${d} / ${f} / ${m}`);
  }
  const failing = set.plans.filter((p) => p.errorLines.length > 0);
  if (failing.length > 0) {
    out.push('lines that fail to parse:');
    for (const p of failing) out.push(`  ${p.file}: ${p.errorLines.length}/${p.statementLines} (lines ${p.errorLines.join(', ')})`);
  }
  const falses = set.plans.flatMap((p) => p.coach?.falsePositives ?? []);
  if (falses.length > 0) {
    out.push('false diagnostics (in neither flags nor debatable):');
    for (const d of falses) out.push(`  ${d.file}:${d.line} ${d.severity} ${d.rule}` + (hidden ? '' : `: ${d.message}`));
  }
  const missed = set.plans.flatMap((p) => p.coach?.missed ?? []);
  if (missed.length > 0) {
    out.push('missed (flags a coach would raise that the engine did not report):');
    for (const m of missed) {
      const where = m.label.line !== undefined ? `${m.label.line}` : `${m.label.lines?.[0]}-${m.label.lines?.[1]}`;
      out.push(`  ${m.file}:${where} ${m.label.rule}` + (hidden ? '' : `: ${m.label.why}`));
    }
  }
  if (sessions) {
    const mismatches = set.plans.flatMap((p) => p.coach?.sessionMismatches ?? []);
    if (mismatches.length > 0) {
      out.push('session classes that differ (expected → engine):');
      for (const m of mismatches) out.push(`  ${m.file}:${m.line}` + (hidden ? '' : ` [${m.expected.join(', ')}] → [${m.actual.join(', ')}]`));
    }
    for (const p of set.plans) {
      if (p.coach !== undefined && p.coach.goalExpected !== p.coach.goalActual) {
        out.push(`  ${p.file}: goal` + (hidden ? ' read differently' : ` ${p.coach.goalExpected} → ${p.coach.goalActual}`));
      }
    }
  }
  process.stdout.write(out.join('\n') + '\n\n');
}
