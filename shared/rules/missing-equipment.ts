/** Equipment a session needs that its room does not have: one finding per missing piece. */
import { finding } from './finding.ts';
import { sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'missing-equipment';

export const missingEquipment: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const room = p && lookups.rooms.get(p.roomId);
    if (!p || !room || p.session.needs.equipment.length === 0) return;
    for (const equipment of new Set(p.session.needs.equipment)) {
      if (room.equipment.includes(equipment)) continue;
      emit(finding(
        id,
        `${id}:${sessionId}:${equipment}`,
        [sessionItem(sessionId), { kind: 'room', id: room.id }],
        { ...sessionParams(p, 'session'), day: p.day, room: room.name, equipment },
        [sessionId],
      ));
    }
  },
};
