// The tokens of the `.hybrid` language (Chevrotain lexer). Keywords are case-insensitive and are also `Word`s, so a
// keyword can still be part of a week label or an exercise name. Everything that the grammar does not fix (session
// kinds, types, attributes) is a plain `Word` or `Quantity` and is interpreted in sessions.ts, where the plan-word
// messages and did-you-mean suggestions live.
import { createToken, Lexer, type ILexingResult, type TokenType } from 'chevrotain';

/**
 * Every token that may appear inside a session, a week label, a goal or an exercise list. Brackets, `+`, `;` and line
 * breaks are not in it: they give a statement its structure.
 */
export const Anything = createToken({ name: 'Anything', label: 'a word', pattern: Lexer.NA });

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\f\v\u00a0\ufeff]+/, group: Lexer.SKIPPED });
export const Newline = createToken({ name: 'Newline', pattern: /\r\n?|\n/, line_breaks: true });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/, group: 'comments' });

const letter = 'A-Za-z_\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
export const Word = createToken({
  name: 'Word',
  label: 'a word',
  // `w/ weights`: `w/` is one word ("with"); `w/u` and `w/weights` stay words of their own, `w/4x800m` is `w/` then the repeats.
  // A dotted abbreviation of single letters (`G.A.`, `S.E.`, `a.m.`) is one word; otherwise a full stop separates.
  // A single letter, a glued `+` and letters (`N+TC`, Nike+ Training Club) are one word: one letter names no session,
  // so that `+` separates none (`gym+run` stays two sessions). Each part of a word joined by `/` or `-` may hold an
  // apostrophe, as the first does (`Chest/Tri's`, `Back/Bi's`).
  pattern: new RegExp(`[A-Za-z]\\+[A-Za-z]+(?![${letter}0-9+])|[wW]/(?![${letter}])|(?:[A-Za-z]\\.)+[A-Za-z]\\.?(?![${letter}0-9])|[${letter}][${letter}0-9'\\u2019]*(?:[-\\u2010\\u2011/][${letter}0-9][${letter}0-9'\\u2019]*)*`),
  categories: [Anything],
});

function keyword(name: string, label: string, pattern: RegExp): TokenType {
  return createToken({ name, label, pattern, longer_alt: Word, categories: [Word, Anything] });
}

export const PlanKw = keyword('PlanKw', "'plan'", /plan/i);
export const GoalKw = keyword('GoalKw', "'goal'", /goal/i);
export const StartKw = keyword('StartKw', "'start'", /start/i);
export const PaceKw = keyword('PaceKw', "'pace'", /pace/i);
export const WeekKw = keyword('WeekKw', "'week'", /week/i);
export const DayName = keyword(
  'DayName',
  'a weekday',
  /mon(?:day)?|tue(?:sday|s)?|wed(?:nesday|s)?|thu(?:rsday|rs|r)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|mo|tu|we|th|fr|sa|su/i,
);
/** `Day 1:` … `Day 7:` (read as Mon … Sun). */
export const DayKw = keyword('DayKw', "'day'", /day/i);
export const AmPm = keyword('AmPm', "'am' or 'pm'", /am|pm/i);

function symbol(name: string, label: string, pattern: RegExp, inAnything = true): TokenType {
  return createToken({ name, label, pattern, categories: inAnything ? [Anything] : [] });
}

