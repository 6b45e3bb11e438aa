// The quick fixes of rules.md for one diagnostic, computed as data (titles + text edits).
//
// Every fix except "Ignore <rule> on this line" is checked before it is offered: the edited text is re-parsed and
// re-checked, and the fix is kept only when the diagnostic is gone and no new warning or error appeared (nor a new
// diagnostic of the fixed rule at any severity). "Gone" and "new" are counted per rule, severity and week, because
// ranges and messages that name days shift when sessions move. Moves and swaps are first tried on the plan model
// (`checkArranged`, no re-parse) and only the ones that work there are re-checked on text. Moves go nearest day
// first (a file without `week` lines wraps Sunday → Monday), at most three, the third giving way to the nearest move to
// a free day when the nearest three all land on days that already hold training. The first fix offered is preferred,
// unless it moves a session onto a day with training and a move to a free day is offered: then that one is.
import type { Goal, Plan, Range, Session, SyntaxFix, Weekday, WeekBlock } from '../language/model';
import { GOALS, WEEKDAY_NAMES } from '../language/model';
import type { PlanDiagnostic, PlanFix, ResolvedConfig, TextEdit } from '../rules/types';
import { parsePlan } from '../language/parser';
import { rangeContains, rangesOverlap } from '../language/text';
import { classify, gymWorksLegs } from '../analysis/classify';
import {
  allSessions,
  applyEdits,
  changeToRest,
  dropEffort,
  ignoreOnLine,
  insertGoal,
  listDay,
  makeEasy,
  moveSession,
  reorderSessions,
  replaceAttribute,
  sessionAt,
  setTimes,
  swapDays,
  writtenAsList,
} from '../analysis/edits';
import { checkPlan } from '../rules/registry';
import { optionOf } from '../rules/config';
import { addsNoProblem, hidesNewProblem, isRange, removesDiagnostic, stacksHardSessions } from './compare';
import { checkArranged, dayDistance, movesArrangement, reparseBlock, swapArrangement, type Arrangement } from './arrangement';
import { sessionText } from '../rules/helpers';
import { Budget, QUICK_FIX_BUDGET } from '../budgets';

const MAX_MOVES = QUICK_FIX_BUDGET.moves;
const MAX_SWAPS = QUICK_FIX_BUDGET.swaps;

// ---------------------------------------------------------------------------------------------------------------
// Finding the sessions a diagnostic is about

function dataRange(diagnostic: PlanDiagnostic, key: string): Range | undefined {
  const value = diagnostic.data?.[key];
  return isRange(value) ? value : undefined;
}

/** The other side of a conflict: `data.otherSessionRange`, else the first related place. */
function otherSessionOf(plan: Plan, diagnostic: PlanDiagnostic): Session | undefined {
  return sessionAt(plan, dataRange(diagnostic, 'otherSessionRange') ?? diagnostic.related?.[0]?.range);
}

