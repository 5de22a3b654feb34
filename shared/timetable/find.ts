/** The search over the grid: placed sessions found by their title, their people's names or their room's name. */
import { fullName } from '../model/people.ts';
import type { Project, Session } from '../model/schema.ts';
import { toMinutes } from '../model/time.ts';
import { fold } from '../model/fold.ts';

/**
 * Ids of the sessions placed in one of `rooms` (the rooms shown, in their order) whose title, people or room hold every
 * word of `query`, whatever the accents and case, in reading order: day, start time, then room.
 */
export function findOnGrid(project: Project, query: string, rooms: readonly string[]): string[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return [];
  const roomRank = new Map(rooms.map((id, i) => [id, i]));
  const dayRank = new Map(project.event.days.map((d, i) => [d.date, i]));
  const people = new Map(project.people.map((p) => [p.id, fullName(p)]));
  const roomNames = new Map(project.rooms.map((r) => [r.id, r.name]));
  const found = project.sessions.filter((s) => {
    if (!s.slot || !roomRank.has(s.slot.roomId) || !dayRank.has(s.slot.day)) return false;
    const text = fold([s.title, roomNames.get(s.slot.roomId) ?? '', ...s.people.map((p) => people.get(p.personId) ?? '')].join(' '));
    return words.every((w) => text.includes(w));
  });
  const key = (slot: NonNullable<Session['slot']>) => [dayRank.get(slot.day)!, toMinutes(slot.start), roomRank.get(slot.roomId)!] as const;
  return found
    .map((s) => ({ id: s.id, key: key(s.slot!) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map((s) => s.id);
}
