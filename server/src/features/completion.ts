// Completion that knows where the cursor is: weekdays and statement words at line start, session kinds after
// `:` or `+`, focus and intensity after `gym`, run types after `run`, effort after a cross activity, attributes
// after a session, goals after `goal:`, exercises inside `[ ]`, rule ids after `# hybrid-ignore`.
import {
  type CompletionItem,
  CompletionItemKind,
  type CompletionList,
  CompletionTriggerKind,
  InsertTextFormat,
  MarkupKind,
  type Position,
} from 'vscode-languageserver/node';
import { CONDITIONING_WORDS, EVENT_MODIFIERS, rules, SESSION_PHRASES, SPORTS, TARGET_PHRASES } from '../engine';
import { WEEKDAY_FULL_NAMES, WEEKDAY_NAMES } from '../engine';
import type { ServerContext } from './context';

interface Word {
  label: string;
  detail: string;
  documentation: string;
  kind: CompletionItemKind;
  /** Snippet body when the client supports snippets: only `$0` (the cursor), never a placeholder with text. */
  snippet?: string;
  /** Plain insert text otherwise (defaults to the label). */
  plain?: string;
  /** Open the suggestions again after inserting (the next word is one of a known list). */
  retrigger?: boolean;
}

const word = (label: string, detail: string, documentation: string, kind: CompletionItemKind = CompletionItemKind.Keyword): Word => ({
  label,
  detail,
  documentation,
  kind,
});

const WEEKDAYS: Word[] = WEEKDAY_NAMES.map((name, index) =>
  word(name, WEEKDAY_FULL_NAMES[index], `The sessions of ${WEEKDAY_FULL_NAMES[index]}: \`${name}: gym upper heavy + run easy 30min\`.`, CompletionItemKind.Event),
).map((item) => ({ ...item, plain: `${item.label}: `, retrigger: true }));

const STATEMENTS: Word[] = [
  // The title is typed with its own quotes (auto-closed, then typed over): a snippet's quotes could not be typed over.
  { ...word('plan', 'title', 'The plan\'s name: `plan "Balanced hybrid"`.'), plain: 'plan ' },
  { ...word('goal', 'main goal', 'The main goal from here on — pick one: `goal: strength`, `goal: running` or `goal: balanced`.'), plain: 'goal: ', retrigger: true },
  { ...word('start', 'start date', 'Monday of the first week, for dates in hovers and calendar export: `start: 2026-12-07`.'), plain: 'start: ', retrigger: true },
  { ...word('week', 'week block', 'Opens a week: `week 3`, `week 2-4` (repeated for weeks 2, 3 and 4), `week 5: deload`.'), plain: 'week ' },
  { ...word('pace', 'easy pace', 'Your easy pace, which turns distance-only runs into minutes: `pace: 6:00/km` or `pace: 9:30/mi`.'), plain: 'pace: ' },
];

const DAY_NUMBERS: Word[] = WEEKDAY_NAMES.map((name, index) => ({
  ...word(`Day ${index + 1}`, `${WEEKDAY_FULL_NAMES[index]} of the week`, `\`Day 1:\` … \`Day 7:\` read as Mon … Sun of their week (Ctrl+. rewrites them as weekdays).`, CompletionItemKind.Event),
  plain: `Day ${index + 1}: `,
  retrigger: true,
}));

const GOALS: Word[] = [
  word('strength', 'goal', 'Strength first: lift first, run later in the day or on separate days; keep runs mostly easy.', CompletionItemKind.EnumMember),
  word('running', 'goal', 'Running first: run first, lift as support work; reduce gym volume — not intensity.', CompletionItemKind.EnumMember),
  word('balanced', 'goal', 'Both at once, at a sustainable level: 3 gym sessions and 2–3 runs, hard days separated.', CompletionItemKind.EnumMember),
];

