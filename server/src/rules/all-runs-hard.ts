// all-runs-hard: a week with 2 or more runs where every run is a quality run, or every run is quality or steady (no
// easy or long run at all: a steady run of an hour or more that is clearly the week's longest is its long run); on the
// week header (or first line).
//
// data: { week: number; runs: { weekday: number; sessionRange: Range }[]; steady: boolean } (runs and related: the first
// RELATED_PER_DIAGNOSTIC; the message names the first NAMED_PER_DIAGNOSTIC and says how many more)
import { defineRule } from './define';
import { distinctDays } from './sameDay';
import { classify, isSupportRun, type SessionClass } from '../analysis/classify';
import { NAMED_PER_DIAGNOSTIC, RELATED_PER_DIAGNOSTIC, namedList, sessionLabel, weekAnchor, weekSessions } from './helpers';

/** Least minutes of a steady run read as the week's long run. */
const STEADY_LONG_MINUTES = 60;

function hasSteadyLongRun(classes: readonly SessionClass[]): boolean {
  let longest: SessionClass | undefined;
  let second = 0;
  for (const c of classes) {
    if (!longest || c.minutes > longest.minutes) {
      second = longest?.minutes ?? 0;
      longest = c;
    } else second = Math.max(second, c.minutes);
  }
  return longest !== undefined && longest.steadyRun && longest.minutes >= STEADY_LONG_MINUTES && longest.minutes > second;
}

export const rule = defineRule({
  meta: {
    id: 'all-runs-hard',
    severity: 'warning',
    description: 'Every run of a week (2 or more) is a quality run, or quality or steady with no easy run.',
    reason: 'Common mistake: turning every run into conditioning. If every run feels "kind of hard", you are burning recovery without gaining fitness.',
    category: 'weekly',
    fixable: true,
  },
  check(context) {
    // The repeats of a range say what their first week says (no week number in the message): read once.
    for (const week of distinctDays(context.plan.weeks)) {
      // A warm-up jog or a drill session is not one of the week's runs (it does not make a week of hard runs easy).
      const runs = weekSessions(week, (s) => s.kind === 'run' && !classify(s).event && !isSupportRun(s));
      if (runs.length < 2) continue;
      const classes = runs.map(({ session }) => classify(session));
      if (!classes.every((c) => c.qualityRun || c.steadyRun)) continue;
      // A steady run of an hour or more that is the week's clearly longest is its long run (`Sat: steady run 60 min`).
      if (hasSteadyLongRun(classes)) continue;
      const steady = !classes.every((c) => c.qualityRun);
      const list = namedList(runs.slice(0, NAMED_PER_DIAGNOSTIC).map(({ weekday, session }) => sessionLabel(weekday, session)), runs.length);
      const pointed = runs.slice(0, RELATED_PER_DIAGNOSTIC);
      context.report({
        message: steady
          ? `No easy run this week: every run is quality or steady (${list}) — the guide says if every run feels "kind of hard", you're burning recovery without gaining fitness; keep 1–2 runs easy`
          : `Every run this week is a quality run (${list}) — the guide warns against turning every run into conditioning; keep 1–2 runs easy`,
        range: weekAnchor(context.plan, week),
        related: pointed.map(({ weekday, session }, i) => ({
          range: session.range,
          message: `${classes[i].qualityRun ? 'Quality' : 'Steady'} run: ${sessionLabel(weekday, session)}`,
        })),
        week: week.number,
        data: { week: week.number, runs: pointed.map(({ weekday, session }) => ({ weekday, sessionRange: session.range })), steady },
      });
    }
  },
});
