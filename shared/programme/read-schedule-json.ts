/** schedule.json as pretalx and frab serve it ({ schedule: { conference: { days: [{ rooms: { name: [events] } }] } } }). */
import { jsonBreakPosition } from '../model/document.ts';
import { checkStructure } from '../model/structure.ts';
import type { Problem } from '../problems.ts';
import type { FrabDay, FrabEvent, FrabSchedule } from './frab.ts';
import type { ScheduleRead } from './read-schedule-xml.ts';

type Node = Record<string, unknown>;

const node = (value: unknown): Node => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : {});
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? value.map(node) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const optional = (value: unknown): string | null => text(value) || null;

export function readScheduleJson(json: string, file: string): ScheduleRead {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    const position = Math.max(0, jsonBreakPosition(json));
    return refuse({ code: 'programmeImport:json.malformed', file, line: json.slice(0, position).split('\n').length });
  }
  const { refusals } = checkStructure(root);
  if (refusals.length > 0) return { ok: false, problems: refusals.map((problem) => ({ ...problem, file })) };
  const schedule = node(root).schedule;
  if (typeof schedule !== 'object' || schedule === null) return refuse({ code: 'programmeImport:json.notASchedule', file });
  const conference = node(node(schedule).conference);
  const days: FrabDay[] = nodes(conference.days).map((day, position) => ({
    index: Number(day.index) || position + 1,
    date: text(day.date),
    start: text(day.day_start ?? day.start),
    end: text(day.day_end ?? day.end),
    line: null,
    rooms: Object.entries(node(day.rooms)).map(([name, events]) => ({ name, guid: null, events: nodes(events).map((event) => eventOf(event, name)) })),
  }));
  const parsed: FrabSchedule = {
    version: text(node(schedule).version),
    conference: {
      acronym: text(conference.acronym),
      title: text(conference.title),
      start: text(conference.start).slice(0, 10),
      end: text(conference.end).slice(0, 10),
      timeZone: optional(conference.time_zone_name),
      url: text(node(schedule).base_url) || text(conference.url),
      tracks: nodes(conference.tracks).map((track) => ({ name: text(track.name), color: optional(track.color) })),
      rooms: nodes(conference.rooms).map((room) => ({ name: text(room.name), guid: optional(room.guid) })),
    },
    days,
  };
  return { ok: true, schedule: parsed };
}

function eventOf(event: Node, roomName: string): FrabEvent {
  return {
    guid: optional(event.guid),
    id: optional(event.id),
    slug: text(event.slug),
    date: text(event.date),
    start: text(event.start),
    duration: text(event.duration),
    room: text(event.room) || roomName,
    title: text(event.title),
    subtitle: text(event.subtitle),
    track: text(event.track),
    type: text(event.type),
    language: text(event.language),
    abstract: text(event.abstract),
    description: text(event.description),
    persons: nodes(event.persons).map((person) => ({
      id: optional(person.id) ?? optional(person.code),
      guid: optional(person.guid),
      name: text(person.public_name) || text(person.name),
    })),
    links: nodes(event.links).map((link) => ({ href: text(link.url ?? link.href), title: text(link.title) })),
    line: null,
  };
}

const refuse = (problem: Problem): ScheduleRead => ({ ok: false, problems: [problem] });
