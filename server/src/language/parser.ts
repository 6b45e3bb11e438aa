// parsePlan: text → Plan. The whole text is lexed once; statements (split at line breaks and `;`) are parsed one at a
// time by the single reused Chevrotain parser, so a bad statement is one diagnostic and never hides another line's.
// Never throws: whatever cannot be understood becomes a syntax issue, and the rest of the plan still counts.
import type { ILexingResult, IRecognitionException, IToken, TokenType } from 'chevrotain';
import { tokenMatcher } from 'chevrotain';
import type {
  Comment,
  Position,
  Day,
  DayEntry,
  Goal,
  GoalStatement,
  GymFocus,
  GymIntensity,
  Located,
  Measure,
  PaceStatement,
  Plan,
  PlanVocabulary,
  Range,
  RunSession,
  RunType,
  Session,
  StartStatement,
  Suppression,
  SyntaxFix,
  SyntaxIssue,
  TitleStatement,
  Week,
  WeekBlock,
  WeekHeader,
  Weekday,
} from './model';
import { GOALS, SHARED_FACTS, WEEKDAY_NAMES, newFacts } from './model';
import { statementParser, statementStarts, type RawItem, type RawSession, type RawStatement } from './grammar';
import {
  builtinVocabulary,
  kindOf,
  onlyRunExtras,
  onlyAftercare,
  bareMilesOuting,
  amountOuting,
  PhraseMap,
  readPace,
  readPaceOffset,
  readSession,
  restAlternativesAt,
  RUN_TYPE_WEIGHT,
  shortUnits,
  startsSession,
  stationList,
  supersetSchemes,
  tokenEnd,
  unquote,
  wordOf,
  PACE_WORD,
  type SourceText,
  type Vocabulary,
} from './sessions';
import { editDistance, quoteList, suggest } from './suggest';
import { BODY_PARTS, CARRIED, PERIOD_WORDS, SPORTS, SPRINT_WORK_PHRASES } from './vocabulary';
import { LineIndex, comparePositions } from './text';
import {
  AmPm,
  At,
  Colon,
  Comma,
  Dash,
  DayKw,
  DateLiteral,
  DayName,
  PaceKw,
  StartKw,
  PlanKw,
  GoalKw,
  LBracket,
  Newline,
  Other,
  planLexer,
  lexable,
  afterLexable,
  RBracket,
  Plus,
  Quantity,
  Semicolon,
  StringLiteral,
  UnterminatedString,
  WeekKw,
  Word,
} from './tokens';

/** The highest week number a plan may use: high enough for any plan (and the 5,200-week benchmark). */
export const MAX_WEEK = 9999;
/**
 * The most weeks one `week a-b` line may cover (ten years). Every repeat is checked and every quick fix is verified on
 * all of them, so `week 1-9999` would make Ctrl+. take seconds; a longer plan writes its weeks, or several ranges.
 */
export const MAX_RANGE_WEEKS = 520;
/**
 * Weeks in one plan, counting every repeat of every range (re-exported by budgets.ts): as many as there are week
 * numbers. `week 1-520` written 1,000 times (20 KB) was 520,000 weeks for every rule to walk; blocks past this are
 * read for syntax but not expanded (one error each).
 */
export const MAX_PLAN_WEEKS = MAX_WEEK;
/** Said on each block past MAX_PLAN_WEEKS (built once: `toLocaleString` per block was a visible share of a long check). */
const TOO_MANY_WEEKS = `A plan holds at most ${MAX_PLAN_WEEKS.toLocaleString('en')} weeks, counting repeats — the weeks of this block are not checked`;

const DAY_FORMS: readonly string[] = [
  'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];
const STATEMENT_WORDS: readonly string[] = ['week', 'goal', 'start', 'plan', 'pace'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SUPPRESSION = /^hybrid-ignore(-file)?(?=$|[\s,:])/i;
const RULE_ID = /^[a-z][a-z0-9-]*$/i;
const BLANK = /^[\s\ufeff]*$/;
const LIST_SEPARATOR = /[\s,]+/;
const GOAL_JOINER = /^(?:,|and|&|\/|\+|or)$/;
/**
 * Goals and the words people use for them (language-decisions.md, "Goal words"): a hybrid or HYROX plan trains both,
 * endurance and race distances are running, hypertrophy and powerlifting are strength.
 */
const GOAL_SYNONYMS = new PhraseMap<Goal>([
  ['strength', 'strength'],
  ['running', 'running'],
  ['balanced', 'balanced'],
  ['hybrid', 'balanced'],
  ['both', 'balanced'],
  ['general fitness', 'balanced'],
  ['fitness', 'balanced'],
  ['hyrox', 'balanced'],
  ['endurance', 'running'],
  ['run', 'running'],
  ['marathon', 'running'],
  ['half marathon', 'running'],
  ['5k', 'running'],
  ['10k', 'running'],
  ['race', 'running'],
  ['hypertrophy', 'strength'],
  ['powerlifting', 'strength'],
  ['muscle', 'strength'],
  ['lifting', 'strength'],
  // `goal: rugby`, `goal: selection`: a team sport's or a selection course's preparation trains strength and
  // conditioning both.
  ['sport', 'balanced'],
  ['team sport', 'balanced'],
  ['selection', 'balanced'],
  ['military', 'balanced'],
  ['tactical', 'balanced'],
  ...SPORTS.map((sport): [string, Goal] => [sport, 'balanced']),
]);
/** Goal words that name a half marathon or longer: the race whose pace a bare `race pace` is. */
const LONG_RACE_GOALS = new Set(['marathon', 'half marathon']);
/** Words around a goal that say nothing more (`goal: build strength`). */
const GOAL_NOISE = new Set(['build', 'improve', 'general', 'main', 'training', 'focus', 'primary']);
const WHOLE_NUMBER = /^\d+$/;
const WEEKDAY_NAMES_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface ParseOptions {
  /** The vocabulary to read sessions with (`createVocabulary`); a plan passes its own, so a re-parse reads alike. */
  vocabulary?: PlanVocabulary;
  /**
   * Read every day line, taking none from the parse before and keeping none for the next (see DayCache): what a first
   * open of the file costs, and what a one-shot read (`hybrid check`) needs.
   */
  fresh?: boolean;
  /**
   * With `fresh`: read every day line from its own tokens, none taken from another line with the same words (see
   * DayTemplate) — what the tests compare a moved reading with.
   */
  readEveryLine?: boolean;
}

export function parsePlan(text: string, options?: ParseOptions): Plan {
  try {
    return parse(text, (options?.vocabulary as Vocabulary | undefined) ?? builtinVocabulary(), options?.fresh === true, options?.readEveryLine === true);
  } catch (error) {
    // Never throw into an editor: a parser bug becomes one diagnostic at the top of the file.
    const message = error instanceof Error ? error.message : String(error);
    const plan = emptyPlan(text);
    plan.syntaxErrors.push({ message: `The plan could not be read (${message}) — please report this`, range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } } });
    return plan;
  }
}

function emptyPlan(text: string): Plan {
  return { text, goals: [], statements: [], blocks: [], weeks: [], singleWeek: true, comments: [], suppressions: [], syntaxErrors: [] };
}

function parse(text: string, vocabulary: Vocabulary, fresh: boolean, readEveryLine: boolean): Plan {
  const index = new LineIndex(text);
  const source: SourceText = {
    text,
    rangeOf: (token) => index.rangeOf(token.startOffset, tokenEnd(token)),
    rangeBetween: (first, last) => index.rangeOf(first.startOffset, tokenEnd(last)),
    offsetAt: (position) => index.offsetAt(position),
  };
  const plan = emptyPlan(text);
  if (vocabulary.user.size > 0) plan.vocabulary = vocabulary;
  // Kept apart so that, as when the whole text was read in phases, lexer errors come before parse errors and those
  // before the model's (the final sort is stable).
  const lexErrors: SyntaxIssue[] = [];
  const parseErrors: SyntaxIssue[] = [];
  // Each statement is built into the model as soon as it is parsed, so raw statements die young (in a long plan
  // most of the parse's time went to the garbage collector copying them while the whole text was read first).
  const days: DayCache | undefined = fresh ? undefined : dayCacheFor(vocabulary);
  const builder = new ModelBuilder(source, plan, vocabulary, days, fresh && readEveryLine);
  // Lines read anew (in a parse with the cache: those not in it) and which of them hold only day statements.
  const lineDays: Map<number, string[] | false> | undefined = days ? new Map() : undefined;
  const visit = (lexed: ILexingResult, base: number): void => {
    for (const error of lexed.errors) {
      const offset = error.offset + base;
      const range = index.rangeOf(offset, offset + error.length);
      lexErrors.push({ message: `Unexpected '${text.substr(offset, error.length)}'`, range });
      lineDays?.set(range.start.line, false);
    }
    readComments(lexed.groups.comments ?? [], text, index, plan);
    parseStatements(lexed.tokens, source, parseErrors, builder, vocabulary, days, lineDays);
  };
  const reused = new Set<WeekBlock>();
  if (days && lineDays) readLines(text, index, plan, days, builder, parseErrors, visit, reused);
  else lexInChunks(text, visit);
  const leading = builder.finish();
  for (const block of plan.blocks) if (!reused.has(block)) {
    sprintersTempoInBlock(block, source);
    unitlessDistancesInBlock(block, source);
    clockTimesInBlock(block);
  }
  expandWeeks(plan, leading);
  const errors = lexErrors.concat(parseErrors, plan.syntaxErrors);
  errors.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  plan.syntaxErrors = errors;
  sameAsAnotherDay(plan, index);
  dayNumbersAcrossWeeks(plan);
  timeOnlyRuns(plan);
  unitlessDistanceWarnings(plan, source);
  clockTimeErrors(plan);
  if (days && lineDays) {
    keepLines(text, index, plan, days, lineDays);
    // When this generation holds at least half as many lines as the one before, it starts a new one (the lines of the
    // one before are dropped); until then parses add to it — a block that fix-all re-reads, a line a quick fix tries,
    // another document's keystrokes — so the lines of a whole plan stay at hand for the next parse.
    if (days.current.size * 2 >= days.previous.size) {
      days.previous = days.current;
      days.current = new Map();
      days.previousLines = days.lines;
      days.lines = new Map();
    }
    // A plan's blocks, for its next parse to take whole; not those of fix-all's parse of one block (behind line breaks).
    if (plan.blocks.length > 0 && text.length <= KEPT_PLAN_CHARS && text.charCodeAt(0) !== 10 && text.charCodeAt(0) !== 13) {
      keepRecent(days, keepBlocks(text, index, plan));
    }
  }
  return plan;
}

/** `same as Monday`, `Same as Mon`, `same as day 1`: a day line that points at another day of its week. */
const SAME_AS = /^same(?:\s+as)?\s+(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*|day\s*([1-7]))\b/i;
const SHORT_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * `Wed: same as Monday`: every day line says what it holds (a line read alone means the same wherever the plan
 * changes — what the caches of this parser rely on), so such a line stays an error, but one that says what to do and
 * offers to write that day's sessions of the same week on the line. Worked out per parse from the plan (the error a
 * line keeps in the cache is never changed): a new error object replaces the generic one.
 */
function sameAsAnotherDay(plan: Plan, index: LineIndex): void {
  const errors = plan.syntaxErrors;
  let byLine: Map<number, DayEntry[]> | undefined;
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i]!;
    if (!/^Unknown session 'same'/i.test(error.message)) continue;
    const start = index.offsetAt(error.range.start);
    const lineEnd = index.lineEnd(error.range.start.line);
    const match = SAME_AS.exec(plan.text.slice(start, lineEnd));
    if (!match) continue;
    const weekday = match[1] !== undefined ? SHORT_DAYS.indexOf(match[1].toLowerCase()) : Number(match[2]) - 1;
    // The day entries by line, built once when a line says so (a plan of thousands of them stays linear).
    byLine ??= entriesByLine(plan);
    const entry = lastOf(byLine.get(error.range.start.line) ?? [], (s) => comparePositions(s.colonEnd, error.range.start) <= 0);
    if (!entry) continue;
    const name = WEEKDAY_NAMES_FULL[weekday]!;
    const said = match[0];
    // The day's last line in the week block (the days of a block are built once: `daysOf`).
    const source = lastOf(daysOf(entry.block)[weekday]?.entries ?? [], (other) => other !== entry && other.sessions.length > 0);
    if (!source) {
      errors[i] = { message: `'${said}' — ${name} holds no sessions in this week; write this day's sessions here (each day line says what it holds)`, range: error.range };
      continue;
    }
    const first = source.sessions[0]!.range.start;
    const last = source.sessions[source.sessions.length - 1]!.range.end;
    const sessions = plan.text.slice(index.offsetAt(first), index.offsetAt(last));
    const range = { start: error.range.start, end: index.positionAt(start + said.length) };
    errors[i] = {
      message: `'${said}' — write ${name}'s sessions on this line: each day line says what it holds (${name}: '${sessions}')`,
      range,
      fixes: [{ title: `Write ${name}'s sessions here: '${sessions}'`, edits: [{ range, newText: sessions }], preferred: true }],
    };
  }
}

/**
 * `Day 15:` … `Day 21:`: a programme that numbers its days across its weeks writes the third week's Monday as Day 15,
 * so a day number past 7 is the weekday it falls on. One week block holds the days of one programme week: a block (or
 * a file without `week` lines) whose numbered days run on past it (`Day 1` … `Day 14`) would lay two weeks on one, so
 * each day of a later programme week is an error that asks for its `week` line. Worked out per parse from the plan,
 * like `sameAsAnotherDay` (a day line read alone means the same wherever it stands).
 */
function dayNumbersAcrossWeeks(plan: Plan): void {
  let added = false;
  for (const block of plan.blocks) {
    let first: number | undefined;
    for (const statement of block.statements) {
      if (statement.type !== 'day' || statement.dayNumber === undefined) continue;
      const programmeWeek = Math.floor((statement.dayNumber - 1) / 7);
      first ??= programmeWeek;
      if (programmeWeek === first) continue;
      const from = programmeWeek * 7 + 1;
      plan.syntaxErrors.push({
        message: `'Day ${statement.dayNumber}' is in week ${programmeWeek + 1} of the plan's days (Day ${from} … Day ${from + 6}), not in this week's — start that week with a 'week ${programmeWeek + 1}' line`,
        range: statement.dayRange,
      });
      added = true;
    }
  }
  if (added) plan.syntaxErrors.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
}

/**
 * `Mon: 25-30 min`, `Tue: 30 mins`: a day that gives only a time is read as a run (a time alone makes no other kind).
 * The plan's other days decide whether that needs confirming: when most of its named sessions (rest and other
 * time-only days left aside) are runs, or none is named, the reading stands; when most are something else (a
 * lifting plan, a walking plan), each such day gets a warning with the activities as quick fixes. Worked out per
 * parse, like `dayNumbersAcrossWeeks` (a day line read alone means the same wherever it stands).
 */
function timeOnlyRuns(plan: Plan): void {
  const loose: RunSession[] = [];
  let runs = 0;
  let others = 0;
  for (const statement of plan.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      if (session.kind === 'run' && session.timeOnly) loose.push(session);
      else if (session.kind === 'run' || (session.kind === 'event' && session.discipline === 'run')) runs++;
      else if (session.kind !== 'rest') others++;
    }
  }
  if (loose.length === 0 || others <= runs) return;
  for (const run of loose) {
    const at = { start: run.range.start, end: run.range.start };
    plan.syntaxErrors.push({
      message: `'${run.text}' names no activity — read as a run, but most of this plan's sessions are not runs; write what it is, like 'run ${run.text}'`,
      range: run.range,
      severity: 'warning',
      fixes: ['run', 'walk', 'bike', 'gym'].map((word, i) => ({ title: `Write '${word} ${run.text}'`, edits: [{ range: at, newText: `${word} ` }], ...(i === 0 ? { preferred: true } : {}) })),
    });
  }
  plan.syntaxErrors.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
}

function lastOf<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

function entriesByLine(plan: Plan): Map<number, DayEntry[]> {
  const byLine = new Map<number, DayEntry[]>();
  for (const statement of plan.statements) {
    if (statement.type !== 'day') continue;
    const list = byLine.get(statement.range.start.line);
    if (list) list.push(statement);
    else byLine.set(statement.range.start.line, [statement]);
  }
  return byLine;
}

/**
 * Whether the line starting at `offset` may go on with a day line above it (`continuationAt` decides): it starts with
 * a space or a tab, a list mark, or a digit (`1. squat 5x5`). One character looked at.
 */
function mayContinue(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  // A table's row (`|`): its reading may depend on the rows above (the header, `tableRow`).
  return c === 32 || c === 9 || c === 124 || (c >= 48 && c <= 57) || LIST_MARKS.has(text.charAt(offset));
}

/** How many characters are lexed at once, at least (up to the end of the line where this many are reached). */
const LEX_CHUNK = 8192;

function shiftToken(token: IToken, by: number): void {
  token.startOffset += by;
  if (token.endOffset !== undefined) token.endOffset += by;
}

/**
 * Lexes the text a chunk of whole lines at a time (no token spans a line break) and hands each chunk's tokens, with
 * offsets into the whole text, to `visit` before the next chunk is lexed. The parser builds a chunk's statements in
 * `visit`, so tokens die young instead of living, all of them, until the last line is parsed (the garbage collector
 * copied them over and over, and a long plan's lexing grew faster than its length). Blank lines at the top hold
 * nothing to lex (fix-all and quick fixes parse one block behind as many line breaks as there are lines before it,
 * so that every position is the same: thousands of them in a long plan).
 */
export function lexInChunks(text: string, visit: (lexed: ILexingResult, base: number) => void, from = 0, to = text.length): void {
  let first = from;
  while (first < to && (text.charCodeAt(first) === 10 || text.charCodeAt(first) === 13)) first++;
  for (let base = first; base < to; ) {
    let end = to;
    if (end - base > LEX_CHUNK) {
      let newline = text.indexOf('\n', base + LEX_CHUNK);
      // Not before a line that may go on with the day above it (a list item or an indented line, `continuationAt`):
      // the day and its list are read together.
      while (newline !== -1 && newline + 1 < to && mayContinue(text, newline + 1)) newline = text.indexOf('\n', newline + 1);
      if (newline !== -1 && newline < to) end = newline + 1;
    }
    const written = base === 0 && end === text.length ? text : text.slice(base, end);
    const read = lexable(written);
    const lexed = planLexer.tokenize(read);
    afterLexable(written, read, lexed);
    if (base > 0) {
      for (const token of lexed.tokens) shiftToken(token, base);
      for (const token of lexed.groups.comments ?? []) shiftToken(token, base);
    }
    visit(lexed, base);
    base = end;
  }
}

interface ParsedStatement {
  tokens: IToken[];
  statement?: RawStatement;
  /** Where the statement's parse error is, when it has one (its sessions then report nothing more). */
  errorRange?: Range;
  /** A day line read before, exactly as written here and at the same place (see DayCache). */
  cached?: CachedDay;
  /** The statement's range, when it comes without tokens (a line taken whole from the line cache). */
  range?: Range;
  /** The key a day line read now is kept under, and the parse errors it gave. */
  key?: string;
  parseErrors?: SyntaxIssue[];
  /** A day line of one line read now: its words (see DayTemplate), for the builder to keep its reading under. */
  textKey?: string;
  /** Where its words start (a list mark before the day is in them, not in the statement's range). */
  textAt?: Position;
  /** `cached` is a copy made for this statement alone (a moved reading in a parse without the day cache): used as it is. */
  adopt?: boolean;
  /** `Mon, Wed, Fri: weights`: the days after the first one the line names, each holding the same sessions. */
  alsoDays?: Weekday[];
  /** `Weights: Mon, Thu`: the session written before its days (`sessionBeforeDays`). */
  sessionFirst?: boolean;
  /** `Week 1 Day 1: …`: a day written after its week's number on one line. */
  afterWeek?: boolean;
}

/**
 * Day lines read in the parse before, by their text and position. A keystroke changes one line: the other day lines
 * are taken from here instead of being parsed and read again (the reading of sessions is most of a parse), and so are
 * the unchanged lines of every variant of a plan that quick fixes and fix-all re-parse. A line is the same when its
 * text, line and column are: every range in it is then the same. Entries are copied out, never shared, since an entry
 * points to its week block; what hangs below a session (attributes, ranges, exercises) is never changed after reading
 * and is shared. Two generations (this parse and the one before) bound the memory to two plans' day lines.
 */
interface CachedDay {
  /** A copy of the entry as read, without its week block. */
  entry: DayEntry;
  parseErrors: readonly SyntaxIssue[];
  modelErrors: readonly SyntaxIssue[];
  errorRange?: Range;
}

interface DayCache {
  current: Map<string, CachedDay>;
  previous: Map<string, CachedDay>;
  /** Whole lines of day statements, by line number (see CachedLine), this generation's and the one's before. */
  lines: Map<number, CachedLine>;
  previousLines: Map<number, CachedLine>;
  /** The week blocks of the last few plans parsed (one per document, most recent first) (see KeptBlocks). */
  recent: KeptBlocks[];
  /**
   * Day lines by their words (see DayTemplate), each the day cache's copy of a line read in some parse: fix-all reads
   * the same days again and again, at other lines (a moved session shifts the lines below it). Two generations of at
   * most TEXT_TEMPLATES each.
   */
  texts: Map<string, DayTemplate>;
  previousTexts: Map<string, DayTemplate>;
}

/** Day line texts a generation of `DayCache.texts` holds (a plan's distinct day lines, usually far fewer). */
const TEXT_TEMPLATES = 4096;

/** The kept reading of a day line with these words (taken into the current generation), if any. */
function textTemplate(days: DayCache, textKey: string): DayTemplate | undefined {
  const kept = days.texts.get(textKey);
  if (kept !== undefined) return kept;
  const before = days.previousTexts.get(textKey);
  if (before !== undefined) keepTextTemplate(days, textKey, before);
  return before;
}

function keepTextTemplate(days: DayCache, textKey: string, template: DayTemplate): void {
  if (days.texts.size >= TEXT_TEMPLATES) {
    days.previousTexts = days.texts;
    days.texts = new Map();
  }
  days.texts.set(textKey, template);
}

/**
 * Longest plan whose blocks are kept (characters): ten years of weeks (a 520-week plan is ~150 KB). A longer one is
 * read with the day and line caches only, so a closed megabyte plan's model is not held for the next parses.
 */
const KEPT_PLAN_CHARS = 256 * 1024;
/** Plans whose blocks are kept: a few documents open side by side (each keeps its blocks while another is typed in). */
const RECENT_PLANS = 4;
/** A plan is told from another by its beginning (a title, a goal, its first week), rarely what is being typed. */
const PLAN_PREFIX = 256;

function samePlan(a: string, b: string): boolean {
  const n = Math.min(PLAN_PREFIX, a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** The kept blocks most likely of the same document as `text`: the most recent with the same beginning. */
function recentFor(days: DayCache, text: string): KeptBlocks | undefined {
  for (const kept of days.recent) if (samePlan(kept.text, text)) return kept;
  return days.recent[0];
}

function keepRecent(days: DayCache, kept: KeptBlocks): void {
  const recent = days.recent.filter((other) => !samePlan(other.text, kept.text));
  recent.unshift(kept);
  days.recent = recent.slice(0, RECENT_PLANS);
}

/**
 * The week blocks of a parse, kept so that the next parse takes each block whose lines it finds unchanged at the same
 * line numbers — the block object itself, its entries and sessions, shared by both plans (nothing changes a block once
 * read). A keystroke then reads one week; the others cost a lookup. A block is kept when it has a `week` line (its
 * meaning does not depend on the lines before it), no syntax error on any of its lines, and its statements are all the
 * plan's statements from its `week` line to the next one. Its span runs from its `week` line to the next block's (or
 * to the end of the text), and the next block's `week` line must be unchanged too (it is where this block ends).
 */
interface KeptBlocks {
  text: string;
  lineCount: number;
  byLine: Map<number, KeptBlock>;
}

interface KeptBlock {
  block: WeekBlock;
  /** Offsets of its span in the text it was read from: its `week` line to the end of the next block's `week` line. */
  from: number;
  to: number;
  /** The line after the block's span: the next block's `week` line, or the line count. */
  next: number;
  comments: readonly Comment[];
  suppressions: readonly Suppression[];
}

/**
 * A line that held only day statements, as read at its line number: a keystroke's parse takes it without lexing it
 * (lexing every line was the largest cost of a keystroke left once the days were kept). Its days are the day cache's
 * entries (copied out as those are); its comments and `# hybrid-ignore` switches are positions in the line, the same
 * while its text and line are.
 */
interface CachedLine {
  text: string;
  keys: readonly string[];
  days: readonly CachedDay[];
  comments: readonly Comment[];
  suppressions: readonly Suppression[];
}

/** The tokens of a statement taken whole from the line cache (it has none: its range is the kept entry's). */
const NO_TOKENS: IToken[] = [];

/** Longer day lines are read every time (a key as long as a hostile line would cost more than it saves). */
const CACHED_LINE_LENGTH = 2000;

const dayCaches = new WeakMap<Vocabulary, DayCache>();

function dayCacheFor(vocabulary: Vocabulary): DayCache {
  let cache = dayCaches.get(vocabulary);
  if (!cache) dayCaches.set(vocabulary, (cache = { current: new Map(), previous: new Map(), lines: new Map(), previousLines: new Map(), recent: [], texts: new Map(), previousTexts: new Map() }));
  return cache;
}

/**
 * Reads the text line by line: a line kept whole (same text at the same line number) is handed to the builder as its
 * kept days, comments and switches; the lines between are lexed and parsed together, as `lexInChunks` does.
 */
function readLines(
  text: string,
  index: LineIndex,
  plan: Plan,
  days: DayCache,
  builder: ModelBuilder,
  parseErrors: SyntaxIssue[],
  visit: (lexed: ILexingResult, base: number) => void,
  reused: Set<WeekBlock>,
): void {
  const { lines, previousLines } = days;
  const last = recentFor(days, text);
  let pending = 0;
  const count = index.lineCount;
  // The line kept for `line` when its text is the same (taken into this generation), else undefined.
  const keptLine = (line: number, start: number, end: number): CachedLine | undefined => {
    if (end - start > CACHED_LINE_LENGTH || end === start) return undefined;
    const kept = lines.get(line);
    if (kept !== undefined && kept.text.length === end - start && kept.text === text.slice(start, end)) return kept;
    const before = previousLines.get(line);
    if (before === undefined || before.text.length !== end - start || before.text !== text.slice(start, end)) return undefined;
    lines.set(line, before);
    return before;
  };
  for (let line = 0; line < count; line++) {
    const whole = last?.byLine.get(line);
    if (whole !== undefined) {
      const from = index.lineStart(line);
      // Up to the end of the next block's `week` line, which must be unchanged too (this block ends there).
      const to = index.lineEnd(whole.next);
      if (sameText((last as KeptBlocks).text, whole.from, whole.to, text, from, to)) {
        if (pending < from) lexInChunks(text, visit, pending, from);
        builder.addBlock(whole.block);
        reused.add(whole.block);
        for (const comment of whole.comments) plan.comments.push(comment);
        for (const suppression of whole.suppressions) plan.suppressions.push(suppression);
        pending = index.lineStart(whole.next);
        line = whole.next - 1;
        continue;
      }
    }
    const start = index.lineStart(line);
    const end = index.lineEnd(line);
    if (end - start > CACHED_LINE_LENGTH || end === start) continue;
    const kept = keptLine(line, start, end);
    if (kept === undefined) continue;
    // A line that the next may go on with (a day written as a list, `continuationAt`) is read with it, unless the next
    // is a kept day line itself (`  Tue: run`, indented).
    if (line + 1 < count && mayContinue(text, index.lineStart(line + 1)) && keptLine(line + 1, index.lineStart(line + 1), index.lineEnd(line + 1)) === undefined) continue;
    if (pending < start) lexInChunks(text, visit, pending, start);
    pending = index.lineStart(line + 1);
    for (const comment of kept.comments) plan.comments.push(comment);
    for (const suppression of kept.suppressions) plan.suppressions.push(suppression);
    for (let i = 0; i < kept.days.length; i++) {
      const cached = kept.days[i];
      days.current.set(kept.keys[i], cached);
      for (const error of cached.parseErrors) parseErrors.push(error);
      builder.add({ tokens: NO_TOKENS, cached, range: cached.entry.range, errorRange: cached.errorRange });
    }
  }
  if (pending < text.length) lexInChunks(text, visit, pending, text.length);
}

/** Whether `a` from `aFrom` to `aTo` is `b` from `bFrom` to `bTo`. */
function sameText(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  // Two slices compared natively: a loop of `charCodeAt` over the text cost more than the whole rest of taking a block.
  return a.slice(aFrom, aTo) === b.slice(bFrom, bTo);
}

/** The blocks of this parse that the next may take whole (see KeptBlocks). */
function keepBlocks(text: string, index: LineIndex, plan: Plan): KeptBlocks {
  const byLine = new Map<number, KeptBlock>();
  const { blocks, statements, comments, suppressions } = plan;
  // Lines a syntax error touches (a block with one is read again: its errors are not kept): how many errors cover each
  // line, by a difference array over the lines (an error may span many).
  const covered = new Int32Array(index.lineCount + 1);
  for (const error of plan.syntaxErrors) {
    covered[Math.min(error.range.start.line, index.lineCount)]! += 1;
    covered[Math.min(error.range.end.line + 1, index.lineCount)]! -= 1;
  }
  for (let line = 1; line <= index.lineCount; line++) covered[line]! += covered[line - 1]!;
  const errorLines = { has: (line: number): boolean => line < index.lineCount && covered[line]! > 0 };
  let at = 0;
  let c = 0;
  let s = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const header = block.header;
    if (header === undefined) continue;
    // The plan's statements from this block's `week` line to the next one must be the block's own.
    while (at < statements.length && statements[at] !== header) at++;
    if (at === statements.length) break;
    let own = true;
    for (let j = 0; j < block.statements.length; j++) if (statements[at + 1 + j] !== block.statements[j]) own = false;
    const after = statements[at + 1 + block.statements.length];
    if (after !== undefined && after.type !== 'week') own = false;
    const first = header.range.start.line;
    const nextBlock = blocks[i + 1];
    const next = nextBlock === undefined ? index.lineCount : nextBlock.range.start.line;
    if (nextBlock !== undefined && nextBlock.header === undefined) own = false;
    // The span is whole lines of this block alone: its `week` line starts it (`Sun: rest; week 3` is read again), and
    // its last statement ends before the next block's line (`Mon: run; week 2` too).
    if (next <= first || block.range.end.line >= next || text.slice(index.lineStart(first), index.offsetAt(header.range.start)).trim() !== '') own = false;
    // A week read from a table's row (`| 1 | Rest | 3 mi run |`, `1 | Rest | …`) depends on the table's header: read again.
    for (let k = index.lineStart(first), end = index.lineEnd(first); own && k < end; k++) if (text.charCodeAt(k) === 124) own = false;
    for (let line = first; own && line < next; line++) if (errorLines.has(line)) own = false;
    if (nextBlock !== undefined && errorLines.has(next)) own = false;
    const from = index.lineStart(first);
    const to = index.lineStart(next);
    while (c < comments.length && index.offsetAt(comments[c].range.start) < from) c++;
    const blockComments: Comment[] = [];
    for (; c < comments.length && (next === index.lineCount || index.offsetAt(comments[c].range.start) < to); c++) blockComments.push(comments[c]);
    while (s < suppressions.length && suppressions[s].line < first) s++;
    const blockSuppressions: Suppression[] = [];
    for (; s < suppressions.length && suppressions[s].line < next; s++) blockSuppressions.push(suppressions[s]);
    if (own) byLine.set(first, { block, next, from, to: index.lineEnd(next), comments: blockComments, suppressions: blockSuppressions });
  }
  return { text, lineCount: index.lineCount, byLine };
}

/** Keeps each line read anew that held only day statements, all of them kept by the day cache (see CachedLine). */
function keepLines(text: string, index: LineIndex, plan: Plan, days: DayCache, lineDays: Map<number, string[] | false>): void {
  let c = 0;
  let s = 0;
  const { comments, suppressions } = plan;
  for (const [line, keys] of lineDays) {
    if (keys === false) continue;
    const kept: CachedDay[] = [];
    for (const key of keys) {
      const cached = days.current.get(key);
      if (cached === undefined) break;
      kept.push(cached);
    }
    if (kept.length !== keys.length) continue;
    // Lines read anew come in text order, and so do comments and switches: one walk finds those of each line.
    while (c < comments.length && comments[c].range.start.line < line) c++;
    const lineComments: Comment[] = [];
    for (; c < comments.length && comments[c].range.start.line === line; c++) lineComments.push(comments[c]);
    while (s < suppressions.length && suppressions[s].line < line) s++;
    const lineSuppressions: Suppression[] = [];
    for (; s < suppressions.length && suppressions[s].line === line; s++) lineSuppressions.push(suppressions[s]);
    days.lines.set(line, { text: text.slice(index.lineStart(line), index.lineEnd(line)), keys, days: kept, comments: lineComments, suppressions: lineSuppressions });
  }
}

/**
 * A fresh copy of a kept entry in `block`: its own entry and session objects, the rest shared. The copy kept in the
 * cache (no block) is taken as soon as the line is read, before anything about its week changes a session
 * (`sprintersTempoInBlock`), and gives each session a box of facts (its class), which the copies made from it share:
 * a class is worked out from the session's words alone, and checked against the plan's pace on every read.
 */
function copyDay(kept: DayEntry, block: WeekBlock | undefined): DayEntry {
  const entry: DayEntry = { ...kept, block: block as WeekBlock, sessions: [] };
  entry.sessions = kept.sessions.map((session) => ({ ...session, entry }));
  if (block === undefined) for (const session of entry.sessions) session[SHARED_FACTS] = newFacts();
  return entry;
}

/**
 * The first reading in a parse of a day line's words (one line, up to CACHED_LINE_LENGTH characters, with whether a
 * `;` comes before it): a day line means the same wherever it stands (`sameAsAnotherDay`), so the same words further
 * on are read as this reading moved to their place — every position in it shifted by the lines and columns between —
 * instead of being parsed and read again. A long plan repeats its days (a training week written out for every week,
 * `Mon: rest;` on one line): a cold `hybrid check` of 9,999 weeks parsed 50,000 day lines of five texts. The entry is
 * the live one of the plan (with its sessions as read: `sprintersTempoInBlock` may replace them in the array later).
 */
interface DayTemplate {
  entry: DayEntry;
  sessions: readonly Session[];
  parseErrors: readonly SyntaxIssue[];
  modelErrors: readonly SyntaxIssue[];
  errorRange?: Range;
  /** Where its words start (`textKey`: a list mark before the day too). */
  at: Position;
  /** Whether every position in it is on its line and everything in it is plain data (worked out on first use). */
  movable?: boolean;
}

/** Deepest nesting of a day's reading that is moved (entry → session → attributes → value → range → position is 5). */
const MOVE_DEPTH = 12;

function isPosition(value: object): value is Position {
  return typeof (value as Position).line === 'number' && typeof (value as Position).column === 'number';
}

/**
 * Whether `value` holds only plain objects and arrays, no deeper than MOVE_DEPTH, every position on `line` and a plain
 * `{ line, column }`; a session's `entry` must be `entry` (the keys `entry` and `block` are set by the move).
 */
function movable(value: unknown, line: number, entry: DayEntry, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return typeof value !== 'function';
  if (depth > MOVE_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!movable(item, line, entry, depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  if (isPosition(value)) return value.line === line && Object.keys(value).length === 2;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // The entry's block, and each session's entry (set anew by the move).
    if (key === 'block' && depth === 0) continue;
    if (key === 'entry' || key === 'block') {
      if (depth === 0 || key === 'block' || item !== entry) return false;
      continue;
    }
    if (!movable(item, line, entry, depth + 1)) return false;
  }
  return true;
}

/**
 * The last positions moved and their copies, a few of each: a reading shares one position object between ranges that
 * start or end at one offset (LineIndex.positionAt), and so does its moved copy. Cleared for each moved day.
 */
const MOVED_POSITIONS = 8;
const movedFrom: (Position | undefined)[] = new Array(MOVED_POSITIONS).fill(undefined);
const movedTo: (Position | undefined)[] = new Array(MOVED_POSITIONS).fill(undefined);
let movedNext = 0;

/** A copy of a movable value with every position moved by `lines` and `columns` (`entry` and `block` keys left as they are). */
function moved<T>(value: T, lines: number, columns: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = moved(value[i], lines, columns);
    return copy as T;
  }
  if (isPosition(value)) {
    for (let i = 0; i < MOVED_POSITIONS; i++) if (movedFrom[i] === value) return movedTo[i] as T;
    const position: Position = { line: value.line + lines, column: value.column + columns };
    movedFrom[movedNext] = value;
    movedTo[movedNext] = position;
    movedNext = (movedNext + 1) % MOVED_POSITIONS;
    return position as T;
  }
  // A spread keeps the keys' order (and a session's box of facts, a symbol property, which the copies share).
  const copy = { ...value } as Record<string, unknown>;
  for (const key in copy) {
    if (key === 'entry' || key === 'block') continue;
    const item = copy[key];
    if (typeof item === 'object' && item !== null) copy[key] = moved(item, lines, columns);
  }
  return copy as T;
}

/** The template's reading moved to a statement starting at `at`, as a day cache entry (no block), or undefined when it cannot move. */
function movedDay(template: DayTemplate, at: Position): CachedDay | undefined {
  const line = template.at.line;
  template.movable ??=
    movable({ ...template.entry, sessions: template.sessions }, line, template.entry, 0) &&
    movable(template.parseErrors, line, template.entry, 1) &&
    movable(template.modelErrors, line, template.entry, 1) &&
    movable(template.errorRange, line, template.entry, 1);
  if (!template.movable) return undefined;
  const lines = at.line - line;
  const columns = at.column - template.at.column;
  movedFrom.fill(undefined);
  const entry = moved({ ...template.entry, block: undefined as unknown as WeekBlock, sessions: template.sessions as Session[] }, lines, columns);
  const sessions = entry.sessions;
  for (let i = 0; i < sessions.length; i++) sessions[i]!.entry = entry;
  return {
    entry,
    parseErrors: template.parseErrors.length === 0 ? template.parseErrors : moved(template.parseErrors, lines, columns),
    modelErrors: template.modelErrors.length === 0 ? template.modelErrors : moved(template.modelErrors, lines, columns),
    errorRange: template.errorRange && moved(template.errorRange, lines, columns),
  };
}

/**
 * `Mon: lift, Tue: run 3 mi`, `Mon: lift / Tue: run`, `Mon: lift. Tue: run`, `Mon: lift   Tue: run`: a weekday and its
 * `:` after a day line's label and sessions on the same line start another day. They were an error, and the second
 * day's sessions were read as the first day's: now the second day is its own statement (its separator reads as `;`),
 * with a warning and the fix that writes the `;`. Not inside parentheses, and not before the line's first `:` (`Day 6 –
 * Saturday:`, `Week 2, Monday:` are one label). The tokens, a copy when one is found; one pass. Such a line is never kept
 * whole (`lineDays`): its warning is said here, not by its statements, so a line taken from the cache would lose it.
 */
function dayAfterDay(tokens: IToken[], source: SourceText, errors: SyntaxIssue[], lineDays: Map<number, string[] | false> | undefined): IToken[] {
  let copy: IToken[] | undefined;
  // The `;` of no width each day written without a separator takes, by the index of the day's token.
  let inserted: Map<number, IToken> | undefined;
  let depth = 0;
  let colonSeen = false;
  let lineStartsWithDay = false;
  let atLineStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    const type = token.tokenType;
    if (type === Newline || type === Semicolon) {
      depth = 0;
      colonSeen = false;
      atLineStart = true;
      lineStartsWithDay = false;
      continue;
    }
    if (atLineStart) {
      lineStartsWithDay = type === DayName;
      atLineStart = false;
      // `Monday – Lift / Tuesday – Run`: a dash after the line's first day is its label's `:`.
      if (lineStartsWithDay && tokens[i + 1]?.tokenType === Dash && tokens[i + 2] !== undefined && tokens[i + 2]!.tokenType !== DayName) colonSeen = true;
      continue;
    }
    // Not inside an aside nor an exercise list (`Mon: squat [Tue: bench]` was the list's words, not Tue's day).
    if (token.image === '(' || type === LBracket) depth++;
    else if ((token.image === ')' || type === RBracket) && depth > 0) depth--;
    // A day's dash label after a separator (`…, Tue - run`, `… / Tuesday – Run`), as its `:`.
    const dashLabel = type === Dash && i >= 2 && tokens[i + 1] !== undefined && tokens[i + 1]!.tokenType !== DayName && tokens[i + 1]!.tokenType !== Dash && tokens[i - 2]!.tokenType !== Dash && separatesDays(tokens[i - 2]!);
    if ((type === Colon || dashLabel) && depth === 0) {
      // The day just before the mark, or before its am or pm (`Mon: lift, Tue am: run`: the run was Monday's).
      const at = tokens[i - 1]?.tokenType === DayName ? i - 1 : type === Colon && tokens[i - 1]?.tokenType === AmPm && tokens[i - 2]?.tokenType === DayName ? i - 2 : -1;
      if (colonSeen && lineStartsWithDay && at >= 1) {
        const day = tokens[at] as IToken;
        const before = tokens[at - 1] as IToken;
        const separator = separatesDays(before);
        const out = (copy ??= tokens.slice());
        const dayRange = source.rangeBetween(day, token);
        let fixRange: Range;
        if (separator) {
          out[at - 1] = { ...before, tokenType: Semicolon, tokenTypeIdx: Semicolon.tokenTypeIdx as number };
          fixRange = source.rangeOf(before);
        } else {
          fixRange = { start: dayRange.start, end: dayRange.start };
        }
        lineDays?.set(dayRange.start.line, false);
        errors.push({
          message: `'${type === Colon ? source.text.slice(day.startOffset, tokenEnd(token)) : day.image}' starts another day — read as its own day; separate days with ';' or a new line`,
          range: dayRange,
          severity: 'warning',
          fixes: [{ title: `Write ';' before '${day.image}'`, edits: [{ range: fixRange, newText: separator ? ';' : '; ' }], preferred: true }],
        });
        if (!separator) {
          // A `;` of no width before the day, where none is written (`Mon: lift   Tue: run`).
          // Put in once all are found: a copy of the tokens at each was quadratic on a long line of days.
          const semicolon: IToken = { ...day, tokenType: Semicolon, tokenTypeIdx: Semicolon.tokenTypeIdx as number, image: '', endOffset: day.startOffset - 1 };
          (inserted ??= new Map()).set(at, semicolon);
        }
      }
      colonSeen = true;
    }
  }
  if (inserted !== undefined && copy !== undefined) {
    const out: IToken[] = [];
    for (let k = 0; k < copy.length; k++) {
      const semicolon = inserted.get(k);
      if (semicolon !== undefined) out.push(semicolon);
      out.push(copy[k] as IToken);
    }
    return out;
  }
  return copy ?? tokens;
}

