// The week view's markup, generated from the server's view model. Pure (no `vscode` import) so tests render it in
// Chromium exactly as the webview does. Every text from the plan is escaped; no inline style attributes (the CSP
// forbids them): layout and colour come from `client/media/weekView.css`, sizes in the chart from SVG attributes.
import type {
  LoadPoint,
  WeekViewConflict,
  WeekViewDay,
  WeekViewModel,
  WeekViewSession,
  WeekViewWeek,
} from '../../../shared/protocol';
import { formatNumber } from '../../../shared/numbers';

export interface WebviewResources {
  /** `webview.cspSource`: where the stylesheet and script may come from. */
  cspSource: string;
  /** A fresh random nonce per page. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The chip classes in legend order, with their plan words. */
export const CHIP_LEGEND: readonly { chip: WeekViewSession['chip']; words: string }[] = [
  { chip: 'heavy-legs', words: 'heavy legs' },
  { chip: 'hard-gym', words: 'hard gym' },
  { chip: 'gym', words: 'gym' },
  { chip: 'quality-run', words: 'quality run' },
  { chip: 'long-run', words: 'long run' },
  { chip: 'steady-run', words: 'steady run' },
  { chip: 'easy-run', words: 'easy run' },
  { chip: 'hard-cross', words: 'hard cross' },
  { chip: 'cross', words: 'cross' },
  { chip: 'conditioning', words: 'conditioning' },
  { chip: 'sport', words: 'sport' },
  { chip: 'event', words: 'race / test' },
  { chip: 'rest', words: 'rest' },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-12-07` → `7 Dec`. */
export function shortDate(iso: string): string {
  const [, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]}`;
}


const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function worstSeverity(conflicts: WeekViewConflict[]): WeekViewConflict['severity'] | undefined {
  return [...conflicts].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0]?.severity;
}

/** One conflict as tooltip text: `hard-same-day (error): message` and the guide's reason below. */
function conflictTooltip(conflict: WeekViewConflict): string {
  const lines = [`${conflict.rule} (${conflict.severity}): ${conflict.message}`];
  if (conflict.reason) lines.push(`Why: ${conflict.reason}`);
  return lines.join('\n');
}

function conflictList(conflicts: WeekViewConflict[], className: string): string {
  if (conflicts.length === 0) return '';
  const items = conflicts
    .map(
      (conflict) =>
        `<li class="conflict-item severity-${conflict.severity}" title="${escapeHtml(conflictTooltip(conflict))}">` +
        `<span class="rule-id">${escapeHtml(conflict.rule)}</span> ${escapeHtml(conflict.message)}` +
        (conflict.reason ? `<span class="reason">${escapeHtml(conflict.reason)}</span>` : '') +
        `</li>`,
    )
    .join('');
  return `<ul class="${className}" aria-label="Conflicts">${items}</ul>`;
}

function renderChip(session: WeekViewSession, week: WeekViewWeek, day: WeekViewDay): string {
  const severity = worstSeverity(session.conflicts);
  const classes = ['chip', `chip-${session.chip}`];
  if (severity) classes.push('has-conflict', `conflict-${severity}`);
  const movable = session.kind !== 'rest';
  const what = session.classes.join(', ');
  const tooltip = [
    `${session.text} — ${what}`,
    session.kind === 'rest' ? '' : `${session.minutes} min · RPE ${session.rpe} · load ${formatNumber(session.load)}`,
    ...session.conflicts.map(conflictTooltip),
  ]
    .filter((line) => line !== '')
    .join('\n');
  const label = [
    `${session.text}, ${what}, ${day.fullName}, week ${week.number}`,
    ...session.conflicts.map((conflict) => `${conflict.severity} ${conflict.rule}: ${conflict.message}`),
  ].join('. ');
  const rules = session.conflicts
    .map((conflict) => `<span class="chip-rule severity-${conflict.severity}">${escapeHtml(conflict.rule)}</span>`)
    .join('');
  return (
    `<div class="${classes.join(' ')}" tabindex="0" role="button"` +
    ` draggable="${movable ? 'true' : 'false'}"` +
    ` data-session="${escapeHtml(session.id)}" data-week="${week.number}" data-weekday="${day.weekday}"` +
    ` data-line="${session.range.start.line}" data-column="${session.range.start.column}"` +
    ` data-movable="${movable ? 'true' : 'false'}"` +
    ` aria-label="${escapeHtml(label)}" aria-describedby="chip-help" title="${escapeHtml(tooltip)}">` +
    `<span class="chip-text">${escapeHtml(session.text)}</span>` +
    `<span class="chip-class">${escapeHtml(what)}</span>` +
    rules +
    `</div>`
  );
}

