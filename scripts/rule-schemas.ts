// Builds the rule parts of the extension's contributions from the rule registry, so they cannot drift from the rules:
// `schemas/hybridrc.schema.json`, the `hybrid.rules` setting in package.json and the rule choices of the ignore snippet.
// `npm run generate:schemas` rewrites them; test/grammar/contributions.test.ts fails when they are out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../server/src/rules/registry';
import type { Rule } from '../server/src/rules/types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const SEVERITY_SCHEMA = {
  type: 'string',
  enum: ['off', 'info', 'warning', 'error'],
  enumDescriptions: [
    'Switch the rule off.',
    'Show as information.',
    'Show as a warning.',
    'Show as an error; `hybrid check` exits with 1.',
  ],
};

/** The schema of one rule's setting: a severity, or `[severity]` / `[severity, {options}]`. */
function ruleSchema(rule: Rule, severity: Json): Json {
  const { id, description, reason, options } = rule.meta;
  const optionList = options.map((option) => `\`${option.name}\` (default ${option.default})`).join(', ');
  const optionSchemas: { [name: string]: Json } = {};
  for (const option of options) {
    optionSchemas[option.name] = {
      type: 'number',
      description: option.description,
      default: option.default,
      ...(option.minimum === undefined ? {} : { minimum: option.minimum }),
      ...(option.maximum === undefined ? {} : { maximum: option.maximum }),
    };
  }
  return {
    description: `${description} Default: ${rule.meta.severity}.`,
    markdownDescription:
      `${description}\n\n*Why:* ${reason}\n\nDefault: \`${rule.meta.severity}\`.` +
      (options.length > 0 ? ` Options: ${optionList}.` : ' No options.') +
      ` Switch it off on one line with \`# hybrid-ignore ${id}\`.`,
    default: rule.meta.severity,
    anyOf: [
      severity,
      {
        type: 'array',
        items: [severity, { type: 'object', properties: optionSchemas, additionalProperties: false }],
        minItems: 1,
        maxItems: 2,
        additionalItems: false,
        defaultSnippets: [
          {
            label: '[severity, options]',
            body: [rule.meta.severity, Object.fromEntries(options.map((option) => [option.name, option.default]))],
          },
        ],
      },
    ],
  };
}

function rulesObject(severity: Json): { [key: string]: Json } {
  return {
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSchema(rule, severity)])),
    additionalProperties: false,
  };
}

/** `schemas/hybridrc.schema.json`. */
export function hybridrcSchema(): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Hybrid Plan checker configuration (.hybridrc.json)',
    description:
      'Configures the rules of the .hybrid checker for the plans in this folder and below (the nearest .hybridrc.json wins). Read by the `hybrid` CLI and the editor.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Rule id → "off" | "info" | "warning" | "error", or ["severity", {options}].',
        $ref: '#/definitions/rules',
      },
      vocabulary: {
        description:
          'Your own words for sessions: a word or phrase (one to four words) → the session it means, written as a plan writes it, e.g. {"climbing": "sport hard", "parkrun": "race 5km"}.',
        type: 'object',
        additionalProperties: { type: 'string', minLength: 1 },
      },
    },
    additionalProperties: false,
    definitions: { severity: SEVERITY_SCHEMA, rules: rulesObject({ $ref: '#/definitions/severity' }) },
  };
}

/** The `hybrid.rules` setting of package.json (settings cannot `$ref`, so the severity is written out). */
export function rulesSetting(): Json {
  return {
    ...rulesObject(SEVERITY_SCHEMA),
    default: {},
    scope: 'resource',
    markdownDescription:
      'Severity (`"off"`, `"info"`, `"warning"`, `"error"`) or `["severity", {options}]` per rule id, e.g. ' +
      '`{"quality-limit": ["warning", {"max": 2}], "session-order": "off"}`. Same shape as the `rules` of a ' +
      '`.hybridrc.json`; these settings are layered over the nearest `.hybridrc.json` of the plan.',
  };
}

/**
 * One `hybrid.rule.<id>` setting per rule: a dropdown the Settings UI shows (the `hybrid.rules` object can only be
 * edited as JSON). `default` leaves the rule to `.hybridrc.json` and `hybrid.rules`; any other value wins over both.
 */
export function ruleSeveritySettings(): { [key: string]: Json } {
  return Object.fromEntries(
    rules.map((rule, index) => [
      `hybrid.rule.${rule.meta.id}`,
      {
        type: 'string',
        enum: ['default', ...SEVERITY_SCHEMA.enum],
        enumDescriptions: [`As \`.hybridrc.json\` or \`hybrid.rules\` say, else the rule's default (${rule.meta.severity}).`, ...SEVERITY_SCHEMA.enumDescriptions],
        default: 'default',
        scope: 'resource',
        order: 10 + index,
        markdownDescription: `${rule.meta.description}\n\n*Why:* ${rule.meta.reason}\n\nDefault: \`${rule.meta.severity}\`. See docs/rules/${rule.meta.id}.md.`,
      },
    ]),
  );
}

/** The manifest's settings with the generated rule settings in place (after `hybrid.rules`). */
export function withRuleSettings(properties: { [key: string]: Json }): { [key: string]: Json } {
  const result: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key.startsWith('hybrid.rule.')) continue;
    result[key] = key === 'hybrid.rules' ? rulesSetting() : value;
    if (key === 'hybrid.rules') Object.assign(result, ruleSeveritySettings());
  }
  return result;
}

function rewriteJson(path: string, change: (json: any) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

if (require.main === module) {
  const root = join(__dirname, '..');
  writeFileSync(join(root, 'schemas/hybridrc.schema.json'), `${JSON.stringify(hybridrcSchema(), null, 2)}\n`);
  rewriteJson(resolve(root, process.argv[2] ?? 'package.json'), (manifest) => {
    manifest.contributes.configuration.properties = withRuleSettings(manifest.contributes.configuration.properties);
  });
}
