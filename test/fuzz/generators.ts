// Fuzz inputs for the engine and the server features (issue 7):
// - `grammarPlan`: plans built from the productions of spec/language.md (every statement, session kind, attribute,
//   exercise list, comment and suppression), with random spelling, case, spacing, separators and line breaks, and a
//   share of near misses (out-of-range numbers, duplicated attributes, misspelt words, unterminated strings);
// - `mutatedExample`: the example plans and test fixtures with 1–8 byte-level mutations (deletions, duplications,
//   random Unicode including lone surrogates, control characters, CR/LF/BOM mixes, 10,000-character lines, swapped
//   lines, inserted keywords);
// - `fuzzInput`: both, two grammar plans for one mutation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const ROOT = join(__dirname, '..', '..');

function planFilesIn(directory: string): string[] {
  try {
    return readdirSync(join(ROOT, directory))
      .filter((name) => name.endsWith('.hybrid'))
      .sort()
      .map((name) => readFileSync(join(ROOT, directory, name), 'utf8'));
  } catch {
    return [];
  }
}

/** Seeds for the mutator: every example plan and the plan fixtures of the tests. */
export const SEED_PLANS: readonly string[] = [
  ...planFilesIn('examples'),
  ...planFilesIn('test/e2e/fixtures'),
  ...planFilesIn('test/unit/export/fixtures'),
  'Mon: gym upper heavy; Tue: run intervals',
  '',
];

// ---------------------------------------------------------------------------------------------------------------
// Grammar-aware plans

const int = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max });

/** A word as written: lower, UPPER or Capitalised. */
function spelled(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...words), fc.constantFrom<'lower' | 'upper' | 'capital'>('lower', 'lower', 'lower', 'upper', 'capital'))
    .map(([word, style]) => (style === 'upper' ? word.toUpperCase() : style === 'capital' ? word[0].toUpperCase() + word.slice(1) : word));
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MISSPELT = ['gim', 'rn', 'intervls', 'Mnday', 'weak', 'goall', 'hevy', 'lng', 'rpee', 'bik', 'restt', 'x', 'tempoo'];
const FOCUS = ['upper', 'lower', 'full', 'push', 'pull', 'legs', 'core', 'upperbody', 'lowerbody', 'fullbody', 'upper-body', 'full-body'];
const INTENSITY = ['heavy', 'moderate', 'light'];
const RUN_TYPES = ['easy', 'recovery', 'long', 'tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race'];
const CROSS = ['bike', 'swim', 'row', 'walk', 'hike', 'mobility', 'yoga'];
const EXERCISES = ['squat', 'back squat', 'deadlift', 'rdl', 'bench press', 'lunge', 'split squat', 'leg press', 'hip thrust', 'pull up', 'plank', 'row', 'ohp'];
const RULE_IDS = [
  'hard-same-day', 'hard-after-heavy-legs', 'back-to-back-hard', 'same-day-spacing', 'session-order', 'rest-days',
  'quality-limit', 'easy-run-too-hard', 'all-runs-hard', 'gym-frequency', 'run-frequency', 'gym-duration', 'main-goal',
  'goal-switching', 'running-focus-volume', 'long-run-spike', 'load-ramp', 'week-order', 'no-such-rule',
];

