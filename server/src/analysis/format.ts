// The formatter: plan text in, text edits out. Pure, idempotent, and it never changes meaning. It changes layout only,
// never the user's words (docs/language.md §3.3, language-decisions.md "Formatting"):
// - the day label is layout: weekdays written `Mon`…`Sun` (`Monday`, `TUE` → `Mon`, `Tue`; `Day 3` stays `Day 3`), a
//   label's `am`/`pm` and the statement keywords (`plan`, `goal:`, `start:`, `week`, `pace:`) in lower case;
// - everything the user wrote after them stays as typed, case included: session words, units, notes, titles, week
//   labels, goal words (`goal: Hyrox`), exercise names (`Easy Run 40 MIN` stays; "Rewrite in canonical form" is the
//   action that rewrites wording);
// - one space after `:`, `;` and `,`, around `+`, none inside `[ ]`; other spaces between words collapse to one;
// - the colons of the day lines of a week aligned (`Mon am:` / `Tue   :`); day lines of a week block indented by one
//   unit when its first line was indented, else flush left;
// - trailing comments kept, two spaces before `#`; trailing whitespace, repeated blank lines and blank lines at the
//   start and end of the file removed; a trailing `;` dropped;
// - a line with a syntax error is left exactly as written.
// As a last guard the result is parsed again and compared with the original model; on any difference no edit is made.
import type { DayEntry, Plan, Range, Statement, WeekBlock } from '../language/model';
import { WEEKDAY_NAMES } from '../language/model';
import { parsePlan } from '../language/parser';
import { LineIndex } from '../language/text';
import type { TextEdit } from './edits';

export interface FormatOptions {
  /** Width of one indent unit in spaces (LSP `tabSize`). */
  tabSize: number;
  /** False: indent with a tab. */
  insertSpaces: boolean;
}

const DEFAULT_OPTIONS: FormatOptions = { tabSize: 2, insertSpaces: true };

/** Lines to format, 0-based and inclusive; the whole document when absent. */
export interface LineSpan {
  from: number;
  to: number;
}

interface Token {
  text: string;
  kind: 'string' | 'word' | 'punct';
  /** Whitespace was written before this token. */
  spaced: boolean;
}

const PUNCTUATION = new Set([':', ';', '+', '[', ']', ',', '@', '-', '\u2013', '\u2014']);

/** Splits a statement's text like the lexer does (strings whole); undefined when a string is not closed. */
function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = false;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      spaced = true;
      i++;
      continue;
    }
    let end = i + 1;
    let kind: Token['kind'] = 'word';
    if (char === '"') {
      kind = 'string';
      while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
      if (end >= source.length) return undefined;
      end++;
    } else if (PUNCTUATION.has(char)) {
      kind = 'punct';
    } else {
      // A clock time keeps its colon (`07:00`); any other `:` ends the word.
      while (
        end < source.length &&
        !/\s/.test(source[end]) &&
        source[end] !== '"' &&
        !(PUNCTUATION.has(source[end]) && !(source[end] === ':' && /\d/.test(source[end - 1]) && /\d/.test(source[end + 1] ?? '')))
      ) {
        end++;
      }
    }
    tokens.push({ text: source.slice(i, end), kind, spaced });
    spaced = false;
    i = end;
  }
  return tokens;
}

/** Joins tokens with the house spacing; every token is written as typed. */
function render(tokens: Token[]): string {
  let out = '';
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const text = token.text;
    if (previous) {
      let space: boolean;
      if ([':', ';', ',', ']'].includes(token.text)) space = false;
      else if (previous.text === '[') space = false;
      else if ([':', ';', ','].includes(previous.text)) space = true;
      else if (token.text === '+' || previous.text === '+' || token.text === '[') space = true;
      else space = token.spaced;
      if (space) out += ' ';
    }
    out += text;
  });
  return out;
}

/** A session's text in house style: the house spacing, every word as typed. */
export function formatSessionText(source: string): string | undefined {
  const tokens = tokenize(source);
  if (!tokens || tokens.some((token) => token.text === ';' || token.text === '+')) return undefined;
  return render(tokens);
}

