// "Add 'X' to the vocabulary as …" over real JSON-RPC: the actions offered on an unknown session word, the edit of
// `.hybridrc.json` (created next to the plan, or the found one with its comments kept), applied as a client applies
// it, and the plan checked again with the new word; the command the server carries out for clients without the edit.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClientCapabilities, CodeAction, Command, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { buildServer, LspClient, vscodeLikeCapabilities } from './client';
import { withVocabularyEntry } from '../../server/src/features/vocabulary';
import { messageText } from './messageText';

const PLAN = ['goal: balanced', 'Mon: gym upper heavy', 'Tue: run easy 40min', 'Sat: spartan 60min', 'Sun: rest', ''].join('\n');
const ALL_PHRASES = ['sport hard', 'sport easy', 'conditioning', 'cross', 'gym', 'run easy'];

function offsetAt(text: string, line: number, character: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset + character;
}

function applyTextEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start.line, b.range.start.character) - offsetAt(text, a.range.start.line, a.range.start.character));
  for (const edit of sorted) {
    text = text.slice(0, offsetAt(text, edit.range.start.line, edit.range.start.character)) + edit.newText + text.slice(offsetAt(text, edit.range.end.line, edit.range.end.character));
  }
  return text;
}

/** Applies a WorkspaceEdit to disk the way an editor does: create files, then text edits. Returns the files touched. */
function applyToDisk(edit: WorkspaceEdit): string[] {
  const touched: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      assert.equal(change.kind, 'create');
      const file = fileURLToPath(change.uri);
      if (!existsSync(file)) writeFileSync(file, '');
      continue;
    }
    const file = fileURLToPath(change.textDocument.uri);
    writeFileSync(file, applyTextEdits(readFileSync(file, 'utf8'), change.edits as TextEdit[]));
    touched.push(file);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const file = fileURLToPath(uri);
    writeFileSync(file, applyTextEdits(readFileSync(file, 'utf8'), edits));
    touched.push(file);
  }
  return touched;
}

