/** A talk or keynote of a thematic session placed outside its parent's time or room. */
import { finding } from './finding.ts';
import { contains, sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'nested-outside-parent';

export const nestedOutsideParent: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const parentId = p?.session.parentId ?? null;
    const parent = parentId === null ? undefined : lookups.sessions.get(parentId);
    if (!p || !parent) return;
    const placedParent = lookups.placed.get(parent.id);
    if (placedParent && contains(placedParent, p)) return;
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId), sessionItem(parent.id)],
      placedParent
        ? { ...sessionParams(p, 'session'), ...sessionParams(placedParent, 'parent'), day: p.day, parentDay: placedParent.day, room: lookups.rooms.get(p.roomId)?.name ?? p.roomId, parentRoom: lookups.rooms.get(placedParent.roomId)?.name ?? placedParent.roomId }
        : { ...sessionParams(p, 'session'), parent: parent.title, day: p.day },
      [sessionId, parent.id],
      placedParent ? 'message' : 'parentUnscheduled',
    ));
  },
};
