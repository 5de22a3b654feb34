/** The programme as frab's schedule.xml, in the form the c3voc schema (schedule.xml.xsd) checks and conference apps read. */
import { XMLBuilder } from 'fast-xml-parser';
import { xmlText } from '../exports/xml-text.ts';
import { localIso } from './event-time.ts';
import { FRAB_TYPE_OF_KIND, formatFrabDuration } from './frab.ts';
import type { Programme, ProgrammeEntry } from './programme-entries.ts';
import { conferenceAcronym, eventSlug, scheduleVersion } from './schedule-names.ts';
import { dayBounds } from './schedule-days.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false });

/** The event element, its children in frab's usual order (the schema takes them in any order). */
function eventElement(programme: Programme, acronym: string, entry: ProgrammeEntry): Record<string, unknown> {
  const { session } = entry;
  return {
    '@_guid': entry.guid,
    '@_id': entry.number,
    date: localIso(entry.startsAt, programme.timeZone),
    start: entry.start,
    duration: formatFrabDuration(session.durationMinutes),
    room: xmlText(programme.roomNames.get(entry.room.id)!),
    slug: eventSlug(acronym, entry.number, session.title),
    title: xmlText(session.title),
    subtitle: '',
    track: xmlText(entry.theme?.name ?? ''),
    type: FRAB_TYPE_OF_KIND[session.kind],
    language: session.language ?? programme.project.event.locale,
    abstract: xmlText(session.description),
    description: '',
    persons: { person: entry.people.map((p) => ({ '@_id': p.number, '#text': xmlText(p.name) })) },
    links: '',
  };
}

/** schedule.xml: the conference, then each day with its rooms and their events in time order. */
export function scheduleXml(programme: Programme): string {
  const { project } = programme;
  const acronym = conferenceAcronym(project);
  const days = programme.days.map((day, index) => {
    const entries = programme.entries.filter((entry) => entry.day === day);
    const bounds = dayBounds(programme, day, entries);
    return {
      '@_index': index + 1,
      '@_date': day,
      '@_start': bounds.start,
      '@_end': bounds.end,
      room: programme.rooms
        .filter((room) => entries.some((entry) => entry.room.id === room.id))
        .map((room) => ({
          '@_name': xmlText(programme.roomNames.get(room.id)!),
          event: entries.filter((entry) => entry.room.id === room.id).map((entry) => eventElement(programme, acronym, entry)),
        })),
    };
  });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    schedule: {
      generator: { '@_name': 'Régie' },
      version: scheduleVersion(programme),
      conference: {
        acronym,
        title: xmlText(project.event.name),
        start: programme.days[0],
        end: programme.days[programme.days.length - 1],
        days: programme.days.length,
        timeslot_duration: formatFrabDuration(project.settings.snapMinutes),
        time_zone_name: programme.timeZone,
      },
      day: days,
    },
  };
  return builder.build(document) as string;
}
