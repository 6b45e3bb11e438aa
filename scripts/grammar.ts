// Builds the vocabulary parts of the TextMate grammar from server/src/language/vocabulary.ts, so the colours cannot
// drift from what the parser reads: the session words of every kind (conditioning, sport, races and tests, the
// vocabulary's phrases), the words of an event, effort targets, and the forgiving attributes written before the kind.
// `npm run generate:grammar` rewrites syntaxes/hybrid.tmLanguage.json; test/grammar/grammar-vs-parser.test.ts fails
// when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONDITIONING_WORDS, EFFORT_MODIFIERS, EVENT_MODIFIERS, GYM_MODIFIERS, type Modifier, RUN_MODIFIERS, SESSION_PHRASES, SPORTS, TARGET_PHRASES, TEST_TRAINING_WORDS } from '../server/src/language/vocabulary';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const GRAMMAR = join(__dirname, '..', 'syntaxes', 'hybrid.tmLanguage.json');

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Longest first, so `cross training` wins over `cross`. */
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');

const KIND_OF: Record<string, string> = {
  gym: 'gym', lift: 'gym', run: 'run', rest: 'rest', off: 'rest', race: 'event', test: 'event', sport: 'sport',
  bike: 'cross', swim: 'cross', row: 'cross', walk: 'cross', hike: 'cross', mobility: 'cross', yoga: 'cross', elliptical: 'cross', cross: 'cross',
};

function kindOfMeaning(means: string): string {
  const first = means.split(' ')[0];
  if (CONDITIONING_WORDS.has(first) || first === 'conditioning') return 'conditioning';
  return KIND_OF[first] ?? 'sport';
}

/**
 * Where a session ends: at `+`, `;`, `#`, `&`, a table's `|`; at a glued `/` before another name (`Assessment Work/Strength`); at a
 * second time of day (`AM - …`, `, PM …`); at `then` or `and` before another session (`bike 4x … then run 30'`,
 * `Strength Endurance and Run Intervals`) or before how a run is run and its run word (`pull and recovery run 5k`); at `and`
 * before a measured session (`strength training and a 2-3 mile run`); before a circuit written last after a run's
 * effort (`PM - 1 mile run best effort circuit`, parser.ts `trailingConditioning`).
 */
const SESSION_END = `(?=[+;&|])|(?=#(?!\\d{1,3}(?![\\w#])))|(?=\\b(?i:then)\\s+(?i:run|jog|bike|swim|row|walk)\\b)|(?<=[a-z]\\s)(?=(?i:and)\\s+(?i:run|jog|bike|swim|row)\\b)|(?<=[a-z]\\s)(?=(?i:and)\\s+(?:(?i:an?)\\s+)?(?:(?i:easy|slow|steady|short|long|light|moderate|hard|recovery|tempo|brisk)\\s+){1,2}(?i:run|jog)\\b)|(?<=[A-Za-z])(?=/[A-Za-z])|(?=\\b(?i:am|pm)\\s*[-\u2013])|(?=,\\s*(?i:am|pm)\\b)|${'(?=\\b(?i:and)\\s+(?:an?\\s+)?\\d[\\d.]*(?:\\s*-\\s*\\d[\\d.]*)?\\s*(?i:miles?|mi|km|k|minutes?|mins?|hours?)\\s+(?:(?i:easy|long|slow|steady|short|recovery|tempo)\\s+)?(?i:run|jog|walk|bike|swim|row)\\b)'}|$|(?i)(?<=effort\\s|out\\s|capability\\s)(?=(?:circuits?|wod)\\s*$)`;

function session(kind: string, begin: string, patterns: Json[]): Json {
  return {
    // `Assessment Work/Strength`: a `/` glued before the name of another session ends this one's name.
    begin: `(?i)(?<![\\w-])(?<![^\\w\\s]/)(${begin})(?![\\w-])(?!/(?![A-Za-z]))`,
    beginCaptures: { '1': { name: `entity.name.function.session.${kind}.hybrid` } },
    end: SESSION_END,
    name: `meta.session.${kind}.hybrid`,
    patterns,
  };
}

