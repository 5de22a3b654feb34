/** Edits of the catalogue: create, edit, duplicate and delete sessions, rooms, venues, days and people. */
import type { Draft } from 'immer';
import type { z } from 'zod';
import {
  eventDaySchema, personSchema, roomSchema, sessionSchema, venueSchema,
  type EventDay, type Project, type Session, type TimeWindow,
} from '../model/schema.ts';
import type { Problem } from '../problems.ts';
import { validateDay, validatePerson, validateRoom, validateSession, validateVenue } from './catalogue-checks.ts';
import { EditRejected, type EditHandlerMap } from './types.ts';
import type { TextKey } from '../i18n/typed-keys.ts';

export type SessionInput = z.input<typeof sessionSchema>;
export type RoomInput = z.input<typeof roomSchema>;
export type VenueInput = z.input<typeof venueSchema>;
export type DayInput = z.input<typeof eventDaySchema>;
export type PersonInput = z.input<typeof personSchema>;
/** What a form may change: everything but the id (and, for sessions, the slot, which only placing changes). */
export type SessionChanges = Partial<Omit<SessionInput, 'id' | 'slot'>>;
export type RoomChanges = Partial<Omit<RoomInput, 'id'>>;
export type VenueChanges = Partial<Omit<VenueInput, 'id'>>;
export type PersonChanges = Partial<Omit<PersonInput, 'id'>>;

/** Refuses the edit with the first problem found, so the project stays as it was. */
function refuse(problems: readonly Problem[]): void {
  const first = problems[0];
  if (first) throw new EditRejected(first.code, { ...first.params, value: first.value ?? '', path: first.path ?? '' });
}

function find<T extends { id: string }>(list: T[], id: string, code: TextKey): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new EditRejected(code, { value: id });
  return item;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Writes only the fields that really change, so saving an untouched form adds no undo step. */
function assignChanged(target: object, next: object): void {
  const t = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(next)) if (!same(t[key], value)) t[key] = value;
}

/** Removes a session from wherever the project points at it; nested sessions stay, no longer nested. */
function forgetSession(draft: Draft<Project>, id: string): void {
  for (const s of draft.sessions) if (s.parentId === id) s.parentId = null;
  for (const o of draft.event.registrationOptions) if (o.sessionId === id) o.sessionId = null;
  for (const t of draft.tours) if (t.sessionId === id) t.sessionId = null;
}

function unscheduleWithChildren(draft: Draft<Project>, session: Draft<Session>): void {
  session.slot = null;
  for (const child of draft.sessions) if (child.parentId === session.id && child.slot) unscheduleWithChildren(draft, child);
}

const renameWindows = (windows: TimeWindow[], from: string, to: string): void => {
  for (const w of windows) if (w.day === from) w.day = to;
};
const copyWindows = (windows: TimeWindow[], from: string, to: string): void => {
  windows.push(...windows.filter((w) => w.day === from).map((w) => ({ ...w, day: to })));
};
const dropWindows = (windows: TimeWindow[], day: string): TimeWindow[] => windows.filter((w) => w.day !== day);

function sortDays(days: EventDay[]): void {
  days.sort((a, b) => a.date.localeCompare(b.date));
}

