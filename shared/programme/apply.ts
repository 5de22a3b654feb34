/**
 * A checked programme applied to a project (an immer draft or a fresh object): days, rooms, tracks as themes,
 * events as sessions, persons as people. Items are found again by their external id, so an updated programme
 * updates them in place; what the organiser did in Régie (capacities, needs, times and lengths) is kept and reported.
 */
import { produce } from 'immer';
import { fold } from '../model/fold.ts';
import { CURRENT_VERSION, FORMAT, projectSchema, type Person, type Project, type Room, type Session, type Slot, type Theme } from '../model/schema.ts';
import { eventInstant, localIso } from './event-time.ts';
import { isKnownTimeZone } from './frab.ts';
import type { ImportedProgramme, ImportedEvent, ImportedPerson } from './read-programme.ts';

/** The capacity a room the programme brings gets until the organiser gives the real one. */
export const ASSUMED_ROOM_CAPACITY = 100;

/** A session whose time, room or length in Régie differs from the programme's: Régie's is kept. */
export interface MoveKept {
  readonly sessionId: string;
  readonly title: string;
  readonly inRegie: { readonly slot: Slot | null; readonly durationMinutes: number };
  readonly inProgramme: { readonly slot: Slot | null; readonly durationMinutes: number };
}

export interface ProgrammeReport {
  /** Titles (sessions) and names (rooms, themes, people) the import adds. */
  readonly added: { readonly sessions: readonly string[]; readonly rooms: readonly string[]; readonly themes: readonly string[]; readonly people: readonly string[]; readonly days: readonly string[] };
  /** Sessions the programme changed, with the fields that changed (title, kind, themeId, description, language, people, slot). */
  readonly changed: readonly { readonly sessionId: string; readonly title: string; readonly fields: readonly string[] }[];
  /** Sessions imported earlier that the programme no longer has: moved to the backlog, not deleted. */
  readonly removed: readonly { readonly sessionId: string; readonly title: string }[];
  readonly movesKept: readonly MoveKept[];
  /** Rooms made at an assumed capacity, to be checked. */
  readonly roomsToCheck: readonly string[];
  /** Sessions the programme gives no room or no time: they wait in the backlog. */
  readonly inBacklog: readonly string[];
  /** The programme's time zone and the project's, when they differ: times were moved onto the project's clocks. */
  readonly clocks: { readonly programme: string; readonly project: string } | null;
  /** What the programme holds. */
  readonly counts: { readonly sessions: number; readonly rooms: number; readonly themes: number; readonly people: number; readonly days: number };
}

/** Applies the programme to the project in place (an immer draft); returns what it did. */
export function applyProgrammeTo(project: Project, programme: ImportedProgramme): ProgrammeReport {
  const ids = new UniqueIds(project);
  const projectZone = project.event.timeZone;
  const clocks = programme.timeZone && programme.timeZone !== projectZone && isKnownTimeZone(projectZone) ? { programme: programme.timeZone, project: projectZone } : null;
  const addedDays = addDays(project, programme);
  const rooms = matchRooms(project, programme, ids);
  const themes = matchThemes(project, programme, ids);
  const people = matchPeople(project, programme, ids);

  const sessionsByExternal = new Map(project.sessions.filter((s) => s.externalId !== undefined).map((s) => [s.externalId!, s]));
  const added: string[] = [];
  const changed: { sessionId: string; title: string; fields: string[] }[] = [];
  const movesKept: MoveKept[] = [];
  const inBacklog: string[] = [];
  const inProgramme = new Set<string>();

  for (const event of programme.events) {
    inProgramme.add(event.externalId);
    const slot: Slot | null = event.slot ? { roomId: rooms.idOf.get(event.slot.roomName)!, ...onProjectClocks(event.slot, clocks) } : null;
    if (!slot) inBacklog.push(event.title);
    const fields = sessionFields(event, themes.idOf, people.idOf);
    const existing = sessionsByExternal.get(event.externalId);
    if (!existing) {
      project.sessions.push({
        id: ids.next('session', event.externalId), kind: fields.kind, title: fields.title, themeId: fields.themeId,
        durationMinutes: event.durationMinutes, expectedAudience: 0, audience: [], people: fields.people,
        needs: { equipment: [], layout: null }, parentId: null, slot, description: fields.description,
        externalId: event.externalId, ...(fields.language ? { language: fields.language } : {}), assumed: [],
      });
      added.push(event.title);
      continue;
    }
    const differs = updateSession(existing, fields);
    if (existing.slot === null && slot !== null) {
      // Nothing was done in Régie to a session still in the backlog: the programme's time is taken.
      existing.slot = slot;
      existing.durationMinutes = event.durationMinutes;
      differs.push('slot');
    } else if (!sameSlot(existing.slot, slot) || existing.durationMinutes !== event.durationMinutes) {
      movesKept.push({
        sessionId: existing.id, title: existing.title,
        inRegie: { slot: existing.slot ? { ...existing.slot } : null, durationMinutes: existing.durationMinutes },
        inProgramme: { slot, durationMinutes: event.durationMinutes },
      });
    }
    if (differs.length > 0) changed.push({ sessionId: existing.id, title: existing.title, fields: differs });
  }

  const removed: { sessionId: string; title: string }[] = [];
  for (const session of project.sessions) {
    if (session.externalId === undefined || inProgramme.has(session.externalId)) continue;
    removed.push({ sessionId: session.id, title: session.title });
    session.slot = null;
  }

  return {
    added: { sessions: added, rooms: rooms.added, themes: themes.added, people: people.added, days: addedDays },
    changed, removed, movesKept, roomsToCheck: rooms.added, inBacklog, clocks,
    counts: { sessions: programme.events.length, rooms: programme.rooms.length, themes: programme.tracks.length, people: people.count, days: programme.days.length },
  };
}