/** A mark written between two days on one line (`,`, a dash, `/`, `.`): `dayAfterDay` reads it as the `;`. */
function separatesDays(token: IToken): boolean {
  return token.tokenType === Comma || token.tokenType === Dash || (token.tokenType === Other && (token.image === '/' || token.image === '.'));
}

function parseStatements(
  tokens: IToken[],
  source: SourceText,
  errors: SyntaxIssue[],
  builder: ModelBuilder,
  vocabulary: Vocabulary,
  days: DayCache | undefined,
  lineDays: Map<number, string[] | false> | undefined,
): void {
  tokens = dayAfterDay(tokens, source, errors, lineDays);
  let start = 0;
  let depth = 0;
  let scanned = -1;
  let closes = false;
  // The statement before was a day line for some weeks (`Monday: Weeks 1, 4, 7: ACFT`).
  let afterWeeksDay = false;
  // The statement being read goes on over lines below its first (a day's list), and the list marks left out of it.
  let continued = false;
  let marks: Set<IToken> | undefined;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token !== undefined && token.tokenType === Other) {
      if (token.image === '(') depth++;
      else if (token.image === ')' && depth > 0) depth--;
    }
    // `(higher reps 8x, 70% max; glutes, calves, quads, core)`: a `;` inside an aside is its prose, not a new day.
    if (token !== undefined && token.tokenType === Semicolon && depth > 0 && i > scanned) {
      // Where the next `)` (or the line's end) is, looked for once for all the `;` before it.
      scanned = nextCloseOrLineEnd(tokens, i);
      closes = tokens[scanned]?.tokenType === Other;
    }
    if (token !== undefined && token.tokenType === Semicolon && depth > 0 && closes) {
      tokens[i] = { ...token, tokenType: Other, tokenTypeIdx: Other.tokenTypeIdx as number };
      continue;
    }
    if (token !== undefined && token.tokenType !== Newline && token.tokenType !== Semicolon) continue;
    // `Monday: Warm up; 5-mile run; 4x150 yds strideouts; cool down.`: a `;` in a day line before words that start no
    // statement lists the day's parts, as a comma does (a new session after it gets the comma's '+' warning).
    if (token !== undefined && token.tokenType === Semicolon && depth === 0 && semicolonInDay(tokens, start, i, vocabulary, source)) {
      tokens[i] = { ...token, tokenType: Comma, tokenTypeIdx: Comma.tokenTypeIdx as number };
      continue;
    }
    // `Monday: Strength` then `- Back squat 5x5` on the next line: a list item (or an indented line) that starts no
    // statement goes on with the day line above (see `continuationAt`): the line break reads as a comma, the mark is
    // left out of the statement's tokens.
    if (token !== undefined && token.tokenType === Newline && i > start) {
      const from = continuationAt(tokens, start, i, source.text, vocabulary, continued ? undefined : source, continued);
      if (from > 0) {
        // After `:`, `+`, `,` or `[` (`Wednesday:` with its sessions below, `gym +`) the line break is only layout.
        const before = tokens[i - 1] as IToken;
        const layout = before.tokenType === Colon || before.tokenType === Plus || before.tokenType === Comma || before.tokenType === LBracket;
        if (layout) (marks ??= new Set()).add(token);
        else tokens[i] = { ...token, tokenType: Comma, tokenTypeIdx: Comma.tokenTypeIdx as number };
        for (let j = i + 1; j < from; j++) (marks ??= new Set()).add(tokens[j] as IToken);
        // The item's line is never kept whole (a `; Tue: …` after the item would be taken without the item).
        lineDays?.set(source.rangeOf(tokens[from] as IToken).start.line, false);
        continued = true;
        depth = 0;
        continue;
      }
    }
    depth = 0;
    // `Week 1 Day 1: …`, `Week 2, Monday: …`: a week and a day on one line, as strength programmes number their days.
    // The week starts (unless it is the week being read) and the rest of the line is the day.
    const dayAfterWeek = i > start && !continued ? weekThenDay(tokens, start, i) : -1;
    if (dayAfterWeek > 0) {
      const week = Number((tokens[start + 1] as IToken).image);
      if (builder.currentWeek() !== week) builder.add(parseStatement(tokens.slice(start, start + 2), source, errors, vocabulary));
      if (lineDays !== undefined) lineDays.set(source.rangeOf(tokens[start] as IToken).start.line, false);
      start = dayAfterWeek;
    }
    // `Monday (week 2): …`: the week in the day label's parentheses starts that week, as `Week 2, Monday:` does.
    const labelWeek = i > start && !continued ? labelWeekAt(tokens, start, i) : undefined;
    if (labelWeek) {
      if (builder.currentWeek() !== Number(labelWeek.number.image)) builder.add(parseStatement([labelWeek.week, labelWeek.number], source, errors, vocabulary));
      if (lineDays !== undefined) lineDays.set(source.rangeOf(tokens[start] as IToken).start.line, false);
    }
    if (i > start) {
      const first = tokens[start];
      let statementTokens = tokens.slice(start, i);
      if (continued && marks !== undefined) statementTokens = statementTokens.filter((t) => !(marks as Set<IToken>).has(t));
      // `| Mon | Squat 5x5 | Easy run 30 min |`, `| 1 | Rest | 3 mi run | …`: a row of a table typed as a week (see
      // `tableRow`): its statements, read without the day cache (a row's reading may depend on the table's header).
      const bordered = isBar(first);
      if (bordered || tableLine(statementTokens)) {
        // Without its outer border (`Mon | Squat 5x5 | …`, `1 | Rest | …`), a row reads as with it.
        const rowTokens = bordered ? statementTokens : [retyped(first, Other, '|'), ...statementTokens];
        const row = tableRow(rowTokens, separatorRowAfter(tokens, i), builder.tableColumns);
        if (row.columns !== undefined) builder.tableColumns = row.columns;
        if (lineDays !== undefined) lineDays.set(source.rangeOf(first).start.line, false);
        const separator = start > 0 ? tokens[start - 1] : undefined;
        for (const rowTokens of row.statements) builder.add(parseStatement(rowTokens, source, errors, vocabulary, separator?.tokenType === Semicolon ? separator : undefined));
        start = i + 1;
        continued = false;
        continue;
      }
      builder.tableColumns = undefined;
      let key: string | undefined;
      let line = -1;
      // A day line, also one written as a list item (`- Mon: gym`): kept in the day cache, and its text in this parse's
      // (see DayTemplate).
      const label = dayLabelAt(tokens, start, i);
      let textKey: string | undefined;
      let at: Position | undefined;
      if (label !== undefined && (label.tokenType === DayName || label.tokenType === DayKw)) {
        const end = tokenEnd(tokens[i - 1]);
        at = source.rangeOf(first).start;
        line = at.line;
        if (end - first.startOffset <= CACHED_LINE_LENGTH) {
          const written = source.text.slice(first.startOffset, end);
          // One line only, and after a `;` or not (a fix that splits the line writes the days with `; ` or line breaks).
          if (!continued && written.indexOf('\n') === -1 && written.indexOf('\r') === -1) textKey = (start > 0 && tokens[start - 1].tokenType === Semicolon ? ';' : '\n') + written;
          if (days !== undefined) key = `${at.line}:${at.column}:${written}`;
        }
      }
      // After `Week 1` on its line the day is never kept (its entry says so: `DayEntry.afterWeek`).
      if (dayAfterWeek > 0) {
        key = undefined;
        textKey = undefined;
      }
      if (days !== undefined && key !== undefined) {
        const cached = days.current.get(key) ?? days.previous.get(key);
        if (cached) {
          afterWeeksDay = weeksPrefixEnd(statementTokens, firstColon(statementTokens) + 1) > 0;
          days.current.set(key, cached);
          for (const error of cached.parseErrors) errors.push(error);
          builder.add({ tokens: statementTokens, cached, errorRange: cached.errorRange });
          // A day written over several lines is never kept as a whole line: its first line alone does not say it.
          if (continued) lineDays?.set(line, false);
          else noteLineDay(lineDays, line, key);
          start = i + 1;
          continued = false;
          continue;
        }
      } else if (lineDays !== undefined) line = source.rangeOf(first).start.line;
      const separator = start > 0 ? tokens[start - 1] : undefined;
      // `Monday: Weeks 1, 4, 7: ACFT; Weeks 2-3 and 5-6: Dead Lifts, …`: after a day line for some weeks, a `;` and
      // the same day for other weeks is its alternative, kept in the text and not read (language-decisions.md, "A day
      // written for some weeks"). A line of its own that starts so (`Weeks 2-3`) keeps its error.
      const alternative = separator?.tokenType === Semicolon && weeksPrefixEnd(statementTokens, 0) > 0;
      if (alternative && afterWeeksDay) {
        if (lineDays !== undefined) lineDays.set(line, false);
        start = i + 1;
        continued = false;
        continue;
      }
      afterWeeksDay = (first.tokenType === DayName || first.tokenType === DayKw) && weeksPrefixEnd(statementTokens, firstColon(statementTokens) + 1) > 0;
      // The same words read before in this parse, elsewhere: their reading moved here (see DayTemplate).
      const template = textKey !== undefined ? builder.template(textKey) : undefined;
      const elsewhere = template !== undefined && at !== undefined ? movedDay(template, at) : undefined;
      if (elsewhere !== undefined) {
        for (const error of elsewhere.parseErrors) errors.push(error);
        // With the day cache, kept in it as a line read now is (the moved copy shares the kept copy's box of facts,
        // as every copy of a kept line does); without it, the moved copy is the plan's entry.
        if (key !== undefined && days !== undefined) {
          days.current.set(key, elsewhere);
          noteLineDay(lineDays, line, key);
        } else if (lineDays !== undefined) lineDays.set(line, false);
        builder.add({ tokens: statementTokens, cached: elsewhere, errorRange: elsewhere.errorRange, adopt: days === undefined });
        start = i + 1;
        continued = false;
        continue;
      }
      const before = errors.length;
      const parsed = parseStatement(statementTokens, source, errors, vocabulary, separator?.tokenType === Semicolon ? separator : undefined);
      if (dayAfterWeek > 0) parsed.afterWeek = true;
      if (textKey !== undefined && at !== undefined && parsed.statement?.type === 'day' && parsed.alsoDays === undefined) {
        parsed.textKey = textKey;
        parsed.textAt = at;
        parsed.parseErrors = errors.slice(before);
      }
      // `Mon, Wed, Fri: …` is never kept: its copies for the other days are made by the builder.
      if (parsed.alsoDays !== undefined) {
        if (lineDays !== undefined) lineDays.set(line, false);
      } else if (key !== undefined && parsed.statement?.type === 'day') {
        parsed.key = key;
        parsed.parseErrors = errors.slice(before);
        if (continued) lineDays?.set(line, false);
        else noteLineDay(lineDays, line, key);
      } else if (lineDays !== undefined) lineDays.set(line, false);
      builder.add(parsed);
    }
    start = i + 1;
    continued = false;
  }
}

/** Words of a table's header cell: a row that starts with one of these names the columns (`| Day | Workout |`). */
const HEADER_WORDS: ReadonlySet<string> = new Set(['day', 'days', 'weekday', 'week', 'weeks', 'date', 'session', 'sessions', 'workout', 'workouts', 'training', 'focus']);

/** True when the token is a table's cell border `|`. */
function isBar(token: IToken | undefined): boolean {
  return token !== undefined && token.tokenType === Other && token.image === '|';
}

/** True when the line after the line break (or the end) at `index` is a table's separator row (`|---|:---|`). */
function separatorRowAfter(tokens: readonly IToken[], index: number): boolean {
  const newline = tokens[index];
  if (newline === undefined || newline.tokenType !== Newline) return false;
  let end = index + 1;
  while (end < tokens.length && tokens[end]!.tokenType !== Newline) end++;
  return separatorRow(tokens, index + 1, end);
}

/** True when the tokens from `from` to `to` are a table's separator row: dashes, colons and at least one border (`|---|:---:|`, `---|---`). */
function separatorRow(tokens: readonly IToken[], from: number, to: number): boolean {
  let dashes = 0;
  let bars = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as IToken;
    if (token.tokenType === Dash) dashes++;
    else if (isBar(token)) bars++;
    else if (token.tokenType !== Colon) return false;
  }
  return dashes > 0 && bars > 0;
}

/**
 * True when a statement that starts with no border is a table's row written without its outer border (GitHub's
 * tables): a separator row (`---|---`), or a first cell that is a day (`Mon`, `Mon am`, `Day 3`), a week's number (`2`)
 * or a header word (`Week`, `Day`) before a border (`Mon | Squat 5x5 | …`, `1 | Rest | 3 mi run | …`).
 */
function tableLine(tokens: readonly IToken[]): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  if (first.tokenType === Dash || first.tokenType === Colon) return separatorRow(tokens, 0, tokens.length);
  // Not a week (`Week 2 | …`, `W2 | …`): a row of weeks is read by the header above it, and a line that starts with a
  // letter may be read apart from the lines above it (the lexer's chunks, `mayContinue`); with its border it reads.
  let at = 1;
  if (first.tokenType === DayName) at = tokens[1]?.tokenType === AmPm ? 2 : 1;
  else if (first.tokenType === DayKw) at = tokens[1]?.tokenType === Quantity ? 2 : 1;
  else if (first.tokenType === Quantity) {
    if (!/^\d+$/.test(first.image)) return false;
  } else if (!(tokenMatcher(first, Word) && HEADER_WORDS.has(first.image.toLowerCase()))) return false;
  return isBar(tokens[at]);
}

/** A table row's statements (none for a separator, a header or an empty row), and the weekdays of its columns when it is a header naming them. */
interface TableRow {
  statements: IToken[][];
  columns?: (Weekday | undefined)[];
}

/** The border before a cell of a table of weeks as rows, read as the day of its column (`tableRow`). */
interface ColumnDay extends IToken {
  columnDay: Weekday;
}

/** A copy of `token` read as another token type, with another image; its place in the text is kept. */
function retyped(token: IToken, type: TokenType, image: string): IToken {
  return { ...token, tokenType: type, tokenTypeIdx: type.tokenTypeIdx as number, image };
}

/** A cell's tokens without markdown bold or italics (`**Mon**`, `*Week 1*`). */
function cellWords(cell: readonly IToken[]): IToken[] {
  return cell.filter((token) => !(token.tokenType === Other && token.image === '*'));
}

/** True when a cell holds nothing to read: empty, or only dashes (`| - |`). */
function emptyCell(cell: readonly IToken[]): boolean {
  return cell.every((token) => token.tokenType === Dash);
}

const WEEK_CELL = /^(?:w|wk|week)(\d+)$/i;

/**
 * A row of a markdown table typed as a week (language-decisions.md, "Tables, S&C and ladders"). **Days as rows**: `|
 * Mon | Squat 5x5 | Easy run 30 min |` reads as `Mon: Squat 5x5, Easy run 30 min` — the first cell is the day (or
 * `Day N`, or `Week N` with the other cells its label), the border after it its `:`, and each border between two cells a
 * line break of a day written as a list: a cell that names a session of another kind is the day's next session, more
 * of the same goes on with it (`| Mon | Squat 5x5 | Bench 5x5 |` is one lift). **Weeks as rows**: after a header row
 * that names weekdays (`| Week | Mon | Tue | … |`), a row whose first cell is the week (`1`, `Week 1`, `W1`) is that
 * week's header and each cell the day of its column (`| 1 | Rest | 3 mi run | … |`). Empty cells and cells of only a
 * dash are left out; markdown bold around a cell's words too. No statement: a separator row (`|---|---|`), a header
 * row (the row above a separator, or one whose first cell is `Day`, `Week`, `Session` … without a number) and a day's
 * row with nothing in its other cells. Any other row is returned as written (and keeps its error). The tokens are
 * copies; the text keeps what was written.
 */
function tableRow(tokens: readonly IToken[], headerAbove: boolean, columns: readonly (Weekday | undefined)[] | undefined): TableRow {
  const cells: IToken[][] = [[]];
  const bars: IToken[] = [tokens[0] as IToken];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    if (isBar(token)) {
      bars.push(token);
      cells.push([]);
    } else (cells[cells.length - 1] as IToken[]).push(token);
  }
  // The border after the last cell closes the row (`| Mon | gym |`): no cell after it.
  if (cells.length > 1 && (cells[cells.length - 1] as IToken[]).length === 0) cells.pop();
  if (cells.every((cell) => cell.every((token) => token.tokenType === Dash || token.tokenType === Colon))) return { statements: [] };
  // A header naming weekdays (`| Week | Mon | Tue | … |`, `| | Monday | Tuesday |`): the weekday of each column.
  const named = cells.map((cell) => {
    const words = cellWords(cell);
    return words.length === 1 && words[0]!.tokenType === DayName ? weekdayOf(words[0] as IToken) : undefined;
  });
  if (named.slice(1).filter((day) => day !== undefined).length >= 2 && cells.slice(1).every((cell, k) => named[k + 1] !== undefined || emptyCell(cell))) {
    return { statements: [], columns: named };
  }
  if (headerAbove) return { statements: [] };
  const firstCell = cellWords(cells[0] as IToken[]);
  const label = firstCell[0];
  if (label === undefined) return { statements: [[...tokens]] };
  const numbered = firstCell[1]?.tokenType === Quantity;
  if (firstCell.length === 1 && tokenMatcher(label, Word) && HEADER_WORDS.has(label.image.toLowerCase())) return { statements: [] };
  // Weeks as rows, under a header that named the days: the week, then each column's day.
  if (columns !== undefined && columns[0] === undefined) {
    let week: IToken[] | undefined;
    const short = firstCell.length === 1 ? WEEK_CELL.exec(label.image) : null;
    if (firstCell.length === 1 && label.tokenType === Quantity && /^\d+$/.test(label.image)) week = [retyped(bars[0] as IToken, WeekKw, 'week'), label];
    else if (short) week = [retyped(bars[0] as IToken, WeekKw, 'week'), retyped(label, Quantity, short[1] as string)];
    else if (label.tokenType === WeekKw && numbered) week = firstCell;
    if (week !== undefined) {
      const statements: IToken[][] = [week];
      cells.forEach((cell, k) => {
        const day = columns[k];
        if (k === 0 || day === undefined || emptyCell(cell)) return;
        const bar = bars[k] as IToken;
        // The border before the cell stands for the column's day (its weekday kept on the token, `weekdayOf`).
        const label: ColumnDay = { ...retyped(bar, DayName, '|'), columnDay: day };
        statements.push([label, asColon(bar), ...cellWords(cell)]);
      });
      return { statements };
    }
  }
  const dayCell = label.tokenType === DayName || (label.tokenType === DayKw && numbered);
  const weekCell = label.tokenType === WeekKw && numbered;
  if (!dayCell && !weekCell) return { statements: [[...tokens]] };
  // The later cells with something in them, by their index (the border before cell k is bars[k]).
  const rest: number[] = [];
  for (let k = 1; k < cells.length; k++) if (!emptyCell(cells[k] as IToken[])) rest.push(k);
  if (rest.length === 0) return { statements: dayCell ? [] : [firstCell] };
  const out: IToken[] = [...firstCell, asColon(bars[1] as IToken)];
  for (let n = 0; n < rest.length; n++) {
    const k = rest[n] as number;
    // The border before each later cell: a comma that reads as a list's line break (no '+' warning, see splitSessions).
    if (n > 0) out.push(retyped(bars[k] as IToken, Comma, '|'));
    for (const token of cells[k] as IToken[]) out.push(token);
  }
  return { statements: [out] };
}

/** A list item's mark at the start of a line under a day (`- Back squat 5x5`, `* RDL 3x8`, `• plank`, `1. squat`): how many tokens it is, or 0. */
function itemMarkLength(tokens: readonly IToken[], at: number): number {
  const token = tokens[at];
  if (token === undefined) return 0;
  if (token.tokenType === Dash || (token.tokenType === Other && LIST_MARKS.has(token.image))) return 1;
  const next = tokens[at + 1];
  if (token.tokenType === Quantity && /^\d{1,2}$/.test(token.image) && next?.tokenType === Other && (next.image === '.' || next.image === ')')) return 2;
  return 0;
}

/**
 * Where the line after the line break at `index` goes on with the day statement that starts at `start`, or -1: the
 * statement is a day's (`Monday: Strength`, `- Mon: gym`, a dated label), and the next line (right below, not after a
 * blank or a comment line) is a list item (`- Back squat 5x5`, `* RDL 3x8`, `• plank`, `1. squat 5x5`) or indented (two
 * spaces or more, or a tab) whose first word starts no statement — not a weekday, `Day N`, `week`, `goal`, a date, nor
 * a near miss of one that names no session (as after a `;`, `semicolonInDay`). The index returned is the line's first
 * token after its mark. Constant work per line break.
 */
/** A week header written short (`Week2`, `Wk 3` is a near miss of its own, `W2`). */
const SHORT_WEEK = /^(?:w|wk|week)\d+$/i;

function continuationAt(tokens: readonly IToken[], start: number, index: number, text: string, vocabulary: Vocabulary, source?: SourceText, continued = false): number {
  const newline = tokens[index] as IToken;
  const next = tokens[index + 1];
  if (next === undefined || next.tokenType === Newline) return -1;
  const lineStart = tokenEnd(newline);
  let at = index + 1 + itemMarkLength(tokens, index + 1);
  if (at === index + 1) {
    // Indented: two spaces or more, or a tab, before the line's first word (a single space is a slip of the keys).
    const indent = next.startOffset - lineStart;
    if (indent < 2 && !(indent === 1 && text.charCodeAt(lineStart) === 9)) return -1;
  } else {
    // `  - squat`: an indented mark is a mark too; `-` alone on its line is no item.
    const after = tokens[at];
    if (after === undefined || after.tokenType === Newline) return -1;
  }
  const first = tokens[start] as IToken;
  const label = dayLabelAt(tokens, start, index);
  const dayLine = label?.tokenType === DayName || label?.tokenType === DayKw || first.tokenType === DateLiteral || (tokenMatcher(first, Word) && MONTH.test(first.image));
  // `Strength - Monday` or `Weights: Mon, Thu` then `- Squat 5x5`: a session written before its days is a day's line too
  // (review12: its items were "Expected a weekday … not '-'"). Looked at at its first line break only (`continued`: the
  // statement already goes on below a day's line), so a long list reads each line once.
  if (!dayLine && !continued && !(source !== undefined && tokenMatcher(first, Word) && text.lastIndexOf('\n', newline.startOffset - 1) < first.startOffset && sessionBeforeDays(tokens.slice(start, index), source, vocabulary) !== undefined)) return -1;
  const word = tokens[at] as IToken;
  if (statementStarts.has(word.tokenType) || word.tokenType === DateLiteral || (tokenMatcher(word, Word) && MONTH.test(word.image))) return -1;
  // An item starts with a word or a number (`  ; Wed: swim`, `  (optional) …` are not items), is no week header
  // written short (`  Week2`, `  W2`), and is no label of its own: a `:` among its first words (`  Weekend: long run`,
  // `  Race day: 10k`, `  Notes: …`, `- 1/5: run 5k`) keeps the error rather than being read into the day above.
  if (!(tokenMatcher(word, Word) || word.tokenType === Quantity) || SHORT_WEEK.test(word.image)) return -1;
  for (let k = at + 1; k < at + 5 && k < tokens.length && tokens[k]!.tokenType !== Newline; k++) if (tokens[k]!.tokenType === Colon) return -1;
  if (startsSession(tokens.slice(at, at + 8), vocabulary)) return at;
  // `  Mnday: run`, `  Wek 3`: a near miss of a day label or a keyword, before a `:` or a bare number, keeps its
  // did-you-mean (`Squat 5x5`, `Plank 60s`, near `Sat` and `plan`, are items).
  const after = tokens[at + 1];
  const labelLike = after !== undefined && (after.tokenType === Colon || (after.tokenType === Quantity && /^\d+$/.test(after.image)));
  if (labelLike && tokenMatcher(word, Word) && (suggest(word.image, DAY_FORMS) !== undefined || suggest(word.image, STATEMENT_WORDS) !== undefined)) return -1;
  return at;
}

/**
 * True when the `;` at `index` goes on with the day statement that starts at `start`: the statement is a day's (a
 * weekday, `Day N`, or a dated label), and what follows the `;` on the line starts no statement — not a weekday, a
 * keyword, a date, nor a near miss of a weekday or a keyword that names no session (`Weeks 2-3 …` stays its own
 * statement with its did-you-mean). Constant work per `;`.
 */
function semicolonInDay(tokens: readonly IToken[], start: number, index: number, vocabulary: Vocabulary, source: SourceText): boolean {
  const first = tokens[start];
  const next = tokens[index + 1];
  if (first === undefined || next === undefined || next.tokenType === Newline || next.tokenType === Semicolon) return false;
  // (`M/W/F: AM run 3 mi; PM weights`: a list of days is a day label too, its `;` inside its days.)
  const dayLabel = first.tokenType === DayName || first.tokenType === DayKw || first.tokenType === DateLiteral || (tokenMatcher(first, Word) && MONTH.test(first.image)) || daysListAt(tokens, start);
  if (!dayLabel || statementStarts.has(next.tokenType) || next.tokenType === DateLiteral) return false;
  if (tokenMatcher(next, Word) && MONTH.test(next.image)) return false;
  // `Mon: gym; Tue/Thu: run 3 mi`, `…; M/W/F: weights`: a list of days after the `;` starts the next statement (it was
  // read as Monday's session "Tue/Thu: run 3 mi", and the canonical rewrite dropped its label).
  if (daysListAt(tokens, index + 1)) return false;
  // `Mon: run 3 mi; Weights: Tue, Thu`: a session written before its days (`sessionBeforeDays`) after the `;` starts the
  // next statement too, as it does at the line's start (review12: it was Monday's session "Weights: Tue, Thu").
  if (sessionBeforeDaysAfter(tokens, index, vocabulary, source)) return false;
  // `; run easy pm`: a session word (`run` is a near miss of `Sun`, and is still a run).
  if (startsSession(tokens.slice(index + 1, index + 9), vocabulary)) return true;
  return !(tokenMatcher(next, Word) && (suggest(next.image, DAY_FORMS) !== undefined || suggest(next.image, STATEMENT_WORDS) !== undefined));
}

/**
 * True when the piece after the `;` at `index` (to the next `;` or the line's end) is a session written before its
 * days with a `:` (`Weights: Tue, Thu`, `Long run: Sun`), as `sessionBeforeDays` reads it. Work up to the next `;`.
 */
