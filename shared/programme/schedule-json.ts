/** The programme as schedule.json: the same schedule as schedule.xml, in the JSON form pretalx serves and the c3voc schema checks. */
import { localIso } from './event-time.ts';
import { FRAB_TYPE_OF_KIND, formatFrabDuration } from './frab.ts';
import { guidOf, type Programme, type ProgrammeEntry } from './programme-entries.ts';
import { dayBounds } from './schedule-days.ts';
import { conferenceAcronym, eventSlug, scheduleVersion } from './schedule-names.ts';

function eventObject(programme: Programme, acronym: string, entry: ProgrammeEntry): Record<string, unknown> {
  const { session } = entry;
  return {
    id: entry.number,
    guid: entry.guid,
    date: localIso(entry.startsAt, programme.timeZone),
    start: entry.start,
    duration: formatFrabDuration(session.durationMinutes),
    room: programme.roomNames.get(entry.room.id)!,
    slug: eventSlug(acronym, entry.number, session.title),
    // The schema asks for a URL; without a website of its own, the event's guid is the one that names it.
    url: `urn:uuid:${entry.guid}`,
    title: session.title,
    subtitle: '',
    track: entry.theme?.name ?? null,
    type: FRAB_TYPE_OF_KIND[session.kind],
    language: session.language ?? programme.project.event.locale,
    abstract: session.description,
    description: '',
    persons: entry.people.map((p) => ({ id: p.number, guid: p.guid, name: p.name })),
    links: [],
  };
}

/** schedule.json, as text. */
export function scheduleJson(programme: Programme): string {
  const { project } = programme;
  const acronym = conferenceAcronym(project);
  const themeIds = new Set(programme.entries.flatMap((entry) => (entry.theme ? [entry.theme.id] : [])));
  const schedule = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'Régie' },
    schedule: {
      version: scheduleVersion(programme),
      conference: {
        acronym,
        title: project.event.name,
        start: programme.days[0],
        end: programme.days[programme.days.length - 1],
        daysCount: programme.days.length,
        timeslot_duration: formatFrabDuration(project.settings.snapMinutes),
        time_zone_name: programme.timeZone,
        rooms: programme.rooms.map((room) => ({ name: programme.roomNames.get(room.id)!, guid: guidOf(project, 'room', room), capacity: room.capacity })),
        tracks: project.themes.filter((theme) => themeIds.has(theme.id)).map((theme) => ({ name: theme.name, color: theme.color })),
        days: programme.days.map((day, index) => {
          const entries = programme.entries.filter((entry) => entry.day === day);
          const bounds = dayBounds(programme, day, entries);
          // fromEntries defines each room as a key of its own, whatever its name ("__proto__" included).
          const rooms = Object.fromEntries(programme.rooms.flatMap((room) => {
            const inRoom = entries.filter((entry) => entry.room.id === room.id);
            return inRoom.length > 0 ? [[programme.roomNames.get(room.id)!, inRoom.map((entry) => eventObject(programme, acronym, entry))]] : [];
          }));
          return { index: index + 1, date: day, day_start: bounds.start, day_end: bounds.end, rooms };
        }),
      },
    },
  };
  return `${JSON.stringify(schedule, null, 2)}\n`;
}
