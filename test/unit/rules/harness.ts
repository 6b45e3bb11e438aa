// Table-driven rule tests (ESLint RuleTester style): each case is a `.hybrid` text, the exact diagnostics of one rule
// it must produce (severity, 0-based range, message parts), or none for a near miss.
import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan } from '../../../server/src/rules/registry';
import { resolveConfig } from '../../../server/src/rules/config';
import type { Range } from '../../../server/src/language/model';
import type { PlanDiagnostic, Severity } from '../../../server/src/rules/types';

/** The lines of a plan, joined with LF. */
export function plan(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** Range of the `nth` (0-based) occurrence of `needle` in `text`; it must lie on one line. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' (occurrence ${nth}) not found in the test plan`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  const column = index - (before.lastIndexOf('\n') + 1);
  return { start: { line, column }, end: { line, column: column + needle.length } };
}

export interface Expected {
  severity: Severity;
  /** Either the exact text the diagnostic covers (its first occurrence, or `nth`), or an explicit range [line, col, endLine, endCol]. */
  at: string | [number, number, number, number];
  nth?: number;
  /** Parts the message must contain. */
  message: string[];
  week?: number;
  data?: Record<string, unknown>;
}

export interface InvalidCase {
  name: string;
  text: string;
  /** `.hybridrc.json`-style layers. */
  config?: unknown[];
  errors: Expected[];
}

export interface ValidCase {
  name: string;
  text: string;
  config?: unknown[];
}

export function diagnosticsOf(text: string, config?: unknown[], rule?: string): PlanDiagnostic[] {
  const resolved = resolveConfig(config ?? []);
  assert.deepEqual(resolved.problems, [], 'the test configuration is valid');
  const planModel = parsePlan(text);
  assert.deepEqual(planModel.syntaxErrors, [], 'the test plan parses without syntax errors');
  const all = checkPlan(planModel, resolved.config);
  return rule ? all.filter((d) => d.rule === rule) : all;
}

function toRange(text: string, expected: Expected): Range {
  if (typeof expected.at === 'string') return rangeOf(text, expected.at, expected.nth ?? 0);
  const [line, column, endLine, endColumn] = expected.at;
  return { start: { line, column }, end: { line: endLine, column: endColumn } };
}

export function ruleTests(rule: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    describe('fires on', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = diagnosticsOf(c.text, c.config, rule);
          const summary = found.map((d) => `${d.severity} ${JSON.stringify(d.range)} ${d.message}`).join('\n');
          assert.equal(found.length, c.errors.length, `expected ${c.errors.length} diagnostic(s), got:\n${summary}`);
          c.errors.forEach((expected, i) => {
            const actual = found[i];
            assert.equal(actual.rule, rule);
            assert.equal(actual.severity, expected.severity, `severity of diagnostic ${i}: ${actual.message}`);
            assert.deepEqual(actual.range, toRange(c.text, expected), `range of diagnostic ${i}: ${actual.message}`);
            for (const part of expected.message) assert.ok(actual.message.includes(part), `'${actual.message}' should contain '${part}'`);
            if (expected.week !== undefined) assert.equal(actual.week, expected.week);
            if (expected.data) for (const [key, value] of Object.entries(expected.data)) assert.deepEqual(actual.data?.[key], value, `data.${key}`);
          });
        });
      }
    });
    describe('stays silent on', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const found = diagnosticsOf(c.text, c.config, rule);
          assert.deepEqual(found.map((d) => d.message), []);
        });
      }
    });
  });
}