const noteText = fc
  .string({ maxLength: 12, unit: fc.constantFrom('a', 'b', ' ', '"', '\\', 'é', '🏃', '<', '>', '&', '\u202e', '\t') })
  .map((text) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`);

const duration = fc.oneof(
  int(0, 400).map((n) => `${n}min`),
  int(1, 400).map((n) => `${n}mins`),
  int(0, 30).map((h) => `${h}h`),
  fc.tuple(int(0, 9), int(0, 99)).map(([h, m]) => `${h}h${m}`),
  fc.tuple(int(0, 9), int(0, 99)).map(([h, m]) => `${h}h${m}min`),
  fc.tuple(int(0, 9), int(0, 99)).map(([h, m]) => `${h}h${m}m`),
);
const distance = fc.oneof(
  int(0, 300).map((n) => `${n}km`),
  int(0, 100).map((n) => `${n}k`),
  int(0, 20000).map((n) => `${n}m`),
  fc.tuple(int(0, 99), int(0, 9)).map(([a, b]) => `${a}.${b}km`),
  int(0, 200).map((n) => `${n}mi`),
);
const repeats = fc.oneof(
  fc.tuple(int(0, 40), int(1, 3000)).map(([c, m]) => `${c}x${m}m`),
  fc.tuple(int(0, 40), int(1, 10)).map(([c, k]) => `${c}x${k}km`),
  fc.tuple(int(0, 40), int(1, 30)).map(([c, m]) => `${c}x${m}min`),
  fc.tuple(int(0, 40), int(0, 30)).map(([c, r]) => `${c}x${r}`),
);
const timeOfDay = fc.oneof(
  fc.tuple(int(0, 30), int(0, 70)).map(([h, m]) => `@${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.tuple(int(0, 14), fc.constantFrom('am', 'pm', 'AM')).map(([h, p]) => `@${h}${p}`),
  fc.constantFrom('am', 'pm', 'AM', 'Pm'),
);
const effort = fc.oneof(int(0, 12).map((n) => `rpe ${n}`), int(0, 6).map((n) => `z${n}`), fc.constantFrom('rpe', 'rpe 7.5', 'Z4'));
const attribute = fc.oneof(duration, distance, repeats, timeOfDay, effort, noteText);
const attributes = fc.array(attribute, { maxLength: 4 }).map((list) => list.join(' '));

const load = fc.oneof(
  int(0, 150).map((n) => `@${n}%`),
  int(0, 400).map((n) => `@${n}kg`),
  int(0, 600).map((n) => `@${n}lb`),
  int(0, 11).map((n) => `@rpe ${n}`),
);
const exercise = fc
  .tuple(fc.constantFrom(...EXERCISES), fc.option(fc.tuple(int(0, 12), fc.oneof(int(0, 30).map(String), int(1, 120).map((s) => `${s}s`)))), fc.option(load))
  .map(([name, scheme, weight]) => [name, scheme ? `${scheme[0]}x${scheme[1]}` : '', weight ?? ''].filter(Boolean).join(' '));
const exerciseList = fc
  .tuple(fc.array(exercise, { maxLength: 4 }), fc.constantFrom(']', ']', ']', ''))
  .map(([list, close]) => `[${list.join(', ')}${close}`);

const gym = fc
  .tuple(
    spelled(['gym', 'gym', 'lift']),
    fc.option(spelled(FOCUS)),
    fc.option(spelled(INTENSITY)),
    attributes,
    fc.option(exerciseList, { freq: 3 }),
  )
  .map((parts) => parts.filter((part) => part !== null && part !== '').join(' '));
const bareFocus = fc.tuple(spelled(FOCUS), fc.option(spelled(INTENSITY)), attributes).map((parts) => parts.filter(Boolean).join(' '));
const run = fc.tuple(spelled(['run']), fc.option(spelled(RUN_TYPES)), attributes).map((parts) => parts.filter(Boolean).join(' '));
const cross = fc
  .tuple(spelled(CROSS), fc.option(spelled(['easy', 'hard'])), attributes)
  .map((parts) => parts.filter(Boolean).join(' '));
const rest = spelled(['rest', 'off']);
const session = fc.oneof(
  { weight: 4, arbitrary: gym },
  { weight: 4, arbitrary: run },
  { weight: 2, arbitrary: cross },
  { weight: 2, arbitrary: rest },
  { weight: 1, arbitrary: bareFocus },
  { weight: 1, arbitrary: fc.constantFrom(...MISSPELT, '', '+', '[', ']', '@', '"') },
);

const trailingComment = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('  # note', ' #', '# 🏋️ heavy') },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...RULE_IDS), { maxLength: 3 }).map((ids) => `  # hybrid-ignore ${ids.join(' ')}`.trimEnd()) },
);

const dayLine = fc
  .tuple(
    spelled(DAYS),
    fc.constantFrom('', '', '', ' am', ' pm'),
    fc.constantFrom(':', ':', ':', ': ', ' :', ''),
    fc.array(session, { minLength: 1, maxLength: 3 }),
    fc.constantFrom(' + ', '+', ' +', '  +  '),
    trailingComment,
  )
  .map(([day, period, colon, sessions, plus, comment]) => `${day}${period}${colon} ${sessions.join(plus)}${comment}`);

