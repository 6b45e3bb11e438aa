// Settings without JSON: Configure Rules edits `.hybridrc.json` as a person would, and the per-rule settings layer.
import * as assert from 'node:assert/strict';
import { setRuleInRc, severityIn } from '../../../client/src/rcEdit';
import { resolveConfig } from '../../../server/src/engine';
import { ruleSettingsLayer } from '../../../server/src/features/settings';

describe('Configure Rules: .hybridrc.json edits', () => {
  const rc = [
    '{',
    '  // the club\'s rules',
    '  "rules": {',
    '    "quality-limit": ["warning", {"max": 2}], // two hard runs for the track group',
    '    "session-order": "off"',
    '  }',
    '}',
    '',
  ].join('\n');

  it('changes a severity in place, keeping comments, layout and options', () => {
    assert.equal(
      setRuleInRc(rc, 'quality-limit', 'error'),
      rc.replace('["warning", {"max": 2}]', '["error", {"max": 2}]'),
    );
    assert.equal(setRuleInRc(rc, 'session-order', 'info'), rc.replace('"session-order": "off"', '"session-order": "info"'));
  });

  it('adds a rule that is not there and removes one reset to its default', () => {
    const added = setRuleInRc(rc, 'rest-days', 'error');
    assert.ok(added.includes("// the club's rules") && added.includes('// two hard runs for the track group'), added);
    assert.equal(severityIn((JSON.parse(added.replace(/\/\/.*$/gm, '')) as { rules: unknown }).rules, 'rest-days'), 'error');
    const removed = setRuleInRc(rc, 'session-order', undefined);
    assert.ok(!removed.includes('session-order') && removed.includes('quality-limit'), removed);
  });

  it('writes a new file from nothing', () => {
    assert.deepEqual(JSON.parse(setRuleInRc('', 'rest-days', 'off')), { rules: { 'rest-days': 'off' } });
  });

  it('reads severities from both shapes', () => {
    assert.equal(severityIn({ a: 'info' }, 'a'), 'info');
    assert.equal(severityIn({ a: ['error', { max: 1 }] }, 'a'), 'error');
    assert.equal(severityIn({ a: 'loud' }, 'a'), undefined);
    assert.equal(severityIn(undefined, 'a'), undefined);
  });
});

describe('hybrid.rule.<id> settings', () => {
  it('layer over hybrid.rules, keeping its options; "default" leaves the rule alone', () => {
    const layer = ruleSettingsLayer({ 'quality-limit': 'error', 'rest-days': 'default' });
    assert.deepEqual(layer, { rules: { 'quality-limit': 'error' } });
    const { config, problems } = resolveConfig([{ rules: { 'quality-limit': ['warning', { max: 2 }], 'rest-days': 'info' } }, layer]);
    assert.deepEqual(problems, []);
    assert.equal(config['quality-limit']!.severity, 'error');
    assert.equal(config['quality-limit']!.options.max, 2);
    assert.equal(config['rest-days']!.severity, 'info');
    assert.equal(ruleSettingsLayer({ 'rest-days': 'default' }), undefined);
  });
});
