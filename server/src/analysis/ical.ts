// A small iCalendar (RFC 5545) writer: just what the calendar export needs — a VCALENDAR of VEVENTs with a floating
// start, a duration and text fields. Lines end in CRLF and are folded at 75 octets of UTF-8 (a character is never
// split); TEXT values escape `\`, `;`, `,` and line breaks. Pure and dependency-free (it replaced the `ics` package,
// whose `yup` validation was a sixth of the server bundle).

/** One VEVENT. */
export interface CalendarEvent {
  /** Globally unique and stable across exports, so a re-import replaces the event. */
  uid: string;
  /** DTSTAMP: when the calendar was written (UTC). */
  stamp: Date;
  /** DTSTART as a floating local date-time (no time zone): ISO date `YYYY-MM-DD` and minutes after midnight. */
  date: string;
  startMinutes: number;
  /** DURATION in minutes (a fraction is written as seconds). */
  minutes: number;
  summary: string;
  description: string;
  categories: readonly string[];
}

export interface CalendarHeader {
  /** PRODID. */
  productId: string;
  /** X-WR-CALNAME: the name calendar apps give the imported calendar. */
  name: string;
}

const MAX_OCTETS = 75;

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD: 3 octets). */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets of UTF-8, excluding the line break; each
 * continuation starts with one space, which counts towards its 75. Splits only between characters (code points).
 */
export function foldLine(line: string): string {
  // Fast path: 75 UTF-16 units of ASCII are 75 octets; anything longer or wider is measured.
  if (line.length <= MAX_OCTETS && !/[^\x00-\x7f]/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const width = utf8Octets(char.codePointAt(0)!);
    if (octets + width > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += width;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/**
 * A TEXT value (RFC 5545 §3.3.11): `\` `;` `,` escaped with a backslash, a line break (CRLF, CR or LF) as `\n`.
 * Other control characters are not allowed in TEXT (HTAB is) and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYYMMDDTHHMMSSZ`. */
function utcDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `YYYYMMDDTHHMMSS`: a floating local date-time (RFC 5545 §3.3.5, form #1). */
function floatingDateTime(date: string, minutes: number): string {
  return `${date.replace(/-/g, '')}T${pad2(Math.floor(minutes / 60))}${pad2(minutes % 60)}00`;
}

/**
 * `PT1H30M`, `PT40M`, `PT2H`, `PT37M30S` (a planned 37.5 minutes: the value has whole numbers only); `PT0M` for
 * nothing (a duration needs at least one part).
 */
function duration(minutes: number): string {
  const seconds = Math.max(0, Math.round(minutes * 60));
  const hours = Math.floor(seconds / 3600);
  const wholeMinutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (wholeMinutes > 0 || (hours === 0 && rest === 0)) text += `${wholeMinutes}M`;
  if (rest > 0) text += `${rest}S`;
  return text;
}

/** Whether a date can be written: an ISO date of the years 0000–9999 (a DATE value has four digits of year). */
export function writableDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/** The calendar as iCalendar text: CRLF line endings, the last line ended too. */
export function writeCalendar(header: CalendarHeader, events: readonly CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${escapeText(header.productId)}`,
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(header.name)}`,
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DTSTAMP:${utcDateTime(event.stamp)}`,
      `DTSTART:${floatingDateTime(event.date, event.startMinutes)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
    );
    if (event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push(`DURATION:${duration(event.minutes)}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
