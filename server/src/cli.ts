// The `hybrid` command line (language.md §8): check, fix and totals over the same engine as the editor.
// Every command is one small function in `commands`; usage and I/O problems end as ONE line on stderr with exit 2.
import * as path from 'node:path';
import {
  applyEdits,
  checkPlan,
  computeTotals,
  exportCalendar,
  exportJson,
  fixAll,
  listingOf,
  parsePlan,
  parseRuleFlag,
  resolveConfig,
  ruleFlagsLayer,
  vocabularyOf,
  type Plan,
  type PlanDiagnostic,
  type ResolvedConfig,
  type SeveritySetting,
  type WeekTotals,
} from './engine';
import { LISTED_PER_RULE } from './budgets';
import { ConfigFinder } from './node/config';
import { FileProblem, findPlanFiles, readPlanFile, writeFileAtomically, writeOutputFile, realPath } from './node/files';
import { version } from '../../package.json';

/** Where a command writes: real streams in `main`, strings in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Colour for human output (a TTY without NO_COLOR). */
  color: boolean;
  /** The directory relative output paths are resolved against. */
  cwd: string;
}

/** A usage mistake: printed as one line, exit 2. */
export class UsageError extends Error {}

interface OptionSpec {
  /** `value`: takes an argument (`--format json` or `--format=json`); `flag`: boolean. */
  type: 'value' | 'flag';
  repeatable?: boolean;
  choices?: readonly string[];
}

interface ParsedArgs {
  options: Map<string, string[]>;
  operands: string[];
}

export interface Command {
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  run(args: ParsedArgs, io: CliIo): number;
}

const FORMAT: OptionSpec = { type: 'value', choices: ['text', 'json'] };
const RULE: OptionSpec = { type: 'value', repeatable: true };

export const commands: Record<string, Command> = {
  check: {
    summary: 'Check plans and print their problems',
    usage: 'hybrid check [--format text|json] [--rule <id>=off|info|warning|error]... <file-or-dir>...',
    options: { '--format': FORMAT, '--rule': RULE },
    run: runCheck,
  },
  fix: {
    summary: 'Reschedule sessions to clear the scheduling problems, rewriting each file',
    usage: 'hybrid fix [--dry-run] [--rule <id>=off|info|warning|error]... <file-or-dir>...',
    options: { '--dry-run': { type: 'flag' }, '--rule': RULE },
    run: runFix,
  },
  totals: {
    summary: 'Print the weekly totals of a plan',
    usage: 'hybrid totals [--format text|json] <file>',
    options: { '--format': FORMAT },
    run: runTotals,
  },
  export: {
    summary: 'Export a plan as an iCalendar file (from its start: date) or as JSON with totals',
    usage: 'hybrid export [--format ics|json] [-o <out-file>] <file>',
    options: { '--format': { type: 'value', choices: ['ics', 'json'] }, '-o': { type: 'value' }, '--output': { type: 'value' } },
    run: runExport,
  },
};

/** Runs the CLI and returns the exit code (0 clean, 1 an error-severity problem, 2 usage or I/O). */
export function run(argv: string[], io: CliIo): number {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) throw new UsageError(`Missing command — try 'hybrid --help'`);
    if (name === '--help' || name === '-h' || name === 'help') {
      io.out(helpText());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.out(`${version}\n`);
      return 0;
    }
    const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
    if (!command) {
      throw new UsageError(
        name.startsWith('-') ? `Unknown option '${name}' — try 'hybrid --help'` : `Unknown command '${name}' — commands: ${Object.keys(commands).join(', ')}`,
      );
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`Usage: ${command.usage}\n\n${command.summary}.\n`);
      return 0;
    }
    return command.run(parseArgs(name, rest, command.options), io);
  } catch (error) {
    const message = error instanceof UsageError || error instanceof FileProblem ? error.message : `Internal error: ${describe(error)}`;
    io.err(`hybrid: ${message}\n`);
    return 2;
  }
}