export const DateLiteral = symbol('DateLiteral', 'a date like 2026-12-07', /\d{4}-\d{1,2}-\d{1,2}/);
/** Any number with what is glued to it: `45min`, `1h30`, `6x800m`, `07:00`, `7am`, `80%`, `2`. */
/** A number may end in a minute or second mark (`30'`, `30"`), as coaches write times; a `"` is a second mark only when no other `"` follows on the line (else it opens a note). A `#` glued to a number and followed by a space, a comma, a bracket or the line's end is pounds (`@53#`, `95#`), as CrossFit programs write them; anywhere else `#` starts a comment. */
export const Quantity = symbol('Quantity', 'a number', /(?:\d+(?:[.:]\d+)*[\u00bc-\u00be]?|[\u00bc-\u00be])(?:[A-Za-z%]+(?:\d+(?:[.:]\d+)*)?)*(?:['\u2019\u2032\u2033]|"(?![^"\r\n]*")|#(?![^\s,;)\]/]))?/);
const NUMBER_SIGN = /#\d{1,3}(?![\w#])/y;
/** `Strength session #1`, `CPAT Circuit #2`: a number sign, `#` glued before a number, numbers a session (it started a comment that hid the rest of the line). */
export const NumberSign = createToken({
  name: 'NumberSign',
  label: 'a number like #2',
  // Only after something on its line: `#1 …` first on a line stays a comment.
  pattern: {
    exec: (text: string, offset: number): RegExpExecArray | null => {
      let before = offset - 1;
      while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
      if (before < 0 || text[before] === '\n' || text[before] === '\r') return null;
      NUMBER_SIGN.lastIndex = offset;
      return NUMBER_SIGN.exec(text);
    },
  },
  start_chars_hint: ['#'],
  line_breaks: false,
  categories: [Anything],
});
export const StringLiteral = symbol('StringLiteral', 'a text in double quotes', /"(?:[^"\\\r\n]|\\.)*"/);
export const UnterminatedString = symbol('UnterminatedString', 'a text in double quotes', /"(?:[^"\\\r\n]|\\.)*\\?/);
export const Colon = symbol('Colon', "':'", /:/);
export const Comma = symbol('Comma', "','", /,/);
export const At = symbol('At', "'@'", /@/);
export const Dash = symbol('Dash', "'-'", /[-\u2010\u2011\u2013\u2014]/);
export const Semicolon = symbol('Semicolon', "';'", /;/, false);
export const Plus = symbol('Plus', "'+'", /\+/, false);
export const LBracket = symbol('LBracket', "'['", /\[/, false);
export const RBracket = symbol('RBracket', "']'", /]/, false);
/**
 * Any other ASCII punctuation, and the marks of list items (`•`, `◦`, `▪`, `▸`, `►`, `·`): kept as a token so a message can
 * name it in context. (A complement like [^\s] would
 * switch off the lexer's first-character optimisation; rarer characters become lexer errors, reported the same way.)
 */
// (`→` in `progression (6:30 → 5:40)`, `≈`, `≤`, `≥`, `…`: prose in an aside.)
export const Other = symbol('Other', 'a character', /[!$%&'()*.\/<=>?\\^`{|}~\u2022\u25e6\u25aa\u25b8\u25ba\u00b7\u2192\u2248\u2264\u2265\u2026]/);

export const allTokens: TokenType[] = [
  Anything,
  WhiteSpace,
  Newline,
  NumberSign,
  Comment,
  StringLiteral,
  UnterminatedString,
  DateLiteral,
  Quantity,
  PlanKw,
  GoalKw,
  StartKw,
  PaceKw,
  WeekKw,
  DayName,
  DayKw,
  AmPm,
  Word,
  Semicolon,
  Plus,
  Colon,
  Comma,
  LBracket,
  RBracket,
  At,
  Dash,
  Other,
];

/** The one lexer, built once. Offsets only: lines and columns come from LineIndex. */
export const planLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true });

/**
 * Signs people type for the ASCII a plan's words use, each one UTF-16 unit for one (offsets and ranges stay those of
 * the text): the multiplication sign `×` is the `x` of repeats (`4×400m`, `4 × 400m`; it was a letter of a word), `≈` is
 * `~` ("about": `run ≈ 5 mi`), the ellipsis `…` between two numbers is the `-` of a range (`3 mi … 5 mi`), and so is
 * an arrow (`6:30 → 5:40`, a progression; `AM: 6 mi → PM: 4 mi`, the day's next outing).
 */
const TYPED_SIGNS = /[\u00d7\u2248\u2026\u2192]/g;
const ASCII_OF_SIGN: Readonly<Record<string, string>> = { '\u00d7': 'x', '\u2248': '~', '\u2026': '-', '\u2192': '-' };

/**
 * Emoji and check marks (`Mon: 💪 weights`, `Tue: 🏃‍♀️ 3 miles`, `✓ lift`, `rest 😴`): decoration a blog or a phone
 * puts in a plan. Each was "Unexpected '💪'", an error on a line a person wrote plainly; the lexer reads them as spaces
 * (the text keeps them). Pictographs with their joiners, variation selectors, keycaps and skin tones.
 */
const DECORATION = /(?:\p{Extended_Pictographic}|[\u200d\ufe0f\u20e3\u2713\u2714\u2717\u2718]|[\u{1f3fb}-\u{1f3ff}])+/gu;

/**
 * Quotation marks that only set words apart (`“Long run” 8 mi`, `run ‘easy’`, `weights 'upper body'`) and a temperature
 * (`run 3 mi, 80°`, `30 °C`): each was "Unexpected '“'" (a temperature's number, "needs a unit": `temperatures`). Curly double quotes, an opening single quote before a word and a
 * closing one after it (not an apostrophe inside a word, `Bi's`, nor a minute mark after a number, `30'`). The plan's
 * name in curly quotes (`plan “Base block”`) is its name in quotes (PLAN_NAME_QUOTES); straight double quotes keep
 * their meaning (a name or a note).
 */
