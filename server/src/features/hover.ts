// Hover: on a session → what it counts as and why; on any other line of a week → that week's totals against the
// guide's targets. Diagnostics are not repeated (the editor shows them in the same hover).
import { type Hover, MarkupKind } from 'vscode-languageserver/node';
import { classify, exerciseArea, QUALITY_RUN_TYPES, readGoal } from '../engine';
import type { Range, Session } from '../engine';
import type { Analysis, ServerContext } from './context';
import { fromLspPosition } from './convert';
import { blockAtLine, sessionAt, weeksOfBlock } from './locate';
import { formatKm, formatMinutes, formatNumber, totalsTable } from './present';

export function registerHover(ctx: ServerContext): void {
  ctx.declare(() => ({ hoverProvider: true }));
  ctx.connection.onHover((params) =>
    ctx.guard<Hover | null>('textDocument/hover', null, async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      if (!analysis) return null;
      const value = hoverMarkdown(analysis, fromLspPosition(params.position), ctx.initializationOptions.rulesDocsBase);
      if (!value) return null;
      const markdown = ctx.client.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? true;
      return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value } };
    }),
  );
}

// A squiggle's message is shown by the editor itself (with its rule id and documentation link) right above this
// hover: repeating it here would show it twice. The hover says what the editor cannot: what a session counts as,
// and a week's totals.
export function hoverMarkdown(analysis: Analysis, position: { line: number; column: number }, _docsBase?: string): string | undefined {
  const parts: string[] = [];
  const session = sessionAt(analysis.plan, position);
  if (session) parts.push(explainSession(session));
  else {
    const block = blockAtLine(analysis.plan, position.line);
    if (block) {
      const weeks = weeksOfBlock(analysis, block).map((entry) => entry.totals);
      const table = totalsTable(weeks, analysis.config, readGoal(analysis.plan));
      if (table) parts.push(table);
    }
  }
  return parts.length ? parts.join('\n\n---\n\n') : undefined;
}

