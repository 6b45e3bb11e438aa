import * as assert from 'node:assert/strict';
import { parsePlan } from '../../../server/src/language/parser';
import {
  compareStart, formatHours, formatKm, formatNumber, nextDay, ordinal, previousDay, sessionLabel, startGap, weekAnchor,
} from '../../../server/src/rules/helpers';

function day0(text: string) {
  const plan = parsePlan(text);
  assert.deepEqual(plan.syntaxErrors, []);
  return plan.weeks[0].days[0].sessions;
}

describe('rule helpers', () => {
  describe('next and previous day', () => {
    it('a single-week plan wraps both ways', () => {
      const plan = parsePlan('Mon: gym\n');
      assert.deepEqual([nextDay(plan, 0, 6)?.day.weekday, nextDay(plan, 0, 6)?.weekIndex], [0, 0]);
      assert.deepEqual([previousDay(plan, 0, 0)?.day.weekday, previousDay(plan, 0, 0)?.weekIndex], [6, 0]);
      assert.equal(nextDay(plan, 0, 2)?.day.weekday, 3);
    });
    it('a multi-week plan walks into the next and previous week, and stops at both ends', () => {
      const plan = parsePlan('week 1\nMon: gym\nweek 2-3\nMon: run\n');
      assert.deepEqual([nextDay(plan, 0, 6)?.week.number, nextDay(plan, 0, 6)?.day.weekday], [2, 0]);
      assert.deepEqual([previousDay(plan, 2, 0)?.week.number, previousDay(plan, 2, 0)?.day.weekday], [2, 6]);
      assert.equal(nextDay(plan, 2, 6), undefined);
      assert.equal(previousDay(plan, 0, 0), undefined);
    });
  });

  describe('times of day', () => {
    it('clock times compare exactly; am before pm; otherwise unknown', () => {
      const [a, b] = day0('Mon: run @07:00 + gym @06:30\n');
      assert.equal(compareStart(a, b), 1);
      const [c, d] = day0('Mon: gym pm + run am\n');
      assert.equal(compareStart(c, d), 1);
      const [e, f] = day0('Mon: gym + run am\n');
      assert.equal(compareStart(e, f), 0);
      const [g, h] = day0('Mon: gym @18:00 + run am\n');
      assert.equal(compareStart(g, h), 1, 'a clock time has a half of the day');
    });
    it('gaps', () => {
      const [a, b] = day0('Mon: run @07:00 + gym @09:15\n');
      assert.deepEqual(startGap(a, b), { kind: 'exact', minutes: 135 });
      const [c, d] = day0('Mon: run am + gym pm\n');
      assert.deepEqual(startGap(c, d), { kind: 'am-pm' });
      const [e, f] = day0('Mon: run pm + gym @19:00\n');
      assert.deepEqual(startGap(e, f), { kind: 'same-period', period: 'pm' });
      const [g, h] = day0('Mon: run + gym @19:00\n');
      assert.deepEqual(startGap(g, h), { kind: 'unknown' });
    });
  });

  describe('plan words', () => {
    it('names a session with its day and shortens long exercise lists', () => {
      const [s] = day0('Mon: gym lower heavy [squat 5x5 @80%, rdl 3x8, lunge 3x10, plank 3x60s]\n');
      assert.equal(sessionLabel(0, s), 'Mon: gym lower heavy [squat 5x5 @80%, rdl 3x8…');
      const [t] = day0('Mon: gym lower heavy [squat 5x5 @80%, deadlift 3x5 @100kg]\n');
      assert.equal(sessionLabel(0, t), 'Mon: gym lower heavy [squat 5x5 @80%…');
      const [u] = day0('Mon: gym lower heavy [squat 5x5]\n');
      assert.equal(sessionLabel(0, u), 'Mon: gym lower heavy [squat 5x5]');
    });
    it('ordinals, hours, numbers and km', () => {
      assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
      assert.deepEqual([45, 60, 210, 360].map(formatHours), ['45 min', '1 h', '3 h 30 min', '6 h']);
      assert.deepEqual([360, 1920, 12345.6].map(formatNumber), ['360', '1 920', '12 346']);
      assert.deepEqual([10, 16.0934, 4.8].map(formatKm), ['10 km', '16.1 km', '4.8 km']);
    });
    it('anchors a week on its header, else its first day line', () => {
      const withHeader = parsePlan('week 1: base\nMon: gym\n');
      assert.deepEqual(weekAnchor(withHeader, withHeader.weeks[0]), { start: { line: 0, column: 0 }, end: { line: 0, column: 12 } });
      const single = parsePlan('goal: balanced\n\nTue: run\n');
      assert.deepEqual(weekAnchor(single, single.weeks[0]), { start: { line: 2, column: 0 }, end: { line: 2, column: 8 } });
    });
  });
});
