/** A session while its venue is closed. A venue without opening hours is taken as always open. */
import { finding } from './finding.ts';
import { insideWindows, sessionItem, sessionParams, windowsOfDay } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'outside-opening-hours';

export const outsideOpeningHours: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const venue = p?.venueId ? lookups.venues.get(p.venueId) : undefined;
    if (!p || !venue || venue.openingHours.length === 0) return;
    if (insideWindows(lookups, venue.openingHours, p.day, p.start, p.end)) return;
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