/** Entry point of bin/hybrid.js. */
export function main(argv: string[]): number {
  // A reader that stops early (`hybrid check plans/ | head`) closes the pipe: stop writing, quietly, with the exit
  // code of the check, as grep and cat do — not with an unhandled EPIPE and a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const code = run(argv, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: wantsColor(Boolean(process.stdout.isTTY), process.env),
    cwd: process.cwd(),
  });
  process.exitCode = code;
  return code;
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything but an empty string (no-color.org). */
export function wantsColor(isTty: boolean, env: Record<string, string | undefined>): boolean {
  return isTty && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

function helpText(): string {
  const lines = [
    `hybrid ${version} — check, fix and total .hybrid training plans`,
    '',
    'Usage:',
    ...Object.values(commands).map((command) => `  ${command.usage}`),
    '  hybrid --help | --version',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(8)}${command.summary}`),
    '',
    'Directories are searched for *.hybrid files (node_modules and .git are skipped).',
    'The nearest .hybridrc.json configures the rules; --rule flags override it.',
    'Exit code: 0 no error, 1 at least one error-severity problem, 2 usage or I/O error.',
  ];
  return `${lines.join('\n')}\n`;
}

export function parseArgs(commandName: string, args: string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const options = new Map<string, string[]>();
  const operands: string[] = [];
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyOperands || !arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(`Unknown option '${name}' for 'hybrid ${commandName}' — try 'hybrid ${commandName} --help'`);
    let value: string;
    if (spec.type === 'flag') {
      if (equals > 0) throw new UsageError(`Option '${name}' takes no value`);
      value = 'true';
    } else if (equals > 0) {
      value = arg.slice(equals + 1);
    } else {
      if (i + 1 >= args.length) throw new UsageError(`Option '${name}' needs a value`);
      value = args[++i];
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`Option '${name}' must be one of ${spec.choices.join(', ')}, not '${value}'`);
    }
    const values = options.get(name) ?? [];
    if (values.length > 0 && !spec.repeatable) throw new UsageError(`Option '${name}' is given twice`);
    values.push(value);
    options.set(name, values);
  }
  return { options, operands };
}

function option(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.[0];
}

/** The `--rule` flags as a config layer (unknown ids and severities are usage errors). */
function ruleFlags(args: ParsedArgs): { rules: Record<string, SeveritySetting> } {
  const flags: { id: string; severity: SeveritySetting }[] = [];
  for (const value of args.options.get('--rule') ?? []) {
    const flag = parseRuleFlag(value);
    if ('problem' in flag) throw new UsageError(flag.problem);
    flags.push(flag);
  }
  return ruleFlagsLayer(flags);
}

interface LoadedPlan {
  file: string;
  text: string;
  bom: boolean;
  config: ResolvedConfig;
  /** The plan, parsed when asked for: one plan at a time is alive, not every plan named. */
  read(): Plan;
}

/**
 * Every plan named by the operands, read (a file that cannot be read stops the command before anything is written),
 * each with its nearest `.hybridrc.json` under the flags; parsed one at a time by `read`.
 */
function loadPlans(args: ParsedArgs, commandName: string): LoadedPlan[] {
  if (args.operands.length === 0) throw new UsageError(`'hybrid ${commandName}' needs at least one file or directory`);
  const flagsLayer = ruleFlags(args);
  const finder = new ConfigFinder();
  const files: string[] = [];
  // One file named twice (`a.hybrid ./a.hybrid`, a symlink and its target) is read and fixed once.
  const seen = new Set<string>();
  for (const operand of args.operands) {
    const found = findPlanFiles(operand);
    if (found.length === 0) throw new UsageError(`No .hybrid files in '${operand}'`);
    for (const file of found) {
      const key = realPath(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return files.map((file) => {
    const { text, bom } = readPlanFile(file);
    const rc = finder.forPlan(file);
    const { config, problems } = resolveConfig([rc?.layer, flagsLayer]);
    if (problems.length > 0) throw new UsageError(`${rc ? rc.file : '--rule'}: ${problems[0]}`);
    // Read once: no day line of the whole plan is kept for a next parse (fix-all's re-reads of a block's window fill
    // the cache with what they need).
    return { file, text, bom, config, read: () => parsePlan(text, { vocabulary: vocabularyOf(config), fresh: true }) };
  });
}

interface FileDiagnostic {
  file: string;
  diagnostic: PlanDiagnostic;
}

function sortDiagnostics(list: FileDiagnostic[]): FileDiagnostic[] {
  return list.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.diagnostic.range.start.line - b.diagnostic.range.start.line ||
      a.diagnostic.range.start.column - b.diagnostic.range.start.column,
  );
}

/** The JSON object of §8: 1-based lines and columns, end exclusive. */
export function toJson({ file, diagnostic }: FileDiagnostic): Record<string, string | number> {
  const { start, end } = diagnostic.range;
  return {
    file,
    line: start.line + 1,
    column: start.column + 1,
    endLine: end.line + 1,
    endColumn: end.column + 1,
    severity: diagnostic.severity,
    rule: diagnostic.rule,
    message: diagnostic.message,
  };
}

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

function paint(io: CliIo, color: keyof typeof COLORS, text: string): string {
  return io.color ? `${COLORS[color]}${text}${COLORS.reset}` : text;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Compiler-style lines `file:line:col  severity  message  rule-id` and a summary line. */
/** Characters of output written at once: a write per problem was a system call each (146,955 for a 1 MB plan). */
const OUTPUT_CHUNK = 64 * 1024;

function printText(list: FileDiagnostic[], fileCount: number, io: CliIo): void {
  let pending = '';
  for (const entry of list) {
    const { start } = entry.diagnostic.range;
    const severity = entry.diagnostic.severity;
    pending += `${entry.file}:${start.line + 1}:${start.column + 1}  ${paint(io, severity, severity)}${' '.repeat(7 - severity.length)}  ${entry.diagnostic.message}  ${paint(io, 'dim', entry.diagnostic.rule)}\n`;
    if (pending.length >= OUTPUT_CHUNK) {
      io.out(pending);
      pending = '';
    }
  }
  if (pending !== '') io.out(pending);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const entry of list) counts[entry.diagnostic.severity]++;
  if (list.length === 0) {
    io.out(`${paint(io, 'bold', '✔')} ${plural(fileCount, 'file')} checked, no problems\n`);
    return;
  }
  const summary = `✖ ${plural(list.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  io.out(`\n${paint(io, counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info', summary)}\n`);
}

function exitCodeOf(list: FileDiagnostic[]): number {
  return list.some((entry) => entry.diagnostic.severity === 'error') ? 1 : 0;
}

function runCheck(args: ParsedArgs, io: CliIo): number {
  const plans = loadPlans(args, 'check');
  const list: FileDiagnostic[] = [];
  for (const loaded of plans) {
    for (const diagnostic of checkPlan(loaded.read(), loaded.config, { listPerRule: LISTED_PER_RULE })) list.push({ file: loaded.file, diagnostic });
  }
  sortDiagnostics(list);
  if (option(args, '--format') === 'json') io.out(`${JSON.stringify(list.map(toJson), null, 2)}\n`);
  else printText(list, plans.length, io);
  return exitCodeOf(list);
}

function runFix(args: ParsedArgs, io: CliIo): number {
  const dryRun = option(args, '--dry-run') === 'true';
  const plans = loadPlans(args, 'fix');
  if (dryRun && plans.length !== 1) {
    throw new UsageError(`'hybrid fix --dry-run' prints the fixed text of one file, but ${plans.length} files were given`);
  }
  const left: FileDiagnostic[] = [];
  for (const loaded of plans) {
    // The plan as written is checked once: fix-all starts from it, and it is what is left when nothing moves.
    let plan: Plan | undefined = loaded.read();
    // Checked fully (fix-all judges by every problem) and listed as `hybrid check` lists it, in one check.
    let before: PlanDiagnostic[] | undefined = checkPlan(plan, loaded.config, { alsoListed: LISTED_PER_RULE });
    const result = fixAll(plan, loaded.config, undefined, undefined, before);
    const fixedText = result.edits.length > 0 ? applyEdits(loaded.text, result.edits) : loaded.text;
    // What is left is listed as `hybrid check` lists it (at most LISTED_PER_RULE of a rule); fix-all judged every one.
    let after: PlanDiagnostic[];
    if (fixedText !== loaded.text) {
      const vocabulary = plan.vocabulary;
      // The plan as written is not needed any more: let it go before the fixed text is read (a 1 MB plan is two).
      plan = before = undefined;
      after = checkPlan(parsePlan(fixedText, { vocabulary, fresh: true }), loaded.config, { listPerRule: LISTED_PER_RULE });
    } else {
      after = listingOf(before) ?? before;
    }
    for (const diagnostic of after) left.push({ file: loaded.file, diagnostic });
    // Written before anything is reported: "moved" is never printed for a file that then could not be written.
    if (!dryRun && fixedText !== loaded.text) {
      const bom = loaded.bom ? '\ufeff' : '';
      writeFileAtomically(loaded.file, bom + fixedText, bom + loaded.text);
    }
    // With --dry-run stdout is exactly the fixed text; what moved goes to stderr.
    const report = dryRun ? io.err : io.out;
    if (result.moves.length === 0) {
      report(`${loaded.file}: nothing to move\n`);
    } else {
      // A session given am / pm on its own day (heavy legs and a quality run split) is said so, not "moved".
      const moved = result.moves.filter((move) => move.time === undefined).length;
      const timed = result.moves.length - moved;
      const said = [moved > 0 ? `moved ${plural(moved, 'session')}` : '', timed > 0 ? `set am / pm on ${plural(timed, 'session')}` : ''];
      report(`${loaded.file}: ${said.filter((s) => s !== '').join(', ')}\n`);
      for (const move of result.moves) report(`  week ${move.week}: ${move.session} — ${move.time ? `${move.from} ${move.time}` : `${move.from} → ${move.to}`}\n`);
    }
    // Per week not cleared, why (a coach's words), and whether the search stopped at its budget.
    const why = new Map((result.unresolved ?? []).map(({ week, why }) => [week, why]));
    for (const week of result.stoppedEarly ?? []) {
      const reason = why.get(week);
      report(`${loaded.file}: week ${week}: ${reason ? `${reason} — ` : ''}tried as many arrangements as the search allows (server/src/budgets.ts) and none clears it; left as written\n`);
      why.delete(week);
    }
    for (const [week, reason] of why) report(`${loaded.file}: week ${week}: ${reason}\n`);
    if (result.unsearched) {
      const weeks = result.unsearched;
      const named = weeks.length <= 5 ? weeks.join(', ') : `${weeks.slice(0, 5).join(', ')} and ${weeks.length - 5} more`;
      report(`${loaded.file}: the plan is too big to fix in one go (server/src/budgets.ts): weeks ${named} were not searched and are left as written; run 'hybrid fix' again to go on\n`);
    }
    if (dryRun) io.out(fixedText);
  }
  sortDiagnostics(left);
  if (!dryRun && left.length > 0) {
    io.out('\nLeft after fixing:\n');
    printText(left, plans.length, io);
  }
  return exitCodeOf(left);
}

function runTotals(args: ParsedArgs, io: CliIo): number {
  if (args.operands.length !== 1) throw new UsageError(`'hybrid totals' takes exactly one file`);
  const file = args.operands[0];
  const found = findPlanFiles(file);
  if (found.length !== 1 || found[0] !== file) throw new UsageError(`'hybrid totals' takes a file, but '${file}' is a directory`);
  const { text } = readPlanFile(file);
  const totals = computeTotals(parsePlan(text));
  if (option(args, '--format') === 'json') io.out(`${JSON.stringify(totals, null, 2)}\n`);
  else io.out(totalsTable(totals, path.basename(file)));
  return 0;
}

const oneDecimal = (value: number): string => (Math.round(value * 10) / 10).toString();

/** The weekly totals as an aligned text table. */
export function totalsTable(totals: WeekTotals[], title: string): string {
  if (totals.length === 0) return `${title}: no weeks with days yet\n`;
  const header = ['Week', 'Goal', 'Gym', 'Heavy', 'Runs', 'Easy', 'Quality', 'Long', 'Cross', 'Rest', 'Hard', 'Minutes', 'Run km', 'Load', 'Easy %', 'Label'];
  const rows = totals.map((week) => [
    String(week.week),
    week.goal ?? '—',
    String(week.gym),
    String(week.heavyGym),
    String(week.runs),
    String(week.easyRuns),
    String(week.qualityRuns),
    String(week.longRuns),
    String(week.cross),
    String(week.restDays),
    String(week.hardDays),
    String(Math.round(week.minutes)),
    oneDecimal(week.runKm),
    String(Math.round(week.load)),
    week.easyShare === undefined ? '—' : `${Math.round(week.easyShare * 100)}%`,
    week.label ?? '',
  ]);
  const widths = header.map((name, column) => Math.max(name.length, ...rows.map((row) => row[column].length)));
  const textColumns = new Set([1, header.length - 1]);
  const format = (cells: string[]): string =>
    cells
      .map((cell, column) => (textColumns.has(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd();
  return `${[format(header), format(widths.map((width) => '─'.repeat(width))), ...rows.map(format)].join('\n')}\n`;
}

/** `hybrid export`: the calendar (default) or the JSON model, to stdout or `-o <file>`. */
function runExport(args: ParsedArgs, io: CliIo): number {
  if (args.operands.length !== 1) throw new UsageError(`'hybrid export' takes exactly one file`);
  const file = args.operands[0];
  const found = findPlanFiles(file);
  if (found.length !== 1 || found[0] !== file) throw new UsageError(`'hybrid export' takes a file, but '${file}' is a directory`);
  const output = option(args, '-o') ?? option(args, '--output');
  if (option(args, '-o') !== undefined && option(args, '--output') !== undefined) throw new UsageError(`Give '-o' or '--output', not both`);
  const plan = parsePlan(readPlanFile(file).text);
  let text: string;
  if (option(args, '--format') === 'json') {
    text = `${JSON.stringify(exportJson(plan), null, 2)}\n`;
  } else {
    const calendar = exportCalendar(plan);
    if (!calendar.ok) throw new UsageError(`${file}: ${calendar.error}`);
    text = calendar.text;
  }
  if (output === undefined || output === '-') {
    io.out(text);
    return 0;
  }
  writeOutputFile(path.resolve(io.cwd, output), text, file);
  return 0;
}
