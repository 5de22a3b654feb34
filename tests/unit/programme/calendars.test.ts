/** The .ics files read by ical.js: the right instants wherever the reader is, the text intact, folded lines, and each person's own agenda. */
import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { DESCRIPTION, LONG_TITLE, programmeEvent } from './export-event.ts';
import { EXPORTED_AT, personalTexts, programmeText } from './programme-texts.ts';
import { hourIn, readCalendar } from './read-calendar.ts';
import { sampleProject } from '../../../shared/sample/index.ts';

const ics = programmeText(programmeEvent(), 'ics');
const calendar = readCalendar(ics);
const event = (summary: string) => calendar.events.find((e) => e.summary === summary)!;

describe('the programme calendar', () => {
  it('has one event per placed session, none for the backlog, each with its own UID and the export time as DTSTAMP', () => {
    expect(calendar.events.map((e) => e.summary).sort()).toEqual(['!!!', 'Hackathon', LONG_TITLE, 'Session <thématique> & co', 'Un exposé', 'Visite du Palais'].sort());
    expect(new Set(calendar.events.map((e) => e.uid)).size).toBe(6);
    expect(calendar.events.every((e) => e.stamp === new Date(EXPORTED_AT).toISOString())).toBe(true);
    expect(calendar.name).toBe('Journées test 2025 — programme');
  });

  it('gives the right instants either side of the end of summer time, and the right hour in another time zone', () => {
    // 09:00 in Paris on 25 October is 07:00 UTC (summer time); on 26 October, 08:00 UTC.
    expect(event(LONG_TITLE)).toMatchObject({ start: '2025-10-25T07:00:00.000Z', end: '2025-10-25T08:00:00.000Z' });
    expect(event('Session <thématique> & co')).toMatchObject({ start: '2025-10-26T08:00:00.000Z', end: '2025-10-26T09:30:00.000Z' });
    expect(hourIn(event(LONG_TITLE).start, 'Europe/Paris')).toBe('09:00');
    expect(hourIn(event(LONG_TITLE).start, 'America/New_York')).toBe('03:00');
    expect(hourIn(event('Un exposé').start, 'Asia/Tokyo')).toBe('17:30');
  });

  it('gives the hour of the event\'s own zone when it is not Paris', () => {
    const montreal = produce(programmeEvent(), (draft) => {
      draft.event.timeZone = 'America/Montreal';
    });
    const read = readCalendar(programmeText(montreal, 'ics'));
    expect(read.events.find((e) => e.summary === LONG_TITLE)!.start).toBe('2025-10-25T13:00:00.000Z');
  });

  it('says where (room and venue) and who (people by role), and keeps commas, semicolons, backslashes and line breaks', () => {
    expect(event(LONG_TITLE).location).toBe('Amphi A, Pôle Formation');
    expect(event(LONG_TITLE).description).toBe(`Speaker: Camille Maumet\n\n${DESCRIPTION}`);
    expect(event('Un exposé').description).toBe('Speaker: Marco Lorenzi, Nobody Placed');
    expect(event('Session <thématique> & co').description).toBe('Chair: Marco Lorenzi');
    expect(event(LONG_TITLE).categories).toEqual(['Jumeaux numériques']);
  });

  it('writes CRLF line ends and folds every line at 75 octets without splitting a character', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(event(LONG_TITLE).summary).toBe(LONG_TITLE);
  });

  it('keeps characters of four octets whole across folds, and leaves out control characters a calendar cannot hold', () => {
    const title = `${'é'.repeat(36)}😀${'🧬'.repeat(20)}`;
    const odd = produce(programmeEvent(), (draft) => {
      draft.sessions[0]!.title = title;
      draft.sessions[0]!.description = 'bell\u0007 and tab\t kept';
    });
    const text = programmeText(odd, 'ics');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const read = readCalendar(text).events.find((e) => e.summary === title)!;
    expect(read.summary).toBe(title);
    expect(read.description).toBe('Speaker: Camille Maumet\n\nbell and tab\t kept');
  });

  it('is in French when asked in French', () => {
    const french = readCalendar(programmeText(programmeEvent(), 'ics', 'fr'));
    expect(french.events.find((e) => e.summary === 'Un exposé')!.description).toBe('Orateur·rice : Marco Lorenzi, Nobody Placed');
  });

  it('reads back for the whole sample event', () => {
    const sample = readCalendar(programmeText(sampleProject(), 'ics'));
    expect(sample.events.length).toBe(sampleProject().sessions.filter((s) => s.slot).length);
  });
});

describe('personal calendars', () => {
  const personal = personalTexts(programmeEvent());
  const read = (file: string) => readCalendar(personal.get(file)!);

  it('are made for each person with a placed session or a guided group, and no one else', () => {
    expect([...personal.keys()]).toEqual(['Anne Guide.ics', 'Marco Lorenzi.ics', 'Camille Maumet.ics', 'Nobody Placed.ics']);
  });

  it('hold exactly that person\'s sessions', () => {
    expect(read('Camille Maumet.ics').events.map((e) => e.summary)).toEqual([LONG_TITLE]);
    // The backlog session of Nobody Placed is not on any agenda.
    expect(read('Nobody Placed.ics').events.map((e) => e.summary)).toEqual(['Un exposé']);
    expect(read('Camille Maumet.ics').name).toBe('Journées test 2025 — Camille Maumet');
  });

  it('hold the tour groups the person guides, on the visit\'s day, at the group\'s departure, for the length of the visit', () => {
    expect(read('Marco Lorenzi.ics').events.map((e) => e.summary)).toEqual(['Session <thématique> & co', 'Un exposé', 'Visite guidée — Groupe 2']);
    const guided = read('Anne Guide.ics').events;
    // Group 3 has no departure yet: it is on no agenda.
    expect(guided.map((e) => e.summary)).toEqual(['Visite guidée — Groupe 1']);
    expect(guided[0]).toMatchObject({ start: '2025-10-26T18:00:00.000Z', end: '2025-10-26T18:45:00.000Z', location: 'Cour d’honneur, Palais de la Bourse' });
    expect(guided[0]!.description).toBe('Guide: Anne Guide\nSize: 0');
  });

  it('give a session the same UID as in the programme calendar, so a calendar holding both shows it once', () => {
    expect(read('Camille Maumet.ics').events[0]!.uid).toBe(event(LONG_TITLE).uid);
  });

  it('name namesakes apart', () => {
    const twins = produce(programmeEvent(), (draft) => {
      draft.people.push({ ...draft.people[0]!, id: 'p5' });
      draft.sessions[1]!.people.push({ personId: 'p5', role: 'speaker' });
    });
    expect([...personalTexts(twins).keys()]).toEqual(['Anne Guide.ics', 'Marco Lorenzi.ics', 'Camille Maumet.ics', 'Camille Maumet (2).ics', 'Nobody Placed.ics']);
  });
});
