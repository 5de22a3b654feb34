/** A small audience lost in a big room (under a quarter of more than 100 seats): a smaller room would feel fuller. */
import { finding } from './finding.ts';
import { audienceOf } from './audience-size.ts';
import { sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'capacity-far-too-large';
export const LARGE_ROOM_SEATS = 100;
export const EMPTY_SHARE = 0.25;

export const capacityFarTooLarge: Rule = {
  id,
  severity: 'info',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const room = p && lookups.rooms.get(p.roomId);
    if (!p || !room || room.capacity <= LARGE_ROOM_SEATS) return;
    const audience = audienceOf(lookups, sessionId);
    // An audience of 0 means "not estimated yet": nothing to compare.
    if (audience === 0 || audience >= room.capacity * EMPTY_SHARE) return;
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId), { kind: 'room', id: room.id }],
      { ...sessionParams(p, 'session'), day: p.day, room: room.name, capacity: room.capacity, audience },
      [sessionId],
    ));
  },
};