function renderDay(day: WeekViewDay, week: WeekViewWeek): string {
  const dateText = day.date ? ` <span class="date">${escapeHtml(shortDate(day.date))}</span>` : '';
  const unplanned = day.sessions.length === 0;
  const label = `${day.fullName}${day.date ? ` ${shortDate(day.date)}` : ''}${day.rest ? ', rest day' : ''}${
    day.load > 0 ? `, load ${formatNumber(day.load)}` : ''
  }`;
  const chips = day.sessions.map((session) => renderChip(session, week, day)).join('');
  return (
    `<div class="day${day.rest ? ' rest-day' : ''}" role="group" data-week="${week.number}" data-weekday="${day.weekday}"` +
    ` aria-label="${escapeHtml(label)}">` +
    `<div class="day-head"><span class="day-name">${day.name}</span>${dateText}` +
    (day.load > 0 ? `<span class="day-load" title="Day load (minutes × RPE)">${formatNumber(day.load)}</span>` : '') +
    `</div>` +
    `<div class="chips">${chips}</div>` +
    (unplanned ? `<p class="unplanned">unplanned (rest)</p>` : '') +
    `</div>`
  );
}

function renderWeek(week: WeekViewWeek): string {
  const title = `Week ${week.number}`;
  const label = week.label ? ` <span class="week-label">${escapeHtml(week.label)}</span>` : '';
  const goal = week.goal ? ` <span class="week-goal">goal: ${escapeHtml(week.goal)}</span>` : '';
  const repeats = week.repeats
    ? `<p class="repeats">Weeks ${week.repeats.from}–${week.repeats.to} share these lines: moving a session moves it in all of them.</p>`
    : '';
  const severity = worstSeverity(week.conflicts);
  return (
    `<section class="week${severity ? ` week-conflict conflict-${severity}` : ''}" data-week="${week.number}" aria-labelledby="week-${week.number}-title">` +
    `<h2 id="week-${week.number}-title" class="week-title">` +
    `<a href="#" class="reveal-line" data-line="${week.line}" title="Show in the editor">${title}</a>${label}${goal}</h2>` +
    `<p class="summary">${escapeHtml(week.summary)}</p>` +
    repeats +
    conflictList(week.conflicts, 'week-conflicts') +
    `<div class="days">${week.days.map((day) => renderDay(day, week)).join('')}</div>` +
    `</section>`
  );
}

// Chart geometry (SVG user units; the SVG scales to the panel's width).
const CHART_HEIGHT = 180;
const CHART_TOP = 12;
const CHART_BOTTOM = 22;
const CHART_LEFT = 44;
const SLOT = 36;
const BAR = 20;

function ratioText(point: LoadPoint): string {
  if (point.chronic === undefined || point.chronic === 0) return 'no 3-week history yet';
  const ratio = point.load / point.chronic;
  const where = point.status === 'in-band' ? 'inside' : point.status === 'above' ? 'above' : 'below';
  return `${ratio.toFixed(2)}× the mean of the previous 3 weeks (${formatNumber(point.chronic)}), ${where} the 0.8–1.5× band`;
}

