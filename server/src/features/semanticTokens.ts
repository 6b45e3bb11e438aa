// Semantic tokens from the plan model (full and range): statement words, weekdays, session kinds, focus,
// intensity, run types, efforts, what an event is, attributes (pace, effort targets, heart rate, EMOM/AMRAP,
// strides, drills), notes, exercises, separators and comments.
import { type SemanticTokens, SemanticTokensBuilder } from 'vscode-languageserver/node';
import type { Plan, Range } from '../engine';
import { LineIndex, rangesOverlap } from '../engine';
import type { ServerContext } from './context';

export const TOKEN_TYPES = ['keyword', 'type', 'enumMember', 'number', 'string', 'comment', 'function', 'operator', 'property'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const TOKEN_MODIFIERS: string[] = [];

export interface PlanToken {
  line: number;
  start: number;
  length: number;
  type: TokenType;
}

/** Every token of the plan, sorted, on one line each, never overlapping. */
export function planTokens(plan: Plan, lines = new LineIndex(plan.text)): PlanToken[] {
  const found: PlanToken[] = [];
  const text = plan.text;
  const add = (range: Range | undefined, type: TokenType): void => {
    if (!range || range.start.line !== range.end.line || range.end.column <= range.start.column) return;
    found.push({ line: range.start.line, start: range.start.column, length: range.end.column - range.start.column, type });
  };
  const slice = (range: Range): string => text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
  /** Each run of characters matching `pattern` inside `range` (a day written as a list spans lines: each on its own). */
  const each = (range: Range, pattern: RegExp, type: TokenType | ((match: string) => TokenType)): void => {
    const source = slice(range);
    const from = range.start.line === range.end.line ? -1 : lines.offsetAt(range.start);
    for (const match of source.matchAll(pattern)) {
      const kind = typeof type === 'function' ? type(match[0]) : type;
      if (from >= 0) {
        add(lines.rangeOf(from + (match.index ?? 0), from + (match.index ?? 0) + match[0].length), kind);
        continue;
      }
      const column = range.start.column + (match.index ?? 0);
      add({ start: { line: range.start.line, column }, end: { line: range.start.line, column: column + match[0].length } }, kind);
    }
  };
  const firstWord = (range: Range): void => {
    const word = /^\S+?(?=[\s:"]|$)/.exec(slice(range));
    if (word) add({ start: range.start, end: { line: range.start.line, column: range.start.column + word[0].length } }, 'keyword');
  };

  for (const comment of plan.comments) add(comment.range, 'comment');
  for (const statement of plan.statements) {
    switch (statement.type) {
      case 'title':
        firstWord(statement.range);
        // `plan: 10K with weights`: a name without quotes is the rest of the statement after the colon.
        if (slice(statement.range).includes('"')) each(statement.range, /"(?:[^"\\]|\\.)*"?/g, 'string');
        else each(statement.range, /(?<=:\s*)\S(?:.*\S)?/g, 'string');
        break;
      case 'goal':
        firstWord(statement.range);
        for (const goal of statement.goals) add(goal.range, 'enumMember');
        break;
      case 'start':
        firstWord(statement.range);
        add(statement.dateRange, 'number');
        break;
      case 'pace':
        firstWord(statement.range);
        add(statement.valueRange, 'number');
        break;
      case 'week':
        firstWord(statement.range);
        add(statement.numberRange, 'number');
        add(statement.label?.range, 'string');
        break;
      case 'day': {
        add(statement.dayRange, 'function');
        const sessions = statement.sessions;
        sessions.forEach((session, index) => {
          add(session.keywordRange, 'keyword');
          if (session.kind === 'gym') {
            add(session.focusRange, 'type');
            add(session.intensityRange, 'enumMember');
            for (const exercise of session.exercises) {
              add(exercise.nameRange, 'property');
              each({ start: exercise.nameRange.end, end: exercise.range.end }, /[^\s@]\S*/g, (match) => (/^rpe$/i.test(match) ? 'property' : 'number'));
            }
          } else if (session.kind === 'run') add(session.runTypeRange, 'enumMember');
          else if (session.kind === 'cross' || session.kind === 'conditioning' || session.kind === 'sport') add(session.effortRange, 'enumMember');
          else if (session.kind === 'event' && session.what && !rangesOverlap(session.what.range, session.keywordRange)) add(session.what.range, 'enumMember');
          const { duration, distance, repeats, time, rpe, zone, note, pace, effortTarget, heartRate, workFormat, strides, drills } = session.attributes;
          for (const attribute of [duration, distance, repeats, time, zone, pace]) add(attribute?.range, 'number');
          // `rpe 6-7`, `hr < 150`, `EMOM 12min`: the word is a property, the numbers are numbers.
          for (const attribute of [rpe, heartRate, workFormat]) {
            if (attribute) each(attribute.range, /[A-Za-z]+|\d[\w.:-]*/g, (match) => (/^\d/.test(match) ? 'number' : 'property'));
          }
          add(effortTarget?.range, 'enumMember');
          for (const extra of [strides, drills]) if (extra && !rangesOverlap(extra.range, session.keywordRange)) each(extra.range, /[A-Za-z]+|\d[\w.]*/g, (match) => (/^\d/.test(match) ? 'number' : 'property'));
          add(note?.range, 'string');
          const next = sessions[index + 1];
          if (next) each({ start: session.range.end, end: next.range.start }, /\+/g, 'operator');
        });
        break;
      }
    }
  }
  found.sort((a, b) => a.line - b.line || a.start - b.start);
  const tokens: PlanToken[] = [];
  for (const token of found) {
    const last = tokens[tokens.length - 1];
    if (last && last.line === token.line && token.start < last.start + last.length) continue;
    tokens.push(token);
  }
  return tokens;
}

function encode(tokens: PlanToken[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const token of tokens) builder.push(token.line, token.start, token.length, TOKEN_TYPES.indexOf(token.type), 0);
  return builder.build();
}

export function registerSemanticTokens(ctx: ServerContext): void {
  ctx.declare((client) =>
    client.textDocument?.semanticTokens
      ? {
          semanticTokensProvider: {
            legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: TOKEN_MODIFIERS },
            full: true,
            range: true,
          },
        }
      : {},
  );
  ctx.connection.languages.semanticTokens.on((params) =>
    ctx.guard<SemanticTokens>('textDocument/semanticTokens/full', { data: [] }, async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      return analysis ? encode(planTokens(analysis.plan, analysis.lines)) : { data: [] };
    }),
  );
  ctx.connection.languages.semanticTokens.onRange((params) =>
    ctx.guard<SemanticTokens>('textDocument/semanticTokens/range', { data: [] }, async () => {
      const analysis = await ctx.analyze(params.textDocument.uri);
      if (!analysis) return { data: [] };
      const { start, end } = params.range;
      return encode(planTokens(analysis.plan, analysis.lines).filter((token) => token.line >= start.line && token.line <= end.line));
    }),
  );
}
