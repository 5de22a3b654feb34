import { describe, expect, it } from 'vitest';
import { applyEdit, EditRejected, type Edit } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, redo, undo } from '../../../shared/edits/history.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { smallEvent, session } from '../timetable/small-event.ts';

function refused(project: Project, edit: Edit): EditRejected {
  try {
    applyEdit(project, edit);
  } catch (error) {
    if (error instanceof EditRejected) return error;
    throw error;
  }
  throw new Error('expected the edit to be refused');
}

describe('forms refuse bad values with a message, and change nothing', () => {
  it('refuses a negative capacity, in French and English', () => {
    const project = smallEvent();
    const error = refused(project, { type: 'rooms/update', payload: { id: 'salle-1', changes: { capacity: -5 } } });
    expect(error.code).toBe('timetable:invalid.capacity');
    expect(createI18n('fr').t(error.code, error.params)).toBe('Capacité « -5 » refusée : saisissez un nombre entier de places, zéro ou plus. Rien n’a été modifié.');
    expect(createI18n('en').t(error.code, error.params)).toBe('Capacity “-5” refused: type a whole number of seats, zero or more. Nothing was changed.');
    expect(project.rooms.find((r) => r.id === 'salle-1')?.capacity).toBe(40);
  });

  it('refuses an empty title', () => {
    const project = smallEvent();
    const error = refused(project, { type: 'sessions/update', payload: { id: 'guix', changes: { title: '' } } });
    expect(createI18n('en').t(error.code, error.params)).toBe('The title is empty: give the session a title. Nothing was changed.');
    expect(session(project, 'guix').title).toBe('Empaqueter avec Guix');
  });

  it('refuses a session nested in its own talk, an unknown theme, a duration past midnight', () => {
    const project = smallEvent();
    expect(refused(project, { type: 'sessions/update', payload: { id: 'ts1', changes: { parentId: 'ts1-t1' } } }).code).toBe('timetable:invalid.parentCycle');
    expect(refused(project, { type: 'sessions/update', payload: { id: 'ts1', changes: { themeId: 'nope' } } }).code).toBe('timetable:invalid.unknownTheme');
    expect(refused(project, { type: 'sessions/update', payload: { id: 'cocktail', changes: { durationMinutes: 600 } } }).code).toBe('timetable:invalid.pastMidnight');
  });

  it('refuses opening hours that end before they start, a day not in the event, an impossible date', () => {
    const project = smallEvent();
    expect(refused(project, { type: 'venues/update', payload: { id: 'pf', changes: { openingHours: [{ day: '2025-10-14', start: '18:00', end: '08:00' }] } } }).code).toBe('timetable:invalid.window');
    expect(refused(project, { type: 'venues/update', payload: { id: 'pf', changes: { openingHours: [{ day: '2025-11-01', start: '08:00', end: '18:00' }] } } }).code).toBe('timetable:invalid.windowDay');
    expect(refused(project, { type: 'days/create', payload: { day: { date: '2025-02-30', label: '' } } }).code).toBe('timetable:invalid.date');
    expect(refused(project, { type: 'days/create', payload: { day: { date: '2025-10-14', label: '' } } }).code).toBe('timetable:invalid.duplicateDate');
    expect(refused(project, { type: 'people/update', payload: { id: 'tanter', changes: { lastName: '' } } }).code).toBe('timetable:invalid.lastName');
    expect(refused(project, { type: 'rooms/create', payload: { room: { id: 'amphi-a', venueId: 'pf', name: 'Autre', capacity: 10 } } }).code).toBe('timetable:invalid.duplicateId');
  });
});

