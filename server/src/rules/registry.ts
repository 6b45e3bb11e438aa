// Runs every enabled rule over a plan: syntax errors first, then each rule with its configured severity and options,
// suppression comments applied, diagnostics of repeated weeks of one block merged, everything sorted by position.
import type { Plan, Range, Session, Week } from '../language/model';
import type { PlanDiagnostic, ResolvedConfig, Rule, RuleContext, RuleReport } from './types';
import { defaultConfig } from './config';
import { usePlanPace } from '../analysis/classify';
import { LineIndex, rangeKey, sameRange } from '../language/text';
import { suggest } from '../language/suggest';
import { rules, ruleById } from './all';
import { onSeveralDays, relatedOnce, SeveralDaysMerges, severalDaysLines } from './severalDays';

export { rules, ruleById } from './all';

const HARD_AFTER_HEAVY_LEGS = 'hard-after-heavy-legs';
const BACK_TO_BACK_HARD = 'back-to-back-hard';

/** The rule id of syntax errors; never configurable, never suppressed. */
export const SYNTAX = 'syntax';

let defaults: ResolvedConfig | undefined;

/** Which rules a suppression comment switches off: `all`, or a set of ids. */
type Switch = 'all' | Set<string>;

function covers(off: Switch | undefined, id: string): boolean {
  return off !== undefined && (off === 'all' || off.has(id));
}

function addSwitch(map: Map<number, Switch>, line: number, ids: string[]): void {
  const current = map.get(line);
  if (current === 'all') return;
  if (ids.length === 0) {
    map.set(line, 'all');
    return;
  }
  const set = current ?? new Set<string>();
  for (const id of ids) set.add(id);
  map.set(line, set);
}

/**
 * Syntax errors and every enabled rule's diagnostics. A `# hybrid-ignore` comment switches its rules off for the
 * diagnostics that sit on its line and for the sessions written on its line (a conflict with one of them is not reported).
 * `lineSuppressions: false` reports them anyway: the fixes judge a change so, and never hide a new conflict behind one.
 */
