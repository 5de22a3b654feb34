/** A talk or keynote of a thematic session placed outside its parent's time or room. */
import { finding } from './finding.ts';
import { contains, sessionItem, sessionParams } from './plan.ts';
import type { Rule } from './types.ts';

const id = 'nested-outside-parent';

export const nestedOutsideParent: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, plan, emit) {
    const p = plan.placed.get(sessionId);
    const parentId = p?.session.parentId ?? null;
    const parent = parentId === null ? undefined : plan.sessions.get(parentId);
    if (!p || !parent) return;
    const placedParent = plan.placed.get(parent.id);
    if (placedParent && contains(placedParent, p)) return;
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId), sessionItem(parent.id)],
      placedParent
        ? { ...sessionParams(p, 'session'), ...sessionParams(placedParent, 'parent'), day: p.day, parentDay: placedParent.day, room: plan.rooms.get(p.roomId)?.name ?? p.roomId, parentRoom: plan.rooms.get(placedParent.roomId)?.name ?? placedParent.roomId }
        : { ...sessionParams(p, 'session'), parent: parent.title, day: p.day },
      [sessionId, parent.id],
      placedParent ? 'message' : 'parentUnscheduled',
    ));
  },
};
