/** A session placed on a day that is not one of the event's days. */
import { finding } from './finding.ts';
import { sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'outside-event-days';

export const outsideEventDays: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    if (!p || lookups.eventDays.has(p.day)) return;
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId)],
      { ...sessionParams(p, 'session'), day: p.day, days: [...lookups.eventDays].join(', ') },
      [sessionId],
    ));
  },
};