const format: Json = { match: '(?i)\\b(emom|amrap)\\b', name: 'storage.modifier.format.hybrid' };

const wordsWith = (table: readonly (readonly [string, Modifier])[], key: string): string[] => table.filter(([, modifier]) => key in modifier).map(([word]) => word);
const words = (scope: string, list: string[]): Json => ({ match: `(?i)(?<![\\w/-])(${alternation(list)})(?![\\w/-])`, name: scope });
const RUN_TYPE_WORDS = ['easy', 'recovery', 'long', 'steady', 'tempo', 'threshold', 'intervals', 'hills', 'fartlek', ...wordsWith(RUN_MODIFIERS, 'runType')];
/** Words that name a run on their own (`Friday: Endurance`): coloured as the run they start, not as a gym intensity. */
const RUN_PHRASES = new Set(SESSION_PHRASES.filter(([, means]) => means.split(' ')[0] === 'run').map(([phrase]) => phrase));
const INTENSITY_WORDS = ['heavy', 'moderate', 'light', ...wordsWith(GYM_MODIFIERS, 'intensity').filter((word) => !RUN_PHRASES.has(word))];
/** Intensity words that name a run on their own (`endurance`): an intensity only inside a gym session (`Strength Endurance`). */
const GYM_ONLY_INTENSITY_WORDS = wordsWith(GYM_MODIFIERS, 'intensity').filter((word) => RUN_PHRASES.has(word));
const FOCUS_WORDS = wordsWith(GYM_MODIFIERS, 'focus');
const EFFORT_WORDS = ['easy', 'hard', ...wordsWith(EFFORT_MODIFIERS, 'effort')];
const RUN_TARGET_WORDS = wordsWith(RUN_MODIFIERS, 'target');
/** The run words a test may follow (`run test`, `ruck run assessment`): the run phrases of EVENT_MODIFIERS. */
const RUN_EVENT_WORDS = EVENT_MODIFIERS.filter(([, modifier]) => 'event' in modifier && modifier.event.discipline === 'run' && modifier.event.what === 'run').map(([word]) => word);

