// The Chevrotain grammar of one statement. The parser is built once and reused for every statement of every parse
// (`parser.input = tokens`), with error recovery on: a missing `:` or `]` is inserted virtually so the rest of the
// statement still counts. Sessions are kept as raw token lists here; sessions.ts gives them their meaning.
import { EmbeddedActionsParser, tokenMatcher, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import {
  allTokens,
  AmPm,
  Anything,
  Colon,
  DateLiteral,
  DayKw,
  DayName,
  Dash,
  GoalKw,
  LBracket,
  PaceKw,
  PlanKw,
  Plus,
  Quantity,
  RBracket,
  StartKw,
  StringLiteral,
  WeekKw,
} from './tokens';

export type RawItem = { token: IToken } | { open: IToken; items: IToken[]; close?: IToken };

export interface RawSession {
  items: RawItem[];
  /** Written after `finish with` / `end with` (parser.ts, splitSessions): the finisher of the session before it. */
  finisher?: true;
}

export type RawStatement =
  | { type: 'title'; keyword: IToken; name?: IToken; words?: IToken[] }
  | { type: 'goal'; keyword: IToken; words: IToken[] }
  | { type: 'start'; keyword: IToken; date?: IToken }
  | { type: 'pace'; keyword: IToken; words: IToken[] }
  | { type: 'week'; keyword: IToken; from?: IToken; to?: IToken; labelColon?: IToken; label: IToken[] }
  | {
      type: 'day';
      day: IToken;
      number?: IToken;
      period?: IToken;
      colon?: IToken;
      sessions: RawSession[];
      /** `double – 70 min / 30 min`, `2x: 10k + 8k`: the word that says the day's sessions are two outings (parser.ts `doubleDay`). */
      double?: IToken;
    };

/**
 * Parse errors are built as structured keys (`kind|expected|rule|previous`) and turned into plan words by
 * `describeParseError` in parser.ts, which also knows the statement's tokens and so can pick the smallest range.
 */
const keyedMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) => `mismatch|${expected.name}|${ruleName}`,
  buildNotAllInputParsedMessage: ({ ruleName }) => `redundant||${ruleName}`,
  buildNoViableAltMessage: ({ ruleName }) => `noViableAlt||${ruleName}`,
  buildEarlyExitMessage: ({ ruleName }) => `earlyExit||${ruleName}`,
};

function real(token: IToken): IToken | undefined {
  // Tokens inserted by recovery have no offsets; they stand for something missing.
  return token.isInsertedInRecovery || Number.isNaN(token.startOffset) ? undefined : token;
}

class StatementParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 2, errorMessageProvider: keyedMessages });
    this.performSelfAnalysis();
  }

  // The alternatives of an OR are built once and kept (Chevrotain's advice for speed): an array literal in the rule
  // would be a new array and new closures for every statement and every word of a session.
  private readonly statementKinds = [
    { ALT: () => this.SUBRULE(this.title) },
    { ALT: () => this.SUBRULE(this.goal) },
    { ALT: () => this.SUBRULE(this.start) },
    { ALT: () => this.SUBRULE(this.pace) },
    { ALT: () => this.SUBRULE(this.week) },
    { ALT: () => this.SUBRULE(this.day) },
  ];

  private readonly sessionItems = [
    { ALT: (): RawItem => this.SUBRULE(this.exercises) },
    { ALT: (): RawItem => ({ token: this.CONSUME(Anything) }) },
  ];

  readonly statement = this.RULE('statement', (): RawStatement | undefined => this.OR(this.statementKinds));

  private readonly title = this.RULE('title', (): RawStatement => {
    const keyword = this.CONSUME(PlanKw);
    // `plan: "Base block"`, `plan: 10K with weights`: a colon after the keyword, and a name written without quotes (the
    // rest of the line), as `goal:` takes them.
    const words: IToken[] = [];
    let name: IToken | undefined;
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Colon);
          this.AT_LEAST_ONE(() => words.push(this.OR2([{ ALT: () => this.CONSUME(Anything) }, { ALT: () => this.CONSUME(Plus) }])));
        },
      },
      { ALT: () => (name = this.CONSUME(StringLiteral)) },
    ]);
    return { type: 'title', keyword, name: this.ACTION(() => (name === undefined ? undefined : real(name))), words };
  });

  private readonly goal = this.RULE('goal', (): RawStatement => {
    const keyword = this.CONSUME(GoalKw);
    const words: IToken[] = [];
    this.OPTION(() => this.CONSUME(Colon));
    // `goal: 10k + strength`: a `+` joins two goals.
    this.AT_LEAST_ONE(() => {
      words.push(this.OR([{ ALT: () => this.CONSUME(Anything) }, { ALT: () => this.CONSUME(Plus) }]));
    });
    return { type: 'goal', keyword, words };
  });

  private readonly start = this.RULE('start', (): RawStatement => {
    const keyword = this.CONSUME(StartKw);
    this.OPTION(() => this.CONSUME(Colon));
    const date = this.CONSUME(DateLiteral);
    return { type: 'start', keyword, date: this.ACTION(() => real(date)) };
  });

  private readonly pace = this.RULE('pace', (): RawStatement => {
    const keyword = this.CONSUME(PaceKw);
    const words: IToken[] = [];
    this.OPTION(() => this.CONSUME(Colon));
    this.MANY(() => {
      words.push(this.CONSUME(Anything));
    });
    return { type: 'pace', keyword, words };
  });

  private readonly week = this.RULE('week', (): RawStatement => {
    const keyword = this.CONSUME(WeekKw);
    const from = this.CONSUME(Quantity);
    let to: IToken | undefined;
    let labelColon: IToken | undefined;
    const label: IToken[] = [];
    this.OPTION(() => {
      this.CONSUME(Dash);
      to = this.CONSUME2(Quantity);
    });
    this.OPTION2(() => {
      this.OR([
        {
          ALT: () => {
            labelColon = this.CONSUME(Colon);
            this.MANY(() => {
              label.push(this.CONSUME(Anything));
            });
          },
        },
        { ALT: () => label.push(this.CONSUME2(StringLiteral)) },
      ]);
    });
    return this.ACTION(() => ({
      type: 'week' as const,
      keyword,
      from: real(from),
      to: to && real(to),
      labelColon,
      label,
    }));
  });

  // `Day 3` keeps its number here (an OR's result is a recording placeholder while the grammar is recorded).
  private dayNumber: IToken | undefined;
  private readonly dayForms = [
    { ALT: (): IToken => this.CONSUME(DayName) },
    {
      ALT: (): IToken => {
        const word = this.CONSUME(DayKw);
        this.dayNumber = this.CONSUME2(Quantity);
        return word;
      },
    },
  ];

  private readonly day = this.RULE('day', (): RawStatement => {
    this.dayNumber = undefined;
    const day = this.OR(this.dayForms);
    const number = this.dayNumber as IToken | undefined;
    let period: IToken | undefined;
    this.OPTION(() => {
      period = this.CONSUME(AmPm);
    });
    const colon = this.CONSUME(Colon);
    const sessions: RawSession[] = [];
    sessions.push(this.SUBRULE(this.session));
    if (!this.RECORDING_PHASE) {
      // `+` after `+`: an empty session, recovered here as Chevrotain would (one early-exit error, no session) without
      // its exception and follow-set search per `+` (issue 16: a line of 100,000 `+` took seconds).
      while (tokenMatcher(this.LA(1), Plus) && tokenMatcher(this.LA(2), Plus)) {
        this.CONSUME(Plus);
        this.recordFirst({ name: 'EarlyExitException', message: 'earlyExit||session' });
        sessions.push(undefined as unknown as RawSession);
      }
    }
    this.MANY(() => {
      this.CONSUME(Plus);
      sessions.push(this.SUBRULE2(this.session));
    });
    return this.ACTION(() => ({
      type: 'day' as const,
      day,
      number: number && real(number),
      period,
      colon: real(colon),
      sessions: sessions.filter((session) => session !== undefined && session.items.length > 0),
    }));
  });

  private readonly session = this.RULE('session', (): RawSession => {
    const items: RawItem[] = [];
    if (!this.RECORDING_PHASE && this.bracketsClose && startsItem(this.LA(1))) {
      // The AT_LEAST_ONE below, read by hand (no lookahead function and closure call per word): it ends at a `+` or the
      // statement's end, where Chevrotain's loop ends without recovery; a stray `]` takes the recorded path instead.
      do {
        items.push(tokenMatcher(this.LA(1), LBracket) ? this.SUBRULE(this.exercises) : { token: this.CONSUME(Anything) });
      } while (startsItem(this.LA(1)));
      return { items };
    }
    this.AT_LEAST_ONE(() => {
      items.push(this.OR(this.sessionItems));
    });
    return { items };
  });

  private readonly exercises = this.RULE('exercises', (): RawItem => {
    const open = this.CONSUME(LBracket);
    const items: IToken[] = [];
    if (this.RECORDING_PHASE) {
      this.MANY(() => {
        items.push(this.CONSUME(Anything));
      });
    } else {
      // The MANY above, read by hand: on its way out Chevrotain's MANY searches the follow set whenever the next token
      // is not `]`, and so does its recovery of the missing `]` — about 0.1 ms each (issue 16: a line of 10,000 `[`
      // took a second). A `]` missing before another `[` or a `+` is recovered here as Chevrotain would (one
      // mismatch error, `]` inserted); anything else goes through Chevrotain's own recovery, as before.
      while (tokenMatcher(this.LA(1), Anything)) items.push(this.CONSUME(Anything));
      const next = this.LA(1);
      if (tokenMatcher(next, LBracket) || tokenMatcher(next, Plus)) {
        this.recordFirst({ name: 'MismatchedTokenException', message: 'mismatch|RBracket|exercises' });
        return { open, items, close: undefined };
      }
      if (!tokenMatcher(next, RBracket)) {
        // The same MANY (idx 1) as recorded: with nothing to repeat it goes straight to its recovery.
        this.MANY(() => {
          items.push(this.CONSUME(Anything));
        });
      }
    }
    const close = this.CONSUME(RBracket);
    return { open, items, close: this.ACTION(() => real(close)) };
  });

  /** Whether every `]` of the statement closes an exercise list (`noStrayClose`): then `session` reads by hand. */
  private bracketsClose = false;

  /** The statement's first error, when it is one recovered here (see `exercises` and `day`). */
  private firstError: IRecognitionException | undefined;
  /** Whether an error was recovered here in this statement already (only the first can be the statement's first). */
  private recovered = false;

  /** An error at the next token, as Chevrotain would have saved it (only the statement's first error is reported). */
  private recordFirst(error: { name: string; message: string }): void {
    if (this.recovered) return;
    this.recovered = true;
    if (this.errors.length > 0) return;
    this.firstError = {
      ...error,
      token: this.LA(1),
      previousToken: this.LA(0),
      resyncedTokens: [],
      context: { ruleStack: [], ruleOccurrenceStack: [] },
    } as IRecognitionException & { previousToken: IToken };
  }

  /** Parses one statement's tokens: the statement as read, and its first error (the only one reported). */
  read(tokens: IToken[]): { statement: RawStatement | undefined; error: IRecognitionException | undefined } {
    this.input = tokens;
    this.bracketsClose = noStrayClose(tokens);
    this.firstError = undefined;
    this.recovered = false;
    const statement = this.statement();
    return { statement, error: this.firstError ?? this.errors[0] };
  }
}

/** A word or an exercise list: what a session's items start with. */
function startsItem(token: IToken): boolean {
  return tokenMatcher(token, Anything) || tokenMatcher(token, LBracket);
}

/**
 * Whether no `]` of a statement's tokens is left over for a session to meet: each closes the `[` before it (the
 * `exercises` rule reads to the first `]`, and ends without one at another `[` or a `+`).
 */
function noStrayClose(tokens: readonly IToken[]): boolean {
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i].tokenType;
    if (type === LBracket) open = true;
    else if (type === RBracket) {
      if (!open) return false;
      open = false;
    } else if (type === Plus) open = false;
  }
  return true;
}

/** The one parser instance. */
export const statementParser = new StatementParser();

/** The token types a statement may start with. */
export const statementStarts: ReadonlySet<TokenType> = new Set([PlanKw, GoalKw, StartKw, PaceKw, WeekKw, DayName, DayKw]);

