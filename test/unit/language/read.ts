// Reading one line the way the prose tests do: its sessions and its diagnostics.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import type { Plan, Session, SyntaxIssue } from '../../../server/src/language/model';
import { WEEKDAY_NAMES } from '../../../server/src/language/model';
import { sessionNotation } from '../../corpus/measure';

export function read(line: string): { sessions: Session[]; errors: SyntaxIssue[] } {
  const plan = parsePlan(line);
  return { sessions: plan.weeks.flatMap((week) => week.days.flatMap((day) => day.sessions)), errors: plan.syntaxErrors };
}

/** The sessions of a line that must read without any diagnostic. */
export function clean(line: string): Session[] {
  const { sessions, errors } = read(line);
  assert.deepEqual(errors.map((e) => e.message), [], `no diagnostic in ${JSON.stringify(line)}`);
  return sessions;
}

/** Every session of the plan's day statements, in written order (blocks repeated by `weeks` counted once). */
export function sessionsOf(plan: Plan): Session[] {
  return plan.statements.flatMap((statement) => (statement.type === 'day' ? statement.sessions : []));
}

/** A plan's sessions in the corpus notation (`gym lower heavy-legs`, `run quality`), their texts and its syntax messages. */
export function notation(text: string): { sessions: string[]; texts: string[]; errors: string[] } {
  const plan = parsePlan(text);
  const sessions = sessionsOf(plan);
  return { sessions: sessions.map(sessionNotation), texts: sessions.map((s) => s.text), errors: plan.syntaxErrors.map((e) => e.message) };
}

/** A plan's sessions in the corpus notation and its syntax messages (what the forms tests compare). */
export function sessionsAndErrors(text: string): { sessions: string[]; errors: string[] } {
  const { sessions, errors } = notation(text);
  return { sessions, errors };
}

/** Each exercise of the plan's gym sessions as `name SETSxREPS @load` (the load's text, its RPE, percent or kg), and the errors. */
export function lifts(text: string): { exercises: string[]; errors: string[] } {
  const plan = parsePlan(text);
  const exercises: string[] = [];
  for (const session of sessionsOf(plan)) {
    for (const exercise of session.kind === 'gym' ? session.exercises : []) {
      const load = exercise.load;
      const value = load === undefined ? '' : ` @${load.text}${load.rpe !== undefined ? ` rpe ${load.rpe}` : ''}${load.percent !== undefined ? ` ${load.percent}%` : ''}${load.kg !== undefined ? ` ${load.kg}kg` : ''}`;
      exercises.push(`${exercise.name} ${exercise.sets ?? ''}x${exercise.reps ?? ''}${value}`);
    }
  }
  return { exercises, errors: plan.syntaxErrors.map((issue) => issue.message) };
}

/** Each day of the plan's first week that holds sessions, with them (`Mon gym full | run easy`), and the syntax messages. */
export function daysOf(text: string): { days: string[]; errors: string[] } {
  const plan = parsePlan(text);
  const days = plan.weeks[0]?.days ?? [];
  return {
    days: days.filter((day) => day.sessions.length > 0).map((day) => `${WEEKDAY_NAMES[day.weekday]} ${day.sessions.map(sessionNotation).join(' | ')}`),
    errors: plan.syntaxErrors.map((issue) => issue.message),
  };
}