export function checkPlan(
  plan: Plan,
  config?: ResolvedConfig,
  options?: {
    lineSuppressions?: boolean;
    /** Walk every repeat of a long range (tests compare it with the view). */
    wholeRanges?: boolean;
    /**
     * List at most this many diagnostics of one rule (`LISTED_PER_RULE` for what people read: the CLI's listing);
     * the rest become one `limit` diagnostic per rule that says how many more places there are. The fixes never pass
     * it: they judge a change by every problem.
     */
    listPerRule?: number;
    /**
     * Check fully, and also work out what `listPerRule: n` would list (`listingOf(result)`), without a second check:
     * `hybrid fix` judges by every problem and then lists what is left as `hybrid check` lists it.
     */
    alsoListed?: number;
  },
): PlanDiagnostic[] {
  const resolved = config ?? (defaults ??= defaultConfig());
  usePlanPace(plan);
  const diagnostics: PlanDiagnostic[] = plan.syntaxErrors.map((issue) => {
    const diagnostic: PlanDiagnostic = { rule: SYNTAX, severity: issue.severity ?? 'error', message: issue.message, range: issue.range };
    // The parser's own quick fixes (did-you-mean, a missing ':', ',' → '+') and the word "Add to the vocabulary" offers.
    if (issue.fixes || issue.unknownWord) diagnostic.data = { fixes: issue.fixes, unknownWord: issue.unknownWord };
    return diagnostic;
  });

  diagnostics.push(...unknownSuppressedRules(plan));

  let fileOff: Switch | undefined;
  const lineOff = new Map<number, Switch>();
  for (const suppression of plan.suppressions) {
    if (suppression.scope === 'file') {
      if (suppression.rules.length === 0) fileOff = 'all';
      else if (fileOff !== 'all') {
        fileOff ??= new Set<string>();
        for (const id of suppression.rules) fileOff.add(id);
      }
    } else if (options?.lineSuppressions !== false) {
      addSwitch(lineOff, suppression.line, suppression.rules);
    }
  }

  // A long `week N-M` range is checked through its first and last weeks only (`rangeView`): the repeats between
  // them are the same days with the same neighbours, so they report what the kept ones report.
  const view = options?.wholeRanges ? plan : rangeView(plan);
  const seen = new Map<number, PlanDiagnostic[]>();
  const seenByColumn = new Map<number, Map<number, PlanDiagnostic[]>>();
  const afterHeavyLegs = new Set<string>();
  // Lines of several days (`Mon, Wed, Fri: …`), found at the first report: a rule reports there once per day it names.
  let severalLines: Map<number, Range[]> | undefined | null = null;
  const merges = new SeveralDaysMerges();
  const listPerRule = options?.listPerRule ?? Infinity;
  for (const rule of rules) {
    const id = rule.meta.id;
    const setting = resolved[id];
    const severity = setting ? setting.severity : rule.meta.severity;
    if (severity === 'off' || covers(fileOff, id)) continue;
    const severitySet = setting?.severitySet ?? false;
    const suppressed = (report: RuleReport): boolean => {
      if (lineOff.size === 0) return false;
      if (covers(lineOff.get(report.range.start.line), id)) return true;
      return (report.sessions ?? []).some((session: Session) => covers(lineOff.get(session.range.start.line), id));
    };
    // Past `listPerRule` listed, a report is only counted, by place (line and column), never kept.
    let listed = 0;
    let unlisted: Unlisted | undefined;
    const context: RuleContext = {
      plan: view,
      options: setting?.options ?? Object.fromEntries(rule.meta.options.map((o) => [o.name, o.default])),
      userOptions: setting?.userOptions,
      severity,
      report(report) {
        if (id === HARD_AFTER_HEAVY_LEGS) afterHeavyLegs.add(`${report.week}\u0000${rangeKey(report.range)}`);
        if (suppressed(report)) return;
        const reportSeverity = severitySet ? severity : (report.severity ?? severity);
        // A pair hard-after-heavy-legs restates is dropped as it is reported (hard-after-heavy-legs runs before
        // back-to-back-hard, so the set is complete): kept until the end, it took a place in a listing, and in the full
        // check it hid a later pair of the same range and message that is not restated (`isListed` saw a repeat).
        if (id === BACK_TO_BACK_HARD && report.data?.pattern === 'leg-hard-pair' && afterHeavyLegs.has(`${report.week}\u0000${rangeKey(report.range)}`)) return;
        // The repeats of a `week 2-4` block report the same thing at the same place: keep it once (`isListed`).
        if (isListed(seen, seenByColumn, id, report)) return;
        // A line for several days: the report of another of its days, told apart only by the day, is the one listed.
        if (severalLines === null) severalLines = severalDaysLines(plan);
        const several = severalLines !== undefined && onSeveralDays(severalLines, report.range);
        if (several && merges.take(id, reportSeverity, report)) return;
        if (listed >= listPerRule) {
          unlisted ??= { places: new Set(), severity: reportSeverity, range: report.range };
          unlisted.places.add(report.range.start.line * 2 ** 22 + report.range.start.column);
          if (SEVERITY_RANK[reportSeverity] > SEVERITY_RANK[unlisted.severity]) unlisted.severity = reportSeverity;
          return;
        }
        const diagnostic: PlanDiagnostic = {
          rule: id,
          severity: reportSeverity,
          message: report.message,
          range: report.range,
        };
        remember(seen, seenByColumn, diagnostic);
        if (report.related) diagnostic.related = severalLines !== undefined && report.related.length > 1 ? relatedOnce(report.related, severalLines) : report.related;
        if (report.tags) diagnostic.tags = report.tags;
        if (report.week !== undefined) diagnostic.week = report.week;
        if (report.data) diagnostic.data = report.data;
        if (several) merges.keep(diagnostic);
        diagnostics.push(diagnostic);
        listed++;
      },
    };
    const reported = diagnostics.length;
    const failure = runRule(rule, context);
    if (failure) {
      // One rule's bug costs its own findings only (Langium's validation registry): one `internal` error names it.
      diagnostics.length = reported;
      for (const onLine of seen.values()) for (let i = onLine.length - 1; i >= 0; i--) if (onLine[i]?.rule === id) onLine.splice(i, 1);
      seenByColumn.clear();
      merges.forget(id);
      diagnostics.push(ruleFailure(plan, id, failure.error));
    } else if (unlisted) {
      diagnostics.push(unlistedSummary(id, unlisted, listPerRule));
    }
  }
  const kept = withoutRestatedPairs(diagnostics, afterHeavyLegs);
  // The listing is taken in the order the rules reported (the first `n` of a rule are listed); the full list is then
  // sorted. compareDiagnostics orders any two diagnostics (one rule never reports the same range and message twice),
  // so both lists sort alike whatever order they were built in.
  const listing = options?.alsoListed !== undefined && options.listPerRule === undefined ? listFrom(kept, options.alsoListed) : undefined;
  const sorted = kept.sort(compareDiagnostics);
  if (listing) listings.set(sorted, listing.sort(compareDiagnostics));
  return sorted;
}

