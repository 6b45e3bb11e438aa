// Totals and classes in plan words: the one-line summary (code lens, status bar) and the markdown table (hover,
// "Show Weekly Totals"), with the guide's targets.
import { formatNumber } from '../../../shared/numbers';
import { RUNNING_GOAL_MAX } from '../engine';
import type { Goal, ResolvedConfig } from '../engine';
import type { WeekTotals } from './context';

/** `1920` → `1 920`, as a plan reader writes large numbers. */
export { formatNumber };

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `330` → `5 h 30 min`, `45` → `45 min`. */
export function formatMinutes(minutes: number): string {
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function formatKm(km: number): string {
  return `${Math.round(km * 10) / 10} km`;
}

/** `3 gym (1 heavy) · 2 runs (1 quality) · 2 rest days · load 1 920` */
export function summaryLine(totals: WeekTotals): string {
  return [
    `${totals.gym} gym (${totals.heavyGym} heavy)`,
    `${plural(totals.runs, 'run')} (${totals.qualityRuns} quality)`,
    plural(totals.restDays, 'rest day'),
    `load ${formatNumber(totals.load)}`,
  ].join(' · ');
}

/** A target of the guide: the range a count should fall in and how it reads. */
export interface Target {
  min?: number;
  max?: number;
}

export function targetText(target: Target): string {
  const { min, max } = target;
  if (min !== undefined && max !== undefined) return min === max ? `${min}` : `${min}–${max}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return '';
}

export function meets(value: number, target: Target): boolean {
  return (target.min === undefined || value >= target.min) && (target.max === undefined || value <= target.max);
}

function option(config: ResolvedConfig | undefined, rule: string, name: string): number | undefined {
  const entry = config?.[rule];
  if (!entry || entry.severity === 'off') return undefined;
  return entry.options[name];
}

/** The guide's weekly targets for a goal, with the configured thresholds. */
export function weeklyTargets(config: ResolvedConfig | undefined, goal: Goal | undefined) {
  const gymMax = option(config, 'gym-frequency', 'max') ?? 3;
  const gymMin = option(config, 'gym-frequency', 'min') ?? 3;
  const runningFocus = goal === 'running' && config?.['running-focus-volume']?.severity !== 'off';
  return {
    gym: goal === 'running' ? { min: Math.min(gymMin, 2), max: runningFocus ? 2 : gymMax } : { min: gymMin, max: gymMax },
    runs: {
      min: option(config, 'run-frequency', 'min') ?? 2,
      max: goal === 'running' ? (config?.['run-frequency']?.userOptions?.max ?? RUNNING_GOAL_MAX) : (option(config, 'run-frequency', 'max') ?? 3),
    },
    easyRuns: goal === 'running' ? { min: 1 } : { min: 1, max: 2 },
    qualityRuns: { max: goal === 'running' ? (config?.['quality-limit']?.userOptions?.max ?? 2) : (option(config, 'quality-limit', 'max') ?? 1) },
    restDays: { min: 1 },
  } satisfies Record<string, Target>;
}

function mark(value: number, target: Target): string {
  return `${value} ${meets(value, target) ? '✓' : '✗'}`;
}

function sameTotals(a: WeekTotals, b: WeekTotals): boolean {
  const { week: _a, ...restA } = a;
  const { week: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/** `Week 2`, `Weeks 2–4`. */
export function weeksTitle(numbers: number[]): string {
  if (numbers.length === 1) return `Week ${numbers[0]}`;
  return `Weeks ${numbers[0]}–${numbers[numbers.length - 1]}`;
}

/**
 * The totals of one block's weeks as a markdown table against the guide's targets. Identical repeats show once
 * ("each week"); repeats that differ (a goal change inside the range) get a column each.
 */
export function totalsTable(weeks: WeekTotals[], config: ResolvedConfig | undefined, readGoal?: Goal): string {
  if (weeks.length === 0) return '';
  const columns = weeks.every((week) => sameTotals(week, weeks[0])) ? [weeks[0]] : weeks;
  const first = weeks[0];
  const heading = `**${weeksTitle(weeks.map((week) => week.week))}${first.label ? ` · ${first.label}` : ''}**`;
  const lines: string[] = [];
  // A plan that writes no goal is judged by what it reads as (analysis/goal.ts): the targets follow the rules.
  const goalOf = (t: WeekTotals): Goal | undefined => t.goal ?? readGoal;
  const goal = first.goal ? ` — goal: ${first.goal}` : readGoal ? ` — reads as a ${readGoal} plan (no goal written)` : '';
  lines.push(heading + goal);
  if (weeks.length > 1) {
    lines.push(
      '',
      columns.length === 1
        ? `The block repeats ${weeks.length} times; every week has these totals.`
        : `The block repeats ${weeks.length} times; the weeks differ, so each has a column.`,
    );
  }
  const header = columns.length === 1 ? ['', weeks.length > 1 ? 'each week' : 'this week'] : ['', ...columns.map((c) => `week ${c.week}`)];
  lines.push('', `| ${header.join(' | ')} | guide |`, `|${' --- |'.repeat(header.length + 1)}`);
  const row = (name: string, cell: (totals: WeekTotals) => string, target = ''): void => {
    lines.push(`| ${name} | ${columns.map(cell).join(' | ')} | ${target} |`);
  };
  const targets = weeklyTargets(config, goalOf(first));
  row(
    'Gym',
    (t) => `${mark(t.gym, weeklyTargets(config, goalOf(t)).gym)} (${t.heavyGym} heavy${t.accessoryGym > 0 ? `, +${t.accessoryGym} short core / support` : ''})`,
    `${targetText(targets.gym)} sessions`,
  );
  row('Runs', (t) => mark(t.runs, targets.runs), `${targetText(targets.runs)} runs`);
  row('Easy runs', (t) => mark(t.easyRuns, targets.easyRuns), `${targetText(targets.easyRuns)}`);
  row('Quality runs', (t) => mark(t.qualityRuns, targets.qualityRuns), `${targetText(targets.qualityRuns)}, optional`);
  row('Long runs', (t) => `${t.longRuns}`);
  if (columns.some((t) => t.steadyRuns > 0)) row('Steady runs', (t) => `${t.steadyRuns}`, 'not easy: most runs should be');
  row('Cross', (t) => `${t.cross}`);
  row('Rest days', (t) => mark(t.restDays, targets.restDays), `${targetText(targets.restDays)}`);
  // The mark follows `back-to-back-hard`: ✗ for leg-hard days back to back or three hard days in a row.
  row(
    'Hard days',
    (t) =>
      `${t.hardDays} ${t.backToBackHardDays === 0 ? '✓' : '✗'} (${t.legHardDays} leg-hard${
        t.backToBackHardDays === 0 ? '' : `, ${t.backToBackHardDays} back to back`
      })`,
    'no leg-hard days back to back, no 3 hard days in a row',
  );
  row('Time', (t) => formatMinutes(t.minutes));
  row('Run distance', (t) => (t.runKm > 0 ? formatKm(t.runKm) : '—'));
  row('Load', (t) => formatNumber(t.load), 'minutes × RPE');
  row('Easy share', (t) => (t.easyShare === undefined ? '—' : `${Math.round(t.easyShare * 100)} %`), 'most run time easy');
  return lines.join('\n');
}
