// A `"word": "phrase"` entry added to the `vocabulary` of a `.hybridrc.json` text, comments and layout kept
// (jsonc-parser). Shared by the server (the edit it offers, computed from the file on disk) and the VS Code client
// (the same edit computed from the file's open editor, whose unsaved text the server never sees).
import { applyEdits, type FormattingOptions, modify } from 'jsonc-parser';

/** What a "Add 'X' to the vocabulary as …" action carries in its `data`, so a client can redo its edit. */
export interface VocabularyEntryData {
  vocabularyEntry: { rcUri: string; word: string; phrase: string };
}

export function vocabularyEntryOf(data: unknown): VocabularyEntryData['vocabularyEntry'] | undefined {
  const entry = (data as Partial<VocabularyEntryData> | undefined)?.vocabularyEntry;
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { rcUri, word, phrase } = entry;
  return typeof rcUri === 'string' && typeof word === 'string' && typeof phrase === 'string' ? { rcUri, word, phrase } : undefined;
}

/** Indent and line break of an existing JSON text (two spaces and `\n` when it says nothing). */
function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

/**
 * The edits that add `"word": "phrase"` to the `vocabulary` of a `.hybridrc.json` text (undefined text: a new file),
 * as offsets into that text. Comments, order and indentation of the rest stay as written.
 */
export function vocabularyEntryEdits(text: string | undefined, word: string, phrase: string): { offset: number; length: number; content: string }[] {
  if (text === undefined || text.trim() === '') {
    const content = applyEdits('{}', modify('{}', ['vocabulary', word], phrase, { formattingOptions: formattingOf('') })) + '\n';
    return [{ offset: 0, length: text?.length ?? 0, content }];
  }
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return modify(text.slice(bom), ['vocabulary', word], phrase, { formattingOptions: formattingOf(text) }).map((edit) => ({ ...edit, offset: edit.offset + bom }));
}
