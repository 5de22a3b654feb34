/** More people expected (or registered) than the room holds. */
import { finding } from './finding.ts';
import { audienceOf } from './audience-size.ts';
import { sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'capacity-too-small';

export const capacityTooSmall: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const room = p && lookups.rooms.get(p.roomId);
    if (!p || !room) return;
    const audience = audienceOf(lookups, sessionId);
    if (audience <= room.capacity) return;
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId), { kind: 'room', id: room.id }],
      { ...sessionParams(p, 'session'), day: p.day, room: room.name, capacity: room.capacity, audience },
      [sessionId],
    ));
  },
};
