/** What schedule.xml and schedule.json say: the placed sessions with their times in the event's zone, rooms, tracks, people and guids that stay. */
import { XMLParser } from 'fast-xml-parser';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_GUID, LONG_TITLE, DESCRIPTION, programmeEvent } from './export-event.ts';
import { programmeText } from './programme-texts.ts';

interface XmlEvent { '@_guid': string; '@_id': string; title: string; date: string; start: string; duration: string; room: string; type: string; language: string; track: string; abstract: string; slug: string; persons: '' | { person: { '#text': string; '@_id': string }[] } }
interface XmlDay { '@_date': string; '@_start': string; '@_end': string; room: { '@_name': string; event: XmlEvent[] }[] }

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, isArray: (_name, path) => ['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person'].includes(String(path)) });
const readXml = (xml: string) => (parser.parse(xml) as { schedule: { version: string; conference: Record<string, string>; day: XmlDay[] } }).schedule;
const eventsOf = (xml: string): XmlEvent[] => readXml(xml).day.flatMap((day) => (day.room ?? []).flatMap((room) => room.event));
const byTitle = (events: XmlEvent[], title: string): XmlEvent => events.find((event) => event.title === title)!;

interface JsonEvent { id: number; guid: string; date: string; start: string; duration: string; room: string; title: string; slug: string; track: string | null; type: string; language: string; abstract: string; url: string; persons: { id: number; guid: string; name: string }[]; links: unknown[] }
const readJson = (text: string) => JSON.parse(text) as { schedule: { version: string; conference: { acronym: string; title: string; start: string; end: string; daysCount: number; time_zone_name: string; timeslot_duration: string; rooms: { name: string; guid: string }[]; tracks: { name: string; color: string }[]; days: { index: number; date: string; day_start: string; day_end: string; rooms: Record<string, JsonEvent[]> }[] } } };

describe('schedule.xml', () => {
  const xml = programmeText(programmeEvent(), 'xml');
  const events = eventsOf(xml);

  it('holds every placed session once, and none from the backlog', () => {
    expect(events.map((event) => event.title).sort()).toEqual(['!!!', 'Hackathon', LONG_TITLE, 'Session <thématique> & co', 'Un exposé', 'Visite du Palais'].sort());
  });

  it('writes each start with the offset the event\'s zone has that day: +02:00 before the clocks go back, +01:00 after', () => {
    expect(byTitle(events, LONG_TITLE)).toMatchObject({ date: '2025-10-25T09:00:00+02:00', start: '09:00', duration: '01:00' });
    expect(byTitle(events, 'Un exposé')).toMatchObject({ date: '2025-10-26T09:30:00+01:00', start: '09:30', duration: '00:20' });
    const days = readXml(xml).day;
    expect(days.map((day) => [day['@_date'], day['@_start'], day['@_end']])).toEqual([
      ['2025-10-25', '2025-10-25T09:00:00+02:00', '2025-10-25T16:00:00+02:00'],
      ['2025-10-26', '2025-10-26T09:00:00+01:00', '2025-10-26T21:00:00+01:00'],
    ]);
    expect(readXml(xml).conference).toMatchObject({ start: '2025-10-25', end: '2025-10-26', days: '2', time_zone_name: 'Europe/Paris', acronym: 'jt_2025' });
  });

  it('names rooms so that two rooms called alike stay apart, and lists events under their room in time order', () => {
    const rooms = readXml(xml).day[0]!.room.map((room) => room['@_name']);
    expect(rooms).toEqual(['Amphi A', 'Salle 1 (Pôle Formation)', 'Salle 1 (Palais de la Bourse)']);
    expect(byTitle(events, 'Hackathon').room).toBe('Salle 1 (Palais de la Bourse)');
    expect(readXml(xml).day[1]!.room[0]!.event.map((event) => event.title)).toEqual(['Session <thématique> & co', 'Un exposé']);
  });

  it('gives the frab type, the track, the language, the abstract and the people by name', () => {
    expect(byTitle(events, 'Un exposé')).toMatchObject({ type: 'lecture', track: '', language: 'fr' });
    expect(byTitle(events, 'Un exposé').persons).toMatchObject({ person: [{ '#text': 'Marco Lorenzi' }, { '#text': 'Nobody Placed' }] });
    expect(byTitle(events, LONG_TITLE)).toMatchObject({ type: 'keynote', track: 'Jumeaux numériques', abstract: DESCRIPTION });
    expect(byTitle(events, '!!!')).toMatchObject({ type: 'workshop', language: 'en', persons: '' });
  });

  it('keeps text as text: markup characters in a title come back as they were typed', () => {
    expect(xml).toContain('<title>Session &lt;thématique&gt; &amp; co</title>');
    expect(byTitle(events, 'Session <thématique> & co').slug).toMatch(/^jt_2025-\d+-session-thematique-co$/);
  });

  it('keeps an imported session\'s guid, and gives the others guids that stay the same from one export to the next', () => {
    expect(byTitle(events, '!!!')['@_guid']).toBe(EXTERNAL_GUID);
    const again = eventsOf(programmeText(programmeEvent(), 'xml'));
    expect(again.map((event) => [event['@_guid'], event['@_id'], event.slug])).toEqual(events.map((event) => [event['@_guid'], event['@_id'], event.slug]));
    // Moving a session and adding another change neither its guid nor the others'.
    const edited = produce(programmeEvent(), (draft) => {
      draft.sessions.find((s) => s.id === 'talk')!.slot!.start = '10:00';
      draft.sessions.push({ ...draft.sessions.find((s) => s.id === 'talk')!, id: 'talk-2', title: 'Un autre exposé' });
    });
    const afterEdit = eventsOf(programmeText(edited, 'xml'));
    for (const event of events) expect(afterEdit.find((e) => e['@_guid'] === event['@_guid'])?.title).toBe(event.title);
    expect(readXml(programmeText(edited, 'xml')).version).not.toBe(readXml(xml).version);
  });

  it('gives a session imported with a non-uuid id a uuid of its own, different from the one made from its Régie id', () => {
    const guid = byTitle(events, 'Hackathon')['@_guid'];
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const withoutExternal = produce(programmeEvent(), (draft) => {
      delete draft.sessions.find((s) => s.id === 'hackathon')!.externalId;
    });
    expect(byTitle(eventsOf(programmeText(withoutExternal, 'xml')), 'Hackathon')['@_guid']).not.toBe(guid);
  });
});