/** What `checkPlan(…, { listPerRule })` would have given, kept beside a full check made with `alsoListed`. */
const listings = new WeakMap<PlanDiagnostic[], PlanDiagnostic[]>();

/**
 * The listing of a full check made with `alsoListed: n`: the diagnostics `checkPlan(plan, config, { listPerRule: n })`
 * gives, the same ones in the same order. Undefined for a check made without `alsoListed`.
 */
export function listingOf(diagnostics: PlanDiagnostic[]): PlanDiagnostic[] | undefined {
  return listings.get(diagnostics);
}

/**
 * The listing of a rule's reports as `listPerRule` makes it while checking, from the full list in report order (each
 * repeat already dropped): the first `listPerRule` of a rule listed, the rest one `limit` diagnostic counted by place.
 * Syntax errors and a rule's failure are never limited.
 */
function listFrom(inReportOrder: readonly PlanDiagnostic[], listPerRule: number): PlanDiagnostic[] {
  const listed: PlanDiagnostic[] = [];
  const count = new Map<string, number>();
  const unlisted = new Map<string, Unlisted>();
  for (const diagnostic of inReportOrder) {
    const id = diagnostic.rule;
    if (ruleById(id) === undefined) {
      listed.push(diagnostic);
      continue;
    }
    const seen = count.get(id) ?? 0;
    if (seen < listPerRule) {
      count.set(id, seen + 1);
      listed.push(diagnostic);
      continue;
    }
    let more = unlisted.get(id);
    if (!more) unlisted.set(id, (more = { places: new Set(), severity: diagnostic.severity, range: diagnostic.range }));
    more.places.add(diagnostic.range.start.line * 2 ** 22 + diagnostic.range.start.column);
    if (SEVERITY_RANK[diagnostic.severity] > SEVERITY_RANK[more.severity]) more.severity = diagnostic.severity;
  }
  for (const [id, more] of unlisted) listed.push(unlistedSummary(id, more, listPerRule));
  return listed;
}

/**
 * Weeks kept at each end of a long run of repeats of one block (`week 1-520`). Every rule that looks across weeks looks
 * back or ahead at most this far minus two: long-run-spike 4 weeks, load-ramp 3, the day rules and goal-switching 1.
 */
export const RANGE_EDGE_WEEKS = 8;

/**
 * The plan as the rules see it: the same plan, but a run of more than `2 × RANGE_EDGE_WEEKS` consecutive repeats of one
 * block keeps only its first and last `RANGE_EDGE_WEEKS` weeks. Those repeats are the same days; each one between the
 * kept ends has kept weeks of the same content on both sides within every rule's reach, so it reports nothing the
 * kept weeks do not (diagnostics are kept once per line, rule, range and message, the earliest week first — the
 * kept ones). Without this a range multiplied the check: `week 1-520: build` over 9,000 `Mon: rest;` (99 KB) took
 * 23 s, every rule walking 520 copies of the block. The plan itself (its weeks, for totals and the week view) is not
 * changed; the view shares everything else with it through its prototype. Plans without such a range are returned as
 * they are, at the cost of one pass over the weeks.
 */