/** A new project made from the programme alone: its name, days, rooms, tracks, sessions and people. */
export function projectFromProgramme(programme: ImportedProgramme): { project: Project; report: ProgrammeReport } {
  const project = projectSchema.parse({
    format: FORMAT,
    version: CURRENT_VERSION,
    event: { name: programme.name, shortName: programme.shortName, days: programme.days.map((date) => ({ date })), ...(programme.timeZone ? { timeZone: programme.timeZone } : {}) },
  });
  const report = applyProgrammeTo(project, programme);
  return { project, report };
}

/** A programme's local day and time on the project's clocks (09:00 in London is 10:00 in Paris). */
function onProjectClocks(at: { day: string; start: string }, clocks: ProgrammeReport['clocks']): { day: string; start: string } {
  if (!clocks) return { day: at.day, start: at.start };
  const local = localIso(eventInstant(at.day, at.start, clocks.programme), clocks.project);
  return { day: local.slice(0, 10), start: local.slice(11, 16) };
}

const sameSlot = (a: Slot | null, b: Slot | null): boolean =>
  a === b || (!!a && !!b && a.roomId === b.roomId && a.day === b.day && a.start === b.start);

interface SessionFields {
  readonly kind: Session['kind'];
  readonly title: string;
  readonly themeId: string | null;
  readonly description: string;
  readonly language: string;
  readonly people: Session['people'];
}

function sessionFields(event: ImportedEvent, themeIdOf: Map<string, string>, personIdOf: Map<string, string>): SessionFields {
  const speakers = [...new Set(event.persons.map((person) => personIdOf.get(person.externalId)!))];
  return {
    kind: event.kind,
    title: event.title,
    themeId: event.track ? themeIdOf.get(event.track)! : null,
    description: event.abstract,
    language: event.language,
    people: speakers.map((personId) => ({ personId, role: 'speaker' as const })),
  };
}

/** The programme's fields on a session found again; chairs, hosts and guides set in Régie stay. Returns what changed. */
function updateSession(session: Session, fields: SessionFields): string[] {
  const changed: string[] = [];
  const set = <K extends 'kind' | 'title' | 'themeId' | 'description'>(key: K, value: Session[K]) => {
    if (session[key] === value) return;
    session[key] = value;
    changed.push(key);
  };
  set('kind', fields.kind);
  set('title', fields.title);
  set('themeId', fields.themeId);
  set('description', fields.description);
  if ((session.language ?? '') !== fields.language) {
    if (fields.language) session.language = fields.language;
    else delete session.language;
    changed.push('language');
  }
  const speakersBefore = session.people.filter((p) => p.role === 'speaker').map((p) => p.personId);
  const speakersAfter = fields.people.map((p) => p.personId);
  if (speakersBefore.join('\n') !== speakersAfter.join('\n')) {
    session.people = [...fields.people, ...session.people.filter((p) => p.role !== 'speaker')];
    changed.push('people');
  }
  return changed;
}

function addDays(project: Project, programme: ImportedProgramme): string[] {
  const known = new Set(project.event.days.map((day) => day.date));
  const added = programme.days.filter((date) => !known.has(date));
  if (added.length === 0) return [];
  project.event.days.push(...added.map((date) => ({ date, label: '' })));
  project.event.days.sort((a, b) => a.date.localeCompare(b.date));
  return added;
}

interface Matched {
  /** Régie id by the programme's name (rooms, tracks) or external id (people). */
  readonly idOf: Map<string, string>;
  readonly added: string[];
}

