/** A session that needs a layout (classroom, cabaret…) its room is not set in. */
import { finding } from './finding.ts';
import { sessionItem, sessionParams } from './plan.ts';
import type { Rule } from './types.ts';

const id = 'wrong-layout';

export const wrongLayout: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, plan, emit) {
    const p = plan.placed.get(sessionId);
    const room = p && plan.rooms.get(p.roomId);
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