/** The weekly load chart: one bar per week, the acute:chronic band (0.8–1.5× the previous 3 weeks' mean) and the mean as points. */
export function renderLoadChart(loads: LoadPoint[]): string {
  if (loads.length === 0) return '';
  const width = CHART_LEFT + loads.length * SLOT + 8;
  const plotHeight = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM;
  const maximum = Math.max(1, ...loads.map((point) => Math.max(point.load, point.high ?? 0)));
  const y = (value: number) => CHART_TOP + plotHeight - (value / maximum) * plotHeight;
  const round = (value: number) => Math.round(value * 10) / 10;
  const parts: string[] = [];
  // Axis: zero line and the maximum.
  parts.push(
    `<line class="axis" x1="${CHART_LEFT}" y1="${y(0)}" x2="${width - 4}" y2="${y(0)}"></line>`,
    `<text class="axis-label" x="${CHART_LEFT - 6}" y="${round(y(maximum) + 4)}" text-anchor="end">${formatNumber(maximum)}</text>`,
    `<text class="axis-label" x="${CHART_LEFT - 6}" y="${round(y(0) + 4)}" text-anchor="end">0</text>`,
  );
  loads.forEach((point, index) => {
    const slotX = CHART_LEFT + index * SLOT;
    if (point.low !== undefined && point.high !== undefined) {
      parts.push(
        `<rect class="band" x="${slotX + 2}" y="${round(y(point.high))}" width="${SLOT - 4}" height="${round(y(point.low) - y(point.high))}"></rect>`,
      );
    }
  });
  loads.forEach((point, index) => {
    const slotX = CHART_LEFT + index * SLOT;
    const barX = slotX + (SLOT - BAR) / 2;
    const top = y(point.load);
    parts.push(
      `<rect class="bar bar-${point.status}" data-week="${point.week}" x="${barX}" y="${round(top)}" width="${BAR}" height="${round(
        y(0) - top,
      )}"><title>Week ${point.week}: load ${formatNumber(point.load)}, ${escapeHtml(ratioText(point))}</title></rect>`,
    );
    if (point.chronic !== undefined) {
      parts.push(
        `<circle class="chronic" data-week="${point.week}" cx="${slotX + SLOT / 2}" cy="${round(y(point.chronic))}" r="3"><title>Week ${point.week}: mean of the previous 3 weeks ${formatNumber(point.chronic)}</title></circle>`,
      );
    }
    const showLabel = loads.length <= 16 || index % 4 === 0 || index === loads.length - 1;
    if (showLabel) {
      parts.push(`<text class="axis-label" x="${slotX + SLOT / 2}" y="${CHART_HEIGHT - 6}" text-anchor="middle">${point.week}</text>`);
    }
  });
  const above = loads.filter((point) => point.status === 'above').map((point) => point.week);
  const summary =
    `Weekly load of ${loads.length} week${loads.length === 1 ? '' : 's'}, from ${formatNumber(Math.min(...loads.map((p) => p.load)))} to ${formatNumber(
      Math.max(...loads.map((p) => p.load)),
    )}` + (above.length > 0 ? `; above the 1.5× band in week ${above.join(', ')}` : '; no week above the 1.5× band');
  const rows = loads
    .map(
      (point) =>
        `<tr><th scope="row">${point.week}</th><td>${formatNumber(point.load)}</td><td>${
          point.chronic === undefined ? '—' : `${formatNumber(point.low!)}–${formatNumber(point.high!)}`
        }</td></tr>`,
    )
    .join('');
  return (
    `<section class="chart" aria-labelledby="chart-title">` +
    `<h2 id="chart-title" class="chart-title">Weekly load <span class="chart-note">minutes × RPE; band 0.8–1.5× the previous 3 weeks' mean</span></h2>` +
    `<svg class="load-chart" role="img" aria-label="${escapeHtml(summary)}" viewBox="0 0 ${width} ${CHART_HEIGHT}" width="${width}" height="${CHART_HEIGHT}" preserveAspectRatio="xMinYMid meet">` +
    parts.join('') +
    `</svg>` +
    `<ul class="chart-legend" aria-hidden="true">` +
    `<li><span class="swatch bar-in-band"></span>inside the band</li>` +
    `<li><span class="swatch bar-above"></span>above 1.5×</li>` +
    `<li><span class="swatch bar-below"></span>below 0.8×</li>` +
    `<li><span class="swatch bar-no-history"></span>first 3 weeks</li>` +
    `<li><span class="swatch band-swatch"></span>band</li>` +
    `<li><span class="swatch chronic-swatch"></span>mean of the previous 3 weeks</li>` +
    `</ul>` +
    `<table class="visually-hidden"><caption>Weekly load and acute:chronic band</caption><thead><tr><th scope="col">Week</th><th scope="col">Load</th><th scope="col">Band</th></tr></thead><tbody>${rows}</tbody></table>` +
    `</section>`
  );
}

