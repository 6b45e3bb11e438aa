// Reading one line the way the prose tests do: its sessions and its diagnostics.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/language/parser';
import type { Session, SyntaxIssue } from '../../../server/src/language/model';

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
