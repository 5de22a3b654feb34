import { describe, expect, it } from 'vitest';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { freshId, validateDay, validateRoom, validateSession, validateVenue } from '../../../shared/edits/catalogue-checks.ts';
import { twoVenueEvent } from '../../fixtures/project.ts';

describe('form checks name the field that is wrong', () => {
  const project = twoVenueEvent();

  it('reports each refused field of a session once, with what was typed', () => {
    const problems = validateSession(project, { id: 's', kind: 'talk', title: '', durationMinutes: -10, expectedAudience: 'beaucoup' as unknown as number }, null);
    expect(problems.map((p) => [p.path, p.code, p.value])).toEqual([
      ['title', 'timetable:invalid.title', ''],
      ['durationMinutes', 'timetable:invalid.durationMinutes', '-10'],
      ['expectedAudience', 'timetable:invalid.expectedAudience', 'beaucoup'],
    ]);
    expect(describeProblem(createI18n('fr').t, problems[1]!)).toBe('durationMinutes : Durée « -10 » refusée : saisissez un nombre entier de minutes supérieur à zéro. Rien n’a été modifié.');
  });

  it('says what the model expects of a field the forms have no message for, in French and English', () => {
    const problems = validateSession(project, { id: 's', kind: 'talk', title: 'T', durationMinutes: 30, slot: { roomId: 'r', day: '2025-10-14', start: '25:00' } }, null);
    expect(problems.map((p) => [p.path, p.code])).toEqual([['slot', 'model:field.time']]);
    expect(describeProblem(createI18n('fr').t, problems[0]!)).toBe('slot : heure au format HH:MM attendue, trouvé "25:00".');
    expect(describeProblem(createI18n('en').t, problems[0]!)).toBe('slot: expected a time as HH:MM, found "25:00".');
  });

  it('accepts a valid room and refuses an unknown venue or availability outside the event', () => {
    expect(validateRoom(project, { id: 'r', venueId: 'pf', name: 'Salle 2', capacity: 0 }, null)).toEqual([]);
    expect(validateRoom(project, { id: 'r', venueId: 'nowhere', name: 'Salle 2', capacity: 10 }, null).map((p) => p.code)).toEqual(['timetable:invalid.unknownVenue']);
    const outside = validateRoom(project, { id: 'r', venueId: 'pf', name: 'Salle 2', capacity: 10, availability: [{ day: '2025-10-20', start: '09:00', end: '10:00' }] }, null);
    expect(outside.map((p) => p.code)).toEqual(['timetable:invalid.windowDay']);
    expect(createI18n('fr').t(outside[0]!.code, outside[0]!.params)).toMatch(/^Plage horaire « lundi 20 octobre, 09:00–10:00 » refusée/);
    expect(createI18n('en').t(outside[0]!.code, outside[0]!.params)).toMatch(/^Time window “Monday 20 October, 09:00–10:00” refused/);
  });

  it('refuses travel times to the venue itself or to an unknown one, and a negative travel time', () => {
    expect(validateVenue(project, { id: 'pf', name: 'Pôle', travelMinutes: { pf: 5 } }, 'pf').map((p) => p.code)).toEqual(['timetable:invalid.unknownVenue']);
    expect(validateVenue(project, { id: 'pf', name: 'Pôle', travelMinutes: { bourse: -3 } }, 'pf').map((p) => p.code)).toEqual(['timetable:invalid.travelMinutes']);
  });

  it('lets a day keep its own date when edited', () => {
    expect(validateDay(project, { date: '2025-10-14', label: 'Mardi' }, '2025-10-14')).toEqual([]);
    expect(validateDay(project, { date: '2025-10-15', label: '' }, '2025-10-14').map((p) => p.code)).toEqual(['timetable:invalid.duplicateDate']);
  });

  it('makes ids that are not taken', () => {
    expect(freshId([{ id: 'room-2' }, { id: 'room-3' }], 'room')).toBe('room-4');
    expect(freshId([], 'session')).toBe('session-1');
  });
});
