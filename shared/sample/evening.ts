/** The social evening at the Palais de la Bourse (14 October), in the seed's three parts. */
import type { Session } from '../model/schema.ts';
import type { Attendance } from './attendance.ts';
import { SESSION } from './ids.ts';
import { syntheticIds } from './people.ts';
import { session } from './session.ts';
import { DAYS, ROOM } from './venues.ts';

const GUESTS = ['annual-days', 'engineers-seminar'] as const;

/** Groups leave every 15 minutes for a 45-minute visit while the others are at the cocktail (assumed). */
export const TOUR_TIMING = { start: '19:15', tourMinutes: 45, intervalMinutes: 15, groups: 5 } as const;

export function eveningSessions(attendance: Attendance): Session[] {
  return [
    session({
      id: SESSION.publicSequence,
      kind: 'social',
      title: 'Soirée sociale — séquence publique ouverte à l’écosystème local et à la presse spécialisée',
      durationMinutes: 45,
      expectedAudience: attendance.socialEvening + attendance.publicGuests,
      audience: [...GUESTS, 'public', 'press'],
      equipment: ['microphones'],
      layout: 'theatre',
      roomId: ROOM.council,
      day: DAYS.first,
      start: '18:30',
    }),
    session({
      id: SESSION.tour,
      kind: 'social',
      title: 'Visite guidée du Palais de la Bourse (groupes de 30)',
      durationMinutes: (TOUR_TIMING.groups - 1) * TOUR_TIMING.intervalMinutes + TOUR_TIMING.tourMinutes,
      expectedAudience: attendance.tour,
      audience: GUESTS,
      people: syntheticIds('guide').map((personId) => [personId, 'guide'] as const),
      roomId: ROOM.tourRoute,
      day: DAYS.first,
      start: TOUR_TIMING.start,
      description: 'Départs échelonnés ; les groupes sont dans le plan de visite.',
    }),
    session({
      id: SESSION.cocktail,
      kind: 'social',
      title: 'Cocktail networking',
      durationMinutes: 165,
      expectedAudience: attendance.socialEvening,
      audience: GUESTS,
      equipment: ['catering-area'],
      layout: 'standing',
      roomId: ROOM.courtyard,
      day: DAYS.first,
      start: '19:15',
    }),
  ];
}