function blockOfWeek(plan: Plan, diagnostic: PlanDiagnostic): WeekBlock | undefined {
  const number = typeof diagnostic.data?.week === 'number' ? diagnostic.data.week : diagnostic.week;
  const week = plan.weeks.find((w) => w.number === number) ?? (plan.singleWeek ? plan.weeks[0] : undefined);
  if (week) return week.block;
  return plan.blocks.find((b) => rangeContains(b.range, diagnostic.range.start));
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a candidate fix

const beforeCache = new WeakMap<Plan, { config: ResolvedConfig; diagnostics: PlanDiagnostic[] }>();

function diagnosticsOf(plan: Plan, config: ResolvedConfig): PlanDiagnostic[] {
  const cached = beforeCache.get(plan);
  if (cached && cached.config === config) return cached.diagnostics;
  const diagnostics = checkPlan(plan, config);
  beforeCache.set(plan, { config, diagnostics });
  return diagnostics;
}

const aroundCache = new WeakMap<Plan, Map<WeekBlock, { config: ResolvedConfig; diagnostics: PlanDiagnostic[] }>>();

/** A quick look before the re-parse: the move or swap made in the model must already do the job. */
function arrangementWorks(plan: Plan, diagnostic: PlanDiagnostic, block: WeekBlock, arrangement: Arrangement, config: ResolvedConfig): boolean {
  let byBlock = aroundCache.get(plan);
  if (!byBlock) aroundCache.set(plan, (byBlock = new Map()));
  let cached = byBlock.get(block);
  if (!cached || cached.config !== config) {
    cached = { config, diagnostics: checkArranged(plan, block, undefined, config) };
    byBlock.set(block, cached);
  }
  const after = checkArranged(plan, block, arrangement, config);
  return removesDiagnostic(cached.diagnostics, after, diagnostic) && addsNoProblem(cached.diagnostics, after, diagnostic.rule, { before: plan.text, after: plan.text });
}

/** Re-parses and re-checks the edited plan: the diagnostic must be gone and nothing must get worse. */
export function fixWorks(plan: Plan, diagnostic: PlanDiagnostic, edits: readonly TextEdit[], config: ResolvedConfig): boolean {
  if (edits.length === 0) return false;
  const before = diagnosticsOf(plan, config);
  const text = applyEdits(plan.text, edits);
  // Edits inside one `week` block that keep its line count: only that block is parsed again (the same model).
  const block = plan.blocks.find((b) => edits.every((e) => e.range.start.line >= b.range.start.line && e.range.end.line <= b.range.end.line));
  const moved = (block && reparseBlock(plan, block, text, edits)) ?? parsePlan(text, plan);
  const after = checkPlan(moved, config);
  return (
    removesDiagnostic(before, after, diagnostic) &&
    addsNoProblem(before, after, diagnostic.rule, { before: plan.text, after: text, edits }) &&
    !hidesNewProblem(plan, moved, config, edits) &&
    !stacksHardSessions(plan, moved)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Candidate fixes

interface Candidate {
  title: string;
  edits: TextEdit[];
  /** True when the search already re-checked it. */
  checked?: boolean;
  /** A move onto a day that already holds training (so it is not preferred over a move to a free day). */
  stacks?: boolean;
}

/** True when `day` of the session's week block holds training other than the session itself. */
function holdsTraining(session: Session, day: Weekday): boolean {
  for (const statement of session.entry.block.statements) {
    if (statement.type !== 'day' || statement.weekday !== day) continue;
    if (statement.sessions.some((s) => s !== session && !classify(s).restLike)) return true;
  }
  return false;
}

/** "Move <session> to <Day>" for each session, nearest days first, only where the move works. */
function moveFixes(plan: Plan, diagnostic: PlanDiagnostic, sessions: readonly (Session | undefined)[], config: ResolvedConfig, budget: Budget): Candidate[] {
  const options: { session: Session; to: Weekday; distance: number; order: number }[] = [];
  sessions.forEach((session, order) => {
    // A day written as a list keeps its lines together (edits.ts `writtenAsList`): nothing moves off or onto it.
    if (!session || session.kind === 'rest' || writtenAsList(session.entry)) return;
    for (let day = 0; day < 7; day++) {
      if (day === session.entry.weekday || listDay(session.entry.block, day as Weekday)) continue;
      options.push({ session, to: day as Weekday, distance: dayDistance(plan, day, session.entry.weekday), order });
    }
  });
  options.sort((a, b) => a.distance - b.distance || a.order - b.order || a.to - b.to);
  const found: Candidate[] = [];
  for (const option of options) {
    // Past the nearest three, keep looking only for a move to a free day when none of the three is one: it takes
    // the third place (the list stays nearest first) and is the preferred fix.
    const full = found.length >= MAX_MOVES;
    if (full && (found.some((c) => !c.stacks) || holdsTraining(option.session, option.to))) {
      if (found.some((c) => !c.stacks)) break;
      continue;
    }
    const block = option.session.entry.block;
    if (!budget.spend()) break;
    if (!arrangementWorks(plan, diagnostic, block, movesArrangement([{ session: option.session, to: option.to }]), config)) continue;
    const edits = moveSession(plan, option.session, option.to);
    if (!budget.spend()) break;
    if (fixWorks(plan, diagnostic, edits, config)) {
      const candidate = {
        title: `Move '${sessionText(option.session)}' to ${WEEKDAY_NAMES[option.to]}`,
        edits,
        checked: true,
        stacks: holdsTraining(option.session, option.to),
      };
      if (full) found[MAX_MOVES - 1] = candidate;
      else found.push(candidate);
    }
  }
  return found;
}

function swapFix(plan: Plan, block: WeekBlock, a: Weekday, b: Weekday): Candidate {
  const [first, second] = a < b ? [a, b] : [b, a];
  return {
    title: `Swap ${WEEKDAY_NAMES[first]} (${dayContents(block, first)}) and ${WEEKDAY_NAMES[second]} (${dayContents(block, second)})`,
    edits: swapDays(plan, block, first, second),
  };
}

/** What a day of a week block holds, for a title: `'run tempo'`, `'gym lower heavy' + 'run intervals'`, or `rest`. */
function dayContents(block: WeekBlock, day: Weekday): string {
  const names: string[] = [];
  for (const statement of block.statements) {
    if (statement.type !== 'day' || statement.weekday !== day) continue;
    for (const session of statement.sessions) if (session.kind !== 'rest') names.push(`'${sessionText(session)}'`);
  }
  return names.length > 0 ? names.join(' + ') : 'rest';
}

/** Swaps of a day with the other days of its week block, nearest first, only where the swap works. */
function swapFixes(plan: Plan, diagnostic: PlanDiagnostic, session: Session, config: ResolvedConfig, budget: Budget): Candidate[] {
  const from = session.entry.weekday;
  if (listDay(session.entry.block, from)) return [];
  const days = ([0, 1, 2, 3, 4, 5, 6] as Weekday[])
    .filter((d) => d !== from && !listDay(session.entry.block, d))
    .sort((a, b) => dayDistance(plan, a, from) - dayDistance(plan, b, from) || a - b);
  const found: Candidate[] = [];
  for (const day of days) {
    if (found.length >= MAX_SWAPS || !budget.spend()) break;
    if (!arrangementWorks(plan, diagnostic, session.entry.block, swapArrangement(from, day), config)) continue;
    const candidate = swapFix(plan, session.entry.block, from, day);
    if (!budget.spend()) break;
    if (fixWorks(plan, diagnostic, candidate.edits, config)) found.push({ ...candidate, checked: true });
  }
  return found;
}

function easyRpeLimit(config: ResolvedConfig): number {
  return optionOf(config, 'easy-run-too-hard', 'rpe');
}

function makeEasyFix(session: Session | undefined, config: ResolvedConfig): Candidate[] {
  if (!session) return [];
  const edits = makeEasy(session, easyRpeLimit(config));
  if (edits.length === 0) return [];
  return [{ title: `Make '${sessionText(session)}' easy`, edits }];
}

/** The earlier and the later of two sessions of one day, by written times, else by the order written. */
function inDayOrder(plan: Plan, a: Session, b: Session): [Session, Session] {
  const week = plan.weeks.find((w) => w.block === a.entry.block);
  const day = week?.days[a.entry.weekday];
  if (!day) return [a, b];
  const clock = (s: Session): number | undefined => s.attributes.time?.value.clockMinutes;
  const ca = clock(a);
  const cb = clock(b);
  if (ca !== undefined && cb !== undefined && ca !== cb) return ca < cb ? [a, b] : [b, a];
  return day.sessions.indexOf(a) <= day.sessions.indexOf(b) ? [a, b] : [b, a];
}

/**
 * The session of a week a coach would drop first: for runs an easy or recovery run (the shortest), else a steady one,
 * never the long run or the week's only quality run; for gym a light session before a moderate one before a heavy one,
 * never the week's only heavy session. Undefined when nothing can go.
 */
function leastImportant(plan: Plan, block: WeekBlock, kind: 'gym' | 'run'): Session | undefined {
  const sessions = allSessions(plan).filter((s) => s.entry.block === block && s.kind === kind && !classify(s).accessory);
  const legDays = kind === 'gym' ? sessions.filter((s) => gymWorksLegs(s)).length : 0;
  const rank = (s: Session): number => {
    const c = classify(s);
    if (kind === 'run') return c.longRun ? Infinity : c.qualityRun ? (sessions.filter((o) => classify(o).qualityRun).length > 1 ? 3 : Infinity) : c.steadyRun ? 2 : 1;
    if (s.kind !== 'gym') return Infinity;
    // The week's only leg day goes last: without it the week has no leg training (no-leg-training).
    const onlyLegDay = legDays === 1 && gymWorksLegs(s) ? 0.5 : 0;
    if (s.intensity === 'light') return 1 + onlyLegDay;
    if (s.intensity === 'moderate') return 2 + onlyLegDay;
    return sessions.filter((o) => classify(o).hardGym).length > 1 ? 3 + onlyLegDay : Infinity;
  };
  let best: Session | undefined;
  let bestRank = Infinity;
  for (const s of sessions) {
    const r = rank(s);
    if (r < bestRank || (r === bestRank && best && r !== Infinity && classify(s).minutes < classify(best).minutes)) {
      best = s;
      bestRank = r;
    }
  }
  return bestRank === Infinity ? undefined : best;
}

function rulesFixes(plan: Plan, diagnostic: PlanDiagnostic, config: ResolvedConfig, budget: Budget): Candidate[] {
  const session = sessionAt(plan, dataRange(diagnostic, 'sessionRange') ?? diagnostic.range);
  const other = otherSessionOf(plan, diagnostic);
  switch (diagnostic.rule) {
    case 'hard-same-day': {
      // Moderate squats beside a quality run still leave the run without fresh legs (the guide's "be fresh at the
      // beginning of your quality sessions"), whether or not the plan says which comes first: only the run is eased.
      const ease = (s: Session | undefined, o: Session | undefined): Candidate[] =>
        s && o && gymWorksLegs(s) && classify(o).qualityRun ? [] : makeEasyFix(s, config);
      return [...moveFixes(plan, diagnostic, [session, other], config, budget), ...ease(session, other), ...ease(other, session)];
    }
    case 'hard-after-heavy-legs': {
      const fixes = moveFixes(plan, diagnostic, [session, other], config, budget);
      if (session && other && session.entry.block === other.entry.block) {
        fixes.push(swapFix(plan, session.entry.block, session.entry.weekday, other.entry.weekday));
      }
      return fixes;
    }
    case 'back-to-back-hard':
      return session ? [...moveFixes(plan, diagnostic, [session], config, budget), ...swapFixes(plan, diagnostic, session, config, budget)] : [];
    case 'same-day-spacing': {
      if (!session || !other) return moveFixes(plan, diagnostic, [session], config, budget);
      const [first, second] = inDayOrder(plan, other, session);
      return [
        { title: `Set times: '${sessionText(first)}' am, '${sessionText(second)}' pm`, edits: setTimes(first, second, 'period') },
        { title: `Set times: '${sessionText(first)}' @07:00, '${sessionText(second)}' @18:00`, edits: setTimes(first, second, 'clock') },
        ...moveFixes(plan, diagnostic, [session, other], config, budget),
      ];
    }
    case 'fresh-for-quality': {
      if (!session || !other) return [];
      return [
        { title: `Reorder: '${sessionText(session)}' before '${sessionText(other)}'`, edits: reorderSessions(plan, session, other) },
        { title: `Set times: '${sessionText(other)}' am, '${sessionText(session)}' pm`, edits: setTimes(other, session, 'period') },
        ...moveFixes(plan, diagnostic, [session, other], config, budget),
      ];
    }
    case 'session-order':
      if (!session || !other) return [];
      return [{ title: `Reorder: '${sessionText(other)}' before '${sessionText(session)}'`, edits: reorderSessions(plan, other, session) }];
    case 'gym-frequency':
    case 'run-frequency': {
      const kind = diagnostic.rule === 'gym-frequency' ? 'gym' : 'run';
      if (!session || session.kind !== kind) return [];
      const spare = leastImportant(plan, session.entry.block, kind);
      return spare ? [{ title: `Change '${sessionText(spare)}' into rest`, edits: changeToRest(plan, spare) }] : [];
    }
    case 'quality-limit':
      return makeEasyFix(session, config);
    case 'all-runs-hard': {
      const block = blockOfWeek(plan, diagnostic);
      if (!block) return [];
      const runs = allSessions(plan).filter((s) => s.entry.block === block && s.kind === 'run' && (classify(s).qualityRun || classify(s).steadyRun));
      return runs.flatMap((run) => makeEasyFix(run, config));
    }
    case 'easy-run-too-hard': {
      if (!session) return [];
      const { rpe, zone } = session.attributes;
      const effort = [rpe, zone].find((a) => a && rangeContains(a.range, diagnostic.range.start));
      if (!effort) return [];
      return [
        { title: `Drop '${effort === rpe ? `rpe ${rpe.span ? `${rpe.span.low}-${rpe.span.high}` : rpe.value}` : writtenZone(session, zone!)}' from '${sessionText(session)}'`, edits: dropEffort(session, effort.range) },
        effort === rpe
          ? { title: `Set '${sessionText(session)}' to rpe 3`, edits: replaceAttribute(session, effort.range, 'rpe 3') }
          : { title: `Set '${sessionText(session)}' to z2`, edits: replaceAttribute(session, effort.range, 'z2') },
      ];
    }
    case 'gym-duration': {
      const duration = session?.attributes.duration;
      if (!session || !duration) return [];
      const minutes = optionOf(config, 'gym-duration', 'minutes');
      return [{ title: `Cap '${sessionText(session)}' at ${minutes}min`, edits: replaceAttribute(session, duration.range, `${minutes}min`) }];
    }
    case 'main-goal':
      if (plan.goals.length > 0) return [];
      return GOALS.map((goal: Goal) => ({ title: `Insert goal: ${goal}`, edits: insertGoal(plan, goal) }));
    default:
      return [];
  }
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}

/**
 * Every quick fix of rules.md for one diagnostic: the rule's own fixes that work (first one preferred), then
 * "Ignore <rule> on this line" for every rule diagnostic. Never throws; syntax errors get no fix.
 */
export function fixesFor(plan: Plan, diagnostic: PlanDiagnostic, config: ResolvedConfig): PlanFix[] {
  if (diagnostic.rule === 'syntax') return syntaxFixes(diagnostic);
  const fixes: PlanFix[] = [];
  const stacking: boolean[] = [];
  const seen = new Set<string>();
  let candidates: Candidate[] = [];
  // Counts every candidate looked at (moves, swaps, other fixes): past the budget, the rest are not offered.
  const budget = new Budget(QUICK_FIX_BUDGET.verifications);
  try {
    candidates = rulesFixes(plan, diagnostic, config, budget);
  } catch {
    candidates = [];
  }
  // `Mon, Wed, Fri: weights`: a line that is several days is left as written (its own quick fix writes each day's line).
  // An edit inside it overlaps it; an insertion at either end (a comment after it) does not.
  const shared = candidates.length > 0 ? severalDaysRanges(plan) : [];
  for (const candidate of candidates) {
    if (seen.has(candidate.title) || candidate.edits.length === 0) continue;
    if (shared.length > 0 && candidate.edits.some((edit) => shared.some((range) => rangesOverlap(edit.range, range)))) continue;
    if (!candidate.checked && (!budget.spend() || !safely(() => fixWorks(plan, diagnostic, candidate.edits, config)))) continue;
    seen.add(candidate.title);
    fixes.push({ title: candidate.title, kind: 'quickfix', edits: candidate.edits, diagnostics: [diagnostic] });
    stacking.push(candidate.stacks === true);
  }
  // The first fix is preferred, except that a move onto a day with training gives way to a move to a free day.
  const free = stacking[0] ? stacking.findIndex((stacks, i) => !stacks && fixes[i]?.title.startsWith('Move ')) : 0;
  const best = fixes[free >= 0 ? free : 0];
  if (best) best.preferred = true;
  let ignore: TextEdit[] = [];
  try {
    ignore = ignoreOnLine(plan, diagnostic.range.start.line, diagnostic.rule);
  } catch {
    ignore = [];
  }
  if (ignore.length > 0) {
    fixes.push({ title: `Ignore ${diagnostic.rule} on this line`, kind: 'quickfix', edits: ignore, diagnostics: [diagnostic] });
  }
  return fixes;
}

/** The ranges of the day lines read from a line of several days (`DayEntry.severalDays`); usually none. */
function severalDaysRanges(plan: Plan): Range[] {
  const ranges: Range[] = [];
  for (const statement of plan.statements) if (statement.type === 'day' && statement.severalDays && ranges[ranges.length - 1] !== statement.range) ranges.push(statement.range);
  return ranges;
}

/** The parser's quick fixes for a syntax error, as it attached them to the diagnostic. */
function syntaxFixes(diagnostic: PlanDiagnostic): PlanFix[] {
  const fixes = (diagnostic.data?.fixes ?? []) as SyntaxFix[];
  return fixes.map((fix) => ({
    title: fix.title,
    kind: 'quickfix' as const,
    edits: fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })),
    ...(fix.preferred ? { preferred: true } : {}),
    diagnostics: [diagnostic],
  }));
}

/** The words a zone was read from (`z3`, `85% MHR`, `UT1`), when they are on the session's line; else `zN`. */
function writtenZone(session: Session, zone: { value: number; range: Range }): string {
  const { start, end } = zone.range;
  const from = session.range.start;
  if (start.line !== from.line || end.line !== from.line) return `z${zone.value}`;
  return session.text.slice(start.column - from.column, end.column - from.column) || `z${zone.value}`;
}
