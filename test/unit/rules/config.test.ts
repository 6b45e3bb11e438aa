import * as assert from 'node:assert/strict';
import { defaultConfig, parseRuleFlag, resolveConfig, ruleFlagsLayer } from '../../../server/src/rules/config';
import { rules } from '../../../server/src/rules/registry';

const KNOWN = rules.map((r) => r.meta.id).join(', ');

describe('resolveConfig', () => {
  it('gives every rule its default severity and options', () => {
    const { config, problems } = resolveConfig([]);
    assert.deepEqual(problems, []);
    assert.equal(Object.keys(config).length, 22);
    assert.deepEqual(config['hard-same-day'], {
      severity: 'warning',
      options: {},
      severitySet: false,
      userOptions: {},
    });
    assert.equal(config['session-order'].severity, 'info');
    assert.equal(config['main-goal'].severity, 'error');
    assert.deepEqual({ ...config['gym-frequency'].options }, { max: 3, min: 3 });
    assert.deepEqual({ ...config['run-frequency'].options }, { max: 3, min: 2 });
    assert.deepEqual({ ...config['quality-limit'].options }, { max: 1 });
    assert.deepEqual({ ...config['same-day-spacing'].options }, { hours: 6 });
    assert.deepEqual({ ...config['easy-run-too-hard'].options }, { rpe: 6 });
    assert.deepEqual({ ...config['gym-duration'].options }, { minutes: 75 });
    assert.deepEqual({ ...config['long-run-spike'].options }, { percent: 10, toleranceKm: 1.61, spikePercent: 25 });
    assert.deepEqual({ ...config['load-ramp'].options }, { ratio: 1.5 });
  });

  it('accepts a severity string and a [severity, options] pair', () => {
    const { config, problems } = resolveConfig([{ rules: { 'rest-days': 'error', 'quality-limit': ['warning', { max: 2 }] } }]);
    assert.deepEqual(problems, []);
    assert.equal(config['rest-days'].severity, 'error');
    assert.equal(config['rest-days'].severitySet, true);
    assert.equal(config['quality-limit'].options.max, 2);
    assert.deepEqual({ ...config['quality-limit'].userOptions }, { max: 2 });
    assert.equal(config['gym-frequency'].severitySet, false);
  });

  it('later layers win, and a severity-only layer keeps earlier options', () => {
    const { config } = resolveConfig([
      { rules: { 'gym-frequency': ['error', { max: 4 }] } },
      { rules: { 'gym-frequency': 'info' } },
    ]);
    assert.equal(config['gym-frequency'].severity, 'info');
    assert.equal(config['gym-frequency'].options.max, 4);
  });

  it('reports an unknown rule with the known ones', () => {
    const { problems } = resolveConfig([{ rules: { foo: 'error' } }]);
    assert.deepEqual(problems, [`Unknown rule 'foo' in rules — known rules: ${KNOWN}`]);
  });

  it('reports a bad severity, unknown option, non-number option and out-of-range option, one line each', () => {
    const { config, problems } = resolveConfig([
      {
        rules: {
          'rest-days': 'loud',
          'quality-limit': ['warning', { maximum: 2 }],
          'gym-duration': ['info', { minutes: '90' }],
          'load-ramp': ['warning', { ratio: 0.5 }],
          'hard-same-day': ['warning', { max: 1 }],
          'gym-frequency': [],
        },
      },
    ]);
    assert.deepEqual(problems, [
      "Rule 'rest-days': severity must be one of off, info, warning, error, not 'loud'",
      "Rule 'quality-limit': unknown option 'maximum' — options: max",
      "Rule 'gym-duration': option 'minutes' must be a number, not '90'",
      "Rule 'load-ramp': option 'ratio' must be at least 1 (got 0.5)",
      "Rule 'hard-same-day': unknown option 'max' — it has no options",
      'Rule \'gym-frequency\': expected "severity" or ["severity", {options}], not an array of 0',
    ]);
    assert.equal(config['rest-days'].severity, 'warning', 'a bad setting leaves the default');
    assert.equal(config['gym-duration'].options.minutes, 75);
    assert.equal(config['load-ramp'].options.ratio, 1.5);
  });

  it('reports a misspelled top-level key, and accepts "$schema"', () => {
    const { config, problems } = resolveConfig([{ rulez: { 'quality-limit': 'off' } }, { $schema: './schemas/hybridrc.schema.json', rules: {} }]);
    assert.deepEqual(problems, [`Unknown key 'rulez' in the configuration — it takes "rules", "vocabulary" (and "$schema")`]);
    assert.equal(config['quality-limit'].severity, 'warning');
  });

  it('is safe against __proto__ and constructor keys and wrong types', () => {
    const layer = JSON.parse('{"rules": {"__proto__": "error", "constructor": "off", "toString": "info"}}');
    const { config, problems } = resolveConfig([layer, 42, 'x', { rules: [] }, { rules: null }, null, undefined, { other: 1 }]);
    assert.deepEqual(problems, [
      `Unknown rule '__proto__' in rules — known rules: ${KNOWN}`,
      `Unknown rule 'constructor' in rules — known rules: ${KNOWN}`,
      `Unknown rule 'toString' in rules — known rules: ${KNOWN}`,
      'The configuration must be an object like {"rules": {...}}, not number 42',
      `The configuration must be an object like {"rules": {...}}, not 'x'`,
      "'rules' must be an object mapping rule ids to a severity, not an array",
      "'rules' must be an object mapping rule ids to a severity, not null",
      `Unknown key 'other' in the configuration — it takes "rules", "vocabulary" (and "$schema")`,
    ]);
    assert.equal(Object.getPrototypeOf(config), null);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(config['constructor' as string], undefined);
  });

  it('does not pollute option objects through __proto__ options', () => {
    const layer = JSON.parse('{"rules": {"quality-limit": ["warning", {"__proto__": {"max": 9}}]}}');
    const { config, problems } = resolveConfig([layer]);
    assert.deepEqual(problems, ["Rule 'quality-limit': unknown option '__proto__' — options: max"]);
    assert.equal(config['quality-limit'].options.max, 1);
  });

  it('tolerates a non-array argument', () => {
    assert.deepEqual(resolveConfig(undefined as unknown as unknown[]).problems, []);
  });

  it('defaultConfig returns fresh objects', () => {
    const a = defaultConfig();
    a['quality-limit'].options.max = 5;
    assert.equal(defaultConfig()['quality-limit'].options.max, 1);
  });
});

describe('parseRuleFlag', () => {
  it('parses id=severity', () => {
    assert.deepEqual(parseRuleFlag('hard-same-day=off'), { id: 'hard-same-day', severity: 'off' });
    assert.deepEqual(parseRuleFlag('rest-days=error'), { id: 'rest-days', severity: 'error' });
  });

  it('reports a malformed flag, an unknown rule and a bad severity', () => {
    assert.deepEqual(parseRuleFlag('hard-same-day'), { problem: "--rule expects <id>=off|info|warning|error, not 'hard-same-day'" });
    assert.deepEqual(parseRuleFlag('foo=off'), { problem: `Unknown rule 'foo' in --rule — known rules: ${KNOWN}` });
    assert.deepEqual(parseRuleFlag('rest-days=loud'), { problem: "--rule rest-days: severity must be one of off, info, warning, error, not 'loud'" });
  });

  it('builds a layer that resolveConfig accepts', () => {
    const { config, problems } = resolveConfig([ruleFlagsLayer([{ id: 'rest-days', severity: 'off' }])]);
    assert.deepEqual(problems, []);
    assert.equal(config['rest-days'].severity, 'off');
  });
});
