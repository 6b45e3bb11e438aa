// Each rule's page: the bad example fires the rule, the good example is clean; the README table follows the registry.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../../server/src/language/parser';
import { checkPlan, rules } from '../../../server/src/rules/registry';

const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

function example(page: string, heading: 'Bad' | 'Good'): string {
  const match = new RegExp(`## ${heading}\\n\\n\`\`\`hybrid\\n([\\s\\S]*?)\`\`\``).exec(page);
  assert.ok(match, `a ${heading} example`);
  return match[1];
}

describe('docs/rules', () => {
  it('has a page for every rule and no other', () => {
    const pages = readdirSync(DOCS).filter((f) => f !== 'README.md').sort();
    assert.deepEqual(pages, rules.map((r) => `${r.meta.id}.md`).sort());
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    describe(id, () => {
      const page = readFileSync(join(DOCS, `${id}.md`), 'utf8');

      it('the bad example fires the rule', () => {
        const found = checkPlan(parsePlan(example(page, 'Bad')));
        assert.ok(found.some((d) => d.rule === id), `diagnostics: ${found.map((d) => d.rule).join(', ')}`);
        assert.ok(!found.some((d) => d.rule === 'syntax'));
      });

      it('the good example has no diagnostic at all', () => {
        const found = checkPlan(parsePlan(example(page, 'Good')));
        assert.deepEqual(found.map((d) => `${d.rule}: ${d.message}`), []);
      });

      it('documents every option with its default', () => {
        for (const option of rule.meta.options) assert.ok(page.includes(`| \`${option.name}\` | ${option.default} |`), option.name);
      });

      it('is listed in the README table with its description', () => {
        const readme = readFileSync(join(DOCS, 'README.md'), 'utf8');
        assert.ok(readme.includes(`| [\`${id}\`](${id}.md) | `), id);
        assert.ok(readme.includes(`| ${rule.meta.description} |`), rule.meta.description);
      });
    });
  }
});
