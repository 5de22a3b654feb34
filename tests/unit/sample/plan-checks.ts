/** Plain, pairwise checks of a plan, written directly from the rules of the conflicts issue: the sample must pass them. */
import type { Project, Session } from '../../../shared/model/schema.ts';
import { overlaps, sessionSpan, toMinutes } from '../../../shared/model/time.ts';

interface Placed {
  readonly session: Session;
  readonly day: string;
  readonly roomId: string;
  readonly start: number;
  readonly end: number;
}

export function placed(project: Project): Placed[] {
  return project.sessions.flatMap((session) => {
    const span = sessionSpan(session);
    return span && session.slot ? [{ session, day: session.slot.day, roomId: session.slot.roomId, ...span }] : [];
  });
}

/** A session and its parent (or two children of one parent) share a room on purpose. */
const related = (a: Session, b: Session): boolean =>
  a.parentId === b.id || b.parentId === a.id || (a.parentId !== null && a.parentId === b.parentId);

const pairs = <T>(items: readonly T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
const label = (a: Placed, b: Placed) => `${a.session.id} / ${b.session.id}`;

export function roomDoubleBookings(project: Project): string[] {
  return pairs(placed(project))
    .filter(([a, b]) => a.day === b.day && a.roomId === b.roomId && !related(a.session, b.session) && overlaps(a.start, a.end, b.start, b.end))
    .map(([a, b]) => label(a, b));
}

export function shortChangeovers(project: Project): string[] {
  const buffer = new Map(project.rooms.map((room) => [room.id, room.changeoverMinutes]));
  return pairs(placed(project))
    .filter(([a, b]) => a.day === b.day && a.roomId === b.roomId && !related(a.session, b.session))
    .filter(([a, b]) => {
      const gap = a.start >= b.end ? a.start - b.end : b.start - a.end;
      return gap >= 0 && gap < (buffer.get(a.roomId) ?? 10);
    })
    .map(([a, b]) => label(a, b));
}

export function childrenOutsideParents(project: Project): string[] {
  const byId = new Map(placed(project).map((p) => [p.session.id, p]));
  return [...byId.values()].flatMap((child) => {
    if (!child.session.parentId) return [];
    const parent = byId.get(child.session.parentId);
    const inside = parent && parent.day === child.day && parent.roomId === child.roomId && child.start >= parent.start && child.end <= parent.end;
    return inside ? [] : [child.session.id];
  });
}

export function capacityProblems(project: Project, farAboveRatio: number): string[] {
  const rooms = new Map(project.rooms.map((room) => [room.id, room]));
  return placed(project).flatMap(({ session, roomId }) => {
    const capacity = rooms.get(roomId)?.capacity ?? 0;
    if (capacity < session.expectedAudience) return [`${session.id}: ${session.expectedAudience} people in ${capacity} seats`];
    if (capacity > farAboveRatio * session.expectedAudience) return [`${session.id}: ${capacity} seats for ${session.expectedAudience}`];
    return [];
  });
}

/** A person in two sessions at once, or without the travel time between venues. */
export function peopleDoubleBooked(project: Project): string[] {
  const venueOf = new Map(project.rooms.map((room) => [room.id, room.venueId]));
  const travel = new Map(project.venues.map((venue) => [venue.id, venue.travelMinutes]));
  const all = placed(project);
  return pairs(all)
    .filter(([a, b]) => a.day === b.day && !related(a.session, b.session))
    .filter(([a, b]) => a.session.people.some((p) => b.session.people.some((q) => q.personId === p.personId)))
    .filter(([a, b]) => {
      const from = venueOf.get(a.roomId) ?? '';
      const to = venueOf.get(b.roomId) ?? '';
      const minutes = from === to ? 0 : (travel.get(from)?.[to] ?? 0);
      return overlaps(a.start - minutes, a.end + minutes, b.start, b.end);
    })
    .map(([a, b]) => label(a, b));
}

const within = (windows: readonly { day: string; start: string; end: string }[], p: Placed) =>
  windows.some((w) => w.day === p.day && toMinutes(w.start) <= p.start && p.end <= toMinutes(w.end));

export function outsideHours(project: Project): string[] {
  const rooms = new Map(project.rooms.map((room) => [room.id, room]));
  const venues = new Map(project.venues.map((venue) => [venue.id, venue]));
  const people = new Map(project.people.map((person) => [person.id, person]));
  const days = new Set(project.event.days.map((day) => day.date));
  return placed(project).flatMap((p) => {
    const room = rooms.get(p.roomId);
    const venue = room ? venues.get(room.venueId) : undefined;
    const problems: string[] = [];
    if (!days.has(p.day)) problems.push(`${p.session.id}: not an event day`);
    if (!room || !venue || !within(venue.openingHours, p)) problems.push(`${p.session.id}: venue closed`);
    if (room && room.availability.length > 0 && !within(room.availability, p)) problems.push(`${p.session.id}: room unavailable`);
    for (const { personId } of p.session.people) {
      const person = people.get(personId);
      if (!person) problems.push(`${p.session.id}: unknown person ${personId}`);
      else if (person.availability.length > 0 && !within(person.availability, p)) problems.push(`${p.session.id}: ${personId} unavailable`);
    }
    return problems;
  });
}

export function missingSetUp(project: Project): string[] {
  const rooms = new Map(project.rooms.map((room) => [room.id, room]));
  return placed(project).flatMap(({ session, roomId }) => {
    const room = rooms.get(roomId);
    const missing = session.needs.equipment.filter((item) => !room?.equipment.includes(item));
    const layout = session.needs.layout && session.needs.layout !== room?.layout ? [`layout ${session.needs.layout}`] : [];
    return [...missing, ...layout].map((what) => `${session.id}: ${what}`);
  });
}

const EXCLUSIVE = new Set(['plenary', 'keynote', 'institutional']);

export function exclusiveOverlaps(project: Project): string[] {
  const byId = new Map(project.sessions.map((s) => [s.id, s]));
  const ancestors = (s: Session): string[] => (s.parentId ? [s.parentId, ...ancestors(byId.get(s.parentId) ?? { ...s, parentId: null })] : []);
  return pairs(placed(project))
    .filter(([a, b]) => EXCLUSIVE.has(a.session.kind) || EXCLUSIVE.has(b.session.kind))
    .filter(([a, b]) => a.day === b.day && overlaps(a.start, a.end, b.start, b.end))
    .filter(([a, b]) => !ancestors(a.session).includes(b.session.id) && !ancestors(b.session).includes(a.session.id))
    .filter(([a, b]) => a.session.audience.some((group) => b.session.audience.includes(group)))
    .map(([a, b]) => label(a, b));
}

/** Participants registered (through options that name a session) for two sessions that overlap. */
export function audienceClashes(project: Project): string[] {
  const sessionOfOption = new Map(project.event.registrationOptions.map((o) => [o.id, o.sessionId]));
  const spans = new Map(placed(project).map((p) => [p.session.id, p]));
  return project.participants.flatMap((participant) => {
    const sessions = participant.registrations.flatMap((option) => spans.get(sessionOfOption.get(option) ?? '') ?? []);
    return pairs(sessions)
      .filter(([a, b]) => a.day === b.day && overlaps(a.start, a.end, b.start, b.end))
      .map(([a, b]) => `${participant.id}: ${label(a, b)}`);
  });
}
