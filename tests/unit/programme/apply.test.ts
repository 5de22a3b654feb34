/** A programme applied to a project: what each field becomes, a new project from a schedule, and a re-import. */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, undo } from '../../../shared/edits/history.ts';
import { projectSchema, type Project } from '../../../shared/model/schema.ts';
import { ASSUMED_ROOM_CAPACITY, importProgramme } from '../../../shared/programme/apply.ts';
import { readProgramme, type ImportedProgramme } from '../../../shared/programme/read-programme.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { reportSummary } from '../../../shared/programme/report-lines.ts';
import { twoRoomEvent } from '../../fixtures/project.ts';
import { scheduleXml, talk, type DayText } from './schedules.ts';

function programmeOf(days: DayText[]): ImportedProgramme {
  const read = readProgramme(scheduleXml(days), 'schedule.xml');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.programme;
}

const FIRST: DayText[] = [
  {
    date: '2025-10-14',
    rooms: {
      'Amphi A': [talk(), talk({ guid: 'e-2', start: '10:00', date: '2025-10-14T10:00:00+02:00', title: 'Données de santé', type: 'keynote', language: 'en', persons: ['Grace Hopper'] })],
      'Salle Pasteur': [talk({ guid: 'e-3', room: 'Salle Pasteur', title: 'Atelier FHIR', type: 'workshop', duration: '01:30', track: 'Interopérabilité', persons: ['Ada Lovelace', 'Grace Hopper'] })],
    },
  },
  { date: '2025-10-16', rooms: { '': [talk({ guid: 'e-4', room: '', title: 'Table ronde à placer', type: 'panel', persons: [] })] } },
];

const bySessionTitle = (project: Project, title: string) => project.sessions.find((session) => session.title === title)!;
const slotOf = (project: Project, title: string) => {
  const session = bySessionTitle(project, title);
  const room = project.rooms.find((r) => r.id === session.slot?.roomId);
  return session.slot && { room: room?.name, day: session.slot.day, start: session.slot.start, minutes: session.durationMinutes };
};

describe('a new project made from a schedule', () => {
  const { project, report } = importProgramme(null, programmeOf(FIRST));

  it('is a valid project with the event’s name, acronym, time zone and days', () => {
    expect(projectSchema.safeParse(project).success).toBe(true);
    expect(project.event).toMatchObject({ name: 'Journées annuelles 2025', shortName: 'ja25', timeZone: 'Europe/Paris' });
    expect(project.event.days.map((day) => day.date)).toEqual(['2025-10-14', '2025-10-16']);
  });

  it('makes the rooms at an assumed capacity the organiser is told to check', () => {
    expect(project.rooms.map((room) => [room.name, room.capacity, room.assumed.includes('capacity')])).toEqual([
      ['Amphi A', ASSUMED_ROOM_CAPACITY, true], ['Salle Pasteur', ASSUMED_ROOM_CAPACITY, true],
    ]);
    expect(report.roomsToCheck).toEqual(['Amphi A', 'Salle Pasteur']);
  });

  it('makes the tracks themes, with their colour when the schedule gives one', () => {
    expect(project.themes.map((theme) => [theme.name, theme.color])).toEqual([['Jumeaux numériques', '#1f77b4'], ['Interopérabilité', '#888888']]);
  });

  it('makes each event a session: title, kind, theme, abstract, language, length, room, day and start, speakers', () => {
    const heart = bySessionTitle(project, 'Jumeaux numériques du cœur');
    expect(heart).toMatchObject({ kind: 'talk', description: 'Un modèle du cœur par patient.', language: 'fr', externalId: 'e-1', durationMinutes: 45 });
    expect(project.themes.find((theme) => theme.id === heart.themeId)?.name).toBe('Jumeaux numériques');
    expect(slotOf(project, 'Jumeaux numériques du cœur')).toEqual({ room: 'Amphi A', day: '2025-10-14', start: '09:00', minutes: 45 });
    expect(bySessionTitle(project, 'Données de santé')).toMatchObject({ kind: 'keynote', language: 'en' });
    expect(slotOf(project, 'Atelier FHIR')).toEqual({ room: 'Salle Pasteur', day: '2025-10-14', start: '09:00', minutes: 90 });
    const speakers = bySessionTitle(project, 'Atelier FHIR').people.map(({ personId, role }) => {
      const person = project.people.find((p) => p.id === personId)!;
      return `${person.firstName} ${person.lastName} (${role})`;
    });
    expect(speakers).toEqual(['Ada Lovelace (speaker)', 'Grace Hopper (speaker)']);
  });

  it('makes each person one person of the project, whatever the number of their talks', () => {
    expect(project.people.map((person) => [person.firstName, person.lastName])).toEqual([['Ada', 'Lovelace'], ['Grace', 'Hopper']]);
  });

  it('sends an event without a room to the backlog and says so', () => {
    expect(bySessionTitle(project, 'Table ronde à placer')).toMatchObject({ slot: null, kind: 'plenary' });
    expect(report.inBacklog).toEqual(['Table ronde à placer']);
    expect(report.counts).toEqual({ sessions: 4, rooms: 2, themes: 2, people: 2, days: 2 });
  });
});