describe('schedule.json', () => {
  const json = readJson(programmeText(programmeEvent(), 'json'));
  const xmlEvents = eventsOf(programmeText(programmeEvent(), 'xml'));
  const events = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());

  it('has the conference fields the c3voc JSON schema requires, with its patterns', () => {
    const conference = json.schedule.conference;
    expect(conference).toMatchObject({ title: 'Journées test 2025', start: '2025-10-25', end: '2025-10-26', daysCount: 2, timeslot_duration: '00:05', time_zone_name: 'Europe/Paris' });
    expect(conference.acronym).toMatch(/^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/);
    expect(conference.time_zone_name).toMatch(/^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/);
    expect(json.schedule.version).toMatch(/^[0-9a-f]{8}$/);
    expect(conference.days.map((day) => Object.keys(day).sort())).toEqual([['date', 'day_end', 'day_start', 'index', 'rooms'], ['date', 'day_end', 'day_start', 'index', 'rooms']]);
    expect(conference.rooms.map((room) => room.name)).toEqual(['Amphi A', 'Salle 1 (Pôle Formation)', 'Salle 1 (Palais de la Bourse)']);
    expect(conference.tracks).toEqual([{ name: 'Jumeaux numériques', color: '#3366cc' }]);
  });

  it('gives each event every key the schema requires, a slug of its pattern and an hh:mm duration', () => {
    const required = ['abstract', 'date', 'duration', 'guid', 'id', 'language', 'links', 'persons', 'room', 'slug', 'start', 'subtitle', 'title', 'track', 'type', 'url'];
    for (const event of events) {
      expect(Object.keys(event)).toEqual(expect.arrayContaining(required));
      expect(event.slug).toMatch(/^[a-z0-9_-]+[a-z0-9]$/);
      expect(event.duration).toMatch(/^[0-9]+:[0-9]{2}$/);
      expect(event.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('is the same schedule as schedule.xml: same guids, ids, slugs, dates and rooms', () => {
    const pick = (e: { guid: string; id: number | string; slug: string; date: string; room: string; title: string }) => [e.guid, String(e.id), e.slug, e.date, e.room, e.title];
    expect(events.map(pick).sort()).toEqual(xmlEvents.map((e) => pick({ ...e, guid: e['@_guid'], id: e['@_id'] })).sort());
  });

  it('keys a day\'s rooms by their names, whatever the names', () => {
    const odd = produce(programmeEvent(), (draft) => {
      draft.rooms[0]!.name = '__proto__';
    });
    const day = readJson(programmeText(odd, 'json')).schedule.conference.days[0]!;
    expect(Object.keys(day.rooms)).toContain('__proto__');
    expect(Object.getOwnPropertyDescriptor(day.rooms, '__proto__')?.value.map((e: JsonEvent) => e.title)).toEqual([LONG_TITLE]);
  });
});
