// The invariants every input must keep (issue 7), shared by the short fuzz run in `npm test`, the long run
// (`npm run fuzz`) and the regression tests. `checkInput` runs the whole engine and every pure server feature on one
// text and throws an `InvariantError` naming the first broken promise:
// - no exception escapes (parse, check, totals, fixes for every diagnostic, fix-all, reschedule, formatter, export,
//   hover, completion, folding, symbols, semantic tokens, inlay hints, code lens, week view, custom requests);
// - every range (model, diagnostic, related place, fix edit, fix-all edit, formatter edit, symbol, fold, token,
//   hint, lens) lies inside the document;
// - the same input gives the same output (everything is computed twice from scratch and compared);
// - formatting is idempotent and keeps every session and comment; fix-all keeps every comment and every session;
// - numbers in totals are finite, day loads are seven.
import { parsePlan } from '../../server/src/language/parser';
import type { Plan, Range } from '../../server/src/language/model';
import { LineIndex } from '../../server/src/language/text';
import { checkPlan, rules } from '../../server/src/rules/registry';
import { resolveConfig } from '../../server/src/rules/config';
import type { PlanDiagnostic, ResolvedConfig, TextEdit } from '../../server/src/rules/types';
import { computeTotals, type WeekTotals } from '../../server/src/analysis/totals';
import { fixesFor } from '../../server/src/fixes/quickFixes';
import { fixAll, rescheduleWeek } from '../../server/src/fixes/reschedule';
import { applyEdits } from '../../server/src/analysis/edits';
import { formatPlan, formatText, meaningOf } from '../../server/src/analysis/format';
import { exportCalendar, exportJson } from '../../server/src/analysis/export';
import { type Analysis, analyzeText } from '../../server/src/features/context';
import { codeLenses } from '../../server/src/features/codeLens';
import { completionWords } from '../../server/src/features/completion';
import { totalsReport, weekAt } from '../../server/src/features/customRequests';
import { foldingRanges } from '../../server/src/features/folding';
import { hoverMarkdown } from '../../server/src/features/hover';
import { inlayHints } from '../../server/src/features/inlayHints';
import { planTokens } from '../../server/src/features/semanticTokens';
import { documentSymbols } from '../../server/src/features/symbols';
import { buildWeekView, checkMove } from '../../server/src/features/weekView';
import type { Weekday } from '../../server/src/language/model';

export class InvariantError extends Error {
  constructor(
    readonly invariant: string,
    detail: string,
  ) {
    super(`${invariant}: ${detail}`);
  }
}

function fail(invariant: string, detail: string): never {
  throw new InvariantError(invariant, detail);
}

const KNOWN_RULES = new Set(['syntax', ...rules.map((rule) => rule.meta.id)]);

/** The configurations inputs are checked under: the defaults and one that tightens every option. */
export const CONFIGS: readonly ResolvedConfig[] = [
  resolveConfig([]).config,
  resolveConfig([
    {
      rules: {
        'hard-same-day': 'error',
        'quality-limit': ['error', { max: 0 }],
        'load-ramp': ['warning', { ratio: 1 }],
        'long-run-spike': ['warning', { percent: 0 }],
        'same-day-spacing': ['info', { hours: 12 }],
        'rest-days': 'off',
      },
    },
  ]).config,
];

/** A range is inside the document: lines exist, columns within their line, start not after end. */
export function checkRange(lines: LineIndex, range: Range | undefined, what: string): void {
  if (!range) return;
  const { start, end } = range;
  const ok =
    Number.isInteger(start.line) &&
    Number.isInteger(start.column) &&
    Number.isInteger(end.line) &&
    Number.isInteger(end.column) &&
    start.line >= 0 &&
    start.column >= 0 &&
    end.line < lines.lineCount &&
    start.column <= lines.lineText(start.line).length &&
    end.column <= lines.lineText(end.line).length &&
    (start.line < end.line || (start.line === end.line && start.column <= end.column));
  if (!ok) fail('range inside document', `${what} ${JSON.stringify(range)} (lines: ${lines.lineCount})`);
}