describe('a programme imported into an existing project', () => {
  it('finds its rooms by name, keeps their capacity, and adds the days it lacks', () => {
    const { project, report } = importProgramme(twoRoomEvent(), programmeOf(FIRST));
    const amphi = project.rooms.find((room) => room.name === 'Amphi A')!;
    expect(amphi).toMatchObject({ id: 'r1', capacity: 100, externalId: 'Amphi A', assumed: [] });
    expect(report.added.rooms).toEqual(['Salle Pasteur']);
    expect(report.added.days).toEqual(['2025-10-16']);
    expect(project.event.days.map((day) => day.date)).toEqual(['2025-10-14', '2025-10-15', '2025-10-16']);
    expect(project.rooms.find((room) => room.name === 'Salle Pasteur')?.venueId).toBe('v1');
  });

  it('moves a programme written on another time zone’s clocks onto the project’s, and says so', () => {
    const london = readProgramme(scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk({ start: '09:00', date: '2025-10-14T09:00:00+01:00' })] } }], '<title>T</title><time_zone_name>Europe/London</time_zone_name>'), 'schedule.xml');
    if (!london.ok) throw new Error(JSON.stringify(london.problems));
    const { project, report } = importProgramme(twoRoomEvent(), london.programme);
    expect(slotOf(project, 'Jumeaux numériques du cœur')).toEqual({ room: 'Amphi A', day: '2025-10-14', start: '10:00', minutes: 45 });
    expect(report.clocks).toEqual({ programme: 'Europe/London', project: 'Europe/Paris' });
    expect(reportSummary(createI18n('en').t, report)[2]).toBe('The programme runs on Europe/London time, the project on Europe/Paris time: times are given on the project’s clocks. Check the event’s time zone if this is not intended.');
  });

  it('is one undoable edit that gives the same project as the preview', () => {
    const before = twoRoomEvent();
    const programme = programmeOf(FIRST);
    const performed = perform(before, emptyHistory(), [{ type: 'programme/import', payload: { programme } }], 'programme');
    expect(performed.project).toEqual(importProgramme(before, programme).project);
    expect(undo(performed.project, performed.history).project).toEqual(before);
  });
});

