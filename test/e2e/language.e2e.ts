// The forgiving language in a real VS Code (issue 12): a week written the way published plans write it (Day N, the
// kind word anywhere, vocabulary words, conditioning, targets, a race from the vocabulary) typed key by key at human
// speed; an unknown word taught to the plan's `.hybridrc.json` with "Add 'X' to the vocabulary as …" (Ctrl+.); the
// plan rewritten with the Source Action "Rewrite the plan in canonical form", and undone with Ctrl+Z; a second word
// taught while `.hybridrc.json` is open with unsaved changes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { current } from './hooks';
import { waitUntil, type Workbench } from './workbench';
import { endLine, typeKeys } from './human';

const FILE = 'forgiving.hybrid';

function readFile(name: string): string {
  return fs.readFileSync(path.join(current().workspace, name), 'utf8');
}

async function typeLine(workbench: Workbench, line: string, enter = true): Promise<void> {
  await typeKeys(workbench, line);
  await endLine(workbench, line, 'language-list-open-at-line-end', enter);
}

const TYPED = [
  'goal: hybrid',
  'Day 1: easy run 40min',
  'Day 2: strength heavy + 30 min cross',
  'Day 3: crossfit emom 12min',
  'Day 4: run tempo 3 x 10 min @ threshold',
  'Day 5: spartan 60min',
  'Day 6: parkrun',
  'Day 7: Rest day',
];