const weekNumber = fc.oneof({ weight: 8, arbitrary: int(1, 16) }, { weight: 1, arbitrary: fc.constantFrom(0, 99, 520, 521, 99999) });
const weekHeader = fc
  .tuple(
    spelled(['week']),
    weekNumber,
    fc.option(fc.oneof({ weight: 4, arbitrary: int(1, 20) }, { weight: 1, arbitrary: fc.constantFrom(0, 520, 600) })),
    fc.constantFrom('-', '-', '–', ' - '),
    fc.constantFrom('', ': deload', ': build 2', ' "Taper"', ' "unterminated', ':'),
  )
  .map(([word, from, to, dash, label]) => `${word} ${from}${to === null ? '' : `${dash}${to}`}${label}`);

const statementLine = fc.oneof(
  { weight: 1, arbitrary: noteText.map((name) => `plan ${name}`) },
  { weight: 1, arbitrary: fc.tuple(spelled(['goal']), fc.constantFrom(':', ''), fc.array(spelled(['strength', 'running', 'balanced', 'fun']), { minLength: 0, maxLength: 2 })).map(([g, c, goals]) => `${g}${c} ${goals.join(', ')}`) },
  { weight: 1, arbitrary: fc.tuple(int(1999, 2100), int(0, 13), int(0, 32)).map(([y, m, d]) => `start: ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) },
  { weight: 2, arbitrary: weekHeader },
  { weight: 1, arbitrary: fc.constantFrom('# a comment', '#', '', '', '   ', '# hybrid-ignore-file hard-same-day rest-days', '# hybrid-ignore-file', ';', ';;') },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...RULE_IDS), { maxLength: 2 }).map((ids) => `# hybrid-ignore-file ${ids.join(' ')}`) },
);

const line = fc.oneof(
  { weight: 8, arbitrary: dayLine },
  { weight: 3, arbitrary: statementLine },
  { weight: 1, arbitrary: fc.array(fc.oneof(dayLine, statementLine), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('; ')) },
);

const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r');

/** A plan in the language's own words (with near misses), 0–40 lines. */
export const grammarPlan: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('', '', '', '  ', '\t'), line, lineBreak), { maxLength: 40 }),
    fc.constantFrom('', '', '', '', '\ufeff'),
    fc.boolean(),
  )
  .map(([lines, bom, finalBreak]) => {
    const text = lines.map(([indent, body, eol]) => indent + body + eol).join('');
    return bom + (finalBreak ? text : text.replace(/(\r\n|\r|\n)$/, ''));
  });

// ---------------------------------------------------------------------------------------------------------------
// Byte-level mutations

const HOSTILE_CHARS = [
  '\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029',
  '\ufeff', '\ufffd', '\ufffe', '\u200b', '\u200d', '\u202e', '\ud800', '\udfff', '\ud83c', '\udfc3', '🏃', '🏋️‍♀️', 'é',
  'e\u0301', 'ﬁ', 'İ', 'ß', '𝟗', '٣', '\t', '\r', '\n', '\r\n', '"', '\\', '#', ';', '+', ':', '[', ']', '@', '-', '–',
];
const TOKENS = [
  'Mon:', 'tue:', 'Sunday:', 'week 2-4', 'week 3:', 'goal: running', 'plan "x"', 'start: 2026-12-07', 'gym lower heavy',
  'run intervals 6x800m', 'run long 2h', 'bike hard', 'rest', 'rpe 9', 'z5', '@07:00', 'am', 'pm', '45min', '10km',
  '[squat 5x5 @80%]', '# hybrid-ignore', '# hybrid-ignore-file', ' + ', '; ', '"', 'week 1-520', 'week 999999999',
  '99999999999999999999min', '1e308km', 'NaNkm', '0x10', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

export type Mutation =
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'lineBreaks'; style: 'crlf' | 'cr' | 'lf' | 'mixed' }
  | { op: 'bom'; where: 'start' | 'twice' | 'middle'; at: number }
  | { op: 'longLine'; at: number; unit: string; count: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'flipCase'; at: number; length: number }
  | { op: 'truncate'; at: number };

