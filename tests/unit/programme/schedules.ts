/** Small hand-made schedules (frab schedule.xml and pretalx schedule.json), each event written out as a programme tool writes it. */

export interface EventText {
  guid?: string;
  id?: string;
  date?: string;
  start?: string;
  duration?: string;
  room?: string;
  title?: string;
  type?: string;
  track?: string;
  language?: string;
  abstract?: string;
  persons?: string[];
}

const element = (name: string, value: string | undefined): string => (value === undefined ? '' : `\n        <${name}>${value}</${name}>`);

/** A person's id in the programme tool, the same in every event they speak at. */
export const personId = (name: string): string => `p-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;

export function eventXml(event: EventText): string {
  const attributes = [event.guid === undefined ? '' : ` guid="${event.guid}"`, event.id === undefined ? '' : ` id="${event.id}"`].join('');
  const persons = event.persons ? `\n        <persons>${event.persons.map((name) => `<person id="${personId(name)}">${name}</person>`).join('')}</persons>` : '';
  return `      <event${attributes}>${element('date', event.date)}${element('start', event.start)}${element('duration', event.duration)}${element('room', event.room)}${element('title', event.title)}${element('type', event.type)}${element('track', event.track)}${element('language', event.language)}${element('abstract', event.abstract)}${persons}
      </event>`;
}

/** A talk on 14 October 2025 in "Amphi A", overridable field by field. */
export const talk = (event: EventText = {}): EventText => ({
  guid: 'e-1', id: '1', date: '2025-10-14T09:00:00+02:00', start: '09:00', duration: '00:45', room: 'Amphi A',
  title: 'Jumeaux numériques du cœur', type: 'lecture', track: 'Jumeaux numériques', language: 'fr',
  abstract: 'Un modèle du cœur par patient.', persons: ['Ada Lovelace'], ...event,
});

export interface DayText {
  date: string;
  start?: string;
  end?: string;
  rooms: Record<string, EventText[]>;
}

export function scheduleXml(days: DayText[], conference = '<title>Journées annuelles 2025</title><acronym>ja25</acronym><time_zone_name>Europe/Paris</time_zone_name><track name="Jumeaux numériques" color="#1f77b4"/>'): string {
  const dayXml = days.map((day, i) => {
    const times = `${day.start === undefined ? '' : ` start="${day.start}"`}${day.end === undefined ? '' : ` end="${day.end}"`}`;
    const rooms = Object.entries(day.rooms).map(([name, events]) => `    <room name="${name}">\n${events.map(eventXml).join('\n')}\n    </room>`).join('\n');
    return `  <day index="${i + 1}" date="${day.date}"${times}>\n${rooms}\n  </day>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<schedule>\n  <version>1</version>\n  <conference>${conference}</conference>\n${dayXml.join('\n')}\n</schedule>\n`;
}

/** The same events as pretalx's schedule.json. */
export function scheduleJson(days: DayText[]): string {
  return JSON.stringify({
    schedule: {
      version: '1',
      conference: {
        acronym: 'ja25', title: 'Journées annuelles 2025', time_zone_name: 'Europe/Paris',
        tracks: [{ name: 'Jumeaux numériques', color: '#1f77b4' }],
        days: days.map((day, i) => ({
          index: i + 1, date: day.date, day_start: day.start, day_end: day.end,
          rooms: Object.fromEntries(Object.entries(day.rooms).map(([name, events]) => [name, events.map((event) => ({
            ...event, persons: (event.persons ?? []).map((person) => ({ code: personId(person), public_name: person })),
          }))])),
        })),
      },
    },
  });
}

/** The line of the first occurrence of a text in a file, counted from 1. */
export const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
