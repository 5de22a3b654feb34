/** How project values read in a workbook: names, rooms, venues, themes, lists. */
import type { Person, Session } from '../model/schema.ts';
import { fullName } from '../model/people.ts';
import type { ExportContext } from './context.ts';

/** The speakers of a session, as "First Last; First Last". */
export function speakersOf(ctx: ExportContext, session: Session): string {
  return session.people
    .filter((entry) => entry.role === 'speaker')
    .map((entry) => ctx.people.get(entry.personId))
    .filter((person): person is Person => person !== undefined)
    .map(fullName)
    .join('; ');
}

/** People given by id (a poster's presenters), as "First Last; First Last"; text that is no known id stays as written. */
export const peopleNames = (ctx: ExportContext, ids: readonly string[]): string =>
  ids.map((id) => {
    const person = ctx.people.get(id);
    return person ? fullName(person) : id;
  }).join('; ');

export const roomName = (ctx: ExportContext, roomId: string): string => ctx.rooms.get(roomId)?.name ?? roomId;

export function venueName(ctx: ExportContext, roomId: string): string {
  const room = ctx.rooms.get(roomId);
  return room ? (ctx.venues.get(room.venueId)?.name ?? '') : '';
}

export const themeName = (ctx: ExportContext, session: { themeId: string | null }): string =>
  session.themeId ? (ctx.themes.get(session.themeId)?.name ?? '') : '';