const position = fc.nat({ max: 1_000_000 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: position, length: int(1, 200) }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, length: int(1, 300), to: position }),
  fc.record({ op: fc.constant('insert' as const), at: position, text: fc.constantFrom(...HOSTILE_CHARS) }),
  fc.record({ op: fc.constant('insert' as const), at: position, text: fc.constantFrom(...TOKENS) }),
  fc.record({ op: fc.constant('insert' as const), at: position, text: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ op: fc.constant('lineBreaks' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'lf' as const, 'mixed' as const) }),
  fc.record({ op: fc.constant('bom' as const), where: fc.constantFrom('start' as const, 'twice' as const, 'middle' as const), at: position }),
  fc.record({
    op: fc.constant('longLine' as const),
    at: position,
    // Issue 16's shapes too: hard sessions stacked on one day, easy runs on one line, a week written again and again.
    unit: fc.constantFrom('a', '+', ';', ' ', '#', '"', '[', 'run ', 'gym heavy + ', 'Mon: rest; ', '9', 'é', '🏃', 'gym legs heavy + run intervals @07:00 + ', 'run easy + ', '\nweek 1\nMon: run long 90min', '\nweek 1-520\nMon: run', '[ '),
    count: fc.constantFrom(10_000, 10_000, 2_500, 500),
  }),
  fc.record({ op: fc.constant('swapLines' as const), a: position, b: position }),
  fc.record({ op: fc.constant('flipCase' as const), at: position, length: int(1, 80) }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
);

/** Applies one mutation; positions wrap around the text's length. */
export function mutate(text: string, m: Mutation): string {
  const at = (value: number): number => (text.length === 0 ? 0 : value % (text.length + 1));
  switch (m.op) {
    case 'delete': {
      const start = at(m.at);
      return text.slice(0, start) + text.slice(start + m.length);
    }
    case 'duplicate': {
      const start = at(m.at);
      const piece = text.slice(start, start + m.length);
      const to = at(m.to);
      return text.slice(0, to) + piece + text.slice(to);
    }
    case 'insert': {
      const start = at(m.at);
      return text.slice(0, start) + m.text + text.slice(start);
    }
    case 'lineBreaks': {
      const lines = text.split(/\r\n|\r|\n/);
      if (m.style !== 'mixed') return lines.join(m.style === 'crlf' ? '\r\n' : m.style === 'cr' ? '\r' : '\n');
      const breaks = ['\n', '\r\n', '\r'];
      return lines.reduce((out, line, index) => (index === 0 ? line : out + breaks[index % 3] + line), '');
    }
    case 'bom':
      if (m.where === 'start') return `\ufeff${text}`;
      if (m.where === 'twice') return `\ufeff\ufeff${text}`;
      return text.slice(0, at(m.at)) + '\ufeff' + text.slice(at(m.at));
    case 'longLine': {
      const start = at(m.at);
      const long = m.unit.repeat(Math.ceil(m.count / m.unit.length)).slice(0, m.count);
      return `${text.slice(0, start)}\n${long}\n${text.slice(start)}`;
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'flipCase': {
      const start = at(m.at);
      const piece = text.slice(start, start + m.length);
      const flipped = [...piece].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
      return text.slice(0, start) + flipped + text.slice(start + m.length);
    }
    case 'truncate':
      return text.slice(0, at(m.at));
  }
}

/** An example plan or fixture with 1–8 mutations. */
export const mutatedExample: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SEED_PLANS), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([seed, mutations]) => mutations.reduce(mutate, seed));

/** A grammar plan with a few mutations on top (valid structure, hostile detail). */
export const mutatedGrammarPlan: fc.Arbitrary<string> = fc
  .tuple(grammarPlan, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([plan, mutations]) => mutations.reduce(mutate, plan));

/** Every kind of fuzz input. */
export const fuzzInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: grammarPlan },
  { weight: 2, arbitrary: mutatedExample },
  { weight: 1, arbitrary: mutatedGrammarPlan },
);