describe('The forgiving language in a real VS Code (code-server + Chromium)', function () {
  it('(13) a week typed in published plans\' words reads; an unknown word is added to the vocabulary with Ctrl+.', async function () {
    const { workbench, workspace } = current();
    await workbench.openFile(FILE);
    await workbench.waitForLanguageMode('Hybrid Plan');
    const before = readFile(FILE);
    await workbench.goTo(2, 1);
    TYPED.forEach((line, index) => assert.ok(index === 0 || !line.startsWith('goal')));
    for (const [index, line] of TYPED.entries()) await typeLine(workbench, line, index < TYPED.length - 1);
    await workbench.save();
    assert.equal(readFile(FILE), `${before}${TYPED.join('\n')}`);

    // `spartan` is the one word the language does not know: one error squiggle, under it.
    await workbench.waitForSquiggles('one error squiggle', (counts) => counts.error === 1);
    const spartan = await workbench.textBox('Day 5: spartan', 'spartan');
    assert.equal((await workbench.squigglesOver('error', spartan)).length, 1, 'the squiggle is under "spartan"');
    await workbench.screenshot('language-typed');

    const line = TYPED.indexOf('Day 5: spartan 60min') + 2;
    await workbench.goTo(line, 'Day 5: '.length + 3);
    const titles = await workbench.openQuickFixes();
    const offered = titles.filter((title) => title.startsWith("Add 'spartan' to the vocabulary as "));
    assert.deepEqual(offered, ['sport hard', 'sport easy', 'conditioning', 'cross', 'gym', 'run easy'].map((phrase) => `Add 'spartan' to the vocabulary as '${phrase}'`));
    await workbench.screenshot('language-vocabulary-action');
    await workbench.chooseQuickFix("Add 'spartan' to the vocabulary as 'sport hard'");

    // The client applies the edit (a new .hybridrc.json next to the plan, saved as a refactoring), the server reads
    // it, and the squiggle goes.
    const rc = path.join(workspace, '.hybridrc.json');
    const written = await waitUntil('.hybridrc.json written', () => (fs.existsSync(rc) ? fs.readFileSync(rc, 'utf8') : ''), (text) => text.length > 0);
    assert.equal(written, '{\n  "vocabulary": {\n    "spartan": "sport hard"\n  }\n}\n');
    await workbench.openFile(FILE);
    await workbench.waitForSquiggles('no error squiggle', (counts) => counts.error === 0);
    const hover = await workbench.hoverText(await workbench.textBox('Day 5: spartan', 'spartan'), (text) => /hard sport/.test(text), 'the hover of the taught word');
    assert.match(hover, /`?spartan`? reads as `?sport hard`? \(the vocabulary\)/);
  });

  it('(14) "Rewrite the plan in canonical form" (Source Action…) rewrites the wording only, and Ctrl+Z undoes it', async function () {
    const { workbench } = current();
    await workbench.openFile(FILE);
    const typed = readFile(FILE);
    await workbench.goTo(3, 1);
    await workbench.runCommand('Source Action...');
    await workbench.actionTitles();
    await workbench.screenshot('language-source-action');
    await workbench.chooseQuickFix('Rewrite the plan in canonical form');
    await workbench.save();
    const canonical = typed
      .replace('Day 1: easy run 40min', 'Day 1: run easy 40min')
      .replace('Day 2: strength heavy + 30 min cross', 'Day 2: gym heavy + cross 30min')
      .replace('Day 4: run tempo 3 x 10 min @ threshold', 'Day 4: run tempo 3x10min @ threshold')
      .replace('Day 6: parkrun', 'Day 6: race 5km')
      .replace('Day 7: Rest day', 'Day 7: rest');
    await waitUntil('the canonical plan on disk', () => readFile(FILE), (text) => text === canonical).catch(() => {
      assert.equal(readFile(FILE), canonical);
    });
    // Every session, the user's own word (`spartan`) and `crossfit emom 12min` stay as they read.
    await workbench.waitForSquiggles('no error squiggle', (counts) => counts.error === 0);
    await workbench.focusEditor();
    await workbench.page.keyboard.press('Control+z');
    await workbench.save();
    await waitUntil('the typed plan back on disk after Ctrl+Z', () => readFile(FILE), (text) => text === typed);
  });

  it('(15) a word added to the vocabulary while .hybridrc.json has unsaved changes keeps them (the edit is made on the open text)', async function () {
    const { workbench, workspace } = current();
    const rc = path.join(workspace, '.hybridrc.json');
    // Scenario 13 wrote it; a person opens it and starts a note without saving.
    assert.equal(fs.readFileSync(rc, 'utf8'), '{\n  "vocabulary": {\n    "spartan": "sport hard"\n  }\n}\n');
    await workbench.openFile('.hybridrc.json');
    await workbench.goTo(1, 2);
    await workbench.page.keyboard.press('Enter');
    await typeKeys(workbench, '// words from my club');
    await workbench.page.locator('.tabs-container .tab.dirty[data-resource-name=".hybridrc.json"]').waitFor({ state: 'visible' });

    await workbench.openFile('sumo.hybrid');
    await workbench.waitForLanguageMode('Hybrid Plan');
    await workbench.waitForSquiggles('one error squiggle', (counts) => counts.error === 1);
    await workbench.goTo(5, 'Sat: '.length + 2);
    await workbench.openQuickFixes();
    await workbench.chooseQuickFix("Add 'sumo' to the vocabulary as 'sport hard'");

    // The entry lands in the open text next to the unsaved note (an edit made from the file on disk would have
    // been applied one line off and broken the JSON); saving it writes both, and the plan reads.
    await workbench.openFile('.hybridrc.json');
    const dirty = workbench.page.locator('.tabs-container .tab.active.dirty');
    if (await dirty.count()) await workbench.save();
    const expected = '{\n  // words from my club\n  "vocabulary": {\n    "spartan": "sport hard",\n    "sumo": "sport hard"\n  }\n}\n';
    await waitUntil('.hybridrc.json with the note and both words', () => fs.readFileSync(rc, 'utf8'), (text) => text === expected).catch(() => {
      assert.equal(fs.readFileSync(rc, 'utf8'), expected);
    });
    await workbench.openFile('sumo.hybrid');
    await workbench.waitForSquiggles('no error squiggle', (counts) => counts.error === 0);
  });
});