const KINDS: Word[] = [
  word('gym', 'gym session', 'A gym session: `gym [focus] [heavy|moderate|light]`, e.g. `gym lower heavy [squat 5x5 @80%]`. Defaults: full body, moderate.'),
  word('lift', 'gym session', 'Same as `gym`.'),
  word('run', 'run', 'A run: `run [type] [attributes]`, e.g. `run intervals 6x800m` or `run long 14km`. Untyped runs are easy.'),
  word('rest', 'rest day', 'Nothing planned: recovery is built in. Keep at least one rest day a week.'),
  word('off', 'rest day', 'Same as `rest`.'),
  word('bike', 'cross-training', 'Cycling, easy unless marked `hard`; a hard bike counts as leg-hard.'),
  word('swim', 'cross-training', 'Swimming, easy unless marked `hard`.'),
  word('row', 'cross-training', 'Rowing, easy unless marked `hard`; a hard row counts as leg-hard.'),
  word('walk', 'cross-training', 'Walking: an easy walk keeps the day a rest day.'),
  word('hike', 'cross-training', 'Hiking, easy unless marked `hard`; a hard hike counts as leg-hard.'),
  word('mobility', 'cross-training', 'Mobility work: keeps the day a rest day.'),
  word('yoga', 'cross-training', 'Yoga: an easy session keeps the day a rest day.'),
  word('elliptical', 'cross-training', 'Elliptical trainer, easy unless marked `hard`.'),
  word('cross', 'cross-training', 'Cross-training of no named kind (`cross`, `cross training`, `cardio`): easy unless marked `hard`.'),
  ...[...CONDITIONING_WORDS.keys()].map((style) =>
    word(style, 'conditioning', `Conditioning (\`${style}\`): hard unless marked \`easy\`, e.g. \`${style} 40min\` or \`${style} emom 12min\`.`),
  ),
  word('sport', 'sport', 'A sport session (or name it: `football`, `tennis`, `climbing` …): hard unless marked `easy` — a game or sparring is a hard session.'),
  word('race', 'race', 'A race: `race 10km`, `race half marathon`. The rules treat it as a planned hard day, not a training choice.'),
  word('test', 'test', 'A fitness or strength test: `test acft`, `test 1rm`, `test time trial 5km`.'),
];

const NO_WORDS: ReadonlyMap<string, string> = new Map();

/** The user's own words (`"vocabulary"` in `.hybridrc.json`), offered with the kinds: they are the user's to type. */
function userWords(user: ReadonlyMap<string, string>): Word[] {
  const words: Word[] = [];
  for (const [phrase, means] of user) words.push(word(phrase, `= ${means}`, `Your vocabulary (\`.hybridrc.json\`): read as \`${means}\`.`));
  return words;
}

/** Sports and one-word phrases of the vocabulary, offered once a name is being typed (too many for an empty list). */
const NAMED_KINDS: Word[] = [
  ...SPORTS.map((sport) => word(sport, 'sport', `A sport session: hard unless marked \`easy\` (\`${sport} easy\`).`)),
  ...SESSION_PHRASES.filter(([phrase]) => /^[a-z][a-z0-9-]{3,}$/.test(phrase)).map(([phrase, means]) => word(phrase, `= ${means}`, `Read as \`${means}\` (the vocabulary, docs/language.md).`)),
];

const FOCUS: Word[] = [
  word('upper', 'gym focus', 'Upper body. Heavy upper is a hard session but not heavy legs.', CompletionItemKind.EnumMember),
  word('lower', 'gym focus', 'Lower body. Heavy lower is heavy legs: no quality or long run that day or the next.', CompletionItemKind.EnumMember),
  word('legs', 'gym focus', 'Same as `lower`.', CompletionItemKind.EnumMember),
  word('full', 'gym focus', 'Full body (the default). Heavy full body counts as heavy legs.', CompletionItemKind.EnumMember),
  word('push', 'gym focus', 'Pressing work (chest, shoulders, triceps).', CompletionItemKind.EnumMember),
  word('pull', 'gym focus', 'Pulling work (back, biceps).', CompletionItemKind.EnumMember),
  word('core', 'gym focus', 'Core work.', CompletionItemKind.EnumMember),
];

const INTENSITY: Word[] = [
  word('heavy', 'intensity', 'Heavy sets, clean reps, low-to-moderate volume: a hard session (RPE 8 by default).', CompletionItemKind.EnumMember),
  word('moderate', 'intensity', 'The default: not a hard session (RPE 6 by default).', CompletionItemKind.EnumMember),
  word('light', 'intensity', 'Light work (RPE 4 by default).', CompletionItemKind.EnumMember),
];