/** Chips of the forgiving language: in the legend only when the plan has one (a lifter's plan rarely does). */
const OPTIONAL_CHIPS: ReadonlySet<WeekViewSession['chip']> = new Set(['steady-run', 'conditioning', 'sport', 'event']);

function renderLegend(model: WeekViewModel): string {
  const used = new Set(model.weeks.flatMap((week) => week.days.flatMap((day) => day.sessions.map((session) => session.chip))));
  const items = CHIP_LEGEND.filter((entry) => !OPTIONAL_CHIPS.has(entry.chip) || used.has(entry.chip)).map(
    (entry) => `<li class="legend-item"><span class="swatch chip-${entry.chip}" aria-hidden="true"></span>${entry.words}</li>`,
  ).join('');
  return `<ul class="legend" aria-label="Session colours">${items}</ul>`;
}

/**
 * A short plan shows its week grid first: the load chart has nothing to compare before a 3-week history (its band
 * starts at week 4), and above the grid it would push the days below the fold.
 */
export const CHART_FIRST_FROM_WEEKS = 4;

/** The view's content (everything inside `<main>`): also sent on every live update. */
export function renderWeekViewBody(model: WeekViewModel | undefined, notice?: string): string {
  if (!model) {
    return `<p class="empty">${escapeHtml(notice ?? 'Open a .hybrid plan to see its weeks.')}</p>`;
  }
  const facts: string[] = [`${model.weeks.length} week${model.weeks.length === 1 ? '' : 's'}`];
  if (model.start) facts.push(`week 1 starts ${shortDate(model.start)} ${model.start.slice(0, 4)}`);
  const errors =
    model.syntaxErrors > 0
      ? `<p class="syntax-errors">${model.syntaxErrors} syntax error${model.syntaxErrors === 1 ? '' : 's'}: lines that do not parse are not shown.</p>`
      : '';
  return (
    `<header class="plan-header"><h1>${escapeHtml(model.title ?? 'Week view')}</h1>` +
    `<p class="facts">${escapeHtml(facts.join(' · '))}</p>` +
    (notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : '') +
    errors +
    renderLegend(model) +
    conflictList(model.planConflicts, 'plan-conflicts') +
    `</header>` +
    (model.weeks.length === 0
      ? `<p class="empty">No days planned yet: write a line like <code>Mon: gym upper heavy</code>.</p>`
      : model.weeks.length < CHART_FIRST_FROM_WEEKS
        ? model.weeks.map(renderWeek).join('') + renderLoadChart(model.loads)
        : renderLoadChart(model.loads) + model.weeks.map(renderWeek).join(''))
  );
}

/** The whole page: strict CSP (nonce'd script and stylesheet, nothing remote), the body, and the script. */
export function renderWeekViewHtml(model: WeekViewModel | undefined, resources: WebviewResources, notice?: string): string {
  const { cspSource, nonce } = resources;
  const csp = [
    `default-src 'none'`,
    `img-src ${cspSource}`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(resources.styleUri)}" nonce="${nonce}">
<title>Week view</title>
</head>
<body>
<p id="chip-help" class="visually-hidden">Enter shows the session in the editor. Arrow keys move between sessions. Alt with Left or Right arrow moves the session one day earlier or later; M or the context menu chooses the day. Drag a session onto another day to move it.</p>
<main id="app" aria-live="off">${renderWeekViewBody(model, notice)}</main>
<div id="status" class="visually-hidden" role="status" aria-live="polite"></div>
<script nonce="${nonce}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>
`;
}