function sessionBeforeDaysAfter(tokens: readonly IToken[], index: number, vocabulary: Vocabulary, source: SourceText): boolean {
  let end = index + 1;
  let colon = false;
  while (end < tokens.length && (tokens[end] as IToken).tokenType !== Semicolon && (tokens[end] as IToken).tokenType !== Newline) {
    if ((tokens[end] as IToken).tokenType === Colon) colon = true;
    end++;
  }
  return colon && sessionBeforeDays(tokens.slice(index + 1, end), source, vocabulary) !== undefined;
}

/**
 * True when the tokens from `from` are a list of two days or more up to a `:` (`Tue/Thu:`, `M/W/F:`, `Mon, Wed, Fri:`),
 * as `severalDays` reads them (a quick look: words of days and their separators only, within a label's length).
 */
function daysListAt(tokens: readonly IToken[], from: number): boolean {
  let days = 0;
  // `Every Tuesday:`, `On Tue/Thu:`: a word before the days makes one day a label too.
  const worded = DAY_LEAD_WORDS.has(tokens[from]?.image.toLowerCase() ?? '');
  for (let i = worded ? from + 1 : from; i < tokens.length && i < from + 16; i++) {
    const token = tokens[i] as IToken;
    if (token.tokenType === Colon) return days >= (worded ? 1 : 2);
    if (token.tokenType === Newline || token.tokenType === Semicolon) return false;
    if (token.tokenType === Comma || token.tokenType === Dash || token.image === '&' || token.image === '/' || token.image === '+' || token.image.toLowerCase() === 'and') continue;
    // `Tue/Thu am:`, `Tue/Thu (am):`, `Mon, Wed (1 hr):`: a time of day or an aside after the days, before the `:`.
    if (days > 0 && periodOfWord(token.image) !== undefined) continue;
    if (days > 0 && token.image === '(') {
      const close = nextCloseOrLineEnd(tokens, i);
      if (tokens[close]?.image !== ')' || tokens[close + 1]?.tokenType !== Colon) return false;
      i = close;
      continue;
    }
    for (const part of token.image.split(/[/&-]/)) {
      const named = daysOfListWord(part, { last: undefined, saturday: false }, true);
      if (named === undefined || named.length === 0) return false;
      days += named.length;
    }
  }
  return false;
}

/** The index of the first `)` after `index` on its line, else of the line's end (a newline, or past the last token). */
function nextCloseOrLineEnd(tokens: readonly IToken[], index: number): number {
  let i = index + 1;
  for (; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    if (token.tokenType === Newline || (token.tokenType === Other && token.image === ')')) return i;
  }
  return i;
}

/** Notes that `line` holds the day kept under `key` (unless it holds something else too: then it is not kept whole). */
function noteLineDay(lineDays: Map<number, string[] | false> | undefined, line: number, key: string): void {
  if (lineDays === undefined) return;
  const keys = lineDays.get(line);
  if (keys === undefined) lineDays.set(line, [key]);
  else if (keys !== false) keys.push(key);
}

function parseStatement(typed: IToken[], source: SourceText, errors: SyntaxIssue[], vocabulary: Vocabulary, semicolon?: IToken): ParsedStatement {
  let written = letterDay(withoutListMarker(typed));
  // `Wendesday: weights`, `Thrusday - run 3 mi`: a weekday misspelt before its `:` is that day (its line was lost).
  const misspelt = misspeltDay(written, source, vocabulary);
  if (misspelt) {
    errors.push(misspelt.issue);
    written = [misspelt.day, ...written.slice(1)];
  }
  // `Weights: Mon, Tue, Thu, Fri`, `Long run: Sunday`: the session named first, its days after it.
  const sessionFirst = sessionBeforeDays(written, source, vocabulary, semicolon);
  if (sessionFirst) {
    errors.push(sessionFirst.issue);
    const parsed = parseStatement(sessionFirst.tokens, source, errors, vocabulary, semicolon);
    if (parsed.statement?.type === 'day') {
      parsed.alsoDays = sessionFirst.days.slice(1);
      parsed.sessionFirst = true;
      parsed.range = source.rangeBetween(written[0] as IToken, written[written.length - 1] as IToken);
    }
    return parsed;
  }
  const several = severalDays(written, source, semicolon);
  if (several) {
    // `Mon, Wed, Fri: weights`: read as each of its days (the rules count every one), with the warning and the quick fix
    // that writes each day's line; the line is read as its first day, copied to the others by the builder.
    errors.push(several.issue);
    const parsed = parseStatement([several.label, ...(several.period ? [several.period] : []), ...(several.aside ?? []), ...written.slice(several.colon)], source, errors, vocabulary, semicolon);
    if (parsed.statement?.type === 'day') parsed.alsoDays = several.days.slice(1);
    return parsed;
  }
  const tokens = barsBetweenSessions(weeksOfDay(weekLabelInParentheses(weekNumberWord(dashAfterDay(dayInParentheses(dayLabelPunctuation(dateInDayLabel(written))), vocabulary)))));
  const first = tokens[0];
  if (!statementStarts.has(first.tokenType)) {
    const issue = unknownStatement(tokens, source, vocabulary, semicolon);
    errors.push(issue);
    return { tokens, errorRange: issue.range };
  }
  const double = doubleDay(tokens);
  const slashed = double ? double.tokens : slashedSessions(tokens, vocabulary) ?? tokens;
  const read = (from: IToken[]): ReturnType<typeof statementParser.read> => statementParser.read(hasParenthesis(from) || hasNumberPlus(from, vocabulary) ? plusInParentheses(from, vocabulary) : from);
  const { statement, error } = read(slashed);
  if (double && statement?.type === 'day') statement.double = double.word;
  if (!error) return { tokens, statement };
  // `Monday 5 mile easy run`, `Mon pm gym upper`: the ':' left out after the day. When the line reads cleanly with it,
  // it is a day line as written; else the error (and its quick fix "Add ':'") stands.
  const colon = error.message.startsWith('mismatch|') && error.message.endsWith('|day') ? withColonAfterDay(slashed) : undefined;
  if (colon) {
    const again = read(colon);
    if (!again.error) return { tokens, statement: again.statement };
  }
  const issue = describeParseError(error, tokens, source);
  errors.push(issue);
  return { tokens, statement, errorRange: issue.range };
}

/**
 * `Tue: run 3 mi | gym upper`, `Wed: Run - 3 miles easy | Weights - legs`: a `|` between two sessions of a day line is a
 * table's border or a typed separator, read as a table row's is (a list's line break: no '+' is missing). The gym after
 * it was dropped as prose. The tokens are a copy when one is changed; the text keeps what was written.
 */
function barsBetweenSessions(tokens: IToken[]): IToken[] {
  const first = tokens[0];
  if (first === undefined || !(first.tokenType === DayName || first.tokenType === DayKw)) return tokens;
  let copy: IToken[] | undefined;
  let colon = false;
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i] as IToken;
    if (token.tokenType === Colon) colon = true;
    else if (colon && isBar(token) && !isBar(tokens[i + 1]) && !isBar(tokens[i - 1]) && tokens[i - 1]?.tokenType !== Colon) {
      (copy ??= tokens.slice())[i] = retyped(token, Comma, '|');
    }
  }
  return copy ?? tokens;
}

/** Words that say a day holds two outings: `double`, `doubles`, `twice`. */
const DOUBLE_WORDS: ReadonlySet<string> = new Set(['double', 'doubles', 'twice']);

/**
 * `Wed: double – 70 min / 30 min`, `Thu: 2x: 10k + 8k`, `Tue: twice - 5 mi / 3 mi`: a day said to hold two outings,
 * then what each is, separated by `/` or `+`. The word (and its dash or colon) is left out, each `/` at the top level
 * becomes a `+`, and the statement keeps the word: its sessions are the day's morning and afternoon runs, not the parts
 * of one practice (`double` alone, or before anything else, stays as written).
 */
function doubleDay(tokens: readonly IToken[]): { tokens: IToken[]; word: IToken } | undefined {
  const colon = 1;
  if (tokens[colon]?.tokenType !== Colon) return undefined;
  const word = tokens[colon + 1];
  if (word === undefined) return undefined;
  // `Thu: 2 runs: 10 & 5`, `two runs - 8 / 4`: the number of outings said with what they are.
  const runs = /^(?:2|two)$/i.test(word.image) && /^(?:runs|outings|sessions)$/i.test(tokens[colon + 2]?.image ?? '');
  if (!(runs || DOUBLE_WORDS.has(wordOf(word.image)) || /^2x$/i.test(word.image))) return undefined;
  let from = runs ? colon + 3 : colon + 2;
  if (tokens[from]?.tokenType === Dash || tokens[from]?.tokenType === Colon) from++;
  const rest = tokens.slice(from);
  let separators = 0;
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] as IToken;
    if (token.image === '(' || token.tokenType === LBracket) depth++;
    else if (token.image === ')' || token.tokenType === RBracket) depth = Math.max(0, depth - 1);
    else if (depth === 0 && token.image === '/' && i > 0 && i < rest.length - 1 && token.startOffset > tokenEnd(rest[i - 1] as IToken)) {
      rest[i] = retyped(token, Plus, '/');
      separators++;
    } else if (depth === 0 && token.tokenType === Plus) separators++;
    else if (depth === 0 && (token.image === '&' || wordOf(token.image) === 'and') && i > 0 && i < rest.length - 1) {
      // `double: 10 & 5`, `2 runs: 8 and 4`: `&` joins the two outings as `+` does.
      rest[i] = retyped(token, Plus, token.image);
      separators++;
    }
  }
  if (separators !== 1) return undefined;
  return { tokens: [...tokens.slice(0, colon + 1), ...rest], word };
}

/** Words before a label's days: `Every Monday:`, `On Tue/Thu:`, `Each Sat:`. */
const DAY_LEAD_WORDS: ReadonlySet<string> = new Set(['every', 'each', 'on']);
/** A day named in the plural (`Mondays`, `Wednesdays`): what a plan does on that day every week. */
const PLURAL_DAY = /^[a-z]{3,6}days$/i;

/** The time of day a word after a label's days names (`am`, `pm`, `morning`, `evenings`), or undefined. */
function periodOfWord(image: string): 'am' | 'pm' | undefined {
  const word = image.toLowerCase().replace(/s$/, '');
  return word === 'am' || word === 'pm' ? word : PERIOD_WORDS.get(word);
}

/** `M:`, `T:`, `W:`, `F:`, `S:`: a capital letter that, as a day line's label, is a weekday (`weekdayOf`). */
const DAY_LETTER = /^[MTWFS]$/;

/**
 * True when the `:` of a label comes right after its day at `tokens[day]` (`Every Monday:`), or after the day's time of
 * day or aside (`Every Monday morning:`, `Each Monday (upper body):`, review11b; `Tuesdays (1 hr):`), as after a day alone.
 */
function labelColonAfterDay(tokens: readonly IToken[], day = 1): boolean {
  const next = tokens[day + 1];
  if (next === undefined) return false;
  if (next.tokenType === Colon) return true;
  if (tokens[day + 2]?.tokenType === Colon) return periodOfWord(next.image) !== undefined;
  if (next.image !== '(') return false;
  for (let i = day + 2; i < tokens.length && i < day + 11; i++) {
    const token = tokens[i] as IToken;
    if (token.image === ')') return tokens[i + 1]?.tokenType === Colon;
    if (token.image === '(' || token.tokenType === Colon || token.tokenType === Newline || token.tokenType === Semicolon) return false;
  }
  return false;
}

/**
 * `M: run 5 mi`, `T: …`, `W: …`, `Th: …`, `F: …`, `S: …`, `Su: …`: a plan that labels its days by letters, as a
 * calendar's head does. A capital letter before the `:` that starts a statement is read as its weekday: `T` is Tuesday
 * (`Th` Thursday) and `S` Saturday (`Su` Sunday), as `Tu`/`Th` and `Sa`/`Su` already were. Nowhere else is a letter a
 * weekday (`400 m`, `A: squat` stay as they are). The tokens are a copy.
 */
function letterDay(tokens: IToken[]): IToken[] {
  const first = tokens[0];
  // Most statements start with their weekday: nothing to do.
  if (first === undefined || first.tokenType === DayName) return tokens;
  // `Every Monday: gym`, `On Tuesdays: run`: a word before one day's label (a list of days takes it in severalDays).
  if (first.image.length <= 5) {
    const lead = first.image.toLowerCase();
    if (DAY_LEAD_WORDS.has(lead) && labelColonAfterDay(tokens) && tokens[1] !== undefined && (tokens[1].tokenType === DayName || PLURAL_DAY.test(tokens[1].image))) {
      return letterDay(tokens.slice(1));
    }
  }
  // `Mondays: weights`, `Tuesdays (1 hr):`, `Thursdays am:`: what a plan does on that day every week.
  if (first.tokenType === Word && PLURAL_DAY.test(first.image) && weekdayOfWord(first.image) !== undefined && labelColonAfterDay(tokens, 0)) {
    return [retyped(first, DayName, first.image), ...tokens.slice(1)];
  }
  if (tokens[1]?.tokenType !== Colon) return tokens;
  if (!DAY_LETTER.test(first.image)) return tokens;
  return [retyped(first, DayName, first.image), ...tokens.slice(1)];
}

/** A weekday written out in a list of days (`Tue/Thu`, `Mon-Fri`): three letters or the whole name. */
const DAY_WORD = /^(mon(?:day)?|tue(?:sday|s)?|wed(?:nesday|s)?|thu(?:rsday|rs|r)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;

/** The weekday of a written-out day name (as a DayName token's, from its first two letters), or undefined. */
function weekdayOfWord(word: string): Weekday | undefined {
  // `Mondays and Wednesdays: weights`: a day said as what happens on it every week.
  const day = word.length > 4 && /days$/i.test(word) ? word.slice(0, -1) : word;
  return DAY_WORD.test(day) ? weekdayOf({ image: day } as IToken) : undefined;
}

/** Where the days of a label of several days end (`Mon, Wed, Fri (1 hr):` → after `Fri`): its token's image is `Mon`. */
interface LabelEnd {
  labelEnd?: number;
}

/** A weekday's letters in a list of days (`M/W/F`, `T/Th`, `M-F`, `Tu/Th`, `S/Su`; `R` is Thursday on US timetables). */
const LETTER_DAYS: Readonly<Record<string, Weekday>> = { m: 0, t: 1, tu: 1, w: 2, th: 3, r: 3, f: 4, s: 5, sa: 5, su: 6 };
/** `MWF`, `TTh`, `TuTh`, `TR`, `MTWThF`: a list of days written as their letters run together (capitals, as timetables do). */
const LETTERS_TOGETHER = /^(?:Th|Tu|Sa|Su|[MTWRFS])(?:Th|Tu|Sa|Su|[MTWRFS])+$/;
const LETTER_PIECE = /Th|Tu|Sa|Su|[MTWRFS]/g;
/**
 * Two capitals run together are days only as timetables pair them (`MW`, `TR`): others are a label's abbreviation
 * (`SS:` a superset, `FS:` front squats, `WR:`, `MS:`), as they were before lists of letters were read.
 */
const TWO_LETTER_DAYS: ReadonlySet<string> = new Set(['MW', 'TR']);
/** `Weekdays:`, `Weekends:`, `Daily:`, `Everyday:`: a word that names days of the week. */
const DAYS_OF_WORD: Readonly<Record<string, readonly Weekday[]>> = {
  weekdays: [0, 1, 2, 3, 4],
  weekends: [5, 6],
  weekend: [5, 6],
  daily: [0, 1, 2, 3, 4, 5, 6],
  everyday: [0, 1, 2, 3, 4, 5, 6],
};
/** `Mon thru Fri`, `Monday through Thursday`, `Mon to Fri`: words between the ends of a range of days. */
const DAY_RANGE_WORDS: ReadonlySet<string> = new Set(['thru', 'through', 'to', 'till', 'until']);

/**
 * The weekdays one word of a list of days names (`Mon`, `Mondays`, `M`, `Th`, `MWF`), in order, or undefined. A letter
 * `T` after a Wednesday is Thursday (`MTWTF`), an `S` after a Saturday Sunday (`S/S`); `letters` allows lone letters
 * (in a list of days, never a label's only word: `A: squat`, `400 m` stay as they are).
 */
function daysOfListWord(word: string, before: ListSoFar, letters: boolean): Weekday[] | undefined {
  const day = weekdayOfWord(word) ?? (/^(?:mo|tu|we|th|fr|sa|su)$/i.test(word) ? weekdayOf({ image: word } as IToken) : undefined);
  if (day !== undefined) return [day];
  const lower = word.toLowerCase();
  const named = DAYS_OF_WORD[lower];
  if (named !== undefined) return [...named];
  const together = LETTERS_TOGETHER.test(word) && (word.length > 2 || TWO_LETTER_DAYS.has(word));
  if (!letters && !together) return undefined;
  const pieces = together ? (word.match(LETTER_PIECE) as string[]) : LETTER_DAYS[lower] !== undefined ? [word] : undefined;
  if (pieces === undefined) return undefined;
  const days: Weekday[] = [];
  for (const piece of pieces) {
    let letter = LETTER_DAYS[piece.toLowerCase()] as Weekday;
    const last = days.length > 0 ? days[days.length - 1] : before.last;
    if (piece.toLowerCase() === 't' && last !== undefined && last >= 2) letter = 3;
    if (piece.toLowerCase() === 's' && (before.saturday || days.includes(5))) letter = 6;
    // `MWF`, `TTh` list days in order: `FR` is Friday's abbreviation, not Friday and Thursday.
    if (pieces.length > 1 && days.length > 0 && letter <= (days[days.length - 1] as Weekday)) return undefined;
    days.push(letter);
  }
  return days;
}

/**
 * What a list of days has named before a word, as `daysOfListWord` asks it: its last day and whether it has named a
 * Saturday (not a copy of the list: a label of 20,000 letters stays linear).
 */
interface ListSoFar {
  last: Weekday | undefined;
  saturday: boolean;
}

/** The days from `from` to `to` (`Mon-Fri`; `Sat-Mon` goes over the weekend). */
function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [];
  for (let day = from; ; day = ((day + 1) % 7) as Weekday) {
    days.push(day);
    if (day === to || days.length === 7) return days;
  }
}

/** The weekdays' names written out: a misspelt one is read as the nearest (`misspeltDay`). */
const DAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * `Wendesday: weights`, `Thrusday - run 3 mi`, `Saterday:`: a word of five letters or more before a day line's `:` (or
 * spaced dash) that is one edit from one weekday's name (two from Wednesday, Thursday, Saturday), and names no session
 * or statement, is that day —
 * read with a warning and the fix (the line was an error and lost its sessions; `Run:` or `Rest:` are no days). The
 * day's token (retyped, its image the day's name) and the warning; else undefined.
 */
function misspeltDay(tokens: readonly IToken[], source: SourceText, vocabulary: Vocabulary): { day: IToken; issue: SyntaxIssue } | undefined {
  const [first, second] = tokens;
  if (first === undefined || second === undefined || first.tokenType !== Word || first.image.length < 5 || !/^[a-z]+$/i.test(first.image)) return undefined;
  if (second.tokenType !== Colon && second.tokenType !== Dash) return undefined;
  if (PLURAL_DAY.test(first.image) && weekdayOfWord(first.image) !== undefined) return undefined;
  if (suggest(first.image, STATEMENT_WORDS) !== undefined || startsSession(tokens.slice(0, 1), vocabulary)) return undefined;
  const guess = suggest(first.image, DAY_NAMES);
  if (guess === undefined) return undefined;
  // One edit from a name of up to seven letters (`Tusday`, `Firday`; `Today`, `Money`, `Fridge` are two from Monday and
  // Friday: words, no days), two from the long names (`Wensday`, `Thrusday`); and only one weekday that near.
  const typed = first.image.toLowerCase();
  const limit = editDistance(typed, guess.toLowerCase(), 2);
  if (limit > (guess.length >= 8 ? 2 : 1)) return undefined;
  if (DAY_NAMES.some((name) => name !== guess && editDistance(typed, name.toLowerCase(), 2) <= limit)) return undefined;
  const range = source.rangeOf(first);
  return {
    day: retyped(first, DayName, guess),
    issue: { message: `Unknown weekday '${first.image}' — read as '${guess}'`, range, severity: 'warning', fixes: changeTo(range, first.image, guess) },
  };
}

/**
 * `Weights: Mon, Tue, Thu, Fri`, `Run - Wed, Sat`, `Long run: Sunday`, `Rest: Sundays.`: a session named before its
 * days, as people list a week by what they do (language-decisions.md, "A session written before its days"). Read as
 * `Mon, Tue, Thu, Fri: Weights` is (each day holds the session; fixes leave the line as written), with a warning and
 * the quick fix that writes each day on its own line. The tokens to read are the days' label (one weekday token over
 * the days, `severalDays`), its `:` and the session's tokens. Undefined when the statement is not such a line: what
 * comes after its `:` (or a spaced dash) must be only days, and what comes before it must start a session.
 */
function sessionBeforeDays(
  allTokens: readonly IToken[],
  source: SourceText,
  vocabulary: Vocabulary,
  semicolon?: IToken,
): { issue: SyntaxIssue; days: Weekday[]; tokens: IToken[] } | undefined {
  let tokens = allTokens;
  const first = tokens[0];
  if (first === undefined || first.tokenType !== Word || tokens.length < 3) return undefined;
  // `Strength - Monday` then `- Squat 5x5` on the lines below (`continuationAt`: each line break read as a comma): the
  // days are on the first line, the items go on with the session's words.
  const lineBreak = allTokens.findIndex((token) => token.tokenType === Comma && /[\r\n]/.test(token.image));
  const below = lineBreak < 0 ? [] : allTokens.slice(lineBreak);
  if (lineBreak >= 0) tokens = allTokens.slice(0, lineBreak);
  if (tokens.length < 3) return undefined;
  // The `:` (or the last spaced dash) the days come after.
  let mark = tokens.findIndex((token) => token.tokenType === Colon);
  if (mark < 0) {
    for (let i = tokens.length - 2; i > 0 && mark < 0; i--) if ((tokens[i] as IToken).tokenType === Dash) mark = i;
  }
  if (mark < 1 || mark === tokens.length - 1) return undefined;
  const session = tokens.slice(0, mark);
  // (`Long run: Sun`, `Upper body weights: Mon, Thu`: a session's words may come before its kind's.)
  let starts = false;
  for (let i = 0; i < session.length && i < 3 && !starts; i++) starts = startsSession(session.slice(i), vocabulary);
  if (!starts) return undefined;
  let end = tokens.length;
  // `Rest: Sunday.`: a full stop after the days.
  if ((tokens[end - 1] as IToken).image === '.') end--;
  let from = mark + 1;
  // `Long run: every Sunday`, `Weights: on Mon, Wed`: a word before the days.
  if (end - from > 1 && DAY_LEAD_WORDS.has((tokens[from] as IToken).image.toLowerCase())) from++;
  if (from >= end) return undefined;
  let dayTokens = tokens.slice(from, end);
  let days: Weekday[] | undefined;
  let period: IToken | undefined;
  // `Lift: Mon, Tue, Thu, Fri (upper/lower split)`, `Long run: Sun (6 mi)`: an aside after the days is the session's,
  // read after its words.
  let aside: IToken[] | undefined;
  if (dayTokens[dayTokens.length - 1]?.image === ')') {
    const open = dayTokens.findIndex((token) => token.image === '(');
    if (open < 1 || dayTokens.slice(open + 1, -1).some((token) => token.image === '(' || token.image === ')')) return undefined;
    aside = dayTokens.slice(open);
    dayTokens = dayTokens.slice(0, open);
  }
  // `Long run: Sun am`, `Long run: Sunday morning`: one day and its time of day, as a list of days takes one (review12:
  // `Swim: Tue/Thu mornings` was read, `Long run: Sun am` was an error).
  if (dayTokens.length === 2 && (dayTokens[0] as IToken).tokenType === DayName && periodOfWord((dayTokens[1] as IToken).image) !== undefined) {
    period = dayTokens[1];
    dayTokens = dayTokens.slice(0, 1);
  }
  if (dayTokens.length === 1) {
    const only = dayTokens[0] as IToken;
    const day = only.tokenType === DayName ? weekdayOf(only) : weekdayOfWord(only.image);
    const named = day !== undefined ? [day] : DAYS_OF_WORD[only.image.toLowerCase()];
    if (named !== undefined) days = [...named];
  }
  if (days === undefined) {
    // A list of days, read as a label of several days is (`severalDays`), before the session's first token.
    const list = severalDays([...dayTokens, tokens[mark] as IToken, session[0] as IToken], source);
    if (list === undefined) return undefined;
    days = list.days;
    period = list.period;
  }
  if (days.length === 0) return undefined;
  const lastDay = dayTokens[dayTokens.length - 1] as IToken;
  const label: IToken & LabelEnd = {
    ...(dayTokens[0] as IToken),
    tokenType: DayName,
    tokenTypeIdx: DayName.tokenTypeIdx!,
    image: WEEKDAY_NAMES[days[0] as Weekday],
    labelEnd: tokenEnd(lastDay),
  };
  const asideText = aside === undefined ? '' : ` ${source.text.slice((aside[0] as IToken).startOffset, tokenEnd(aside[aside.length - 1] as IToken))}`;
  const sessionText = `${source.text.slice(first.startOffset, tokenEnd(session[session.length - 1] as IToken)).trim()}${asideText}`;
  const said = source.text.slice((tokens[mark + 1] as IToken).startOffset, tokenEnd(lastDay)).trim();
  const names = days.map((day) => WEEKDAY_NAMES[day]);
  // The lines below (a list of the session's items) go with each day's line.
  const last = allTokens[allTokens.length - 1] as IToken;
  const belowText = below.length === 0 ? '' : source.text.slice(tokenEnd(tokens[tokens.length - 1] as IToken), tokenEnd(last));
  const heads = days.map((day) => `${WEEKDAY_NAMES[day]}${period ? ` ${period.image}` : ''}: ${sessionText}`);
  const lines = heads.map((head) => `${head}${belowText}`);
  const one = days.length === 1;
  return {
    issue: {
      message: one
        ? `'${sessionText}' is written before its day — read as '${heads[0]}'; write it so to move or change it`
        : `'${sessionText}' is written before its days (${said}) — read as each of ${names.join(', ')}; write each day on its own line to move or change one day alone`,
      range: source.rangeBetween(first, tokens[tokens.length - 1] as IToken),
      severity: 'warning',
      fixes: [
        {
          title: one ? `Write '${heads[0]}'` : `Write ${names.join(', ')} on lines of their own`,
          edits: [{ range: source.rangeBetween(first, last), newText: lines.join(semicolon ? '; ' : '\n') }],
          preferred: true,
        },
      ],
    },
    days,
    tokens: [label, ...(period ? [period] : []), { ...(tokens[mark] as IToken), tokenType: Colon, tokenTypeIdx: Colon.tokenTypeIdx!, image: ':' }, ...session, ...(aside ?? []), ...below],
  };
}

/**
 * `Mon, Wed, Fri: gym full`, `Tue/Thu: run easy`, `Mon-Fri: walk 20 min`, `Sat and Sun: rest`: one statement for
 * several days. A day line says what that one day holds (a quick fix or a move edits one day), so this is an error,
 * with the quick fix that writes each day on its own line. Undefined when the statement is not such a list.
 */
function severalDays(
  tokens: readonly IToken[],
  source: SourceText,
  semicolon?: IToken,
): { issue: SyntaxIssue; days: Weekday[]; colon: number; label: IToken; period?: IToken; aside?: IToken[] } | undefined {
  const first = tokens[0];
  if (first === undefined || !(first.tokenType === DayName || first.tokenType === Word)) return undefined;
  const days: Weekday[] = [];
  let colon = -1;
  let pendingRange = false;
  // Whether the list has named a Saturday (an `S` after it is Sunday: `S/S`).
  let saturday = false;
  // `M/W/F`, `T, Th`: letters are days only in a label of several days (`A: squat` stays as it is).
  const colonAt = tokens.findIndex((token) => token.tokenType === Colon);
  const letters = colonAt > 1 || /[/-]/.test(first.image);
  // `Mon-Wed-Fri`, `Mon - Wed - Fri`: days chained by two dashes or more are a list, not ranges (Mon to Fri).
  let dashes = 0;
  for (let i = 0; i < (colonAt < 0 ? Math.min(tokens.length, 16) : colonAt); i++) {
    const token = tokens[i] as IToken;
    // (A dash before the session, `Mon-Wed - weights`, is the label's `:`, not a link between days.)
    if (token.tokenType === Dash && weekdayOfWord((tokens[i + 1]?.image ?? '').split(/[/-]/)[0] as string) !== undefined) dashes++;
    else if (token.tokenType !== Dash && token.image.includes('-')) dashes += token.image.split('-').length - 1;
  }
  const dashList = dashes >= 2;
  let periodToken: IToken | undefined;
  let aside: { from: number; to: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    if (token.tokenType === Colon) {
      colon = i;
      break;
    }
    if (token.tokenType === Comma || token.image === '&' || token.image === '/' || token.image === '+' || (token.tokenType === Word && token.image.toLowerCase() === 'and')) continue;
    const lower = token.image.toLowerCase();
    // `Tuesday and Thursday mornings:`, `Mon/Wed/Fri (evenings):`, `Tue/Thu am:`: the time of day of every day named.
    const bracketed = lower === '(' && tokens[i + 2]?.image === ')' ? (tokens[i + 1] as IToken) : undefined;
    const period = periodOfWord((bracketed ?? token).image);
    if (period !== undefined && days.length > 0 && periodToken === undefined) {
      periodToken = { ...(bracketed ?? token), tokenType: AmPm, tokenTypeIdx: AmPm.tokenTypeIdx!, image: period };
      if (bracketed) i += 2;
      continue;
    }
    if (periodToken !== undefined || aside !== undefined) return undefined;
    // `Mon, Wed, Fri (1 hr): weights`, `Mon-Thu (upper body):`: an aside right before the `:` is the label's, as after
    // one day (`labelAside`): each day keeps it.
    if (lower === '(' && days.length > 0 && colonAt > i + 1 && tokens[colonAt - 1]?.image === ')' && tokens.slice(i + 1, colonAt - 1).every((inner) => inner.image !== '(' && inner.image !== ')')) {
      aside = { from: i, to: colonAt - 1 };
      i = colonAt - 1;
      continue;
    }
    // `On Mon/Wed/Fri:`, `Every Tue & Thu:`: words before the days.
    if (i === 0 && DAY_LEAD_WORDS.has(lower)) {
      // `Every day:`, `Each day:`: all seven.
      if (lower !== 'on' && tokens[1]?.tokenType === DayKw && tokens[2]?.tokenType === Colon) {
        days.push(0, 1, 2, 3, 4, 5, 6);
        saturday = true;
        i = 1;
      }
      continue;
    }
    // `Mon thru Fri`, `Monday through Thursday`, `Mon to Fri`: the words of a range, as a dash.
    if (token.tokenType === Word && DAY_RANGE_WORDS.has(lower) && days.length > 0 && !pendingRange) {
      pendingRange = true;
      continue;
    }
    if (token.tokenType === Dash && dashList && days.length > 0 && tokens[i + 1] !== undefined && daysOfListWord((tokens[i + 1] as IToken).image.split(/[/-]/)[0] as string, { last: days[days.length - 1], saturday }, letters) !== undefined) continue;
    if (token.tokenType === Dash) {
      if (days.length === 0) return undefined;
      // `Mon, Wed, Fri – weights`: a dash after the list with no weekday after it is the label's `:`.
      const after = tokens[i + 1];
      if (!pendingRange && days.length > 1 && after !== undefined && after.tokenType !== Colon && after.image.replace(/&/g, '/').split(/[/-]/).every((part) => weekdayOfWord(part) === undefined)) {
        colon = i;
        break;
      }
      pendingRange = true;
      continue;
    }
    // `Tue/Thu`, `Mon-Fri`, `Sat/Sun`: days joined in one word.
    const parts = token.image.replace(/&/g, '/').split(/([/-])/);
    const named: Weekday[] = [];
    // What the list has named so far, kept as it grows (a copy of the list for each word was quadratic: review11).
    const soFar: ListSoFar = { last: days[days.length - 1], saturday };
    for (let k = 0; k < parts.length; k += 2) {
      const these = daysOfListWord(parts[k] as string, soFar, letters);
      if (these === undefined || these.length === 0) return undefined;
      const added = k > 0 && parts[k - 1] === '-' && these.length === 1 && !dashList ? dayRange(named.pop() as Weekday, these[0] as Weekday) : these;
      for (const day of added) named.push(day);
      soFar.last = named[named.length - 1];
      soFar.saturday ||= added.includes(5);
    }
    const added = pendingRange ? dayRange(days.pop() as Weekday, named[0] as Weekday) : [];
    pendingRange = false;
    for (const day of added) days.push(day);
    for (let k = added.length > 0 ? 1 : 0; k < named.length; k++) days.push(named[k] as Weekday);
    saturday = soFar.saturday || added.includes(5);
  }
  const unique = [...new Set(days)];
  if (colon < 1 || colon === tokens.length - 1 || unique.length < 2 || pendingRange) return undefined;
  const last = tokens[tokens.length - 1] as IToken;
  const said = source.text.slice(first.startOffset, (tokens[colon] as IToken).startOffset).trim();
  const rest = source.text.slice((tokens[colon + 1] as IToken).startOffset, tokenEnd(last));
  const beforeColon = tokens[colon - 1] as IToken;
  const range = source.rangeBetween(first, tokens[colon] as IToken);
  const asideText = aside === undefined ? '' : ` ${source.text.slice((tokens[aside.from] as IToken).startOffset, tokenEnd(tokens[aside.to] as IToken))}`;
  const lines = unique.map((day) => `${WEEKDAY_NAMES[day]}${periodToken ? ` ${periodToken.image}` : ''}${asideText}: ${rest}`);
  // The days written, as one weekday token over them all (its place in the text kept): the first day's. Before an
  // aside, up to the aside (which is read after it, as after one day).
  const label: IToken & LabelEnd = {
    ...first,
    tokenType: DayName,
    tokenTypeIdx: DayName.tokenTypeIdx!,
    image: WEEKDAY_NAMES[unique[0] as Weekday],
    labelEnd: tokenEnd(aside === undefined ? beforeColon : (tokens[aside.from - 1] as IToken)),
  };
  return {
    issue: {
      message: `'${said}' names ${unique.length} days — read as each of them; write each day on its own line to move or change one day alone`,
      range,
      severity: 'warning',
      fixes: [
        {
          title: `Write ${unique.map((day) => WEEKDAY_NAMES[day]).join(', ')} on lines of their own`,
          edits: [{ range: source.rangeBetween(first, last), newText: lines.join(semicolon ? '; ' : '\n') }],
          preferred: true,
        },
      ],
    },
    days: unique,
    colon,
    label,
    period: periodToken,
    aside: aside === undefined ? undefined : tokens.slice(aside.from, aside.to + 1),
  };
}

