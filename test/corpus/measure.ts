// Measures the engine against the corpus of published plans (test/corpus/README.md): how many statement lines fail
// to parse, how the sessions are classified against a coach's reading, and which diagnostics a coach would sign.
// Pure functions over text + expectations; `measureDir` is the only one that reads files.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parsePlan, checkPlan, classify, fixAll, applyEdits, readGoal, SCHEDULING_RULES, gymFocus } from '../../server/src/engine';
import type { Plan, Session, PlanDiagnostic } from '../../server/src/engine';

/** The goal as a coach reads the plan. */
export type CoachGoal = 'strength' | 'running' | 'balanced';

/** One diagnostic a coach expects (flags) or accepts either way (debatable). `line` is 1-based; `lines` is an inclusive range. */
export interface Label {
  line?: number;
  lines?: [number, number];
  rule: string;
  why: string;
}

export interface LineExpectation {
  /** 1-based line of a day statement. */
  line: number;
  /** The sessions on that line in the neutral notation of README.md, in written order. */
  sessions: string[];
}

export interface Expectation {
  source: string;
  goal: CoachGoal;
  lines: LineExpectation[];
  flags: Label[];
  debatable: Label[];
}

export interface ReportedDiagnostic {
  file: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
}

export interface MissedLabel {
  file: string;
  label: Label;
}

export interface SessionMismatch {
  file: string;
  line: number;
  expected: string[];
  actual: string[];
}

export interface PlanMeasure {
  file: string;
  statementLines: number;
  /** 1-based statement lines that carry at least one syntax error. */
  errorLines: number[];
  /** Undefined when the plan has no expectations file. */
  coach?: {
    diagnostics: number;
    truePositives: ReportedDiagnostic[];
    debatable: ReportedDiagnostic[];
    falsePositives: ReportedDiagnostic[];
    flags: number;
    flagsFound: number;
    missed: MissedLabel[];
    sessionLines: number;
    sessionLinesMatching: number;
    sessionMismatches: SessionMismatch[];
    goalExpected: CoachGoal;
    goalActual: string;
  };
}

export interface SetMeasure {
  name: string;
  plans: PlanMeasure[];
  statementLines: number;
  errorLines: number;
  /** errorLines / statementLines (0 when there are none). */
  errorShare: number;
  diagnostics: number;
  truePositives: number;
  debatable: number;
  falsePositives: number;
  /** falsePositives / diagnostics (0 when there are none). */
  falseShare: number;
  flags: number;
  flagsFound: number;
  /** flagsFound / flags (1 when there are none). */
  recall: number;
  sessionLines: number;
  sessionLinesMatching: number;
  goalsMatching: number;
  plansWithExpectations: number;
}

const SESSION_NOTATION =
  /^(rest|gym (upper|lower|full|core)( heavy| heavy-legs)?|run (easy|steady|quality|long|long\+quality)|cross (easy|hard)|conditioning (easy|hard)|sport (easy|hard)|event (race|test))$/;

/** True when `text` is a session in the corpus notation (README.md, "Session notation"). */
export function isSessionNotation(text: string): boolean {
  return SESSION_NOTATION.test(text);
}

/**
 * Lines that hold a statement: anything but blank lines and comment-only lines. Counted from the text, not from
 * what the parser understood, so a line the parser rejects still counts. A `#` inside a double-quoted note is text.
 */
export function statementLines(text: string): number[] {
  const result: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (stripComment(lines[i]).trim() !== '') result.push(i + 1);
  }
  return result;
}

function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && inString) i++;
    else if (ch === '"') inString = !inString;
    else if (ch === '#' && !inString) return line.slice(0, i);
  }
  return line;
}

/**
 * The engine's reading of one session in the corpus notation (README.md, "Session notation"), from the model and
 * `classify` (language.md §4): gym → `gym <focus>` (push/pull read as upper) + ` heavy-legs` for heavy legs or ` heavy`
 * for other heavy gym; run → `run long+quality|quality|long|steady|easy`; cross → `cross easy|hard`; conditioning and
 * sport → their written or default effort; event → `event race|test`. A `race` run (the old way to write a race) is an
 * `event race`. Extend it here when the model gains a kind, so the sidecars keep their notation.
 */
export function sessionNotation(session: Session): string {
  const c = classify(session);
  switch (session.kind) {
    case 'rest':
      return 'rest';
    case 'gym': {
      // The focus the rules read: written, else from the listed exercises (`PT 5x25 push-ups` is an upper day) or an
      // aside (`strength training (upper body)`).
      const focus = gymFocus(session) ?? session.focus;
      return `gym ${focus}${c.heavyLegs ? ' heavy-legs' : c.hardGym ? ' heavy' : ''}`;
    }
    case 'run': {
      if (session.runType === 'race') return 'event race';
      if (c.qualityRun && c.longRun) return 'run long+quality';
      if (c.qualityRun) return 'run quality';
      if (c.longRun) return 'run long';
      if (c.steadyRun) return 'run steady';
      return 'run easy';
    }
    case 'cross':
      return `cross ${c.hardCross ? 'hard' : 'easy'}`;
    // Their effort as the rules read it: written (`circuit easy`), else hard unless an RPE under 7 says otherwise.
    case 'conditioning':
      return `conditioning ${c.hardOther ? 'hard' : 'easy'}`;
    case 'sport':
      return `sport ${c.hardOther ? 'hard' : 'easy'}`;
    case 'event':
      return `event ${session.event}`;
    default: {
      // A kind added to the model after this was written: read it by its name until it is mapped above.
      const other: { kind: string } = session;
      return `${other.kind} ${c.hard ? 'hard' : 'easy'}`;
    }
  }
}