describe('creating, editing, duplicating and deleting', () => {
  it('creates a session in the backlog with the defaults filled in', () => {
    const next = applyEdit(smallEvent(), { type: 'sessions/create', payload: { session: { id: 's-new', kind: 'break', title: 'Pause café', durationMinutes: 30 } } });
    expect(session(next, 's-new')).toMatchObject({ title: 'Pause café', slot: null, people: [], expectedAudience: 0 });
  });

  it('edits only what changed, and an untouched form adds no undo step', () => {
    const project = smallEvent();
    const same = perform(project, emptyHistory(), [{ type: 'sessions/update', payload: { id: 'guix', changes: { title: 'Empaqueter avec Guix' } } }], 'edit');
    expect(same.history.past).toHaveLength(0);
    const changed = perform(project, emptyHistory(), [{ type: 'sessions/update', payload: { id: 'guix', changes: { expectedAudience: 12, people: [{ personId: 'maumet', role: 'host' }] } } }], 'edit');
    expect(session(changed.project, 'guix')).toMatchObject({ expectedAudience: 12, people: [{ personId: 'maumet', role: 'host' }], slot: { start: '14:00' } });
  });

  it('duplicates a session into the backlog, and a room, a venue, a person with new ids', () => {
    let p = applyEdit(smallEvent(), { type: 'sessions/duplicate', payload: { id: 'guix', newId: 'guix-2', title: 'Empaqueter avec Guix (2)' } });
    expect(session(p, 'guix-2')).toMatchObject({ kind: 'hackathon', durationMinutes: 180, slot: null });
    p = applyEdit(p, { type: 'rooms/duplicate', payload: { id: 'salle-1', newId: 'salle-2', name: 'Salle 2' } });
    expect(p.rooms.find((r) => r.id === 'salle-2')).toMatchObject({ name: 'Salle 2', capacity: 40, venueId: 'pf' });
    p = applyEdit(p, { type: 'venues/duplicate', payload: { id: 'pf', newId: 'pf-2', name: 'Pôle Formation bis' } });
    expect(p.venues.find((v) => v.id === 'pf-2')?.openingHours).toHaveLength(2);
    p = applyEdit(p, { type: 'people/duplicate', payload: { id: 'tanter', newId: 'tanter-2', lastName: 'Tanter (copie)' } });
    expect(p.people.find((x) => x.id === 'tanter-2')?.firstName).toBe('Mickaël');
  });

  it('deleting a room sends its sessions to the backlog; deleting a session keeps its talks', () => {
    let p = applyEdit(smallEvent(), { type: 'rooms/delete', payload: { id: 'amphi-a' } });
    expect(p.rooms.map((r) => r.id)).toEqual(['salle-1', 'grand-hall']);
    expect(['ts1', 'ts1-k', 'ts1-t1'].map((id) => session(p, id).slot)).toEqual([null, null, null]);
    p = applyEdit(p, { type: 'sessions/delete', payload: { id: 'ts1' } });
    expect(p.sessions.some((s) => s.id === 'ts1')).toBe(false);
    expect(session(p, 'ts1-k').parentId).toBeNull();
  });

  it('refuses to delete a venue that still has rooms, or the last day', () => {
    const error = refused(smallEvent(), { type: 'venues/delete', payload: { id: 'bourse' } });
    expect(createI18n('fr').t(error.code, error.params)).toContain('« Palais de la Bourse » a encore 1 salle :');
    const oneDay = applyEdit(smallEvent(), { type: 'days/delete', payload: { date: '2025-10-15' } });
    expect(refused(oneDay, { type: 'days/delete', payload: { date: '2025-10-14' } }).code).toBe('timetable:rejected.lastDay');
  });

  it('deleting a venue without rooms removes the travel times to it', () => {
    let p = applyEdit(smallEvent(), { type: 'rooms/delete', payload: { id: 'grand-hall' } });
    p = applyEdit(p, { type: 'venues/delete', payload: { id: 'bourse' } });
    expect(p.venues.map((v) => [v.id, v.travelMinutes])).toEqual([['pf', {}]]);
  });

  it('changing a day’s date carries its sessions and hours; deleting a day sends its sessions to the backlog', () => {
    let p = applyEdit(smallEvent(), { type: 'days/update', payload: { date: '2025-10-14', changes: { date: '2025-10-16', label: 'Jeudi' } } });
    expect(p.event.days.map((d) => d.date)).toEqual(['2025-10-15', '2025-10-16']);
    expect(session(p, 'guix').slot?.day).toBe('2025-10-16');
    expect(p.venues[0]!.openingHours.map((w) => w.day)).toEqual(['2025-10-16', '2025-10-15']);
    p = applyEdit(p, { type: 'days/delete', payload: { date: '2025-10-16' } });
    expect(session(p, 'guix').slot).toBeNull();
    expect(p.venues[0]!.openingHours.map((w) => w.day)).toEqual(['2025-10-15']);
  });

  it('duplicating a day copies opening hours, not sessions', () => {
    const p = applyEdit(smallEvent(), { type: 'days/duplicate', payload: { date: '2025-10-14', newDate: '2025-10-13', label: 'Lundi' } });
    expect(p.event.days.map((d) => d.date)).toEqual(['2025-10-13', '2025-10-14', '2025-10-15']);
    expect(p.venues[1]!.openingHours).toEqual([{ day: '2025-10-14', start: '18:00', end: '23:00' }, { day: '2025-10-13', start: '18:00', end: '23:00' }]);
    expect(p.sessions.filter((s) => s.slot?.day === '2025-10-13')).toHaveLength(0);
  });

  it('deleting a person takes them off their sessions', () => {
    const p = applyEdit(smallEvent(), { type: 'people/delete', payload: { id: 'tanter' } });
    expect(session(p, 'ts1-k').people).toEqual([]);
  });

  it('undoes and redoes every kind of catalogue edit exactly', () => {
    const edits: Edit[] = [
      { type: 'sessions/create', payload: { session: { id: 's-x', kind: 'talk', title: 'X', durationMinutes: 20 } } },
      { type: 'sessions/update', payload: { id: 'guix', changes: { title: 'Guix' } } },
      { type: 'sessions/duplicate', payload: { id: 'guix', newId: 'g2', title: 'Guix 2' } },
      { type: 'sessions/delete', payload: { id: 'ts1' } },
      { type: 'rooms/create', payload: { room: { id: 'r-x', venueId: 'pf', name: 'Salle X', capacity: 12 } } },
      { type: 'rooms/update', payload: { id: 'salle-1', changes: { capacity: 45, equipment: ['projector'] } } },
      { type: 'rooms/delete', payload: { id: 'amphi-a' } },
      { type: 'venues/create', payload: { venue: { id: 'v-x', name: 'Lieu X' } } },
      { type: 'venues/update', payload: { id: 'pf', changes: { travelMinutes: { bourse: 25 } } } },
      { type: 'days/create', payload: { day: { date: '2025-10-16', label: '' } } },
      { type: 'days/update', payload: { date: '2025-10-14', changes: { label: 'Premier jour' } } },
      { type: 'days/delete', payload: { date: '2025-10-14' } },
      { type: 'people/create', payload: { person: { id: 'p-x', lastName: 'Vaillant' } } },
      { type: 'people/update', payload: { id: 'maumet', changes: { affiliation: 'Inria' } } },
      { type: 'people/delete', payload: { id: 'tanter' } },
    ];
    let state = { project: smallEvent(), history: emptyHistory() };
    const snapshots = [state.project];
    for (const edit of edits) {
      state = perform(state.project, state.history, [edit], edit.type);
      snapshots.push(state.project);
    }
    expect(state.history.past).toHaveLength(edits.length);
    for (let i = edits.length - 1; i >= 0; i -= 1) {
      state = undo(state.project, state.history);
      expect(state.project).toEqual(snapshots[i]);
    }
    for (let i = 1; i <= edits.length; i += 1) {
      state = redo(state.project, state.history);
      expect(state.project).toEqual(snapshots[i]);
    }
  });
});