/** Words that say how a lift is done: its reps and its load (`high reps`, `low reps, heavy weight`). */
const REPS_PIECE_WORDS: ReadonlySet<string> = new Set(['high', 'low', 'higher', 'lower', 'more', 'fewer', 'moderate', 'reps', 'rep', 'sets', 'light', 'heavy', 'weight', 'weights', 'and', 'lots', 'of']);

/** True when the piece at `from` (to the next comma or `+`) is only words of REPS_PIECE_WORDS, `reps` among them. */
function repsPiece(items: readonly RawItem[], from: number): boolean {
  let reps = false;
  for (let k = from; k < items.length && k < from + 8; k++) {
    const item = items[k] as RawItem;
    if (!('token' in item)) return false;
    if (item.token.tokenType === Comma || item.token.image === '+') return reps;
    const word = wordAt(items, k);
    if (!REPS_PIECE_WORDS.has(word)) return false;
    if (word === 'reps' || word === 'rep') reps = true;
  }
  return reps;
}

/** A copy of a one-character token (`-`, `.`, `(`) read as the `:` of a label; its place in the text is kept. */
function asColon(token: IToken): IToken {
  return { ...token, tokenType: Colon, tokenTypeIdx: Colon.tokenTypeIdx!, image: ':' };
}

/** Characters that mark an item of a list (`- Monday: run`, `* Mon: gym`, `• Tue: rest`), copied from notes or web pages. */
const LIST_MARKS = new Set(['-', '*', '•', '◦', '▪', '▸', '►', '·', '\u2010', '\u2011', '\u2013', '\u2014']);

/**
 * `- Monday: run`, `* Week 2`, `• Tue: rest`, `1. Mon: gym`, `2) Tuesday: run`: the mark of a list item before a day,
 * `Day N` or `week` is left out (the tokens are a copy; the text keeps what was written). Anything else after a mark
 * stays as it is (`- squat 5x5` under a day is not a day line).
 */
export function withoutListMarker(tokens: IToken[]): IToken[] {
  const [first, second, third] = tokens;
  if (first === undefined || second === undefined) return tokens;
  const startsDay = (token: IToken | undefined): boolean => token !== undefined && (token.tokenType === DayName || token.tokenType === DayKw || token.tokenType === WeekKw);
  if ((first.tokenType === Dash || (first.tokenType === Other && LIST_MARKS.has(first.image))) && startsDay(second)) return tokens.slice(1);
  if (first.tokenType === Quantity && /^\d{1,2}$/.test(first.image) && second.tokenType === Other && (second.image === '.' || second.image === ')') && startsDay(third)) return tokens.slice(2);
  return tokens;
}

/**
 * The first token of the statement from `start` (up to `end`) when it may be a day label: a weekday or `Day`, also
 * after a list mark (`- Mon:`, `1. Mon:`); the statement's first token otherwise, or undefined for a lone mark.
 */
function dayLabelAt(tokens: readonly IToken[], start: number, end: number): IToken | undefined {
  const first = tokens[start];
  if (first === undefined || first.tokenType === DayName || first.tokenType === DayKw) return first;
  return end - start > 1 ? withoutListMarker(tokens.slice(start, Math.min(end, start + 3)) as IToken[])[0] : undefined;
}

/**
 * The tokens with a ':' after the day label (`Monday`, `Mon pm`, `Day 3`) when none is written and neither a ':' nor
 * another weekday follows later in the statement, or undefined. The ':' stands on the space after the label.
 */
function withColonAfterDay(tokens: IToken[]): IToken[] | undefined {
  const first = tokens[0];
  if (first === undefined) return undefined;
  const at = first.tokenType === DayName ? (tokens[1]?.tokenType === AmPm ? 2 : 1) : first.tokenType === DayKw && tokens[1]?.tokenType === Quantity ? 2 : -1;
  const label = tokens[at - 1];
  const next = tokens[at];
  // Only before a word or a number (`Mon) run`, `Monday = run` keep their error: a mark is not a session's first word),
  // and not before a statement's keyword (`Mon week 3 run 5k` is no day line).
  if (at < 0 || label === undefined || next === undefined || next.tokenType === DayName || !(tokenMatcher(next, Word) || next.tokenType === Quantity)) return undefined;
  if (next.tokenType === WeekKw || next.tokenType === GoalKw || next.tokenType === PlanKw || next.tokenType === StartKw || next.tokenType === PaceKw) return undefined;
  // Another weekday later (`Monday through Friday run 3 miles`, `Tue Thu run`) says the line is about several days.
  for (let i = at; i < tokens.length; i++) if (tokens[i]!.tokenType === Colon || tokens[i]!.tokenType === DayName) return undefined;
  const colon: IToken = { ...label, tokenType: Colon, tokenTypeIdx: Colon.tokenTypeIdx!, image: ':', startOffset: tokenEnd(label) };
  return [...tokens.slice(0, at), colon, ...tokens.slice(at)];
}

/**
 * How people punctuate a day label, read as the `:` after it (language-decisions.md, "Day labels as people type them"):
 * `Monday morning:` / `Monday evening -` (a time of day in words: `Monday am:`), `Sat) long run`, `Sun = rest`,
 * `Tues.: intervals`, `Monday*: weights` (a footnote mark), `Day 1 – Monday:` and `Monday (Day 1):` (the day's number
 * beside its weekday, 1 to 7: the weekday names it).
 */
/** `6am`, `5:30am`, `5:30`, `18:00`: a clock time (its am or pm glued, or a `:` in it). */
const LABEL_CLOCK = /^(\d{1,2})(?::([0-5]\d))?(am|pm)?$/i;

/**
 * The clock time between a weekday and its `:` or dash (`Mon 6am:`, `Monday @ 5:30am –`, `Mon 5:30 AM:`): its first token
 * (after an `@`), the index of the mark after it, and the text; else undefined.
 */
function clockInLabel(tokens: readonly IToken[]): { from: IToken; end: number } | undefined {
  let i = 1;
  if (tokens[i]?.tokenType === At) i++;
  const number = tokens[i];
  if (number === undefined || number.tokenType !== Quantity) return undefined;
  const match = LABEL_CLOCK.exec(number.image);
  if (match === null) return undefined;
  let end = i + 1;
  const after = tokens[end];
  const spelled = after !== undefined && (after.tokenType === AmPm || /^[ap]\.m\.?$/i.test(after.image));
  if (spelled) end++;
  if (match[3] !== undefined && spelled) return undefined;
  const hour = Number(match[1]);
  if (hour > 23 || ((match[3] !== undefined || spelled) && (hour < 1 || hour > 12))) return undefined;
  // `Mon 6:00-7:00: run`, `Mon 6-8am: run`, `Tue 5:30 – 6:30 PM: lift`: a span of the day is the label's clock too (its
  // dash was read as the label's mark: the session was `7:00: run`, with no word said).
  let told = match[3] !== undefined || spelled || match[2] !== undefined;
  if (tokens[end]?.tokenType === Dash && tokens[end + 1]?.tokenType === Quantity) {
    const until = LABEL_CLOCK.exec(tokens[end + 1]!.image);
    const afterUntil = tokens[end + 2];
    const untilSpelled = afterUntil !== undefined && (afterUntil.tokenType === AmPm || /^[ap]\.m\.?$/i.test(afterUntil.image));
    const untilHour = until === null ? 24 : Number(until[1]);
    if (until !== null && !(until[3] !== undefined && untilSpelled) && untilHour <= 23 && (until[2] !== undefined || until[3] !== undefined || untilSpelled)) {
      end += untilSpelled ? 3 : 2;
      told = true;
    }
  }
  // A clock says am or pm, or has its minutes (`6:` alone is a day's number or a list).
  if (!told) return undefined;
  const mark = tokens[end];
  if (mark === undefined || !(mark.tokenType === Colon || mark.tokenType === Dash) || tokens.length <= end + 1) return undefined;
  return { from: number, end };
}

/** The am or pm of a clock time written as a day's time of day (`6am`, `5:30 AM`, `18:00` → pm, `6:00` → am). */
function clockPeriod(written: string): 'am' | 'pm' | undefined {
  // A span (`6-8am`, `6:00-7:00`, `5:30 – 6:30 PM`): its start's, or its end's am or pm when the start says none.
  const match = /^(\d{1,2})(?::[0-5]\d)?\s*(?:([ap])\.?m\.?)?(?:\s*[-\u2010\u2011\u2013\u2014]\s*\d{1,2}(?::[0-5]\d)?\s*(?:([ap])\.?m\.?)?)?$/i.exec(written.trim());
  if (match === null) return undefined;
  const letter = match[2] ?? match[3];
  if (letter !== undefined) return letter.toLowerCase() === 'a' ? 'am' : 'pm';
  return Number(match[1]) < 12 ? 'am' : 'pm';
}

function dayLabelPunctuation(tokens: IToken[]): IToken[] {
  const [first, second, third, fourth, fifth, sixth] = tokens;
  if (first === undefined || second === undefined) return tokens;
  const weekNumber = (token: IToken | undefined): boolean => token?.tokenType === Quantity && Number(token.image) >= 1 && Number(token.image) <= 7 && /^\d+$/.test(token.image);
  // A label whose `:` is written reads so with nothing after it too (`Monday morning:` over a list, or as typed so far):
  // a dash read as the `:` needs a session after it.
  const labelEnds = (mark: IToken | undefined, at: number): boolean => mark !== undefined && ((mark.tokenType === Colon && tokens.length > at) || (mark.tokenType === Dash && tokens.length > at + 1));
  // `Day 6 – Saturday:`, `Day 8 – Monday:`: a number that falls on the weekday written is read as `Day 6:` (past the
  // week's seven it places the day in its week, and asks for its `week` line as `Day 8:` does); one that does not (a
  // programme that numbers its training days: `Day 2 – Wednesday`, `Day 9 – Friday`) leaves the weekday to name the
  // day, with no diagnostic (language-decisions.md, "Day numbers beside weekdays").
  const dayNumber = second.tokenType === Quantity && /^\d+$/.test(second.image) ? Number(second.image) : 0;
  if (first.tokenType === DayKw && dayNumber >= 1 && dayNumber <= MAX_DAY_NUMBER && third !== undefined && (third.tokenType === Dash || third.tokenType === Comma) && fourth?.tokenType === DayName && labelEnds(fifth, 4)) {
    if ((dayNumber - 1) % 7 !== weekdayOf(fourth)) return dayLabelPunctuation(tokens.slice(3));
    return [first, second, (fifth as IToken).tokenType === Colon ? (fifth as IToken) : asColon(fifth as IToken), ...tokens.slice(5)];
  }
  if (first.tokenType !== DayName) return tokens;
  if (second.image === '(' && third?.tokenType === DayKw && weekNumber(fourth) && fifth?.image === ')' && sixth !== undefined && labelEnds(sixth, 5)) {
    return [first, ...tokens.slice(5)];
  }
  const period = second.tokenType === Word ? PERIOD_WORDS.get(second.image.toLowerCase()) : undefined;
  if (period !== undefined && third !== undefined && labelEnds(third, 2)) {
    return [first, { ...second, tokenType: AmPm, tokenTypeIdx: AmPm.tokenTypeIdx! }, third.tokenType === Colon ? third : asColon(third), ...tokens.slice(3)];
  }
  // `Mon 6am: weights`, `Monday @ 5:30am – lift`, `Mon 5:30 AM: lift`, `Mon 18:00: run`: a clock time in the label is the
  // day's time of day (its am or pm; the text keeps the clock), as `Mon am:` is.
  const clock = clockInLabel(tokens);
  if (clock !== undefined) {
    const mark = tokens[clock.end] as IToken;
    // The clock's text as written (its tokens and the spaces between them): the day's time of day keeps it.
    let image = clock.from.image;
    for (let k = tokens.indexOf(clock.from) + 1; k < clock.end; k++) {
      const token = tokens[k] as IToken;
      image += ' '.repeat(Math.max(0, token.startOffset - tokenEnd(tokens[k - 1] as IToken))) + token.image;
    }
    return [first, { ...clock.from, tokenType: AmPm, tokenTypeIdx: AmPm.tokenTypeIdx!, image }, mark.tokenType === Colon ? mark : asColon(mark), ...tokens.slice(clock.end + 1)];
  }
  if ((second.image === ')' || second.image === '=') && tokens.length > 2) return [first, asColon(second), ...tokens.slice(2)];
  if ((second.image === '.' || second.image === '*') && third?.tokenType === Colon) return [first, ...tokens.slice(2)];
  // `Mon. - weights`, `Tues. – run 3 mi`: an abbreviation's full stop, then a dash as the `:`.
  if (second.image === '.' && third?.tokenType === Dash && tokens.length > 3) return [first, asColon(third), ...tokens.slice(3)];
  return tokens;
}

/**
 * `Day 3 (Wed): rest`, `Day 2 (Tue) - gym upper`: the weekday in parentheses after `Day N` names the day (it wins
 * over the number). `Mon (AM): run`: a time of day in parentheses. `Monday (rest day)`: what the day holds, in
 * parentheses after it and nothing after them, is read as written after `:`. The tokens are a copy; the text keeps
 * what was written.
 */
function dayInParentheses(tokens: IToken[]): IToken[] {
  const [first, second, third, fourth, fifth] = tokens;
  // Only for a day of the week's seven: `Day 8 (Mon)` keeps its number, which asks for its `week` line.
  if (first?.tokenType === DayKw && second?.tokenType === Quantity && Number(second.image) >= 1 && Number(second.image) <= 7 && third?.image === '(' && fourth?.tokenType === DayName && fifth?.image === ')' && tokens.length > 6) {
    return [fourth, ...tokens.slice(5)];
  }
  // `Mon (AM): run easy`: a time of day in parentheses after the day is its time of day (`Mon am:`).
  if (first?.tokenType === DayName && second?.image === '(' && third?.tokenType === AmPm && fourth?.image === ')') return [first, third, ...tokens.slice(4)];
  // `Monday (week 1): …`, `Day 1 (1 hour): …`: words in parentheses between the day and its `:` are the label's (its
  // week starts the week, `labelWeekAt`); the day is read as `Monday: …`.
  const aside = labelAside(tokens);
  if (aside > 0) return [...tokens.slice(0, aside), ...tokens.slice(closeAfter(tokens, aside) + 1)];
  const last = tokens[tokens.length - 1];
  if (first?.tokenType !== DayName || second?.image !== '(' || last?.image !== ')' || tokens.length < 4) return tokens;
  for (let i = 2; i < tokens.length - 1; i++) if (tokens[i]!.image === '(' || tokens[i]!.image === ')' || tokens[i]!.tokenType === Colon) return tokens;
  return [first, asColon(second), ...tokens.slice(2, -1)];
}

/**
 * `Monday (week 1):`, `Day 1 (1 hour):`: the index of a `(` right after a day label (a weekday, or `Day` and its number)
 * whose `)` comes right before the label's `:`, with no other bracket or `:` between; else -1.
 */
function labelAside(tokens: readonly IToken[], from = 0): number {
  const first = tokens[from];
  const at = first?.tokenType === DayName ? from + 1 : first?.tokenType === DayKw && tokens[from + 1]?.tokenType === Quantity ? from + 2 : -1;
  // `Day 8 (Mon)`: a weekday in the parentheses is `dayInParentheses`'s (past the week's seven, the number stands).
  if (at < 0 || tokens[at]?.image !== '(' || tokens[at + 1]?.image === ')' || tokens[at + 1]?.tokenType === DayName) return -1;
  const close = closeAfter(tokens, at);
  return close > at && tokens[close + 1]?.tokenType === Colon ? at : -1;
}

/** The index of the `)` that closes the `(` at `open`, with no bracket or `:` between (within 8 tokens), else -1. */
function closeAfter(tokens: readonly IToken[], open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + 8; i++) {
    const token = tokens[i] as IToken;
    if (token.image === ')') return i;
    if (token.image === '(' || token.tokenType === Colon || token.tokenType === Newline || token.tokenType === Semicolon) return -1;
  }
  return -1;
}

/** `Monday (week 2): …` from `start` to `end`: the whole week number in the day label's parentheses, else undefined. */
function labelWeekAt(tokens: readonly IToken[], start: number, end: number): { week: IToken; number: IToken } | undefined {
  const open = labelAside(tokens, start);
  if (open < 0 || open >= end) return undefined;
  const week = tokens[open + 1];
  const number = tokens[open + 2];
  if (week?.tokenType !== WeekKw || number?.tokenType !== Quantity || !/^\d+$/.test(number.image) || tokens[open + 3]?.image !== ')') return undefined;
  return { week, number };
}

/** Month names and their abbreviations, as a log's dated day label writes them (`September 19, 2016, Monday:`). */
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** A day of the month or a year (`19`, `19th`, `2016`), or a numeric date's part (`9`, `19` of `9/19/16`). */
const DATE_NUMBER = /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})$/i;

/** True when the token can be part of a written date: a month, a day or a year, and the commas, dots, slashes and dashes between them. */
function dateToken(token: IToken): boolean {
  if (token.tokenType === DateLiteral) return true;
  if (token.tokenType === Quantity) return DATE_NUMBER.test(token.image);
  if (token.tokenType === Comma || token.tokenType === Dash) return true;
  if (token.image === '.' || token.image === '/') return true;
  return MONTH.test(token.image);
}

/**
 * `September 19, 2016, Monday: …`, `Monday, September 19, 2016: …`, `Mon 9/19: …`, `Mon. 6/3: …`, `Tuesday 2016-09-20:
 * …`: a training log's day label with its date, before or after the weekday. The weekday names the day; the date
 * (which the plan's weeks already place) is dropped from the copy of the tokens, so the line reads as `Monday: …`.
 * Only when every token between is part of a date and a number is among them: `Mon - pm: gym` and `Day 3 - 5: run`
 * keep their errors. Constant work for a line that starts with its weekday and `:` (the common case).
 */
function dateInDayLabel(tokens: IToken[]): IToken[] {
  const first = tokens[0];
  if (first === undefined) return tokens;
  // The date first: up to the weekday, all date tokens, with a month or a date literal among them.
  if (first.tokenType !== DayName) {
    if (!(first.tokenType === DateLiteral || (tokenMatcher(first, Word) && MONTH.test(first.image)))) return tokens;
    let at = 1;
    while (at < tokens.length && at < 8 && tokens[at]!.tokenType !== DayName && dateToken(tokens[at]!)) at++;
    if (tokens[at]?.tokenType !== DayName) return tokens;
    let after = at + 1;
    if (tokens[after]?.tokenType === AmPm) after++;
    // `September 19, 2016, Monday:`: the weekday then its `:` (or a dash, read as the `:` after).
    const mark = tokens[after];
    if (mark === undefined || !(mark.tokenType === Colon || mark.tokenType === Dash)) return tokens;
    return tokens.slice(at);
  }
  // The weekday first, then the date up to the label's `:`.
  let at = 1;
  if (tokens[at]?.tokenType === AmPm) at++;
  const next = tokens[at];
  if (next === undefined || next.tokenType === Colon) return tokens;
  let number = false;
  let end = at;
  while (end < tokens.length && end < at + 8 && tokens[end]!.tokenType !== Colon && dateToken(tokens[end]!)) {
    if (tokens[end]!.tokenType === Quantity || tokens[end]!.tokenType === DateLiteral) number = true;
    end++;
  }
  if (!number || tokens[end]?.tokenType !== Colon) return tokens;
  return [...tokens.slice(0, at), ...tokens.slice(end)];
}

/**
 * `Monday – Rest`, `WEDNESDAY - strength`, `Fri. rest`, `Day 3 - run`: a dash or a full stop written after the day
 * label where `:` belongs is read as the `:` (how tables and lists are typed). Not before another weekday (`Mon - Fri`
 * is no label) nor before a `:`. The tokens are a copy; the text keeps what was written.
 */
function dashAfterDay(tokens: IToken[], vocabulary: Vocabulary): IToken[] {
  const first = tokens[0];
  if (first === undefined) return tokens;
  // After the weekday (and its time of day: `Mon pm - gym`), or after `Day N`; after a list of weekdays (`Mon, Wed,
  // Fri – weights`: the list's own separators stay as they are).
  let days = 1;
  if (first.tokenType === DayName) {
    for (;;) {
      const separator = tokens[days];
      if (separator === undefined || tokens[days + 1]?.tokenType !== DayName) break;
      if (!(separator.tokenType === Comma || separator.image === '&' || separator.image === '/' || separator.image.toLowerCase() === 'and')) break;
      days += 2;
    }
  }
  const at = first.tokenType === DayName ? (tokens[days]?.tokenType === AmPm ? days + 1 : days) : first.tokenType === DayKw && tokens[1]?.tokenType === Quantity ? 2 : -1;
  const mark = tokens[at];
  const next = tokens[at + 1];
  if (at < 0 || mark === undefined || next === undefined) return tokens;
  if (days > 1 && mark.tokenType !== Dash) return tokens;
  // `Monday — AM: weights, PM: 3 mi`: the dash before the day's first time of day and its `:` is the label's `:`.
  if (mark.tokenType === Dash && next.tokenType === AmPm && tokens[at + 2]?.tokenType === Colon && tokens.length > at + 3) {
    const copy = tokens.slice();
    copy[at] = asColon(mark);
    return copy;
  }
  // `Monday -- weights`, `Monday -> weights`, `Monday > weights`: a double dash or an arrow drawn with keys is the
  // label's `:` too (the second mark is dropped from the statement; the text keeps it).
  let arrowEnd = mark.image === '>' ? at + 1 : -1;
  if (mark.tokenType === Dash) {
    let k = at + 1;
    while (k < tokens.length && k < at + 8 && tokens[k]!.tokenType === Dash && tokens[k]!.startOffset === tokenEnd(tokens[k - 1]!)) k++;
    if (tokens[k]?.image === '>' && tokens[k]!.startOffset === tokenEnd(tokens[k - 1]!)) k++;
    if (k > at + 1) arrowEnd = k;
  }
  if (arrowEnd > 0 && tokens[arrowEnd] !== undefined && tokens[arrowEnd]!.tokenType !== DayName && tokens[arrowEnd]!.tokenType !== Colon && tokens[arrowEnd]!.tokenType !== Dash) {
    return [...tokens.slice(0, at), asColon(mark), ...tokens.slice(arrowEnd)];
  }
  // A comma too (`Monday,Run 5k easy`: a row of a spreadsheet pasted as text).
  // A spaced `/` too (`Monday / Weights`: a table's columns).
  if (!(mark.tokenType === Dash || mark.tokenType === Comma || (mark.tokenType.name === 'Other' && (mark.image === '.' || mark.image === '/')))) return tokens;
  if (next.tokenType === DayName || next.tokenType === Colon || next.tokenType === Dash) return tokens;
  // A `:` later in the statement is the label's own (`Mon. 6/3: run`, `Day 3 - 5: run`; `Mon - pm: gym` is above): no rewrite,
  // the error stays — unless a session's name follows the dash (`Day 3 - Legs: squats 4x8`, `Mon - Push: bench 4x8`):
  // that `:` is the session's own, as in `Mon: Legs: squats 4x8`.
  const named = mark.tokenType === Dash && next.tokenType !== AmPm && next.tokenType !== Quantity && startsSession(tokens.slice(at + 1, at + 5), vocabulary);
  if (!named) for (let i = at + 1; i < tokens.length; i++) if (tokens[i]!.tokenType === Colon) return tokens;
  const copy = tokens.slice();
  copy[at] = asColon(mark);
  return copy;
}

/** Two words glued by a `/` (`Work/Strength`); a word of one letter (`w/u`, `c/d`) is an abbreviation. */
const GLUED_SLASH = /^([\p{L}][\p{L}0-9'\u2019-]+)\/([\p{L}][\p{L}0-9'\u2019-]+)$/u;

/**
 * `Assessment Work/Strength`, `Run/Lift`: a `/` glued between the name of one session and the name of a session of
 * another kind is read as the spaced `/` between them: one, then the other (language-decisions.md, "A glued `/`
 * between two sessions"). The word is cut in three tokens; a word the vocabulary knows with its `/` (`run/walk`,
 * `strength/core`) and a `/` between two names of one kind (`jogging/running`, `bike/row 30min`) stay as they are,
 * unless it hides the end of a longer name (`Assessment Work/Work Capacity`: one session, named by its first part).
 * Returns undefined when nothing is cut (the common case: no word with a `/`).
 */
function slashedSessions(tokens: IToken[], vocabulary: Vocabulary): IToken[] | undefined {
  let copy: IToken[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    if (token.image.indexOf('/') < 0 || !tokenMatcher(token, Word)) continue;
    const glued = GLUED_SLASH.exec(token.image);
    if (!glued || vocabulary.sessions.match([wordOf(token.image)], 0)) continue;
    const left = relexed(glued[1] as string, token.startOffset);
    const right = relexed(glued[2] as string, token.startOffset + (glued[1] as string).length + 1);
    if (!left || !right) continue;
    // Both sides are names of sessions in the vocabulary: one ends at the `/`, the other starts after it.
    const rightWords = [wordOf(right.image)];
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) rightWords.push(wordOf((tokens[k] as IToken).image));
    const phrase = phraseEndsAt(tokens, i, wordOf(left.image), vocabulary);
    if (!vocabulary.sessions.match(rightWords, 0) || phrase === 0) continue;
    const before = kindOf(tokens.slice(Math.max(1, i - 4), i).concat(left).map((t) => ({ token: t })), vocabulary);
    const after = kindOf([right].concat(tokens.slice(i + 1, i + 5)).map((t) => ({ token: t })), vocabulary);
    // Two of one kind are cut only when the `/` hides the end of a longer name (`Assessment Work/Work Capacity`):
    // `bike/row 30min`, `jogging/running` stay one word, the first naming the session.
    if (!before || !after || (before.kind === after.kind && phrase < 2)) continue;
    const slashAt = token.startOffset + (glued[1] as string).length;
    const slash: IToken = { ...token, image: '/', startOffset: slashAt, endOffset: slashAt, tokenType: Other, tokenTypeIdx: Other.tokenTypeIdx as number };
    copy ??= tokens.slice();
    copy.splice(copy.indexOf(token), 1, left, slash, right);
  }
  return copy;
}

/**
 * `Week 1 Day 1: …`, `Week 2, Monday: …`, `Week 3 - Day 2: …` between `start` and `end`: the index of the day label
 * after the week's number, or -1. One whole week number, then at most a comma or a dash, then a weekday or `Day N`
 * with its `:` later on the line.
 */
function weekThenDay(tokens: readonly IToken[], start: number, end: number): number {
  const week = tokens[start];
  const number = tokens[start + 1];
  if (week?.tokenType !== WeekKw || number?.tokenType !== Quantity || !/^\d+$/.test(number.image)) return -1;
  let at = start + 2;
  if (tokens[at]?.tokenType === Comma || tokens[at]?.tokenType === Dash) at++;
  const label = tokens[at];
  if (label === undefined || at >= end || !(label.tokenType === DayName || (label.tokenType === DayKw && tokens[at + 1]?.tokenType === Quantity))) return -1;
  for (let k = at + 1; k < end; k++) if ((tokens[k] as IToken).tokenType === Colon) return at;
  return -1;
}

/** The index of a statement's first `:` (-1 without one). */
function firstColon(tokens: readonly IToken[]): number {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as IToken).tokenType === Colon) return i;
  return -1;
}

/**
 * `Weeks 1, 4, 7:`, `Weeks 2-3 and 5-6:`, `Week 3:` at `from`: the weeks a day's sessions are for, as schedules that
 * vary by week write them. The index after its `:`, else -1.
 */
function weeksPrefixEnd(tokens: readonly IToken[], from: number): number {
  const head = tokens[from];
  if (from < 0 || head === undefined || !/^weeks?$/i.test(head.image)) return -1;
  let numbers = 0;
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    if (token.tokenType === Colon) return numbers > 0 && i + 1 < tokens.length ? i + 1 : -1;
    if (token.tokenType === Quantity && /^\d+(?:-\d+)?$/.test(token.image)) numbers++;
    else if (!(token.tokenType === Comma || token.tokenType === Dash || token.image === '&' || /^and$/i.test(token.image))) return -1;
  }
  return -1;
}

/**
 * `Monday: Weeks 1, 4, 7: ACFT`: a day line whose sessions are for some weeks is read as those sessions (the weeks are
 * left out of them; language-decisions.md, "A day written for some weeks"). The tokens are a copy; the text keeps what
 * was written.
 */
function weeksOfDay(tokens: IToken[]): IToken[] {
  const first = tokens[0];
  if (first === undefined || (first.tokenType !== DayName && first.tokenType !== DayKw)) return tokens;
  const colon = firstColon(tokens);
  const end = colon < 0 ? -1 : weeksPrefixEnd(tokens, colon + 1);
  return end < 0 ? tokens : tokens.slice(0, colon + 1).concat(tokens.slice(end));
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((word, i) => [word, i + 1]),
);
const TENS: ReadonlyMap<string, number> = new Map([['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50]]);

/** `one` … `nineteen`, `twenty`, `twenty-six`, `fifty-two`: a week's number spelled out (undefined for any other word). */
export function numberWord(image: string): number | undefined {
  // Only letters spell a number: a week's `12` (every week header) is not looked up.
  const head = image.charCodeAt(0) | 32;
  if (!(head >= 97 && head <= 122)) return undefined;
  const word = image.toLowerCase();
  const unit = NUMBER_WORDS.get(word);
  if (unit !== undefined) return unit;
  const [tens, ones] = word.split(/[-\u2010\u2011]/);
  const ten = TENS.get(tens ?? '');
  if (ten === undefined) return undefined;
  if (ones === undefined) return ten;
  const one = NUMBER_WORDS.get(ones);
  return one !== undefined && one < 10 ? ten + one : undefined;
}

/**
 * `Week one`, `Week Two:`, `week twenty-six (peak)`: a week's number spelled out, as tables and blog posts head their
 * weeks, is its number. The token is the same word (its text and range are what was written), typed as a number for the
 * grammar; `weekHeader` reads its value with `numberWord`.
 */
function weekNumberWord(tokens: IToken[]): IToken[] {
  const number = tokens[1];
  if (tokens[0]?.tokenType !== WeekKw || number === undefined || number.tokenType === Quantity || numberWord(number.image) === undefined) return tokens;
  const copy = tokens.slice();
  copy[1] = { ...number, tokenType: Quantity, tokenTypeIdx: Quantity.tokenTypeIdx! };
  const to = copy[3];
  if (copy[2]?.tokenType === Dash && to !== undefined && numberWord(to.image) !== undefined) copy[3] = { ...to, tokenType: Quantity, tokenTypeIdx: Quantity.tokenTypeIdx! };
  return copy;
}

/**
 * `Week 1 (Base)`, `Weeks 5-8 (build phase)`: a week's label in parentheses right after its number, as plans head their
 * weeks, is read as the label after `:` (`week 1: Base`). Only when the parenthesis closes at the end of the statement.
 */
function weekLabelInParentheses(tokens: IToken[]): IToken[] {
  if (tokens[0]?.tokenType !== WeekKw || tokens[1]?.tokenType !== Quantity) return tokens;
  const at = tokens[2]?.tokenType === Dash && tokens[3]?.tokenType === Quantity ? 4 : 2;
  const open = tokens[at];
  const close = tokens[tokens.length - 1];
  if (open?.image !== '(' || close?.image !== ')' || tokens.length - 1 <= at + 1) return tokens;
  for (let i = at + 1; i < tokens.length - 1; i++) if (tokens[i]!.image === '(' || tokens[i]!.image === ')') return tokens;
  const copy = tokens.slice(0, tokens.length - 1);
  copy[at] = asColon(open);
  return copy;
}

/**
 * How many words the longest session phrase of the vocabulary has that ends with `last`, the word before the `/` of
 * the token at `index` (0: none).
 */
function phraseEndsAt(tokens: readonly IToken[], index: number, last: string, vocabulary: Vocabulary): number {
  for (let from = Math.max(1, index - 3); from <= index; from++) {
    const words: string[] = [];
    for (let k = from; k < index; k++) words.push(wordOf((tokens[k] as IToken).image));
    words.push(last);
    const match = vocabulary.sessions.match(words, 0);
    if (match && match.end === words.length) return words.length;
  }
  return 0;
}

/** The one token `image` lexes to, placed at `offset`; undefined when it is not one token. */
function relexed(image: string, offset: number): IToken | undefined {
  const lexed = planLexer.tokenize(image);
  const token = lexed.tokens[0];
  if (lexed.tokens.length !== 1 || lexed.errors.length > 0 || token === undefined || token.image !== image) return undefined;
  return { ...token, startOffset: offset, endOffset: offset + image.length - 1 };
}

function hasParenthesis(tokens: readonly IToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].image === '(' || tokens[i].tokenType === LBracket) return true;
  return false;
}

/** A bare whole number, the metres of a sprinters' rep (`110`, `100`, `200`). */
const BARE_METRES = /^\d{2,4}$/;

/**
 * True when a `+` stands between two bare numbers (`tempo 110+110+110`), or is glued to the end of a number with a
 * space or the line's end after it (`4+ miles`, `rpe 7+`, `30+ min`): "or more", part of the number's session.
 */
function numberPlus(tokens: readonly IToken[], i: number, vocabulary: Vocabulary): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1] as IToken | undefined;
  if (before === undefined) return false;
  const plus = tokens[i];
  // After a lift's rep scheme and before a time (`4 x 10-12 + 20 min zone 2`), the number after the `+` starts the
  // next session; `tempo 20 + 10 min`, `swim 400 + 200 m` stay one session's numbers.
  if (after !== undefined && BARE_METRES.test(before.image) && BARE_METRES.test(after.image)) {
    const timeAfter = tokens[i + 2] !== undefined && /^(?:min|mins|minutes?|hours?|hrs?|h)$/i.test(tokens[i + 2]!.image);
    const schemeBefore = [tokens[i - 2], tokens[i - 4]].some((t) => t !== undefined && /^x$/i.test(t.image));
    if (!(timeAfter && schemeBefore)) return true;
  }
  // `10 mile tab, 18kg + water`, `35lbs + water + weapon`: what is carried with the load is part of the load.
  // `35lb bergen + water`: after the pack that holds the load too.
  if (after !== undefined && CARRIED.has(after.image.toLowerCase()) && (/^\d+(?:\.\d+)?(?:kg|lbs?)$/i.test(before.image) || /^(?:kg|lbs?|bergen|pack|rucksack|daysack|backpack|vest)$/i.test(before.image) || CARRIED.has(before.image.toLowerCase()))) return true;
  // `6 x 800 at goal pace + 15 sec`, `4 x 1 mile at goal pace + 30s`: seconds after a pace are its offset (Galloway's
  // repeats), not a session of their own.
  if (after !== undefined && PACE_WORD.test(before.image) && paceOffset(tokens, i + 1)) return true;
  const glued = /\d$/.test(before.image) && before.startOffset + before.image.length === plus.startOffset;
  // `rpe 7+ gym upper`: a session named after the `+` makes it the separator after all (startsSession reads 4 tokens:
  // the rest of the line is not copied for each `+`, which made a line of `4+ 4+ …` quadratic).
  return glued && (after === undefined || (after.startOffset > plus.startOffset + 1 && !startsSession(tokens.slice(i + 1, i + 5), vocabulary)));
}

