// A line for several days (`Mon, Wed, Fri: run easy @ rpe 7`) is read as each of its days, so a rule that reports on
// the line reports once per day it names. The registry keeps one diagnostic there (language-decisions.md, "One line for
// several days"): the same rule, range and message is kept once (`isListed`), and reports whose messages differ only
// by the day they name are one diagnostic that names the days — `Easy run at rpe 7 (Mon, Wed, Fri: run easy @ rpe 7)`.
import type { Plan, Range } from '../language/model';
import { WEEKDAY_NAMES } from '../language/model';
import { rangeContains, rangeKey, sameRange } from '../language/text';
import { RELATED_PER_DIAGNOSTIC } from './helpers';
import type { PlanDiagnostic, RelatedPlace, RuleReport } from './types';

/** A day as messages name it (`sessionLabel`, `on Mon`): the three letters of `WEEKDAY_NAMES`, a word of its own. */
const DAY_IN_MESSAGE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g;

const WEEKDAY_OF = new Map<string, number>(WEEKDAY_NAMES.map((name, weekday) => [name, weekday]));

/**
 * The ranges of the lines of several days, by line (a `;` may put one after another day on a line); undefined when
 * the plan has none, as most plans have. One pass over the statements.
 */
export function severalDaysLines(plan: Plan): Map<number, Range[]> | undefined {
  let lines: Map<number, Range[]> | undefined;
  for (const statement of plan.statements) {
    if (statement.type !== 'day' || statement.severalDays !== true) continue;
    lines ??= new Map();
    const line = statement.range.start.line;
    const ranges = lines.get(line);
    // The days of one line are entries with the same range object: kept once.
    if (ranges === undefined) lines.set(line, [statement.range]);
    else if (!ranges.includes(statement.range)) ranges.push(statement.range);
  }
  return lines;
}

/** True when `range` lies inside a line of several days. */
export function onSeveralDays(lines: Map<number, Range[]>, range: Range): boolean {
  const ranges = lines.get(range.start.line);
  if (ranges === undefined) return false;
  return ranges.some((r) => rangeContains(r, range));
}

/**
 * Messages of one finding on the days of a line: the words around their day names (the same in each), the first
 * message's days, which of those change from one message to the next (`varying`, known from the second on) and the
 * weekdays named there. `Run and gym on Mon … (The other session on Mon: …)` and the same on Wed are one: both day
 * names change, and each message names one day there. `Quality run (Tue: …) the day after heavy legs (Mon: …)` and
 * `(Thu: …) … (Wed: …)` are not: each names two different days where they change (two findings, not one on two days).
 */
export class DayMerge {
  private varying: number[] | undefined;
  private readonly weekdays: number[];

  private constructor(
    /** The text around the day names: one more than `first`. */
    private readonly parts: readonly string[],
    private readonly first: readonly string[],
  ) {
    this.weekdays = [];
  }

  /** The message cut at its day names; undefined when it names none (then it differs from another by more than a day). */
  static of(message: string): DayMerge | undefined {
    const cut = cutAtDays(message);
    return cut ? new DayMerge(cut.parts, cut.days) : undefined;
  }

  /** The text around the day names: two messages whose keys differ cannot be one. */
  get key(): string {
    return this.parts.join('\u0000');
  }

  /**
   * Takes another message of the finding: `same` when it names no other day than those taken (a repeat), `merged`
   * when it differs from the first only by one day named where the others change, `apart` when it is another finding.
   */
  add(message: string): 'same' | 'merged' | 'apart' {
    const cut = cutAtDays(message);
    if (cut === undefined || cut.parts.length !== this.parts.length || cut.parts.some((part, i) => part !== this.parts[i])) return 'apart';
    const differs: number[] = [];
    for (let i = 0; i < cut.days.length; i++) if (cut.days[i] !== this.first[i]) differs.push(i);
    if (differs.length === 0) return 'same';
    const day = cut.days[differs[0] as number] as string;
    if (differs.some((i) => cut.days[i] !== day)) return 'apart';
    if (this.varying === undefined) {
      // The first message names one day where the second changes (`Mon … Mon`, not `Tue … Mon`).
      const firstDay = this.first[differs[0] as number] as string;
      if (differs.some((i) => this.first[i] !== firstDay)) return 'apart';
      this.varying = differs;
      this.weekdays.push(WEEKDAY_OF.get(firstDay) as number);
    } else if (differs.length !== this.varying.length || differs.some((i, k) => i !== this.varying?.[k])) return 'apart';
    const weekday = WEEKDAY_OF.get(day) as number;
    if (this.weekdays.includes(weekday)) return 'same';
    this.weekdays.push(weekday);
    this.weekdays.sort((a, b) => a - b);
    return 'merged';
  }

  /** The weekdays named where the messages change, Monday first; empty until a second day is taken. */
  days(): readonly number[] {
    return this.weekdays;
  }

  /** The message naming every day taken where the messages change (`Mon, Wed, Fri: run easy @ rpe 7`). */
  text(): string {
    const days = this.weekdays.map((weekday) => WEEKDAY_NAMES[weekday]).join(', ');
    let text = this.parts[0] as string;
    for (let i = 0; i < this.first.length; i++) text += (this.varying?.includes(i) ? days : this.first[i]) + (this.parts[i + 1] as string);
    return text;
  }
}