export function rangeView(plan: Plan): Plan {
  const weeks = plan.weeks;
  let kept: Week[] | undefined;
  for (let i = 0; i < weeks.length; ) {
    let j = i;
    while (j + 1 < weeks.length && weeks[j + 1].block === weeks[i].block && weeks[j + 1].number === weeks[j].number + 1) j++;
    if (j - i + 1 > 2 * RANGE_EDGE_WEEKS) {
      kept ??= weeks.slice(0, i);
      for (let k = i; k < i + RANGE_EDGE_WEEKS; k++) kept.push(weeks[k]);
      for (let k = j - RANGE_EDGE_WEEKS + 1; k <= j; k++) kept.push(weeks[k]);
    } else if (kept) {
      for (let k = i; k <= j; k++) kept.push(weeks[k]);
    }
    i = j + 1;
  }
  if (!kept) return plan;
  const view = Object.create(plan) as Plan;
  Object.defineProperty(view, 'weeks', { value: kept, enumerable: true });
  return view;
}

/**
 * Runs one rule's check; what it threw, if it did. Its own function: a try/catch inside `checkPlan`'s loop made the
 * whole check about twice as slow (V8 optimises the loop with the closures it creates less well).
 */
function runRule(rule: Rule, context: RuleContext): { error: unknown } | undefined {
  try {
    rule.check(context);
    return undefined;
  } catch (error) {
    return { error };
  }
}

/** The rule id of the diagnostic that says a rule failed on this plan. */
export const INTERNAL = 'internal';

/** One error on the first line: which rule failed and that the others still ran. */
function ruleFailure(plan: Plan, id: string, error: unknown): PlanDiagnostic {
  const firstLine = plan.text.length === 0 ? 0 : new LineIndex(plan.text).lineText(0).length;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    rule: INTERNAL,
    severity: 'error',
    message: `The rule '${id}' failed on this plan (an internal error: ${detail.slice(0, 200)}); its checks are skipped, every other rule ran`,
    range: { start: { line: 0, column: 0 }, end: { line: 0, column: firstLine } },
    data: { failedRule: id },
  };
}

/**
 * Heavy legs followed by a quality run is both `hard-after-heavy-legs` and a leg-hard pair of `back-to-back-hard`.
 * One mistake gets one squiggle: while `hard-after-heavy-legs` is on, that run's pair belongs to it (so ignoring it on
 * the line silences the pair too); with `hard-after-heavy-legs` off, the pair shows.
 */
function withoutRestatedPairs(diagnostics: PlanDiagnostic[], afterHeavyLegs: Set<string>): PlanDiagnostic[] {
  if (afterHeavyLegs.size === 0) return diagnostics;
  return diagnostics.filter(
    (diagnostic) =>
      diagnostic.rule !== BACK_TO_BACK_HARD ||
      diagnostic.data?.pattern !== 'leg-hard-pair' ||
      !afterHeavyLegs.has(`${diagnostic.week}\u0000${rangeKey(diagnostic.range)}`),
  );
}

/**
 * A rule id in `# hybrid-ignore` that no rule has switches nothing off: say so, where it is written (a typo would
 * otherwise leave the squiggle with no hint why). Reported as a `syntax` warning, so it cannot itself be ignored.
 */
function unknownSuppressedRules(plan: Plan): PlanDiagnostic[] {
  const found: PlanDiagnostic[] = [];
  let index: LineIndex | undefined;
  for (const suppression of plan.suppressions) {
    const unknown = suppression.rules.filter((id) => ruleById(id) === undefined);
    if (unknown.length === 0) continue;
    index ??= new LineIndex(plan.text);
    const start = index.offsetAt(suppression.range.start);
    const comment = plan.text.slice(start, index.offsetAt(suppression.range.end)).toLowerCase();
    let from = comment.indexOf('hybrid-ignore') + 'hybrid-ignore'.length;
    for (const id of suppression.rules) {
      const at = comment.indexOf(id, from);
      if (at < 0) break;
      from = at + id.length;
      if (ruleById(id)) continue;
      const guess = suggest(id, rules.map((rule) => rule.meta.id));
      found.push({
        rule: SYNTAX,
        severity: 'warning',
        message: guess
          ? `Unknown rule '${id}' in hybrid-ignore — did you mean '${guess}'?`
          : `Unknown rule '${id}' in hybrid-ignore — rule ids are listed in docs/rules (write a reason after ' -- ')`,
        range: { start: index.positionAt(start + at), end: index.positionAt(start + at + id.length) },
      });
    }
  }
  return found;
}

