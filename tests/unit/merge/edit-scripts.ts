/**
 * Random small plans and random edit scripts for the merge's properties. Each edit does what the app's edit does,
 * cascade included (deleting a room sends its sessions to the backlog), so every copy is a plan a person could make.
 */
import fc from 'fast-check';
import { produce, type Draft } from 'immer';
import type { Project } from '../../../shared/model/schema.ts';
import { buildProject, DAY, DAY2 } from '../../fixtures/project.ts';

const ROOMS = ['r0', 'r1', 'r2'];
const PEOPLE = ['p0', 'p1', 'p2'];
const OPTIONS = ['o0', 'o1', 'o2'];
const EQUIPMENT = ['projector', 'microphones', 'wifi'] as const;
const DIETS = ['none', 'vegan', 'halal'] as const;
const word = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta');

export const planArb: fc.Arbitrary<Project> = fc
  .record({
    rooms: fc.integer({ min: 1, max: 3 }),
    sessions: fc.array(fc.record({ title: word, room: fc.option(fc.constantFrom(...ROOMS)), start: fc.constantFrom('09:00', '14:00'), people: fc.subarray(PEOPLE) }), { maxLength: 5 }),
    participants: fc.array(fc.record({ lastName: word, registrations: fc.subarray(OPTIONS), diet: fc.constantFrom(...DIETS), group: fc.option(fc.constantFrom('g0', 'g1')) }), { maxLength: 5 }),
    themes: fc.integer({ min: 0, max: 2 }),
  })
  .map((plan) => {
    const rooms = ROOMS.slice(0, plan.rooms);
    return buildProject({
      event: { name: 'Random', days: [{ date: DAY }, { date: DAY2 }], registrationOptions: OPTIONS.map((id) => ({ id, label: id, kind: 'workshop' })) },
      venues: [{ id: 'v0', name: 'Venue' }],
      rooms: rooms.map((id) => ({ id, venueId: 'v0', name: `Room ${id}`, capacity: 50 })),
      themes: Array.from({ length: plan.themes }, (_, i) => ({ id: `t${i}`, name: `Theme ${i}` })),
      people: PEOPLE.map((id) => ({ id, lastName: `Person ${id}` })),
      sessions: plan.sessions.map((s, i) => ({
        id: `s${i}`, kind: 'talk', title: s.title, durationMinutes: 30,
        people: s.people.map((personId) => ({ personId, role: 'speaker' })),
        slot: s.room && rooms.includes(s.room) ? { roomId: s.room, day: DAY, start: s.start } : null,
      })),
      participants: plan.participants.map((p, i) => ({ id: `a${i}`, lastName: p.lastName, registrations: p.registrations, diet: p.diet })),
      tours: [{
        id: 'tour', name: 'Visite', optionId: 'o0', guides: [{ personId: 'p0' }],
        groups: ['g0', 'g1'].map((id) => ({ id, name: id, participantIds: plan.participants.flatMap((p, i) => (p.group === id ? [`a${i}`] : [])) })),
      }],
    });
  });

/** One edit: which list it touches, a position in it (taken modulo its length) and a value. */
export type Edit =
  | { op: 'title' | 'slot' | 'deleteSession'; at: number; value: string }
  | { op: 'addSession'; at: number; value: string }
  | { op: 'capacity' | 'equipment' | 'deleteRoom'; at: number; value: string }
  | { op: 'diet' | 'register' | 'deleteParticipant'; at: number; value: string }
  | { op: 'deletePerson' | 'deleteOption' | 'addTheme' | 'eventName' | 'deleteDay' | 'joinGroup'; at: number; value: string };

export const SESSION_EDITS = ['title', 'slot', 'deleteSession', 'addSession', 'capacity', 'equipment', 'deleteRoom', 'deleteDay'] as const;
export const PARTICIPANT_EDITS = ['diet', 'register', 'deleteParticipant', 'deleteOption', 'addTheme', 'eventName', 'joinGroup'] as const;
/** Deleting a person touches sessions and tours alike: only in the scripts that may meet. */
const SHARED_EDITS = ['deletePerson'] as const;
/** Edits that touch only sessions and rooms, and only participants, options, themes and the event: never the same thing. */
export const sessionEditsArb = editsArb(SESSION_EDITS);
export const participantEditsArb = editsArb(PARTICIPANT_EDITS);
export const anyEditsArb = editsArb([...SESSION_EDITS, ...PARTICIPANT_EDITS, ...SHARED_EDITS]);

function editsArb(ops: readonly Edit['op'][]): fc.Arbitrary<Edit[]> {
  const values = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'r0', 'r1', 'r2', 'projector', 'wifi', 'vegan', 'halal', 'o0', 'o1', 'n0', 'n1');
  return fc.array(fc.record({ op: fc.constantFrom(...ops), at: fc.nat(9), value: values }) as fc.Arbitrary<Edit>, { maxLength: 6 });
}

const pick = <T>(list: T[], at: number): T | undefined => (list.length === 0 ? undefined : list[at % list.length]);

