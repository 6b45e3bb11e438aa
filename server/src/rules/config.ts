// Rule configuration: `.hybridrc.json`-style layers (later layers win) resolved into a severity and options for every
// rule, with one-line problems for anything wrong. Never throws, whatever the layers hold.
import type { ResolvedConfig, ResolvedRuleConfig, RuleOptions, SeveritySetting } from './types';
import { rules } from './all';
import { createVocabulary } from '../language/sessions';
import type { PlanVocabulary } from '../language/model';

/** An option's value in a configuration, else the rule's declared default (written once, in the rule). */
export function optionOf(config: ResolvedConfig | undefined, id: string, name: string): number {
  const value = config?.[id]?.options[name];
  if (typeof value === 'number') return value;
  const declared = rules.find((rule) => rule.meta.id === id)?.meta.options.find((option) => option.name === name);
  if (!declared) throw new Error(`No option '${name}' in rule '${id}'`);
  return declared.default;
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

function knownRules(): string {
  return rules.map((rule) => rule.meta.id).join(', ');
}

/** Every rule at its default severity and options. */
export function defaultConfig(): ResolvedConfig {
  const config: ResolvedConfig = Object.create(null);
  for (const rule of rules) {
    // Plain objects are safe here: only the names of declared options are ever written into them.
    const options: RuleOptions = {};
    for (const option of rule.meta.options) options[option.name] = option.default;
    config[rule.meta.id] = { severity: rule.meta.severity, options, severitySet: false, userOptions: {} };
  }
  return config;
}

/** The vocabulary a configuration adds to the built-in one (`.hybridrc.json` `vocabulary`), kept beside it. */
const vocabularies = new WeakMap<ResolvedConfig, PlanVocabulary>();

/** The vocabulary to read plans with under this configuration (undefined: the built-in one). */
export function vocabularyOf(config: ResolvedConfig | undefined): PlanVocabulary | undefined {
  return config && vocabularies.get(config);
}

/** `"vocabulary": {"climbing": "sport hard"}`: phrase → the session it means; a bad entry is one problem, the rest count. */
function readVocabulary(value: unknown, words: Record<string, string>, problems: string[]): void {
  if (!isPlainObject(value)) {
    problems.push(`'vocabulary' must be an object mapping a word to a session, like {"climbing": "sport hard"}, not ${describe(value)}`);
    return;
  }
  const entries: Record<string, string> = {};
  for (const [phrase, means] of Object.entries(value)) {
    if (typeof means !== 'string') {
      problems.push(`vocabulary ${quoted(phrase)} must map to a session written as text, like "sport hard", not ${describe(means)}`);
      continue;
    }
    entries[phrase] = means;
  }
  for (const error of createVocabulary(entries).errors) {
    problems.push(`vocabulary ${error.message}`);
    delete entries[error.phrase];
  }
  Object.assign(words, entries);
}

export function resolveConfig(layers: unknown[]): { config: ResolvedConfig; problems: string[] } {
  const config = defaultConfig();
  const problems: string[] = [];
  const words: Record<string, string> = {};
  for (const layer of Array.isArray(layers) ? layers : []) {
    if (layer === undefined || layer === null) continue;
    if (!isPlainObject(layer)) {
      problems.push(`The configuration must be an object like {"rules": {...}}, not ${describe(layer)}`);
      continue;
    }
    // A misspelled `"rulez"` would silently leave every rule at its default.
    for (const key of Object.keys(layer)) {
      if (key !== 'rules' && key !== '$schema' && key !== 'vocabulary') {
        problems.push(`Unknown key ${quoted(key)} in the configuration — it takes "rules", "vocabulary" (and "$schema")`);
      }
    }
    if (hasOwn(layer, 'vocabulary')) readVocabulary(layer.vocabulary, words, problems);
    if (!hasOwn(layer, 'rules')) continue;
    const layerRules = layer.rules;
    if (!isPlainObject(layerRules)) {
      problems.push(`'rules' must be an object mapping rule ids to a severity, not ${describe(layerRules)}`);
      continue;
    }
    for (const id of Object.keys(layerRules)) {
      const target = hasOwn(config, id) ? config[id] : undefined;
      if (!target) {
        problems.push(`Unknown rule ${quoted(id)} in rules — known rules: ${knownRules()}`);
        continue;
      }
      applySetting(id, target, layerRules[id], problems);
    }
  }
  if (Object.keys(words).length > 0) vocabularies.set(config, createVocabulary(words).vocabulary);
  return { config, problems };
}

function applySetting(id: string, target: ResolvedRuleConfig, setting: unknown, problems: string[]): void {
  let severity: unknown = setting;
  let options: unknown;
  if (Array.isArray(setting)) {
    if (setting.length < 1 || setting.length > 2) {
      problems.push(`Rule '${id}': expected "severity" or ["severity", {options}], not an array of ${setting.length}`);
      return;
    }
    [severity, options] = setting;
  }
  if (!isSeverity(severity)) {
    problems.push(`Rule '${id}': severity must be one of off, info, warning, error, not ${describe(severity)}`);
    return;
  }
  target.severity = severity;
  target.severitySet = true;
  if (options === undefined) return;
  if (!isPlainObject(options)) {
    problems.push(`Rule '${id}': options must be an object like {"max": 2}, not ${describe(options)}`);
    return;
  }
  const metaOptions = rules.find((rule) => rule.meta.id === id)?.meta.options ?? [];
  for (const name of Object.keys(options)) {
    const meta = metaOptions.find((option) => option.name === name);
    if (!meta) {
      const known = metaOptions.map((option) => option.name).join(', ');
      problems.push(`Rule '${id}': unknown option ${quoted(name)} — ${known ? `options: ${known}` : 'it has no options'}`);
      continue;
    }
    const value = options[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`Rule '${id}': option '${name}' must be a number, not ${describe(value)}`);
      continue;
    }
    if (meta.minimum !== undefined && value < meta.minimum) {
      problems.push(`Rule '${id}': option '${name}' must be at least ${meta.minimum} (got ${value})`);
      continue;
    }
    if (meta.maximum !== undefined && value > meta.maximum) {
      problems.push(`Rule '${id}': option '${name}' must be at most ${meta.maximum} (got ${value})`);
      continue;
    }
    target.options[name] = value;
    (target.userOptions ??= {})[name] = value;
  }
}

