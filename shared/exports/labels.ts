/** How project values read in a workbook: names, rooms, venues, themes, lists. */
import type { Participant, Person, Session } from '../model/schema.ts';
import type { ExportContext } from './context.ts';

export const fullName = (who: Pick<Person | Participant, 'firstName' | 'lastName'>): string =>
  [who.firstName, who.lastName].filter((part) => part.trim() !== '').join(' ');

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

/** French collation for every list of names: É sorts with E, not after Z. */
export const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export const byLastName = (a: Pick<Participant, 'firstName' | 'lastName'>, b: Pick<Participant, 'firstName' | 'lastName'>): number =>
  frenchCollator.compare(a.lastName, b.lastName) || frenchCollator.compare(a.firstName, b.firstName);
