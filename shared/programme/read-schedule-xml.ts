/** schedule.xml (frab, c3voc, pretalx) read into the frab vocabulary, each day and event with its line for messages. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Problem } from '../problems.ts';
import type { FrabDay, FrabEvent, FrabLink, FrabPerson, FrabRoom, FrabRoomDay, FrabSchedule, FrabTrack } from './frab.ts';
import { MAX_NESTING_DEPTH } from '../model/structure.ts';

type Node = Record<string, unknown>;
export type ScheduleRead = { readonly ok: true; readonly schedule: FrabSchedule } | { readonly ok: false; readonly problems: readonly Problem[] };

const LISTS = new Set([
  'schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person',
  'schedule.day.room.event.links.link', 'schedule.conference.track', 'schedule.conference.tracks.track', 'schedule.conference.rooms.room',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Entities stay as written: a schedule never needs declared ones, and the five XML ones are decoded below.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
  maxNestedTags: MAX_NESTING_DEPTH,
  isArray: (_name, path) => LISTS.has(String(path)),
});
const META = XMLParser.getMetaDataSymbol();

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** The predefined XML entities and character references; anything else stays as written. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (!name.startsWith('#')) return PREDEFINED[name]!;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((item) => (typeof item === 'object' && item !== null ? (item as Node) : { '#text': item }));
const textOf = (value: unknown): string => {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null) return '';
  if (typeof first === 'object') return textOf((first as Node)['#text']);
  return decode(String(first));
};
const attr = (node: Node, name: string): string => textOf(node[`@${name}`]);
const optional = (text: string): string | null => (text === '' ? null : text);

/** Line numbers from character offsets, found by halving a list of where each line starts. */
function lineFinder(xml: string): (node: Node) => number | null {
  const starts = [0];
  for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) starts.push(i + 1);
  return (node) => {
    const index = (node[META as unknown as string] as { startIndex?: number } | undefined)?.startIndex;
    if (index === undefined) return null;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The line where a text first matches, for refusals found before parsing. */
const lineAt = (xml: string, index: number): number => xml.slice(0, index).split('\n').length;

export function readScheduleXml(xml: string, file: string): ScheduleRead {
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (doctype) return refuse({ code: 'programmeImport:xml.doctype', file, line: lineAt(xml, doctype.index) });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return refuse({ code: 'programmeImport:xml.malformed', file, line: valid.err.line, params: { message: valid.err.msg } });
  }
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (error) {
    return refuse({ code: 'programmeImport:xml.malformed', file, params: { message: error instanceof Error ? error.message : String(error) } });
  }
  const schedule = list(root.schedule)[0];
  if (!schedule) return refuse({ code: 'programmeImport:xml.notASchedule', file });
  const lineOf = lineFinder(xml);
  const conference = list(schedule.conference)[0] ?? {};
  const tracks: FrabTrack[] = [...list(conference.track), ...list(list(conference.tracks)[0]?.track)].map((track) => ({
    name: attr(track, 'name') || textOf(track),
    color: optional(attr(track, 'color')),
  }));
  const rooms: FrabRoom[] = list(list(conference.rooms)[0]?.room).map((room) => ({
    name: attr(room, 'name') || textOf(room),
    guid: optional(attr(room, 'guid')),
  }));
  const days: FrabDay[] = list(schedule.day).map((day, position) => ({
    index: Number(attr(day, 'index')) || position + 1,
    date: attr(day, 'date'),
    start: attr(day, 'start'),
    end: attr(day, 'end'),
    line: lineOf(day),
    rooms: list(day.room).map((room): FrabRoomDay => {
      const name = attr(room, 'name');
      return { name, guid: optional(attr(room, 'guid')), events: list(room.event).map((event) => eventOf(event, name, lineOf(event))) };
    }),
  }));
  return {
    ok: true,
    schedule: {
      version: textOf(schedule.version),
      conference: {
        acronym: textOf(conference.acronym),
        title: textOf(conference.title),
        start: textOf(conference.start).slice(0, 10),
        end: textOf(conference.end).slice(0, 10),
        timeZone: optional(textOf(conference.time_zone_name)),
        url: textOf(conference.base_url) || textOf(conference.url),
        tracks,
        rooms,
      },
      days,
    },
  };
}

function eventOf(event: Node, roomName: string, line: number | null): FrabEvent {
  const persons: FrabPerson[] = list(list(event.persons)[0]?.person).map((person) => ({
    id: optional(attr(person, 'id')) ?? optional(attr(person, 'code')),
    guid: optional(attr(person, 'guid')),
    name: textOf(person),
  }));
  const links: FrabLink[] = list(list(event.links)[0]?.link).map((link) => ({ href: attr(link, 'href'), title: textOf(link) }));
  return {
    guid: optional(attr(event, 'guid')),
    id: optional(attr(event, 'id')),
    slug: textOf(event.slug),
    date: textOf(event.date),
    start: textOf(event.start),
    duration: textOf(event.duration),
    room: textOf(event.room) || roomName,
    title: textOf(event.title),
    subtitle: textOf(event.subtitle),
    track: textOf(event.track),
    type: textOf(event.type),
    language: textOf(event.language),
    abstract: textOf(event.abstract),
    description: textOf(event.description),
    persons,
    links,
    line,
  };
}

const refuse = (problem: Problem): ScheduleRead => ({ ok: false, problems: [problem] });