/**
 * A pace's offset at `index` after `+` (`15 sec`, `15s`, `60 sec/km`, `1:00`, `1 min per mile`), read as the session
 * reader reads it (`readPaceOffset`); minutes only with their unit of distance (`+ 20 min bike` is a session).
 */
function paceOffset(tokens: readonly IToken[], index: number): boolean {
  const first = tokens[index];
  if (first === undefined) return false;
  // `GHMP+20-30sec`, `MP + 20 - 30 sec`: a range of seconds lexes as its number, a dash and the rest.
  if (/^\d{1,3}$/.test(first.image) && tokens[index + 1]?.tokenType === Dash && /^\d{1,3}/.test(tokens[index + 2]?.image ?? '')) return paceOffset(tokens, index + 2);
  const offset = readPaceOffset(shortUnits(first.image), (k) => tokens[index + k]?.image);
  return offset !== undefined && (!offset.inMinutes || offset.perDistance);
}

function hasNumberPlus(tokens: readonly IToken[], vocabulary: Vocabulary): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].tokenType === Plus && (numberPlus(tokens, i, vocabulary) || bodyPartsPlus(tokens, i))) return true;
  return false;
}

/**
 * `abs + arm workout`, `legs + back workout/weights`, `chest + triceps`: a `+` between two body parts of a split day
 * joins them as `&` does (one gym session of both), it does not start a second session.
 */
function bodyPartsPlus(tokens: readonly IToken[], i: number): boolean {
  const before = tokens[i - 1]?.image.toLowerCase();
  const after = tokens[i + 1]?.image.toLowerCase();
  return before !== undefined && after !== undefined && BODY_PARTS.has(before) && BODY_PARTS.has(after);
}

/**
 * `strength B (single-leg + carries)`, `Brick (run + stations)`, `xtrain (cardio + strength training)`: what is in
 * parentheses is an aside about the session before it, `+` included. Such a `+` becomes an `Other` token, so the
 * grammar does not split the session at it. So does a `+` between two bare numbers: `tempo 110+110+110` is one
 * sprinters' tempo of three reps, not three sessions.
 */
function plusInParentheses(tokens: IToken[], vocabulary: Vocabulary): IToken[] {
  let copy: IToken[] | undefined;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // `gym [A1 squat + A2 pull-up 3x8]`: a `+` in an exercise list joins a superset's exercises, as in parentheses.
    // (Only a list whose `]` is written: `gym [squat 5x5 + run easy` recovers at the `+`.)
    if (token.image === '(' || (token.tokenType === LBracket && closedList(tokens, i))) depth++;
    else if (token.image === ')' || (token.tokenType === RBracket && depth > 0)) depth = Math.max(0, depth - 1);
    else if (token.tokenType === Plus && (depth > 0 || numberPlus(tokens, i, vocabulary) || bodyPartsPlus(tokens, i))) {
      copy ??= tokens.slice();
      copy[i] = { ...token, tokenType: Other, tokenTypeIdx: Other.tokenTypeIdx as number };
    }
  }
  return copy ?? tokens;
}

/** True when the `[` at `open` has its `]` after it, before another `[`. */
function closedList(tokens: readonly IToken[], open: number): boolean {
  for (let i = open + 1; i < tokens.length; i++) {
    const type = (tokens[i] as IToken).tokenType;
    if (type === RBracket) return true;
    if (type === LBracket || type === Newline) return false;
  }
  return false;
}

/** Every did-you-mean is a quick fix: replace the typed word with the guess. */
function changeTo(range: Range, typed: string, guess: string): SyntaxFix[] {
  return [{ title: `Change '${typed}' to '${guess}'`, edits: [{ range, newText: guess }], preferred: true }];
}

/** A statement that does not start with a weekday or a keyword. */
function unknownStatement(tokens: IToken[], source: SourceText, vocabulary: Vocabulary, semicolon?: IToken): SyntaxIssue {
  const [first, second] = tokens;
  const range = source.rangeOf(first);
  // `Mon: gym lower heavy; run easy pm`: a second session after `;` where `+` was meant.
  if (semicolon && startsSession(tokens, vocabulary)) {
    const shown = source.text.slice(first.startOffset, tokenEnd(tokens[tokens.length - 1]));
    return {
      message: `'${shown}' needs a weekday — ';' starts a new day; did you mean '+' to add it to the same day?`,
      range: source.rangeOf(semicolon),
      fixes: [{ title: `Change ';' to '+'`, edits: [{ range: source.rangeOf(semicolon), newText: ' +' }], preferred: true }],
    };
  }
  if (tokenMatcher(first, Colon)) return { message: `Expected a weekday before ':'`, range };
  // `| 1 | Rest | 3 mi |`: a table row whose first cell is no day (`tableRow`).
  if (isBar(first)) return { message: `A table row reads as a day when its first cell is a weekday, 'Day N' or 'Week N', like '| Mon | gym upper |'`, range };
  if (tokenMatcher(first, Word)) {
    const glued = /^week(\d+)$/i.exec(first.image);
    if (glued) return { message: `Write 'week ${glued[1]}' with a space`, range };
    const followedByColon = second !== undefined && tokenMatcher(second, Colon);
    const dayGuess = suggest(first.image, DAY_FORMS);
    const keywordGuess = suggest(first.image, STATEMENT_WORDS);
    // `strat:` is closer to 'start' than to 'Sat': the nearer guess wins, a weekday on a tie.
    if (keywordGuess && dayGuess && followedByColon) {
      const typed = first.image.toLowerCase();
      if (editDistance(typed, keywordGuess.toLowerCase(), 3) < editDistance(typed, dayGuess.toLowerCase(), 3)) {
        return { message: `Unknown word '${first.image}' — did you mean '${keywordGuess}'?`, range, fixes: changeTo(range, first.image, keywordGuess) };
      }
    }
    // `Tuse:` is a weekday; `wek 3` is a keyword (a keyword may take a colon too: `gaol: running`).
    if (keywordGuess && !(followedByColon && dayGuess && first.image.toLowerCase() !== 'goal')) {
      if (!followedByColon || !dayGuess) return { message: `Unknown word '${first.image}' — did you mean '${keywordGuess}'?`, range, fixes: changeTo(range, first.image, keywordGuess) };
    }
    if (dayGuess && (followedByColon || first.image.length >= 3)) {
      return { message: `Unknown weekday '${first.image}' — did you mean '${dayGuess}'?`, range, fixes: changeTo(range, first.image, dayGuess) };
    }
    if (followedByColon) return { message: `Expected a weekday before ':'`, range };
    if (startsSession(tokens, vocabulary)) {
      return { message: `Expected a weekday before the session, like 'Mon: ${first.image}'`, range };
    }
  }
  return { message: `Expected a weekday, 'week', 'goal', 'start' or 'plan' at the start of a statement, not '${first.image}'`, range };
}

function describeParseError(error: IRecognitionException, tokens: IToken[], source: SourceText): SyntaxIssue {
  const [kind, expected, rule] = error.message.split('|');
  const actual = Number.isNaN(error.token.startOffset) ? undefined : error.token;
  const previous = (error as IRecognitionException & { previousToken?: IToken }).previousToken;
  const previousReal = previous && !Number.isNaN(previous.startOffset) ? previous : undefined;
  const near = actual ?? previousReal ?? tokens[tokens.length - 1];
  const at = (token: IToken | undefined): Range => source.rangeOf(token ?? near);
  const found = actual ? ` but found '${actual.image}'` : '';

  if (actual && tokenMatcher(actual, UnterminatedString)) {
    return { message: `Unterminated text — add the closing '"'`, range: at(actual) };
  }
  if (kind === 'mismatch') {
    switch (`${rule}:${expected}`) {
      case 'day:Colon': {
        const after = at(previousReal);
        return {
          message: `Expected ':' after the weekday`,
          range: after,
          fixes: [{ title: `Add ':' after '${previousReal?.image ?? 'the weekday'}'`, edits: [{ range: { start: after.end, end: after.end }, newText: ':' }], preferred: true }],
        };
      }
      case 'week:Quantity':
        return previousReal && tokenMatcher(previousReal, Dash)
          ? { message: `Expected the last week of the range after '-', like 'week 2-4'`, range: at(actual ?? previousReal) }
          : { message: `Expected a week number after 'week', like 'week 3' or 'week 2-4'`, range: at(actual ?? previousReal) };
      case 'title:StringLiteral':
        return { message: `Expected the plan's name in double quotes, like plan "Base block"`, range: at(actual ?? previousReal) };
      case 'start:DateLiteral':
        return { message: `Expected a date like 2026-12-07 after 'start'${found}`, range: at(actual ?? previousReal) };
      case 'exercises:RBracket': {
        const open = [...tokens].reverse().find((token) => tokenMatcher(token, LBracket) && token.startOffset < (actual?.startOffset ?? Infinity));
        return { message: `Expected ']' to close the exercise list`, range: at(open) };
      }
      default:
        return { message: `Expected ${expected}${found}`, range: at(actual) };
    }
  }
  if (kind === 'earlyExit') {
    if (rule === 'title') return { message: `Expected the plan's name after 'plan:', like plan: Base block`, range: at(actual ?? previousReal) };
    if (rule === 'goal') {
      return { message: `Expected a goal after 'goal': ${quoteList(GOALS)}`, range: at(actual ?? previousReal) };
    }
    if (actual && tokenMatcher(actual, Plus)) return { message: `Expected a session before '+'`, range: at(actual) };
    if (previousReal && tokenMatcher(previousReal, Plus)) return { message: `Expected a session after '+'`, range: at(previousReal) };
    return { message: `Expected a session after ':', like 'gym', 'run easy' or 'rest'`, range: at(actual ?? previousReal) };
  }
  // Input left over after a complete statement.
  const extra = actual ?? near;
  const statementType = tokens[0].tokenType;
  if (extra.image === ']') return { message: `Unexpected ']' — there is no '[' to close`, range: at(extra) };
  if (statementType.name === 'WeekKw') {
    return { message: `Unexpected '${extra.image}' after the week number — put a label after ':' (week 3: deload) or in double quotes`, range: at(extra) };
  }
  if (statementType.name === 'StartKw') return { message: `Unexpected '${extra.image}' after the date`, range: at(extra) };
  if (statementType.name === 'PlanKw') {
    // `plan Base`: a name right after `plan` needs its quotes (or a colon: `plan: Base`).
    if (extra === tokens[1] || extra === tokens[0]) return { message: `Expected the plan's name in double quotes, like plan "Base block"`, range: at(extra) };
    return { message: `Unexpected '${extra.image}' after the plan's name`, range: at(extra) };
  }
  if (extra.image === '[') return { message: `Unexpected '[' — exercises follow a gym session, like 'gym lower [squat 5x5]'`, range: at(extra) };
  return { message: `Unexpected '${extra.image}'`, range: at(extra) };
}

function readComments(comments: IToken[], text: string, index: LineIndex, plan: Plan): void {
  for (const token of comments) {
    const range = index.rangeOf(token.startOffset, tokenEnd(token));
    const before = text.slice(index.lineStart(range.start.line), token.startOffset);
    const body = token.image.slice(1).trim();
    const comment: Comment = { text: body, range, ownLine: BLANK.test(before) };
    plan.comments.push(comment);
    const match = SUPPRESSION.exec(body);
    if (!match) continue;
    const rules: string[] = [];
    // Rule ids follow, separated by spaces or commas; anything else (`-- reason`) ends the list.
    for (const word of body.slice(match[0].length).split(LIST_SEPARATOR)) {
      if (word === '') continue;
      if (!RULE_ID.test(word)) break;
      rules.push(word.toLowerCase());
    }
    const suppression: Suppression = { scope: match[1] ? 'file' : 'line', rules, line: range.start.line, range };
    plan.suppressions.push(suppression);
  }
}

function weekdayOf(token: IToken): Weekday {
  // A table's column day (`tableRow`): its border holds no weekday word.
  const column = (token as Partial<ColumnDay>).columnDay;
  if (column !== undefined) return column;
  // A DayName token starts with one of mo, tu, we, th, fr, sa, su in any case (ASCII letters: | 0x20 lowers them).
  const first = token.image.charCodeAt(0) | 0x20;
  const second = token.image.charCodeAt(1) | 0x20;
  // By character codes, not a two-letter string looked up per day line.
  switch (first) {
    case 0x6d /* m */:
      return 0;
    case 0x77 /* w */:
      return 2;
    case 0x66 /* f */:
      return 4;
    case 0x74 /* t */:
      // `T` alone (a day line's letter, `letterDay`) is Tuesday; `S` alone Saturday.
      return second === 0x75 /* u */ || token.image.length === 1 ? 1 : 3;
    default:
      return second === 0x61 /* a */ || token.image.length === 1 ? 5 : 6;
  }
}

/**
 * Builds statements and blocks, one parsed statement at a time. Until the first `week` line is seen, statements wait:
 * whether the file has weeks decides where goals and the first days go.
 */
class ModelBuilder {
  private block: WeekBlock | undefined;

  /** The week the block being read is, when its header names one week (`week 3`); else undefined. */
  currentWeek(): number | undefined {
    const header = this.block?.header;
    return header !== undefined && header.from === header.to ? header.from : undefined;
  }

  private leading: WeekBlock | undefined;
  private sawDay = false;
  /** Goals of a week-less file not yet placed in its one block. */
  private readonly pendingGoals: GoalStatement[] = [];
  /** Undefined until a `week` statement is seen or the text ends. */
  private hasWeeks: boolean | undefined;
  private readonly waiting: ParsedStatement[] = [];
  /** The first reading of each day line's words in this parse (see DayTemplate). */
  private readonly templates = new Map<string, DayTemplate>();
  /**
   * The weekday of each column of the table being read, from its header row (`| Week | Mon | Tue | … |`); undefined
   * after any statement that is no table row. Kept here, not per chunk of lexed lines: a comment or blank line inside
   * a long table may end a chunk (`lexInChunks`), and the rows after it are still the table's.
   */
  tableColumns: (Weekday | undefined)[] | undefined;

  constructor(
    private readonly source: SourceText,
    private readonly plan: Plan,
    private readonly vocabulary: Vocabulary,
    private readonly days: DayCache | undefined,
    /** No day line's reading moved from another (`readEveryLine`). */
    private readonly readEveryLine = false,
  ) {}

  add(parsed: ParsedStatement): void {
    // A line taken whole from the parse before is a day line, no table row.
    if (parsed.range !== undefined) this.tableColumns = undefined;
    if (this.hasWeeks === undefined) {
      if (parsed.tokens.length === 0 || parsed.tokens[0].tokenType !== WeekKw) {
        this.waiting.push(parsed);
        return;
      }
      this.hasWeeks = true;
      this.plan.singleWeek = false;
      for (const early of this.waiting) this.build(early);
      this.waiting.length = 0;
    }
    this.build(parsed);
  }

  /** The day line read with these words (`textKey`): in this parse, once it is built, or with the day cache in any. */
  template(textKey: string): DayTemplate | undefined {
    if (this.readEveryLine) return undefined;
    return this.days !== undefined ? textTemplate(this.days, textKey) : this.templates.get(textKey);
  }

  /** A block taken whole from the parse before (see KeptBlocks): as if its `week` line and statements were read. */
  addBlock(block: WeekBlock): void {
    this.tableColumns = undefined;
    if (this.hasWeeks === undefined) {
      this.hasWeeks = true;
      this.plan.singleWeek = false;
      for (const early of this.waiting) this.build(early);
      this.waiting.length = 0;
    }
    const { plan } = this;
    plan.blocks.push(block);
    if (block.header) plan.statements.push(block.header);
    for (const statement of block.statements) {
      plan.statements.push(statement);
      if (statement.type === 'goal') plan.goals.push(statement);
      else this.sawDay = true;
    }
    this.block = block;
  }

  /** Returns the block of days written before the first `week` line, if any. */
  finish(): WeekBlock | undefined {
    if (this.hasWeeks === undefined) {
      this.hasWeeks = false;
      this.plan.singleWeek = true;
      for (const early of this.waiting) this.build(early);
      this.waiting.length = 0;
    }
    const { plan, pendingGoals, block } = this;
    const hasWeeks = this.hasWeeks;
    if (!hasWeeks && block && block.statements.length > 0) {
      // Goals written after the last day of a week-less file still belong to its one week.
      for (const goal of pendingGoals.splice(0)) block.statements.push(goal);
      block.statements.sort((a, b) => comparePositions(a.range.start, b.range.start));
      const last = block.statements[block.statements.length - 1];
      block.range = { start: block.statements[0].range.start, end: last.range.end };
    }
    extendBlocksOverComments(plan);
    return this.leading;
  }

  private addToBlock(target: WeekBlock, statement: GoalStatement | DayEntry): void {
    target.statements.push(statement);
    target.range = { start: target.range.start, end: statement.range.end };
  }

  private build(parsed: ParsedStatement): void {
    const { source, plan, pendingGoals } = this;
    const errors = plan.syntaxErrors;
    const hasWeeks = this.hasWeeks;
    let { block, sawDay, leading } = this;
    const raw = parsed.cached ? parsed.cached.entry : parsed.statement;
    if (!raw) {
      // A `week` line too broken to read still ends the week before it: its days must not join that week.
      if (parsed.tokens[0].tokenType === WeekKw) {
        this.block = { statements: [], range: source.rangeBetween(parsed.tokens[0], lastTokenOf(parsed)) };
        plan.blocks.push(this.block);
      }
      return;
    }
    // A kept or moved day line: its entry's range (its tokens still hold a list mark, `- Mon: gym`, which a line read
    // now leaves out of its statement: a week's first day would start the week block at the mark).
    const range = parsed.range ?? parsed.cached?.entry.range ?? source.rangeBetween(parsed.tokens[0], lastTokenOf(parsed));
    switch (raw.type) {
      case 'title': {
        const words = raw.words ?? [];
        // `plan: "Base block"`: one quoted name after the colon is that name.
        const quoted = raw.name ?? (words.length === 1 && tokenMatcher(words[0] as IToken, StringLiteral) ? words[0] : undefined);
        const written = quoted ? unquote(quoted.image) : words.length > 0 ? source.text.slice((words[0] as IToken).startOffset, tokenEnd(words[words.length - 1] as IToken)).trim() : undefined;
        if (written === undefined) break;
        if (plan.title) {
          errors.push({ message: `A plan has only one title — this is a second 'plan'`, range: source.rangeOf(raw.keyword) });
          break;
        }
        if (sawDay) {
          errors.push({ message: `'plan' must come before the first day`, range: source.rangeOf(raw.keyword) });
          break;
        }
        const title: TitleStatement = { type: 'title', range, name: written };
        plan.title = title;
        plan.statements.push(title);
        break;
      }
      case 'start': {
        if (!raw.date) break;
        const dateRange = source.rangeOf(raw.date);
        const problem = dateProblem(raw.date.image);
        if (problem) {
          errors.push({ message: problem, range: dateRange });
          break;
        }
        if (plan.start) {
          errors.push({ message: `A plan has only one 'start' date`, range: source.rangeOf(raw.keyword) });
          break;
        }
        if (sawDay) {
          errors.push({ message: `'start' must come before the first day`, range: source.rangeOf(raw.keyword) });
          break;
        }
        const start: StartStatement = { type: 'start', range, date: raw.date.image, dateRange };
        plan.start = start;
        plan.statements.push(start);
        break;
      }
      case 'pace': {
        const pace = readPaceStatement(raw, range, source, errors, parsed.errorRange);
        if (!pace) break;
        if (plan.pace) {
          errors.push({ message: `A plan has only one 'pace' — this is a second one`, range: source.rangeOf(raw.keyword) });
          break;
        }
        plan.pace = pace;
        plan.statements.push(pace);
        break;
      }
      case 'goal': {
        const goals: Located<Goal>[] = [];
        let longRace = false;
        let problem: SyntaxIssue | undefined;
        const words = raw.words.map((word) => word.image.toLowerCase());
        for (let i = 0; i < raw.words.length; i++) {
          const word = raw.words[i];
          const value = words[i];
          // `goal: 1/2 marathon`: a half marathon written with its fraction.
          const half = value === '1' && words[i + 1] === '/' && words[i + 2] === '2' && words[i + 3] === 'marathon';
          const synonym = half ? { value: 'running' as const, end: i + 4 } : GOAL_SYNONYMS.match(words, i);
          if (synonym) {
            if (half || LONG_RACE_GOALS.has(words.slice(i, synonym.end).join(' '))) longRace = true;
            // `goal: running (10K)`: the same goal said twice is one.
            if (!goals.some((goal) => goal.value === synonym.value)) goals.push({ value: synonym.value, range: source.rangeBetween(word, raw.words[synonym.end - 1]) });
            i = synonym.end - 1;
          } else if (!GOAL_JOINER.test(value) && !GOAL_NOISE.has(value) && !problem) {
            const range = source.rangeOf(word);
            const guess = suggest(word.image, GOALS);
            // `goal: 10K with weights`, `Goal: 10k PR and keep strength`: beside a goal word, the other words are the
            // user's own description; only a near miss of a goal (`runing`) is worth a question, as a warning.
            const nearMiss = guess !== undefined && value.length >= 4 && editDistance(value, guess, 1) <= 1;
            problem = {
              ...(nearMiss ? { severity: 'warning' as const } : {}),
              message: guess
                ? `Unknown goal '${word.image}' — did you mean '${guess}'?`
                : `Unknown goal '${word.image}' — the checker knows ${quoteList(GOALS)}: 'strength' if lifting comes first, 'running' if a race does, 'balanced' for both`,
              range,
              fixes: (guess ? [guess] : GOALS).map((goal, index) => ({ title: `Change '${word.image}' to '${goal}'`, edits: [{ range, newText: goal }], preferred: index === 0 })),
            };
          }
        }
        if (problem && !parsed.errorRange && (goals.length === 0 || problem.severity === 'warning')) {
          if (goals.length === 0) delete problem.severity;
          errors.push(problem);
        }
        if (goals.length === 0) break;
        const goal: GoalStatement = longRace ? { type: 'goal', range, goals, longRace } : { type: 'goal', range, goals };
        plan.goals.push(goal);
        plan.statements.push(goal);
        if (hasWeeks && block) this.addToBlock(block, goal);
        else if (!hasWeeks) pendingGoals.push(goal);
        break;
      }
      case 'week': {
        const header = readWeekHeader(raw, range, source, errors, parsed.errorRange);
        block = { header, statements: [], range };
        plan.blocks.push(block);
        if (header) plan.statements.push(header);
        break;
      }
      case 'day': {
        sawDay = true;
        if (hasWeeks && !block) {
          // Days before the first `week` line are week 1: typing `week 2` under a one-week plan keeps it valid.
          block = { statements: [], range };
          plan.blocks.push(block);
          leading = block;
        }
        if (!block) {
          block = { statements: [], range };
          plan.blocks.push(block);
          for (const goal of pendingGoals.splice(0)) {
            block.statements.push(goal);
          }
          block.range = { start: block.statements[0]?.range.start ?? range.start, end: range.end };
        }
        let entry: DayEntry;
        const cached = parsed.cached;
        if (cached) {
          if (parsed.adopt) {
            entry = cached.entry;
            entry.block = block;
          } else entry = copyDay(cached.entry, block);
          for (const error of cached.modelErrors) errors.push(error);
        } else {
          const before = errors.length;
          entry = readDayEntry(raw as Extract<RawStatement, { type: 'day' }>, range, block, source, errors, parsed.errorRange, this.vocabulary);
          if (parsed.afterWeek) entry.afterWeek = true;
          if (parsed.key !== undefined && this.days) {
            const kept: CachedDay = {
              entry: copyDay(entry, undefined),
              parseErrors: parsed.parseErrors ?? [],
              modelErrors: errors.slice(before),
              errorRange: parsed.errorRange,
            };
            this.days.current.set(parsed.key, kept);
            // Its words, for a parse that finds them elsewhere (see DayTemplate).
            if (parsed.textKey !== undefined && textTemplate(this.days, parsed.textKey) === undefined) {
              keepTextTemplate(this.days, parsed.textKey, { ...kept, sessions: kept.entry.sessions, at: parsed.textAt ?? range.start });
            }
          } else if (parsed.textKey !== undefined && !this.templates.has(parsed.textKey)) {
            // Its sessions get their box of facts now, which the moved copies share (a class is worked out from the
            // words alone, and checked against the plan's pace and the session's week on every read: classify.ts).
            for (const session of entry.sessions) session[SHARED_FACTS] ??= newFacts();
            this.templates.set(parsed.textKey, {
              entry,
              sessions: entry.sessions.slice(),
              parseErrors: parsed.parseErrors ?? [],
              modelErrors: errors.slice(before),
              errorRange: parsed.errorRange,
              at: parsed.textAt ?? range.start,
            });
          }
        }
        plan.statements.push(entry);
        this.addToBlock(block, entry);
        // `Mon, Wed, Fri: weights`: the same sessions on each of the other days the line names.
        if (parsed.alsoDays !== undefined) {
          entry.severalDays = true;
          if (parsed.sessionFirst) entry.sessionFirst = true;
          for (const weekday of parsed.alsoDays) {
            const copy = copyDay(entry, block);
            copy.weekday = weekday;
            plan.statements.push(copy);
            this.addToBlock(block, copy);
          }
        }
        break;
      }
    }
    this.block = block;
    this.sawDay = sawDay;
    this.leading = leading;
  }
}

/** `pace: 6:00/km`, `pace 9:30/mi`, `pace: 6:00 min/km`: the runner's easy pace. */
function readPaceStatement(
  raw: Extract<RawStatement, { type: 'pace' }>,
  range: Range,
  source: SourceText,
  errors: SyntaxIssue[],
  errorRange: Range | undefined,
): PaceStatement | undefined {
  const words = raw.words;
  const report = (message: string, at: Range): undefined => {
    if (!errorRange) errors.push({ message, range: at });
    return undefined;
  };
  if (words.length === 0) return report(`Expected the easy pace after 'pace', like 'pace: 6:00/km' or 'pace: 9:30/mi'`, source.rangeOf(raw.keyword));
  const read = readPace(words, 0, source);
  if (typeof read === 'string') return report(read, source.rangeBetween(words[0], words[words.length - 1]));
  const extra = words[read.next];
  if (extra) return report(`Unexpected '${extra.image}' after the pace`, source.rangeOf(extra));
  return { type: 'pace', range, secondsPerKm: read.pace.secondsPerKm, per: read.pace.per, valueRange: read.range };
}

function lastTokenOf(parsed: ParsedStatement): IToken {
  return parsed.tokens[parsed.tokens.length - 1];
}

function extendBlocksOverComments(plan: Plan): void {
  // A block ends at its last non-empty line: a comment after its last statement (and before the next block) counts.
  // Blocks and comments are both in text order, so one walk over the comments serves every block: the block's new end
  // is that of the last comment ending by the next block's start, when that comment starts after the block.
  const blocks = plan.blocks;
  const comments = plan.comments;
  let j = 0;
  for (let i = 0; i < blocks.length; i++) {
    const next = blocks[i + 1]?.range.start;
    while (j < comments.length && (next === undefined || comparePositions(comments[j].range.end, next) <= 0)) j++;
    const block = blocks[i];
    const last = comments[j - 1];
    if (!block.header || last === undefined) continue;
    if (comparePositions(last.range.start, block.range.end) > 0) block.range = { start: block.range.start, end: last.range.end };
  }
}

function readWeekHeader(
  raw: Extract<RawStatement, { type: 'week' }>,
  range: Range,
  source: SourceText,
  errors: SyntaxIssue[],
  errorRange: Range | undefined,
): WeekHeader | undefined {
  if (!raw.from) return undefined;
  const numberRange = source.rangeBetween(raw.from, raw.to ?? raw.from);
  const report = (message: string, at: Range): undefined => {
    if (!errorRange) errors.push({ message, range: at });
    return undefined;
  };
  const valueOf = (token: IToken): number => numberWord(token.image) ?? Number(token.image);
  for (const token of raw.to ? [raw.from, raw.to] : [raw.from]) {
    if (!WHOLE_NUMBER.test(token.image) && numberWord(token.image) === undefined) return report(`'${token.image}' is not a week number — write it like 'week 3' or 'week 2-4'`, source.rangeOf(token));
  }
  const from = valueOf(raw.from);
  const to = raw.to ? valueOf(raw.to) : from;
  if (from < 1) return report(`Week numbers start at 1`, source.rangeOf(raw.from));
  if (to > MAX_WEEK) return report(`Week numbers go up to ${MAX_WEEK}`, source.rangeOf(raw.to ?? raw.from));
  if (to < from) return report(`A week range goes up: write 'week ${to}-${from}', not 'week ${from}-${to}'`, numberRange);
  if (to - from + 1 > MAX_RANGE_WEEKS) {
    return report(`A week range covers at most ${MAX_RANGE_WEEKS} weeks (ten years) — 'week ${from}-${from + MAX_RANGE_WEEKS - 1}' is the longest from week ${from}`, numberRange);
  }
  const header: WeekHeader = { type: 'week', range, from, to, numberRange };
  if (raw.label.length > 0) {
    const first = raw.label[0];
    const last = raw.label[raw.label.length - 1];
    const value =
      raw.label.length === 1 && tokenMatcher(first, StringLiteral)
        ? unquote(first.image)
        : source.text.slice(first.startOffset, tokenEnd(last));
    header.label = { value, range: source.rangeBetween(first, last) };
  }
  return header;
}

function wordAt(items: readonly RawItem[], index: number): string {
  const item = items[index];
  const word = item !== undefined && 'token' in item ? wordOf(item.token.image) : '';
  // `w/` is written for `with`, `&` for `and` (`Strength & Conditioning` is the phrase `strength and conditioning`).
  return word === 'w/' ? 'with' : word === '&' ? 'and' : word;
}

/** Words that name a run after a lift (`45 min lift 3 mile run`). */
const RUN_AFTER_LIFT_WORDS: ReadonlySet<string> = new Set(['run', 'jog', 'running', 'jogging']);
/** Words a run's measure is written with before its run word (`3 mile run`, `20 min easy jog`). */
const RUN_MEASURE_WORDS: ReadonlySet<string> = new Set(['mile', 'miles', 'mi', 'km', 'k', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'min', 'mins', 'minute', 'minutes', 'easy', 'recovery', 'slow', 'short', 'steady', 'long', 'tempo', 'light']);
/** Words that join or lead a session's words: no session starts right after them (`with`, `a`, `or`). */
const JOIN_WORDS_BEFORE: ReadonlySet<string> = new Set(['&', 'and', 'plus', '+', '/', 'or', 'then', 'with', 'w/', 'w', 'of', 'a', 'an', 'the', 'to', 'for', 'no', 'not', 'after', 'before']);
/** A lift's own words right before a run word that starts the day's run (`lift legs run 3`, `upper body run`). */
const LIFT_WORDS_BEFORE_RUN: ReadonlySet<string> = new Set(['lift', 'lifting', 'weights', 'strength', 'gym', 'body', 'upper', 'lower', 'full', 'heavy', 'light', 'push', 'pull', 'core', 'abs']);
/** Words that name a lift after a run (`run 3 mi lift legs`): a session's own words, never a body part alone. */
const LIFT_AFTER_RUN_WORDS: ReadonlySet<string> = new Set(['lift', 'lifting', 'weights', 'strength', 'gym']);

/**
 * The kind of session that starts at item `index` with nothing joining it to the words before: `gym` for a run that
 * follows a lift (`3 mile run`, `run 4 mi`, the run's measure first or its run word first), `run` for a lift that
 * follows a run (`lift legs`, `upper body weights`); the caller checks that the piece before is of the other kind.
 * Undefined for anything else. Looks at most four items ahead.
 */
function unjoinedNext(items: readonly RawItem[], index: number, word: string): 'gym' | 'run' | undefined {
  const item = items[index] as RawItem;
  const previous = items[index - 1];
  if (!('token' in item) || previous === undefined || !('token' in previous)) return undefined;
  // Only right after a word or a number of the session before (or its aside's `)`): a joiner, a comma, a dash or a
  // `/` before it is read by the joins' own rules.
  const closes = previous.token.image === ')';
  if (!closes && !tokenMatcher(previous.token, Word) && !tokenMatcher(previous.token, Quantity)) return undefined;
  const before = wordAt(items, index - 1);
  if (JOIN_WORDS_BEFORE.has(before)) return undefined;
  if (LIFT_AFTER_RUN_WORDS.has(word) || ((word === 'upper' || word === 'lower') && wordAt(items, index + 1) === 'body')) return 'run';
  // `lift legs run 3`, `weights (upper) run 4 mi`, `squat 5x5 run 2 mi`: right after the lift's own words (a body part,
  // its focus, a lift word, its sets or its aside); not after a run's own words (`easy conversational run`).
  // `weights 20 min run 3 mi`, `lift 30 min run 30 min`: right after the lift's measure, when the run writes its own
  // after its word (review12: the lift's `20 min` was read as the run's).
  if (RUN_AFTER_LIFT_WORDS.has(word)) return closes || LIFT_WORDS_BEFORE_RUN.has(before) || BODY_PARTS.has(before) || /^\d+x\d+$/.test(before) || (measuredAfter(items, index) && measureEndsAt(items, index - 1)) ? 'gym' : undefined;
  // `3 mile run`, `20 min easy jog`, `2 mi run`: a measure with a unit, then up to two words of it, then the run word —
  // whose own measure is not written after it (`weights 20 min run 3 mi`: the `20 min` is the lift's).
  if (!tokenMatcher(item.token, Quantity) || !/^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?(?:k|km|mi|mins?|m)?$/i.test(item.token.image)) return undefined;
  for (let k = index + 1; k < items.length && k <= index + 3; k++) {
    const next = wordAt(items, k);
    if (RUN_AFTER_LIFT_WORDS.has(next)) return measuredAfter(items, k) ? undefined : 'gym';
    if (!RUN_MEASURE_WORDS.has(next)) return undefined;
  }
  return undefined;
}

/** Words of a unit written apart from its number (`20 min`, `3 mi`, `3 sets`; not `rounds` or `reps`: `3 rounds run 400m` is a circuit's station). */
const MEASURE_UNIT_WORDS: ReadonlySet<string> = new Set(['mile', 'miles', 'mi', 'km', 'k', 'kms', 'min', 'mins', 'minute', 'minutes', 'hr', 'hrs', 'hour', 'hours', 'h', 'sets']);

