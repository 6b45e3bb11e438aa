import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ILexingResult } from 'chevrotain';
import { lexInChunks, parsePlan } from '../../../server/src/language/parser';
import { planLexer } from '../../../server/src/language/tokens';

/** Every token, comment and lexer error as (type, offset, text), with offsets into the whole text, kind by kind. */
function flatten(results: { lexed: ILexingResult; base: number }[]): { tokens: string[]; comments: string[]; errors: string[] } {
  const out = { tokens: [] as string[], comments: [] as string[], errors: [] as string[] };
  for (const { lexed, base } of results) {
    for (const token of lexed.tokens) out.tokens.push(`${token.tokenType.name} ${token.startOffset} ${token.image}`);
    for (const token of lexed.groups.comments ?? []) out.comments.push(`${token.startOffset} ${token.image}`);
    for (const error of lexed.errors) out.errors.push(`${error.offset + base} ${error.length}`);
  }
  return out;
}

const chunked = (text: string): ReturnType<typeof flatten> => {
  const results: { lexed: ILexingResult; base: number }[] = [];
  lexInChunks(text, (lexed, base) => results.push({ lexed, base }));
  return flatten(results);
};
const atOnce = (text: string): ReturnType<typeof flatten> => flatten([{ lexed: planLexer.tokenize(text), base: 0 }]);

/** Lines that put every kind of token (and lexer errors) near wherever a chunk happens to end. */
const LINES = [
  'week 3: build "block; with a semicolon"',
  'Mon: gym lower heavy 60min [squat 5x5 @80%, rdl 3x8 @100kg] + run easy 30min @18:00 # after work',
  'Tue am: run intervals 6x800m rpe 8; Wed: rest',
  'Thu: run ~ tempo ∑ 40min',
  '# hybrid-ignore hard-same-day -- planned',
  'Fri: run easy "unterminated note',
  'goal: running',
  '',
  '   ',
];

describe('lexInChunks: lexing a chunk of lines at a time', () => {
  it('gives the tokens, comments and errors of lexing the whole text at once, across many chunk boundaries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { minLength: 400, maxLength: 900 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, eol) => {
          // (Line breaks at the very top are skipped by lexInChunks: the next test covers them.)
          const text = ['plan "Chunks"', ...lines].join(eol);
          assert.deepEqual(chunked(text), atOnce(text));
        },
      ),
      { numRuns: 20, seed: 6 },
    );
  });

  it('lexes a long text in several chunks, and skips line breaks at the top', () => {
    const text = `\n\r\n\n${LINES.join('\n').repeat(200)}`;
    const bases: number[] = [];
    lexInChunks(text, (_lexed, base) => bases.push(base));
    assert.ok(text.length > 8192 * 3);
    assert.ok(bases.length >= 3, `${bases.length} chunks`);
    assert.equal(bases[0], 4);
    // Every chunk starts at the start of a line.
    for (const base of bases.slice(1)) assert.equal(text[base - 1], '\n');
  });

  it('gives a long plan the same model as a short text of the same lines at the same place', () => {
    const week = 'Mon: gym lower heavy + run intervals\nTue: run long 16km\n';
    const text = `week 1-2\n${'# filler comment line to push the weeks past the first chunks\n'.repeat(300)}${week}`;
    const plan = parsePlan(text);
    assert.equal(plan.syntaxErrors.length, 0);
    assert.equal(plan.comments.length, 300);
    assert.deepEqual(
      plan.weeks.map((w) => w.days[0]?.sessions.map((s) => [s.kind, s.range.start.line, s.range.start.column])),
      [
        [['gym', 301, 5], ['run', 301, 23]],
        [['gym', 301, 5], ['run', 301, 23]],
      ],
    );
  });
});
