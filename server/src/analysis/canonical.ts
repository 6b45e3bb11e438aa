// "Rewrite in canonical form": each session written as the language's canonical form says — the kind word first,
// then its type (focus, intensity, effort, what an event is), then attributes in one order, the note, the exercise
// list (`easy run 40min` → `run easy 40min`, `30 min cross` → `cross 30min`, `Rest day` → `rest`). Pure.
//
// Decisions (docs/language-decisions.md, "The canonical rewrite"):
// - Built-in vocabulary phrases become what they mean (`strength` → `gym`, `parkrun` → `race 5km`); a phrase from the
//   user's own `vocabulary` is theirs and stays as written.
// - A session written in parts (`10 min easy, 4 x 1 min fast`), with `with` or `+` extras (`+ strides`), or as
//   alternatives (`rest or easy run`), or with a number the model does not keep (`3-4 rounds of 15 reps`) stays as
//   written: its canonical form would lose what the writer said.
// - Every rewritten session is parsed again and must mean exactly what it meant (kind, type, every attribute and
//   exercise, its am/pm, its note); one that would not stays as written. The day words, `+`, `;`, comments and
//   everything between sessions are never touched.
import type { Attributes, DayEntry, Plan, Range, Session } from '../language/model';
import { parsePlan } from '../language/parser';
import { LineIndex, comparePositions, lineIndexFor, rangeContains } from '../language/text';
import { TARGET_PHRASES } from '../language/vocabulary';
import { classify, namedByMoves } from './classify';
import { applyEdits, type TextEdit } from './edits';

/** Lines to rewrite, 0-based and inclusive. */
export interface CanonicalSpan {
  from: number;
  to: number;
}

const MILE_KM = 1.609344;