const RUN_TYPES: Word[] = [
  word('easy', 'run type', 'Conversational, controlled, almost too slow. Easy means easy.', CompletionItemKind.EnumMember),
  word('recovery', 'run type', 'Very easy, short: counts as an easy run.', CompletionItemKind.EnumMember),
  word('long', 'run type', 'Easy in intensity, heavy in load: never the day after heavy legs.', CompletionItemKind.EnumMember),
  word('tempo', 'run type', 'A quality run: at most one a week, never on a heavy leg day.', CompletionItemKind.EnumMember),
  word('threshold', 'run type', 'A quality run: at most one a week, never on a heavy leg day.', CompletionItemKind.EnumMember),
  word('intervals', 'run type', 'A quality run (e.g. `6x800m`): the guide says avoid heavy squats + intervals on the same day.', CompletionItemKind.EnumMember),
  word('hills', 'run type', 'A quality run: hard on the legs.', CompletionItemKind.EnumMember),
  word('fartlek', 'run type', 'A quality run: speed play.', CompletionItemKind.EnumMember),
  word('race', 'run type', 'A race: the hardest quality run.', CompletionItemKind.EnumMember),
  word('steady', 'run type', 'Steady, moderate, marathon pace or a progression: neither an easy nor a quality run.', CompletionItemKind.EnumMember),
];

const EVENT_WHAT: Word[] = [
  word('5km', 'race distance', 'A 5 km race or time trial.', CompletionItemKind.EnumMember),
  word('10km', 'race distance', 'A 10 km race or time trial.', CompletionItemKind.EnumMember),
  ...EVENT_MODIFIERS.filter(([name, modifier]) => 'event' in modifier && modifier.event.what === name).map(([name, modifier]) =>
    word(name, 'event' in modifier ? `${modifier.event.discipline === 'run' ? 'race' : 'test'}` : 'event', `What is raced or tested: \`${name}\`.`, CompletionItemKind.EnumMember),
  ),
];

const EFFORTS: Word[] = [
  word('easy', 'effort', 'Easy (the default).', CompletionItemKind.EnumMember),
  word('hard', 'effort', 'A hard session; hard bike, row or hike also count as leg-hard.', CompletionItemKind.EnumMember),
];