/** The item after `index` is a number (`run 3 mi`: the run's measure, written after its word). */
function measuredAfter(items: readonly RawItem[], index: number): boolean {
  const next = items[index + 1];
  return next !== undefined && 'token' in next && tokenMatcher(next.token, Quantity);
}

/** A measure ends at item `index`: a number with its unit glued (`20min`) or a unit word after a number (`20 min`). */
function measureEndsAt(items: readonly RawItem[], index: number): boolean {
  const item = items[index];
  if (item === undefined || !('token' in item)) return false;
  if (tokenMatcher(item.token, Quantity)) return /^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?[a-z]+$/i.test(item.token.image);
  const number = items[index - 1];
  return MEASURE_UNIT_WORDS.has(wordAt(items, index)) && number !== undefined && 'token' in number && tokenMatcher(number.token, Quantity);
}

/** How many words at `index` say "and next" (`then`, `followed by`, `finish with`), or 0. */
function thenLength(items: readonly RawItem[], index: number, word: string): number {
  switch (word) {
    case 'then':
      return 1;
    // `Gym after run`, `core after the long run`: the session after `after` is done first; the two are the day's
    // sessions as written (no order is stated: rules/order.ts reads no bare `after`).
    case 'after':
      return 1;
    case 'followed': {
      // `followed by`, `followed directly by`, `followed immediately by`.
      if (wordAt(items, index + 1) === 'by') return 2;
      const adverb = wordAt(items, index + 1);
      return (adverb === 'directly' || adverb === 'immediately' || adverb === 'straight') && wordAt(items, index + 2) === 'by' ? 3 : 0;
    }
    case 'finish':
    case 'finished':
    case 'finishing':
    case 'end':
    case 'ending':
      return wordAt(items, index + 1) === 'with' ? 2 : 0;
    default:
      return 0;
  }
}

/** `chest & triceps`, `legs & core`, `legs & shoulders`: two body parts joined are one gym session (sessions.ts reads the focus). */
function bodyPartsJoined(items: RawItem[], index: number): boolean {
  const before = BODY_PARTS.get(wordAt(items, index - 1));
  const after = BODY_PARTS.get(wordAt(items, index + 1));
  return before !== undefined && after !== undefined;
}

/** Jump training named on its own (vocabulary.ts: conditioning); after a lift joined by `and`/`&` it is the lift's part. */
const PLYOMETRIC_WORDS: ReadonlySet<string> = new Set(['plyometrics', 'plyometric', 'plyos', 'plyo']);

/** A gym session named by a word (`weights`, `weight training`), not read from an exercise or a quantity. */
function liftByName(kind: ReturnType<typeof kindOf>): boolean {
  return kind?.kind === 'gym' && !kind.byExercise && !kind.byQuantity;
}

/** True when the piece from `start` to `index` is a run: named so, or a distance with how it is run (`Easy 3 mi`). */
function runBefore(items: RawItem[], start: number, index: number, vocabulary: Vocabulary): boolean {
  const kind = kindOf(items.slice(start, index), vocabulary);
  if (kind !== undefined) return kind.kind === 'run';
  // `Easy 3 mi`: no session word, a distance and an effort.
  for (let k = start; k < index; k++) if (distanceAt(items, k)) return true;
  return false;
}

/** True when the item at `index` is a distance with its unit (`4mi`, `5K`, `400m`, `4 miles`, `3 mi`). */
function distanceAt(items: readonly RawItem[], index: number): boolean {
  const item = items[index];
  return item !== undefined && 'token' in item && tokenMatcher(item.token, Quantity) && (DISTANCE_AT_END.test(item.token.image) || DISTANCE_WORDS.has(wordAt(items, index + 1)));
}

/** True when the items at `index` are `(`, `am` or `pm`, `)`. */
function bracketedPeriod(items: RawItem[], index: number): boolean {
  const word = wordAt(items, index + 1);
  return wordAt(items, index) === '(' && (word === 'am' || word === 'pm') && wordAt(items, index + 2) === ')';
}

/** Focus words name a gym session on their own, but after a comma (`gym upper, core`) they may be part of the one before. */
const NOT_AFTER_COMMA = new Set(['upper', 'lower', 'full', 'push', 'pull', 'legs', 'core', 'upperbody', 'lowerbody', 'fullbody']);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const HOW_WORDS: ReadonlySet<string> = new Set(['easy', 'slow', 'steady', 'short', 'long', 'light', 'moderate', 'hard', 'recovery', 'tempo', 'brisk']);
/** Units written as words after a session's number (`2-3 mile run`, `30 minutes easy run`). */
/** Units of a distance written as a word after its number (`4 miles`, `5 k`). */
const DISTANCE_WORDS: ReadonlySet<string> = new Set(['mile', 'miles', 'mi', 'km', 'kms', 'k', 'm', 'meter', 'meters', 'metre', 'metres']);
const UNIT_WORDS: ReadonlySet<string> = new Set([...DISTANCE_WORDS, 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'h']);

/** Words of a focus or an intensity written before a session word (`upper body weights`, `total body lift`). */
const FOCUS_LEAD = new Set(['upper', 'lower', 'total', 'full', 'body', 'heavy', 'light']);

function sessionAfter(items: RawItem[], index: number, vocabulary: Vocabulary): boolean {
  const tokens: IToken[] = [];
  for (let i = index; i < items.length && tokens.length < 8; i++) {
    const item = items[i];
    if (!('token' in item)) break;
    tokens.push(item.token);
  }
  if (tokens.length === 0) return false;
  if (!NOT_AFTER_COMMA.has(wordOf(tokens[0].image)) && startsSession(tokens, vocabulary)) return true;
  // `strength training and a 2-3 mile run`, `weights and 30 min easy run`: an article and the session's time or
  // distance may come before its session word.
  let at = ARTICLES.has(wordOf(tokens[0].image)) ? 1 : 0;
  const measured = at < tokens.length && tokenMatcher(tokens[at] as IToken, Quantity);
  while (at < tokens.length && (tokenMatcher(tokens[at] as IToken, Quantity) || tokenMatcher(tokens[at] as IToken, Dash) || (measured && UNIT_WORDS.has(wordOf((tokens[at] as IToken).image))))) at++;
  // `a 2-3 mile easy run`: how it is run, before the session word. Also with no time or distance (`pull and recovery
  // run 5k`, `weights and an easy run`): a lift's `and` then how a run is run names the day's run.
  let how = 0;
  for (; how < 2 && at < tokens.length - 1 && HOW_WORDS.has(wordOf((tokens[at] as IToken).image)); how++) at++;
  if (at > 0 && at < tokens.length && (measured || at === 1 || how > 0) && startsSession(tokens.slice(at), vocabulary)) {
    // Unless it goes on with the session before (`2:30 running and 1 min walking` is one run/walk).
    const after = kindOf(items.slice(index, index + 8), vocabulary);
    const before = kindOf(items.slice(Math.max(0, index - 9), index - 1), vocabulary);
    return after === undefined || before === undefined || !sameSession(before, after);
  }
  // `run easy & total body lift`: a focus before the session word.
  let lead = 0;
  while (lead < 2 && lead < tokens.length - 1 && FOCUS_LEAD.has(wordOf(tokens[lead].image))) lead++;
  return lead > 0 && startsSession(tokens.slice(lead), vocabulary);
}

/** True when a vocabulary phrase starts before the `and` at `index` and ends after it. */
function namedAcross(items: RawItem[], index: number, start: number, vocabulary: Vocabulary): boolean {
  for (let from = Math.max(start, index - 3); from < index; from++) {
    const words: (string | undefined)[] = [];
    for (let k = from; k < Math.min(items.length, index + 4); k++) words.push(wordAt(items, k));
    const match = vocabulary.sessions.match(words, 0);
    if (match && from + match.end > index + 1) return true;
  }
  return false;
}

/** Mobility work: stretching, foam rolling, yoga (a cross session of the `mobility` or `yoga` activity). */
function mobilityWork(kind: ReturnType<typeof kindOf> | null): boolean {
  return kind?.kind === 'cross' && (kind.activity === 'mobility' || kind.activity === 'yoga');
}

/** `1/2`, `3/4`, `1/8`: a fraction (glued) of halves, thirds or quarters, or one over anything, at the `/` at `index`. */
function smallFraction(items: readonly RawItem[], index: number): boolean {
  if (!fractionSlash(items, index)) return false;
  const top = Number(wordAt(items, index - 1));
  const bottom = Number(wordAt(items, index + 1));
  return top < bottom && (top === 1 || bottom <= 4);
}

/** True when the items hold a word or phrase that names a session (not just a run word or an exercise). */
function namesSession(items: RawItem[], vocabulary: Vocabulary): boolean {
  for (let i = 0; i < items.length; i++) if (sessionAfter(items, i, vocabulary)) return true;
  return false;
}

/**
 * `gym upper, run easy`: a comma between two sessions is read as `+` (a warning with the fix on the comma): the piece
 * after it is a new session when it reads as a session of another kind than the one before (`ME lower body,
 * speed/interval work`), not when it goes on with the same one (`squat 5x5, bench 5x5`, `jog 5mins, run 10mins
 * steady`, `gym upper, core`). `stretch & strength`, `run easy and gym upper`: `&` and `and` join two sessions when
 * both sides name one (`squats and lunges` stays one gym session). `followed by`, `then`, `finish with` join too.
 */
function splitSessions(raw: RawSession, source: SourceText, errors: SyntaxIssue[], errorRange: Range | undefined, vocabulary: Vocabulary): RawSession[] {
  // `buy-in 400m run, then 4 rounds for time of: …, cashout 400m run`: a CrossFit WOD with its buy-in and cash-out is
  // one session, whatever it names.
  if (wodWithBuyIn(raw.items)) return [raw];
  let parts: RawSession[] | undefined;
  let start = 0;
  const items = raw.items;
  let depth = 0;
  // The kind of the session being read, from its first piece (computed at its first comma, once).
  let current: ReturnType<typeof kindOf> | null = null;
  // Where the last `am`/`pm` of the session being read is (-1: none yet).
  let periodSeen = wordAt(items, 0) === 'am' || wordAt(items, 0) === 'pm' || PERIOD_WORDS.has(wordAt(items, 0)) || bracketedPeriod(items, 0) ? 0 : -1;
  // The start of the piece whose kind (a lift or not) `liftBefore` holds, for a distance joined after it.
  let liftStart = -1;
  // Whether the piece from `runStart` is a run, read once per piece (`Easy 3 mi & upper body`; see `liftBefore`).
  let runStart = -1;
  let runPiece = false;
  // The kind of the piece before a `& core` (read once per piece: `core & upper body & core & …` read it at every join).
  let coreStart = -1;
  let corePieceKind: string | undefined;
  let liftBefore = false;
  let liftEnd = -1;
  // Where the piece after the last `finish with` starts (-1: none).
  let finisherAt = -1;
  // Whether the whole session is a list of stations (worked out once, at the first comma that asks: linear).
  let stations: boolean | undefined;
  for (let i = 1; i < items.length - 1; i++) {
    const item = items[i] as RawItem;
    // Only a comma, `&`, `and` or a "then" word can split: most items are not one, and are passed over first.
    if (!('token' in item) || i <= start) continue;
    const token = item.token;
    // `(AM) 20min gym session (PM) intervals`: a time of day in brackets marks the outing like a bare one.
    if (depth === 0 && token.image === '(' && bracketedPeriod(items, i)) {
      // `10 mi (AM); 4 mi (PM)`: a bracket that ends its session (the line's end or a comma after it) is that session's.
      const closeAfter = items[i + 3];
      const trailing = closeAfter === undefined || ('token' in closeAfter && closeAfter.token.tokenType === Comma);
      if (!trailing && periodSeen >= start && periodSeen < i) {
        (parts ??= []).push({ items: items.slice(start, i) });
        start = i;
        current = null;
      }
      periodSeen = i;
      i += 2;
      continue;
    }
    // Nothing in parentheses splits a session: `(swim, bike or row)` is an aside.
    if (token.image === '(') depth++;
    else if (token.image === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const comma = token.tokenType === Comma;
    const lower = comma ? ',' : wordOf(token.image);
    // `AM - 4 mile run PM - circuit`: a second time of day starts the day's second session. So does a time of day in
    // words (`Morning 8 x 1 mile; Afternoon 5 miles easy`).
    if ((lower === 'am' || lower === 'pm' || PERIOD_WORDS.has(lower)) && !bracketedPeriod(items, i - 1)) {
      // `10 miles easy. PM: 4 miles`, `…, 2 mi cd PM: 4 mi + strides`: a time of day with its `:` (or after a full stop)
      // in the middle of a piece starts the day's next outing too, when none was written for the first.
      const before = items[i - 1];
      const labelled = wordAt(items, i + 1) === ':' || (i > start && before !== undefined && 'token' in before && before.token.image.endsWith('.') && !/^\d+\.$/.test(before.token.image));
      // (Only after a session: `…, day 2. Afternoon: swimming` is one, `day 2.` the end of a sentence before it.)
      if ((periodSeen >= start && periodSeen < i) || (labelled && i > start && periodSeen < start && kindOf(items.slice(start, i), vocabulary) !== undefined)) {
        (parts ??= []).push({ items: items.slice(start, i) });
        start = i;
        current = null;
      }
      periodSeen = i;
      continue;
    }
    // `45 min lift 3 mile run`, `weights (upper) run 4 mi`, `run 3 mi lift legs`: a run written right after a lift, or a
    // lift right after a measured run, with nothing between them, is the day's next session (it was lost: the lift
    // read `3 mile run` as its words). With the warning and the fix that adds the '+'.
    if (!comma && !errorRange) {
      const next = unjoinedNext(items, i, lower);
      if (next !== undefined) {
        // The session just before, from at most eight items back (read at every such word of a long line, the whole
        // piece would be quadratic; the session's own `current` is left to the joins below).
        const from = Math.max(start, i - 8);
        const before = kindOf(items.slice(from, i), vocabulary);
        if (before !== undefined && !before.byQuantity && !before.byEffort && before.kind === next && (next === 'gym' || startsWithQuantityBefore(items, from, i))) {
          const at = source.rangeOf(token);
          errors.push({
            message: `Separate the sessions of one day with '+' — read as two sessions, the second from '${token.image}'`,
            range: at,
            severity: 'warning',
            fixes: [{ title: `Add '+' before '${token.image}'`, edits: [{ range: { start: at.start, end: at.start }, newText: '+ ' }], preferred: true }],
          });
          (parts ??= []).push({ items: items.slice(start, i) });
          start = i;
          current = null;
          continue;
        }
      }
    }
    // `45 minute easy run plus strength training`: `plus` joins as `and` does.
    const join = !comma && (lower === '&' || lower === 'and' || lower === 'plus');
    // `5x5 squats followed by 45 minutes of speed work`, `full body weights, finish with erg`.
    const thenWords = comma ? 0 : thenLength(items, i, lower);
    if (thenWords > 0) {
      const after = kindOf(piece(items, i + thenWords), vocabulary, true);
      // The session before, from the words just before the join, else from its start (`bike 4x (10' Z2 + 5' Z3) @ >90rpm
      // then run 30'`: the bike is named before its repeats).
      const before = after && kindBefore(items, start, i, vocabulary);
      // `run 20 min then 4 x 1 min fast` goes on with the same run.
      if (!after || !before || sameSession(before, after)) continue;
      // `rest after Saturday's race`: a day off after an event is the reason for the rest, not a second session.
      // `15 box jumps after each run` is inside the run; `recovery run after the race` names the race it follows.
      if (lower === 'after' && (before.kind === 'rest' || after.kind === 'rest' || after.kind === 'event' || ['each', 'every'].includes(wordAt(items, i + 1)))) continue;
      (parts ??= []).push({ items: items.slice(start, i) });
      start = i + thenWords;
      current = null;
      i = start - 1;
      if (lower !== 'then' && lower !== 'followed' && lower !== 'after') finisherAt = start;
      continue;
    }
    // `brick - bike 30 min / run 30 min`, `B 30/R 30`: a spaced `/` between sessions of two kinds is one then the
    // other (as published tables write a brick); between two of one kind (`bike / row`) or with a rest day
    // (`rest / walk`) it offers alternatives, and the first counts.
    if (lower === '/') {
      // `AM: 10 / PM: 4`, `10 easy / 4 easy`, `10/4`: bare miles on both sides are a runner's log's double, two outings
      // (`bareDouble`), not alternatives; a fraction of halves, thirds or quarters stays one (`1/2`).
      // So are two outings given only by their minutes or distance, each with its time of day (`70' AM / 35' PM`, `70'
      // (am) / 35' (pm)`, `10 mi (AM) / 4 mi (PM)`: `amountOuting`); without one, `70' / 35'` is one run of 105 minutes,
      // as `60' + 30'` is (a time alone after a run goes on with it).
      const right = items.slice(i + 1, pieceEnd(items, i + 1, 12));
      const left = items.slice(start, i);
      if (!smallFraction(items, i) && ((bareMilesOuting(right) && bareMilesOuting(left)) || (amountOuting(right) && amountOuting(left)))) {
        (parts ??= []).push({ items: items.slice(start, i) });
        start = i + 1;
        current = null;
        continue;
      }
      // `run 1/2 marathon race`: a fraction (digits glued on both sides) is a number, not two sessions.
      if (fractionSlash(items, i)) continue;
      const after = kindOf(piece(items, i + 1), vocabulary);
      if (after === undefined || after.kind === 'rest') continue;
      if (current === null) current = kindOf(items.slice(start, i), vocabulary);
      // `strength/drills 50 minutes`: as after `and` (drills with a lift are one support session).
      if (current?.kind === 'gym' && drillsOnly(items, i + 1)) continue;
      // `10 mi AM / 4 mi PM`: two runs each with its own time of day are the day's two outings, not alternatives.
      const outings = current !== undefined && current.kind === 'run' && after.kind === 'run' && periodLastBefore(items, start, i) && periodLast(items, i + 1);
      if (!outings && (current === undefined || current.kind === 'rest' || current.kind === after.kind || sameSession(current, after))) continue;
      // `Mobility / Recovery 30'`: `recovery` with no run word after mobility work names what the session is for (active
      // recovery), not a recovery run.
      if (mobilityWork(current) && wordAt(items, i + 1) === 'recovery' && !['run', 'running', 'jog', 'jogging', 'runs'].includes(wordAt(items, i + 2))) continue;
      (parts ??= []).push({ items: items.slice(start, i) });
      start = i + 1;
      current = null;
      continue;
    }
    // `40 minutes easy running. Core.`, `Strength. 6.5 miles. Core.`: a log's sentences, each naming a session of
    // another kind than the one before, are the day's sessions as written (prose lists them so: no '+' to suggest).
    if (token.image === '.' && token.tokenType === Other) {
      const after = kindOf(sentence(items, i + 1), vocabulary);
      if (after === undefined || after.kind === 'rest') continue;
      if (current === null) current = kindOf(items.slice(start, i), vocabulary);
      if (current === undefined || current.kind === 'rest' || sameSession(current, after)) continue;
      // `Race day. Warm up, listen to your coach, race, cool down.`: a warm-up sentence goes on with the day's session.
      if (wordAt(items, i + 1) === 'warmup' || wordAt(items, i + 1) === 'warm-up' || (wordAt(items, i + 1) === 'warm' && wordAt(items, i + 2) === 'up')) continue;
      (parts ??= []).push({ items: items.slice(start, i) });
      start = i + 1;
      current = null;
      continue;
    }
    // `Run 4 miles w/ weights after (arms & shoulders)`: a lift named after `with` is no part of a run or a ride (as
    // `with 4 x 800m` is): the day's second session.
    if (lower === 'with' || lower === 'w/') {
      const after = kindOf(piece(items, i + 1), vocabulary);
      if (after?.kind !== 'gym' || after.byExercise || after.byQuantity) continue;
      const before = kindOf(items.slice(start, i), vocabulary);
      if (before?.kind !== 'run' && before?.kind !== 'cross') continue;
      (parts ??= []).push({ items: items.slice(start, i) });
      start = i + 1;
      current = null;
      continue;
    }
    // `run 10 mi; run 4 mi pm`: after a `;`, a run (or a session of the kind before) with its time of day written last
    // is the day's second outing of that kind, with no '+' missing (another kind after a `;` gets the ',' warning below).
    if (comma && token.image === ';' && periodLast(items, i + 1) && sameKindAfter(items, start, i, vocabulary)) {
      (parts ??= []).push({ items: items.slice(start, i) });
      start = i + 1;
      current = null;
      continue;
    }
    // `10 mi (AM); 4 mi (PM)`, `8 mi am, 4 mi pm`: after a session with its time of day, a piece with a time of day of
    // its own is the day's next outing, whatever its kind; after a `;` (a log's separator) too (`… = 9 mi; PM 4 mi`).
    // `8 km tempo run, pm easy 4 km jog`: a piece after a comma that starts with `am` or `pm` is an outing of its own
    // even when the session before gives no time of day (its time is the other one).
    const periodFirst = comma && token.image !== ';' && ['am', 'pm'].includes(wordAt(items, i + 1)) && kindOf(piece(items, i + 2), vocabulary) !== undefined;
    if (periodFirst || (comma && (periodSeen >= start || token.image === ';') && pieceHasPeriod(items, i + 1, periodSeen >= start))) {
      (parts ??= []).push({ items: items.slice(start, i) });
      start = i + 1;
      current = null;
      continue;
    }
    if (!comma && !join) continue;
    if (join) {
      // `Arms/shoulders weights & 4 mi`, `weights and 3 miles`: a distance after a lift is the day's run, as after a comma.
      // The kind before is read once per piece (as `current` is): read again at every `& 4 mi` of a long line, it was
      // quadratic (`squat 5x5 & 4 mi & 4 mi …`). When it must be read again, it is read only for a run after the join
      // (a few words, `piece`): `4 mi squat & 4 mi squat & …` joins lifts, and read at each join it was quadratic too.
      let distanceRun = false;
      if (startsWithQuantity(items, i + 1)) {
        if (liftStart === start && onlyDistancesJoined(items, liftEnd, i)) {
          liftEnd = i;
          distanceRun = liftBefore && runAfterLift(items, i + 1, vocabulary);
        } else if (runAfterLift(items, i + 1, vocabulary)) {
          liftStart = start;
          liftBefore = kindOf(items.slice(start, i), vocabulary)?.kind === 'gym';
          liftEnd = i;
          distanceRun = liftBefore;
        }
      }
      // `Cross train 45 minutes and core exercises`, `run 3 miles and core`: core after a run or a ride is the day's core
      // work (`legs & core` stays one lift's parts: `core` starts no session after a lift).
      const coreAfter =
        wordAt(items, i + 1) === 'core' &&
        kindOf(piece(items, i + 1), vocabulary)?.kind === 'gym' &&
        ['run', 'cross'].includes((coreStart === start ? corePieceKind : ((coreStart = start), (corePieceKind = kindOf(items.slice(start, i), vocabulary)?.kind))) ?? '');
      // `Easy 3 mi & upper body`, `run 3 mi and legs`: a focus or a body part after a run is the day's lift (after a
      // lift, `legs & core` stays its parts).
      const focusAfter = !coreAfter && (NOT_AFTER_COMMA.has(wordAt(items, i + 1)) || BODY_PARTS.has(wordAt(items, i + 1))) && wordAt(items, i + 1) !== 'core' && (runStart === start ? runPiece : ((runStart = start), (runPiece = runBefore(items, start, i, vocabulary)))) && kindOf(piece(items, i + 1), vocabulary)?.kind === 'gym';
      if (!distanceRun && !coreAfter && !focusAfter && (!sessionAfter(items, i + 1, vocabulary) || kindOf(items.slice(Math.max(start, i - 8), i), vocabulary) === undefined)) continue;
      // `speed and conditioning`, `strength and conditioning`: one session's name, in the vocabulary with its `and`.
      if (namedAcross(items, i, start, vocabulary)) continue;
      // `chest & triceps`, `back and biceps`: the body parts of one gym session (a bodybuilding split's day).
      if (bodyPartsJoined(items, i)) continue;
      // `Weight Training and Plyometrics`: jumps joined to a lift are its power part, one gym session.
      if (PLYOMETRIC_WORDS.has(wordAt(items, i + 1)) && liftByName(kindOf(items.slice(start, i), vocabulary))) continue;
      // `Skills & contact`, `rugby skills and conditioning games`: the parts of one team practice.
      if (current === null) current = kindOf(items.slice(start, i), vocabulary);
      if (current?.kind === 'sport' && kindOf(piece(items, i + 1), vocabulary)?.kind === 'sport') continue;
      // `strength and drills`, `strength & drills 40 min`: drills joined to a lift are a runner's support session with
      // it (an elite log's `Strength/Drills` column), not a run of their own.
      if (current?.kind === 'gym' && drillsOnly(items, i + 1)) continue;
      // `Stretch & foam roll`, `yoga and stretching`: two kinds of mobility work joined are one mobility session (a coach
      // sets one slot of it; `stretch & strength` still joins two sessions).
      if (mobilityWork(current) && mobilityWork(kindOf(piece(items, i + 1), vocabulary))) continue;
    } else {
      // `…, finish with erg`: the words after the comma join the sessions themselves.
      if (thenLength(items, i + 1, wordAt(items, i + 1)) > 0) continue;
      // `jerry cans x 200m, 10 reps`, `…, 3 rounds`: a count of reps, rounds or sets is of what came before.
      // (Alone: `5 sets of 5 squats` names what it counts.)
      if (startsWithQuantity(items, i + 1) && COUNTED.has(wordAt(items, i + 2)) && piece(items, i + 1).length === 2) continue;
      // `30 minutes easy run, or bike, or swim`: `, or` offers an alternative, and the first counts (as `or` does).
      if (wordAt(items, i + 1) === 'or') continue;
      // `run 3 mi, no gym`, `easy 5 mi, not lifting today`: a session denied after a comma names what is not done.
      if (['no', 'not', 'without'].includes(wordAt(items, i + 1))) continue;
      // `run 5 mi or bike, swim 20 min`: after `or` and a session named alone, a session of its kind after the comma goes
      // on listing alternatives (run 5 mi, or bike or swim 20 min): the first counts.
      if (wordAt(items, i - 2) === 'or') {
        const alternative = kindOf(items.slice(i - 1, i), vocabulary);
        if (alternative !== undefined && alternative.kind === kindOf(piece(items, i + 1), vocabulary)?.kind) continue;
      }
      // `Run a few kilometres, do an NTC workout or take the whole day off`: a list of alternatives that ends in a day
      // off (a, b or rest); the first counts.
      if (restAlternativesAt(items, i, vocabulary)) continue;
      const after = kindOf(piece(items, i + 1), vocabulary);
      if (after === undefined) continue;
      // `swim: 5x50m, 3x100m`: a distance alone goes on with the session — but not with a lift, which has no distance:
      // `strength training, 4 miles easy`, `Shoulders & Abs; 5K tempo` are the day's lift and its run.
      if (after.byQuantity) {
        if (current === null) current = kindOf(items.slice(start, i), vocabulary);
        if (current?.kind !== 'gym' || !runAfterLift(items, i + 1, vocabulary)) continue;
      }
      // `hill sprints, rest 2 min`, `5 rounds, rest 90s`: a timed rest after a comma is the recovery of the session.
      if (after.kind === 'rest' && timedPiece(items, i + 1)) continue;
      if (current === null) current = kindOf(items.slice(start, i), vocabulary);
      // `10, lift, core`: a runner's log writes the day's miles bare, then the day's other work.
      if (current === undefined && after.kind !== 'run' && bareMilesPiece(items, start, i)) current = { kind: 'run' };
      // A first piece that names no session (`short, intense sprints`) describes what follows: no split.
      if (current === undefined || sameSession(current, after)) continue;
      // `light weights, high reps`, `heavy weights, low reps`: how a lift is done (its reps and load) after a comma is
      // the lift's, not a run of repeats. (Asked before the walks back over the session below, as each comma of a long
      // row asks it.)
      if (current.kind === 'gym' && repsPiece(items, i + 1)) continue;
      // `brisk walk 20-30 min or swimming, cycling or rowing 15-20 min`: a list of alternatives, the first counts. (Asked
      // only where a split would come: asked at every comma of a long row it was quadratic.)
      if (wordBetween(items, start, i, 'or') && piece(items, i + 1).some((_, k) => wordAt(items, i + 1 + k) === 'or')) continue;
      // `bike 60 min, 20 min easy, 20 min hard`: a time at an effort, with no kind word, is a part of a session in parts.
      if (after.byEffort && current.kind !== 'gym' && current.kind !== 'rest') continue;
      // `station strength: sled push 6 x 25m, wall balls 3 x 25`: exercises after a comma are a circuit's stations.
      if (after.byExercise && current.kind === 'conditioning') continue;
      // `squad runs with circuit stations: buddy drag/carry, …, pull-ups, squats`: exercises listed after `with` are inside.
      if (after.byExercise && withBefore(items, start, i)) continue;
      // `Tests - repeat the week 1 tests: jump squats in 1 min, press-ups in 1 min, burpee run, 500m row`: the list after
      // a test's `:` names its events, one test (a day of fitness testing), not a lift, a run and a row.
      if (current.kind === 'event' && testListBefore(items, start, i)) continue;
      // `endurance mix: 2 rounds: 1km run @ steady, 750m row, 150m farmers carry`: what a list of rounds names (a run,
      // an erg, a carry) are the stations of one circuit.
      if (roundsListBefore(items, start, i)) continue;
      // `a longer WOD: power cleans, pull-ups, 200m running`: a circuit's stations are written distance first.
      if (current.kind === 'conditioning' && startsWithQuantity(items, i + 1)) continue;
      // `500m run, 50 wall balls, 500m row`: stations written count or distance first, running or an erg among
      // exercises, are one circuit (sessions.ts `stationList` reads it as conditioning). Asked of the whole session
      // once: each comma asking about the list so far made a long line of stations quadratic.
      if ((stations ??= stationList(items))) continue;
      // `Brick: bike 60 min, run 15 min`, `bike 3 hrs, run 20 min off the bike`: a brick is its sessions one after the
      // other, as written — no mistake to report.
      // `Run 5K, gym after`: a session that says it comes after the one before is the day's next, as written.
      const brick = wordBetween(items, start, i, 'brick') || offTheBike(items, i + 1) || pieceEndsInSequence(items, i + 1);
      // `AM hard row, PM weights - legs, chest`: a comma before the day's second time of day separates its outings.
      const periodAfter = wordAt(items, i + 1) === 'am' || wordAt(items, i + 1) === 'pm' || bracketedPeriod(items, i + 1);
      // A line break before a list item (a day written as a list, `continuationAt`): the list names the day's sessions,
      // one an item, as a log's sentences do — no '+' is missing.
      // A table's border between two cells reads the same (`tableRow`).
      const listItem = token.image.charCodeAt(0) === 10 || token.image.charCodeAt(0) === 13 || token.image === '|';
      // `warm up + mobility work, chins 10x2`, `mobility work, bench 5x5`: mobility with no time of its own listed before
      // a lift's exercises is how the lift starts, read as one session (`mergeLeadingWarmUp`): no '+' is missing.
      const warmUpMobility = after.kind === 'gym' && after.byExercise === true && (current.kind === 'cross' || current.kind === 'run') && onlyWarmUpWords(items, start, i);
      if (!errorRange && !brick && !listItem && !warmUpMobility && !(periodAfter && periodSeen >= start)) {
        const range = source.rangeOf(token);
        errors.push({
          message: `Separate the sessions of one day with '+', not '${token.image}' — read as two sessions`,
          range,
          severity: 'warning',
          fixes: [{ title: `Change '${token.image}' to '+'`, edits: [{ range, newText: ' +' }], preferred: true }],
        });
      }
    }
    (parts ??= []).push({ items: items.slice(start, i) });
    start = i + 1;
    current = null;
  }
  // `PM - 1 mile run best effort circuit`: a conditioning word written last, after a run and its effort, is the day's
  // next session.
  const next = trailingConditioning(items, start, vocabulary);
  if (next > 0) {
    (parts ??= []).push({ items: items.slice(start, next) });
    start = next;
  }
  if (parts === undefined) return [raw];
  parts.push({ items: raw.items.slice(start) });
  for (const part of parts) if (part.items[0] === items[finisherAt]) part.finisher = true;
  return parts;
}

/** True when the piece after a comma at `from` says it is run off the bike (`run 20 min off the bike`). */
function offTheBike(items: readonly RawItem[], from: number): boolean {
  for (let i = from; i < items.length; i++) {
    const item = items[i] as RawItem;
    if ('token' in item && item.token.tokenType === Comma) return false;
    if (wordAt(items, i) === 'off' && (wordAt(items, i + 1) === 'bike' || (wordAt(items, i + 1) === 'the' && wordAt(items, i + 2) === 'bike'))) return true;
  }
  return false;
}

/** The ergs a finisher is done on (`finish with erg`, `finish with 500m row`): hard, unless written easy. */
const FINISHER_ERGS: ReadonlySet<string> = new Set(['row', 'bike']);

/** Words before a last `circuit` that keep it in the run: a route (`run 5km circuit`, `hill circuit`, `track circuit`). */
const ROUTE_BEFORE: ReadonlySet<string> = new Set([
  'run', 'runs', 'running', 'jog', 'jogging', 'hill', 'hills', 'track', 'park', 'trail', 'road', 'lake', 'loop', 'with', 'of', 'a', 'the',
  'and', 'or', 'in', 'on', 'around', 'round', 'same', 'usual', 'easy', 'recovery', 'long', 'steady', 'tempo', 'threshold', 'fartlek',
  // `run 3 mi for fitness`, `run 20 min as conditioning`: what the run is for, no second session.
  'for', 'as',
]);

/**
 * The index of the last item when it names a conditioning session (`circuit`, `wod`) after a run with a distance or
 * time and something more than them (`1 mile run best effort circuit`, `1 mile best effort working at 100 % of your
 * capability Circuit`), or -1. Right after the run's distance, its run word or its type it is the run's route (`run 5km
 * circuit`, `hill circuit`), and a run with `with` (`squad runs with circuit stations`) holds its stations.
 */
function trailingConditioning(items: readonly RawItem[], start: number, vocabulary: Vocabulary): number {
  const last = items.length - 1;
  if (last - start < 3) return -1;
  const item = items[last] as RawItem;
  if (!('token' in item) || !tokenMatcher(item.token, Word)) return -1;
  const named = vocabulary.sessions.match([wordOf(item.token.image)], 0);
  if (named?.value.template.kind !== 'conditioning') return -1;
  const before = items[last - 1] as RawItem;
  if (!('token' in before) || !tokenMatcher(before.token, Word) || ROUTE_BEFORE.has(wordOf(before.token.image))) return -1;
  if (withBefore(items, start, last) || !startsWithQuantityBefore(items, start, last)) return -1;
  return kindOf(items.slice(start, last), vocabulary)?.kind === 'run' ? last : -1;
}

/** True when a quantity (a distance or a time) is written between `from` and `to`. */
function startsWithQuantityBefore(items: readonly RawItem[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const item = items[i] as RawItem;
    if ('token' in item && tokenMatcher(item.token, Quantity)) return true;
  }
  return false;
}

/** True when `word` is written between `from` and `to`. */
const WARM_UP_PIECE_WORDS: ReadonlySet<string> = new Set(['warm', 'up', 'warmup', 'warm-up', 'dynamic', 'mobility', 'work', 'and', '+', 'stretch', 'stretching', 'drills']);
/** Only the words of a warm-up and its mobility between `from` and `to` (`warm up + mobility work`). */
function onlyWarmUpWords(items: readonly RawItem[], from: number, to: number): boolean {
  let any = false;
  for (let i = from; i < to; i++) {
    const word = wordAt(items, i);
    if (word === '') continue;
    if (!WARM_UP_PIECE_WORDS.has(word)) return false;
    if (word === 'mobility') any = true;
  }
  return any;
}

function wordBetween(items: readonly RawItem[], from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) if (wordAt(items, i) === word) return true;
  return false;
}