/** The rule id of the diagnostic that says how many more places a rule reported than it lists (`listPerRule`). */
export const LIMIT = 'limit';

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/** A rule's reports past its listing limit: where the first was, their places, the highest severity. */
interface Unlisted {
  places: Set<number>;
  severity: PlanDiagnostic['severity'];
  range: Range;
}

/**
 * True when the report is one already listed: the same rule, range and message on its line. Looked up by line (a
 * number), so no key string is built per report; past a few on one line (`Mon: gym, run, run, …`), by start column as
 * well (no key string: 100,000 diagnostics on one line built 100,000 keys of their whole message).
 */
function isListed(seen: Map<number, PlanDiagnostic[]>, seenByColumn: Map<number, Map<number, PlanDiagnostic[]>>, id: string, report: RuleReport): boolean {
  const line = report.range.start.line;
  const onLine = seen.get(line);
  if (onLine === undefined) return false;
  // A line holding more than LINEAR_DEDUPE has its column map (`remember`): only those at the column are compared.
  const byColumn = onLine.length >= LINEAR_DEDUPE ? seenByColumn.get(line) : undefined;
  const candidates = byColumn ? byColumn.get(report.range.start.column) : onLine;
  if (candidates === undefined) return false;
  for (const other of candidates) {
    if (other.rule === id && sameRange(other.range, report.range) && other.message === report.message) return true;
  }
  return false;
}

/** Keeps a listed diagnostic where `isListed` finds it: by line, and past LINEAR_DEDUPE on its line by column too. */
function remember(seen: Map<number, PlanDiagnostic[]>, seenByColumn: Map<number, Map<number, PlanDiagnostic[]>>, diagnostic: PlanDiagnostic): void {
  const line = diagnostic.range.start.line;
  const onLine = seen.get(line);
  if (onLine === undefined) {
    seen.set(line, [diagnostic]);
    return;
  }
  if (onLine.length >= LINEAR_DEDUPE) {
    let byColumn = seenByColumn.get(line);
    if (!byColumn) {
      byColumn = new Map();
      for (const other of onLine) addByColumn(byColumn, other);
      seenByColumn.set(line, byColumn);
    }
    addByColumn(byColumn, diagnostic);
  }
  onLine.push(diagnostic);
}

/**
 * One diagnostic for a rule's unlisted reports, at the first of them, as severe as the most severe (so the CLI's exit
 * code is what the whole list would give).
 */
function unlistedSummary(id: string, unlisted: Unlisted, listPerRule: number): PlanDiagnostic {
  const more = unlisted.places.size;
  return {
    rule: LIMIT,
    severity: unlisted.severity,
    message: `'${id}' is reported at ${more.toLocaleString('en')} more ${more === 1 ? 'place' : 'places'}, not listed (the first of them here) — a rule lists at most ${listPerRule.toLocaleString('en')} problems per plan; fix these first`,
    range: unlisted.range,
    data: { rule: id, unlisted: more },
  };
}

/** Diagnostics on one line compared one by one, up to this many; past it, by key. */
const LINEAR_DEDUPE = 16;

function addByColumn(byColumn: Map<number, PlanDiagnostic[]>, diagnostic: PlanDiagnostic): void {
  const column = diagnostic.range.start.column;
  const list = byColumn.get(column);
  if (list) list.push(diagnostic);
  else byColumn.set(column, [diagnostic]);
}


export function compareDiagnostics(a: PlanDiagnostic, b: PlanDiagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    a.range.end.line - b.range.end.line ||
    a.range.end.column - b.range.end.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
