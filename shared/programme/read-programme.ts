/** A schedule file's text → the programme Régie imports, checked: every refusal names the line (or path) and field. */
import type { SessionKind } from '../model/schema.ts';
import type { Problem } from '../problems.ts';
import {
  isCalendarDay, isKnownTimeZone, kindOfFrabType, parseFrabDateTime, parseFrabDuration, parseFrabTime,
  type FrabDay, type FrabEvent, type FrabSchedule,
} from './frab.ts';
import { MAX_TEXT_LENGTH } from '../model/structure.ts';
import { MAX_DAYS, MAX_EVENTS, MAX_SCHEDULE_CHARS } from './limits.ts';
import { readScheduleJson } from './read-schedule-json.ts';
import { readScheduleXml } from './read-schedule-xml.ts';

export interface ImportedPerson {
  /** The schedule's guid, else its id, else "name:" and the name (a schedule that gives none). */
  readonly externalId: string;
  readonly name: string;
}

export interface ImportedEvent {
  readonly externalId: string;
  readonly title: string;
  readonly kind: SessionKind;
  /** The track's name, or null. */
  readonly track: string | null;
  readonly language: string;
  readonly abstract: string;
  readonly durationMinutes: number;
  /** Null: no room or no time in the schedule, so the session goes to the backlog. */
  readonly slot: { readonly roomName: string; readonly day: string; readonly start: string } | null;
  readonly persons: readonly ImportedPerson[];
}

export interface ImportedProgramme {
  readonly name: string;
  readonly shortName: string;
  /** The schedule's time zone when it gives a known one. */
  readonly timeZone: string | null;
  readonly days: readonly string[];
  readonly rooms: readonly { readonly name: string; readonly externalId: string }[];
  readonly tracks: readonly { readonly name: string; readonly color: string | null }[];
  readonly events: readonly ImportedEvent[];
}

