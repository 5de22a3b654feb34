/**
 * The forgiving restore, run after validation: repairs references to things that do not exist and says what it
 * repaired. Duplicate ids cannot be repaired (which one did the user mean?) and are reported as errors.
 */
import type { Problem } from '../problems.ts';
import type { Participant, Poster, Project, Session, Tour } from './schema.ts';
import type { TextKey } from '../i18n/typed-keys.ts';

export interface Restored {
  readonly project: Project;
  readonly repairs: readonly Problem[];
  /** Duplicate ids: the project cannot be opened until the file is fixed. */
  readonly errors: readonly Problem[];
}

type Repair = (code: TextKey, path: string, value: string, params?: Record<string, string>) => void;

/** Ids of one collection; reports every id already used earlier in it. */
function uniqueIds(items: readonly { readonly id: string }[], collection: string, errors: Problem[]): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else errors.push({ code: 'model:duplicateId', path: `${collection}[${index}].id`, value: item.id, params: { first: `${collection}[${earlier}]` } });
  });
  return new Set(first.keys());
}

/** Keeps the ids that exist; reports each one removed. */
function keepKnown(ids: readonly string[], known: ReadonlySet<string> | ((id: string) => boolean), path: string, code: TextKey, repair: Repair): string[] {
  const exists = typeof known === 'function' ? known : (id: string) => known.has(id);
  if (ids.every(exists)) return ids as string[];
  return ids.filter((id, index) => {
    if (exists(id)) return true;
    repair(code, `${path}[${index}]`, id);
    return false;
  });
}

/** A reference that may be null: kept if it exists, cleared (and reported) otherwise. */
function knownOrNull(id: string | null, known: ReadonlySet<string>, path: string, code: TextKey, repair: Repair): string | null {
  if (id === null || known.has(id)) return id;
  repair(code, path, id);
  return null;
}

function restoreSession(session: Session, i: number, ids: Ids, repair: Repair): Session {
  const at = `sessions[${i}]`;
  let slot = session.slot;
  if (slot && !ids.rooms.has(slot.roomId)) {
    repair('model:repaired.slotRoom', `${at}.slot.roomId`, slot.roomId);
    slot = null;
  }
  const themeId = knownOrNull(session.themeId, ids.themes, `${at}.themeId`, 'model:repaired.theme', repair);
  let parentId = session.parentId;
  if (parentId !== null && (!ids.sessions.has(parentId) || parentId === session.id)) {
    repair('model:repaired.parent', `${at}.parentId`, parentId);
    parentId = null;
  }
  const people = session.people.every((p) => ids.people.has(p.personId))
    ? session.people
    : session.people.filter((p, k) => {
        if (ids.people.has(p.personId)) return true;
        repair('model:repaired.sessionPerson', `${at}.people[${k}].personId`, p.personId);
        return false;
      });
  if (slot === session.slot && themeId === session.themeId && parentId === session.parentId && people === session.people) return session;
  return { ...session, slot, themeId, parentId, people };
}

function restoreParticipant(participant: Participant, i: number, ids: Ids, repair: Repair): Participant {
  const at = `participants[${i}]`;
  // A participant cannot be their own companion: that link is as dangling as one to nobody.
  const isCompanion = (id: string) => id !== participant.id && ids.participants.has(id);
  const companionIds = keepKnown(participant.companionIds, isCompanion, `${at}.companionIds`, 'model:repaired.companion', repair);
  const registrations = keepKnown(participant.registrations, ids.options, `${at}.registrations`, 'model:repaired.registration', repair);
  if (companionIds === participant.companionIds && registrations === participant.registrations) return participant;
  return { ...participant, companionIds, registrations };
}

function restoreTour(tour: Tour, i: number, ids: Ids, repair: Repair): Tour {
  const at = `tours[${i}]`;
  const sessionId = knownOrNull(tour.sessionId, ids.sessions, `${at}.sessionId`, 'model:repaired.session', repair);
  const venueId = knownOrNull(tour.venueId, ids.venues, `${at}.venueId`, 'model:repaired.venue', repair);
  const optionId = knownOrNull(tour.optionId, ids.options, `${at}.optionId`, 'model:repaired.registration', repair);
  const guides = tour.guides.every((g) => ids.people.has(g.personId))
    ? tour.guides
    : tour.guides.filter((g, k) => {
        if (ids.people.has(g.personId)) return true;
        repair('model:repaired.guide', `${at}.guides[${k}].personId`, g.personId);
        return false;
      });
  let groupsChanged = false;
  const groups = tour.groups.map((group, g) => {
    const guideId = knownOrNull(group.guideId, ids.people, `${at}.groups[${g}].guideId`, 'model:repaired.guide', repair);
    const participantIds = keepKnown(group.participantIds, ids.participants, `${at}.groups[${g}].participantIds`, 'model:repaired.groupMember', repair);
    const members = new Set(participantIds);
    const pinnedParticipantIds = keepKnown(group.pinnedParticipantIds, members, `${at}.groups[${g}].pinnedParticipantIds`, 'model:repaired.groupMember', repair);
    if (guideId === group.guideId && participantIds === group.participantIds && pinnedParticipantIds === group.pinnedParticipantIds) return group;
    groupsChanged = true;
    return { ...group, guideId, participantIds, pinnedParticipantIds };
  });
  if (sessionId === tour.sessionId && venueId === tour.venueId && optionId === tour.optionId && guides === tour.guides && !groupsChanged) return tour;
  return { ...tour, sessionId, venueId, optionId, guides, groups };
}