function number(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function measure(value: number, span: { low: number; high: number } | undefined, unit: string, scale = 1): string {
  return span ? `${number(span.low / scale)}-${number(span.high / scale)}${unit}` : `${number(value / scale)}${unit}`;
}

function slice(text: string, lines: LineIndex, range: Range): string {
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** The target word the vocabulary lists first for an effort target (`threshold`, `mp`, `10k`). */
function targetWord(target: string): string | undefined {
  return TARGET_PHRASES.find(([, means]) => means === target)?.[0];
}

/** The distance as written, in its own unit: `2.5 mi` → `2.5mi`, `5-K` → `5km`, `800 m` → `800m`. */
function distanceText(source: string, distance: NonNullable<Attributes['distance']>): string | undefined {
  const written = source.toLowerCase();
  if (/mi|mile/.test(written)) return measure(distance.value, distance.span, 'mi', MILE_KM);
  if (/\d\s*-?\s*(k|km|kilomet)/.test(written)) return measure(distance.value, distance.span, 'km');
  if (/\d\s*(m|metres?|meters?)\b/.test(written)) return measure(distance.value, distance.span, 'm', 0.001);
  return undefined;
}

/** The attributes in canonical order; undefined when one cannot be written canonically. */
function attributeTexts(session: Session, text: string, lines: LineIndex): string[] | undefined {
  const a = session.attributes;
  // What the phrase or the event's name gives (`parkrun` → 5km, `race half marathon` → 21.1km) is said by the head.
  const inside = (outer: Range | undefined, range: Range): boolean => outer !== undefined && rangeContains(outer, range);
  const fromPhrase = (range: Range): boolean => inside(session.vocabulary?.range, range) || (session.kind === 'event' && inside(session.what?.range, range));
  const out: string[] = [];
  if (a.duration && !fromPhrase(a.duration.range)) out.push(measure(a.duration.value, a.duration.span, 'min'));
  if (a.distance && !fromPhrase(a.distance.range)) {
    const written = distanceText(slice(text, lines, a.distance.range), a.distance);
    if (written === undefined) return undefined;
    out.push(written);
  }
  if (a.repeats) {
    const written = slice(text, lines, a.repeats.range).replace(/\s+/g, '');
    const { count, countSpan, eachKm } = a.repeats.value;
    // `6 x 1/4 mile`, `1/2 mile x 6`, `2 x 1 1/2 miles`: a fraction is written as its decimal (`6x0.25mi`).
    if (written.includes('/') && eachKm !== undefined) {
      const miles = /mi/i.test(written);
      const times = countSpan === undefined ? number(count) : `${number(countSpan.low)}-${number(countSpan.high)}`;
      out.push(`${times}x${number(miles ? eachKm / MILE_KM : eachKm)}${miles ? 'mi' : 'km'}`);
    } else {
      // `400m x 4` → `4x400m`, `400m x 8-10` → `8-10x400m`.
      const reversed = /^(\d[^x×]*[a-z])[x×](\d+(?:-\d+)?)$/i.exec(written);
      // Coaches' marks: `30"` seconds, `5'` minutes.
      const units = (each: string): string => each.replace(/"$/, 's').replace(/'$/, 'min');
      out.push(reversed ? `${reversed[2]}x${units(reversed[1])}` : units(written.replace(/×/g, 'x')));
    }
  }
  if (a.workFormat && !fromPhrase(a.workFormat.range)) {
    const { style, minutes } = a.workFormat.value;
    out.push(minutes === undefined ? style : `${style} ${number(minutes)}min`);
  } else if (a.workFormat) {
    return undefined;
  }
  if (a.pace) {
    const clocks = slice(text, lines, a.pace.range).match(/\d+:\d\d/g);
    if (!clocks || clocks.length > 2) return undefined;
    out.push(`@${clocks.join('-')}/${a.pace.value.per}`);
  }
  if (a.effortTarget && !fromPhrase(a.effortTarget.range)) {
    const word = targetWord(a.effortTarget.value);
    if (word === undefined) return undefined;
    // A race distance is a pace: `@ 10k pace`, `@ race pace`; effort words stand alone (`@ threshold`, `@ mp`).
    out.push(['10k', '5k', 'mile', 'race'].includes(a.effortTarget.value) ? `@ ${word} pace` : `@ ${word}`);
  }
  if (a.heartRate) {
    const { below, above } = a.heartRate.value;
    if (below !== undefined && above !== undefined) out.push(`hr ${above}-${below}`);
    else if (below !== undefined) out.push(`hr < ${below}`);
    else if (above !== undefined) out.push(`hr > ${above}`);
  }
  if (a.rpe) out.push(`rpe ${measure(a.rpe.value, a.rpe.span, '')}`);
  if (a.zone) out.push(`z${a.zone.value}`);
  if (a.strides && !fromPhrase(a.strides.range)) out.push(slice(text, lines, a.strides.range).replace(/\s+/g, ' '));
  if (a.drills && !fromPhrase(a.drills.range)) out.push(slice(text, lines, a.drills.range).replace(/\s+/g, ' ').toLowerCase());
  if (a.time && !a.time.value.fromDay) out.push(slice(text, lines, a.time.range).replace(/\s+/g, '').toLowerCase());
  if (a.note) {
    const written = slice(text, lines, a.note.range);
    out.push(written.startsWith('"') ? written : `"${a.note.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  }
  return out;
}

/** The kind word and its type words: `run easy`, `gym lower heavy`, `bike hard`, `race half marathon`. */
function head(session: Session): string | undefined {
  switch (session.kind) {
    case 'rest':
      return 'rest';
    case 'gym':
      return ['gym', session.focusRange && session.focus, session.intensityRange && session.intensity].filter(Boolean).join(' ');
    case 'run':
      return session.runTypeRange ? `run ${session.runType}` : 'run';
    case 'cross':
      return session.effortRange ? `${session.activity} ${session.effort}` : session.activity;
    case 'conditioning':
      return session.effortRange ? `${session.style} ${session.effort}` : session.style;
    case 'sport':
      return session.effortRange ? `${session.sport} ${session.effort}` : session.sport;
    case 'event':
      return session.what ? `${session.event} ${session.what.value}` : session.event;
  }
}

/** The focus words of a gym session's canonical form. */
const GYM_FOCUS_WORDS = new Set(['upper', 'lower', 'full', 'push', 'pull', 'legs', 'core']);

/** Sessions built of parts, joined extras or alternatives keep their wording. */
const KEEP_AS_WRITTEN = /[,+]|\bwith\b|\bw\b|\bw\/|\bor\b|\bthen\b/i;

/**
 * The session's own words, with notes, asides and exercises blanked out (their commas are theirs, not parts of
 * the session); with `everything`, every attribute and the kind's words too: what is left the model does not keep.
 */
function ownWords(session: Session, text: string, lines: LineIndex, everything = false): string {
  const start = lines.offsetAt(session.range.start);
  const chars = session.text.split('');
  const blank = (range: Range | undefined): void => {
    if (!range) return;
    for (let i = lines.offsetAt(range.start) - start; i < lines.offsetAt(range.end) - start; i++) if (i >= 0 && i < chars.length) chars[i] = ' ';
  };
  blank(session.attributes.note?.range);
  if (session.kind === 'gym') {
    blank(session.exercisesRange);
    const [first, last] = [session.exercises[0], session.exercises[session.exercises.length - 1]];
    if (first && !session.exercisesRange) blank({ start: first.range.start, end: last.range.end });
  }
  if (everything) {
    for (const attribute of Object.values(session.attributes) as { range: Range }[]) blank(attribute.range);
    blank(session.keywordRange);
    blank(session.vocabulary?.range);
    if (session.kind === 'event') blank(session.what?.range);
  }
  return chars.join('');
}

/**
 * The canonical texts to try for one session, best first (the vocabulary's own canonical phrase as the head, then
 * the head built from the model), or none when it stays as written.
 */
export function canonicalCandidates(plan: Plan, session: Session, lines: LineIndex = lineIndexFor(plan.text)): string[] {
  const text = plan.text;
  if (session.vocabulary && plan.vocabulary?.user.has(slice(text, lines, session.vocabulary.range).toLowerCase().replace(/\s+/g, ' '))) return [];
  if (KEEP_AS_WRITTEN.test(ownWords(session, text, lines))) return [];
  // A finisher named by its moves (`+ wall ball work`, `+ burpees 20min`): `conditioning` would lose the moves.
  if (namedByMoves(session)) return [];
  // `85% MHR`: a share of the heart rate read as a zone; `z3` would say less than the writer did.
  if (session.attributes.zone && slice(text, lines, session.attributes.zone.range).includes('%')) return [];
  // `4.0k (race pace)`, `run tempo 5 km (easy)`: a target read from an aside is inside the note; writing both `@ race`
  // and the note would say it twice (and the aside's words are the writer's).
  const note = session.attributes.note;
  const target = session.attributes.effortTarget;
  if (note && target && comparePositions(target.range.start, note.range.start) >= 0 && comparePositions(target.range.end, note.range.end) <= 0) return [];
  // `@ 2 min/mile slower than marathon pace`: a pace relative to a target is the writer's; `@ easy` would say less.
  if (target && /\b(?:slower|faster)\b/i.test(slice(text, lines, target.range))) return [];
  // A number the model does not keep (`3-4 rounds of 15 reps`) is the writer's: the session stays as written.
  if (/\d/.test(ownWords(session, text, lines, true))) return [];
  const modelHead = head(session);
  const attributes = attributeTexts(session, text, lines);
  if (modelHead === undefined || attributes === undefined) return [];
  const tail: string[] = [...attributes];
  if (session.kind === 'gym' && session.exercises.length > 0) {
    tail.push(session.exercisesRange ? slice(text, lines, session.exercisesRange) : `[${session.exercises.map((exercise) => slice(text, lines, exercise.range)).join(', ')}]`);
  }
  const heads: string[] = [];
  if (session.vocabulary) {
    // `jog` → `run easy`, `core work` → `gym core light`; type words written outside the phrase follow it.
    // `leg work` → `gym lower`: the phrase's focus word is written as the focus it means (`legs` is `lower`), once.
    const phrase = session.vocabulary.value.split(' ').map((word) => (session.kind === 'gym' && GYM_FOCUS_WORDS.has(word) ? session.focus : word));
    heads.push([...phrase, ...modelHead.split(' ').slice(1).filter((word) => !phrase.includes(word))].join(' '));
  }
  heads.push(modelHead);
  return [...new Set(heads.map((words) => [words, ...tail].join(' ')))];
}

/** The canonical text of one session (unchecked), or undefined when it stays as written. */
export function canonicalSessionText(plan: Plan, session: Session, lines: LineIndex = lineIndexFor(plan.text)): string | undefined {
  return canonicalCandidates(plan, session, lines)[0];
}

/** What a session means, without where or how it is written (a written type stays distinct from a default one). */
export function sessionMeaning(session: Session): string {
  return JSON.stringify(session, (key, value: unknown) => {
    if (['entry', 'text', 'vocabulary', 'keywordRange', 'nameRange', 'exercisesRange'].includes(key)) return undefined;
    if (/range$/i.test(key)) return value === undefined ? undefined : true;
    // Attributes in any order mean the same.
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
}

/** The sessions of a day line as they read with `canonical` in place of `session` (same day words and `am`/`pm`). */
function readsTheSame(plan: Plan, entry: DayEntry, session: Session, canonical: string, lines: LineIndex): boolean {
  const prefix = plan.text.slice(lines.offsetAt(entry.range.start), lines.offsetAt(entry.colonEnd));
  const reread = parsePlan(`${prefix} ${canonical}`, { vocabulary: plan.vocabulary });
  const day = reread.statements[0];
  if (reread.syntaxErrors.length > 0 || reread.statements.length !== 1 || day?.type !== 'day' || day.sessions.length !== 1) return false;
  // The class too: it reads some words of the text itself (`sprint` makes a quality run).
  return sessionMeaning(day.sessions[0]) === sessionMeaning(session) && JSON.stringify(classify(day.sessions[0])) === JSON.stringify(classify(session));
}

/**
 * Edits that rewrite the sessions on the lines of `span` (the whole plan when absent) in canonical form. Empty when
 * every session there is already canonical or stays as written.
 */
export function canonicalEdits(plan: Plan, span?: CanonicalSpan): TextEdit[] {
  const lines = lineIndexFor(plan.text);
  const edits: TextEdit[] = [];
  const errorLines = new Set(plan.syntaxErrors.flatMap((issue) => (issue.severity === undefined ? [issue.range.start.line, issue.range.end.line] : [])));
  for (const statement of plan.statements) {
    if (statement.type !== 'day') continue;
    const line = statement.range.start.line;
    if (span && (line < span.from || line > span.to)) continue;
    // A line the parser could not read fully is left as the writer has it.
    // A table's row is left as written too: a session may span its cells (`| Mon | Bench 5x5 | Bench 5x5 |`).
    if (errorLines.has(line) || statement.range.end.line !== line || statement.tableRow || statement.severalDays || statement.afterWeek) continue;
    for (const session of statement.sessions) {
      for (const canonical of canonicalCandidates(plan, session, lines)) {
        if (canonical === session.text) break;
        if (!readsTheSame(plan, statement, session, canonical, lines)) continue;
        edits.push({ range: session.range, newText: canonical });
        break;
      }
    }
  }
  // The last guard, as the formatter's: the whole rewritten plan must mean what the plan meant.
  if (edits.length > 0 && planMeaning(parsePlan(applyEdits(plan.text, edits), { vocabulary: plan.vocabulary })) !== planMeaning(plan)) return [];
  return edits;
}

/** Every session's meaning in order, with its weekday and week block, the comments and the number of syntax errors. */
export function planMeaning(plan: Plan): string {
  const days = plan.statements.map((statement) =>
    statement.type === 'day' ? `${statement.weekday}:${statement.sessions.map((session) => sessionMeaning(session) + JSON.stringify(classify(session))).join('+')}` : statement.type,
  );
  return JSON.stringify({ days, comments: plan.comments.map((comment) => comment.text), errors: plan.syntaxErrors.length, weeks: plan.weeks.length });
}
