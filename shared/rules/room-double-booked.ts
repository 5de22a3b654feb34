/** Two sessions in one room at the same time. Back-to-back is fine; a talk inside its own thematic session is not a clash. */
import { overlaps } from '../model/time.ts';
import { finding } from './finding.ts';
import { inOrder, occupiesRoom, pairKey, related, sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'room-double-booked';

export const roomDoubleBooked: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    if (!p || !occupiesRoom(lookups, p)) return;
    for (const q of lookups.byRoomDay.get(p.roomKey) ?? []) {
      // Sorted by start: nothing further on can overlap.
      if (q.start >= p.end) break;
      if (q === p || !overlaps(p.start, p.end, q.start, q.end)) continue;
      if (!occupiesRoom(lookups, q) || related(lookups, sessionId, q.session.id)) continue;
      const [a, b] = inOrder(p, q);
      emit(finding(
        id,
        pairKey(id, a.session.id, b.session.id),
        [sessionItem(a.session.id), sessionItem(b.session.id), { kind: 'room', id: p.roomId }],
        { ...sessionParams(a, 'first'), ...sessionParams(b, 'second'), room: lookups.rooms.get(p.roomId)?.name ?? p.roomId, day: p.day },
        [a.session.id, b.session.id],
      ));
    }
  },
};
