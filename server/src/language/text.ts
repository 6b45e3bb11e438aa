// Offsets ↔ line/column for the plan text. Lines end at LF, CRLF or a lone CR (as in LSP); columns are UTF-16 units.
import type { Position, Range } from './model';

const EMPTY: Position = { line: 0, column: 0 };
/** Length of `LineIndex.recent`: four offsets and their positions. */
const RECENT_POSITIONS = 8;

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];
  /** The line of the last lookup: the parser asks in text order, so the next answer is nearly always here or next. */
  private lastLine = 0;
  /** Offset, position, offset, position, … of the last answers of `positionAt`. */
  private readonly recent: (number | Position)[] = [-1, EMPTY, -1, EMPTY, -1, EMPTY, -1, EMPTY];
  private recentNext = 0;

  constructor(private readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      // No `\r` at all (most texts): the line breaks are found by the native search, not a loop over every character.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (code === 10 /* \n */) {
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the start of `line` (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of one line without its line break. */
  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }

  /**
   * The position at an offset. The last few answers are kept and given again for the same offset: a session's range
   * and its keyword's start at one offset, a value and its session end at one (the 520-week bench plan's model holds
   * 57,731 position objects instead of 69,118). Positions are never changed once made, so sharing them is safe.
   */
  positionAt(offset: number): Position {
    const recent = this.recent;
    for (let i = 0; i < recent.length; i += 2) {
      if (recent[i] === offset) return recent[i + 1] as Position;
    }
    const position = this.computePosition(offset);
    recent[this.recentNext] = offset;
    recent[this.recentNext + 1] = position;
    this.recentNext = (this.recentNext + 2) % RECENT_POSITIONS;
    return position;
  }

  private computePosition(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    const last = starts.length - 1;
    let low = this.lastLine;
    if (starts[low] <= clamped && (low === last || clamped < starts[low + 1])) {
      // same line as the last lookup
    } else if (low < last && starts[low + 1] <= clamped && (low + 1 === last || clamped < starts[low + 2])) {
      low++;
    } else {
      low = 0;
      let high = last;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= clamped) low = mid;
        else high = mid - 1;
      }
    }
    this.lastLine = low;
    // An offset between \r and \n belongs to the end of its line (the only offset past its line's end that is not
    // on the next line).
    const text = this.text;
    const column = text.charCodeAt(clamped) === 10 && text.charCodeAt(clamped - 1) === 13 && clamped > starts[low] ? clamped - 1 - starts[low] : clamped - starts[low];
    return { line: low, column };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.column), this.lineEnd(position.line));
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.column - b.column;
}

/** True when `inner` (a range or a position) lies within `outer` (end inclusive for positions at the very end). */
export function rangeContains(outer: Range, inner: Range | Position): boolean {
  if ('line' in inner) {
    return comparePositions(outer.start, inner) <= 0 && comparePositions(inner, outer.end) <= 0;
  }
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** `3:4-3:17`: a range as a key (the same for ranges at the same positions). */
export function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** True when both ranges start and end at the same positions. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;
}

/** True when the two ranges share at least one character. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/** The few texts last indexed: edits and fix-all ask for the same text's index many times in a row. */
const recentIndexes: { text: string; index: LineIndex }[] = [];

/** A `LineIndex` of `text`, shared with the last callers that asked for the same text (a LineIndex is never changed). */
export function lineIndexFor(text: string): LineIndex {
  for (let i = 0; i < recentIndexes.length; i++) {
    const entry = recentIndexes[i];
    if (entry.text === text) {
      if (i > 0) {
        recentIndexes.splice(i, 1);
        recentIndexes.unshift(entry);
      }
      return entry.index;
    }
  }
  const index = new LineIndex(text);
  recentIndexes.unshift({ text, index });
  if (recentIndexes.length > 4) recentIndexes.pop();
  return index;
}
