// Whether a plan states which of two sessions of one day comes first (session-order, fresh-for-quality): a `+` or a
// comma lists the sessions of a day, it does not order them.
import type { Session } from '../language/model';
import { LineIndex } from '../language/text';
import { clockOf, periodOf } from './sameDay';

/** Words between two sessions of a line that say the first written is done first (`squat 5x5, then run easy`). */
const SEQUENCE_WORDS = /\b(?:then|followed by|afterwards|later)\b|\bafter that\b/i;

/**
 * The line index of the last text asked about: the rules of one check (and the many screenings of one fix-all search,
 * which keep the plan's text) share it, so a plan's text is indexed once, not once per question.
 */
let cached: { text: string; index: LineIndex } | undefined;
function linesOf(text: string): LineIndex {
  if (cached?.text !== text) cached = { text, index: new LineIndex(text) };
  return cached.index;
}

/**
 * Whether the plan says which of two sessions of a day comes first: times that differ (`am` / `pm`, clock times), or
 * a word of sequence between them on one line (`then`, `followed by`). A `+` or a comma lists sessions; it does not
 * order them, and two lines for one day do not either.
 */
export function orderStated(text: string, earlier: Session, later: Session): boolean {
  const a = periodOf(earlier);
  const b = periodOf(later);
  if (a !== undefined && b !== undefined) {
    if (a !== b) return true;
    const ca = clockOf(earlier);
    const cb = clockOf(later);
    return ca !== undefined && cb !== undefined && ca !== cb;
  }
  if (a !== undefined || b !== undefined) return false;
  const [first, second] =
    earlier.range.start.line < later.range.start.line ||
    (earlier.range.start.line === later.range.start.line && earlier.range.start.column <= later.range.start.column)
      ? [earlier, later]
      : [later, earlier];
  if (first.range.end.line !== second.range.start.line) return false;
  const index = linesOf(text);
  const line = index.lineStart(second.range.start.line);
  // From the start of the first session to the end of the second: `then` may be read into the second's own text.
  return SEQUENCE_WORDS.test(text.slice(line + first.range.start.column, line + second.range.end.column));
}
