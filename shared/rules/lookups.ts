/** Indexes of a plan that make every rule a lookup: rooms per day sorted by start, each person's commitments, audiences. */
import type { Project, Room, Session, Venue, Person, Theme, TimeWindow, Tour } from '../model/schema.ts';
import { toMinutes, toTime } from '../model/time.ts';
import { fullName } from '../model/people.ts';
import { nestedTogether, type ParentOf } from '../model/nesting.ts';
import { countRegistrants, type RegistrantCounts } from '../model/registrations.ts';
import type { ConflictItem } from './types.ts';

/** A session with a slot, as times in minutes. */
export interface Placed {
  readonly session: Session;
  readonly roomId: string;
  readonly venueId: string | null;
  readonly day: string;
  readonly start: number;
  readonly end: number;
  /** "room|day", the key of its room's list in byRoomDay, made once. */
  readonly roomKey: string;
  /** "audience|day" for each of its audiences, without repeats. */
  readonly audienceKeys: readonly string[];
  readonly exclusive: boolean;
}

/** A time window read as minutes. */
export interface Span {
  readonly day: string;
  readonly start: number;
  readonly end: number;
}

/** Where a person is expected: on stage in a session, or leading a tour group. */
export interface Commitment {
  readonly personId: string;
  readonly item: ConflictItem;
  /** The session this commitment belongs to (a tour group belongs to its tour's session). */
  readonly sessionId: string;
  readonly label: string;
  readonly venueId: string | null;
  readonly day: string;
  readonly start: number;
  readonly end: number;
}

/** What only changes when rooms, venues, people, themes, the event, participants or tours change. */
export interface StaticLookups extends RegistrantCounts {
  readonly source: Omit<Project, 'sessions' | 'settings'>;
  readonly rooms: ReadonlyMap<string, Room>;
  readonly venues: ReadonlyMap<string, Venue>;
  readonly people: ReadonlyMap<string, Person>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly eventDays: ReadonlySet<string>;
  readonly toursBySession: ReadonlyMap<string, readonly Tour[]>;
  /** The windows as minutes, read once per check: many sessions ask for the same room's or person's hours. */
  readonly spans: (windows: readonly TimeWindow[]) => readonly Span[];
}

export interface Lookups extends StaticLookups {
  readonly sessions: ReadonlyMap<string, Session>;
  readonly placed: ReadonlyMap<string, Placed>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** The parent of an indexed session, for the nesting walks. */
  readonly parentOf: ParentOf;
  /** "room|day" → placed sessions sorted by start. */
  readonly byRoomDay: ReadonlyMap<string, readonly Placed[]>;
  readonly commitments: ReadonlyMap<string, readonly Commitment[]>;
  readonly commitmentsBySession: ReadonlyMap<string, readonly Commitment[]>;
  /** "audience|day" → placed sessions for that audience. */
  readonly byAudienceDay: ReadonlyMap<string, readonly Placed[]>;
  readonly exclusiveByAudienceDay: ReadonlyMap<string, readonly Placed[]>;
}

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((x) => [x.id, x]));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const sameStatic = (a: Project, b: Project): boolean =>
  a.event === b.event && a.venues === b.venues && a.rooms === b.rooms && a.themes === b.themes &&
  a.people === b.people && a.participants === b.participants && a.tours === b.tours && a.posterHall === b.posterHall;

export function buildStaticLookups(project: Project): StaticLookups {
  const { registrantCount, coRegistered } = countRegistrants(project);
  const toursBySession = new Map<string, Tour[]>();
  for (const tour of project.tours) if (tour.sessionId !== null) push(toursBySession, tour.sessionId, tour);
  const spanCache = new Map<readonly TimeWindow[], Span[]>();
  const spans = (windows: readonly TimeWindow[]): readonly Span[] => {
    let list = spanCache.get(windows);
    if (!list) spanCache.set(windows, (list = windows.map((w) => ({ day: w.day, start: toMinutes(w.start), end: toMinutes(w.end) }))));
    return list;
  };
  const { sessions: _sessions, settings: _settings, ...source } = project;
  return {
    source,
    rooms: byId(project.rooms),
    venues: byId(project.venues),
    people: byId(project.people),
    themes: byId(project.themes),
    eventDays: new Set(project.event.days.map((d) => d.date)),
    registrantCount,
    coRegistered,
    toursBySession,
    spans,
  };
}