/**
 * The kind of the session before a join at `index`: from the words just before it, unless they name none or only
 * a time in a zone or a distance (the parts of a session: `bike 4x (10' Z2 + 5' Z3) @ >90rpm then run 30'`); then
 * from the session's start, where its kind word is written.
 */
function kindBefore(items: RawItem[], start: number, index: number, vocabulary: Vocabulary): ReturnType<typeof kindOf> {
  const from = Math.max(start, index - 8);
  const near = kindOf(items.slice(from, index), vocabulary);
  // `bike 4x (10' Z2 + 5' Z3) @ >90rpm then run`: words inside a bracket the window starts in describe the session named
  // before it (`Z2` alone would be a run).
  if (index - 8 <= start || (near !== undefined && !near.byEffort && !near.byQuantity && !insideBracket(items, from, index))) return near;
  return kindOf(items.slice(start, index), vocabulary) ?? near;
}

/** True when a `)` closes, between `from` and `to`, a bracket opened before `from`. */
function insideBracket(items: readonly RawItem[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = wordAt(items, i);
    if (word === '(') return false;
    if (word === ')') return true;
  }
  return false;
}

/** True when a `with` (or `w`) is written between `from` and `to` in the session being read. */
function withBefore(items: readonly RawItem[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = wordAt(items, i);
    if (word === 'with' || word === 'w') return true;
  }
  return false;
}

/** True when a session names a WOD's buy-in or cash-out (`buy-in 400m run`, `cashout 400m run`, `cash out`). */
function wodWithBuyIn(items: readonly RawItem[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const word = wordAt(items, i);
    if (word === 'buy-in' || word === 'buyin' || word === 'cashout' || word === 'cash-out') return true;
    if ((word === 'buy' && wordAt(items, i + 1) === 'in') || (word === 'cash' && wordAt(items, i + 1) === 'out')) return true;
  }
  return false;
}

/** True when `N rounds:` (or `rounds of:`) opens a list between `from` and `to`: the list is one circuit's stations. */
function roundsListBefore(items: readonly RawItem[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    const word = wordAt(items, i);
    if ((word === 'rounds' || word === 'round') && startsWithQuantity(items, i - 1) && wordAt(items, i + 1) === ':') return true;
  }
  return false;
}

/** True when a test's word (`test`, `tests`, `testing`) comes before a `:` in items `from` … `to - 1`: a list of events follows. */
function testListBefore(items: readonly RawItem[], from: number, to: number): boolean {
  let test = false;
  for (let i = from; i < to; i++) {
    const word = wordAt(items, i);
    if (word === 'test' || word === 'tests' || word === 'testing') test = true;
    else if (word === ':' && test) return true;
  }
  return false;
}

/** True when the item at `index` is a number (`200m running`). */
function startsWithQuantity(items: readonly RawItem[], index: number): boolean {
  const item = items[index];
  return item !== undefined && 'token' in item && tokenMatcher(item.token, Quantity);
}

/** What a count after a comma counts of the session before it (`10 reps`, `3 rounds`, `4 sets`). */
const COUNTED: ReadonlySet<string> = new Set(['rep', 'reps', 'round', 'rounds', 'set', 'sets']);

/** A quantity that ends in a distance unit (`4mi`, `5K`, `400m`). */
const DISTANCE_AT_END = /\d(?:k|km|m|mi|mile|miles|meters?|metres?)$/i;

/**
 * True when the piece after a comma that starts with a distance names nothing of a lift or a circuit after it
 * (`4 miles easy`, `5K tempo`, `400m`): a run. `4 x 20m sled push`, `2 x 400m walking lunges` name an exercise: they go
 * on with the lift.
 */
function runAfterLift(items: readonly RawItem[], from: number, vocabulary: Vocabulary): boolean {
  const words = piece(items, from);
  // A distance with its unit (`4 miles`, `5K`, `400m`): `10 reps`, `3 rounds` count what the lift does.
  // `5 x 1k repeats`, `8x400m`: repeats of a distance are a run's (`3 x 10` counts a lift's sets and reps).
  const next = wordAt(words, 1);
  const repeated = (next === 'x' || next === '×') && distanceAt(words, 2);
  if (!distanceAt(words, 0) && !repeated) return false;
  let first = 0;
  while (first < words.length && startsWithQuantity(words, first)) first++;
  const rest = kindOf(words.slice(first), vocabulary);
  return rest === undefined || (rest.kind === 'run' && rest.byExercise === undefined);
}

/**
 * True when the items from `from` to `to` are only quantities, distance words and joiners (`& 4 mi`): joined to a
 * piece, they leave its kind (a lift or not) as it was, so it need not be read again.
 */
function onlyDistancesJoined(items: readonly RawItem[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const item = items[k];
    if (!item || !('token' in item)) return false;
    const lower = item.token.image.toLowerCase();
    if (!(tokenMatcher(item.token, Quantity) || lower === '&' || lower === 'and' || lower === 'plus' || DISTANCE_WORDS.has(lower))) return false;
  }
  return true;
}

/** True when the piece after a comma holds a quantity (`rest 2 min`). */
function timedPiece(items: readonly RawItem[], from: number): boolean {
  return piece(items, from).some((item) => 'token' in item && tokenMatcher(item.token, Quantity));
}

/** The first words of the piece after a comma (up to the next comma, at most six items: the kind is named early). */
/** True when the `/` at `index` is glued between two digits (`1/2`, `3/4`): a fraction. */
function fractionSlash(items: readonly RawItem[], index: number): boolean {
  const before = items[index - 1];
  const slash = items[index];
  const after = items[index + 1];
  if (!before || !slash || !after || !('token' in before) || !('token' in slash) || !('token' in after)) return false;
  return (
    /\d$/.test(before.token.image) &&
    /^\d/.test(after.token.image) &&
    before.token.startOffset + before.token.image.length === slash.token.startOffset &&
    slash.token.startOffset + slash.token.image.length === after.token.startOffset
  );
}

/**
 * True when the piece after a comma at `from - 1` starts with a time of day (`PM 4 mi`, `evening 4 mi`) or ends with one
 * in brackets (`4 mi (PM)`, before the next comma or the end; at most 12 items on).
 */
function pieceHasPeriod(items: readonly RawItem[], from: number, bareAtEnd = false): boolean {
  const first = wordAt(items, from);
  if (first === 'am' || first === 'pm' || PERIOD_WORDS.has(first)) return true;
  const end = pieceEnd(items, from, 12);
  // `easy run AM, upper body weights PM`: after a session with its own time of day, a bare one that ends the piece.
  const last = wordAt(items, end - 1);
  if (bareAtEnd && end - 1 > from && (last === 'am' || last === 'pm') && (end === items.length || wordAt(items, end) === ',')) return true;
  return end - 3 >= from && bracketedPeriod(items as RawItem[], end - 3) && (end === items.length || wordAt(items, end) === ',');
}

/** Where the piece from `from` ends: the next comma, the end, or `from + most`. */
function pieceEnd(items: readonly RawItem[], from: number, most: number): number {
  let end = from;
  while (end < items.length && end < from + most) {
    const item = items[end];
    if ('token' in item && item.token.tokenType === Comma) break;
    end++;
  }
  return end;
}

/** `Run 5K, gym after`, `…, weights afterwards`: the piece after a comma ends with a word of sequence. */
function pieceEndsInSequence(items: readonly RawItem[], from: number): boolean {
  const end = pieceEnd(items, from, 8);
  // `dynamic circuit after (10/10)`: a bracketed aside after the word (a log's miles) leaves it last.
  let at = end - 1 > from && items[end - 1] !== undefined && 'open' in (items[end - 1] as RawItem) ? end - 2 : end - 1;
  if (wordAt(items, at) === ')') {
    while (at > from && wordAt(items, at) !== '(') at--;
    at--;
  }
  const last = wordAt(items, at);
  return at > from && (last === 'after' || last === 'afterwards' || last === 'afterward' || last === 'later') && (end === items.length || wordAt(items, end) === ',');
}

/** `10`, `AM 10`, `PM: 4`: items `from` … `to - 1` are only a runner's bare miles (1 to 30), after a time of day. */
function bareMilesPiece(items: readonly RawItem[], from: number, to: number): boolean {
  let at = from;
  const first = wordAt(items, at);
  if (first === 'am' || first === 'pm') at += wordAt(items, at + 1) === ':' || wordAt(items, at + 1) === '-' ? 2 : 1;
  const item = items[at];
  const image = item !== undefined && 'token' in item ? item.token.image : '';
  // `10 (am); lift`, `5 pm, core`: its time of day after the miles, in brackets or not.
  const period = (k: number): boolean => wordAt(items, k) === 'am' || wordAt(items, k) === 'pm';
  const end = at === to - 1 || (at === to - 2 && period(at + 1)) || (at === to - 4 && wordAt(items, at + 1) === '(' && period(at + 2) && wordAt(items, at + 3) === ')');
  return end && /^\d{1,2}(?:\.\d+)?$/.test(image) && Number(image) >= 1 && Number(image) <= 30;
}

/** `10 mi AM / …`: the words from `from` to `to` (the `/`) end in `am` or `pm`. */
function periodLastBefore(items: readonly RawItem[], from: number, to: number): boolean {
  // `10 mi AM (6:40 pace) / 4 mi PM`: an aside after the time of day is the outing's too.
  let end = to;
  if (wordAt(items, end - 1) === ')') {
    let k = end - 2;
    while (k > from && k > end - 12 && wordAt(items, k) !== '(') k--;
    if (wordAt(items, k) === '(') end = k;
  }
  const last = end - 1 > from ? wordAt(items, end - 1) : undefined;
  return last === 'am' || last === 'pm';
}

/** `run 4 mi pm`: the piece at `from` (up to the next comma, at most 12 items) ends in `am` or `pm`. */
function periodLast(items: readonly RawItem[], from: number): boolean {
  let end = from;
  while (end < items.length && end < from + 12) {
    const item = items[end];
    if ('token' in item && item.token.tokenType === Comma) break;
    end++;
  }
  const last = end - 1 > from ? wordAt(items, end - 1) : undefined;
  return (last === 'am' || last === 'pm') && (end === items.length || wordAt(items, end) === ',');
}

/** The piece after the `;` at `at` names a session of the same kind as the one from `start` (`run 10 mi; run 4 mi pm`). */
function sameKindAfter(items: readonly RawItem[], start: number, at: number, vocabulary: Vocabulary): boolean {
  const after = kindOf(piece(items, at + 1), vocabulary);
  const before = after && kindOf(items.slice(start, at), vocabulary);
  return after !== undefined && before !== undefined && after.kind === before.kind && after.kind !== 'rest';
}

/** True when the session starts with a time of day (`PM off`, `pm: rest`, `evening off`). */
function halfDayOff(raw: RawSession): boolean {
  const first = wordAt(raw.items, 0);
  return first === 'am' || first === 'pm' || PERIOD_WORDS.has(first);
}

