/** A small event for the programme export: two days either side of the end of summer time in Paris, rooms that share a name, talks nested in a session, a guided visit. */
import { buildProject, sessionAt } from '../../fixtures/project.ts';
import type { Project } from '../../../shared/model/schema.ts';

/** Saturday 25 October 2025 (UTC+2) and Sunday 26 October 2025 (UTC+1: clocks went back at 03:00). */
export const SUMMER_DAY = '2025-10-25';
export const WINTER_DAY = '2025-10-26';
export const EXTERNAL_GUID = '6f1a0b7e-3c2d-4e5f-8a9b-0c1d2e3f4a5b';
export const LONG_TITLE = 'Jumeaux numériques : enjeux, perspectives; et « santé » — une très longue session qui dépasse soixante-quinze octets';
export const DESCRIPTION = 'Première ligne, avec virgule; point-virgule\\antislash\nDeuxième ligne';

export function programmeEvent(): Project {
  return buildProject({
    event: { name: 'Journées test 2025', shortName: 'JT 2025', timeZone: 'Europe/Paris', days: [{ date: SUMMER_DAY }, { date: WINTER_DAY }] },
    venues: [{ id: 'v1', name: 'Pôle Formation' }, { id: 'v2', name: 'Palais de la Bourse' }],
    rooms: [
      { id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 200 },
      { id: 'r2', venueId: 'v1', name: 'Salle 1', capacity: 40 },
      { id: 'r3', venueId: 'v2', name: 'Salle 1', capacity: 300 },
    ],
    themes: [{ id: 'th1', name: 'Jumeaux numériques', color: '#3366cc' }],
    people: [
      { id: 'p1', firstName: 'Camille', lastName: 'Maumet', affiliation: 'Inria' },
      { id: 'p2', firstName: 'Marco', lastName: 'Lorenzi' },
      { id: 'p3', firstName: 'Anne', lastName: 'Guide' },
      { id: 'p4', firstName: 'Nobody', lastName: 'Placed' },
    ],
    sessions: [
      sessionAt('keynote', 'r1', '09:00', 60, {
        day: SUMMER_DAY, kind: 'keynote', title: LONG_TITLE, description: DESCRIPTION, themeId: 'th1',
        people: [{ personId: 'p1', role: 'speaker' }],
      }),
      sessionAt('thematic', 'r1', '09:00', 90, {
        day: WINTER_DAY, kind: 'thematic-session', title: 'Session <thématique> & co', themeId: 'th1',
        people: [{ personId: 'p2', role: 'chair' }],
      }),
      sessionAt('talk', 'r1', '09:30', 20, { day: WINTER_DAY, kind: 'talk', title: 'Un exposé', parentId: 'thematic', people: [{ personId: 'p2', role: 'speaker' }, { personId: 'p4', role: 'speaker' }] }),
      sessionAt('workshop', 'r2', '14:00', 120, { day: SUMMER_DAY, kind: 'workshop', title: '!!!', externalId: EXTERNAL_GUID, language: 'en' }),
      sessionAt('hackathon', 'r3', '14:00', 120, { day: SUMMER_DAY, kind: 'hackathon', title: 'Hackathon', externalId: '1234' }),
      sessionAt('visit', 'r3', '19:00', 120, { day: WINTER_DAY, kind: 'social', title: 'Visite du Palais' }),
      sessionAt('backlog', null, '10:00', 30, { kind: 'talk', title: 'Pas encore placée', people: [{ personId: 'p4', role: 'speaker' }] }),
    ],
    tours: [{
      id: 't1', name: 'Visite guidée', sessionId: 'visit', venueId: 'v2', meetingPoint: 'Cour d’honneur', tourMinutes: 45,
      guides: [{ personId: 'p3' }, { personId: 'p2' }],
      groups: [
        { id: 'g1', name: 'Groupe 1', guideId: 'p3', departure: '19:00', participantIds: [] },
        { id: 'g2', name: 'Groupe 2', guideId: 'p2', departure: '19:30', participantIds: [] },
        { id: 'g3', name: 'Groupe 3', guideId: 'p3', departure: null, participantIds: [] },
      ],
    }],
  });
}