/** The engine's sessions per 1-based line of a day statement, in written order. */
export function sessionsByLine(plan: Plan): Map<number, string[]> {
  const result = new Map<number, string[]>();
  for (const statement of plan.statements) {
    if (statement.type !== 'day') continue;
    const line = statement.range.start.line + 1;
    const list = result.get(line) ?? [];
    for (const session of statement.sessions) list.push(sessionNotation(session));
    result.set(line, list);
  }
  return result;
}

function labelCovers(label: Label, line: number): boolean {
  if (label.line !== undefined) return label.line === line;
  if (label.lines !== undefined) return line >= label.lines[0] && line <= label.lines[1];
  return false;
}

function sameSessions(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((s, i) => s === y[i]);
}

/** Checks an expectations object against its plan text; returns the problems (empty when it is well formed). */
export function validateExpectation(text: string, expect: Expectation): string[] {
  const problems: string[] = [];
  const statements = new Set(statementLines(text));
  if (typeof expect.source !== 'string' || expect.source.trim() === '') problems.push('no source');
  if (!['strength', 'running', 'balanced'].includes(expect.goal)) problems.push(`goal '${String(expect.goal)}' is not strength, running or balanced`);
  const seen = new Set<number>();
  for (const entry of expect.lines ?? []) {
    if (!statements.has(entry.line)) problems.push(`line ${entry.line} is not a statement line`);
    if (seen.has(entry.line)) problems.push(`line ${entry.line} is listed twice`);
    seen.add(entry.line);
    for (const s of entry.sessions) if (!isSessionNotation(s)) problems.push(`line ${entry.line}: '${s}' is not in the session notation`);
  }
  for (const label of [...(expect.flags ?? []), ...(expect.debatable ?? [])]) {
    const where = label.line ?? label.lines;
    if (where === undefined) problems.push(`label '${label.rule}' has neither line nor lines`);
    if (label.line !== undefined && !statements.has(label.line)) problems.push(`label '${label.rule}' on line ${label.line}, not a statement line`);
    if (typeof label.why !== 'string' || label.why.trim() === '') problems.push(`label '${label.rule}' has no why`);
  }
  return problems;
}

/** Measures one plan: parse failures always, coach figures and session classes when expectations are given. */
export function measurePlan(file: string, text: string, expect?: Expectation): PlanMeasure {
  const plan = parsePlan(text);
  const lines = statementLines(text);
  const statementSet = new Set(lines);
  const errorSet = new Set<number>();
  for (const issue of plan.syntaxErrors) {
    // A warning is text read with a guess to confirm (`3 m` read as miles), not a line that failed to parse.
    if (issue.severity !== undefined) continue;
    const { start, end } = issue.range;
    // An error that ends at column 0 of a later line does not touch that line.
    const last = end.line > start.line && end.column === 0 ? end.line - 1 : end.line;
    for (let l = start.line; l <= last; l++) if (statementSet.has(l + 1)) errorSet.add(l + 1);
  }
  const measure: PlanMeasure = { file, statementLines: lines.length, errorLines: [...errorSet].sort((a, b) => a - b) };
  if (expect === undefined) return measure;

  const diagnostics = checkPlan(plan).filter((d: PlanDiagnostic) => d.rule !== 'syntax');
  const truePositives: ReportedDiagnostic[] = [];
  const debatable: ReportedDiagnostic[] = [];
  const falsePositives: ReportedDiagnostic[] = [];
  const found = new Set<Label>();
  for (const d of diagnostics) {
    const reported: ReportedDiagnostic = { file, line: d.range.start.line + 1, rule: d.rule, severity: d.severity, message: d.message };
    const flag = expect.flags.find((l) => l.rule === d.rule && labelCovers(l, reported.line));
    if (flag !== undefined) {
      found.add(flag);
      truePositives.push(reported);
    } else if (expect.debatable.some((l) => l.rule === d.rule && labelCovers(l, reported.line))) {
      debatable.push(reported);
    } else {
      falsePositives.push(reported);
    }
  }

  const actual = sessionsByLine(plan);
  const sessionMismatches: SessionMismatch[] = [];
  let matching = 0;
  for (const entry of expect.lines) {
    const got = actual.get(entry.line) ?? [];
    if (sameSessions(entry.sessions, got)) matching++;
    else sessionMismatches.push({ file, line: entry.line, expected: entry.sessions, actual: got });
  }

  measure.coach = {
    diagnostics: diagnostics.length,
    truePositives,
    debatable,
    falsePositives,
    flags: expect.flags.length,
    flagsFound: found.size,
    missed: expect.flags.filter((l) => !found.has(l)).map((label) => ({ file, label })),
    sessionLines: expect.lines.length,
    sessionLinesMatching: matching,
    sessionMismatches,
    goalExpected: expect.goal,
    // The written goal, else what the plan reads as (analysis/goal.ts), as the count rules judge it.
    goalActual: plan.goals[0]?.goals[0]?.value ?? readGoal(plan) ?? 'none',
  };
  return measure;
}