function checkLspRange(lines: LineIndex, range: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string): void {
  checkRange(lines, { start: { line: range.start.line, column: range.start.character }, end: { line: range.end.line, column: range.end.character } }, what);
}

/** Edits inside the document, sorted and not overlapping (as LSP requires of one edit list). */
export function checkEdits(lines: LineIndex, edits: readonly TextEdit[], what: string): void {
  let previousEnd = -1;
  const sorted = [...edits].sort((a, b) => lines.offsetAt(a.range.start) - lines.offsetAt(b.range.start));
  for (const edit of sorted) {
    checkRange(lines, edit.range, what);
    const start = lines.offsetAt(edit.range.start);
    if (start < previousEnd) fail('edits do not overlap', `${what} ${JSON.stringify(edits.map((e) => e.range))}`);
    previousEnd = lines.offsetAt(edit.range.end);
  }
}

/** Every range the model holds. */
function checkModel(plan: Plan, lines: LineIndex): void {
  for (const statement of plan.statements) {
    checkRange(lines, statement.range, `${statement.type} statement`);
    if (statement.type === 'day') {
      checkRange(lines, statement.dayRange, 'day word');
      checkRange(lines, statement.period?.range, 'day period');
      for (const session of statement.sessions) {
        checkRange(lines, session.range, 'session');
        checkRange(lines, session.keywordRange, 'session keyword');
        for (const attribute of Object.values(session.attributes)) checkRange(lines, attribute?.range, 'attribute');
        if (session.kind === 'gym') {
          checkRange(lines, session.focusRange, 'gym focus');
          checkRange(lines, session.intensityRange, 'gym intensity');
          checkRange(lines, session.exercisesRange, 'exercise list');
          for (const exercise of session.exercises) {
            checkRange(lines, exercise.range, 'exercise');
            checkRange(lines, exercise.nameRange, 'exercise name');
          }
        }
        if (session.kind === 'run') checkRange(lines, session.runTypeRange, 'run type');
        if (session.kind === 'cross') checkRange(lines, session.effortRange, 'cross effort');
      }
    }
    if (statement.type === 'week') {
      checkRange(lines, statement.numberRange, 'week number');
      checkRange(lines, statement.label?.range, 'week label');
    }
    if (statement.type === 'goal') for (const goal of statement.goals) checkRange(lines, goal.range, 'goal word');
    if (statement.type === 'start') checkRange(lines, statement.dateRange, 'start date');
  }
  for (const block of plan.blocks) checkRange(lines, block.range, 'week block');
  for (const comment of plan.comments) checkRange(lines, comment.range, 'comment');
  for (const suppression of plan.suppressions) checkRange(lines, suppression.range, 'suppression');
  for (const issue of plan.syntaxErrors) checkRange(lines, issue.range, 'syntax error');
  for (const week of plan.weeks) if (week.days.length !== 7) fail('seven days a week', `week ${week.number} has ${week.days.length}`);
}

function checkDiagnostics(diagnostics: readonly PlanDiagnostic[], lines: LineIndex): void {
  let previous = { line: -1, column: -1 };
  for (const d of diagnostics) {
    if (!KNOWN_RULES.has(d.rule)) fail('known rule ids', d.rule);
    if (!['error', 'warning', 'info'].includes(d.severity)) fail('known severities', d.severity);
    if (!d.message) fail('diagnostics have a message', JSON.stringify(d));
    checkRange(lines, d.range, `diagnostic ${d.rule}`);
    for (const related of d.related ?? []) checkRange(lines, related.range, `related place of ${d.rule}`);
    const s = d.range.start;
    if (s.line < previous.line || (s.line === previous.line && s.column < previous.column)) fail('diagnostics sorted', JSON.stringify(d.range));
    previous = s;
  }
}

/** Sessions (as written) and comments, in order: what formatting and moving must never lose. */
function sessionTexts(plan: Plan): string[] {
  const texts: string[] = [];
  for (const statement of plan.statements) {
    if (statement.type === 'day') for (const session of statement.sessions) if (session.kind !== 'rest') texts.push(sessionWords(session.text));
  }
  return texts.sort();
}