function restorePosters(posters: readonly Poster[], ids: Ids, repair: Repair): Poster[] {
  const holder = new Map<string, string>();
  return posters.map((poster, i) => {
    const at = `posterHall.posters[${i}]`;
    const themeId = knownOrNull(poster.themeId, ids.themes, `${at}.themeId`, 'model:repaired.theme', repair);
    let boardFaceId = knownOrNull(poster.boardFaceId, ids.faces, `${at}.boardFaceId`, 'model:repaired.boardFace', repair);
    if (boardFaceId !== null) {
      const other = holder.get(boardFaceId);
      if (other === undefined) holder.set(boardFaceId, poster.id);
      else {
        repair('model:repaired.sharedFace', `${at}.boardFaceId`, boardFaceId, { other });
        boardFaceId = null;
      }
    }
    // A pin only means something on a face: a poster moved back to the list is no longer pinned.
    const pinned = poster.pinned && boardFaceId !== null;
    if (themeId === poster.themeId && boardFaceId === poster.boardFaceId && pinned === poster.pinned) return poster;
    return { ...poster, themeId, boardFaceId, pinned };
  });
}

/**
 * Sessions that are each other's parents (a → b → a) would make every walk up the parents endless: each such
 * loop is cut at its first session in the file, which then stands on its own, and the notice names the loop.
 */
function breakParentCycles(sessions: Session[], repair: Repair): Session[] {
  const indexOf = new Map(sessions.map((session, i) => [session.id, i]));
  // 0: not seen, 1: on the walk being followed, 2: known to reach a session without a parent.
  const state = new Uint8Array(sessions.length);
  let out = sessions;
  for (let start = 0; start < sessions.length; start++) {
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      const parentId: string | null = out[at]!.parentId;
      at = parentId === null ? undefined : indexOf.get(parentId);
    }
    if (at !== undefined && state[at] === 1) {
      const loop = walk.slice(walk.indexOf(at));
      const cut = Math.min(...loop);
      const session = out[cut]!;
      const names = [...loop.slice(loop.indexOf(cut)), ...loop.slice(0, loop.indexOf(cut)), cut].map((i) => out[i]!.title);
      repair('model:repaired.parentCycle', `sessions[${cut}].parentId`, session.parentId ?? '', { sessions: names.join(' → ') });
      if (out === sessions) out = [...sessions];
      out[cut] = { ...session, parentId: null };
    }
    for (const i of walk) state[i] = 2;
  }
  return out;
}

interface Ids {
  readonly venues: Set<string>;
  readonly rooms: Set<string>;
  readonly themes: Set<string>;
  readonly people: Set<string>;
  readonly sessions: Set<string>;
  readonly participants: Set<string>;
  readonly options: Set<string>;
  readonly faces: Set<string>;
}

function collectIds(project: Project, errors: Problem[]): Ids {
  const ids: Ids = {
    venues: uniqueIds(project.venues, 'venues', errors),
    rooms: uniqueIds(project.rooms, 'rooms', errors),
    themes: uniqueIds(project.themes, 'themes', errors),
    people: uniqueIds(project.people, 'people', errors),
    sessions: uniqueIds(project.sessions, 'sessions', errors),
    participants: uniqueIds(project.participants, 'participants', errors),
    options: uniqueIds(project.event.registrationOptions, 'event.registrationOptions', errors),
    faces: new Set(),
  };
  uniqueIds(project.tours, 'tours', errors);
  project.tours.forEach((tour, i) => uniqueIds(tour.groups, `tours[${i}].groups`, errors));
  uniqueIds(project.posterHall.boards, 'posterHall.boards', errors);
  uniqueIds(project.posterHall.posters, 'posterHall.posters', errors);
  // Posters point at faces directly, so a face id must be unique across the whole hall.
  const facePath = new Map<string, string>();
  project.posterHall.boards.forEach((board, b) =>
    board.faces.forEach((face, f) => {
      const path = `posterHall.boards[${b}].faces[${f}]`;
      const first = facePath.get(face.id);
      if (first === undefined) facePath.set(face.id, path);
      else errors.push({ code: 'model:duplicateId', path: `${path}.id`, value: face.id, params: { first } });
    }),
  );
  for (const id of facePath.keys()) ids.faces.add(id);
  return ids;
}

/** Repairs what can be repaired; never changes the project it is given. */
export function restoreProject(project: Project): Restored {
  const errors: Problem[] = [];
  const repairs: Problem[] = [];
  const ids = collectIds(project, errors);
  if (errors.length > 0) return { project, repairs, errors };
  const repair: Repair = (code, path, value, params) => repairs.push({ code, path, value, ...(params ? { params } : {}) });

  const registrationOptions = project.event.registrationOptions.map((option, i) => {
    const sessionId = knownOrNull(option.sessionId, ids.sessions, `event.registrationOptions[${i}].sessionId`, 'model:repaired.session', repair);
    return sessionId === option.sessionId ? option : { ...option, sessionId };
  });
  const sessions = breakParentCycles(
    project.sessions.map((session, i) => restoreSession(session, i, ids, repair)),
    repair,
  );
  const participants = project.participants.map((participant, i) => restoreParticipant(participant, i, ids, repair));
  const tours = project.tours.map((tour, i) => restoreTour(tour, i, ids, repair));
  const roomId = knownOrNull(project.posterHall.roomId, ids.rooms, 'posterHall.roomId', 'model:repaired.room', repair);
  const posters = restorePosters(project.posterHall.posters, ids, repair);
  if (repairs.length === 0) return { project, repairs, errors };
  return {
    project: {
      ...project,
      event: { ...project.event, registrationOptions },
      sessions,
      participants,
      tours,
      posterHall: { ...project.posterHall, roomId, posters },
    },
    repairs,
    errors,
  };
}
