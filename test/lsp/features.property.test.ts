// Every feature of the server on arbitrary text, in process: nothing throws, and what comes back is well formed
// (tokens sorted and inside their line, folds inside the document, hints and lenses on existing lines).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { formatPlan } from '../../server/src/analysis/format';
import { resolveConfig } from '../../server/src/engine';
import { type Analysis, analyzeText } from '../../server/src/features/context';
import { codeLenses } from '../../server/src/features/codeLens';
import { completionWords } from '../../server/src/features/completion';
import { totalsReport, weekAt } from '../../server/src/features/customRequests';
import { foldingRanges } from '../../server/src/features/folding';
import { hoverMarkdown } from '../../server/src/features/hover';
import { inlayHints } from '../../server/src/features/inlayHints';
import { planTokens } from '../../server/src/features/semanticTokens';
import { documentSymbols } from '../../server/src/features/symbols';

function analysisOf(text: string): Analysis {
  return analyzeText('untitled:property.hybrid', 1, text, { config: resolveConfig([]).config, problems: [] }, (error) => {
    throw error;
  });
}

const piece = fc.constantFrom(
  'Mon', 'tue', 'Wednesday', 'Th', 'week', '2-4', '3', ':', ';', '+', ' ', '  ', '\t', '\n', '\r\n', '#', '# hybrid-ignore',
  'gym', 'lower', 'heavy', 'run', 'intervals', 'long', 'easy', 'bike', 'hard', 'rest', 'rpe', '7', 'z4', '45min',
  '6x800m', '@07:00', 'am', 'pm', '"note', '"', '[', ']', ',', 'squat 5x5', '@80%', 'goal', 'balanced', 'plan', 'start',
  '2026-12-07', 'gim', '\u00e9', '\ud83c\udfc3', 'deload',
);
const planText = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('server features on arbitrary text', () => {
  it('never throw and return well-formed results', () => {
    fc.assert(
      fc.property(planText, fc.nat(), fc.nat(), (text, lineSeed, columnSeed) => {
        const analysis = analysisOf(text);
        const lineCount = analysis.lines.lineCount;
        const line = lineSeed % lineCount;
        const lineText = analysis.lines.lineText(line);
        const column = columnSeed % (lineText.length + 1);

        hoverMarkdown(analysis, { line, column });
        completionWords(lineText.slice(0, column));
        documentSymbols(analysis.plan);
        totalsReport(analysis);
        weekAt(analysis, line);
        formatPlan(analysis.plan);

        let previous = { line: -1, end: 0 };
        for (const token of planTokens(analysis.plan, analysis.lines)) {
          assert.ok(token.length > 0);
          assert.ok(token.start + token.length <= analysis.lines.lineText(token.line).length);
          assert.ok(token.line > previous.line || token.start >= previous.end, 'tokens sorted and not overlapping');
          previous = { line: token.line, end: token.start + token.length };
        }
        for (const fold of foldingRanges(analysis.plan)) assert.ok(0 <= fold.startLine && fold.startLine < fold.endLine && fold.endLine < lineCount);
        for (const lens of codeLenses(analysis)) assert.ok(lens.range.start.line < lineCount);
        for (const hint of inlayHints(analysis, 0, lineCount)) assert.ok(hint.position.line < lineCount);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300), seed: 4242 },
    );
  });
});