/** What a session counts as, in the plan's words, and why. */
export function explainSession(session: Session): string {
  const c = classify(session);
  const classes: string[] = [];
  const reasons: string[] = [];
  const { rpe, zone, duration } = session.attributes;
  const effort = rpe ? `\`rpe ${rpe.value}\`` : zone ? `\`z${zone.value}\`` : undefined;
  switch (session.kind) {
    case 'rest':
      classes.push('rest');
      reasons.push('Nothing planned: the day counts as a rest day.');
      break;
    case 'gym': {
      if (c.heavyLegs) classes.push('heavy legs');
      if (c.hardGym) classes.push('hard gym');
      if (!c.hardGym) classes.push(`${session.intensity} gym`);
      if (c.heavyLegs) {
        const legExercise = session.exercises.find((exercise) => {
          const area = exerciseArea(exercise.name);
          return area === 'lower' || area === 'full';
        });
        reasons.push(
          session.focusRange && ['lower', 'full'].includes(session.focus)
            ? `Heavy with focus \`${session.focus}\`: it loads the legs, so no quality or long run on the same or the next day.`
            : legExercise
              ? `Heavy with a leg exercise (\`${legExercise.name}\`): it loads the legs like a leg day.`
              : 'Heavy with no focus or known exercise written: counted as a full-body day that loads the legs.',
        );
      } else if (c.hardGym) {
        reasons.push(
          session.exercises.length > 0 && !session.focusRange
            ? 'Marked `heavy`: a hard session, but its exercises do not load the legs (no squat, deadlift, lunge …).'
            : `Marked \`heavy\`: a hard session, but not for the legs (focus \`${session.focus}\`).`,
        );
      } else if (c.accessory) reasons.push("Short core or support work: not one of the guide's 3 gym sessions.");
      else reasons.push(`Intensity \`${session.intensity}\`: not a hard session.`);
      break;
    }
    case 'run':
      if (c.qualityRun) {
        classes.push('quality run');
        if (c.longRun) classes.push('long run');
        reasons.push(
          QUALITY_RUN_TYPES.has(session.runType)
            ? `Type \`${session.runType}\` is a quality run: hard for the legs, keep it off heavy leg days.`
            : effort
              ? `Effort ${effort} makes it a quality run (rpe 7 or more, or zone z4/z5)${c.longRun ? ': a long run with quality in it' : ''}.`
              : session.attributes.pace || session.attributes.effortTarget
                ? `Its target (\`${textOf(session, (session.attributes.pace ?? session.attributes.effortTarget)!.range)}\`) is faster than easy: a quality run${c.longRun ? ' inside a long run' : ''}, hard for the legs.`
                : 'Repeats make it a quality run: hard for the legs, keep it off heavy leg days.',
        );
      } else if (c.steadyRun) {
        classes.push('steady run');
        reasons.push(
          session.runType === 'steady' && session.runTypeRange
            ? `Type \`steady\`${textOf(session, session.runTypeRange).toLowerCase() === 'steady' ? '' : ` (\`${textOf(session, session.runTypeRange)}\`)`}: faster than easy, slower than a quality run — neither an easy run nor a quality run.`
            : `Effort ${effort ?? ''} without a type: a steady run — not hard, but not easy either. The guide: if every run feels "kind of hard", you're burning recovery.`,
        );
      } else if (c.longRun) {
        classes.push('long run');
        reasons.push(
          session.runType === 'long'
            ? 'Type `long`: easy in intensity but heavy in load — not the day after heavy legs.'
            : 'It lasts 90 minutes or more, so it counts as a long run.',
        );
      } else {
        classes.push('easy run');
        reasons.push(
          session.runTypeRange
            ? `Type \`${session.runType}\`: conversational, almost too slow.`
            : 'No type written: an easy run — conversational, almost too slow.',
        );
      }
      break;
    case 'conditioning':
    case 'sport': {
      const what = session.kind === 'sport' ? session.sport : session.style;
      classes.push(c.hardOther ? `hard ${session.kind}` : `easy ${session.kind}`);
      reasons.push(
        c.hardOther
          ? session.effortRange
            ? `Marked \`hard\`: ${what} counts as a hard session.`
            : `${capitalise(what)} is hard unless marked \`easy\`: it counts as a hard session.`
          : `Marked \`easy\`: ${what} that is not a hard session.`,
      );
      break;
    }
    case 'event':
      classes.push(session.event);
      reasons.push(
        `A ${session.event === 'race' ? 'race' : 'test'}${session.what ? ` (${session.what.value})` : ''}: an all-out effort, a hard session${c.legHard ? ' and hard on the legs' : ''}.`,
      );
      break;
    case 'cross':
      if (c.hardCross) {
        classes.push('hard cross');
        reasons.push(
          session.effort === 'hard'
            ? `Marked \`hard\`${c.legHard ? `: a ${session.activity} session this hard is also hard on the legs` : ''}.`
            : `Effort ${effort} makes it hard (rpe 7 or more, or zone z4/z5).`,
        );
      } else if (c.restLike) {
        classes.push('rest-like');
        reasons.push(`An easy ${session.activity} keeps the day a rest day.`);
      } else {
        classes.push('easy cross');
        reasons.push(`An easy ${session.activity} session: not hard, but the day is not a rest day.`);
      }
      break;
  }
  if (c.hard) classes.push('hard session');
  if (c.legHard && !c.heavyLegs) classes.push('leg-hard');
  const lines = [`**${session.text}** — ${classes.join(' · ')}`, '', ...reasons];
  if (session.vocabulary) {
    lines.push('', `\`${textOf(session, session.vocabulary.range)}\` reads as \`${session.vocabulary.value}\` (the vocabulary).`);
  }
  const targets = targetWords(session);
  if (targets.length) lines.push('', `Targets: ${targets.join(' · ')}.`);
  const ranges = rangeWords(session);
  if (ranges.length) lines.push('', `Ranges count at their midpoint: ${ranges.join(', ')}.`);
  if (session.kind !== 'rest') {
    const minutes = duration || c.minutesWritten || session.attributes.workFormat?.value.minutes !== undefined ? formatMinutes(c.minutes) : `${formatMinutes(c.minutes)} (default)`;
    const rpeText = rpe || zone ? `RPE ${c.rpe}` : `RPE ${c.rpe} (default)`;
    const easyPart = c.easyMinutes > 0 ? ` (${formatMinutes(c.easyMinutes)} of it easy, at RPE 3)` : '';
    let load = `\nPlanned ${minutes} at ${rpeText}${easyPart} → load ${formatNumber(c.load)}.`;
    if (c.distanceKm !== undefined) load += ` Distance ${formatKm(c.distanceKm)}.`;
    lines.push(load);
  }
  return lines.join('\n');
}

/** The text of a range inside the session, as written. */
function textOf(session: Session, range: Range): string {
  const offset = range.start.column - session.range.start.column;
  if (range.start.line !== session.range.start.line || range.end.line !== range.start.line || offset < 0) return session.text;
  return session.text.slice(offset, offset + range.end.column - range.start.column);
}

/** Pace, effort target, heart rate and EMOM/AMRAP as written. */
function targetWords(session: Session): string[] {
  const { pace, effortTarget, heartRate, workFormat } = session.attributes;
  return [pace, effortTarget, heartRate, workFormat].flatMap((attribute) => (attribute ? [`\`${textOf(session, attribute.range)}\``] : []));
}

/** `30-45min` → 37.5 min: each written range and the value totals and load use. */
function rangeWords(session: Session): string[] {
  const { duration, distance, rpe, repeats } = session.attributes;
  const words: string[] = [];
  if (duration?.span) words.push(`\`${textOf(session, duration.range)}\` → ${formatMinutes(duration.value)}`);
  if (distance?.span) words.push(`\`${textOf(session, distance.range)}\` → ${formatKm(distance.value)}`);
  if (rpe?.span) words.push(`\`${textOf(session, rpe.range)}\` → rpe ${formatNumber(rpe.value)}`);
  if (repeats?.value.countSpan) words.push(`\`${textOf(session, repeats.range)}\` → ${formatNumber(repeats.value.count)} repeats`);
  return words;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
