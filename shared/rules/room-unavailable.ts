/** A session in a room outside the times the room can be had. */
import { finding } from './finding.ts';
import { insideWindows, sessionItem, sessionParams, windowsOfDay } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'room-unavailable';

export const roomUnavailable: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const room = p && lookups.rooms.get(p.roomId);
    if (!p || !room || room.availability.length === 0) return;
    if (insideWindows(lookups, room.availability, p.day, p.start, p.end)) return;
    const hours = windowsOfDay(room.availability, p.day);
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId), { kind: 'room', id: room.id }],
      { ...sessionParams(p, 'session'), day: p.day, room: room.name, hours },
      [sessionId],
      hours ? 'message' : 'closedThatDay',
    ));
  },
};
