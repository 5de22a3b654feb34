/**
 * iCalendar text (RFC 5545) as Régie writes it: escaped values, lines folded at 75 octets, CRLF. Times are written in UTC:
 * every reader shows them at the right hour in its own zone, and no VTIMEZONE rules need deriving (the runtime gives offsets, not rules).
 */
import { xmlText } from '../exports/xml-text.ts';
import { icalUtc } from './event-time.ts';

export interface CalendarEvent {
  readonly uid: string;
  /** Instants (ms since 1970, UTC). */
  readonly start: number;
  readonly end: number;
  readonly summary: string;
  readonly location: string;
  readonly description: string;
  readonly categories: readonly string[];
}

/** A TEXT value: "\", ";" and "," escaped, line breaks as "\n", control characters and lone surrogates left out. */
export function escapeText(value: string): string {
  return xmlText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const NON_ASCII = /[^\u0000-\u007f]/;

const octets = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/** One content line, folded so that no line passes 75 octets: a fold never splits a character, the next line starts with a space. */
export function foldLine(line: string): string {
  // Most lines are short and plain ASCII: one octet per character, nothing to fold.
  if (line.length <= 75 && !NON_ASCII.test(line)) return `${line}\r\n`;
  const parts: string[] = [];
  let from = 0;
  let used = 0;
  for (let i = 0; i < line.length; ) {
    const code = line.codePointAt(i)!;
    const size = octets(code);
    if (used + size > 75) {
      parts.push(line.slice(from, i));
      from = i;
      used = 1;
    }
    used += size;
    i += code > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(from));
  return `${parts.join('\r\n ')}\r\n`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icalUtc(event.start)}`,
    `DTEND:${icalUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.categories.length > 0 ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    'END:VEVENT',
  ];
}

/** A whole calendar; `exportedAt` (an instant) is every event's DTSTAMP. */
export function calendarText(name: string, events: readonly CalendarEvent[], exportedAt: number): string {
  const stamp = icalUtc(exportedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Régie//Programme//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}
