/** Days, venues, rooms and themes of a large synthetic event. */
import type { EventDay, Room, RoomLayout, Equipment, Theme, Venue } from '../../model/schema.ts';
import type { Random } from '../random.ts';

/** What a room is for, so that the programme puts the right sessions in it. */
export type RoomUse = 'plenary' | 'general' | 'catering' | 'posters';

export interface LargeRoom {
  readonly room: Room;
  readonly use: RoomUse;
}

const FIRST_DAY = Date.UTC(2026, 5, 8);
const DAY_MS = 86_400_000;

export const eventDays = (count: number): EventDay[] =>
  Array.from({ length: count }, (_, index) => ({
    date: new Date(FIRST_DAY + index * DAY_MS).toISOString().slice(0, 10),
    label: `Jour ${index + 1}`,
  }));

const VENUE_NAMES = ['Centre de congrès', 'Campus universitaire', 'Hôtel de ville'] as const;

export function largeVenues(roomCount: number, days: readonly EventDay[], random: Random): Venue[] {
  const count = roomCount >= 12 ? 3 : roomCount >= 4 ? 2 : 1;
  const ids = Array.from({ length: count }, (_, index) => `venue-${index + 1}`);
  return ids.map((id, index) => ({
    id,
    name: VENUE_NAMES[index] as string,
    address: `${10 + index * 7} rue de la République, 69002 Lyon`,
    openingHours: days.map((day) => ({ day: day.date, start: '08:00', end: '20:00' })),
    travelMinutes: Object.fromEntries(ids.filter((other) => other !== id).map((other) => [other, random.int(10, 25)])),
    assumed: [],
  }));
}

const GENERAL_EQUIPMENT: Equipment[] = ['projector', 'microphones', 'wifi'];

function room(id: string, venueId: string, name: string, capacity: number, layout: RoomLayout, equipment: Equipment[]): Room {
  return { id, venueId, name, capacity, layout, equipment, availability: [], changeoverMinutes: 10, assumed: [] };
}

/**
 * The first venue has the plenary amphitheatre and the poster hall; each venue has a catering area; the rest
 * are meeting rooms of mixed sizes and layouts.
 */
export function largeRooms(count: number, venues: readonly Venue[], random: Random): LargeRoom[] {
  const rooms: LargeRoom[] = [];
  const venueOf = (index: number) => (venues[index % venues.length] as Venue).id;
  const special: { use: RoomUse; make: (id: string) => Room }[] = [
    { use: 'plenary', make: (id) => room(id, venueOf(0), 'Grand auditorium', 1200, 'theatre', ['projector', 'microphones', 'streaming', 'recording', 'wifi']) },
    { use: 'catering', make: (id) => room(id, venueOf(0), 'Espace restauration', 1500, 'standing', ['catering-area']) },
    { use: 'posters', make: (id) => room(id, venueOf(0), 'Hall des posters', 800, 'hall', ['poster-boards', 'wifi', 'power-sockets']) },
    ...venues.slice(1).map((venue) => ({ use: 'catering' as const, make: (id: string) => room(id, venue.id, 'Foyer', 400, 'standing', ['catering-area']) })),
  ];
  for (let index = 0; index < count; index++) {
    const id = `room-${String(index + 1).padStart(2, '0')}`;
    const fixed = special[index];
    if (fixed) {
      rooms.push({ use: fixed.use, room: fixed.make(id) });
      continue;
    }
    const size = random.next();
    const capacity = size < 0.15 ? random.int(250, 500) : size < 0.6 ? random.int(80, 200) : random.int(20, 60);
    const layout: RoomLayout = capacity >= 250 ? 'theatre' : random.pick(['theatre', 'classroom', 'cabaret', 'boardroom'] as const);
    const equipment = [...GENERAL_EQUIPMENT, ...(random.chance(0.4) ? (['whiteboard', 'power-sockets'] as const) : []), ...(capacity >= 250 ? (['streaming'] as const) : [])];
    rooms.push({ use: 'general', room: room(id, venueOf(index), `Salle ${index + 1}`, capacity, layout, equipment) });
  }
  return rooms;
}

const THEME_NAMES = [
  'Données longitudinales', 'Signal et imagerie', 'Jumeaux numériques', 'Apprentissage fédéré', 'Santé publique',
  'Dispositifs médicaux', 'Éthique et droit', 'Génomique',
] as const;
const COLOURS = ['#1f6fb2', '#c2410c', '#15803d', '#7e22ce', '#b45309', '#0e7490', '#be123c', '#4d7c0f'] as const;

export const largeThemes = (): Theme[] =>
  THEME_NAMES.map((name, index) => ({ id: `theme-${index + 1}`, name, color: COLOURS[index] as string, assumed: [] }));
