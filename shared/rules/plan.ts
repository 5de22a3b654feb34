/** Indexes of a plan that make every rule a lookup: rooms per day sorted by start, each person's commitments, audiences. */
import type { Project, Room, Session, Venue, Person, Theme, TimeWindow } from '../model/schema.ts';
import { toMinutes, toTime } from '../model/time.ts';
import type { ConflictItem } from './types.ts';

/** A session with a slot, as times in minutes. */
export interface Placed {
  readonly session: Session;
  readonly roomId: string;
  readonly venueId: string | null;
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
export interface StaticIndex {
  readonly source: Omit<Project, 'sessions' | 'settings'>;
  readonly rooms: ReadonlyMap<string, Room>;
  readonly venues: ReadonlyMap<string, Venue>;
  readonly people: ReadonlyMap<string, Person>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly eventDays: ReadonlySet<string>;
  /** Participants signed up for each session (through the registration options that point at it). */
  readonly registrants: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface PlanIndex extends StaticIndex {
  readonly sessions: ReadonlyMap<string, Session>;
  readonly placed: ReadonlyMap<string, Placed>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** "room|day" → placed sessions sorted by start. */
  readonly byRoomDay: ReadonlyMap<string, readonly Placed[]>;
  readonly commitments: ReadonlyMap<string, readonly Commitment[]>;
  readonly commitmentsBySession: ReadonlyMap<string, readonly Commitment[]>;
  /** "audience|day" → placed sessions for that audience. */
  readonly byAudienceDay: ReadonlyMap<string, readonly Placed[]>;
  readonly exclusiveByAudienceDay: ReadonlyMap<string, readonly Placed[]>;
  /** day → placed sessions that have registrants. */
  readonly registeredByDay: ReadonlyMap<string, readonly Placed[]>;
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

export function buildStaticIndex(project: Project): StaticIndex {
  const optionSession = new Map<string, string>();
  for (const option of project.event.registrationOptions) if (option.sessionId) optionSession.set(option.id, option.sessionId);
  const registrants = new Map<string, Set<string>>();
  if (optionSession.size > 0) {
    for (const participant of project.participants) {
      for (const optionId of participant.registrations) {
        const sessionId = optionSession.get(optionId);
        if (sessionId === undefined) continue;
        let set = registrants.get(sessionId);
        if (!set) registrants.set(sessionId, (set = new Set()));
        set.add(participant.id);
      }
    }
  }
  const { sessions: _sessions, settings: _settings, ...source } = project;
  return {
    source,
    rooms: byId(project.rooms),
    venues: byId(project.venues),
    people: byId(project.people),
    themes: byId(project.themes),
    eventDays: new Set(project.event.days.map((d) => d.date)),
    registrants,
  };
}

/** Plenaries, keynotes and the opening stop everything else for their audience. */
export function isExclusive(session: Session): boolean {
  if (session.kind === 'plenary' || session.kind === 'keynote') return true;
  // An institutional session with people on stage is an opening, closing or address: the whole audience attends.
  return session.kind === 'institutional' && session.people.length > 0;
}

export const personName = (person: Person | undefined, id: string): string =>
  person ? [person.firstName, person.lastName].filter(Boolean).join(' ') : id;

export function buildPlan(project: Project, statics: StaticIndex): PlanIndex {
  const sessions = byId(project.sessions);
  const placed = new Map<string, Placed>();
  const children = new Map<string, string[]>();
  const byRoomDay = new Map<string, Placed[]>();
  const commitments = new Map<string, Commitment[]>();
  const commitmentsBySession = new Map<string, Commitment[]>();
  const byAudienceDay = new Map<string, Placed[]>();
  const exclusiveByAudienceDay = new Map<string, Placed[]>();
  const registeredByDay = new Map<string, Placed[]>();

  const commit = (c: Commitment): void => {
    push(commitments, c.personId, c);
    push(commitmentsBySession, c.sessionId, c);
  };

  for (const session of project.sessions) {
    if (session.parentId !== null) push(children, session.parentId, session.id);
    const slot = session.slot;
    if (!slot) continue;
    const start = toMinutes(slot.start);
    const p: Placed = {
      session,
      roomId: slot.roomId,
      venueId: statics.rooms.get(slot.roomId)?.venueId ?? null,
      day: slot.day,
      start,
      end: start + session.durationMinutes,
    };
    placed.set(session.id, p);
    push(byRoomDay, `${slot.roomId}|${slot.day}`, p);
    const exclusive = isExclusive(session);
    for (const audience of new Set(session.audience)) {
      push(byAudienceDay, `${audience}|${slot.day}`, p);
      if (exclusive) push(exclusiveByAudienceDay, `${audience}|${slot.day}`, p);
    }
    if (statics.registrants.has(session.id)) push(registeredByDay, slot.day, p);
    const seen = new Set<string>();
    for (const { personId } of session.people) {
      if (seen.has(personId)) continue;
      seen.add(personId);
      commit({ personId, item: { kind: 'session', id: session.id }, sessionId: session.id, label: session.title, venueId: p.venueId, day: p.day, start: p.start, end: p.end });
    }
  }
  for (const list of byRoomDay.values()) list.sort((a, b) => a.start - b.start);

  for (const tour of statics.source.tours) {
    const owner = tour.sessionId ? placed.get(tour.sessionId) : undefined;
    if (!owner) continue;
    for (const group of tour.groups) {
      if (!group.guideId || !group.departure) continue;
      const start = toMinutes(group.departure);
      commit({
        personId: group.guideId,
        item: { kind: 'tour-group', id: group.id },
        sessionId: owner.session.id,
        label: `${tour.name} — ${group.name}`,
        venueId: tour.venueId ?? owner.venueId,
        day: owner.day,
        start,
        end: start + tour.tourMinutes,
      });
    }
  }
  return { ...statics, sessions, placed, children, byRoomDay, commitments, commitmentsBySession, byAudienceDay, exclusiveByAudienceDay, registeredByDay };
}

/** True when one session is nested (at any depth) inside the other, or they are the same. */
export function related(plan: PlanIndex, a: string, b: string): boolean {
  return a === b || isAncestor(plan, a, b) || isAncestor(plan, b, a);
}

function isAncestor(plan: PlanIndex, ancestor: string, id: string): boolean {
  let current = plan.sessions.get(id)?.parentId ?? null;
  for (let depth = 0; current !== null && depth < 32; depth++) {
    if (current === ancestor) return true;
    current = plan.sessions.get(current)?.parentId ?? null;
  }
  return false;
}

/** A talk inside its parent's time and room is the parent's business: room rules look at the parent only. */
export function occupiesRoom(plan: PlanIndex, p: Placed): boolean {
  const parentId = p.session.parentId;
  if (parentId === null) return true;
  const parent = plan.placed.get(parentId);
  return !parent || !contains(parent, p);
}

export const contains = (outer: Placed, inner: Placed): boolean =>
  outer.roomId === inner.roomId && outer.day === inner.day && outer.start <= inner.start && inner.end <= outer.end;

/** True when [start, end) lies inside one of the windows of that day. */
export function insideWindows(windows: readonly TimeWindow[], day: string, start: number, end: number): boolean {
  return windows.some((w) => w.day === day && toMinutes(w.start) <= start && end <= toMinutes(w.end));
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