function sliceRange(text: string, lines: LineIndex, range: Range): string {
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

interface Layout {
  /** Text of the day label before the colon (`Mon`, `Mon am`), per day entry. */
  labels: Map<DayEntry, string>;
  /** Width the colons of each block align to. */
  widths: Map<WeekBlock, number>;
}

function formatStatement(statement: Statement, text: string, lines: LineIndex, layout: Layout, align: boolean): string | undefined {
  const source = sliceRange(text, lines, statement.range);
  switch (statement.type) {
    case 'title': {
      const quote = source.indexOf('"');
      return quote < 0 ? undefined : `plan ${source.slice(quote)}`;
    }
    case 'goal': {
      // The goal's words as written (`goal: build Hyrox` stays, it reads as balanced): the formatter keeps the user's
      // wording; only the keyword, its colon and the spaces are layout.
      const words = /^goal\s*:?\s*(\S.*)$/is.exec(source);
      return statement.goals.length === 1 && words ? `goal: ${words[1].trim().replace(/\s+/g, ' ')}` : undefined;
    }
    case 'start':
      return `start: ${sliceRange(text, lines, statement.dateRange)}`;
    case 'pace':
      return `pace: ${sliceRange(text, lines, statement.valueRange).replace(/\s+/g, ' ')}`;
    case 'week': {
      const numbers = sliceRange(text, lines, statement.numberRange).replace(/\s+/g, '');
      const after = text.slice(lines.offsetAt(statement.numberRange.end), lines.offsetAt(statement.range.end)).trim();
      if (after === '') return `week ${numbers}`;
      if (after.startsWith(':')) {
        const label = after.slice(1).trim();
        return label ? `week ${numbers}: ${label}` : `week ${numbers}:`;
      }
      if (after.startsWith('"')) return `week ${numbers} ${after}`;
      return undefined;
    }
    case 'day': {
      const label = layout.labels.get(statement);
      if (label === undefined) return undefined;
      const width = align ? (layout.widths.get(statement.block) ?? label.length) : label.length;
      const sessions: string[] = [];
      let cursor = lines.offsetAt(statement.colonEnd);
      for (const session of statement.sessions) {
        const start = lines.offsetAt(session.range.start);
        const gap = text.slice(cursor, start).trim();
        if (gap !== (sessions.length === 0 ? '' : '+')) return undefined;
        // Exercises written outside brackets (`Deadlift 3x5`) keep their names as written, like those inside.
        const loose = session.kind === 'gym' && !session.exercisesRange && session.exercises.length > 0;
        const formatted = loose ? sliceRange(text, lines, session.range).replace(/\s+/g, ' ') : formatSessionText(sliceRange(text, lines, session.range));
        if (formatted === undefined) return undefined;
        sessions.push(formatted);
        cursor = lines.offsetAt(session.range.end);
      }
      if (text.slice(cursor, lines.offsetAt(statement.range.end)).trim() !== '') return undefined;
      const head = `${label.padEnd(width)}:`;
      return sessions.length ? `${head} ${sessions.join(' + ')}` : head;
    }
  }
}

/** Day labels (`Mon`, `Mon am`) and the colon width of each block, from day lines that start their line. */
function layoutOf(plan: Plan, text: string, lines: LineIndex, firstOnLine: Set<Statement>): Layout {
  const labels = new Map<DayEntry, string>();
  const widths = new Map<WeekBlock, number>();
  for (const statement of plan.statements) {
    if (statement.type !== 'day') continue;
    const colon = lines.offsetAt(statement.colonEnd) - 1;
    const qualifier = text.slice(lines.offsetAt(statement.dayRange.end), colon).trim();
    if (text[colon] !== ':' || !/^(am|pm)?$/i.test(qualifier)) continue;
    // `Day 6 – Saturday:` (its range over the number and the weekday) stays as written.
    if (statement.dayNumber !== undefined && !/^day\s*\d+$/i.test(text.slice(lines.offsetAt(statement.dayRange.start), lines.offsetAt(statement.dayRange.end)))) continue;
    // `Day 3` stays `Day 3` (it reads as Wednesday; the refactor, not the formatter, rewrites it as a weekday).
    const day = statement.dayNumber !== undefined ? `Day ${statement.dayNumber}` : WEEKDAY_NAMES[statement.weekday];
    const label = day + (qualifier ? ` ${qualifier.toLowerCase()}` : '');
    labels.set(statement, label);
    if (firstOnLine.has(statement)) widths.set(statement.block, Math.max(widths.get(statement.block) ?? 0, label.length));
  }
  return { labels, widths };
}

/** The lines (0-based) each syntax error touches: they are left as written. */
function linesWithErrors(plan: Plan): Set<number> {
  const result = new Set<number>();
  for (const issue of plan.syntaxErrors) {
    for (let line = issue.range.start.line; line <= issue.range.end.line; line++) result.add(line);
  }
  return result;
}

function blockIndents(plan: Plan, lines: LineIndex, unit: string): Map<WeekBlock, string> {
  const indents = new Map<WeekBlock, string>();
  for (const block of plan.blocks) {
    // The first statement on a line of its own: one sharing the header's line (`week 1; Mon: gym`) says nothing
    // about how the day lines are indented (and the header itself is written flush left).
    const headerLine = block.header?.range.end.line;
    const first = block.statements.find((statement) => statement.range.start.line !== headerLine);
    const indented = block.header !== undefined && first !== undefined && /^\s/.test(lines.lineText(first.range.start.line));
    indents.set(block, indented ? unit : '');
  }
  return indents;
}

/** The formatted text of each line; null for a line to delete. Lines outside `span` are unchanged. */
function formatLines(plan: Plan, options: FormatOptions, span?: LineSpan): (string | null)[] {
  const text = plan.text;
  const lines = new LineIndex(text);
  const errors = linesWithErrors(plan);
  const unit = options.insertSpaces ? ' '.repeat(Math.max(1, options.tabSize)) : '\t';
  const indents = blockIndents(plan, lines, unit);

  const statementsByLine = new Map<number, Statement[]>();
  const firstOnLine = new Set<Statement>();
  for (const statement of plan.statements) {
    const line = statement.range.start.line;
    const list = statementsByLine.get(line);
    if (list) list.push(statement);
    else {
      statementsByLine.set(line, [statement]);
      firstOnLine.add(statement);
    }
    // A statement over several lines is beyond this formatter: leave those lines alone.
    for (let other = line; other <= statement.range.end.line && statement.range.end.line > line; other++) errors.add(other);
  }
  const commentByLine = new Map(plan.comments.map((comment) => [comment.range.start.line, comment]));
  const layout = layoutOf(plan, text, lines, firstOnLine);
  // The first block holding each line, found once: a search per line made a 5 MB plan take 14 s to format.
  const blockByLine = new Map<number, WeekBlock>();
  for (const block of plan.blocks) {
    for (let line = block.range.start.line; line <= block.range.end.line; line++) if (!blockByLine.has(line)) blockByLine.set(line, block);
  }
  const blockOfLine = (line: number): WeekBlock | undefined => blockByLine.get(line);

  const result: (string | null)[] = [];
  const from = span?.from ?? 0;
  const to = span?.to ?? lines.lineCount - 1;
  let lastContent = -1;
  for (let line = 0; line < lines.lineCount; line++) if (lines.lineText(line).trim() !== '') lastContent = line;

  for (let line = 0; line < lines.lineCount; line++) {
    const original = lines.lineText(line);
    if (line < from || line > to) {
      result.push(original);
      continue;
    }
    if (original.trim() === '') {
      const previousBlank = line === 0 || lines.lineText(line - 1).trim() === '';
      const isFinal = line === lines.lineCount - 1;
      if (isFinal) result.push('');
      else result.push(previousBlank || line > lastContent ? null : '');
      continue;
    }
    if (errors.has(line)) {
      result.push(original);
      continue;
    }
    const statements = (statementsByLine.get(line) ?? []).sort((a, b) => a.range.start.column - b.range.start.column);
    const comment = commentByLine.get(line);
    const commentText = comment ? sliceRange(text, lines, comment.range).trimEnd() : '';
    const block = statements.length
      ? statements[0].type === 'day'
        ? statements[0].block
        : blockOfLine(line)
      : blockOfLine(line);
    const isHeader = statements[0]?.type === 'week';
    const indent = block && !isHeader ? (indents.get(block) ?? '') : '';
    if (statements.length === 0) {
      result.push(comment ? indent + commentText : original.trimEnd());
      continue;
    }
    const parts: string[] = [];
    let cursor = lines.lineStart(line);
    let ok = true;
    for (const [index, statement] of statements.entries()) {
      const gap = text.slice(cursor, lines.offsetAt(statement.range.start)).trim();
      const formatted = formatStatement(statement, text, lines, layout, index === 0);
      if (gap !== (index === 0 ? '' : ';') || formatted === undefined) {
        ok = false;
        break;
      }
      parts.push(formatted);
      cursor = lines.offsetAt(statement.range.end);
    }
    const tailEnd = comment ? lines.offsetAt(comment.range.start) : lines.lineEnd(line);
    const tail = text.slice(cursor, tailEnd).trim();
    if (!ok || (tail !== '' && tail !== ';')) {
      result.push(original.trimEnd());
      continue;
    }
    const code = indent + parts.join('; ');
    result.push(comment ? `${code}  ${commentText}` : code);
  }
  return result;
}

/** A plan's meaning without positions or spelling: what formatting must keep. */
export function meaningOf(plan: Plan): string {
  const drop = new Set(['entry', 'block', 'colonEnd', 'line']);
  return JSON.stringify(
    { statements: plan.statements, comments: plan.comments, suppressions: plan.suppressions, errors: plan.syntaxErrors.length },
    function (this: Record<string, unknown>, key, value) {
      if (drop.has(key) || /range$/i.test(key)) return undefined;
      if (key === 'text' && 'kind' in this) return undefined;
      return value;
    },
  );
}

/** Edits that format the plan (whole text, or the lines of `span`). Empty when the text is already formatted. */
export function formatPlan(plan: Plan, options: FormatOptions = DEFAULT_OPTIONS, span?: LineSpan): TextEdit[] {
  const lines = new LineIndex(plan.text);
  const formatted = formatLines(plan, options, span);
  const edits: TextEdit[] = [];
  formatted.forEach((next, line) => {
    if (next === null) {
      edits.push({ range: { start: { line, column: 0 }, end: { line: line + 1, column: 0 } }, newText: '' });
    } else if (next !== lines.lineText(line)) {
      const end = lines.lineEnd(line) - lines.lineStart(line);
      edits.push({ range: { start: { line, column: 0 }, end: { line, column: end } }, newText: next });
    }
  });
  if (edits.length === 0) return edits;
  const result = applyLineEdits(plan.text, lines, edits);
  return meaningOf(parsePlan(result, plan)) === meaningOf(plan) ? edits : [];
}

/** Edits that format a plan's text (parses it first). */
export function formatDocument(text: string, options: FormatOptions = DEFAULT_OPTIONS): TextEdit[] {
  return formatPlan(parsePlan(text), options);
}

/** The formatted text (whole document). */
export function formatText(text: string, options: FormatOptions = DEFAULT_OPTIONS): string {
  const plan = parsePlan(text);
  return applyLineEdits(text, new LineIndex(text), formatPlan(plan, options));
}

function applyLineEdits(text: string, lines: LineIndex, edits: TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    const start = lines.offsetAt(edit.range.start);
    const end = edit.range.end.line >= lines.lineCount ? text.length : lines.offsetAt(edit.range.end);
    out += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return out + text.slice(cursor);
}
