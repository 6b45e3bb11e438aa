// The iCalendar writer (server/src/analysis/ical.ts): RFC 5545 line folding at 75 octets of UTF-8 without splitting a
// character, TEXT escaping, durations, and a calendar of non-ASCII and long text that ical.js reads back exactly.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parsePlan } from '../../../server/src/language/parser';
import { exportCalendar, plannedSessions, sessionDescription } from '../../../server/src/analysis/export';
import { escapeText, foldLine, writeCalendar, type CalendarEvent } from '../../../server/src/analysis/ical';

const STAMP = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));

function octets(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Physical lines of an iCalendar text: it must end in CRLF and hold no bare CR or LF. */
function physicalLines(ics: string): string[] {
  assert.ok(ics.endsWith('\r\n'), 'the last line ends in CRLF');
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) assert.ok(!/[\r\n]/.test(line), `a bare line break in ${JSON.stringify(line)}`);
  return lines;
}

function unfold(folded: string): string {
  return folded.replace(/\r\n /g, '');
}

/** A TEXT value read back (the inverse of escapeText for text without control characters). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'plan-2026-12-07-w1-mon-0@hybrid-plan',
    stamp: STAMP,
    date: '2026-12-07',
    startMinutes: 7 * 60,
    minutes: 60,
    summary: 'Gym lower heavy',
    description: 'Kind: gym',
    categories: ['heavy legs', 'hard gym'],
    ...overrides,
  };
}

describe('iCalendar writer', () => {
  describe('escapeText', () => {
    it('escapes backslash, semicolon, comma and line breaks, in that order of meaning', () => {
      assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
      assert.equal(escapeText('\\n'), '\\\\n', 'a written backslash-n stays two characters');
      assert.equal(escapeText('Kniebeugen: 5×5 @80 % — 走る 🙂'), 'Kniebeugen: 5×5 @80 % — 走る 🙂', 'colons and non-ASCII pass');
    });

    it('keeps tabs and drops the control characters TEXT does not allow', () => {
      assert.equal(escapeText('a\tb\u0000c\u0007d\u001be\u007ff'), 'a\tbcdef');
    });
  });

  describe('foldLine', () => {
    it('leaves a line of 75 octets alone and folds the 76th onto a line that starts with a space', () => {
      const line = `DESCRIPTION:${'x'.repeat(63)}`;
      assert.equal(octets(line), 75);
      assert.equal(foldLine(line), line);
      assert.equal(foldLine(`${line}y`), `${line}\r\n y`);
    });

    it('counts a continuation line with its space: 74 octets of text after the first 75', () => {
      const folded = foldLine('a'.repeat(75 + 74 + 74 + 3));
      assert.deepEqual(folded.split('\r\n').map((line) => line.length), [75, 75, 75, 4]);
      assert.ok(folded.split('\r\n').slice(1).every((line) => line.startsWith(' ')));
    });

    it('counts UTF-8 octets, not characters, and never splits a character', () => {
      // 'é' is 2 octets: 37 of them after 'SUMMARY:' (8) make 82 octets, so the first line holds 33 (74 octets).
      const accented = foldLine(`SUMMARY:${'é'.repeat(37)}`);
      assert.deepEqual(accented.split('\r\n'), [`SUMMARY:${'é'.repeat(33)}`, ` ${'é'.repeat(4)}`]);
      // '走' is 3 octets, '🙂' 4 (two UTF-16 units): the fold falls before the character that would not fit.
      const cjk = foldLine(`X:${'走'.repeat(30)}`);
      assert.deepEqual(cjk.split('\r\n').map(octets), [2 + 3 * 24, 1 + 3 * 6]);
      const emoji = foldLine(`X:${'🙂'.repeat(20)}`);
      assert.deepEqual(emoji.split('\r\n').map(octets), [2 + 4 * 18, 1 + 4 * 2]);
      assert.ok(!emoji.split('\r\n').some((line) => /[\ud800-\udbff]$|^ ?[\udc00-\udfff]/.test(line)), 'no surrogate pair split');
    });

    it('folds any text into lines of at most 75 octets that unfold to the text and decode as UTF-8', () => {
      fc.assert(
        // A content line: escaped text, so no raw line break in it (escapeText turns them into `\n`).
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }).map((raw) => raw.replace(/[\r\n]/g, '')), (text) => {
          const folded = foldLine(text);
          const lines = folded.split('\r\n');
          for (const [index, line] of lines.entries()) {
            assert.ok(octets(line) <= 75, `line ${index} has ${octets(line)} octets`);
            if (index > 0) assert.ok(line.startsWith(' ') && line.length > 1);
            // A split pair would show as a lone surrogate at a line end or start.
            assert.ok(!/[\ud800-\udbff]$/.test(line) || !/^ [\udc00-\udfff]/.test(lines[index + 1] ?? ''));
          }
          assert.equal(unfold(folded), text);
        }),
        { numRuns: 2000, seed: Number(process.env.FC_SEED ?? 20261203) },
      );
    });
  });

  describe('writeCalendar', () => {
    it('writes the calendar and event properties with CRLF after every line', () => {
      const ics = writeCalendar({ productId: 'hybrid-plan/hybrid', name: 'Hybrid block' }, [event()]);
      assert.deepEqual(physicalLines(ics), [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'PRODID:hybrid-plan/hybrid',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Hybrid block',
        'X-PUBLISHED-TTL:PT1H',
        'BEGIN:VEVENT',
        'UID:plan-2026-12-07-w1-mon-0@hybrid-plan',
        'SUMMARY:Gym lower heavy',
        'DTSTAMP:20261125T120000Z',
        'DTSTART:20261207T070000',
        'DESCRIPTION:Kind: gym',
        'CATEGORIES:heavy legs,hard gym',
        'DURATION:PT1H',
        'END:VEVENT',
        'END:VCALENDAR',
      ]);
    });

    it('writes durations with whole numbers: hours and minutes, seconds for half a minute, PT0M for none', () => {
      const durations = [90, 40, 120, 37.5, 0, 24 * 60 + 5].map((minutes) => {
        const ics = writeCalendar({ productId: 'p', name: 'n' }, [event({ minutes })]);
        const written = /\r\nDURATION:([^\r]*)\r\n/.exec(ics)![1]!;
        const read = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!).duration.toSeconds();
        return [written, read];
      });
      assert.deepEqual(durations, [
        ['PT1H30M', 5400],
        ['PT40M', 2400],
        ['PT2H', 7200],
        ['PT37M30S', 2250],
        ['PT0M', 0],
        ['PT24H5M', 86700],
      ]);
    });

    it('escapes the calendar name and each category as TEXT', () => {
      const ics = writeCalendar({ productId: 'p', name: 'Run, lift; rest\\repeat' }, [event({ categories: ['a,b', 'c'] })]);
      assert.match(ics, /\r\nX-WR-CALNAME:Run\\, lift\\; rest\\\\repeat\r\n/);
      assert.match(ics, /\r\nCATEGORIES:a\\,b,c\r\n/);
      const calendar = new ICAL.Component(ICAL.parse(ics));
      // An X- property's value is TEXT by default (RFC 5545 §3.8.8.2); ical.js leaves unknown properties escaped.
      assert.equal(unescapeText(calendar.getFirstPropertyValue('x-wr-calname') as string), 'Run, lift; rest\\repeat');
      assert.deepEqual(calendar.getFirstSubcomponent('vevent')!.getFirstProperty('categories')!.getValues(), ['a,b', 'c']);
    });
  });

  it('refuses, in one line, a plan whose weeks run past the year 9999 (a DATE has four digits of year)', () => {
    const plan = parsePlan('start: 9999-12-27\nweek 1\nMon: gym\nweek 2\nMon: gym\n');
    assert.deepEqual(exportCalendar(plan, { timestamp: STAMP }), {
      ok: false,
      error: 'Could not write the calendar: week 2 falls after the year 9999.',
    });
  });

  describe('calendar export of non-ASCII and long text', () => {
    const plan = [
      'plan "Plan für Jürgen – été; 走る, ok"',
      'start: 2026-12-07',
      'week 1: Grundlage',
      'Mon: gym lower heavy [squat 5x5 @80%] "Kniebeugen schwer; Rücken gerade, Atmung 🙂 — 走る前にウォームアップを十分に行ってください, then more words so that this description folds several times over"',
      'Tue: run easy 40min "a\\b; c, d"',
      `Wed: run long 14km "${'é'.repeat(90)}"`,
      'Thu: run 35-40 min easy',
      '',
    ].join('\n');

    it('folds every line at 75 octets and reads back, through ical.js, exactly the text of each event', () => {
      const result = exportCalendar(parsePlan(plan), { timestamp: STAMP });
      assert.ok(result.ok, result.ok ? '' : result.error);
      const lines = physicalLines(result.text);
      for (const line of lines) assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
      assert.ok(lines.filter((line) => line.startsWith(' ')).length >= 8, 'the long descriptions are folded');

      const calendar = new ICAL.Component(ICAL.parse(result.text));
      assert.equal(unescapeText(calendar.getFirstPropertyValue('x-wr-calname') as string), 'Plan für Jürgen – été; 走る, ok');
      const parsed = parsePlan(plan);
      const planned = plannedSessions(parsed, '2026-12-07');
      const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
      assert.equal(events.length, 4);
      events.forEach((read, index) => assert.equal(read.description, sessionDescription(planned[index]!)));
      assert.match(events[0]!.description, /Notes: Kniebeugen schwer; Rücken gerade, Atmung 🙂 — 走る前に/);
      assert.match(events[1]!.description, /\nDetails: run easy 40min "a\\b; c, d"\n/);
      assert.ok(events[2]!.description.includes(`Notes: ${'é'.repeat(90)}\n`));
      assert.equal(events[3]!.duration.toSeconds(), 37.5 * 60, 'a planned 37.5 minutes stays 37.5 minutes');
    });
  });
});