function applyOne(d: Draft<Project>, edit: Edit): void {
  const { at, value } = edit;
  switch (edit.op) {
    case 'title': { const s = pick(d.sessions, at); if (s) s.title = value; return; }
    case 'slot': {
      const s = pick(d.sessions, at);
      const room = pick(d.rooms, at + value.length);
      const day = pick(d.event.days, at)!.date;
      if (s) s.slot = room && value !== 'Alpha' ? { roomId: room.id, day, start: value.length > 4 ? '10:00' : '16:00' } : null;
      return;
    }
    case 'deleteSession': { const s = pick(d.sessions, at); if (s) d.sessions = d.sessions.filter((x) => x.id !== s.id); return; }
    case 'addSession': d.sessions.push({ id: `new-${value}`, kind: 'talk', title: value, themeId: null, durationMinutes: 30, expectedAudience: 0, audience: [], people: [], needs: { equipment: [], layout: null }, parentId: null, slot: null, description: '', assumed: [] }); d.sessions = d.sessions.filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i); return;
    case 'capacity': { const r = pick(d.rooms, at); if (r) r.capacity = 10 * value.length; return; }
    case 'equipment': {
      const r = pick(d.rooms, at);
      const item = EQUIPMENT[at % EQUIPMENT.length]!;
      if (r) r.equipment = r.equipment.includes(item) ? r.equipment.filter((e) => e !== item) : [...r.equipment, item];
      return;
    }
    case 'deleteRoom': {
      const r = pick(d.rooms, at);
      if (!r) return;
      for (const s of d.sessions) if (s.slot?.roomId === r.id) s.slot = null;
      d.rooms = d.rooms.filter((x) => x.id !== r.id);
      return;
    }
    case 'deletePerson': {
      const p = pick(d.people, at);
      if (!p) return;
      for (const s of d.sessions) s.people = s.people.filter((x) => x.personId !== p.id);
      for (const t of d.tours) {
        t.guides = t.guides.filter((g) => g.personId !== p.id);
        for (const g of t.groups) if (g.guideId === p.id) g.guideId = null;
      }
      d.people = d.people.filter((x) => x.id !== p.id);
      return;
    }
    case 'diet': { const p = pick(d.participants, at); if (p) p.diet = DIETS[value.length % DIETS.length]!; return; }
    case 'register': {
      const p = pick(d.participants, at);
      const option = pick(d.event.registrationOptions, at + value.length);
      if (p && option) p.registrations = p.registrations.includes(option.id) ? p.registrations.filter((r) => r !== option.id) : [...p.registrations, option.id];
      return;
    }
    case 'deleteParticipant': {
      const p = pick(d.participants, at);
      if (!p) return;
      for (const g of d.tours.flatMap((t) => t.groups)) g.participantIds = g.participantIds.filter((id) => id !== p.id);
      d.participants = d.participants.filter((x) => x.id !== p.id);
      return;
    }
    case 'joinGroup': {
      const p = pick(d.participants, at);
      const groups = d.tours.flatMap((t) => t.groups);
      const group = pick(groups, value.length);
      if (!p || !group) return;
      for (const g of groups) g.participantIds = g.participantIds.filter((id) => id !== p.id);
      group.participantIds.push(p.id);
      return;
    }
    case 'deleteDay': {
      const day = pick(d.event.days, at);
      if (!day || d.event.days.length === 1) return;
      for (const s of d.sessions) if (s.slot?.day === day.date) s.slot = null;
      d.event.days = d.event.days.filter((x) => x.date !== day.date);
      return;
    }
    case 'deleteOption': {
      const option = pick(d.event.registrationOptions, at);
      if (!option) return;
      for (const p of d.participants) p.registrations = p.registrations.filter((r) => r !== option.id);
      for (const t of d.tours) if (t.optionId === option.id) t.optionId = null;
      d.event.registrationOptions = d.event.registrationOptions.filter((o) => o.id !== option.id);
      return;
    }
    case 'addTheme': if (!d.themes.some((t) => t.id === `new-${value}`)) d.themes.push({ id: `new-${value}`, name: value, color: '#888888', assumed: [] }); return;
    case 'eventName': d.event.name = `${value} days`; return;
  }
}

export const applyEdits = (project: Project, edits: readonly Edit[]): Project => produce(project, (d) => { for (const e of edits) applyOne(d, e); });

const RECORD_KEYS = ['id', 'date', 'personId', 'key', 'name'];
/** The content without the orders a merge may change: lists of records sorted by id, lists of values sorted; no history. */
export function content(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(content);
    const keyOf = (item: unknown) => {
      if (typeof item !== 'object' || item === null) return JSON.stringify(item);
      const key = RECORD_KEYS.find((k) => k in item);
      return key ? String((item as Record<string, unknown>)[key]) : JSON.stringify(item);
    };
    return items.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'history').map(([k, v]) => [k, content(v)]));
  }
  return value;
}