/** The generated entries of the grammar's repository. */
export function vocabularyRepository(): Record<string, Json> {
  const byKind = new Map<string, string[]>();
  for (const [phrase, means] of SESSION_PHRASES) {
    const kind = kindOfMeaning(means);
    byKind.set(kind, [...(byKind.get(kind) ?? []), phrase]);
  }
  const events = EVENT_MODIFIERS.filter(([, modifier]) => 'event' in modifier).map(([word]) => word);
  // The phrases that make a plain run a test (sessions.ts, eventAfter): every test phrase, and `test` itself.
  const testPhrases = ['test', ...SESSION_PHRASES.filter(([, means]) => means.split(' ')[0] === 'test').map(([phrase]) => phrase)];
  return {
    'vocabulary-session': {
      comment: 'Generated from SESSION_PHRASES (npm run generate:grammar): the words of published plans that name a session; first, a test named before a training word (`ACFT circuit`, `PFT prep`: sessions.ts TEST_TRAINING), a conditioning session.',
      patterns: [
        session('conditioning', `(?:${alternation(testPhrases)})\\s+(?:${alternation(TEST_TRAINING_WORDS)})`, [{ include: '#session-body' }]),
        ...[...byKind.entries()].map(([kind, phrases]) =>
          session(kind, alternation(phrases), [{ include: kind === 'event' ? '#event-body' : kind === 'gym' ? '#gym-body' : '#session-body' }]),
        ),
      ],
    },
    'gym-only-words': {
      comment: 'Generated from GYM_MODIFIERS: intensity words that name a run on their own (`endurance`), an intensity inside a gym session (`Strength Endurance`).',
      patterns: [words('storage.modifier.intensity.hybrid', GYM_ONLY_INTENSITY_WORDS)],
    },
    'conditioning-session': session('conditioning', alternation(CONDITIONING_WORDS.keys()), [{ include: '#effort-words' }, { include: '#attributes' }]),
    'sport-session': session('sport', alternation([...SPORTS, 'sport']), [{ include: '#effort-words' }, { include: '#attributes' }]),
    'event-session': session('event', 'race|test', [{ include: '#event-body' }]),
    'run-event-session': {
      comment: 'A run that is a test (`2 mile run test`, `3 mile ruck run assessment`): the run words say what is tested.',
      begin: `(?i)(?<![\\w/-])(${alternation(RUN_EVENT_WORDS)})(?![\\w/-])(?=[^+;#&(,]*?(?<![\\w/-])(?:${alternation(testPhrases)})(?![\\w/-]))`,
      beginCaptures: { '1': { name: 'support.type.event.hybrid' } },
      end: SESSION_END,
      name: 'meta.session.event.hybrid',
      patterns: [words('entity.name.function.session.event.hybrid', testPhrases), { include: '#event-body' }],
    },
    'event-body': {
      patterns: [
        { match: `(?i)(?<![\\w/-])(${alternation(['5km', '10km', '5k', '10k', ...events])})(?![\\w/-])`, name: 'support.type.event.hybrid' },
        { include: '#attributes' },
      ],
    },
    'run-words': {
      comment: 'Generated from RUN_MODIFIERS: the words of a run type (`speed`, `lsd`, `marathon pace`) and targets (`race pace`).',
      patterns: [words('support.constant.effort-target.hybrid', RUN_TARGET_WORDS), words('support.type.run-type.hybrid', RUN_TYPE_WORDS)],
    },
    'gym-words': {
      comment: 'Generated from GYM_MODIFIERS: intensity (`max effort`, `DE`) and focus (`upper body`, `glutes`) words.',
      patterns: [words('storage.modifier.intensity.hybrid', INTENSITY_WORDS), words('support.type.focus.hybrid', FOCUS_WORDS)],
    },
    'effort-words': {
      comment: 'Generated from EFFORT_MODIFIERS: the effort of cross-training, conditioning and sport (`intense`, `light`).',
      patterns: [words('storage.modifier.effort.hybrid', EFFORT_WORDS), format],
    },
    'aside-target': {
      comment: 'Generated from TARGET_PHRASES: an aside that is only an effort target (`4.0k (race pace)`, `3 miles (easy)`) sets the target.',
      match: `(?i)\\(\\s*(${alternation(TARGET_PHRASES.map(([phrase]) => phrase))})(?:\\s+(pace|effort))?(?=\\s*(?:\\)|\\bor\\b))[^)]*\\)?`,
      name: 'string.quoted.other.note.aside.hybrid',
      captures: {
        '1': { name: 'support.constant.effort-target.hybrid' },
        '2': { name: 'support.constant.effort-target.hybrid' },
      },
    },
    'effort-target': {
      comment: 'Generated from TARGET_PHRASES: `@ threshold`, `@ 10k pace`, `at easy pace`.',
      match: `(?i)(?:(@)|\\b(at))\\s*(${alternation(TARGET_PHRASES.map(([phrase]) => phrase))})(?:\\s+(pace|effort))?\\b`,
      captures: {
        '1': { name: 'keyword.operator.at.hybrid' },
        '2': { name: 'keyword.operator.at.hybrid' },
        '3': { name: 'support.constant.effort-target.hybrid' },
        '4': { name: 'support.constant.effort-target.hybrid' },
      },
    },
  };
}

export function generatedGrammar(): string {
  const grammar = JSON.parse(readFileSync(GRAMMAR, 'utf8')) as { repository: Record<string, Json> };
  Object.assign(grammar.repository, vocabularyRepository());
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

if (require.main === module || resolve(process.argv[1] ?? '') === resolve(__filename)) {
  writeFileSync(GRAMMAR, generatedGrammar());
  console.log(`wrote ${GRAMMAR}`);
}
