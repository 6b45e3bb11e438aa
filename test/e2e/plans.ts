// Small, independent readings of plan text for the e2e assertions (deliberately not the engine's parser, so a
// parser bug cannot hide a lost session): which sessions a file holds, and what a "Move" fix must produce.

const DAY_LINE = /^\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*:(.*)$/i;
const WEEK_LINE = /^\s*week\s+(\d+)/i;

function stripComment(text: string): string {
  // Comments start at `#` outside a string; fixtures keep `#` out of notes.
  const hash = text.indexOf('#');
  return hash >= 0 ? text.slice(0, hash) : text;
}

/**
 * Every planned session as `week N | text` (whitespace collapsed), rest and off left out, sorted: the multiset
 * that rescheduling must keep (it moves sessions between days of a week, never across weeks).
 */
export function sessionMultiset(text: string): string[] {
  const sessions: string[] = [];
  let week = 1;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine);
    const weekMatch = WEEK_LINE.exec(line);
    if (weekMatch) {
      week = Number(weekMatch[1]);
      continue;
    }
    for (const statement of line.split(';')) {
      const day = DAY_LINE.exec(statement);
      if (!day) continue;
      for (const part of day[2].split('+')) {
        const session = part.trim().replace(/\s+/g, ' ');
        if (session && !/^(rest|off)$/i.test(session)) sessions.push(`week ${week} | ${session}`);
      }
    }
  }
  return sessions.sort();
}

/**
 * The text after "Move '<session>' to <Day>" in a file whose days each sit on one line (rules.md: the session
 * leaves its day, a day left empty becomes `rest`; on the target day it replaces `rest`, else is appended with ` + `).
 */
export function expectedAfterMove(text: string, session: string, fromDay: string, toDay: string): string {
  const lines = text.split('\n');
  const dayIndex = (day: string): number =>
    lines.findIndex((line) => new RegExp(`^\\s*${day.slice(0, 3)}[a-z]*\\s*:`, 'i').test(line));
  const from = dayIndex(fromDay);
  const to = dayIndex(toDay);
  if (from < 0 || to < 0) throw new Error(`the fixture has no ${fromDay} or ${toDay} line`);
  const [fromHead, ...fromRest] = lines[from].split(':');
  const remaining = fromRest
    .join(':')
    .split('+')
    .map((part) => part.trim())
    .filter((part) => part !== session);
  if (remaining.length === fromRest.join(':').split('+').length) {
    throw new Error(`'${session}' is not a session of the ${fromDay} line: ${lines[from]}`);
  }
  lines[from] = `${fromHead}: ${remaining.length ? remaining.join(' + ') : 'rest'}`;
  const [toHead, ...toRest] = lines[to].split(':');
  const target = toRest.join(':').trim();
  lines[to] = /^(rest|off)$/i.test(target) ? `${toHead}: ${session}` : `${toHead}: ${target} + ${session}`;
  return lines.join('\n');
}