describe('an updated programme imported again', () => {
  const first = importProgramme(null, programmeOf(FIRST)).project;
  // In Régie: the organiser gives Amphi A its real capacity, asks for a projector in the workshop and moves the keynote.
  const amphiId = first.rooms.find((room) => room.name === 'Amphi A')!.id;
  const keynote = bySessionTitle(first, 'Données de santé');
  const workshop = bySessionTitle(first, 'Atelier FHIR');
  const edited = applyEdit(
    applyEdit(applyEdit(first, { type: 'rooms/update', payload: { id: amphiId, changes: { capacity: 320 } } }), { type: 'sessions/update', payload: { id: workshop.id, changes: { needs: { equipment: ['projector'], layout: null } } } }),
    { type: 'sessions/place', payload: { sessionId: keynote.id, slot: { roomId: amphiId, day: '2025-10-14', start: '14:00' } } },
  );
  // In the programme: e-1 renamed, e-3 gets a new time, e-4 cancelled, e-5 added.
  const SECOND: DayText[] = [
    {
      date: '2025-10-14',
      rooms: {
        'Amphi A': [talk({ title: 'Jumeaux numériques du cœur et des poumons' }), talk({ guid: 'e-2', start: '10:00', date: '2025-10-14T10:00:00+02:00', title: 'Données de santé', type: 'keynote', language: 'en', persons: ['Grace Hopper'] })],
        'Salle Pasteur': [talk({ guid: 'e-3', room: 'Salle Pasteur', start: '11:00', date: '2025-10-14T11:00:00+02:00', title: 'Atelier FHIR', type: 'workshop', duration: '01:30', track: 'Interopérabilité', persons: ['Ada Lovelace', 'Grace Hopper'] })],
        'Salle Curie': [talk({ guid: 'e-5', room: 'Salle Curie', title: 'Posters', type: 'poster', persons: ['Alan Turing'] })],
      },
    },
    { date: '2025-10-16', rooms: {} },
  ];
  const { project, report } = importProgramme(edited, programmeOf(SECOND));

  it('updates a renamed session in place and lists it as changed', () => {
    expect(report.changed).toEqual([{ sessionId: bySessionTitle(first, 'Jumeaux numériques du cœur').id, title: 'Jumeaux numériques du cœur et des poumons', fields: ['title'] }]);
    expect(project.sessions.filter((session) => session.externalId === 'e-1')).toHaveLength(1);
  });

  it('keeps what the organiser did in Régie: the room’s capacity and the workshop’s needs', () => {
    expect(project.rooms.find((room) => room.id === amphiId)?.capacity).toBe(320);
    expect(bySessionTitle(project, 'Atelier FHIR').needs.equipment).toEqual(['projector']);
  });

  it('keeps the keynote where the organiser moved it, and reports the difference, as for the workshop the programme moved', () => {
    expect(slotOf(project, 'Données de santé')).toEqual({ room: 'Amphi A', day: '2025-10-14', start: '14:00', minutes: 45 });
    expect(report.movesKept.map((move) => [move.title, move.inRegie.slot?.start, move.inProgramme.slot?.start])).toEqual([
      ['Données de santé', '14:00', '10:00'],
      ['Atelier FHIR', '09:00', '11:00'],
    ]);
  });

  it('adds the new session, its room (to check) and its speaker', () => {
    expect(report.added).toMatchObject({ sessions: ['Posters'], rooms: ['Salle Curie'], people: ['Alan Turing'] });
    expect(slotOf(project, 'Posters')).toEqual({ room: 'Salle Curie', day: '2025-10-14', start: '09:00', minutes: 45 });
    expect(report.roomsToCheck).toEqual(['Salle Curie']);
  });

  it('takes a cancelled session out of the timetable to the backlog, without deleting it, and lists it', () => {
    expect(report.removed.map((session) => session.title)).toEqual(['Table ronde à placer']);
    expect(bySessionTitle(project, 'Table ronde à placer').slot).toBeNull();
  });

  it('places a session that was waiting in the backlog once the programme gives it a time', () => {
    const third = importProgramme(project, programmeOf([{ date: '2025-10-16', rooms: { 'Amphi A': [talk({ guid: 'e-4', date: '2025-10-16T09:00:00+02:00', title: 'Table ronde à placer', type: 'panel', persons: [] })] } }]));
    expect(slotOf(third.project, 'Table ronde à placer')).toEqual({ room: 'Amphi A', day: '2025-10-16', start: '09:00', minutes: 45 });
    expect(third.report.changed.find((change) => change.title === 'Table ronde à placer')?.fields).toEqual(['slot']);
  });

  it('changes nothing and reports nothing when the same programme is imported twice', () => {
    const again = importProgramme(project, programmeOf(SECOND));
    expect(again.project).toEqual(project);
    expect(again.report.added).toEqual({ sessions: [], rooms: [], themes: [], people: [], days: [] });
    expect(again.report.changed).toEqual([]);
  });
});
