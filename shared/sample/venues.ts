/** Where the reference event happens: the Pôle Formation of the UFR3S and, for the evening, the Palais de la Bourse. */
import type { EventDay, Room, Theme, Venue } from '../model/schema.ts';

export const DAYS = { seminar: '2025-10-13', first: '2025-10-14', second: '2025-10-15' } as const;

export const EVENT_DAYS: EventDay[] = [
  { date: DAYS.seminar, label: 'Séminaire des ingénieurs (jour 1)' },
  { date: DAYS.first, label: 'Journées annuelles, jour 1 — Séminaire des ingénieurs (jour 2)' },
  { date: DAYS.second, label: 'Journées annuelles, jour 2 — Séminaire des ingénieurs (jour 3)' },
];

export const VENUE = { faculty: 'venue-pole-formation', bourse: 'venue-palais-bourse' } as const;

/** Addresses, opening hours and the metro ride between the two buildings are not in the seed. */
const VENUE_ASSUMED = ['address', 'openingHours', 'travelMinutes'];

export const VENUES: Venue[] = [
  {
    id: VENUE.faculty,
    name: 'Pôle Formation UFR3S',
    address: '1 place de Verdun, 59045 Lille',
    openingHours: [DAYS.seminar, DAYS.first, DAYS.second].map((day) => ({ day, start: '08:00', end: '19:00' })),
    travelMinutes: { [VENUE.bourse]: 25 },
    assumed: VENUE_ASSUMED,
  },
  {
    id: VENUE.bourse,
    name: 'Palais de la Bourse',
    address: 'Place du Théâtre, 59000 Lille',
    openingHours: [{ day: DAYS.first, start: '17:30', end: '23:00' }],
    travelMinutes: { [VENUE.faculty]: 25 },
    assumed: VENUE_ASSUMED,
  },
];

export const ROOM = {
  amphiA: 'room-grand-amphi',
  amphiB: 'room-amphi-b',
  hall: 'room-grand-hall',
  catering: 'room-espace-restauration',
  foyer: 'room-foyer-amphi-b',
  workshops: ['room-atelier-1', 'room-atelier-2', 'room-atelier-3'],
  labs: ['room-tp-1', 'room-tp-2', 'room-tp-3', 'room-tp-4', 'room-tp-5'],
  council: 'room-salle-du-conseil',
  courtyard: 'room-cour-d-honneur',
  tourRoute: 'room-parcours-de-visite',
} as const;

const ROOM_ASSUMED = ['name', 'capacity', 'layout', 'equipment'];

type RoomFields = Pick<Room, 'id' | 'venueId' | 'name' | 'capacity' | 'layout' | 'equipment'>;
const room = (fields: RoomFields, assumed = ROOM_ASSUMED): Room => ({
  ...fields,
  availability: [],
  changeoverMinutes: 10,
  assumed,
});

export const ROOMS: Room[] = [
  room({ id: ROOM.amphiA, venueId: VENUE.faculty, name: 'Grand amphithéâtre', capacity: 250, layout: 'theatre', equipment: ['projector', 'microphones', 'streaming', 'recording', 'wifi'] }),
  room({ id: ROOM.amphiB, venueId: VENUE.faculty, name: 'Amphithéâtre B', capacity: 60, layout: 'theatre', equipment: ['projector', 'microphones', 'wifi'] }),
  // The grand hall is named by the seed (the posters hang there for both days); its size is not.
  room({ id: ROOM.hall, venueId: VENUE.faculty, name: 'Grand hall', capacity: 280, layout: 'hall', equipment: ['poster-boards', 'wifi', 'power-sockets'] }, ['capacity', 'layout', 'equipment']),
  room({ id: ROOM.catering, venueId: VENUE.faculty, name: 'Espace restauration', capacity: 280, layout: 'standing', equipment: ['catering-area'] }),
  room({ id: ROOM.foyer, venueId: VENUE.faculty, name: 'Foyer de l’amphithéâtre B', capacity: 60, layout: 'standing', equipment: ['catering-area'] }),
  ...ROOM.workshops.map((id, index) =>
    room({ id, venueId: VENUE.faculty, name: `Salle d’atelier ${index + 1}`, capacity: 60, layout: 'cabaret', equipment: ['projector', 'whiteboard', 'wifi', 'power-sockets'] }),
  ),
  ...ROOM.labs.map((id, index) =>
    room({ id, venueId: VENUE.faculty, name: `Salle de TP ${index + 1}`, capacity: 12, layout: 'cabaret', equipment: ['projector', 'whiteboard', 'wifi', 'power-sockets'] }),
  ),
  room({ id: ROOM.council, venueId: VENUE.bourse, name: 'Salle du Conseil', capacity: 250, layout: 'theatre', equipment: ['projector', 'microphones'] }),
  room({ id: ROOM.courtyard, venueId: VENUE.bourse, name: 'Cour d’honneur', capacity: 250, layout: 'standing', equipment: ['catering-area', 'microphones'] }),
  // The visit route takes the groups of 30 one after another: its capacity is the whole tour.
  room({ id: ROOM.tourRoute, venueId: VENUE.bourse, name: 'Parcours de visite du Palais', capacity: 150, layout: 'standing', equipment: [] }),
];

export const THEME = {
  longitudinal: 'theme-longitudinal-data',
  signal: 'theme-signal-image',
  twins: 'theme-digital-twins',
  federated: 'theme-federated-learning',
} as const;

/** The four themes are the seed's; their colours are chosen to stay distinct and readable. */
export const THEMES: Theme[] = [
  { id: THEME.longitudinal, name: 'Données longitudinales : un levier pour la médecine de précision', color: '#1f6fb2', assumed: ['color'] },
  { id: THEME.signal, name: 'Du signal brut à l’image interprétée', color: '#c2410c', assumed: ['color'] },
  { id: THEME.twins, name: 'Jumeaux numériques : enjeux et perspectives pour la santé', color: '#15803d', assumed: ['color'] },
  { id: THEME.federated, name: 'Apprentissage fédéré et protection de la vie privée', color: '#7e22ce', assumed: ['color'] },
];