/** Words that say which drills (`running drills`, `technique drills`) or how long (`drills 40 minutes`). */
const DRILLS_PIECE_WORDS: ReadonlySet<string> = new Set(['drills', 'drill', 'running', 'technique', 'form', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours']);

/**
 * True when the items from `from` up to the next comma, `+` or join are drills alone (`drills`, `drills 50 minutes (18.5)`,
 * `running drills`): what `strength/drills` adds to the lift. An aside in brackets is theirs.
 */
function drillsOnly(items: readonly RawItem[], from: number): boolean {
  let drills = false;
  let depth = 0;
  for (let k = from; k < items.length; k++) {
    const item = items[k] as RawItem;
    if (!('token' in item)) return false;
    const image = item.token.image;
    if (image === '(') depth++;
    else if (image === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (item.token.tokenType === Comma || image === '+' || image === '&' || image === '/' || wordAt(items, k) === 'and') break;
    else if (item.token.tokenType === Quantity) continue;
    else if (!DRILLS_PIECE_WORDS.has(wordAt(items, k))) return false;
    else if (wordAt(items, k) === 'drills' || wordAt(items, k) === 'drill') drills = true;
  }
  return drills;
}

function piece(items: readonly RawItem[], from: number): RawItem[] {
  let end = from;
  // Six items, a range of numbers counted as one (`10-20 min at race pace`: cut after `race`, it read as a race).
  let limit = from + 6;
  while (end < items.length && end < limit) {
    const item = items[end];
    if ('token' in item && item.token.tokenType === Comma) break;
    if ('token' in item && item.token.tokenType === Dash && end > from && quantityAt(items, end - 1) && quantityAt(items, end + 1)) limit += 2;
    end++;
  }
  return items.slice(from, end);
}

function quantityAt(items: readonly RawItem[], index: number): boolean {
  const item = items[index];
  return item !== undefined && 'token' in item && item.token.tokenType === Quantity;
}

/**
 * The words of the sentence after a full stop at `from - 1`: up to the next full stop or comma, at most eight items;
 * an aside it starts with is passed over (`14ish miles. (hoping to get this one done outside!) Core.`).
 */
function sentence(items: readonly RawItem[], from: number): RawItem[] {
  if (wordAt(items, from) === '(') {
    let depth = 0;
    for (let k = from; k < items.length && k < from + 40; k++) {
      const image = wordAt(items, k);
      if (image === '(') depth++;
      else if (image === ')' && --depth === 0) {
        from = k + 1;
        break;
      }
    }
  }
  let end = from;
  while (end < items.length && end < from + 8) {
    const item = items[end];
    if ('token' in item && (item.token.tokenType === Comma || item.token.image === '.' || item.token.image === '(')) break;
    end++;
  }
  return items.slice(from, end);
}

/** Whether the piece after a comma goes on with the session before it (same kind; a run/walk is one run). */
function sameSession(before: NonNullable<ReturnType<typeof kindOf>>, after: NonNullable<ReturnType<typeof kindOf>>): boolean {
  const runOrWalk = (kind: NonNullable<ReturnType<typeof kindOf>>): boolean => kind.kind === 'run' || kind.activity === 'walk';
  if (runOrWalk(before) && runOrWalk(after)) return true;
  if (before.kind !== after.kind) return false;
  // `cross train - cycling, swimming, walk`: the activities a generic cross-training session may be.
  return before.kind !== 'cross' || before.activity === after.activity || before.activity === 'cross';
}

/** The last day a plan may number (`Day 365` of a year-long programme; ten years of days). */
const MAX_DAY_NUMBER = 3653;

function readDayEntry(
  raw: Extract<RawStatement, { type: 'day' }>,
  range: Range,
  block: WeekBlock,
  source: SourceText,
  errors: SyntaxIssue[],
  errorRange: Range | undefined,
  vocabulary: Vocabulary,
): DayEntry {
  const dayRange = source.rangeBetween(raw.day, weekdayAfterNumber(raw, source) ?? raw.number ?? raw.day);
  const colonEndToken = raw.colon ?? raw.period ?? raw.number ?? raw.day;
  let weekday: Weekday = 0;
  let dayNumber: number | undefined;
  if (tokenMatcher(raw.day, DayName)) weekday = weekdayOf(raw.day);
  else {
    dayNumber = Number(raw.number?.image);
    if (!WHOLE_NUMBER.test(raw.number?.image ?? '') || dayNumber < 1 || dayNumber > MAX_DAY_NUMBER) {
      if (!errorRange) errors.push({ message: `A plan's days are numbered from 1 (Day 1 is Monday, Day 8 the Monday of its second week) — '${source.text.slice(raw.day.startOffset, tokenEnd(raw.number ?? raw.day))}' is not one of them`, range: dayRange });
      dayNumber = undefined;
    } else weekday = ((dayNumber - 1) % 7) as Weekday;
  }
  const entry: DayEntry = {
    type: 'day',
    range,
    weekday,
    dayRange,
    colonEnd: source.rangeOf(colonEndToken).end,
    sessions: [],
    block,
  };
  if (dayNumber !== undefined) entry.dayNumber = dayNumber;
  // `| Mon | squat 5x5 | run 30 min |`: the `:` read is the table's border (`tableRow`).
  if (raw.colon !== undefined && source.text.charCodeAt(raw.colon.startOffset) === 124) entry.tableRow = true;
  if (raw.period) {
    // `Monday morning:` keeps its word; the period it means is the day's.
    const lower = raw.period.image.toLowerCase();
    entry.period = { value: PERIOD_WORDS.get(lower) ?? clockPeriod(lower) ?? (lower as 'am' | 'pm'), range: source.rangeOf(raw.period) };
  }
  const double = raw.double;
  // Every session is split at its commas first (their messages come before the sessions' own, as they always have).
  const rawSessions: RawSession[] = [];
  // The run the extras before were added to (a run still: extras name no session), its items this loop's own copy. A
  // run is read once, not again for each `+ strides` after it: `run 3 mi + strides + strides + …` was quadratic (4,000
  // extras 8.5 s).
  let extended: RawSession | undefined;
  const isRun = (session: RawSession): boolean => session === extended || readSession(session, source, vocabulary).session?.kind === 'run';
  const extend = (session: RawSession, extras: readonly RawItem[]): RawSession => {
    if (session !== extended) extended = { items: session.items.slice() };
    for (const item of extras) extended.items.push(item);
    return extended;
  };
  for (const rawSession of raw.sessions) {
    // `run easy 6mi + strides`: strides and drills after a run stay part of it.
    const previous = rawSessions[rawSessions.length - 1];
    if (previous && onlyRunExtras(rawSession) && isRun(previous)) {
      rawSessions[rawSessions.length - 1] = extend(previous, rawSession.items);
      continue;
    }
    // `56 min. + 10 min. ice bath`, `Light drills + 11 min. ice bath`: recovery care after a session is no training of
    // its own; it stays with the session before (a run's words, a lift's note).
    if (previous && onlyAftercare(rawSession)) {
      rawSessions[rawSessions.length - 1] = isRun(previous) ? extend(previous, rawSession.items) : { ...previous, items: previous.items.concat(rawSession.items) };
      continue;
    }
    const parts = splitSessions(rawSession, source, errors, errorRange, vocabulary);
    // `10k easy + drills & strides, PM: 6k easy`: the extras before the comma are the run's too.
    let first = 0;
    if (previous && parts.length > 1 && onlyRunExtras(parts[0] as RawSession) && isRun(previous)) {
      let run = previous;
      for (; first < parts.length - 1 && onlyRunExtras(parts[first] as RawSession); first++) run = extend(run, (parts[first] as RawSession).items);
      rawSessions[rawSessions.length - 1] = run;
    }
    for (let i = first; i < parts.length; i++) rawSessions.push(parts[i] as RawSession);
  }
  // `Heavy / Max Effort: 10 min bike warm up + bench 3x10`: a heading of the day's lift, written first, is the lift's.
  const heading = rawSessions.length > 1 ? liftHeading(rawSessions, source, vocabulary) : undefined;
  if (heading !== undefined) rawSessions[0] = { ...(rawSessions[0] as RawSession), items: (rawSessions[0] as RawSession).items.slice(heading.end + 1) };
  for (let index = 0; index < rawSessions.length; index++) {
    const { session, error } = readSession(rawSessions[index] as RawSession, source, vocabulary, index > 0, entry.sessions[entry.sessions.length - 1]?.kind === 'run');
    // A statement with a parse error already has its one diagnostic; its sessions still count.
    if (error && !errorRange) errors.push(error);
    if (!session) continue;
    // `AM 22 mile long run, PM off`: a half of the day off beside the day's other sessions is no session (the day is
    // not a rest day); `AM off` alone still is.
    if (session.kind === 'rest' && rawSessions.length > 1 && halfDayOff(rawSessions[index] as RawSession)) continue;
    const full = session as Session;
    full.entry = entry;
    // `full body weights, finish with erg`: an erg as a lift's finisher is a hard piece, unless written easy.
    if (rawSessions[index]?.finisher && full.kind === 'cross' && full.effortRange === undefined && FINISHER_ERGS.has(full.activity)) full.effort = 'hard';
    if (entry.period && !full.attributes.time) {
      full.attributes.time = { value: { period: entry.period.value, fromDay: true }, range: entry.period.range };
    }
    // `Tue pm: run 3 mi @ 5:30`: a clock with no am/pm under the day's `pm` is in the afternoon or evening (17:30); it
    // was 5:30 in the morning.
    const clock = full.attributes.time?.value.clockMinutes;
    if (entry.period?.value === 'pm' && clock !== undefined && clock >= 60 && clock < 12 * 60 && full.attributes.time !== undefined) {
      const written = source.text.slice(source.offsetAt(full.attributes.time.range.start), source.offsetAt(full.attributes.time.range.end));
      if (!/[ap]\.?m\.?$/i.test(written.trim()) && !/(?:^|\D)0\d:/.test(written)) full.attributes.time = { value: { clockMinutes: clock + 12 * 60, period: 'pm' }, range: full.attributes.time.range };
    }
    entry.sessions.push(full);
  }
  // `double – 70 min / 30 min`: the day's two outings, the first in the morning, the second later (`doubleDay`).
  // `10 + 4`, `10 easy / 4 easy`: a runner's log writes a double as two bare miles (a plan that writes its units, `10k
  // + 8k`, `1 mi + 1 mi`, keeps them one practice): the same two outings, each time at its own miles.
  // `10 + 5 + weights`, `10 + 4 + drills`: the two outings before the day's other work are the same double.
  const bareDouble =
    !double &&
    rawSessions.length >= 2 &&
    entry.sessions.length >= 2 &&
    bareMilesOuting((rawSessions[0] as RawSession).items) &&
    bareMilesOuting((rawSessions[1] as RawSession).items) &&
    (rawSessions.length === 2 || (rawSessions.length <= 6 && rawSessions.slice(2).every((session) => !bareMilesOuting(session.items)))) &&
    entry.sessions[0]?.kind === 'run' &&
    entry.sessions[1]?.kind === 'run';
  if ((double && entry.sessions.length === 2) || bareDouble) {
    entry.sessions.slice(0, 2).forEach((session, i) => {
      const range = double ? source.rangeOf(double) : session.attributes.distance?.range ?? session.range;
      if (!session.attributes.time || session.attributes.time.value.fromDay === true) session.attributes.time = { value: { period: i === 0 ? 'am' : 'pm' }, range };
    });
  }
  if (heading !== undefined) {
    for (const session of entry.sessions) {
      if (session.kind !== 'gym' || session.intensityRange !== undefined) continue;
      session.intensity = heading.intensity;
      session.intensityRange = heading.range;
    }
  }
  if (entry.sessions.length > 1) mergeWarmUps(entry, source);
  if (entry.sessions.length > 1) mergeOnePractice(entry, source);
  if (entry.sessions.length > 1) mergeLeadingWarmUp(entry, source);
  if (entry.sessions.length > 1) mergeDrillsBeforeRun(entry, source);
  if (entry.sessions.length > 1) mergeExercisePieces(entry, source);
  if (entry.sessions.length > 1) mergeAccessoryPieces(entry, source);
  // `Day 1 (1 hour): …`: a time in the label's parentheses is the time of the day's one session, when it writes none.
  // (A label of several days, `Mon, Wed, Fri (1 hr):`, is one token over the days, its image the first day's.)
  const labelEnd = raw.number !== undefined ? tokenEnd(raw.number) : ((raw.day as IToken & LabelEnd).labelEnd ?? tokenEnd(raw.day));
  if (raw.colon !== undefined && entry.sessions.length === 1) labelTime(entry.sessions[0] as Session, labelEnd, raw.colon.startOffset, source);
  // `Monday (upper body): weights`, `Saturday (long run): 6 miles`: what the label's aside says of the day's one session.
  if (raw.colon !== undefined && entry.sessions.length === 1) labelWords(entry.sessions[0] as Session, labelEnd, raw.colon.startOffset, source);
  // A right-sized copy: the array grown by push keeps room for seventeen sessions.
  if (entry.sessions.length > 0) entry.sessions = entry.sessions.slice();
  return entry;
}

/** `Day 6 – Saturday:`: a dash or comma and a weekday between the day's number and its `:`. */
const WEEKDAY_AFTER_NUMBER = /^\s*[-\u2013\u2014,]\s*\p{L}+\.?/u;

/**
 * `Day 6 – Saturday:` read as `Day 6:` (`dayLabelPunctuation`): a token over the number and the weekday after it, so
 * the label's range covers both (writing the days as weekdays replaces all of it); else undefined.
 */
function weekdayAfterNumber(raw: Extract<RawStatement, { type: 'day' }>, source: SourceText): IToken | undefined {
  if (raw.number === undefined || raw.colon === undefined) return undefined;
  const end = tokenEnd(raw.number);
  const match = WEEKDAY_AFTER_NUMBER.exec(source.text.slice(end, raw.colon.startOffset));
  if (match === null || match[0].length !== source.text.slice(end, raw.colon.startOffset).trimEnd().length) return undefined;
  return { ...raw.number, image: source.text.slice(raw.number.startOffset, end + match[0].length) };
}

/** The words of a lift's heading (`Heavy / Max Effort:`, `ME Day:`, `Light day:`), and the intensity each names. */
const LIFT_HEADING_WORDS: ReadonlyMap<string, GymIntensity | undefined> = new Map<string, GymIntensity | undefined>([
  ['heavy', 'heavy'], ['max', 'heavy'], ['maximal', 'heavy'], ['maximum', 'heavy'], ['me', 'heavy'], ['light', 'light'],
  ['moderate', 'moderate'], ['dynamic', 'moderate'], ['de', 'moderate'], ['effort', undefined], ['day', undefined],
  ['/', undefined], ['&', undefined], ['and', undefined],
]);

/**
 * `Heavy / Max Effort: 10 min bike warm up + bench 3x10`: the day's first session starts with a heading of intensity
 * words and a `:`, and a later one is a lift: the heading names the lift's intensity (the warm-up stays as written).
 * The heading's intensity, its range and the index of its `:` in the first session's items; else undefined.
 */
function liftHeading(rawSessions: readonly RawSession[], source: SourceText, vocabulary: Vocabulary): { intensity: GymIntensity; range: Range; end: number } | undefined {
  const items = (rawSessions[0] as RawSession).items;
  let intensity: GymIntensity | undefined;
  let colon = -1;
  for (let i = 0; i < items.length && i <= 8; i++) {
    const item = items[i] as RawItem;
    if (!('token' in item)) return undefined;
    if (item.token.tokenType === Colon) {
      colon = i;
      break;
    }
    const word = wordOf(item.token.image);
    if (!LIFT_HEADING_WORDS.has(word)) return undefined;
    intensity ??= LIFT_HEADING_WORDS.get(word);
  }
  if (intensity === undefined || colon < 1 || colon === items.length - 1) return undefined;
  if (kindOf(items.slice(colon + 1), vocabulary)?.kind === 'gym' || !rawSessions.slice(1).some((raw) => kindOf(raw.items, vocabulary)?.kind === 'gym')) return undefined;
  const first = (items[0] as { token: IToken }).token;
  const last = (items[colon - 1] as { token: IToken }).token;
  return { intensity, range: source.rangeBetween(first, last), end: colon };
}

/** A time alone in a day label's parentheses (`(1 hour)`, `(45 min)`, `(90')`): its minutes and the offsets of its text. */
const LABEL_TIME = /^(\s*\(\s*)(\d+(?:\.\d+)?)\s*(h|hr|hrs|hour|hours|min|mins|minute|minutes|')\s*\)\s*$/i;

/** `Day 1 (1 hour): squat 5x5, bench 5x5`: the time written in the label between `from` and `to` becomes the session's. */
function labelTime(session: Session, from: number, to: number, source: SourceText): void {
  if (session.kind === 'rest' || session.attributes.duration !== undefined || to <= from || to - from > 24) return;
  const match = LABEL_TIME.exec(source.text.slice(from, to));
  if (match === null) return;
  const unit = (match[3] as string).toLowerCase();
  const minutes = Number(match[2]) * (unit.startsWith('h') ? 60 : 1);
  if (!(minutes > 0 && minutes <= 600)) return;
  const start = from + (match[1] as string).length;
  const end = source.text.indexOf(')', start);
  const range = source.rangeOf({ startOffset: start, image: source.text.slice(start, end).trimEnd() } as IToken);
  session.attributes.duration = { value: minutes, range };
}

/** The focus, intensity or run type a label's aside names (`Monday (upper body):`, `Sat (long run):`, `Tue (easy):`). */
const LABEL_FOCUS: ReadonlyMap<string, GymFocus> = new Map<string, GymFocus>([
  ['upper body', 'upper'], ['upper', 'upper'], ['lower body', 'lower'], ['lower', 'lower'], ['legs', 'lower'], ['leg', 'lower'],
  ['full body', 'full'], ['full', 'full'], ['total body', 'full'], ['push', 'push'], ['pull', 'pull'], ['core', 'core'], ['abs', 'core'],
  ['chest', 'upper'], ['back', 'upper'], ['arms', 'upper'], ['shoulders', 'upper'], ['glutes', 'lower'],
]);
const LABEL_INTENSITY: ReadonlyMap<string, GymIntensity> = new Map<string, GymIntensity>([['heavy', 'heavy'], ['hard', 'heavy'], ['light', 'light'], ['easy', 'light'], ['moderate', 'moderate']]);
const LABEL_RUN_TYPE: ReadonlyMap<string, RunType> = new Map<string, RunType>([
  ['long run', 'long'], ['long', 'long'], ['easy', 'easy'], ['easy run', 'easy'], ['recovery', 'recovery'], ['recovery run', 'recovery'], ['tempo', 'tempo'],
  ['tempo run', 'tempo'], ['threshold', 'threshold'], ['intervals', 'intervals'], ['speed', 'intervals'], ['speed work', 'intervals'], ['hills', 'hills'],
  ['hill repeats', 'hills'], ['fartlek', 'fartlek'], ['steady', 'steady'],
]);
const LABEL_ASIDE = /^(\s*\(\s*)([a-z][a-z ]{0,20}?)\s*\)\s*$/i;

/**
 * `Monday (upper body): weights`, `Saturday (long run): 6 miles`, `Tue (easy): 3 mi`: an aside in the label that is only
 * a focus, an intensity or a run type gives the day's one session what it does not write itself (the aside's words
 * were read as nothing: the upper-body day was a full-body one, the long run an easy run).
 */
function labelWords(session: Session, from: number, to: number, source: SourceText): void {
  if (to <= from || to - from > 30) return;
  const match = LABEL_ASIDE.exec(source.text.slice(from, to));
  if (match === null) return;
  const words = (match[2] as string).toLowerCase().replace(/\s+/g, ' ');
  const start = from + (match[1] as string).length;
  const range = source.rangeOf({ startOffset: start, image: match[2] as string } as IToken);
  if (session.kind === 'gym') {
    const focus = LABEL_FOCUS.get(words);
    const intensity = LABEL_INTENSITY.get(words);
    if (focus !== undefined && session.focusRange === undefined) Object.assign(session, { focus, focusRange: range });
    if (intensity !== undefined && session.intensityRange === undefined) Object.assign(session, { intensity, intensityRange: range });
  } else if (session.kind === 'run') {
    const type = LABEL_RUN_TYPE.get(words);
    if (type !== undefined && session.runTypeRange === undefined) Object.assign(session, { runType: type, runTypeRange: range });
  }
}

const WARM_UP_WORDS = /^(?:warmup|warm-up|warm\s+up|cooldown|cool-down|w\/u|c\/d|warmup\/cooldown|wu|cd)$/i;
/** The longest walk before a run that is its warm-up (couch-to-5k plans: "brisk walk 5min + run/walk 20min"). */
const WARM_UP_WALK_MINUTES = 10;

/** A piece of a run written as a session of its own: `2km`, `1km warmup`, `4km w/u`, and a short walk before a run. */
function warmUpPiece(session: Session, next: Session | undefined, source: SourceText): boolean {
  if (session.kind === 'cross') {
    const minutes = session.attributes.duration?.value;
    return (
      session.activity === 'walk' && !session.effortRange && minutes !== undefined && minutes <= WARM_UP_WALK_MINUTES && next?.kind === 'run' && session.attributes.note === undefined
    );
  }
  if (session.kind !== 'run' || session.attributes.repeats || session.attributes.note) return false;
  // `run 5 x (1 km at 10k pace) + 3:00 easy jog`: an easy jog with its time or distance, not written as a run of its own
  // (`+ run easy 20 min`), is the cool-down (or the warm-up) of the run beside it, though `easy` gives it a type.
  if (session.runTypeRange) return easyJogPiece(session, source);
  // `3 mi at race pace + 2 mi easy`: a run at a pace or a target harder than easy is the work, not its warm-up.
  if (session.attributes.pace || hardTarget(session)) return false;
  // `AM - 5 mile run PM - 1 mile best effort`: a run with a time of day of its own is an outing of its own.
  const time = session.attributes.time;
  if (time !== undefined && time.value.fromDay !== true) return false;
  const keyword = textOf(source, session.keywordRange);
  return /^\d/.test(keyword) || WARM_UP_WORDS.test(keyword);
}

/** Words of a jog or a warm-up or cool-down in a run's text (`3:00 easy jog`, `10 min easy cool down`). */
const JOG_WORDS = /(?:^|[^a-z])(?:jog|jogging|cool[- ]?down|warm[- ]?up)(?![a-z])/i;

function easyJogPiece(session: Session, source: SourceText): boolean {
  if (session.kind !== 'run' || (session.runType !== 'easy' && session.runType !== 'recovery') || canonicalRun(session, source)) return false;
  const { duration, distance, time, effortTarget, pace } = session.attributes;
  if ((duration === undefined && distance === undefined) || effortTarget !== undefined || pace !== undefined) return false;
  if (time !== undefined && time.value.fromDay !== true) return false;
  return JOG_WORDS.test(session.text);
}

function textOf(source: SourceText, range: Range): string {
  return source.text.slice(source.offsetAt(range.start), source.offsetAt(range.end));
}

/**
 * `2km + 4x30s hills + 1km`, `parkrun + 1km warmup`, `walk 5min + run 20min`: warm-up and cool-down pieces are part
 * of the run or race next to them (language-decisions.md, "Warm-ups"). A run gains their time and distance; a race
 * does not (the warm-up is not raced).
 */
/** Adds a piece's minutes and distance to the session it joins (while the line is read, before it is cached). */
function addTimeAndDistance(session: Session, piece: Session): void {
  for (const key of ['duration', 'distance'] as const) {
    const added = piece.attributes[key];
    const own = session.attributes[key];
    if (added) session.attributes[key] = own ? { value: own.value + added.value, range: own.range } : added;
  }
}

function mergeWarmUps(entry: DayEntry, source: SourceText): void {
  const sessions = entry.sessions;
  const main = (session: Session): boolean => session.kind === 'event' || (session.kind === 'run' && !warmUpPiece(session, undefined, source));
  const target = sessions.findIndex(main);
  if (target < 0) return;
  const pieces = sessions.filter((session, i) => i !== target && warmUpPiece(session, sessions[i + 1], source) && Math.abs(i - target) <= 2);
  if (pieces.length === 0) return;
  const run = sessions[target];
  let first = run;
  let last = run;
  for (const piece of pieces) {
    if (comparePositions(piece.range.start, first.range.start) < 0) first = piece;
    if (comparePositions(piece.range.end, last.range.end) > 0) last = piece;
    if (run.kind === 'event') {
      // `parkrun + 2km cooldown`: the race keeps its distance; the pieces are run on the day all the same.
      const km = piece.attributes.distance?.value;
      if (km !== undefined) run.warmUpKm = (run.warmUpKm ?? 0) + km;
    }
    if (run.kind !== 'run') continue;
    addTimeAndDistance(run, piece);
  }
  run.range = { start: first.range.start, end: last.range.end };
  run.text = textOf(source, run.range);
  entry.sessions = sessions.filter((session) => !pieces.includes(session));
}

/**
 * `warm up and drills, then lower body workout in the weight room`: a warm-up with nothing of its own (no time,
 * distance, repeats or type) before a session of another kind is how that session starts, not a run.
 */
/** Only the words of a warm-up (`warm up and drills,`, `dynamic warm-up`). */
const WARM_UP_ONLY = /^(?:(?:warm|up|warmup|warm-up|dynamic|drills|and|&|stretch|stretching|,)\s*)+$/i;

function mergeLeadingWarmUp(entry: DayEntry, source: SourceText): void {
  const sessions = entry.sessions;
  for (let i = sessions.length - 2; i >= 0; i--) {
    const piece = sessions[i] as Session;
    const next = sessions[i + 1] as Session;
    if (piece.kind !== 'run' || piece.runTypeRange || next.kind === 'run' || next.kind === 'rest' || next.kind === 'event') continue;
    const { duration, distance, repeats, time, note } = piece.attributes;
    if (duration || distance || repeats || time || note) continue;
    // `Heavy / Max Effort: warm up + mobility work, chins 10x2`: a heading before `:` names the day, the warm-up after it
    // starts the lift.
    const colon = piece.text.lastIndexOf(':');
    if (!WARM_UP_ONLY.test((colon < 0 ? piece.text : piece.text.slice(colon + 1)).trim()) || (colon >= 0 && !HEADING_WORDS.test(piece.text.slice(0, colon)))) continue;
    next.range = { start: piece.range.start, end: next.range.end };
    next.text = textOf(source, next.range);
    sessions.splice(i, 1);
  }
  // `warm up + mobility work, chins 10x2, …`: mobility with no time of its own right before a lift is how the lift
  // starts too (language-decisions.md, "Superset labels, chins, warm-ups before a lift, machine
  // levels").
  for (let i = sessions.length - 2; i >= 0; i--) {
    const piece = sessions[i] as Session;
    const next = sessions[i + 1] as Session;
    if (piece.kind !== 'cross' || piece.activity !== 'mobility' || piece.effort === 'hard' || next.kind !== 'gym') continue;
    const { duration, distance, time, note } = piece.attributes;
    if (duration || distance || (time && !time.value.fromDay) || note) continue;
    // Written with the warm-up (`warm up + mobility work`), or listed before the lift's exercises (`mobility work, bench
    // 5x5`); `mobility + squats 5x5` stays two sessions.
    const between = source.text.slice(source.offsetAt(piece.range.end), source.offsetAt(next.range.start)).trim();
    const colon = piece.text.lastIndexOf(':');
    const words = (colon < 0 ? piece.text : piece.text.slice(colon + 1)).trim();
    if (!WARM_UP_MOBILITY.test(words) || (colon >= 0 && !HEADING_WORDS.test(piece.text.slice(0, colon))) || (!WARM_UP_FIRST.test(words) && between !== ',')) continue;
    next.range = { start: piece.range.start, end: next.range.end };
    next.text = textOf(source, next.range);
    sessions.splice(i, 1);
  }
}

/** A day's heading of intensity words only (`Heavy / Max Effort`, `ME upper`, `Dynamic effort`). */
const HEADING_WORDS = /^\s*(?:(?:heavy|light|moderate|max|maximal|maximum|dynamic|repetition|effort|me|de|re|upper|lower|body|day|session|\/|&|and|-)\s*)+$/i;

/** Only the words of a warm-up and its mobility (`warm up + mobility work`, `mobility`). */
const WARM_UP_MOBILITY = /^(?:(?:warm|up|warmup|warm-up|dynamic|mobility|work|and|&|\+|stretch|stretching|drills|,)\s*)+$/i;
/** A piece that starts with a warm-up (`warm up + mobility work`, `warm-up & mobility`). */
const WARM_UP_FIRST = /^(?:dynamic\s+)?(?:warm[\s-]?up)\b/i;

/** Drills named as such, with a time at most (`plyometric drills 15-30'`, `form drills 10 min`, `running drills`). */
const DRILLS_ONLY = /^(?:[a-z-]+\s+)?drills\b[\s\d'"’-]*(?:min|mins|minutes)?\s*$/i;

/**
 * `plyometric drills 15-30' and 4-6x strides, 20' Z1, 5x5' @ >3:25/km`: drills (at most half an hour) written just
 * before a run on the same line are its warm-up drills, part of that run, as `+ drills` after a run are
 * (language-decisions.md, "Drills before a run").
 */
function mergeDrillsBeforeRun(entry: DayEntry, source: SourceText): void {
  const sessions = entry.sessions;
  for (let i = sessions.length - 2; i >= 0; i--) {
    const piece = sessions[i] as Session;
    const next = sessions[i + 1] as Session;
    if (next.kind !== 'run' || piece.kind === 'run' || piece.kind === 'rest' || piece.kind === 'event') continue;
    if (!DRILLS_ONLY.test(piece.text.trim()) || piece.attributes.time !== undefined || (piece.attributes.duration?.value ?? 0) > 30) continue;
    next.range = { start: piece.range.start, end: next.range.end };
    next.text = textOf(source, next.range);
    next.attributes.drills ??= { value: true, range: piece.keywordRange };
    sessions.splice(i, 1);
  }
}

/**
 * `5:00pm weights - back + lunges`, `chest weights (bench press) + lunges with 10kg dumbbells`: a piece that is only
 * exercises without a scheme (named by no gym word, focus or time of its own) after a gym session that is not core
 * work is more of that session, as strides after a run are (language-decisions.md, "One running practice a day line").
 */
function mergeExercisePieces(entry: DayEntry, source: SourceText): void {
  const sessions = entry.sessions;
  for (let i = sessions.length - 1; i > 0; i--) {
    const piece = sessions[i] as Session;
    const before = sessions[i - 1] as Session;
    if (piece.kind !== 'gym' || before.kind !== 'gym' || before.focus === 'core' || piece.focusRange || piece.intensityRange || piece.exercises.length === 0) continue;
    const first = piece.exercises[0] as { range: Range };
    if (comparePositions(piece.keywordRange.start, first.range.start) !== 0 || comparePositions(piece.range.start, first.range.start) !== 0) continue;
    // `squat + pull-up 3x8`, `A1 squat + A2 pull-up 3x8`: exercises alone, without a scheme, before exercises with one
    // are a superset, one gym session: they are done for the scheme after them.
    if (onlyLooseExercises(before) && onlyDayTime(piece)) {
      const joined = new Set<number>();
      for (let k = 0; k < before.exercises.length; k++) joined.add(k);
      const exercises = before.exercises.concat(piece.exercises);
      supersetSchemes(exercises, joined);
      piece.exercises = exercises;
      piece.range = { start: before.range.start, end: piece.range.end };
      piece.keywordRange = before.keywordRange;
      piece.text = textOf(source, piece.range);
      sessions.splice(i - 1, 1);
      continue;
    }
    // Only exercises without a scheme of their own (`+ lunges`): `+ 21-15-9 chinups, situps` is a piece of its own.
    if (piece.exercises.some((exercise) => exercise.sets !== undefined || exercise.reps !== undefined)) continue;
    // Nor one with attributes of its own (a time, reps, a time of day): only the day's own `am`/`pm` may be there.
    if (!onlyDayTime(piece)) continue;
    before.exercises = before.exercises.concat(piece.exercises);
    before.range = { start: before.range.start, end: piece.range.end };
    before.text = textOf(source, before.range);
    sessions.splice(i, 1);
  }
}

/** `accessory`, `Misc Accessory`, `accessories and core`, `assistance work`: a piece that is only a lift's lighter work. */
const ACCESSORY_ONLY = /^(?:(?:misc\.?|miscellaneous|some|light)\s+)?(?:accessory|accessories|assistance)(?:\s+(?:work|lifts?|exercises?))?(?:\s*(?:and|&|\+|plus)\s*(?:core|abs))?$/i;

/**
 * `Squat/Bench/Row + Misc Accessory`, `OHP/RDL + Accessory and Core`, `squat 5x5 + accessories`: a lift's accessory
 * work written after it is the lighter lifts of that session (language-decisions.md, "Accessory work after a lift"),
 * not a second gym session; nor is core work joined to it there.
 */
function mergeAccessoryPieces(entry: DayEntry, source: SourceText): void {
  const sessions = entry.sessions;
  for (let i = sessions.length - 1; i > 0; i--) {
    const piece = sessions[i] as Session;
    const before = sessions[i - 1] as Session;
    if (piece.kind !== 'gym' || before.kind !== 'gym' || before.focus === 'core' || !onlyDayTime(piece) || !ACCESSORY_ONLY.test(piece.text.trim())) continue;
    before.range = { start: before.range.start, end: piece.range.end };
    before.text = textOf(source, before.range);
    sessions.splice(i, 1);
  }
}

/** `squat`, `A1 squat`: a gym session that is only exercises named first, none with a scheme, and nothing else. */
function onlyLooseExercises(session: Session): boolean {
  if (session.kind !== 'gym' || session.focusRange || session.intensityRange || session.exercises.length === 0 || !onlyDayTime(session)) return false;
  const first = session.exercises[0] as { range: Range };
  if (comparePositions(session.keywordRange.start, first.range.start) !== 0 || comparePositions(session.range.start, first.range.start) !== 0) return false;
  return session.exercises.every((exercise) => exercise.sets === undefined && exercise.reps === undefined && exercise.seconds === undefined && exercise.metres === undefined);
}

/** True when a session has no attribute but the time of day of its day line. */
function onlyDayTime(session: Session): boolean {
  for (const key in session.attributes) {
    if (key !== 'time' || session.attributes.time?.value.fromDay !== true) return false;
  }
  return true;
}

/** True when a run is written in the canonical form, starting with its keyword `run` (`run easy 5km`). */
function canonicalRun(session: Session, source: SourceText): boolean {
  return comparePositions(session.keywordRange.start, session.range.start) === 0 && wordOf(textOf(source, session.keywordRange)) === 'run';
}

/** A run that is a piece of the day's one running practice: not a race, and no start time of its own. */
function isPracticeRun(session: Session): boolean {
  return session.kind === 'run' && session.runType !== 'race' && (session.attributes.time === undefined || session.attributes.time.value.fromDay === true);
}

/** Between two runs of one practice: a drill or mobility piece with no time, distance or hard effort of its own (`hurdle walkovers`, `stretch and drills`). */
function practicePiece(session: Session): boolean {
  return session.kind === 'cross' && session.effort !== 'hard' && !session.attributes.duration && !session.attributes.distance && !session.attributes.time;
}

/** How much a run part says what the practice is: its type, an untyped run with repeats reading as intervals. */
function practiceWeight(session: Session): number {
  if (session.kind !== 'run') return -1;
  if (session.runTypeRange) return RUN_TYPE_WEIGHT[session.runType];
  if (session.attributes.repeats && !stridesShort(session)) return RUN_TYPE_WEIGHT.intervals - 0.5;
  // `3 mi at race pace + 2 mi easy`: an untyped run at a target harder than easy says more than the easy part.
  return hardTarget(session) ? RUN_TYPE_WEIGHT.tempo - 0.5 : -0.5;
}

/** Targets of a run that are no easy running (`at race pace`, `@ 10K pace`, `@ T`; not `easy`, `recovery` or `steady`). */
const EASY_TARGETS: ReadonlySet<string> = new Set(['recovery', 'easy', 'steady']);

function hardTarget(session: Session): boolean {
  const target = session.kind === 'run' ? session.attributes.effortTarget?.value : undefined;
  return target !== undefined && !EASY_TARGETS.has(target);
}

/** Sprints named in a run's text: flat out, however short; `150s` (worked repeats named in the plural: `classify.ts` SPRINTS). */
const SPRINT_WORDS = /\b(?:sprint(?:s|ing)?|shuttles?|150s)\b/i;

/**
 * `+ 6x100m accelerations`, `+ 4 x 100m`: untyped repeats of 150 m or less (30 seconds or less), not named sprints —
 * strides after the practice's run, not the practice's intervals (classify.ts reads them so in a run of their own).
 */
function stridesShort(session: Session): boolean {
  const repeats = session.attributes.repeats?.value;
  if (repeats === undefined || session.kind !== 'run' || session.runTypeRange !== undefined || SPRINT_WORDS.test(session.text)) return false;
  return repeats.eachKm !== undefined ? repeats.eachKm <= 0.15 : repeats.eachMinutes !== undefined && repeats.eachMinutes <= 0.5;
}

/**
 * `800 jog + dynamic warm-up & speed ladder + light aerobic running + 4 x 200 @ mile pace`: the runs of one day line
 * without a start time of their own are the parts of one running practice, and so are the drill pieces between them
 * (language-decisions.md, "One running practice a day line"). They become one run: the part that says most (the
 * hardest type, else repeats) gives its type and targets, times and distances add up, strides and drills are kept.
 * Runs with their own times (`AM - 5 mile run PM - 1 mile best effort`) stay two outings.
 */
function mergeOnePractice(entry: DayEntry, source: SourceText): void {
  const sessions = entry.sessions;
  // One session is no practice of parts (most day lines: the closures below are not made).
  if (sessions.length < 2) return;
  // A bare `GA` (general aerobic, or a sprinter's general athleticism, read with its week) is a session of its own.
  // A run in the canonical form (`run intervals 6x800m + run long 10mi`) is a session of its own, as `+` says.
  const practiceRun = (session: Session): boolean => isPracticeRun(session) && !generalAerobic(session, source) && !canonicalRun(session, source);
  // `PM - 14.2M including 5 x 2K tempo + 3 x 200`: a run with a time of day of its own starts an outing, and the runs
  // after it with no time of their own are its parts (the time is written once, before them).
  const timedHead = (session: Session): boolean =>
    session.kind === 'run' && session.runType !== 'race' && session.attributes.time !== undefined && session.attributes.time.value.fromDay !== true && !generalAerobic(session, source) && !canonicalRun(session, source);
  let runs = 0;
  for (const session of sessions) if (practiceRun(session) || timedHead(session)) runs++;
  if (runs < 2) return;
  const result: Session[] = [];
  let i = 0;
  while (i < sessions.length) {
    const start = sessions[i] as Session;
    if (!practiceRun(start) && !timedHead(start)) {
      result.push(start);
      i++;
      continue;
    }
    // The chain: runs, and drill pieces that a run follows.
    let end = i;
    let j = i + 1;
    while (j < sessions.length) {
      const next = sessions[j] as Session;
      if (practiceRun(next)) {
        end = j;
        j++;
      } else if (practicePiece(next)) j++;
      else break;
    }
    const chain = sessions.slice(i, end + 1);
    i = end + 1;
    if (chain.filter((session) => practiceRun(session) || (session === start && timedHead(session))).length < 2) {
      for (const session of chain) result.push(session);
      continue;
    }
    let main = chain[0] as Session;
    for (const session of chain) if (practiceWeight(session) > practiceWeight(main)) main = session;
    const merged = main as RunSession;
    for (const part of chain) {
      if (part === main || part.kind !== 'run') continue;
      addTimeAndDistance(merged, part);
      if (part.attributes.strides && !merged.attributes.strides) merged.attributes.strides = part.attributes.strides;
      // `3 miles + 3 mile goal pace`, `long run 10 mi + 4 mi @ MP`: a target or pace of another part is the practice's
      // when the main part writes none (the long run with marathon-pace miles in it).
      if (part.attributes.effortTarget && !merged.attributes.effortTarget && !merged.attributes.pace) merged.attributes.effortTarget = part.attributes.effortTarget;
      if (part.attributes.pace && !merged.attributes.pace && !merged.attributes.effortTarget) merged.attributes.pace = part.attributes.pace;
      // `6km tempo run + 6x100m accelerations`: short repeats after the run are its strides.
      const repeats = part.attributes.repeats;
      if (repeats && stridesShort(part) && !merged.attributes.strides && merged !== part) merged.attributes.strides = { value: { count: Math.round(repeats.value.count) }, range: repeats.range };
      if (part.attributes.drills && !merged.attributes.drills) merged.attributes.drills = part.attributes.drills;
    }
    // The outing's time of day is its first part's (`PM 5 mi + 6 x 800`: the repeats are run in the evening too).
    if (!merged.attributes.time && start.attributes.time) merged.attributes.time = start.attributes.time;
    // From the first start to the last end: a part may already hold a warm-up piece written past the next part
    // (`2 mi easy + 3 mi at race pace + 1 mi`: the mile joined the easy part in `mergeWarmUps`).
    let { start: from, end: to } = (chain[0] as Session).range;
    for (const part of chain) {
      if (comparePositions(part.range.start, from) < 0) from = part.range.start;
      if (comparePositions(part.range.end, to) > 0) to = part.range.end;
    }
    merged.range = { start: from, end: to };
    merged.text = textOf(source, merged.range);
    result.push(merged);
  }
  entry.sessions = result;
}

/** True when a run is a tempo with nothing written about how it is run (`Tue: tempo run`, `Thu: Tempo`). */
function bareTempo(session: Session): boolean {
  if (session.kind !== 'run' || session.runType !== 'tempo') return false;
  const { duration, distance, repeats, pace, effortTarget, rpe, zone, heartRate } = session.attributes;
  return !duration && !distance && !repeats && !pace && !effortTarget && !rpe && !zone && !heartRate;
}

/** A run of a sprinter's week is shorter than these (a longer one says the week is a distance runner's). */
const SPRINT_WEEK_MAX_KM = 5;
const SPRINT_WEEK_MAX_MINUTES = 30;
const SPRINT_WORK = new RegExp(`(?:^|[^a-z])(?:${SPRINT_WORK_PHRASES.map((phrase) => phrase.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})(?![a-z])`, 'i');

/**
 * A sprinter's week (language-decisions.md, "Sprinters' tempo and dotted abbreviations"): its bare tempo is the
 * sprinters' easy tempo and its `GA` general athleticism.
 * `Tue: tempo run 8-12 x 100m (easy, basically a fast jog)` … `Thu: tempo run`: a week that writes its tempo once as
 * the sprinters' easy tempo (read so in sessions.ts: reps of 300 m or less, or `extensive`) means the same by a bare
 * `tempo` on its other days; so does a sprinter's week (`Mon: Speed/Special Endurance`, `Tue: Tempo`: sprint work
 * named, no run of 5 km or 30 minutes, no long run). Read per week block, so a block parsed alone (fix-all's
 * windows) reads the same.
 */
function sprintersTempoInBlock(block: WeekBlock, source: SourceText): void {
  let defined = false;
  let bare = false;
  let sprintWork = false;
  let distance = false;
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      if (session.kind !== 'run') continue;
      if (session.runType === 'easy' && session.runTypeRange && textOf(source, session.runTypeRange).toLowerCase() === 'tempo') defined = true;
      if (bareTempo(session)) bare = true;
      if (session.runType === 'long' || (session.attributes.distance?.value ?? 0) >= SPRINT_WEEK_MAX_KM || (session.attributes.duration?.value ?? 0) >= SPRINT_WEEK_MAX_MINUTES) distance = true;
      else if (!sprintWork && SPRINT_WORK.test(session.text)) sprintWork = true;
    }
  }
  if (!(defined || (sprintWork && !distance))) return;
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    const sessions = statement.sessions;
    for (let i = 0; i < sessions.length; i++) {
      const session = sessions[i] as Session;
      // A new session, not a change to this one: the line's reading is kept in the day cache and shared by copies.
      if (bare && bareTempo(session)) sessions[i] = { ...(session as RunSession), runType: 'easy', [SHARED_FACTS]: newFacts() };
      // `G.A.`, `GA`: in a sprinter's week, general athleticism (low-day circuits), not general aerobic running.
      else if (generalAerobic(session, source)) {
        const { range, text, keywordRange, attributes, entry } = session;
        sessions[i] = { kind: 'conditioning', range, text, keywordRange, attributes, entry, style: 'conditioning', effort: 'easy' } as Session;
      }
    }
  }
}

/** A distance written as a bare number (`5`, `4.5`, `4-6`): the miles of a table's `Easy 5`, `Tempo 4`, `Long 10`. */
const BARE_DISTANCE = /^\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?$/;
const KM_WRITTEN = /(?:\d|\s|-)(?:k|km|kms|kilometers?|kilometres?)$/i;
const MILES_WRITTEN = /(?:\d|\s|-)(?:mi|mile|miles)$/i;
const KM_IN_REPEATS = /\d\s*(?:k|km|kms|kilometers?|kilometres?)\b/i;
const MILES_IN_REPEATS = /\d\s*(?:mi|mile|miles)\b/i;
/** Kilometres in a mile (sessions.ts reads miles with it). */
const MILE_KM = 1.609344;

/**
 * The unit a week block writes its run distances in: `km` or `mi` when every run distance written with a unit uses
 * it, else undefined (none written, or both). Bare numbers (`Easy 5`) and track metres (`6x800m`) say nothing of it.
 */
function blockDistanceUnit(block: WeekBlock, source: SourceText): 'km' | 'mi' | undefined {
  let km = 0;
  let mi = 0;
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      if (session.kind !== 'run' && session.kind !== 'event') continue;
      const { distance, repeats } = session.attributes;
      if (distance) {
        const written = textOf(source, distance.range).trim();
        if (KM_WRITTEN.test(written)) km++;
        else if (MILES_WRITTEN.test(written)) mi++;
      } else if (repeats?.value.eachKm !== undefined) {
        // `6 x 1km`, `1 mile x 3`: the unit of measured repeats says it as well.
        const written = textOf(source, repeats.range);
        if (KM_IN_REPEATS.test(written)) km++;
        else if (MILES_IN_REPEATS.test(written)) mi++;
      }
    }
  }
  return km > 0 && mi === 0 ? 'km' : mi > 0 && km === 0 ? 'mi' : undefined;
}

/** True when a run's distance is written as a bare number (read as miles, with a warning). */
function bareDistance(session: Session, source: SourceText): boolean {
  return session.kind === 'run' && session.attributes.distance !== undefined && BARE_DISTANCE.test(textOf(source, session.attributes.distance.range).trim());
}

/**
 * `Easy 5`, `Tempo 4`, `Long 10` in a week whose other run distances are written in km: the bare numbers are km too.
 * A new session, not a change to this one (the line's reading is kept in the day cache). Miles stay as read.
 */
function unitlessDistancesInBlock(block: WeekBlock, source: SourceText): void {
  let unit: 'km' | 'mi' | undefined | null = null;
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    const sessions = statement.sessions;
    for (let i = 0; i < sessions.length; i++) {
      const session = sessions[i] as Session;
      if (!bareDistance(session, source)) continue;
      if (unit === null) unit = blockDistanceUnit(block, source);
      if (unit !== 'km') return;
      const distance = session.attributes.distance as Measure;
      const value = distance.value / MILE_KM;
      const km: Measure = { ...distance, value, ...(distance.span ? { span: { low: distance.span.low / MILE_KM, high: distance.span.high / MILE_KM } } : {}) };
      sessions[i] = { ...session, attributes: { ...session.attributes, distance: km }, [SHARED_FACTS]: newFacts() } as Session;
    }
  }
}

/**
 * The warning "'5' has no unit — read as 5 miles" on a run of a week that writes its other distances in one unit: the
 * week says which (`unitlessDistancesInBlock` read the number in km where that is the unit), so the warning goes.
 * Worked out per parse from the plan, like `dayNumbersAcrossWeeks`.
 */
function unitlessDistanceWarnings(plan: Plan, source: SourceText): void {
  if (!plan.syntaxErrors.some((error) => error.severity === 'warning' && UNITLESS_WARNING.test(error.message))) return;
  const byLine = entriesByLine(plan);
  const units = new Map<WeekBlock, 'km' | 'mi' | undefined>();
  plan.syntaxErrors = plan.syntaxErrors.filter((error) => {
    if (error.severity !== 'warning' || !UNITLESS_WARNING.test(error.message)) return true;
    const entry = (byLine.get(error.range.start.line) ?? []).find((e) => e.sessions.some((s) => s.attributes.distance && comparePositions(s.attributes.distance.range.start, error.range.start) === 0));
    if (!entry) return true;
    if (!units.has(entry.block)) units.set(entry.block, blockDistanceUnit(entry.block, source));
    return units.get(entry.block) === undefined;
  });
}

/** A time written like a clock at the start of a session's text (`10:00 walk`, `2:00 run 3:00 walk`). */
const LEADING_CLOCK = /^(\d{1,2}:[0-5]\d)(?!\s*(?:am|pm|a\.m|p\.m|a\b|p\b))/i;
/** A time written like a clock anywhere in a session's text, not a start time (`15:00 of 2:00 run 3:00 walk`). */
const CLOCK_IN_TEXT = /(?:^|\s)\d{1,2}:[0-5]\d(?!\s*(?:am|pm|a\.m|p\.m|a\b|p\b))/i;

/** Whether a session's time was read from a clock-like `10:00` first in its text. */
function clockTime(session: Session): boolean {
  return session.attributes.duration?.clock === true;
}

/**
 * Whether a week writes times like a clock in sessions other than the clock-first ones (`15:00 of 2:00 run 3:00
 * walk`, `5:00 Walk 5:00 Run`): then `10:00 walk` in it is ten minutes, as the table means.
 */
function clockWeek(block: WeekBlock): boolean {
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) if (!clockTime(session) && !LEADING_CLOCK_ONLY.test(session.text) && CLOCK_IN_TEXT.test(session.text)) return true;
  }
  return false;
}

/** A session that is a clock time and one word or two (`10:00 walk`): not evidence for the week's way of writing. */
const LEADING_CLOCK_ONLY = /^\d{1,2}:[0-5]\d\s+[a-z]+(?:\s+[a-z]+)?$/i;

/**
 * `Tue: 10:00 walk` in a week whose other sessions write times like a clock: ten minutes (read so by sessions.ts). In
 * any other week the reading goes (a new session without the time, not a change to the cached one) and the line keeps
 * the start-time error (`clockTimeErrors`).
 */
function clockTimesInBlock(block: WeekBlock): void {
  let minutes: boolean | undefined;
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    const sessions = statement.sessions;
    for (let i = 0; i < sessions.length; i++) {
      const session = sessions[i] as Session;
      if (!clockTime(session)) continue;
      minutes ??= clockWeek(block);
      if (minutes) return;
      const { duration: _clock, ...attributes } = session.attributes;
      sessions[i] = { ...session, attributes, [SHARED_FACTS]: newFacts() } as Session;
    }
  }
}

/** The start-time error of `10:00 walk` in a week that does not write its times like a clock. Per parse. */
function clockTimeErrors(plan: Plan): void {
  const weeks = new Map<WeekBlock, boolean>();
  let added = false;
  for (const statement of plan.statements) {
    if (statement.type !== 'day') continue;
    for (const session of statement.sessions) {
      if (session.kind === 'gym' || session.attributes.duration !== undefined) continue;
      const clock = LEADING_CLOCK.exec(session.text);
      if (!clock) continue;
      if (!weeks.has(statement.block)) weeks.set(statement.block, clockWeek(statement.block));
      if (weeks.get(statement.block)) continue;
      const image = clock[1] as string;
      const range = { start: session.range.start, end: { line: session.range.start.line, column: session.range.start.column + image.length } };
      const asMinutes = image.endsWith(':00') ? `${Number(image.slice(0, -3))}min` : undefined;
      plan.syntaxErrors.push({
        message: `Write a start time with '@', like '@${image}'`,
        range,
        fixes: [
          { title: `Write '@${image}'`, edits: [{ range, newText: `@${image}` }], preferred: true },
          ...(asMinutes === undefined ? [] : [{ title: `Write '${asMinutes}' (a time of ${asMinutes})`, edits: [{ range, newText: asMinutes }] }]),
        ],
      });
      added = true;
    }
  }
  if (added) plan.syntaxErrors.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
}

const UNITLESS_WARNING = /^'[\d.]+' has no unit — read as [\d.]+ miles/;

/** A run named only by `GA` (`G.A.`) with no distance or time: Pfitzinger's general aerobic run, or a sprinter's GA. */
function generalAerobic(session: Session, source: SourceText): boolean {
  if (session.kind !== 'run' || !session.runTypeRange || session.attributes.distance || session.attributes.duration) return false;
  return wordOf(textOf(source, session.runTypeRange)) === 'ga';
}

/** A message when an ISO date is not a real date, else undefined. The first week starts on a Monday. */
function dateProblem(image: string): string | undefined {
  const match = ISO_DATE.exec(image);
  if (!match) return `'${image}' is not a date — write it as YYYY-MM-DD, like 2026-12-07`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `'${image}' is not a date — month 01–12 and a day that exists in that month`;
  }
  const weekday = (date.getUTCDay() + 6) % 7;
  if (weekday !== 0) {
    return `The plan starts on a Monday, but ${image} is a ${WEEKDAY_NAMES_FULL[weekday]}`;
  }
  return undefined;
}

function expandWeeks(plan: Plan, leading: WeekBlock | undefined): void {
  let topGoals = plan.goals;
  if (!plan.singleWeek) {
    const inBlocks = new Set<unknown>();
    for (const block of plan.blocks) for (const statement of block.statements) if (statement.type === 'goal') inBlocks.add(statement);
    topGoals = plan.goals.filter((goal) => !inBlocks.has(goal));
  }
  const fileGoal = topGoals[topGoals.length - 1]?.goals[0]?.value;
  const weeks: Week[] = [];
  for (const block of plan.blocks) {
    let from: number;
    let to: number;
    if (block.header) {
      ({ from, to } = block.header);
    } else if (plan.singleWeek) {
      from = to = 1;
    } else if (block === leading) {
      if (plan.blocks.some((other) => other.header && other.header.from === 1)) {
        const first = block.statements.find((statement): statement is DayEntry => statement.type === 'day');
        if (first) {
          plan.syntaxErrors.push({
            message: `These days come before the first 'week' line, so they would be week 1 — but 'week 1' is written below; move them under a week`,
            range: first.dayRange,
          });
        }
        continue;
      }
      from = to = 1;
    } else {
      // A block under a broken `week` line: its week is unknown.
      continue;
    }
    if (weeks.length + (to - from + 1) > MAX_PLAN_WEEKS) {
      // `week 1-520` written a thousand times would be 520,000 weeks for every rule to walk: past the budget a block
      // is read (its days are checked for syntax) but not expanded into weeks.
      if (block.header) {
        plan.syntaxErrors.push({
          message: TOO_MANY_WEEKS,
          range: block.header.numberRange,
        });
      }
      continue;
    }
    const days = daysOf(block);
    for (let number = from; number <= to; number++) {
      weeks.push({ number, block, repeatIndex: number - from, days });
    }
  }
  weeks.sort((a, b) => a.number - b.number);
  // The goal in force: the file's goal, changed from a week on by a goal written inside that week's block.
  // A block's own goal is looked up once: per repeat it cost a `week 1-520` block of 90,000 statements 47 million steps.
  let goal = fileGoal;
  const ownGoal = new Map<WeekBlock, GoalStatement | undefined>();
  for (const week of weeks) {
    if (!plan.singleWeek) {
      let own = ownGoal.get(week.block);
      if (!ownGoal.has(week.block)) ownGoal.set(week.block, (own = lastGoal(week.block)));
      if (own) goal = own.goals[0].value;
    }
    week.goal = goal;
  }
  plan.weeks = weeks;
}

/** The goal statement written last inside a block, if any. */
function lastGoal(block: WeekBlock): GoalStatement | undefined {
  for (let i = block.statements.length - 1; i >= 0; i--) {
    const statement = block.statements[i]!;
    if (statement.type === 'goal') return statement;
  }
  return undefined;
}

/** A block's days, kept on it: a block taken whole from the parse before keeps them, and what is kept on them. */
const DAYS = Symbol('hybrid.blockDays');

function daysOf(block: WeekBlock): Day[] {
  const kept = block as WeekBlock & { [DAYS]?: Day[] };
  return (kept[DAYS] ??= buildDays(block));
}

function buildDays(block: WeekBlock): Day[] {
  const days: Day[] = [];
  for (let weekday = 0; weekday < 7; weekday++) days.push({ weekday: weekday as Weekday, entries: [], sessions: [] });
  for (const statement of block.statements) {
    if (statement.type !== 'day') continue;
    const day = days[statement.weekday];
    // Most days hold one entry: a literal of one is one slot, where a push into [] reserves seventeen. The model
    // lives as long as the document, and its size is what the garbage collector copies while a long plan is read.
    if (day.entries.length === 0) {
      day.entries = [statement];
      day.sessions = statement.sessions.slice();
    } else {
      day.entries.push(statement);
      for (const session of statement.sessions) day.sessions.push(session);
    }
  }
  return days;
}

