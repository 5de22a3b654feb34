/** schedule.xml and schedule.json read field by field into the programme Régie imports. */
import { describe, expect, it } from 'vitest';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { readProgramme, type ImportedProgramme } from '../../../shared/programme/read-programme.ts';
import { scheduleJson, scheduleXml, talk, type DayText } from './schedules.ts';

const en = createI18n('en').t;

function read(text: string, file = 'schedule.xml'): ImportedProgramme {
  const result = readProgramme(text, file);
  if (!result.ok) throw new Error(result.problems.map((problem) => describeProblem(en, problem)).join('\n'));
  return result.programme;
}

const ONE_DAY: DayText[] = [{
  date: '2025-10-14', start: '2025-10-14T08:00:00+02:00', end: '2025-10-14T20:00:00+02:00',
  rooms: {
    'Amphi A': [talk(), talk({ guid: 'e-2', id: '2', start: '10:00', date: '2025-10-14T10:00:00+02:00', duration: '01:30', title: 'Atelier FHIR', type: 'workshop', language: 'en', track: 'Interopérabilité', persons: ['Grace Hopper', 'Ada Lovelace'] })],
    'Salle 2': [talk({ guid: 'e-3', id: '3', room: 'Salle 2', title: 'Pause café', type: 'break', track: '', persons: [], abstract: '' })],
  },
}];

describe.each([
  ['schedule.xml', scheduleXml(ONE_DAY)],
  ['schedule.json', scheduleJson(ONE_DAY)],
])('%s', (file, text) => {
  const programme = read(text, file);

  it('gives the event its name, acronym, time zone and days', () => {
    expect(programme).toMatchObject({ name: 'Journées annuelles 2025', shortName: 'ja25', timeZone: 'Europe/Paris', days: ['2025-10-14'] });
  });

  it('lists the rooms, and the tracks with their colours (a track only named by an event has none)', () => {
    expect(programme.rooms.map((room) => room.name)).toEqual(['Amphi A', 'Salle 2']);
    expect(programme.tracks).toEqual([{ name: 'Jumeaux numériques', color: '#1f77b4' }, { name: 'Interopérabilité', color: null }]);
  });

  it('reads each event: id, title, type as kind, track, language, abstract, length, room, day and start, persons', () => {
    expect(programme.events[0]).toEqual({
      externalId: 'e-1', title: 'Jumeaux numériques du cœur', kind: 'talk', track: 'Jumeaux numériques', language: 'fr',
      abstract: 'Un modèle du cœur par patient.', durationMinutes: 45, slot: { roomName: 'Amphi A', day: '2025-10-14', start: '09:00' },
      persons: [{ externalId: 'p-ada-lovelace', name: 'Ada Lovelace' }],
    });
    expect(programme.events[1]).toMatchObject({ kind: 'workshop', durationMinutes: 90, language: 'en', slot: { start: '10:00' } });
    expect(programme.events[1]!.persons.map((person) => person.name)).toEqual(['Grace Hopper', 'Ada Lovelace']);
    expect(programme.events[2]).toMatchObject({ kind: 'break', track: null, slot: { roomName: 'Salle 2' } });
  });
});

describe('fields as programme tools write them', () => {
  it('takes the guid before the id, and the id when there is no guid', () => {
    const programme = read(scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk({ guid: undefined, id: '42' }), talk({ guid: 'g-7', id: '43' })] } }]));
    expect(programme.events.map((event) => event.externalId)).toEqual(['42', 'g-7']);
  });

  it('decodes the XML entities and character references in texts, and keeps CDATA', () => {
    const xml = scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk({ title: 'Soins &amp; données &#233;thiques &lt;v2&gt;', abstract: '<![CDATA[<b>gras</b> & brut]]>' })] } }]);
    expect(read(xml).events[0]).toMatchObject({ title: 'Soins & données éthiques <v2>', abstract: '<b>gras</b> & brut' });
  });

  it('maps frab and pretalx types to session kinds, and takes an unknown type as a talk with a notice', () => {
    const types = ['keynote', 'Lightning Talk', 'podium', 'Poster session', 'lunch', 'Table ronde', 'hackathon', 'concert'];
    const events = types.map((type, i) => talk({ guid: `e-${i}`, type }));
    const programme = read(scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [...events, talk({ guid: 'odd', type: 'Performance artistique' })] } }]));
    expect(programme.events.map((event) => event.kind)).toEqual(['keynote', 'talk', 'plenary', 'poster-session', 'meal', 'plenary', 'hackathon', 'social', 'talk']);
    const result = readProgramme(scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk({ type: 'Performance artistique' })] } }]), 'schedule.xml');
    expect(result.ok && result.notices.map((notice) => describeProblem(en, notice))).toEqual([
      'schedule.xml: type “Performance artistique” unknown to Régie (1 event): imported as a talk. Change the session’s kind if needed.',
    ]);
  });

  it('sends an event without a room or without a time to the backlog', () => {
    const programme = read(scheduleJson([{ date: '2025-10-14', rooms: { '': [talk({ guid: 'no-room', room: '' })], 'Amphi A': [talk({ guid: 'no-time', start: undefined, date: undefined })] } }]));
    expect(programme.events.map((event) => [event.externalId, event.slot])).toEqual([['no-room', null], ['no-time', null]]);
  });

  it('reads the start from the date when the start is missing, and the day of an event after midnight from its date', () => {
    const programme = read(scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk({ start: undefined, date: '2025-10-14T11:15:00+02:00' }), talk({ guid: 'late', start: '00:30', date: '2025-10-15T00:30:00+02:00' })] } }]));
    expect(programme.events.map((event) => event.slot)).toEqual([
      { roomName: 'Amphi A', day: '2025-10-14', start: '11:15' },
      { roomName: 'Amphi A', day: '2025-10-15', start: '00:30' },
    ]);
  });

  it('ignores an unknown time zone with a notice, and a colour that is not one', () => {
    const result = readProgramme(scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk()] } }], '<title>T</title><time_zone_name>Mars/Olympus</time_zone_name><track name="Jumeaux numériques" color="bleu"/>'), 'schedule.xml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.programme.timeZone).toBeNull();
    expect(result.programme.tracks[0]!.color).toBeNull();
    expect(result.notices.map((notice) => describeProblem(en, notice))).toEqual([
      'schedule.xml, conference/time_zone_name: unknown time zone “Mars/Olympus”: times are read as written, in the project’s time zone. Check the event’s time zone in the project.',
    ]);
  });
});