/** Sums plan measures into the figures of one set (plans, heldback, verbatim). */
export function summarize(name: string, plans: PlanMeasure[]): SetMeasure {
  let statementCount = 0;
  let errorCount = 0;
  let diagnostics = 0;
  let truePositives = 0;
  let debatable = 0;
  let falsePositives = 0;
  let flags = 0;
  let flagsFound = 0;
  let sessionLines = 0;
  let sessionLinesMatching = 0;
  let goalsMatching = 0;
  let withExpectations = 0;
  for (const p of plans) {
    statementCount += p.statementLines;
    errorCount += p.errorLines.length;
    if (p.coach === undefined) continue;
    withExpectations++;
    diagnostics += p.coach.diagnostics;
    truePositives += p.coach.truePositives.length;
    debatable += p.coach.debatable.length;
    falsePositives += p.coach.falsePositives.length;
    flags += p.coach.flags;
    flagsFound += p.coach.flagsFound;
    sessionLines += p.coach.sessionLines;
    sessionLinesMatching += p.coach.sessionLinesMatching;
    if (p.coach.goalExpected === p.coach.goalActual) goalsMatching++;
  }
  return {
    name,
    plans,
    statementLines: statementCount,
    errorLines: errorCount,
    errorShare: statementCount === 0 ? 0 : errorCount / statementCount,
    diagnostics,
    truePositives,
    debatable,
    falsePositives,
    falseShare: diagnostics === 0 ? 0 : falsePositives / diagnostics,
    flags,
    flagsFound,
    recall: flags === 0 ? 1 : flagsFound / flags,
    sessionLines,
    sessionLinesMatching,
    goalsMatching,
    plansWithExpectations: withExpectations,
  };
}

/** Reads `<dir>/*.hybrid` and their `<name>.expect.json` sidecars, in file-name order. */
export function loadDir(dir: string): { file: string; text: string; expect?: Expectation }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hybrid'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const sidecar = join(dir, f.replace(/\.hybrid$/, '.expect.json'));
      const expect = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Expectation) : undefined;
      return { file: join(basename(dir), f), text, expect };
    });
}

/** Measures every plan of a corpus folder. */
export function measureDir(dir: string, name = basename(dir)): SetMeasure {
  return summarize(
    name,
    loadDir(dir).map((p) => measurePlan(p.file, p.text, p.expect)),
  );
}

export const CORPUS_DIR = __dirname;
export const CORPUS_SETS = ['plans', 'heldback', 'verbatim'] as const;

/** What fix-all does to one plan with scheduling conflicts (warnings or errors of the scheduling rules). */
export interface FixAllMeasure {
  file: string;
  /** [errors, warnings] of the whole plan before and after the fix-all. */
  before: [number, number];
  after: [number, number];
  moves: number;
  /** Fewer errors, or as many errors and fewer warnings. */
  improved: boolean;
  /** The per-week reasons fix-all gives for what it could not clear. */
  unresolved: string[];
  /** The coach flags a scheduling conflict in this plan (a `flags` label of a scheduling rule), not only debatable ones. */
  coachFlagged: boolean;
}

/** Fix-all on every plan of a folder that has a scheduling conflict: issue 13's "improves at least 6 of every 7". */
export function measureFixAll(dir: string): FixAllMeasure[] {
  const out: FixAllMeasure[] = [];
  const problems = (diagnostics: readonly PlanDiagnostic[]): [number, number] => [
    diagnostics.filter((d) => d.severity === 'error').length,
    diagnostics.filter((d) => d.severity === 'warning').length,
  ];
  for (const { file, text, expect } of loadDir(dir)) {
    const plan = parsePlan(text);
    const before = checkPlan(plan);
    if (!before.some((d) => SCHEDULING_RULES.has(d.rule) && d.severity !== 'info')) continue;
    const result = fixAll(plan);
    const after = problems(checkPlan(parsePlan(applyEdits(text, result.edits))));
    const was = problems(before);
    out.push({
      file,
      before: was,
      after,
      moves: result.moves.length,
      improved: after[0] < was[0] || (after[0] === was[0] && after[1] < was[1]),
      unresolved: (result.unresolved ?? []).map((u) => `week ${u.week}: ${u.why}`),
      coachFlagged: (expect?.flags ?? []).some((label) => SCHEDULING_RULES.has(label.rule)),
    });
  }
  return out;
}
