// Range minimum / maximum over a fixed list in O(1) per question after O(n log n) to build (a sparse table), so a
// rule that looks at a window of weeks before each week stays n log n however the weeks are numbered (issue 16).

export class RangeTable {
  /** `levels[k][i]` = the combined value of values[i … i + 2^k). */
  private readonly levels: Float64Array[];

  constructor(values: readonly number[], private readonly combine: (a: number, b: number) => number) {
    let level = Float64Array.from(values);
    this.levels = [level];
    for (let width = 1; width * 2 <= values.length; width *= 2) {
      const next = new Float64Array(values.length - width * 2 + 1);
      for (let i = 0; i < next.length; i++) next[i] = combine(level[i]!, level[i + width]!);
      this.levels.push(next);
      level = next;
    }
  }

  /** The combined value of values[from, to); `empty` when the range is empty. */
  query(from: number, to: number, empty: number): number {
    if (from >= to) return empty;
    const k = 31 - Math.clz32(to - from);
    const level = this.levels[k]!;
    return this.combine(level[from]!, level[to - (1 << k)]!);
  }
}

/**
 * The first index `from` ≤ `to` such that every value of values[from, to) is at least `least` (by binary search on a
 * range-minimum table): the start of the run of values at least `least` that ends just before `to`.
 */
export function runStart(minimum: RangeTable, to: number, least: number): number {
  let lo = 0;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (minimum.query(mid, to, Infinity) >= least) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