const WORD_QUOTES = /[\u201c\u201d\u00b0]|[\u2018]|(?<=\p{L})['\u2019](?!\p{L})|(?<![\p{L}\d'\u2019])['\u2019](?=\p{L})/gu;
const PLAN_NAME_QUOTES = /^([ \t]*plan[ \t]*:?[ \t]*)\u201c([^\u201d\r\n]*)\u201d/gim;

/**
 * `text` with each temperature (`80°`, `30 °C`, `75°F`: a number, a space or none, the degree sign, `C` or `F` not
 * followed by a letter) as spaces. Walked by hand from each `°`: a regular expression of the number before the sign
 * backtracked over every digit of a long run of digits at each of its starts (10,000 digits: 50 million steps).
 */
function temperatures(text: string): string {
  let at = text.indexOf('\u00b0');
  if (at < 0) return text;
  let out = '';
  let done = 0;
  while (at >= 0) {
    let from = at;
    if (from > done && text.charCodeAt(from - 1) === 32) from--;
    let digits = from;
    while (digits > done && /[\d.]/.test(text.charAt(digits - 1))) digits--;
    let to = at + 1;
    if (text.charCodeAt(to) === 32 && /[FC]/.test(text.charAt(to + 1)) && !/\p{L}/u.test(text.charAt(to + 2))) to += 2;
    else if (/[FC]/.test(text.charAt(to)) && !/\p{L}/u.test(text.charAt(to + 1))) to++;
    if (digits < from && /\d/.test(text.charAt(digits))) {
      out += text.slice(done, digits) + ' '.repeat(to - digits);
      done = to;
    }
    at = text.indexOf('\u00b0', Math.max(at + 1, done));
  }
  return out + text.slice(done);
}

/**
 * The text the lexer reads: `text` with the typed signs of TYPED_SIGNS as their ASCII and its decoration (DECORATION,
 * WORD_QUOTES) as spaces (same length).
 */
export function lexable(text: string): string {
  TYPED_SIGNS.lastIndex = 0;
  let signs = TYPED_SIGNS.test(text) ? text.replace(TYPED_SIGNS, (sign) => ASCII_OF_SIGN[sign] ?? sign) : text;
  DECORATION.lastIndex = 0;
  if (DECORATION.test(signs)) signs = signs.replace(DECORATION, (marks) => ' '.repeat(marks.length));
  WORD_QUOTES.lastIndex = 0;
  if (WORD_QUOTES.test(signs)) {
    PLAN_NAME_QUOTES.lastIndex = 0;
    signs = signs.replace(PLAN_NAME_QUOTES, (_, lead: string, name: string) => `${lead}"${name}"`);
    signs = temperatures(signs).replace(WORD_QUOTES, (marks) => ' '.repeat(marks.length));
  }
  // `6 x 800's`, `8 x 1K's`: a number's plural with an apostrophe is lexed as `800ss` (the same length, one token over
  // all of it; `shortUnits` reads it as `800s`): the `'` is no minute mark — `800'` was 800 minutes.
  PLURAL_APOSTROPHE.lastIndex = 0;
  return PLURAL_APOSTROPHE.test(signs) ? signs.replace(PLURAL_APOSTROPHE, (_, number: string) => `${number}ss`) : signs;
}

/**
 * After lexing `lexable(written)`: gives texts in quotes and comments back their written characters (`plan "Yasso
 * 800's"`, `# 4×400`: they read `800ss` and `4x400`; review11b). Nothing to do when `lexable` changed nothing.
 */
export function afterLexable(written: string, read: string, lexed: ILexingResult): void {
  if (read === written) return;
  for (const token of lexed.tokens) {
    if (token.tokenType === StringLiteral || token.tokenType === UnterminatedString) {
      const image = written.slice(token.startOffset, token.startOffset + token.image.length);
      // `plan “Base block”`: the name's curly quotes were read as straight ones (PLAN_NAME_QUOTES); its words as written.
      const closed = image.length > 1 && image.charCodeAt(image.length - 1) === 0x201d;
      token.image = image.charCodeAt(0) === 0x201c ? `"${image.slice(1, closed ? -1 : undefined)}${closed ? '"' : ''}` : image;
    }
  }
  for (const comment of lexed.groups.comments ?? []) comment.image = written.slice(comment.startOffset, comment.startOffset + comment.image.length);
}

/** A number (or kilometres, `1K`) followed by `'s` or `’s` and no letter: its plural. */
const PLURAL_APOSTROPHE = /(\d[kK]?)['\u2019]s(?![A-Za-z])/g;