/**
 * A session's words for comparison: a move carries the day's am/pm onto the session it moves (`Fri am: run tempo`
 * → `Wed: run tempo am`, `Fri pm: gym [squat]` → `Thu: gym pm [squat]`), which keeps what the user wrote, so an
 * am/pm at the end or before the exercise list is not part of the comparison.
 */
function sessionWords(text: string): string {
  return withoutMovedPeriod(text.replace(/\s+/g, ' ').toLowerCase()).replace(/ (am|pm)$/, '');
}

/** Text (spaces collapsed, lower case) without an am/pm word right before an exercise list, where a move writes it. */
function withoutMovedPeriod(text: string): string {
  return text.replace(/ (am|pm)(?= \[)/g, '');
}

function commentTexts(plan: Plan): string[] {
  return plan.comments.map((comment) => comment.text).sort();
}

/** True when every character of `part` appears in `whole`, in order. */
function isSubsequence(part: string, whole: string): boolean {
  let index = 0;
  for (let i = 0; i < whole.length && index < part.length; i++) if (whole[i] === part[index]) index++;
  return index === part.length;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

export interface CheckOptions {
  /**
   * Default true. False skips the costly half (quick fixes for every diagnostic, fix-all, reschedule, export, week
   * view, and computing everything a second time for the determinism check); the long run does that on a share.
   */
  deep?: boolean;
}

/** Everything the engine and the features produce for one text, as plain data for the determinism comparison. */
function runAll(text: string, configIndex: number, options: CheckOptions): unknown[] {
  const out: unknown[] = [];
  const config = CONFIGS[configIndex];
  const plan = parsePlan(text);
  if (plan.text !== text) fail('plan keeps its text', 'plan.text differs from the input');
  const lines = new LineIndex(text);
  checkModel(plan, lines);

  const diagnostics = checkPlan(plan, config);
  checkDiagnostics(diagnostics, lines);
  out.push(diagnostics.map(({ rule, severity, message, range, related, week, tags }) => ({ rule, severity, message, range, related, week, tags })));

  const totals = computeTotals(plan);
  if (totals.length !== plan.weeks.length) fail('one totals per week', `${totals.length} totals, ${plan.weeks.length} weeks`);
  for (const week of totals) {
    if (week.dayLoads.length !== 7) fail('seven day loads', String(week.dayLoads.length));
    for (const [key, value] of Object.entries(week)) {
      if (typeof value === 'number' && !Number.isFinite(value)) fail('finite totals', `${key} = ${value} in week ${week.week}`);
    }
    if (!week.dayLoads.every(Number.isFinite)) fail('finite totals', `dayLoads ${week.dayLoads}`);
    if (week.easyShare !== undefined && !(week.easyShare >= 0 && week.easyShare <= 1)) fail('easy share in 0..1', String(week.easyShare));
  }
  out.push(totals);

  const deep = options.deep !== false;
  if (deep) {
    for (const diagnostic of diagnostics) {
      const fixes = fixesFor(plan, diagnostic, config);
      for (const fix of fixes) {
        checkEdits(lines, fix.edits, `fix '${fix.title}' for ${diagnostic.rule}`);
        // "Ignore on this line" writes `# hybrid-ignore <rule>` in front of an existing comment: its text stays.
        // Adding a rule to an existing `# hybrid-ignore` list inserts into the comment: its text stays a subsequence.
        const after = parsePlan(applyEdits(text, fix.edits)).comments.map((comment) => comment.text);
        const lost = plan.comments.find((comment) => !after.some((text) => isSubsequence(comment.text, text)));
        if (lost) fail('fixes keep comments', `fix '${fix.title}' for ${diagnostic.rule} lost '# ${lost.text}'`);
      }
      out.push(fixes.map((fix) => ({ title: fix.title, edits: fix.edits, preferred: fix.preferred })));
    }
  }

  if (deep) {
    const all = fixAll(plan, config);
    checkEdits(lines, all.edits, 'fix-all');
    const fixedText = applyEdits(text, all.edits);
    const fixedPlan = parsePlan(fixedText);
    if (!sameList(commentTexts(fixedPlan), commentTexts(plan))) fail('fix-all keeps comments', JSON.stringify(all.moves));
    if (plan.syntaxErrors.length === 0) {
      if (!sameList(sessionTexts(fixedPlan), sessionTexts(plan))) fail('fix-all keeps sessions', JSON.stringify(all.moves));
    } else {
      // Around a syntax error the parser may read a moved line differently; the text of every session must stay.
      const written = withoutMovedPeriod(fixedText.replace(/\s+/g, ' ').toLowerCase());
      const lost = sessionTexts(plan).find((session) => !written.includes(session));
      if (lost !== undefined) fail('fix-all keeps sessions', `'${lost}' is gone after ${JSON.stringify(all.moves)}`);
    }
    if (fixedPlan.syntaxErrors.length > plan.syntaxErrors.length) fail('fix-all adds no syntax error', JSON.stringify(all.moves));
    out.push(all);
    for (const block of plan.blocks.slice(0, 3)) {
      const result = rescheduleWeek(plan, block, config);
      checkEdits(lines, result.edits, 'reschedule');
      out.push(result.edits);
    }
  }

  // Formatter: idempotent, keeps meaning (every session and comment), edits in range.
  const formatEdits = formatPlan(plan);
  checkEdits(lines, formatEdits, 'format');
  const formatted = formatText(text);
  const formattedPlan = parsePlan(formatted);
  if (meaningOf(formattedPlan) !== meaningOf(plan)) fail('formatting keeps meaning', 'the formatted text means something else');
  if (!sameList(sessionTexts(formattedPlan), sessionTexts(plan).map((s) => s)) && formatEdits.length === 0) {
    fail('formatting keeps sessions', 'sessions changed without edits');
  }
  if (formattedPlan.statements.filter((s) => s.type === 'day').reduce((n, s) => n + (s.type === 'day' ? s.sessions.length : 0), 0) !==
    plan.statements.filter((s) => s.type === 'day').reduce((n, s) => n + (s.type === 'day' ? s.sessions.length : 0), 0)) {
    fail('formatting keeps sessions', 'session count changed');
  }
  if (!sameList(commentTexts(formattedPlan), commentTexts(plan))) fail('formatting keeps comments', 'comments changed');
  // Idempotent: the formatted text needs no edit (formatText(formatted) === formatted).
  const again = formatPlan(formattedPlan);
  if (again.length > 0) fail('formatting is idempotent', `${JSON.stringify(again[0])} on ${JSON.stringify(formatted.slice(0, 200))}`);
  const middle = Math.floor(lines.lineCount / 2);
  checkEdits(lines, formatPlan(plan, { tabSize: 4, insertSpaces: false }, { from: middle, to: Math.min(lines.lineCount - 1, middle + 3) }), 'range format');
  out.push(formatted);

  if (deep) {
    // Export (calendar needs a start date; without one it says so).
    out.push(exportJson(plan));
    const calendar = exportCalendar(plan);
    out.push(calendar.ok ? calendar.text.replace(/^DTSTAMP:.*$/gm, '') : calendar.error);
  }

  // Server features, pure.
  // The server's own analysis (a fresh parse and check) when deep; else the same object built from this parse.
  const analysis: Analysis = deep
    ? analyzeText('untitled:fuzz.hybrid', 1, text, { config, problems: [] }, (error) => {
        throw error;
      })
    : { uri: 'untitled:fuzz.hybrid', version: 1, plan, lines, config, configProblems: [], diagnostics, totals: () => totals };
  const lineCount = lines.lineCount;
  const probeLines = [0, Math.floor(lineCount / 3), Math.floor((2 * lineCount) / 3), lineCount - 1];
  for (const line of probeLines) {
    const lineText = lines.lineText(line);
    for (const column of [0, Math.floor(lineText.length / 2), lineText.length]) {
      out.push(hoverMarkdown(analysis, { line, column }, 'file:///docs/rules/'));
      out.push(completionWords(lineText.slice(0, column)).map((word) => word.label));
    }
    out.push(weekAt(analysis, line));
  }
  out.push(totalsReport(analysis));

  const folds = foldingRanges(plan);
  for (const fold of folds) {
    if (!(fold.startLine >= 0 && fold.startLine < fold.endLine && fold.endLine < lineCount)) fail('folds inside document', JSON.stringify(fold));
  }
  out.push(folds);

  const symbols = documentSymbols(plan);
  const visit = (list: typeof symbols): void => {
    for (const symbol of list) {
      checkLspRange(lines, symbol.range, `symbol ${symbol.name}`);
      checkLspRange(lines, symbol.selectionRange, `symbol selection ${symbol.name}`);
      const r = symbol.range;
      const s = symbol.selectionRange;
      const inside =
        (s.start.line > r.start.line || (s.start.line === r.start.line && s.start.character >= r.start.character)) &&
        (s.end.line < r.end.line || (s.end.line === r.end.line && s.end.character <= r.end.character));
      if (!inside) fail('symbol selection inside its range', symbol.name);
      if (!symbol.name.trim()) fail('symbols have a name', JSON.stringify(symbol.range));
      visit(symbol.children ?? []);
    }
  };
  visit(symbols);
  out.push(symbols);

  const tokens = planTokens(plan, lines);
  let previous = { line: -1, end: 0 };
  for (const token of tokens) {
    if (!(token.length > 0 && token.line < lineCount && token.start + token.length <= lines.lineText(token.line).length)) {
      fail('semantic tokens inside their line', JSON.stringify(token));
    }
    if (!(token.line > previous.line || (token.line === previous.line && token.start >= previous.end))) fail('semantic tokens sorted', JSON.stringify(token));
    previous = { line: token.line, end: token.start + token.length };
  }
  out.push(tokens);

  const hints = inlayHints(analysis, 0, lineCount);
  for (const hint of hints) checkLspRange(lines, { start: hint.position, end: hint.position }, 'inlay hint');
  out.push(hints);
  const lenses = codeLenses(analysis);
  for (const lens of lenses) checkLspRange(lines, lens.range, 'code lens');
  out.push(lenses);

  if (deep) {
    const view = buildWeekView(plan, diagnostics, { uri: 'untitled:fuzz.hybrid', version: 1 });
    out.push(view);
    const firstSession = view.weeks.flatMap((week) => week.days.flatMap((day) => day.sessions.map((s) => ({ week: week.number, session: s }))))[0];
    if (firstSession) {
      const move = checkMove(plan, config, { session: firstSession.session.id, week: firstSession.week, toWeekday: ((text.length % 7) as Weekday) }, diagnostics);
      if (move.ok) checkEdits(lines, move.edits, 'week view move');
      out.push(move);
    }
  }
  return out;
}

export interface InputStats {
  diagnostics: number;
}

/** Runs every invariant on one text; throws InvariantError (or the escaped exception) on the first failure. */
export function checkInput(text: string, configIndex = 0, options: CheckOptions = {}): void {
  const first = runAll(text, configIndex, options);
  if (options.deep === false) return;
  const second = runAll(text, configIndex, options);
  const a = JSON.stringify(first);
  const b = JSON.stringify(second);
  if (a !== b) {
    let index = 0;
    while (index < a.length && a[index] === b[index]) index++;
    fail('deterministic', `outputs differ at ${index}: …${a.slice(Math.max(0, index - 80), index + 80)}…`);
  }
}

/**
 * What the server does for one version of a document (parse, check, totals, format, fix-all): the work the long run
 * bounds in time. The invariant checks around it cost far more and are not part of the bound.
 */
export function productWork(text: string, configIndex = 0): void {
  const plan = parsePlan(text);
  checkPlan(plan, CONFIGS[configIndex]);
  computeTotals(plan);
  formatPlan(plan);
  fixAll(plan, CONFIGS[configIndex]);
}

/**
 * The cheaper oracle of the long run's common case: the product work once (parse, check, totals, format, fix-all),
 * timed, with the checks that catch most bugs on its own results — model, diagnostic, format and fix-all ranges,
 * finite totals, formatting keeps meaning and is idempotent. Returns the product work's time in ms. Every
 * `--deep-every`th input still gets the full `checkInput`.
 */
export function quickCheck(text: string, configIndex = 0, options: { compareFresh?: boolean } = {}): number {
  const config = CONFIGS[configIndex];
  const t0 = process.hrtime.bigint();
  const plan = parsePlan(text);
  const diagnostics = checkPlan(plan, config);
  const totals = computeTotals(plan);
  const formatEdits = formatPlan(plan);
  const all = fixAll(plan, config);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;

  if (plan.text !== text) fail('plan keeps its text', 'plan.text differs from the input');
  const lines = new LineIndex(text);
  checkModel(plan, lines);
  checkDiagnostics(diagnostics, lines);
  for (const week of totals) {
    if (week.dayLoads.length !== 7) fail('seven day loads', String(week.dayLoads.length));
    for (const [key, value] of Object.entries(week)) {
      if (typeof value === 'number' && !Number.isFinite(value)) fail('finite totals', `${key} = ${value} in week ${week.week}`);
    }
  }
  checkEdits(lines, formatEdits, 'format');
  checkEdits(lines, all.edits, 'fix-all');
  if (formatEdits.length > 0) {
    const formattedPlan = parsePlan(applyEdits(text, formatEdits));
    if (meaningOf(formattedPlan) !== meaningOf(plan)) fail('formatting keeps meaning', 'the formatted text means something else');
    const again = formatPlan(formattedPlan);
    if (again.length > 0) fail('formatting is idempotent', JSON.stringify(again[0]));
  }
  if (all.edits.length > 0) {
    const fixedPlan = parsePlan(applyEdits(text, all.edits));
    if (!sameList(commentTexts(fixedPlan), commentTexts(plan))) fail('fix-all keeps comments', JSON.stringify(all.moves));
  }
  if (options.compareFresh) cachedReadIsFresh(text, configIndex, { plan, diagnostics, totals });
  return ms;
}

/**
 * What a parse took from the parses before (day lines, whole lines, whole week blocks: each input shares lines and
 * blocks with the ones before it) must be what reading the text afresh gives: diagnostics, totals, comments.
 */
export function cachedReadIsFresh(
  text: string,
  configIndex = 0,
  cached?: { plan: Plan; diagnostics: readonly PlanDiagnostic[]; totals: readonly WeekTotals[] },
): void {
  const config = CONFIGS[configIndex];
  const plan = cached?.plan ?? parsePlan(text);
  const diagnostics = cached?.diagnostics ?? checkPlan(plan, config);
  const totals = cached?.totals ?? computeTotals(plan);
  // Every line read from its own tokens, and a one-shot read (whose lines of the same words are read once and moved).
  const fresh = parsePlan(text, { fresh: true, readEveryLine: true });
  const freshDiagnostics = JSON.stringify(checkPlan(fresh, config));
  if (freshDiagnostics !== JSON.stringify(diagnostics)) fail('a cached read is a fresh read', `diagnostics differ: ${freshDiagnostics.slice(0, 300)}`);
  if (JSON.stringify(computeTotals(fresh)) !== JSON.stringify(totals)) fail('a cached read is a fresh read', 'totals differ');
  if (JSON.stringify([fresh.comments, fresh.suppressions]) !== JSON.stringify([plan.comments, plan.suppressions])) fail('a cached read is a fresh read', 'comments differ');
  const freshModel = modelText(fresh);
  if (modelText(plan) !== freshModel) fail('a cached read is a fresh read', 'the models differ');
  const oneShot = parsePlan(text, { fresh: true });
  if (modelText(oneShot) !== freshModel) fail('a moved reading is a fresh read', 'the models differ');
  if (JSON.stringify(checkPlan(oneShot, config)) !== freshDiagnostics) fail('a moved reading is a fresh read', 'diagnostics differ');
}

/** A plan's statements and syntax errors as text (without the links back from a session to its day and its week block). */
export function modelText(plan: Plan): string {
  return JSON.stringify([plan.statements, plan.syntaxErrors], (key, value: unknown) => (key === 'entry' || key === 'block' ? undefined : value));
}
