/** Checks of what an organiser types in a form, shared by the forms (messages by the field) and the edits (refusal). */
import type { z } from 'zod';
import {
  personSchema, roomSchema, sessionSchema, venueSchema, eventDaySchema,
  type EventDay, type Person, type Project, type Room, type TimeWindow, type Venue,
} from '../model/schema.ts';
import { isInside, parentsOf } from '../model/nesting.ts';
import { MINUTES_PER_DAY, toMinutes } from '../model/time.ts';
import type { Problem } from '../problems.ts';
import { problemsFromZod } from '../model/problems-from-zod.ts';
import type { TextKey } from '../i18n/typed-keys.ts';

/** The message of a field the schema refuses; anything unlisted says what the model expects there. */
const FIELD_CODES: Readonly<Record<string, TextKey>> = {
  title: 'timetable:invalid.title',
  name: 'timetable:invalid.name',
  lastName: 'timetable:invalid.lastName',
  durationMinutes: 'timetable:invalid.durationMinutes',
  expectedAudience: 'timetable:invalid.expectedAudience',
  capacity: 'timetable:invalid.capacity',
  changeoverMinutes: 'timetable:invalid.changeoverMinutes',
  travelMinutes: 'timetable:invalid.travelMinutes',
  openingHours: 'timetable:invalid.window',
  availability: 'timetable:invalid.window',
  date: 'timetable:invalid.date',
  id: 'timetable:invalid.id',
};

const shown = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** The schema's verdict on one record, as one problem per refused field, named by the field. */
function schemaProblems(schema: z.ZodType, value: unknown): Problem[] {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    const code = FIELD_CODES[field];
    const raw = field && value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : value;
    // A field without a form message of its own gets the model's message for what was refused, in both languages.
    problems.push(code ? { code, path: field, value: shown(raw) } : { ...problemsFromZod([issue])[0]!, path: field });
  }
  return problems;
}

function windowProblems(project: Project, field: string, windows: readonly TimeWindow[]): Problem[] {
  const days = new Set(project.event.days.map((d) => d.date));
  for (const w of windows) {
    const value = `${w.day} ${w.start}–${w.end}`;
    const params = { day: w.day, start: w.start, end: w.end };
    if (!days.has(w.day)) return [{ code: 'timetable:invalid.windowDay', path: field, value, params }];
    if (toMinutes(w.start) >= toMinutes(w.end)) return [{ code: 'timetable:invalid.window', path: field, value, params }];
  }
  return [];
}

function duplicateId(list: readonly { id: string }[], id: string, self: string | null): Problem[] {
  return list.some((x) => x.id === id && x.id !== self) ? [{ code: 'timetable:invalid.duplicateId', path: 'id', value: id }] : [];
}

/** `self` is the id of the record being edited (null when creating). */
export function validateSession(project: Project, session: z.input<typeof sessionSchema>, self: string | null): Problem[] {
  const problems = schemaProblems(sessionSchema, session);
  if (problems.length) return problems;
  const s = sessionSchema.parse(session);
  problems.push(...duplicateId(project.sessions, s.id, self));
  if (s.themeId !== null && !project.themes.some((t) => t.id === s.themeId)) {
    problems.push({ code: 'timetable:invalid.unknownTheme', path: 'themeId', value: s.themeId });
  }
  for (const p of s.people) {
    if (!project.people.some((x) => x.id === p.personId)) {
      problems.push({ code: 'timetable:invalid.unknownPerson', path: 'people', value: p.personId });
    }
  }
  if (s.parentId !== null) problems.push(...parentProblems(project, s.id, s.parentId));
  if (s.slot && toMinutes(s.slot.start) + s.durationMinutes > MINUTES_PER_DAY) {
    problems.push({ code: 'timetable:invalid.pastMidnight', path: 'durationMinutes', value: String(s.durationMinutes), params: { start: s.slot.start } });
  }
  return problems;
}

function parentProblems(project: Project, id: string, parentId: string): Problem[] {
  if (!project.sessions.some((s) => s.id === parentId)) return [{ code: 'timetable:invalid.unknownParent', path: 'parentId', value: parentId }];
  // The new parent inside the session itself would make it contain itself.
  if (parentId === id || isInside(parentId, id, parentsOf(project.sessions))) {
    return [{ code: 'timetable:invalid.parentCycle', path: 'parentId', value: parentId }];
  }
  return [];
}

export function validateRoom(project: Project, room: z.input<typeof roomSchema>, self: string | null): Problem[] {
  const problems = schemaProblems(roomSchema, room);
  if (problems.length) return problems;
  const r: Room = roomSchema.parse(room);
  problems.push(...duplicateId(project.rooms, r.id, self));
  if (!project.venues.some((v) => v.id === r.venueId)) problems.push({ code: 'timetable:invalid.unknownVenue', path: 'venueId', value: r.venueId });
  problems.push(...windowProblems(project, 'availability', r.availability));
  return problems;
}

export function validateVenue(project: Project, venue: z.input<typeof venueSchema>, self: string | null): Problem[] {
  const problems = schemaProblems(venueSchema, venue);
  if (problems.length) return problems;
  const v: Venue = venueSchema.parse(venue);
  problems.push(...duplicateId(project.venues, v.id, self));
  problems.push(...windowProblems(project, 'openingHours', v.openingHours));
  for (const other of Object.keys(v.travelMinutes)) {
    if (other === v.id || !project.venues.some((x) => x.id === other)) {
      problems.push({ code: 'timetable:invalid.unknownVenue', path: 'travelMinutes', value: other });
    }
  }
  return problems;
}

/** `self` is the date of the day being edited (null when adding one). */
export function validateDay(project: Project, day: z.input<typeof eventDaySchema>, self: string | null): Problem[] {
  const problems = schemaProblems(eventDaySchema, day);
  if (problems.length) return problems;
  const d: EventDay = eventDaySchema.parse(day);
  if (Number.isNaN(Date.parse(`${d.date}T12:00:00Z`)) || new Date(`${d.date}T12:00:00Z`).toISOString().slice(0, 10) !== d.date) {
    return [{ code: 'timetable:invalid.date', path: 'date', value: d.date }];
  }
  if (d.date !== self && project.event.days.some((x) => x.date === d.date)) {
    problems.push({ code: 'timetable:invalid.duplicateDate', path: 'date', value: d.date });
  }
  return problems;
}

export function validatePerson(project: Project, person: z.input<typeof personSchema>, self: string | null): Problem[] {
  const problems = schemaProblems(personSchema, person);
  if (problems.length) return problems;
  const p: Person = personSchema.parse(person);
  problems.push(...duplicateId(project.people, p.id, self));
  problems.push(...windowProblems(project, 'availability', p.availability));
  return problems;
}

/** A fresh id of the form `<prefix>-<n>` not used in the list: deterministic, so edits stay pure data. */
export function freshId(list: readonly { id: string }[], prefix: string): string {
  const used = new Set(list.map((x) => x.id));
  let n = list.length + 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
