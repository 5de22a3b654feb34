/**
 * Too little time to reset a room between two sessions that need a different set-up.
 * Talks of one thematic session or one track, and sessions with the same layout and equipment, need none.
 */
import { overlaps } from '../model/time.ts';
import type { Session } from '../model/schema.ts';
import { finding } from './finding.ts';
import { inOrder, occupiesRoom, pairKey, related, sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'room-changeover';

function sameSetUp(a: Session, b: Session): boolean {
  if (a.parentId !== null && a.parentId === b.parentId) return true;
  if (a.needs.layout !== b.needs.layout) return false;
  const equipment = new Set(a.needs.equipment);
  const other = new Set(b.needs.equipment);
  return equipment.size === other.size && [...equipment].every((e) => other.has(e));
}

export const roomChangeover: Rule = {
  id,
  severity: 'warning',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const room = p && lookups.rooms.get(p.roomId);
    if (!p || !room || room.changeoverMinutes === 0 || !occupiesRoom(lookups, p)) return;
    for (const q of lookups.byRoomDay.get(p.roomKey) ?? []) {
      if (q.start >= p.end + room.changeoverMinutes) break;
      if (q === p || overlaps(p.start, p.end, q.start, q.end)) continue;
      const [a, b] = inOrder(p, q);
      const gap = b.start - a.end;
      if (gap >= room.changeoverMinutes || !occupiesRoom(lookups, q) || related(lookups, sessionId, q.session.id)) continue;
      if (sameSetUp(a.session, b.session)) continue;
      emit(finding(
        id,
        pairKey(id, a.session.id, b.session.id),
        [sessionItem(a.session.id), sessionItem(b.session.id), { kind: 'room', id: room.id }],
        { ...sessionParams(a, 'first'), ...sessionParams(b, 'second'), room: room.name, day: p.day, gap, changeover: room.changeoverMinutes },
        [a.session.id, b.session.id],
      ));
    }
  },
};
