/** How project values read in a workbook: names, days, times, lists. */
import type { Language } from '../i18n/index.ts';
import type { Participant, Person, Session } from '../model/schema.ts';
import type { ExportContext } from './context.ts';

export const fullName = (who: Pick<Person | Participant, 'firstName' | 'lastName'>): string =>
  [who.firstName, who.lastName].filter((part) => part.trim() !== '').join(' ');

/** Formatting a date is costly (a formatter per call): each label is made once per language and date. */
const labels = new Map<string, string>();
function formatDay(date: string, language: Language, style: 'long' | 'tab'): string {
  const key = `${language} ${style} ${date}`;
  let label = labels.get(key);
  if (label === undefined) {
    const options: Intl.DateTimeFormatOptions = style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
    label = new Intl.DateTimeFormat(language, options).format(new Date(`${date}T00:00:00Z`));
    if (style === 'tab') label = label.replace(/[.,]/g, '');
    labels.set(key, label);
  }
  return label;
}

/** "mardi 14 octobre 2025": dates are calendar days of the event, so they are read in UTC to never shift. */
export const dayLabel = (date: string, language: Language): string => formatDay(date, language, 'long');

/** "mar 14 oct": short enough for a sheet tab. */
export const dayTab = (date: string, language: Language): string => formatDay(date, language, 'tab');

/** Today's date as the event's time zone sees it, for the printed page header. */
export function printDate(now: Date, timeZone: string, language: Language): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(now);
  } catch {
    // An unknown time zone must not stop an export: print the date in UTC instead.
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(now);
  }
}

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
