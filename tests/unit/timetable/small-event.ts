/** A small event for the timetable tests: two venues, three rooms, two days, a thematic session with its talks. */
import { projectSchema, type Project, type ProjectInput } from '../../../shared/model/schema.ts';

export function smallEvent(): Project {
  const input: ProjectInput = {
    format: 'regie-project',
    version: 2,
    event: { name: 'Journées test', days: [{ date: '2025-10-14', label: 'Mardi' }, { date: '2025-10-15', label: 'Mercredi' }] },
    venues: [
      { id: 'pf', name: 'Pôle Formation', openingHours: [{ day: '2025-10-14', start: '08:30', end: '18:30' }, { day: '2025-10-15', start: '08:30', end: '17:00' }], travelMinutes: { bourse: 20 } },
      { id: 'bourse', name: 'Palais de la Bourse', openingHours: [{ day: '2025-10-14', start: '18:00', end: '23:00' }], travelMinutes: { pf: 20 } },
    ],
    rooms: [
      { id: 'amphi-a', venueId: 'pf', name: 'Amphi A', capacity: 250 },
      { id: 'salle-1', venueId: 'pf', name: 'Salle 1', capacity: 40 },
      { id: 'grand-hall', venueId: 'bourse', name: 'Grand Hall', capacity: 300, layout: 'standing' },
    ],
    themes: [{ id: 'longi', name: 'Données longitudinales', color: '#1f77b4' }, { id: 'fed', name: 'Apprentissage fédéré', color: '#2ca02c' }],
    people: [{ id: 'tanter', firstName: 'Mickaël', lastName: 'Tanter' }, { id: 'maumet', firstName: 'Camille', lastName: 'Maumet' }],
    sessions: [
      { id: 'ts1', kind: 'thematic-session', title: 'Session thématique 1', themeId: 'longi', durationMinutes: 120, slot: { roomId: 'amphi-a', day: '2025-10-14', start: '10:00' } },
      { id: 'ts1-k', kind: 'keynote', title: 'Keynote longitudinale', themeId: 'longi', durationMinutes: 45, parentId: 'ts1', people: [{ personId: 'tanter', role: 'speaker' }], slot: { roomId: 'amphi-a', day: '2025-10-14', start: '10:00' } },
      { id: 'ts1-t1', kind: 'talk', title: 'Exposé 1', durationMinutes: 25, parentId: 'ts1', slot: { roomId: 'amphi-a', day: '2025-10-14', start: '10:45' } },
      { id: 'ts1-t2', kind: 'talk', title: 'Exposé 2', durationMinutes: 25, parentId: 'ts1', slot: { roomId: 'amphi-a', day: '2025-10-14', start: '11:10' } },
      { id: 'open-science', kind: 'keynote', title: 'Reproductibilité et science ouverte', durationMinutes: 60, expectedAudience: 200, audience: ['annual-days'], people: [{ personId: 'maumet', role: 'speaker' }] },
      { id: 'guix', kind: 'hackathon', title: 'Empaqueter avec Guix', durationMinutes: 180, audience: ['engineers-seminar'], slot: { roomId: 'salle-1', day: '2025-10-14', start: '14:00' } },
      { id: 'fed-ws', kind: 'workshop', title: 'Réseau fédéré', themeId: 'fed', durationMinutes: 90, audience: ['engineers-seminar'] },
      { id: 'cocktail', kind: 'social', title: 'Cocktail', durationMinutes: 120, slot: { roomId: 'grand-hall', day: '2025-10-14', start: '19:00' } },
    ],
  };
  return projectSchema.parse(input);
}

export const session = (project: Project, id: string) => {
  const found = project.sessions.find((s) => s.id === id);
  if (!found) throw new Error(`no session ${id}`);
  return found;
};