export const catalogueEdits = {
  'sessions/create': (draft, { session }: { session: SessionInput }) => {
    refuse(validateSession(draft, session, null));
    draft.sessions.push(sessionSchema.parse(session));
  },
  'sessions/update': (draft, { id, changes }: { id: string; changes: SessionChanges }) => {
    const session = find(draft.sessions, id, 'timetable:rejected.unknownSession');
    const next = { ...session, ...changes, id, slot: session.slot };
    refuse(validateSession(draft, next, id));
    assignChanged(session, sessionSchema.parse(next));
  },
  /** The copy waits in the backlog, so it never lands on top of the original. */
  'sessions/duplicate': (draft, { id, newId, title }: { id: string; newId: string; title: string }) => {
    const session = find(draft.sessions, id, 'timetable:rejected.unknownSession');
    const copy: Session = { ...(JSON.parse(JSON.stringify(session)) as Session), id: newId, title, slot: null };
    refuse(validateSession(draft, copy, null));
    draft.sessions.push(copy);
  },
  'sessions/delete': (draft, { id }: { id: string }) => {
    find(draft.sessions, id, 'timetable:rejected.unknownSession');
    forgetSession(draft, id);
    draft.sessions = draft.sessions.filter((s) => s.id !== id);
  },

  'rooms/create': (draft, { room }: { room: RoomInput }) => {
    refuse(validateRoom(draft, room, null));
    draft.rooms.push(roomSchema.parse(room));
  },
  'rooms/update': (draft, { id, changes }: { id: string; changes: RoomChanges }) => {
    const room = find(draft.rooms, id, 'timetable:rejected.unknownRoom');
    const next = { ...room, ...changes, id };
    refuse(validateRoom(draft, next, id));
    assignChanged(room, roomSchema.parse(next));
  },
  'rooms/duplicate': (draft, { id, newId, name }: { id: string; newId: string; name: string }) => {
    const room = find(draft.rooms, id, 'timetable:rejected.unknownRoom');
    const copy = { ...(JSON.parse(JSON.stringify(room)) as RoomInput), id: newId, name };
    refuse(validateRoom(draft, copy, null));
    draft.rooms.push(roomSchema.parse(copy));
  },
  /** Sessions in the room go back to the backlog: nothing the organiser planned is lost. */
  'rooms/delete': (draft, { id }: { id: string }) => {
    find(draft.rooms, id, 'timetable:rejected.unknownRoom');
    for (const s of draft.sessions) if (s.slot?.roomId === id) unscheduleWithChildren(draft, s);
    if (draft.posterHall.roomId === id) draft.posterHall.roomId = null;
    draft.rooms = draft.rooms.filter((r) => r.id !== id);
  },

  'venues/create': (draft, { venue }: { venue: VenueInput }) => {
    refuse(validateVenue(draft, venue, null));
    draft.venues.push(venueSchema.parse(venue));
  },
  'venues/update': (draft, { id, changes }: { id: string; changes: VenueChanges }) => {
    const venue = find(draft.venues, id, 'timetable:rejected.unknownVenue');
    const next = { ...venue, ...changes, id };
    refuse(validateVenue(draft, next, id));
    assignChanged(venue, venueSchema.parse(next));
  },
  /** Copies the venue's details and hours, not its rooms. */
  'venues/duplicate': (draft, { id, newId, name }: { id: string; newId: string; name: string }) => {
    const venue = find(draft.venues, id, 'timetable:rejected.unknownVenue');
    const copy = { ...(JSON.parse(JSON.stringify(venue)) as VenueInput), id: newId, name };
    refuse(validateVenue(draft, copy, null));
    draft.venues.push(venueSchema.parse(copy));
  },
  'venues/delete': (draft, { id }: { id: string }) => {
    const venue = find(draft.venues, id, 'timetable:rejected.unknownVenue');
    const rooms = draft.rooms.filter((r) => r.venueId === id).length;
    if (rooms > 0) throw new EditRejected('timetable:rejected.venueHasRooms', { name: venue.name, rooms });
    for (const v of draft.venues) delete v.travelMinutes[id];
    for (const t of draft.tours) if (t.venueId === id) t.venueId = null;
    draft.venues = draft.venues.filter((v) => v.id !== id);
  },

  'days/create': (draft, { day }: { day: DayInput }) => {
    refuse(validateDay(draft, day, null));
    draft.event.days.push(eventDaySchema.parse(day));
    sortDays(draft.event.days);
  },
  /** Changing a date moves everything planned on it (sessions, opening hours, availability) to the new date. */
  'days/update': (draft, { date, changes }: { date: string; changes: Partial<DayInput> }) => {
    const day = draft.event.days.find((d) => d.date === date);
    if (!day) throw new EditRejected('timetable:rejected.unknownDay', { value: date });
    const next = eventDaySchema.parse({ ...day, ...changes });
    refuse(validateDay(draft, next, date));
    if (next.date !== date) {
      for (const s of draft.sessions) if (s.slot?.day === date) s.slot.day = next.date;
      for (const v of draft.venues) renameWindows(v.openingHours, date, next.date);
      for (const r of draft.rooms) renameWindows(r.availability, date, next.date);
      for (const p of draft.people) renameWindows(p.availability, date, next.date);
      for (const o of draft.event.registrationOptions) if (o.day === date) o.day = next.date;
    }
    assignChanged(day, next);
    sortDays(draft.event.days);
  },
  /** A new day with the same opening hours and room availability; sessions are not copied. */
  'days/duplicate': (draft, { date, newDate, label }: { date: string; newDate: string; label: string }) => {
    if (!draft.event.days.some((d) => d.date === date)) throw new EditRejected('timetable:rejected.unknownDay', { value: date });
    const day = { date: newDate, label };
    refuse(validateDay(draft, day, null));
    draft.event.days.push(day);
    sortDays(draft.event.days);
    for (const v of draft.venues) copyWindows(v.openingHours, date, newDate);
    for (const r of draft.rooms) copyWindows(r.availability, date, newDate);
  },
  /** The day's sessions go back to the backlog; the event keeps at least one day. */
  'days/delete': (draft, { date }: { date: string }) => {
    if (!draft.event.days.some((d) => d.date === date)) throw new EditRejected('timetable:rejected.unknownDay', { value: date });
    if (draft.event.days.length === 1) throw new EditRejected('timetable:rejected.lastDay', { value: date });
    for (const s of draft.sessions) if (s.slot?.day === date) unscheduleWithChildren(draft, s);
    for (const v of draft.venues) v.openingHours = dropWindows(v.openingHours, date);
    for (const r of draft.rooms) r.availability = dropWindows(r.availability, date);
    for (const p of draft.people) p.availability = dropWindows(p.availability, date);
    for (const o of draft.event.registrationOptions) if (o.day === date) o.day = null;
    draft.event.days = draft.event.days.filter((d) => d.date !== date);
  },

  'people/create': (draft, { person }: { person: PersonInput }) => {
    refuse(validatePerson(draft, person, null));
    draft.people.push(personSchema.parse(person));
  },
  'people/update': (draft, { id, changes }: { id: string; changes: PersonChanges }) => {
    const person = find(draft.people, id, 'timetable:rejected.unknownPerson');
    const next = { ...person, ...changes, id };
    refuse(validatePerson(draft, next, id));
    assignChanged(person, personSchema.parse(next));
  },
  'people/duplicate': (draft, { id, newId, lastName }: { id: string; newId: string; lastName: string }) => {
    const person = find(draft.people, id, 'timetable:rejected.unknownPerson');
    const copy = { ...(JSON.parse(JSON.stringify(person)) as PersonInput), id: newId, lastName };
    refuse(validatePerson(draft, copy, null));
    draft.people.push(personSchema.parse(copy));
  },
  /** The person leaves every session and tour they were on. */
  'people/delete': (draft, { id }: { id: string }) => {
    find(draft.people, id, 'timetable:rejected.unknownPerson');
    for (const s of draft.sessions) s.people = s.people.filter((p) => p.personId !== id);
    for (const t of draft.tours) {
      t.guides = t.guides.filter((g) => g.personId !== id);
      for (const g of t.groups) if (g.guideId === id) g.guideId = null;
    }
    draft.people = draft.people.filter((p) => p.id !== id);
  },
} satisfies EditHandlerMap;
