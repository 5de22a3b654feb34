/**
 * The references between records of a project (a session's room, a group's guide…). A merge must not leave one
 * pointing at a record the other side deleted: that is a choice for the organiser, never a broken file.
 */
import { produce, type Draft } from 'immer';
import type { Project } from '../model/schema.ts';

export type Target = 'venues' | 'rooms' | 'themes' | 'people' | 'sessions' | 'participants' | 'options' | 'days' | 'faces';

export interface Reference {
  /** The field (or list) that holds the reference. */
  readonly from: string[];
  readonly target: Target;
  readonly id: string;
}

/** `from` is made only for a reference that dangles: a plan holds tens of thousands of references. */
type Visit = (from: () => string[], target: Target, id: string | null, drop: () => void) => void;

/** Calls `visit` for every reference of the project, with how to drop it as deleting its target in the app would. */
function eachReference(project: Project | Draft<Project>, visit: Visit): void {
  for (const option of project.event.registrationOptions) {
    const from = ['event', 'registrationOptions', option.id];
    visit(() => [...from, 'sessionId'], 'sessions', option.sessionId, () => { option.sessionId = null; });
    visit(() => [...from, 'day'], 'days', option.day, () => { option.day = null; });
  }
  for (const venue of project.venues) {
    for (const other of Object.keys(venue.travelMinutes)) {
      visit(() => ['venues', venue.id, 'travelMinutes', other], 'venues', other, () => { delete venue.travelMinutes[other]; });
    }
  }
  for (const room of project.rooms) visit(() => ['rooms', room.id, 'venueId'], 'venues', room.venueId, () => undefined);
  for (const session of project.sessions) {
    const from = ['sessions', session.id];
    visit(() => [...from, 'themeId'], 'themes', session.themeId, () => { session.themeId = null; });
    visit(() => [...from, 'parentId'], 'sessions', session.parentId, () => { session.parentId = null; });
    for (const { personId } of session.people) {
      visit(() => [...from, 'people'], 'people', personId, () => { session.people = session.people.filter((p) => p.personId !== personId); });
    }
    const slot = session.slot;
    if (slot) {
      visit(() => [...from, 'slot'], 'rooms', slot.roomId, () => { session.slot = null; });
      visit(() => [...from, 'slot'], 'days', slot.day, () => { session.slot = null; });
    }
  }
  for (const participant of project.participants) {
    const from = ['participants', participant.id];
    for (const id of participant.registrations) {
      visit(() => [...from, 'registrations'], 'options', id, () => { participant.registrations = participant.registrations.filter((r) => r !== id); });
    }
    for (const id of participant.companionIds) {
      visit(() => [...from, 'companionIds'], 'participants', id, () => { participant.companionIds = participant.companionIds.filter((c) => c !== id); });
    }
  }
  for (const tour of project.tours) {
    const from = ['tours', tour.id];
    visit(() => [...from, 'sessionId'], 'sessions', tour.sessionId, () => { tour.sessionId = null; });
    visit(() => [...from, 'venueId'], 'venues', tour.venueId, () => { tour.venueId = null; });
    visit(() => [...from, 'optionId'], 'options', tour.optionId, () => { tour.optionId = null; });
    for (const { personId } of tour.guides) {
      visit(() => [...from, 'guides', personId], 'people', personId, () => { tour.guides = tour.guides.filter((g) => g.personId !== personId); });
    }
    for (const group of tour.groups) {
      const at = [...from, 'groups', group.id];
      visit(() => [...at, 'guideId'], 'people', group.guideId, () => { group.guideId = null; });
      for (const id of group.participantIds) {
        visit(() => [...at, 'participantIds'], 'participants', id, () => { group.participantIds = group.participantIds.filter((p) => p !== id); });
      }
      for (const id of group.pinnedParticipantIds) {
        visit(() => [...at, 'pinnedParticipantIds'], 'participants', id, () => { group.pinnedParticipantIds = group.pinnedParticipantIds.filter((p) => p !== id); });
      }
    }
  }
  const hall = project.posterHall;
  visit(() => ['posterHall', 'roomId'], 'rooms', hall.roomId, () => { hall.roomId = null; });
  for (const poster of hall.posters) {
    const from = ['posterHall', 'posters', poster.id];
    for (const id of poster.presenters) {
      visit(() => [...from, 'presenters'], 'people', id, () => { poster.presenters = poster.presenters.filter((p) => p !== id); });
    }
    visit(() => [...from, 'themeId'], 'themes', poster.themeId, () => { poster.themeId = null; });
    visit(() => [...from, 'boardFaceId'], 'faces', poster.boardFaceId, () => { poster.boardFaceId = null; });
  }
}

/** The ids of the records a reference may point at, by target. */
function knownIds(project: Project): Record<Target, Set<string>> {
  const ids = <T>(list: readonly T[], id: (item: T) => string) => new Set(list.map(id));
  return {
    venues: ids(project.venues, (v) => v.id),
    rooms: ids(project.rooms, (r) => r.id),
    themes: ids(project.themes, (t) => t.id),
    people: ids(project.people, (p) => p.id),
    sessions: ids(project.sessions, (s) => s.id),
    participants: ids(project.participants, (p) => p.id),
    options: ids(project.event.registrationOptions, (o) => o.id),
    days: ids(project.event.days, (d) => d.date),
    faces: new Set(project.posterHall.boards.flatMap((b) => b.faces.map((f) => f.id))),
  };
}

/** Where the record `id` of `target` lives in this project, or null when it has none. */
export function recordPath(project: Project, target: Target, id: string): string[] | null {
  const has = (list: readonly { id: string }[]) => list.some((item) => item.id === id);
  switch (target) {
    case 'options': return has(project.event.registrationOptions) ? ['event', 'registrationOptions', id] : null;
    case 'days': return project.event.days.some((d) => d.date === id) ? ['event', 'days', id] : null;
    case 'faces': {
      const board = project.posterHall.boards.find((b) => b.faces.some((f) => f.id === id));
      return board ? ['posterHall', 'boards', board.id, 'faces', id] : null;
    }
    default: return has(project[target]) ? [target, id] : null;
  }
}

export function danglingReferences(project: Project): Reference[] {
  const known = knownIds(project);
  const dangling: Reference[] = [];
  eachReference(project, (from, target, id) => {
    if (id !== null && !known[target].has(id)) dangling.push({ from: from(), target, id });
  });
  return dangling;
}

/**
 * After the organiser chose their deletion of something mine still uses: the uses go, as when deleting it in the
 * app (a session back to the backlog, a guide off the tour); a room keeps its venue, which comes back.
 */
export function dropDanglingReferences(project: Project, sources: readonly Project[]): Project {
  if (danglingReferences(project).length === 0) return project;
  return produce(project, (draft) => {
    const venues = new Set(draft.venues.map((v) => v.id));
    for (const room of draft.rooms) {
      if (venues.has(room.venueId)) continue;
      const venue = sources.flatMap((source) => source.venues).find((v) => v.id === room.venueId);
      if (venue) {
        draft.venues.push(venue);
        venues.add(venue.id);
      }
    }
    const known = knownIds(draft as Project);
    eachReference(draft, (_from, target, id, drop) => {
      if (id !== null && !known[target].has(id)) drop();
    });
  });
}
