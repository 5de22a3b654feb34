/** The event's local times (a day and "HH:MM" in its time zone) as instants and as offsets, for files read elsewhere. */
import { toMinutes } from '../model/time.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offsets already read, per zone and instant: a programme asks for the same few start times again and again. */
const offsets = new Map<string, Map<number, number>>();

/** Minutes the zone is ahead of UTC at that instant (120 for Paris in summer). */
function offsetMinutesAt(instant: number, timeZone: string): number {
  let known = offsets.get(timeZone);
  if (!known || known.size > 100_000) offsets.set(timeZone, (known = new Map()));
  const cached = known.get(instant);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
  known.set(instant, offset);
  return offset;
}

/** The instant (ms since 1970, UTC) at which the event's clocks show `time` on `day`; `minutes` past it when given. */
export function eventInstant(day: string, time: string, timeZone: string, minutes = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + (toMinutes(time) + minutes) * 60_000;
  // The offset at the wall time read as UTC is right except within hours of a change; a second look settles it.
  const first = wall - offsetMinutesAt(wall, timeZone) * 60_000;
  const second = wall - offsetMinutesAt(first, timeZone) * 60_000;
  return second;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "+02:00": the zone's offset at that instant, as ISO 8601 writes it. */
export function isoOffset(instant: number, timeZone: string): string {
  const offset = offsetMinutesAt(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
}

/** "2025-10-14T09:00:00+02:00": the instant as the event's clocks show it, with their offset. */
export function localIso(instant: number, timeZone: string): string {
  const offset = offsetMinutesAt(instant, timeZone);
  const shifted = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  return `${shifted}${isoOffset(instant, timeZone)}`;
}

/** "20251014T070000Z": the instant in UTC, as iCalendar writes it. */
export const icalUtc = (instant: number): string => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
