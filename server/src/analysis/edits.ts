// Edits as data: every change a quick fix or the fix-all makes to a plan is a list of text replacements
// computed here from the plan model. Pure functions, no I/O; a builder that cannot apply returns [] (never throws).
//
// Decisions where the catalogue is silent:
// - Removing the only session of a day line leaves `rest` on that line (the line, its `Mon am:` prefix and its
//   comment stay). Removing one of several sessions keeps the separators of the others as written.
// - A session added to a day goes to that day's LAST line in the week block; bare `rest` / `off` sessions there are
//   replaced (a `rest "note"` with attributes is kept). A quality run goes FIRST on its new day (before a lift, so
//   the runner is fresh for it — the guide's "be fresh at the beginning of your quality sessions"); others go last. A weekday with no line gets one right after the previous
//   weekday's line (same indentation), or before the next weekday's line when it is the earliest; in a one-liner
//   (the neighbour shares its line with another statement) it is joined with `; ` on that line instead.
// - Swapping days with the same number of lines exchanges the sessions line by line (comments and `Mon am:`
//   prefixes stay with their line). With different numbers of lines (or a day without a line) the lines change
//   day instead: their weekday words are exchanged in their own spelling, so no line or comment is lost.
// - "Make it easy" names the effort: a quality run type becomes `easy` and an effort that would still make it
//   hard (rpe ≥ the easy-run limit, zone z3+) is dropped; repeats, distance, duration, notes and time stay.
//   Heavy gym → `moderate`; hard cross → `easy` (dropping rpe ≥ 7 / z4+).
// - Times in a session are replaced where written; otherwise the new time goes right before the exercise list,
//   or at the end of the session. A time that comes from a `Mon am:` line prefix is not the session's own text
//   and is left alone (the session's own time overrides it).
// - A session changed into rest keeps its text in a comment on its line (`Wed: rest  # was: run easy 30min`);
//   when that line already has a comment (possibly a `# hybrid-ignore`), the `# was:` comment goes on its own
//   line right above, so the existing comment and suppression keep working.
import type { DayEntry, Goal, Plan, Position, Range, Session, Statement, Weekday, WeekBlock } from '../language/model';
import { QUALITY_RUN_TYPES, WEEKDAY_FULL_NAMES, WEEKDAY_NAMES } from '../language/model';
import { comparePositions, LineIndex, lineIndexFor, rangeContains } from '../language/text';
import { classify } from './classify';

