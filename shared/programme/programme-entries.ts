/** The placed sessions as every programme file shows them: room, venue, track, people, start and end as instants. */
import { fullName } from '../model/people.ts';
import type { Person, PersonRole, Project, Room, Session, Theme, Venue } from '../model/schema.ts';
import { eventInstant } from './event-time.ts';
import { stableGuid, UUID_PATTERN } from './stable-guid.ts';

export interface ProgrammePerson {
  readonly person: Person;
  readonly name: string;
  readonly role: PersonRole;
  readonly guid: string;
  /** frab's whole-number person id, taken from the guid. */
  readonly number: number;
}

export interface ProgrammeEntry {
  readonly session: Session;
  /** A UUID that stays the same from one export to the next. */
  readonly guid: string;
  /** frab's whole-number id, unique in the file, taken from the guid so it too stays the same. */
  readonly number: number;
  readonly day: string;
  readonly start: string;
  readonly room: Room;
  readonly venue: Venue | undefined;
  readonly theme: Theme | undefined;
  readonly people: readonly ProgrammePerson[];
  /** Instants (ms since 1970, UTC). */
  readonly startsAt: number;
  readonly endsAt: number;
}

export interface Programme {
  readonly project: Project;
  readonly timeZone: string;
  /** The event's days and any other day a session is placed on, in order. */
  readonly days: readonly string[];
  /** Rooms in the project's order, with the days each is used. */
  readonly rooms: readonly Room[];
  readonly entries: readonly ProgrammeEntry[];
  /** Each room's name in the files, told apart by its venue when two rooms share a name. */
  readonly roomNames: ReadonlyMap<string, string>;
}

/** The item's own guid when an imported programme gave it one, else one made from the event and the item (or its imported id). */
export function guidOf(project: Project, kind: 'session' | 'person' | 'room', item: { id: string; externalId?: string | undefined }): string {
  const external = item.externalId ?? '';
  if (UUID_PATTERN.test(external)) return external.toLowerCase();
  return stableGuid(project.event.name, kind, external === '' ? item.id : `external:${external}`);
}

/** A positive number from the guid's first hex digits, moved on when another event already has it. */
function numberFor(guid: string, taken: Set<number>): number {
  let number = parseInt(guid.slice(0, 7), 16) + 1;
  while (taken.has(number)) number += 1;
  taken.add(number);
  return number;
}

/** Room names as schedules key their rooms by them: a name two rooms share gets its venue, then a number if still shared. */
function roomNamesOf(rooms: readonly Room[], venues: ReadonlyMap<string, Venue>): Map<string, string> {
  const tally = (names: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
  };
  const plain = rooms.map((room) => room.name.trim() || room.id);
  const plainCounts = tally(plain);
  const withVenue = rooms.map((room, i) => (plainCounts.get(plain[i]!)! > 1 ? `${plain[i]} (${venues.get(room.venueId)?.name ?? room.venueId})` : plain[i]!));
  const venueCounts = tally(withVenue);
  const seen = new Map<string, number>();
  return new Map(rooms.map((room, i) => {
    const name = withVenue[i]!;
    const nth = (seen.get(name) ?? 0) + 1;
    seen.set(name, nth);
    return [room.id, venueCounts.get(name)! > 1 ? `${name} ${nth}` : name];
  }));
}

/** Everything the exported files need, read once from the project; throws RangeError for a time zone the runtime does not know. */
export function programmeOf(project: Project): Programme {
  const timeZone = project.event.timeZone;
  const rooms = new Map(project.rooms.map((room) => [room.id, room]));
  const venues = new Map(project.venues.map((venue) => [venue.id, venue]));
  const themes = new Map(project.themes.map((theme) => [theme.id, theme]));
  const people = new Map(project.people.map((person) => [person.id, person]));
  const roomOrder = new Map(project.rooms.map((room, index) => [room.id, index]));
  const personIds = new Map<string, { guid: string; number: number }>();
  const takenByPeople = new Set<number>();
  const personIdsOf = (person: Person): { guid: string; number: number } => {
    let ids = personIds.get(person.id);
    if (!ids) {
      const guid = guidOf(project, 'person', person);
      personIds.set(person.id, (ids = { guid, number: numberFor(guid, takenByPeople) }));
    }
    return ids;
  };
  const taken = new Set<number>();
  const entries: ProgrammeEntry[] = [];
  for (const session of project.sessions) {
    const slot = session.slot;
    const room = slot ? rooms.get(slot.roomId) : undefined;
    if (!slot || !room) continue;
    const guid = guidOf(project, 'session', session);
    const startsAt = eventInstant(slot.day, slot.start, timeZone);
    entries.push({
      session,
      guid,
      number: numberFor(guid, taken),
      day: slot.day,
      start: slot.start,
      room,
      venue: venues.get(room.venueId),
      theme: session.themeId ? themes.get(session.themeId) : undefined,
      people: session.people.flatMap(({ personId, role }) => {
        const person = people.get(personId);
        return person ? [{ person, name: fullName(person), role, ...personIdsOf(person) }] : [];
      }),
      startsAt,
      endsAt: eventInstant(slot.day, slot.start, timeZone, session.durationMinutes),
    });
  }
  entries.sort((a, b) => a.startsAt - b.startsAt || roomOrder.get(a.room.id)! - roomOrder.get(b.room.id)! || a.session.title.localeCompare(b.session.title));
  const days = [...new Set([...project.event.days.map((day) => day.date), ...entries.map((entry) => entry.day)])].sort();
  const used = new Set(entries.map((entry) => entry.room.id));
  return { project, timeZone, days, rooms: project.rooms.filter((room) => used.has(room.id)), entries, roomNames: roomNamesOf(project.rooms, venues) };
}
