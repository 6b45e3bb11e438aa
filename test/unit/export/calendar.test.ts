// Calendar export: the .ics text parses with ical.js and holds one event per non-rest session at the right date,
// time and duration, with title, description and categories in plan words.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parsePlan } from '../../../server/src/language/parser';
import {
  dateOf,
  exportCalendar,
  MISSING_START_MESSAGE,
  plannedSessions,
} from '../../../server/src/analysis/export';

const STAMP = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));

const PLAN = [
  'plan "Hybrid block"',
  'start: 2026-12-07',
  'goal: balanced',
  '',
  'week 1: base',
  'Mon: gym lower heavy 70min [squat 5x5 @80%, rdl 3x8]',
  'Tue: run intervals 6x800m @18:30 "track, lane 1"',
  'Wed: rest',
  'Thu: run easy 40min pm + gym upper am',
  'Sat: run long 14km',
  '',
  'week 2-3: build',
  'Mon: gym lower heavy + run easy',
  'Wed: bike hard',
  '',
].join('\n');

interface Event {
  uid: string;
  summary: string;
  start: string;
  floating: boolean;
  minutes: number;
  description: string;
  categories: string[];
}

function events(ics: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      floating: event.startDate.zone === ICAL.Timezone.localTimezone,
      minutes: event.duration.toSeconds() / 60,
      description: event.description,
      categories: component.getAllProperties('categories').flatMap((property) => property.getValues() as string[]),
    };
  });
}

function exported(text: string): string {
  const result = exportCalendar(parsePlan(text), { timestamp: STAMP });
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.text;
}