const ATTRIBUTES: Word[] = [
  word('45min', 'duration', 'Planned time: `45min`, `90min`, `1h`, `1h30`.', CompletionItemKind.Value),
  word('10km', 'distance', 'Planned distance: `10km`, `10k`, `800m`, `6mi`.', CompletionItemKind.Value),
  word('6x800m', 'repeats', 'Interval or set scheme: `6x800m`, `5x1km`, `4x4min`, `5x5`.', CompletionItemKind.Value),
  word('am', 'time of day', 'Morning. `am` and `pm` are at least 6 hours apart.', CompletionItemKind.Value),
  word('pm', 'time of day', 'Afternoon or evening. `am` and `pm` are at least 6 hours apart.', CompletionItemKind.Value),
  word('@07:00', 'start time', 'Start time: `@07:00`, `@7am`, `@18:30`.', CompletionItemKind.Value),
  { ...word('rpe', 'effort', 'How hard it should feel, 1–10: `rpe 7`. Runs at rpe 7 or more are quality runs.', CompletionItemKind.Property), plain: 'rpe ', retrigger: true },
  word('z2', 'zone', 'Heart-rate zone `z1`–`z5`; z4 and z5 make a session hard.', CompletionItemKind.Value),
  word('@5:00/km', 'pace', 'A pace target: `@5:00/km`, `@8:30/mi`, `@ 8 min/mile`, a range `@5:00-5:20/km`. (`@` and a clock time alone is a start time.)', CompletionItemKind.Value),
  { ...word('@ threshold', 'effort target', `How fast, in effort words: ${TARGET_PHRASES.map(([phrase]) => `\`@ ${phrase}\``).slice(0, 8).join(', ')} …`, CompletionItemKind.Value), plain: '@ ' },
  word('hr<150', 'heart rate', 'A heart-rate cap or band: `hr < 150`, `hr 140-150`.', CompletionItemKind.Value),
  { ...word('"note"', 'note', 'Free text: `"felt flat"`.', CompletionItemKind.Text), snippet: '"$0"', plain: '""' },
];

const EXERCISE_LIST: Word = {
  ...word('[…]', 'exercises', 'Exercises: `[squat 5x5 @80%, rdl 3x8, plank 3x60s]`.', CompletionItemKind.Snippet),
  snippet: '[$0]',
  plain: '[]',
  retrigger: true,
};

const EXERCISES: Word[] = [
  ['squat', 'Counts as heavy legs in a heavy session.'],
  ['front squat', 'Counts as heavy legs in a heavy session.'],
  ['split squat', 'Counts as heavy legs in a heavy session.'],
  ['deadlift', 'Counts as heavy legs in a heavy session.'],
  ['rdl', 'Romanian deadlift (a hinge): counts as heavy legs in a heavy session.'],
  ['hip thrust', 'Counts as heavy legs in a heavy session.'],
  ['lunge', 'Counts as heavy legs in a heavy session.'],
  ['leg press', 'Counts as heavy legs in a heavy session.'],
  ['bench press', 'Press.'],
  ['overhead press', 'Press.'],
  ['pull up', 'Pull.'],
  ['row', 'Pull.'],
  ['plank', 'Core: `plank 3x60s`.'],
].map(([label, doc]) => word(label, 'exercise', doc, CompletionItemKind.Function));

const RPE_VALUES: Word[] = Array.from({ length: 10 }, (_, index) => {
  const value = index + 1;
  const feel = value <= 3 ? 'easy, conversational' : value <= 6 ? 'steady' : value <= 8 ? 'hard: a quality effort' : 'very hard';
  return word(String(value), `rpe ${value}`, `Feels ${feel}.`, CompletionItemKind.Value);
});

const DIRECTIVES: Word[] = [
  word('hybrid-ignore', 'suppression', 'At the end of a line: `# hybrid-ignore <rule>…` switches those rules off for that line (no rule: all rules).'),
  word('hybrid-ignore-file', 'suppression', 'On a line of its own: `# hybrid-ignore-file <rule>…` switches those rules off for the whole file.'),
];

const GYM_WORDS = new Set(['gym', 'lift']);
const FOCUS_WORDS = new Set(['upper', 'lower', 'full', 'push', 'pull', 'legs', 'core', 'upperbody', 'lowerbody']);
const INTENSITY_WORDS = new Set(['heavy', 'moderate', 'light']);
const RUN_TYPE_WORDS = new Set(RUN_TYPES.map((item) => item.label));
const CROSS_WORDS = new Set(['bike', 'swim', 'row', 'walk', 'hike', 'mobility', 'yoga', 'elliptical', 'cross']);
const CONDITIONING = new Set(CONDITIONING_WORDS.keys());
const SPORT_WORDS = new Set([...SPORTS, 'sport']);
const WEEKDAY_PATTERN = /^\s*(mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|mo|tu|we|th|fr|sa|su|day\s*[1-7])(\s+(am|pm))?\s*:/i;