/** Plenaries, keynotes and the opening stop everything else for their audience. */
export function isExclusive(session: Session): boolean {
  if (session.kind === 'plenary' || session.kind === 'keynote') return true;
  // An institutional session with people on stage is an opening, closing or address: the whole audience attends.
  return session.kind === 'institutional' && session.people.length > 0;
}

export const personName = (person: Person | undefined, id: string): string =>
  person ? fullName(person) : id;

/** The plan's indexes as they are changed: the checker adds and removes sessions as edits come. */
export interface MutableLookups extends Lookups {
  readonly sessions: Map<string, Session>;
  readonly placed: Map<string, Placed>;
  readonly children: Map<string, string[]>;
  readonly byRoomDay: Map<string, Placed[]>;
  readonly commitments: Map<string, Commitment[]>;
  readonly commitmentsBySession: Map<string, Commitment[]>;
  readonly byAudienceDay: Map<string, Placed[]>;
  readonly exclusiveByAudienceDay: Map<string, Placed[]>;
}

export function buildLookups(project: Project, statics: StaticLookups): MutableLookups {
  const sessions = new Map<string, Session>();
  const lookups: MutableLookups = {
    ...statics,
    sessions,
    parentOf: (id) => sessions.get(id)?.parentId,
    placed: new Map(),
    children: new Map(),
    byRoomDay: new Map(),
    commitments: new Map(),
    commitmentsBySession: new Map(),
    byAudienceDay: new Map(),
    exclusiveByAudienceDay: new Map(),
  };
  for (const session of project.sessions) addSession(lookups, session, false);
  for (const list of lookups.byRoomDay.values()) list.sort(byStart);
  return lookups;
}

const byStart = (a: Placed, b: Placed): number => a.start - b.start;

/** Indexes a session; `sorted` keeps its room's list in order at once (one session after an edit). */
export function addSession(lookups: MutableLookups, session: Session, sorted = true): void {
  lookups.sessions.set(session.id, session);
  if (session.parentId !== null) push(lookups.children, session.parentId, session.id);
  const slot = session.slot;
  if (!slot) return;
  const start = toMinutes(slot.start);
  const day = slot.day;
  const audienceKeys: string[] = [];
  for (const audience of session.audience) {
    const key = `${audience}|${day}`;
    if (!audienceKeys.includes(key)) audienceKeys.push(key);
  }
  const p: Placed = {
    session,
    roomId: slot.roomId,
    venueId: lookups.rooms.get(slot.roomId)?.venueId ?? null,
    day,
    start,
    end: start + session.durationMinutes,
    roomKey: `${slot.roomId}|${day}`,
    audienceKeys,
    exclusive: isExclusive(session),
  };
  lookups.placed.set(session.id, p);
  const list = lookups.byRoomDay.get(p.roomKey);
  if (!list) lookups.byRoomDay.set(p.roomKey, [p]);
  else if (!sorted) list.push(p);
  else list.splice(insertionPoint(list, start), 0, p);
  for (const key of audienceKeys) {
    push(lookups.byAudienceDay, key, p);
    if (p.exclusive) push(lookups.exclusiveByAudienceDay, key, p);
  }
  const mine: Commitment[] = [];
  const people = session.people;
  for (let i = 0; i < people.length; i++) {
    const personId = people[i]!.personId;
    // One commitment per person, whatever their roles in the session.
    if (firstOf(people, personId) !== i) continue;
    mine.push({ personId, item: { kind: 'session', id: session.id }, sessionId: session.id, label: session.title, venueId: p.venueId, day, start, end: p.end });
  }
  for (const tour of lookups.toursBySession.get(session.id) ?? []) {
    for (const group of tour.groups) {
      if (!group.guideId || !group.departure) continue;
      const departure = toMinutes(group.departure);
      mine.push({
        personId: group.guideId,
        item: { kind: 'tour-group', id: group.id },
        sessionId: session.id,
        label: `${tour.name} — ${group.name}`,
        venueId: tour.venueId ?? p.venueId,
        day,
        start: departure,
        end: departure + tour.tourMinutes,
      });
    }
  }
  if (mine.length === 0) return;
  lookups.commitmentsBySession.set(session.id, mine);
  for (const c of mine) push(lookups.commitments, c.personId, c);
}

