/** A session placed on a day that is not one of the event's days. */
import { finding } from './finding.ts';
import { sessionItem, sessionParams } from './plan.ts';
import type { Rule } from './types.ts';

const id = 'outside-event-days';

export const outsideEventDays: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, plan, emit) {
    const p = plan.placed.get(sessionId);
    if (!p || plan.eventDays.has(p.day)) return;
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId)],
      { ...sessionParams(p, 'session'), day: p.day, days: [...plan.eventDays].join(', ') },
      [sessionId],
    ));
  },
};
