/** The guided tour of a large synthetic event: a session sized for its groups, and the groups themselves. */
import type { Participant, Person, Session, Tour } from '../../model/schema.ts';
import { toMinutes, toTime } from '../../model/time.ts';
import { plannedGroups } from '../tours.ts';

export const TOUR = { groupSizeLimit: 30, tourMinutes: 45, intervalMinutes: 10, maxGuides: 8 } as const;

const groupCount = (visitors: number) => Math.max(1, Math.ceil(visitors / TOUR.groupSizeLimit));

/** The visit as a session of the programme: groups leave one after another while it lasts. */
export function tourSession(plannedVisitors: number, guides: readonly Person[]): Session {
  return {
    id: 'session-guided-tour',
    kind: 'social',
    title: 'Visite guidée',
    themeId: null,
    durationMinutes: (groupCount(plannedVisitors) - 1) * TOUR.intervalMinutes + TOUR.tourMinutes,
    expectedAudience: 0,
    audience: ['annual-days'],
    people: guides.map((guide) => ({ personId: guide.id, role: 'guide' })),
    needs: { equipment: [], layout: null },
    parentId: null,
    slot: null,
    description: '',
    assumed: [],
  };
}

export function largeTour(session: Session, visitors: readonly Participant[], guides: readonly Person[], venueId: string | null, optionId: string): Tour {
  const start = session.slot?.start ?? '18:00';
  const tour: Tour = {
    id: 'tour-1',
    name: session.title,
    sessionId: session.id,
    venueId,
    meetingPoint: '',
    optionId,
    groupSizeLimit: TOUR.groupSizeLimit,
    tourMinutes: TOUR.tourMinutes,
    intervalMinutes: TOUR.intervalMinutes,
    earliestDeparture: start,
    latestReturn: toTime(toMinutes(start) + session.durationMinutes),
    // Every guide guides in French and English; the first one takes the step-free route.
    guides: guides.map((guide, index) => ({ personId: guide.id, languages: ['fr', 'en'], stepFree: index === 0 })),
    groups: [],
    assumed: [],
  };
  return { ...tour, groups: plannedGroups(tour, visitors, guides) };
}
