/** A large synthetic event for benchmarks and tests: deterministic from its seed. */
import { CURRENT_VERSION, FORMAT, type Project } from '../model/schema.ts';
import { largeOptions, largeParticipants, TOUR_OPTION } from './large/participants.ts';
import { largePeople, PeopleDiary } from './large/people.ts';
import { largePosterHall } from './large/posters.ts';
import { addMistakes, largeProgramme } from './large/programme.ts';
import { largeTour, TOUR, tourSession } from './large/tour.ts';
import { eventDays, largeRooms, largeThemes, largeVenues } from './large/venues.ts';
import { createRandom } from './random.ts';
import { registeredFor } from '../model/registrations.ts';

export interface GenerateOptions {
  readonly days: number;
  readonly rooms: number;
  readonly sessions: number;
  readonly participants: number;
  readonly posters: number;
  readonly seed: number;
}

export const LARGE_EVENT: GenerateOptions = { days: 3, rooms: 40, sessions: 1500, participants: 10000, posters: 600, seed: 1 };

export function generateEvent(options: GenerateOptions): Project {
  const random = createRandom(options.seed);
  const days = eventDays(Math.max(1, options.days));
  const dates = days.map((day) => day.date);
  const venues = largeVenues(Math.max(1, options.rooms), days, random);
  const rooms = largeRooms(Math.max(1, options.rooms), venues, random);
  const themes = largeThemes();
  const speakers = largePeople(Math.max(10, Math.round(options.sessions / 2)), random);
  const plannedVisitors = Math.min(500, Math.floor(options.participants * 0.05));
  const guides = largePeople(Math.min(TOUR.maxGuides, Math.ceil(plannedVisitors / TOUR.groupSizeLimit)), random).map((guide, index) => ({
    ...guide,
    id: `person-guide-${index + 1}`,
  }));
  const tour = plannedVisitors > 0 && options.sessions > 0 ? tourSession(plannedVisitors, guides) : null;
  const travel = new Map(venues.map((venue) => [venue.id, venue.travelMinutes]));
  const sessions = largeProgramme({
    sessions: options.sessions,
    days: dates,
    rooms,
    themes,
    people: speakers,
    diary: new PeopleDiary((from, to) => travel.get(from)?.[to] ?? 0),
    random,
    fixed: tour ? [tour] : [],
  });
  const placedTour = tour?.slot ? tour : null;
  const registrationOptions = largeOptions(dates, sessions, placedTour);
  const roomOf = new Map(rooms.map(({ room }) => [room.id, room]));
  const tourRoom = placedTour?.slot ? roomOf.get(placedTour.slot.roomId) : undefined;
  const participants = largeParticipants({
    count: options.participants,
    days: dates,
    options: registrationOptions,
    sessions,
    rooms: rooms.map(({ room }) => room),
    tourSeats: Math.min(plannedVisitors, tourRoom?.capacity ?? 0),
    random,
  });
  const tours = placedTour
    ? [largeTour(placedTour, registeredFor(participants, new Set([TOUR_OPTION])), guides, tourRoom?.venueId ?? null, TOUR_OPTION)]
    : [];
  if (placedTour) placedTour.expectedAudience = tours[0]?.groups.reduce((sum, group) => sum + group.participantIds.length, 0) ?? 0;
  const posterRoom = rooms.find((r) => r.use === 'posters')?.room.id ?? null;
  const posterHall = largePosterHall(options.posters, themes, speakers, posterRoom, random);
  addMistakes(sessions, rooms, random);
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    event: {
      name: `Événement de synthèse (graine ${options.seed})`,
      shortName: `Synthèse ${options.seed}`,
      timeZone: 'Europe/Paris',
      locale: 'fr',
      days,
      registrationOptions,
      description: `Généré : ${options.days} jours, ${options.rooms} salles, ${options.sessions} sessions, ${options.participants} participants, ${options.posters} posters.`,
      assumed: [],
    },
    venues,
    rooms: rooms.map(({ room }) => room),
    themes,
    people: [...speakers, ...guides],
    sessions,
    participants,
    tours,
    posterHall,
    settings: { snapMinutes: 5, rules: {}, acknowledgements: [], importMappings: [] },
    history: { projectId: '', revision: '', ancestors: [] },
  };
}