describe('calendar export', () => {
  it('dates week N from start + 7(N−1) days', () => {
    assert.equal(dateOf('2026-12-07', 1, 0), '2026-12-07');
    assert.equal(dateOf('2026-12-07', 1, 6), '2026-12-13');
    assert.equal(dateOf('2026-12-07', 4, 2), '2026-12-30');
    assert.equal(dateOf('2026-12-07', 5, 3), '2027-01-07');
    assert.equal(dateOf('2027-02-22', 1, 6), '2027-02-28');
    assert.equal(dateOf('2028-02-21', 2, 1), '2028-02-29');
  });

  it('writes one event per non-rest session with its date, time, duration and title', () => {
    const all = events(exported(PLAN));
    assert.deepEqual(
      all.map((event) => [event.start, event.minutes, event.summary]),
      [
        ['2026-12-07T07:00:00', 70, 'Gym lower heavy'],
        ['2026-12-08T18:30:00', 50, 'Run intervals 6x800m'],
        ['2026-12-10T18:00:00', 40, 'Run easy'],
        ['2026-12-10T07:00:00', 60, 'Gym upper moderate'],
        ['2026-12-12T07:00:00', 84, 'Run long 14 km'],
        ['2026-12-14T07:00:00', 60, 'Gym lower heavy'],
        ['2026-12-14T18:00:00', 40, 'Run easy'],
        ['2026-12-16T07:00:00', 45, 'Bike hard'],
        ['2026-12-21T07:00:00', 60, 'Gym lower heavy'],
        ['2026-12-21T18:00:00', 40, 'Run easy'],
        ['2026-12-23T07:00:00', 45, 'Bike hard'],
      ],
    );
    assert.ok(all.every((event) => event.floating), 'times are floating local times (no time zone, no Z)');
    assert.equal(new Set(all.map((event) => event.uid)).size, all.length);
    assert.equal(all[0]!.uid, 'hybrid-block-2026-12-07-w1-mon-0@hybrid-plan');
  });

  it('titles the forgiving forms in plan words: conditioning, sport, races and tests, steady runs, Day N', () => {
    const text = ['start: 2026-12-07', 'Day 1: hiit 30min', 'Day 2: 10K time trial', 'Day 3: test acft + bjj easy', 'Day 4: parkrun', 'Day 5: run steady 8km', 'Day 6: 1RM test', 'Day 7: easy run 40min', ''].join('\n');
    assert.deepEqual(
      events(exported(text)).map((event) => [event.start.slice(0, 10), event.summary]),
      [
        ['2026-12-07', 'HIIT hard'],
        ['2026-12-08', 'Test time trial 10 km'],
        ['2026-12-09', 'Test ACFT'],
        ['2026-12-09', 'BJJ easy'],
        ['2026-12-10', 'Race 5km'],
        ['2026-12-11', 'Run steady 8 km'],
        ['2026-12-12', 'Test 1RM'],
        ['2026-12-13', 'Run easy'],
      ],
    );
  });

  it('describes kind, class, details, exercises and notes', () => {
    const all = events(exported(PLAN));
    assert.equal(
      all[0]!.description,
      [
        'Kind: gym',
        'Class: heavy legs, hard gym (hard session)',
        'Details: gym lower heavy 70min [squat 5x5 @80%, rdl 3x8]',
        'Planned: 70 min at RPE 8 (load 560)',
        'Exercises: squat 5x5 @80%, rdl 3x8',
        'Week 1 (base), Monday',
      ].join('\n'),
    );
    assert.equal(
      all[1]!.description,
      [
        'Kind: run',
        'Class: quality run (hard session)',
        'Details: run intervals 6x800m @18:30 "track, lane 1"',
        'Planned: 50 min at RPE 8 (load 400)',
        'Notes: track, lane 1',
        'Week 1 (base), Tuesday',
      ].join('\n'),
    );
    assert.deepEqual(all[0]!.categories, ['heavy legs', 'hard gym']);
    assert.deepEqual(all[7]!.categories, ['hard cross']);
  });

  it('is byte-stable for a fixed timestamp and names the calendar after the plan', () => {
    const first = exported(PLAN);
    assert.equal(first, exported(PLAN));
    assert.match(first, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    assert.match(first, /\r\nX-WR-CALNAME:Hybrid block\r\n/);
    assert.match(first, /\r\nDTSTAMP:20261125T120000Z\r\n/);
    assert.match(first, /\r\nDTSTART:20261208T183000\r\n/);
    assert.equal(first.split('BEGIN:VEVENT').length - 1, 11);
  });

  it('refuses a plan without start: with one clear line', () => {
    const result = exportCalendar(parsePlan('Mon: gym\nTue: run easy\n'));
    assert.deepEqual(result, { ok: false, error: MISSING_START_MESSAGE });
    assert.ok(!MISSING_START_MESSAGE.includes('\n'));
  });

  it('refuses a plan that has only rest', () => {
    assert.deepEqual(exportCalendar(parsePlan('start: 2026-12-07\nMon: rest\n')), {
      ok: false,
      error: 'The plan has no sessions to export (every day is rest).',
    });
  });

  const twelveWeekPlans = [
    { name: 'the twelve-week fixture', file: join(__dirname, 'fixtures/twelve-weeks.hybrid') },
    { name: 'examples/twelve-weeks.hybrid', file: join(__dirname, '../../../examples/twelve-weeks.hybrid') },
  ].filter((candidate) => existsSync(candidate.file));

  for (const { name, file } of twelveWeekPlans) {
    it(`round-trips ${name}: every session back at its date, time and duration`, () => {
      const text = readFileSync(file, 'utf8');
      const plan = parsePlan(text);
      assert.deepEqual(plan.syntaxErrors, []);
      assert.ok(plan.start, 'the plan has a start date');
      assert.equal(new Set(plan.weeks.map((week) => week.number)).size, 12);
      const planned = plannedSessions(plan, plan.start.date);
      const all = events(exported(text));
      assert.equal(all.length, planned.length);
      all.forEach((event, index) => {
        const session = planned[index]!;
        const hours = String(Math.floor(session.startMinutes / 60)).padStart(2, '0');
        const minutes = String(session.startMinutes % 60).padStart(2, '0');
        assert.equal(event.start, `${session.date}T${hours}:${minutes}:00`);
        assert.equal(event.minutes, session.minutes);
        assert.ok(event.description.includes(`Details: ${session.session.text}`));
      });
      const first = plan.start.date;
      const last = dateOf(first, 12, 6);
      assert.ok(all.every((event) => event.start.slice(0, 10) >= first && event.start.slice(0, 10) <= last));
    });
  }

  it('exports the twelve-week fixture exactly', () => {
    const all = events(exported(readFileSync(join(__dirname, 'fixtures/twelve-weeks.hybrid'), 'utf8')));
    // Weeks 1–3: 6 sessions each; week 4: 4; weeks 5–7: 6; week 8: 3; weeks 9–11: 6; week 12: 3.
    assert.equal(all.length, 3 * 6 + 4 + 3 * 6 + 3 + 3 * 6 + 3);
    const intervals = all[3]!;
    assert.deepEqual([intervals.start, intervals.summary, intervals.minutes], ['2027-01-07T18:30:00', 'Run intervals 6x800m', 50]);
    const race = all[all.length - 1]!;
    assert.deepEqual([race.start, race.summary, race.minutes], ['2027-03-27T09:00:00', 'Run race 21.1 km', 106]);
    assert.match(race.description, /\nNotes: half marathon\nWeek 12 \(Taper\), Saturday$/);
    const yoga = all.find((event) => event.summary === 'Yoga easy')!;
    assert.deepEqual([yoga.start, yoga.minutes, yoga.categories], ['2027-01-10T07:00:00', 30, ['easy cross']]);
  });
});
