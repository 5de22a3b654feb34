/**
 * A person (speaker, chair, host, guide) expected in two places at once, counting the time to walk or ride
 * between venues: a 10-minute gap is not enough when the other venue is 20 minutes away.
 */
import { toTime } from '../model/time.ts';
import { finding } from './finding.ts';
import { personName, related, type Commitment, type Lookups } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'person-double-booked';

/** Minutes between two venues: the longer of the two venues' figures, so a pair reads the same both ways; 0 within one venue. */
export function travelMinutes(lookups: Lookups, from: string | null, to: string | null): number {
  if (from === null || to === null || from === to) return 0;
  return Math.max(lookups.venues.get(from)?.travelMinutes[to] ?? 0, lookups.venues.get(to)?.travelMinutes[from] ?? 0);
}

const ref = (c: Commitment): string => (c.item.kind === 'session' ? c.item.id : `${c.item.kind}:${c.item.id}`);
const ordered = (a: Commitment, b: Commitment): [Commitment, Commitment] =>
  a.start < b.start || (a.start === b.start && ref(a) < ref(b)) ? [a, b] : [b, a];

export const personDoubleBooked: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    for (const mine of lookups.commitmentsBySession.get(sessionId) ?? []) {
      for (const other of lookups.commitments.get(mine.personId) ?? []) {
        if (other.day !== mine.day || related(lookups, mine.sessionId, other.sessionId)) continue;
        const travel = travelMinutes(lookups, mine.venueId, other.venueId);
        if (!(mine.start < other.end + travel && other.start < mine.end + travel)) continue;
        const [a, b] = ordered(mine, other);
        const overlap = a.end > b.start;
        const [ra, rb] = [ref(a), ref(b)].sort();
        emit(finding(
          id,
          `${id}:${mine.personId}:${ra}|${rb}`,
          [{ kind: 'person', id: mine.personId }, a.item, b.item],
          {
            person: personName(lookups.people.get(mine.personId), mine.personId),
            first: a.label, firstStart: toTime(a.start), firstEnd: toTime(a.end), firstVenue: venueName(lookups, a.venueId),
            second: b.label, secondStart: toTime(b.start), secondEnd: toTime(b.end), secondVenue: venueName(lookups, b.venueId),
            day: a.day, travel, gap: Math.max(0, b.start - a.end),
          },
          [a.sessionId, b.sessionId],
          overlap ? 'message' : 'travel',
        ));
      }
    }
  },
};

const venueName = (lookups: Lookups, venueId: string | null): string => (venueId ? lookups.venues.get(venueId)?.name ?? venueId : '');
