/** What every workbook is built from: the project, looked up by id, and the texts of the chosen language. */
import { createI18n } from '../i18n/index.ts';
import type { Language } from '../i18n/languages.ts';
import type {
  Participant, Person, Project, RegistrationOption, Room, Session, Theme, Tour, TourGroup, Venue,
} from '../model/schema.ts';
import { keyOf } from '../i18n/typed-keys.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A participant's place in a tour: which tour, which group. */
export interface TourPlace {
  readonly tour: Tour;
  readonly group: TourGroup;
}

export interface ExportContext {
  readonly project: Project;
  readonly language: Language;
  /** Texts of the exports namespace, e.g. t('column.day'). */
  readonly t: Translate;
  /** The one wording of a project value, shared with the timetable and the conflicts, e.g. label('kind.keynote'). */
  readonly label: Translate;
  readonly rooms: ReadonlyMap<string, Room>;
  readonly venues: ReadonlyMap<string, Venue>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly people: ReadonlyMap<string, Person>;
  readonly sessions: ReadonlyMap<string, Session>;
  readonly participants: ReadonlyMap<string, Participant>;
  readonly options: ReadonlyMap<string, RegistrationOption>;
  readonly tourPlaces: ReadonlyMap<string, TourPlace>;
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

export function exportContext(project: Project, language: Language): ExportContext {
  const i18n = createI18n(language);
  const tourPlaces = new Map<string, TourPlace>();
  for (const tour of project.tours) {
    for (const group of tour.groups) {
      for (const participantId of group.participantIds) {
        if (!tourPlaces.has(participantId)) tourPlaces.set(participantId, { tour, group });
      }
    }
  }
  return {
    project,
    language,
    t: (key, options) => String(i18n.t(keyOf(`exports:${key}`), options)),
    label: (key, options) => String(i18n.t(keyOf(`labels:${key}`), options)),
    rooms: byId(project.rooms),
    venues: byId(project.venues),
    themes: byId(project.themes),
    people: byId(project.people),
    sessions: byId(project.sessions),
    participants: byId(project.participants),
    options: byId(project.event.registrationOptions),
    tourPlaces,
  };
}
