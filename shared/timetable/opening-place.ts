/** Where the grid opens on a file not looked at before, or on another day: where the sessions are, not on an empty morning. */
import type { Project } from '../model/schema.ts';
import { toMinutes } from '../model/time.ts';
import type { TimetablePlace } from './view-settings.ts';

/** The earliest session placed on `day` (the room first in the project's order when several start together), or null. */
export function firstSession(project: Project, day: string): { readonly start: number; readonly roomId: string } | null {
  const rank = new Map(project.rooms.map((r, i) => [r.id, i]));
  let first: { start: number; roomId: string } | null = null;
  for (const s of project.sessions) {
    if (s.slot?.day !== day) continue;
    const start = toMinutes(s.slot.start);
    const earlier = !first || start < first.start || (start === first.start && (rank.get(s.slot.roomId) ?? Infinity) < (rank.get(first.roomId) ?? Infinity));
    if (earlier) first = { start, roomId: s.slot.roomId };
  }
  return first;
}

/** The hour line above a start, so the session shows with a little of what comes before it. */
export const hourAbove = (minute: number): number => Math.floor(minute / 60) * 60;

/**
 * The first session of the first day that has one: its day, its room first in view, the hour line above its start.
 * A project with nothing placed opens on its first day, at the top left.
 */
export function openingPlace(project: Project): TimetablePlace | null {
  for (const { date } of project.event.days) {
    const first = firstSession(project, date);
    if (first) return { day: date, roomId: first.roomId, minute: hourAbove(first.start) };
  }
  const day = project.event.days[0]?.date;
  return day ? { day, roomId: null, minute: 0 } : null;
}
