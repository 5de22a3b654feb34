/** A session while its venue is closed. A venue without opening hours is taken as always open. */
import { finding } from './finding.ts';
import { insideWindows, sessionItem, sessionParams, windowsOfDay } from './plan.ts';
import type { Rule } from './types.ts';

const id = 'outside-opening-hours';

export const outsideOpeningHours: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, plan, emit) {
    const p = plan.placed.get(sessionId);
    const venue = p?.venueId ? plan.venues.get(p.venueId) : undefined;
    if (!p || !venue || venue.openingHours.length === 0) return;
    if (insideWindows(plan, venue.openingHours, p.day, p.start, p.end)) return;
    const hours = windowsOfDay(venue.openingHours, p.day);
    emit(finding(
      id,
      `${id}:${sessionId}`,
      [sessionItem(sessionId), { kind: 'room', id: p.roomId }],
      { ...sessionParams(p, 'session'), day: p.day, venue: venue.name, hours },
      [sessionId],
      hours ? 'message' : 'closedThatDay',
    ));
  },
};
