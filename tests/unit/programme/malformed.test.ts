/** Malformed or hostile schedules: refused whole, with the line (or path) and field, what happened and what to do. */
import { describe, expect, it } from 'vitest';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { readProgramme } from '../../../shared/programme/read-programme.ts';
import { MAX_SCHEDULE_CHARS } from '../../../shared/programme/limits.ts';
import { lineOf, scheduleJson, scheduleXml, talk } from './schedules.ts';

const en = createI18n('en').t;
const fr = createI18n('fr').t;

function refusals(text: string, file = 'schedule.xml', t = en): string[] {
  const result = readProgramme(text, file);
  if (result.ok) throw new Error('the schedule was accepted');
  return result.problems.map((problem) => describeProblem(t, problem));
}

const oneEvent = (event = talk()) => scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [event] } }]);

describe('hostile files', () => {
  it('refuses a DOCTYPE with entities (a billion laughs) at its line, before expanding anything', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE schedule [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<schedule><conference><title>&lol2;</title></conference></schedule>`;
    expect(refusals(xml)).toEqual([
      'schedule.xml, line 2: this programme declares XML entities (<!DOCTYPE> or <!ENTITY>), which no programme tool writes: it was not read and the open project is unchanged. Download the programme from its tool (pretalx, frab) again.',
    ]);
  });

  it('refuses an external entity (a file of the computer) the same way, in French too', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<schedule><conference><title>&x;</title></conference></schedule>';
    expect(refusals(xml, 'schedule.xml', fr)[0]).toMatch(/^schedule\.xml, ligne 2 : ce programme déclare des entités XML/);
  });

  it('refuses a file beyond the size limit without reading it', () => {
    const huge = `<schedule>${' '.repeat(MAX_SCHEDULE_CHARS)}</schedule>`;
    expect(refusals(huge)).toEqual([
      'schedule.xml: this programme is over 50 MB, far beyond the largest real programme: it was not read and the open project is unchanged. Check that it is the event’s schedule.xml or schedule.json.',
    ]);
  });

  it('refuses XML nested deeper than any schedule', () => {
    const deep = `<schedule>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</schedule>`;
    expect(refusals(deep)[0]).toMatch(/^schedule\.xml: the XML is malformed \(.+\): nothing was imported/);
  });

  it('refuses a text or a file that is neither XML nor JSON', () => {
    expect(refusals('Titre;Salle\nOuverture;Amphi', 'schedule.csv')[0]).toMatch(/^schedule\.csv: this file is neither XML nor JSON/);
    expect(refusals('   ', 'schedule.xml')[0]).toMatch(/^schedule\.xml: this file is empty/);
  });
});

describe('malformed files', () => {
  it('says the line where the XML breaks', () => {
    const xml = oneEvent().replace('</title>', '</titel>');
    expect(refusals(xml)[0]).toMatch(new RegExp(`^schedule\\.xml, line ${lineOf(xml, '</titel>')}: the XML is malformed \\(.*title.*\\): nothing was imported\\. Fix the file at this line`));
  });

  it('says the line where the JSON breaks', () => {
    const json = scheduleJson([{ date: '2025-10-14', rooms: { 'Amphi A': [talk()] } }]).replace('"rooms"', '\n\n"rooms" "oops"');
    expect(refusals(json, 'schedule.json')).toEqual(['schedule.json, line 3: the JSON is malformed at this line: nothing was imported. Fix the file or download it again.']);
  });

  it('refuses XML that is not a schedule, and JSON without "schedule"', () => {
    expect(refusals('<rss><channel/></rss>')[0]).toMatch(/^schedule\.xml: this XML has no <schedule> element/);
    expect(refusals('{"talks": []}', 'schedule.json')[0]).toMatch(/^schedule\.json: this JSON has no “schedule” key/);
  });
});

describe('wrong dates, times and lengths', () => {
  it('refuses a day that does not exist, at its line', () => {
    const xml = scheduleXml([{ date: '2025-06-31', rooms: { 'Amphi A': [talk()] } }]);
    expect(refusals(xml)).toEqual([
      `schedule.xml, line ${lineOf(xml, '<day ')}, day[1]/@date: the day’s date “2025-06-31” is not a real YYYY-MM-DD date: nothing was imported. Fix it in the programme.`,
    ]);
  });

  it('refuses an event whose date is not a real one, naming the event, its line and the field', () => {
    const xml = oneEvent(talk({ date: '2025-13-14T09:00:00+02:00' }));
    expect(refusals(xml)).toEqual([
      `schedule.xml, line ${lineOf(xml, '<event')}, day[1]/room[1]/event[1]/date: the date “2025-13-14T09:00:00+02:00” of the event “Jumeaux numériques du cœur” is not a real ISO date (2025-10-14T09:00:00+02:00): nothing was imported. Fix it in the programme.`,
    ]);
  });

  it('refuses a start that is not a time and a duration that is not one, in the same report', () => {
    const xml = oneEvent(talk({ start: '25:00', duration: 'trois quarts d’heure' }));
    expect(refusals(xml)).toHaveLength(2);
    expect(refusals(xml.replace('<start>25:00</start>', '<start>09:00</start>'))).toHaveLength(1);
    expect(refusals(xml)[0]).toContain('event[1]/duration: the duration “trois quarts d’heure” of the event “Jumeaux numériques du cœur” is not an HH:MM duration');
    const both = readProgramme(xml, 'schedule.xml');
    expect(!both.ok && both.problems.map((problem) => problem.path)).toEqual(['day[1]/room[1]/event[1]/duration', 'day[1]/room[1]/event[1]/start']);
  });

  it('refuses a text longer than a Régie field holds, naming the field', () => {
    expect(refusals(oneEvent(talk({ abstract: 'x'.repeat(200_001) })))[0]).toContain('event[1]/abstract: this text of the event “Jumeaux numériques du cœur” has 200001 characters, beyond the 200000 a Régie field can hold');
  });

  it('refuses a zero-minute event', () => {
    expect(refusals(oneEvent(talk({ duration: '00:00' })))[0]).toContain('the duration “00:00” of the event');
  });

  it('refuses days that overlap, and a day that ends before it starts', () => {
    const overlap = scheduleXml([
      { date: '2025-10-14', start: '2025-10-14T08:00:00+02:00', end: '2025-10-15T04:00:00+02:00', rooms: { 'Amphi A': [talk()] } },
      { date: '2025-10-15', start: '2025-10-15T02:00:00+02:00', end: '2025-10-15T20:00:00+02:00', rooms: { 'Amphi A': [talk({ guid: 'e-2' })] } },
    ]);
    expect(refusals(overlap)).toEqual([
      `schedule.xml, line ${lineOf(overlap, '<day index="2"')}, day[2]/@start: this day starts (“2025-10-15T02:00:00+02:00”) before day 2025-10-14 ends: the days overlap, nothing was imported. Fix their times in the programme.`,
    ]);
    const backwards = scheduleXml([{ date: '2025-10-14', start: '2025-10-14T20:00:00+02:00', end: '2025-10-14T08:00:00+02:00', rooms: { 'Amphi A': [talk()] } }]);
    expect(refusals(backwards)[0]).toContain('day[1]/@end: the day ends (“2025-10-14T08:00:00+02:00”) before it starts (“2025-10-14T20:00:00+02:00”)');
  });

  it('refuses the same day twice', () => {
    const twice = scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk()] } }, { date: '2025-10-14', rooms: { 'Amphi B': [talk({ guid: 'e-2' })] } }]);
    expect(refusals(twice)[0]).toContain('day[2]/@date: the day 2025-10-14 appears twice');
  });
});

describe('missing required fields', () => {
  it('refuses an event without a title, a guid and an id, or a duration', () => {
    expect(refusals(oneEvent(talk({ title: '' })))[0]).toContain('event[1]/title: an event has no title: nothing was imported.');
    expect(refusals(oneEvent(talk({ guid: undefined, id: undefined })))[0]).toContain('event[1]/@guid: the event “Jumeaux numériques du cœur” has neither a guid nor an id');
    expect(refusals(oneEvent(talk({ duration: undefined })))[0]).toContain('event[1]/duration: the duration “” of the event');
  });

  it('refuses two events with the same guid, naming the second', () => {
    const xml = scheduleXml([{ date: '2025-10-14', rooms: { 'Amphi A': [talk(), talk({ title: 'Doublon' })] } }]);
    expect(refusals(xml)).toEqual([
      `schedule.xml, line ${xml.slice(0, xml.lastIndexOf('<event', xml.indexOf('Doublon'))).split('\n').length}, day[1]/room[1]/event[2]/@guid: the id “e-1” of the event “Doublon” already belongs to another event: nothing was imported. Give each event its own guid.`,
    ]);
  });

  it('refuses a schedule without a title or acronym, and one without days, in JSON with its path', () => {
    expect(refusals(scheduleXml([{ date: '2025-10-14', rooms: {} }], '<time_zone_name>Europe/Paris</time_zone_name>'))[0]).toContain('conference/title: the programme gives the event neither a title nor an acronym');
    expect(refusals('{"schedule": {"conference": {"title": "T", "days": []}}}', 'schedule.json')[0]).toBe('schedule.json: this programme has no days: nothing was imported. Check that the file is complete.');
    const json = scheduleJson([{ date: '2025-10-14', rooms: { 'Amphi A': [talk({ duration: '90' })] } }]);
    expect(refusals(json, 'schedule.json')[0]).toContain('schedule.json, schedule.conference.days[0].rooms["Amphi A"][0].duration: the duration “90”');
  });
});
