// Shared helpers of the edit tests: find a session by its text, apply a builder's edits.
import { strict as assert } from 'node:assert';
import type { Plan, Session, Weekday } from '../../../server/src/language/model';
import { WEEKDAY_NAMES } from '../../../server/src/language/model';
import type { TextEdit } from '../../../server/src/rules/types';
import { parsePlan } from '../../../server/src/language/parser';
import { allSessions, applyEdits } from '../../../server/src/analysis/edits';

/** The one session written exactly as `text` (the n-th when several are, 0-based). */
export function session(plan: Plan, text: string, nth = 0): Session {
  const found = allSessions(plan).filter((s) => s.text === text);
  const match = found[nth];
  assert.ok(match, `no session '${text}' (#${nth}) in: ${allSessions(plan).map((s) => s.text).join(' | ')}`);
  return match;
}

export function day(name: string): Weekday {
  const index = WEEKDAY_NAMES.findIndex((d) => d === name);
  assert.ok(index >= 0, `unknown day ${name}`);
  return index as Weekday;
}

/** Parses `text`, runs the edit builder on the plan and returns the edited text. */
export function edited(text: string, build: (plan: Plan) => TextEdit[]): string {
  const plan = parsePlan(text);
  assert.deepEqual(plan.syntaxErrors, [], 'the test plan parses');
  return applyEdits(text, build(plan));
}

export function lines(...all: string[]): string {
  return all.join('\n');
}