const firstOf = (people: Session['people'], personId: string): number => {
  for (let i = 0; i < people.length; i++) if (people[i]!.personId === personId) return i;
  return -1;
};

/** Takes a session (as it was indexed) out of every index. */
export function removeSession(lookups: MutableLookups, id: string): void {
  const session = lookups.sessions.get(id);
  if (!session) return;
  lookups.sessions.delete(id);
  if (session.parentId !== null) pull(lookups.children, session.parentId, id);
  const p = lookups.placed.get(id);
  if (!p) return;
  lookups.placed.delete(id);
  pull(lookups.byRoomDay, p.roomKey, p);
  for (const key of p.audienceKeys) {
    pull(lookups.byAudienceDay, key, p);
    pull(lookups.exclusiveByAudienceDay, key, p);
  }
  for (const c of lookups.commitmentsBySession.get(id) ?? []) pull(lookups.commitments, c.personId, c);
  lookups.commitmentsBySession.delete(id);
}

function pull<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  const i = list ? list.indexOf(value) : -1;
  if (i < 0) return;
  list!.splice(i, 1);
  if (list!.length === 0) map.delete(key);
}

function insertionPoint(list: readonly Placed[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when one session is nested (at any depth) inside the other, or they are the same. */
export const related = (lookups: Lookups, a: string, b: string): boolean => nestedTogether(a, b, lookups.parentOf);

/** A talk inside its parent's time and room is the parent's business: room rules look at the parent only. */
export function occupiesRoom(lookups: Lookups, p: Placed): boolean {
  const parentId = p.session.parentId;
  if (parentId === null) return true;
  const parent = lookups.placed.get(parentId);
  return !parent || !contains(parent, p);
}

export const contains = (outer: Placed, inner: Placed): boolean =>
  outer.roomId === inner.roomId && outer.day === inner.day && outer.start <= inner.start && inner.end <= outer.end;

/** True when [start, end) lies inside one of the windows of that day. */
export function insideWindows(lookups: Lookups, windows: readonly TimeWindow[], day: string, start: number, end: number): boolean {
  for (const w of lookups.spans(windows)) if (w.day === day && w.start <= start && end <= w.end) return true;
  return false;
}

/** "09:00–18:00" for the windows of one day, or "" when there are none. */
export const windowsOfDay = (windows: readonly TimeWindow[], day: string): string =>
  windows.filter((w) => w.day === day).map((w) => `${w.start}–${w.end}`).join(', ');

/** Two placed sessions in a stable order: earlier first, then by id, so a pair reads the same from either side. */
export function inOrder(a: Placed, b: Placed): [Placed, Placed] {
  return a.start < b.start || (a.start === b.start && a.session.id < b.session.id) ? [a, b] : [b, a];
}

export const pairKey = (rule: string, a: string, b: string): string => (a < b ? `${rule}:${a}|${b}` : `${rule}:${b}|${a}`);

/** Params naming a placed session: title, day, start and end. */
export const sessionParams = (p: Placed, prefix: string): Record<string, string> => ({
  [prefix]: p.session.title,
  [`${prefix}Start`]: toTime(p.start),
  [`${prefix}End`]: toTime(p.end),
});

export const sessionItem = (id: string): ConflictItem => ({ kind: 'session', id });