describe('language server: "Add \'X\' to the vocabulary as …"', function () {
  this.timeout(30000);
  let folder: string;

  before(() => buildServer());
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'hybrid-vocabulary-'));
    mkdirSync(join(folder, '.git'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  async function session(capabilities: ClientCapabilities, planPath: string, text = PLAN) {
    const client = new LspClient();
    await client.initialize(capabilities);
    const uri = pathToFileURL(planPath).toString();
    const published = client.nextDiagnostics(uri);
    await client.open(uri, text);
    const diagnostics = (await published).diagnostics;
    const unknown = diagnostics.find((d) => d.code === 'syntax' && messageText(d.message).startsWith("Unknown session 'spartan'"));
    assert.ok(unknown, JSON.stringify(diagnostics.map((d) => d.message)));
    const actions = await client.request<(CodeAction | Command)[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown], only: ['quickfix'] },
    });
    const vocabulary = actions.filter((a) => a.title.startsWith("Add 'spartan'"));
    return { client, uri, unknown, vocabulary };
  }

  const withCreate = (): ClientCapabilities => {
    const capabilities = vscodeLikeCapabilities();
    capabilities.workspace!.workspaceEdit = { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] };
    return capabilities;
  };

  /** Sends the watched-file event VS Code sends after saving, and returns the plan's next diagnostics. */
  async function rcChanged(client: LspClient, uri: string, rc: string, type: 1 | 2): Promise<Diagnostic[]> {
    const next = client.nextDiagnostics(uri);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).toString(), type }] });
    return (await next).diagnostics;
  }

  it('creates .hybridrc.json next to the plan with the chosen phrase, and the plan reads the word', async () => {
    const plan = join(folder, 'plans', 'week.hybrid');
    mkdirSync(join(folder, 'plans'));
    const { client, uri, unknown, vocabulary } = await session(withCreate(), plan);
    try {
      // `rest` takes no duration: with it the line would not read, so it is not offered.
      assert.deepEqual(vocabulary.map((a) => a.title), ALL_PHRASES.map((phrase) => `Add 'spartan' to the vocabulary as '${phrase}'`));
      const chosen = vocabulary[0] as CodeAction;
      assert.equal(chosen.kind, 'quickfix');
      assert.deepEqual(chosen.diagnostics, [unknown]);
      const rc = join(folder, 'plans', '.hybridrc.json');
      assert.deepEqual(chosen.edit!.documentChanges![0], { kind: 'create', uri: pathToFileURL(rc).toString(), options: { overwrite: false, ignoreIfExists: true } });
      assert.deepEqual(applyToDisk(chosen.edit!), [rc]);
      assert.equal(readFileSync(rc, 'utf8'), '{\n  "vocabulary": {\n    "spartan": "sport hard"\n  }\n}\n');
      const after = await rcChanged(client, uri, rc, 1);
      assert.deepEqual(after.filter((d) => d.code === 'syntax' || d.code === 'config'), []);
      const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 7 } });
      assert.match(hover.contents.value, /sport/i);
    } finally {
      await client.shutdown();
    }
  });

  it('adds to the .hybridrc.json the search finds (two folders up), keeping its comments, order and indentation', async () => {
    const rc = join(folder, '.hybridrc.json');
    const original = [
      '// My plans: the guide\'s rules, one relaxed.',
      '{',
      '    "rules": {',
      '        "rest-days": "off", // I rest by feel',
      '    },',
      '    "vocabulary": { "climbing": "sport hard" },',
      '}',
      '',
    ].join('\n');
    writeFileSync(rc, original);
    mkdirSync(join(folder, 'plans', 'spring'), { recursive: true });
    const plan = join(folder, 'plans', 'spring', 'week.hybrid');
    const { client, uri, vocabulary } = await session(vscodeLikeCapabilities(), plan);
    try {
      assert.equal(vocabulary.length, ALL_PHRASES.length);
      const chosen = vocabulary.find((a) => a.title === "Add 'spartan' to the vocabulary as 'conditioning'") as CodeAction;
      const edit = chosen.edit!;
      assert.equal(edit.documentChanges!.length, 1, 'no file created: the found one is edited');
      // What an editor needs to redo the edit on the file's unsaved text when it is open (the VS Code client does).
      assert.deepEqual(chosen.data, { vocabularyEntry: { rcUri: pathToFileURL(rc).toString(), word: 'spartan', phrase: 'conditioning' } });
      const unsaved = original.replace('{\n', '{\n    // a note not saved yet\n');
      assert.equal(
        withVocabularyEntry(unsaved, 'spartan', 'conditioning'),
        unsaved.replace('{ "climbing": "sport hard" }', '{\n        "climbing": "sport hard",\n        "spartan": "conditioning"\n    }'),
      );
      assert.deepEqual(applyToDisk(edit), [rc]);
      assert.equal(
        readFileSync(rc, 'utf8'),
        // jsonc-parser lays out the object it adds to in the file's own indentation; the rest is untouched.
        original.replace('{ "climbing": "sport hard" }', '{\n        "climbing": "sport hard",\n        "spartan": "conditioning"\n    }'),
      );
      const after = await rcChanged(client, uri, rc, 2);
      assert.deepEqual(after.filter((d) => d.code === 'syntax' || d.code === 'config'), []);
      assert.ok(!existsSync(join(folder, 'plans', 'spring', '.hybridrc.json')));
    } finally {
      await client.shutdown();
    }
  });

  it('offers nothing that would not read, and says why when the file cannot be written', async () => {
    const rc = join(folder, '.hybridrc.json');
    writeFileSync(rc, '{ "rules": ');
    const plan = join(folder, 'week.hybrid');
    const { client, vocabulary } = await session(vscodeLikeCapabilities(), plan);
    try {
      assert.deepEqual(vocabulary.map((a) => [a.title, (a as CodeAction).disabled?.reason]), [
        ["Add 'spartan' to the vocabulary", `Fix '${rc}' first: ValueExpected at line 1 column 12`],
      ]);
    } finally {
      await client.shutdown();
    }
  });

  it('without resource operations, the server writes the file itself when the command is chosen', async () => {
    const plan = join(folder, 'week.hybrid');
    const { client, uri, vocabulary } = await session(vscodeLikeCapabilities(), plan);
    try {
      const chosen = vocabulary.find((a) => a.title === "Add 'spartan' to the vocabulary as 'sport easy'") as CodeAction;
      assert.equal(chosen.edit, undefined);
      assert.equal(chosen.command!.command, 'hybrid.server.addToVocabulary');
      const next = client.nextDiagnostics(uri);
      const result = await client.request<{ applied: boolean }>('workspace/executeCommand', chosen.command);
      assert.deepEqual(result, { applied: true });
      assert.deepEqual((await next).diagnostics.filter((d) => d.code === 'syntax'), []);
      assert.equal(readFileSync(join(folder, '.hybridrc.json'), 'utf8'), '{\n  "vocabulary": {\n    "spartan": "sport easy"\n  }\n}\n');
      // A phrase the server did not offer is not written.
      const refused = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'hybrid.server.addToVocabulary', arguments: [uri, 'spartan', 'rest'] });
      assert.equal(refused.applied, false);
    } finally {
      await client.shutdown();
    }
  });
});
