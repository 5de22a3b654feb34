/** The reference event: PEPR Santé Numérique annual days 2025 (Lille), as a project document. */
import { CURRENT_VERSION, FORMAT, type Project } from '../model/schema.ts';
import { annualDaysSessions } from './annual-days.ts';
import { countAttendance } from './attendance.ts';
import { SAMPLE_EVENT } from './event.ts';
import { eveningSessions } from './evening.ts';
import { sampleParticipants } from './participants.ts';
import { samplePeople } from './people.ts';
import { samplePosterHall } from './posters.ts';
import { seminarSessions } from './seminar.ts';
import { sampleTour } from './tours.ts';
import { ROOMS, THEMES, VENUES } from './venues.ts';

/** A fresh copy each time: callers may edit it. */
export function sampleProject(): Project {
  const participants = sampleParticipants();
  const people = samplePeople();
  const attendance = countAttendance(participants);
  const posterHall = samplePosterHall();
  const highlightedPresenters = posterHall.posters.filter((p) => p.highlighted).flatMap((p) => p.presenters);
  return structuredClone({
    format: FORMAT,
    version: CURRENT_VERSION,
    event: SAMPLE_EVENT,
    venues: VENUES,
    rooms: ROOMS,
    themes: THEMES,
    people,
    sessions: [...annualDaysSessions(attendance, highlightedPresenters), ...eveningSessions(attendance), ...seminarSessions(attendance)],
    participants,
    tours: [sampleTour(participants, people)],
    posterHall,
    settings: { snapMinutes: 5, rules: {}, acknowledgements: [], importMappings: [] },
    history: { projectId: '', revision: '', ancestors: [] },
  });
}
