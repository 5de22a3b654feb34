/** iCalendar text (RFC 5545) as Régie writes it: escaped values, lines folded at 75 octets, CRLF, times in UTC. */
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

const octets = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/** One content line, folded so that no line passes 75 octets: a fold never splits a character, the next line starts with a space. */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (used + size > 75) {
      out += '\r\n ';
      used = 1;
    }
    out += char;
    used += size;
  }
  return `${out}\r\n`;
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
