// Which sessions of one day come before or after a given one (`comesBefore` in helpers.ts), answered without a pass
// over the whole day: the same-day rules ask it for every session, and a day may hold thousands (issue 16: a day of
// 1,800 hard sessions took 18.6 s). Sessions are kept by category (what the rule cares about) and by what their time
// says — no time, only `am`/`pm`, or a clock time (sorted, with a range-minimum table) — so each question costs
// O(log n) and a rule stays O(n log n) in the sessions of a day, with the same answer as the pairwise loop.
//
// "First" always means first as written (lowest index in `day.sessions`), which is what the pairwise loops picked.
import type { Day, Session, Week } from '../language/model';

export type Period = 'am' | 'pm';

/** Clock minutes written for a session, if any. */
export function clockOf(session: Session): number | undefined {
  return session.attributes.time?.value.clockMinutes;
}

/** `am`/`pm` as written, else the half of the day of its clock time; undefined when the session has no time. */
export function periodOf(session: Session): Period | undefined {
  const time = session.attributes.time?.value;
  if (!time) return undefined;
  if (time.period) return time.period;
  return time.clockMinutes === undefined ? undefined : time.clockMinutes < 720 ? 'am' : 'pm';
}

const NONE = Number.POSITIVE_INFINITY;
/** The empty lists an empty group shares (never written: `add` and `sorted` replace them). */
const NO_NUMBERS: number[] = [];
const NO_TABLE: Int32Array[] = [];