function cutAtDays(message: string): { parts: string[]; days: string[] } | undefined {
  const parts: string[] = [];
  const days: string[] = [];
  let from = 0;
  for (const match of message.matchAll(DAY_IN_MESSAGE)) {
    parts.push(message.slice(from, match.index));
    days.push(match[0]);
    from = (match.index as number) + match[0].length;
  }
  if (days.length === 0) return undefined;
  parts.push(message.slice(from));
  return { parts, days };
}

/** A diagnostic on a line of several days and the messages it was made of (its own, and its related places'). */
interface Merged {
  diagnostic: PlanDiagnostic;
  message: DayMerge;
  /** The related places by their range (parallel to `diagnostic.related`): their messages merge the same way. */
  related: (DayMerge | undefined)[];
  /** True once `diagnostic.related` is a copy of the report's (a rule may share one array between its reports). */
  ownRelated?: true;
}

/**
 * The diagnostics of one rule's reports on lines of several days, kept by rule, severity, range and the words around
 * their day names. `take` merges a report into one kept diagnostic, or says it is a finding of its own.
 */
export class SeveralDaysMerges {
  private readonly kept = new Map<string, Merged[]>();

  private static keyOf(id: string, severity: string, range: Range, words: string): string {
    return `${id}\u0000${severity}\u0000${rangeKey(range)}\u0000${words}`;
  }

  /**
   * True when the report is taken by a diagnostic kept before (merged into it, or a repeat of a day it names): the
   * caller drops it. False when it is a finding of its own: the caller lists it and hands it to `keep`.
   */
  take(id: string, severity: string, report: RuleReport): boolean {
    const words = DayMerge.of(report.message);
    if (words === undefined) return false;
    const candidates = this.kept.get(SeveralDaysMerges.keyOf(id, severity, report.range, words.key));
    if (candidates === undefined) return false;
    for (const merged of candidates) {
      const outcome = merged.message.add(report.message);
      if (outcome === 'apart') continue;
      if (outcome === 'merged') this.merge(merged, report);
      return true;
    }
    return false;
  }

  /** Keeps a listed diagnostic on a line of several days, for the reports of its other days to merge into. */
  keep(diagnostic: PlanDiagnostic): void {
    const message = DayMerge.of(diagnostic.message);
    if (message === undefined) return;
    const key = SeveralDaysMerges.keyOf(diagnostic.rule, diagnostic.severity, diagnostic.range, message.key);
    const merged: Merged = { diagnostic, message, related: (diagnostic.related ?? []).map((r) => DayMerge.of(r.message)) };
    const candidates = this.kept.get(key);
    if (candidates) candidates.push(merged);
    else this.kept.set(key, [merged]);
  }

  /** Drops what a rule kept (the rule failed: its diagnostics are gone). */
  forget(id: string): void {
    for (const key of [...this.kept.keys()]) if (key.startsWith(`${id}\u0000`)) this.kept.delete(key);
  }

  private merge(merged: Merged, report: RuleReport): void {
    const { diagnostic } = merged;
    diagnostic.message = merged.message.text();
    // Where the rule says which day (`weekday`), the data says every day the diagnostic names.
    diagnostic.data = { ...diagnostic.data, weekdays: merged.message.days().slice() };
    for (const place of report.related ?? []) this.mergeRelated(merged, place);
  }

  /** A related place of another day: its message merged into the one at its range, or a place of its own. */
  private mergeRelated(merged: Merged, place: RelatedPlace): void {
    if (merged.ownRelated === undefined) {
      merged.diagnostic.related = merged.diagnostic.related?.slice() ?? [];
      merged.ownRelated = true;
    }
    addPlace(merged.diagnostic.related as RelatedPlace[], merged.related, place);
  }
}

/**
 * The related places of one diagnostic with those at one place on a line of several days made one, when their
 * messages differ only by the day (all-runs-hard points at `Quality run: Tue: …`, `Thu: …`, `Sat: …`, one range:
 * `Quality run: Tue, Thu, Sat: …`). The same array when nothing is merged.
 */
export function relatedOnce(related: RelatedPlace[], lines: Map<number, Range[]>): RelatedPlace[] {
  const twice = (place: RelatedPlace, i: number): boolean => related.some((other, j) => j < i && sameRange(other.range, place.range));
  if (!related.some((place, i) => twice(place, i) && onSeveralDays(lines, place.range))) return related;
  const kept: RelatedPlace[] = [];
  const words: (DayMerge | undefined)[] = [];
  for (const place of related) addPlace(kept, words, place, lines);
  return kept;
}

/**
 * Adds `place` to `kept` (`words` parallel to it): merged into a place at its range whose message differs from it
 * only by the day (on a line of several days, when `lines` is given), dropped as a repeat, or added up to
 * RELATED_PER_DIAGNOSTIC.
 */
function addPlace(kept: RelatedPlace[], words: (DayMerge | undefined)[], place: RelatedPlace, lines?: Map<number, Range[]>): void {
  if (lines === undefined || onSeveralDays(lines, place.range)) {
    for (let i = 0; i < kept.length; i++) {
      const other = kept[i] as RelatedPlace;
      if (!sameRange(other.range, place.range)) continue;
      if (other.message === place.message) return;
      const merge = words[i];
      if (merge !== undefined && merge.add(place.message) !== 'apart') {
        kept[i] = { range: other.range, message: merge.text() };
        return;
      }
    }
  }
  if (kept.length >= RELATED_PER_DIAGNOSTIC) return;
  kept.push(place);
  words.push(DayMerge.of(place.message));
}
