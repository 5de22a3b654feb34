/** A day's first and last moment in a schedule: its first start and last end, or the whole day when nothing is placed. */
import { eventInstant, localIso } from './event-time.ts';
import type { Programme, ProgrammeEntry } from './programme-entries.ts';

export function dayBounds(programme: Programme, day: string, entries: readonly ProgrammeEntry[]): { start: string; end: string } {
  const starts = entries.map((entry) => entry.startsAt);
  const ends = entries.map((entry) => entry.endsAt);
  const start = starts.length > 0 ? Math.min(...starts) : eventInstant(day, '00:00', programme.timeZone);
  const end = ends.length > 0 ? Math.max(...ends) : eventInstant(day, '23:59', programme.timeZone);
  return { start: localIso(start, programme.timeZone), end: localIso(end, programme.timeZone) };
}