/** A text replacement on the plan's text (0-based, end exclusive). */
export interface TextEdit {
  range: Range;
  newText: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Applying edits

/** Applies non-overlapping edits given in any order. Inserts at the same place keep their given order; an edit
 *  that overlaps an earlier one is skipped rather than corrupting the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const index = lineIndexFor(text);
  const spans = edits.map((edit, order) => {
    const start = index.offsetAt(edit.range.start);
    const end = Math.max(start, index.offsetAt(edit.range.end));
    return { start, end, newText: edit.newText, order };
  });
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    result += text.slice(cursor, span.start) + span.newText;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const position = (line: number, column: number): Position => ({ line, column });
const rangeOf = (start: Position, end: Position): Range => ({ start, end });
const insertAt = (at: Position, newText: string): TextEdit => ({ range: rangeOf(at, at), newText });

/** The line break the file already uses. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineTextOf(text: string, line: number): string {
  const index = lineIndexFor(text);
  if (line < 0 || line >= index.lineCount) return '';
  return index.lineText(line).replace(/\r?\n?$/, '').replace(/\r$/, '');
}

/** Column 0, or 1 on the first line of a file that starts with a byte-order mark (new text goes after it). */
function lineStart(text: string, line: number): Position {
  return position(line, line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0);
}

function indentationOf(lineText: string): string {
  return /^\uFEFF?([ \t]*)/.exec(lineText)?.[1] ?? '';
}

/** Every session written in the plan, in source order. */
export function allSessions(plan: Plan): Session[] {
  const sessions: Session[] = [];
  for (const block of plan.blocks) {
    for (const statement of block.statements) if (statement.type === 'day') sessions.push(...statement.sessions);
  }
  return sessions;
}

/** The session written around a range (both ends inside the session). */
export function sessionAt(plan: Plan, range: Range | undefined): Session | undefined {
  if (!range) return undefined;
  // A session lies inside its block's range: other blocks are skipped without looking at their sessions.
  for (const block of plan.blocks) {
    if (!rangeContains(block.range, range.start)) continue;
    // Statements and their sessions are in text order, each after the one before: only the last starting at or
    // before the range can hold it (a binary search each, so a conflict of a day of 10,000 sessions is found at once).
    const statement = block.statements[lastStartingBy(block.statements, range.start)];
    if (statement?.type !== 'day') continue;
    const s = statement.sessions[lastStartingBy(statement.sessions, range.start)];
    if (s && rangeContains(s.range, range.start) && rangeContains(s.range, range.end)) return s;
  }
  // Not found that way (a range outside every session, or statements out of order): the first session holding it.
  for (const block of plan.blocks) {
    if (!rangeContains(block.range, range.start)) continue;
    for (const statement of block.statements) {
      if (statement.type !== 'day') continue;
      for (const s of statement.sessions) if (rangeContains(s.range, range.start) && rangeContains(s.range, range.end)) return s;
    }
  }
  return undefined;
}

/** Index of the last item whose range starts at or before `position` (-1 when none), in a list in text order. */
function lastStartingBy(items: readonly { range: Range }[], position: Position): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (comparePositions((items[mid] as { range: Range }).range.start, position) <= 0) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Day statements of a week block for one weekday, in source order. */
export function entriesOf(block: WeekBlock, weekday: Weekday): DayEntry[] {
  return block.statements.filter((s): s is DayEntry => s.type === 'day' && s.weekday === weekday);
}

function dayEntries(block: WeekBlock): DayEntry[] {
  return block.statements.filter((s): s is DayEntry => s.type === 'day');
}

/** The weekday word for `weekday`, written the way `sample` (an existing weekday word) is written. */
export function weekdayWordLike(sample: string, weekday: Weekday): string {
  const short = WEEKDAY_NAMES[weekday];
  const full = WEEKDAY_FULL_NAMES[weekday];
  const word = sample.length === 2 ? short.slice(0, 2) : sample.length > 3 ? full : short;
  if (sample === sample.toLowerCase()) return word.toLowerCase();
  if (sample.length > 1 && sample === sample.toUpperCase()) return word.toUpperCase();
  return word;
}

function sampleDayWord(plan: Plan, block: WeekBlock): string {
  const entry = dayEntries(block)[0] ?? plan.statements.find((s): s is DayEntry => s.type === 'day');
  return entry ? sliceRange(plan.text, entry.dayRange) : 'Mon';
}

function sliceRange(text: string, range: Range): string {
  const index = lineIndexFor(text);
  return text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
}

/** True when another statement shares a line with `statement` (the one-liner style `Mon: gym; Tue: run`). */
function sharesLine(plan: Plan, statement: Statement): boolean {
  return plan.statements.some(
    (other) =>
      other !== statement &&
      (other.range.start.line === statement.range.end.line || other.range.end.line === statement.range.start.line),
  );
}

/** A `rest` / `off` session with nothing else written: a placeholder that an added session replaces. */
export function isBareRest(session: Session): boolean {
  return session.kind === 'rest' && /^(rest|off)$/i.test(session.text.trim());
}

const isEntryWithSessions = (entry: DayEntry): boolean => entry.sessions.length > 0;

/**
 * A day written as a list (`Monday: Strength` then `- Back squat 5x5` on the lines below, parser.ts
 * `continuationAt`): its entry spans several lines. No fix moves a session off it or onto it, swaps it, reorders it or
 * turns a session of it into rest — a rewrite of one line would split the list from its day or join its lines
 * (language-decisions.md, "A day written as a list").
 */
export function writtenAsList(entry: DayEntry): boolean {
  // A table's row (`| Mon | squat 5x5 | run 30 min |`) keeps its cells the same way: a rewrite would break the table.
  // So does a line of several days (`Mon, Wed, Fri: weights`): its text is every one of those days.
  // And a day written after its week (`Week 1 Day 1: …`): a rewrite of the line would take the week with it.
  return entry.range.start.line !== entry.range.end.line || entry.tableRow === true || entry.severalDays === true || entry.afterWeek === true;
}

/** True when `weekday` of `block` has a line written as a list (see `writtenAsList`). */
export function listDay(block: WeekBlock, weekday: Weekday): boolean {
  for (const statement of block.statements) if (statement.type === 'day' && statement.weekday === weekday && writtenAsList(statement)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Rearranging the sessions of one week block

export interface SessionMove {
  session: Session;
  to: Weekday;
}

interface EntryPlan {
  entry: DayEntry;
  /** Sessions kept from the original line, in order. */
  kept: Session[];
  /** Texts added at the end. */
  added: string[];
  /** Texts added at the start: quality runs (`leadsItsDay`). */
  leading?: string[];
  /** True when the line's content must be rewritten. */
  changed: boolean;
}

/** The new text of a day line's sessions: kept sessions with their original separators, then the added ones. */
function entryContent(plan: Plan, entryPlan: EntryPlan): string {
  const { entry, kept, added, leading = [] } = entryPlan;
  const parts: string[] = [];
  for (const text of leading) {
    if (parts.length > 0) parts.push(' + ');
    parts.push(text);
  }
  let first = true;
  for (const session of kept) {
    if (first && parts.length > 0) parts.push(' + ');
    else if (parts.length > 0) {
      const index = entry.sessions.indexOf(session);
      const before = entry.sessions[index - 1];
      parts.push(before && before.range.end.line === session.range.start.line ? sliceRange(plan.text, rangeOf(before.range.end, session.range.start)) : ' + ');
    }
    parts.push(session.text);
    first = false;
  }
  for (const text of added) {
    if (parts.length > 0) parts.push(' + ');
    parts.push(text);
  }
  return parts.length > 0 ? parts.join('') : 'rest';
}

function contentRange(entry: DayEntry): Range {
  const first = entry.sessions[0];
  const last = entry.sessions[entry.sessions.length - 1];
  if (!first || !last) return rangeOf(entry.colonEnd, entry.colonEnd);
  return rangeOf(first.range.start, last.range.end);
}

/**
 * Edits that move each session to another weekday of its own week block (all moves must be in `block`).
 * Several moves at once are combined into one consistent set of edits (used by the fix-all).
 */
export function rearrange(plan: Plan, block: WeekBlock, moves: readonly SessionMove[]): TextEdit[] {
  const effective = moves.filter((m) => m.session.entry.block === block && m.session.entry.weekday !== m.to && m.session.kind !== 'rest');
  if (effective.length === 0) return [];
  // Nothing moves off or onto a day written as a list (`writtenAsList`): no edit at all rather than part of the moves.
  if (effective.some((m) => writtenAsList(m.session.entry) || listDay(block, m.to))) return [];
  const movedOut = new Set(effective.map((m) => m.session));
  const plans = new Map<DayEntry, EntryPlan>();
  const planFor = (entry: DayEntry): EntryPlan => {
    let entryPlan = plans.get(entry);
    if (!entryPlan) {
      entryPlan = { entry, kept: entry.sessions.filter((s) => !movedOut.has(s)), added: [], changed: false };
      plans.set(entry, entryPlan);
    }
    return entryPlan;
  };
  for (const move of effective) planFor(move.session.entry).changed = true;

  const newLines = new Map<Weekday, string[]>();
  const newLeading = new Map<Weekday, string[]>();
  // Moves in source order so several sessions arriving on one day keep their written order.
  const ordered = [...effective].sort(
    (a, b) => a.session.range.start.line - b.session.range.start.line || a.session.range.start.column - b.session.range.start.column,
  );
  for (const move of ordered) {
    const targets = entriesOf(block, move.to).filter(isEntryWithSessions);
    const target = targets[targets.length - 1];
    if (!target) {
      const lines = leadsItsDay(move.session) ? newLeading : newLines;
      const list = lines.get(move.to) ?? [];
      list.push(movedText(plan, move.session));
      lines.set(move.to, list);
      continue;
    }
    const targetPlan = planFor(target);
    targetPlan.kept = targetPlan.kept.filter((s) => !isBareRest(s));
    if (leadsItsDay(move.session)) (targetPlan.leading ??= []).push(movedText(plan, move.session));
    else targetPlan.added.push(movedText(plan, move.session));
    targetPlan.changed = true;
  }

  const edits: TextEdit[] = [];
  for (const entryPlan of plans.values()) {
    if (!entryPlan.changed) continue;
    const newText = entryContent(plan, entryPlan);
    const range = contentRange(entryPlan.entry);
    if (sliceRange(plan.text, range) !== newText) edits.push({ range, newText });
  }
  for (const [weekday, leading] of newLeading) newLines.set(weekday, [...leading, ...(newLines.get(weekday) ?? [])]);
  edits.push(...newDayLines(plan, block, newLines));
  return edits;
}

/**
 * A quality run moved to a day goes before what the day holds: be fresh at the beginning of your quality sessions (the
 * guide). `movesArrangement` orders its model the same way.
 */
export function leadsItsDay(session: Session): boolean {
  return session.kind === 'run' && classify(session).qualityRun;
}

/** Inserts a line (or a `; Day: …` statement in one-liners) for each weekday that has none in the block. */
function newDayLines(plan: Plan, block: WeekBlock, lines: Map<Weekday, string[]>): TextEdit[] {
  const edits: TextEdit[] = [];
  const eol = lineBreakOf(plan.text);
  const sample = sampleDayWord(plan, block);
  const entries = dayEntries(block);
  const weekdays = [...lines.keys()].sort((a, b) => a - b);
  for (const weekday of weekdays) {
    const content = (lines.get(weekday) ?? []).join(' + ');
    const statement = `${weekdayWordLike(sample, weekday)}: ${content}`;
    const earlier = entries.filter((e) => e.weekday < weekday);
    const previous = earlier.reduce<DayEntry | undefined>(
      (best, e) => (!best || e.weekday > best.weekday || (e.weekday === best.weekday && e.range.start.line >= best.range.start.line) ? e : best),
      undefined,
    );
    if (previous) {
      if (sharesLine(plan, previous)) {
        edits.push(insertAt(previous.range.end, `; ${statement}`));
      } else {
        const lineText = lineTextOf(plan.text, previous.range.end.line);
        edits.push(insertAt(position(previous.range.end.line, lineText.length), `${eol}${indentationOf(lineText)}${statement}`));
      }
      continue;
    }
    const later = entries.filter((e) => e.weekday > weekday);
    const next = later.reduce<DayEntry | undefined>(
      (best, e) => (!best || e.weekday < best.weekday || (e.weekday === best.weekday && e.range.start.line < best.range.start.line) ? e : best),
      undefined,
    );
    if (!next) continue;
    if (sharesLine(plan, next)) {
      edits.push(insertAt(next.range.start, `${statement}; `));
    } else {
      const lineText = lineTextOf(plan.text, next.range.start.line);
      edits.push(insertAt(lineStart(plan.text, next.range.start.line), `${indentationOf(lineText)}${statement}${eol}`));
    }
  }
  return edits;
}

/** Move one session to another weekday of the same week block. */
export function moveSession(plan: Plan, session: Session, toWeekday: Weekday): TextEdit[] {
  return rearrange(plan, session.entry.block, [{ session, to: toWeekday }]);
}

// ---------------------------------------------------------------------------------------------------------------
// Swapping two days

export function swapDays(plan: Plan, block: WeekBlock, dayA: Weekday, dayB: Weekday): TextEdit[] {
  if (dayA === dayB) return [];
  const linesA = entriesOf(block, dayA);
  const linesB = entriesOf(block, dayB);
  if (linesA.length === 0 && linesB.length === 0) return [];
  if (linesA.some(writtenAsList) || linesB.some(writtenAsList)) return [];
  const edits: TextEdit[] = [];
  // A line's `am` / `pm` (`Sat am: run race 10km`) belongs to its sessions: such lines keep their text and change
  // their day word instead, so the time of day travels with the sessions.
  // So does what a session took from its label's aside (`Tuesday (tempo): 5 mi`): the aside stays on the line.
  const periods = [...linesA, ...linesB].some((entry) => entry.period !== undefined || entry.sessions.some((session) => labelAsideWords(plan, session) !== undefined));
  if (!periods && linesA.length === linesB.length && [...linesA, ...linesB].every(isEntryWithSessions)) {
    linesA.forEach((a, i) => {
      const b = linesB[i] as DayEntry;
      const textA = sliceRange(plan.text, contentRange(a));
      const textB = sliceRange(plan.text, contentRange(b));
      if (textA === textB) return;
      edits.push({ range: contentRange(a), newText: textB }, { range: contentRange(b), newText: textA });
    });
    return edits;
  }
  for (const entry of linesA) edits.push({ range: entry.dayRange, newText: weekdayWordLike(sliceRange(plan.text, entry.dayRange), dayB) });
  for (const entry of linesB) edits.push({ range: entry.dayRange, newText: weekdayWordLike(sliceRange(plan.text, entry.dayRange), dayA) });
  return edits;
}

// ---------------------------------------------------------------------------------------------------------------
// Changing one session

/** Deletes an attribute written inside the session together with the whitespace before it. */
function dropAttribute(session: Session, range: Range): TextEdit | undefined {
  if (range.start.line !== session.range.start.line || range.end.line !== session.range.start.line) return undefined;
  const offset = range.start.column - session.range.start.column;
  if (offset < 0 || range.end.column > session.range.end.column) return undefined;
  let startColumn = range.start.column;
  let endColumn = range.end.column;
  const before = session.text.slice(0, offset);
  // `@ 85% MHR`, `@ Z2`, `at 70% HR`: the '@' or 'at' that introduces the effort goes with it.
  const at = /[ \t]+(?:@|at)[ \t]*$/i.exec(before) ?? /(?<=\S)[ \t]*@[ \t]*$/.exec(before);
  const spaces = at ? at[0].length : (/[ \t]+$/.exec(before)?.[0].length ?? 0);
  if (spaces > 0) startColumn -= spaces;
  else {
    const after = session.text.slice(range.end.column - session.range.start.column);
    endColumn += /^[ \t]+/.exec(after)?.[0].length ?? 0;
  }
  return { range: rangeOf(position(range.start.line, startColumn), position(range.end.line, endColumn)), newText: '' };
}

function writtenInSession(session: Session, range: Range | undefined): range is Range {
  return (
    range !== undefined &&
    range.start.line === session.range.start.line &&
    range.start.column >= session.range.start.column &&
    range.end.column <= session.range.end.column
  );
}

/**
 * "Make it easy": a quality run becomes an easy run, heavy gym becomes moderate, hard cross becomes easy.
 * `easyRpeLimit` is the `easy-run-too-hard` threshold (an easy run must stay below it).
 */
export function makeEasy(session: Session, easyRpeLimit = 6): TextEdit[] {
  const edits: TextEdit[] = [];
  const { rpe, zone } = session.attributes;
  if (session.kind === 'run') {
    if (QUALITY_RUN_TYPES.has(session.runType) && writtenInSession(session, session.runTypeRange)) {
      edits.push({ range: session.runTypeRange, newText: 'easy' });
    }
    // (A range counts by its top, as the rule and `steadyRun` count it: `rpe 5-6` was left, and the run stayed steady.)
    if (rpe && (rpe.span?.high ?? rpe.value) >= Math.min(easyRpeLimit, 7) && writtenInSession(session, rpe.range)) pushDefined(edits, dropAttribute(session, rpe.range));
    if (zone && zone.value >= 3 && writtenInSession(session, zone.range)) pushDefined(edits, dropAttribute(session, zone.range));
  } else if (session.kind === 'gym') {
    if (session.intensity === 'heavy' && writtenInSession(session, session.intensityRange)) {
      edits.push({ range: session.intensityRange, newText: 'moderate' });
    }
  } else if (session.kind === 'cross' || session.kind === 'conditioning' || session.kind === 'sport') {
    if (session.effort === 'hard' && writtenInSession(session, session.effortRange)) edits.push({ range: session.effortRange, newText: 'easy' });
    if (rpe && rpe.value >= 7 && writtenInSession(session, rpe.range)) pushDefined(edits, dropAttribute(session, rpe.range));
    if (zone && zone.value >= 4 && writtenInSession(session, zone.range)) pushDefined(edits, dropAttribute(session, zone.range));
  }
  return edits;
}

function pushDefined(edits: TextEdit[], edit: TextEdit | undefined): void {
  if (edit) edits.push(edit);
}

/** Removes the effort attribute (`rpe 6`, `z3`) at `range`. */
export function dropEffort(session: Session, range: Range): TextEdit[] {
  const edit = dropAttribute(session, range);
  return edit ? [edit] : [];
}

/** Replaces an attribute written in the session (e.g. the effort with `rpe 3`, the duration with `75min`). */
export function replaceAttribute(session: Session, range: Range, newText: string): TextEdit[] {
  return writtenInSession(session, range) ? [{ range, newText }] : [];
}

/** Where a new attribute goes: before the exercise list, else at the end of the session. */
function attributeInsertion(session: Session, attribute: string): TextEdit {
  if (session.kind === 'gym' && writtenInSession(session, session.exercisesRange)) {
    return insertAt(session.exercisesRange.start, `${attribute} `);
  }
  return insertAt(session.range.end, ` ${attribute}`);
}

function setTime(session: Session, time: string): TextEdit {
  const written = session.attributes.time;
  if (written && writtenInSession(session, written.range)) return { range: written.range, newText: time };
  return attributeInsertion(session, time);
}

export type TimeStyle = 'period' | 'clock';
export const TIME_TEXTS: Record<TimeStyle, [string, string]> = { period: ['am', 'pm'], clock: ['@07:00', '@18:00'] };

/** "Set times": the first session in the morning, the second in the evening. */
export function setTimes(first: Session, second: Session, style: TimeStyle = 'period'): TextEdit[] {
  if (first === second || writtenAsList(first.entry) || writtenAsList(second.entry)) return [];
  const [morning, evening] = TIME_TEXTS[style];
  // A session on a `Wed am:` line is already in the morning: writing `am` on it again would change nothing.
  const already = (session: Session, time: string): boolean => {
    const value = session.attributes.time?.value;
    return value?.fromDay === true && value.period === time;
  };
  return [
    ...(already(first, morning) ? [] : [setTime(first, morning)]),
    ...(already(second, evening) ? [] : [setTime(second, evening)]),
  ];
}

/**
 * The text of a session moved to another line: a time of day it took from its line (`Mon pm: gym lower heavy`) goes
 * with it, written on the session (`gym lower heavy pm`), so a move never drops am / pm.
 */
function movedText(plan: Plan, session: Session): string {
  const time = session.attributes.time?.value;
  const text = time?.fromDay === true && time.period !== undefined ? textWithTime(session, time.period) : session.text;
  const label = labelAsideWords(plan, session);
  return label === undefined ? text : `${label} ${text}`;
}

/**
 * What a session took from its label's aside (`Wednesday (tempo): 5 mi`, `Monday (upper body): weights`: parser.ts
 * `labelWords`), written before the moved text (`tempo 5 mi`, `upper body weights`) so a move keeps the session's run type,
 * focus or intensity — it became an easy run, a full-body session (review11b).
 */
function labelAsideWords(plan: Plan, session: Session): string | undefined {
  const start = session.range.start;
  const before = (range: Range | undefined): range is Range =>
    range !== undefined && (range.end.line < start.line || (range.end.line === start.line && range.end.column <= start.column));
  const ranges = [session.kind === 'gym' ? session.focusRange : undefined, session.kind === 'gym' ? session.intensityRange : undefined, session.kind === 'run' ? session.runTypeRange : undefined].filter(before);
  if (ranges.length === 0) return undefined;
  const words: string[] = [];
  for (const range of ranges) {
    const written = sliceRange(plan.text, range).trim();
    if (written.length > 0 && !words.includes(written)) words.push(written);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/** The session's text with its own written time replaced by `time` (removed when undefined, added when missing). */
export function textWithTime(session: Session, time: string | undefined): string {
  const written = session.attributes.time;
  const start = session.range.start.column;
  if (written && writtenInSession(session, written.range)) {
    const from = written.range.start.column - start;
    const to = written.range.end.column - start;
    if (time !== undefined) return session.text.slice(0, from) + time + session.text.slice(to);
    const head = session.text.slice(0, from).replace(/[ \t]+$/, '');
    const tail = session.text.slice(to);
    return head.length > 0 ? head + tail : tail.replace(/^[ \t]+/, '');
  }
  if (time === undefined) return session.text;
  if (session.kind === 'gym' && writtenInSession(session, session.exercisesRange)) {
    const at = session.exercisesRange.start.column - start;
    return `${session.text.slice(0, at)}${time} ${session.text.slice(at)}`;
  }
  return `${session.text} ${time}`;
}

function ownTimeText(plan: Plan, session: Session): string | undefined {
  const written = session.attributes.time;
  return written && writtenInSession(session, written.range) ? sliceRange(plan.text, written.range) : undefined;
}

/** Swaps two sessions of one day. Written times stay where they were, so they follow the new order. */
export function reorderSessions(plan: Plan, a: Session, b: Session): TextEdit[] {
  if (a === b || a.entry.weekday !== b.entry.weekday || a.entry.block !== b.entry.block || writtenAsList(a.entry) || writtenAsList(b.entry)) return [];
  const timeA = ownTimeText(plan, a);
  const timeB = ownTimeText(plan, b);
  return [
    { range: a.range, newText: textWithTime(b, timeA) },
    { range: b.range, newText: textWithTime(a, timeB) },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Rest, suppression, goal

function lineComment(plan: Plan, line: number) {
  return plan.comments.find((c) => c.range.start.line === line && !c.ownLine);
}

/** A session becomes rest: it leaves its line (the line becomes `rest` when it was the only one) and its text is
 *  kept in a `# was:` comment. */
export function changeToRest(plan: Plan, session: Session): TextEdit[] {
  if (session.kind === 'rest' || writtenAsList(session.entry)) return [];
  const entry = session.entry;
  const kept = entry.sessions.filter((s) => s !== session);
  const edits: TextEdit[] = [
    { range: contentRange(entry), newText: entryContent(plan, { entry, kept, added: [], changed: true }) },
  ];
  const line = session.range.start.line;
  const lineText = lineTextOf(plan.text, line);
  const note = `# was: ${session.text}`;
  if (lineComment(plan, line)) {
    edits.push(insertAt(lineStart(plan.text, line), `${indentationOf(lineText)}${note}${lineBreakOf(plan.text)}`));
  } else {
    // After the line's text, and never inside the replaced content (which may end in whitespace, e.g. in an
    // unterminated note): overlapping edits are rejected by editors.
    const contentEnd = edits[0]!.range.end;
    const column = Math.max(lineText.replace(/[ \t]+$/, '').length, contentEnd.line === line ? contentEnd.column : 0);
    edits.push(insertAt(position(line, column), `  ${note}`));
  }
  return edits;
}

/** Appends `# hybrid-ignore <rule>` to a line, or adds the rule to the suppression already there. */
export function ignoreOnLine(plan: Plan, line: number, rule: string): TextEdit[] {
  const suppression = plan.suppressions.find((s) => s.scope === 'line' && s.line === line);
  if (suppression) {
    if (suppression.rules.length === 0 || suppression.rules.includes(rule)) return [];
    // After the last rule id of the list (a `-- reason` or other words may follow it).
    const written = sliceRange(plan.text, suppression.range);
    const head = /^#\s*hybrid-ignore/i.exec(written);
    let listEnd = head ? head[0].length : written.trimEnd().length;
    const word = /[\s,]+([^\s,]+)/y;
    word.lastIndex = listEnd;
    for (let match = word.exec(written); match && /^[a-z][a-z0-9-]*$/i.test(match[1] ?? ''); match = word.exec(written)) {
      listEnd = word.lastIndex;
    }
    return [insertAt(position(suppression.range.start.line, suppression.range.start.column + listEnd), ` ${rule}`)];
  }
  const lineText = lineTextOf(plan.text, line);
  const comment = plan.comments.find((c) => c.range.start.line === line);
  if (comment) {
    // A comment runs to the end of the line: the suppression goes before it, the comment stays after it.
    return [insertAt(comment.range.start, `# hybrid-ignore ${rule} `)];
  }
  if (lineText.trim().length === 0) return [];
  return [insertAt(position(line, lineText.replace(/[ \t]+$/, '').length), `  # hybrid-ignore ${rule}`)];
}

/** Inserts `goal: <goal>` after the `plan` title, else at the top (after leading comments and blank lines). */
export function insertGoal(plan: Plan, goal: Goal): TextEdit[] {
  const statement = `goal: ${goal}`;
  const eol = lineBreakOf(plan.text);
  if (plan.title) {
    const title = plan.title;
    if (sharesLine(plan, title)) return [insertAt(title.range.end, `; ${statement}`)];
    const lineText = lineTextOf(plan.text, title.range.end.line);
    return [insertAt(position(title.range.end.line, lineText.length), `${eol}${indentationOf(lineText)}${statement}`)];
  }
  const index = new LineIndex(plan.text);
  for (let line = 0; line < index.lineCount; line++) {
    const text = lineTextOf(plan.text, line).replace(/^\uFEFF/, '').trim();
    if (text.length === 0 || text.startsWith('#')) continue;
    return [insertAt(lineStart(plan.text, line), `${statement}${eol}`)];
  }
  const last = index.lineCount - 1;
  const lastText = lineTextOf(plan.text, last);
  return [insertAt(position(last, lastText.length), lastText.length > 0 ? `${eol}${statement}${eol}` : `${statement}${eol}`)];
}

/**
 * `Day 1:` … `Day 7:` rewritten as `Mon:` … `Sun:` (only the day words change; am/pm, sessions, notes and comments stay).
 * The plan means the same before and after, so the edit needs no check of the rules.
 */
export function dayNumbersAsWeekdays(plan: Plan): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const statement of plan.statements) {
    if (statement.type === 'day' && statement.dayNumber !== undefined) {
      edits.push({ range: statement.dayRange, newText: WEEKDAY_NAMES[statement.weekday] });
    }
  }
  return edits;
}