/** First index of an ascending list that is greater than `after` (lists of positions, or of clock times). */
function firstAbove(list: ArrayLike<number>, after: number, from = 0, to = list.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! > after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index of an ascending list that is at least `value`. */
function firstAtLeast(list: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Sessions of one category with one kind of time: their positions in written order, and for clock times by clock. */
class Group {
  /** Shared by every group until its first `add` (most of a day's groups stay empty: no allocation for them). */
  positions: number[] = NO_NUMBERS;
  private clocks: number[] = NO_NUMBERS;
  /** Positions sorted by (clock, position). */
  private byClock: number[] = NO_NUMBERS;
  /** Sparse table over `byClock`: `table[k][i]` = the least position of byClock[i … i + 2^k). */
  private table: Int32Array[] = NO_TABLE;
  private pending: { clock: number; position: number }[] | undefined;

  add(position: number, clock?: number): void {
    if (this.positions === NO_NUMBERS) this.positions = [];
    this.positions.push(position);
    if (clock !== undefined) (this.pending ??= []).push({ clock, position });
  }

  get first(): number {
    return this.positions.length > 0 ? this.positions[0]! : NONE;
  }

  /** The first position before `before`, or NONE. */
  firstBefore(before: number): number {
    const first = this.first;
    return first < before ? first : NONE;
  }

  /** The first position after `after`, or NONE. */
  firstAfter(after: number): number {
    const index = firstAbove(this.positions, after);
    return index < this.positions.length ? this.positions[index]! : NONE;
  }

  private sorted(): void {
    if (!this.pending) return;
    const entries = this.pending.sort((a, b) => a.clock - b.clock || a.position - b.position);
    this.pending = undefined;
    this.clocks = entries.map((entry) => entry.clock);
    this.byClock = entries.map((entry) => entry.position);
    const n = this.byClock.length;
    let level = Int32Array.from(this.byClock);
    this.table = [level];
    for (let width = 1; width * 2 <= n; width *= 2) {
      const next = new Int32Array(n - width * 2 + 1);
      for (let i = 0; i < next.length; i++) next[i] = Math.min(level[i]!, level[i + width]!);
      this.table.push(next);
      level = next;
    }
  }

  /** The least position in byClock[from, to). */
  private rangeMin(from: number, to: number): number {
    if (from >= to) return NONE;
    const k = 31 - Math.clz32(to - from);
    const level = this.table[k]!;
    return Math.min(level[from]!, level[to - (1 << k)]!);
  }

  /** The first position among clock times in the range (bounds included when the flags say so). */
  firstWithClock(low: number, lowIncluded: boolean, high: number, highIncluded: boolean): number {
    this.sorted();
    const from = lowIncluded ? firstAtLeast(this.clocks, low) : firstAbove(this.clocks, low);
    const to = highIncluded ? firstAbove(this.clocks, high) : firstAtLeast(this.clocks, high);
    return this.rangeMin(from, to);
  }

  /** The first position after `after` among sessions at exactly this clock time. */
  firstAtClockAfter(clock: number, after: number): number {
    this.sorted();
    const from = firstAtLeast(this.clocks, clock);
    const to = firstAbove(this.clocks, clock);
    const index = firstAbove(this.byClock, after, from, to);
    return index < to ? this.byClock[index]! : NONE;
  }
}

/** The groups of one category: no time, `am`/`pm` only, a clock time (by its half of the day). */
class Category {
  readonly untimed = new Group();
  readonly periodOnly = { am: new Group(), pm: new Group() };
  readonly clock = { am: new Group(), pm: new Group() };

  /** The least of `firstBefore(at)` (or `firstAfter(at)`) over every group, the untimed one left out with `skipUntimed`. */
  least(at: number, after: boolean, skipUntimed = false): number {
    const { periodOnly, clock, untimed } = this;
    const best = after
      ? Math.min(periodOnly.am.firstAfter(at), periodOnly.pm.firstAfter(at), clock.am.firstAfter(at), clock.pm.firstAfter(at))
      : Math.min(periodOnly.am.firstBefore(at), periodOnly.pm.firstBefore(at), clock.am.firstBefore(at), clock.pm.firstBefore(at));
    if (skipUntimed) return best;
    return Math.min(best, after ? untimed.firstAfter(at) : untimed.firstBefore(at));
  }
}

/**
 * One day's sessions by category (`categoryOf` returns a small number, or undefined to leave a session out). The
 * queries give the position (index in `day.sessions`) of the first session of a category in the relation asked for,
 * or `Infinity`; `session(position)` turns it back into the session.
 */
export class DayOrder {
  private readonly categories = new Map<number, Category>();
  private readonly positionOf = new Map<Session, number>();
  /**
   * The session asked about last, its position and times: a rule asks about one session once per category in a row
   * (a day of 42,000 timed sessions looked each up in the map, and its time in its attributes, every time).
   */
  private asked: Session | undefined;
  private askedAt = 0;
  private askedClock: number | undefined;
  private askedPeriod: Period | undefined;

  constructor(readonly day: Day, categoryOf: (session: Session) => number | undefined) {
    day.sessions.forEach((session, position) => {
      this.positionOf.set(session, position);
      const key = categoryOf(session);
      if (key === undefined) return;
      let category = this.categories.get(key);
      if (!category) this.categories.set(key, (category = new Category()));
      const clock = clockOf(session);
      const period = periodOf(session);
      if (clock !== undefined) category.clock[period!].add(position, clock);
      else if (period) category.periodOnly[period].add(position);
      else category.untimed.add(position);
    });
  }

  position(session: Session): number {
    this.ask(session);
    return this.askedAt;
  }

  private ask(session: Session): void {
    if (session === this.asked) return;
    this.asked = session;
    this.askedAt = this.positionOf.get(session)!;
    this.askedClock = clockOf(session);
    this.askedPeriod = periodOf(session);
  }

  session(position: number): Session | undefined {
    return Number.isFinite(position) ? this.day.sessions[position] : undefined;
  }

  /** The categories that have sessions. */
  keys(): Iterable<number> {
    return this.categories.keys();
  }

  private category(key: number): Category | undefined {
    return this.categories.get(key);
  }

  /**
   * The first session of the category that comes before `later` on the day (`comesBefore(day, s, later)`); with
   * `apartOnly`, not one of the same outing as `later` (`sameOuting`: no clock time on either, the same `am`/`pm` or none).
   */
  firstBefore(later: Session, key: number, apartOnly = false): number {
    const category = this.category(key);
    if (!category) return NONE;
    this.ask(later);
    const at = this.askedAt;
    const clock = this.askedClock;
    const period = this.askedPeriod;
    const outing = apartOnly && clock === undefined;
    // No time on `later`: the times say nothing, the order written decides.
    if (!period) return category.least(at, false, outing);
    let best = category.untimed.firstBefore(at);
    // The same half of the day without two clock times: the order written; `am` before `pm`.
    if (!outing) best = Math.min(best, category.periodOnly[period].firstBefore(at));
    if (period === 'pm') best = Math.min(best, category.periodOnly.am.first);
    if (clock === undefined) {
      best = Math.min(best, category.clock[period].firstBefore(at));
      if (period === 'pm') best = Math.min(best, category.clock.am.first);
      return best;
    }
    // Two clock times compare exactly; the same clock time falls back on the order written.
    for (let g = 0; g < 2; g++) {
      const group = g === 0 ? category.clock.am : category.clock.pm;
      best = Math.min(best, group.firstWithClock(-Infinity, true, clock, false));
      const same = group.firstWithClock(clock, true, clock, true);
      if (same < at) best = Math.min(best, same);
    }
    return best;
  }

  /** The first session of the category that `earlier` comes before on the day (`comesBefore(day, earlier, s)`). */
  firstAfter(earlier: Session, key: number): number {
    const category = this.category(key);
    if (!category) return NONE;
    this.ask(earlier);
    const at = this.askedAt;
    const clock = this.askedClock;
    const period = this.askedPeriod;
    if (!period) return category.least(at, true);
    let best = category.untimed.firstAfter(at);
    best = Math.min(best, category.periodOnly[period].firstAfter(at));
    if (period === 'am') best = Math.min(best, category.periodOnly.pm.first);
    if (clock === undefined) {
      best = Math.min(best, category.clock[period].firstAfter(at));
      if (period === 'am') best = Math.min(best, category.clock.pm.first);
      return best;
    }
    for (let g = 0; g < 2; g++) {
      const group = g === 0 ? category.clock.am : category.clock.pm;
      best = Math.min(best, group.firstWithClock(clock, false, Infinity, true));
      best = Math.min(best, group.firstAtClockAfter(clock, at));
    }
    return best;
  }

  /**
   * The first session of the category that comes before `later` and starts less than `minutes` before it as far as
   * the times say (`startGap` is not `am-pm`, and not `exact` or `at-least` with `minutes` or more).
   */
  firstCloseBefore(later: Session, key: number, minutes: number): number {
    return Math.min(this.firstNearBefore(later, key, minutes), this.firstLooseBefore(later, key, minutes));
  }

  /**
   * The first session of the category before `later` that is in the same half of the day or less than `minutes`
   * apart by two clock times (`startGap`: `same-period`, or `exact` under `minutes`).
   */
  firstNearBefore(later: Session, key: number, minutes: number): number {
    const category = this.category(key);
    if (!category) return NONE;
    this.ask(later);
    const period = this.askedPeriod;
    if (!period) return NONE;
    const at = this.askedAt;
    const clock = this.askedClock;
    let best = category.periodOnly[period].firstBefore(at);
    if (clock === undefined) return Math.min(best, category.clock[period].firstBefore(at));
    for (let g = 0; g < 2; g++) {
      const group = g === 0 ? category.clock.am : category.clock.pm;
      best = Math.min(best, group.firstWithClock(clock - minutes, false, clock, false));
      const same = minutes > 0 ? group.firstWithClock(clock, true, clock, true) : NONE;
      if (same < at) best = Math.min(best, same);
    }
    return best;
  }

  /**
   * The first session of the category before `later` whose gap to it is `at-least` under `minutes` (one clock time,
   * the other only the opposite `am`/`pm`) or `unknown` (no time on one of them).
   */
  firstLooseBefore(later: Session, key: number, minutes: number): number {
    const category = this.category(key);
    if (!category) return NONE;
    this.ask(later);
    const at = this.askedAt;
    const clock = this.askedClock;
    const period = this.askedPeriod;
    if (!period) return category.least(at, false);
    let best = category.untimed.firstBefore(at);
    if (period !== 'pm') return best;
    if (clock !== undefined) {
      if (Math.abs(clock - 720) < minutes) best = Math.min(best, category.periodOnly.am.first);
    } else {
      best = Math.min(best, category.clock.am.firstWithClock(720 - minutes, false, 720 + minutes, false));
    }
    return best;
  }
}

/**
 * The weeks a rule that reads one day at a time needs to walk: each `days` array once, in its first week (with `alsoBy`,
 * once per value of it, e.g. the goal in force). The repeats of a `week N-M` block share one `days` array, so a day
 * rule would find in every repeat what it found in the first; the registry keeps a diagnostic once per place, the
 * earliest week's. Walking the repeats cost a crowded range 16 × its sessions (`week 1-520` over 27,000 lines of
 * `Mon: gym lower heavy + run intervals`: 19 s in two rules). Plans without repeats get their weeks back.
 */
export function distinctDays(weeks: readonly Week[], alsoBy?: (week: Week) => unknown): readonly Week[] {
  // Only a `week N-M` block gives several weeks one `days` array.
  if (!weeks.some((week) => week.block.header !== undefined && week.block.header.to > week.block.header.from)) return weeks;
  const seen = new Map<Day[], unknown[]>();
  let kept: Week[] | undefined;
  for (let i = 0; i < weeks.length; i++) {
    const week = weeks[i]!;
    const values = seen.get(week.days);
    const value = alsoBy?.(week);
    if (values === undefined) seen.set(week.days, [value]);
    else if (!values.includes(value)) values.push(value);
    else {
      kept ??= weeks.slice(0, i);
      continue;
    }
    kept?.push(week);
  }
  return kept ?? weeks;
}