function matchRooms(project: Project, programme: ImportedProgramme, ids: UniqueIds): Matched {
  const idOf = new Map<string, string>();
  const added: string[] = [];
  const find = itemFinder(project.rooms, (r) => r.name, new Set(programme.rooms.map((room) => room.externalId)));
  for (const { name, externalId } of programme.rooms) {
    const room = find(externalId, name);
    if (room) {
      room.externalId = externalId;
      idOf.set(name, room.id);
      continue;
    }
    const venueId = project.venues[0]?.id ?? addVenue(project, ids);
    const id = ids.next('room', name);
    project.rooms.push({
      id, venueId, name, capacity: ASSUMED_ROOM_CAPACITY, layout: 'theatre', equipment: [], availability: [], changeoverMinutes: 10,
      externalId, assumed: ['capacity', 'layout', 'equipment'],
    } satisfies Room);
    idOf.set(name, id);
    added.push(name);
  }
  return { idOf, added };
}

/** The venue for a project made from a programme alone; its address is the organiser's to give. */
function addVenue(project: Project, ids: UniqueIds): string {
  const id = ids.next('venue', project.event.shortName || project.event.name);
  project.venues.push({ id, name: project.event.name, address: '', openingHours: [], travelMinutes: {}, assumed: ['address', 'openingHours'] });
  return id;
}

function matchThemes(project: Project, programme: ImportedProgramme, ids: UniqueIds): Matched {
  const idOf = new Map<string, string>();
  const added: string[] = [];
  const find = itemFinder(project.themes, (t) => t.name, new Set(programme.tracks.map((track) => track.name)));
  for (const { name, color } of programme.tracks) {
    const theme = find(name, name);
    if (theme) {
      theme.externalId = name;
      if (color && theme.color !== color) theme.color = color;
      idOf.set(name, theme.id);
      continue;
    }
    const id = ids.next('theme', name);
    project.themes.push({ id, name, color: color ?? '#888888', externalId: name, assumed: color ? [] : ['color'] } satisfies Theme);
    idOf.set(name, id);
    added.push(name);
  }
  return { idOf, added };
}

function matchPeople(project: Project, programme: ImportedProgramme, ids: UniqueIds): Matched & { count: number } {
  const idOf = new Map<string, string>();
  const added: string[] = [];
  const persons = new Map<string, ImportedPerson>();
  for (const event of programme.events) for (const person of event.persons) if (!persons.has(person.externalId)) persons.set(person.externalId, person);
  const find = itemFinder(project.people, (p) => `${p.firstName} ${p.lastName}`, new Set(persons.keys()));
  for (const { externalId, name } of persons.values()) {
    const person = find(externalId, name);
    if (person) {
      person.externalId = externalId;
      idOf.set(externalId, person.id);
      continue;
    }
    const id = ids.next('person', name);
    project.people.push({ id, ...splitName(name), affiliation: '', email: '', availability: [], externalId, assumed: [] } satisfies Person);
    idOf.set(externalId, id);
    added.push(name);
  }
  return { idOf, added, count: persons.size };
}

/**
 * Finds items by external id, else by the name written the same way (accents and case aside): the first import into a
 * project, or a programme tool that numbered its people anew. An item whose id the programme still uses is never taken by name.
 */
function itemFinder<T extends { externalId?: string | undefined }>(items: readonly T[], nameOf: (item: T) => string, idsInProgramme: ReadonlySet<string>): (externalId: string, name: string) => T | undefined {
  const byId = new Map<string, T>();
  // Namesakes are taken one each, in the project's order.
  const byName = new Map<string, T[]>();
  for (const item of items) {
    if (item.externalId !== undefined) byId.set(item.externalId, item);
    if (item.externalId !== undefined && idsInProgramme.has(item.externalId)) continue;
    const key = fold(nameOf(item));
    byName.set(key, [...(byName.get(key) ?? []), item]);
  }
  return (externalId, name) => byId.get(externalId) ?? byName.get(fold(name))?.shift();
}

/** "Ada Lovelace" → Ada / Lovelace; a single word is the last name. */
function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { firstName: '', lastName: words[0]! };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
}

/** Ids readable in a project file ("room-amphi-a"), never one already taken. */
class UniqueIds {
  private readonly taken = new Set<string>();

  constructor(project: Project) {
    for (const list of [project.venues, project.rooms, project.themes, project.people, project.sessions]) for (const item of list) this.taken.add(item.id);
  }

  next(prefix: string, from: string): string {
    const slug = fold(from).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';
    let id = `${prefix}-${slug}`;
    for (let n = 2; this.taken.has(id); n += 1) id = `${prefix}-${slug}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** The project after the import and what the import does, the project given left untouched: the preview, the CLI. */
export function importProgramme(project: Project | null, programme: ImportedProgramme): { project: Project; report: ProgrammeReport } {
  if (!project) return projectFromProgramme(programme);
  let report: ProgrammeReport | undefined;
  const next = produce(project, (draft) => {
    report = applyProgrammeTo(draft as Project, programme);
  });
  return { project: next, report: report! };
}
