/** A tour of the project as the planner's input: who is registered, the guides and when they can lead, the window. */
import { fullName } from '../model/people.ts';
import type { Participant, Project, Tour } from '../model/schema.ts';
import { sessionSpan, toMinutes } from '../model/time.ts';
import type { TourInput, Visitor } from './types.ts';
import { registeredFor } from '../model/registrations.ts';

/** A participant as the planner sees them: the languages they can follow a visit in, the preferred one first. */
export const visitorOf = (p: Participant): Visitor => ({
  id: p.id,
  name: fullName(p),
  languages: [...new Set([p.language, ...p.otherLanguages].map((l) => l.trim().toLowerCase()).filter((l) => l !== ''))],
  stepFree: p.stepFree,
  affiliation: p.affiliation,
  companionIds: p.companionIds,
});

/** Participants registered for the tour's option, in the order of the registration list. */
export const eligibleParticipants = (project: Project, tour: Tour) =>
  tour.optionId === null ? [] : registeredFor(project.participants, new Set([tour.optionId]));

/** The tour's day: its session's, when the session is in the timetable. */
export const tourDay = (project: Project, tour: Tour): string | null =>
  project.sessions.find((s) => s.id === tour.sessionId)?.slot?.day ?? null;

/** The earliest departure: the tour's own, else its session's start. */
export function tourWindow(project: Project, tour: Tour): { earliest: number | null; latest: number | null } {
  const session = project.sessions.find((s) => s.id === tour.sessionId);
  const span = session ? sessionSpan(session) : null;
  return {
    earliest: tour.earliestDeparture !== null ? toMinutes(tour.earliestDeparture) : (span?.start ?? null),
    latest: tour.latestReturn !== null ? toMinutes(tour.latestReturn) : null,
  };
}

export function tourInput(project: Project, tour: Tour, limit = tour.groupSizeLimit): TourInput {
  const people = new Map(project.people.map((p) => [p.id, p]));
  const day = tourDay(project, tour);
  return {
    tourId: tour.id,
    limit,
    tourMinutes: tour.tourMinutes,
    intervalMinutes: tour.intervalMinutes,
    ...tourWindow(project, tour),
    visitors: eligibleParticipants(project, tour).map(visitorOf),
    guides: tour.guides.flatMap((guide) => {
      const person = people.get(guide.personId);
      if (!person) return [];
      // A guide's availability on other days says nothing about the tour's evening.
      const windows = day === null ? [] : person.availability.filter((w) => w.day === day).map((w) => ({ start: toMinutes(w.start), end: toMinutes(w.end) }));
      const unavailableThatDay = day !== null && person.availability.length > 0 && windows.length === 0;
      if (unavailableThatDay) return [];
      return [{ id: person.id, name: fullName(person), languages: guide.languages.map((l) => l.trim().toLowerCase()), stepFree: guide.stepFree, windows }];
    }),
    groups: tour.groups,
    groupWord: project.event.locale === 'en' ? 'Group' : 'Groupe',
  };
}
