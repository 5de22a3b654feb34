/** A session that needs a layout (classroom, cabaret…) its room is not set in. */
import { finding } from './finding.ts';
import { sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'wrong-layout';

export const wrongLayout: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const room = p && lookups.rooms.get(p.roomId);
    const needed = p?.session.needs.layout ?? null;
    if (!p || !room || needed === null || needed === room.layout) return;
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId), { kind: 'room', id: room.id }],
      { ...sessionParams(p, 'session'), day: p.day, room: room.name, needed, layout: room.layout },
      [sessionId],
    ));
  },
};