/** The line's text before the cursor with strings blanked out (so `#`, `;`, `+` inside notes do not count). */
function blankStrings(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*("|$)/g, (match) => '"' + ' '.repeat(Math.max(0, match.length - 1)));
}

/** Which attributes a session already has, so they are not offered twice. */
function presentAttributes(tokens: string[]): Set<string> {
  const present = new Set<string>();
  for (const token of tokens) {
    if (/^\d+(\.\d+)?(-\d+(\.\d+)?)?(min|h)$|^\d+h\d+(min)?$/.test(token)) present.add('duration');
    else if (/^\d+x/.test(token)) present.add('repeats');
    else if (/^\d+(\.\d+)?(-\d+(\.\d+)?)?(km|k|m|mi)$/.test(token)) present.add('distance');
    else if (/^@\d+:\d\d(-\d+:\d\d)?\/(km|mi)$/.test(token)) present.add('pace');
    else if (/^(am|pm)$|^@\d/.test(token)) present.add('time');
    else if (token === '@' || token === 'at') present.add('target');
    else if (/^hr/.test(token)) present.add('hr');
    else if (token === 'rpe') present.add('rpe');
    else if (/^z[1-5]$/.test(token)) present.add('zone');
    else if (token.startsWith('"')) present.add('note');
  }
  return present;
}

const ATTRIBUTE_OF: Record<string, string> = {
  '45min': 'duration',
  '10km': 'distance',
  '6x800m': 'repeats',
  am: 'time',
  pm: 'time',
  '@07:00': 'time',
  rpe: 'rpe',
  z2: 'zone',
  '@5:00/km': 'pace',
  '@ threshold': 'target',
  'hr<150': 'hr',
  '"note"': 'note',
};

/** Attributes that fit a session kind: pace, effort targets and heart rate are for runs (and cross, sport). */
function attributesOf(tokens: string[], kind: 'gym' | 'run' | 'other'): Word[] {
  const runOnly = new Set(['@5:00/km', '@ threshold']);
  return attributesFor(tokens).filter((item) => kind === 'run' || !runOnly.has(item.label)).filter((item) => kind !== 'gym' || item.label !== 'hr<150');
}

const TARGETS: Word[] = [...new Map(TARGET_PHRASES.map(([phrase, means]) => [phrase, means])).entries()].map(([phrase, means]) =>
  word(phrase, 'effort target', `\`@ ${phrase}\`: run at ${means.replace('-', ' ')} effort.`, CompletionItemKind.EnumMember),
);

const FORMATS: Word[] = [
  word('emom', 'format', 'Every minute on the minute: `emom 12min` (its minutes count when no duration is written).', CompletionItemKind.EnumMember),
  word('amrap', 'format', 'As many rounds as possible: `amrap 10min`.', CompletionItemKind.EnumMember),
];

function attributesFor(tokens: string[]): Word[] {
  const present = presentAttributes(tokens);
  return ATTRIBUTES.filter((item) => !present.has(ATTRIBUTE_OF[item.label]));
}

/** The words that fit at the end of `prefix` (the line before the cursor). */
export function completionWords(prefix: string, user: ReadonlyMap<string, string> = NO_WORDS): Word[] {
  const text = blankStrings(prefix);
  const hash = text.indexOf('#');
  if (hash >= 0) {
    const comment = text.slice(hash + 1);
    const directive = /^\s*hybrid-ignore(-file)?\s+((?:[\w-]+\s+)*)[\w-]*$/.exec(comment);
    if (directive) {
      const named = new Set(directive[2].split(/\s+/));
      return rules
        .filter((rule) => !named.has(rule.meta.id))
        .map((rule) => word(rule.meta.id, `${rule.meta.severity} · ${rule.meta.category}`, `${rule.meta.description}\n\n> ${rule.meta.reason}`, CompletionItemKind.Constant));
    }
    return /^\s*[\w-]*$/.test(comment) ? DIRECTIVES : [];
  }
  const statement = text.slice(text.lastIndexOf(';') + 1);
  if (/^\s*[A-Za-z]*$/.test(statement)) return [...WEEKDAYS, ...STATEMENTS, ...(/^\s*d/i.test(statement) ? DAY_NUMBERS : [])];
  if (/^\s*day\s*\d?$/i.test(statement)) return DAY_NUMBERS;
  if (/^\s*goal\b\s*:?\s*[A-Za-z]*$/i.test(statement)) return GOALS;
  const day = WEEKDAY_PATTERN.exec(statement);
  if (!day) return [];
  const sessions = statement.slice(day[0].length);
  const open = sessions.lastIndexOf('[');
  if (open > sessions.lastIndexOf(']')) {
    const current = sessions.slice(open + 1).split(',').pop() ?? '';
    return /^\s*[A-Za-z ]*$/.test(current) ? EXERCISES : [];
  }
  const session = sessions.slice(sessions.lastIndexOf('+') + 1);
  const tokens = session.trim().split(/\s+/).filter(Boolean).map((token) => token.toLowerCase());
  // The word being typed does not count yet.
  if (!/\s$/.test(session) && tokens.length) tokens.pop();
  if (tokens.length === 0) {
    const typing = /[a-z]{2,}$/i.exec(session)?.[0].toLowerCase();
    const mine = userWords(user);
    return typing
      ? [...KINDS, ...mine.filter((item) => item.label.startsWith(typing)), ...NAMED_KINDS.filter((item) => item.label.startsWith(typing) && !user.has(item.label))]
      : [...KINDS, ...mine];
  }
  // A word of the user's vocabulary (`climbing` → `sport hard`) goes on as the session it means.
  const [written] = tokens;
  const kind = user.get(written)?.split(/\s+/)[0].toLowerCase() ?? written;
  const rest = tokens.slice(1);
  if (rest[rest.length - 1] === 'rpe') return RPE_VALUES;
  if (session.includes(']')) return attributesOf(rest, 'gym');
  if (GYM_WORDS.has(kind) || FOCUS_WORDS.has(kind)) {
    const hasFocus = FOCUS_WORDS.has(kind) || rest.some((token) => FOCUS_WORDS.has(token));
    const hasIntensity = rest.some((token) => INTENSITY_WORDS.has(token));
    const onlyKeywords = rest.every((token) => FOCUS_WORDS.has(token) || INTENSITY_WORDS.has(token));
    const words: Word[] = [];
    if (onlyKeywords && !hasFocus && !hasIntensity) words.push(...FOCUS);
    if (onlyKeywords && !hasIntensity) words.push(...INTENSITY);
    return [...words, ...attributesOf(rest, 'gym'), EXERCISE_LIST];
  }
  if (kind === 'run') {
    const typed = rest.length > 0 && RUN_TYPE_WORDS.has(rest[0]);
    return [...(typed || rest.length > 0 ? [] : RUN_TYPES), ...attributesOf(rest, 'run')];
  }
  if (CROSS_WORDS.has(kind) || CONDITIONING.has(kind) || SPORT_WORDS.has(kind)) {
    const withEffort = rest.length > 0 && (rest[0] === 'easy' || rest[0] === 'hard');
    const formats = CONDITIONING.has(kind) && !rest.some((token) => token === 'emom' || token === 'amrap') ? FORMATS : [];
    return [...(withEffort || rest.length > 0 ? [] : EFFORTS), ...formats, ...attributesOf(rest, CROSS_WORDS.has(kind) ? 'run' : 'other')];
  }
  if (kind === 'race' || kind === 'test') {
    return rest.length === 0 ? [...EVENT_WHAT, ...attributesOf(rest, 'run')] : attributesOf(rest, 'run');
  }
  return [];
}

/**
 * Completion must never take a keystroke meant as text (docs/editors.md, "Completion"):
 * - the list is `isIncomplete`, so the editor asks again on every keystroke and this answer is always about the
 *   word as typed so far;
 * - a word that is already complete (`heavy`, `Tue`, `40min`, `rpe 7`) gets no list at all, so Enter starts a new
 *   line; no item is ever identical to what is typed;
 * - a space opens the list only where a word must follow (`Tue: `, `+ `, `rpe `, `goal: `), never after a complete
 *   session, and nothing is offered inside a note or after `week 1:`;
 * - no item inserts a placeholder (a selected placeholder would swallow the next line): at most the cursor is put
 *   inside `[]` or `""`; no commit characters.
 */
export interface CompletionAnswer {
  words: Word[];
  /** The text the items replace: the word being typed (for an exercise, the name so far). */
  partial: string;
}

/** `Tue:`, `Mon am:`, `+`, `rpe`, `goal:`, `start:` just before the cursor (spaces allowed): a word must follow. */
function expectsWord(prefix: string): boolean {
  const text = blankStrings(prefix).trimEnd();
  const statement = text.slice(text.lastIndexOf(';') + 1);
  if (statement.includes('#')) return false;
  if (statement.lastIndexOf('[') > statement.lastIndexOf(']')) return false;
  if (/\+$/.test(statement) || /\brpe$/i.test(statement)) return true;
  if (/^\s*(goal|start)\s*:$/i.test(statement)) return true;
  const day = WEEKDAY_PATTERN.exec(statement);
  return day !== null && day[0].length === statement.length;
}

/** True when the cursor is inside a note (`"…` not closed yet) outside a comment. */
function insideNote(prefix: string): boolean {
  let open = false;
  for (let index = 0; index < prefix.length; index++) {
    const character = prefix[index];
    if (open && character === '\\') index++;
    else if (character === '"') open = !open;
    else if (character === '#' && !open) return false;
  }
  return open;
}

/** Words that are whole as typed: a new line may follow, so no list may take the Enter. */
const COMPLETE_TOKEN = [
  /^\d+(\.\d+)?(-\d+(\.\d+)?)?(min|h|s)$/i, // 40min, 1h, 30-45min
  /^\d+h\d+(min)?$/i, // 1h30
  /^\d+(\.\d+)?(-\d+(\.\d+)?)?(km|k|m|mi)$/i, // 10km, 800m, 3-5km
  /^@\d{1,2}:\d{2}(-\d{1,2}:\d{2})?\/(km|mi)$/i, // @5:00/km
  /^\d+rm$/i, // 5RM
  /^\d+x\d+(\.\d+)?([a-z%]+)?$/i, // 6x800m, 5x5
  /^@\d{1,2}(:\d{2})?([ap]m)?$/i, // @7am, @07:00
  /^z[1-5]$/i,
  /^\d{4}-\d{2}-\d{2}$/, // a start date
];

/** The date of the next Monday after `today` (UTC), as `start:` wants it. */
export function nextMonday(today: Date): string {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const ahead = ((8 - day.getUTCDay()) % 7) || 7;
  day.setUTCDate(day.getUTCDate() + ahead);
  return day.toISOString().slice(0, 10);
}

/** Units for a number being typed: `40` → `40min`, `40km` (`6x800` is already whole: sets of 800). */
function unitWords(partial: string): Word[] {
  if (/^\d+(\.\d+)?(-\d+(\.\d+)?)?$/.test(partial)) {
    return [
      word(`${partial}min`, 'duration', 'Planned time in minutes.', CompletionItemKind.Value),
      word(`${partial}km`, 'distance', 'Planned distance in kilometres.', CompletionItemKind.Value),
    ];
  }
  return [];
}

/**
 * What to offer at the end of `prefix` (the line before the cursor). `trigger` is the character that asked
 * (`' '`, `':'`, `+`, `#`), undefined when the editor asked while a word is typed or on Ctrl+Space.
 */
export function completionAnswer(prefix: string, trigger?: string, today: Date = new Date(), user: ReadonlyMap<string, string> = NO_WORDS): CompletionAnswer {
  const none = (partial = ''): CompletionAnswer => ({ words: [], partial });
  if (insideNote(prefix)) return none();
  if (trigger === ' ' && !expectsWord(prefix)) return none();
  const text = blankStrings(prefix);
  const hash = text.indexOf('#');
  // In a comment only the directive itself is offered, and only as it is being typed (`#`, `# hyb…`).
  if (hash >= 0 && !/^#\s*[\w-]*$/.test(text.slice(hash)) && trigger !== undefined) return none();
  // An exercise name may have spaces (`pull up`): the whole name so far is replaced.
  const statement = text.slice(text.lastIndexOf(';') + 1);
  const open = statement.lastIndexOf('[');
  const inList = hash < 0 && open > statement.lastIndexOf(']') && WEEKDAY_PATTERN.test(statement);
  const partial = inList
    ? (/[^[,]*$/.exec(prefix)?.[0] ?? '').replace(/^\s+/, '')
    : (/[A-Za-z0-9@%.\-]*$/.exec(prefix)?.[0] ?? '');
  // A time or pace being typed (`@07:`, `@5:00/km`) or a heart rate (`hr < 150`) is not the start of a new word.
  if (/@\d{1,2}:\d*(-\d{0,2}(:\d*)?)?(\/[a-z]*)?$/i.test(prefix) || /\bhr\s*[<>]?\s*\d*(-\d*)?$/i.test(prefix)) return none(partial);
  // `@ ` or `at `: an effort target.
  const target = /(?:@|\bat)\s+([a-z]*)$/i.exec(prefix);
  if (target && WEEKDAY_PATTERN.test(statement) && hash < 0) {
    const typed = target[1].toLowerCase();
    const targets = TARGETS.filter((item) => item.label.startsWith(typed) && item.label !== typed);
    return targets.length && !TARGETS.some((item) => item.label === typed) ? { words: targets, partial } : none(partial);
  }
  let words = completionWords(prefix, user);
  if (/^\s*start\s*:\s*$/i.test(statement)) {
    words = [word(nextMonday(today), 'next Monday', 'Week 1 starts on this Monday; dates show in hovers and the calendar export.', CompletionItemKind.Value)];
  }
  if (hash >= 0 && words.some((item) => item.label === 'hybrid-ignore')) {
    // `# felt good`: a comment, not a directive being typed.
    words = words.filter((item) => item.label.startsWith(partial.toLowerCase()));
  }
  if (words.length === 0) return none(partial);
  const lower = partial.toLowerCase();
  if (lower !== '') {
    const typed = (item: Word): string => (item.plain ?? item.label).trim().replace(/:$/, '').toLowerCase();
    if (words.some((item) => item.label.toLowerCase() === lower || typed(item) === lower)) return none(partial);
    if (!inList && COMPLETE_TOKEN.some((pattern) => pattern.test(partial))) return none(partial);
    if (/^\d+$/.test(partial) && words.some((item) => /^rpe \d+$/.test(item.detail))) return none(partial);
    const units = words.some((item) => item.kind === CompletionItemKind.Value && /duration|distance/.test(item.detail)) ? unitWords(partial) : [];
    if (units.length) words = units;
  }
  return { words: words.filter((item) => item.label.toLowerCase() !== lower), partial };
}

export function registerCompletion(ctx: ServerContext): void {
  // No commit characters and no `resolveProvider`: an item is taken only by Tab, Enter or a click.
  ctx.declare(() => ({ completionProvider: { triggerCharacters: [':', '+', ' ', '#'], resolveProvider: false } }));

  ctx.connection.onCompletion((params) =>
    ctx.guard<CompletionList>('textDocument/completion', { isIncomplete: true, items: [] }, async () => {
      const document = ctx.documents.get(params.textDocument.uri);
      if (!document) return { isIncomplete: true, items: [] };
      const position = params.position;
      const prefix = document.getText({ start: { line: position.line, character: 0 }, end: position });
      const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
      // The plan's analysis (cached per version) knows the vocabulary of the `.hybridrc.json` that configures it.
      const user = (await ctx.analyze(params.textDocument.uri))?.plan.vocabulary?.user;
      return { isIncomplete: true, items: completionItems(prefix, position, ctx, trigger, user) };
    }),
  );
}

function completionItems(prefix: string, position: Position, ctx: ServerContext, trigger: string | undefined, user?: ReadonlyMap<string, string>): CompletionItem[] {
  const { words, partial } = completionAnswer(prefix, trigger, new Date(), user);
  if (words.length === 0) return [];
  const snippets = ctx.client.textDocument?.completion?.completionItem?.snippetSupport === true;
  const markdown = ctx.client.textDocument?.completion?.completionItem?.documentationFormat?.includes(MarkupKind.Markdown) ?? true;
  const suggest = ctx.initializationOptions.suggestCommand;
  // Right after `:`, `+` or `#` the word needs a space before it.
  const glue = /[:+#]$/.test(prefix) ? ' ' : '';
  const range = { start: { line: position.line, character: position.character - partial.length }, end: position };
  return words.map((item, index) => {
    const useSnippet = snippets && item.snippet !== undefined;
    const body = useSnippet ? item.snippet! : (item.plain ?? item.label);
    return {
      label: item.label,
      kind: item.kind,
      detail: item.detail,
      documentation: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: item.documentation },
      sortText: String(index).padStart(3, '0'),
      filterText: item.label,
      insertTextFormat: useSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: glue + body },
      ...(item.retrigger && suggest ? { command: { title: 'Suggest', command: suggest } } : {}),
    };
  });
}