export type ImportedProgrammeRead =
  | { readonly ok: true; readonly programme: ImportedProgramme; readonly notices: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** More refusals than anyone reads: the first ones say what is wrong with the file. */
const MAX_PROBLEMS = 50;

/** Reads schedule.xml or schedule.json (told apart by their first character) and checks it. */
export function readProgramme(text: string, file: string): ImportedProgrammeRead {
  if (text.length > MAX_SCHEDULE_CHARS) {
    return { ok: false, problems: [{ code: 'programmeImport:file.tooLarge', file, params: { limitMb: MAX_SCHEDULE_CHARS / 1_000_000 } }] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart()[0];
  if (first === undefined) return { ok: false, problems: [{ code: 'programmeImport:file.empty', file }] };
  const read = first === '<' ? readScheduleXml(body, file) : first === '{' ? readScheduleJson(body, file) : null;
  if (!read) return { ok: false, problems: [{ code: 'programmeImport:file.unknownFormat', file }] };
  if (!read.ok) return read;
  return checkSchedule(read.schedule, file, first === '<' ? 'xml' : 'json');
}

type Format = 'xml' | 'json';

function checkSchedule(schedule: FrabSchedule, file: string, format: Format): ImportedProgrammeRead {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const refuse = (problem: Omit<Problem, 'file'>) => void (problems.length < MAX_PROBLEMS && problems.push({ file, ...problem }));
  const { conference } = schedule;
  const name = conference.title || conference.acronym;
  if (!name) refuse({ code: 'programmeImport:conference.missingTitle', path: conferencePath(format, 'title') });
  const eventCount = schedule.days.reduce((sum, day) => sum + day.rooms.reduce((inRoom, room) => inRoom + room.events.length, 0), 0);
  if (schedule.days.length > MAX_DAYS) refuse({ code: 'programmeImport:day.tooMany', params: { count: schedule.days.length, limit: MAX_DAYS } });
  if (eventCount > MAX_EVENTS) refuse({ code: 'programmeImport:event.tooMany', params: { count: eventCount, limit: MAX_EVENTS } });
  if (schedule.days.length === 0) refuse({ code: 'programmeImport:day.none' });
  if (problems.length > 0) return { ok: false, problems };

  const timeZone = conference.timeZone && isKnownTimeZone(conference.timeZone) ? conference.timeZone : null;
  if (conference.timeZone && !timeZone) notices.push({ file, code: 'programmeImport:conference.unknownTimeZone', path: conferencePath(format, 'time_zone_name'), value: conference.timeZone });

  checkDays(schedule.days, format, refuse);

  const events: ImportedEvent[] = [];
  const seen = new Set<string>();
  const unknownTypes = new Map<string, number>();
  schedule.days.forEach((day, dayIndex) =>
    day.rooms.forEach((room, roomIndex) =>
      room.events.forEach((event, eventIndex) => {
        const where = (field: string) => ({ ...(event.line === null ? {} : { line: event.line }), path: eventPath(format, dayIndex, roomIndex, room.name, eventIndex, field) });
        const checked = checkEvent(event, day, where, refuse);
        if (!checked) return;
        if (seen.has(checked.externalId)) return refuse({ code: 'programmeImport:event.repeatedId', ...where(event.guid ? 'guid' : 'id'), value: checked.externalId, params: { title: checked.title } });
        seen.add(checked.externalId);
        if (event.type && !kindOfFrabType(event.type)) unknownTypes.set(event.type, (unknownTypes.get(event.type) ?? 0) + 1);
        events.push(checked);
      }),
    ),
  );
  if (problems.length > 0) return { ok: false, problems };
  for (const [type, count] of unknownTypes) notices.push({ file, code: 'programmeImport:event.unknownType', value: type, params: { count } });

  const roomNames = new Map<string, string>();
  for (const room of conference.rooms) if (room.name) roomNames.set(room.name, room.guid ?? room.name);
  for (const day of schedule.days) for (const room of day.rooms) if (room.name && !roomNames.has(room.name)) roomNames.set(room.name, room.guid ?? room.name);
  for (const event of events) if (event.slot && !roomNames.has(event.slot.roomName)) roomNames.set(event.slot.roomName, event.slot.roomName);

  const tracks = new Map<string, string | null>();
  for (const track of conference.tracks) if (track.name) tracks.set(track.name, colourOf(track.color));
  for (const event of events) if (event.track && !tracks.has(event.track)) tracks.set(event.track, null);

  return {
    ok: true,
    notices,
    programme: {
      name: name,
      shortName: conference.acronym,
      timeZone,
      days: schedule.days.map((day) => day.date),
      rooms: [...roomNames].map(([roomName, externalId]) => ({ name: roomName, externalId })),
      tracks: [...tracks].map(([trackName, color]) => ({ name: trackName, color })),
      events,
    },
  };
}

type Refuse = (problem: Omit<Problem, 'file'>) => void;

function checkDays(days: readonly FrabDay[], format: Format, refuse: Refuse): void {
  const dates = new Set<string>();
  let previous: { end: number; date: string } | null = null;
  days.forEach((day, index) => {
    const where = (field: string) => ({ ...(day.line === null ? {} : { line: day.line }), path: dayPath(format, index, field) });
    if (!isCalendarDay(day.date)) return refuse({ code: 'programmeImport:day.wrongDate', ...where('date'), value: day.date });
    if (dates.has(day.date)) return refuse({ code: 'programmeImport:day.repeated', ...where('date'), value: day.date });
    dates.add(day.date);
    const start = day.start ? instantOf(day.start) : null;
    const end = day.end ? instantOf(day.end) : null;
    if (day.start && start === null) return refuse({ code: 'programmeImport:day.wrongTime', ...where(format === 'xml' ? 'start' : 'day_start'), value: day.start });
    if (day.end && end === null) return refuse({ code: 'programmeImport:day.wrongTime', ...where(format === 'xml' ? 'end' : 'day_end'), value: day.end });
    if (start !== null && end !== null && end <= start) return refuse({ code: 'programmeImport:day.endsBeforeStart', ...where(format === 'xml' ? 'end' : 'day_end'), value: day.end, params: { start: day.start } });
    if (previous && start !== null && start < previous.end) {
      return refuse({ code: 'programmeImport:day.overlap', ...where(format === 'xml' ? 'start' : 'day_start'), value: day.start, params: { other: previous.date } });
    }
    if (end !== null) previous = { end, date: day.date };
  });
}

/** Milliseconds since 1970 for an ISO date-time with offset; null when it is not one. */
function instantOf(value: string): number | null {
  const parsed = parseFrabDateTime(value);
  if (!parsed) return null;
  const [year, month, date] = parsed.day.split('-').map(Number);
  const [hours, minutes] = parsed.time.split(':').map(Number);
  return Date.UTC(year!, month! - 1, date!, hours!, minutes!) - (parsed.offsetMinutes ?? 0) * 60_000;
}

function checkEvent(event: FrabEvent, day: FrabDay, where: (field: string) => Pick<Problem, 'line' | 'path'>, refuse: Refuse): ImportedEvent | null {
  const before = { title: event.title.slice(0, 80) };
  const externalId = event.guid ?? event.id;
  let ok = true;
  const fail = (problem: Omit<Problem, 'file'>) => {
    ok = false;
    refuse({ ...problem, params: { ...before, ...problem.params } });
  };
  for (const field of ['title', 'abstract', 'description'] as const) {
    if (event[field].length > MAX_TEXT_LENGTH) fail({ code: 'programmeImport:event.textTooLong', ...where(field), params: { length: event[field].length, limit: MAX_TEXT_LENGTH } });
  }
  if (!externalId) fail({ code: 'programmeImport:event.missingId', ...where('guid') });
  if (!event.title) fail({ code: 'programmeImport:event.missingTitle', ...where('title') });
  const durationMinutes = parseFrabDuration(event.duration);
  if (durationMinutes === null || durationMinutes === 0) fail({ code: 'programmeImport:event.wrongDuration', ...where('duration'), value: event.duration });
  const date = event.date ? parseFrabDateTime(event.date) : null;
  if (event.date && !date) fail({ code: 'programmeImport:event.wrongDate', ...where('date'), value: event.date });
  const start = event.start ? parseFrabTime(event.start) : date && event.date.length > 10 ? date.time : null;
  if (event.start && !start) fail({ code: 'programmeImport:event.wrongTime', ...where('start'), value: event.start });
  if (!ok) return null;
  const slotDay = date?.day ?? day.date;
  return {
    externalId: externalId!,
    title: event.title,
    kind: kindOfFrabType(event.type) ?? 'talk',
    track: event.track || null,
    language: event.language.toLowerCase(),
    abstract: event.abstract || event.description,
    durationMinutes: durationMinutes!,
    slot: start && event.room ? { roomName: event.room, day: slotDay, start } : null,
    persons: event.persons
      .filter((person) => person.name)
      .map((person) => ({ externalId: person.guid ?? person.id ?? `name:${person.name}`, name: person.name })),
  };
}

/** "#abc" or "#aabbcc" → "#aabbcc"; anything else → null (the theme keeps Régie's grey). */
function colourOf(color: string | null): string | null {
  if (!color) return null;
  const short = /^#?([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(color);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  const long = /^#?([0-9a-fA-F]{6})$/.exec(color);
  return long ? `#${long[1]!.toLowerCase()}` : null;
}

const conferencePath = (format: Format, field: string): string => (format === 'xml' ? `conference/${field}` : `schedule.conference.${field}`);
const dayPath = (format: Format, index: number, field: string): string =>
  format === 'xml' ? `day[${index + 1}]/@${field}` : `schedule.conference.days[${index}].${field}`;
function eventPath(format: Format, dayIndex: number, roomIndex: number, room: string, eventIndex: number, field: string): string {
  if (format === 'json') return `schedule.conference.days[${dayIndex}].rooms[${JSON.stringify(room)}][${eventIndex}].${field}`;
  const attribute = field === 'guid' || field === 'id' ? '@' : '';
  return `day[${dayIndex + 1}]/room[${roomIndex + 1}]/event[${eventIndex + 1}]/${attribute}${field}`;
}
