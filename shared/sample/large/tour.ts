/** The guided tour of a large synthetic event: a session sized for its groups, and the groups themselves. */
import type { Participant, Person, Session, Tour } from '../../model/schema.ts';
import { toMinutes, toTime } from '../../model/time.ts';
import { groupVisitors } from '../tours.ts';

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

export function largeTour(session: Session, visitors: readonly Participant[], guides: readonly Person[], venueId: string | null): Tour {
  const start = toMinutes(session.slot?.start ?? '18:00');
  const groups = groupVisitors(visitors, groupCount(visitors.length), TOUR.groupSizeLimit, false);
  return {
    id: 'tour-1',
    name: session.title,
    sessionId: session.id,
    venueId,
    groupSizeLimit: TOUR.groupSizeLimit,
    tourMinutes: TOUR.tourMinutes,
    intervalMinutes: TOUR.intervalMinutes,
    guideIds: guides.map((guide) => guide.id),
    // Guides take groups in turn: with eight guides a guide is back long before their next departure.
    groups: groups.map((participantIds, index) => ({
      id: `tour-group-${index + 1}`,
      name: `Groupe ${index + 1}`,
      guideId: guides[index % Math.max(1, guides.length)]?.id ?? null,
      language: 'fr',
      departure: toTime(start + index * TOUR.intervalMinutes),
      participantIds,
    })),
    assumed: [],
  };
}