/** A text from the file in quotes, on one line and at most 40 characters (a 1 MB value must not become the message). */
function quoted(text: string): string {
  const oneLine = text.replace(/[\u0000-\u001f\u2028\u2029]/g, ' ');
  return oneLine.length > 40 ? `'${oneLine.slice(0, 40)}…' (${text.length} characters)` : `'${oneLine}'`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export type RuleFlag = { id: string; severity: SeveritySetting } | { problem: string };

/** Parses a CLI `--rule id=severity` flag; unknown ids and severities are problems. */
export function parseRuleFlag(flag: string): RuleFlag {
  const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(flag);
  if (!match) return { problem: `--rule expects <id>=off|info|warning|error, not '${flag}'` };
  const [, id, severity] = match;
  if (!rules.some((rule) => rule.meta.id === id)) return { problem: `Unknown rule '${id}' in --rule — known rules: ${knownRules()}` };
  if (!isSeverity(severity)) return { problem: `--rule ${id}: severity must be one of off, info, warning, error, not '${severity}'` };
  return { id, severity };
}

/** The `--rule` flags as one configuration layer, to put last in `resolveConfig`'s layers. */
export function ruleFlagsLayer(flags: { id: string; severity: SeveritySetting }[]): { rules: Record<string, SeveritySetting> } {
  const layer: Record<string, SeveritySetting> = Object.create(null);
  for (const flag of flags) layer[flag.id] = flag.severity;
  return { rules: layer };
}
